// Array casts between element types with the same reduced type (I.8.7.1):
// int[]/uint[]/int-based enum[] are mutually castable, as are byte[]/sbyte[]
// and long[]/ulong[]; bool[], char[], float[] and differently sized enums are
// not. A cast array shares storage with the original.
enum E32 { A, B }
enum EU32 : uint { A }
enum E8 : byte { A }
enum E64 : long { A }
class P {
    static int Main() {
        object ints = new int[] { -1, 2 };
        if (!(ints is uint[])) return 1;
        if (!(ints is E32[])) return 2;
        if (!(ints is EU32[])) return 3;
        if (ints is long[]) return 4;
        if (ints is E8[]) return 5;
        if (ints is float[]) return 6;
        uint[] u = (uint[])ints;
        if (u[0] != 4294967295u) return 7;
        E32[] es = (E32[])ints;
        if (es[1] != (E32)2) return 8;
        es[1] = E32.B;
        if (((int[])ints)[1] != 1) return 9;
        object bytes = new byte[] { 200 };
        if (!(bytes is sbyte[])) return 10;
        if (((sbyte[])bytes)[0] != -56) return 11;
        if (!(bytes is E8[])) return 12;
        if (bytes is bool[]) return 13;
        object bools = new bool[1];
        if (bools is byte[]) return 14;
        object chars = new char[1];
        if (chars is ushort[]) return 15;
        if (chars is short[]) return 16;
        object longs = new E64[1];
        if (!(longs is ulong[])) return 17;
        if (!(longs is long[])) return 18;
        if (longs is double[]) return 19;
        try { object f = (float[])ints; return 20; } catch (System.InvalidCastException) { }
        return 0;
    }
}
