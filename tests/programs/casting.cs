// Casting: is/as/explicit casts on class hierarchies and interfaces, as
// giving null for unrelated types, casts of null always succeed, unboxing
// to the wrong type throws InvalidCastException (`o as int?`, a cast to
// Nullable<T>, is not run yet),
// explicit and implicit user-defined conversion operators (plain static calls).
using System;
interface IShape { int Area(); }
class Shape { public virtual int Kind() { return 0; } }
class Circle : Shape, IShape { public int R; public int Area() { return 3 * R * R; } public override int Kind() { return 1; } }
class Square : Shape { public int S; public override int Kind() { return 2; } }
struct Meters { public int V; public static explicit operator int(Meters m) { return m.V; } public static implicit operator Meters(int v) { Meters m; m.V = v * 100; return m; } }
class P {
    static int Classify(object o) {
        if (o is Circle) return 1;
        if (o is Shape) return 2;
        if (o is IShape) return 3;
        if (o is int) return 4;
        if (o is long) return 5;
        return 0;
    }
    static int Main() {
        object c = new Circle { R = 2 }, s = new Square { S = 3 }, i = 42, l = 42L, n = null;
        if (Classify(c) != 1 || Classify(s) != 2 || Classify(i) != 4 || Classify(l) != 5 || Classify(n) != 0) return 1;
        if ((c as IShape).Area() != 12) return 2;
        if (s as IShape != null) return 3;
        if (s as Circle != null) return 4;
        if (((Shape)s).Kind() != 2) return 5;
        Circle cn = (Circle)n;
        if (cn != null) return 6;
        try { Circle bad = (Circle)s; return 7; } catch (InvalidCastException) { }
        try { IShape bad = (IShape)s; return 8; } catch (InvalidCastException) { }
        try { long bad = (long)i; return 9; } catch (InvalidCastException) { }
        try { int bad = (int)n; return 10; } catch (NullReferenceException) { }
        if (!(i is int) || (int)i != 42) return 11;
        if (l is int) return 12;
        if (c is Square) return 13;
        Shape sh = c as Shape;
        if (sh == null || sh.Kind() != 1) return 14;
        Meters m = 5;
        if ((int)m != 500) return 15;
        object boxedM = m;
        if (!(boxedM is Meters) || ((Meters)boxedM).V != 500) return 16;
        object[] mixed = { c, s, i, l, n, m };
        int kinds = 0; foreach (object o in mixed) kinds = kinds * 10 + Classify(o);
        if (kinds != 124500) return 17;
        return 0;
    }
}
