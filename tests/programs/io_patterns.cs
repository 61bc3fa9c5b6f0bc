using System;
using System.IO;
using System.Linq;

class Program {
    static string dir;
    static void List(string pattern) {
        var names = Directory.GetFiles(dir, pattern).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        Console.WriteLine("{0,-12} -> {1}", pattern, string.Join(" ", names));
    }
    static int Main() {
        dir = Path.Combine(Path.GetTempPath(), "lucid-io-patterns-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            foreach (var n in new[] { "a.txt", "ab.txt", "abc.txt", "b.TXT", "c.txt.bak", "data", "data.json", "x1.cs", "x22.cs", ".dot", "file.with.dots.txt", "UPPER.Txt" })
                File.WriteAllText(Path.Combine(dir, n), n);
            Directory.CreateDirectory(Path.Combine(dir, "dir.txt"));
            foreach (var p in new[] { "*", "*.*", "*.txt", "a*", "?.txt", "??.txt", "a?c.txt", "*b*", "x?.cs", "x*.cs", "data.*", "*.", "nothing*", "*.TXT", "*.bak", ".*", "*.t?t" })
                List(p);
            Console.WriteLine("dirs *.txt -> " + string.Join(" ", Directory.GetDirectories(dir, "*.txt").Select(Path.GetFileName)));
            Console.WriteLine("entries a* -> " + string.Join(" ", Directory.GetFileSystemEntries(dir, "d*").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)));
            Console.WriteLine("enumerate count: " + Directory.EnumerateFiles(dir).Count());
            Console.WriteLine("exact name: " + string.Join(" ", Directory.GetFiles(dir, "data").Select(Path.GetFileName)));
        } finally {
            Directory.Delete(dir, true);
        }
        return 0;
    }
}
