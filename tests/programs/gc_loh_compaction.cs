// GCSettings.LargeObjectHeapCompactionMode = CompactOnce, then a full
// collection: large objects that survive keep their contents and the
// references between them; a second time with one pinned by `fixed`,
// which stays where it is.
// (Mono never moves large objects, and keeps the setting at CompactOnce;
// .NET and Lucid compact, then reset it: the setting is not printed.)
using System;
using System.Runtime;

class Program {
    static unsafe int Main() {
        var arrays = new int[8][];
        for (int i = 0; i < arrays.Length; i++) {
            arrays[i] = new int[30000];
            for (int k = 0; k < arrays[i].Length; k += 997)
                arrays[i][k] = i * 1000 + k;
        }
        var holders = new object[20000]; // a large object holding references
        holders[0] = arrays[7];
        holders[19999] = "tail";
        for (int i = 0; i < arrays.Length; i += 2)
            arrays[i] = null;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
        var pinned = new long[20000];
        pinned[12345] = 42;
        fixed (long* before = pinned) {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect();
            fixed (long* after = pinned)
                Console.WriteLine("pinned array stayed: " + (before == after) + ", value " + after[12345]);
        }
        int right = 0;
        for (int i = 1; i < arrays.Length; i += 2)
            for (int k = 0; k < arrays[i].Length; k += 997)
                if (arrays[i][k] == i * 1000 + k)
                    right++;
        Console.WriteLine("values intact: " + right);
        Console.WriteLine("references intact: " + (holders[0] == arrays[7]) + " " + holders[19999]);
        return 0;
    }
}
