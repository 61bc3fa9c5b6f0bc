// byte, sbyte, short, ushort as parameters, locals and return values:
// arithmetic promotes them to int, assignments back truncate, returning a
// narrowed value, comparisons after sign- or zero-extension, and loops
// with small-typed counters that would wrap.
class P {
    static byte AddB(byte a, byte b) { return (byte)(a + b); }
    static sbyte NegS(sbyte a) { return (sbyte)-a; }
    static short MulS(short a, short b) { return (short)(a * b); }
    static ushort Swap(ushort x) { return (ushort)((x << 8) | (x >> 8)); }
    static int Widen(sbyte a, byte b, short c, ushort d) { return a + b + c + d; }
    static bool IsNeg(sbyte s) { return s < 0; }

    static int Main() {
        if (AddB(200, 100) != 44) return 1;
        if (NegS(-128) != -128) return 2;
        if (NegS(5) != -5) return 3;
        if (MulS(300, 300) != 24464) return 4;
        if (MulS(-200, 200) != 25536) return 5;
        if (Swap(0x1234) != 0x3412) return 6;
        if (Swap(0xFF00) != 0x00FF) return 7;
        if (Widen(-1, 255, -1, 65535) != 65788) return 8;
        if (!IsNeg(-1) || IsNeg(127)) return 9;
        byte b = 255;
        int promoted = b + 1;        // int arithmetic, no wrap
        if (promoted != 256) return 10;
        b++;                         // wraps on store
        if (b != 0) return 11;
        sbyte s = -1;
        byte reinterpret = (byte)s;
        if (reinterpret != 255) return 12;
        ushort u = (ushort)s;
        if (u != 65535) return 13;
        short sh = (short)u;
        if (sh != -1) return 14;
        // A byte counter that would wrap forever if compared after wrapping.
        int iterations = 0;
        for (byte k = 250; k != 4; k++) iterations++;
        if (iterations != 10) return 15;
        sbyte down = -126;
        int steps = 0;
        while (down != 126) { down--; steps++; }
        if (steps != 4) return 16;
        // Mixed small-type arithmetic.
        byte x = 100; sbyte y = -100; short z = 1000; ushort w = 60000;
        int r = x * y + z * 2 - w / 3;
        if (r != -10000 + 2000 - 20000) return 17;
        short acc = 0;
        for (int i = 0; i < 1000; i++) acc += 100;   // wraps in 16 bits
        if (acc != unchecked((short)100000)) return 18;
        return (acc & 0x7F) + 20;
    }
}
