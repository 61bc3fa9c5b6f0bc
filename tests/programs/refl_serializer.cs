// A tiny reflection-driven serializer, as real programs write them: walks
// public fields and properties, recurses into objects, lists and arrays, reads attributes.
using System; using System.Reflection; using System.Text; using System.Collections; using System.Collections.Generic; using System.Linq;
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)] class SkipAttribute : Attribute {}
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)] class RenameAttribute : Attribute { public string Name; public RenameAttribute(string n) { Name = n; } }
enum Kind { Small, Large }
class Address { public string City = "Paris"; public int Zip = 75001; }
class Person {
  public string Name = "Ada"; public int Age = 36; public double Score = 9.5; public bool Active = true; public Kind Kind = Kind.Large;
  public Address Home = new Address();
  public List<int> Numbers = new List<int> { 1, 2, 3 };
  public string[] Tags = { "a", "b" };
  [Skip] public string Password = "secret";
  [Rename("nick")] public string Nickname { get; set; }
  public DateTime? Born { get; set; }
}
class Ser {
  static void Write(StringBuilder sb, object o) {
    if (o == null) { sb.Append("null"); return; }
    Type t = o.GetType();
    if (t == typeof(string)) { sb.Append('"').Append(o).Append('"'); return; }
    if (t.IsPrimitive) { sb.Append(Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture).ToLowerInvariant()); return; }
    if (t.IsEnum) { sb.Append('"').Append(o).Append('"'); return; }
    if (o is IEnumerable) { sb.Append('['); bool first = true; foreach (object e in (IEnumerable)o) { if (!first) sb.Append(','); first = false; Write(sb, e); } sb.Append(']'); return; }
    sb.Append('{');
    bool f = true;
    var members = t.GetFields().Cast<MemberInfo>().Concat(t.GetProperties()).OrderBy(m => m.MetadataToken).ToList();
    foreach (MemberInfo m in members) {
      if (m.IsDefined(typeof(SkipAttribute), false)) continue;
      var rn = (RenameAttribute)Attribute.GetCustomAttribute(m, typeof(RenameAttribute));
      object v = m is FieldInfo ? ((FieldInfo)m).GetValue(o) : ((PropertyInfo)m).GetValue(o, null);
      if (!f) sb.Append(','); f = false;
      sb.Append('"').Append(rn != null ? rn.Name : m.Name).Append("\":");
      Write(sb, v);
    }
    sb.Append('}');
  }
  static int Main() {
    var p = new Person { Nickname = "countess" };
    var sb = new StringBuilder(); Write(sb, p); Console.WriteLine(sb);
    var copy = (Person)Activator.CreateInstance(typeof(Person));
    foreach (var fi in typeof(Person).GetFields()) fi.SetValue(copy, fi.GetValue(p));
    copy.Age = 37;
    sb.Clear(); Write(sb, copy); Console.WriteLine(sb);
    return 0;
  }
}
