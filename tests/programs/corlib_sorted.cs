using System;
using System.Collections.Generic;
class Sorted {
    static void Main() {
        var sd = new SortedDictionary<string, int> { { "pear", 3 }, { "apple", 1 }, { "fig", 7 }, { "banana", 2 } };
        foreach (var kv in sd) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        sd.Remove("fig"); sd["cherry"] = 9;
        Console.WriteLine(string.Join(",", sd.Keys) + " | " + string.Join(",", sd.Values) + " " + sd.ContainsKey("fig"));
        var rev = new SortedDictionary<int, string>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        for (int i = 0; i < 6; i++) rev[i * 3 % 7] = "v" + i;
        Console.WriteLine(string.Join(" ", rev));
        var sl = new SortedList<int, string>();
        sl.Add(30, "c"); sl.Add(10, "a"); sl.Add(20, "b");
        Console.WriteLine(sl.Keys[0] + " " + sl.Values[2] + " " + sl.IndexOfKey(20) + " " + sl.IndexOfValue("c") + " " + sl.IndexOfKey(25) + " " + sl.Count);
        sl.RemoveAt(0);
        Console.WriteLine(string.Join(",", sl.Keys) + " cap>= " + (sl.Capacity >= 2));
        try { sl.Add(20, "dup"); } catch (ArgumentException) { Console.WriteLine("duplicate key"); }
        var ci = new SortedList<string, int>(StringComparer.OrdinalIgnoreCase) { { "B", 2 }, { "a", 1 }, { "C", 3 } };
        Console.WriteLine(string.Join(",", ci.Keys) + " " + ci["b"]);
        var nsl = new System.Collections.SortedList { { 3, "three" }, { 1, "one" }, { 2, "two" } };
        for (int i = 0; i < nsl.Count; i++) Console.Write(nsl.GetKey(i) + ":" + nsl.GetByIndex(i) + " ");
        Console.WriteLine();
        var words = "delta alpha charlie bravo echo alpha".Split(' ');
        var counts = new SortedDictionary<string, int>();
        foreach (var w in words) { int c; counts.TryGetValue(w, out c); counts[w] = c + 1; }
        foreach (var kv in counts) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        var first = sd.GetEnumerator(); first.MoveNext(); Console.WriteLine(first.Current.Key);
    }
}
