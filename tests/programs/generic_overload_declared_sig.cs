// Members of a generic instantiation whose signatures coincide once
// instantiated (this[T] and this[string] of A<string>, M(T, int) and
// M(int, T) of B<int>): a call names the one it means by its declared
// signature, as the compiler chose it.
using System;

class A<T> {
    public int this[T arg] { get { return 1; } }
    public int this[string arg] { get { return 2; } }
    public string Show(T value) { return "T " + value; }
    public string Show(string value) { return "string " + value; }
}

class B<T> {
    public string M(T a, int b) { return "M(T, int)"; }
    public string M(int a, T b) { return "M(int, T)"; }
    public static string S(T[] a) { return "S(T[])"; }
    public static string S(int[] a) { return "S(int[])"; }
}

class Derived : A<string> { }

static class Program {
    static int Index<T>(A<T> a, T key) { return a[key]; }
    static string CallM<T>(B<T> b, T x) { return b.M(x, 0) + " " + b.M(0, x); }

    static void Main() {
        var a = new A<string>();
        Console.WriteLine(a["s"]);
        Console.WriteLine(Index(a, "s"));
        Console.WriteLine(a.Show("x"));
        Console.WriteLine(new Derived()["d"]);
        Console.WriteLine(new A<int>()[5] + " " + new A<int>()["five"]);
        var b = new B<int>();
        Console.WriteLine(CallM(b, 7));
        Console.WriteLine(B<int>.S(new int[0]));
    }
}
