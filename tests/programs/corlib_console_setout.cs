using System;
using System.IO;
using System.Text;
class SetOut {
    static void Main() {
        TextWriter original = Console.Out;
        var sw = new StringWriter();
        Console.SetOut(sw);
        Console.WriteLine("line one");
        Console.Write("{0}+{1}={2}", 2, 3, 5);
        Console.WriteLine();
        Console.Write('c');
        Console.SetOut(original);
        string captured = sw.ToString();
        Console.WriteLine("captured " + captured.Length + " chars");
        foreach (var l in captured.Split('\n')) Console.WriteLine("> " + l);
        var sb = new StringBuilder();
        using (var w = new StringWriter(sb)) {
            Console.SetOut(w);
            for (int i = 0; i < 3; i++) Console.WriteLine(i * i);
            Console.SetOut(original);
        }
        Console.WriteLine(sb.ToString().Replace(Environment.NewLine, ","));
        var ms = new MemoryStream();
        var writer = new StreamWriter(ms, new UTF8Encoding(false));
        writer.AutoFlush = true;
        Console.SetOut(writer);
        Console.Write("é€");
        Console.SetOut(original);
        Console.WriteLine(BitConverter.ToString(ms.ToArray()));
        Console.SetIn(new StringReader("from string\nsecond"));
        Console.WriteLine(Console.ReadLine() + "/" + Console.ReadLine() + "/" + (Console.ReadLine() == null));
        try { Console.SetOut(null); } catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
    }
}
