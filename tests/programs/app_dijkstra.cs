// Road network: Dijkstra on an adjacency matrix (int[,], 0 = no edge) with
// path reconstruction, plus Floyd-Warshall over the same graph as a cross-check.
using System;
class Graph {
    public const int Inf = int.MaxValue;
    int n; int[,] w;
    public Graph(int n) { this.n = n; w = new int[n, n]; }
    public void Road(int a, int b, int km) { w[a, b] = km; w[b, a] = km; }
    public void OneWay(int a, int b, int km) { w[a, b] = km; }
    public int[] Dijkstra(int src, int[] prev) {
        int[] dist = new int[n]; bool[] done = new bool[n];
        for (int i = 0; i < n; i++) { dist[i] = Inf; prev[i] = -1; }
        dist[src] = 0;
        for (int iter = 0; iter < n; iter++) {
            int u = -1;
            for (int i = 0; i < n; i++)
                if (!done[i] && dist[i] != Inf && (u < 0 || dist[i] < dist[u])) u = i;
            if (u < 0) break;
            done[u] = true;
            for (int v = 0; v < n; v++) {
                if (w[u, v] == 0 || done[v]) continue;
                int nd = dist[u] + w[u, v];
                if (nd < dist[v]) { dist[v] = nd; prev[v] = u; }
            }
        }
        return dist;
    }
    public long[,] Floyd() {
        long[,] d = new long[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                d[i, j] = i == j ? 0 : w[i, j] == 0 ? long.MaxValue / 4 : w[i, j];
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (d[i, k] + d[k, j] < d[i, j]) d[i, j] = d[i, k] + d[k, j];
        return d;
    }
}
class P {
    static int Main() {
        Graph g = new Graph(9);
        g.Road(0, 1, 4); g.Road(0, 7, 8); g.Road(1, 2, 8); g.Road(1, 7, 11);
        g.Road(2, 3, 7); g.Road(2, 8, 2); g.Road(2, 5, 4); g.Road(3, 4, 9);
        g.Road(3, 5, 14); g.Road(4, 5, 10); g.Road(5, 6, 2); g.Road(6, 7, 1);
        g.Road(6, 8, 6); g.Road(7, 8, 7);
        int[] prev = new int[9];
        int[] d = g.Dijkstra(0, prev);
        // classic textbook answer
        if (d[1] != 4 || d[2] != 12 || d[3] != 19 || d[4] != 21) return 1;
        if (d[5] != 11 || d[6] != 9 || d[7] != 8 || d[8] != 14) return 2;
        // path to 4: 0 7 6 5 4
        int[] path = new int[9]; int len = 0;
        for (int v = 4; v != -1; v = prev[v]) path[len++] = v;
        if (len != 5) return 3;
        int code = 0;
        for (int i = len - 1; i >= 0; i--) code = code * 10 + path[i];
        if (code != 7654) return 4;              // leading 0 vanishes
        long[,] f = g.Floyd();
        for (int s = 0; s < 9; s++) {
            int[] ds = g.Dijkstra(s, prev);
            for (int t = 0; t < 9; t++) if (ds[t] != f[s, t]) return 10 + s;
        }
        // an unreachable island and a one-way street
        Graph h = new Graph(5);
        h.OneWay(0, 1, 3); h.OneWay(1, 2, 3); h.OneWay(2, 0, 3); h.Road(3, 4, 1);
        int[] p2 = new int[5];
        int[] e = h.Dijkstra(1, p2);
        if (e[0] != 6 || e[2] != 3) return 20;
        if (e[3] != Graph.Inf || p2[4] != -1) return 21;
        long sum = 0;
        for (int s = 0; s < 9; s++) for (int t = 0; t < 9; t++) sum += f[s, t];
        if (sum != 720) return 22;
        return 0;
    }
}
