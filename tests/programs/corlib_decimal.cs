using System;
using System.Globalization;
class Dec {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        decimal a = 10.5m, b = 3m;
        Console.WriteLine(a + b + " " + (a - b) + " " + a * b + " " + a / b + " " + a % b);
        Console.WriteLine(1m / 3 * 3 + " " + 0.1m + 0.2m + " " + (0.1m + 0.2m == 0.3m));
        Console.WriteLine(1.10m + " " + 1.10m * 2 + " " + (1.10m == 1.1m) + " " + 1.100m.GetHashCode().Equals(1.1m.GetHashCode()));
        Console.WriteLine(decimal.MaxValue + " " + decimal.MinValue + " " + decimal.One + " " + decimal.MinusOne);
        Console.WriteLine(Math.Round(2.345m, 2) + " " + Math.Round(2.355m, 2) + " " + Math.Round(2.5m) + " " + Math.Round(-2.5m, MidpointRounding.AwayFromZero));
        Console.WriteLine(decimal.Truncate(-7.9m) + " " + decimal.Floor(-7.1m) + " " + decimal.Ceiling(7.1m) + " " + decimal.Negate(3m));
        Console.WriteLine(123.456m.ToString("F1", inv) + " " + 123.456m.ToString("N4", inv) + " " + 0.5m.ToString("P", inv) + " " + 1234.5m.ToString("C", inv) + " " + 1e-3m.ToString("E2", inv));
        Console.WriteLine(decimal.Parse("-123.4500", inv) + " " + decimal.Parse("1e3", NumberStyles.Float, inv) + " " + decimal.Parse("  79228162514264337593543950335 ", inv));
        int[] bits = decimal.GetBits(-1.5m);
        Console.WriteLine(string.Join(",", bits));
        Console.WriteLine(new decimal(15, 0, 0, true, 1) + " " + new decimal(123456789L) + " " + (decimal)12.375f + " " + (decimal)(long.MaxValue));
        Console.WriteLine((int)12.9m + " " + (double)1.25m + " " + decimal.ToInt64(-3.99m) + " " + Convert.ToInt32(4.5m) + " " + Convert.ToInt32(5.5m));
        try { decimal m = decimal.MaxValue; Console.WriteLine(m + 1); } catch (OverflowException e) { Console.WriteLine("Overflow: " + e.Message); }
        try { Console.WriteLine(a / 0); } catch (DivideByZeroException e) { Console.WriteLine("DivByZero: " + e.Message); }
        try { decimal.Parse("abc", inv); } catch (FormatException) { Console.WriteLine("FormatException"); }
        decimal sum = 0;
        for (int i = 1; i <= 100; i++) sum += 1m / i;
        Console.WriteLine(sum);
        Console.WriteLine(decimal.Compare(1.0m, 1m) + " " + 2m.CompareTo(3m) + " " + Math.Max(1.5m, -2m) + " " + Math.Abs(-0.001m) + " " + Math.Sign(-4m));
        decimal d; Console.WriteLine(decimal.TryParse("1.23456789012345678901234567890", NumberStyles.Number, inv, out d) + " " + d);
    }
}
