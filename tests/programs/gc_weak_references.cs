// WeakReference and WeakReference<T>: a weak reference does not keep its
// target alive; a short one reads null as soon as the target is found
// unreachable, a long one (trackResurrection) keeps seeing a target that
// its finalizer resurrected. GCHandle weak handles behave the same.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

class Node { public int Value; public Node(int v) { Value = v; } }

class Phoenix {
    public static Phoenix Saved;
    public int Value = 42;
    ~Phoenix() { Saved = this; }
}

class Program {
    static WeakReference shortRef, longRef;
    static WeakReference<Node> typedRef;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference MakeWeak() { return new WeakReference(new Node(1)); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakePhoenix() {
        var p = new Phoenix();
        shortRef = new WeakReference(p);
        longRef = new WeakReference(p, true);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeTyped() { typedRef = new WeakReference<Node>(new Node(7)); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakeHandle() { return GCHandle.Alloc(new Node(3), GCHandleType.Weak); }

    static void Collect() {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    static int Main() {
        var live = new Node(5);
        var liveRef = new WeakReference(live);
        var dead = MakeWeak();
        Collect();
        Console.WriteLine("live target: " + (liveRef.Target == live) + " alive " + liveRef.IsAlive);
        Console.WriteLine("dead target: " + (dead.Target == null) + " alive " + dead.IsAlive);
        GC.KeepAlive(live);

        MakePhoenix();
        Console.WriteLine("track resurrection: " + shortRef.TrackResurrection + " " + longRef.TrackResurrection);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("resurrected: " + (Phoenix.Saved != null ? Phoenix.Saved.Value : -1));
        Console.WriteLine("short weak after resurrection: " + (shortRef.Target == null ? "null" : "target"));
        Console.WriteLine("long weak after resurrection: " + (longRef.Target == Phoenix.Saved ? "same object" : "other"));
        Phoenix.Saved = null;
        Collect();
        Console.WriteLine("long weak once gone: " + (longRef.Target == null ? "null" : "target"));

        MakeTyped();
        Node n;
        Console.WriteLine("typed before: " + (typedRef.TryGetTarget(out n) ? n.Value.ToString() : "none"));
        n = null;
        Collect();
        Console.WriteLine("typed after: " + (typedRef.TryGetTarget(out n) ? n.Value.ToString() : "none"));
        typedRef.SetTarget(live);
        Console.WriteLine("typed set: " + (typedRef.TryGetTarget(out n) ? n.Value.ToString() : "none"));

        var handle = MakeHandle();
        Collect();
        Console.WriteLine("weak handle: allocated " + handle.IsAllocated + ", target " + (handle.Target == null ? "null" : "set"));
        handle.Target = live;
        Collect();
        Console.WriteLine("weak handle retargeted: " + ((Node)handle.Target).Value);
        handle.Free();
        Console.WriteLine("freed: " + handle.IsAllocated);
        GC.KeepAlive(live);

        // Many weak references to garbage, some to survivors.
        var refs = new WeakReference[1000];
        var keep = new Node[1000];
        for (int i = 0; i < refs.Length; i++) {
            var node = new Node(i);
            refs[i] = new WeakReference(node);
            if (i % 10 == 0)
                keep[i] = node;
        }
        Collect();
        int alive = 0, right = 0;
        for (int i = 0; i < refs.Length; i++) {
            var t = (Node)refs[i].Target;
            if (t != null) {
                alive++;
                if (t.Value == i && keep[i] == t)
                    right++;
            }
        }
        Console.WriteLine("survivors: " + alive + " right: " + right);
        GC.KeepAlive(keep);
        return 0;
    }
}
