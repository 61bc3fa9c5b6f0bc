using System;
using System.IO;
using System.Linq;

class Program {
    static string dir;
    static string Rel(string p) { return p.Substring(dir.Length).Replace('\\', '/'); }
    static string Kind(Exception e) {
        if (e is FileNotFoundException) return "FileNotFoundException";
        if (e is DirectoryNotFoundException) return "DirectoryNotFoundException";
        if (e is PathTooLongException) return "PathTooLongException";
        if (e is EndOfStreamException) return "EndOfStreamException";
        if (e is IOException) return "IOException";
        if (e is UnauthorizedAccessException) return "UnauthorizedAccessException";
        if (e is ArgumentNullException) return "ArgumentNullException";
        if (e is ArgumentException) return "ArgumentException";
        if (e is NotSupportedException) return "NotSupportedException";
        return "other exception";
    }
    static int Main() {
        dir = Path.Combine(Path.GetTempPath(), "lucid-io-dir-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            Directory.CreateDirectory(Path.Combine(dir, "a/b/c"));
            Directory.CreateDirectory(Path.Combine(dir, "d"));
            foreach (var name in new[] { "x.txt", "y.txt", "z.log", "a/one.txt", "a/b/two.txt", "a/b/c/three.cs", "d/.hidden", "noext" })
                File.WriteAllText(Path.Combine(dir, name), name);
            Console.WriteLine("GetFiles *: " + string.Join(" ", Directory.GetFiles(dir).Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine("GetFiles *.txt: " + string.Join(" ", Directory.GetFiles(dir, "*.txt").Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine("GetFiles ?.txt: " + string.Join(" ", Directory.GetFiles(dir, "?.txt").Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine("All *.txt: " + string.Join(" ", Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine("Dirs: " + string.Join(" ", Directory.GetDirectories(dir).Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine("All dirs: " + string.Join(" ", Directory.GetDirectories(dir, "*", SearchOption.AllDirectories).Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine("Entries: " + string.Join(" ", Directory.EnumerateFileSystemEntries(dir).Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine("Count all: " + Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Count());
            Console.WriteLine("Hidden: " + string.Join(" ", Directory.GetFiles(Path.Combine(dir, "d")).Select(Rel)));
            Console.WriteLine("Exists a/b: " + Directory.Exists(Path.Combine(dir, "a/b")) + " file as dir: " + Directory.Exists(Path.Combine(dir, "x.txt")));
            try { Directory.Delete(Path.Combine(dir, "a")); } catch (IOException e) { Console.WriteLine("Delete non-empty: " + Kind(e) + ": " + e.Message.Replace(dir, "DIR")); }
            Directory.Move(Path.Combine(dir, "a"), Path.Combine(dir, "moved"));
            Console.WriteLine("After move: " + string.Join(" ", Directory.GetDirectories(dir).Select(Rel).OrderBy(s => s, StringComparer.Ordinal)));
            Directory.Delete(Path.Combine(dir, "moved"), true);
            Console.WriteLine("After recursive delete: " + Directory.Exists(Path.Combine(dir, "moved")));
            Directory.CreateDirectory(Path.Combine(dir, "d"));
            Console.WriteLine("Create existing ok: " + Directory.Exists(Path.Combine(dir, "d")));
            var parent = Directory.GetParent(Path.Combine(dir, "d"));
            Console.WriteLine("Parent is dir: " + (parent.FullName == dir));
        } finally {
            Directory.Delete(dir, true);
        }
        Console.WriteLine("Cleaned: " + !Directory.Exists(dir));
        return 0;
    }
}
