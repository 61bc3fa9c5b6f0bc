// `new` versus `override`: hiding methods are chosen by static type, overrides
// by runtime type; new virtual slots start a fresh override chain; sealed.
class A {
    public virtual int M() { return 1; }
    public int N() { return 10; }
    public virtual int Q() { return 100; }
}
class B : A {
    public new virtual int M() { return 2; }     // new slot
    public new int N() { return 20; }
    public sealed override int Q() { return 200; }
}
class C : B {
    public override int M() { return 3; }         // overrides B.M, not A.M
    public new int Q() { return 300; }
}
sealed class S : C { public override int M() { return 4; } }
class P {
    static int Main() {
        C c = new C();
        A ca = c; B cb = c;
        if (ca.M() != 1) return 1;
        if (cb.M() != 3) return 2;
        if (c.M() != 3) return 3;
        if (ca.N() != 10) return 4;
        if (cb.N() != 20) return 5;
        if (c.N() != 20) return 6;
        if (ca.Q() != 200) return 7;
        if (cb.Q() != 200) return 8;
        if (c.Q() != 300) return 9;
        S s = new S();
        A sa = s; B sb = s;
        if (sa.M() != 1) return 10;
        if (sb.M() != 4) return 11;
        if (s.M() != 4) return 12;
        if (sa.Q() != 200) return 13;
        if (s.Q() != 300) return 14;
        return 0;
    }
}
