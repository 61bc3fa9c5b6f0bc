// A hash map written from scratch: open addressing over an array of struct
// entries (mutated in place through the array), linear probing, tombstones,
// growth with rehashing, a virtual hash function overridden by a subclass,
// and a cross-check against a direct-indexed array.
struct Entry { public int Key; public long Value; public byte State; }   // 0 empty, 1 used, 2 deleted
class Map {
    Entry[] slots = new Entry[8]; public int Count;
    protected virtual int Hash(int k) { return k * 2654435 & 0x7fffffff; }
    int Find(int k) { int m = slots.Length - 1, i = Hash(k) & m; while (slots[i].State != 0) { if (slots[i].State == 1 && slots[i].Key == k) return i; i = (i + 1) & m; } return ~i; }
    public void Put(int k, long v) {
        if ((Count + 1) * 2 > slots.Length) Grow();
        int i = Find(k);
        if (i >= 0) { slots[i].Value = v; return; }
        i = ~i; slots[i].Key = k; slots[i].Value = v; slots[i].State = 1; Count++;
    }
    public bool TryGet(int k, out long v) { int i = Find(k); v = i >= 0 ? slots[i].Value : 0; return i >= 0; }
    public bool Remove(int k) { int i = Find(k); if (i < 0) return false; slots[i].State = 2; Count--; return true; }
    void Grow() {
        Entry[] old = slots; slots = new Entry[old.Length * 2]; Count = 0;
        for (int i = 0; i < old.Length; i++) if (old[i].State == 1) Put(old[i].Key, old[i].Value);
    }
    public int Capacity { get { return slots.Length; } }
}
class BadHash : Map { protected override int Hash(int k) { return 3; } }   // every key collides
class P {
    static int Check(Map m, int n) {
        long[] shadow = new long[n]; bool[] present = new bool[n];
        uint s = 12345;
        for (int step = 0; step < n * 4; step++) {
            s = s * 1664525 + 1013904223;
            int k = (int)(s >> 8) % n, op = (int)(s & 3);
            if (op < 3) { m.Put(k, step); shadow[k] = step; present[k] = true; }
            else { if (m.Remove(k) != present[k]) return 1; present[k] = false; }
        }
        int count = 0;
        for (int k = 0; k < n; k++) {
            long v; bool has = m.TryGet(k, out v);
            if (has != present[k]) return 2;
            if (has) { count++; if (v != shadow[k]) return 3; }
        }
        return count == m.Count ? 0 : 4;
    }
    static int Main() {
        Map m = new Map();
        int r = Check(m, 1000);
        if (r != 0) return r;
        if (m.Capacity < m.Count * 2) return 5;
        r = Check(new BadHash(), 150);
        if (r != 0) return 10 + r;
        long v;
        if (m.TryGet(-1, out v) || v != 0) return 20;
        return m.Count & 0xff;
    }
}
