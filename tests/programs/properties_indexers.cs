// Properties and indexers: auto-properties, computed properties, virtual
// and abstract properties overridden, static properties, indexers on a
// class and on a struct, an indexer with two parameters, and compound
// assignment through properties and indexers (get then set).
abstract class Sized { public abstract int Size { get; } public virtual int Double { get { return Size * 2; } } }
class Buf : Sized {
    int[] data = new int[8];
    public int Gets, Sets;
    public int this[int i] { get { Gets++; return data[i]; } set { Sets++; data[i] = value; } }
    public int this[int i, int j] { get { return data[i * 2 + j]; } set { data[i * 2 + j] = value; } }
    public override int Size { get { return data.Length; } }
    public int Auto { get; set; }
    public int ReadOnly { get; private set; }
    public void Touch() { ReadOnly++; }
    public static int Made { get; private set; }
    public Buf() { Made++; }
}
class Big : Buf { public override int Double { get { return base.Double + 1; } } }
struct Bits {
    uint v;
    public bool this[int i] { get { return (v >> i & 1) != 0; } set { if (value) v |= 1u << i; else v &= ~(1u << i); } }
    public uint Raw { get { return v; } }
}
class P {
    static int Main() {
        Buf b = new Buf();
        b[3] = 10;
        b[3] += 5;
        if (b[3] != 15) return 1;
        if (b.Gets != 2 || b.Sets != 2) return 2;
        b[1, 1] = 7;
        if (b[3] != 7 || b[1, 1] != 7) return 3;
        if (b.Size != 8 || b.Double != 16) return 4;
        Sized s = new Big();
        if (s.Double != 17) return 5;
        b.Auto = 4; b.Auto *= 3;
        if (b.Auto != 12) return 6;
        b.Touch(); b.Touch();
        if (b.ReadOnly != 2) return 7;
        if (Buf.Made != 2) return 8;
        Bits bits = new Bits();
        bits[0] = true; bits[31] = true; bits[5] = true; bits[5] = false;
        if (bits.Raw != 0x80000001u) return 9;
        if (!bits[31] || bits[5]) return 10;
        Bits[] many = new Bits[2];
        many[1][4] = true;
        if (many[1].Raw != 16 || many[0].Raw != 0) return 11;
        return 0;
    }
}
