// Delegate targets of every kind: static methods, instance methods, virtual
// methods bound to the override, generic methods (closed at creation),
// methods of a struct (the delegate keeps a boxed copy), custom delegate
// types with ref/out parameters, delegates stored in fields and arrays.
using System;
delegate void RefOp(ref int x);
delegate bool TryOp(int x, out int y);
delegate T Producer<T>();
struct Counter { public int N; public int Next() { return ++N; } }
class Base { public virtual int Who() { return 1; } }
class Derived : Base { public override int Who() { return 2; } }
class Holder { public Func<int, int> F; }
class P {
    static int Twice(int x) { return x * 2; }
    static T Id<T>(T x) { return x; }
    static void Inc(ref int x) { x++; }
    static bool Half(int x, out int y) { y = x / 2; return x % 2 == 0; }
    static int Main() {
        Func<int, int> f = Twice;
        if (f(21) != 42) return 1;
        Base b = new Derived();
        Func<int> who = b.Who;
        if (who() != 2) return 2;
        Func<long, long> idl = Id<long>;
        if (idl(1L << 40) != 1L << 40) return 3;
        Func<string, string> ids = Id;
        if (ids("z") == null) return 4;
        Counter c = new Counter();
        Func<int> next = c.Next;          // boxes a copy of c
        next(); next();
        if (next() != 3) return 5;
        if (c.N != 0) return 6;
        RefOp r = Inc;
        int v = 5; r(ref v); r(ref v);
        if (v != 7) return 7;
        TryOp t = Half;
        int h;
        if (!t(10, out h) || h != 5) return 8;
        if (t(7, out h) || h != 3) return 9;
        Producer<int> p = () => 77;
        if (p() != 77) return 10;
        Holder hd = new Holder(); hd.F = x => x - 1;
        if (hd.F(10) != 9) return 11;
        Func<int, int>[] chain = new Func<int, int>[3];
        chain[0] = Twice; chain[1] = x => x + 3; chain[2] = hd.F;
        int acc = 1; foreach (var g in chain) acc = g(acc);
        if (acc != 4) return 12;
        Func<int, int> nul = null;
        try { nul(1); return 13; } catch (NullReferenceException) { }
        return 0;
    }
}
