using System;
using System.IO;
class StdinTest {
    static void Main() {
        string line;
        int count = 0, total = 0;
        while ((line = Console.ReadLine()) != null) {
            count++;
            int n;
            if (int.TryParse(line.Trim(), out n)) total += n;
            else Console.WriteLine("word: " + line.ToUpper());
        }
        Console.WriteLine("lines " + count + " total " + total);
        Console.Error.WriteLine("to stderr");
        var writer = new StringWriter();
        writer.Write("{0}-{1}", 1, 2);
        Console.WriteLine(writer.ToString());
        var reader = new StringReader("a\nb\n");
        Console.WriteLine(reader.ReadLine() + reader.ReadLine() + (reader.ReadLine() == null));
        Console.Out.Flush();
    }
}
