// Vararg methods (__arglist): the caller passes extra arguments after the
// declared ones, the callee walks them with System.ArgIterator: their
// count, their types (__reftype against typeof), their values
// (__refvalue) of many sizes and kinds (int, long, double, float, byte,
// string, a struct holding a reference), the next argument of a given
// type, none at all, an instance method, one vararg method calling
// another, the error when none are left, and an object only the extra
// arguments hold while the GC runs.
using System;

struct Tagged {
    public string Tag;
    public int Value;
}

class Node {
    public int Id;
    public Node(int id) { Id = id; }
}

class Accumulator {
    // virtual: the call dispatches on the receiver
    public long Base;
    public virtual long Add(int scale, __arglist) {
        ArgIterator it = new ArgIterator(__arglist);
        long total = Base;
        while (it.GetRemainingCount() > 0) total += scale * __refvalue(it.GetNextArg(), int);
        return total;
    }
}

class P {
    static double Describe(__arglist) {
        ArgIterator it = new ArgIterator(__arglist);
        double sum = 0;
        int count = it.GetRemainingCount();
        for (int i = 0; i < count; i++) {
            TypedReference tr = it.GetNextArg();
            Type t = __reftype(tr);
            if (t == typeof(int)) sum += __refvalue(tr, int);
            else if (t == typeof(long)) sum += __refvalue(tr, long) * 10;
            else if (t == typeof(double)) sum += __refvalue(tr, double) * 100;
            else if (t == typeof(float)) sum += __refvalue(tr, float) * 1000;
            else if (t == typeof(byte)) sum += __refvalue(tr, byte) * 10000;
            else if (t == typeof(string)) sum += __refvalue(tr, string).Length * 100000;
            else if (t == typeof(Tagged)) sum += __refvalue(tr, Tagged).Value * 1000000 + __refvalue(tr, Tagged).Tag.Length;
            else sum -= 1;
        }
        return sum;
    }

    static int Count(__arglist) {
        return new ArgIterator(__arglist).GetRemainingCount();
    }

    // (mono 6.8 never returns when GetNextArg(type) has to skip an argument
    // of another type, so the strings come first here)
    static int SecondString(__arglist) {
        ArgIterator it = new ArgIterator(__arglist);
        it.GetNextArg(typeof(string).TypeHandle);
        return __refvalue(it.GetNextArg(typeof(string).TypeHandle), string).Length;
    }

    static int Forward(int extra, __arglist) {
        ArgIterator it = new ArgIterator(__arglist);
        int a = __refvalue(it.GetNextArg(), int);
        int b = __refvalue(it.GetNextArg(), int);
        return Count(__arglist(a, b, extra)) * 100 + a + b + extra;
    }

    static int TooFar(__arglist) {
        ArgIterator it = new ArgIterator(__arglist);
        it.GetNextArg();
        try {
            it.GetNextArg();
            return 0;
        } catch (InvalidOperationException) {
            return 1;
        }
    }

    static int Survives(__arglist) {
        ArgIterator it = new ArgIterator(__arglist);
        TypedReference tr = it.GetNextArg();
        int junk = 0;
        for (int i = 0; i < 20000; i++) junk += new Node[6].Length - 6;
        return __refvalue(tr, Node).Id + junk;
    }

    static int Main() {
        int r = 0;
        Tagged tag = new Tagged();
        tag.Tag = "abc";
        tag.Value = 2;
        // (mono 6.8 misreads any extra argument that follows a float32 or a
        // struct, so those come last here)
        double d = Describe(__arglist(1, 2L, 0.5, (byte)3, "hello", tag));
        double f = Describe(__arglist(4, 0.25f));
        if (d == 1 + 20 + 50 + 30000 + 500000 + 2000003 && f == 254) r |= 1;
        if (Count(__arglist()) == 0 && Count(__arglist(1, "x", 2.0)) == 3) r |= 2;
        if (SecondString(__arglist("a", "bcd", 6, "ef")) == 3) r |= 4;
        Accumulator acc = new Accumulator();
        acc.Base = 1000;
        if (acc.Add(3, __arglist(1, 2, 3)) == 1018) r |= 8;
        if (Forward(7, __arglist(10, 20)) == 337) r |= 16;
        if (TooFar(__arglist(1)) == 1) r |= 32;
        if (Survives(__arglist(new Node(77))) == 77) r |= 64;
        return r == 127 ? 42 : r;
    }
}
