// Delegates: static and instance targets, lambdas and closures, ldvirtftn
// (a virtual target bound to its override), generic Func and Action.
using System;
delegate int BinOp(int a, int b);
class Acc { public int Total; public void Add(int x) { Total += x; } public virtual int Get() { return Total; } }
class Acc2 : Acc { public override int Get() { return Total * 10; } }
class P {
    static int Sub(int a, int b) { return a - b; }
    static int Apply(BinOp f, int a, int b) { return f(a, b); }
    static int Main() {
        BinOp op = Sub;
        if (Apply(op, 10, 3) != 7) return 1;
        BinOp mul = (a, b) => a * b;
        if (mul(6, 7) != 42) return 2;
        int k = 5;
        Func<int, int> addk = x => x + k;
        k = 6;
        if (addk(1) != 7) return 3;
        Acc acc = new Acc2();
        Action<int> add = acc.Add;
        add(4); add(5);
        Func<int> get = acc.Get;
        if (get() != 90) return 4;
        Func<string, int> len = s => s.Length;
        return len("abc") + acc.Total;
    }
}
