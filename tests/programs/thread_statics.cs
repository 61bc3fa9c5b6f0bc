// [ThreadStatic] fields: numbers, references and a struct holding
// references, per thread (there is one thread here), zero until first
// written, surviving collections while they hold the only references, in
// a generic type too, and separate from ordinary statics of the same type.
using System;

struct Pair {
    public string Key;
    public int[] Values;
}

class Counters {
    [ThreadStatic] public static int Calls;
    [ThreadStatic] public static long Total;
    [ThreadStatic] public static string LastName;
    [ThreadStatic] public static Pair Current;
    public static int Shared;

    public static void Record(string name, int amount) {
        Calls++;
        Total += amount;
        LastName = name;
        Shared += 1000;
    }
}

class PerThread<T> {
    [ThreadStatic] public static T Value;
}

class P {
    static int Churn() {
        int kept = 0;
        for (int i = 0; i < 20000; i++) {
            object[] garbage = new object[8];
            garbage[1] = garbage;
            kept += garbage.Length - 8;
        }
        return kept;
    }

    static int Main() {
        int r = 0;
        if (Counters.Calls == 0 && Counters.LastName == null && Counters.Current.Values == null) r |= 1;
        Counters.Record("a", 5);
        Counters.Record("bb", 7);
        Counters.Current.Key = "key";
        Counters.Current.Values = new int[] { 4, 5, 6 };
        PerThread<string>.Value = "generic";
        PerThread<int>.Value = 17;
        Churn();
        if (Counters.Calls == 2 && Counters.Total == 12) r |= 2;
        if (Counters.LastName == "bb") r |= 4;
        if (Counters.Current.Key == "key" && Counters.Current.Values[1] == 5) r |= 8;
        if (PerThread<string>.Value == "generic" && PerThread<int>.Value == 17) r |= 16;
        if (Counters.Shared == 2000) r |= 32;
        Pair p = Counters.Current;
        p.Key = "changed";
        if (Counters.Current.Key == "key") r |= 64;
        return r == 127 ? 42 : r;
    }
}
