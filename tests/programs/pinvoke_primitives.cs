// P/Invoke of blittable primitives, bool and char to the test library
// (tests/native/libpinvoketest.c) and to libc.
using System;
using System.Runtime.InteropServices;
// (floats are printed as doubles: the point is the value that crossed)

static class Native {
    const string Lib = "pinvoketest";
    [DllImport(Lib)] public static extern int pt_add(int a, int b);
    [DllImport(Lib)] public static extern long pt_mul64(long a, long b);
    [DllImport(Lib)] public static extern double pt_mix(double a, float b, int c);
    [DllImport(Lib)] public static extern float pt_halve(float x);
    [DllImport(Lib)] public static extern sbyte pt_neg8(sbyte x);
    [DllImport(Lib)] public static extern byte pt_inc_u8(byte x);
    [DllImport(Lib)] public static extern short pt_neg16(short x);
    [DllImport(Lib)] public static extern ushort pt_inc_u16(ushort x);
    [DllImport(Lib)] public static extern uint pt_not32(uint x);
    [DllImport(Lib)] public static extern ulong pt_shift64(ulong x, int n);
    [DllImport(Lib)] public static extern int pt_many(int a, long b, double c, float d, sbyte e, short f, int g, long h,
                                                      double i, float j, int k, int l);
    [DllImport(Lib)] public static extern int pt_bool4(bool b);
    [DllImport(Lib)] public static extern bool pt_is_even4(int x);
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.I1)] public static extern bool pt_not1([MarshalAs(UnmanagedType.I1)] bool b);
    [DllImport(Lib, CharSet = CharSet.Ansi)] public static extern char pt_upper_ansi(char c);
    [DllImport(Lib, CharSet = CharSet.Unicode)] public static extern char pt_next_wide(char c);
    [DllImport(Lib, EntryPoint = "pt_add")] public static extern int Add(int a, int b);
    [DllImport(Lib)] public static extern IntPtr pt_identity(IntPtr p);
    [DllImport(Lib)] public static extern UIntPtr pt_identity(UIntPtr p);

    [DllImport("libc")] public static extern int abs(int x);
    [DllImport("libc")] public static extern long labs(long x);
    [DllImport("libm.so.6")] public static extern double fabs(double x);
    [DllImport("libc.so.6")] public static extern int toupper(int c);
    [DllImport("libm.so.6")] public static extern double pow(double x, double y);
    [DllImport("libm.so.6")] public static extern float sqrtf(float x);
}

enum Color { Red = 1, Green = 2, Blue = 3 }

static class EnumNative {
    [DllImport("pinvoketest", EntryPoint = "pt_add")] public static extern Color Next(Color c, int step);
}

class Program {
    static int Main() {
        Console.WriteLine(Native.pt_add(40, 2));
        Console.WriteLine(Native.pt_add(int.MaxValue, 1));
        Console.WriteLine(Native.pt_mul64(123456789L, 1000000007L));
        Console.WriteLine(Native.pt_mix(1.5, 2.25f, 3));
        Console.WriteLine((double)Native.pt_halve(3.0f));
        Console.WriteLine((double)Native.pt_halve(1e-40f));
        Console.WriteLine(Native.pt_neg8(-128));
        Console.WriteLine(Native.pt_neg8(5));
        Console.WriteLine(Native.pt_inc_u8(255));
        Console.WriteLine(Native.pt_neg16(1234));
        Console.WriteLine(Native.pt_inc_u16(65535));
        Console.WriteLine(Native.pt_not32(0));
        Console.WriteLine(Native.pt_shift64(1, 63));
        Console.WriteLine(Native.pt_many(1, 2, 3.5, 4.5f, -5, 6, 7, 8, 9.25, 10.75f, 11, 12));
        Console.WriteLine(Native.pt_bool4(true) + " " + Native.pt_bool4(false));
        Console.WriteLine(Native.pt_is_even4(10) + " " + Native.pt_is_even4(7));
        Console.WriteLine(Native.pt_not1(true) + " " + Native.pt_not1(false));
        Console.WriteLine(Native.pt_upper_ansi('q'));
        Console.WriteLine(Native.pt_next_wide('\u00e9'));
        Console.WriteLine(Native.Add(1, 2));
        Console.WriteLine(Native.pt_identity(new IntPtr(0x1234567890)).ToInt64());
        Console.WriteLine(Native.pt_identity(new UIntPtr(42u)).ToUInt32());
        Console.WriteLine((int)EnumNative.Next(Color.Red, 1) == (int)Color.Green);
        Console.WriteLine(Native.abs(-17) + " " + Native.labs(-1L << 40) + " " + Native.fabs(-2.5));
        Console.WriteLine((char)Native.toupper('x'));
        Console.WriteLine(Native.pow(2, 10) + " " + (double)Native.sqrtf(2f));
        // A delegate to a P/Invoke method runs it as code of its own.
        Func<int, int, int> add = Native.pt_add;
        Console.WriteLine(add(5, 6));
        return Native.pt_add(3, 4);
    }
}
