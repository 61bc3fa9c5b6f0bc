using System;
using System.Collections.Generic;
using System.Linq;
class Closures {
    delegate int Op(int a, int b);
    static Func<int> Counter() { int c = 0; return () => ++c; }
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) { return x => g(f(x)); }
    static Func<T, T> Twice<T>(Func<T, T> f) { return x => f(f(x)); }
    int field = 10;
    Func<int> Capture() { return () => field++; }
    static void Main() {
        var c1 = Counter(); var c2 = Counter();
        Console.WriteLine(c1() + " " + c1() + " " + c2() + " " + c1());
        var actions = new List<Action>();
        for (int i = 0; i < 3; i++) actions.Add(() => Console.Write(i + " "));
        foreach (var a in actions) a();
        Console.WriteLine();
        actions.Clear();
        foreach (var s in new[] { "a", "b", "c" }) actions.Add(() => Console.Write(s + " "));
        foreach (var a in actions) a();
        Console.WriteLine();
        int shared = 0;
        Action inc = () => shared++; Func<int> get = () => shared;
        inc(); inc(); shared += 10;
        Console.WriteLine(get());
        Console.WriteLine(Compose(x => x + 1, x => x * 10)(4) + " " + Twice<string>(s => s + "!")("hi") + " " + Twice<int>(Twice<int>(x => x * 2))(1));
        Op add = (a, b) => a + b; Op mul = delegate (int a, int b) { return a * b; };
        Console.WriteLine(add(3, 4) + " " + mul(3, 4) + " " + add.Method.ReturnType.Name);
        var obj = new Closures(); var cap = obj.Capture();
        cap(); cap();
        Console.WriteLine(obj.field);
        Func<int, Func<int, int>> curried = a => b => a - b;
        Console.WriteLine(curried(10)(3));
        Func<int, int> fib = null;
        fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
        Console.WriteLine(fib(20));
        Action chain = null;
        for (int i = 0; i < 3; i++) { int j = i; chain += () => Console.Write("[" + j + "]"); }
        chain(); Console.WriteLine(" " + chain.GetInvocationList().Length);
        chain -= chain.GetInvocationList()[1] as Action;
        chain(); Console.WriteLine();
        Func<string> boundToString = 42.ToString;
        Func<string, string> upper = string.Copy;
        Console.WriteLine(boundToString() + " " + upper("x") + " " + (boundToString.Target is int));
        Predicate<int> even = x => x % 2 == 0; Converter<int, string> conv = x => "<" + x + ">";
        Console.WriteLine(even(4) + " " + conv(5) + " " + Array.ConvertAll(new[] { 1, 2 }, conv)[1]);
        var adders = Enumerable.Range(1, 3).Select(k => (Func<int, int>)(x => x + k)).ToArray();
        Console.WriteLine(adders.Sum(f => f(100)));
        Func<int, int> local = Square;
        Console.WriteLine(local(9) + " " + local.Method.Name);
    }
    static int Square(int x) { return x * x; }
}
