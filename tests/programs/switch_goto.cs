// Control flow: dense switch (jump table), sparse switch, switch on long and
// char, goto case / goto default, goto to a label in a loop, nested switches,
// and a small state machine driven by a switch in a loop.
class P {
    static int Dense(int x) { switch (x) { case 0: return 10; case 1: return 11; case 2: return 12; case 3: return 13; case 4: return 14; case 5: return 15; default: return -1; } }
    static int Sparse(int x) { switch (x) { case -1000: return 1; case 7: return 2; case 100000: return 3; case int.MaxValue: return 4; default: return 0; } }
    static int OnLong(long x) { switch (x) { case 1L << 40: return 1; case -1: return 2; case 3: return 3; } return 0; }
    static int OnChar(char c) { switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return 1; case ' ': return 2; default: return 0; } }
    static int Chain(int x) {
        int acc = 0;
        switch (x) {
            case 0: acc += 1; goto case 1;
            case 1: acc += 10; goto case 2;
            case 2: acc += 100; break;
            case 3: acc += 1000; goto default;
            default: acc += 5; break;
        }
        return acc;
    }
    static int Machine(int[] input) {
        int state = 0, accepted = 0;
        for (int i = 0; i < input.Length; i++) {
            switch (state) {
                case 0: state = input[i] == 1 ? 1 : 0; break;
                case 1: state = input[i] == 2 ? 2 : (input[i] == 1 ? 1 : 0); break;
                case 2: if (input[i] == 3) { accepted++; state = 0; } else state = input[i] == 1 ? 1 : 0; break;
            }
        }
        return accepted;
    }
    static int Main() {
        int s = 0; for (int i = -1; i < 7; i++) s += Dense(i);
        if (s != 75 - 2) return 1;
        if (Sparse(-1000) + Sparse(7) * 10 + Sparse(100000) * 100 + Sparse(int.MaxValue) * 1000 + Sparse(8) != 4321) return 2;
        if (OnLong(1L << 40) != 1 || OnLong(-1) != 2 || OnLong(3) != 3 || OnLong(4) != 0) return 3;
        int vowels = 0, spaces = 0;
        char[] text = new char[11]; text[0] = 'q'; text[1] = 'u'; text[2] = 'i'; text[3] = 'c'; text[4] = 'k'; text[5] = ' ';
        text[6] = 'b'; text[7] = 'r'; text[8] = 'o'; text[9] = 'w'; text[10] = 'n';
        foreach (char c in text) { int k = OnChar(c); if (k == 1) vowels++; else if (k == 2) spaces++; }
        if (vowels != 3 || spaces != 1) return 4;
        if (Chain(0) != 111 || Chain(1) != 110 || Chain(2) != 100 || Chain(3) != 1005 || Chain(9) != 5) return 5;
        int n = 0, steps = 0;
    again:
        steps++;
        n += 3;
        if (n < 20) goto again;
        if (n != 21 || steps != 7) return 6;
        int[] input = new int[12];
        input[0] = 1; input[1] = 2; input[2] = 3; input[3] = 1; input[4] = 1; input[5] = 2; input[6] = 3; input[7] = 2; input[8] = 1; input[9] = 2; input[10] = 1; input[11] = 3;
        if (Machine(input) != 2) return 7;
        int nested = 0;
        for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++)
            switch (a) { case 0: switch (b) { case 0: nested += 1; break; default: nested += 2; break; } break; case 1: nested += 10; break; default: if (b == 2) nested += 100; break; }
        if (nested != 5 + 30 + 100) return 8;
        return 0;
    }
}
