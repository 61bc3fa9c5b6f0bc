using System;
using System.IO;
using System.Text;

class Program {
    static void Dump(string f) {
        byte[] b = File.ReadAllBytes(f);
        Console.WriteLine(b.Length + ": " + BitConverter.ToString(b));
    }
    static int Main() {
        string dir = Path.Combine(Path.GetTempPath(), "lucid-io-enc-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            string f = Path.Combine(dir, "t.txt");
            using (var w = new StreamWriter(f)) { w.WriteLine("héllo"); w.Write(42); w.Write(' '); w.WriteLine(3.5); }
            Dump(f);
            using (var r = new StreamReader(f)) {
                string line;
                while ((line = r.ReadLine()) != null) Console.WriteLine("<" + line + ">");
            }
            using (var w = new StreamWriter(f, false, Encoding.Unicode)) w.Write("Aé€");
            Dump(f);
            using (var r = new StreamReader(f)) Console.WriteLine(r.ReadToEnd() + " " + r.CurrentEncoding.WebName);
            using (var w = new StreamWriter(f, false, new UTF8Encoding(true))) w.Write("bom");
            Dump(f);
            using (var r = new StreamReader(f, Encoding.UTF8)) Console.WriteLine(r.ReadToEnd());
            using (var w = new StreamWriter(f, false, Encoding.ASCII)) w.Write("ascii ü");
            Dump(f);
            using (var w = new StreamWriter(f, true)) w.Write("|appended");
            Console.WriteLine(File.ReadAllText(f));
            File.WriteAllText(f, "a\r\nb\rc\nd", Encoding.UTF8);
            using (var r = new StreamReader(f)) {
                Console.WriteLine((char)r.Peek());
                string line;
                while ((line = r.ReadLine()) != null) Console.WriteLine("[" + line + "]");
            }
            File.WriteAllText(f, "12345", Encoding.BigEndianUnicode);
            Dump(f);
            Console.WriteLine(File.ReadAllText(f));
            using (var r = new StreamReader(f)) {
                char[] buf = new char[3];
                int n = r.Read(buf, 0, 3);
                Console.WriteLine(n + " " + new string(buf, 0, n) + " " + (char)r.Read());
            }
        } finally {
            Directory.Delete(dir, true);
        }
        return 0;
    }
}
