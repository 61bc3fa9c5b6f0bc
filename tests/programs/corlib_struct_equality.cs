using System;
using System.Collections.Generic;
struct Plain { public int A; public string B; }
struct WithFloat { public double D; public int I; }
struct Custom : IEquatable<Custom> {
    public int X, Y;
    public Custom(int x, int y) { X = x; Y = y; }
    public bool Equals(Custom o) { return X == o.X && Y == o.Y; }
    public override bool Equals(object o) { return o is Custom && Equals((Custom)o); }
    public override int GetHashCode() { return X * 397 ^ Y; }
    public static bool operator ==(Custom a, Custom b) { return a.Equals(b); }
    public static bool operator !=(Custom a, Custom b) { return !a.Equals(b); }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}
struct Nested { public Plain P; public long L; }
struct Mutable { public int N; public void Inc() { N++; } }
class RefPoint { public int X; public override bool Equals(object o) { var r = o as RefPoint; return r != null && r.X == X; } public override int GetHashCode() { return X; } }
class StructEq {
    static void Main() {
        var a = new Plain { A = 1, B = "x" }; var b = new Plain { A = 1, B = "x" }; var c = new Plain { A = 1, B = "y" };
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + (a.GetHashCode() == b.GetHashCode()) + " " + a.Equals((object)null) + " " + a.Equals(5));
        var f1 = new WithFloat { D = 0.0, I = 1 }; var f2 = new WithFloat { D = -0.0, I = 1 }; var n1 = new WithFloat { D = double.NaN }; var n2 = new WithFloat { D = double.NaN };
        Console.WriteLine(f1.Equals(f2) + " " + n1.Equals(n2));
        var n = new Nested { P = a, L = 5 }; var m = new Nested { P = b, L = 5 };
        Console.WriteLine(n.Equals(m) + " " + (n.GetHashCode() == m.GetHashCode()) + " " + new Nested().Equals(new Nested()));
        var c1 = new Custom(1, 2); var c2 = new Custom(1, 2);
        Console.WriteLine((c1 == c2) + " " + (c1 != new Custom(2, 1)) + " " + c1.Equals((object)c2) + " " + c1 + " " + c1.GetHashCode());
        var set = new HashSet<Custom> { c1, c2, new Custom(2, 1) };
        Console.WriteLine(set.Count + " " + set.Contains(new Custom(2, 1)));
        var dict = new Dictionary<Plain, int>(); dict[a] = 1; dict[b] = 2;
        Console.WriteLine(dict.Count + " " + dict[a]);
        Console.WriteLine(EqualityComparer<Custom>.Default.Equals(c1, c2) + " " + EqualityComparer<Plain>.Default.GetType().Name.Length + " " + (EqualityComparer<Custom>.Default.GetHashCode(c1) == c1.GetHashCode()));
        var mut = new Mutable(); mut.Inc(); mut.Inc();
        var copy = mut; copy.Inc();
        Console.WriteLine(mut.N + " " + copy.N);
        var arr = new Mutable[2]; arr[0].Inc(); Console.WriteLine(arr[0].N + " " + arr[1].N);
        var list = new List<Mutable> { mut }; var got = list[0]; got.Inc(); Console.WriteLine(list[0].N + " " + got.N);
        object boxed = mut; var unboxed = (Mutable)boxed; unboxed.Inc(); Console.WriteLine(((Mutable)boxed).N + " " + unboxed.N);
        var r1 = new RefPoint { X = 1 }; var r2 = new RefPoint { X = 1 };
        Console.WriteLine((r1 == r2) + " " + r1.Equals(r2) + " " + object.ReferenceEquals(r1, r1) + " " + object.Equals(null, null) + " " + object.Equals(r1, null));
        Console.WriteLine(new KeyValuePair<int, string>(1, "a").Equals(new KeyValuePair<int, string>(1, "a")) + " " + (1, "a").ToString().Length);
        Console.WriteLine(default(Custom) + " " + default(Plain).B + "|" + new DateTime(5).Equals(new DateTime(5)) + " " + 5.Equals(5L) + " " + 5L.Equals(5) + " " + ((object)5).Equals(5));
    }
}
