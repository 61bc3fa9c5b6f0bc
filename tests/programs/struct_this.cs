// Struct `this`: methods mutating fields, assigning `this = ...` inside a
// method, a readonly field of struct type (calls operate on a copy), a
// struct method returning a modified copy, and mutation through `ref this`
// passed on to another method.
struct Counter {
    public int N;
    public void Inc() { N++; }
    public void Reset(int v) { this = new Counter(); N = v; }
    public Counter Plus(int k) { Counter c = this; c.N += k; return c; }
    public void IncVia() { Bump(ref this); }
    static void Bump(ref Counter c) { c.N += 100; }
}
class Holder {
    public readonly Counter Ro;
    public Counter Rw;
    public Holder() { Ro.N = 5; Rw.N = 5; }
    public void IncBoth() { Ro.Inc(); Rw.Inc(); }
}
class P {
    static int Main() {
        Counter c = new Counter();
        c.Inc(); c.Inc();
        if (c.N != 2) return 1;
        c.Reset(40);
        if (c.N != 40) return 2;
        Counter d = c.Plus(2);
        if (c.N != 40 || d.N != 42) return 3;
        c.IncVia();
        if (c.N != 140) return 4;
        Holder h = new Holder();
        h.IncBoth(); h.IncBoth();
        if (h.Ro.N != 5) return 5;       // readonly: each call mutated a copy
        if (h.Rw.N != 7) return 6;
        Counter[] arr = new Counter[3];
        arr[1].Inc(); arr[1].IncVia(); arr[2].Reset(9);
        if (arr[1].N != 101 || arr[2].N != 9 || arr[0].N != 0) return 7;
        h.Rw.Reset(1);
        if (h.Rw.N != 1) return 8;
        return 0;
    }
}
