// Generic variance (II.9.5) in casts, assignability and interface dispatch:
// covariant and contravariant interfaces of our own and corlib's, variant
// delegates, arrays as covariant IList<T>, and what variance never allows
// (value type arguments, invariant parameters, the wrong direction).
using System;
using System.Collections.Generic;

interface IProducer<out T> { T Make(); }
interface IConsumer<in T> { int Take(T item); }
interface IInvariant<T> { T Get(); }
interface ITwo<out R, in A> { R Apply(A a); }

class Animal { public virtual int Legs { get { return 0; } } }
class Dog : Animal { public override int Legs { get { return 4; } } }

class DogMaker : IProducer<Dog>, IInvariant<Dog> {
    public Dog Make() { return new Dog(); }
    public Dog Get() { return new Dog(); }
}
class AnimalCounter : IConsumer<Animal> {
    public int Count;
    public int Take(Animal a) { Count += a.Legs; return Count; }
}
class Lengths : ITwo<string, object> {
    public string Apply(object a) { return a as string; }
}
class IntMaker : IProducer<int> { public int Make() { return 7; } }

delegate T Factory<out T>();
delegate int Sink<in T>(T item);

class P {
    static int Check(bool ok, int bit) { return ok ? bit : 0; }

    static int Main() {
        int r = 0;
        object maker = new DogMaker();
        // covariance: IProducer<Dog> is an IProducer<Animal> and IProducer<object>
        r |= Check(maker is IProducer<Animal>, 1 << 0);
        IProducer<Animal> pa = (IProducer<Animal>)maker;
        r |= Check(pa.Make().Legs == 4, 1 << 1);            // dispatch through the variant interface
        r |= Check(maker is IProducer<object>, 1 << 2);
        // invariant parameters do not convert
        r |= Check(!(maker is IInvariant<Animal>), 1 << 3);
        r |= Check(maker is IInvariant<Dog>, 1 << 4);
        // contravariance: IConsumer<Animal> is an IConsumer<Dog>, not the reverse
        object counter = new AnimalCounter();
        IConsumer<Dog> cd = counter as IConsumer<Dog>;
        r |= Check(cd != null && cd.Take(new Dog()) == 4 && cd.Take(new Dog()) == 8, 1 << 5);
        r |= Check(!(counter is IConsumer<object>), 1 << 6);
        // both at once
        object lengths = new Lengths();
        ITwo<object, string> two = lengths as ITwo<object, string>;
        r |= Check(two != null && (string)two.Apply("ab") == "ab", 1 << 7);
        r |= Check(!(lengths is ITwo<string, string[]>) == false, 1 << 8); // string[] is an object: fine
        r |= Check(!(lengths is ITwo<Dog, object>), 1 << 9);
        // value type arguments never vary
        r |= Check(!((object)new IntMaker() is IProducer<object>), 1 << 10);
        // corlib's IEnumerable<out T> and IComparer<in T>
        object strings = new List<string> { "x", "yy", "zzz" };
        IEnumerable<object> objects = (IEnumerable<object>)strings;
        int total = 0;
        foreach (object o in objects) total += ((string)o).Length;
        r |= Check(total == 6, 1 << 11);
        r |= Check(!(strings is IList<object>), 1 << 12);     // IList<T> is invariant
        // arrays: string[] is IList<object> and IEnumerable<object>
        object array = new string[] { "a", "b" };
        r |= Check(array is IEnumerable<object>, 1 << 13);
        r |= Check(array is IList<object>, 1 << 14);
        object ints = new int[1];
        r |= Check(!(ints is IEnumerable<object>), 1 << 15);
        // delegates
        Factory<Dog> fd = () => new Dog();
        object fo = fd;
        Factory<Animal> fa = fo as Factory<Animal>;
        r |= Check(fa != null && fa().Legs == 4, 1 << 16);
        Sink<Animal> sa = a => a.Legs * 10;
        Sink<Dog> sd = (Sink<Dog>)(object)sa;
        r |= Check(sd(new Dog()) == 40, 1 << 17);
        r |= Check(!((object)sd is Sink<object>), 1 << 18);
        Func<string> fs = () => "hello";
        Func<object> fobj = (Func<object>)(object)fs;
        r |= Check((string)fobj() == "hello", 1 << 19);
        try {
            Func<int> fi = () => 3;
            Func<object> bad = (Func<object>)(object)fi;
            r |= Check(bad == null, 1 << 20);
        } catch (InvalidCastException) {
            r |= 1 << 20;
        }
        return r == (1 << 21) - 1 ? 42 : r & 0xff;
    }
}
