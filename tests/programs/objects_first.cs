// Objects: constructors, fields, virtual and interface dispatch, a static
// constructor, arrays of references and numbers, string literals, args.
using System;
interface IShape { int Area(); }
abstract class Shape : IShape {
    public abstract int Area();
    public virtual int Sides() { return 0; }
}
class Rect : Shape {
    int w, h;
    public Rect(int w, int h) { this.w = w; this.h = h; }
    public override int Area() { return w * h; }
    public override int Sides() { return 4; }
}
class Square : Rect { public Square(int s) : base(s, s) {} }
class Counter { public static int Count; static Counter() { Count = 100; } public static int Next() { return ++Count; } }
class P {
    static string Name = "lucid";
    static int Main(string[] args) {
        IShape[] shapes = new IShape[3];
        shapes[0] = new Rect(2, 3); shapes[1] = new Square(4); shapes[2] = new Rect(1, 1);
        int total = 0;
        for (int i = 0; i < shapes.Length; i++) total += shapes[i].Area();
        Shape s = new Square(3);
        if (s.Sides() != 4) return 1;
        if (Counter.Next() != 101) return 2;
        long[] big = new long[10];
        for (int i = 0; i < big.Length; i++) big[i] = (long)i * i;
        object[] objs = new string[2];
        objs[0] = "x";
        if (Name == null || args.Length != 0) return 3;
        return total + (int)big[9] + Name.Length;
    }
}
