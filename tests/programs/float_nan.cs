// NaN in comparisons: every relation with NaN is false and != is true,
// both as branch conditions (beq, bne.un, blt, bge.un, ...) and as bool
// values (ceq, cgt, clt, cgt.un, clt.un); negated forms !(a < b) must be
// true. Also infinities and signed zeros compare as IEEE 754 says.
class P {
    static bool Eq(double a, double b) { return a == b; }
    static bool Ne(double a, double b) { return a != b; }
    static bool Lt(double a, double b) { return a < b; }
    static bool Gt(double a, double b) { return a > b; }
    static bool Le(double a, double b) { return a <= b; }
    static bool Ge(double a, double b) { return a >= b; }
    static bool NotLt(double a, double b) { return !(a < b); }
    static bool NotGe(double a, double b) { return !(a >= b); }
    static bool LtF(float a, float b) { return a < b; }
    static bool GeF(float a, float b) { return a >= b; }

    static int Main() {
        double zero = 0.0;
        double nan = zero / zero, one = 1.0;
        // As values.
        if (Eq(nan, nan)) return 1;
        if (!Ne(nan, nan)) return 2;
        if (Lt(nan, one) || Lt(one, nan)) return 3;
        if (Gt(nan, one) || Gt(one, nan)) return 4;
        if (Le(nan, one) || Le(one, nan) || Le(nan, nan)) return 5;
        if (Ge(nan, one) || Ge(one, nan) || Ge(nan, nan)) return 6;
        if (!NotLt(nan, one) || !NotLt(one, nan)) return 7;
        if (!NotGe(nan, one) || !NotGe(one, nan)) return 8;
        if (LtF((float)nan, 1f) || GeF((float)nan, 1f) || GeF(1f, (float)nan)) return 9;
        // As branch conditions.
        int hits = 0;
        if (nan == one) hits |= 1;
        if (nan < one) hits |= 2;
        if (nan > one) hits |= 4;
        if (nan <= one) hits |= 8;
        if (nan >= one) hits |= 16;
        if (one < nan) hits |= 32;
        if (one >= nan) hits |= 64;
        if (nan == nan) hits |= 128;
        if (hits != 0) return 10;
        if (!(nan != one)) return 11;
        if (!(nan != nan)) return 12;
        int negs = 0;
        if (!(nan < one)) negs |= 1;
        if (!(nan > one)) negs |= 2;
        if (!(nan <= one)) negs |= 4;
        if (!(nan >= one)) negs |= 8;
        if (!(nan == one)) negs |= 16;
        if (negs != 31) return 13;
        // A loop whose condition is false at once for NaN.
        int iterations = 0;
        for (double x = nan; x < 10; x += 1) iterations++;
        if (iterations != 0) return 14;
        iterations = 0;
        for (double x = 0; !(x >= 10); x += 1) iterations++;
        if (iterations != 10) return 15;
        // Self-inequality detects NaN.
        if (nan == nan || !(one == one)) return 16;
        // Infinities and zeros.
        double inf = one / zero, ninf = -one / zero, nzero = -zero;
        if (!(inf > 1e308) || !(ninf < -1e308)) return 20;
        if (inf != inf || !(inf == inf)) return 21;
        if (nzero != zero) return 22;
        if (one / nzero != ninf) return 23;
        if (inf - inf == inf - inf) return 24;    // NaN
        if (!(zero * inf != zero * inf)) return 25;
        if (Lt(nzero, zero) || Gt(zero, nzero)) return 26;
        return 0;
    }
}
