// Exact rational arithmetic: a struct with normalised sign, gcd reduction,
// arithmetic/comparison operators and explicit conversions; sums the
// harmonic series H(20), solves a 2x2 system and approximates sqrt(2) by
// continued fractions.
using System;
struct Rational {
    public readonly long Num, Den;
    static long Gcd(long a, long b) { if (a < 0) a = -a; if (b < 0) b = -b; while (b != 0) { long t = a % b; a = b; b = t; } return a; }
    public Rational(long n, long d) {
        if (d == 0) throw new DivideByZeroException();
        if (d < 0) { n = -n; d = -d; }
        long g = Gcd(n, d); if (g == 0) g = 1;
        Num = n / g; Den = d / g;
    }
    public static implicit operator Rational(long v) { return new Rational(v, 1); }
    public static explicit operator double(Rational r) { return (double)r.Num / r.Den; }
    public static Rational operator +(Rational a, Rational b) { long g = Gcd(a.Den, b.Den); return new Rational(a.Num * (b.Den / g) + b.Num * (a.Den / g), a.Den / g * b.Den); }
    public static Rational operator -(Rational a) { return new Rational(-a.Num, a.Den); }
    public static Rational operator -(Rational a, Rational b) { return a + -b; }
    public static Rational operator *(Rational a, Rational b) { return new Rational(a.Num * b.Num, a.Den * b.Den); }
    public static Rational operator /(Rational a, Rational b) { return new Rational(a.Num * b.Den, a.Den * b.Num); }
    public static bool operator ==(Rational a, Rational b) { return a.Num == b.Num && a.Den == b.Den; }
    public static bool operator !=(Rational a, Rational b) { return !(a == b); }
    public static bool operator <(Rational a, Rational b) { return a.Num * b.Den < b.Num * a.Den; }
    public static bool operator >(Rational a, Rational b) { return b < a; }
    public override bool Equals(object o) { return o is Rational && (Rational)o == this; }
    public override int GetHashCode() { return (int)(Num * 31 + Den); }
}
class P {
    static int Main() {
        Rational h = 0;
        for (int i = 1; i <= 20; i++) h = h + new Rational(1, i);
        if (h.Num != 55835135 || h.Den != 15519504) return 1;
        double hd = (double)h;
        if (hd < 3.5977 || hd > 3.5978) return 2;
        Rational a = new Rational(6, -8);
        if (a.Num != -3 || a.Den != 4) return 3;
        if (!(a < 0) || !(new Rational(1, 3) > new Rational(33, 100))) return 4;
        // 2x2 system by Cramer's rule: 3x + 2y = 7/2, x - 4y = 1/3
        Rational a11 = 3, a12 = 2, a21 = 1, a22 = -4, b1 = new Rational(7, 2), b2 = new Rational(1, 3);
        Rational det = a11 * a22 - a12 * a21;
        Rational x = (b1 * a22 - a12 * b2) / det, y = (a11 * b2 - b1 * a21) / det;
        if (x != new Rational(22, 21) || y != new Rational(5, 28)) return 5;
        if (a11 * x + a12 * y != b1 || a21 * x + a22 * y != b2) return 6;
        // sqrt(2) convergents: 1 + 1/(2 + 1/(2 + ...))
        Rational c = 1;
        for (int i = 0; i < 20; i++) c = 1 + 1 / (1 + c);
        if (c.Num != 54608393 || c.Den != 38613965) return 7;
        Rational err = c * c - 2;
        if (!(err < new Rational(1, 1000000000000L)) || !(-err < new Rational(1, 1000000000000L))) return 8;
        try { Rational bad = new Rational(1, 2) / 0; return 9 + (int)bad.Num * 0; } catch (DivideByZeroException) { }
        object boxed = new Rational(2, 4);
        if (!boxed.Equals(new Rational(1, 2)) || boxed.Equals(new Rational(1, 3))) return 10;
        if (boxed.GetHashCode() != 33) return 11;
        // Egyptian fraction of 7/15 by greedy: 1/3 + 1/8 + 1/120
        Rational rem = new Rational(7, 15); long code = 0;
        while (rem != 0) {
            long d = (rem.Den + rem.Num - 1) / rem.Num;
            code = code * 1000 + d;
            rem = rem - new Rational(1, d);
        }
        if (code != 3008120) return 12;
        return 0;
    }
}
