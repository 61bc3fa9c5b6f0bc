using System;
using System.IO;
class ConsoleError {
    static int Main() {
        Console.WriteLine("stdout 1");
        Console.Error.WriteLine("stderr 1");
        Console.Error.Write("stderr {0}\n", 2);
        TextWriter err = Console.Error;
        Console.WriteLine(err != null);
        Console.WriteLine(Console.Out != Console.Error);
        var sw = new StringWriter();
        Console.SetError(sw);
        Console.Error.WriteLine("captured error");
        Console.Error.Flush();
        Console.SetError(err);
        Console.WriteLine("captured: [" + sw.ToString().TrimEnd() + "]");
        Stream s = Console.OpenStandardError();
        Console.WriteLine(s.CanWrite + " " + s.CanRead);
        byte[] b = System.Text.Encoding.ASCII.GetBytes("raw stderr\n");
        s.Write(b, 0, b.Length);
        Stream o = Console.OpenStandardOutput();
        byte[] ob = System.Text.Encoding.ASCII.GetBytes("raw stdout\n");
        Console.Out.Flush();
        o.Write(ob, 0, ob.Length);
        o.Flush();
        Console.WriteLine("stdout 2");
        return 3;
    }
}
