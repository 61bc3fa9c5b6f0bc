// Bitwise and/or/xor/not and the shifts shl, shr (arithmetic) and shr.un
// (logical) on int, uint, long and ulong. C# masks shift counts (& 31 for
// 32-bit, & 63 for 64-bit) before the IL shift, so counts >= the width
// are well defined here; the variable counts exercise the masking code.
class P {
    static int Shl(int x, int n) { return x << n; }
    static int Shr(int x, int n) { return x >> n; }
    static uint ShrU(uint x, int n) { return x >> n; }
    static long ShlL(long x, int n) { return x << n; }
    static long ShrL(long x, int n) { return x >> n; }
    static ulong ShrUL(ulong x, int n) { return x >> n; }

    static int Main() {
        int a = 0x0F0F, b = 0x00FF;
        if ((a & b) != 0x000F) return 1;
        if ((a | b) != 0x0FFF) return 2;
        if ((a ^ b) != 0x0FF0) return 3;
        if (~a != -3856) return 4;
        if (~0 != -1) return 5;
        int neg = -16;
        if (Shr(neg, 2) != -4) return 10;
        if ((int)ShrU((uint)neg, 28) != 15) return 11;
        if (Shl(1, 31) != int.MinValue) return 12;
        if (Shl(1, 32) != 1) return 13;      // count masked to 0
        if (Shl(1, 33) != 2) return 14;      // masked to 1
        if (Shr(neg, 35) != -2) return 15;   // masked to 3
        if (Shr(-1, 31) != -1) return 16;
        if (ShrU(0x80000000u, 31) != 1) return 17;
        if (ShrU(0x80000000u, 63) != 1) return 18; // masked to 31
        if (Shl(3, -1) != int.MinValue) return 19; // -1 & 31 == 31
        uint ux = 0xDEADBEEF;
        if ((ux & 0xFFFF) != 0xBEEF) return 20;
        if ((ux >> 16) != 0xDEAD) return 21;
        if ((ux ^ ux) != 0) return 22;
        if (~ux != 0x21524110u) return 23;
        long lx = -0x100000000L;
        if (ShrL(lx, 32) != -1) return 30;
        if (ShlL(1, 63) != long.MinValue) return 31;
        if (ShlL(1, 64) != 1) return 32;     // masked to 0
        if (ShlL(1, 65) != 2) return 33;     // masked to 1
        if (ShrL(long.MinValue, 63) != -1) return 34;
        if (ShrUL(0x8000000000000000UL, 63) != 1) return 35;
        if (ShrUL(ulong.MaxValue, 32) != 0xFFFFFFFFUL) return 36;
        if (ShrUL(ulong.MaxValue, 96) != 0xFFFFFFFFUL) return 37; // masked to 32
        long m1 = 0x123456789ABCDEF0L, m2 = 0x0FF00FF00FF00FF0L;
        if ((m1 & m2) != 0x023006700AB00EF0L) return 38;
        if ((m1 | m2) != 0x1FF45FF89FFCDFF0L) return 39;
        if ((m1 ^ m2) != 0x1DC45988954CD100L) return 40;
        if (~m1 != -0x123456789ABCDEF1L) return 41;
        // Population count by shifting, over a few values.
        int total = 0;
        ulong v = 0xF0F0F0F0F0F0F0F1UL;
        while (v != 0) { total += (int)(v & 1); v >>= 1; }
        if (total != 33) return 42;
        // Rotate left of a uint built from shifts.
        uint r = 0x80000001u;
        r = (r << 4) | (r >> 28);
        if (r != 0x18u) return 43;
        // Compound shift assignments.
        int c = 1;
        c <<= 10; c >>= 3; c |= 1; c &= 0x7F; c ^= 0x40;
        if (c != 0x41) return 44;
        return 0;
    }
}
