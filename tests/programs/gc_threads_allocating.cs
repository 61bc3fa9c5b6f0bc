// Several threads allocate at once (each through its own allocation
// context), build structures that survive many collections, share one
// list under a lock, and use weak references and finalizers; what each
// built is checked at the end.
using System;
using System.Collections.Generic;
using System.Threading;

class Node {
    public Node Left, Right;
    public int Value;
}

class Tracked {
    public static int Finalized;
    ~Tracked() { Interlocked.Increment(ref Finalized); }
}

class Program {
    static Node Build(int depth, int value) {
        var node = new Node { Value = value };
        if (depth > 0) {
            node.Left = Build(depth - 1, 2 * value);
            node.Right = Build(depth - 1, 2 * value + 1);
        }
        return node;
    }

    static long Sum(Node node) {
        return node == null ? 0 : node.Value + Sum(node.Left) + Sum(node.Right);
    }

    static int Main() {
        const int threads = 4;
        var kept = new Node[threads];
        var weak = new WeakReference[threads];
        var shared = new List<string>();
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() => {
                var mine = Build(12, 1);
                for (int round = 0; round < 40; round++) {
                    Build(8, round); // garbage
                    var text = new string((char)('a' + id), 200);
                    lock (shared)
                        shared.Add(text.Substring(0, 3) + round);
                    new Tracked();
                }
                weak[id] = new WeakReference(Build(6, 7));
                kept[id] = mine;
            });
            workers[t].Start();
        }
        foreach (var w in workers)
            w.Join();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long expected = Sum(Build(12, 1));
        for (int t = 0; t < threads; t++)
            Console.WriteLine("thread " + t + ": tree intact " + (Sum(kept[t]) == expected) + ", weak garbage cleared " + (weak[t].Target == null));
        shared.Sort(string.CompareOrdinal);
        Console.WriteLine("shared entries: " + shared.Count + ", first " + shared[0] + ", last " + shared[shared.Count - 1]);
        Console.WriteLine("finalized: " + Tracked.Finalized);
        return 0;
    }
}
