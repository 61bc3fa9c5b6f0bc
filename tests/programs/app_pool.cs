// Object pool with an intrusive free list: particles are acquired and
// released across frames and must be reused rather than reallocated; a
// generation counter catches stale handles.
using System;
class StaleHandle : Exception { }
class Particle {
    public int X, Y, Vx, Vy, Life; public int Generation; public int Index;
    public Particle NextFree; public bool Live;
}
struct Handle { public int Index, Generation; }
class Pool {
    Particle[] all; Particle free;
    public int Allocated, Acquires, Reuses, LiveCount;
    public Pool(int cap) { all = new Particle[cap]; }
    public Handle Acquire() {
        Particle p = free;
        if (p != null) { free = p.NextFree; Reuses++; }
        else {
            if (Allocated == all.Length) throw new InvalidOperationException();
            p = new Particle(); p.Index = Allocated; all[Allocated++] = p;
        }
        p.NextFree = null; p.Live = true; p.Generation++; Acquires++; LiveCount++;
        Handle h; h.Index = p.Index; h.Generation = p.Generation; return h;
    }
    public Particle Get(Handle h) {
        Particle p = all[h.Index];
        if (p == null || !p.Live || p.Generation != h.Generation) throw new StaleHandle();
        return p;
    }
    public void Release(Handle h) { Particle p = Get(h); p.Live = false; p.NextFree = free; free = p; LiveCount--; }
    public int FreeLength() { int n = 0; for (Particle p = free; p != null; p = p.NextFree) n++; return n; }
    public Particle At(int i) { return all[i]; }
}
class P {
    static int Main() {
        Pool pool = new Pool(64);
        Handle[] live = new Handle[64]; int nLive = 0;
        uint rng = 7; long energy = 0; int deaths = 0;
        for (int frame = 0; frame < 200; frame++) {
            for (int k = 0; k < 3 && nLive < 40; k++) {
                rng = rng * 1664525 + 1013904223;
                Handle h = pool.Acquire();
                Particle p = pool.Get(h);
                p.X = 0; p.Y = 0; p.Vx = (int)(rng >> 28) - 8; p.Vy = (int)((rng >> 24) & 15); p.Life = 5 + (int)((rng >> 16) % 20);
                live[nLive++] = h;
            }
            for (int i = 0; i < nLive; i++) {
                Particle p = pool.Get(live[i]);
                p.X += p.Vx; p.Y += p.Vy; p.Vy -= 1;
                if (--p.Life == 0 || p.Y < 0) {
                    energy += p.X * p.X + p.Y * p.Y;
                    pool.Release(live[i]); deaths++;
                    live[i] = live[--nLive]; i--;
                }
            }
        }
        if (pool.LiveCount != nLive) return 1;
        if (pool.Allocated > 40) return 2;
        if (pool.Acquires != pool.Allocated + pool.Reuses) return 3;
        if (pool.FreeLength() != pool.Allocated - nLive) return 4;
        if (deaths + nLive != pool.Acquires) return 5;
        // a stale handle from a released-and-reused slot is rejected
        Handle a = pool.Acquire(); pool.Release(a); Handle b = pool.Acquire();
        if (a.Index != b.Index || b.Generation != a.Generation + 1) return 6;
        try { pool.Get(a); return 7; } catch (StaleHandle) { }
        pool.Release(b);
        try { pool.Release(b); return 8; } catch (StaleHandle) { }
        // exhausting a small pool
        Pool tiny = new Pool(2); tiny.Acquire(); tiny.Acquire();
        try { tiny.Acquire(); return 9; } catch (InvalidOperationException) { }
        if (deaths != 570) return 10;
        if (energy != 3392178) return 11;
        if (pool.Allocated != 40) return 12;
        return 0;
    }
}
