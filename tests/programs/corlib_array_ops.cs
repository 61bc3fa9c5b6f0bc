using System;
using System.Collections.Generic;
class ArrayOps {
    static void Main() {
        int[] a = { 1, 3, 5, 7, 9, 11 };
        Console.WriteLine(Array.BinarySearch(a, 7) + " " + Array.BinarySearch(a, 4) + " " + ~Array.BinarySearch(a, 100) + " " + Array.BinarySearch(a, 1, 3, 9));
        Console.WriteLine(Array.BinarySearch(new[] { "a", "B", "c" }, "b", StringComparer.OrdinalIgnoreCase));
        Console.WriteLine(Array.IndexOf(a, 5) + " " + Array.IndexOf(a, 6) + " " + Array.LastIndexOf(new[] { 1, 2, 1 }, 1) + " " + Array.IndexOf(a, 9, 5) + " " + Array.IndexOf(new object[] { null, 1 }, null));
        int[] r = (int[])a.Clone(); Array.Reverse(r); Console.WriteLine(string.Join(",", r));
        Array.Reverse(r, 1, 3); Console.WriteLine(string.Join(",", r));
        Array.Resize(ref r, 8); Console.WriteLine(string.Join(",", r) + " " + r.Length);
        Array.Resize(ref r, 2); Console.WriteLine(string.Join(",", r));
        int[] dst = new int[8];
        Array.Copy(a, 1, dst, 2, 4); Console.WriteLine(string.Join(",", dst));
        Array.Copy(dst, 2, dst, 3, 4); Console.WriteLine(string.Join(",", dst));
        long[] wide = new long[3]; Array.Copy(a, wide, 3); Console.WriteLine(string.Join(",", wide));
        object[] objs = new object[3]; Array.Copy(new[] { "x", "y", "z" }, objs, 3); Console.WriteLine(string.Join(",", objs));
        a.CopyTo(dst, 2); Console.WriteLine(string.Join(",", dst));
        Array.Clear(dst, 0, 4); Console.WriteLine(string.Join(",", dst));
        Console.WriteLine(Array.Find(a, x => x > 4) + " " + Array.FindIndex(a, x => x > 4) + " " + Array.FindLastIndex(a, x => x < 8) + " " + string.Join(",", Array.FindAll(a, x => x % 3 == 0)) + " " + Array.Exists(a, x => x == 11) + " " + Array.TrueForAll(a, x => x % 2 == 1));
        Console.WriteLine(string.Join(",", Array.ConvertAll(a, x => x * 10)));
        var m = new int[2, 3];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) m[i, j] = i * 10 + j;
        Console.WriteLine(m.Rank + " " + m.Length + " " + m.GetLength(1) + " " + m[1, 2] + " " + m.GetUpperBound(0));
        foreach (int x in m) Console.Write(x + " ");
        Console.WriteLine();
        int[][] jag = { new[] { 1 }, new[] { 2, 3 }, new int[0] };
        Console.WriteLine(jag.Length + " " + jag[1][1] + " " + jag[2].Length);
        Array inst = Array.CreateInstance(typeof(string), 3);
        inst.SetValue("s", 1); Console.WriteLine(inst.GetValue(1) + " " + inst.GetType() + " " + (inst.GetValue(0) == null));
        var lb = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 5 });
        lb.SetValue(42, 6); Console.WriteLine(lb.GetLowerBound(0) + " " + lb.GetValue(6) + " " + lb.GetType());
        Console.WriteLine(Array.Empty<int>().Length + " " + ((IList<int>)a).Contains(3) + " " + ((IList<int>)a).IsReadOnly);
        try { Array.Copy(a, dst, 20); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { object[] o = new string[1]; o[0] = 1; } catch (ArrayTypeMismatchException e) { Console.WriteLine(e.GetType().Name); }
        int[] filled = new int[4]; for (int i = 0; i < filled.Length; i++) filled[i] = 7;
        Console.WriteLine(string.Join(",", filled) + " " + Array.AsReadOnly(filled).Count);
    }
}
