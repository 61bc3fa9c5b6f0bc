using System;
using System.Globalization;
class DateFormat {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateTime(2021, 3, 7, 14, 5, 9, 123, DateTimeKind.Unspecified);
        string[] std = { "d", "D", "f", "F", "g", "G", "M", "o", "O", "r", "s", "t", "T", "u", "Y" };
        foreach (var f in std) Console.WriteLine(f + ": " + d.ToString(f, inv));
        string[] custom = { "yyyy-MM-dd HH:mm:ss.fff", "yy/M/d h:m:s tt", "dddd, MMMM dd", "ddd MMM d", "HH'h'mm", "fffffff FFFFFFF", "%d", "%h", "zzz".Length > 0 ? "yyyyMMddTHHmmss" : "", "\\y\\e\\a\\r yyyy", "MM/dd/yyyy", "gg" };
        foreach (var f in custom) Console.WriteLine(f + " -> " + d.ToString(f, inv));
        Console.WriteLine(d.ToString(inv));
        Console.WriteLine(new DateTime(2000, 1, 1).ToString("o", inv) + " " + new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToString("o", inv));
        Console.WriteLine(DateTime.MinValue.ToString("s", inv) + " " + DateTime.MaxValue.ToString("O", inv));
        Console.WriteLine(string.Format(inv, "{0:yyyy}|{0,12:MM/dd}|{0:HH:mm}", d));
        string[] parse = { "2021-03-07", "2021-03-07T14:05:09", "03/07/2021 14:05", "7 March 2021", "2021-03-07T14:05:09.1234567", "Sun, 07 Mar 2021 14:05:09 GMT" };
        foreach (var p in parse) {
            DateTime r;
            bool ok = DateTime.TryParse(p, inv, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out r);
            Console.WriteLine(p + " => " + ok + " " + r.ToString("yyyy-MM-dd HH:mm:ss.fffffff", inv) + " " + r.Kind);
        }
        Console.WriteLine(DateTime.ParseExact("07/03/2021 02:05 PM", "dd/MM/yyyy hh:mm tt", inv).ToString("s", inv));
        Console.WriteLine(DateTime.ParseExact("20210307", "yyyyMMdd", inv).DayOfWeek);
        DateTime bad;
        Console.WriteLine(DateTime.TryParseExact("2021-02-30", "yyyy-MM-dd", inv, DateTimeStyles.None, out bad) + " " + (bad == DateTime.MinValue));
        try { DateTime.Parse("not a date", inv); } catch (FormatException) { Console.WriteLine("FormatException"); }
    }
}
