// Generic inheritance: a closed subclass of a generic base overriding its
// virtual methods, a generic subclass passing a different argument to its
// base, abstract generic base with a template method, calls through the base
// type, and an interface implemented by the generic base only.
interface ISized { int Size(); }
abstract class Coll<T> : ISized {
    protected T[] items = new T[4]; protected int n;
    public void Add(T x) { if (n == items.Length) { T[] b = new T[n * 2]; for (int i = 0; i < n; i++) b[i] = items[i]; items = b; } items[n++] = Weigh(x) >= 0 ? x : items[0]; }
    protected abstract int Weigh(T x);
    public virtual int Total() { int s = 0; for (int i = 0; i < n; i++) s += Weigh(items[i]); return s; }
    public int Size() { return n; }
}
class Ints : Coll<int> { protected override int Weigh(int x) { return x; } }
class Strs : Coll<string> { protected override int Weigh(string s) { return s == null ? 0 : s.Length; } public override int Total() { return base.Total() * 10; } }
class Wrapped<U> : Coll<U[]> { protected override int Weigh(U[] a) { return a.Length; } }
class Pairs<A, B> : Coll<B> { public A Tag; protected override int Weigh(B b) { return 1; } }
class P {
    static int TotalOf<T>(Coll<T> c) { return c.Total(); }
    static int Main() {
        Ints i = new Ints();
        for (int k = 1; k <= 10; k++) i.Add(k);
        if (i.Total() != 55 || i.Size() != 10) return 1;
        Strs s = new Strs(); s.Add("ab"); s.Add(null); s.Add("cde");
        if (s.Total() != 50) return 2;
        Coll<string> cs = s;
        if (cs.Total() != 50 || TotalOf(cs) != 50) return 3;
        Wrapped<long> w = new Wrapped<long>(); w.Add(new long[3]); w.Add(new long[4]);
        if (TotalOf(w) != 7) return 4;
        Pairs<string, double> p = new Pairs<string, double>(); p.Tag = "t";
        for (int k = 0; k < 9; k++) p.Add(k * 0.5);
        if (p.Total() != 9) return 5;
        ISized[] all = { i, s, w, p };
        int sizes = 0; foreach (ISized z in all) sizes = sizes * 10 + z.Size();
        if (sizes != 10 * 1000 + 3 * 100 + 2 * 10 + 9) return 6;
        return 0;
    }
}
