using System;
using System.IO;
using System.Text;
class Readers {
    static void Main() {
        var sr = new StringReader("first line\r\nsecond\nthird\rfourth");
        string line; int n = 0;
        while ((line = sr.ReadLine()) != null) Console.WriteLine(++n + ": [" + line + "]");
        Console.WriteLine(sr.Peek() + " " + sr.Read());
        var sr2 = new StringReader("abcdef");
        var buf = new char[4];
        Console.WriteLine(sr2.Read() + " " + (char)sr2.Peek() + " " + sr2.Read(buf, 0, 3) + " " + new string(buf, 0, 3) + " " + sr2.ReadToEnd() + "|" + sr2.ReadToEnd() + "|");
        var sw = new StringWriter();
        sw.Write(1); sw.Write(' '); sw.Write(2.5); sw.Write(true); sw.WriteLine(); sw.Write("{0}-{1}", "a", "b"); sw.WriteLine('!');
        sw.Write(new char[] { 'x', 'y', 'z' }, 1, 2);
        Console.WriteLine(sw.ToString().Replace("\n", "\\n") + " " + sw.GetStringBuilder().Length + " " + sw.Encoding.WebName);
        sw.NewLine = "<br>"; sw.WriteLine("html"); Console.WriteLine(sw.ToString().EndsWith("html<br>"));
        var sb = new StringBuilder("pre:"); using (var w = new StringWriter(sb)) w.Write("post"); Console.WriteLine(sb);
        sw.Dispose();
        try { sw.Write("x"); } catch (ObjectDisposedException) { Console.WriteLine("ObjectDisposedException"); }
        TextReader tr = TextReader.Null; Console.WriteLine(tr.ReadLine() == null);
        TextWriter tw = TextWriter.Null; tw.Write("ignored"); Console.WriteLine("null writer ok");
        using (var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFFbom text\nline 2")))) {
            Console.WriteLine(reader.ReadLine() + " | " + reader.CurrentEncoding.WebName + " | " + reader.ReadLine() + " | " + reader.EndOfStream);
        }
        using (var reader = new StreamReader(new MemoryStream(Encoding.Unicode.GetBytes("\uFEFFutf16")), true)) Console.WriteLine(reader.ReadToEnd() + " " + reader.CurrentEncoding.WebName);
        var ms = new MemoryStream();
        using (var writer = new StreamWriter(ms, new UTF8Encoding(true), 16, true)) { writer.Write("héllo"); writer.WriteLine(42); }
        Console.WriteLine(BitConverter.ToString(ms.ToArray()));
        var synced = TextWriter.Synchronized(new StringWriter()); synced.Write("s"); Console.WriteLine(synced.ToString().Length > 0);
    }
}
