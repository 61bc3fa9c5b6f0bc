using System;
using System.Runtime.InteropServices;
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Packed { public byte A; public int B; public short C; }
[StructLayout(LayoutKind.Explicit)] struct Union { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; [FieldOffset(0)] public byte B0; [FieldOffset(3)] public byte B3; }
struct Point { public int X, Y; }
unsafe struct FixedBuf { public fixed byte Data[8]; public int Len; }
class Unsafe {
    static unsafe int Sum(int* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }
    static unsafe void Main() {
        int[] arr = { 1, 2, 3, 4, 5 };
        fixed (int* p = arr) { Console.WriteLine(Sum(p, arr.Length) + " " + *(p + 2) + " " + p[4]); p[0] = 100; }
        Console.WriteLine(arr[0]);
        int* stack = stackalloc int[10];
        for (int i = 0; i < 10; i++) stack[i] = i * i;
        Console.WriteLine(Sum(stack, 10));
        Point pt = new Point { X = 3, Y = 4 }; Point* pp = &pt; pp->X = 30; (*pp).Y += 1;
        Console.WriteLine(pt.X + " " + pt.Y + " " + sizeof(Point) + " " + sizeof(Packed) + " " + Marshal.SizeOf(typeof(Packed)) + " " + sizeof(Union));
        var u = new Union { F = 1.0f };
        Console.WriteLine(u.I.ToString("X8") + " " + u.B0 + " " + u.B3);
        u.I = 0x11223344; Console.WriteLine(u.B0.ToString("X") + " " + u.B3.ToString("X"));
        string s = "hello";
        fixed (char* c = s) { Console.WriteLine(c[1] + " " + (int)c[5]); }
        var fb = new FixedBuf(); for (int i = 0; i < 8; i++) fb.Data[i] = (byte)(i * 3); fb.Len = 8;
        Console.WriteLine(fb.Data[7] + " " + sizeof(FixedBuf));
        byte* bp = (byte*)&u; Console.WriteLine(bp[0].ToString("X") + " " + ((long)(bp + 4) - (long)bp));
        long l = 0x0102030405060708; byte* lb = (byte*)&l; Console.WriteLine(lb[0] + " " + lb[7]);
        IntPtr mem = Marshal.AllocHGlobal(16);
        Marshal.WriteInt32(mem, 4, 77); Console.WriteLine(Marshal.ReadInt32(mem, 4) + " " + *((int*)mem + 1));
        Marshal.FreeHGlobal(mem);
        void* vp = &l; Console.WriteLine(*(long*)vp == l);
        int[,] grid = new int[2, 2] { { 1, 2 }, { 3, 4 } };
        fixed (int* g = grid) Console.WriteLine(g[3]);
        Console.WriteLine(Marshal.OffsetOf(typeof(Packed), "C") + " " + Marshal.SizeOf(typeof(Point)) + " " + Buffer.ByteLength(arr));
        var bytes = new byte[8]; Buffer.BlockCopy(new int[] { 0x01020304, 0x05060708 }, 0, bytes, 0, 8); Console.WriteLine(BitConverter.ToString(bytes));
    }
}
