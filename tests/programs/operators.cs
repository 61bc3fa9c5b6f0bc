// Operator overloading on structs and classes: arithmetic, comparison,
// equality (with null checks on a class), unary, true/false, increment,
// and conversions; all compile to static calls on the declaring type.
struct Vec {
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator -(Vec a) { return new Vec(-a.X, -a.Y); }
    public static Vec operator *(int k, Vec a) { return new Vec(k * a.X, k * a.Y); }
    public static int operator *(Vec a, Vec b) { return a.X * b.X + a.Y * b.Y; }
    public static bool operator ==(Vec a, Vec b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Vec a, Vec b) { return !(a == b); }
    public static Vec operator ++(Vec a) { return new Vec(a.X + 1, a.Y + 1); }
    public override bool Equals(object o) { return o is Vec && (Vec)o == this; }
    public override int GetHashCode() { return X * 31 + Y; }
}
class Money {
    public long Cents;
    public Money(long c) { Cents = c; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
    public static bool operator <(Money a, Money b) { return a.Cents < b.Cents; }
    public static bool operator >(Money a, Money b) { return a.Cents > b.Cents; }
    public static bool operator ==(Money a, Money b) {
        if (ReferenceEquals(a, null)) return ReferenceEquals(b, null);
        return !ReferenceEquals(b, null) && a.Cents == b.Cents;
    }
    public static bool operator !=(Money a, Money b) { return !(a == b); }
    public static Money operator &(Money a, Money b) { return new Money(a.Cents != 0 && b.Cents != 0 ? 1 : 0); }
    public static Money operator |(Money a, Money b) { return new Money(a.Cents != 0 || b.Cents != 0 ? 1 : 0); }
    public static bool operator true(Money m) { return m.Cents != 0; }
    public static bool operator false(Money m) { return m.Cents == 0; }
    public static implicit operator long(Money m) { return m.Cents; }
    public static explicit operator Money(long c) { return new Money(c); }
    public override bool Equals(object o) { return this == o as Money; }
    public override int GetHashCode() { return (int)Cents; }
}
class P {
    static int Main() {
        Vec a = new Vec(1, 2), b = new Vec(3, 4);
        Vec c = a + b;
        if (c.X != 4 || c.Y != 6) return 1;
        if ((-c).Y != -6) return 2;
        if ((3 * a).Y != 6) return 3;
        if (a * b != 11) return 4;
        if (a == b || !(a + b == c)) return 5;
        Vec d = a; d++;
        if (d != new Vec(2, 3) || a.X != 1) return 6;
        if (!c.Equals(new Vec(4, 6)) || c.Equals(a)) return 7;
        object boxed = c;
        if (!boxed.Equals(new Vec(4, 6))) return 8;      // virtual Equals on the box
        if (boxed.GetHashCode() != 130) return 9;
        Money m1 = new Money(150), m2 = (Money)250L;
        Money sum = m1 + m2;
        if (sum.Cents != 400 || !(m1 < m2) || m1 > m2) return 10;
        if (!(sum == new Money(400)) || sum == null || !(null == (Money)null)) return 11;
        long raw = sum;
        if (raw != 400) return 12;
        Money zero = new Money(0);
        int truthy = 0;
        if (sum) truthy += 1;
        if (zero) truthy += 10;
        if (sum && zero) truthy += 100;
        if (zero || sum) truthy += 1000;
        if (truthy != 1001) return 13;
        if (!sum.Equals(new Money(400)) || sum.Equals(null)) return 14;
        return 0;
    }
}
