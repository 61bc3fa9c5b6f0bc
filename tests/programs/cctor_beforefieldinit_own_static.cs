// A beforefieldinit type (static field initialisers, no static constructor)
// whose own constructor and methods read its statics: the first such read
// runs the initialisers, for plain and generic types alike
// (List<T>'s empty array is the case real code meets first).
using System.Collections.Generic;

class Plain { static int[] empty = new int[3]; public int[] items; public Plain() { items = empty; } public static int Length() { return empty.Length; } }
class Generic<T> { static T[] empty = new T[2]; public T[] items; public Generic() { items = empty; } }

class Program {
    static int Main() {
        int failures = 0;
        if (new Plain().items == null) failures |= 1;
        if (Plain.Length() != 3) failures |= 2;
        Generic<int> a = new Generic<int>();
        Generic<string> b = new Generic<string>();
        if (a.items == null || a.items.Length != 2) failures |= 4;
        if (b.items == null || b.items.Length != 2) failures |= 8;
        List<int> list = new List<int>();
        list.Add(5);
        list.Add(7);
        if (list[0] + list[1] != 12 || list.Count != 2) failures |= 16;
        return failures;
    }
}
