// Pinning: while a `fixed` statement holds a pointer into an array or a
// string, collections (which may compact the young generation) must leave
// the object where it is; writes through the pointer land in the object,
// and what it references is kept. Outside `fixed`, the same objects may
// move, and their contents follow them.
using System;

class Holder { public int[] data; public string name; public Holder other; }

class Program {
    static int sink;

    static void Churn(int n) {
        for (int i = 0; i < n; i++) {
            var junk = new byte[i % 200 + 1];
            junk[0] = (byte)i;
            sink += junk[0] & 1;
            var h = new Holder();
            sink += h.data == null ? 1 : 0;
        }
    }

    static unsafe long FillPinned(int[] array, int seed) {
        long sum = 0;
        fixed (int* p = &array[0]) {
            for (int i = 0; i < array.Length; i++) {
                p[i] = seed + i;
                if (i % 64 == 0) Churn(3000);    // collections while pinned
            }
            for (int i = 0; i < array.Length; i++) sum += p[i];
        }
        return sum;
    }

    static unsafe int ReadPinnedString(string s) {
        int sum = 0;
        fixed (char* c = s) {
            Churn(20000);
            for (int i = 0; i < s.Length; i++) sum += c[i];
        }
        return sum;
    }

    static unsafe long PinnedElement(Holder h) {
        long sum = 0;
        fixed (int* q = &h.data[10]) {
            Churn(20000);
            *q = 12345;
            q[1] = 54321;
        }
        for (int i = 0; i < h.data.Length; i++) sum += h.data[i];
        return sum;
    }

    // The array is young when it is pinned, so the collections inside
    // `fixed` would move it if the pinned local did not hold it in place.
    static unsafe long FreshPinned(int n, int seed, out int[] made) {
        var array = new int[n];
        made = array;
        long sum = 0;
        fixed (int* p = &array[0]) {
            for (int i = 0; i < n; i++) {
                p[i] = seed + i;
                if (i % 16 == 0) Churn(2000);
            }
            for (int i = 0; i < n; i++) sum += p[i];
        }
        return sum;
    }

    static int Main() {
        long total = 0;
        for (int round = 0; round < 6; round++) {
            var array = new int[1000 + round * 100];
            var h = new Holder { data = new int[64], name = round % 2 == 0 ? "holder even" : "holder odd" };
            h.other = new Holder { data = array, name = "other" };
            Churn(5000);
            long a = FillPinned(array, round * 7);
            int s = ReadPinnedString(h.name);
            long e = PinnedElement(h);
            int[] fresh;
            long f = FreshPinned(200 + round, round, out fresh);
            Churn(20000);                       // unpinned now: free to move
            long check = 0;
            for (int i = 0; i < h.other.data.Length; i++) check += h.other.data[i];
            if (check != a) return 1 + round;
            if (h.other.data != array || h.data[10] != 12345 || h.data[11] != 54321) return 10 + round;
            long freshCheck = 0;
            for (int i = 0; i < fresh.Length; i++) freshCheck += fresh[i];
            if (freshCheck != f) return 20 + round;
            total += a + s + e + f;
        }
        // What mono computes: compared through the exit code.
        return 100 + (int)(total % 100);
    }
}
