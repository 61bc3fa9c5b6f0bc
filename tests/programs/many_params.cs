// Methods with many parameters of mixed types (int, long, double, float,
// byte, sbyte, short, ushort, char, bool, uint, ulong): each argument
// must land in its own slot in order, including after arithmetic on the
// caller's stack, through nested calls and when a callee stores to its
// arguments (starg). Up to 16 parameters.
class P {
    static double Mix(int a, long b, double c, float d, byte e, sbyte f, short g, ushort h,
                      char i, bool j, uint k, ulong l) {
        double r = a;
        r = r * 10 + b;
        r = r * 10 + c;
        r = r * 10 + d;
        r = r * 10 + e;
        r = r * 10 + f;
        r = r * 10 + g;
        r = r * 10 + h;
        r = r * 10 + (i - 'a');
        r = r * 10 + (j ? 1 : 0);
        r = r * 10 + k;
        r = r * 10 + l;
        return r;
    }

    static long Sixteen(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7,
                        long a8, long a9, long a10, long a11, int a12, int a13, int a14, int a15) {
        return a0 + 2 * a1 + 3 * a2 + 4 * a3 + 5 * a4 + 6 * a5 + 7 * a6 + 8 * a7 + 9 * a8 + 10 * a9
             + 11 * a10 + 12 * a11 + 13 * a12 + 14 * a13 + 15 * a14 + 16 * a15;
    }

    static int Position(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k) {
        // Reassigning parameters (starg) must not disturb the others.
        a += 100; k -= 100; f = f * 2;
        return a * 1 + b * 0 + k + f - 100 * (j - i) + g * h * 0 + (e - d) * (c + 0);
    }

    static int Chain(byte a, short b, int c, long d, float e, double f, char g, bool h, sbyte i, ushort j, uint k, ulong l) {
        if (!h) return -1;
        return (int)(a + b + c + d + (long)e + (long)f + g + i + j + k + (long)l);
    }

    static int Main() {
        double m = Mix(1, 2, 3.0, 4f, 5, 6, 7, 8, 'j', true, 1, 2);
        if (m != 123456789112.0) return 1;
        double m2 = Mix(-1, -2, -3.5, -4.5f, 255, -128, -32768, 65535, 'a', false, 4000000000u, 18000000000000000000UL);
        if (m2 != Mix(-1, -2, -3.5, -4.5f, 255, -128, -32768, 65535, 'a', false, 4000000000u, 18000000000000000000UL)) return 2;
        if (m2 != 18000000000000000000.0 - 84149450000.0) return 3;
        long s = Sixteen(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        if (s != 136) return 4;
        s = Sixteen(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        if (s != 16) return 5;
        s = Sixteen(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        if (s != 1) return 6;
        s = Sixteen(0, 0, 0, 0, 0, 0, 0, 0, 1L << 40, 0, 0, 0, 0, 0, 0, 0);
        if (s != 9L << 40) return 7;
        int x = 3;
        s = Sixteen(x + 1, x * 2, x - 3, x / 3, x % 2, -x, x << 2, ~x, x, x, x, x, x, x, x, x);
        if (s != 4 + 12 + 0 + 4 + 5 - 18 + 84 - 32 + 9 * 3 + 10 * 3 + 11 * 3 + 12 * 3 + 13 * 3 + 14 * 3 + 15 * 3 + 16 * 3) return 8;
        if (Position(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11) != 101 + (-89) + 12 - 100 + 3) return 9;
        // Arguments that are themselves calls with many arguments.
        int nested = Position(Position(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0, 0, 0, 0, 0, 0, 0, 0, 0, 100);
        if (nested != (-73 + 100) + 0 + 0) return 10;
        int c = Chain(200, -300, 40000, 5000000000L, 1.75f, -2.5, 'A', true, -5, 60000, 3000000000u, 7UL);
        if (c != unchecked((int)(200 - 300 + 40000 + 5000000000L + 1 - 2 + 65 - 5 + 60000 + 3000000000L + 7))) return 11;
        if (Chain(1, 1, 1, 1, 1, 1, 'a', false, 1, 1, 1, 1) != -1) return 12;
        return (int)(m % 200);
    }
}
