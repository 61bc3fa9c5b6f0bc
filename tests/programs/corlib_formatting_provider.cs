using System;
using System.Globalization;
class Temperature : IFormattable {
    double c; public Temperature(double c) { this.c = c; }
    public string ToString(string format, IFormatProvider provider) {
        switch (format ?? "C") {
            case "C": return c.ToString("F1", provider) + "°C";
            case "F": return (c * 9 / 5 + 32).ToString("F1", provider) + "°F";
            case "K": return (c + 273.15).ToString("F2", provider) + "K";
            default: throw new FormatException("unknown format " + format);
        }
    }
    public override string ToString() { return ToString(null, CultureInfo.InvariantCulture); }
}
class Upper : IFormatProvider, ICustomFormatter {
    public object GetFormat(Type t) { return t == typeof(ICustomFormatter) ? this : null; }
    public string Format(string fmt, object arg, IFormatProvider p) {
        if (fmt == "U") return arg == null ? "" : arg.ToString().ToUpperInvariant();
        if (arg is IFormattable) return ((IFormattable)arg).ToString(fmt, CultureInfo.InvariantCulture);
        return arg == null ? "" : arg.ToString();
    }
}
class FormatProviders {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        var t = new Temperature(21.5);
        Console.WriteLine(t + " " + string.Format(inv, "{0:F} {0:K} {0,10:C}|", t));
        try { string.Format(inv, "{0:Q}", t); } catch (FormatException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(string.Format(new Upper(), "{0:U} {1:U} {2:X} {3}", "shout", 5, 255, null));
        var nfi = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", CurrencySymbol = "EUR", CurrencyPositivePattern = 3, PercentSymbol = "pct" };
        Console.WriteLine(1234567.891.ToString("N2", nfi) + " " + 12.5m.ToString("C", nfi) + " " + 0.25.ToString("P0", nfi));
        Console.WriteLine(inv.NumberFormat.CurrencySymbol + " " + inv.NumberFormat.NaNSymbol + " " + inv.NumberFormat.PositiveInfinitySymbol + " " + inv.NumberFormat.NegativeSign + " " + inv.NumberFormat.NumberDecimalDigits);
        var dtfi = inv.DateTimeFormat;
        Console.WriteLine(dtfi.ShortDatePattern + " | " + dtfi.LongTimePattern + " | " + dtfi.FullDateTimePattern + " | " + dtfi.GetMonthName(2) + " " + dtfi.GetAbbreviatedDayName(DayOfWeek.Friday) + " " + dtfi.AMDesignator);
        var custom = (DateTimeFormatInfo)dtfi.Clone(); custom.DateSeparator = "."; custom.ShortDatePattern = "dd/MM/yyyy";
        Console.WriteLine(new DateTime(2022, 12, 25).ToString("d", custom) + " " + new DateTime(2022, 12, 25).ToString("yyyy/MM/dd", custom));
        Console.WriteLine(inv.Name == "" ? "invariant name empty" : inv.Name);
        Console.WriteLine(inv.DisplayName + " | " + inv.EnglishName + " | " + inv.TwoLetterISOLanguageName + " | " + inv.IsReadOnly + " " + inv.LCID);
        Console.WriteLine(CultureInfo.CurrentCulture.Equals(CultureInfo.InvariantCulture) || CultureInfo.CurrentCulture.Name.Length >= 0);
        Console.WriteLine(Convert.ToString(1.5, inv) + " " + 1.5.ToString(inv.NumberFormat) + " " + string.Format(inv, "{0:#,0.00}", 9876543.21));
        IFormattable f = 42; Console.WriteLine(f.ToString("X4", null) + " " + ((IFormattable)3.5).ToString("E1", inv));
        Console.WriteLine(FormattableString.Invariant($"{1.5} {new DateTime(2000, 1, 2):d}"));
    }
}
