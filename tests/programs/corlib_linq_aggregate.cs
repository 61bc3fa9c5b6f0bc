using System;
using System.Globalization;
using System.Linq;
class LinqAgg {
    static string F(double d) { return d.ToString("R", CultureInfo.InvariantCulture); }
    static void Main() {
        int[] n = { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine(n.Sum() + " " + n.Min() + " " + n.Max() + " " + F(n.Average()) + " " + n.Count());
        Console.WriteLine(n.Aggregate((a, b) => a * 2 + b) + " " + n.Aggregate(100, (a, b) => a - b) + " " + n.Aggregate("", (acc, x) => acc + x % 10, acc => "[" + acc + "]"));
        long[] l = { long.MaxValue / 2, long.MaxValue / 2 };
        Console.WriteLine(l.Sum() + " " + F(l.Average()));
        try { new[] { int.MaxValue, 1 }.Sum(); } catch (OverflowException) { Console.WriteLine("Sum overflow"); }
        double[] d = { 1.5, 2.25, -0.75 };
        Console.WriteLine(F(d.Sum()) + " " + F(d.Average()) + " " + F(d.Min()) + " " + F(d.Max()));
        decimal[] m = { 1.1m, 2.2m, 3.3m };
        Console.WriteLine(m.Sum() + " " + m.Average() + " " + m.Max());
        float[] f = { 1.5f, float.NaN, 3f };
        Console.WriteLine(f.Max() + " " + f.Min() + " " + F(new[] { 2.0, double.NaN }.Max()) + " " + F(new[] { 2.0, double.NaN }.Min()));
        int?[] nul = { 3, null, 5, null };
        Console.WriteLine(nul.Sum() + " " + nul.Average() + " " + nul.Min() + " " + nul.Max() + " " + nul.Count(x => x.HasValue) + " " + (new int?[0].Max() == null));
        try { new int[0].Average(); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.Message); }
        try { new int[0].Max(); } catch (InvalidOperationException) { Console.WriteLine("IOE max"); }
        Console.WriteLine(new int[0].Sum() + " " + new string[0].Max() + "|" + new[] { "pear", "apple", "fig" }.Max() + " " + new[] { "pear", "apple", "fig" }.Min());
        var words = new[] { "one", "three", "seven", "a" };
        Console.WriteLine(words.Sum(w => w.Length) + " " + words.Max(w => w.Length) + " " + F(words.Average(w => w.Length)) + " " + words.Min(w => w[0]));
        Console.WriteLine(Enumerable.Range(1, 20).Aggregate(1L, (acc, x) => acc * x));
        Console.WriteLine(Enumerable.Range(1, 100).Where(x => x % 7 == 0).Select(x => (double)x).Sum());
    }
}
