// Type.GetType(string), Assembly.GetType, assembly names.
using System; using System.Reflection; using System.Collections.Generic;
namespace N.S { public class Thing { public class Inner {} } }
class P {
  static void Show(string name) { Type t = Type.GetType(name); Console.WriteLine(name + " -> " + (t == null ? "null" : t.FullName)); }
  static int Main() {
    Show("System.Int32");
    Show("System.String[]");
    Show("N.S.Thing");
    Show("N.S.Thing+Inner");
    Show("N.S.Thing[,]");
    Show("System.Collections.Generic.List`1[System.Int32]");
    Show("System.Collections.Generic.Dictionary`2[System.String,N.S.Thing]");
    Show("System.Collections.Generic.List`1");
    Show("Nope.Missing");
    Show("P");
    Show("System.Int32*");
    Show("System.Int32&");
    Show("system.int32");
    Console.WriteLine(Type.GetType("system.int32", false, true));
    try { Type.GetType("Nope.Missing", true); } catch (TypeLoadException) { Console.WriteLine("TypeLoadException"); }
    Console.WriteLine(Type.GetType("N.S.Thing") == typeof(N.S.Thing));
    Assembly a = typeof(P).Assembly;
    Console.WriteLine(a.GetType("N.S.Thing+Inner") == typeof(N.S.Thing.Inner));
    Console.WriteLine(a.GetType("Missing") == null);
    // (Assembly.GetName() reaches an engine bug in RuntimeMarshal.PtrToUtf8String on Lucid: not here yet)
    Console.WriteLine(a.FullName);
    Console.WriteLine(typeof(int).Assembly.FullName);
    Console.WriteLine(typeof(P).Assembly == Assembly.GetExecutingAssembly());
    Console.WriteLine(typeof(int).Module.Name + " " + typeof(P).Module.ScopeName);
    Console.WriteLine(typeof(List<int>).Assembly == typeof(int).Assembly);
    Console.WriteLine(typeof(Uri).Assembly.FullName);
    Console.WriteLine(Type.GetType("System.Uri, System") == typeof(Uri));
    return 0;
  }
}
