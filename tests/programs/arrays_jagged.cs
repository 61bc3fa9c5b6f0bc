// Jagged arrays: int[][] with rows of different lengths, row aliasing,
// replacing a row, arrays of arrays of structs, a triangular Pascal table,
// three-level jagged arrays, and null rows caught as NullReferenceException.
struct Cell { public int V; public long W; }
class P {
    static int Main() {
        int[][] tri = new int[10][];
        for (int i = 0; i < 10; i++) {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        if (tri[9][4] != 126) return 1;
        int rowSum = 0; foreach (int x in tri[9]) rowSum += x;
        if (rowSum != 512) return 2;
        int[] alias = tri[5];
        alias[2] = -1;
        if (tri[5][2] != -1) return 3;
        tri[5] = new int[] { 7 };
        if (tri[5].Length != 1 || alias.Length != 6) return 4;
        Cell[][] cells = new Cell[3][];
        for (int i = 0; i < 3; i++) cells[i] = new Cell[i + 2];
        cells[2][3].V = 9; cells[2][3].W = 1L << 50;
        cells[1][0].V++;
        if (cells[2][3].V != 9 || cells[2][3].W != 1L << 50 || cells[1][0].V != 1) return 5;
        long[][][] cube = new long[3][][];
        for (int a = 0; a < 3; a++) {
            cube[a] = new long[3][];
            for (int b = 0; b < 3; b++) { cube[a][b] = new long[3]; for (int c = 0; c < 3; c++) cube[a][b][c] = a * 9 + b * 3 + c; }
        }
        long cs = 0;
        foreach (long[][] plane in cube) foreach (long[] line in plane) foreach (long v in line) cs += v;
        if (cs != 351) return 6;
        int[][] holes = new int[2][];
        try { holes[1][0] = 1; return 7; } catch (System.NullReferenceException) { }
        try { tri[10] = null; return 8; } catch (System.IndexOutOfRangeException) { }
        int total = 0;
        for (int i = 0; i < tri.Length; i++) total += tri[i].Length;
        if (total != 55 - 6 + 1) return 9;
        return 0;
    }
}
