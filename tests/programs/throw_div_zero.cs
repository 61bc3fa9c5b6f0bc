// Unhandled DivideByZeroException from int32 division by a zero that is
// only known at run time, raised three calls deep after earlier checks
// pass: mono exits with 1. Checks return 2 and up so that exit code 1
// can only come from the exception.
class P {
    static int Divide(int a, int b) { return a / b; }
    static int Middle(int a, int b) { return Divide(a, b) + 1; }
    static int Outer(int a, int b) { return Middle(a, b) * 2; }

    static int Main() {
        if (Outer(10, 2) != 12) return 2;
        if (Outer(-10, 3) != -4) return 3;
        int zero = 0;
        for (int i = 5; i >= 0; i--) zero = i;
        return Outer(7, zero) + 100; // throws
    }
}
