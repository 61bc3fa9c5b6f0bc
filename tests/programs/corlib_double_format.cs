using System;
using System.Globalization;
class DoubleFormat {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        double[] values = { 0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3, 2.0 / 3, 123456.789, 1e-10, 1.7976931348623157e308, 5e-324, 1e15, 1e16, 123456789012345678.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        string[] formats = { "G", "R", "G17", "G5", "F2", "E", "e3", "N3", "P", "0.000", "#.#", "0.###E+0", "#,##0.00" };
        foreach (var v in values) {
            Console.Write(v.ToString(inv) + " =");
            foreach (var f in formats) Console.Write(" " + v.ToString(f, inv));
            Console.WriteLine();
        }
        float[] floats = { 0.1f, 1.0f / 3, 16777217f, 3.4028235e38f, 1.401298e-45f, float.NaN };
        foreach (var f in floats) Console.WriteLine(f.ToString(inv) + " " + f.ToString("R", inv) + " " + f.ToString("G9", inv) + " " + ((double)f).ToString("R", inv));
        // mono's JIT folds Math.Round of a constant away from zero (Math.Round(2.5) prints 3), so the values come from Parse.
        double h = double.Parse("2.5", inv), h3 = double.Parse("3.5", inv), hp = double.Parse("2.345", inv);
        Console.WriteLine(Math.Round(h) + " " + Math.Round(h3) + " " + Math.Round(-h) + " " + Math.Round(hp, 2) + " " + Math.Round(h, MidpointRounding.AwayFromZero));
        Console.WriteLine((1.005).ToString("F2", inv) + " " + (2.675).ToString("F2", inv) + " " + (0.125).ToString("F2", inv) + " " + (0.5).ToString("F0", inv) + " " + (1.5).ToString("F0", inv));
        Console.WriteLine(double.Epsilon + " " + double.MinValue + " " + (0.1 + 0.2 == 0.3) + " " + (0.1 + 0.2).ToString("R"));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(-0.0).ToString("X") + " " + double.IsNegativeInfinity(-1 / 0.0) + " " + double.IsNaN(0.0 / 0.0));
        Console.WriteLine(string.Format(inv, "{0:0.0;(0.0);zero} {1:0.0;(0.0);zero} {2:0.0;(0.0);zero}", 1.25, -1.25, 0.0));
    }
}
