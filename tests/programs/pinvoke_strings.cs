// Strings, arrays, ref and out across P/Invoke: UTF-8 for CharSet.Ansi (as
// mono does on Linux), UTF-16 for Unicode, string results freed by the
// marshaller, arrays passed by their data, byrefs by address.
using System;
using System.Runtime.InteropServices;

static class Native {
    const string Lib = "pinvoketest";
    [DllImport(Lib)] public static extern int pt_strlen(string s);
    [DllImport(Lib, CharSet = CharSet.Ansi)] public static extern string pt_concat(string a, string b);
    [DllImport(Lib)] public static extern string pt_null_string();
    [DllImport(Lib, CharSet = CharSet.Unicode)] public static extern int pt_wcslen(string s);
    [DllImport(Lib, CharSet = CharSet.Unicode)] public static extern string pt_wide_reverse(string s);
    [DllImport(Lib, EntryPoint = "pt_wcslen")] public static extern int pt_wcslen_lpwstr([MarshalAs(UnmanagedType.LPWStr)] string s);
    [DllImport(Lib, EntryPoint = "pt_strlen", CharSet = CharSet.Unicode)] public static extern int pt_strlen_lpstr([MarshalAs(UnmanagedType.LPStr)] string s);
    [DllImport(Lib, EntryPoint = "pt_static_text")] public static extern IntPtr pt_static_text();
    [DllImport(Lib)] public static extern int pt_copy_into(byte[] buffer, int size, string text);
    [DllImport(Lib)] public static extern long pt_sum(int[] a, int n);
    [DllImport(Lib)] public static extern void pt_fill(double[] a, int n, double v);
    [DllImport(Lib)] public static extern int pt_is_null(int[] a);
    [DllImport(Lib, EntryPoint = "pt_is_null")] public static extern int pt_is_null_string(string s);
    [DllImport(Lib)] public static extern void pt_divmod(int a, int b, out int q, out int r);
    [DllImport(Lib)] public static extern void pt_swap64(ref long a, ref long b);
    [DllImport(Lib)] public static extern void pt_scale_double(ref double d, double k);
    [DllImport(Lib)] public static extern unsafe long pt_sum(int* a, int n);
    [DllImport(Lib)] public static extern IntPtr pt_ptrdiff(IntPtr a, IntPtr b);

    [DllImport("libc")] public static extern IntPtr strlen(string s);
    [DllImport("libc")] public static extern int strcmp(string a, string b);
    [DllImport("libc")] public static extern int atoi(string s);
    [DllImport("libc")] public static extern IntPtr memset(byte[] buffer, int c, IntPtr n);
    [DllImport("libc")] public static extern int memcmp(byte[] a, byte[] b, UIntPtr n);
    [DllImport("libc")] public static extern long strtol(string s, out IntPtr end, int radix);
}

class Program {
    static unsafe void Main() {
        Console.WriteLine(Native.pt_strlen("hello"));
        Console.WriteLine(Native.pt_strlen("h\u00e9llo \u4e16\u754c"));
        Console.WriteLine(Native.pt_strlen(null));
        Console.WriteLine(Native.pt_strlen(""));
        Console.WriteLine(Native.pt_concat("foo", "bar"));
        Console.WriteLine(Native.pt_concat("\u00e9t\u00e9 ", "\u4e16\u754c"));
        Console.WriteLine(Native.pt_null_string() == null);
        Console.WriteLine(Native.pt_wcslen("h\u00e9llo \u4e16\u754c"));
        Console.WriteLine(Native.pt_wide_reverse("stressed \u00e9"));
        Console.WriteLine(Native.pt_wcslen_lpwstr("abc\u00e9"));
        Console.WriteLine(Native.pt_strlen_lpstr("abc\u00e9"));
        Console.WriteLine(Marshal.PtrToStringAnsi(Native.pt_static_text()));
        var buffer = new byte[32];
        int n = Native.pt_copy_into(buffer, buffer.Length, "copied text");
        Console.WriteLine(n + " " + System.Text.Encoding.UTF8.GetString(buffer, 0, n));
        Console.WriteLine(Native.pt_copy_into(new byte[4], 4, "too long"));
        var ints = new int[1000];
        for (int i = 0; i < ints.Length; i++)
            ints[i] = i * i;
        Console.WriteLine(Native.pt_sum(ints, ints.Length));
        Console.WriteLine(Native.pt_sum(new int[0], 0));
        fixed (int* p = ints)
            Console.WriteLine(Native.pt_sum(p + 10, 5));
        var doubles = new double[5];
        Native.pt_fill(doubles, doubles.Length, 0.5);
        Console.WriteLine(string.Join(" ", doubles));
        Console.WriteLine(Native.pt_is_null(null) + " " + Native.pt_is_null(ints) + " " + Native.pt_is_null_string(null));
        int q, r;
        Native.pt_divmod(47, 5, out q, out r);
        Console.WriteLine(q + " " + r);
        long a = 1, b = long.MaxValue;
        Native.pt_swap64(ref a, ref b);
        Console.WriteLine(a + " " + b);
        var holder = new double[] { 1.5 };
        Native.pt_scale_double(ref holder[0], 4);
        Console.WriteLine(holder[0]);
        Console.WriteLine(Native.pt_ptrdiff(new IntPtr(1000), new IntPtr(1234)));

        Console.WriteLine(Native.strlen("libc strlen").ToInt64());
        Console.WriteLine(Math.Sign(Native.strcmp("apple", "banana")) + " " + Native.strcmp("same", "same"));
        Console.WriteLine(Native.atoi("  -4096xyz"));
        var block = new byte[6];
        Native.memset(block, 0x41, new IntPtr(4));
        Console.WriteLine(string.Join(",", block));
        Console.WriteLine(Native.memcmp(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }, new UIntPtr(3u)));
        IntPtr end;
        Console.WriteLine(Native.strtol("ff rest", out end, 16));
    }
}
