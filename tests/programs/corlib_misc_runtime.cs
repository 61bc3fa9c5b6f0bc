using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
class MiscRuntime {
    static int Depth(int n) { RuntimeHelpers.EnsureSufficientExecutionStack(); return n == 0 ? 0 : 1 + Depth(n - 1); }
    static void Main() {
        Console.WriteLine(Marshal.IsComObject(new object()));
        Console.WriteLine(Depth(200));
        Console.WriteLine(System.Runtime.Remoting.RemotingServices.IsTransparentProxy(new object()));
    }
}
