using System;
using System.Threading;
using System.Threading.Tasks;
class Cancellation {
    static void Main() {
        var cts = new CancellationTokenSource();
        var token = cts.Token;
        Console.WriteLine(token.IsCancellationRequested + " " + token.CanBeCanceled + " " + CancellationToken.None.CanBeCanceled);
        int callbacks = 0;
        var reg = token.Register(() => callbacks += 1);
        token.Register(s => callbacks += (int)s, 10);
        var removed = token.Register(() => callbacks += 100);
        removed.Dispose();
        cts.Cancel();
        Console.WriteLine(token.IsCancellationRequested + " " + callbacks);
        token.Register(() => callbacks += 1000);
        Console.WriteLine("late registration runs at once " + callbacks);
        try { token.ThrowIfCancellationRequested(); } catch (OperationCanceledException e) { Console.WriteLine(e.GetType().Name + " " + (e.CancellationToken == token)); }
        var worker = new CancellationTokenSource();
        int iterations = 0;
        var task = Task.Run(() => { while (true) { worker.Token.ThrowIfCancellationRequested(); Interlocked.Increment(ref iterations); Thread.Sleep(1); } }, worker.Token);
        while (Volatile.Read(ref iterations) < 3) Thread.Sleep(1);
        worker.Cancel();
        try { task.Wait(); } catch (AggregateException e) { Console.WriteLine(e.InnerException.GetType().Name + " " + task.Status + " " + task.IsCanceled); }
        var a = new CancellationTokenSource(); var b = new CancellationTokenSource();
        var linked = CancellationTokenSource.CreateLinkedTokenSource(a.Token, b.Token);
        b.Cancel();
        Console.WriteLine("linked " + linked.IsCancellationRequested + " " + a.IsCancellationRequested);
        var timed = new CancellationTokenSource(30);
        Console.WriteLine("timed cancel " + timed.Token.WaitHandle.WaitOne(10000) + " " + timed.IsCancellationRequested);
        var later = new CancellationTokenSource(); later.CancelAfter(20);
        Console.WriteLine("cancel after " + later.Token.WaitHandle.WaitOne(10000));
        var pre = new CancellationToken(true);
        var notRun = Task.Run(() => Console.WriteLine("should not run"), pre);
        try { notRun.Wait(); } catch (AggregateException e) { Console.WriteLine("pre-canceled " + e.InnerException.GetType().Name + " " + notRun.Status); }
        var mres = new ManualResetEventSlim(false); var c2 = new CancellationTokenSource(); c2.Cancel();
        try { mres.Wait(c2.Token); } catch (OperationCanceledException) { Console.WriteLine("wait canceled"); }
        cts.Dispose();
        try { var t = cts.Token; Console.WriteLine("token after dispose " + t.IsCancellationRequested); } catch (ObjectDisposedException) { Console.WriteLine("ObjectDisposedException"); }
        Console.WriteLine(new OperationCanceledException().Message + " | " + new TaskCanceledException().Message);
    }
}
