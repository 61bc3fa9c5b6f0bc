// Conditional expressions where control paths meet with values already on
// the evaluation stack: c ? x : y as an argument after other arguments,
// nested conditionals of int, long and double, conditionals inside
// arithmetic (a + (c ? b : d) * e), and chains used in loops. Each merge
// point must see the same stack shape from both paths.
class P {
    static int Three(int a, int b, int c) { return a * 100 + b * 10 + c; }
    static long L(long a, long b) { return a - b; }
    static double D(double a, double b, double c) { return a + b * c; }
    static int Sign(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }
    static int Clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }

    static int Main() {
        int p = 5, q = -5;
        bool t = true, f = false;
        if (Three(1, t ? 2 : 3, f ? 4 : 5) != 125) return 1;
        if (Three(p > 0 ? 7 : 8, q > 0 ? 7 : 8, p + (q < 0 ? 1 : 2)) != 786) return 2;
        if (L(t ? 10L : 20L, f ? 1L : 2L) != 8) return 3;
        if (D(1.5, p > q ? 2.0 : 3.0, q > p ? 10.0 : 100.0) != 201.5) return 4;
        if (Sign(p) != 1 || Sign(q) != -1 || Sign(0) != 0) return 5;
        int e = 3;
        int v = p + (t ? q : p) * e;
        if (v != -10) return 6;
        v = (f ? 1 : 2) + (t ? 10 : 20) * (p > 0 ? 100 : 1000);
        if (v != 1002) return 7;
        long lv = 1000000000000L + (p > q ? (long)p : q);
        if (lv != 1000000000005L) return 8;
        int acc = 0;
        for (int i = -10; i <= 10; i++) acc += Clamp(i, -3, 4) * (i % 2 == 0 ? 1 : -1);
        if (acc != 1) return 9;
        int nested = t ? (f ? 1 : (p > 0 ? (q > 0 ? 2 : 3) : 4)) : 5;
        if (nested != 3) return 10;
        double dd = p > 0 ? (q > 0 ? 0.25 : 0.5) : 0.75;
        if (dd != 0.5) return 11;
        int count = 0;
        for (int i = 0; i < 100; i++) count += i % 3 == 0 ? (i % 5 == 0 ? 15 : 3) : (i % 5 == 0 ? 5 : 0);
        return acc + count % 200;
    }
}
