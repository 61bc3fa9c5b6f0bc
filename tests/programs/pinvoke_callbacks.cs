// Delegates passed to C as function pointers: qsort with a managed
// comparison, callbacks with strings, doubles, structs and bools, a stored
// callback called later, closures over state, nested native calls from a
// callback, and an exception thrown by a callback.
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Sequential)] struct Point { public int X, Y; }

unsafe delegate int Comparison(int* a, int* b);
delegate int Compare(IntPtr a, IntPtr b);
delegate int Unary(int x);
delegate int Binary(int a, int b);
delegate void WordVisitor(string word, int index);
delegate double RealFunction(double x);
delegate bool Predicate(int x);
delegate Point PointMap(Point p);
delegate float FloatFunction(float x, double y);

static class Native {
    const string Lib = "pinvoketest";
    [DllImport("libc")] public static extern unsafe void qsort(int* data, UIntPtr count, UIntPtr size, Comparison compare);
    [DllImport("libc", EntryPoint = "qsort")] public static extern void qsort_array(long[] data, UIntPtr count, UIntPtr size, Compare compare);
    [DllImport(Lib)] public static extern int pt_apply(Unary f, int x);
    [DllImport(Lib)] public static extern int pt_fold(int[] a, int n, Binary f, int seed);
    [DllImport(Lib)] public static extern void pt_each_word(WordVisitor f);
    [DllImport(Lib)] public static extern double pt_integrate(RealFunction f, double from, double to, int steps);
    [DllImport(Lib)] public static extern int pt_count_true(Predicate p, int n);
    [DllImport(Lib)] public static extern Point pt_map_point(PointMap f, Point p);
    [DllImport(Lib)] public static extern int pt_nested(Unary f, int x);
    [DllImport(Lib)] public static extern void pt_store_callback(Binary f);
    [DllImport(Lib)] public static extern int pt_call_stored(int a, int b);
    [DllImport(Lib)] public static extern int pt_add(int a, int b);
    [DllImport(Lib)] public static extern float pt_apply_float(FloatFunction f, float x);
}

class Counter {
    public int Calls;
    public int Twice(int x) { Calls++; return 2 * x; }
}

class Program {
    static int calls;

    static unsafe int CompareInts(int* a, int* b) { calls++; return *a < *b ? -1 : *a > *b ? 1 : 0; }

    static int Descending(IntPtr a, IntPtr b) { return Marshal.ReadInt64(b).CompareTo(Marshal.ReadInt64(a)); }

    static unsafe void Main() {
        var data = new int[] { 5, -3, 99, 0, 42, 7, 7, -100, 13 };
        fixed (int* p = data)
            Native.qsort(p, new UIntPtr((uint)data.Length), new UIntPtr(4u), CompareInts);
        Console.WriteLine(string.Join(" ", data) + " (" + (calls > 0) + ")");
        var longs = new long[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5 };
        Native.qsort_array(longs, new UIntPtr((uint)longs.Length), new UIntPtr(8u), Descending);
        Console.WriteLine(string.Join(" ", longs));

        Console.WriteLine(Native.pt_apply(x => x * x + 1, 7));
        int captured = 100;
        Console.WriteLine(Native.pt_apply(x => x + captured, 5));
        var counter = new Counter();
        Console.WriteLine(Native.pt_apply(counter.Twice, 21) + " " + counter.Calls);
        Console.WriteLine(Native.pt_fold(new[] { 1, 2, 3, 4, 5 }, 5, (acc, x) => acc * 10 + x, 0));
        Native.pt_each_word((word, index) => Console.WriteLine(index + ": " + word + " (" + word.Length + ")"));
        Console.WriteLine(Native.pt_integrate(x => x * x, 0, 3, 300).ToString("F6"));
        Console.WriteLine(Native.pt_count_true(x => x % 3 == 0, 10));
        Console.WriteLine((double)Native.pt_apply_float((x, y) => x / 3 + (float)y, 1.5f));
        var mapped = Native.pt_map_point(p => new Point { X = p.Y, Y = -p.X }, new Point { X = 3, Y = 8 });
        Console.WriteLine(mapped.X + " " + mapped.Y);
        // A callback that calls native code again.
        Console.WriteLine(Native.pt_nested(x => Native.pt_add(x, Native.pt_apply(y => y * 3, x)), 10));

        Binary keep = (a, b) => a * b - 1;
        Native.pt_store_callback(keep);
        GC.Collect();
        Console.WriteLine(Native.pt_call_stored(6, 7));
        // One thunk per delegate: passing it again changes nothing.
        Native.pt_store_callback(keep);
        Console.WriteLine(Native.pt_call_stored(3, 3));
        IntPtr fp = Marshal.GetFunctionPointerForDelegate(keep);
        Console.WriteLine(fp != IntPtr.Zero);
        var back = (Binary)Marshal.GetDelegateForFunctionPointer(fp, typeof(Binary));
        Console.WriteLine(back(2, 5));

        try {
            Native.pt_apply(x => { throw new InvalidOperationException("thrown in a callback: " + x); }, 3);
            Console.WriteLine("not reached");
        } catch (InvalidOperationException e) {
            Console.WriteLine("caught: " + e.Message);
        }
        Console.WriteLine(Native.pt_apply(x => x - 1, 1));
    }
}
