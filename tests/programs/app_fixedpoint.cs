// Q16.16 fixed-point library with checked arithmetic: overflow surfaces as
// OverflowException and is caught by a saturating wrapper; computes sqrt by
// Newton, sin by Taylor series, and compound interest.
using System;
struct Fix {
    public const int Shift = 16; public const int One = 1 << Shift;
    public int Raw;
    public Fix(int raw) { Raw = raw; }
    public static Fix FromInt(int v) { return new Fix(checked(v * One)); }
    public static Fix FromRatio(int n, int d) { return new Fix((int)(((long)n << Shift) / d)); }
    public static Fix operator +(Fix a, Fix b) { return new Fix(checked(a.Raw + b.Raw)); }
    public static Fix operator -(Fix a, Fix b) { return new Fix(checked(a.Raw - b.Raw)); }
    public static Fix operator *(Fix a, Fix b) { return new Fix(checked((int)(((long)a.Raw * b.Raw) >> Shift))); }
    public static Fix operator /(Fix a, Fix b) { return new Fix(checked((int)(((long)a.Raw << Shift) / b.Raw))); }
    public int ToInt() { return Raw >> Shift; }
    public int Milli() { return (int)(((long)Raw * 1000 + (Raw >= 0 ? One / 2 : -One / 2)) / One); }
    public static Fix Sqrt(Fix x) {
        if (x.Raw < 0) throw new ArgumentOutOfRangeException();
        if (x.Raw == 0) return x;
        Fix g = x.Raw > One ? new Fix(x.Raw / 2) : FromInt(1);
        for (int i = 0; i < 20; i++) g = new Fix((g + x / g).Raw / 2);
        return g;
    }
    public static Fix Sin(Fix x) {   // Taylor to x^9
        Fix term = x, sum = x, x2 = x * x;
        for (int k = 1; k <= 4; k++) {
            term = new Fix(-(term * x2).Raw / ((2 * k) * (2 * k + 1)));
            sum = sum + term;
        }
        return sum;
    }
    public static Fix Saturating(Fix a, Fix b, bool mul) {
        try { return mul ? a * b : a + b; }
        catch (OverflowException) {
            bool neg = mul ? ((a.Raw < 0) != (b.Raw < 0)) : a.Raw < 0;
            return new Fix(neg ? int.MinValue : int.MaxValue);
        }
    }
}
class P {
    static int Main() {
        Fix two = Fix.FromInt(2);
        if (Fix.Sqrt(two).Milli() != 1414) return 1;
        if (Fix.Sqrt(Fix.FromInt(10000)).ToInt() != 100) return 2;
        Fix pi = Fix.FromRatio(355, 113);
        if (pi.Milli() != 3142) return 3;
        Fix half = new Fix(pi.Raw / 2), sixth = Fix.FromRatio(355, 113 * 6);
        if (Fix.Sin(half).Milli() != 1000) return 4;
        if (Fix.Sin(sixth).Milli() != 500) return 5;
        if (Fix.Sin(new Fix(-sixth.Raw)).Milli() != -500) return 6;
        // compound interest: 1000 at 5% for 10 years
        Fix bal = Fix.FromInt(1000), rate = Fix.FromRatio(105, 100);
        for (int y = 0; y < 10; y++) bal = bal * rate;
        if (bal.ToInt() != 1628) return 7;
        int caught = 0;
        try { Fix.FromInt(40000); } catch (OverflowException) { caught++; }
        try { Fix big = Fix.FromInt(30000); Fix r = big * big; caught += r.Raw; } catch (OverflowException) { caught++; }
        try { Fix r = Fix.FromInt(1) / new Fix(1); caught += r.Raw; } catch (OverflowException) { caught++; }
        try { Fix r = Fix.FromInt(1) / new Fix(0); caught += r.Raw; } catch (DivideByZeroException) { caught += 10; }
        try { Fix.Sqrt(Fix.FromInt(-1)); } catch (ArgumentOutOfRangeException) { caught += 100; }
        if (caught != 113) return 8;
        Fix big2 = Fix.FromInt(20000);
        if (Fix.Saturating(big2, big2, false).Raw != int.MaxValue) return 9;
        if (Fix.Saturating(big2, Fix.FromInt(-3), true).Raw != int.MinValue) return 10;
        if (Fix.Saturating(Fix.FromInt(3), Fix.FromInt(4), true).ToInt() != 12) return 11;
        Fix acc = Fix.FromInt(0);
        for (int i = 1; i <= 100; i++) acc = Fix.Saturating(acc, Fix.FromRatio(i * i, 7), false);
        if (acc.Raw != int.MaxValue) return 12;
        return 0;
    }
}
