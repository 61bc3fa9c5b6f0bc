using System;
using System.Collections.Generic;
using System.Linq;
class Dict {
    static void Main() {
        var d = new Dictionary<string, int>();
        d["one"] = 1; d["two"] = 2; d.Add("three", 3);
        Console.WriteLine(d.Count + " " + d["two"] + " " + d.ContainsKey("one") + " " + d.ContainsKey("ONE") + " " + d.ContainsValue(3));
        try { d.Add("one", 11); } catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        try { Console.WriteLine(d["four"]); } catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFound: " + e.Message); }
        int v;
        Console.WriteLine(d.TryGetValue("three", out v) + " " + v + " " + d.TryGetValue("zero", out v) + " " + v);
        d["one"] = 100;
        Console.WriteLine(string.Join(",", d.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine(d.Remove("two") + " " + d.Remove("two") + " " + d.Count);
        Console.WriteLine(string.Join(",", d.Keys.OrderBy(k => k)) + " " + d.Values.Sum());
        var squares = new Dictionary<int, int>();
        for (int i = 0; i < 1000; i++) squares[i] = i * i;
        for (int i = 0; i < 1000; i += 2) squares.Remove(i);
        Console.WriteLine(squares.Count + " " + squares[999] + " " + squares.ContainsKey(500) + " " + squares.Keys.Sum());
        var byLen = new Dictionary<int, List<string>>();
        foreach (var w in "the quick brown fox jumps over the lazy dog".Split(' ')) {
            List<string> list;
            if (!byLen.TryGetValue(w.Length, out list)) byLen[w.Length] = list = new List<string>();
            list.Add(w);
        }
        foreach (var k in byLen.Keys.OrderBy(k => k)) Console.WriteLine(k + ": " + string.Join(" ", byLen[k]));
        var pointKeys = new Dictionary<KeyValuePair<int, int>, string>();
        pointKeys[new KeyValuePair<int, int>(1, 2)] = "a";
        Console.WriteLine(pointKeys[new KeyValuePair<int, int>(1, 2)]);
        var objKeys = new Dictionary<object, int> { { 1, 1 }, { "1", 2 }, { 1L, 3 } };
        Console.WriteLine(objKeys.Count + " " + objKeys[1] + " " + objKeys["1"] + " " + objKeys[1L]);
        try { d[null] = 1; } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        var copy = new Dictionary<string, int>(d);
        d.Clear();
        Console.WriteLine(d.Count + " " + copy.Count);
        var e2 = new Dictionary<int, string>(EqualityComparer<int>.Default) { [3] = "c", [1] = "a" };
        foreach (KeyValuePair<int, string> kv in e2.OrderByDescending(p => p.Key)) Console.Write(kv + " ");
        Console.WriteLine();
    }
}
