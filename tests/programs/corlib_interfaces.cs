using System;
using System.Collections.Generic;
interface IName { string Name { get; } string Describe(); }
interface ILabel { string Describe(); }
interface IShape : IName { double Area(); }
interface IVisitor<T> { T VisitCircle(Circle c); T VisitRect(Rect r); }
interface IVisitable { T Accept<T>(IVisitor<T> v); }
abstract class Shape : IShape, IVisitable {
    public abstract string Name { get; }
    public abstract double Area();
    public virtual string Describe() { return Name + " " + Area().ToString("F1", System.Globalization.CultureInfo.InvariantCulture); }
    public abstract T Accept<T>(IVisitor<T> v);
}
class Circle : Shape, ILabel {
    public double R = 1;
    public override string Name { get { return "circle"; } }
    public override double Area() { return 3.14 * R * R; }
    string ILabel.Describe() { return "label:" + Name; }
    public override T Accept<T>(IVisitor<T> v) { return v.VisitCircle(this); }
}
class Rect : Shape {
    public double W = 2, H = 3;
    public override string Name { get { return "rect"; } }
    public override double Area() { return W * H; }
    public override string Describe() { return "[" + base.Describe() + "]"; }
    public override T Accept<T>(IVisitor<T> v) { return v.VisitRect(this); }
}
class NameVisitor : IVisitor<string> { public string VisitCircle(Circle c) { return "C" + c.R; } public string VisitRect(Rect r) { return "R" + r.W + "x" + r.H; } }
class AreaVisitor : IVisitor<double> { public double VisitCircle(Circle c) { return c.Area(); } public double VisitRect(Rect r) { return r.Area(); } }
class Counter : IEnumerable<int> {
    int n; public Counter(int n) { this.n = n; }
    public IEnumerator<int> GetEnumerator() { for (int i = 0; i < n; i++) yield return i; }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class Disp : IDisposable { public static int Disposed; public void Dispose() { Disposed++; } }
class Interfaces {
    static void Main() {
        var shapes = new List<Shape> { new Circle(), new Rect(), new Circle { R = 2 } };
        foreach (var s in shapes) Console.Write(s.Describe() + "; ");
        Console.WriteLine();
        var c = new Circle();
        Console.WriteLine(c.Describe() + " " + ((ILabel)c).Describe() + " " + ((IName)c).Describe() + " " + ((IShape)c).Name);
        var nv = new NameVisitor(); var av = new AreaVisitor();
        foreach (IVisitable v in shapes) Console.Write(v.Accept(nv) + "=" + v.Accept(av).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", new Counter(4)) + " " + (c is IName) + " " + (c is ILabel) + " " + (new Rect() is ILabel) + " " + typeof(Circle).GetInterfaces().Length);
        using (new Disp()) using (var d2 = new Disp()) { }
        Console.WriteLine("disposed " + Disp.Disposed);
        IComparable<int> cmp = 5; IEquatable<string> eq = "x";
        Console.WriteLine(cmp.CompareTo(3) + " " + eq.Equals("x"));
        IList<int> list = new int[] { 3, 1, 2 };
        Console.WriteLine(list.Count + " " + list.IndexOf(2) + " " + list.Contains(1));
        try { list.Add(4); } catch (NotSupportedException) { Console.WriteLine("fixed size array"); }
        IReadOnlyList<string> ro = new List<string> { "a", "b" }; IReadOnlyDictionary<string, int> rd = new Dictionary<string, int> { { "k", 1 } };
        Console.WriteLine(ro[1] + ro.Count + " " + rd["k"] + " " + rd.ContainsKey("z"));
        ICollection<int> coll = new HashSet<int> { 1, 2 }; coll.Add(2); Console.WriteLine(coll.Count);
    }
}
