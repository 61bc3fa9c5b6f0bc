// Events (GetEvents, add/remove through EventInfo) and nested types.
using System; using System.Reflection; using System.Linq;
class Source {
  public event EventHandler Changed;
  public event Action<int> Counted;
  private event Action Secret;
  public void Fire() { if (Changed != null) Changed(this, EventArgs.Empty); if (Counted != null) Counted(4); if (Secret != null) Secret(); }
  public class PublicNested {}
  private class PrivateNested {}
  public struct NestedStruct {}
  public interface INested {}
}
class P {
  static void OnChanged(object s, EventArgs e) { Console.WriteLine("changed"); }
  static int Main() {
    Type t = typeof(Source);
    Console.WriteLine(string.Join(",", t.GetEvents().Select(e => e.Name + ":" + e.EventHandlerType.Name).OrderBy(n => n, StringComparer.Ordinal)));
    Console.WriteLine(string.Join(",", t.GetEvents(BindingFlags.NonPublic | BindingFlags.Instance).Select(e => e.Name)));
    var s = new Source();
    EventInfo ev = t.GetEvent("Changed");
    ev.AddEventHandler(s, new EventHandler(OnChanged));
    t.GetEvent("Counted").AddEventHandler(s, new Action<int>(n => Console.WriteLine("counted " + n)));
    s.Fire();
    ev.RemoveEventHandler(s, new EventHandler(OnChanged));
    s.Fire();
    Console.WriteLine(ev.GetAddMethod().Name + " " + ev.GetRemoveMethod().Name + " " + ev.DeclaringType);
    Console.WriteLine(string.Join(",", t.GetNestedTypes().Select(n => n.Name).OrderBy(n => n, StringComparer.Ordinal)));
    Console.WriteLine(string.Join(",", t.GetNestedTypes(BindingFlags.NonPublic).Select(n => n.FullName)));
    Console.WriteLine(t.GetNestedType("NestedStruct").IsValueType + " " + t.GetNestedType("INested").IsInterface);
    Console.WriteLine(t.GetNestedType("PublicNested").IsNested + " " + t.GetNestedType("PublicNested").DeclaringType);
    Console.WriteLine(t.GetNestedType("Missing") == null);
    return 0;
  }
}
