// Conversions between floating point and integers with in-range values:
// double/float to int, long, uint, ulong, short, byte truncate toward
// zero; int and long to double (conv.r8) and float (conv.r4); uint and
// ulong to double go through conv.r.un (so values with the top bit set
// stay positive). Out-of-range unchecked conversions are unspecified and
// are not tested.
class P {
    static int D2I(double d) { return (int)d; }
    static long D2L(double d) { return (long)d; }
    static uint D2U(double d) { return (uint)d; }
    static ulong D2UL(double d) { return (ulong)d; }
    static double U2D(uint u) { return u; }
    static double UL2D(ulong u) { return u; }
    static float UL2F(ulong u) { return u; }

    static int Main() {
        if (D2I(3.99) != 3) return 1;
        if (D2I(-3.99) != -3) return 2;
        if (D2I(-0.5) != 0) return 3;
        if (D2I(2147483647.9) != int.MaxValue) return 4;
        if (D2I(-2147483648.9) != int.MinValue) return 5;
        if (D2L(1e18 + 0.5) != 1000000000000000000L) return 6;
        if (D2L(-9.2e18) != -9200000000000000000L) return 7;
        if (D2U(4294967295.0) != uint.MaxValue) return 8;
        if (D2U(3e9) != 3000000000u) return 9;
        if (D2UL(1.8446744073709550e19) != 18446744073709549568UL) return 10;
        if (D2UL(9.5e18) != 9500000000000000000UL) return 11;
        double d = 300.7;
        if ((short)d != 300) return 12;
        if ((byte)(d - 100) != 200) return 13;
        if ((sbyte)(-d / 3) != -100) return 14;
        if ((char)(d - 235.5) != 'A') return 15;
        double dmax16 = 65535.9;
        if ((ushort)dmax16 != 65535) return 16;
        // Integer to floating point.
        int i = -123456789;
        double di = i;
        if (di != -123456789.0) return 20;
        long l = -9007199254740993L; // not representable: rounds to even
        if ((double)l != -9007199254740992.0) return 21;
        float fi = i;
        if (fi != -123456792f) return 22;
        long l2 = 1L << 40;
        float fl = l2;
        if (fl != 1099511627776f) return 23;
        // Unsigned sources.
        if (U2D(uint.MaxValue) != 4294967295.0) return 24;
        if (U2D(0x80000000u) != 2147483648.0) return 25;
        if (UL2D(ulong.MaxValue) != 18446744073709551616.0) return 26;
        if (UL2D(0x8000000000000000UL) != 9223372036854775808.0) return 27;
        if (UL2D(12345) != 12345.0) return 28;
        if (UL2F(ulong.MaxValue) != 18446744073709551616f) return 29;
        uint u = 3000000000u;
        float fu = u;
        if (fu != 3e9f) return 30;
        double sum = 0;
        for (uint k = 0xFFFFFFF0u; k != 0; k++) sum += k;
        if (sum != 68719476600.0) return 31;
        // Round trips of integers that fit a double exactly.
        long exact = 4503599627370497L;
        if ((long)(double)exact != exact) return 32;
        int ri = 16777215;
        if ((int)(float)ri != ri) return 33;
        return 0;
    }
}
