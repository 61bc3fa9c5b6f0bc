// [MethodImpl(MethodImplOptions.Synchronized)]: an instance method holds
// the lock on `this`, a static one on its type, for the call; an exception
// leaving the method releases it; a method that let go of the lock itself
// and then throws raises SynchronizationLockException instead (mono's
// rule).
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Counter {
    public int value;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public bool Held() { Monitor.Pulse(this); return Monitor.IsEntered(this); }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static bool StaticHeld() { return Monitor.IsEntered(typeof(Counter)); }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Throw() { throw new ApplicationException("inside"); }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void LetGoAndThrow() { Monitor.Exit(this); throw new ApplicationException("lost"); }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Add(int n) {
        for (int i = 0; i < n; i++)
            value += Monitor.IsEntered(this) ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public virtual int Virtual() { return Monitor.IsEntered(this) ? 1 : 0; }
}

class Gen<T> {
    [MethodImpl(MethodImplOptions.Synchronized)]
    public static bool Run() { return Monitor.IsEntered(typeof(Gen<T>)); }
}

static class Program {
    static void Main() {
        var c = new Counter();
        Console.WriteLine(c.Held() + " " + Monitor.IsEntered(c));
        Console.WriteLine(Counter.StaticHeld() + " " + Monitor.IsEntered(typeof(Counter)));
        try { c.Throw(); } catch (ApplicationException e) { Console.WriteLine(e.Message + " " + Monitor.IsEntered(c)); }
        try { c.LetGoAndThrow(); } catch (SynchronizationLockException) { Console.WriteLine("SynchronizationLockException"); }
        catch (ApplicationException) { Console.WriteLine("ApplicationException"); }
        Console.WriteLine(c.Virtual() + " " + Gen<string>.Run());
        c.Add(1000);
        Console.WriteLine(c.value);
    }
}
