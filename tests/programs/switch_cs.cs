// C# switch statements: dense cases compile to the switch instruction
// (jump table, with an offset subtracted when cases do not start at 0),
// sparse cases to compare-and-branch chains; negative and out-of-range
// values take default; fall-through via goto case; switch on long, char
// and byte; nested switches.
class P {
    static int Dense(int x) {
        switch (x) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 4: return 14;
            case 5: return 15;
            case 6: return 16;
            default: return -1;
        }
    }
    static int Offset(int x) {
        switch (x) {
            case 100: return 1;
            case 101: return 2;
            case 102: return 3;
            case 104: return 5;
            case 105: return 6;
            default: return 0;
        }
    }
    static int Negative(int x) {
        switch (x) {
            case -3: return 1;
            case -2: return 2;
            case -1: return 3;
            case 0: return 4;
            case 1: return 5;
            default: return 0;
        }
    }
    static int Sparse(int x) {
        switch (x) {
            case 1: return 1;
            case 1000: return 2;
            case -1000000: return 3;
            case int.MaxValue: return 4;
            case int.MinValue: return 5;
            default: return 0;
        }
    }
    static int Long(long x) {
        switch (x) {
            case 0: return 1;
            case 1: return 2;
            case 2: return 3;
            case 3: return 4;
            case 5000000000L: return 5;
            default: return 0;
        }
    }
    static int Char(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case 'y': return 2;
            default: return 0;
        }
    }
    static int GotoCase(int x) {
        int r = 0;
        switch (x) {
            case 0: r += 1; goto case 1;
            case 1: r += 10; goto case 2;
            case 2: r += 100; break;
            case 3: r += 1000; goto default;
            default: r += 5; break;
        }
        return r;
    }
    static int Nested(int a, int b) {
        switch (a) {
            case 0:
                switch (b) { case 0: return 1; case 1: return 2; default: return 3; }
            case 1:
                switch (b) { case 0: return 4; case 1: return 5; default: return 6; }
            default: return 7;
        }
    }

    static int Main() {
        int sum = 0;
        for (int i = -2; i < 9; i++) sum += Dense(i);
        if (sum != 91 - 4) return 1;
        if (Dense(int.MinValue) != -1 || Dense(int.MaxValue) != -1) return 2;
        if (Offset(99) != 0 || Offset(100) != 1 || Offset(103) != 0 || Offset(105) != 6 || Offset(106) != 0) return 3;
        if (Offset(-2147483648) != 0) return 4;
        for (int i = -5; i < 4; i++) sum += Negative(i);
        if (sum != 87 + 15) return 5;
        if (Sparse(1) != 1 || Sparse(1000) != 2 || Sparse(-1000000) != 3) return 6;
        if (Sparse(int.MaxValue) != 4 || Sparse(int.MinValue) != 5 || Sparse(2) != 0) return 7;
        if (Long(0) != 1 || Long(3) != 4 || Long(5000000000L) != 5 || Long(4) != 0 || Long(-1) != 0) return 8;
        if (Long(1L << 32) != 0) return 9; // low 32 bits are 0 but the value is not
        int vowels = 0;
        for (char c = 'a'; c <= 'z'; c++) vowels += Char(c);
        if (vowels != 7) return 10;
        if (GotoCase(0) != 111 || GotoCase(1) != 110 || GotoCase(2) != 100 || GotoCase(3) != 1005 || GotoCase(9) != 5) return 11;
        int n = 0;
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
                n = n * 3 + Nested(a, b) % 3;
        return n % 256;
    }
}
