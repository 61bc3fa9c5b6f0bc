// StringBuilder as a C buffer: its capacity (and a NUL) is what C may
// write, its text what C finds there, and what C leaves becomes its text.
using System;
using System.Runtime.InteropServices;
using System.Text;

static class Native {
    [DllImport("pinvoketest")] public static extern int pt_copy_into(StringBuilder buffer, int size, string text);
    [DllImport("pinvoketest")] public static extern int pt_append_text(StringBuilder buffer, int size, string text);
    [DllImport("pinvoketest", CharSet = CharSet.Unicode)] public static extern void pt_wide_fill(StringBuilder buffer, int count, char c);
    [DllImport("libc")] public static extern IntPtr strcpy(StringBuilder destination, string source);
    [DllImport("libc")] public static extern int gethostname(StringBuilder name, IntPtr length);
}

class Program {
    static void Main() {
        var sb = new StringBuilder(64);
        Console.WriteLine(Native.pt_copy_into(sb, sb.Capacity, "written by C") + " [" + sb + "]");
        var more = new StringBuilder("start", 40);
        Console.WriteLine(Native.pt_append_text(more, more.Capacity, ", then C \u00e9") + " [" + more + "]");
        Console.WriteLine(Native.pt_append_text(more, more.Capacity, " and more") + " [" + more + "] " + more.Length);
        var wide = new StringBuilder(10);
        Native.pt_wide_fill(wide, 5, 'a');
        Console.WriteLine("[" + wide + "] " + wide.Length);
        var copy = new StringBuilder(32);
        Native.strcpy(copy, "libc's strcpy");
        Console.WriteLine(copy);
        var host = new StringBuilder(256);
        Console.WriteLine(Native.gethostname(host, new IntPtr(host.Capacity)) + " " + (host.Length > 0));
        Console.WriteLine(Native.pt_copy_into(null, 0, "x") == -1 ? "null builder reached C" : "?");
    }
}
