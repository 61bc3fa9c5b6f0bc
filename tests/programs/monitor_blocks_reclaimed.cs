// Monitors of objects that die are reclaimed (each object's lock state
// lives outside the heap); live objects keep theirs across collections,
// hash codes included, and an object resurrected by its finalizer can
// still be locked. Under ASan a block freed too early shows up here.
using System;
using System.Collections.Generic;
using System.Threading;

class Phoenix {
    public static Phoenix Saved;
    ~Phoenix() {
        lock (this)
            Saved = this;
    }
}

class Program {
    static void MakePhoenix() {
        var p = new Phoenix();
        lock (p) { }
    }

    static int Main() {
        var kept = new List<object>();
        var hashes = new List<int>();
        for (int i = 0; i < 20000; i++) {
            var o = new object();
            lock (o) {
                if (i % 100 == 0) {
                    kept.Add(o);
                    hashes.Add(o.GetHashCode());
                }
            }
            if (i % 5000 == 0)
                GC.Collect();
        }
        GC.Collect();
        bool sameHashes = true;
        for (int i = 0; i < kept.Count; i++) {
            lock (kept[i]) { }
            sameHashes &= kept[i].GetHashCode() == hashes[i];
        }
        Console.WriteLine("kept " + kept.Count + ", hashes unchanged " + sameHashes);

        // Wait and Pulse on an object that outlives many collections.
        var gate = new object();
        int turns = 0;
        var other = new Thread(() => {
            for (int i = 0; i < 50; i++) {
                lock (gate) {
                    while (turns % 2 == 0)
                        Monitor.Wait(gate);
                    turns++;
                    Monitor.Pulse(gate);
                }
            }
        });
        other.Start();
        for (int i = 0; i < 50; i++) {
            lock (gate) {
                while (turns % 2 == 1)
                    Monitor.Wait(gate);
                turns++;
                for (int k = 0; k < 200; k++)
                    lock (new object()) { }
                if (i % 10 == 0)
                    GC.Collect();
                Monitor.Pulse(gate);
            }
        }
        other.Join();
        Console.WriteLine("turns " + turns);

        var t = new Thread(MakePhoenix);
        t.Start();
        t.Join();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        for (int i = 0; i < 1000; i++)
            lock (new object()) { }
        GC.Collect();
        lock (Phoenix.Saved)
            Console.WriteLine("resurrected object locked: " + Monitor.IsEntered(Phoenix.Saved));
        return 0;
    }
}
