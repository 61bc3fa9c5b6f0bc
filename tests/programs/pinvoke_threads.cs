// Native calls let other threads run: one thread blocks in C until another
// thread's native call sets a flag. A delegate called back from a thread
// that native code started runs on that thread.
using System;
using System.Runtime.InteropServices;
using System.Threading;

delegate int Unary(int x);

static class Native {
    [DllImport("pinvoketest")] public static extern void pt_set_flag(int value);
    [DllImport("pinvoketest")] public static extern int pt_wait_for_flag(int timeoutMs);
    [DllImport("pinvoketest")] public static extern long pt_sum_on_thread(Unary f, int n);
}

class Program {
    static int Main() {
        int seen = 0;
        var waiter = new Thread(() => { seen = Native.pt_wait_for_flag(20000); });
        waiter.Start();
        Thread.Sleep(50);
        Native.pt_set_flag(17);
        waiter.Join();
        Console.WriteLine("the waiter saw " + seen);

        int mainThread = Thread.CurrentThread.ManagedThreadId;
        int otherThreads = 0;
        var list = new System.Collections.Generic.List<int>();
        long sum = Native.pt_sum_on_thread(x => {
            if (Thread.CurrentThread.ManagedThreadId != mainThread)
                otherThreads++;
            list.Add(x);
            return x * x;
        }, 10);
        Console.WriteLine(sum + " from " + list.Count + " calls, " + otherThreads + " on another thread");
        Console.WriteLine(string.Join(",", list));
        return seen == 17 ? 0 : 1;
    }
}
