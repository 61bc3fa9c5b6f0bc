// Integer conversions: conv.i1/u1/i2/u2 truncate and sign- or zero-extend
// back to int32; conv.i4/u4 truncate int64; conv.i8 sign-extends and
// conv.u8 zero-extends an int32 (uint -> long, uint -> ulong); casts
// between signed and unsigned of the same width keep the bits. Small
// integer locals narrow on every store.
class P {
    static sbyte I1(int x) { return (sbyte)x; }
    static byte U1(int x) { return (byte)x; }
    static short I2(int x) { return (short)x; }
    static ushort U2(int x) { return (ushort)x; }
    static int I4(long x) { return (int)x; }
    static uint U4(long x) { return (uint)x; }
    static long FromUInt(uint x) { return x; }
    static ulong FromUIntU(uint x) { return x; }
    static long FromInt(int x) { return x; }
    static ulong FromIntU(int x) { return (ulong)x; }

    static int Main() {
        if (I1(200) != -56) return 1;
        if (I1(0x17F) != 127) return 2;
        if (I1(-129) != 127) return 3;
        if (U1(-1) != 255) return 4;
        if (U1(0x1234) != 0x34) return 5;
        if (I2(40000) != -25536) return 6;
        if (I2(0x18000) != -32768) return 7;
        if (U2(-1) != 65535) return 8;
        if (U2(0x12345) != 0x2345) return 9;
        if (I4(0x1FFFFFFFFL) != -1) return 10;
        if (I4(0x100000005L) != 5) return 11;
        if (U4(-1L) != uint.MaxValue) return 12;
        if (U4(0x700000000L + 7) != 7u) return 13;
        // Zero- versus sign-extension of 32-bit values.
        uint umax = uint.MaxValue;
        if (FromUInt(umax) != 4294967295L) return 14;
        if ((FromUInt(umax) >> 32) != 0) return 15;
        if (FromUIntU(0x80000000u) != 2147483648UL) return 16;
        if (FromInt(-1) != -1L) return 17;
        if (FromIntU(-1) != ulong.MaxValue) return 18;
        long fromU = umax;
        if (fromU < 0) return 19;
        ulong ufromU = umax;
        if ((ufromU >> 31) != 1) return 20;
        // Same-width reinterpretation.
        int neg = -2;
        uint asU = (uint)neg;
        if (asU != 0xFFFFFFFEu) return 21;
        if ((int)asU != -2) return 22;
        long lneg = -3;
        ulong asUL = (ulong)lneg;
        if (asUL != 0xFFFFFFFFFFFFFFFDUL) return 23;
        if ((long)asUL != -3) return 24;
        // Small locals wrap on store.
        byte bb = 250;
        bb += 10;
        if (bb != 4) return 25;
        sbyte sb = 127;
        sb++;
        if (sb != -128) return 26;
        short sh = -32768;
        sh--;
        if (sh != 32767) return 27;
        ushort us = 0;
        us--;
        if (us != 65535) return 28;
        // Truncate then widen: (long)(int) of a long, (ulong)(byte) of an int.
        long wide = 0x123456789L;
        if ((long)(int)wide != 0x23456789L) return 29;
        int mix = 0x1FF;
        if ((ulong)(byte)mix != 255UL) return 30;
        if ((long)(sbyte)mix != -1L) return 31;
        if ((uint)(short)mix != 0x1FFu) return 32;
        uint u8000 = 0x8000u;
        if ((uint)(short)u8000 != 0xFFFF8000u) return 33;
        short s8 = (short)mix;
        s8 <<= 8;
        if (s8 != -256) return 34;
        return 0;
    }
}
