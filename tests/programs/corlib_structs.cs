using System;
using System.Collections.Generic;
struct Point : IEquatable<Point> {
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public bool Equals(Point other) { return X == other.X && Y == other.Y; }
    public override bool Equals(object o) { return o is Point && Equals((Point)o); }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
    public static Point operator +(Point a, Point b) { return new Point(a.X + b.X, a.Y + b.Y); }
}
struct Plain { public int A; public string B; }
class Structs {
    static void Main() {
        var p = new Point(1, 2) + new Point(3, 4);
        Console.WriteLine(p + " " + p.Equals(new Point(4, 6)) + " " + (p.GetHashCode() == new Point(4, 6).GetHashCode()));
        var set = new HashSet<Point> { new Point(1, 1), new Point(1, 1), new Point(2, 2) };
        Console.WriteLine(set.Count);
        var d = new Dictionary<Point, string> { [new Point(0, 0)] = "origin" };
        Console.WriteLine(d[new Point(0, 0)]);
        var a = new Plain { A = 1, B = "x" }; var b = new Plain { A = 1, B = "x" }; var c = new Plain { A = 2, B = "x" };
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + (a.GetHashCode() == b.GetHashCode()));
        object boxed = a;
        var unboxed = (Plain)boxed;
        unboxed.A = 9;
        Console.WriteLine(((Plain)boxed).A + " " + unboxed.A);
        Point[] points = { new Point(3, 1), new Point(1, 2) };
        Array.Sort(points, (l, r) => l.X.CompareTo(r.X));
        Console.WriteLine(string.Join(" ", points));
        var list = new List<Point>(points);
        Console.WriteLine(list.IndexOf(new Point(3, 1)) + " " + list.Contains(new Point(9, 9)));
        Console.WriteLine(default(Point) + " " + new Point().Equals(default(Point)));
        ValueTuple<int, string> vt = (1, "one");
        Console.WriteLine(vt.Item1 + vt.Item2);
        Console.WriteLine(12.GetHashCode() + " " + true.GetHashCode() + " " + 'a'.GetHashCode() + " " + 3L.GetHashCode() + " " + 1.5.GetHashCode());
        Console.WriteLine(((object)5).Equals(5) + " " + ((object)5).Equals(5L) + " " + 5.CompareTo(7));
    }
}
