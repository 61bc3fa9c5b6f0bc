using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
class TaskContinue {
    static void Main() {
        var t = Task.Run(() => 6 * 7);
        Console.WriteLine(t.Result + " " + t.Status + " " + t.IsCompleted);
        var chain = Task.Run(() => 2).ContinueWith(p => p.Result * 10).ContinueWith(p => "value " + p.Result);
        Console.WriteLine(chain.Result);
        var tasks = Enumerable.Range(1, 10).Select(i => Task.Run(() => { Thread.Sleep(10 - i); return i * i; })).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(string.Join(",", tasks.Select(x => x.Result)));
        var all = Task.WhenAll(tasks);
        Console.WriteLine(all.Result.Sum() + " " + all.Status);
        var any = Task.WhenAny(Task.Delay(5000).ContinueWith(_ => -1), Task.FromResult(99));
        Console.WriteLine(any.Result.Result);
        Console.WriteLine(Task.WaitAny(new Task[] { Task.Delay(5000), Task.Run(() => { }) }));
        var onlyFault = Task.Run(() => { throw new Exception("x"); }).ContinueWith(p => "fault handler ran", TaskContinuationOptions.OnlyOnFaulted);
        Console.WriteLine(onlyFault.Result);
        var skipped = Task.FromResult(1).ContinueWith(p => 0, TaskContinuationOptions.OnlyOnFaulted);
        try { skipped.Wait(); } catch (AggregateException e) { Console.WriteLine(e.InnerException.GetType().Name + " " + skipped.Status); }
        var parent = Task.Factory.StartNew(() => {
            var child = Task.Factory.StartNew(() => { Thread.Sleep(30); Console.WriteLine("child done"); }, TaskCreationOptions.AttachedToParent);
        });
        parent.Wait();
        Console.WriteLine("parent done " + parent.Status);
        var tcs = new TaskCompletionSource<string>();
        var waiter = tcs.Task.ContinueWith(p => p.Result.ToUpper());
        new Thread(() => { Thread.Sleep(10); tcs.SetResult("from thread"); }).Start();
        Console.WriteLine(waiter.Result + " " + tcs.TrySetResult("again"));
        var cold = new Task<int>(() => 5);
        Console.WriteLine(cold.Status);
        cold.Start(); Console.WriteLine(cold.Result + " " + cold.Status);
        Console.WriteLine(Task.CompletedTask.IsCompleted + " " + Task.FromResult("r").Result + " " + Task.FromException<int>(new Exception("e")).IsFaulted + " " + Task.FromCanceled(new CancellationToken(true)).IsCanceled);
        var sum = 0;
        Parallel.For(0, 100, i => Interlocked.Add(ref sum, i));
        Console.WriteLine("parallel " + sum);
        var bag = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.ForEach(Enumerable.Range(0, 50), i => bag.Add(i));
        Console.WriteLine(bag.Count + " " + bag.Sum());
        Parallel.Invoke(() => Interlocked.Increment(ref sum), () => Interlocked.Increment(ref sum));
        Console.WriteLine(sum);
        Console.WriteLine(Task.Factory.StartNew(() => Task.CurrentId.HasValue).Result + " " + (Task.CurrentId == null));
    }
}
