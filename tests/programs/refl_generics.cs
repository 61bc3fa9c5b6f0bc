// GetGenericArguments, MakeGenericMethod, generic parameter info, open and closed generic types.
using System; using System.Reflection; using System.Collections.Generic; using System.Linq;
class Gen<TKey, TValue> where TKey : IComparable<TKey> where TValue : class, new() {}
class Util {
  public static T Echo<T>(T x) { return x; }
  public static string Pair<A, B>(A a, B b) { return typeof(A).Name + ":" + a + "," + typeof(B).Name + ":" + b; }
  public static List<T> Repeat<T>(T x, int n) { var l = new List<T>(); for (int i = 0; i < n; i++) l.Add(x); return l; }
}
class P {
  static int Main() {
    Console.WriteLine(string.Join(",", typeof(Dictionary<string, int>).GetGenericArguments().Select(t => t.Name)));
    Type[] ps = typeof(Gen<,>).GetGenericArguments();
    foreach (Type p in ps)
      Console.WriteLine(p.IsGenericParameter + " " + p.GenericParameterPosition + " " + (p.FullName == null));
    MethodInfo echo = typeof(Util).GetMethod("Echo");
    Console.WriteLine(echo.IsGenericMethodDefinition + " " + echo.ContainsGenericParameters + " " + echo.GetGenericArguments()[0].IsGenericParameter);
    MethodInfo echoInt = echo.MakeGenericMethod(typeof(int));
    Console.WriteLine(echoInt + " " + echoInt.IsGenericMethod + " " + echoInt.IsGenericMethodDefinition);
    Console.WriteLine(echoInt.Invoke(null, new object[] { 41 }));
    Console.WriteLine(echo.MakeGenericMethod(typeof(string)).Invoke(null, new object[] { "s" }));
    Console.WriteLine(typeof(Util).GetMethod("Pair").MakeGenericMethod(typeof(double), typeof(string)).Invoke(null, new object[] { 1.5, "x" }));
    var rep = typeof(Util).GetMethod("Repeat").MakeGenericMethod(typeof(char));
    Console.WriteLine(((List<char>)rep.Invoke(null, new object[] { 'q', 3 })).Count);
    Console.WriteLine(echoInt.GetGenericMethodDefinition() == echo);
    Console.WriteLine(string.Join(",", echoInt.GetGenericArguments().Select(t => t.Name)) + " " + echoInt.GetGenericArguments()[0].IsGenericParameter);
    Console.WriteLine(typeof(List<>).IsGenericTypeDefinition + " " + typeof(List<int>).IsGenericType + " " + typeof(List<int>).ContainsGenericParameters + " " + typeof(List<>).ContainsGenericParameters);
    Console.WriteLine(typeof(List<>).MakeGenericType(typeof(string)) == typeof(List<string>));
    Console.WriteLine(typeof(List<int>).GetGenericTypeDefinition() == typeof(List<>));
    try { echo.MakeGenericMethod(typeof(int), typeof(int)); } catch (ArgumentException) { Console.WriteLine("arg count"); }
    return 0;
  }
}
