using System;
using System.IO;
using System.Linq;

class Program {
    static int Main() {
        string dir = Path.Combine(Path.GetTempPath(), "lucid-io-fileinfo-" + Environment.TickCount);
        var di = new DirectoryInfo(dir);
        Console.WriteLine("exists before: " + di.Exists);
        di.Create();
        di.Refresh();
        Console.WriteLine("exists after: " + di.Exists + " name matches: " + (di.Name == Path.GetFileName(dir)));
        try {
            var sub = di.CreateSubdirectory("sub");
            Console.WriteLine("sub: " + sub.Name + " parent ok: " + (sub.Parent.FullName == di.FullName));
            var fi = new FileInfo(Path.Combine(dir, "report.final.txt"));
            Console.WriteLine("fi exists: " + fi.Exists + " name " + fi.Name + " ext " + fi.Extension);
            using (var w = fi.CreateText()) w.Write("0123456789");
            fi.Refresh();
            Console.WriteLine("fi exists: " + fi.Exists + " length " + fi.Length + " readonly " + fi.IsReadOnly);
            Console.WriteLine("dir name ok: " + (fi.DirectoryName == dir) + " directory: " + fi.Directory.Name.StartsWith("lucid-io-fileinfo-", StringComparison.Ordinal));
            using (var w = fi.AppendText()) w.Write("abc");
            fi.Refresh();
            Console.WriteLine("after append " + fi.Length);
            using (var r = fi.OpenText()) Console.WriteLine("text " + r.ReadToEnd());
            var copy = fi.CopyTo(Path.Combine(dir, "sub", "copy.txt"));
            Console.WriteLine("copy " + copy.Name + " " + copy.Length + " in " + copy.Directory.Name);
            copy.MoveTo(Path.Combine(dir, "moved.dat"));
            Console.WriteLine("moved " + copy.Name + " " + copy.Exists + " " + copy.Extension);
            using (var fs = fi.Open(FileMode.Open, FileAccess.Read)) Console.WriteLine("open length " + fs.Length);
            using (var fs = fi.OpenWrite()) fs.WriteByte((byte)'Z');
            Console.WriteLine("first char " + File.ReadAllText(fi.FullName)[0]);
            Console.WriteLine("files: " + string.Join(",", di.GetFiles().Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal)));
            Console.WriteLine("files *.txt: " + string.Join(",", di.GetFiles("*.txt").Select(f => f.Name)));
            Console.WriteLine("dirs: " + string.Join(",", di.GetDirectories().Select(d => d.Name)));
            Console.WriteLine("infos: " + string.Join(",", di.GetFileSystemInfos().Select(f => f.Name + ((f.Attributes & FileAttributes.Directory) != 0 ? "/" : "")).OrderBy(n => n, StringComparer.Ordinal)));
            Console.WriteLine("all files: " + di.EnumerateFiles("*", SearchOption.AllDirectories).Count());
            long total = di.EnumerateFiles().Sum(f => f.Length);
            Console.WriteLine("total bytes " + total);
            fi.Delete();
            fi.Refresh();
            Console.WriteLine("deleted " + !fi.Exists);
            sub.Delete();
            Console.WriteLine("sub deleted " + !Directory.Exists(sub.FullName));
            var missing = new FileInfo(Path.Combine(dir, "nope"));
            try { Console.WriteLine(missing.Length); } catch (FileNotFoundException e) { Console.WriteLine("missing length: " + e.Message.Replace(dir, "DIR")); }
        } finally {
            di.Delete(true);
        }
        di.Refresh();
        Console.WriteLine("cleaned " + !di.Exists);
        return 0;
    }
}
