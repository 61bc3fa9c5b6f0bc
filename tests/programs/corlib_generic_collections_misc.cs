using System;
using System.Collections.Generic;
using System.Linq;
struct Key : IEquatable<Key> { public int A; public string B; public bool Equals(Key o) { return A == o.A && B == o.B; } public override int GetHashCode() { return A ^ (B == null ? 0 : B.Length); } }
class Misc {
    static void Main() {
        var d = new Dictionary<Key, int>();
        for (int i = 0; i < 100; i++) d[new Key { A = i % 10, B = "k" + (i % 7) }] = i;
        Console.WriteLine(d.Count + " " + d[new Key { A = 3, B = "k3" }] + " " + d.ContainsKey(new Key { A = 3, B = "k4" }));
        var order = new Dictionary<string, int>();
        foreach (var w in "one two three four five".Split(' ')) order[w] = w.Length;
        order.Remove("two"); order["six"] = 3;
        Console.WriteLine(string.Join(",", order.Keys));
        var people = new List<KeyValuePair<string, int>> { new KeyValuePair<string, int>("a", 3), new KeyValuePair<string, int>("b", 1), new KeyValuePair<string, int>("c", 3), new KeyValuePair<string, int>("d", 1) };
        people.Sort((x, y) => x.Value.CompareTo(y.Value));
        Console.WriteLine(string.Join(" ", people.Select(p => p.Key + p.Value)));
        var stable = people.OrderBy(p => p.Value).Select(p => p.Key);
        Console.WriteLine(string.Join("", stable));
        var lists = new List<List<int>> { new List<int> { 3 }, new List<int> { 1, 2 }, new List<int>() };
        lists.Sort((x, y) => x.Count - y.Count); Console.WriteLine(string.Join("|", lists.Select(l => string.Join(",", l))));
        var q = new Queue<int>(Enumerable.Range(1, 5)); var s = new Stack<int>(q); Console.WriteLine(string.Join(",", s) + " " + string.Join(",", q));
        var ll = new LinkedList<string>(new[] { "x", "y" }); ll.AddFirst("w"); Console.WriteLine(string.Join("", ll) + " " + ll.Count);
        var ss = new SortedSet<string>(StringComparer.Ordinal) { "b", "B", "a" }; Console.WriteLine(string.Join("", ss));
        var byLen = new SortedDictionary<int, List<string>>(); foreach (var w in "aa b ccc dd e".Split(' ')) { if (!byLen.ContainsKey(w.Length)) byLen[w.Length] = new List<string>(); byLen[w.Length].Add(w); }
        Console.WriteLine(string.Join(" ", byLen.Select(kv => kv.Key + ":" + string.Join("/", kv.Value))));
        int[] arr = { 5, 3, 1 }; var seg = new ArraySegment<int>(arr, 1, 2); Console.WriteLine(seg.Count + " " + seg.Offset + " " + string.Join(",", seg));
        var hs = new HashSet<int>(new[] { 1, 2, 3 }); hs.IntersectWith(new[] { 2, 3, 4 }); hs.UnionWith(new[] { 9 }); Console.WriteLine(string.Join(",", hs.OrderBy(x => x)));
        var comparer = EqualityComparer<string>.Default; Console.WriteLine(comparer.Equals("a", "a") + " " + comparer.Equals(null, null));
        var list = new List<int>(Enumerable.Range(0, 10)); list.RemoveRange(2, 3); list.Reverse(1, 3); Console.WriteLine(string.Join(",", list) + " " + list.IndexOf(9) + " " + list.LastIndexOf(0));
        Console.WriteLine(list.Exists(x => x > 8) + " " + list.FindLastIndex(x => x < 5) + " " + list.BinarySearch(100) + " " + list.ConvertAll(x => x * 2).Sum());
    }
}
