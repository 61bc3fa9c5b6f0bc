using System;
using System.Collections.Generic;
using System.Threading;
class BoundedBuffer {
    readonly Queue<int> items = new Queue<int>(); readonly int capacity; readonly object gate = new object();
    public int MaxSeen;
    public BoundedBuffer(int capacity) { this.capacity = capacity; }
    public void Put(int x) {
        lock (gate) {
            while (items.Count >= capacity) Monitor.Wait(gate);
            items.Enqueue(x); if (items.Count > MaxSeen) MaxSeen = items.Count;
            Monitor.PulseAll(gate);
        }
    }
    public int Take() {
        lock (gate) {
            while (items.Count == 0) Monitor.Wait(gate);
            int x = items.Dequeue(); Monitor.PulseAll(gate); return x;
        }
    }
}
class MonitorPulse {
    static void Main() {
        var buf = new BoundedBuffer(3);
        long sum = 0;
        var consumer = new Thread(() => { for (int i = 0; i < 200; i++) sum += buf.Take(); });
        var producer = new Thread(() => { for (int i = 1; i <= 200; i++) buf.Put(i); });
        consumer.Start(); producer.Start(); producer.Join(); consumer.Join();
        Console.WriteLine(sum + " " + (buf.MaxSeen <= 3));
        var o = new object();
        lock (o) { Console.WriteLine("wait timed out " + !Monitor.Wait(o, 30)); }
        try { Monitor.Pulse(o); } catch (SynchronizationLockException) { Console.WriteLine("SynchronizationLockException"); }
        try { Monitor.Exit(o); } catch (SynchronizationLockException) { Console.WriteLine("exit without enter"); }
        bool taken = false;
        Monitor.Enter(o, ref taken); Monitor.Enter(o); 
        Console.WriteLine(taken + " " + Monitor.IsEntered(o));
        Monitor.Exit(o); Monitor.Exit(o);
        Console.WriteLine(Monitor.IsEntered(o));
        bool got = false;
        var holder = new Thread(() => { lock (o) { Thread.Sleep(200); } });
        holder.Start(); Thread.Sleep(50);
        got = Monitor.TryEnter(o, 0);
        Console.WriteLine("TryEnter while held " + got);
        holder.Join();
        got = Monitor.TryEnter(o, 1000);
        Console.WriteLine("TryEnter after release " + got);
        if (got) Monitor.Exit(o);
        int turn = 0; var lockObj = new object(); var order = new List<string>();
        var ping = new Thread(() => { for (int i = 0; i < 3; i++) lock (lockObj) { while (turn != 0) Monitor.Wait(lockObj); order.Add("ping"); turn = 1; Monitor.Pulse(lockObj); } });
        var pong = new Thread(() => { for (int i = 0; i < 3; i++) lock (lockObj) { while (turn != 1) Monitor.Wait(lockObj); order.Add("pong"); turn = 0; Monitor.Pulse(lockObj); } });
        ping.Start(); pong.Start(); ping.Join(); pong.Join();
        Console.WriteLine(string.Join(" ", order));
    }
}
