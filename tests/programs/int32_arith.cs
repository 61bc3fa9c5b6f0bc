// int32 arithmetic: add, sub, mul, div, rem, neg with the C# sign rules
// (division truncates toward zero, the remainder takes the dividend's
// sign), wrapping of unchecked overflow, and int.MinValue corner cases
// that do not trap (MinValue / 1, -MinValue, MinValue - 1 wrapping).
class P {
    static int Add(int a, int b) { return a + b; }
    static int Sub(int a, int b) { return a - b; }
    static int Mul(int a, int b) { return a * b; }
    static int Div(int a, int b) { return a / b; }
    static int Rem(int a, int b) { return a % b; }
    static int Neg(int a) { return -a; }

    static int Main() {
        if (Add(2, 3) != 5) return 1;
        if (Add(-2, -3) != -5) return 2;
        if (Sub(2, 3) != -1) return 3;
        if (Mul(-6, 7) != -42) return 4;
        if (Div(-7, 2) != -3) return 5;
        if (Rem(-7, 2) != -1) return 6;
        if (Div(7, -2) != -3) return 7;
        if (Rem(7, -2) != 1) return 8;
        if (Div(-7, -2) != 3) return 9;
        if (Rem(-7, -2) != -1) return 10;
        if (Div(7, 2) != 3) return 11;
        if (Rem(7, 2) != 1) return 12;
        if (Rem(6, 3) != 0 || Rem(-6, 3) != 0) return 13;
        if (Div(0, -5) != 0) return 14;
        // Unchecked overflow wraps modulo 2^32.
        int max = int.MaxValue, min = int.MinValue;
        if (Add(max, 1) != min) return 20;
        if (Sub(min, 1) != max) return 21;
        if (Mul(max, 2) != -2) return 22;
        if (Mul(65536, 65536) != 0) return 23;
        if (Mul(123456789, 987654321) != -67153019) return 24;
        if (Neg(min) != min) return 25;
        if (Neg(max) != min + 1) return 26;
        if (Div(min, 1) != min) return 27;
        if (Div(min, 2) != -1073741824) return 28;
        if (Rem(min, 2) != 0) return 29;
        if (Rem(min, 3) != -2) return 30;
        if (Div(max, -1) != -max) return 31;
        // Compound assignment, ++ and -- on locals.
        int x = 10;
        x += 5; x -= 3; x *= 4; x /= 3; x %= 7;
        if (x != 2) return 40;
        x++; ++x; x--;
        if (x != 3) return 41;
        int y = x++ + ++x; // 3 + 5
        if (y != 8 || x != 5) return 42;
        // A running hash with wrapping multiplication.
        int h = 17;
        for (int i = 0; i < 100; i++) h = h * 31 + i;
        return h & 0x7F; // checked against mono's value
    }
}
