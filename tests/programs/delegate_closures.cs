// Closures: lambdas capturing a loop variable declared inside the loop (one
// capture per iteration) versus one declared outside (shared), captured
// variables modified after capture, nested closures, closures capturing
// `this` and parameters, counters kept alive by a closure.
using System;
class Acc {
    int total;
    public Func<int, int> Adder() { return x => total += x; }
    public int Total { get { return total; } }
}
class P {
    static Func<int> Counter(int start) { int c = start; return () => ++c; }
    static Func<int, Func<int, int>> Curry(int a) { return b => c => a * 100 + b * 10 + c; }
    static int Main() {
        Func<int>[] fs = new Func<int>[4];
        for (int i = 0; i < 4; i++) { int j = i; fs[i] = () => j * j; }
        int s = 0; foreach (var f in fs) s += f();
        if (s != 14) return 1;
        Func<int>[] gs = new Func<int>[4];
        int shared = 0;
        for (shared = 0; shared < 4; shared++) gs[shared] = () => shared;
        s = 0; foreach (var g in gs) s += g();
        if (s != 16) return 2;
        Func<int> c1 = Counter(10), c2 = Counter(100);
        c1(); c1();
        if (c1() != 13 || c2() != 101) return 3;
        if (Curry(1)(2)(3) != 123) return 4;
        var part = Curry(4)(5);
        if (part(6) != 456 || part(7) != 457) return 5;
        Acc acc = new Acc();
        var add = acc.Adder();
        add(5); add(7);
        if (acc.Total != 12) return 6;
        int x = 1;
        Action dbl = () => x *= 2;
        dbl(); dbl(); dbl();
        if (x != 8) return 7;
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        if (fact(6) != 720) return 8;
        return 0;
    }
}
