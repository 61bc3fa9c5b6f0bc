// mcs-options: -unsafe
// (*p).Method() through an unmanaged pointer to a struct compiles to a
// constrained. call whose receiver is that pointer: GetType (boxed),
// ToString (the struct's own override) and an interface method.
using System;

interface INamed { string Name(); }

struct S : INamed {
    public int X;
    public override string ToString() { return "S(" + X + ")"; }
    public string Name() { return "named " + X; }
}

static class Program {
    static string Call<T>(T value) where T : INamed { return value.Name(); }

    unsafe static void Main() {
        S* p = stackalloc S[1];
        (*p).X = 7;
        Console.WriteLine((*p).GetType());
        Console.WriteLine((*p).ToString());
        Console.WriteLine((*p).GetHashCode() == p->GetHashCode());
        S s = new S { X = 3 };
        int* x = &s.X;
        *x = 4;
        S* q = &s;
        Console.WriteLine(q->ToString() + " " + Call(*q));
    }
}
