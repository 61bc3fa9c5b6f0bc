using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
class AsyncDelay {
    static List<string> log = new List<string>();
    static async Task<int> Compute(int x) {
        await Task.Delay(10);
        lock (log) log.Add("computed " + x);
        return x * 2;
    }
    static async Task<string> Pipeline() {
        int a = await Compute(1);
        int b = await Compute(a);
        var both = await Task.WhenAll(Compute(10), Compute(20));
        return a + "," + b + "," + both[0] + "," + both[1];
    }
    static async Task Thrower() { await Task.Delay(1); throw new InvalidOperationException("async failure"); }
    static async Task<int> Catcher() {
        try { await Thrower(); return 0; }
        catch (InvalidOperationException e) { lock (log) log.Add("caught " + e.Message); return 1; }
        finally { lock (log) log.Add("finally after await"); }
    }
    static async Task<int> Sync() { return 5; }
    static async Task Loop() { for (int i = 0; i < 3; i++) { await Task.Yield(); lock (log) log.Add("iteration " + i); } }
    static async Task<int> Cancellable(CancellationToken ct) { await Task.Delay(10000, ct); return 1; }
    static void Main() {
        Console.WriteLine(Pipeline().Result);
        Console.WriteLine(Catcher().Result);
        Console.WriteLine(Sync().Result + " " + Sync().IsCompleted);
        Loop().Wait();
        log.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join("; ", log));
        try { Thrower().Wait(); } catch (AggregateException e) { Console.WriteLine("Wait: " + e.InnerException.Message); }
        try { Thrower().GetAwaiter().GetResult(); } catch (InvalidOperationException e) { Console.WriteLine("GetResult: " + e.Message); }
        var cts = new CancellationTokenSource();
        var pending = Cancellable(cts.Token);
        cts.Cancel();
        try { pending.Wait(); } catch (AggregateException e) { Console.WriteLine(e.InnerException.GetType().Name + " " + pending.Status); }
        var delay = Task.Delay(30);
        Console.WriteLine(delay.Wait(10000) + " " + delay.Status);
        Func<Task<string>> lambda = async () => { await Task.Delay(5); return "async lambda"; };
        Console.WriteLine(lambda().Result);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Task.Delay(50).Wait();
        Console.WriteLine("waited at least about the delay " + (sw.ElapsedMilliseconds >= 40));
    }
}
