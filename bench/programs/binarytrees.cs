// binary-trees: allocate and walk many short-lived perfect binary trees
// beside one long-lived tree. Argument: the maximum depth.
using System;

sealed class TreeNode
{
    readonly TreeNode left, right;

    TreeNode(TreeNode left, TreeNode right)
    {
        this.left = left;
        this.right = right;
    }

    public static TreeNode Build(int depth)
    {
        if (depth == 0)
            return new TreeNode(null, null);
        return new TreeNode(Build(depth - 1), Build(depth - 1));
    }

    // Nodes in the tree, counted by walking it (the walk is the point).
    public int Count()
    {
        if (left == null)
            return 1;
        return 1 + left.Count() + right.Count();
    }
}

static class BinaryTrees
{
    const int MinDepth = 4;

    static void Main(string[] args)
    {
        int requested = args.Length > 0 ? int.Parse(args[0]) : 10;
        int maxDepth = Math.Max(MinDepth + 2, requested);

        int stretchDepth = maxDepth + 1;
        Console.WriteLine("stretch tree of depth {0}\t check: {1}", stretchDepth,
                          TreeNode.Build(stretchDepth).Count());

        TreeNode longLived = TreeNode.Build(maxDepth);

        for (int depth = MinDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + MinDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++)
                check += TreeNode.Build(depth).Count();
            Console.WriteLine("{0}\t trees of depth {1}\t check: {2}", iterations, depth, check);
        }

        Console.WriteLine("long lived tree of depth {0}\t check: {1}", maxDepth, longLived.Count());
    }
}
