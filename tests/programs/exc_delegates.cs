// Exceptions crossing delegate invocations: thrown inside a lambda and
// caught by the caller of the delegate, finally blocks in lambdas, a
// delegate that catches and rethrows, exceptions escaping an iterator's
// MoveNext, and catch handlers that invoke delegates which throw again.
using System;
using System.Collections.Generic;
class Oops : Exception { public int N; public Oops(int n) { N = n; } }
class P {
    static int log;
    static int Call(Func<int, int> f, int x) { try { return f(x); } finally { log++; } }
    static IEnumerator<int> Gen() { yield return 1; throw new Oops(2); }
    static int Main() {
        Func<int, int> bad = x => { if (x > 0) throw new Oops(x); return -x; };
        if (Call(bad, -4) != 4) return 1;
        try { Call(bad, 7); return 2; } catch (Oops o) { if (o.N != 7) return 3; }
        if (log != 2) return 4;
        Action guarded = () => { try { throw new Oops(1); } finally { log += 10; } };
        try { guarded(); } catch (Oops) { log += 100; }
        if (log != 112) return 5;
        Func<int, int> wrap = x => { try { return bad(x); } catch (Oops o) { throw new Oops(o.N * 10); } };
        try { wrap(3); return 6; } catch (Oops o) { if (o.N != 30) return 7; }
        IEnumerator<int> e = Gen();
        if (!e.MoveNext() || e.Current != 1) return 8;
        try { e.MoveNext(); return 9; } catch (Oops o) { if (o.N != 2) return 10; }
        int depth = 0;
        Func<int, int> rec = null;
        rec = n => { depth++; if (n == 0) throw new Oops(depth); try { return rec(n - 1); } finally { depth += 1000; } };
        try { rec(20); return 11; } catch (Oops o) { if (o.N != 21 || depth != 20021) return 12; }
        try {
            try { bad(1); }
            catch (Oops) { bad(2); }
        } catch (Oops o) { if (o.N != 2) return 13; }
        return 0;
    }
}
