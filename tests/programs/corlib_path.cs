using System;
using System.IO;
class PathTest {
    static void Main() {
        Console.WriteLine(Path.Combine("a", "b", "c.txt") + " " + Path.Combine("/abs", "x") + " " + Path.Combine("a", "/root") + " " + Path.Combine("a/", "b"));
        string p = "/home/user/docs/report.final.pdf";
        Console.WriteLine(Path.GetFileName(p) + " " + Path.GetFileNameWithoutExtension(p) + " " + Path.GetExtension(p) + " " + Path.GetDirectoryName(p) + " " + Path.GetPathRoot(p));
        Console.WriteLine(Path.ChangeExtension(p, ".txt") + " " + Path.ChangeExtension("noext", "md") + " " + Path.ChangeExtension(p, null));
        Console.WriteLine(Path.HasExtension("a.b") + " " + Path.HasExtension("ab") + " " + Path.IsPathRooted("/x") + " " + Path.IsPathRooted("x/y") + " [" + Path.GetExtension("dir.d/file") + "]");
        Console.WriteLine(Path.DirectorySeparatorChar + " " + Path.AltDirectorySeparatorChar + " " + Path.PathSeparator + " " + Path.VolumeSeparatorChar);
        Console.WriteLine(Path.GetFullPath("/a/b/../c/./d") + " " + Path.GetFullPath("/a//b/"));
        Console.WriteLine((Path.GetDirectoryName("/") == null) + " " + Path.GetDirectoryName("file.txt").Length + " " + Path.GetFileName("/trailing/") + "|");
        Console.WriteLine(Path.GetInvalidFileNameChars().Length > 0);
        Console.WriteLine(Path.GetInvalidPathChars().Length > 0);
        string tmp = Path.GetTempFileName();
        Console.WriteLine(File.Exists(tmp) + " " + Path.IsPathRooted(tmp) + " " + new FileInfo(tmp).Length);
        File.Delete(tmp);
        string rnd = Path.GetRandomFileName();
        Console.WriteLine(rnd.Length + " " + rnd.IndexOf('.'));
        try { Path.Combine("a", null); } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        try { Path.GetFileName("bad\0name"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(Path.GetTempPath().EndsWith("/"));
    }
}
