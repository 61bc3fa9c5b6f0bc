// Native calls let other threads run: the main thread blocks in C until a
// thread that native code started calls a delegate, which sets the flag
// through another native call. Delegates called back from threads that
// native code started run on those threads.
using System;
using System.Runtime.InteropServices;
using System.Threading;

delegate int Unary(int x);

static class Native {
    [DllImport("pinvoketest")] public static extern void pt_set_flag(int value);
    [DllImport("pinvoketest")] public static extern int pt_wait_for_flag(int timeoutMs);
    [DllImport("pinvoketest")] public static extern long pt_sum_on_thread(Unary f, int n);
    [DllImport("pinvoketest")] public static extern bool pt_start_thread(Unary f, int n);
    [DllImport("pinvoketest")] public static extern long pt_join_thread();
}

class Program {
    static int Main() {
        Unary setter = i => { Native.pt_set_flag(17); return 1; };
        Console.WriteLine(Native.pt_start_thread(setter, 1));
        int seen = Native.pt_wait_for_flag(20000);
        Console.WriteLine("the main thread saw " + seen + ", the native thread's sum " + Native.pt_join_thread());

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
