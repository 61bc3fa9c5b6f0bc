// Generic interfaces: one class implementing IGet<int> and IGet<long>,
// generic class implementing a generic interface, generic method constrained
// to an interface, interface with a generic method.
interface IGet<T> { T Get(); }
interface ISet<T> { void Set(T v); }
interface IMap { T Apply<T>(T x, int k); }
class Two : IGet<int>, IGet<long> {
    int IGet<int>.Get() { return 4; }
    long IGet<long>.Get() { return 5000000000L; }
}
class Box<T> : IGet<T>, ISet<T> {
    T v;
    public T Get() { return v; }
    public void Set(T x) { v = x; }
}
class Rep : IMap { public T Apply<T>(T x, int k) { return k > 0 ? x : default(T); } }
class P {
    static T Read<T, B>(B b) where B : IGet<T> { return b.Get(); }
    static void Write<T>(ISet<T> s, T v) { s.Set(v); }
    static int Main() {
        Two t = new Two();
        if (((IGet<int>)t).Get() != 4) return 1;
        if (((IGet<long>)t).Get() != 5000000000L) return 2;
        Box<int> b = new Box<int>();
        Write(b, 42);
        if (b.Get() != 42) return 3;
        if (Read<int, Box<int>>(b) != 42) return 4;
        Box<string> bs = new Box<string>();
        Write<string>(bs, "hi");
        if ((object)bs.Get() == null) return 5;
        IGet<string> gs = bs;
        if (gs.Get() != bs.Get()) return 6;
        IMap m = new Rep();
        if (m.Apply(9, 1) != 9) return 7;
        if (m.Apply(9L, 0) != 0L) return 8;
        if (m.Apply<object>(b, 1) != (object)b) return 9;
        object o = b;
        if (!(o is IGet<int>)) return 10;
        if (o is IGet<long>) return 11;
        return 0;
    }
}
