// Roslyn compiles `x == null` on a type parameter to `box T; brtrue`: for a
// value type the result is known and no box is needed (corlib's
// EqualityComparer<T>.Default does this for every Dictionary look-up; mcs
// writes `box; ldnull; ceq`, which still boxes, on mono too). The tests
// keep their meaning for reference types and Nullable<T>.
using System;
using System.Collections.Generic;

struct Pair { public long A, B; }

static class Program {
    static bool IsNull<T>(T value) { return value == null; }
    static string Describe<T>(T value) { return value != null ? "value " + value : "null"; }

    static int Main() {
        Console.WriteLine(IsNull(5) + " " + IsNull(new Pair()) + " " + IsNull<string>(null) + " " + IsNull("s"));
        Console.WriteLine(IsNull<int?>(null) + " " + IsNull<int?>(3));
        Console.WriteLine(Describe(42L) + ", " + Describe<object>(null) + ", " + Describe<int?>(null) + ", " + Describe<int?>(7));

        var counts = new Dictionary<long, int>();
        for (long i = 0; i < 1000; i++)
            counts[i] = 1;
        IsNull(1L);
        var comparer = EqualityComparer<long>.Default;
        long before = GC.GetAllocatedBytesForCurrentThread();
        int found = 0, total = 0;
        for (long i = 0; i < 20000; i++) {
            int n;
            if (counts.TryGetValue(i & 2047, out n))
                found++;
            if (!comparer.Equals(i, i))
                return 1;
            total += comparer.GetHashCode(i) & 1;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine("found " + found + ", total " + total + ", allocated nothing: " + (allocated == 0));
        return 0;
    }
}
