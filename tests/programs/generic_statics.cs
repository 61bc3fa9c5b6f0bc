// Generic classes have one set of statics per instantiation: counters,
// static caches keyed by the type argument, nested generic instantiations,
// static generic methods that touch their class's statics.
class Cnt<T> {
    public static int N;
    public static T Last;
    public static void Add(T v) { N++; Last = v; }
}
class Pair<A, B> { public static int Made; public A First; public B Second;
    public Pair(A a, B b) { First = a; Second = b; Made++; } }
class Outer<T> { public class Inner<U> { public static int Hits; } }
class P {
    static int Main() {
        Cnt<int>.Add(1); Cnt<int>.Add(2);
        Cnt<long>.Add(30L);
        Cnt<string>.Add("x"); Cnt<string>.Add(null); Cnt<string>.Add("y");
        if (Cnt<int>.N != 2 || Cnt<int>.Last != 2) return 1;
        if (Cnt<long>.N != 1 || Cnt<long>.Last != 30L) return 2;
        if (Cnt<string>.N != 3) return 3;
        if (Cnt<object>.N != 0) return 4;
        if (Cnt<double>.Last != 0.0) return 5;
        new Pair<int, int>(1, 2); new Pair<int, int>(3, 4);
        var p = new Pair<string, int>("a", 5);
        if (Pair<int, int>.Made != 2) return 6;
        if (Pair<string, int>.Made != 1) return 7;
        if (Pair<int, string>.Made != 0) return 8;
        if (p.Second != 5) return 9;
        Outer<int>.Inner<int>.Hits = 1;
        Outer<int>.Inner<long>.Hits = 2;
        Outer<long>.Inner<int>.Hits = 3;
        if (Outer<int>.Inner<int>.Hits + Outer<int>.Inner<long>.Hits * 10 + Outer<long>.Inner<int>.Hits * 100 != 321) return 10;
        Cnt<Pair<int, int>>.Add(new Pair<int, int>(5, 6));
        if (Cnt<Pair<int, int>>.Last.Second != 6 || Pair<int, int>.Made != 3) return 11;
        return 0;
    }
}
