// Boxing identity: each box is a new object, a box keeps its value when the
// original changes, unboxing copies, reference equality of boxes versus value
// equality of the unboxed values, boxes of enums and structs, boxing in
// generic code, and null for a boxed empty Nullable.
using System;
enum Suit { Hearts = 1, Spades = 4 }
struct Pt { public int X; }
class P {
    static object Box<T>(T v) { return v; }
    static bool Same(object a, object b) { return ReferenceEquals(a, b); }
    static int Main() {
        int v = 7;
        object a = v, b = v;
        if (Same(a, b)) return 1;
        if ((int)a != (int)b) return 2;
        object c = a;
        if (!Same(a, c)) return 3;
        v = 8;
        if ((int)a != 7) return 4;
        Pt p = new Pt(); p.X = 1;
        object bp = p;
        p.X = 2;
        if (((Pt)bp).X != 1) return 5;
        Pt q = (Pt)bp; q.X = 3;
        if (((Pt)bp).X != 1) return 6;
        object s = Suit.Spades;
        if ((Suit)s != Suit.Spades) return 7;
        if ((int)(Suit)s != 4) return 8;
        if (!(s is Suit) || s is int) return 9;
        object g1 = Box(5), g2 = Box(5);
        if (Same(g1, g2) || (int)g1 != 5) return 10;
        object str = "lit", str2 = Box<string>("lit");
        if (!Same(str, str2)) return 11;          // references are not boxed, literals are interned
        int? none = null;
        object bn = none;
        if (bn != null) return 12;
        int? some = 3;
        object bs = some;
        if (!(bs is int) || (int)bs != 3) return 13;
        int? back = (int?)bs;
        if (back != 3) return 14;
        object[] boxes = new object[3];
        for (int i = 0; i < 3; i++) boxes[i] = i;
        if (Same(boxes[0], boxes[1]) || (int)boxes[2] != 2) return 15;
        return 0;
    }
}
