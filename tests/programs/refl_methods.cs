// GetMethods / GetMethod by name and binding flags, through RuntimeType.GetMethodsByName_native.
using System; using System.Reflection; using System.Linq;
class Base { public virtual string Hello() { return "base"; } public void Inherited() {} public static void BaseStatic() {} }
class Derived : Base {
  public override string Hello() { return "derived"; }
  public int Add(int a, int b) { return a + b; }
  public long Add(long a, long b) { return a + b + 1000; }
  private string Secret() { return "secret"; }
  public static double Half(double x) { return x / 2; }
  protected void Prot() {}
}
class P {
  static int Main() {
    Type t = typeof(Derived);
    var names = t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);
    Console.WriteLine(string.Join(",", names));
    var all = t.GetMethods().Select(m => m.Name + "/" + m.DeclaringType.Name).OrderBy(n => n, StringComparer.Ordinal);
    Console.WriteLine(string.Join(",", all));
    var stat = t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);
    Console.WriteLine(string.Join(",", stat));
    var priv = t.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);
    Console.WriteLine(string.Join(",", priv));
    MethodInfo add = t.GetMethod("Add", new Type[] { typeof(long), typeof(long) });
    Console.WriteLine(add);
    Console.WriteLine(add.Invoke(new Derived(), new object[] { 1L, 2L }));
    MethodInfo hello = typeof(Base).GetMethod("Hello");
    Console.WriteLine(hello.Invoke(new Derived(), null));
    Console.WriteLine(t.GetMethod("Secret", BindingFlags.NonPublic | BindingFlags.Instance).Invoke(new Derived(), null));
    Console.WriteLine(t.GetMethod("Half").Invoke(null, new object[] { 5.0 }));
    Console.WriteLine(t.GetMethod("hello", BindingFlags.IgnoreCase | BindingFlags.Public | BindingFlags.Instance).Name);
    Console.WriteLine(t.GetMethod("Nope") == null);
    Console.WriteLine(t.GetMethod("Hello") == t.GetMethod("Hello"));
    Console.WriteLine(t.GetMethod("Hello").DeclaringType);
    Console.WriteLine(t.GetMethod("Inherited").ReflectedType);
    try { t.GetMethod("Add"); } catch (AmbiguousMatchException) { Console.WriteLine("ambiguous"); }
    foreach (var p in t.GetMethod("Add", new[] { typeof(int), typeof(int) }).GetParameters())
      Console.WriteLine(p.Position + " " + p.Name + " " + p.ParameterType);
    Console.WriteLine(typeof(string).GetMethod("Concat", new[] { typeof(string), typeof(string) }).Invoke(null, new object[] { "a", "b" }));
    return 0;
  }
}
