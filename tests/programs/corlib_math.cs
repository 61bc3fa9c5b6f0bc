using System;
using System.Globalization;
class MathTest {
    static string F(double d) { return d.ToString("R", CultureInfo.InvariantCulture); }
    static double P(string s) { return double.Parse(s, CultureInfo.InvariantCulture); }
    static void Main() {
        // values come from Parse so mono's JIT cannot fold the calls at compile time
        double x = P("0.5"), y = P("2"), n = P("-3.7"), big = P("1e300");
        Console.WriteLine(F(Math.Sqrt(y)) + " " + F(Math.Pow(y, P("10"))) + " " + F(Math.Pow(y, x)) + " " + F(Math.Exp(x)) + " " + F(Math.Log(y)) + " " + F(Math.Log10(P("1000"))) + " " + F(Math.Log(P("8"), y)));
        Console.WriteLine(F(Math.Sin(x)) + " " + F(Math.Cos(x)) + " " + F(Math.Tan(x)) + " " + F(Math.Asin(x)) + " " + F(Math.Acos(x)) + " " + F(Math.Atan(x)) + " " + F(Math.Atan2(x, n)));
        Console.WriteLine(F(Math.Sinh(x)) + " " + F(Math.Cosh(x)) + " " + F(Math.Tanh(x)) + " " + F(Math.PI) + " " + F(Math.E));
        Console.WriteLine(F(Math.Floor(n)) + " " + F(Math.Ceiling(n)) + " " + F(Math.Truncate(n)) + " " + F(Math.Round(n)) + " " + F(Math.Round(P("2.5"))) + " " + F(Math.Round(P("3.14159"), 3)) + " " + F(Math.Round(P("-0.5"))));
        Console.WriteLine(F(Math.Abs(n)) + " " + Math.Abs(-5) + " " + Math.Abs(long.MinValue + 1) + " " + Math.Sign(n) + " " + Math.Sign(0) + " " + Math.Sign(-0.0));
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3u, 7u) + " " + F(Math.Max(x, double.NaN)) + " " + F(Math.Min(-0.0, 0.0)) + " " + Math.Max((byte)1, (byte)2) + " " + Math.Min(-1L, 1L));
        Console.WriteLine(F(Math.IEEERemainder(P("10"), P("3"))) + " " + F(P("10") % P("3")) + " " + F(P("-10") % P("3")) + " " + (-10 % 3) + " " + (10 % -3));
        long rem; Console.WriteLine(Math.DivRem(17, 5, out rem) + " " + rem + " " + Math.BigMul(int.MaxValue, int.MaxValue));
        Console.WriteLine(F(Math.Sqrt(P("-1"))) + " " + F(Math.Log(0)) + " " + F(Math.Pow(0, 0)) + " " + F(big * big) + " " + F(-big * big) + " " + F(Math.Exp(P("1000"))));
        Console.WriteLine(F(Math.Pow(P("-8"), P("0.3333333333333333"))) + " " + F(Math.Pow(double.NaN, 0)) + " " + F(Math.Pow(1, double.NaN)) + " " + F(Math.Atan2(0, -0.0)));
        try { Math.Abs(int.MinValue); } catch (OverflowException e) { Console.WriteLine("Overflow: " + e.Message); }
        try { Math.Round(1.0, 20); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE digits"); }
        Console.WriteLine(Math.Round(P("2.5"), MidpointRounding.ToEven) + " " + Math.Round(P("2.5"), MidpointRounding.AwayFromZero) + " " + Math.Round(P("1.45"), 1, MidpointRounding.AwayFromZero));
        float fx = float.Parse("2.5", CultureInfo.InvariantCulture);
        Console.WriteLine(Math.Abs(-fx) + " " + Math.Max(fx, 1f) + " " + (float)Math.Sqrt(fx));
        int acc = 0;
        for (int i = 1; i <= 10; i++) acc += (int)Math.Pow(i, 2);
        Console.WriteLine(acc);
    }
}
