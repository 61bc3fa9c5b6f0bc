// Recursion: mutual recursion (IsEven/IsOdd, Hofstadter Female/Male
// sequences), Ackermann with small arguments (deep and wide call trees),
// Euclid's gcd, recursive power by squaring on long, and Fibonacci by
// plain recursion; every frame's arguments and locals must survive its
// callees.
class P {
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }
    static int F(int n) { return n == 0 ? 1 : n - M(F(n - 1)); }
    static int M(int n) { return n == 0 ? 0 : n - F(M(n - 1)); }
    static int Ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return Ack(m - 1, 1);
        return Ack(m - 1, Ack(m, n - 1));
    }
    static long Gcd(long a, long b) { return b == 0 ? a : Gcd(b, a % b); }
    static long Pow(long b, int e) {
        if (e == 0) return 1;
        long half = Pow(b, e / 2);
        long sq = half * half;
        return (e & 1) == 1 ? sq * b : sq;
    }
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static double Harmonic(int n) { return n == 0 ? 0 : 1.0 / n + Harmonic(n - 1); }

    static int Main() {
        if (!IsEven(1000) || IsOdd(1000) || !IsOdd(777)) return 1;
        int fs = 0, ms = 0;
        for (int i = 0; i < 20; i++) { fs = fs * 2 + F(i) % 2; ms += M(i); }
        if (F(19) != 12 || M(19) != 12) return 2;
        if (ms != 117) return 3;
        if (Ack(2, 3) != 9) return 4;
        if (Ack(3, 3) != 61) return 5;
        if (Ack(3, 5) != 253) return 6;
        if (Gcd(1071, 462) != 21) return 7;
        if (Gcd(9223372036854775783L, 9223372036854775643L) != 1) return 8;
        if (Gcd(1L << 40, 6L << 30) != 2L << 30) return 9;
        if (Pow(3, 40) != -6289078614652622815L) return 10; // wrapped
        if (Pow(3, 39) != 4052555153018976267L) return 11;
        if (Pow(2, 62) != 1L << 62) return 12;
        if (Fib(25) != 75025) return 13;
        double h = Harmonic(1000);
        if (h < 7.485 || h > 7.486) return 14;
        return fs % 256;
    }
}
