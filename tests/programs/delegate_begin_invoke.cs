// Asynchronous delegate calls: BeginInvoke runs the delegate on the thread
// pool, EndInvoke waits and returns its result, copies ref and out
// arguments back, rethrows its exception, and refuses a second call or
// another delegate's IAsyncResult; the callback sees the state.
using System;
using System.Threading;
delegate int Adder(int a, int b);
delegate void Swapper(ref string a, out int b, double c);
delegate DateTime Now();
static class P {
    static int Add(int a, int b) { Thread.Sleep(10); return a + b; }
    static void Swap(ref string a, out int b, double c) { a = a + "!"; b = (int)(c * 2); }
    static int Fail(int a, int b) { throw new InvalidOperationException("failed " + a); }
    static void Main() {
        Adder add = Add;
        IAsyncResult r = add.BeginInvoke(2, 3, null, null);
        Console.WriteLine(add.EndInvoke(r));
        var done = new ManualResetEvent(false);
        string seen = null;
        IAsyncResult r2 = add.BeginInvoke(10, 20, ar => { seen = "callback " + ar.AsyncState + " " + ar.IsCompleted; done.Set(); }, "state");
        Console.WriteLine(add.EndInvoke(r2));
        done.WaitOne();
        Console.WriteLine(seen);
        Swapper swap = Swap;
        string s = "x"; int n;
        IAsyncResult r3 = swap.BeginInvoke(ref s, out n, 2.25, null, null);
        swap.EndInvoke(ref s, out n, r3);
        Console.WriteLine(s + " " + n);
        Adder fail = Fail;
        IAsyncResult r4 = fail.BeginInvoke(7, 0, null, null);
        try { fail.EndInvoke(r4); } catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { add.EndInvoke(r4); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { add.EndInvoke(r); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Now now = () => new DateTime(2001, 2, 3);
        Console.WriteLine(now.EndInvoke(now.BeginInvoke(null, null)).Year);
        Func<string, int> len = x => x.Length;
        Console.WriteLine(len.EndInvoke(len.BeginInvoke("four", null, null)));
    }
}
