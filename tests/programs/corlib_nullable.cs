using System;
using System.Collections.Generic;
class Nullables {
    static int? Parse(string s) { int v; return int.TryParse(s, out v) ? v : (int?)null; }
    static string Show(object o) { return o == null ? "null" : o.GetType().Name + ":" + o; }
    static void Main() {
        int? a = 5, b = null;
        Console.WriteLine(a.HasValue + " " + b.HasValue + " " + a.Value + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1) + " " + (b ?? 7) + " [" + b + "]");
        Console.WriteLine((a + 1) + " " + (a + b == null) + " " + (a * 2) + " " + (a > 3) + " " + (b > 3) + " " + (b < 3) + " " + (b == null) + " " + (a == 5));
        try { Console.WriteLine(b.Value); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        object boxedA = a, boxedB = b;
        Console.WriteLine(Show(boxedA) + " " + Show(boxedB) + " " + (boxedA is int) + " " + (boxedA is int?));
        int? unboxed = (int?)boxedA; int? unboxedNull = (int?)boxedB;
        Console.WriteLine(unboxed + " " + unboxedNull.HasValue);
        bool? t = true, f = false, u = null;
        Console.WriteLine((t & u) + "|" + (f & u) + "|" + (t | u) + "|" + (f | u) + "|" + (u ^ t) + "|" + !u);
        Console.WriteLine(Parse("12") + " " + Parse("x").HasValue + " " + (Parse("3") ?? 0) * 2);
        var list = new List<int?> { 3, null, 1 };
        list.Sort();
        Console.WriteLine(string.Join(",", list) + " " + list.Contains(null) + " " + list.IndexOf(1));
        Console.WriteLine(Nullable.Compare<int>(null, 1) + " " + Nullable.Equals<int>(null, null) + " " + Nullable.GetUnderlyingType(typeof(int?)).Name + " " + (Nullable.GetUnderlyingType(typeof(int)) == null));
        double? d = 1.5; decimal? m = null; DateTime? dt = new DateTime(2000, 1, 2);
        Console.WriteLine(d * 2 + " " + (m ?? 2.5m) + " " + dt.Value.Day + " " + dt?.Month + " " + (m?.ToString() ?? "no decimal"));
        string s = null;
        Console.WriteLine((s?.Length ?? -1) + " " + ("abc"?.Length));
        int? x = null; x++; Console.WriteLine(x.HasValue);
        long? widened = a; Console.WriteLine(widened + " " + widened.GetType().Name + " " + a.GetType().Name);
        try { Console.WriteLine(b.GetType()); } catch (NullReferenceException) { Console.WriteLine("GetType of null: NullReferenceException"); }
        Console.WriteLine(a.Equals(5) + " " + b.Equals(null) + " " + a.GetHashCode() + " " + b.GetHashCode() + " " + a.ToString() + "|" + b.ToString() + "|");
        var nd = new Dictionary<int?, string> { { 1, "one" } };
        Console.WriteLine(nd[1] + " " + typeof(int?).IsGenericType + " " + typeof(int?).Name);
    }
}
