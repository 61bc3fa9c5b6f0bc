// Unhandled OverflowException from checked int64 multiplication
// (mul.ovf): factorials in a checked context overflow at 21!. Exit 1.
class P {
    static long Fact(int n) { checked { long r = 1; for (int i = 2; i <= n; i++) r *= i; return r; } }

    static int Main() {
        if (Fact(20) != 2432902008176640000L) return 2;
        return (int)(Fact(21) % 100) + 3; // throws
    }
}
