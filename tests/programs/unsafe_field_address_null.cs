// mcs-options: -unsafe
// &p->field through an unmanaged pointer is arithmetic: for a null p it
// is the field's offset, with no NullReferenceException (only an access
// through a managed reference checks for null).
using System;

struct Foo {
    public int i;
    public long j;
}

class Holder { public Foo foo; }

public unsafe static class Program {
    static Foo* pFoo;

    public static void Main() {
        int* pi = &pFoo->i;
        long* pj = &pFoo->j;
        Console.WriteLine((long)pi + " " + (long)pj);
        Foo local;
        local.i = 5;
        local.j = 6;
        Foo* p = &local;
        int* q = &p->i;
        *q = 7;
        Console.WriteLine(local.i + " " + *(&p->j));
        Holder h = null;
        try {
            fixed (int* r = &h.foo.i) { Console.WriteLine("not reached"); }
        } catch (NullReferenceException) {
            Console.WriteLine("NullReferenceException");
        }
    }
}
