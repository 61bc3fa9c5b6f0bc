using System;
using System.IO;
using System.Linq;
using System.Text;
class FileDir {
    static void Main() {
        string root = Path.Combine(Path.GetTempPath(), "lucid-corlib-filedir-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try {
            string sub = Path.Combine(root, "a", "b");
            var info = Directory.CreateDirectory(sub);
            Console.WriteLine(info.Name + " " + info.Parent.Name + " " + Directory.Exists(sub));
            string f1 = Path.Combine(root, "one.txt");
            File.WriteAllText(f1, "line1\nline2\n");
            File.AppendAllText(f1, "line3");
            Console.WriteLine(File.ReadAllText(f1).Replace("\n", "|") + " " + File.ReadAllLines(f1).Length + " " + new FileInfo(f1).Length);
            File.WriteAllLines(Path.Combine(sub, "two.txt"), new[] { "x", "y" });
            File.WriteAllBytes(Path.Combine(sub, "three.bin"), new byte[] { 1, 2, 3, 255 });
            Console.WriteLine(BitConverter.ToString(File.ReadAllBytes(Path.Combine(sub, "three.bin"))) + " " + string.Join(",", File.ReadLines(Path.Combine(sub, "two.txt"))));
            Func<string, string> rel = p => p.Substring(root.Length + 1).Replace(Path.DirectorySeparatorChar, '/');
            Console.WriteLine(string.Join(" ", Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine(string.Join(" ", Directory.GetDirectories(root, "*", SearchOption.AllDirectories).Select(rel).OrderBy(s => s, StringComparer.Ordinal)));
            Console.WriteLine(string.Join(" ", Directory.EnumerateFiles(sub, "*.txt").Select(Path.GetFileName)) + " " + Directory.GetFileSystemEntries(Path.Combine(root, "a")).Length);
            string copy = Path.Combine(root, "copy.txt");
            File.Copy(f1, copy);
            try { File.Copy(f1, copy); } catch (IOException) { Console.WriteLine("copy onto existing: IOException"); }
            File.Copy(f1, copy, true);
            string moved = Path.Combine(sub, "moved.txt");
            File.Move(copy, moved);
            Console.WriteLine(File.Exists(copy) + " " + File.Exists(moved));
            File.Delete(moved);
            Console.WriteLine(File.Exists(moved));
            var fi = new FileInfo(f1);
            Console.WriteLine(fi.Name + " " + fi.Extension + " " + fi.Directory.Name.StartsWith("lucid-corlib-filedir-") + " " + fi.Exists + " " + (fi.Attributes & FileAttributes.Directory));
            using (var w = fi.AppendText()) w.Write("!");
            using (var r = fi.OpenText()) Console.WriteLine(r.ReadToEnd().Length);
            Directory.Move(Path.Combine(root, "a"), Path.Combine(root, "renamed"));
            Console.WriteLine(Directory.Exists(Path.Combine(root, "renamed", "b")));
            try { File.ReadAllText(Path.Combine(root, "missing.txt")); } catch (FileNotFoundException e) { Console.WriteLine("FileNotFound " + Path.GetFileName(e.FileName)); }
            try { Directory.GetFiles(Path.Combine(root, "nodir")); } catch (DirectoryNotFoundException) { Console.WriteLine("DirectoryNotFound"); }
            try { Directory.Delete(Path.Combine(root, "renamed")); } catch (IOException) { Console.WriteLine("non-empty delete: IOException"); }
            File.WriteAllText(Path.Combine(root, "utf.txt"), "héllo €", Encoding.UTF8);
            Console.WriteLine(File.ReadAllBytes(Path.Combine(root, "utf.txt")).Length + " " + File.ReadAllText(Path.Combine(root, "utf.txt")));
        } finally {
            Directory.Delete(root, true);
        }
        Console.WriteLine("cleaned " + !Directory.Exists(root));
    }
}
