// Stack traces show, for each frame, the IL offset mono's JIT gives it:
// the last sequence point before it (where the evaluation stack is empty,
// or a call has just returned), in the callers as in the frame that
// threw, and in corlib's frames too. The module ids (MVIDs) differ from one compilation to the
// next, so they are blanked.
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

class Node { public Node Next; public int Value; }

class Program {
    static int Depth(int n, int limit) {
        int local = n * 2;
        if (n == limit)
            throw new InvalidOperationException("at depth " + n + " with " + local);
        return Depth(n + 1, limit) + local;
    }

    static int Chain(Node node) {
        int sum = 0;
        sum += node.Value + node.Next.Value + node.Next.Next.Value;
        return sum;
    }

    static int Parse(string text) {
        return int.Parse(text) + 1;
    }

    static void Show(Exception e) {
        string text = Regex.Replace(e.ToString(), "<[0-9a-f]{32}>", "<mvid>");
        Console.WriteLine(text);
        Console.WriteLine();
    }

    static void Main() {
        try { Depth(0, 3); } catch (Exception e) { Show(e); }
        try { Chain(new Node { Value = 1, Next = new Node { Value = 2 } }); } catch (Exception e) { Show(e); }
        try { Parse("twelve"); } catch (Exception e) { Show(e); }
        try {
            new List<int> { 1, 2, 3 }.ForEach(i => {
                if (i == 2)
                    throw new ArgumentException("two");
            });
        } catch (Exception e) { Show(e); }
        try { Choose(false); } catch (Exception e) { Show(e); }
        try { ThrowMade(); } catch (Exception e) { Show(e); }
        try { Fetch(new Node { Next = new Node() }); } catch (Exception e) { Show(e); }
        try { ThrowOwn(); } catch (Exception e) { Show(e); }
    }

    // Sequence points also follow calls and (most) newobjs.
    static void Choose(bool overflow) {
        throw (overflow ? (Exception)new OverflowException("o") : new FormatException("f"));
    }

    static Exception Make() { return new InvalidOperationException("made"); }

    static void ThrowMade() { throw Make(); }

    static int Fetch(Node node) {
        int x = 1;
        x += node.Next.Next.Value + 2;
        return x;
    }

    class OwnException : Exception { public OwnException(string m) : base(m) { } }

    static void ThrowOwn() {
        int unused = 3;
        throw new OwnException("own " + unused);
    }
}
