using System;
using System.IO;

class Program {
    static int Main() {
        string f = Path.Combine(Path.GetTempPath(), "lucid-io-binary-" + Environment.TickCount + ".bin");
        try {
            using (var w = new BinaryWriter(File.Create(f))) {
                w.Write(42); w.Write(-7L); w.Write(3.25); w.Write(true); w.Write((byte)255);
                w.Write("length-prefixed ü"); w.Write('x'); w.Write(new byte[] { 1, 2, 3 }); w.Write((short)-2); w.Write(12.5m);
            }
            Console.WriteLine("size " + new FileInfo(f).Length);
            using (var r = new BinaryReader(File.OpenRead(f))) {
                Console.WriteLine(r.ReadInt32()); Console.WriteLine(r.ReadInt64()); Console.WriteLine(r.ReadDouble());
                Console.WriteLine(r.ReadBoolean()); Console.WriteLine(r.ReadByte());
                Console.WriteLine(r.ReadString()); Console.WriteLine(r.ReadChar());
                Console.WriteLine(string.Join(",", r.ReadBytes(3))); Console.WriteLine(r.ReadInt16()); Console.WriteLine(r.ReadDecimal());
                Console.WriteLine("at end: " + (r.BaseStream.Position == r.BaseStream.Length));
                try { r.ReadByte(); } catch (EndOfStreamException e) { Console.WriteLine("EOF: " + e.Message); }
            }
            using (var fs = new FileStream(f, FileMode.Open, FileAccess.ReadWrite)) {
                var w = new BinaryWriter(fs);
                fs.Seek(0, SeekOrigin.Begin);
                w.Write(1000);
                w.Flush();
                fs.Seek(0, SeekOrigin.Begin);
                Console.WriteLine("patched " + new BinaryReader(fs).ReadInt32());
            }
        } finally {
            File.Delete(f);
        }
        Console.WriteLine("exists " + File.Exists(f));
        return 0;
    }
}
