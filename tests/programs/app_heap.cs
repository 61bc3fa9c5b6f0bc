// Event scheduler: a binary min-heap of structs ordered by (time, seq), used
// to run a small discrete-event simulation of a bank queue with two tellers.
using System;
struct Event {
    public int Time, Seq, Kind, Customer;
    public Event(int t, int s, int k, int c) { Time = t; Seq = s; Kind = k; Customer = c; }
    public bool Before(Event o) { return Time < o.Time || (Time == o.Time && Seq < o.Seq); }
}
class Heap {
    Event[] items = new Event[4];
    public int Count;
    public int MaxCount;
    public void Push(Event e) {
        if (Count == items.Length) {
            Event[] bigger = new Event[items.Length * 2];
            for (int i = 0; i < Count; i++) bigger[i] = items[i];
            items = bigger;
        }
        int k = Count++;
        items[k] = e;
        while (k > 0) {
            int p = (k - 1) / 2;
            if (!items[k].Before(items[p])) break;
            Event t = items[k]; items[k] = items[p]; items[p] = t;
            k = p;
        }
        if (Count > MaxCount) MaxCount = Count;
    }
    public Event Pop() {
        if (Count == 0) throw new InvalidOperationException();
        Event top = items[0];
        items[0] = items[--Count];
        int k = 0;
        while (true) {
            int l = 2 * k + 1, r = l + 1, m = k;
            if (l < Count && items[l].Before(items[m])) m = l;
            if (r < Count && items[r].Before(items[m])) m = r;
            if (m == k) break;
            Event t = items[k]; items[k] = items[m]; items[m] = t;
            k = m;
        }
        return top;
    }
}
class P {
    const int Arrive = 0, Done = 1;
    static int Main() {
        // heap sort sanity: pseudo-random times come out sorted and stable by seq
        Heap h = new Heap();
        uint seed = 12345;
        for (int i = 0; i < 200; i++) {
            seed = seed * 1103515245 + 12345;
            h.Push(new Event((int)((seed >> 16) % 50), i, 0, 0));
        }
        Event prev = h.Pop();
        int popped = 1;
        while (h.Count > 0) {
            Event e = h.Pop();
            if (e.Before(prev)) return 1;
            prev = e; popped++;
        }
        if (popped != 200) return 2;
        try { h.Pop(); return 3; } catch (InvalidOperationException) { }

        // simulation: 20 customers arriving every 3 ticks, service 4 + (i % 5) ticks
        Heap q = new Heap();
        int seq = 0;
        for (int i = 0; i < 20; i++) q.Push(new Event(i * 3, seq++, Arrive, i));
        int freeTellers = 2;
        int[] waiting = new int[20]; int wHead = 0, wTail = 0;
        int[] arrivedAt = new int[20];
        long totalWait = 0; int maxWait = 0, lastTime = 0, served = 0;
        while (q.Count > 0) {
            Event e = q.Pop();
            lastTime = e.Time;
            if (e.Kind == Arrive) { arrivedAt[e.Customer] = e.Time; waiting[wTail++] = e.Customer; }
            else { freeTellers++; served++; }
            while (freeTellers > 0 && wHead < wTail) {
                int c = waiting[wHead++];
                int wait = e.Time - arrivedAt[c];
                totalWait += wait; if (wait > maxWait) maxWait = wait;
                freeTellers--;
                q.Push(new Event(e.Time + 4 + c % 5, seq++, Done, c));
            }
        }
        if (served != 20) return 4;
        if (lastTime != 65) return 5;
        if (totalWait != 14) return 6;
        if (maxWait != 2) return 7;
        return 0;
    }
}
