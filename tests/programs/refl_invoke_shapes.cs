// MethodInfo.Invoke with many shapes: structs in and out, ref/out parameters,
// virtual dispatch, interface methods, exceptions wrapped, instance methods of structs.
using System; using System.Reflection;
struct Vec { public double X, Y; public Vec(double x, double y) { X = x; Y = y; } public double Len2() { return X * X + Y * Y; } public override string ToString() { return "(" + X + "," + Y + ")"; } }
struct Big { public long A, B, C, D, E; }
interface IShape { string Kind(); }
class Square : IShape { public string Kind() { return "square"; } }
class Ops {
  public static Vec Add(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
  public static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
  public static bool TryDouble(string s, out int r) { return int.TryParse(s, out r) && (r *= 2) > 0; }
  public static Big MakeBig(long x) { return new Big { A = x, B = x + 1, C = x + 2, D = x + 3, E = x + 4 }; }
  public static long SumBig(Big b) { return b.A + b.B + b.C + b.D + b.E; }
  public static void Throw(string m) { throw new InvalidOperationException(m); }
  public static byte Bytes(byte a, sbyte b, short c, ushort d, char e, bool f, float g) { return (byte)(a + b + c + d + e + (f ? 1 : 0) + (int)g); }
  public static int? Nullable(int? x) { return x.HasValue ? x * 2 : null; }
  public static IntPtr Ptr(IntPtr p) { return p + 1; }
  public static decimal Dec(decimal d) { return d * 2; }
  public string Inst(int n) { return "inst" + n; }
}
class P {
  static int Main() {
    Type t = typeof(Ops);
    Console.WriteLine(t.GetMethod("Add").Invoke(null, new object[] { new Vec(1, 2), new Vec(3, 4) }));
    object[] args = { 1, 2 };
    t.GetMethod("Swap").Invoke(null, args);
    Console.WriteLine(args[0] + " " + args[1]);
    object[] outArgs = { "21", null };
    Console.WriteLine(t.GetMethod("TryDouble").Invoke(null, outArgs) + " " + outArgs[1]);
    object big = t.GetMethod("MakeBig").Invoke(null, new object[] { 10L });
    Console.WriteLine(((Big)big).E + " " + t.GetMethod("SumBig").Invoke(null, new object[] { big }));
    try { t.GetMethod("Throw").Invoke(null, new object[] { "boom" }); }
    catch (TargetInvocationException e) { Console.WriteLine(e.InnerException.GetType().Name + ": " + e.InnerException.Message); }
    Console.WriteLine(t.GetMethod("Bytes").Invoke(null, new object[] { (byte)1, (sbyte)2, (short)3, (ushort)4, 'a', true, 2.5f }));
    Console.WriteLine(t.GetMethod("Nullable").Invoke(null, new object[] { 4 }));
    Console.WriteLine(t.GetMethod("Nullable").Invoke(null, new object[] { null }) == null);
    Console.WriteLine(t.GetMethod("Ptr").Invoke(null, new object[] { new IntPtr(41) }));
    Console.WriteLine(t.GetMethod("Dec").Invoke(null, new object[] { 1.25m }));
    Console.WriteLine(t.GetMethod("Inst").Invoke(new Ops(), new object[] { 5 }));
    Console.WriteLine(typeof(Vec).GetMethod("Len2").Invoke(new Vec(3, 4), null));
    Console.WriteLine(typeof(IShape).GetMethod("Kind").Invoke(new Square(), null));
    Console.WriteLine(typeof(object).GetMethod("ToString").Invoke(new Vec(1, 1), null));
    Console.WriteLine(typeof(int).GetMethod("ToString", Type.EmptyTypes).Invoke(42, null));
    try { t.GetMethod("Inst").Invoke(null, new object[] { 1 }); } catch (TargetException) { Console.WriteLine("no target"); }
    try { t.GetMethod("Inst").Invoke(new Ops(), new object[] { }); } catch (TargetParameterCountException) { Console.WriteLine("count"); }
    try { t.GetMethod("Inst").Invoke(new Ops(), new object[] { "x" }); } catch (ArgumentException) { Console.WriteLine("type"); }
    ConstructorInfo ctor = typeof(Vec).GetConstructor(new[] { typeof(double), typeof(double) });
    Console.WriteLine(ctor.Invoke(new object[] { 7.0, 8.0 }));
    return 0;
  }
}
