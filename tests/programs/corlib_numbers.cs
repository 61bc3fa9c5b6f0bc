using System;
using System.Globalization;
class Numbers {
    static void Main() {
        Console.WriteLine(int.MaxValue + " " + int.MinValue + " " + long.MaxValue + " " + ulong.MaxValue);
        Console.WriteLine(3.14159 + " " + 1.0 / 3 + " " + 2.5e-10 + " " + 1e100 + " " + (-0.0) + " " + 100.0);
        Console.WriteLine(1.5f + " " + (1f / 3) + " " + float.MaxValue + " " + double.Epsilon);
        Console.WriteLine(double.NaN + " " + double.PositiveInfinity + " " + double.NegativeInfinity);
        Console.WriteLine(12345.6789.ToString("F2") + " " + 12345.6789.ToString("N") + " " + 0.256.ToString("P1") + " " + 1234.5.ToString("E3"));
        Console.WriteLine(255.ToString("X") + " " + 255.ToString("x4") + " " + 42.ToString("D6") + " " + (-42).ToString("N0"));
        Console.WriteLine(1234567.ToString("#,##0") + " " + 3.5.ToString("0.00") + " " + 0.5.ToString("#.##"));
        Console.WriteLine(decimal.Parse("123.45") * 2 + " " + (1.1m + 2.2m) + " " + decimal.Round(2.345m, 2) + " " + (10m / 3m));
        Console.WriteLine(int.Parse("-123") + long.Parse("9000000000") + " " + double.Parse("2.5", CultureInfo.InvariantCulture));
        int parsed;
        Console.WriteLine(int.TryParse("12x", out parsed) + " " + parsed + " " + int.TryParse("77", out parsed) + " " + parsed);
        Console.WriteLine(Convert.ToInt32("1010", 2) + " " + Convert.ToString(255, 16) + " " + Convert.ToDouble("1.25"));
        int i300 = 300, i200 = 200, i70k = 70000; Console.WriteLine((byte)i300 + " " + (sbyte)i200 + " " + (short)i70k + " " + unchecked((int)3000000000u));
        double two5 = 2.5, three5 = 3.5; Console.WriteLine(Math.Round(two5) + " " + Math.Round(three5) + " " + Math.Floor(-1.5) + " " + Math.Ceiling(1.2) + " " + Math.Abs(-7));
        Console.WriteLine(Math.Max(3, 9) + " " + Math.Min(-1.5, 2) + " " + Math.Pow(2, 10) + " " + Math.Sqrt(144) + " " + Math.Sign(-3.2));
        Console.WriteLine(Math.Sin(0) + " " + Math.Cos(0) + " " + Math.Log(Math.E) + " " + Math.Log10(1000) + " " + Math.Truncate(-2.7));
        Console.WriteLine(7 / 2 + " " + 7 % 3 + " " + -7 / 2 + " " + -7 % 3 + " " + 7.0 / 2);
        Console.WriteLine(0.1 + 0.2 == 0.3);
        Console.WriteLine((0.1 + 0.2).ToString("R"));
        Console.WriteLine(BitConverter.GetBytes(0x01020304)[0] + " " + BitConverter.ToInt32(new byte[] { 1, 0, 0, 0 }, 0));
        Console.WriteLine(char.ConvertFromUtf32(0x41) + (int)'A' + " " + (char)66);
        try { checked { int big = int.MaxValue; big++; } } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { int.Parse("abc"); } catch (FormatException e) { Console.WriteLine(e.Message); }
    }
}
