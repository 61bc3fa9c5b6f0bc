using System;
using System.Globalization;
class Dates {
    static void Main() {
        var d = new DateTime(2024, 2, 29, 13, 45, 30, 123);
        Console.WriteLine(d.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture));
        Console.WriteLine(d.ToString("o") + " " + d.ToString("s") + " " + d.ToString("u"));
        Console.WriteLine(d.DayOfWeek + " " + d.DayOfYear + " " + d.Ticks);
        Console.WriteLine(d.AddDays(1).ToString("d", CultureInfo.InvariantCulture) + " " + d.AddMonths(12).Month + " " + d.AddYears(1).Day);
        var span = new TimeSpan(1, 2, 3, 4, 5);
        Console.WriteLine(span + " " + span.TotalHours + " " + TimeSpan.FromMinutes(90));
        Console.WriteLine((d - new DateTime(2024, 1, 1)).Days);
        Console.WriteLine(DateTime.Parse("2001-07-04T10:00:00", CultureInfo.InvariantCulture).Hour);
        Console.WriteLine(DateTime.IsLeapYear(1900) + " " + DateTime.DaysInMonth(2023, 2));
        var now = DateTime.Now; var utc = DateTime.UtcNow;
        Console.WriteLine((now.Year >= 2024) + " " + (utc.Kind == DateTimeKind.Utc));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        System.Threading.Thread.Sleep(20);
        sw.Stop();
        Console.WriteLine(sw.ElapsedMilliseconds >= 15);
        Console.WriteLine(DateTime.MaxValue.ToString("yyyy", CultureInfo.InvariantCulture) + " " + new DateTimeOffset(d, TimeSpan.FromHours(2)).ToString("yyyy-MM-dd zzz", CultureInfo.InvariantCulture));
    }
}
