// mcs-options: -r:System.Core.dll
using System;
using System.Collections.Generic;
using System.Linq;
class Linq {
    class Person { public string Name; public int Age; public string City; }
    static IEnumerable<int> Squares(int n) { for (int i = 1; i <= n; i++) yield return i * i; }
    static void Main() {
        var nums = Enumerable.Range(1, 10).ToList();
        Console.WriteLine(string.Join(",", nums.Where(n => n % 2 == 0).Select(n => n * 10)));
        Console.WriteLine(nums.Sum() + " " + nums.Average() + " " + nums.Max() + " " + nums.Min() + " " + nums.Count(n => n > 5));
        Console.WriteLine(string.Join(",", Squares(5)));
        Console.WriteLine(string.Join(",", Squares(100).TakeWhile(x => x < 50)));
        Console.WriteLine(nums.Any(n => n > 9) + " " + nums.All(n => n > 0) + " " + nums.First() + " " + nums.Last(n => n < 5));
        var people = new[] {
            new Person { Name = "Ann", Age = 31, City = "Oslo" },
            new Person { Name = "Bob", Age = 25, City = "Rome" },
            new Person { Name = "Cid", Age = 40, City = "Oslo" },
            new Person { Name = "Dee", Age = 25, City = "Lima" },
        };
        foreach (var p in people.OrderBy(p => p.Age).ThenBy(p => p.Name)) Console.Write(p.Name + " ");
        Console.WriteLine();
        foreach (var g in people.GroupBy(p => p.City).OrderBy(g => g.Key))
            Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(p => p.Name)) + " avg " + g.Average(p => p.Age));
        var dict = people.ToDictionary(p => p.Name, p => p.Age);
        Console.WriteLine(dict["Cid"]);
        var q = from p in people where p.Age > 26 orderby p.Name descending select p.Name.ToUpper();
        Console.WriteLine(string.Join("|", q));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 3, 2, 1 }.Distinct().OrderByDescending(x => x)));
        Console.WriteLine(string.Join(",", nums.Skip(7).Concat(new[] { 99 }).Reverse()));
        var joined = from a in new[] { 1, 2, 3 } join b in new[] { 2, 3, 4 } on a equals b select a * b;
        Console.WriteLine(string.Join(",", joined));
        Console.WriteLine(string.Join(",", nums.Zip(nums.Skip(1), (a, b) => a + b).Take(3)));
        Console.WriteLine(nums.Aggregate((a, b) => a * b % 1000));
        Console.WriteLine(string.Join(",", new[] { "bb", "a", "ccc" }.SelectMany(s => s.ToCharArray()).Select(c => (int)c - 96)));
        var lookup = people.ToLookup(p => p.Age);
        Console.WriteLine(lookup[25].Count() + " " + lookup[99].Count());
        Func<int, int> twice = x => x * 2;
        Func<int, int> plus = x => x + 3;
        Console.WriteLine(twice(plus(4)));
        int counter = 0;
        Action bump = () => counter++;
        bump(); bump();
        Console.WriteLine(counter);
        Console.WriteLine(nums.ElementAt(3) + " " + nums.FirstOrDefault(n => n > 100) + " " + (nums.SingleOrDefault(n => n == 4)));
    }
}
