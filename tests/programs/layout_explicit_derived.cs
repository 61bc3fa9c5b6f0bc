// A class with explicit layout places its fields from the start of the
// instance data, as mono does: a derived class's [FieldOffset(0)] field
// overlays its parent's first field; one past the parent's fields extends
// the object. (Mono also lets one overlay a parent's reference with an
// integer; Lucid refuses that, as the collector must know its references.)
using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
class Base {
    [FieldOffset(0)] public int a;
    [FieldOffset(0)] public byte a1;
    [FieldOffset(1)] public byte a2;
}

[StructLayout(LayoutKind.Explicit)]
class Derived : Base {
    [FieldOffset(0)] public int b;
    [FieldOffset(8)] public long c;
}

class Plain {
    public int x;
    public int y;
}

[StructLayout(LayoutKind.Explicit)]
class OverPlain : Plain {
    [FieldOffset(4)] public int z;
}

static class Program {
    static void Main() {
        var d = new Derived();
        d.a = 0x0102;
        d.b = 3;
        d.c = 99;
        Console.WriteLine(d.a + " " + d.a1 + " " + d.a2 + " " + d.c);
        var p = new OverPlain();
        p.x = 1;
        p.y = 2;
        p.z = 7;
        Console.WriteLine(p.x + " " + p.y + " " + p.z);
    }
}
