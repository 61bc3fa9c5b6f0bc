// Finalization: finalizers run on the finalizer thread after the object
// is found unreachable, critical ones after normal ones, SuppressFinalize
// and ReRegisterForFinalize, finalizers of objects reachable only from
// other finalizable garbage, and WaitForPendingFinalizers.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ConstrainedExecution;
using System.Threading;

class Log {
    public static List<string> Lines = new List<string>();
    public static void Add(string s) { lock (Lines) Lines.Add(s); }
    public static void Flush(string title) {
        List<string> copy;
        lock (Lines) { copy = new List<string>(Lines); Lines.Clear(); }
        copy.Sort(string.CompareOrdinal);
        Console.WriteLine(title + ": " + string.Join(", ", copy.ToArray()));
    }
}

class Plain {
    public string Name;
    public Plain Next;
    public Plain(string name) { Name = name; }
    ~Plain() {
        Log.Add(Name + (Next != null ? "->" + Next.Name : "") + (Thread.CurrentThread.ManagedThreadId != 1 ? "" : " ON MAIN"));
    }
}

class Critical : CriticalFinalizerObject {
    ~Critical() { Log.Add("critical after normal: " + Plain2.Done); }
}

class Plain2 {
    public static bool Done;
    ~Plain2() { Done = true; }
}

class Again {
    public static int Runs;
    ~Again() {
        Runs++;
        if (Runs < 3)
            GC.ReRegisterForFinalize(this);
    }
}

class Program {
    // Garbage is made on a thread of its own: once it has ended, no stack
    // (scanned conservatively by mono) holds the objects.
    static void OnThread(ThreadStart body) {
        var thread = new Thread(body);
        thread.Start();
        thread.Join();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeGarbage() {
        new Plain("a");
        new Plain("b");
        var c = new Plain("c");
        c.Next = new Plain("d");
        var s = new Plain("suppressed");
        GC.SuppressFinalize(s);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeCritical() {
        // Both die together, so one collection queues both.
        var critical = new Critical();
        var plain = new Plain2();
        GC.KeepAlive(critical);
        GC.KeepAlive(plain);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeAgain() { new Again(); }

    static void Collect() {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static int Main() {
        OnThread(MakeGarbage);
        Collect();
        Log.Flush("first");
        Collect();
        Log.Flush("second (nothing new)");

        OnThread(MakeCritical);
        Collect();
        Log.Flush("critical");

        OnThread(MakeAgain);
        for (int i = 0; i < 5; i++)
            Collect();
        Console.WriteLine("reregistered finalizer runs: " + Again.Runs);

        var kept = new Plain("kept");
        Collect();
        Log.Flush("kept alive");
        GC.KeepAlive(kept);
        GC.SuppressFinalize(kept);

        // WaitForPendingFinalizers with nothing pending returns.
        GC.WaitForPendingFinalizers();
        Console.WriteLine("done");
        return 0;
    }
}
