using System;
using System.Collections.Generic;
using System.Linq;
class LinqPart {
    static IEnumerable<int> Naturals() { for (int i = 0; ; i++) yield return i; }
    static void Main() {
        var n = Enumerable.Range(1, 10);
        Console.WriteLine(string.Join(",", n.Take(3)) + " | " + string.Join(",", n.Skip(7)) + " | " + string.Join(",", n.Skip(2).Take(3)));
        Console.WriteLine(string.Join(",", n.TakeWhile(x => x * x < 30)) + " | " + string.Join(",", n.SkipWhile(x => x < 8)) + " | " + string.Join(",", n.TakeWhile((x, i) => i < 2)));
        Console.WriteLine(string.Join(",", n.Take(0)) + "|" + string.Join(",", n.Take(-5)) + "|" + string.Join(",", n.Skip(100)) + "|" + n.Skip(-3).Count());
        Console.WriteLine(string.Join(",", Naturals().Where(x => x % 5 == 0).Skip(2).Take(4)));
        Console.WriteLine(string.Join(",", Naturals().Select(x => x * x).TakeWhile(x => x < 100)));
        var pages = Enumerable.Range(0, 3).Select(p => string.Join("", n.Skip(p * 4).Take(4)));
        Console.WriteLine(string.Join(" / ", pages));
        var dict = n.ToDictionary(x => "k" + x, x => x * x);
        Console.WriteLine(dict["k7"] + " " + dict.Keys.First() + " " + dict.Count);
        var set = new HashSet<int>(n.Select(x => x % 4));
        Console.WriteLine(set.Count + " " + string.Join(",", set.OrderBy(x => x)));
        var lk = n.ToLookup(x => x % 3 == 0 ? "fizz" : "other");
        Console.WriteLine(string.Join(",", lk["fizz"]) + " " + lk["other"].Count());
        IEnumerable<string> strings = new List<string> { "a", "bb" };
        var asList = strings.ToList(); asList.Add("ccc");
        Console.WriteLine(strings.Count() + " " + asList.Count);
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Select(x => x).Skip(1).Reverse().Concat(new[] { 9 }).Take(10)));
        int calls = 0;
        var q = n.Select(x => { calls++; return x; }).Take(2);
        q.ToList(); q.ToList();
        Console.WriteLine("calls " + calls);
        var e = n.Where(x => x > 8).GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + ";");
        Console.WriteLine();
    }
}
