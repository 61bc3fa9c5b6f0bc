// Type.Name, FullName, Namespace and ToString for generic, nested, array,
// pointer and byref types, printed as mono prints them.
using System; using System.Collections.Generic;
namespace Outer.Space {
  public class Box<T> { public class Inner {} public class Deep<U> {} }
  public class Plain { public class Nested { public class Nested2 {} } }
  public struct Pt { public int X; }
}
class P {
  static void Show(Type t) {
    Console.WriteLine("{0} | {1} | {2} | {3}", t.Name, t.FullName ?? "<null>", t.Namespace ?? "<null>", t.ToString());
  }
  unsafe static int Main() {
    Show(typeof(int));
    Show(typeof(string));
    Show(typeof(List<int>));
    Show(typeof(List<>));
    Show(typeof(Dictionary<string, List<int>>));
    Show(typeof(Outer.Space.Box<int>));
    Show(typeof(Outer.Space.Box<>.Inner));
    Show(typeof(Outer.Space.Box<int>.Inner));
    Show(typeof(Outer.Space.Box<string>.Deep<int>));
    Show(typeof(Outer.Space.Plain.Nested));
    Show(typeof(Outer.Space.Plain.Nested.Nested2));
    Show(typeof(int[]));
    Show(typeof(int[,]));
    Show(typeof(int[][]));
    Show(typeof(string[,,]));
    Show(typeof(int*));
    Show(typeof(Outer.Space.Pt*));
    Show(typeof(int).MakeByRefType());
    Show(typeof(List<int>[]));
    Show(typeof(int?));
    Show(typeof(KeyValuePair<int, string>));
    Show(typeof(P));
    Console.WriteLine(typeof(List<>).GetGenericArguments()[0].IsGenericParameter);
    Console.WriteLine(typeof(int[]).MakeArrayType(2));
    Console.WriteLine(typeof(List<int>).AssemblyQualifiedName);
    Console.WriteLine(typeof(P).AssemblyQualifiedName);
    Console.WriteLine(typeof(Outer.Space.Box<int>.Inner).DeclaringType);
    return 0;
  }
}
