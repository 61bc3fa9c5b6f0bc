// The large object heap: arrays of 85,000 bytes or more, allocated and
// dropped in waves while a few are kept; the kept ones keep their contents
// (and what they reference), and the space of the dropped ones is reused
// (the program would otherwise need far more memory than it ever holds).
using System;

class Program {
    static int sink;

    static int Main() {
        var kept = new double[4][];
        var refs = new char[30000][];            // a large array of references
        long total = 0;
        for (int wave = 0; wave < 300; wave++) {
            var big = new byte[100000 + (wave % 17) * 4096];
            big[0] = (byte)wave;
            big[big.Length - 1] = (byte)(wave * 3);
            total += big[0] + big[big.Length - 1];
            var longs = new long[20000];
            longs[19999] = wave;
            total += longs[19999];
            if (wave % 75 == 0) {
                var d = new double[11000];
                for (int i = 0; i < d.Length; i++) d[i] = wave + i * 0.5;
                kept[wave / 75] = d;
            }
            refs[wave * 97 % refs.Length] = new char[wave % 40 + 1];   // old (large) -> young
            for (int i = 0; i < 200; i++) {
                var small = new int[i % 30 + 1];
                sink += small.Length;
            }
        }
        double check = 0;
        for (int k = 0; k < kept.Length; k++)
            for (int i = 0; i < kept[k].Length; i += 100) check += kept[k][i];
        int strings = 0;
        for (int i = 0; i < refs.Length; i++)
            if (refs[i] != null) strings += refs[i].Length;
        // What mono computes: compared through the exit code.
        return (int)((total + (long)check + strings) % 200);
    }
}
