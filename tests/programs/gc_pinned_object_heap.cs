// lucid-env: LUCID_GCPinnedTypes=PinnedNode,Space.PinnedHolder DOTNET_GCForceCompact=1
// Instances of the classes LUCID_GCPinnedTypes names are allocated on the
// pinned object heap: they never move, however much compaction goes on
// around them (DOTNET_GCForceCompact moves everything else), they are
// freed when unreachable, and what they reference is kept and relocated
// as usual. Whether they moved (their address, taken with `fixed` on a
// field) is checked only when the variable is set: mono, which does not
// read it, moves them.
using System;
using System.Collections.Generic;

class PinnedNode {
    public long Value;
    public object Payload;
    public static int Finalized;
    ~PinnedNode() { Finalized++; }
}

namespace Space {
    class PinnedHolder { public List<string> Items = new List<string>(); }
}

class Program {
    static unsafe long AddressOf(PinnedNode node) {
        fixed (long* p = &node.Value)
            return (long)p;
    }

    static void Churn() {
        var junk = new List<object>();
        for (int round = 0; round < 30; round++) {
            junk.Clear();
            for (int i = 0; i < 3000; i++)
                junk.Add(new byte[i % 200 + 1]);
        }
    }

    static int Main() {
        var nodes = new PinnedNode[3000];
        var addresses = new long[3000];
        for (int i = 0; i < nodes.Length; i++)
            nodes[i] = new PinnedNode { Value = i, Payload = "payload " + i };
        // Garbage made on a thread of its own, whose stack is gone after.
        var maker = new System.Threading.Thread(() => {
            for (int i = 0; i < 50; i++)
                new PinnedNode { Value = -i };
        });
        maker.Start();
        maker.Join();
        for (int i = 0; i < nodes.Length; i++)
            addresses[i] = AddressOf(nodes[i]);
        var holder = new Space.PinnedHolder();
        for (int i = 0; i < 100; i++)
            holder.Items.Add("item " + i);
        Churn();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Churn();
        GC.Collect();
        bool stayed = true, intact = true;
        for (int i = 0; i < nodes.Length; i++) {
            stayed &= addresses[i] == AddressOf(nodes[i]);
            intact &= nodes[i].Value == i && (string)nodes[i].Payload == "payload " + i;
        }
        // mono does not read the variable (and moves the objects)
        bool checking = Environment.GetEnvironmentVariable("LUCID_GCPinnedTypes") != null;
        Console.WriteLine(checking ? "did not move: " + stayed : "did not move: True");
        Console.WriteLine("contents intact: " + intact + ", holder items " + holder.Items.Count + ", last " + holder.Items[99]);
        Console.WriteLine("garbage finalized: " + PinnedNode.Finalized);
        GC.KeepAlive(nodes);
        return 0;
    }
}
