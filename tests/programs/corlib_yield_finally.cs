using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
class YieldFinally {
    static List<string> log = new List<string>();
    static IEnumerable<int> Counted(string name, int n) {
        log.Add(name + " start");
        try {
            for (int i = 0; i < n; i++) {
                try { yield return i; }
                finally { log.Add(name + " after " + i); }
            }
        } finally { log.Add(name + " finally"); }
    }
    static IEnumerable<int> Nested(int depth) {
        if (depth == 0) { yield return 0; yield break; }
        foreach (var x in Nested(depth - 1)) yield return x + 1;
        yield return -depth;
    }
    static IEnumerable<string> Throws() {
        try { yield return "a"; throw new InvalidOperationException("inside iterator"); }
        finally { log.Add("throws finally"); }
    }
    static IEnumerator<char> Letters() { yield return 'x'; yield return 'y'; }
    static IEnumerable NonGeneric() { yield return 1; yield return "two"; }
    static void Flush() { Console.WriteLine(string.Join("; ", log)); log.Clear(); }
    static void Main() {
        foreach (var x in Counted("full", 3)) log.Add("got " + x);
        Flush();
        foreach (var x in Counted("break", 5)) { log.Add("got " + x); if (x == 1) break; }
        Flush();
        Console.WriteLine(Counted("first", 10).First());
        Flush();
        var e = Counted("manual", 3).GetEnumerator();
        e.MoveNext(); e.MoveNext(); e.Dispose();
        Console.WriteLine(e.MoveNext());
        Flush();
        Console.WriteLine(string.Join(",", Nested(3)));
        try { foreach (var s in Throws()) log.Add(s); } catch (InvalidOperationException ex) { log.Add("caught " + ex.Message); }
        Flush();
        var l = Letters(); while (l.MoveNext()) Console.Write(l.Current); Console.WriteLine();
        foreach (var o in NonGeneric()) Console.Write(o.GetType().Name + " "); Console.WriteLine();
        var lazy = Counted("lazy", 2);
        Console.WriteLine(log.Count);
        var twice = lazy.Concat(lazy).ToList();
        Console.WriteLine(twice.Count + " " + log.Count(s => s.EndsWith("start")));
        Flush();
        try { var r = Letters(); r.Reset(); } catch (NotSupportedException) { Console.WriteLine("Reset not supported"); }
    }
}
