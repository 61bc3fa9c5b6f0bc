using System;
using System.IO;

class Program {
    static void Show(string label, object value) { Console.WriteLine(label + " = " + (value == null ? "null" : "'" + value + "'")); }
    static int Main() {
        Show("Combine a b", Path.Combine("a", "b"));
        Show("Combine a/ b", Path.Combine("a/", "b"));
        Show("Combine a /b", Path.Combine("a", "/b"));
        Show("Combine 3", Path.Combine("x", "y", "z.txt"));
        Show("Combine 4", Path.Combine("/r", "s", "t", "u"));
        Show("GetFileName", Path.GetFileName("/usr/lib/file.tar.gz"));
        Show("GetFileName dir/", Path.GetFileName("/usr/lib/"));
        Show("GetFileNameWithoutExtension", Path.GetFileNameWithoutExtension("/a/b.c.d"));
        Show("GetExtension", Path.GetExtension("/a/b.c.d"));
        Show("GetExtension none", Path.GetExtension("/a.b/c"));
        Show("GetExtension dot", Path.GetExtension("file."));
        Show("GetDirectoryName", Path.GetDirectoryName("/usr/lib/file.txt"));
        Show("GetDirectoryName root", Path.GetDirectoryName("/"));
        Show("GetDirectoryName rel", Path.GetDirectoryName("a/b"));
        Show("GetDirectoryName none", Path.GetDirectoryName("file"));
        Show("ChangeExtension", Path.ChangeExtension("/a/b.txt", ".md"));
        Show("ChangeExtension null", Path.ChangeExtension("/a/b.txt", null));
        Show("HasExtension", Path.HasExtension("x.y"));
        Show("HasExtension no", Path.HasExtension("x"));
        Show("IsPathRooted /x", Path.IsPathRooted("/x"));
        Show("IsPathRooted x", Path.IsPathRooted("x"));
        Show("GetPathRoot", Path.GetPathRoot("/usr/lib"));
        Show("GetPathRoot rel", Path.GetPathRoot("usr/lib"));
        Show("GetFullPath abs", Path.GetFullPath("/usr/./lib/../share//doc"));
        Show("GetFullPath rel ends", Path.GetFullPath("foo/bar").EndsWith("/foo/bar", StringComparison.Ordinal));
        Show("GetFullPath rel rooted", Path.IsPathRooted(Path.GetFullPath("foo")));
        Show("Temp ends with /", Path.GetTempPath().EndsWith("/", StringComparison.Ordinal));
        Show("Separators", "" + Path.DirectorySeparatorChar + Path.AltDirectorySeparatorChar + Path.PathSeparator + Path.VolumeSeparatorChar);
        Show("InvalidPathChars", Path.GetInvalidPathChars().Length);
        Show("InvalidFileNameChars", Path.GetInvalidFileNameChars().Length);
        try { Path.Combine("a", null); } catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
        try { Path.GetFullPath(""); } catch (ArgumentException e) { Console.WriteLine("empty: " + e.Message); }
        return 0;
    }
}
