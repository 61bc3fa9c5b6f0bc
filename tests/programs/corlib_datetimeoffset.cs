using System;
using System.Globalization;
class Offsets {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var o = new DateTimeOffset(2021, 7, 4, 9, 30, 0, TimeSpan.FromHours(-5));
        Console.WriteLine(o.ToString(inv));
        Console.WriteLine(o.ToString("o", inv) + " | " + o.ToString("yyyy-MM-dd HH:mm zzz", inv) + " | " + o.ToString("u", inv) + " | " + o.ToString("r", inv));
        Console.WriteLine(o.Offset + " " + o.UtcDateTime.ToString("s", inv) + " " + o.UtcDateTime.Kind + " " + o.DateTime.Kind + " " + o.UtcTicks);
        var p = o.ToOffset(TimeSpan.FromHours(2));
        Console.WriteLine(p.ToString("o", inv) + " " + (o == p) + " " + o.Equals(p) + " " + o.EqualsExact(p) + " " + DateTimeOffset.Compare(o, p));
        var q = o.AddHours(20).AddMinutes(-15);
        Console.WriteLine(q.ToString("o", inv) + " " + (q - o) + " " + o.ToUnixTimeSeconds() + " " + o.ToUnixTimeMilliseconds());
        Console.WriteLine(DateTimeOffset.FromUnixTimeSeconds(1000000000).ToString("o", inv) + " " + DateTimeOffset.FromUnixTimeMilliseconds(-1).ToString("o", inv));
        var parsed = DateTimeOffset.Parse("2020-02-29T23:00:00+09:30", inv);
        Console.WriteLine(parsed.Offset + " " + parsed.UtcDateTime.ToString("s", inv) + " " + parsed.Day);
        DateTimeOffset r;
        Console.WriteLine(DateTimeOffset.TryParseExact("2019-01-02 03:04 -0130", "yyyy-MM-dd HH:mm zzz", inv, DateTimeStyles.None, out r) + " " + r.ToString("o", inv));
        try { new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(15)); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromSeconds(30)); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " seconds"); }
        Console.WriteLine(DateTimeOffset.MinValue.ToString("o", inv) + " " + new DateTimeOffset(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Offset);
    }
}
