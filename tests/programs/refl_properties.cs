// Properties: GetProperties, GetProperty, GetValue/SetValue, indexers, accessors.
using System; using System.Reflection; using System.Linq; using System.Collections.Generic;
class Thing {
  int count;
  public int Count { get { return count; } set { count = value; } }
  public string Name { get; set; }
  public int ReadOnly { get { return 5; } }
  private int Hidden { get; set; }
  public static string Shared { get; set; }
  public string this[int i] { get { return "idx" + i; } }
}
class Derived : Thing { public new string Name { get { return "derived"; } } public bool Extra { get; set; } }
class P {
  static int Main() {
    Type t = typeof(Thing);
    Console.WriteLine(string.Join(",", t.GetProperties().Select(p => p.Name + ":" + p.PropertyType.Name + ":" + p.CanRead + p.CanWrite)));
    var it = new Thing();
    t.GetProperty("Count").SetValue(it, 12, null);
    Console.WriteLine(it.Count + " " + t.GetProperty("Count").GetValue(it, null));
    t.GetProperty("Name").SetValue(it, "item");
    Console.WriteLine(t.GetProperty("Name").GetValue(it));
    Console.WriteLine(t.GetProperty("ReadOnly").GetSetMethod() == null);
    Console.WriteLine(t.GetProperty("ReadOnly").GetGetMethod().Name);
    Console.WriteLine(t.GetProperty("Hidden", BindingFlags.NonPublic | BindingFlags.Instance) != null);
    t.GetProperty("Shared").SetValue(null, "s");
    Console.WriteLine(Thing.Shared);
    PropertyInfo idx = t.GetProperty("Item");
    Console.WriteLine(idx.GetIndexParameters().Length + " " + idx.GetValue(it, new object[] { 3 }));
    Console.WriteLine(string.Join(",", typeof(Derived).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)));
    Console.WriteLine(typeof(Derived).GetProperty("Extra").DeclaringType);
    Console.WriteLine(t.GetProperty("Count") == t.GetProperty("Count"));
    Console.WriteLine(t.GetProperty("Count"));
    Console.WriteLine(typeof(List<int>).GetProperty("Count").GetValue(new List<int> { 1, 2, 3 }));
    Console.WriteLine(typeof(string).GetProperty("Length").GetValue("hello"));
    return 0;
  }
}
