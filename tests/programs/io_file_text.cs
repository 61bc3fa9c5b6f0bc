using System;
using System.IO;

class Program {
    static int Main() {
        string dir = Path.Combine(Path.GetTempPath(), "lucid-io-file-text-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            string f = Path.Combine(dir, "a.txt");
            File.WriteAllText(f, "hello\nworld\n");
            Console.WriteLine(File.Exists(f));
            Console.WriteLine(File.ReadAllText(f).Length);
            File.AppendAllText(f, "third line\n");
            foreach (var line in File.ReadAllLines(f))
                Console.WriteLine("[" + line + "]");
            File.WriteAllLines(f, new[] { "x", "y", "z" });
            Console.WriteLine(string.Join(",", File.ReadAllLines(f)));
            byte[] bytes = File.ReadAllBytes(f);
            Console.WriteLine(bytes.Length);
            File.WriteAllBytes(f, new byte[] { 65, 66, 67 });
            Console.WriteLine(File.ReadAllText(f));
            foreach (var l in File.ReadLines(f)) Console.WriteLine("line " + l);
            File.Delete(f);
            Console.WriteLine(File.Exists(f));
        } finally {
            Directory.Delete(dir, true);
        }
        Console.WriteLine(Directory.Exists(dir));
        return 0;
    }
}
