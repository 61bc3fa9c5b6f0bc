using System;
using System.Globalization;
class DateArith {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateTime(2020, 1, 31, 23, 59, 59);
        Console.WriteLine(d.AddMonths(1).ToString("s", inv) + " " + d.AddMonths(13).ToString("s", inv) + " " + d.AddYears(-1).AddMonths(1).ToString("d", inv));
        Console.WriteLine(d.AddDays(1).ToString("s", inv) + " " + d.AddSeconds(1).ToString("s", inv) + " " + d.AddHours(-24.5).ToString("s", inv));
        Console.WriteLine(d.AddMilliseconds(1500).ToString("HH:mm:ss.fff", inv) + " " + d.AddTicks(1).Ticks + " " + d.Ticks);
        Console.WriteLine(d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second + " " + d.DayOfWeek + " " + d.DayOfYear);
        Console.WriteLine(d.Date.ToString("s", inv) + " " + d.TimeOfDay);
        var a = new DateTime(2024, 3, 1);
        var b = new DateTime(2023, 3, 1);
        TimeSpan diff = a - b;
        Console.WriteLine(diff + " " + diff.TotalDays + " " + (a > b) + " " + DateTime.Compare(a, b) + " " + a.Equals(new DateTime(2024, 3, 1)));
        Console.WriteLine((a - TimeSpan.FromDays(1)).ToString("d", inv) + " " + (b - TimeSpan.FromDays(1)).ToString("d", inv));
        for (int y = 1896; y <= 2004; y += 36) Console.Write(y + ":" + DateTime.IsLeapYear(y) + " ");
        Console.WriteLine();
        Console.WriteLine(DateTime.DaysInMonth(2024, 2) + " " + DateTime.DaysInMonth(2023, 2) + " " + DateTime.DaysInMonth(2023, 12));
        var utc = new DateTime(2022, 6, 15, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(utc.Kind + " " + DateTime.SpecifyKind(utc, DateTimeKind.Local).Kind + " " + utc.ToBinary() + " " + DateTime.FromBinary(utc.ToBinary()).Kind);
        Console.WriteLine(new DateTime(1970, 1, 1).AddSeconds(1600000000).ToString("u", inv));
        Console.WriteLine(DateTime.FromOADate(44000.5).ToString("s", inv) + " " + new DateTime(2020, 1, 1).ToOADate());
        Console.WriteLine(DateTime.FromFileTimeUtc(132000000000000000).ToString("o", inv) + " " + utc.ToFileTimeUtc());
        try { DateTime.MaxValue.AddDays(1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE past max"); }
        try { new DateTime(2021, 2, 29); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE Feb 29 2021"); }
        var cal = inv.Calendar;
        Console.WriteLine(cal.GetType().Name + " " + cal.GetWeekOfYear(new DateTime(2021, 12, 31), CalendarWeekRule.FirstFourDayWeek, DayOfWeek.Monday));
        Console.WriteLine(d.GetHashCode() == new DateTime(d.Ticks).GetHashCode());
    }
}
