// Conway's game of life on int[,] with a toroidal wrap: a glider travels
// (shape is preserved and shifted), a blinker oscillates, a block is still.
using System;
class Life {
    public int[,] Cells; int w, h;
    public Life(int w, int h) { this.w = w; this.h = h; Cells = new int[h, w]; }
    public void Set(int r, int c) { Cells[r, c] = 1; }
    int Neighbours(int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) continue;
                n += Cells[(r + dr + h) % h, (c + dc + w) % w];
            }
        return n;
    }
    public void Step() {
        int[,] next = new int[h, w];
        for (int r = 0; r < h; r++)
            for (int c = 0; c < w; c++) {
                int n = Neighbours(r, c);
                next[r, c] = (n == 3 || (n == 2 && Cells[r, c] == 1)) ? 1 : 0;
            }
        Cells = next;
    }
    public int Population() {
        int p = 0;
        for (int r = 0; r < h; r++)
            for (int c = 0; c < w; c++) p += Cells[r, c];
        return p;
    }
    public int Hash() {
        int x = 17;
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) if (Cells[r, c] != 0) x = x * 31 + r * w + c;
        return x;
    }
}
class P {
    static int Main() {
        // glider on 12x12 torus
        Life g = new Life(12, 12);
        g.Set(0, 1); g.Set(1, 2); g.Set(2, 0); g.Set(2, 1); g.Set(2, 2);
        int start = g.Hash();
        for (int i = 0; i < 4; i++) { g.Step(); if (g.Population() != 5) return 1; }
        // after 4 generations the glider moved one down, one right
        if (g.Cells[1, 2] != 1 || g.Cells[2, 3] != 1 || g.Cells[3, 1] != 1 || g.Cells[3, 2] != 1 || g.Cells[3, 3] != 1) return 2;
        for (int i = 0; i < 44; i++) g.Step();   // 48 gens = 12 cells: back to start on the torus
        if (g.Hash() != start) return 3;
        // blinker + block
        Life b = new Life(10, 8);
        b.Set(1, 1); b.Set(1, 2); b.Set(1, 3);
        b.Set(5, 6); b.Set(5, 7); b.Set(6, 6); b.Set(6, 7);
        int h0 = b.Hash();
        b.Step();
        if (b.Cells[0, 2] != 1 || b.Cells[1, 2] != 1 || b.Cells[2, 2] != 1 || b.Cells[1, 1] != 0) return 4;
        if (b.Hash() == h0) return 5;
        b.Step();
        if (b.Hash() != h0) return 6;
        if (b.Population() != 7) return 7;
        // R-pentomino in a bounded run: population after 30 gens on a 20x20 torus
        Life r = new Life(20, 20);
        r.Set(9, 10); r.Set(9, 11); r.Set(10, 9); r.Set(10, 10); r.Set(11, 10);
        for (int i = 0; i < 30; i++) r.Step();
        if (r.Population() != 27) return 8;
        if (r.Cells[9, 9] + r.Cells[0, 0] < 0) return 9;
        return 0;
    }
}
