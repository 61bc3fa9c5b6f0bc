// An exception thrown in a finally block replaces the one being unwound;
// one thrown in a catch block propagates after the catch's own finally;
// catch clauses are tried in order and the first matching type wins.
using System;
class A : Exception { public int Id; public A(int i) { Id = i; } }
class B : A { public B(int i) : base(i) { } }
class C : Exception { }
class P {
    static int log;
    static void Replace() { try { throw new A(1); } finally { log += 1; throw new C(); } }
    static int Order(int k) {
        try {
            if (k == 0) throw new B(2);
            if (k == 1) throw new A(3);
            if (k == 2) throw new C();
            throw new InvalidOperationException();
        }
        catch (B b) { return 100 + b.Id; }
        catch (A a) { return 200 + a.Id; }
        catch (C) { return 300; }
        catch (Exception) { return 400; }
    }
    static void FromCatch() {
        try { throw new A(5); }
        catch (A a) { log += 10; throw new B(a.Id + 1); }
        finally { log += 100; }
    }
    static int Main() {
        try { Replace(); return 1; }
        catch (A) { return 2; }
        catch (C) { log += 1000; }
        if (log != 1001) return 3;
        if (Order(0) != 102) return 4;
        if (Order(1) != 203) return 5;
        if (Order(2) != 300) return 6;
        if (Order(3) != 400) return 7;
        log = 0;
        try { FromCatch(); } catch (B b) { if (b.Id != 6) return 8; log += 1; }
        if (log != 111) return 9;
        try { try { throw new B(9); } catch (C) { return 10; } }
        catch (A a) { if (!(a is B)) return 11; }
        return 0;
    }
}
