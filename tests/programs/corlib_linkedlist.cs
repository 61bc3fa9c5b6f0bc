using System;
using System.Collections.Generic;
class LL {
    static void Show(LinkedList<string> l) { Console.WriteLine(l.Count + ": " + string.Join(" ", l)); }
    static void Main() {
        var l = new LinkedList<string>();
        l.AddLast("b"); l.AddFirst("a"); l.AddLast("d");
        var nodeD = l.Last;
        l.AddBefore(nodeD, "c"); l.AddAfter(nodeD, "e");
        Show(l);
        Console.WriteLine(l.First.Value + " " + l.Last.Value + " " + l.First.Next.Value + " " + l.Last.Previous.Value + " " + (l.First.Previous == null) + " " + (nodeD.List == l));
        var found = l.Find("c");
        Console.WriteLine(found.Value + " " + found.Next.Value + " " + (l.Find("z") == null) + " " + l.Contains("e"));
        l.Remove(found); l.RemoveFirst(); l.RemoveLast();
        Show(l);
        l.AddLast("b"); Console.WriteLine(l.FindLast("b").Previous.Value);
        l.Remove("b");
        Show(l);
        try { l.AddLast(nodeD); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        var back = new List<string>();
        for (var n = l.Last; n != null; n = n.Previous) back.Add(n.Value);
        Console.WriteLine(string.Join(",", back));
        var nums = new LinkedList<int>(new[] { 1, 2, 3, 4, 5, 6 });
        for (var n = nums.First; n != null;) { var next = n.Next; if (n.Value % 2 == 0) nums.Remove(n); n = next; }
        Console.WriteLine(string.Join(",", nums));
        l.Clear(); Show(l);
        try { l.RemoveFirst(); } catch (InvalidOperationException) { Console.WriteLine("empty"); }
    }
}
