// Static constructor cycles: A's cctor touches B whose cctor reads A's
// statics while A is still being initialised (sees defaults), a cctor that
// calls a static method of its own class, and a generic class with one cctor
// per instantiation.
class A {
    public static int X;
    public static int SeenByB;
    static A() { X = 5; SeenByB = B.FromA; X = X + B.FromA; }
}
class B {
    public static int FromA;
    static B() { FromA = A.X + 100; }  // A is "initialising": X is 5 here
}
class Self {
    public static int V;
    static int Compute() { return V + 7; }
    static Self() { V = 1; V = Compute(); }
}
class G<T> {
    public static int Count;
    public static int Stamp;
    static G() { Count++; Stamp = ++P.Inits; }
}
class P {
    public static int Inits;
    static int Main() {
        if (A.X != 110) return 1;
        if (B.FromA != 105) return 2;
        if (A.SeenByB != 105) return 3;
        if (Self.V != 8) return 4;
        if (G<int>.Count != 1) return 5;
        if (G<string>.Count != 1) return 6;
        if (G<int>.Count != 1) return 7;
        if (G<int>.Stamp != 1 || G<string>.Stamp != 2) return 8;
        if (G<long>.Stamp != 3) return 9;
        if (Inits != 3) return 10;
        return 0;
    }
}
