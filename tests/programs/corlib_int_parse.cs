using System;
using System.Globalization;
class IntParse {
    static void Try(string s, NumberStyles st) {
        int v;
        bool ok = int.TryParse(s, st, CultureInfo.InvariantCulture, out v);
        Console.WriteLine("[" + s + "] " + st + " -> " + ok + " " + v);
    }
    static void Main() {
        Console.WriteLine(int.Parse("123") + int.Parse("-45") + int.Parse(" 7 ") + int.Parse("+8"));
        Console.WriteLine(long.Parse("-9223372036854775808") + " " + ulong.Parse("18446744073709551615"));
        Console.WriteLine(byte.Parse("255") + " " + sbyte.Parse("-128") + " " + short.Parse("32767") + " " + ushort.Parse("65535"));
        Try("ff", NumberStyles.HexNumber);
        Try("7FFFFFFF", NumberStyles.AllowHexSpecifier);
        Try("FFFFFFFF", NumberStyles.AllowHexSpecifier);
        Try("1,234", NumberStyles.AllowThousands);
        Try("1,234", NumberStyles.Integer);
        Try("(42)", NumberStyles.AllowParentheses);
        Try("42-", NumberStyles.AllowTrailingSign);
        Try("1e3", NumberStyles.AllowExponent);
        Try("12.00", NumberStyles.AllowDecimalPoint);
        Try("12.50", NumberStyles.AllowDecimalPoint);
        Try("", NumberStyles.Integer);
        Try("abc", NumberStyles.Integer);
        Try("2147483648", NumberStyles.Integer);
        Try("-2147483648", NumberStyles.Integer);
        Try(" \t12\n", NumberStyles.Integer);
        Try("¤5", NumberStyles.Currency);
        string[] bad = { "2147483648", "x", "", null, "1.5", "--1" };
        foreach (var b in bad) {
            try { Console.WriteLine(int.Parse(b)); }
            catch (Exception e) { Console.WriteLine((b ?? "null") + ": " + e.GetType().Name + ": " + e.Message); }
        }
        try { byte.Parse("256"); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { checked { int x = int.MaxValue; x++; Console.WriteLine(x); } } catch (OverflowException e) { Console.WriteLine("checked: " + e.Message); }
        try { checked { Console.WriteLine((byte)(300 + int.Parse("0"))); } } catch (OverflowException) { Console.WriteLine("narrow overflow"); }
        unchecked { Console.WriteLine((byte)(300 + int.Parse("0")) + " " + (int.MaxValue + int.Parse("1"))); }
        Console.WriteLine(Convert.ToInt32("-0x10".Substring(3), 16) + " " + Convert.ToInt64("777", 8) + " " + Convert.ToByte("11111111", 2));
        long l; Console.WriteLine(long.TryParse("99999999999999999999", out l) + " " + l);
        uint u; Console.WriteLine(uint.TryParse("-1", out u) + " " + uint.TryParse("-0", out u) + " " + u);
    }
}
