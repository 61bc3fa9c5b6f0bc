// Generics with exact types: instantiated classes and structs with their
// own statics, generic methods (static, instance, generic virtual), and
// generic interfaces.
using System;
class Box<T> {
    T value; static int created;
    public Box(T v) { value = v; created++; }
    public T Get() { return value; }
    public static int Created { get { return created; } }
    public U Map<U>(Func2<T, U> f) { return f.Apply(value); }
}
interface Func2<A, B> { B Apply(A a); }
class Len : Func2<string, int> { public int Apply(string s) { return s.Length; } }
class Twice : Func2<int, long> { public long Apply(int x) { return 2L * x; } }
struct Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } }
class Node<T> where T : IComparable<T> { }
abstract class Animal { public abstract T Echo<T>(T t); }
class Dog : Animal { public override T Echo<T>(T t) { return t; } }
class P {
    static T Max<T>(T a, T b, bool first) { return first ? a : b; }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static int Main() {
        Box<int> bi = new Box<int>(41);
        Box<string> bs = new Box<string>("hello");
        if (bi.Get() != 41 || bs.Get().Length != 5) return 1;
        if (Box<int>.Created != 1 || Box<string>.Created != 1) return 2;
        if (bs.Map<int>(new Len()) != 5) return 3;
        if (bi.Map<long>(new Twice()) != 82) return 4;
        Pair<byte, long> p = new Pair<byte, long>(3, 4);
        if (p.First + p.Second != 7) return 5;
        if (Max<double>(1.5, 2.5, false) != 2.5) return 6;
        int x = 1, y = 2; Swap(ref x, ref y); if (x != 2) return 7;
        string s1 = "a", s2 = "bb"; Swap<string>(ref s1, ref s2); if (s1.Length != 2) return 8;
        Animal a = new Dog(); if (a.Echo<int>(9) != 9 || a.Echo<string>("z").Length != 1) return 9;
        return 50;
    }
}
