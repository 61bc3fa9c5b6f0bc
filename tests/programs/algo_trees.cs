// Recursion on objects: a binary search tree (insert, find, height, in-order
// sum through a recursive walk, delete with successor), a tree built from a
// sorted array (balanced), and tree equality by structure.
class Node { public int Key; public Node L, R; public Node(int k) { Key = k; } }
class Bst {
    public Node Root; public int Count;
    public void Add(int k) { Root = Insert(Root, k); }
    Node Insert(Node n, int k) {
        if (n == null) { Count++; return new Node(k); }
        if (k < n.Key) n.L = Insert(n.L, k); else if (k > n.Key) n.R = Insert(n.R, k);
        return n;
    }
    public bool Has(int k) { Node n = Root; while (n != null) { if (k == n.Key) return true; n = k < n.Key ? n.L : n.R; } return false; }
    public static int Height(Node n) { if (n == null) return 0; int a = Height(n.L), b = Height(n.R); return 1 + (a > b ? a : b); }
    public static long Sum(Node n) { return n == null ? 0 : Sum(n.L) + n.Key + Sum(n.R); }
    public static int InOrder(Node n, int[] into, int at) { if (n == null) return at; at = InOrder(n.L, into, at); into[at++] = n.Key; return InOrder(n.R, into, at); }
    public void Remove(int k) { Root = Delete(Root, k); }
    Node Delete(Node n, int k) {
        if (n == null) return null;
        if (k < n.Key) { n.L = Delete(n.L, k); return n; }
        if (k > n.Key) { n.R = Delete(n.R, k); return n; }
        Count--;
        if (n.L == null) return n.R;
        if (n.R == null) return n.L;
        Node m = n.R; while (m.L != null) m = m.L;
        n.Key = m.Key; Count++; n.R = Delete(n.R, m.Key);
        return n;
    }
    public static Node Balanced(int[] a, int lo, int hi) {
        if (lo > hi) return null;
        int mid = (lo + hi) / 2;
        Node n = new Node(a[mid]); n.L = Balanced(a, lo, mid - 1); n.R = Balanced(a, mid + 1, hi);
        return n;
    }
    public static bool Same(Node a, Node b) { if (a == null || b == null) return a == b; return a.Key == b.Key && Same(a.L, b.L) && Same(a.R, b.R); }
}
class P {
    static int Main() {
        Bst t = new Bst();
        int x = 12345;
        for (int i = 0; i < 500; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; t.Add(x % 1000); }
        int[] keys = new int[t.Count];
        if (Bst.InOrder(t.Root, keys, 0) != t.Count) return 1;
        for (int i = 1; i < keys.Length; i++) if (keys[i - 1] >= keys[i]) return 2;
        long sum = 0; foreach (int k in keys) sum += k;
        if (Bst.Sum(t.Root) != sum) return 3;
        if (!t.Has(keys[0]) || !t.Has(keys[keys.Length - 1])) return 4;
        int before = t.Count;
        for (int i = 0; i < keys.Length; i += 2) t.Remove(keys[i]);
        if (t.Count != before - (before + 1) / 2) return 5;
        for (int i = 0; i < keys.Length; i++) if (t.Has(keys[i]) != (i % 2 == 1)) return 6;
        int[] sorted = new int[127];
        for (int i = 0; i < 127; i++) sorted[i] = i * 3;
        Node bal = Bst.Balanced(sorted, 0, 126);
        if (Bst.Height(bal) != 7) return 7;
        if (!Bst.Same(bal, Bst.Balanced(sorted, 0, 126))) return 8;
        sorted[5] = 16;
        if (Bst.Same(bal, Bst.Balanced(sorted, 0, 126))) return 9;
        return (int)((Bst.Sum(t.Root) + t.Count * 7) % 256);   // checksum, compared with mono
    }
}
