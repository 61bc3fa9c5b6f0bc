// A generic virtual method reached through a delegate (ldvirtftn) or
// MethodInfo.Invoke runs the receiver's override, instantiated as the
// call is: new Func<T[]>(obj.Make<T>) and Invoke of Make<string>.
using System;
using System.Reflection;

interface IMaker { string Kind<T>(); }

class Gen<T> : IMaker {
    public virtual S[] Make<S>() { return new S[3]; }
    public virtual string Kind<S>() { return "Gen " + typeof(S).Name; }
}

class Sub : Gen<int> {
    public override S[] Make<S>() { return new S[5]; }
    public override string Kind<S>() { return "Sub " + typeof(S).Name + " " + typeof(S[]).Name; }
}

static class Program {
    static void Main() {
        Gen<int> g = new Sub();
        Func<string[]> make = g.Make<string>;
        string[] made = make();
        Console.WriteLine(made.GetType() + " " + made.Length);
        Func<string> kind = g.Kind<DateTime>;
        Console.WriteLine(kind());
        IMaker maker = g;
        Func<string> viaInterface = maker.Kind<byte>;
        Console.WriteLine(viaInterface());
        MethodInfo m = typeof(Gen<int>).GetMethod("Make").MakeGenericMethod(typeof(object));
        object[] result = (object[])m.Invoke(g, null);
        Console.WriteLine(result.GetType() + " " + result.Length);
        MethodInfo k = typeof(IMaker).GetMethod("Kind").MakeGenericMethod(typeof(long));
        Console.WriteLine(k.Invoke(g, null));
        Console.WriteLine(new Gen<int>().Make<char>().Length);
    }
}
