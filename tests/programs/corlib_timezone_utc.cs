using System;
using System.Globalization;
class TZ {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var utc = TimeZoneInfo.Utc;
        Console.WriteLine(utc.Id + " " + utc.BaseUtcOffset + " " + utc.SupportsDaylightSavingTime);
        var custom = TimeZoneInfo.CreateCustomTimeZone("Test+05:30", TimeSpan.FromMinutes(330), "Test Zone", "Test Standard");
        var t = new DateTime(2021, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(TimeZoneInfo.ConvertTimeFromUtc(t, custom).ToString("s", inv) + " " + custom.GetUtcOffset(t) + " " + custom.DisplayName + " " + custom.StandardName);
        var local = new DateTime(2021, 6, 1, 8, 0, 0, DateTimeKind.Unspecified);
        Console.WriteLine(TimeZoneInfo.ConvertTimeToUtc(local, custom).ToString("s", inv) + " " + TimeZoneInfo.ConvertTime(local, custom, utc).ToString("s", inv));
        var dto = new DateTimeOffset(t);
        Console.WriteLine(TimeZoneInfo.ConvertTime(dto, custom).ToString("o", inv));
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(2000, 1, 1), new DateTime(2099, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
        var dst = TimeZoneInfo.CreateCustomTimeZone("Test DST", TimeSpan.FromHours(1), "Test DST", "Std", "Dst", new[] { rule });
        var winter = new DateTime(2021, 1, 15, 12, 0, 0, DateTimeKind.Utc); var summer = new DateTime(2021, 7, 15, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(TimeZoneInfo.ConvertTimeFromUtc(winter, dst).ToString("HH:mm", inv) + " " + TimeZoneInfo.ConvertTimeFromUtc(summer, dst).ToString("HH:mm", inv) + " " + dst.SupportsDaylightSavingTime);
        Console.WriteLine(dst.IsDaylightSavingTime(new DateTime(2021, 7, 15)) + " " + dst.IsDaylightSavingTime(new DateTime(2021, 1, 15)) + " " + dst.GetUtcOffset(new DateTime(2021, 7, 15)));
        Console.WriteLine(dst.IsInvalidTime(new DateTime(2021, 3, 28, 2, 30, 0)) + " " + dst.IsAmbiguousTime(new DateTime(2021, 10, 31, 2, 30, 0)));
        Console.WriteLine(custom.Equals(TimeZoneInfo.CreateCustomTimeZone("Test+05:30", TimeSpan.FromMinutes(330), "x", "y")) + " " + custom.HasSameRules(dst));
        Console.WriteLine(DateTime.SpecifyKind(t, DateTimeKind.Unspecified).ToUniversalTime().Kind + " " + t.ToUniversalTime().Equals(t));
        string serialized = custom.ToSerializedString();
        Console.WriteLine(serialized + " " + TimeZoneInfo.FromSerializedString(serialized).BaseUtcOffset);
    }
}
