using System;
using System.Collections.Generic;
abstract class Animal {
    static int created; protected readonly int id;
    protected Animal() { id = ++created; Log("Animal ctor " + Describe()); }
    public abstract string Sound { get; }
    public virtual string Describe() { return GetType().Name + "#" + id; }
    public string Speak() { return Describe() + " says " + Sound; }
    public static List<string> Lines = new List<string>();
    protected static void Log(string s) { Lines.Add(s); }
    public override string ToString() { return "Animal(" + id + ")"; }
}
class Dog : Animal {
    readonly string name = "rex";
    public Dog() : base() { Log("Dog ctor " + name); }
    public override string Sound { get { return "woof"; } }
    public override string Describe() { return "Dog " + (name ?? "<unset>") + " " + base.Describe(); }
}
class Puppy : Dog { public override string Sound { get { return "yip"; } } public new string Speak() { return "puppy: " + base.Speak(); } }
sealed class Cat : Animal { public override string Sound { get { return "meow"; } } public sealed override string ToString() { return "Cat!"; } }
class Base { public virtual string M(object o) { return "Base.M(object)"; } public string N(int i) { return "Base.N(int)"; } }
class Derived : Base { public override string M(object o) { return "Derived.M(object)"; } public string M(string s) { return "Derived.M(string)"; } public string N(long l) { return "Derived.N(long)"; } }
class Inheritance {
    static void Main() {
        var animals = new List<Animal> { new Dog(), new Cat(), new Puppy() };
        Console.WriteLine(string.Join(" | ", Animal.Lines));
        foreach (var a in animals) Console.WriteLine(a.Speak() + " / " + a + " / " + a.GetType().BaseType.Name);
        Puppy p = (Puppy)animals[2]; Dog asDog = p;
        Console.WriteLine(p.Speak() + " || " + asDog.Speak());
        Console.WriteLine((animals[1] is Dog) + " " + (animals[2] is Dog) + " " + (animals[0] as Puppy == null) + " " + typeof(Dog).IsAssignableFrom(typeof(Puppy)) + " " + typeof(Cat).IsSealed + " " + typeof(Animal).IsAbstract);
        try { var c = (Dog)animals[1]; Console.WriteLine(c); } catch (InvalidCastException e) { Console.WriteLine("InvalidCast: " + e.Message); }
        var d = new Derived(); Base b = d;
        Console.WriteLine(d.M("s") + " " + d.M((object)"s") + " " + b.M("s") + " " + d.N(1) + " " + b.N(1));
        Console.WriteLine(typeof(Puppy).GetMethod("Speak").DeclaringType.Name + " " + typeof(Puppy).GetProperty("Sound").DeclaringType.Name + " " + typeof(Dog).GetMethod("Describe").GetBaseDefinition().DeclaringType.Name);
        object o = new Puppy(); Console.WriteLine(((Animal)o).Sound + " " + o.GetType().IsSubclassOf(typeof(Animal)) + " " + o.Equals(o) + " " + (o.GetHashCode() == o.GetHashCode()));
    }
}
