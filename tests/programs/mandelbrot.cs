// A Mandelbrot set escape-time count over a 64x48 grid: float64 multiply,
// add and compare in nested loops with early exit, int counters, and
// double-to-int conversion of coordinates. The total iteration count is
// compared exactly with mono's (the arithmetic is deterministic IEEE).
class P {
    static int Escape(double cr, double ci, int limit) {
        double zr = 0, zi = 0;
        int n = 0;
        while (n < limit) {
            double zr2 = zr * zr, zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) break;
            zi = 2 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
            n++;
        }
        return n;
    }

    static int Main() {
        long total = 0;
        int inside = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                double cr = -2.0 + x * (3.0 / 64);
                double ci = -1.2 + y * (2.4 / 48);
                int n = Escape(cr, ci, 200);
                total += n;
                if (n == 200) inside++;
            }
        }
        if (inside < 400 || inside > 900) return 1;
        return (int)(total % 200) + 2;
    }
}
