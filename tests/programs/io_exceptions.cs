using System;
using System.IO;

class Program {
    static string dir;
    static void Try(string what, Action a) {
        try { a(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + Kind(e) + ": " + e.Message.Replace(dir, "DIR")); }
    }
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
        dir = Path.Combine(Path.GetTempPath(), "lucid-io-exc-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            string missing = Path.Combine(dir, "missing.txt");
            string nodir = Path.Combine(dir, "nodir", "x.txt");
            Try("ReadAllText missing", () => File.ReadAllText(missing));
            Try("ReadAllText missing dir", () => File.ReadAllText(nodir));
            Try("WriteAllText missing dir", () => File.WriteAllText(nodir, "x"));
            Try("OpenRead missing", () => File.OpenRead(missing));
            Try("GetFiles missing", () => Directory.GetFiles(Path.Combine(dir, "nodir")));
            Try("Delete missing dir", () => Directory.Delete(Path.Combine(dir, "nodir")));
            Try("Copy missing", () => File.Copy(missing, Path.Combine(dir, "y")));
            Try("Move missing", () => File.Move(missing, Path.Combine(dir, "y")));
            Try("Open dir as file", () => File.ReadAllText(dir));
            Try("StreamReader missing", () => new StreamReader(missing));
            Try("null path", () => File.ReadAllText(null));
            Try("empty path", () => File.ReadAllText(""));
            Try("bad chars", () => File.ReadAllText("a\0b"));
            string f = Path.Combine(dir, "locked.txt");
            File.WriteAllText(f, "x");
            using (var fs = new FileStream(f, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) {
                Try("share violation", () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            }
            using (var fs = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read)) {
                Try("second reader", () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read).Dispose());
                Try("writer while shared for read", () => new FileStream(f, FileMode.Open, FileAccess.Write, FileShare.Read));
            }
            Try("EndOfStream", () => new BinaryReader(new MemoryStream(new byte[2])).ReadInt32());
            Try("SetCurrentDirectory missing", () => Directory.SetCurrentDirectory(Path.Combine(dir, "nodir")));
        } finally {
            Directory.Delete(dir, true);
        }
        return 0;
    }
}
