// Iterators: yield return in methods returning IEnumerator<T>, foreach over
// classes wrapping them, yield break, try/finally inside an iterator (the
// finally runs at the end and on early exit through Dispose), a hand-written
// IEnumerator<int>, and an infinite generator consumed partially.
// (Iterator methods returning IEnumerable<T> call Interlocked.CompareExchange,
// an internal call, so every sequence here is a class around an IEnumerator.)
using System.Collections;
using System.Collections.Generic;
class Range : IEnumerable<int> {
    int lo, hi;
    public Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
    public IEnumerator<int> GetEnumerator() { for (int i = lo; i < hi; i++) yield return i; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class Manual : IEnumerator<int> {
    int i = -1, n;
    public Manual(int n) { this.n = n; }
    public int Current { get { return i * 10; } }
    object IEnumerator.Current { get { return Current; } }
    public bool MoveNext() { return ++i < n; }
    public void Reset() { i = -1; }
    public void Dispose() { P.disposed++; }
}
class ManualSeq : IEnumerable<int> {
    public IEnumerator<int> GetEnumerator() { return new Manual(4); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class Seq<T> : IEnumerable<T> {
    System.Func<IEnumerator<T>> make;
    public Seq(System.Func<IEnumerator<T>> make) { this.make = make; }
    public IEnumerator<T> GetEnumerator() { return make(); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class P {
    public static int disposed, fin;
    static IEnumerator<int> Evens(int max) { for (int i = 0; ; i += 2) { if (i > max) yield break; yield return i; } }
    static IEnumerator<int> Guarded() { try { yield return 1; yield return 2; } finally { fin++; } }
    static IEnumerator<long> Fib() { long a = 0, b = 1; while (true) { yield return a; long t = a + b; a = b; b = t; } }
    static int Main() {
        int s = 0;
        foreach (int x in new Range(3, 7)) s += x;
        if (s != 18) return 1;
        s = 0;
        foreach (int x in new Seq<int>(() => Evens(10))) s += x;
        if (s != 30) return 2;
        s = 0;
        foreach (int x in new Seq<int>(Guarded)) s += x;
        if (s != 3 || fin != 1) return 3;
        foreach (int x in new Seq<int>(Guarded)) { if (x == 1) break; }
        if (fin != 2) return 4;      // Dispose runs the finally on early exit
        s = 0;
        foreach (int x in new ManualSeq()) s += x;
        if (s != 60 || disposed != 1) return 5;
        long last = 0; int n = 0;
        foreach (long f in new Seq<long>(Fib)) { if (n++ == 50) { last = f; break; } }
        if (last != 12586269025L) return 6;
        IEnumerator<int> e = new Range(0, 2).GetEnumerator();
        if (!e.MoveNext() || e.Current != 0) return 7;
        if (!e.MoveNext() || e.Current != 1) return 8;
        if (e.MoveNext()) return 9;
        return 0;
    }
}
