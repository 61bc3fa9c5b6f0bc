// MethodBase.GetCurrentMethod(): the method running it (a constructor, a
// property accessor, a lambda's method, a generic method as its
// definition).
using System;
using System.Reflection;

class Widget {
    public string Made;
    public Widget() { Made = MethodBase.GetCurrentMethod().Name; }
    public string Prop { get { return MethodBase.GetCurrentMethod().Name; } }
    public static string Generic<T>(T value) {
        MethodBase m = MethodBase.GetCurrentMethod();
        return m.Name + " " + m.IsGenericMethodDefinition + " " + m.GetGenericArguments()[0].Name;
    }
}

static class Program {
    static void Main() {
        MethodBase here = MethodBase.GetCurrentMethod();
        Console.WriteLine(here.Name + " " + here.DeclaringType.Name + " " + here.IsStatic);
        Console.WriteLine(new Widget().Made);
        Console.WriteLine(new Widget().Prop);
        Console.WriteLine(Widget.Generic(5));
        Console.WriteLine(Widget.Generic("s"));
        Func<string> f = () => MethodBase.GetCurrentMethod().DeclaringType.Name.Length > 0 ? "lambda" : "?";
        Console.WriteLine(f());
        Console.WriteLine(MethodBase.GetCurrentMethod() == here);
    }
}
