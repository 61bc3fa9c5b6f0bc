using System;
using System.Linq;
using System.Threading.Tasks;
class AggEx {
    static void Main() {
        var t = Task.Run(() => { throw new InvalidOperationException("task failed"); });
        try { t.Wait(); }
        catch (AggregateException e) {
            Console.WriteLine(e.InnerExceptions.Count + " " + e.InnerException.GetType().Name + " " + e.InnerException.Message);
            Console.WriteLine(t.Status + " " + t.IsFaulted + " " + (t.Exception != null) + " " + t.IsCompleted);
        }
        var many = new[] {
            Task.Run(() => { throw new ArgumentException("one"); }),
            Task.Run(() => 5),
            Task.Run(() => { throw new FormatException("two"); }) };
        try { Task.WaitAll(many); }
        catch (AggregateException e) {
            Console.WriteLine(string.Join(",", e.InnerExceptions.Select(x => x.GetType().Name).OrderBy(n => n)));
            var flat = e.Flatten();
            Console.WriteLine(flat.InnerExceptions.Count);
            int handled = 0;
            try { e.Handle(x => { if (x is ArgumentException) { handled++; return true; } return false; }); }
            catch (AggregateException rest) { Console.WriteLine("handled " + handled + " rest " + rest.InnerExceptions.Count + " " + rest.InnerException.Message); }
        }
        var nested = new AggregateException(new AggregateException(new Exception("a"), new Exception("b")), new Exception("c"));
        Console.WriteLine(nested.InnerExceptions.Count + " " + nested.Flatten().InnerExceptions.Count + " " + string.Join("", nested.Flatten().InnerExceptions.Select(x => x.Message)));
        var r = Task.Run(new Func<int>(() => { throw new DivideByZeroException(); }));
        try { Console.WriteLine(r.Result); } catch (AggregateException e) { Console.WriteLine("Result threw " + e.InnerException.GetType().Name); }
        try { r.GetAwaiter().GetResult(); } catch (DivideByZeroException) { Console.WriteLine("GetResult threw the exception itself"); }
        var cont = t.ContinueWith(prev => prev.Exception.InnerException.Message + " seen");
        Console.WriteLine(cont.Result);
        var tcs = new TaskCompletionSource<int>();
        tcs.SetException(new[] { new Exception("x"), new Exception("y") });
        try { tcs.Task.Wait(); } catch (AggregateException e) { Console.WriteLine(e.InnerExceptions.Count + " " + tcs.Task.Status); }
        var canceled = new TaskCompletionSource<int>(); canceled.SetCanceled();
        try { canceled.Task.Wait(); } catch (AggregateException e) { Console.WriteLine(e.InnerException.GetType().Name + " " + canceled.Task.IsCanceled); }
    }
}
