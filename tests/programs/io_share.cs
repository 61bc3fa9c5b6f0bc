using System;
using System.IO;

class Program {
    static string Kind(Exception e) {
        if (e is FileNotFoundException) return "FileNotFoundException";
        if (e is IOException) return "IOException";
        if (e is UnauthorizedAccessException) return "UnauthorizedAccessException";
        return "other";
    }
    static void Try(string what, Func<FileStream> open) {
        try { using (open()) Console.WriteLine(what + ": opened"); }
        catch (Exception e) { Console.WriteLine(what + ": " + Kind(e) + ": " + e.Message.Replace(dir, "DIR")); }
    }
    static string dir;
    static int Main() {
        dir = Path.Combine(Path.GetTempPath(), "lucid-io-share-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            string f = Path.Combine(dir, "s.txt");
            File.WriteAllText(f, "shared");
            using (new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read)) {
                Try("read/shareRead after read/shareRead", () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read));
                Try("write after read/shareRead", () => new FileStream(f, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
                Try("readwrite after read/shareRead", () => new FileStream(f, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite));
                Try("read/shareNone after read/shareRead", () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.None));
                Try("File.ReadAllText while shared for read", () => { Console.WriteLine("  text " + File.ReadAllText(f)); return new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite); });
            }
            using (new FileStream(f, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite)) {
                Try("readwrite after shareReadWrite", () => new FileStream(f, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite));
                Try("write after shareReadWrite", () => new FileStream(f, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
            }
            using (new FileStream(f, FileMode.Open, FileAccess.Write, FileShare.Write)) {
                Try("write after shareWrite", () => new FileStream(f, FileMode.Open, FileAccess.Write, FileShare.Write));
                Try("read after shareWrite", () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Write));
            }
            using (new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.None)) {
                Try("anything after shareNone", () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
                try { File.Move(f, f + ".moved"); Console.WriteLine("move while open: moved"); File.Move(f + ".moved", f); }
                catch (IOException e) { Console.WriteLine("move while open: " + e.Message.Replace(dir, "DIR")); }
            }
            Try("after close", () => new FileStream(f, FileMode.Open, FileAccess.ReadWrite, FileShare.None));
            using (new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete)) {
                File.Move(f, f + ".moved");
                Console.WriteLine("move with FileShare.Delete: " + File.Exists(f + ".moved"));
            }
            string temp = Path.Combine(dir, "temp.dat");
            using (var fs = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose)) {
                fs.WriteByte(1);
                Console.WriteLine("delete-on-close exists while open: " + File.Exists(temp));
            }
            Console.WriteLine("delete-on-close exists after: " + File.Exists(temp));
            using (var fs = new FileStream(Path.Combine(dir, "seq.dat"), FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.SequentialScan | FileOptions.RandomAccess | FileOptions.WriteThrough))
                fs.WriteByte(2);
            Console.WriteLine("options file length: " + new FileInfo(Path.Combine(dir, "seq.dat")).Length);
            using (var fs = new FileStream(Path.Combine(dir, "lock.dat"), FileMode.Create, FileAccess.ReadWrite)) {
                fs.SetLength(100);
                fs.Lock(0, 10);
                fs.Unlock(0, 10);
                fs.Lock(50, 50);
                Console.WriteLine("locked and unlocked");
                try { fs.Lock(-1, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("negative lock: " + e.ParamName); }
            }
        } finally {
            Directory.Delete(dir, true);
        }
        return 0;
    }
}
