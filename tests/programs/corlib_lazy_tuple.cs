using System;
using System.Collections.Generic;
using System.Threading;
class LazyTuple {
    static int made;
    static void Main() {
        var lazy = new Lazy<List<int>>(() => { made++; return new List<int> { 1, 2 }; });
        Console.WriteLine(lazy.IsValueCreated + " " + made);
        Console.WriteLine(lazy.Value.Count + " " + lazy.Value.Count + " " + made + " " + lazy.IsValueCreated);
        var failing = new Lazy<int>(() => { throw new InvalidOperationException("lazy failed"); });
        for (int i = 0; i < 2; i++) try { Console.WriteLine(failing.Value); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var pub = new Lazy<string>(() => "publication", LazyThreadSafetyMode.PublicationOnly); Console.WriteLine(pub.Value + " " + pub);
        var none = new Lazy<int>(() => 3, false); Console.WriteLine(none.Value);
        var defaultCtor = new Lazy<List<string>>(); Console.WriteLine(defaultCtor.Value.Count);
        var t3 = Tuple.Create(1, "two", 3.0);
        Console.WriteLine(t3 + " " + t3.Item1 + " " + t3.Item2 + " " + t3.Equals(Tuple.Create(1, "two", 3.0)) + " " + (t3.GetHashCode() == Tuple.Create(1, "two", 3.0).GetHashCode()));
        var t8 = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8); Console.WriteLine(t8 + " " + t8.Rest.Item1);
        var cmp = ((IComparable)Tuple.Create(1, "b")).CompareTo(Tuple.Create(1, "a")); Console.WriteLine(cmp);
        var vt = ValueTuple.Create(1, "x"); var vt2 = (1, "x");
        Console.WriteLine(vt + " " + vt.Item2 + " " + vt.Equals(vt2) + " " + (vt.GetHashCode() == vt2.GetHashCode()) + " " + vt.CompareTo(ValueTuple.Create(0, "z")));
        var kv = new KeyValuePair<string, int>("k", 1); Console.WriteLine(kv + " " + kv.Key + kv.Value);
        var list = new List<Tuple<string, int>> { Tuple.Create("b", 2), Tuple.Create("a", 2), Tuple.Create("c", 1) };
        list.Sort(); Console.WriteLine(string.Join(" ", list));
        Func<(int sum, int count)> stats = () => (10, 4); var s = stats(); Console.WriteLine(s.sum / s.count + " " + s);
    }
}
