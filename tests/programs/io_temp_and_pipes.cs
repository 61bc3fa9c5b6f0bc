using System;
using System.IO;

class Program {
    static int Main() {
        string temp = Path.GetTempFileName();
        Console.WriteLine("temp in temp dir: " + (Path.GetDirectoryName(temp) + "/" == Path.GetTempPath() || Path.GetDirectoryName(temp) == Path.GetTempPath()));
        Console.WriteLine("temp exists, empty: " + File.Exists(temp) + " " + new FileInfo(temp).Length);
        Console.WriteLine("temp extension: " + Path.GetExtension(temp));
        File.WriteAllText(temp, "scratch");
        Console.WriteLine("temp content: " + File.ReadAllText(temp));
        File.Delete(temp);
        Console.WriteLine("temp deleted: " + !File.Exists(temp));
        using (var stdout = Console.OpenStandardOutput()) {
            var bytes = System.Text.Encoding.ASCII.GetBytes("raw bytes to standard output\n");
            stdout.Write(bytes, 0, bytes.Length);
            stdout.Flush();
        }
        Console.Out.Flush();
        using (var err = Console.OpenStandardError()) Console.WriteLine("stderr can write: " + err.CanWrite);
        using (var input = Console.OpenStandardInput()) Console.WriteLine("stdin read at end: " + input.ReadByte());
        Console.WriteLine("In at end: " + (Console.In.ReadLine() == null));
        return 0;
    }
}
