using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
class RO {
    static void Main() {
        var list = new List<int> { 1, 2, 3 };
        var ro = new ReadOnlyCollection<int>(list);
        Console.WriteLine(ro.Count + " " + ro[1] + " " + ro.Contains(3) + " " + ro.IndexOf(3));
        list.Add(4);
        Console.WriteLine("sees " + ro.Count);
        try { ((IList<int>)ro).Add(5); } catch (NotSupportedException e) { Console.WriteLine("NotSupported: " + e.Message); }
        Console.WriteLine(((ICollection<int>)ro).IsReadOnly);
        var col = new Collection<string> { "a", "b" };
        col.Insert(0, "z"); col.Remove("a");
        Console.WriteLine(string.Join(",", col));
        var dict = new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { { "k", 1 } });
        Console.WriteLine(dict["k"] + " " + dict.Count + " " + dict.ContainsKey("x"));
        var obs = new ObservableCollection<string>();
        obs.CollectionChanged += (s, e) => {
            Console.Write(e.Action);
            if (e.NewItems != null) Console.Write(" new=" + e.NewItems[0] + "@" + e.NewStartingIndex);
            if (e.OldItems != null) Console.Write(" old=" + e.OldItems[0] + "@" + e.OldStartingIndex);
            Console.WriteLine();
        };
        ((System.ComponentModel.INotifyPropertyChanged)obs).PropertyChanged += (s, e) => Console.WriteLine("  property " + e.PropertyName);
        obs.Add("x"); obs.Add("y"); obs.Insert(1, "m");
        obs[0] = "X";
        obs.Move(0, 2);
        obs.Remove("m");
        obs.Clear();
        Console.WriteLine(obs.Count);
        var keyed = new ByName();
        keyed.Add("apple"); keyed.Add("banana");
        Console.WriteLine(keyed['b'] + " " + keyed.Contains('a') + " " + keyed.Count);
    }
}
class ByName : KeyedCollection<char, string> {
    protected override char GetKeyForItem(string item) { return item[0]; }
}
