using System;
using System.Collections.Generic;
class ListTest {
    static void Show<T>(string label, IEnumerable<T> xs) { Console.WriteLine(label + ": " + string.Join(",", xs)); }
    static void Main() {
        var l = new List<int> { 5, 3, 8, 1, 9, 2 };
        l.Add(7); l.AddRange(new[] { 4, 6 }); l.Insert(0, 10); l.InsertRange(2, new[] { 11, 12 });
        Show("built", l);
        Console.WriteLine(l.Count + " " + l[3] + " " + l.IndexOf(8) + " " + l.LastIndexOf(99) + " " + l.Contains(12) + " " + (l.Capacity >= l.Count));
        l.Remove(11); l.RemoveAt(0); l.RemoveRange(0, 2);
        Show("removed", l);
        Console.WriteLine(l.RemoveAll(x => x % 2 == 0));
        Show("odd", l);
        l.Sort(); Show("sorted", l);
        l.Sort((a, b) => b.CompareTo(a)); Show("desc", l);
        l.Reverse(); Show("reversed", l);
        Console.WriteLine(l.BinarySearch(7) + " " + l.BinarySearch(4) + " " + ~l.BinarySearch(4));
        Console.WriteLine(l.Find(x => x > 3) + " " + l.FindLast(x => x > 3) + " " + l.FindIndex(x => x > 3) + " " + l.Find(x => x > 100) + " " + l.Exists(x => x == 9) + " " + l.TrueForAll(x => x > 0));
        Show("findall", l.FindAll(x => x < 8));
        Show("getrange", l.GetRange(1, 2));
        Show("convert", l.ConvertAll(x => "n" + x));
        var sum = 0; l.ForEach(x => sum += x); Console.WriteLine("sum " + sum);
        int[] arr = l.ToArray(); Console.WriteLine(arr.Length + " " + arr[arr.Length - 1]);
        var ro = l.AsReadOnly(); Console.WriteLine(ro.Count + " " + ro.GetType().Name);
        try { foreach (var x in l) if (x == 3) l.Add(100); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        try { Console.WriteLine(l[100]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        var strs = new List<string> { "b", null, "a" };
        strs.Sort(); Console.WriteLine(string.Join("|", strs));
        l.Clear(); Console.WriteLine(l.Count);
        var big = new List<long>(); for (long i = 0; i < 10000; i++) big.Add(i * i);
        Console.WriteLine(big[9999] + " " + big.Count);
        l.TrimExcess(); Console.WriteLine(l.Capacity);
        var e2 = new List<int> { 1, 2 }.GetEnumerator();
        while (e2.MoveNext()) Console.Write(e2.Current);
        Console.WriteLine();
    }
}
