using System;
// Generic parameters' attributes and constraints through reflection are left out: Lucid's
// generic parameter types are shared by position and do not know their owner.
using System.Collections.Generic;
interface IShape { double Area { get; } string Name { get; } }
class Square : IShape { public double Side = 2; public double Area { get { return Side * Side; } } public string Name { get { return "square"; } } }
class Circle : IShape { public double R = 1; public double Area { get { return 3 * R * R; } } public string Name { get { return "circle"; } } }
struct Cell<T> where T : struct { public T Value; public bool Set; public override string ToString() { return Set ? Value.ToString() : "empty"; } }
class Factory<T> where T : new() { public T Make() { return new T(); } }
class Box<T> where T : class { public T Item; public bool IsNull { get { return Item == null; } } }
class Registry<TKey, TValue> where TKey : IComparable<TKey> where TValue : IShape, new() {
    SortedList<TKey, TValue> items = new SortedList<TKey, TValue>();
    public TValue GetOrAdd(TKey k) { TValue v; if (!items.TryGetValue(k, out v)) items[k] = v = new TValue(); return v; }
    public int Count { get { return items.Count; } }
}
class Derived<T> : List<T> where T : IComparable<T> { public T Largest() { T best = this[0]; foreach (var x in this) if (x.CompareTo(best) > 0) best = x; return best; } }
static class Util {
    public static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    public static double TotalArea<T>(IEnumerable<T> shapes) where T : IShape { double t = 0; foreach (var s in shapes) t += s.Area; return t; }
    public static TBase Upcast<TDerived, TBase>(TDerived d) where TDerived : TBase { return d; }
    public static string Describe<T>(T value) { return typeof(T).Name + ":" + (value == null ? "null" : value.ToString()) + ":" + (default(T) == null); }
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static int CountDefault<T>(T[] xs) { int n = 0; foreach (var x in xs) if (EqualityComparer<T>.Default.Equals(x, default(T))) n++; return n; }
}
class Generics {
    static void Main() {
        Console.WriteLine(Util.Max(3, 9) + " " + Util.Max("pear", "apple") + " " + Util.Max(2.5, -1.0));
        Console.WriteLine(Util.TotalArea(new IShape[] { new Square(), new Circle() }) + " " + Util.TotalArea(new List<Square> { new Square(), new Square() }));
        Console.WriteLine(new Cell<int>() + " " + new Cell<double> { Value = 1.5, Set = true });
        Console.WriteLine(new Factory<Square>().Make().Name + " " + new Factory<int>().Make() + " " + new Factory<List<int>>().Make().Count);
        Console.WriteLine(new Box<string>().IsNull + " " + new Box<string> { Item = "x" }.IsNull);
        var reg = new Registry<string, Circle>();
        reg.GetOrAdd("a").R = 5; reg.GetOrAdd("b");
        Console.WriteLine(reg.Count + " " + reg.GetOrAdd("a").Area);
        var d = new Derived<string> { "kiwi", "zucchini", "apple" };
        Console.WriteLine(d.Largest() + " " + d.Count);
        object o = Util.Upcast<Square, IShape>(new Square());
        Console.WriteLine(o.GetType().Name);
        Console.WriteLine(Util.Describe(5) + " " + Util.Describe<string>(null) + " " + Util.Describe<int?>(null) + " " + Util.Describe(new DateTime(2000, 1, 1).Year));
        int a = 1, b = 2; Util.Swap(ref a, ref b);
        string s = "x", t = "y"; Util.Swap(ref s, ref t);
        Console.WriteLine(a + " " + b + " " + s + " " + t);
        Console.WriteLine(Util.CountDefault(new[] { 0, 1, 0 }) + " " + Util.CountDefault(new[] { "a", null }) + " " + Util.CountDefault(new[] { Guid.Empty }));
    }
}
