// Classic searches: a sieve of Eratosthenes on bool[], counting n-queens
// solutions by backtracking with int[] columns (n = 1..8), a recursive
// permutation counter, and the Towers of Hanoi move count through objects.
class Hanoi { public int Moves; public void Move(int n, int from, int to, int via) { if (n == 0) return; Move(n - 1, from, via, to); Moves++; Move(n - 1, via, to, from); } }
class P {
    static int Primes(int n) {
        bool[] comp = new bool[n + 1]; int c = 0;
        for (int i = 2; i <= n; i++) { if (comp[i]) continue; c++; for (long j = (long)i * i; j <= n; j += i) comp[j] = true; }
        return c;
    }
    static int Queens(int n, int row, int[] cols) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            bool ok = true;
            for (int r = 0; r < row; r++) { int d = cols[r] - c; if (d == 0 || d == row - r || d == r - row) { ok = false; break; } }
            if (!ok) continue;
            cols[row] = c; count += Queens(n, row + 1, cols);
        }
        return count;
    }
    static int Perms(int[] a, int k) {
        if (k == a.Length) return 1;
        int total = 0;
        for (int i = k; i < a.Length; i++) { int t = a[k]; a[k] = a[i]; a[i] = t; total += Perms(a, k + 1); t = a[k]; a[k] = a[i]; a[i] = t; }
        return total;
    }
    static int Main() {
        if (Primes(10) != 4) return 1;
        if (Primes(1000) != 168) return 2;
        if (Primes(100000) != 9592) return 3;
        int[] expected = new int[9];
        expected[1] = 1; expected[4] = 2; expected[5] = 10; expected[6] = 4; expected[7] = 40; expected[8] = 92;
        for (int n = 1; n <= 8; n++) if (Queens(n, 0, new int[n]) != expected[n]) return 10 + n;
        if (Perms(new int[6], 0) != 720) return 20;
        Hanoi h = new Hanoi(); h.Move(12, 0, 2, 1);
        if (h.Moves != 4095) return 21;
        return 0;
    }
}
