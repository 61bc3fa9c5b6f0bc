// TypedReference.ToObject: the value a __makeref refers to, boxed as its
// type, and the extra arguments of an __arglist method read that way.
using System;

struct Point { public int X, Y; public override string ToString() { return X + "," + Y; } }

static class Program {
    static string Describe(__arglist) {
        ArgIterator it = new ArgIterator(__arglist);
        string text = "";
        while (it.GetRemainingCount() > 0) {
            TypedReference r = it.GetNextArg();
            object o = TypedReference.ToObject(r);
            text += (o == null ? "null" : o.GetType().Name + "=" + o) + " ";
        }
        return text;
    }

    static void Main() {
        int i = 42;
        TypedReference ti = __makeref(i);
        Console.WriteLine(TypedReference.ToObject(ti) + " " + TypedReference.ToObject(ti).GetType());
        Point p = new Point { X = 1, Y = 2 };
        object boxed = TypedReference.ToObject(__makeref(p));
        p.X = 9;
        Console.WriteLine(boxed + " " + p);
        string s = "text";
        Console.WriteLine(TypedReference.ToObject(__makeref(s)));
        string none = null;
        Console.WriteLine(TypedReference.ToObject(__makeref(none)) == null);
        Console.WriteLine(Describe(__arglist(1, "two", 3.5, p, (string)null, 'c')));
    }
}
