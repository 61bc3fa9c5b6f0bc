// Loops: for, while, do-while, nested three deep, break and continue at
// several levels, loops counting down, a goto-built loop, and loops whose
// bodies never run. Results are counts and sums checked exactly.
class P {
    static int Main() {
        // Triple nested loop.
        int count = 0;
        for (int i = 0; i < 20; i++)
            for (int j = i; j < 20; j++)
                for (int k = j; k < 20; k++)
                    count++;
        if (count != 1540) return 1;
        // while with break and continue.
        int n = 0, sum = 0;
        while (true) {
            n++;
            if (n % 2 == 0) continue;
            if (n > 99) break;
            sum += n;
        }
        if (sum != 2500) return 2;
        // do-while runs at least once.
        int runs = 0;
        do { runs++; } while (runs < 0);
        if (runs != 1) return 3;
        // Count down.
        long prod = 1;
        for (int i = 10; i > 0; i--) prod *= i;
        if (prod != 3628800) return 4;
        // Break out of an inner loop only.
        int pairs = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (j > i) break;
                pairs++;
            }
        }
        if (pairs != 55) return 5;
        // Continue in an inner loop, nested with while.
        int odd = 0, outer = 0;
        while (outer < 5) {
            for (int j = 0; j < 10; j++) {
                if ((j & 1) == 0) continue;
                odd++;
            }
            outer++;
        }
        if (odd != 25) return 6;
        // goto loop and labelled exit from two levels.
        int g = 0;
    again:
        g += 3;
        if (g < 30) goto again;
        if (g != 30) return 7;
        int found = -1;
        for (int i = 0; i < 50; i++)
            for (int j = 0; j < 50; j++)
                if (i * j == 391 && i < j) { found = i * 100 + j; goto done; }
    done:
        if (found != 1723) return 8;
        // Loops that never run.
        int never = 0;
        for (int i = 0; i < 0; i++) never++;
        while (never > 0) never--;
        for (long l = 10; l < 5; l++) never++;
        if (never != 0) return 9;
        // Primes below 5000 by trial division.
        int primes = 0;
        for (int p = 2; p < 5000; p++) {
            bool isPrime = true;
            for (int d = 2; d * d <= p; d++)
                if (p % d == 0) { isPrime = false; break; }
            if (isPrime) primes++;
        }
        if (primes != 669) return 10;
        // Collatz: the longest chain below 10000.
        int best = 0, bestStart = 0;
        for (int s = 1; s < 10000; s++) {
            long x = s;
            int len = 1;
            while (x != 1) { x = (x & 1) == 0 ? x / 2 : 3 * x + 1; len++; }
            if (len > best) { best = len; bestStart = s; }
        }
        if (bestStart != 6171 || best != 262) return 11;
        return 0;
    }
}
