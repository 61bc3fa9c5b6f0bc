// What goes wrong across P/Invoke: a missing library or entry point
// (mono's messages, raised at each call, and the library found again
// later), errno kept by SetLastError, and libraries named as mono's
// config maps them.
using System;
using System.Runtime.InteropServices;

static class Native {
    [DllImport("no_such_library_anywhere")] public static extern int missing(int x);
    [DllImport("no_such_library_anywhere.dll", EntryPoint = "other")] public static extern void missing_dll();
    [DllImport("pinvoketest")] public static extern int pt_not_exported(int x);
    [DllImport("libc", EntryPoint = "no_such_symbol_in_libc")] public static extern void no_symbol();
    [DllImport("pinvoketest", SetLastError = true)] public static extern int pt_fail_with(int code);
    [DllImport("pinvoketest", SetLastError = true)] public static extern int pt_succeed();
    [DllImport("pinvoketest")] public static extern int pt_add(int a, int b);
    [DllImport("pinvoketest.dll", EntryPoint = "pt_add")] public static extern int add_dll(int a, int b);
    [DllImport("libpinvoketest.so", EntryPoint = "pt_add")] public static extern int add_so(int a, int b);
    [DllImport("libc", SetLastError = true)] public static extern int chdir(string path);
    [DllImport("libc", SetLastError = true)] public static extern int close(int fd);
}

class Program {
    static void Report(Action action) {
        try {
            action();
            Console.WriteLine("no exception");
        } catch (DllNotFoundException e) {
            Console.WriteLine("DllNotFoundException: " + e.Message);
        } catch (EntryPointNotFoundException e) {
            Console.WriteLine("EntryPointNotFoundException: " + e.Message);
        }
    }

    static int Main() {
        Report(() => Native.missing(1));
        Report(() => Native.missing(2));
        Report(() => Native.missing_dll());
        Report(() => Native.pt_not_exported(3));
        Report(() => Native.no_symbol());
        Console.WriteLine(Native.pt_fail_with(34) + " " + Marshal.GetLastWin32Error());
        Console.WriteLine(Native.pt_add(1, 1) + " " + Marshal.GetLastWin32Error());
        Console.WriteLine(Native.pt_fail_with(7) + " " + Marshal.GetLastWin32Error());
        Console.WriteLine(Native.pt_succeed());
        Console.WriteLine(Native.add_dll(20, 3) + " " + Native.add_so(30, 4));
        Console.WriteLine(Native.chdir("/no/such/directory/here") + " " + Marshal.GetLastWin32Error());
        Console.WriteLine(Native.close(-5) + " " + Marshal.GetLastWin32Error());
        try {
            Native.missing(4);
        } catch (TypeLoadException e) {
            Console.WriteLine("a TypeLoadException: " + (e is DllNotFoundException));
        }
        Native.no_symbol();
        return 0;
    }
}
