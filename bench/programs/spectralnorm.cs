// spectral-norm: the largest singular value of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to n x n, by power iteration
// on A'A. Argument: n.
using System;

static class SpectralNorm
{
    static double A(int i, int j)
    {
        int s = i + j;
        return 1.0 / (s * (s + 1) / 2 + i + 1);
    }

    static void MultiplyA(double[] v, double[] result)
    {
        for (int i = 0; i < v.Length; i++) {
            double sum = 0;
            for (int j = 0; j < v.Length; j++)
                sum += A(i, j) * v[j];
            result[i] = sum;
        }
    }

    static void MultiplyAt(double[] v, double[] result)
    {
        for (int i = 0; i < v.Length; i++) {
            double sum = 0;
            for (int j = 0; j < v.Length; j++)
                sum += A(j, i) * v[j];
            result[i] = sum;
        }
    }

    static void MultiplyAtA(double[] v, double[] result, double[] scratch)
    {
        MultiplyA(v, scratch);
        MultiplyAt(scratch, result);
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100;
        var u = new double[n];
        var v = new double[n];
        var scratch = new double[n];
        for (int i = 0; i < n; i++)
            u[i] = 1;
        for (int i = 0; i < 10; i++) {
            MultiplyAtA(u, v, scratch);
            MultiplyAtA(v, u, scratch);
        }
        double uv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            uv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        Console.WriteLine(Math.Sqrt(uv / vv).ToString("F9"));
    }
}
