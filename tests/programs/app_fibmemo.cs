// Memoised recurrences in long[]: Fibonacci (top-down with a memo table and
// bottom-up), Catalan numbers, partition counts p(n), and the number of
// ways to climb stairs with steps 1..3; checked against known values.
using System;
class Memo {
    long[] fib = new long[93];
    public int Calls;
    public Memo() { for (int i = 0; i < fib.Length; i++) fib[i] = -1; }
    public long Fib(int n) {
        Calls++;
        if (n < 2) return n;
        if (fib[n] >= 0) return fib[n];
        long v = Fib(n - 1) + Fib(n - 2);
        fib[n] = v;
        return v;
    }
}
class P {
    static long[] cat = new long[36];
    static long Catalan(int n) {
        if (n <= 1) return 1;
        if (cat[n] != 0) return cat[n];
        long s = 0;
        for (int i = 0; i < n; i++) s += Catalan(i) * Catalan(n - 1 - i);
        return cat[n] = s;
    }
    static long[,] pmemo = new long[121, 121];
    // partitions of n into parts <= k
    static long Part(int n, int k) {
        if (n == 0) return 1;
        if (n < 0 || k == 0) return 0;
        if (pmemo[n, k] != 0) return pmemo[n, k] - 1;
        long v = Part(n - k, k) + Part(n, k - 1);
        pmemo[n, k] = v + 1;
        return v;
    }
    static int Main() {
        Memo m = new Memo();
        if (m.Fib(92) != 7540113804746346429L) return 1;
        if (m.Calls != 2 * 92 - 1) return 2;
        long[] bu = new long[93]; bu[1] = 1;
        for (int i = 2; i < 93; i++) bu[i] = bu[i - 1] + bu[i - 2];
        for (int i = 0; i < 93; i++) if (bu[i] != m.Fib(i)) return 3;
        // overflow beyond 92 is detected with checked arithmetic
        try { long x = checked(bu[92] + bu[91]); return 4 + (int)(x & 0); } catch (OverflowException) { }
        if (Catalan(10) != 16796) return 5;
        if (Catalan(35) != 3116285494907301262L) return 6;
        if (Part(100, 100) != 190569292) return 7;
        if (Part(120, 120) != 1844349560) return 8;
        long[] stairs = new long[51]; stairs[0] = 1;
        for (int i = 1; i <= 50; i++)
            for (int s = 1; s <= 3; s++) if (i - s >= 0) stairs[i] += stairs[i - s];
        if (stairs[50] != 10562230626642L) return 9;
        // Zeckendorf decomposition of a large number uses non-consecutive Fibonacci numbers
        long n = 1000000000000L; int terms = 0; int lastIdx = 100;
        for (int i = 92; i >= 2 && n > 0; i--)
            if (bu[i] <= n) { if (lastIdx - i < 2) return 10; n -= bu[i]; terms++; lastIdx = i; }
        if (n != 0) return 11;
        if (terms != 15) return 12;
        return 0;
    }
}
