// GetInterfaces, IsAssignableFrom, IsSubclassOf, GetInterface.
using System; using System.Collections; using System.Collections.Generic; using System.Linq;
interface IA {} interface IB : IA {} interface IG<T> {}
class C1 : IB {} class C2 : C1, IG<int>, IDisposable { public void Dispose() {} }
struct S : IComparable<S> { public int CompareTo(S o) { return 0; } }
class P {
  static string Names(Type[] ts) { return string.Join(",", ts.Select(t => t.ToString()).OrderBy(n => n, StringComparer.Ordinal)); }
  static int Main() {
    Console.WriteLine(Names(typeof(C1).GetInterfaces()));
    Console.WriteLine(Names(typeof(C2).GetInterfaces()));
    Console.WriteLine(Names(typeof(S).GetInterfaces()));
    Console.WriteLine(Names(typeof(IB).GetInterfaces()));
    Console.WriteLine(Names(typeof(List<string>).GetInterfaces()));
    Console.WriteLine(typeof(IA).IsAssignableFrom(typeof(C2)));
    Console.WriteLine(typeof(C2).IsAssignableFrom(typeof(C1)));
    Console.WriteLine(typeof(C1).IsAssignableFrom(typeof(C2)));
    Console.WriteLine(typeof(IG<int>).IsAssignableFrom(typeof(C2)));
    Console.WriteLine(typeof(IG<long>).IsAssignableFrom(typeof(C2)));
    Console.WriteLine(typeof(object).IsAssignableFrom(typeof(int)));
    Console.WriteLine(typeof(IEnumerable<object>).IsAssignableFrom(typeof(List<string>)));
    Console.WriteLine(typeof(IEnumerable<object>).IsAssignableFrom(typeof(List<int>)));
    Console.WriteLine(typeof(int?).IsAssignableFrom(typeof(int)));
    Console.WriteLine(typeof(C2).IsSubclassOf(typeof(C1)));
    Console.WriteLine(typeof(C2).IsSubclassOf(typeof(object)));
    Console.WriteLine(typeof(C1).IsSubclassOf(typeof(C1)));
    Console.WriteLine(typeof(C1).IsSubclassOf(typeof(IA)));
    Console.WriteLine(typeof(int).IsSubclassOf(typeof(ValueType)));
    Console.WriteLine(typeof(C2).GetInterface("IDisposable"));
    Console.WriteLine(typeof(C2).GetInterface("IG`1"));
    Console.WriteLine(typeof(C2).GetInterface("Nope") == null);
    Console.WriteLine(typeof(IA).IsInterface + " " + typeof(C1).IsClass + " " + typeof(S).IsValueType);
    return 0;
  }
}
