using System;
using System.Collections.Generic;
using System.Linq;
class Pt { public int X, Y; public Pt(int x, int y) { X = x; Y = y; } public override string ToString() { return "(" + X + "," + Y + ")"; } }
class PtEq : IEqualityComparer<Pt> { public bool Equals(Pt a, Pt b) { return a.X == b.X && a.Y == b.Y; } public int GetHashCode(Pt p) { return p.X * 31 + p.Y; } }
class LinqSets {
    static void Main() {
        int[] a = { 1, 2, 2, 3, 4, 5, 5 }, b = { 4, 5, 6, 7, 4 };
        Console.WriteLine(string.Join(",", a.Distinct()));
        Console.WriteLine(string.Join(",", a.Union(b)));
        Console.WriteLine(string.Join(",", a.Intersect(b)));
        Console.WriteLine(string.Join(",", a.Except(b)));
        Console.WriteLine(string.Join(",", b.Except(a)));
        Console.WriteLine(string.Join(",", a.Concat(b)));
        var s = new[] { "A", "a", "B", "b", "c" };
        Console.WriteLine(string.Join(",", s.Distinct(StringComparer.OrdinalIgnoreCase)) + " " + string.Join(",", s.Intersect(new[] { "C", "A" }, StringComparer.OrdinalIgnoreCase)));
        var pts = new[] { new Pt(1, 2), new Pt(1, 2), new Pt(3, 4) };
        Console.WriteLine(pts.Distinct().Count() + " " + pts.Distinct(new PtEq()).Count() + " " + string.Join("", pts.Distinct(new PtEq())));
        Console.WriteLine(string.Join(",", a.Zip(b, (x, y) => x * y)));
        Console.WriteLine(string.Join(" ", new[] { "a", "b", "c" }.Zip(Enumerable.Range(1, 10), (l, n) => l + n)));
        Console.WriteLine(a.SequenceEqual(new[] { 1, 2, 2, 3, 4, 5, 5 }) + " " + a.SequenceEqual(b) + " " + s.SequenceEqual(new[] { "a", "A", "b", "B", "C" }, StringComparer.OrdinalIgnoreCase) + " " + new int[0].SequenceEqual(new int[0]));
        var anon1 = new { X = 1, Y = "a" }; var anon2 = new { X = 1, Y = "a" }; var anon3 = new { X = 2, Y = "a" };
        Console.WriteLine(anon1.Equals(anon2) + " " + anon1.Equals(anon3) + " " + (anon1.GetHashCode() == anon2.GetHashCode()) + " " + anon1 + " " + (anon1 == anon2));
        Console.WriteLine(new[] { anon1, anon2, anon3 }.Distinct().Count() + " " + anon1.GetType().Name.StartsWith("<>__AnonType"));
        var tuples = new[] { Tuple.Create(1, "x"), Tuple.Create(1, "x"), Tuple.Create(2, "y") };
        Console.WriteLine(tuples.Distinct().Count() + " " + tuples[0] + " " + tuples[0].Equals(tuples[1]) + " " + tuples[0].Item2);
    }
}
