// int64 arithmetic: long multiplication beyond 32 bits, division and
// remainder sign rules, unchecked wrapping at long.MaxValue, mixing int
// and long operands (conv.i8 widening), 64-bit factorials and powers.
class P {
    static long Mul(long a, long b) { return a * b; }
    static long Div(long a, long b) { return a / b; }
    static long Rem(long a, long b) { return a % b; }
    static long Widen(int a) { return a; }
    static long Pow(long b, int e) { long r = 1; while (e-- > 0) r *= b; return r; }

    static int Main() {
        long a = 3000000000L, b = 7;
        if (a * b != 21000000000L) return 1;
        if (Mul(100000, 100000) != 10000000000L) return 2;
        int i = 100000;
        long wide = (long)i * i;          // no 32-bit overflow
        if (wide != 10000000000L) return 3;
        long narrow = i * i;              // overflows in int32 first
        if (narrow != 1410065408L) return 4;
        if (Div(-7, 2) != -3 || Rem(-7, 2) != -1) return 5;
        if (Div(7, -2) != -3 || Rem(7, -2) != 1) return 6;
        if (Div(-9000000000L, 4000000000L) != -2) return 7;
        if (Rem(-9000000000L, 4000000000L) != -1000000000L) return 8;
        if (Widen(-1) != -1L) return 9;
        if (Widen(int.MinValue) != -2147483648L) return 10;
        long max = long.MaxValue, min = long.MinValue;
        if (max + 1 != min) return 11;
        if (min - 1 != max) return 12;
        if (-min != min) return 13;
        if (max * 3 != 9223372036854775805L) return 14;
        if (Pow(2, 62) != 4611686018427387904L) return 15;
        if (Pow(2, 63) != min) return 16;
        if (Pow(2, 64) != 0) return 17;
        if (Pow(3, 39) != 4052555153018976267L) return 18;
        long f = 1;
        for (int k = 2; k <= 20; k++) f *= k;
        if (f != 2432902008176640000L) return 19;
        f *= 21; // wraps
        if (f != -4249290049419214848L) return 20;
        // Mixed int/long expressions.
        int small = -5;
        long mixed = small * 1000000000L + small;
        if (mixed != -5000000005L) return 21;
        if ((mixed >> 32) != -2) return 22;
        if ((int)mixed != -705032709) return 23;
        // Checksum of a 64-bit linear congruential generator.
        long x = 12345;
        for (int k = 0; k < 1000; k++) x = x * 6364136223846793005L + 1442695040888963407L;
        return (int)((x >> 40) & 0x3F) + 64;
    }
}
