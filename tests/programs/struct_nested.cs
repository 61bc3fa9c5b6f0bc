// Nested structs and structs with reference fields: deep field paths,
// copying a struct copies the reference (the object is shared), constructor
// chaining with this(...), large structs passed and returned by value.
class Node { public int V; }
struct Inner { public int A; public long B; public Node N; }
struct Outer {
    public Inner In; public int Tail; public Inner In2;
    public Outer(int t) : this(t, t * 2) { Tail += 1000; }
    public Outer(int t, int a) { In = new Inner(); In2 = new Inner(); Tail = t; In.A = a; In.N = new Node(); In.N.V = a + 1; }
}
struct Big { public long A, B, C, D, E; }
class P {
    static Big Make(long s) { Big b; b.A = s; b.B = s + 1; b.C = s + 2; b.D = s + 3; b.E = s + 4; return b; }
    static long Sum(Big b) { return b.A + b.B + b.C + b.D + b.E; }
    static Big Twice(Big b) { b.A *= 2; b.E *= 2; return b; }
    static int Main() {
        Outer o = new Outer(3);
        if (o.Tail != 1003) return 1;
        if (o.In.A != 6) return 2;
        if (o.In.N.V != 7) return 3;
        Outer p = o;
        p.In.A = 50;
        p.In.N.V = 70;                 // shared Node
        if (o.In.A != 6) return 4;
        if (o.In.N.V != 70) return 5;
        p.In.N = new Node();
        if (o.In.N.V != 70) return 6;
        o.In2.B = 1L << 40;
        if (o.In2.B >> 40 != 1) return 7;
        Outer[] arr = new Outer[2];
        arr[0].In.B = 5;
        arr[1] = o;
        if (arr[1].In2.B != 1L << 40 || arr[0].In.B != 5) return 8;
        Big b = Make(10);
        if (Sum(b) != 60) return 9;
        Big c = Twice(b);
        if (b.A != 10 || c.A != 20 || c.E != 28) return 10;
        if (Sum(Twice(Twice(b))) != 40 + 11 + 12 + 13 + 56) return 11;
        return 0;
    }
}
