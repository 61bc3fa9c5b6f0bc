// mcs-options: -r:System.Core.dll
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
class Collections2 {
    static void Main() {
        var ss = new SortedSet<int> { 5, 1, 9, 3, 1 };
        Console.WriteLine(string.Join(",", ss) + " min " + ss.Min + " max " + ss.Max + " view " + string.Join(",", ss.GetViewBetween(2, 6)));
        var list = new List<int>(Enumerable.Range(1, 10));
        Console.WriteLine(list.BinarySearch(7) + " " + list.FindIndex(x => x > 4) + " " + list.Find(x => x % 3 == 0) + " " + list.FindLast(x => x < 5));
        Console.WriteLine(string.Join(",", list.GetRange(2, 3)) + " " + string.Join(",", list.ConvertAll(x => x * x).Take(4)) + " " + list.TrueForAll(x => x > 0));
        list.RemoveRange(0, 5); list.InsertRange(0, new[] { 100, 200 }); list.RemoveAt(list.Count - 1);
        Console.WriteLine(string.Join(",", list) + " cap>=count " + (list.Capacity >= list.Count));
        var ro = new ReadOnlyCollection<int>(list);
        Console.WriteLine(ro.Count + " " + ro[0]);
        try { ((IList<int>)ro).Add(1); } catch (NotSupportedException) { Console.WriteLine("read-only"); }
        var byLen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { { "Key", 1 } };
        Console.WriteLine(byLen.ContainsKey("KEY") + " " + byLen["key"]);
        var counts = new Dictionary<char, int>();
        foreach (char ch in "mississippi") { int n; counts.TryGetValue(ch, out n); counts[ch] = n + 1; }
        Console.WriteLine(string.Join(" ", counts.OrderBy(kv => kv.Key).Select(kv => kv.Key + "" + kv.Value)));
        var stack = new Stack<string>(new[] { "a", "b", "c" });
        Console.WriteLine(string.Join("", stack.ToArray()) + " " + stack.Contains("b"));
        var queue = new Queue<int>(new[] { 1, 2, 3 });
        queue.Enqueue(4); queue.Dequeue();
        Console.WriteLine(string.Join("", queue) + " " + queue.Peek());
        int[] arr = { 5, 3, 8, 1 };
        Array.Resize(ref arr, 6);
        Console.WriteLine(string.Join(",", arr) + " " + Array.Exists(arr, x => x == 8) + " " + Array.FindAll(arr, x => x > 2).Length + " " + Array.LastIndexOf(arr, 0));
        var matrix = new int[3][];
        for (int i = 0; i < 3; i++) { matrix[i] = new int[i + 1]; for (int j = 0; j <= i; j++) matrix[i][j] = i * j; }
        Console.WriteLine(string.Join("|", matrix.Select(r => string.Join(",", r))));
        var lookup = new SortedDictionary<int, List<string>>();
        foreach (var w in new[] { "aa", "b", "cc", "ddd" }) { List<string> l; if (!lookup.TryGetValue(w.Length, out l)) lookup[w.Length] = l = new List<string>(); l.Add(w); }
        foreach (var kv in lookup) Console.Write(kv.Key + ":" + string.Join("/", kv.Value) + " ");
        Console.WriteLine();
        var hs1 = new HashSet<string> { "x", "y" }; var hs2 = new HashSet<string> { "y", "z" };
        hs1.UnionWith(hs2);
        Console.WriteLine(hs1.Count + " " + hs1.SetEquals(new[] { "z", "y", "x" }) + " " + hs2.IsSubsetOf(hs1));
        var bits = new System.Collections.BitArray(8); bits[3] = true;
        Console.WriteLine(bits[3] + " " + bits.Count);
    }
}
