// Struct copy semantics: assignment copies, passing by value copies, a
// struct returned from a method is a copy, arrays of structs are mutated in
// place through the element, ref parameters alias, struct fields of classes.
struct Pt { public int X, Y; public Pt(int x, int y) { X = x; Y = y; } public void Move(int d) { X += d; Y += d; } }
class Holder { public Pt P; public Pt Get() { return P; } }
class P {
    static void Bump(Pt p) { p.X = 99; }
    static void BumpRef(ref Pt p) { p.X = 99; }
    static void Init(out Pt p) { p = new Pt(7, 8); }
    static int Main() {
        Pt a = new Pt(1, 2);
        Pt b = a;
        b.X = 10;
        if (a.X != 1) return 1;
        Bump(a);
        if (a.X != 1) return 2;
        BumpRef(ref a);
        if (a.X != 99) return 3;
        Init(out b);
        if (b.X != 7 || b.Y != 8) return 4;
        Pt[] arr = new Pt[3];
        arr[1].X = 5;
        arr[1].Move(1);
        if (arr[1].X != 6 || arr[1].Y != 1) return 5;
        Pt c = arr[1]; c.X = 0;
        if (arr[1].X != 6) return 6;
        BumpRef(ref arr[2]);
        if (arr[2].X != 99) return 7;
        Holder h = new Holder();
        h.P.Move(3);
        if (h.P.X != 3) return 8;
        h.Get().Move(100);             // mutates a temporary copy
        if (h.P.X != 3) return 9;
        Pt d = h.Get(); d.Move(1);
        if (h.P.X != 3 || d.X != 4) return 10;
        Pt e = default(Pt);
        if (e.X != 0 || e.Y != 0) return 11;
        return 0;
    }
}
