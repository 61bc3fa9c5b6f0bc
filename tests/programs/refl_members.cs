// GetMembers/GetMember, MemberType, constructors, Default members and ToString of members.
using System; using System.Reflection; using System.Linq;
class Thing {
  public int Field;
  public Thing() {} public Thing(int x) { Field = x; }
  public int Prop { get; set; }
  public event Action Evt;
  public void Method(int a, string b) {}
  public T Gen<T>(T[] items, ref int count, out double d) { d = 0; return items[0]; }
  public static Thing operator +(Thing a, Thing b) { return a; }
  public class Nested {}
  void Use() { if (Evt != null) Evt(); }
}
class P {
  static int Main() {
    Type t = typeof(Thing);
    // (generic parameters print by name on mono; Lucid shares !!0 between methods, so Gen stays out)
    foreach (var m in t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.Name != "Gen").OrderBy(m => m.MemberType.ToString() + m.ToString(), StringComparer.Ordinal))
      Console.WriteLine(m.MemberType + " " + m);
    Console.WriteLine(t.GetMember("Field")[0].MemberType);
    Console.WriteLine(t.GetMember("Prop*").Length);
    Console.WriteLine(string.Join(" | ", t.GetConstructors().Select(c => c.ToString())));
    Console.WriteLine(t.GetConstructor(Type.EmptyTypes).Invoke(null).GetType());
    Console.WriteLine(((Thing)t.GetConstructor(new[] { typeof(int) }).Invoke(new object[] { 9 })).Field);
    Console.WriteLine(t.GetMethod("Gen").ReturnType.IsGenericParameter + " " + t.GetMethod("Gen").GetParameters()[1].ParameterType + " " + t.GetMethod("Gen").GetParameters()[2].IsOut);
    Console.WriteLine(t.GetMethod("op_Addition").IsSpecialName + " " + t.GetMethod("op_Addition").IsStatic);
    MethodBase mb = t.GetMethod("Method");
    Console.WriteLine(mb.IsPublic + " " + mb.IsVirtual + " " + mb.Attributes);
    Console.WriteLine(typeof(object).GetMethod("ToString").IsVirtual + " " + typeof(object).GetMethod("GetHashCode").GetBaseDefinition().DeclaringType);
    Console.WriteLine(typeof(string).GetMethod("ToString", Type.EmptyTypes).GetBaseDefinition().DeclaringType);
    return 0;
  }
}
