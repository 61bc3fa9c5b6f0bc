// ConditionalWeakTable (mono's ephemerons): a value lives as long as its
// key, not longer, even when the value references the key back.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Key { public int Id; public Key(int id) { Id = id; } }
class Value {
    public Key Back;
    public string Text;
    public static int Finalized;
    ~Value() { Finalized++; }
}

class Program {
    static ConditionalWeakTable<Key, Value> table = new ConditionalWeakTable<Key, Value>();
    static WeakReference deadValue, deadKey;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void AddDying() {
        var k = new Key(2);
        var v = new Value { Back = k, Text = "dies with its key" };
        table.Add(k, v);
        deadValue = new WeakReference(v);
        deadKey = new WeakReference(k);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Key AddLiving() {
        var k = new Key(1);
        table.Add(k, new Value { Back = k, Text = "lives with its key" });
        return k;
    }

    static void Collect() {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static int Main() {
        var living = AddLiving();
        AddDying();
        Collect();
        Value v;
        Console.WriteLine("living key: " + (table.TryGetValue(living, out v) ? v.Text : "missing"));
        Console.WriteLine("value of dead key collected: " + (deadValue.Target == null));
        Console.WriteLine("dead key collected: " + (deadKey.Target == null));
        Console.WriteLine("values finalized: " + Value.Finalized);

        // Many entries, every third key kept; made on a thread of its own,
        // whose stack (scanned conservatively) is gone once it has ended.
        var keys = new Key[300];
        var filler = new Thread(() => {
            for (int i = 0; i < keys.Length; i++) {
                var k = new Key(100 + i);
                table.Add(k, new Value { Back = k, Text = "v" + i });
                if (i % 3 == 0)
                    keys[i] = k;
            }
        });
        filler.Start();
        filler.Join();
        Collect();
        int found = 0;
        for (int i = 0; i < keys.Length; i += 3)
            if (table.TryGetValue(keys[i], out v) && v.Text == "v" + i && v.Back == keys[i])
                found++;
        Console.WriteLine("kept entries found: " + found);
        Console.WriteLine("values finalized: " + Value.Finalized);
        var created = table.GetValue(new Key(9), k => new Value { Back = k, Text = "created" });
        Console.WriteLine("GetValue: " + created.Text);
        table.Remove(living);
        Console.WriteLine("removed: " + !table.TryGetValue(living, out v));
        GC.KeepAlive(keys);
        return 0;
    }
}
