// Activator.CreateInstance(Type), (Type, args), CreateInstance<T>, new T().
using System; using System.Collections.Generic;
class Widget { public string Tag = "default"; public Widget() { Console.WriteLine("Widget()"); } public Widget(string t) { Tag = t; } public Widget(int n, string t) { Tag = t + n; } }
struct Point { public int X, Y; public override string ToString() { return X + "," + Y; } }
class NoDefault { public NoDefault(int x) {} }
abstract class Abs {}
class Private { private Private() { Console.WriteLine("private ctor"); } }
class P {
  static T Make<T>() where T : new() { return new T(); }
  static int Main() {
    var w = (Widget)Activator.CreateInstance(typeof(Widget));
    Console.WriteLine(w.Tag);
    Console.WriteLine(((Widget)Activator.CreateInstance(typeof(Widget), "given")).Tag);
    Console.WriteLine(((Widget)Activator.CreateInstance(typeof(Widget), 3, "n")).Tag);
    Console.WriteLine(Activator.CreateInstance<Widget>().Tag);
    Console.WriteLine(Activator.CreateInstance(typeof(Point)));
    Console.WriteLine(Activator.CreateInstance<Point>());
    Console.WriteLine(Make<Widget>().Tag);
    Console.WriteLine(Make<Point>());
    Console.WriteLine(Make<int>());
    var list = (List<int>)Activator.CreateInstance(typeof(List<int>));
    list.Add(3); Console.WriteLine(list.Count);
    Console.WriteLine(Activator.CreateInstance(typeof(int)));
    Console.WriteLine(Activator.CreateInstance(typeof(Private), true) != null);
    try { Activator.CreateInstance(typeof(NoDefault)); } catch (MissingMethodException) { Console.WriteLine("no default ctor"); }
    try { Activator.CreateInstance(typeof(Abs)); } catch (MissingMethodException) { Console.WriteLine("abstract"); } catch (MemberAccessException) { Console.WriteLine("abstract"); }
    try { Activator.CreateInstance(typeof(Private)); } catch (MissingMethodException) { Console.WriteLine("private"); }
    var d = (Dictionary<string, int>)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), typeof(int)));
    d["a"] = 1; Console.WriteLine(d.Count);
    return 0;
  }
}
