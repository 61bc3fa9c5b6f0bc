// Static fields of structs that hold references (kept boxed by the
// runtime): whole-value stores and loads, field stores through the static
// (ldsflda), a generic type's, a nested struct, and lots of garbage
// allocated while the statics hold the only references to their objects.
using System;
using System.Collections.Generic;

struct Named {
    public string Name;
    public int[] Data;
    public int Count;
}

struct Outer {
    public Named Inner;
    public object Tag;
}

class Registry<T> {
    public static KeyValuePair<string, T> Last;
    public static void Set(string k, T v) { Last = new KeyValuePair<string, T>(k, v); }
}

class P {
    static Named current;
    static Outer outer;
    static Named[] history = new Named[4];

    static int Churn() {
        int sum = 0;
        for (int i = 0; i < 20000; i++) {
            int[] garbage = new int[16];
            garbage[3] = i;
            sum += garbage[3] & 1;
        }
        return sum;
    }

    static int Main() {
        current.Name = "alpha";
        current.Data = new int[] { 1, 2, 3 };
        current.Count = 3;
        Named copy = current;              // a copy, not a reference to the static
        copy.Count = 99;
        outer.Inner = current;
        outer.Inner.Data[0] = 10;          // the same array as current's
        outer.Tag = new List<int> { 5, 6 };
        Registry<int[]>.Set("k", new int[] { 7, 8, 9 });
        history[1] = current;
        int churned = Churn();
        int r = 0;
        if (current.Count == 3 && copy.Count == 99) r |= 1;
        if (current.Name == "alpha" && current.Name.Length == 5) r |= 2;
        if (current.Data[0] == 10 && current.Data[2] == 3) r |= 4;
        if (((List<int>)outer.Tag)[1] == 6 && outer.Inner.Name == "alpha") r |= 8;
        if (Registry<int[]>.Last.Key == "k" && Registry<int[]>.Last.Value[2] == 9) r |= 16;
        if (history[1].Data == current.Data) r |= 32;
        current = new Named();
        if (current.Name == null && current.Data == null && outer.Inner.Data.Length == 3) r |= 64;
        if (churned == 10000) r |= 128;
        return r == 255 ? 42 : r;
    }
}
