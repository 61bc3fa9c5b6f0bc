// long.MinValue / -1 overflows: the div instruction throws
// OverflowException, unhandled, exit 1. Dividing long.MinValue by 1 and
// -2 first is fine.
class P {
    static long Div(long a, long b) { return a / b; }

    static int Main() {
        if (Div(long.MinValue, 1) != long.MinValue) return 2;
        if (Div(long.MinValue, -2) != 4611686018427387904L) return 3;
        return (int)Div(long.MinValue, -1); // throws
    }
}
