// stelem of a struct: a generic stack of structs stores T into T[].
struct Pt { public int X; public long Y; }
class Stack<T> { T[] items = new T[4]; int n; public void Push(T t) { items[n++] = t; } public T Pop() { return items[--n]; } }
class P { static int Main() { var s = new Stack<Pt>(); s.Push(new Pt { X = 3, Y = 4 }); s.Push(new Pt { X = 5, Y = 6 });
  Pt a = s.Pop(); Pt b = s.Pop(); return (int)(a.X * 10 + a.Y + b.X + b.Y); } }
