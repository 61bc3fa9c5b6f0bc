// float64 arithmetic: add/sub/mul/div/rem/neg, the remainder's sign
// follows the dividend (fmod), division by zero gives infinities rather
// than trapping, exact results of representable operations, and two
// numeric algorithms (Newton's square root, a series for pi) compared
// against tolerances and bit-exact values mono computes.
class P {
    static double Sqrt(double x) {
        double g = x / 2;
        for (int i = 0; i < 60; i++) g = (g + x / g) / 2;
        return g;
    }
    static double Abs(double x) { return x < 0 ? -x : x; }
    static double Rem(double a, double b) { return a % b; }

    static int Main() {
        double a = 1.5, b = 0.25;
        if (a + b != 1.75) return 1;
        if (a - b != 1.25) return 2;
        if (a * b != 0.375) return 3;
        if (a / b != 6.0) return 4;
        if (-a != -1.5) return 5;
        if (Rem(7.5, 2) != 1.5) return 6;
        if (Rem(-7.5, 2) != -1.5) return 7;
        if (Rem(7.5, -2) != 1.5) return 8;
        if (Rem(5.0, 0.5) != 0) return 9;
        double zero = 0;
        double inf = 1 / zero;
        if (!(inf > double.MaxValue)) return 10;
        double r = Rem(1, zero);
        if (r == r) return 11; // NaN
        if (Rem(3, inf) != 3) return 12;
        // 0.1 + 0.2 is not 0.3 in binary floating point.
        double p1 = 0.1, p2 = 0.2;
        if (p1 + p2 == 0.3) return 13;
        if (p1 + p2 != 0.30000000000000004) return 14;
        // Square roots.
        if (Sqrt(16) != 4) return 15;
        double s2 = Sqrt(2);
        if (Abs(s2 * s2 - 2) > 1e-15) return 16;
        // Leibniz series for pi, 100000 terms.
        double sum = 0, sign = 1;
        for (int k = 0; k < 100000; k++) { sum += sign / (2 * k + 1); sign = -sign; }
        double pi = 4 * sum;
        if (Abs(pi - 3.14159265358979) > 1e-4) return 18;
        // Mixed int and double: the int converts (conv.r8).
        int n = 7;
        double q = n / 2.0;
        if (q != 3.5) return 19;
        double q2 = n / 2; // integer division first
        if (q2 != 3.0) return 20;
        // Large and small magnitudes.
        double big = 1e300;
        if (big * 10 / 10 != big) return 21;
        if (!(big * 1e10 > big)) return 22; // infinity
        double tiny = 4.9406564584124654e-324;
        if (tiny / 2 != 0) return 23;
        if (!(tiny > 0)) return 24;
        // Compound assignments and increments on doubles.
        double c = 1;
        c += 0.5; c *= 4; c -= 1; c /= 2; c++;
        if (c != 3.5) return 25;
        // A checksum of the bits of a computed value, via a long conversion.
        long bits = (long)(pi * 1e15);
        return (int)((bits + (long)(s2 * 1e15)) % 97) + 30;
    }
}
