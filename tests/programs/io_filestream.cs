using System;
using System.IO;

class Program {
    static int Main() {
        string dir = Path.Combine(Path.GetTempPath(), "lucid-io-filestream-" + Environment.TickCount);
        Directory.CreateDirectory(dir);
        try {
            string f = Path.Combine(dir, "data.bin");
            using (var fs = new FileStream(f, FileMode.Create, FileAccess.ReadWrite)) {
                Console.WriteLine("CanRead={0} CanWrite={1} CanSeek={2}", fs.CanRead, fs.CanWrite, fs.CanSeek);
                for (int i = 0; i < 100; i++) fs.WriteByte((byte)i);
                Console.WriteLine("Length={0} Position={1}", fs.Length, fs.Position);
                fs.Seek(10, SeekOrigin.Begin);
                Console.WriteLine("ReadByte at 10: {0}", fs.ReadByte());
                fs.Seek(-5, SeekOrigin.End);
                byte[] buf = new byte[10];
                int n = fs.Read(buf, 0, buf.Length);
                Console.WriteLine("Read {0}: {1}", n, string.Join(",", buf));
                fs.Seek(-3, SeekOrigin.Current);
                Console.WriteLine("Position after Seek(-3, Current): {0}", fs.Position);
                fs.Position = 50;
                fs.Write(new byte[] { 200, 201, 202 }, 0, 3);
                fs.SetLength(60);
                Console.WriteLine("Length after SetLength: {0}", fs.Length);
                fs.SetLength(70);
                fs.Seek(0, SeekOrigin.Begin);
                byte[] all = new byte[200];
                int total = 0, r;
                while ((r = fs.Read(all, total, all.Length - total)) > 0) total += r;
                Console.WriteLine("Total {0}, [49..53]={1},{2},{3},{4},{5} last={6}", total, all[49], all[50], all[51], all[52], all[53], all[69]);
            }
            using (var fs = new FileStream(f, FileMode.Append)) {
                fs.WriteByte(7);
                Console.WriteLine("Append position {0}", fs.Position);
            }
            Console.WriteLine("Length via FileInfo: {0}", new FileInfo(f).Length);
            using (var fs = File.OpenRead(f)) {
                Console.WriteLine("OpenRead CanWrite={0}", fs.CanWrite);
                try { fs.WriteByte(1); } catch (NotSupportedException e) { Console.WriteLine("NotSupported: " + e.Message); }
            }
            using (var fs = new FileStream(f, FileMode.Truncate)) Console.WriteLine("Truncate length {0}", fs.Length);
            try { new FileStream(f, FileMode.CreateNew); } catch (IOException e) { Console.WriteLine("CreateNew: " + e.Message.Replace(dir, "DIR")); }
            using (var fs = new FileStream(f, FileMode.OpenOrCreate)) Console.WriteLine("OpenOrCreate length {0}", fs.Length);
            // large buffered write and read back
            using (var fs = new FileStream(f, FileMode.Create, FileAccess.Write, FileShare.None, 16)) {
                for (int i = 0; i < 10000; i++) fs.WriteByte((byte)(i * 7));
            }
            using (var fs = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read, 4096)) {
                long sum = 0; int b;
                while ((b = fs.ReadByte()) >= 0) sum += b;
                Console.WriteLine("Sum {0} Length {1}", sum, fs.Length);
            }
        } finally {
            Directory.Delete(dir, true);
        }
        return 0;
    }
}
