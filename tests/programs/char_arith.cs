// char arithmetic: chars promote to int (conv-free ldloc of a uint16
// local), arithmetic on them is int arithmetic, casting back to char
// truncates to 16 bits (conv.u2), comparisons are unsigned 16-bit values,
// char parameters and return values, and a Caesar shift over the alphabet.
class P {
    static char Next(char c) { return (char)(c + 1); }
    static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
    static char ToLower(char c) { return IsUpper(c) ? (char)(c + ('a' - 'A')) : c; }
    static char Rot13(char c) {
        if (c >= 'a' && c <= 'z') return (char)('a' + (c - 'a' + 13) % 26);
        if (c >= 'A' && c <= 'Z') return (char)('A' + (c - 'A' + 13) % 26);
        return c;
    }

    static int Main() {
        char a = 'a';
        if (a != 97) return 1;
        if (a + 1 != 98) return 2;
        if (Next(a) != 'b') return 3;
        if (Next('\uffff') != '\0') return 4;
        char c = 'z';
        c++;
        if (c != '{') return 5;
        c = '\0';
        c--;
        if (c != '\uffff') return 6;
        if (c < 'a') return 7; // unsigned: 0xFFFF is above 'a'
        if (!IsUpper('Q') || IsUpper('q') || IsUpper('@')) return 8;
        if (ToLower('Q') != 'q' || ToLower('7') != '7') return 9;
        int sum = 0;
        for (char k = 'A'; k <= 'Z'; k++) sum += k;
        if (sum != 2015) return 10;
        int roundTrip = 0;
        for (char k = 'a'; k <= 'z'; k++) if (Rot13(Rot13(k)) == k) roundTrip++;
        if (roundTrip != 26) return 11;
        if (Rot13('n') != 'a' || Rot13('A') != 'N') return 12;
        int digit = '7' - '0';
        if (digit != 7) return 13;
        int seventyK = 70000;
        char big = (char)seventyK;
        if (big != (char)4464) return 14;
        int neg = -1;
        if ((char)neg != '\uffff') return 15;
        char x = 'x';
        x += (char)2;
        if (x != 'z') return 16;
        // Parse a decimal number from chars one at a time.
        int value = 0;
        char d0 = '4', d1 = '0', d2 = '9', d3 = '6';
        value = value * 10 + (d0 - '0');
        value = value * 10 + (d1 - '0');
        value = value * 10 + (d2 - '0');
        value = value * 10 + (d3 - '0');
        if (value != 4096) return 17;
        return Rot13('H') - 'A' + 50; // 'U' - 'A' + 50 = 70
    }
}
