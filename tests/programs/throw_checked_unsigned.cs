// Unhandled OverflowException from checked unsigned subtraction
// (sub.ovf.un): 0u - 1u in a checked block, after checked unsigned
// additions that stay within range. Exit 1.
class P {
    static uint Sub(uint a, uint b) { return checked(a - b); }
    static uint Add(uint a, uint b) { return checked(a + b); }

    static int Main() {
        if (Add(0x7FFFFFFFu, 0x80000000u) != uint.MaxValue) return 2;
        if (Sub(5, 5) != 0) return 3;
        uint zero = Sub(1, 1);
        return (int)Sub(zero, 1); // throws
    }
}
