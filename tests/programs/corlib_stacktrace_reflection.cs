using System;
using System.Reflection;
using System.Runtime.CompilerServices;
// An exception thrown by a method reflection invokes: its trace runs from
// the thrower through mono's "(wrapper managed-to-native) ...InternalInvoke"
// frame to the corlib method that catches it and wraps it.
class Boom {
    public Boom() { }
    public Boom(int x) { Fail("ctor " + x); }
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Fail(string why) { throw new InvalidOperationException(why); }
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int Instance(int n) { if (n > 0) return Instance(n - 1); Fail("instance"); return 0; }
}
class ReflectionTraces {
    static void Print(string label, Exception e) {
        Console.WriteLine(label + ": " + e.GetType().Name + " / " + (e.InnerException == null ? "-" : e.InnerException.GetType().Name + " " + e.InnerException.Message));
        foreach (var line in (e.InnerException ?? e).StackTrace.Split('\n')) {
            string l = line.Trim();
            int bracket = l.IndexOf(" [0x"); // IL offsets are the JIT's, not comparable
            Console.WriteLine("  " + (bracket >= 0 ? l.Substring(0, bracket) : l));
        }
    }
    static void Main() {
        try { typeof(Boom).GetMethod("Fail").Invoke(null, new object[] { "static" }); } catch (Exception e) { Print("static", e); }
        try { typeof(Boom).GetMethod("Instance").Invoke(new Boom(), new object[] { 2 }); } catch (Exception e) { Print("instance", e); }
        try { typeof(Boom).GetConstructor(new[] { typeof(int) }).Invoke(new object[] { 5 }); } catch (Exception e) { Print("constructor", e); }
        Action<string> d = Boom.Fail;
        try { d.DynamicInvoke("dynamic"); } catch (Exception e) { Print("dynamic", e); }
        try {
            try { typeof(Boom).GetMethod("Fail").Invoke(null, new object[] { "rethrown" }); }
            catch (TargetInvocationException e) { throw e.InnerException; }
        } catch (Exception e) { Print("thrown again", e); }
        Console.WriteLine(new System.Diagnostics.StackTrace(new Exception()).FrameCount);
    }
}
