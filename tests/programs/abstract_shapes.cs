// Abstract classes: abstract methods and properties implemented in derived
// classes, abstract class calling its own abstract members (template method),
// an abstract intermediate that overrides some members only.
abstract class Shape {
    public abstract int Area();
    public abstract int Sides { get; }
    public virtual int Weight() { return Area() * 2 + Sides; }
    public int Describe() { return Sides * 1000 + Area(); }
}
class Rect : Shape {
    protected int w, h;
    public Rect(int w, int h) { this.w = w; this.h = h; }
    public override int Area() { return w * h; }
    public override int Sides { get { return 4; } }
}
class Square : Rect {
    public Square(int s) : base(s, s) { }
    public override int Weight() { return base.Weight() + 1; }
}
abstract class Poly : Shape {
    public override int Sides { get { return 3; } }
}
class Tri : Poly {
    int b, h;
    public Tri(int b, int h) { this.b = b; this.h = h; }
    public override int Area() { return b * h / 2; }
}
class P {
    static int Main() {
        Shape[] s = { new Rect(2, 3), new Square(4), new Tri(6, 4) };
        if (s[0].Area() != 6) return 1;
        if (s[1].Area() != 16) return 2;
        if (s[2].Area() != 12) return 3;
        if (s[0].Sides != 4) return 4;
        if (s[2].Sides != 3) return 5;
        if (s[0].Weight() != 16) return 6;
        if (s[1].Weight() != 37) return 7;
        if (s[2].Weight() != 27) return 8;
        if (s[2].Describe() != 3012) return 9;
        int total = 0;
        for (int i = 0; i < s.Length; i++) total += s[i].Describe();
        if (total != 4006 + 4016 + 3012) return 10;
        return 0;
    }
}
