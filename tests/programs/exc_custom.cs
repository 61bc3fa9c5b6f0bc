// Custom exception classes: fields, constructors chaining to base, virtual
// members overridden on the exception, catching by base class and reading
// derived fields through a cast, `throw;` preserving the object identity.
using System;
class AppError : Exception {
    public int Code; public long Extra;
    public AppError(int code) { Code = code; }
    public virtual int Severity() { return 1; }
}
class DbError : AppError {
    public int Table;
    public DbError(int code, int table) : base(code) { Table = table; Extra = 1L << 33; }
    public override int Severity() { return 5; }
}
class P {
    static Exception last;
    static void Inner(int k) {
        try { if (k == 1) throw new DbError(7, 3); throw new AppError(9); }
        catch (AppError e) { last = e; throw; }
    }
    static int Main() {
        int total = 0;
        for (int k = 0; k < 2; k++) {
            try { Inner(k); }
            catch (Exception e) {
                if (!ReferenceEquals(e, last)) return 1 + k;
                AppError a = e as AppError;
                if (a == null) return 3;
                total += a.Code * 100 + a.Severity();
                DbError d = e as DbError;
                if (d != null) { total += d.Table * 10000; if (d.Extra != 8589934592L) return 4; }
            }
        }
        if (total != 901 + 705 + 30000) return 5;
        Exception ex = new DbError(1, 2);
        if (!(ex is AppError) || ex is ArgumentException) return 6;
        try { throw (AppError)ex; } catch (DbError d) { if (d.Table != 2) return 7; }
        return 0;
    }
}
