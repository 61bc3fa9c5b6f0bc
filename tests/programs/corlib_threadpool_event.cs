using System;
using System.Threading;
class PoolEvent {
    static void Main() {
        var done = new ManualResetEvent(false);
        int result = 0;
        ThreadPool.QueueUserWorkItem(state => { result = (int)state * 2; done.Set(); }, 21);
        Console.WriteLine("signaled " + done.WaitOne(10000) + " result " + result);
        const int N = 20;
        var remaining = N; var allDone = new ManualResetEvent(false); long total = 0;
        for (int i = 1; i <= N; i++) {
            ThreadPool.QueueUserWorkItem(s => {
                Interlocked.Add(ref total, (int)s);
                if (Interlocked.Decrement(ref remaining) == 0) allDone.Set();
            }, i);
        }
        Console.WriteLine(allDone.WaitOne(10000) + " " + total);
        var auto = new AutoResetEvent(false);
        int hits = 0;
        var waiter = new Thread(() => { for (int i = 0; i < 3; i++) { auto.WaitOne(); Interlocked.Increment(ref hits); } });
        waiter.Start();
        for (int i = 0; i < 3; i++) { while (Volatile.Read(ref hits) != i) Thread.Sleep(1); auto.Set(); }
        waiter.Join();
        Console.WriteLine("auto reset hits " + hits);
        Console.WriteLine("timeout " + !new ManualResetEvent(false).WaitOne(20) + " " + new ManualResetEvent(true).WaitOne(0));
        var e1 = new ManualResetEvent(false); var e2 = new ManualResetEvent(false);
        ThreadPool.QueueUserWorkItem(_ => { Thread.Sleep(20); e2.Set(); });
        Console.WriteLine("WaitAny " + WaitHandle.WaitAny(new WaitHandle[] { e1, e2 }, 10000));
        e1.Set();
        Console.WriteLine("WaitAll " + WaitHandle.WaitAll(new WaitHandle[] { e1, e2 }, 10000));
        e1.Reset(); Console.WriteLine(e1.WaitOne(0));
        int workers, ports;
        ThreadPool.GetMaxThreads(out workers, out ports);
        Console.WriteLine(workers > 0);
        var reg = new ManualResetEvent(false); var fired = new ManualResetEvent(false); bool timedOut = true;
        ThreadPool.RegisterWaitForSingleObject(reg, (st, to) => { timedOut = to; fired.Set(); }, null, 10000, true);
        reg.Set();
        Console.WriteLine("registered wait fired " + fired.WaitOne(10000) + " timed out " + timedOut);
        using (var sem = new Semaphore(2, 2)) { Console.WriteLine(sem.WaitOne(0) + " " + sem.WaitOne(0) + " " + sem.WaitOne(0) + " " + sem.Release(2)); }
        using (var m = new Mutex()) { Console.WriteLine(m.WaitOne(0)); m.ReleaseMutex(); }
    }
}
