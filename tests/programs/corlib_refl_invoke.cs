using System;
using System.Linq;
using System.Reflection;
class Calc {
    public int Total;
    public string Label { get; set; }
    private int secret = 42;
    public static int Created;
    public Calc() { Created++; Label = "default"; }
    public Calc(string label) { Created++; Label = label; }
    public int Add(int a, int b) { Total += a + b; return Total; }
    public double Add(double a, double b) { return a + b; }
    public static string Greet(string name, int times = 1) { return string.Concat(Enumerable.Repeat("hi " + name + ";", times)); }
    public void Out(int x, out int doubled, ref int acc) { doubled = x * 2; acc += x; }
    private string Hidden() { return "hidden " + secret; }
    public T Echo<T>(T value) { return value; }
    public int this[int i] { get { return i * Total; } }
}
class ReflInvoke {
    static void Main() {
        var t = typeof(Calc);
        var c = (Calc)Activator.CreateInstance(t);
        var c2 = (Calc)Activator.CreateInstance(t, "named");
        var c3 = Activator.CreateInstance<Calc>();
        Console.WriteLine(Calc.Created + " " + c.Label + " " + c2.Label + " " + c3.Label);
        var add = t.GetMethod("Add", new[] { typeof(int), typeof(int) });
        Console.WriteLine(add.Invoke(c, new object[] { 2, 3 }) + " " + add.Invoke(c, new object[] { 10, 20 }) + " " + c.Total);
        Console.WriteLine(t.GetMethod("Add", new[] { typeof(double), typeof(double) }).Invoke(c, new object[] { 1.5, 2.25 }));
        Console.WriteLine(t.GetMethod("Greet").Invoke(null, new object[] { "bob", 2 }) + " " + t.GetMethod("Greet").GetParameters()[1].DefaultValue);
        var args = new object[] { 7, null, 100 };
        t.GetMethod("Out").Invoke(c, args);
        Console.WriteLine(args[1] + " " + args[2]);
        var hidden = t.GetMethod("Hidden", BindingFlags.NonPublic | BindingFlags.Instance);
        Console.WriteLine(hidden.Invoke(c, null) + " " + hidden.IsPrivate + " " + (t.GetMethod("Hidden") == null));
        var echo = t.GetMethod("Echo").MakeGenericMethod(typeof(string));
        Console.WriteLine(echo.Invoke(c, new object[] { "generic" }) + " " + echo.IsGenericMethod + " " + echo.ContainsGenericParameters);
        var prop = t.GetProperty("Label");
        prop.SetValue(c, "set by reflection");
        Console.WriteLine(prop.GetValue(c) + " " + prop.CanRead + " " + prop.CanWrite + " " + prop.PropertyType.Name);
        var field = t.GetField("secret", BindingFlags.NonPublic | BindingFlags.Instance);
        field.SetValue(c, 7);
        Console.WriteLine(field.GetValue(c) + " " + hidden.Invoke(c, null) + " " + t.GetField("Created").GetValue(null));
        Console.WriteLine(t.GetProperty("Item").GetValue(c, new object[] { 2 }));
        try { add.Invoke(c, new object[] { "x", 1 }); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { add.Invoke(c, new object[] { 1 }); } catch (TargetParameterCountException e) { Console.WriteLine(e.GetType().Name); }
        try { add.Invoke(null, new object[] { 1, 2 }); } catch (TargetException e) { Console.WriteLine(e.GetType().Name); }
        var ctor = t.GetConstructor(new[] { typeof(string) });
        Console.WriteLine(((Calc)ctor.Invoke(new object[] { "via ctor" })).Label + " " + t.GetConstructors().Length);
        var methods = t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).OrderBy(n => n);
        Console.WriteLine(string.Join(",", methods));
        Func<int, int, int> del = (Func<int, int, int>)Delegate.CreateDelegate(typeof(Func<int, int, int>), c, add);
        Console.WriteLine(del(1, 1) + " " + del.Method.Name);
    }
}
