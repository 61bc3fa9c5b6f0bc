// RuntimeTypeHandle queries: Module, Assembly, IsComObject, IsPrimitive, IsPointer, IsArray,
// IsByRef, IsEnum, IsSealed, IsAbstract, HasElementType, TypeCode and type handles round-tripping.
using System; using System.Collections.Generic;
enum E { A }
abstract class Abs {} sealed class Sealed {} interface I {}
class P {
  static void Flags(Type t) {
    Console.WriteLine("{0}: prim={1} ptr={2} arr={3} byref={4} enum={5} sealed={6} abstract={7} elem={8} com={9} vt={10} public={11} nestedPriv={12} code={13} gen={14}",
      t, t.IsPrimitive, t.IsPointer, t.IsArray, t.IsByRef, t.IsEnum, t.IsSealed, t.IsAbstract, t.HasElementType, t.IsCOMObject,
      t.IsValueType, t.IsPublic, t.IsNestedPrivate, Type.GetTypeCode(t), t.IsGenericType);
  }
  class NestedPrivate {}
  unsafe static int Main() {
    Flags(typeof(int)); Flags(typeof(double)); Flags(typeof(string)); Flags(typeof(int*)); Flags(typeof(int[]));
    Flags(typeof(int).MakeByRefType()); Flags(typeof(E)); Flags(typeof(Sealed)); Flags(typeof(Abs)); Flags(typeof(I));
    Flags(typeof(NestedPrivate)); Flags(typeof(List<int>)); Flags(typeof(IntPtr)); Flags(typeof(decimal)); Flags(typeof(DateTime));
    RuntimeTypeHandle h = typeof(string).TypeHandle;
    Console.WriteLine(Type.GetTypeFromHandle(h) == typeof(string));
    Console.WriteLine(Type.GetTypeHandle("x").Equals(h));
    Console.WriteLine(typeof(P).Module == typeof(E).Module);
    Console.WriteLine(typeof(P).Module.Assembly == typeof(P).Assembly);
    Console.WriteLine(typeof(int).Module.ScopeName);
    Console.WriteLine(typeof(P).MetadataToken == typeof(P).MetadataToken && (typeof(P).MetadataToken >> 24) == 2);
    Console.WriteLine(typeof(int[]).GetElementType() + " " + typeof(int[,]).GetArrayRank() + " " + typeof(int*).GetElementType());
    Console.WriteLine(typeof(E).GetEnumUnderlyingType() + " " + typeof(int).BaseType + " " + typeof(E).BaseType + " " + (typeof(I).BaseType == null));
    Console.WriteLine(typeof(int[]).BaseType + " " + typeof(string).BaseType);
    return 0;
  }
}
