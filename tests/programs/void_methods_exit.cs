// void methods inside an int Main: after many calls to void methods that
// take arguments and return early, the caller's evaluation stack and
// locals are intact (a value pushed before the call is still there
// after), and the final result is a checksum of that work.
class P {
    static void Skip(int a, int b) { if (a > b) return; a = b; }
    static void Loop(long n) { while (n > 0) { if (n == 3) return; n--; } }
    static int Square(int x) { return x * x; }

    static int Main() {
        int acc = 0;
        long big = 1L << 40;
        for (int i = 0; i < 200; i++) {
            Skip(i, 100);
            Loop(i);
            acc = acc + Square(i) % 7;   // a value in flight around calls
            Skip(100, i);
        }
        if (big != 1L << 40) return 1;
        return acc % 200 + 3; // locals survive
    }
}
