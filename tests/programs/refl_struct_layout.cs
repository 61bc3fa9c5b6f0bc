// mcs-options: -unsafe
// Type.StructLayoutAttribute: the layout kind, CharSet, and the ClassLayout
// row's packing and size (packing 0 reads as 8), as mono reports them.
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Sequential, Pack = 2, Size = 24)]
struct Packed { public byte a; public int b; }

[StructLayout(LayoutKind.Explicit, Size = 16, CharSet = CharSet.Unicode)]
struct Overlaid { [FieldOffset(0)] public int a; [FieldOffset(0)] public float b; }

struct Plain { public int a; }

class AutoClass { public int a; }

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Generic<T> { public T value; public byte tag; }

unsafe struct WithFixed { public fixed int items[4]; }

static class Program {
    static void Show(Type t) {
        StructLayoutAttribute a = t.StructLayoutAttribute;
        Console.WriteLine(t.Name + ": " + a.Value + " pack=" + a.Pack + " size=" + a.Size + " charset=" + a.CharSet);
    }

    static void Main() {
        Show(typeof(Packed));
        Show(typeof(Overlaid));
        Show(typeof(Plain));
        Show(typeof(AutoClass));
        Show(typeof(Generic<long>));
        Show(typeof(WithFixed));
        Console.WriteLine(Marshal.SizeOf(typeof(Packed)));
    }
}
