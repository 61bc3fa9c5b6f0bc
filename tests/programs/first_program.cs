// The first program Lucid ran: recursion, int64 and double arithmetic,
// narrowing conversions and a switch, all reported through the exit code.
class P {
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static long Fact(long n) { long r = 1; for (long i = 2; i <= n; i++) r *= i; return r; }
    static double Half(double x) { return x / 2; }
    static int Main() {
        int f = Fib(20);
        if (Fact(10) != 3628800) return 1;
        if (Half(5) != 2.5) return 2;
        int big = 70000; short s = (short)big;
        byte b = (byte)(s + 300);
        switch (f % 4) { case 0: return 10; case 1: return f % 100 + b; default: return 3; }
    }
}
