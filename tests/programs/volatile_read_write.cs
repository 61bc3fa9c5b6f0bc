// Volatile.Read and Volatile.Write of every type; the 64-bit and double
// forms are internal calls in mono's corlib.
using System;
using System.Threading;
static class P {
    static long l = -5; static ulong u = 18000000000000000000; static double d = 2.5;
    static void Main() {
        Console.WriteLine(Volatile.Read(ref l) + " " + Volatile.Read(ref u) + " " + Volatile.Read(ref d));
        Volatile.Write(ref l, 1L << 40); Volatile.Write(ref u, 7UL); Volatile.Write(ref d, -0.125);
        Console.WriteLine(l + " " + u + " " + d);
        int i = 3; Volatile.Write(ref i, Volatile.Read(ref i) + 1); Console.WriteLine(i);
    }
}
