using System;
using System.Collections.Generic;
class QS {
    static void Main() {
        var q = new Queue<string>();
        q.Enqueue("a"); q.Enqueue("b"); q.Enqueue("c");
        Console.WriteLine(q.Count + " " + q.Peek() + " " + q.Dequeue() + " " + q.Dequeue() + " " + q.Count + " " + q.Contains("c"));
        for (int i = 0; i < 100; i++) { q.Enqueue("x" + i); if (i % 3 == 0) q.Dequeue(); }
        Console.WriteLine(q.Count + " " + q.Peek() + " " + string.Join(",", q.ToArray(), 0, 3));
        q.Clear();
        try { q.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        var s = new Stack<int>(new[] { 1, 2, 3 });
        s.Push(4);
        Console.WriteLine(s.Count + " " + s.Peek() + " " + s.Pop() + " " + s.Pop() + " " + string.Join(",", s));
        try { new Stack<int>().Peek(); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        var expr = "3 4 + 2 * 7 -".Split(' ');
        var st = new Stack<int>();
        foreach (var tok in expr) {
            int n;
            if (int.TryParse(tok, out n)) st.Push(n);
            else { int r = st.Pop(), l = st.Pop(); st.Push(tok == "+" ? l + r : tok == "-" ? l - r : l * r); }
        }
        Console.WriteLine("rpn " + st.Pop());
        var bfs = new Queue<int>(); var seen = new HashSet<int>(); var order = new List<int>();
        bfs.Enqueue(1); seen.Add(1);
        while (bfs.Count > 0) {
            int n = bfs.Dequeue(); order.Add(n);
            foreach (var m in new[] { n * 2, n * 3 }) if (m < 30 && seen.Add(m)) bfs.Enqueue(m);
        }
        Console.WriteLine(string.Join(" ", order));
        var it = s.GetEnumerator();
        s.Push(9);
        try { it.MoveNext(); } catch (InvalidOperationException) { Console.WriteLine("modified during enumeration"); }
        var tq = new Queue<int>(); tq.Enqueue(1); Console.WriteLine(tq.ToArray().Length + " " + s.ToArray()[0]);
        s.TrimExcess(); q.TrimExcess();
    }
}
