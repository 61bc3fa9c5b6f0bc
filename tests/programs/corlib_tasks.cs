using System;
using System.Threading;
using System.Threading.Tasks;
class P {
  static async Task<int> Compute(int x) { await Task.Delay(20); return x * 2; }
  static async Task<int> Chain() { int a = await Compute(5); int b = await Compute(a); return a + b; }
  static void Main() {
    var t = Task.Run(() => 21 * 2);
    Console.WriteLine("task " + t.Result);
    Console.WriteLine("chain " + Chain().Result);
    var tasks = new Task<int>[4];
    for (int i = 0; i < 4; i++) { int k = i; tasks[i] = Task.Run(() => { Thread.Sleep(10); return k * k; }); }
    Task.WaitAll(tasks);
    int sum = 0; foreach (var x in tasks) sum += x.Result;
    Console.WriteLine("sum " + sum);
    var done = new ManualResetEvent(false);
    ThreadPool.QueueUserWorkItem(_ => { Console.WriteLine("pool item"); done.Set(); });
    done.WaitOne();
    for (int i = 0; i < 5; i++) Interlocked.Add(ref sum, i);
    Console.WriteLine("parallel " + sum);
    var cts = new CancellationTokenSource();
    var delayed = Task.Delay(5000, cts.Token);
    cts.Cancel();
    try { delayed.Wait(); } catch (AggregateException e) { Console.WriteLine("cancelled " + (e.InnerException is TaskCanceledException)); }
    using (var timerDone = new ManualResetEvent(false)) {
      using (var timer = new Timer(_ => timerDone.Set(), null, 30, Timeout.Infinite)) { timerDone.WaitOne(); Console.WriteLine("timer fired"); }
    }
  }
}
