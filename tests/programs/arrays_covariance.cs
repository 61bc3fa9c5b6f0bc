// Array covariance: a string[] seen as object[] reads fine and rejects
// stores of other types with ArrayTypeMismatchException; derived-class
// arrays as base arrays; null stores always allowed; is/as on arrays;
// value-type arrays are not covariant with object[].
using System;
class Animal { public int Id; }
class Cat : Animal { }
class Dog : Animal { }
class P {
    static int Main() {
        object[] objs = new string[2];
        objs[0] = "ok";
        objs[1] = null;
        try { objs[1] = new object(); return 1; } catch (ArrayTypeMismatchException) { }
        try { objs[1] = 5; return 2; } catch (ArrayTypeMismatchException) { }
        Animal[] zoo = new Cat[3];
        zoo[0] = new Cat();
        try { zoo[1] = new Dog(); return 3; } catch (ArrayTypeMismatchException) { }
        try { zoo[1] = new Animal(); return 4; } catch (ArrayTypeMismatchException) { }
        if (zoo[1] != null) return 5;
        Animal[] real = new Animal[3];
        real[0] = new Cat(); real[1] = new Dog(); real[2] = new Animal();
        object o = zoo;
        if (!(o is Cat[])) return 6;
        if (!(o is Animal[])) return 7;
        if (!(o is object[])) return 8;
        if (o is Dog[]) return 9;
        if ((real as Cat[]) != null) return 10;
        object ints = new int[2];
        if (ints is object[]) return 11;
        if (!(ints is int[])) return 12;
        if (!(ints is uint[])) return 15;   // int[] and uint[] are compatible at run time (I.8.7.1)
        Cat[] cats = (Cat[])o;
        if (cats.Length != 3) return 13;
        try { Dog[] d = (Dog[])o; return 14; } catch (InvalidCastException) { }
        return 0;
    }
}
