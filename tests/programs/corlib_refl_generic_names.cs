using System;
using System.Collections.Generic;
namespace Outer.Inner {
    class Gen<T> { public class Nested { } public class NestedGen<U> { } }
    class Pair<A, B> { }
    struct Val { }
}
// A generic parameter's Name is left out: Lucid's generic parameter types are shared by
// position (named !0) and do not know their owner or declared name.
class GenericNames {
    static void Show(Type t) { Console.WriteLine(t.Name + " | " + t.FullName + " | " + t.Namespace + " | " + t + " | " + t.IsGenericType + " " + t.IsGenericTypeDefinition + " " + t.ContainsGenericParameters); }
    static void Main() {
        Show(typeof(List<int>));
        Show(typeof(Dictionary<string, List<int>>).GetGenericTypeDefinition());
        Show(typeof(Outer.Inner.Gen<string>));
        Show(typeof(Outer.Inner.Gen<int>.Nested));
        Show(typeof(Outer.Inner.Gen<>.NestedGen<>));
        Show(typeof(Outer.Inner.Pair<int, Outer.Inner.Val>));
        Show(typeof(int[]));
        Show(typeof(string[,]));
        Show(typeof(List<int>[]));
        Show(typeof(int?));
        Show(typeof(KeyValuePair<,>));
        Console.WriteLine(new List<string>().GetType() + " " + new Dictionary<int, bool>().GetType().Name + " " + new int[0, 0, 0].GetType() + " " + new Outer.Inner.Gen<byte>.Nested().GetType().FullName);
        var t = typeof(Dictionary<,>).MakeGenericType(typeof(string), typeof(int));
        Console.WriteLine(t + " " + (t == typeof(Dictionary<string, int>)) + " " + string.Join(",", Array.ConvertAll(t.GetGenericArguments(), a => a.Name)));
        var inst = Activator.CreateInstance(typeof(List<>).MakeGenericType(typeof(double)));
        Console.WriteLine(inst.GetType() + " " + inst.GetType().GetGenericTypeDefinition().Name + " " + typeof(List<>).GetGenericArguments()[0].IsGenericParameter);
        Console.WriteLine(typeof(int).MakeArrayType() + " " + typeof(int).MakeArrayType(2) + " " + typeof(int).MakeByRefType().Name + " " + typeof(int).MakePointerType() + " " + typeof(int[]).GetElementType() + " " + typeof(int[,]).GetArrayRank());
        Console.WriteLine(Type.GetType("System.Collections.Generic.List`1[[System.Int32]]") + " " + Type.GetType("System.Int32[]") + " " + (Type.GetType("No.Such.Type") == null) + " " + Type.GetType("Outer.Inner.Gen`1+Nested"));
        Console.WriteLine(typeof(List<int>).AssemblyQualifiedName.StartsWith("System.Collections.Generic.List`1[[System.Int32, mscorlib") + " " + typeof(GenericNames).Assembly.GetName().Name);
        Console.WriteLine(typeof(Outer.Inner.Gen<int>.Nested).DeclaringType + " " + typeof(Outer.Inner.Gen<int>.Nested).IsNested + " " + typeof(Outer.Inner.Val).IsValueType + " " + typeof(Outer.Inner.Val).BaseType + " " + typeof(IList<int>).IsInterface);
    }
}
