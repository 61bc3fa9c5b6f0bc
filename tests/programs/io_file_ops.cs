using System;
using System.IO;

class Program {
    static int Main() {
        string dir = Path.Combine(Path.GetTempPath(), "lucid-io-fileops-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            string a = Path.Combine(dir, "a.txt"), b = Path.Combine(dir, "b.txt"), c = Path.Combine(dir, "c.txt");
            File.WriteAllText(a, "alpha");
            File.Copy(a, b);
            Console.WriteLine("copy: " + File.ReadAllText(b));
            try { File.Copy(a, b); } catch (IOException e) { Console.WriteLine("copy onto existing: " + e.Message.Replace(dir, "DIR")); }
            File.WriteAllText(a, "alpha2");
            File.Copy(a, b, true);
            Console.WriteLine("overwrite: " + File.ReadAllText(b));
            File.Move(b, c);
            Console.WriteLine("move: b exists " + File.Exists(b) + ", c = " + File.ReadAllText(c));
            try { File.Move(a, c); } catch (IOException e) { Console.WriteLine("move onto existing: " + e.Message.Replace(dir, "DIR")); }
            File.Delete(c);
            File.Delete(c); // deleting a missing file is not an error
            Console.WriteLine("deleted: " + File.Exists(c));
            string bak = Path.Combine(dir, "a.bak");
            File.WriteAllText(b, "replacement");
            File.Replace(b, a, bak);
            Console.WriteLine("replace: a=" + File.ReadAllText(a) + " bak=" + File.ReadAllText(bak) + " b exists " + File.Exists(b));
            Console.WriteLine("attributes: " + (int)File.GetAttributes(a));
            File.SetAttributes(a, FileAttributes.ReadOnly);
            Console.WriteLine("readonly set: " + ((File.GetAttributes(a) & FileAttributes.ReadOnly) != 0 ? "yes" : "no (root)"));
            File.SetAttributes(a, FileAttributes.Normal);
            Console.WriteLine("after normal: " + (int)File.GetAttributes(a));
            Console.WriteLine("dir attributes: " + (int)File.GetAttributes(dir));
            var t = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(a, t);
            Console.WriteLine("mtime: " + File.GetLastWriteTimeUtc(a).ToString("yyyy-MM-dd HH:mm:ss"));
            File.SetLastAccessTimeUtc(a, t.AddDays(1));
            Console.WriteLine("atime: " + File.GetLastAccessTimeUtc(a).ToString("yyyy-MM-dd HH:mm:ss"));
            Console.WriteLine("exists null: " + File.Exists(null) + " empty: " + File.Exists("") + " dir: " + File.Exists(dir));
        } finally {
            Directory.Delete(dir, true);
        }
        return 0;
    }
}
