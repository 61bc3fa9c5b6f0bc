using System;
using System.Threading;
class EnvExit {
    static void Main() {
        AppDomain.CurrentDomain.ProcessExit += (s, e) => Console.WriteLine("ProcessExit ran");
        var bg = new Thread(() => { Thread.Sleep(Timeout.Infinite); }) { IsBackground = true };
        bg.Start();
        try {
            Console.WriteLine("in try");
            Environment.ExitCode = 9;
            Exit();
            Console.WriteLine("not reached");
        } finally {
            Console.WriteLine("finally is not run by Environment.Exit");
        }
    }
    static void Exit() { Console.Out.Flush(); Environment.Exit(42); }
}
