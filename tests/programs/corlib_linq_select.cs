using System;
using System.Collections.Generic;
using System.Linq;
class LinqSelect {
    static void Main() {
        var nums = Enumerable.Range(1, 12).ToList();
        Console.WriteLine(string.Join(",", nums.Where(n => n % 3 == 0)));
        Console.WriteLine(string.Join(",", nums.Where((n, i) => i % 4 == 0)));
        Console.WriteLine(string.Join(",", nums.Select(n => n * n).Where(n => n > 50)));
        Console.WriteLine(string.Join(",", nums.Select((n, i) => n + "@" + i).Take(3)));
        var words = new[] { "alpha beta", "gamma", "delta epsilon zeta" };
        Console.WriteLine(string.Join("|", words.SelectMany(w => w.Split(' '))));
        Console.WriteLine(string.Join("|", words.SelectMany((w, i) => w.Split(' ').Select(p => i + p.Substring(0, 1)))));
        var pairs = from x in Enumerable.Range(1, 3) from y in Enumerable.Range(x, 2) select x + "-" + y;
        Console.WriteLine(string.Join(" ", pairs));
        var q = from n in nums let sq = n * n where sq % 2 == 0 select new { n, sq };
        foreach (var a in q.Take(3)) Console.Write(a + " ");
        Console.WriteLine();
        int evaluated = 0;
        var lazy = nums.Select(n => { evaluated++; return n; });
        Console.WriteLine("before " + evaluated);
        var first = lazy.First(n => n > 4);
        Console.WriteLine("first " + first + " evaluated " + evaluated);
        Console.WriteLine(nums.Any() + " " + nums.Any(n => n > 11) + " " + nums.All(n => n > 0) + " " + nums.Contains(13) + " " + nums.Count(n => n % 2 == 0) + " " + nums.LongCount());
        Console.WriteLine(nums.First() + " " + nums.Last() + " " + nums.ElementAt(5) + " " + nums.ElementAtOrDefault(50) + " " + nums.FirstOrDefault(n => n > 100) + " " + nums.LastOrDefault(n => n < 5) + " " + nums.Single(n => n == 7));
        try { nums.Single(n => n > 5); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        try { new int[0].First(); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        Console.WriteLine(string.Join(",", new int[0].DefaultIfEmpty(-1)) + " " + string.Join(",", new[] { "x" }.Concat(new[] { "y", "z" })));
        Console.WriteLine(string.Join(",", nums.Where(n => n > 6).Select(n => n.ToString("X")).Reverse()));
        IEnumerable<object> mixed = new object[] { 1, "two", 3.0, 4, null, "five" };
        Console.WriteLine(string.Join(",", mixed.OfType<string>()) + " " + string.Join(",", mixed.OfType<int>()) + " " + new object[] { 1, 2 }.Cast<int>().Sum());
        try { mixed.Cast<int>().ToList(); } catch (InvalidCastException) { Console.WriteLine("InvalidCast"); }
        Console.WriteLine(string.Join(",", Enumerable.Repeat("ab", 3)) + " " + Enumerable.Empty<int>().Count() + " " + string.Join(",", Enumerable.Range(-2, 5)));
        var arr = nums.Where(n => n < 4).ToArray(); var list = nums.Where(n => n > 10).ToList();
        Console.WriteLine(arr.GetType().Name + arr.Length + " " + list.GetType().Name + list.Count + " " + nums.AsEnumerable().GetType().Name);
    }
}
