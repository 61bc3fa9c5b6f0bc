// Field layout seen by running code: explicit layout (overlapping fields
// as a union of int, float and bytes; a long overlapping two ints; a
// class with explicit offsets), Pack = 1 (a long right after a byte),
// .size via StructLayout Size (a struct bigger than its fields, copied
// whole), a fixed buffer, and LayoutKind.Auto classes. Offsets are read
// through pointers, so a field at the wrong offset changes the answers.
// Each check returns its own number when it fails.
// mcs-options: -unsafe
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct Union {
    [FieldOffset(0)] public int I;
    [FieldOffset(0)] public float F;
    [FieldOffset(0)] public byte B0;
    [FieldOffset(3)] public byte B3;
}

[StructLayout(LayoutKind.Explicit)]
struct Halves {
    [FieldOffset(0)] public long Whole;
    [FieldOffset(0)] public uint Low;
    [FieldOffset(4)] public int High;
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed {
    public byte Tag;
    public long Value;
    public short Tail;
}

[StructLayout(LayoutKind.Sequential, Size = 32)]
struct Padded {
    public int First;
}

unsafe struct Buffer {
    public int Count;
    public fixed short Items[6];
}

[StructLayout(LayoutKind.Explicit)]
class Overlay {
    [FieldOffset(0)] public long Bits;
    [FieldOffset(0)] public double Value;
}

class P {
    static unsafe int Main() {
        Union u = new Union();
        u.F = 1f;
        if (u.I != 0x3F800000) return 1;
        if (u.B3 != 0x3F || u.B0 != 0) return 2;
        u.B0 = 1;
        if (u.I != 0x3F800001) return 3;
        if (sizeof(Union) != 4) return 4;

        Halves h = new Halves();
        h.Whole = 0x1234567890ABCDEFL;
        if (h.Low != 0x90ABCDEFu || h.High != 0x12345678) return 5;
        h.High = -1;
        if (h.Whole != unchecked((long)0xFFFFFFFF90ABCDEFUL)) return 6;

        Packed p = new Packed { Tag = 7, Value = 0x0102030405060708L, Tail = -2 };
        byte* bytes = (byte*)&p;
        if (sizeof(Packed) != 11) return 7;
        if (bytes[0] != 7 || bytes[1] != 8 || bytes[8] != 1) return 8;
        if (*(short*)(bytes + 9) != -2) return 9;

        if (sizeof(Padded) != 32) return 10;
        Padded[] pads = new Padded[2];
        pads[1].First = 5;
        fixed (Padded* first = &pads[0]) *(int*)((byte*)first + 28) = 9; // inside the padding
        Padded copy = pads[0];
        if (*(int*)((byte*)&copy + 28) != 9 || pads[1].First != 5) return 11;

        Buffer b = new Buffer();
        b.Count = 3;
        for (int i = 0; i < 6; i++) b.Items[i] = (short)(i * 100);
        if (sizeof(Buffer) != 16) return 12;
        short* items = (short*)((byte*)&b + 4);
        if (items[5] != 500 || b.Items[2] != 200) return 13;

        Overlay o = new Overlay();
        o.Value = -0.0;
        if (o.Bits != long.MinValue) return 14;
        o.Bits = 0x3FF0000000000000L;
        if (o.Value != 1.0) return 15;
        return 0;
    }
}
