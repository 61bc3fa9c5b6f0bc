using System;
struct Money : IEquatable<Money>, IComparable<Money> {
    public readonly long Cents;
    public Money(long cents) { Cents = cents; }
    public static Money operator +(Money a, Money b) { return new Money(checked(a.Cents + b.Cents)); }
    public static Money operator -(Money a) { return new Money(-a.Cents); }
    public static Money operator *(Money a, int k) { return new Money(a.Cents * k); }
    public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents; }
    public static bool operator !=(Money a, Money b) { return a.Cents != b.Cents; }
    public static bool operator <(Money a, Money b) { return a.Cents < b.Cents; }
    public static bool operator >(Money a, Money b) { return a.Cents > b.Cents; }
    public static implicit operator Money(int dollars) { return new Money(dollars * 100L); }
    public static explicit operator decimal(Money m) { return m.Cents / 100m; }
    public static Money operator ++(Money m) { return new Money(m.Cents + 1); }
    public static bool operator true(Money m) { return m.Cents != 0; }
    public static bool operator false(Money m) { return m.Cents == 0; }
    public static Money operator &(Money a, Money b) { return a.Cents != 0 && b.Cents != 0 ? b : new Money(0); }
    public static Money operator |(Money a, Money b) { return a.Cents != 0 ? a : b; }
    public bool Equals(Money o) { return Cents == o.Cents; }
    public override bool Equals(object o) { return o is Money && Equals((Money)o); }
    public override int GetHashCode() { return Cents.GetHashCode(); }
    public int CompareTo(Money o) { return Cents.CompareTo(o.Cents); }
    public override string ToString() { return ((decimal)this).ToString("F2", System.Globalization.CultureInfo.InvariantCulture); }
}
class Vec { public double X, Y; public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator *(double k, Vec v) { return new Vec(k * v.X, k * v.Y); }
    public double this[int i] { get { return i == 0 ? X : Y; } set { if (i == 0) X = value; else Y = value; } }
    public override string ToString() { return "(" + X + "," + Y + ")"; } }
class Operators {
    static void Main() {
        Money a = 5, b = new Money(250);
        Console.WriteLine((a + b) + " " + (-a) + " " + (b * 3) + " " + (a == 5) + " " + (a != b) + " " + (a > b) + " " + (decimal)b);
        a++; Console.WriteLine(a + " " + a.CompareTo(b));
        Money zero = 0;
        Console.WriteLine((zero ? "true" : "false") + " " + (a && b) + " " + (zero || b) + " " + (zero && b));
        try { var big = new Money(long.MaxValue) + new Money(1); Console.WriteLine(big); } catch (OverflowException) { Console.WriteLine("checked overflow in operator"); }
        var v = new Vec(1, 2) + 2 * new Vec(3, 4); v[1] = -1;
        Console.WriteLine(v + " " + v[0]);
        int i = int.MaxValue; unchecked { i++; } Console.WriteLine(i);
        Console.WriteLine((5 / 2) + " " + (-5 / 2) + " " + (-5 % 2) + " " + (5.0 / 2) + " " + (1 << 33) + " " + (1L << 33) + " " + (-8 >> 1) + " " + (uint.MaxValue >> 28) + " " + (-8 >> 33));
        int i300 = 300, i200 = 200, i70000 = 70000, minus1 = -1; ulong umax = ulong.MaxValue; double d399 = 3.99;
        Console.WriteLine((byte)i300 + " " + (sbyte)i200 + " " + (short)i70000 + " " + (int)d399 + " " + (int)-d399 + " " + (uint)minus1 + " " + (long)umax + " " + (char)65 + " " + (int)'z');
        Console.WriteLine((0.1f + 0.2f == 0.3f) + " " + (float)0.1 + " " + (double)0.1f + " " + (1e300 * 1e10) + " " + (-1.0 / 0) + " " + (0.0 / 0 == 0.0 / 0));
        int x = 10; x += x++ + ++x; Console.WriteLine(x);
        string s = null; s += "a"; s += null; s += 1; Console.WriteLine(s);
        object o = 1; Console.WriteLine((o is int n && n > 0) + " " + (o as string == null));
        Console.WriteLine((5 & 3 | 8 ^ 2) + " " + (~5) + " " + (true ^ true) + " " + (!false & true));
        long big2 = int.MaxValue; big2 *= 2; Console.WriteLine(big2 + " " + (int)big2);
        Console.WriteLine(Math.Abs(-0.0).ToString() + " " + (7 % -3) + " " + (-7.5 % 2) + " " + decimal.Remainder(-7.5m, 2));
    }
}
