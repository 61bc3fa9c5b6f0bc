using System;
// Generic parameters' attributes and constraints through reflection are left out: Lucid's
// generic parameter types are shared by position and do not know their owner.
using System.Collections.Generic;
using System.Linq;
interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { string Consume(T t); }
class Animal { public virtual string Sound { get { return "..."; } } }
class Dog : Animal { public override string Sound { get { return "woof"; } } }
class DogMaker : IProducer<Dog> { public Dog Produce() { return new Dog(); } }
class AnimalPrinter : IConsumer<Animal> { public string Consume(Animal a) { return "animal says " + a.Sound; } }
delegate TR Fn<in TA, out TR>(TA a);
class Variance {
    static void Main() {
        IProducer<Animal> p = new DogMaker();
        Console.WriteLine(p.Produce().Sound);
        IConsumer<Dog> c = new AnimalPrinter();
        Console.WriteLine(c.Consume(new Dog()));
        IEnumerable<object> objs = new List<string> { "a", "b" };
        Console.WriteLine(objs.Count() + " " + (objs is IEnumerable<string>) + " " + (objs is IEnumerable<object>));
        Func<Animal> fa = () => new Dog(); Func<object> fo = fa;
        Console.WriteLine(((Animal)fo()).Sound);
        Action<Animal> aa = a => Console.WriteLine("acting on " + a.Sound); Action<Dog> ad = aa;
        ad(new Dog());
        Fn<object, string> f1 = o => o.ToString(); Fn<string, object> f2 = f1;
        Console.WriteLine(f2("variant"));
        Console.WriteLine(typeof(IProducer<Dog>).IsAssignableFrom(typeof(DogMaker)) + " " + typeof(IProducer<Animal>).IsAssignableFrom(typeof(DogMaker)) + " " + typeof(IConsumer<Dog>).IsAssignableFrom(typeof(AnimalPrinter)) + " " + typeof(IConsumer<Animal>).IsAssignableFrom(typeof(IConsumer<Dog>)));
        Console.WriteLine((new DogMaker() is IProducer<object>) + " " + (new DogMaker() is IProducer<string>) + " " + (fa is Func<object>) + " " + ((object)aa is Action<Dog>));
        IComparer<object> byString = Comparer<object>.Create((x, y) => string.CompareOrdinal(x.ToString(), y.ToString()));
        IComparer<string> sc = byString;
        var list = new List<string> { "b", "c", "a" }; list.Sort(sc);
        Console.WriteLine(string.Join(",", list));
        object[] arr = new string[] { "covariant", "arrays" };
        Console.WriteLine(arr.Length + " " + arr.GetType().Name + " " + (arr is string[]) + " " + (arr is IList<object>) + " " + (arr is IEnumerable<string>));
        try { arr[0] = 1; } catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatch"); }
        IEnumerable<IProducer<Animal>> nested = new List<DogMaker> { new DogMaker() };
        Console.WriteLine(nested.First().Produce().Sound);
    }
}
