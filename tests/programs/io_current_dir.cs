using System;
using System.IO;

class Program {
    static int Main() {
        string start = Directory.GetCurrentDirectory();
        string dir = Path.Combine(Path.GetTempPath(), "lucid-io-cwd-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            Directory.SetCurrentDirectory(dir);
            Console.WriteLine("cwd is dir: " + (Directory.GetCurrentDirectory() == dir || Directory.GetCurrentDirectory().EndsWith(Path.GetFileName(dir))));
            Console.WriteLine("Environment.CurrentDirectory agrees: " + (Environment.CurrentDirectory == Directory.GetCurrentDirectory()));
            File.WriteAllText("relative.txt", "rel");
            Console.WriteLine("absolute sees it: " + File.Exists(Path.Combine(dir, "relative.txt")));
            Directory.CreateDirectory("child/grandchild");
            File.WriteAllText("child/grandchild/deep.txt", "deep");
            Console.WriteLine("relative read: " + File.ReadAllText("child/grandchild/deep.txt"));
            Console.WriteLine("full path: " + Path.GetFullPath("child/../relative.txt").Substring(Directory.GetCurrentDirectory().Length));
            Console.WriteLine("relative files: " + string.Join(",", Directory.GetFiles(".")));
            Console.WriteLine("relative dirs: " + string.Join(",", Directory.GetDirectories("child")));
            Directory.SetCurrentDirectory("child");
            Console.WriteLine("in child: " + Path.GetFileName(Directory.GetCurrentDirectory()));
            Console.WriteLine("parent file: " + File.ReadAllText("../relative.txt"));
            Environment.CurrentDirectory = "..";
            Console.WriteLine("back: " + File.Exists("relative.txt"));
            try { Directory.SetCurrentDirectory("no-such-dir"); }
            catch (DirectoryNotFoundException e) { Console.WriteLine("missing: " + e.Message.Replace(dir, "DIR")); }
        } finally {
            Directory.SetCurrentDirectory(start);
            Directory.Delete(dir, true);
        }
        Console.WriteLine("restored: " + (Directory.GetCurrentDirectory() == start));
        return 0;
    }
}
