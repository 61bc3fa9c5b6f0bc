// Generic methods with type inference: swaps through ref, max with a
// comparison delegate, generic recursion, methods generic in several
// parameters, instance generic methods on generic classes, and virtual
// generic methods overridden in a subclass.
using System;
class Conv<T> {
    public T Seed;
    public R Map<R>(Func<T, R> f) { return f(Seed); }
}
class Base { public virtual int Count<T>(T[] xs) { return xs.Length; } }
class Derived : Base { public override int Count<T>(T[] xs) { return base.Count(xs) * 100; } }
class P {
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static T Max<T>(T[] xs, Func<T, T, bool> greater) { T m = xs[0]; foreach (T x in xs) if (greater(x, m)) m = x; return m; }
    static int Depth<T>(T x, int n) { return n == 0 ? 0 : 1 + Depth<T[]>(new T[] { x }, n - 1); }
    static B Second<A, B>(A a, B b) { return b; }
    static T[] Fill<T>(int n, T v) { T[] r = new T[n]; for (int i = 0; i < n; i++) r[i] = v; return r; }
    static T[] Three<T>(T a, T b, T c) { T[] r = new T[3]; r[0] = a; r[1] = b; r[2] = c; return r; }
    static int Main() {
        int a = 1, b = 2; Swap(ref a, ref b);
        if (a != 2 || b != 1) return 1;
        string s = "x", t = null; Swap(ref s, ref t);
        if (s != null || t == null) return 2;
        if (Max(Three(3, 9, 2), (x, y) => x > y) != 9) return 3;
        if (Max(Three(3L, -9L, 2L), (x, y) => x < y) != -9L) return 4;
        if (Depth(5, 4) != 4) return 5;
        if (Second(1, 2L) != 2L) return 6;
        if (Second("a", 3.5) != 3.5) return 7;
        long[] f = Fill(4, 7L);
        if (f.Length != 4 || f[3] != 7) return 8;
        var c = new Conv<int> { Seed = 6 };
        if (c.Map(x => x * 7L) != 42L) return 9;
        if (c.Map(x => x > 5) != true) return 10;
        Base d = new Derived();
        if (d.Count(new int[3]) != 300) return 11;
        if (d.Count(new string[2]) != 200) return 12;
        if (new Base().Count(f) != 4) return 13;
        return 0;
    }
}
