using System;
using System.Collections.Generic;
abstract class Shape : IComparable<Shape> {
    public abstract double Area { get; }
    public virtual string Name { get { return GetType().Name; } }
    public int CompareTo(Shape other) { return Area.CompareTo(other.Area); }
    public override string ToString() { return string.Format("{0}({1:F2})", Name, Area); }
}
class Circle : Shape { public double R; public override double Area { get { return Math.PI * R * R; } } }
class Rect : Shape { public double W, H; public override double Area { get { return W * H; } } public override string Name { get { return "Rectangle"; } } }
class Resource : IDisposable {
    public static int Open;
    string name;
    public Resource(string n) { name = n; Open++; Console.WriteLine("open " + n); }
    public void Dispose() { Open--; Console.WriteLine("close " + name); }
}
class Counter {
    public event EventHandler<int> Changed;
    int value;
    public int Value { get { return value; } set { this.value = value; if (Changed != null) Changed(this, value); } }
}
static class Extensions { public static string Shout(this string s) { return s.ToUpper() + "!"; } }
class Objects {
    static void Main() {
        var shapes = new List<Shape> { new Circle { R = 1 }, new Rect { W = 2, H = 3 }, new Circle { R = 0.5 } };
        shapes.Sort();
        foreach (var s in shapes) Console.WriteLine(s);
        using (var a = new Resource("a")) using (var b = new Resource("b")) Console.WriteLine("open now " + Resource.Open);
        Console.WriteLine("after " + Resource.Open);
        var c = new Counter();
        c.Changed += (sender, v) => Console.WriteLine("changed to " + v);
        c.Value = 5; c.Value = 7;
        var lazy = new Lazy<string>(() => { Console.WriteLine("computing"); return "lazy value"; });
        Console.WriteLine(lazy.IsValueCreated);
        Console.WriteLine(lazy.Value + " " + lazy.Value + " " + lazy.IsValueCreated);
        Console.WriteLine("hi".Shout());
        object o = shapes[0];
        var sh = o as Shape; var str = o as string;
        Console.WriteLine((sh != null) + " " + (str == null) + " " + (o is IComparable<Shape>));
        Console.WriteLine(new object().ToString() + " " + new int[0].GetType() + " " + typeof(List<int>).Name);
        dynamicLike(42); dynamicLike("text"); dynamicLike(null);
    }
    static void dynamicLike(object x) {
        if (x is int && (int)x > 40) Console.WriteLine("big int " + x);
        else if (x is string) Console.WriteLine("string " + ((string)x).Length);
        else if (x == null) Console.WriteLine("null");
    }
}
