using System;
using System.Globalization;
class IntFormat {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        int[] values = { 0, 1, -1, 42, -12345, int.MaxValue, int.MinValue };
        string[] formats = { "G", "D", "D8", "X", "x4", "N", "N0", "F2", "E2", "P0", "C", "0000", "#,##0", "#", "0.##", "+0;-0;zero", "(#)", "00-00", "'lit'0", "%0", "0e0" };
        foreach (var f in formats) {
            Console.Write(f + ":");
            foreach (var v in values) {
                try { Console.Write(" " + v.ToString(f, inv)); }
                catch (FormatException) { Console.Write(" FE"); }
            }
            Console.WriteLine();
        }
        Console.WriteLine(byte.MaxValue.ToString("X") + " " + sbyte.MinValue.ToString("X") + " " + short.MinValue.ToString("x") + " " + ushort.MaxValue.ToString("D7"));
        Console.WriteLine(long.MinValue.ToString("N0", inv) + " " + ulong.MaxValue.ToString("X") + " " + ulong.MaxValue.ToString("E5", inv));
        Console.WriteLine(uint.MaxValue.ToString("#,#", inv) + " " + (-5L).ToString("X") + " " + 0L.ToString("#"));
        Console.WriteLine(255.ToString("B" == "B" ? "X2" : "") + " " + 7.ToString("G", inv) + " " + (-7).ToString(inv));
        try { 5.ToString("Q"); } catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        Console.WriteLine(12345.ToString("0,0.0", inv) + " " + 1234567.ToString("#,##0,", inv) + " " + 1234567890.ToString("#,,", inv));
        Console.WriteLine(string.Format(inv, "{0:X}{1:x}", 171, 205));
    }
}
