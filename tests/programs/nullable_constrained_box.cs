// constrained. Nullable<T> callvirt of an Object method Nullable does not
// override (GetType) boxes the receiver as a Nullable boxes: as its T, or
// as null, so GetType throws NullReferenceException; the methods it does
// override (ToString, GetHashCode, Equals) are called on the value itself.
using System;

struct S { public double X; }
class C { public S Acceleration { get; set; } }

static class Program {
    static string Name<T>(T value) { return value.GetType().Name; }
    static string Text<T>(T value) { return value.ToString(); }

    static void Main() {
        var c = new C();
        var g = c?.Acceleration.X;
        Console.WriteLine(g.GetType());
        int? some = 5, none = null;
        Console.WriteLine(some.GetType().Name);
        try {
            Console.WriteLine(none.GetType());
        } catch (NullReferenceException) {
            Console.WriteLine("NullReferenceException");
        }
        Console.WriteLine(Name<int?>(7));
        Console.WriteLine(Name<DateTime?>(new DateTime(2020, 1, 2)));
        try {
            Console.WriteLine(Name<long?>(null));
        } catch (NullReferenceException) {
            Console.WriteLine("NullReferenceException in generic code");
        }
        Console.WriteLine("[" + Text<int?>(null) + "] [" + Text<int?>(12) + "]");
        Console.WriteLine(some.GetHashCode() + " " + none.GetHashCode() + " " + some.Equals(5) + " " + none.Equals(null));
    }
}
