// Array initialisers (ldtoken of a field with RVA data, then the
// RuntimeHelpers.InitializeArray internal call) and an iterator method
// returning IEnumerable<int> (its GetEnumerator uses Interlocked).
using System.Collections.Generic;
class P {
    static IEnumerable<int> Evens(int n) { for (int i = 0; i < n; i += 2) yield return i; }
    static int Main() {
        int[] a = { 3, 9, 2, 7, 5 };
        double[] d = new double[] { 1.5, -2.25, 4 };
        long[] l = { 1L << 40, 2, 3 };
        int sum = 0; foreach (int x in a) sum += x;
        int evens = 0; foreach (int e in Evens(10)) evens += e;
        return sum + (int)(d[1] * 4) + (int)(l[0] >> 38) + evens;
    }
}
