// Deep recursion: 10000 nested frames summing 1..n, a 30000-deep chain
// that carries a long and a double in each frame, and repeated deep
// descents (the frame stack must unwind fully each time). Managed calls
// do not recurse on the C stack in Lucid, so none of this may crash.
class P {
    static int Sum(int n) { return n == 0 ? 0 : n + Sum(n - 1); }
    static long Chain(int n, long acc, double d) {
        if (n == 0) return acc + (long)d;
        long local = acc * 31 + n;
        return Chain(n - 1, local % 1000000007L, d + 0.5);
    }
    static int Depth(int n) {
        if (n == 0) return 0;
        int below = Depth(n - 1);
        return below + 1;
    }

    static int Main() {
        if (Sum(10000) != 50005000) return 1;
        long c = Chain(30000, 1, 0);
        if (c <= 0) return 2;
        for (int i = 0; i < 20; i++)
            if (Depth(10000 + i) != 10000 + i) return 3;
        return (int)(c % 200) + 4;
    }
}
