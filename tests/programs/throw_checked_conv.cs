// Unhandled OverflowException from a checked narrowing conversion
// (conv.ovf.u1) of 256; the same conversion of 255 and a checked
// double-to-int conversion in range succeed first. Exit 1.
class P {
    static byte ToByte(int x) { return checked((byte)x); }
    static int ToInt(double d) { return checked((int)d); }

    static int Main() {
        if (ToByte(255) != 255) return 2;
        if (ToInt(-2147483648.5) != int.MinValue) return 3;
        int v = 255;
        v++;
        return ToByte(v); // throws
    }
}
