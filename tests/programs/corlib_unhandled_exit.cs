using System;
class Unhandled {
    static void Main() {
        AppDomain.CurrentDomain.UnhandledException += (s, e) => {
            Console.WriteLine("handler: " + ((Exception)e.ExceptionObject).Message + " terminating " + e.IsTerminating);
        };
        AppDomain.CurrentDomain.ProcessExit += (s, e) => Console.WriteLine("process exit event");
        Console.WriteLine("before");
        try { throw new InvalidOperationException("caught one"); } catch (Exception e) { Console.WriteLine("caught: " + e.Message); }
        Console.Out.Flush();
        Nested(3);
    }
    static void Nested(int n) {
        try {
            if (n == 0) throw new ApplicationException("escapes Main");
            Nested(n - 1);
        } finally { Console.WriteLine("finally " + n); }
    }
}
