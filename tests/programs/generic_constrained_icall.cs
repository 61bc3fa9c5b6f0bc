using System;
struct Pair { public int A; }
class Box<T> where T : new() {
    public static string Describe() { T value = new T(); return value.GetType().Name + " " + value.GetHashCode().GetType().Name; }
}
class ConstrainedInternalCalls {
    static void Main() {
        Console.WriteLine(Box<ConstrainedInternalCalls>.Describe());
        Console.WriteLine(Box<Pair>.Describe());
        Console.WriteLine(Box<int>.Describe());
    }
}
