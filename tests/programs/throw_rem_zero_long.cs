// Unhandled DivideByZeroException from int64 remainder by zero (rem on
// int64), reached inside a loop after many successful iterations: exit 1.
class P {
    static long Mod(long a, long b) { return a % b; }

    static int Main() {
        long acc = 0;
        for (long d = 10; d >= 0; d--) {
            if (d == 5 && acc != 6) return 2; // 1e12 mod 10, 9, 8, 7, 6
            acc += Mod(1000000000000L, d);
        }
        return 3; // never reached
    }
}
