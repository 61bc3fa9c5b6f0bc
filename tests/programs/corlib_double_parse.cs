using System;
using System.Globalization;
class DoubleParse {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        string[] inputs = { "0", "-0", "1.5", "  -2.25e3 ", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", ".5", "5.", "1,234.5", "NaN", "Infinity", "-Infinity", "∞", "0x10", "", "abc", "1.7976931348623157E+308", "0.1", "123456789012345678901234567890", "+3" };
        foreach (var s in inputs) {
            double d;
            bool ok = double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, inv, out d);
            Console.WriteLine("[" + s + "] " + ok + " " + d.ToString("R", inv));
        }
        foreach (var s in new[] { "3.14", "-1e-3", "x", null }) {
            try { Console.WriteLine(double.Parse(s, inv).ToString(inv)); }
            catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        }
        float f;
        Console.WriteLine(float.TryParse("3.4028236e38", NumberStyles.Float, inv, out f) + " " + f.ToString(inv));
        Console.WriteLine(float.Parse("0.1", inv).ToString("R", inv) + " " + float.Parse("16777217", inv).ToString("R", inv));
        double rt = 0.1 + 0.7;
        Console.WriteLine(double.Parse(rt.ToString("R", inv), inv) == rt);
        Console.WriteLine(double.Parse("1,5", NumberStyles.Float, new NumberFormatInfo { NumberDecimalSeparator = "," }).ToString(inv));
        var nfi = (NumberFormatInfo)inv.NumberFormat.Clone();
        nfi.NumberGroupSeparator = " "; nfi.NumberDecimalSeparator = ",";
        Console.WriteLine(1234567.891.ToString("N2", nfi) + " " + (-5).ToString("N1", nfi));
        Console.WriteLine(Convert.ToDouble("2.5", inv) + " " + Convert.ToSingle("-0.75", inv) + " " + Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + (int)-2.9 + " " + (long)1e18);
        try { checked { double big = 1e10; Console.WriteLine((int)big); } } catch (OverflowException) { Console.WriteLine("checked double->int overflow"); }
        Console.WriteLine(Convert.ToDecimal(0.1) + " " + (double)0.1m + " " + (decimal)1e-5);
    }
}
