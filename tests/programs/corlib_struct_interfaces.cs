using System;
using System.Collections.Generic;
interface ICounter { int Count { get; } void Inc(); }
struct SCounter : ICounter { int n; public int Count { get { return n; } } public void Inc() { n++; } public override string ToString() { return "S" + n; } }
class StructIfaces {
    static void IncGeneric<T>(ref T c) where T : ICounter { c.Inc(); }
    static int IncCopy<T>(T c) where T : ICounter { c.Inc(); c.Inc(); return c.Count; }
    static string Str<T>(T v) { return v.ToString() + "/" + v.GetHashCode().ToString().Length.Equals(0) + "/" + v.Equals(v); }
    static void Main() {
        var s = new SCounter();
        s.Inc();
        ICounter boxed = s;
        boxed.Inc(); boxed.Inc();
        Console.WriteLine(s.Count + " " + boxed.Count);
        IncGeneric(ref s); Console.WriteLine(s.Count);
        Console.WriteLine(IncCopy(s) + " " + s.Count);
        var arr = new SCounter[2]; arr[1].Inc(); IncGeneric(ref arr[1]); Console.WriteLine(arr[1].Count + " " + arr[0]);
        var list = new List<ICounter> { new SCounter(), s }; foreach (var c in list) c.Inc();
        Console.WriteLine(list[0].Count + " " + list[1].Count + " " + s.Count);
        var structList = new List<SCounter> { s }; var copy = structList[0]; copy.Inc(); Console.WriteLine(structList[0].Count + " " + copy.Count);
        Console.WriteLine(Str(s) + " " + Str(5) + " " + Str(DayOfWeek.Friday) + " " + Str<IComparable>(3));
        object o = s; ((ICounter)o).Inc(); Console.WriteLine(((SCounter)o).Count + " " + s.Count);
        IEnumerator<int> e = new List<int> { 1, 2 }.GetEnumerator(); e.MoveNext(); var e2 = e; e2.MoveNext(); Console.WriteLine(e.Current + " " + e2.Current);
        var le = new List<int> { 1, 2 }.GetEnumerator(); le.MoveNext(); var le2 = le; le2.MoveNext(); Console.WriteLine(le.Current + " " + le2.Current);
        using (var d = new Disposer()) { } Console.WriteLine(Disposer.Count);
        IDisposable id = new Disposer(); id.Dispose(); Console.WriteLine(Disposer.Count);
        Console.WriteLine(((IComparable<int>)5).CompareTo(6) + " " + ((IEquatable<DateTime>)new DateTime(3)).Equals(new DateTime(3)) + " " + ((IFormattable)12).ToString("X", null));
    }
}
struct Disposer : IDisposable { public static int Count; public void Dispose() { Count++; } }
