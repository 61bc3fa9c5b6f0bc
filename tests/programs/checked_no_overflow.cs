// Checked arithmetic that stays in range: add.ovf, sub.ovf, mul.ovf and
// their .un forms on int, uint, long and ulong at the edges of each range,
// and checked narrowing conversions (conv.ovf.*) of values that fit.
class P {
    static int Main() {
        checked {
            int imax = int.MaxValue, imin = int.MinValue;
            if (imax - 1 + 1 != int.MaxValue) return 1;
            if (imin + 1 - 1 != int.MinValue) return 2;
            if (imin + imax != -1) return 3;
            int m = 46340;
            if (m * m != 2147395600) return 4;
            if (-m * m != -2147395600) return 5;
            if (imin / 2 * 2 != imin) return 6;
            if (imax * -1 != -imax) return 7;

            uint umax = uint.MaxValue, one = 1, zero = 0;
            if (umax - one + one != uint.MaxValue) return 10;
            if (zero + umax != umax) return 11;
            if (umax - umax != 0) return 12;
            uint u16 = 65535;
            if (u16 * 65537u != umax) return 13;

            long lmax = long.MaxValue, lmin = long.MinValue;
            if (lmax - 1 + 1 != lmax) return 20;
            if (lmin + lmax != -1) return 21;
            long big = 3037000499L;
            if (big * big != 9223372030926249001L) return 22;
            if (-big * big != -9223372030926249001L) return 23;

            ulong ulmax = ulong.MaxValue, ul1 = 1;
            if (ulmax - ul1 + ul1 != ulmax) return 30;
            ulong ul32 = 4294967295UL;
            if (ul32 * 4294967297UL != ulmax) return 31;

            // Checked conversions of values that fit.
            int i = 127;
            if ((sbyte)i != 127) return 40;
            i = -128;
            if ((sbyte)i != -128) return 41;
            i = 255;
            if ((byte)i != 255) return 42;
            i = 32767;
            if ((short)i != 32767) return 43;
            i = 65535;
            if ((ushort)i != 65535) return 44;
            if ((char)i != '\uffff') return 45;
            long l = int.MinValue;
            if ((int)l != int.MinValue) return 46;
            l = uint.MaxValue;
            if ((uint)l != uint.MaxValue) return 47;
            ulong ul = long.MaxValue;
            if ((long)ul != long.MaxValue) return 48;
            uint u = int.MaxValue;
            if ((int)u != int.MaxValue) return 49;
            int pos = int.MaxValue;
            if ((uint)pos != 2147483647u) return 50;
            if ((ulong)pos != 2147483647UL) return 51;
            long lp = 5;
            if ((ulong)lp != 5UL) return 52;
            double d = 2147483647.0;
            if ((int)d != int.MaxValue) return 53;
            d = -2147483648.9;
            if ((int)d != int.MinValue) return 54;
            d = 4294967295.5;
            if ((uint)d != uint.MaxValue) return 55;
            d = -0.99;
            if ((uint)d != 0) return 56;
            d = 255.75;
            if ((byte)d != 255) return 57;
            d = 9.0e18;
            if ((long)d != 9000000000000000000L) return 58;
            d = 1.8e19;
            if ((ulong)d != 18000000000000000000UL) return 59;
            float f = -32768.5f;
            if ((short)f != -32768) return 60;
        }
        return 0;
    }
}
