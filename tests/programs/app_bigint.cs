// Arbitrary-precision unsigned integers as little-endian int[] limbs in base
// 10000: addition, multiplication, small division; computes 30!, 2^200 and
// checks digit sums and a few known digits.
using System;
class Big {
    const int Base = 10000;
    public int[] D; public int Len;
    public Big(int cap) { D = new int[cap]; }
    public static Big FromInt(long v) {
        Big b = new Big(8);
        if (v == 0) { b.Len = 1; return b; }
        while (v > 0) { b.D[b.Len++] = (int)(v % Base); v /= Base; }
        return b;
    }
    public static Big Add(Big a, Big b) {
        int n = a.Len > b.Len ? a.Len : b.Len;
        Big r = new Big(n + 1);
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int s = carry + (i < a.Len ? a.D[i] : 0) + (i < b.Len ? b.D[i] : 0);
            r.D[i] = s % Base; carry = s / Base;
        }
        r.Len = n;
        if (carry > 0) r.D[r.Len++] = carry;
        return r;
    }
    public static Big Mul(Big a, Big b) {
        Big r = new Big(a.Len + b.Len);
        long[] acc = new long[a.Len + b.Len];
        for (int i = 0; i < a.Len; i++)
            for (int j = 0; j < b.Len; j++) acc[i + j] += (long)a.D[i] * b.D[j];
        long carry = 0;
        for (int k = 0; k < acc.Length; k++) {
            long s = acc[k] + carry;
            r.D[k] = (int)(s % Base); carry = s / Base;
        }
        r.Len = acc.Length;
        while (r.Len > 1 && r.D[r.Len - 1] == 0) r.Len--;
        return r;
    }
    public int DivSmall(int d) {    // in place, returns remainder
        long rem = 0;
        for (int i = Len - 1; i >= 0; i--) {
            long cur = rem * Base + D[i];
            D[i] = (int)(cur / d); rem = cur % d;
        }
        while (Len > 1 && D[Len - 1] == 0) Len--;
        return (int)rem;
    }
    public int DigitSum() {
        int s = 0;
        for (int i = 0; i < Len; i++) { int x = D[i]; while (x > 0) { s += x % 10; x /= 10; } }
        return s;
    }
    public int DecimalDigits() {
        int top = D[Len - 1], n = 0;
        while (top > 0) { n++; top /= 10; }
        return (Len - 1) * 4 + (n == 0 ? 1 : n);
    }
    public bool Equals(Big o) {
        if (Len != o.Len) return false;
        for (int i = 0; i < Len; i++) if (D[i] != o.D[i]) return false;
        return true;
    }
}
class P {
    static int Main() {
        Big f = Big.FromInt(1);
        for (int i = 2; i <= 30; i++) f = Big.Mul(f, Big.FromInt(i));
        // 30! = 265252859812191058636308480000000
        if (f.DecimalDigits() != 33) return 1;
        if (f.DigitSum() != 117) return 2;
        if (f.D[f.Len - 1] != 2 || f.D[f.Len - 2] != 6525) return 3;
        Big p = Big.FromInt(1);
        for (int i = 0; i < 200; i++) p = Big.Add(p, p);
        // 2^200 = 1606938044258990275541962092341162602522202993782792835301376
        if (p.DecimalDigits() != 61) return 4;
        if (p.DigitSum() != 256) return 5;
        if (p.D[0] != 1376) return 6;
        Big q = Big.Mul(Big.FromInt(1L << 50), Big.FromInt(1L << 50));
        Big q2 = Big.Mul(q, q);
        if (!q2.Equals(p)) return 7;
        // divide 30! back down to 1
        Big g = Big.Mul(f, Big.FromInt(1));
        for (int i = 30; i >= 2; i--) if (g.DivSmall(i) != 0) return 8;
        if (g.Len != 1 || g.D[0] != 1) return 9;
        // remainder check: 2^200 mod 9999
        Big h = Big.Add(p, Big.FromInt(0));
        int r = h.DivSmall(9999);
        if (r != 3334) return 10;
        // fibonacci(300) digit count = 63
        Big a = Big.FromInt(0), b = Big.FromInt(1);
        for (int i = 0; i < 300; i++) { Big t = Big.Add(a, b); a = b; b = t; }
        if (a.DecimalDigits() != 63) return 11;
        if (a.DigitSum() != 315) return 12;
        return 0;
    }
}
