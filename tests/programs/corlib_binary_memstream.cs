using System;
using System.IO;
using System.Text;
class BinaryMem {
    static void Main() {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, true)) {
            w.Write(true); w.Write((byte)200); w.Write((sbyte)-5); w.Write((short)-1234); w.Write((ushort)60000);
            w.Write(123456789); w.Write(4000000000u); w.Write(-9876543210L); w.Write(ulong.MaxValue);
            w.Write(1.5f); w.Write(Math.PI); w.Write(12.34m); w.Write('é'); w.Write("héllo wörld"); w.Write(new string('x', 200));
            w.Write(new byte[] { 1, 2, 3 }); w.Write(new char[] { 'a', 'b' });
        }
        Console.WriteLine(ms.Length + " " + ms.Position);
        Console.WriteLine(BitConverter.ToString(ms.ToArray(), 0, 24));
        ms.Position = 0;
        using (var r = new BinaryReader(ms, Encoding.UTF8, true)) {
            Console.WriteLine(r.ReadBoolean() + " " + r.ReadByte() + " " + r.ReadSByte() + " " + r.ReadInt16() + " " + r.ReadUInt16());
            Console.WriteLine(r.ReadInt32() + " " + r.ReadUInt32() + " " + r.ReadInt64() + " " + r.ReadUInt64());
            Console.WriteLine(r.ReadSingle() + " " + r.ReadDouble() + " " + r.ReadDecimal() + " " + r.ReadChar() + " " + r.ReadString() + " " + r.ReadString().Length);
            Console.WriteLine(BitConverter.ToString(r.ReadBytes(3)) + " " + new string(r.ReadChars(2)) + " " + r.PeekChar());
            try { r.ReadInt32(); } catch (EndOfStreamException) { Console.WriteLine("EndOfStreamException"); }
        }
        var m2 = new MemoryStream(16);
        m2.Write(new byte[] { 10, 20, 30, 40, 50 }, 0, 5);
        m2.Seek(1, SeekOrigin.Begin); Console.WriteLine(m2.ReadByte() + " " + m2.Position);
        m2.Seek(-1, SeekOrigin.End); Console.WriteLine(m2.ReadByte() + " " + m2.ReadByte());
        m2.Position = 10; m2.WriteByte(99); Console.WriteLine(m2.Length + " " + BitConverter.ToString(m2.ToArray()));
        m2.SetLength(3); Console.WriteLine(m2.Length + " " + m2.Position + " " + (m2.Capacity >= 3) + " " + m2.CanSeek + " " + m2.CanWrite);
        var buf = new byte[8]; m2.Position = 0; Console.WriteLine(m2.Read(buf, 2, 8 - 2) + " " + BitConverter.ToString(buf));
        var fixedMs = new MemoryStream(new byte[] { 1, 2, 3 }, false);
        try { fixedMs.WriteByte(1); } catch (NotSupportedException) { Console.WriteLine("read-only stream"); }
        var window = new MemoryStream(new byte[] { 0, 1, 2, 3, 4, 5 }, 2, 3);
        Console.WriteLine(window.Length + " " + window.ReadByte());
        var dst = new MemoryStream(); new MemoryStream(Encoding.ASCII.GetBytes("copy me")).CopyTo(dst);
        Console.WriteLine(Encoding.ASCII.GetString(dst.ToArray()) + " " + dst.GetBuffer().Length.Equals(dst.Capacity));
        var bs = new BufferedStream(new MemoryStream(), 4); bs.Write(new byte[10], 0, 10); bs.Flush(); Console.WriteLine(bs.Length);
        m2.Dispose();
        try { m2.ReadByte(); } catch (ObjectDisposedException) { Console.WriteLine("ObjectDisposedException"); }
        var w7 = new MemoryStream(); var bw = new BinaryWriter(w7);
        bw.Write(new string('y', 130)); bw.Flush(); Console.WriteLine(w7.Length + " " + BitConverter.ToString(w7.ToArray(), 0, 2));
    }
}
