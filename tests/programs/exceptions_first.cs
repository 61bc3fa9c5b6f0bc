// Exceptions: throw and catch by type across frames, finally on both
// paths, filters (run in pass one, before finally blocks), rethrow, and the
// runtime's own DivideByZero, NullReference and IndexOutOfRange.
using System;
class MyError : Exception { public int Code; public MyError(int c) { Code = c; } }
class P {
    static int log;
    static void Thrower(int k) {
        try { if (k > 0) throw new MyError(k); log += 1; }
        finally { log += 10; }
    }
    static int Div(int a, int b) { return a / b; }
    static bool Check(MyError e) { log += 1000; return e.Code == 7; }
    static int Main() {
        int result = 0;
        try { Thrower(3); } catch (MyError e) { result += e.Code; }
        try { Thrower(0); } catch (MyError) { result += 100; }
        try { Div(1, 0); } catch (DivideByZeroException) { result += 20; }
        try { object o = null; o.GetHashCode(); } catch (NullReferenceException) { result += 30; }
        try { try { throw new MyError(7); } catch (MyError e) when (Check(e)) { result += 40; throw; } }
        catch (Exception) { result += 1; }
        try { int[] a = new int[2]; a[5] = 1; } catch (IndexOutOfRangeException) { result += 2; } finally { log += 100000; }
        if (log != 1000 + 10 + 11 + 100000) return 250;
        return result;
    }
}
