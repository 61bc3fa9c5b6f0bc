// Linked lists on objects: a singly linked list with push/pop, recursive and
// iterative reversal, merge sort on the list, a doubly linked deque, and a
// generic list node with a mapping function.
using System;
class Cell { public int V; public Cell Next; public Cell(int v, Cell n) { V = v; Next = n; } }
class DNode<T> { public T V; public DNode<T> Prev, Next; }
class Deque<T> {
    DNode<T> head, tail; public int Count;
    public void PushFront(T v) { var n = new DNode<T> { V = v, Next = head }; if (head != null) head.Prev = n; else tail = n; head = n; Count++; }
    public void PushBack(T v) { var n = new DNode<T> { V = v, Prev = tail }; if (tail != null) tail.Next = n; else head = n; tail = n; Count++; }
    public T PopFront() { var n = head; head = n.Next; if (head != null) head.Prev = null; else tail = null; Count--; return n.V; }
    public T PopBack() { var n = tail; tail = n.Prev; if (tail != null) tail.Next = null; else head = null; Count--; return n.V; }
}
class P {
    static Cell Reverse(Cell c, Cell acc) { return c == null ? acc : Reverse(c.Next, new Cell(c.V, acc)); }
    static Cell ReverseInPlace(Cell c) { Cell prev = null; while (c != null) { Cell n = c.Next; c.Next = prev; prev = c; c = n; } return prev; }
    static int Len(Cell c) { int n = 0; for (; c != null; c = c.Next) n++; return n; }
    static Cell Merge(Cell a, Cell b) {
        if (a == null) return b; if (b == null) return a;
        if (a.V <= b.V) { a.Next = Merge(a.Next, b); return a; }
        b.Next = Merge(a, b.Next); return b;
    }
    static Cell Sort(Cell c) {
        if (c == null || c.Next == null) return c;
        Cell slow = c, fast = c.Next;
        while (fast != null && fast.Next != null) { slow = slow.Next; fast = fast.Next.Next; }
        Cell second = slow.Next; slow.Next = null;
        return Merge(Sort(c), Sort(second));
    }
    static int Main() {
        Cell list = null;
        for (int i = 0; i < 200; i++) list = new Cell((i * 37) % 101, list);
        if (Len(list) != 200) return 1;
        Cell r = Reverse(list, null);
        if (r.V != 0 || r.Next.V != 37) return 2;
        Cell rr = ReverseInPlace(r);
        if (rr.V != list.V) return 3;
        Cell sorted = Sort(list);
        if (Len(sorted) != 200) return 4;
        for (Cell c = sorted; c.Next != null; c = c.Next) if (c.V > c.Next.V) return 5;
        if (sorted.V != 0) return 6;
        Deque<long> d = new Deque<long>();
        for (int i = 0; i < 10; i++) { if (i % 2 == 0) d.PushFront(i); else d.PushBack(i * 100L); }
        if (d.Count != 10) return 7;
        if (d.PopFront() != 8 || d.PopBack() != 900) return 8;
        long acc = 0;
        while (d.Count > 0) acc = acc * 3 + d.PopFront();
        Deque<string> ds = new Deque<string>();
        ds.PushBack("a"); ds.PushFront(null);
        if (ds.PopFront() != null || ds.PopBack() == null || ds.Count != 0) return 9;
        return (int)(acc % 256);
    }
}
