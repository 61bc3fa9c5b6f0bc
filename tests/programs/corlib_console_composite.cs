using System;
class Composite {
    static void Main() {
        Console.WriteLine("[{0,8}]", "right");
        Console.WriteLine("[{0,-8}]", "left");
        Console.WriteLine("[{0,6:F2}]", 3.14159);
        Console.WriteLine("[{0,-10:X}]", 255);
        Console.WriteLine("[{0,10:N0}]", 1234567);
        Console.WriteLine("{{literal}} {0}", 5);
        Console.WriteLine("{0:D5}|{0:X8}|{0:x}", 48879);
        Console.WriteLine("{0:0.00}|{0:#.##}|{0:000.0}", 2.5);
        Console.WriteLine("{0:P1}", 0.256);
        Console.WriteLine("{0:E3}", 12345.678);
        Console.WriteLine("{0,5}{1,5}{2,5}", 1, 22, 333);
        Console.WriteLine("{1}{0}{1}", "-", "+");
        Console.WriteLine("{0:yyyy-MM-dd}", new DateTime(2020, 2, 29));
        Console.WriteLine("{0}", new object[] { "arr" });
        Console.WriteLine(string.Format("{0,3}|{1,-3}|", null, ""));
        object[] args = { 1, 2, 3, 4, 5, 6 };
        Console.WriteLine("{5}{4}{3}{2}{1}{0}", args);
        try { Console.WriteLine("{1}", 0); } catch (FormatException e) { Console.WriteLine("FormatException " + e.Message); }
        try { Console.WriteLine("{0", 0); } catch (FormatException) { Console.WriteLine("FormatException unclosed"); }
        try { string.Format(null, 1); } catch (ArgumentNullException e) { Console.WriteLine("ArgumentNull " + e.ParamName); }
        Console.WriteLine(string.Format("{0:C}", 12.5));
        Console.WriteLine(string.Format("{0,-6:G}|{1,6:R}", 1.0 / 3, 0.1f));
        Console.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:N2}", 9876.5432));
        IFormattable f = $"{10,4}:{"x",-3}:{2.5:F3}";
        Console.WriteLine(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
        FormattableString fs = $"a{1}b{2}";
        Console.WriteLine(fs.Format + " " + fs.ArgumentCount + " " + fs.GetArgument(1));
    }
}
