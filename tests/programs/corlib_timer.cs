using System;
using System.Threading;
class TimerTest {
    static void Main() {
        int ticks = 0; var enough = new ManualResetEvent(false);
        using (var timer = new Timer(state => { if (Interlocked.Increment(ref ticks) == 3) enough.Set(); }, null, 10, 10)) {
            Console.WriteLine("three ticks " + enough.WaitOne(10000));
        }
        var once = new ManualResetEvent(false); object seen = null;
        var t2 = new Timer(s => { seen = s; once.Set(); }, "state object", 20, Timeout.Infinite);
        Console.WriteLine(once.WaitOne(10000) + " " + seen);
        t2.Dispose();
        int never = 0;
        var t3 = new Timer(_ => Interlocked.Increment(ref never), null, Timeout.Infinite, Timeout.Infinite);
        Thread.Sleep(50);
        Console.WriteLine("disabled timer ticks " + never);
        var fired = new ManualResetEvent(false);
        var t4 = new Timer(_ => fired.Set());
        t4.Change(10, Timeout.Infinite);
        Console.WriteLine("changed timer fired " + fired.WaitOne(10000));
        t3.Dispose(); t4.Dispose();
        var stopped = new Timer(_ => Interlocked.Increment(ref never), null, 100000, 100000);
        Console.WriteLine(stopped.Change(Timeout.Infinite, Timeout.Infinite));
        var disposed = new ManualResetEvent(false);
        stopped.Dispose(disposed);
        Console.WriteLine("dispose signaled " + disposed.WaitOne(10000) + " ticks " + never);
        try { new Timer(_ => { }, null, -2, 0); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE dueTime"); }
    }
}
