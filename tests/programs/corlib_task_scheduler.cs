using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
class InlineScheduler : TaskScheduler {
    public int Queued;
    protected override void QueueTask(Task task) { Queued++; TryExecuteTask(task); }
    protected override bool TryExecuteTaskInline(Task task, bool wasQueued) { return TryExecuteTask(task); }
    protected override IEnumerable<Task> GetScheduledTasks() { return Enumerable.Empty<Task>(); }
    public override int MaximumConcurrencyLevel { get { return 1; } }
}
class QueueContext : SynchronizationContext {
    public readonly Queue<KeyValuePair<SendOrPostCallback, object>> Work = new Queue<KeyValuePair<SendOrPostCallback, object>>();
    public override void Post(SendOrPostCallback d, object state) { lock (Work) Work.Enqueue(new KeyValuePair<SendOrPostCallback, object>(d, state)); }
    public void RunAll() { while (true) { KeyValuePair<SendOrPostCallback, object> item; lock (Work) { if (Work.Count == 0) return; item = Work.Dequeue(); } item.Key(item.Value); } }
}
class Schedulers {
    static async Task<int> StepAsync(List<string> log) { log.Add("before await"); await Task.Yield(); log.Add("after await on context " + (SynchronizationContext.Current is QueueContext)); return 5; }
    static void Main() {
        var sched = new InlineScheduler();
        var factory = new TaskFactory(sched);
        var t = factory.StartNew(() => TaskScheduler.Current == sched);
        Console.WriteLine(t.Result + " queued " + sched.Queued + " max " + sched.MaximumConcurrencyLevel);
        var c = t.ContinueWith(p => "continued on custom " + (TaskScheduler.Current == sched), sched);
        Console.WriteLine(c.Result);
        Console.WriteLine(TaskScheduler.Default.MaximumConcurrencyLevel > 0);
        var ctx = new QueueContext(); var log = new List<string>();
        SynchronizationContext.SetSynchronizationContext(ctx);
        var pending = StepAsync(log);
        Console.WriteLine(pending.IsCompleted + " " + string.Join("; ", log));
        while (!pending.IsCompleted) { ctx.RunAll(); Thread.Sleep(1); }
        Console.WriteLine(pending.Result + " " + string.Join("; ", log));
        SynchronizationContext.SetSynchronizationContext(null);
        var all = Task.Factory.ContinueWhenAll(new[] { Task.Run(() => 1), Task.Run(() => 2) }, ts => ts.Sum(x => x.Result));
        Console.WriteLine("when all " + all.Result);
        var anyT = Task.Factory.ContinueWhenAny(new[] { Task.Run(() => 7), Task.Delay(10000).ContinueWith(_ => 0) }, w => w.Result);
        Console.WriteLine("when any " + anyT.Result);
        var slow = Task.Delay(10000);
        Console.WriteLine("wait timeout " + slow.Wait(20) + " " + slow.IsCompleted);
        var unwrapped = Task.Run(async () => { await Task.Delay(5); return "inner"; });
        Console.WriteLine(unwrapped.Result);
        var nested = Task.Factory.StartNew(() => Task.Run(() => 99)).Unwrap();
        Console.WriteLine(nested.Result);
        var lr = Task.Factory.StartNew(() => Thread.CurrentThread.IsThreadPoolThread, TaskCreationOptions.LongRunning);
        Console.WriteLine("long running on pool " + lr.Result);
    }
}
