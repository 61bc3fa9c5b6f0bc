// Interfaces: a class implementing several, interface inheritance, a base
// class's implementation satisfying a derived class's interface, re-
// implementation in a subclass, explicit implementations side by side with
// public methods of the same name.
interface IA { int A(); }
interface IB { int B(); }
interface IC : IA, IB { int C(); }
interface INamed { int Id(); }
class Impl : IC {
    public int A() { return 1; }
    public int B() { return 2; }
    public virtual int C() { return 3; }
}
class Impl2 : Impl, INamed {
    public override int C() { return 30; }
    public int Id() { return 7; }
}
class Base { public int Id() { return 11; } }
class Derived : Base, INamed { }           // Base.Id implements INamed.Id
class Explicit : IA, IB {
    public int A() { return 100; }
    int IA.A() { return 101; }
    int IB.B() { return 102; }
}
class Reimpl : Impl, IA { public new int A() { return 500; } }
class P {
    static int UseC(IC c) { return c.A() + c.B() * 10 + c.C() * 100; }
    static int Main() {
        Impl i = new Impl();
        if (UseC(i) != 321) return 1;
        Impl2 j = new Impl2();
        if (UseC(j) != 3021) return 2;
        IA ia = j;
        if (ia.A() != 1) return 3;
        INamed n = j;
        if (n.Id() != 7) return 4;
        INamed d = new Derived();
        if (d.Id() != 11) return 5;
        Explicit e = new Explicit();
        if (e.A() != 100) return 6;
        if (((IA)e).A() != 101) return 7;
        if (((IB)e).B() != 102) return 8;
        Reimpl r = new Reimpl();
        if (((IA)r).A() != 500) return 9;
        if (((IC)r).A() != 500) return 10;   // IC inherits IA: the reimplementation applies
        if (((Impl)r).A() != 1) return 11;
        object o = j;
        if (!(o is IB)) return 12;
        if (o is IA == false) return 13;
        if (new Base() is INamed) return 14;
        return 0;
    }
}
