// Array covariance at its edges: an array of interfaces is an object[],
// native int and long arrays convert as mono lets them, a store into a
// covariant multi-dimensional array is checked against the array's own
// element type, and the address of an element (an out argument) is only
// handed out for the exact element type. Also a generic base class's
// static constructor runs when a derived constructor calls its
// constructor.
using System;

class Super {}
class Duper : Super {}

abstract class Beta<T> {
    public static int Count;
    static Beta() { Count++; }
}

class Gamma<T> : Beta<T> {
    static Gamma() {}
}

class P {
    static void SetObject(out object o) { o = new object(); }
    static void SetString(out string s) { s = "buddy"; }

    static int Main() {
        int r = 0;
        object ifaces = new ICloneable[0];
        if (ifaces is object[] && (object[])ifaces != null) r |= 1;
        object natives = new IntPtr[1], longs = new long[1];
        if (natives is long[] && natives is ulong[] && longs is IntPtr[]) r |= 2;
        object[,] grid = new Duper[1, 1];
        try {
            grid[0, 0] = new Super();
        } catch (ArrayTypeMismatchException) {
            r |= 4;
        }
        grid[0, 0] = new Duper();
        if (grid[0, 0] is Duper) r |= 8;
        string[] strings = { "hello", "world" };
        object[] objects = strings;
        try {
            SetObject(out objects[1]);
        } catch (ArrayTypeMismatchException) {
            r |= 16;
        }
        SetString(out strings[1]);
        if (strings[1] == "buddy" && objects[1] == (object)strings[1]) r |= 32;
        new Gamma<object>();
        new Gamma<string>();
        if (Beta<object>.Count == 1 && Beta<string>.Count == 1) r |= 64;
        return r == 127 ? 42 : r;
    }
}
