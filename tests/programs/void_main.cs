// A void Main (exit code 0) calling void methods: with and without
// arguments, with early returns from inside loops and branches, called in
// loops many times (the stack must stay balanced across each call), and
// void methods that call value-returning methods and discard the result
// (pop).
class P {
    static void Nothing() { }
    static void Args(int a, long b, double c) { }
    static void EarlyReturn(int n) {
        for (int i = 0; ; i++) {
            if (i == n) return;
            if (i > 1000) return;
        }
    }
    static int Value(int x) { return x * 2; }
    static void Discard(int x) { Value(x); Value(x + 1); }
    static void Recurse(int depth) {
        if (depth == 0) return;
        Recurse(depth - 1);
        Discard(depth);
    }
    static long Counter(long n) { for (int i = 0; i < 100000; i++) { Nothing(); Args(i, n, 1.5); Discard(i); } return n; }

    static void Main() {
        Nothing();
        Args(1, 2, 3);
        EarlyReturn(5);
        EarlyReturn(2000);
        Discard(7);
        Recurse(500);
        Counter(3);
        for (int i = 0; i < 1000; i++) EarlyReturn(i % 10);
    }
}
