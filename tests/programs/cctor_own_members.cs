// A type's static constructor runs on first use even when that use is
// inside the type's own members: a beforefieldinit class read from its
// instance constructor, a generic one from an instance method, a struct
// with a precise static constructor from an instance method called on a
// default value.
using System;

class Table {
    static int[] values = MakeValues();
    static int[] MakeValues() { return new int[] { 3, 4 }; }
    public int Sum;
    public Table() { Sum = values[0] + values[1]; }
}

class Holder<T> {
    static T[] empty = new T[2];
    public int Length() { return empty.Length; }
}

struct Precise {
    static int k;
    static Precise() { k = 5; }
    public int Get() { return k; }
}

class P {
    static int Main() {
        int r = new Table().Sum;                 // 7
        r += new Holder<string>().Length() * 10; // 20
        Precise p = default(Precise);
        r += p.Get() * 100;                      // 500
        return r == 527 ? 42 : 1;
    }
}
