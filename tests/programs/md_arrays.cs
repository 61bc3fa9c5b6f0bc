// Multi-dimensional arrays: the runtime's constructor, Get, Set and Address
// for ranks 2 and 3, of ints, strings, doubles and structs, compound
// assignment through Address, and an out-of-range index caught.
using System;
struct Cell { public int A; public long B; }
class P {
    static int Main() {
        int[,] grid = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i, j] = i * 10 + j;
        if (grid[2, 3] != 23) return 1;
        grid[1, 1] += 5; if (grid[1, 1] != 16) return 2;
        string[,,] cube = new string[2, 2, 2]; cube[1, 0, 1] = "x";
        if (cube[1, 0, 1] == null || cube[0, 0, 0] != null) return 3;
        Cell[,] cells = new Cell[2, 2]; cells[1, 1].B = 7; cells[0, 1].A = 2;
        if (cells[1, 1].B + cells[0, 1].A != 9) return 4;
        try { grid[3, 0] = 1; return 5; } catch (IndexOutOfRangeException) { }
        double[,] m = new double[2, 2]; m[1, 0] = 3.5;
        return grid[2, 1] + (int)(m[1, 0] * 2);
    }
}
