// GCBench, after Hans Boehm's allocator benchmark (Java and C versions of
// the 1990s): a long-lived binary tree and a large array of doubles stay
// alive while trees of increasing depth are built many times, each both
// top-down (a node is linked before its children exist, so old nodes point
// at young ones) and bottom-up (children first). The work per depth is the
// same number of nodes. Prints what it built, not how long it took, so the
// output can be compared between runtimes.
using System;

sealed class Node
{
    public Node Left, Right;
    public int I, J;

    public Node() { }

    public Node(Node left, Node right)
    {
        Left = left;
        Right = right;
    }
}

static class GCBench
{
    const int StretchTreeDepth = 18;
    const int LongLivedTreeDepth = 16;
    const int ArraySize = 500000;
    const int MinTreeDepth = 4;
    const int MaxTreeDepth = 16;

    static int TreeSize(int depth)
    {
        return (1 << (depth + 1)) - 1;
    }

    static int Iterations(int depth)
    {
        return 2 * TreeSize(StretchTreeDepth) / TreeSize(depth);
    }

    // Gives node children down to the given depth, parents first.
    static void Populate(int depth, Node node)
    {
        if (depth <= 0)
            return;
        node.I = depth;
        node.Left = new Node();
        node.Right = new Node();
        Populate(depth - 1, node.Left);
        Populate(depth - 1, node.Right);
    }

    // A tree of the given depth, children first.
    static Node Make(int depth)
    {
        if (depth <= 0)
            return new Node();
        return new Node(Make(depth - 1), Make(depth - 1)) { J = depth };
    }

    static int Count(Node node)
    {
        return node == null ? 0 : 1 + Count(node.Left) + Count(node.Right);
    }

    static void TimeConstruction(int depth)
    {
        int iterations = Iterations(depth);
        long topDown = 0, bottomUp = 0;
        for (int i = 0; i < iterations; i++) {
            var node = new Node();
            Populate(depth, node);
            if (i == 0)
                topDown = Count(node);
        }
        for (int i = 0; i < iterations; i++) {
            var node = Make(depth);
            if (i == 0)
                bottomUp = Count(node);
        }
        Console.WriteLine("depth {0}: {1} trees top-down and {1} bottom-up, {2} and {3} nodes each",
                          depth, iterations, topDown, bottomUp);
    }

    static void Main()
    {
        Console.WriteLine("stretching memory with a tree of depth {0}", StretchTreeDepth);
        Console.WriteLine("stretch tree: {0} nodes", Count(Make(StretchTreeDepth)));

        var longLived = new Node();
        Populate(LongLivedTreeDepth, longLived);
        var array = new double[ArraySize];
        for (int i = 0; i < ArraySize / 2; i++)
            array[i] = 1.0 / i;

        for (int depth = MinTreeDepth; depth <= MaxTreeDepth; depth += 2)
            TimeConstruction(depth);

        // The long-lived structures must have survived every collection.
        if (Count(longLived) != TreeSize(LongLivedTreeDepth) || array[1000] != 1.0 / 1000) {
            Console.WriteLine("long-lived data was lost");
            Environment.Exit(1);
        }
        Console.WriteLine("long-lived tree: {0} nodes; array[1000] = {1}", Count(longLived), array[1000]);
    }
}
