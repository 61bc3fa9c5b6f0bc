// Array initialisers of rank-n arrays: the compiler fills them from RVA
// data with RuntimeHelpers.InitializeArray, which copies the elements
// after the array's bounds, in row-major order.
using System;

enum Level : short { Low = 1, Mid = 500, High = -7 }

static class Program {
    static readonly int[,] table = { { 0, 1 }, { 4, 5 }, { 10, 20 } };
    static readonly byte[,,] cube = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } }, { { 9, 10 }, { 11, 12 } } };

    static void Main() {
        Console.WriteLine(table[2, 1] + " " + table.GetLength(0) + "x" + table.GetLength(1));
        int sum = 0;
        foreach (byte b in cube) sum += b;
        Console.WriteLine(cube[1, 0, 1] + " " + cube[2, 1, 1] + " " + sum);
        double[,] d = { { 1.5, -2.25, 3 }, { 4, 5, 6.125 } };
        Console.WriteLine(d[0, 1] + " " + d[1, 2]);
        Level[,] levels = { { Level.Low, Level.Mid }, { Level.High, Level.Low }, { Level.Mid, Level.Mid } };
        Console.WriteLine(levels[1, 0] + " " + levels[2, 1]);
        long[] flat = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -1 };
        Console.WriteLine(flat[11] + " " + flat.Length);
        char[,] chars = { { 'a', 'b', 'c' }, { 'd', 'e', 'f' } };
        Console.WriteLine(new string(new[] { chars[0, 2], chars[1, 0] }));
    }
}
