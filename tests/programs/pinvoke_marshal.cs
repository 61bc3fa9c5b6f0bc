// The Marshal methods P/Invoke users reach: strings to and from C memory,
// Read/Write on native memory, SizeOf, the last error, and its failures.
using System;
using System.Runtime.InteropServices;

class C { public int x = 1; }
struct B { public bool b; public char c; public int i; }
struct Inner { public byte a; public long b; }
struct Outer { public bool flag; public Inner inner; public short s; }

class Program {
    [DllImport("libc", SetLastError = true)] static extern int close(int fd);
    [DllImport("libc", EntryPoint = "strerror")] static extern IntPtr strerror_ptr(int errnum);

    static void Try(Func<object> f) {
        try { Console.WriteLine(f() ?? "null"); } catch (Exception e) { Console.WriteLine(e.Message); }
    }

    static void Main() {
        Try(() => Marshal.SizeOf(typeof(string)));
        Try(() => Marshal.SizeOf(typeof(C)));
        Try(() => Marshal.SizeOf(null));
        Try(() => Marshal.SizeOf(typeof(B)));
        Try(() => Marshal.SizeOf(typeof(Outer)));
        Try(() => Marshal.SizeOf<Inner>());
        Try(() => Marshal.PtrToStringAnsi(IntPtr.Zero) == null);
        Try(() => Marshal.PtrToStringAnsi(IntPtr.Zero, 3));
        Try(() => Marshal.PtrToStringUni(IntPtr.Zero, 3));
        Try(() => Marshal.PtrToStringUni(IntPtr.Zero) == null);

        IntPtr h = Marshal.StringToHGlobalAnsi("h\u00e9llo, world");
        Console.WriteLine(Marshal.PtrToStringAnsi(h));
        Console.WriteLine(Marshal.PtrToStringAnsi(h, 6));
        Console.WriteLine(Marshal.ReadByte(h, 1) + " " + Marshal.ReadByte(h, 13));
        Marshal.WriteByte(h, 0, (byte)'H');
        Console.WriteLine(Marshal.PtrToStringAnsi(h));
        Marshal.FreeHGlobal(h);
        Console.WriteLine(Marshal.StringToHGlobalAnsi(null) == IntPtr.Zero);

        IntPtr u = Marshal.StringToHGlobalUni("\u03bb-calculus");
        Console.WriteLine(Marshal.PtrToStringUni(u));
        Console.WriteLine(Marshal.PtrToStringUni(u, 3));
        Console.WriteLine(Marshal.ReadInt16(u, 0));
        Marshal.FreeHGlobal(u);

        IntPtr block = Marshal.AllocHGlobal(32);
        Marshal.WriteInt32(block, 0, -123456);
        Marshal.WriteInt64(block, 8, long.MinValue + 1);
        Marshal.WriteInt16(block, 16, 4321);
        Marshal.WriteIntPtr(block, 24, new IntPtr(0xABCDEF));
        Console.WriteLine(Marshal.ReadInt32(block) + " " + Marshal.ReadInt64(block, 8) + " " + Marshal.ReadInt16(block, 16) +
                          " " + Marshal.ReadIntPtr(block, 24).ToInt64().ToString("x"));
        var bytes = new byte[8];
        Marshal.Copy(block, bytes, 0, 4);
        Console.WriteLine(BitConverter.ToInt32(bytes, 0));
        Marshal.FreeHGlobal(block);

        Console.WriteLine(close(-1) + " " + Marshal.GetLastWin32Error());
        Console.WriteLine(Marshal.PtrToStringAnsi(strerror_ptr(2)));
        var arr = new int[] { 10, 20, 30 };
        IntPtr second = Marshal.UnsafeAddrOfPinnedArrayElement(arr, 1);
        Console.WriteLine(Marshal.ReadInt32(second) + " " + Marshal.ReadInt32(second, 4));
    }
}
