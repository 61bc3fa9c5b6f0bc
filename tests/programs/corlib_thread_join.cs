using System;
using System.Threading;
class ThreadJoin {
    static int[] results = new int[4];
    static void Work(object o) { int i = (int)o; int s = 0; for (int k = 0; k <= i * 1000; k++) s += k % 7; results[i] = s; }
    static void Main() {
        var threads = new Thread[4];
        for (int i = 0; i < 4; i++) { threads[i] = new Thread(Work); threads[i].Start(i); }
        foreach (var t in threads) t.Join();
        Console.WriteLine(string.Join(",", results));
        var named = new Thread(() => Console.WriteLine("in thread: " + Thread.CurrentThread.Name + " background " + Thread.CurrentThread.IsBackground));
        named.Name = "worker-1";
        Console.WriteLine(named.ThreadState);
        named.Start(); named.Join();
        Console.WriteLine(named.ThreadState + " " + named.IsAlive + " " + named.Name);
        Console.WriteLine(Thread.CurrentThread.ManagedThreadId != named.ManagedThreadId);
        var bg = new Thread(() => Thread.Sleep(20)) { IsBackground = true };
        bg.Start();
        Console.WriteLine("joined in time " + bg.Join(10000));
        var sleeper = new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = true };
        sleeper.Start();
        Console.WriteLine("join timed out " + !sleeper.Join(50));
        string captured = null;
        var t2 = new Thread(() => { captured = "set by thread"; });
        t2.Start(); t2.Join();
        Console.WriteLine(captured);
        try { t2.Start(); } catch (ThreadStateException e) { Console.WriteLine("ThreadStateException: " + e.Message); }
        var local = new ThreadLocal<int>(() => Thread.CurrentThread.ManagedThreadId % 1 + 5);
        int seenInThread = 0;
        var t3 = new Thread(() => { local.Value += 10; seenInThread = local.Value; });
        t3.Start(); t3.Join();
        Console.WriteLine(local.Value + " " + seenInThread);
        Console.WriteLine(Thread.CurrentThread.IsAlive + " " + (Thread.CurrentThread.Name == null) + " " + Thread.CurrentThread.IsBackground);
        var tsThreads = new Thread[3]; int total = 0; var gate = new object();
        for (int i = 0; i < 3; i++) { int n = i + 1; tsThreads[i] = new Thread(() => { Stat = n; Thread.Sleep(5); lock (gate) total += Stat; }); tsThreads[i].Start(); }
        foreach (var t in tsThreads) t.Join();
        Console.WriteLine("thread statics sum " + total + " main sees " + Stat);
    }
    [ThreadStatic] static int Stat;
}
