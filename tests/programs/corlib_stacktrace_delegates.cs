using System;
using System.Diagnostics;
using System.Threading;
// mono hides the runtime-implemented Invoke of delegates from stack traces:
// a trace taken inside a delegate goes straight from the target to its caller.
class Traces {
    static void Print(string label, string trace) {
        Console.WriteLine(label + ":");
        foreach (var line in trace.Split('\n')) {
            string l = line.Trim();
            if (l.Length == 0) continue;
            int bracket = l.IndexOf(" [0x");
            Console.WriteLine("  " + (bracket >= 0 ? l.Substring(0, bracket) : l));
        }
    }
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // mono's JIT would inline it
    static void Throws() { throw new InvalidOperationException("from delegate"); }
    static void Main() {
        Action a = () => Print("lambda", new StackTrace().ToString());
        a();
        Func<int, int> f = x => { Print("func", Environment.StackTrace); return x; };
        f(1);
        Action thrower = Throws;
        try { thrower(); } catch (Exception e) { Print("caught", e.StackTrace); }
        Action<string> generic = s => { try { Throws(); } catch (Exception e) { Print(s, e.ToString()); } };
        generic("nested");
        Action multi = () => Console.WriteLine("first");
        multi += () => Print("multicast", new StackTrace().ToString());
        multi();
        var t = new Thread(() => {
            try { thrower(); } catch (Exception e) { Print("thread", e.StackTrace); }
            Print("thread trace", new StackTrace().ToString());
        });
        t.Start();
        t.Join();
        AppDomain.CurrentDomain.UnhandledException += (s, e) => { Print("unhandled", e.ExceptionObject.ToString()); Console.Out.Flush(); };
        var u = new Thread(Throws);
        u.Start();
        u.Join();
        Console.WriteLine("not reached");
    }
}
