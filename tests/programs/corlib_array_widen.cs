using System;
// Array.SetValue and Array.Copy between arrays of different primitive
// types: widening conversions are made, narrowing ones throw
// ArgumentException (Array.Copy turns it into ArrayTypeMismatchException),
// values of other types InvalidCastException.
enum E : int { A = 1 }
enum EB : byte { A = 1 }
class Widen {
    static void Main() {
        object[] vals = { true, 'a', (sbyte)-1, (byte)2, (short)-3, (ushort)4, -5, 6u, -7L, 8ul, 1.5f, 2.5, E.A, EB.A, IntPtr.Zero, 1.5m, "s" };
        Type[] types = { typeof(bool), typeof(char), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(E), typeof(EB), typeof(IntPtr), typeof(decimal), typeof(object) };
        foreach (var t in types) {
            Console.Write(t.Name + ":");
            foreach (var v in vals) {
                var a = Array.CreateInstance(t, 1);
                try {
                    a.SetValue(v, 0);
                    object got = a.GetValue(0);
                    Console.Write(" " + (got is char ? "c" + (int)(char)got : got.ToString()));
                } catch (Exception e) { Console.Write(" " + e.GetType().Name.Substring(0, 3)); }
            }
            Console.WriteLine();
        }
        var wide = new long[3]; Array.Copy(new[] { 1, -2, 3 }, wide, 3); Console.WriteLine(string.Join(",", wide));
        var reals = new double[2]; Array.Copy(new[] { ulong.MaxValue, 3ul }, reals, 2); Console.WriteLine(string.Join(",", reals));
        var singles = new float[2]; Array.Copy(new[] { 16777217, -1 }, singles, 2); Console.WriteLine(string.Join(",", singles));
        var chars = new int[2]; Array.Copy(new[] { 'A', 'z' }, chars, 2); Console.WriteLine(string.Join(",", chars));
        try { Array.Copy(new long[2], new int[2], 2); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        try { Array.Copy(new object[] { 1, "x" }, new int[2], 2); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        try { new int[1].SetValue(5L, 0); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " / ")); }
        try { new int[1].SetValue("x", 0); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": [" + e.Message + "]"); }
        try { new string[1].SetValue(1, 0); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": [" + e.Message + "]"); }
        var ints = new int[1]; ints.SetValue(null, 0); Console.WriteLine(ints[0]);
        var objs = new object[2]; Array.Copy(new[] { 7, 8 }, objs, 2); Console.WriteLine(objs[0].GetType().Name + " " + objs[1]);
    }
}
