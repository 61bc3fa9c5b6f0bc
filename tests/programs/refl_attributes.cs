// Custom attributes: constructor arguments of many kinds, named fields and
// properties, inheritance, IsDefined, on types, methods, fields, properties, parameters.
using System; using System.Reflection; using System.Linq;
enum Level { Low, High }
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = true)]
class InfoAttribute : Attribute {
  public string Text; public int Number; public Type Kind; public Level Level; public object Any; public int[] List;
  public string Prop { get; set; }
  public InfoAttribute() { Text = "none"; }
  public InfoAttribute(string text) { Text = text; }
  public InfoAttribute(string text, int number, Type kind, Level level) { Text = text; Number = number; Kind = kind; Level = level; }
  public InfoAttribute(object any) { Any = any; }
  public InfoAttribute(params int[] list) { List = list; }
  public override string ToString() {
    return "Info(" + (Text ?? "null") + "," + Number + "," + (Kind == null ? "-" : Kind.Name) + "," + Level + "," + (Any ?? "-") + "," + (List == null ? "-" : string.Join("|", List)) + "," + (Prop ?? "-") + ")";
  }
}
class OtherAttribute : Attribute { public double D; public char C; public bool B; public OtherAttribute(double d, char c, bool b) { D = d; C = c; B = b; } public override string ToString() { return "Other(" + D + "," + C + "," + B + ")"; } }
[AttributeUsage(AttributeTargets.Class, Inherited = false)] class NotInheritedAttribute : Attribute {}
[Info("base")] [NotInherited] class Base { [Info("virt")] public virtual void M() {} }
[Info("one", 2, typeof(string), Level.High, Prop = "p")]
[Info(Text = "named", Number = 9)]
[Info(3.5)] [Info(new[] { 1, 2, 3 })] [Other(2.5, 'z', true)] [Serializable]
class Derived : Base {
  [Info("field")] public int F;
  [Info] public int Prop { get; set; }
  [Obsolete("old")] public override void M() {}
  public void WithParam([Info("param")] int x) {}
}
class P {
  static void Dump(object[] attrs) { Console.WriteLine(string.Join(" ", attrs.Select(a => a.ToString()).OrderBy(s => s, StringComparer.Ordinal))); }
  static int Main() {
    Dump(typeof(Derived).GetCustomAttributes(false));
    Dump(typeof(Derived).GetCustomAttributes(typeof(InfoAttribute), true));
    Dump(typeof(Derived).GetCustomAttributes(true).Where(a => !(a is InfoAttribute)).ToArray());
    Console.WriteLine(typeof(Derived).IsDefined(typeof(OtherAttribute), false) + " " + typeof(Derived).IsDefined(typeof(NotInheritedAttribute), true) + " " + typeof(Base).IsDefined(typeof(NotInheritedAttribute), false));
    Dump(typeof(Derived).GetField("F").GetCustomAttributes(false));
    Dump(typeof(Derived).GetProperty("Prop").GetCustomAttributes(false));
    Dump(typeof(Derived).GetMethod("M").GetCustomAttributes(false));
    Dump(typeof(Derived).GetMethod("M").GetCustomAttributes(true));
    Dump(typeof(Derived).GetMethod("WithParam").GetParameters()[0].GetCustomAttributes(false));
    var info = (InfoAttribute)Attribute.GetCustomAttribute(typeof(Base), typeof(InfoAttribute));
    Console.WriteLine(info.Text);
    var ob = (ObsoleteAttribute)typeof(Derived).GetMethod("M").GetCustomAttributes(typeof(ObsoleteAttribute), false)[0];
    Console.WriteLine(ob.Message);
    Console.WriteLine(Attribute.IsDefined(typeof(Derived), typeof(SerializableAttribute)) + " " + typeof(Derived).IsSerializable);
    Console.WriteLine(typeof(Derived).GetCustomAttributes(typeof(InfoAttribute), false).GetType());
    return 0;
  }
}
