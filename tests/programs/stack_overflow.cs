// Unbounded recursion raises StackOverflowException, which a caller can
// catch (mono does too): with small frames (the frame count runs out) and
// with large ones (a struct local of many slots: the slot stack runs
// out), through a virtual call, and again after the first one was caught
// (the stacks unwound fully). Finally blocks on the way run. Each check
// returns its own number when it fails.
using System;

struct Wide {
    public long A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P;
}

class Walker {
    public int Depth;
    public virtual int Down(int n) { Depth++; return Down(n + 1) + 1; }
}

class P {
    static int depth, finallies;

    static int Small(int n) { depth++; return Small(n + 1) + 1; }

    static long Large(Wide w) {
        depth++;
        Wide copy = w;
        copy.A++;
        return Large(copy) + copy.P;
    }

    static int WithFinally(int n) {
        try {
            return WithFinally(n + 1);
        } finally {
            if (n < 3) finallies++;
        }
    }

    static int Main() {
        try { Small(0); return 1; } catch (StackOverflowException) { }
        if (depth < 1000) return 2;
        int first = depth;
        depth = 0;
        try { Small(0); return 3; } catch (StackOverflowException) { }
        if (depth != first) return 4;
        depth = 0;
        try { Large(new Wide()); return 5; } catch (StackOverflowException) { }
        if (depth < 1000) return 6;
        Walker w = new Walker();
        try { w.Down(0); return 7; } catch (StackOverflowException) { }
        if (w.Depth < 1000) return 8;
        try { WithFinally(0); return 9; } catch (StackOverflowException) { }
        if (finallies != 3) return 10;
        return 0;
    }
}
