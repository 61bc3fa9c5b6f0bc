using System;
using System.Collections.Generic;
using System.Linq;
class LinqGroup {
    class Emp { public string Name, Dept; public int Salary; public Emp(string n, string d, int s) { Name = n; Dept = d; Salary = s; } }
    static void Main() {
        var emps = new List<Emp> { new Emp("Ann", "Eng", 120), new Emp("Bob", "Ops", 80), new Emp("Cat", "Eng", 100), new Emp("Dan", "Sales", 90), new Emp("Eve", "Ops", 85), new Emp("Fay", "Eng", 130) };
        foreach (var g in emps.GroupBy(e => e.Dept))
            Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(e => e.Name)) + " total " + g.Sum(e => e.Salary) + " max " + g.Max(e => e.Salary));
        foreach (var g in emps.GroupBy(e => e.Salary >= 100, e => e.Name))
            Console.WriteLine(g.Key + " " + string.Join(",", g));
        var res = emps.GroupBy(e => e.Dept, (k, es) => k + "=" + es.Count());
        Console.WriteLine(string.Join(" ", res));
        var byLen = "the quick brown fox jumps over the lazy dog".Split(' ').GroupBy(w => w.Length).OrderBy(g => g.Key);
        foreach (var g in byLen) Console.Write(g.Key + ":" + string.Join("/", g.Distinct()) + " ");
        Console.WriteLine();
        var ci = new[] { "a", "A", "b", "B", "b" }.GroupBy(s => s, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci.Select(g => g.Key + g.Count())));
        var depts = new[] { new { Id = "Eng", Floor = 3 }, new { Id = "Ops", Floor = 1 }, new { Id = "HR", Floor = 2 } };
        var joined = from e in emps join d in depts on e.Dept equals d.Id select e.Name + "@" + d.Floor;
        Console.WriteLine(string.Join(" ", joined));
        var gj = depts.GroupJoin(emps, d => d.Id, e => e.Dept, (d, es) => d.Id + "[" + string.Join(",", es.Select(e => e.Name)) + "]");
        Console.WriteLine(string.Join(" ", gj));
        var left = from d in depts join e in emps on d.Id equals e.Dept into staff from s in staff.DefaultIfEmpty() select d.Id + ":" + (s == null ? "none" : s.Name);
        Console.WriteLine(string.Join(" ", left));
        var lookup = emps.ToLookup(e => e.Dept, e => e.Salary);
        Console.WriteLine(lookup.Count + " " + lookup["Eng"].Sum() + " " + lookup["Nobody"].Count() + " " + lookup.Contains("Ops"));
        var dict = emps.ToDictionary(e => e.Name, e => e.Salary);
        Console.WriteLine(dict["Dan"] + " " + dict.Count);
        try { emps.ToDictionary(e => e.Dept); } catch (ArgumentException) { Console.WriteLine("duplicate key"); }
        var q = from e in emps group e by e.Dept into g where g.Count() > 1 orderby g.Key descending select new { Dept = g.Key, Avg = g.Average(e => e.Salary) };
        foreach (var x in q) Console.WriteLine(x.Dept + " " + x.Avg.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
    }
}
