// Unsigned comparisons and arithmetic through uint and ulong: values with
// the top bit set compare above small ones (clt.un, cgt.un, blt.un,
// bge.un, bgt.un, ble.un), div.un and rem.un, and loops counting down
// with unsigned wrap-around.
class P {
    static bool Less(uint a, uint b) { return a < b; }
    static bool Greater(uint a, uint b) { return a > b; }
    static bool LessEq(ulong a, ulong b) { return a <= b; }
    static bool GreaterEq(ulong a, ulong b) { return a >= b; }

    static int Main() {
        uint big = 0x80000000u, small = 1;
        if (!Less(small, big)) return 1;
        if (Less(big, small)) return 2;
        if (!Greater(big, small)) return 3;
        if (Greater(small, small)) return 4;
        if (big < small) return 5;
        if (!(big > small)) return 6;
        if (!(big >= big)) return 7;
        if (small >= big) return 8;
        if (!(small <= big)) return 9;
        if (big <= small) return 10;
        uint max = uint.MaxValue;
        if (max / 2 != 0x7FFFFFFFu) return 11;
        if (max % 10 != 5) return 12;
        if (max / 10 != 429496729u) return 13;
        ulong lbig = 0x8000000000000000UL, lsmall = 2;
        if (!LessEq(lsmall, lbig)) return 20;
        if (LessEq(lbig, lsmall)) return 21;
        if (!GreaterEq(lbig, lbig)) return 22;
        if (GreaterEq(lsmall, lbig)) return 23;
        if (lbig < lsmall) return 24;
        if (!(lbig > lsmall)) return 25;
        ulong lmax = ulong.MaxValue;
        if (lmax / 3 != 6148914691236517205UL) return 26;
        if (lmax % 1000 != 615) return 27;
        if (lmax / 0x100000000UL != 0xFFFFFFFFUL) return 28;
        // The same bits compared signed give the opposite answers.
        int sbig = (int)big;
        if (!(sbig < (int)small)) return 30;
        long slbig = (long)lbig;
        if (!(slbig < (long)lsmall)) return 31;
        // Count down through zero: the unsigned loop wraps.
        uint u = 3;
        int steps = 0;
        while (u != uint.MaxValue - 1) { u--; steps++; }
        if (steps != 5) return 32;
        // Sum of unsigned values where the signed interpretation is negative.
        uint sum = 0;
        for (uint k = 0xFFFFFFF0u; k != 0; k++) sum += k & 0xF;
        if (sum != 120) return 33;
        // Equality is sign-agnostic.
        if (max != 0xFFFFFFFFu) return 34;
        int counter = 0;
        for (uint k = 0; k < 0x80000005u; k += 0x10000000u) counter++;
        if (counter != 9) return 35;
        return 0;
    }
}
