// Inheritance chains: four-level virtual dispatch, base calls through every
// level, fields initialised by constructors along the chain, and ctor order.
class A {
    public int Trace;
    public int Tag = 1;
    public A() { Trace = Trace * 10 + 1; }
    public virtual int F() { return 1; }
    public virtual int G() { return 100; }
    public int CallF() { return F(); }
}
class B : A {
    public B() { Trace = Trace * 10 + 2; Tag += 10; }
    public override int F() { return base.F() + 2; }
}
class C : B {
    public C() { Trace = Trace * 10 + 3; Tag += 100; }
    public override int F() { return base.F() * 10; }
    public override int G() { return base.G() + 5; }
}
class D : C {
    public D() : base() { Trace = Trace * 10 + 4; }
    public override int F() { return base.F() + 1000; }
}
class P {
    static int Main() {
        A a = new A(); B b = new B(); C c = new C(); D d = new D();
        if (a.F() != 1) return 1;
        if (b.F() != 3) return 2;
        if (c.F() != 30) return 3;
        if (d.F() != 1030) return 4;
        A ad = d;
        if (ad.F() != 1030) return 5;
        if (ad.CallF() != 1030) return 6;
        if (ad.G() != 105) return 7;
        if (b.G() != 100) return 8;
        if (d.Trace != 1234) return 9;
        if (c.Trace != 123) return 10;
        if (d.Tag != 111) return 11;
        A[] all = { a, b, c, d };
        int sum = 0;
        foreach (A x in all) sum += x.F() + x.G();
        if (sum != 1 + 3 + 30 + 1030 + 100 + 100 + 105 + 105) return 12;
        return 0;
    }
}
