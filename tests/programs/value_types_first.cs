// Value types: struct locals, arguments and returns of several slots,
// constructors, fields through objects, pointers and values, ref
// parameters, boxing and unboxing (enums, float32), constrained calls,
// interface calls on boxed structs, struct arrays and static struct fields.
using System;
struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; }
  public int Sum() { return X + Y; } public override int GetHashCode() { return X * 31 + Y; } }
struct Big { public long A, B, C; public Point P; }
interface IArea { int Area(); }
struct Sq : IArea { public int S; public int Area() { return S * S; } }
enum Color : byte { Red = 1, Green = 2 }
class Holder { public Point P; public Big B; public static Point Origin = new Point(7, 8); }
class P {
    static Point Swap(Point p) { return new Point(p.Y, p.X); }
    static void Bump(ref int x) { x += 5; }
    static int AreaOf<T>(T t) where T : IArea { return 0; }
    static int Main() {
        Point p = new Point(1, 2);
        Point q = Swap(p);
        if (q.X != 2 || q.Y != 1) return 1;
        if (p.Sum() != 3) return 2;
        Holder h = new Holder(); h.P = q; h.P.X = 10;
        if (h.P.X + h.P.Y != 11) return 3;
        Big b = new Big(); b.A = 1; b.C = 3; b.P = p; h.B = b;
        if (h.B.P.Y != 2 || h.B.C != 3) return 4;
        int v = 1; Bump(ref v); if (v != 6) return 5;
        object o = p; Point r = (Point)o; if (r.Y != 2) return 6;
        object boxed = 42; if ((int)boxed != 42) return 7;
        Color c = Color.Green; object co = c; if ((Color)co != Color.Green) return 8;
        if (p.GetHashCode() != 33) return 9;
        IArea a = new Sq { S = 4 }; if (a.Area() != 16) return 10;
        Point[] arr = new Point[3]; arr[1].X = 5; arr[2] = p; if (arr[1].X + arr[2].Y != 7) return 11;
        if (Holder.Origin.Y != 8) return 12;
        double d = 2.5; object od = d; if ((double)od != 2.5) return 13;
        float f = 1.5f; object of = f; if ((float)of != 1.5f) return 14;
        return 100 + q.X;
    }
}
