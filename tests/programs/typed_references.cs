// Typed references: __makeref (mkrefany), __refvalue (refanyval) for reads
// and writes, __reftype (refanytype) compared with typeof, TypedReference
// arguments, a struct's field written through one, a reference type, the
// exact-type check (InvalidCastException), and a typed reference that is
// the only thing holding an object while the GC runs.
using System;

struct Point {
    public int X, Y;
    public string Label;
}

class Holder {
    public int Value;
}

class P {
    static int Read(TypedReference tr) { return __refvalue(tr, int); }
    static void Bump(TypedReference tr) { __refvalue(tr, int) += 10; }
    static Type TypeOf(TypedReference tr) { return __reftype(tr); }

    static int Churn() {
        int n = 0;
        for (int i = 0; i < 20000; i++) n += new Holder[4].Length - 3;
        return n;
    }

    static int Main() {
        int r = 0;
        int a = 5;
        TypedReference tr = __makeref(a);
        if (__refvalue(tr, int) == 5) r |= 1;
        __refvalue(tr, int) = 7;
        if (a == 7) r |= 2;
        Bump(__makeref(a));
        if (a == 17 && Read(__makeref(a)) == 17) r |= 4;
        if (__reftype(tr) == typeof(int) && TypeOf(tr) != typeof(long)) r |= 8;
        Point p = new Point();
        p.Label = "pt";
        TypedReference tp = __makeref(p);
        __refvalue(tp, Point).X = 3;
        if (p.X == 3 && TypeOf(tp) == typeof(Point) && __refvalue(tp, Point).Label == "pt") r |= 16;
        try {
            long wrong = __refvalue(tr, long);
            r -= 1000 + (int)wrong;
        } catch (InvalidCastException) {
            r |= 32;
        }
        string s = "str";
        TypedReference ts = __makeref(s);
        if (__refvalue(ts, string) == "str" && __reftype(ts) == typeof(string)) r |= 64;
        try {
            object o = __refvalue(ts, object);  // the type must match exactly
            r -= 2000 + (o == null ? 1 : 0);
        } catch (InvalidCastException) {
            r |= 128;
        }
        TypedReference th = __makeref(new Holder().Value);
        __refvalue(th, int) = 99;
        Churn();
        if (__refvalue(th, int) == 99) r |= 256;
        return r == 511 ? 42 : r;
    }
}
