using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
// Asynchronous delegate calls (BeginInvoke/EndInvoke), and what is built on
// them: FileStream's ReadAsync/WriteAsync and Begin/EndRead, Begin/EndWrite.
class DelegateAsync {
    delegate int Add(int a, int b);
    delegate string Describe(string s, double d, bool flag);
    static int Slow(int a, int b) { Thread.Sleep(10); return a + b; }
    static void Main() {
        Add add = Slow;
        IAsyncResult ar = add.BeginInvoke(2, 3, null, null);
        Console.WriteLine("sum " + add.EndInvoke(ar) + " completed " + ar.IsCompleted);
        var done = new ManualResetEvent(false); string fromCallback = null;
        Describe describe = (s, d, f) => s + ":" + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + f;
        describe.BeginInvoke("x", 2.5, true, r => { fromCallback = describe.EndInvoke(r) + " state=" + r.AsyncState; done.Set(); }, "st");
        Console.WriteLine(done.WaitOne(10000) + " " + fromCallback);
        Func<float> single = () => 1.5f; Console.WriteLine(single.EndInvoke(single.BeginInvoke(null, null)));
        Action boom = () => { throw new InvalidOperationException("async boom"); };
        var failed = boom.BeginInvoke(null, null);
        try { boom.EndInvoke(failed); } catch (InvalidOperationException e) { Console.WriteLine("EndInvoke threw " + e.Message); }
        try { boom.EndInvoke(failed); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var waited = add.BeginInvoke(40, 2, null, null); waited.AsyncWaitHandle.WaitOne(); Console.WriteLine(add.EndInvoke(waited));
        string dir = Path.Combine(Path.GetTempPath(), "lucid-delegate-async-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try {
            string path = Path.Combine(dir, "f.txt");
            using (var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, true)) {
                var bytes = Encoding.UTF8.GetBytes("line one\nline two\n");
                fs.WriteAsync(bytes, 0, bytes.Length).Wait();
                var more = Encoding.UTF8.GetBytes("end\n");
                fs.EndWrite(fs.BeginWrite(more, 0, more.Length, null, null));
            }
            using (var fs = File.OpenRead(path)) {
                var buf = new byte[64];
                int n = fs.ReadAsync(buf, 0, 5).Result;
                int m = fs.EndRead(fs.BeginRead(buf, n, 64 - n, null, null));
                Console.WriteLine(n + " " + m + " [" + Encoding.UTF8.GetString(buf, 0, n + m).Replace("\n", "|") + "]");
            }
            using (var reader = new StreamReader(path)) Console.WriteLine(reader.ReadLineAsync().Result + " / " + reader.ReadToEndAsync().Result.Replace("\n", "|"));
            using (var writer = new StreamWriter(path, true)) writer.WriteLineAsync("appended").Wait();
            Console.WriteLine(File.ReadAllLines(path).Length);
        } finally { Directory.Delete(dir, true); }
    }
}
