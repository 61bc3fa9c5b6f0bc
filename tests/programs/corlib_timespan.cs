using System;
using System.Globalization;
class Spans {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var t = new TimeSpan(1, 2, 3, 4, 567);
        Console.WriteLine(t + " " + t.Days + " " + t.Hours + " " + t.Minutes + " " + t.Seconds + " " + t.Milliseconds + " " + t.Ticks);
        Console.WriteLine(t.TotalDays.ToString("R", inv) + " " + t.TotalHours.ToString("R", inv) + " " + t.TotalMilliseconds.ToString(inv));
        Console.WriteLine(t.ToString("c") + " | " + t.ToString("g", inv) + " | " + t.ToString("G", inv));
        Console.WriteLine(t.ToString(@"dd\.hh\:mm\:ss\.fff") + " | " + t.ToString(@"d\d\ h\h", inv) + " | " + t.ToString("%m"));
        Console.WriteLine(TimeSpan.FromHours(1.5) + " " + TimeSpan.FromMinutes(-90) + " " + TimeSpan.FromSeconds(0.5) + " " + TimeSpan.FromMilliseconds(1) + " " + TimeSpan.FromTicks(1));
        Console.WriteLine(t.Negate() + " " + t.Duration() + " " + (-t).Duration() + " " + (t + t) + " " + (t - TimeSpan.FromDays(2)));
        Console.WriteLine(TimeSpan.Zero + " " + TimeSpan.MaxValue + " " + TimeSpan.MinValue);
        string[] inputs = { "1:02:03", "3.04:05:06.7", "-0:00:01", "10", "1:60:00", "00:00:00.0000001", "x", "1.2:3" };
        foreach (var s in inputs) {
            TimeSpan r;
            Console.WriteLine(s + " -> " + TimeSpan.TryParse(s, inv, out r) + " " + r);
        }
        Console.WriteLine(TimeSpan.ParseExact("5h 6m", @"h\h\ m\m", inv));
        Console.WriteLine(TimeSpan.Compare(t, TimeSpan.FromDays(1)) + " " + t.CompareTo(t) + " " + (t == new TimeSpan(t.Ticks)) + " " + t.Equals((object)t));
        try { TimeSpan.FromDays(1e10); } catch (OverflowException e) { Console.WriteLine("Overflow: " + e.Message); }
        try { var x = TimeSpan.MaxValue + TimeSpan.FromTicks(1); Console.WriteLine(x); } catch (OverflowException) { Console.WriteLine("Overflow add"); }
        try { TimeSpan.Parse("nope"); } catch (FormatException) { Console.WriteLine("FormatException"); }
        Console.WriteLine(string.Format(inv, "[{0}] [{0:c}] [{0,15}]", TimeSpan.FromMinutes(75)));
    }
}
