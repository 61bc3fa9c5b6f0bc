// Nested types: a nested class reading the outer class's private statics
// and private instance fields through a reference, nested struct, nested
// generic class inside a generic class using both type parameters, a private
// nested implementation returned through an interface, and nested enums.
interface IGen { int Next(); }
class Outer {
    static int secret = 42;
    int hidden;
    public Outer(int h) { hidden = h; }
    public enum Mode { Off, On }
    public struct Cfg { public Mode M; public int Level; }
    public class Peek { public int Read(Outer o) { return o.hidden + secret; } }
    class Impl : IGen { int i; Outer o; public Impl(Outer o) { this.o = o; } public int Next() { return o.hidden * 100 + ++i; } }
    public IGen Make() { return new Impl(this); }
}
class Gen<T> {
    public T Val;
    public class Node<U> { public T Outer; public U Inner; public Node(T t, U u) { Outer = t; Inner = u; } }
    public Node<int> Wrap(int k) { return new Node<int>(Val, k); }
}
class P {
    static int Main() {
        Outer o = new Outer(3);
        if (new Outer.Peek().Read(o) != 45) return 1;
        IGen g = o.Make();
        g.Next();
        if (g.Next() != 302) return 2;
        Outer.Cfg c = new Outer.Cfg(); c.M = Outer.Mode.On; c.Level = 2;
        if (c.M != Outer.Mode.On || (int)c.M + c.Level != 3) return 3;
        Gen<long> gl = new Gen<long>(); gl.Val = 1L << 40;
        Gen<long>.Node<int> n = gl.Wrap(7);
        if (n.Outer != 1L << 40 || n.Inner != 7) return 4;
        var m = new Gen<string>.Node<double>("x", 0.5);
        if (m.Inner != 0.5 || m.Outer == null) return 5;
        return 0;
    }
}
