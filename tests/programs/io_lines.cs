using System;
using System.IO;
using System.Linq;
using System.Text;

class Program {
    static int Main() {
        string dir = Path.Combine(Path.GetTempPath(), "lucid-io-lines-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            string f = Path.Combine(dir, "many.txt");
            File.WriteAllLines(f, Enumerable.Range(1, 5000).Select(i => "line " + i + new string('*', i % 70)));
            Console.WriteLine("bytes " + new FileInfo(f).Length);
            Console.WriteLine("count " + File.ReadLines(f).Count());
            Console.WriteLine("first " + File.ReadLines(f).First());
            Console.WriteLine("4321st " + File.ReadLines(f).Skip(4320).First());
            Console.WriteLine("total length " + File.ReadAllLines(f).Sum(l => l.Length));
            File.AppendAllLines(f, new[] { "appended 1", "appended 2" });
            Console.WriteLine("last " + File.ReadAllLines(f).Last());
            File.AppendAllText(f, "no newline", Encoding.UTF8);
            Console.WriteLine("last now " + File.ReadLines(f).Last());
            using (var r = new StreamReader(f, Encoding.UTF8, false, 128)) {
                int n = 0; long chars = 0; string l;
                while ((l = r.ReadLine()) != null) { n++; chars += l.Length; }
                Console.WriteLine("small buffer: " + n + " lines, " + chars + " chars");
            }
            var sb = new StringBuilder();
            for (int i = 0; i < 3000; i++) sb.Append((char)('a' + i % 26)).Append(i % 100 == 99 ? "\n" : "");
            File.WriteAllText(f, sb.ToString());
            string back = File.ReadAllText(f);
            Console.WriteLine("roundtrip equal " + (back == sb.ToString()) + " length " + back.Length);
            using (var w = File.CreateText(Path.Combine(dir, "created.txt"))) { w.NewLine = "\r\n"; w.WriteLine("crlf"); w.WriteLine(); }
            Console.WriteLine("crlf bytes " + File.ReadAllBytes(Path.Combine(dir, "created.txt")).Length);
            using (var w = File.AppendText(Path.Combine(dir, "created.txt"))) w.Write("more");
            using (var r = File.OpenText(Path.Combine(dir, "created.txt"))) Console.WriteLine("lines " + string.Join("|", r.ReadToEnd().Split('\n')).Replace("\r", "\\r"));
            using (var fs = File.Create(Path.Combine(dir, "created.bin"), 16)) fs.Write(new byte[1000], 0, 1000);
            Console.WriteLine("created.bin " + new FileInfo(Path.Combine(dir, "created.bin")).Length);
            using (var fs = File.Open(Path.Combine(dir, "created.bin"), FileMode.Open, FileAccess.ReadWrite, FileShare.None)) {
                fs.Position = 999; fs.WriteByte(9); fs.Position = 999;
                Console.WriteLine("byte 999 " + fs.ReadByte() + " then " + fs.ReadByte());
            }
        } finally {
            Directory.Delete(dir, true);
        }
        return 0;
    }
}
