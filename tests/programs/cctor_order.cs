// Static constructors: precise types (explicit cctor) run theirs at first
// access to a static, first instance creation or first static call; a cctor
// touching another class runs that one's first; static field initialisers
// run in textual order before the cctor body.
class Log { public static int Seq; public static int Next(int tag) { Seq = Seq * 10 + tag; return tag; } }
class A {
    public static int X = Log.Next(1);
    static A() { Log.Next(2); }
    public static int Get() { return X; }
}
class B {
    public static int Y;
    static B() { Y = A.X + 40; Log.Next(3); }
    public int Inst() { return Y; }
}
class C {
    public static int F1 = Log.Next(4);
    public static int F2 = Log.Next(5);
    static C() { Log.Next(6); }
    public static void Nop() { }
}
class D { static D() { Log.Next(7); } public static int K = 9; public int V = 1; }
class P {
    static int Main() {
        if (Log.Seq != 0) return 1;
        B b = new B();                 // runs B's cctor, which runs A's
        if (Log.Seq != 123) return 2;
        if (b.Inst() != 41) return 3;
        if (A.Get() != 1) return 4;
        if (Log.Seq != 123) return 5;  // no second run
        C.Nop();                       // static call triggers precise cctor
        if (Log.Seq != 123456) return 6;
        D d = new D();                 // newobj triggers it
        if (Log.Seq != 1234567) return 7;
        if (D.K != 9 || d.V != 1) return 8;
        if (Log.Seq != 1234567) return 9;
        return 0;
    }
}
