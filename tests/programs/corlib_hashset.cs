using System;
using System.Collections.Generic;
using System.Linq;
class Sets {
    static string S(IEnumerable<int> s) { return "{" + string.Join(",", s.OrderBy(x => x)) + "}"; }
    static void Main() {
        var a = new HashSet<int> { 1, 2, 3, 4, 5 };
        var b = new HashSet<int>(new[] { 4, 5, 6, 7 });
        Console.WriteLine(a.Add(3) + " " + a.Add(6) + " " + a.Remove(6) + " " + a.Remove(60) + " " + a.Count);
        var u = new HashSet<int>(a); u.UnionWith(b); Console.WriteLine("union " + S(u));
        var i = new HashSet<int>(a); i.IntersectWith(b); Console.WriteLine("intersect " + S(i));
        var e = new HashSet<int>(a); e.ExceptWith(b); Console.WriteLine("except " + S(e));
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b); Console.WriteLine("symmetric " + S(x));
        Console.WriteLine(i.IsSubsetOf(a) + " " + a.IsSupersetOf(i) + " " + i.IsProperSubsetOf(i) + " " + a.Overlaps(b) + " " + a.SetEquals(new[] { 5, 4, 3, 2, 1, 1 }));
        Console.WriteLine(a.RemoveWhere(n => n % 2 == 1) + " " + S(a));
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Apple", "APPLE", "banana" };
        Console.WriteLine(words.Count + " " + words.Contains("BANANA"));
        var many = new HashSet<long>();
        for (long n = 0; n < 5000; n++) many.Add(n * 7919 % 5000);
        Console.WriteLine(many.Count + " " + many.Contains(4999) + " " + many.Sum());
        var arr = new int[10]; a.CopyTo(arr);
        Console.WriteLine(arr.Count(n => n != 0));
        var nulls = new HashSet<string> { null, "x", null };
        Console.WriteLine(nulls.Count + " " + nulls.Contains(null));
        var ss = new SortedSet<int>(new[] { 9, 1, 5, 3, 7 });
        Console.WriteLine(string.Join(",", ss) + " min " + ss.Min + " max " + ss.Max + " view " + string.Join(",", ss.GetViewBetween(3, 7)) + " rev " + string.Join(",", ss.Reverse()));
        ss.Add(4); ss.Remove(9);
        Console.WriteLine(string.Join(",", ss));
        var byLen = new SortedSet<string>(Comparer<string>.Create((p, q) => p.Length != q.Length ? p.Length - q.Length : string.CompareOrdinal(p, q))) { "ccc", "a", "bb", "aa", "b" };
        Console.WriteLine(string.Join(" ", byLen));
    }
}
