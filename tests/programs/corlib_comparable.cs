using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
class Version2 : IComparable<Version2>, IComparable, IEquatable<Version2> {
    public int Major, Minor;
    public Version2(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version2 o) { if (o == null) return 1; int c = Major.CompareTo(o.Major); return c != 0 ? c : Minor.CompareTo(o.Minor); }
    public int CompareTo(object o) { if (o != null && !(o is Version2)) throw new ArgumentException("not a version"); return CompareTo((Version2)o); }
    public bool Equals(Version2 o) { return o != null && CompareTo(o) == 0; }
    public override bool Equals(object o) { return Equals(o as Version2); }
    public override int GetHashCode() { return Major * 1000 + Minor; }
    public override string ToString() { return Major + "." + Minor; }
    public static bool operator <(Version2 a, Version2 b) { return a.CompareTo(b) < 0; }
    public static bool operator >(Version2 a, Version2 b) { return a.CompareTo(b) > 0; }
}
class Comparables {
    static void Main() {
        var vs = new List<Version2> { new Version2(1, 10), new Version2(1, 2), new Version2(0, 9), new Version2(2, 0), new Version2(1, 2) };
        vs.Sort(); Console.WriteLine(string.Join(" ", vs));
        Console.WriteLine(vs.Max() + " " + vs.Min() + " " + vs.Distinct().Count() + " " + (vs[0] < vs[1]) + " " + (vs[4] > vs[3]));
        var al = new ArrayList(vs); al.Reverse(); al.Sort(); Console.WriteLine(string.Join(" ", al.ToArray()));
        Console.WriteLine(Comparer<Version2>.Default.Compare(vs[1], vs[2]) + " " + Comparer<Version2>.Default.Compare(null, vs[0]) + " " + Comparer.Default.Compare(vs[3], vs[0]));
        try { new Version2(1, 1).CompareTo("x"); } catch (ArgumentException e) { Console.WriteLine("ArgumentException " + e.Message); }
        Console.WriteLine(1.CompareTo(2) + " " + "b".CompareTo("a") + " " + 2.5.CompareTo(double.NaN) + " " + double.NaN.CompareTo(double.NaN) + " " + 'a'.CompareTo('b') + " " + true.CompareTo(false) + " " + DateTime.MinValue.CompareTo(DateTime.MaxValue));
        IComparable boxed = 5;
        Console.WriteLine(boxed.CompareTo(3) + " " + ((IComparable<int>)5).CompareTo(9));
        try { boxed.CompareTo("x"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        var sorted = new SortedSet<Version2>(vs);
        Console.WriteLine(sorted.Count + " " + sorted.Min + " " + sorted.Max);
        var desc = Comparer<int>.Create((x, y) => y.CompareTo(x));
        var nums = new List<int> { 3, 1, 2 }; nums.Sort(desc); Console.WriteLine(string.Join(",", nums));
        Console.WriteLine(new Version(1, 2, 3).CompareTo(new Version(1, 10)) + " " + new Version("2.0.1") + " " + (new Version(1, 0) == new Version("1.0")) + " " + new Version(1, 2).Build);
        var tuples = new[] { Tuple.Create(2, "b"), Tuple.Create(1, "z"), Tuple.Create(2, "a") };
        Array.Sort(tuples); Console.WriteLine(string.Join(" ", tuples.Select(t => t.ToString())));
        Console.WriteLine(StringComparer.Ordinal.Compare("a", "B") > 0);
        Console.WriteLine(string.Join(",", new[] { "b10", "b9", "a", "B1" }.OrderBy(s => s, StringComparer.Ordinal)));
    }
}
