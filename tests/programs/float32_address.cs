// float32 locals and arguments whose address is taken: the location must
// hold a real 4-byte float, whoever reads or writes it through the
// pointer. Pointers (&f), ref and out float on locals and arguments,
// System.Single's instance methods on a local (their receiver is a
// pointer to it), constrained calls in generic code over float, and float
// arguments arriving through every kind of call: static, virtual,
// interface, constructors (class and struct), delegates (single and
// multicast), vararg methods' declared parameters, and MathF (an internal
// call). Each check returns its own number when it fails (mono 6.8 misreads a
// second float32 vararg, so there is one).
// mcs-options: -unsafe
using System;

interface IScaler {
    float Scale(float x, ref float total);
}

abstract class Shape {
    public abstract float Area(float w, float h);
}

class Rect : Shape, IScaler {
    public float Factor;
    public Rect(float factor) { Factor = factor; }
    public override float Area(float w, float h) {
        Add(ref w, 0.25f); // the argument's own slot, through a pointer
        return w * h;
    }
    public float Scale(float x, ref float total) {
        total += x * Factor;
        return total;
    }
    static void Add(ref float x, float y) { x += y; }
}

struct Pair {
    public float A, B;
    public Pair(float a, float b) {
        Bump(ref a);
        A = a;
        B = b;
    }
    static void Bump(ref float x) { x *= 2f; }
}

class P {
    static float sink;

    static void Add(ref float x, float y) { x += y; }
    static void Make(out float x) { x = 0.1f; }
    static unsafe float TwiceThroughPointer(float a) {
        float* p = &a;
        *p = *p * 2f;
        return a;
    }
    static float OutIntoArgument(float a) {
        Make(out a);
        return a;
    }
    static unsafe float Sum3(float a, float b, float c) {
        float* pb = &b;
        Add(ref a, *pb);
        Add(ref c, a);
        return c;
    }
    static bool Equal<T>(T a, T b) where T : IEquatable<T> { return a.Equals(b); }
    static int Compare<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b); }
    static float Half(float x) { Add(ref x, -x / 2f); return x; }
    static void Record(float x) { Add(ref sink, x); }
    static void RecordTwice(float x) { Add(ref sink, 2f * x); }
    static float Varargs(float first, __arglist) {
        Add(ref first, 1f);
        ArgIterator it = new ArgIterator(__arglist);
        first += __refvalue(it.GetNextArg(), float);
        return first;
    }
    static float Starg(float x) {
        x = x + 0.5f;
        return Deref(ref x);
    }
    static float Deref(ref float x) { return x; }

    static unsafe int Main() {
        // A pointer to a local.
        float f = 1.5f;
        float* p = &f;
        *p += 2.25f;
        if (f != 3.75f) return 1;
        if (*p != 3.75f) return 1;
        // ref and out on locals.
        float g = 0.5f;
        Add(ref g, 0.25f);
        if (g != 0.75f) return 2;
        float h;
        Make(out h);
        if (h != 0.1f || (double)h != 0.10000000149011612) return 3;
        // Pointers, ref and out on arguments.
        if (TwiceThroughPointer(1.25f) != 2.5f) return 4;
        if (OutIntoArgument(7f) != 0.1f) return 5;
        if (Sum3(1f, 2f, 4f) != 7f) return 6;
        // System.Single's own methods take a pointer to the local.
        float k = 2.5f;
        if (!k.Equals(2.5f) || k.Equals(2.25f)) return 7;
        if (k.CompareTo(3f) >= 0 || k.CompareTo(2.5f) != 0 || k.CompareTo(1f) <= 0) return 8;
        // Generic code over float: constrained calls on ldarga.
        if (!Equal(0.3f, 0.3f) || Equal(0.3f, 0.4f)) return 9;
        if (Compare(-1f, 1f) >= 0 || Compare(5f, 5f) != 0) return 10;
        // Virtual and interface calls, constructors.
        Rect r = new Rect(3f);
        Shape s = r;
        if (s.Area(1.75f, 2f) != 4f) return 11;
        IScaler scaler = r;
        float total = 1f;
        if (scaler.Scale(0.5f, ref total) != 2.5f || total != 2.5f) return 12;
        Pair pair = new Pair(1.5f, 0.75f);
        if (pair.A != 3f || pair.B != 0.75f) return 13;
        // Delegates: a static target, a multicast list.
        Func<float, float> half = Half;
        if (half(5f) != 2.5f) return 14;
        Action<float> record = Record;
        record += RecordTwice;
        sink = 0.125f;
        record(1f);
        if (sink != 3.125f) return 15;
        // A vararg method's declared float parameter and float extras.
        if (Varargs(0.5f, __arglist(0.25f)) != 1.75f) return 16;
        // MathF: an internal call reading float32 arguments.
        float two = 2f;
        if (MathF.Sqrt(two) != 1.41421354f || MathF.Pow(two, 10f) != 1024f) return 17;
        float frac = MathF.Abs(-2.5f);
        if (frac != 2.5f) return 18;
        // starg, then the argument by reference.
        if (Starg(1f) != 1.5f) return 19;
        // A float's bits read through an int pointer.
        float one = 1f;
        if (*(int*)&one != 0x3F800000) return 20;
        int bits = 0x40490FDB;
        if (*(float*)&bits != 3.14159274f) return 21;
        return 0;
    }
}
