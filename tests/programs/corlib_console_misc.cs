using System;
using System.IO;
using System.Text;
// Console members programs use besides Write: colors and titles (harmless
// when output is redirected), encodings, IsOutputRedirected, Beep-free.
class ConsoleMisc {
    static void Main() {
        Console.WriteLine(Console.IsOutputRedirected + " " + Console.IsInputRedirected);
        var old = Console.ForegroundColor;
        Console.ForegroundColor = ConsoleColor.Red;
        Console.WriteLine("colored line");
        Console.BackgroundColor = ConsoleColor.Blue;
        Console.ResetColor();
        Console.WriteLine("after reset");
        Console.WriteLine(Console.Out.Encoding.WebName + " " + Console.OutputEncoding.WebName);
        Console.WriteLine(Console.Out.NewLine == "\n");
        Console.Out.Write(new char[] { 'a', 'b' }); Console.Out.WriteLine(3.5m);
        var writer = Console.Out;
        writer.Write("{0} {1} {2} {3}", 1, 2, 3, 4); writer.WriteLine();
        Console.Write(string.Empty); Console.Write((string)null); Console.Write((object)null); Console.WriteLine();
        Console.WriteLine("{0}", (object)null);
        Console.WriteLine(new StringBuilder("sb").Append('!'));
        Console.WriteLine(Console.In.Peek());
        Console.Out.Flush();
        using (var stdout = new StreamWriter(Console.OpenStandardOutput())) { stdout.AutoFlush = true; stdout.WriteLine("through a new stream writer"); }
        Console.WriteLine("still writable after disposing that writer");
    }
}
