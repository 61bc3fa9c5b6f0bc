// int.MinValue % -1: on Mono (and the CLR on x86/x64) the rem instruction
// throws OverflowException, as it does for int.MinValue / -1; unhandled,
// the program exits 1. Earlier remainders by -1 of other values are 0.
class P {
    static int Rem(int a, int b) { return a % b; }

    static int Main() {
        if (Rem(5, -1) != 0 || Rem(-5, -1) != 0) return 2;
        if (Rem(int.MaxValue, -1) != 0) return 3;
        if (Rem(int.MinValue, 1) != 0) return 4;
        return Rem(int.MinValue, -1) + 5; // throws
    }
}
