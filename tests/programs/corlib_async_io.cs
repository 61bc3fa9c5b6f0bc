using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
// Async I/O over memory streams and readers, file I/O on the thread pool,
// and AsyncLocal/ThreadLocal flow (FileStream's own ReadAsync/WriteAsync,
// built on BeginInvoke, are in corlib_delegate_async).
class AsyncIO {
    static AsyncLocal<string> flow = new AsyncLocal<string>();
    static async Task<string> ReadBack(Stream stream) {
        using (var reader = new StreamReader(stream)) {
            var sb = new StringBuilder(); string line;
            while ((line = await reader.ReadLineAsync()) != null) sb.Append("[" + line + "]");
            return sb.ToString() + " flow=" + flow.Value;
        }
    }
    static async Task<int> Run(string dir) {
        string path = Path.Combine(dir, "async.txt");
        flow.Value = "outer";
        var ms = new MemoryStream();
        var bytes = Encoding.UTF8.GetBytes("one\ntwo\nthree\n");
        await ms.WriteAsync(bytes, 0, bytes.Length);
        var writer = new StreamWriter(ms); await writer.WriteLineAsync("four"); await writer.WriteAsync('5'); await writer.FlushAsync();
        ms.Position = 0;
        var copy = new MemoryStream(); await ms.CopyToAsync(copy); copy.Position = 0; ms.Position = 0;
        Console.WriteLine(copy.Length + " " + await ReadBack(ms));
        var buf = new byte[4]; int n = await copy.ReadAsync(buf, 0, 4);
        Console.WriteLine(n + " " + Encoding.ASCII.GetString(buf, 0, n).Replace("\n", "|") + " " + copy.Position);
        await Task.Run(() => File.WriteAllText(path, "written on the pool"));
        var text = await Task.Run(() => File.ReadAllText(path));
        Console.WriteLine(text + " " + flow.Value);
        var sr = new StringReader("a\nb"); Console.WriteLine(await sr.ReadLineAsync() + await sr.ReadToEndAsync());
        var sw = new StringWriter(); await sw.WriteAsync("str"); await sw.WriteLineAsync(); Console.WriteLine(sw.ToString().Length);
        return 7;
    }
    static void Main() {
        string dir = Path.Combine(Path.GetTempPath(), "lucid-async-io-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try { Console.WriteLine(Run(dir).Result); }
        finally { Directory.Delete(dir, true); }
        flow.Value = "main";
        var seen = Task.Run(() => flow.Value).Result;
        var changed = Task.Run(() => { flow.Value = "inner"; return flow.Value; }).Result;
        Console.WriteLine(seen + " " + changed + " " + flow.Value);
        var tl = new ThreadLocal<int>(() => 1, true); tl.Value = 5;
        var t = new Thread(() => tl.Value = 9); t.Start(); t.Join();
        Console.WriteLine(tl.Value + " " + tl.Values.Count);
    }
}
