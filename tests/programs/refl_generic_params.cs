// Reflection on generic parameters: each has its owner, position, name,
// attributes and constraints (typeof(List<>)'s T, a generic method's
// parameters, a parameter or return type that is one, constraints naming
// other parameters), and DeclaringMethod throws for other types.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

interface IShape<T> { T Area(); }
class Box<TKey, TValue> where TKey : IComparable<TKey> where TValue : class, new() {
    public class Inner<TInner> { }
}
class Tools {
    public static TOut Convert<TOut, TIn>(TIn value, List<TIn> more) where TOut : struct where TIn : IShape<TOut> { return default(TOut); }
    public T Pick<T>(T a) where T : new() { return a; }
}
class Cov<T> { }
interface IVariant<in TIn, out TOut> { }

static class Program {
    static string Describe(Type t) {
        string owner = t.DeclaringMethod != null ? t.DeclaringMethod.Name : "-";
        string constraints = string.Join(",", t.GetGenericParameterConstraints().Select(c => c.Name));
        return string.Format("{0} pos={1} generic-param={2} declaring-type={3} declaring-method={4} attrs={5} constraints=[{6}] full-name-null={7} contains={8}",
            t.Name, t.GenericParameterPosition, t.IsGenericParameter, t.DeclaringType.Name, owner,
            t.GenericParameterAttributes, constraints, t.FullName == null, t.ContainsGenericParameters);
    }

    static void Main() {
        Console.WriteLine(typeof(List<>).GetGenericArguments()[0].Name);
        Console.WriteLine(typeof(Dictionary<,>).GetGenericArguments()[1].Name);
        foreach (Type t in typeof(Box<,>).GetGenericArguments())
            Console.WriteLine(Describe(t));
        MethodInfo convert = typeof(Tools).GetMethod("Convert");
        foreach (Type t in convert.GetGenericArguments())
            Console.WriteLine(Describe(t));
        Console.WriteLine(Describe(typeof(Tools).GetMethod("Pick").GetGenericArguments()[0]));
        Console.WriteLine(convert.ReturnType.Name + " " + (convert.ReturnType == convert.GetGenericArguments()[0]));
        Console.WriteLine(convert.GetParameters()[0].ParameterType.Name + " " + (convert.GetParameters()[0].ParameterType == convert.GetGenericArguments()[1]));
        Type more = convert.GetParameters()[1].ParameterType;
        Console.WriteLine(more.Name + " " + more.IsGenericTypeDefinition + " " + more.ContainsGenericParameters + " " + more.GetGenericArguments()[0].DeclaringMethod.Name);
        Console.WriteLine(convert.MakeGenericMethod(typeof(int), typeof(IShape<int>)).GetGenericArguments()[1].Name);
        Console.WriteLine(typeof(Box<,>.Inner<>).GetGenericArguments().Length + " " + string.Join(",", typeof(Box<,>.Inner<>).GetGenericArguments().Select(a => a.Name)));
        Console.WriteLine(typeof(List<int>).ContainsGenericParameters + " " + typeof(List<>).ContainsGenericParameters);
        Console.WriteLine(typeof(int).IsGenericParameter);
        try {
            Console.WriteLine(typeof(int).DeclaringMethod);
        } catch (InvalidOperationException e) {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        foreach (Type t in typeof(IVariant<,>).GetGenericArguments())
            Console.WriteLine(t.Name + " " + t.GenericParameterAttributes);
        Console.WriteLine(typeof(List<>).GetGenericArguments()[0] == typeof(List<>).GetGenericArguments()[0]);
        Console.WriteLine(typeof(List<>).GetGenericArguments()[0] == typeof(Cov<>).GetGenericArguments()[0]);
        Console.WriteLine(typeof(Enumerable).GetMethod("Empty").GetGenericArguments()[0].DeclaringMethod.Name);
        Console.WriteLine(typeof(List<>).MakeGenericType(typeof(List<>).GetGenericArguments()[0]) == typeof(List<>));
        Type listOfT = typeof(List<>).MakeGenericType(typeof(Cov<>).GetGenericArguments()[0]);
        Console.WriteLine(listOfT.IsGenericTypeDefinition + " " + listOfT.ContainsGenericParameters + " " + listOfT.GetGenericArguments()[0].DeclaringType.Name);
        Console.WriteLine(typeof(Box<,>).GetGenericArguments()[0].MetadataToken == typeof(Box<,>).GetGenericArguments()[0].MetadataToken);
        Console.WriteLine((typeof(Box<,>).GetGenericArguments()[1].MetadataToken >> 24).ToString("X"));
        Console.WriteLine(typeof(Cov<>).GetGenericArguments()[0].Namespace == null);
    }
}
