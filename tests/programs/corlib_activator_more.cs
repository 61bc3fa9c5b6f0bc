using System;
using System.Reflection;
class Widget {
    public string Made;
    public Widget() { Made = "default"; }
    public Widget(int n) { Made = "int " + n; }
    public Widget(string s, double d) { Made = "string " + s + " double " + d; }
    private Widget(bool b) { Made = "private " + b; }
}
struct Pt { public int X; public Pt(int x) { X = x; } }
abstract class Abs { }
class NoDefault { public NoDefault(int x) { } }
class Gen<T> { public T Value; public Gen() { Value = default(T); } }
class ActivatorMore {
    static void Main() {
        Console.WriteLine(((Widget)Activator.CreateInstance(typeof(Widget))).Made);
        Console.WriteLine(((Widget)Activator.CreateInstance(typeof(Widget), 5)).Made);
        Console.WriteLine(((Widget)Activator.CreateInstance(typeof(Widget), "s", 2.5)).Made);
        Console.WriteLine(((Widget)Activator.CreateInstance(typeof(Widget), BindingFlags.NonPublic | BindingFlags.Instance, null, new object[] { true }, null)).Made);
        Console.WriteLine(((Widget)Activator.CreateInstance(typeof(Widget), true)).Made);
        Console.WriteLine(((Pt)Activator.CreateInstance(typeof(Pt))).X + " " + ((Pt)Activator.CreateInstance(typeof(Pt), 7)).X + " " + Activator.CreateInstance<Pt>().X);
        Console.WriteLine(Activator.CreateInstance(typeof(int)) + " " + Activator.CreateInstance(typeof(DateTime)) .GetType().Name + " " + Activator.CreateInstance(typeof(Gen<string>)).GetType());
        Console.WriteLine(((Gen<int>)Activator.CreateInstance(typeof(Gen<>).MakeGenericType(typeof(int)))).Value);
        Console.WriteLine(Activator.CreateInstance(typeof(string), new char[] { 'h', 'i' }, 0, 2));
        try { Activator.CreateInstance(typeof(Abs)); } catch (MissingMethodException e) { Console.WriteLine("abstract: " + e.GetType().Name); } catch (MemberAccessException e) { Console.WriteLine("abstract: " + e.GetType().Name); }
        try { Activator.CreateInstance(typeof(NoDefault)); } catch (MissingMethodException e) { Console.WriteLine("no default ctor: " + e.GetType().Name); }
        try { Activator.CreateInstance(typeof(Widget), "wrong"); } catch (MissingMethodException e) { Console.WriteLine("no matching ctor: " + e.GetType().Name); }
        try { Activator.CreateInstance(typeof(Widget), BindingFlags.Public | BindingFlags.Instance, null, new object[] { true }, null); } catch (MissingMethodException) { Console.WriteLine("private ctor hidden"); }
        try { Activator.CreateInstance(typeof(Gen<>)); } catch (ArgumentException e) { Console.WriteLine("open generic: " + e.GetType().Name); }
        try { Activator.CreateInstance(null); } catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
        var ctor = typeof(Widget).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(bool) }, null);
        Console.WriteLine(((Widget)ctor.Invoke(new object[] { false })).Made + " " + ctor.IsPrivate + " " + ctor.GetParameters()[0].ParameterType.Name);
        Console.WriteLine(typeof(Widget).GetConstructors().Length + " " + typeof(Widget).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Length);
        // Activator.CreateInstance(typeof(int[]), 3) is left out: Lucid's reflection does not list
        // the constructors the runtime provides for array types.
        var o = Activator.CreateInstance(Type.GetType("System.Text.StringBuilder"), "seed"); Console.WriteLine(o + " " + o.GetType().Name);
    }
}
