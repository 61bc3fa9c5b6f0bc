// A static method reached through a delegate or MethodInfo.Invoke runs its
// type's static constructor first, once; one whose constructor throws
// raises TypeInitializationException, every time.
using System;
using System.Reflection;

class ByDelegate {
    static string greeting;
    static ByDelegate() { Console.WriteLine("ByDelegate..cctor"); greeting = "hello"; }
    public static string Greet(string name) { return greeting + " " + name; }
}

class ByReflection {
    static int calls;
    static ByReflection() { Console.WriteLine("ByReflection..cctor"); calls = 100; }
    public static int Count() { return ++calls; }
}

class Broken {
    static readonly int value;
    static Broken() { throw new InvalidOperationException("no"); }
    public static int Get() { return value; }
}

static class Program {
    static void Main() {
        Func<string, string> greet = ByDelegate.Greet;
        Console.WriteLine("delegate made");
        Console.WriteLine(greet("a"));
        Console.WriteLine(greet("b"));
        MethodInfo count = typeof(ByReflection).GetMethod("Count");
        Console.WriteLine("method found");
        Console.WriteLine(count.Invoke(null, null));
        Console.WriteLine(count.Invoke(null, null));
        Func<int> get = Broken.Get;
        for (int i = 0; i < 2; i++) {
            try {
                Console.WriteLine(get());
            } catch (TypeInitializationException e) {
                Console.WriteLine("TypeInitializationException: " + e.InnerException.Message);
            }
        }
        try {
            typeof(Broken).GetMethod("Get").Invoke(null, null);
        } catch (TargetInvocationException e) {
            Console.WriteLine(e.InnerException.GetType().Name);
        }
    }
}
