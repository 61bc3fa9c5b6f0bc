// Generic singly linked list and generic binary search tree ordered by a
// comparer interface of our own; used for ints, structs and reference types.
using System;
interface IOrder<T> { int Compare(T a, T b); }
class IntAsc : IOrder<int> { public int Compare(int a, int b) { return a < b ? -1 : a > b ? 1 : 0; } }
class IntDesc : IOrder<int> { public int Compare(int a, int b) { return b.CompareTo(a); } }
struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } }
class ByDistance : IOrder<Point> {
    public int Compare(Point a, Point b) {
        int da = a.X * a.X + a.Y * a.Y, db = b.X * b.X + b.Y * b.Y;
        if (da != db) return da - db;
        return a.X - b.X;
    }
}
class Name { public int Id; public Name(int id) { Id = id; } }
class ByIdMod : IOrder<Name> { public int Compare(Name a, Name b) { return (a.Id % 7) - (b.Id % 7); } }
class LinkedList<T> {
    class Node { public T Value; public Node Next; public Node(T v, Node n) { Value = v; Next = n; } }
    Node head, tail; public int Count;
    public void AddLast(T v) { Node n = new Node(v, null); if (tail == null) head = tail = n; else { tail.Next = n; tail = n; } Count++; }
    public void AddFirst(T v) { head = new Node(v, head); if (tail == null) tail = head; Count++; }
    public T this[int i] { get { Node n = head; while (i-- > 0) n = n.Next; return n.Value; } }
    public void Reverse() { Node prev = null, cur = head; tail = head; while (cur != null) { Node nx = cur.Next; cur.Next = prev; prev = cur; cur = nx; } head = prev; }
    public bool RemoveFirst(Predicate<T> p) {
        Node prev = null;
        for (Node n = head; n != null; prev = n, n = n.Next) {
            if (!p(n.Value)) continue;
            if (prev == null) head = n.Next; else prev.Next = n.Next;
            if (n == tail) tail = prev;
            Count--; return true;
        }
        return false;
    }
    public T[] ToArray() { T[] a = new T[Count]; int i = 0; for (Node n = head; n != null; n = n.Next) a[i++] = n.Value; return a; }
}
class Bst<T> {
    class Node { public T Key; public int Dup; public Node L, R; }
    Node root; IOrder<T> ord; public int Count;
    public Bst(IOrder<T> o) { ord = o; }
    public void Insert(T k) {
        Node n = new Node(); n.Key = k; Count++;
        if (root == null) { root = n; return; }
        Node c = root;
        while (true) {
            int cmp = ord.Compare(k, c.Key);
            if (cmp == 0) { c.Dup++; Count--; return; }
            if (cmp < 0) { if (c.L == null) { c.L = n; return; } c = c.L; }
            else { if (c.R == null) { c.R = n; return; } c = c.R; }
        }
    }
    public bool Contains(T k) {
        Node c = root;
        while (c != null) { int cmp = ord.Compare(k, c.Key); if (cmp == 0) return true; c = cmp < 0 ? c.L : c.R; }
        return false;
    }
    public int Height() { return H(root); }
    static int H(Node n) { if (n == null) return 0; int a = H(n.L), b = H(n.R); return 1 + (a > b ? a : b); }
    public void InOrder(LinkedList<T> into) { Walk(root, into); }
    static void Walk(Node n, LinkedList<T> into) { if (n == null) return; Walk(n.L, into); into.AddLast(n.Key); Walk(n.R, into); }
    public T Min() { Node c = root; if (c == null) throw new InvalidOperationException(); while (c.L != null) c = c.L; return c.Key; }
}
class P {
    static int Main() {
        Bst<int> t = new Bst<int>(new IntAsc());
        int x = 7;
        for (int i = 0; i < 50; i++) { x = (x * 37 + 11) % 101; t.Insert(x); }
        LinkedList<int> sorted = new LinkedList<int>();
        t.InOrder(sorted);
        if (sorted.Count != t.Count) return 1;
        for (int i = 1; i < sorted.Count; i++) if (sorted[i - 1] >= sorted[i]) return 2;
        if (!t.Contains(sorted[3]) || t.Contains(1000)) return 3;
        Bst<int> d = new Bst<int>(new IntDesc());
        int[] arr = sorted.ToArray();
        for (int i = 0; i < arr.Length; i++) d.Insert(arr[i]);
        if (d.Height() != arr.Length) return 4;                    // degenerate chain
        if (d.Min() != arr[arr.Length - 1]) return 5;
        sorted.Reverse();
        if (sorted[0] != arr[arr.Length - 1] || sorted[sorted.Count - 1] != arr[0]) return 6;
        int evensRemoved = 0;
        while (sorted.RemoveFirst(delegate (int v) { return v % 2 == 0; })) evensRemoved++;
        int odd = 0; for (int i = 0; i < arr.Length; i++) if (arr[i] % 2 != 0) odd++;
        if (sorted.Count != odd || evensRemoved + odd != arr.Length) return 7;
        sorted.AddFirst(-1); sorted.AddLast(-2);
        if (sorted[0] != -1 || sorted[sorted.Count - 1] != -2) return 8;

        Bst<Point> pts = new Bst<Point>(new ByDistance());
        for (int i = -3; i <= 3; i++) for (int j = -3; j <= 3; j++) pts.Insert(new Point(i, j * i % 4));
        LinkedList<Point> pl = new LinkedList<Point>(); pts.InOrder(pl);
        Point first = pl[0], last = pl[pl.Count - 1];
        if (first.X != 0 || first.Y != 0) return 9;
        int lastD = last.X * last.X + last.Y * last.Y;
        if (lastD != 18) return 10;
        if (pl.Count != 21) return 11;

        Bst<Name> names = new Bst<Name>(new ByIdMod());
        for (int i = 0; i < 30; i++) names.Insert(new Name(i * 3));
        if (names.Count != 7) return 12;
        if (names.Min().Id != 0) return 13;
        Bst<Name> empty = new Bst<Name>(new ByIdMod());
        try { empty.Min(); return 14; } catch (InvalidOperationException) { }
        int sum = 0; for (int i = 0; i < arr.Length; i++) sum += arr[i] * (i + 1);
        if (sum != 18469) return 15;
        return 0;
    }
}
