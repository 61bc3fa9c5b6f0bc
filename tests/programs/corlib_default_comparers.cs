using System;
using System.Collections.Generic;
enum Color : byte { Red, Green, Blue }
enum Big : long { A = -5, B = 10 }
struct Eq : IEquatable<Eq> { public int V; public bool Equals(Eq o) { return V % 10 == o.V % 10; } public override int GetHashCode() { return V % 10; } }
struct Plain { public int V; }
class Cmp : IComparable<Cmp> { public int V; public int CompareTo(Cmp o) { return o == null ? 1 : V.CompareTo(o.V); } }
class OldCmp : IComparable { public int V; public int CompareTo(object o) { return V.CompareTo(((OldCmp)o).V); } }
class DefaultComparers {
    static void Show<T>(string label, T a, T b) {
        var eq = EqualityComparer<T>.Default; var cmp = Comparer<T>.Default;
        string c;
        try { c = Math.Sign(cmp.Compare(a, b)).ToString(); } catch (ArgumentException) { c = "ArgumentException"; }
        Console.WriteLine(label + ": eq " + eq.Equals(a, b) + " hash-same " + (eq.GetHashCode(a) == eq.GetHashCode(b)) + " cmp " + c + " self " + eq.Equals(a, a));
    }
    static void Main() {
        Show("int", 3, 3); Show("string", "a", "b"); Show("null string", (string)null, "x");
        Show("enum byte", Color.Green, Color.Blue); Show("enum long", Big.B, Big.A);
        Show("nullable", (int?)5, (int?)null); Show("nullable eq", (int?)7, (int?)7); Show("nullable enum", (Color?)Color.Red, (Color?)Color.Red);
        Show("IEquatable struct", new Eq { V = 13 }, new Eq { V = 23 });
        Show("plain struct", new Plain { V = 1 }, new Plain { V = 1 });
        Show("IComparable<T>", new Cmp { V = 1 }, new Cmp { V = 2 });
        Show("IComparable", new OldCmp { V = 5 }, new OldCmp { V = 2 });
        Show("object", new object(), new object());
        Show("double NaN", double.NaN, double.NaN); Show("float", 1.5f, -1.5f);
        Show("decimal", 1.0m, 1.00m); Show("guid", Guid.Empty, new Guid()); Show("datetime", new DateTime(1), new DateTime(2));
        Show("tuple", Tuple.Create(1, "a"), Tuple.Create(1, "a")); Show("kvp", new KeyValuePair<int, int>(1, 2), new KeyValuePair<int, int>(1, 2));
        Show("char", 'a', 'B'); Show("bool", true, false); Show("array", new[] { 1 }, new[] { 1 });
        Console.WriteLine(EqualityComparer<Color>.Default.GetType().Name + " " + EqualityComparer<int?>.Default.GetType().Name + " " + EqualityComparer<string>.Default.GetType().Name + " " + EqualityComparer<Eq>.Default.GetType().Name + " " + EqualityComparer<Plain>.Default.GetType().Name);
        Console.WriteLine(Comparer<Color>.Default.GetType().Name + " " + Comparer<int?>.Default.GetType().Name + " " + Comparer<string>.Default.GetType().Name + " " + Comparer<Cmp>.Default.GetType().Name + " " + Comparer<OldCmp>.Default.GetType().Name);
        var d = new Dictionary<Color, int> { { Color.Blue, 1 }, { Color.Red, 2 } };
        Console.WriteLine(d[Color.Red] + " " + d.ContainsKey(Color.Green));
        var set = new HashSet<Eq> { new Eq { V = 1 }, new Eq { V = 11 }, new Eq { V = 2 } };
        Console.WriteLine(set.Count);
        var list = new List<Color> { Color.Blue, Color.Red, Color.Green }; list.Sort(); Console.WriteLine(string.Join(",", list) + " " + list.IndexOf(Color.Green) + " " + list.Contains(Color.Blue));
        var nl = new List<int?> { 3, null, 1 }; nl.Sort(); Console.WriteLine(string.Join(",", nl) + " " + nl.IndexOf(null));
        Console.WriteLine(StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, true).Equals("ABC", "abc"));
    }
}
