using System;
using System.Reflection;
// Delegates made through reflection: closed over an instance (the override
// of a virtual method is called, and Method reflects it), open instance
// delegates (the receiver is the first argument, and a virtual method
// dispatches on it), static ones, and what Method and Target report.
class B { public virtual string V() { return "B.V"; } public string N() { return "B.N"; } public static int S(int x) { return x * 2; } public virtual string W(int k) { return "B.W" + k; } }
class D : B { public override string V() { return "D.V"; } public override string W(int k) { return "D.W" + k; } }
class E : D { public override string V() { return "E.V"; } }
class DelegateOpen {
    static void Main() {
        var closed = (Func<string>)Delegate.CreateDelegate(typeof(Func<string>), new D(), typeof(B).GetMethod("V"));
        Console.WriteLine(closed() + " " + closed.Method.DeclaringType + " " + closed.Method.ReflectedType + " " + closed.Target.GetType().Name);
        var nonVirtual = (Func<string>)Delegate.CreateDelegate(typeof(Func<string>), new D(), typeof(D).GetMethod("N"));
        Console.WriteLine(nonVirtual() + " " + nonVirtual.Method.DeclaringType + " " + nonVirtual.Method.ReflectedType);
        var stat = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), typeof(B).GetMethod("S"));
        Console.WriteLine(stat(4) + " " + stat.Method + " " + (stat.Target == null));
        var open = (Func<B, string>)Delegate.CreateDelegate(typeof(Func<B, string>), typeof(B).GetMethod("V"));
        Console.WriteLine(open(new B()) + " " + open(new D()) + " " + open(new E()) + " " + open.Method.DeclaringType);
        var openArg = (Func<B, int, string>)Delegate.CreateDelegate(typeof(Func<B, int, string>), typeof(B).GetMethod("W"));
        Console.WriteLine(openArg(new B(), 1) + " " + openArg(new E(), 2));
        try { open(null); } catch (NullReferenceException) { Console.WriteLine("open delegate on null: NullReferenceException"); }
        Func<string> direct = new E().V;
        Console.WriteLine(direct() + " " + direct.Method.DeclaringType);
        Func<string> baseCall = new Func<string>(new D().N);
        Console.WriteLine(baseCall() + " " + baseCall.Method.Name);
        var fromInfo = typeof(B).GetMethod("W").CreateDelegate(typeof(Func<int, string>), new E());
        Console.WriteLine(fromInfo.DynamicInvoke(7) + " " + fromInfo.Method.DeclaringType);
    }
}
