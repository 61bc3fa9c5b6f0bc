// Matrix toolkit with doubles: determinant by Gaussian elimination with
// partial pivoting, cross-checked by cofactor expansion; inverse via
// Gauss-Jordan and A*inv(A) = I within tolerance. No Math.* calls.
using System;
class Matrix {
    public double[,] A; public int N;
    public Matrix(int n) { N = n; A = new double[n, n]; }
    static double Abs(double x) { return x < 0 ? -x : x; }
    public Matrix Clone() { Matrix m = new Matrix(N); for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) m.A[i, j] = A[i, j]; return m; }
    public double DetGauss() {
        Matrix m = Clone(); double det = 1;
        for (int c = 0; c < N; c++) {
            int p = c;
            for (int r = c + 1; r < N; r++) if (Abs(m.A[r, c]) > Abs(m.A[p, c])) p = r;
            if (m.A[p, c] == 0) return 0;
            if (p != c) { for (int k = 0; k < N; k++) { double t = m.A[c, k]; m.A[c, k] = m.A[p, k]; m.A[p, k] = t; } det = -det; }
            det *= m.A[c, c];
            for (int r = c + 1; r < N; r++) {
                double f = m.A[r, c] / m.A[c, c];
                for (int k = c; k < N; k++) m.A[r, k] -= f * m.A[c, k];
            }
        }
        return det;
    }
    public double DetCofactor() { return Cof(A, N); }
    static double Cof(double[,] a, int n) {
        if (n == 1) return a[0, 0];
        if (n == 2) return a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0];
        double s = 0; double sign = 1;
        for (int c = 0; c < n; c++) {
            double[,] sub = new double[n - 1, n - 1];
            for (int i = 1; i < n; i++) { int cc = 0; for (int j = 0; j < n; j++) if (j != c) sub[i - 1, cc++] = a[i, j]; }
            s += sign * a[0, c] * Cof(sub, n - 1);
            sign = -sign;
        }
        return s;
    }
    public Matrix Inverse() {
        Matrix m = Clone(), inv = new Matrix(N);
        for (int i = 0; i < N; i++) inv.A[i, i] = 1.0;
        for (int c = 0; c < N; c++) {
            int p = c;
            for (int r = c + 1; r < N; r++) if (Abs(m.A[r, c]) > Abs(m.A[p, c])) p = r;
            if (m.A[p, c] == 0) throw new DivideByZeroException();
            for (int k = 0; k < N; k++) {
                double t = m.A[c, k]; m.A[c, k] = m.A[p, k]; m.A[p, k] = t;
                t = inv.A[c, k]; inv.A[c, k] = inv.A[p, k]; inv.A[p, k] = t;
            }
            double d = m.A[c, c];
            for (int k = 0; k < N; k++) { m.A[c, k] /= d; inv.A[c, k] /= d; }
            for (int r = 0; r < N; r++) {
                if (r == c) continue;
                double f = m.A[r, c];
                for (int k = 0; k < N; k++) { m.A[r, k] -= f * m.A[c, k]; inv.A[r, k] -= f * inv.A[c, k]; }
            }
        }
        return inv;
    }
    public static Matrix operator *(Matrix x, Matrix y) {
        Matrix r = new Matrix(x.N);
        for (int i = 0; i < x.N; i++) for (int j = 0; j < x.N; j++) { double s = 0; for (int k = 0; k < x.N; k++) s += x.A[i, k] * y.A[k, j]; r.A[i, j] = s; }
        return r;
    }
    public static bool Near(double a, double b) { return Abs(a - b) < 1e-9; }
}
class P {
    static int Main() {
        Matrix m = new Matrix(4);
        double[] v = new double[16];
        v[0] = 2; v[1] = -1; v[2] = 0; v[3] = 3; v[4] = 1; v[5] = 4; v[6] = -2; v[7] = 0.5;
        v[8] = 0; v[9] = 3; v[10] = 5; v[11] = -1; v[12] = 7; v[13] = 0; v[14] = 1.5; v[15] = 2;
        for (int i = 0; i < 16; i++) m.A[i / 4, i % 4] = v[i];
        double dg = m.DetGauss(), dc = m.DetCofactor();
        if (!Matrix.Near(dg, dc)) return 1;
        if (!Matrix.Near(dc, -431.0)) return 2;
        Matrix id = m * m.Inverse();
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) if (!Matrix.Near(id.A[i, j], i == j ? 1.0 : 0.0)) return 3;
        // Hilbert 5x5: determinant 1/266716800000
        Matrix h = new Matrix(5);
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) h.A[i, j] = 1.0 / (i + j + 1);
        double hd = h.DetGauss();
        double rel = hd * 266716800000.0;
        if (rel < 0.999999 || rel > 1.000001) return 4;
        // singular matrix: row 2 = row 0 + row 1
        Matrix s = new Matrix(3);
        s.A[0, 0] = 1; s.A[0, 1] = 2; s.A[0, 2] = 3; s.A[1, 0] = 4; s.A[1, 1] = 5; s.A[1, 2] = 6;
        for (int j = 0; j < 3; j++) s.A[2, j] = s.A[0, j] + s.A[1, j];
        if (s.DetGauss() > 1e-12 || s.DetGauss() < -1e-12) return 5;
        Matrix z = new Matrix(2);
        try { z.Inverse(); return 6; } catch (DivideByZeroException) { }
        if ((long)(dc * 1000) != (long)(-431.0 * 1000)) return 7;
        return 0;
    }
}
