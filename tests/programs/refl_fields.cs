// GetFields, FieldInfo.GetValue/SetValue for instance, static, struct and reference fields.
using System; using System.Reflection; using System.Linq;
struct Pair { public int A; public long B; public override string ToString() { return A + ":" + B; } }
class Holder {
  public int Number = 7;
  public string Text = "hi";
  public Pair Pair;
  public double Real = 1.5;
  private bool flag = true;
  public static int Counter = 3;
  public static string Label = "static";
  public const int Constant = 42;
  public readonly char Letter = 'x';
  public Holder Next;
  public override string ToString() { return "Holder(" + Number + ")"; }
}
class P {
  static int Main() {
    Type t = typeof(Holder);
    Console.WriteLine(string.Join(",", t.GetFields().Select(f => f.Name + ":" + f.FieldType.Name).OrderBy(s => s, StringComparer.Ordinal)));
    Console.WriteLine(string.Join(",", t.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Select(f => f.Name)));
    var h = new Holder();
    Console.WriteLine(t.GetField("Number").GetValue(h));
    t.GetField("Number").SetValue(h, 99);
    Console.WriteLine(h.Number);
    Console.WriteLine(t.GetField("Text").GetValue(h));
    t.GetField("Text").SetValue(h, "changed");
    Console.WriteLine(h.Text);
    t.GetField("Pair").SetValue(h, new Pair { A = 1, B = 2 });
    Console.WriteLine(t.GetField("Pair").GetValue(h));
    Console.WriteLine(t.GetField("Real").GetValue(h));
    Console.WriteLine(t.GetField("flag", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(h));
    Console.WriteLine(t.GetField("Counter").GetValue(null));
    t.GetField("Counter").SetValue(null, 11);
    Console.WriteLine(Holder.Counter);
    Console.WriteLine(t.GetField("Label").GetValue(null));
    Console.WriteLine(t.GetField("Constant").GetValue(null));
    Console.WriteLine(t.GetField("Constant").IsLiteral);
    Console.WriteLine(t.GetField("Letter").IsInitOnly + " " + t.GetField("Letter").GetValue(h));
    t.GetField("Next").SetValue(h, new Holder());
    Console.WriteLine(t.GetField("Next").GetValue(h));
    t.GetField("Next").SetValue(h, null);
    Console.WriteLine(t.GetField("Next").GetValue(h) == null);
    object boxed = new Pair { A = 5, B = 6 };
    typeof(Pair).GetField("A").SetValue(boxed, 50);
    Console.WriteLine(boxed);
    Console.WriteLine(typeof(Pair).GetField("B").GetValue(boxed));
    Console.WriteLine(t.GetField("Number") == t.GetField("Number"));
    Console.WriteLine(t.GetField("Number").DeclaringType + " " + t.GetField("Number").Attributes);
    try { t.GetField("Number").SetValue(h, "str"); } catch (ArgumentException) { Console.WriteLine("argument"); }
    return 0;
  }
}
