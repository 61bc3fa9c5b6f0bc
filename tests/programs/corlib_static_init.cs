using System;
using System.Collections.Generic;
static class Log { public static List<string> Lines = new List<string>(); public static int Add(string s) { Lines.Add(s); return Lines.Count; } }
class A { public static int X = Log.Add("A.X"); static A() { Log.Add("A.cctor"); } public static void Touch() { Log.Add("A.Touch"); } }
class B : A { public static int Y = Log.Add("B.Y"); static B() { Log.Add("B.cctor"); } public B() { Log.Add("B.ctor"); } }
class Lazy1 { public static int V = Log.Add("Lazy1.V"); static Lazy1() { } }
class Bad { public static int V = Fail(); static Bad() { } static int Fail() { throw new InvalidOperationException("init failed"); } public static void M() { } }
class Gen<T> { public static string Name = Log.Add("Gen<" + typeof(T).Name + ">").ToString(); static Gen() { } }
class Order { public static int First = Second + 1; public static int Second = 5; static Order() { } }
class Explicit { static Explicit() { Log.Add("Explicit.cctor"); } public static void Nop() { } }
// Every class has an explicit static constructor: without one (beforefieldinit)
// mono may run the initializer when it compiles the caller, before the try.
class StaticInit {
    static void Main() {
        Log.Add("main start");
        A.Touch();
        Log.Add("before B");
        new B();
        Log.Add("after B");
        Console.WriteLine(string.Join(", ", Log.Lines)); Log.Lines.Clear();
        var n1 = Gen<int>.Name; var n2 = Gen<string>.Name; var n3 = Gen<int>.Name;
        Console.WriteLine(string.Join(", ", Log.Lines) + " | " + (n1 == n3)); Log.Lines.Clear();
        Console.WriteLine(Order.First + " " + Order.Second);
        try { Bad.M(); } catch (TypeInitializationException e) { Console.WriteLine("TIE " + e.TypeName + " <- " + e.InnerException.Message); }
        try { Console.WriteLine(Bad.V); } catch (TypeInitializationException e) { Console.WriteLine("again " + e.InnerException.GetType().Name); }
        Console.WriteLine(Lazy1.V > 0);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(A).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Explicit).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Explicit).TypeHandle);
        Explicit.Nop();
        Console.WriteLine(Log.Lines.Count + " " + string.Join(",", Log.Lines));
        try { System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Bad).TypeHandle); } catch (TypeInitializationException e) { Console.WriteLine("RunClassConstructor: " + e.TypeName); }
    }
}
