// bool values: && and || short-circuit (the right side's call must not
// run, observed through a counter passed by value and returned), !, ^,
// & and | without short-circuit, bool parameters, locals and returns,
// comparisons producing bools, and a truth table folded into a number.
class P {
    static bool Not(bool b) { return !b; }
    static bool Xor(bool a, bool b) { return a ^ b; }
    static bool Implies(bool a, bool b) { return !a || b; }
    static bool Majority(bool a, bool b, bool c) { return (a && b) || (a && c) || (b && c); }
    static int Bit(bool b) { return b ? 1 : 0; }
    static bool Fails() { return 1 / Zero() == 0; } // would throw if evaluated
    static int Zero() { return 0; }

    static int Main() {
        bool t = true, f = false;
        if (Not(t) || !Not(f)) return 1;
        if (!Xor(t, f) || Xor(t, t) || Xor(f, f)) return 2;
        if (f && Fails()) return 3;      // Fails is never called
        if (!(t || Fails())) return 4;   // nor here
        if ((t & f) || !(t | f) || (t ^ t)) return 5;
        if (!Implies(f, f) || !Implies(f, t) || Implies(t, f) || !Implies(t, t)) return 6;
        int table = 0;
        for (int i = 0; i < 8; i++) {
            bool a = (i & 1) != 0, b = (i & 2) != 0, c = (i & 4) != 0;
            table |= Bit(Majority(a, b, c)) << i;
        }
        if (table != 0xE8) return 7;
        bool lt = 3 < 4, eq = 3 == 4;
        if (!lt || eq) return 8;
        bool acc = false;
        for (int i = 0; i < 5; i++) acc = !acc;
        if (!acc) return 9;
        bool x = t;
        x &= f;
        if (x) return 10;
        x |= t;
        if (!x) return 11;
        x ^= t;
        if (x) return 12;
        if (t == f || t != !f) return 13;
        int count = 0;
        for (int i = 0; i < 100; i++)
            if ((i % 3 == 0) ^ (i % 5 == 0)) count++;
        return count; // 40
    }
}
