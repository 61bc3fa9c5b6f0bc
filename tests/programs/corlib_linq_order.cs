using System;
using System.Linq;
class LinqOrder {
    static void Main() {
        var people = new[] {
            new { Name = "zed", Age = 30, City = "Oslo" }, new { Name = "amy", Age = 25, City = "Rome" },
            new { Name = "bob", Age = 30, City = "Lima" }, new { Name = "cal", Age = 25, City = "Oslo" },
            new { Name = "Dee", Age = 41, City = "Rome" }, new { Name = "eve", Age = 30, City = "Oslo" } };
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Age).ThenBy(p => p.Name).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.City).ThenByDescending(p => p.Age).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => p.Name)));
        var q = from p in people orderby p.Age descending, p.City select p.Name + p.Age;
        Console.WriteLine(string.Join(" ", q));
        var stable = Enumerable.Range(0, 20).Select(i => new { Key = i % 3, I = i }).OrderBy(x => x.Key);
        Console.WriteLine(string.Join(" ", stable.Select(x => x.I)));
        var rnd = new Random(5);
        var data = Enumerable.Range(0, 200).Select(i => rnd.Next(50)).ToArray();
        var sorted = data.OrderBy(x => x).ToArray();
        bool ok = true; for (int i = 1; i < sorted.Length; i++) if (sorted[i - 1] > sorted[i]) ok = false;
        Console.WriteLine(ok + " " + sorted.First() + " " + sorted.Last() + " " + data.OrderByDescending(x => x).Take(3).Sum());
        Console.WriteLine(string.Join(",", new[] { 3.5, double.NaN, -1.0, 0.0 }.OrderBy(x => x)));
        Console.WriteLine(string.Join(",", new string[] { "b", null, "a" }.OrderBy(s => s)));
        Console.WriteLine(string.Join(",", "hello".Reverse()) + " " + string.Join(",", new[] { 1, 2, 3 }.Reverse()));
        var ordered = people.OrderBy(p => p.Age);
        Console.WriteLine(ordered.First().Name + " " + ordered.Last().Name + " " + ordered.Skip(1).First().Name);
    }
}
