// Interfaces on structs: calls through a boxed copy mutate the box only,
// constrained calls on a generic T mutate the original, IComparable-like
// generic constraint dispatch without boxing.
interface ICounter { int Bump(); int Value { get; } }
struct Counter : ICounter {
    public int n;
    public int Bump() { return ++n; }
    public int Value { get { return n; } }
}
class P {
    static int BumpTwice<T>(ref T c) where T : ICounter { c.Bump(); return c.Bump(); }
    static int BumpCopy<T>(T c) where T : ICounter { c.Bump(); return c.Value; }
    static int Main() {
        Counter c = new Counter();
        ICounter boxed = c;            // box copies
        boxed.Bump(); boxed.Bump();
        if (c.n != 0) return 1;
        if (boxed.Value != 2) return 2;
        if (BumpTwice(ref c) != 2) return 3;
        if (c.n != 2) return 4;
        if (BumpCopy(c) != 3) return 5;
        if (c.n != 2) return 6;
        ICounter again = boxed;        // same box, not a copy
        again.Bump();
        if (boxed.Value != 3) return 7;
        Counter back = (Counter)boxed; // unbox copies
        back.Bump();
        if (boxed.Value != 3) return 8;
        if (back.n != 4) return 9;
        object o = c;
        if (!(o is ICounter)) return 10;
        ICounter[] arr = { new Counter(), c, back };
        int s = 0;
        foreach (ICounter x in arr) s += x.Bump();
        if (s != 1 + 3 + 5) return 11;
        return 0;
    }
}
