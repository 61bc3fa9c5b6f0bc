// Checked and unchecked arithmetic inside objects: an accumulator class
// with checked add/multiply throwing OverflowException (state unchanged on
// failure), unchecked wrapping hash, checked conversions between sizes and
// signedness, checked increments of fields and array elements.
using System;
class Acc {
    public int I; public long L; public uint U; public byte B;
    public void AddI(int x) { I = checked(I + x); }
    public void MulL(long x) { L = checked(L * x); }
    public void SubU(uint x) { U = checked(U - x); }
    public void IncB() { checked { B++; } }
    public int Hash(int[] xs) { int h = 17; unchecked { foreach (int x in xs) h = h * 31 + x; } return h; }
}
class P {
    static int Fails(Action a) { try { a(); return 0; } catch (OverflowException) { return 1; } }
    static double Half(double d) { return d / 2; }
    static int Main() {
        Acc a = new Acc();
        a.AddI(int.MaxValue - 1);
        if (Fails(() => a.AddI(1)) != 0 || a.I != int.MaxValue) return 1;
        if (Fails(() => a.AddI(1)) != 1 || a.I != int.MaxValue) return 2;
        a.L = 1;
        for (int i = 0; i < 62; i++) a.MulL(2);
        if (Fails(() => a.MulL(2)) != 1 || a.L != 1L << 62) return 3;
        if (Fails(() => a.MulL(-2)) != 0 || a.L != long.MinValue) return 4;
        if (Fails(() => a.MulL(-1)) != 1) return 5;
        a.U = 3;
        if (Fails(() => a.SubU(3)) != 0 || Fails(() => a.SubU(1)) != 1 || a.U != 0) return 6;
        a.B = 254;
        if (Fails(a.IncB) != 0 || Fails(a.IncB) != 1 || a.B != 255) return 7;
        int[] xs = new int[100]; for (int i = 0; i < 100; i++) xs[i] = i * 1000003;
        int h = a.Hash(xs);
        long big = 3000000000L, minus1 = -1; int n40k = 40000, n200 = 200;
        if (Fails(() => { int x = checked((int)big); }) != 1) return 8;
        if (Fails(() => { uint x = checked((uint)big); }) != 0) return 9;
        if (Fails(() => { uint x = checked((uint)(-big)); }) != 1) return 10;
        if (Fails(() => { ulong x = checked((ulong)minus1); }) != 1) return 11;
        if (Fails(() => { short s = checked((short)n40k); }) != 1) return 12;
        if (Fails(() => { sbyte s = checked((sbyte)(byte)n200); }) != 1) return 13;
        if (Fails(() => { int x = checked((int)Half(4294967295.0)); }) != 0) return 14;
        if (Fails(() => { int x = checked((int)Half(4294967296.0)); }) != 1) return 15;
        if (Fails(() => { long x = checked((long)Half(double.NaN)); }) != 1) return 16;
        long[] arr = new long[1]; arr[0] = long.MaxValue;
        if (Fails(() => { checked { arr[0]++; } }) != 1 || arr[0] != long.MaxValue) return 17;
        int wrapped = unchecked(int.MaxValue + (int)big);
        return (h ^ wrapped) & 0xff;
    }
}
