// Open delegates over virtual and interface methods (Delegate.CreateDelegate
// with no target, and the getters PropertyInfo.GetValue makes) dispatch on
// their first argument; MethodInfo.Invoke of an array's generic interface
// method reaches System.Array's implementation (it crashed).
using System;
using System.Collections.Generic;
using System.Reflection;
abstract class Animal { public abstract string Sound(); public virtual string Kind { get { return "animal"; } } }
class Dog : Animal { public override string Sound() { return "woof"; } public override string Kind { get { return "dog"; } } }
interface IGreeter { string Greet(string who); }
class English : IGreeter { public string Greet(string who) { return "hello " + who; } }
static class P {
    static void Main() {
        var sound = (Func<Animal, string>)Delegate.CreateDelegate(typeof(Func<Animal, string>), typeof(Animal).GetMethod("Sound"));
        Console.WriteLine(sound(new Dog()));
        Console.WriteLine(typeof(Animal).GetProperty("Kind").GetValue(new Dog(), null));
        var greet = (Func<IGreeter, string, string>)Delegate.CreateDelegate(typeof(Func<IGreeter, string, string>), typeof(IGreeter).GetMethod("Greet"));
        Console.WriteLine(greet(new English(), "you"));
        Console.WriteLine(typeof(ICollection<int>).GetProperty("Count").GetValue(new int[] { 1, 2, 3 }, null));
        Console.WriteLine(typeof(ICollection<string>).GetProperty("Count").GetValue(new List<string> { "a" }, null));
        var str = (Func<object, string>)Delegate.CreateDelegate(typeof(Func<object, string>), typeof(object).GetMethod("ToString"));
        Console.WriteLine(str(new Dog()) + " " + str(42));
        try { sound(null); } catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
        string[][] jagged = new string[2][];
        Console.WriteLine(typeof(IEnumerable<string[]>).GetMethod("GetEnumerator").Invoke(jagged, null) != null);
    }
}
