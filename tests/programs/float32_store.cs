// float32 rounding where values are stored: float locals and parameters
// hold single precision, so (float)0.1 widened to double is not 0.1; a
// float sum stored to a float local is rounded (0.1f + 0.2f == 0.3f in
// single precision, while 0.1 + 0.2 != 0.3 in double); conv.r4 rounds;
// 2^24 + 1 is not representable; overflow to infinity on store.
// Every float expression here is stored before it is compared.
class P {
    static double Widen(float f) { return f; }

    static int Main() {
        float a = 0.1f, b = 0.2f;
        double da = a;
        if (da == 0.1) return 1;
        if (da != 0.10000000149011612) return 2;
        float s = a + b;
        if (s != 0.3f) return 3;
        double d1 = 0.1, d2 = 0.2;
        double ds = d1 + d2;
        if (ds == 0.3) return 4;
        // conv.r4 of a double.
        float f1 = (float)d1;
        if (f1 != a) return 5;
        if (Widen(f1) != 0.10000000149011612) return 6;
        // The double sum rounded to float equals the float sum.
        float fs = (float)ds;
        if (fs != s) return 7;
        // 2^24 + 1 rounds back to 2^24 in float but not in double.
        float big = 16777216f;
        float big1 = big + 1;
        if (big1 != big) return 8;
        double dbig1 = (double)big + 1;
        if (dbig1 == big) return 9;
        // Accumulating 0.1f ten times, rounding at every store.
        float acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1f;
        if (acc == 1.0f) return 10;
        if (acc != 1.0000001192092896f) return 11;
        double dacc = 0;
        for (int i = 0; i < 10; i++) dacc += 0.1;
        if (dacc == 1.0) return 12;
        if (dacc != 0.9999999999999999) return 13;
        // Overflow to infinity when stored.
        float max = float.MaxValue;
        float inf = max * 2;
        if (!(inf > max)) return 14;
        double dmax = max;
        if (dmax * 2 == inf) return 15; // finite in double
        // Truncating conversions from float.
        float neg = -2.75f;
        if ((int)neg != -2) return 16;
        if ((long)2.999f != 2) return 17;
        float third = 1f / 3f;
        if (third != 0.3333333432674408f) return 18;
        if ((double)third == 1.0 / 3.0) return 19;
        // int to float rounding: 16777217 is not a float.
        int odd = 16777217;
        float fodd = odd;
        if (fodd != 16777216f) return 20;
        long lbig = 9007199254740993L;
        double dl = lbig;
        if (dl != 9007199254740992.0) return 21;
        return 0;
    }
}
