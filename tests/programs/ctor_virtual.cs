// Construction order: field initialisers of the derived class run before the
// base constructor, a virtual call from a base constructor reaches the
// override (which sees derived initialisers but not derived ctor body),
// this(...) chaining, and static vs instance initialisation order.
class Log { public static int Seq; public static int Add(int d) { Seq = Seq * 10 + d; return d; } }
class Base {
    public int BaseField = Log.Add(2);
    public int Seen;
    public Base() { Log.Add(3); Seen = Probe(); }
    public virtual int Probe() { return -1; }
}
class Derived : Base {
    public int DerivedInit = Log.Add(1);
    public int BodySet;
    public Derived() : base() { Log.Add(4); BodySet = 99; }
    public Derived(int extra) : this() { Log.Add(5); BodySet += extra; }
    public override int Probe() { return DerivedInit * 100 + BodySet; }
}
struct Pair {
    public int A, B;
    public Pair(int a) : this(a, a * 10) { B += 1; }
    public Pair(int a, int b) { A = a; B = b; }
}
class P {
    static int Main() {
        Derived d = new Derived();
        if (Log.Seq != 1234) return 1;
        if (d.Seen != 100) return 2;      // override ran before Derived's ctor body
        if (d.BodySet != 99 || d.Probe() != 199) return 3;
        Log.Seq = 0;
        Derived e = new Derived(1);
        if (Log.Seq != 12345 || e.BodySet != 100) return 4;
        Pair p = new Pair(3);
        if (p.A != 3 || p.B != 31) return 5;
        Pair q = new Pair();
        if (q.A != 0 || q.B != 0) return 6;
        Base b = new Base();
        if (b.Seen != -1 || b.BaseField != 2) return 7;
        return 0;
    }
}
