using System;
using System.Threading;
class InterlockedTest {
    static int counter; static long big; static volatile bool stop; static int spins;
    static void Main() {
        var threads = new Thread[4];
        for (int i = 0; i < threads.Length; i++) {
            threads[i] = new Thread(() => { for (int k = 0; k < 10000; k++) { Interlocked.Increment(ref counter); Interlocked.Add(ref big, 3); } });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        Console.WriteLine(counter + " " + big);
        int x = 5;
        Console.WriteLine(Interlocked.Exchange(ref x, 9) + " " + x + " " + Interlocked.CompareExchange(ref x, 1, 9) + " " + x + " " + Interlocked.CompareExchange(ref x, 100, 9) + " " + x);
        Console.WriteLine(Interlocked.Decrement(ref x) + " " + Interlocked.Add(ref x, -10) + " " + Interlocked.Read(ref big));
        long l = long.MaxValue; Console.WriteLine(Interlocked.Increment(ref l));
        double d = 1.5; Console.WriteLine(Interlocked.Exchange(ref d, 2.5) + " " + d + " " + Interlocked.CompareExchange(ref d, 3.5, 2.5) + " " + d);
        string s = "a"; Console.WriteLine(Interlocked.CompareExchange(ref s, "b", "a") + " " + s + " " + Interlocked.Exchange(ref s, null) + " " + (s == null));
        object o = null; var fresh = new object(); Console.WriteLine((Interlocked.CompareExchange(ref o, fresh, null) == null) + " " + (o == fresh));
        IntPtr p = IntPtr.Zero; Interlocked.Exchange(ref p, new IntPtr(42)); Console.WriteLine(p);
        var spinner = new Thread(() => { while (!stop) Interlocked.Increment(ref spins); });
        spinner.Start(); Thread.Sleep(30); stop = true; spinner.Join();
        Console.WriteLine("volatile stop seen " + (spins >= 0));
        int max = 0;
        var ts = new Thread[3];
        for (int i = 0; i < 3; i++) { int v = (i + 1) * 11; ts[i] = new Thread(() => { int cur; do { cur = max; if (v <= cur) break; } while (Interlocked.CompareExchange(ref max, v, cur) != cur); }); ts[i].Start(); }
        foreach (var t in ts) t.Join();
        Console.WriteLine("max " + max);
        Interlocked.MemoryBarrier(); Thread.MemoryBarrier();
        Console.WriteLine(Volatile.Read(ref counter) + " " + Thread.VolatileRead(ref counter));
        Volatile.Write(ref counter, 7); Console.WriteLine(counter);
        var lazy = new Lazy<string>(() => "computed once", LazyThreadSafetyMode.ExecutionAndPublication);
        var lt = new Thread[3]; var seen = new string[3];
        for (int i = 0; i < 3; i++) { int k = i; lt[i] = new Thread(() => seen[k] = lazy.Value); lt[i].Start(); }
        foreach (var t in lt) t.Join();
        Console.WriteLine(string.Join("|", seen) + " " + lazy.IsValueCreated);
        int initCount = 0; object target = null;
        LazyInitializer.EnsureInitialized(ref target, () => { initCount++; return new object(); });
        LazyInitializer.EnsureInitialized(ref target, () => { initCount++; return new object(); });
        Console.WriteLine(initCount);
    }
}
