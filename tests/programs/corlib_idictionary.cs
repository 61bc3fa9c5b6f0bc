using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
class IDict {
    static string Dump<K, V>(IDictionary<K, V> d) { return string.Join(",", d.Select(kv => kv.Key + "=" + kv.Value).OrderBy(s => s, StringComparer.Ordinal)); }
    static void Exercise(string name, IDictionary<string, int> d) {
        d.Add("b", 2); d["a"] = 1; d.Add(new KeyValuePair<string, int>("c", 3));
        var coll = (ICollection<KeyValuePair<string, int>>)d;
        Console.Write(name + ": " + Dump(d) + " count " + d.Count + " contains " + coll.Contains(new KeyValuePair<string, int>("b", 2)) + "/" + coll.Contains(new KeyValuePair<string, int>("b", 3)));
        coll.Remove(new KeyValuePair<string, int>("c", 3)); d.Remove("zz");
        var arr = new KeyValuePair<string, int>[5]; coll.CopyTo(arr, 1);
        int v; Console.WriteLine(" | " + Dump(d) + " " + d.TryGetValue("a", out v) + v + " " + arr.Count(kv => kv.Key != null) + " keys " + string.Join("", d.Keys.OrderBy(k => k)) + " ro " + coll.IsReadOnly);
        IDictionary nonGeneric = d as IDictionary;
        if (nonGeneric != null) { nonGeneric["q"] = 9; Console.WriteLine("  non-generic: " + nonGeneric["q"] + " " + nonGeneric.Contains("a") + " " + (nonGeneric["missing"] == null) + " " + nonGeneric.IsFixedSize); }
    }
    static void Main() {
        Exercise("Dictionary", new Dictionary<string, int>());
        Exercise("SortedDictionary", new SortedDictionary<string, int>());
        Exercise("SortedList", new SortedList<string, int>());
        Exercise("Concurrent", new System.Collections.Concurrent.ConcurrentDictionary<string, int>());
        IReadOnlyDictionary<string, int> ro = new Dictionary<string, int> { { "x", 1 } };
        Console.WriteLine(ro.Keys.First() + " " + ro.Values.Sum() + " " + ro.ContainsKey("x"));
        var d = new Dictionary<int, string> { { 1, "one" } };
        var e = ((IEnumerable)d).GetEnumerator(); e.MoveNext(); Console.WriteLine(e.Current.GetType().Name);
        var de = ((IDictionary)d).GetEnumerator(); de.MoveNext(); Console.WriteLine(de.Key + " " + de.Value + " " + de.Entry.Value);
        try { ((IDictionary)d)["wrong key type"] = "x"; } catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name); }
    }
}
