using System;
using System.Collections;
using System.Collections.Generic;
class Iterators {
    static IEnumerable<int> Fib(int n) { int a = 0, b = 1; for (int i = 0; i < n; i++) { yield return a; int t = a + b; a = b; b = t; } }
    static IEnumerable<string> Guarded() {
        try { yield return "first"; yield return "second"; }
        finally { Console.WriteLine("iterator finally"); }
    }
    class Tree : IEnumerable<int> {
        public int Value; public Tree Left, Right;
        public IEnumerator<int> GetEnumerator() {
            if (Left != null) foreach (var v in Left) yield return v;
            yield return Value;
            if (Right != null) foreach (var v in Right) yield return v;
        }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
    static void Main() {
        Console.WriteLine(string.Join(" ", Fib(10)));
        foreach (var s in Guarded()) { Console.WriteLine(s); break; }
        var t = new Tree { Value = 5, Left = new Tree { Value = 2, Right = new Tree { Value = 3 } }, Right = new Tree { Value = 9 } };
        Console.WriteLine(string.Join(",", t));
        Func<int, Func<int, int>> adder = x => y => x + y;
        Console.WriteLine(adder(3)(4));
        var actions = new List<Action>();
        for (int i = 0; i < 3; i++) { int copy = i; actions.Add(() => Console.Write(copy)); }
        foreach (var a in actions) a();
        Console.WriteLine();
        Predicate<string> empty = string.IsNullOrEmpty;
        Console.WriteLine(empty("") + " " + empty("x"));
        Comparison<int> desc = (x, y) => y.CompareTo(x);
        var list = new List<int> { 3, 1, 2 }; list.Sort(desc);
        Console.WriteLine(string.Join(",", list));
        EventHandler<EventArgs> handler = null;
        handler += (s, e) => Console.Write("one ");
        handler += (s, e) => Console.Write("two ");
        handler(null, EventArgs.Empty);
        Console.WriteLine();
        var e2 = Fib(3).GetEnumerator();
        while (e2.MoveNext()) Console.Write(e2.Current + ";");
        Console.WriteLine();
        Tuple<int, string> tup = Tuple.Create(1, "a");
        Console.WriteLine(tup.Item1 + tup.Item2 + " " + tup);
        var kv = new KeyValuePair<string, int>("k", 2);
        Console.WriteLine(kv);
        int? maybe = null;
        Console.WriteLine((maybe ?? 7) + " " + maybe.HasValue + " " + (maybe + 1 == null));
        maybe = 5;
        Console.WriteLine(maybe.Value * 2 + " " + maybe.GetValueOrDefault());
    }
}
