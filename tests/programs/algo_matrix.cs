// Matrices as jagged double[][] and long[][]: multiplication, identity,
// transpose, integer matrix power for Fibonacci numbers, and Gaussian
// elimination solving a small linear system exactly representable in doubles.
class Mat {
    public long[][] A; public int N;
    public Mat(int n) { N = n; A = new long[n][]; for (int i = 0; i < n; i++) A[i] = new long[n]; }
    public static Mat Identity(int n) { Mat m = new Mat(n); for (int i = 0; i < n; i++) m.A[i][i] = 1; return m; }
    public Mat Mul(Mat o) {
        Mat r = new Mat(N);
        for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { long s = 0; for (int k = 0; k < N; k++) s += A[i][k] * o.A[k][j]; r.A[i][j] = s; }
        return r;
    }
    public Mat Pow(int e) { Mat r = Identity(N), b = this; while (e > 0) { if ((e & 1) != 0) r = r.Mul(b); b = b.Mul(b); e >>= 1; } return r; }
    public Mat T() { Mat r = new Mat(N); for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) r.A[j][i] = A[i][j]; return r; }
}
class P {
    static double[] Solve(double[][] m, double[] b) {
        int n = b.Length;
        for (int c = 0; c < n; c++) {
            int piv = c; for (int r = c + 1; r < n; r++) if ((m[r][c] < 0 ? -m[r][c] : m[r][c]) > (m[piv][c] < 0 ? -m[piv][c] : m[piv][c])) piv = r;
            double[] tr = m[c]; m[c] = m[piv]; m[piv] = tr; double tb = b[c]; b[c] = b[piv]; b[piv] = tb;
            for (int r = c + 1; r < n; r++) { double f = m[r][c] / m[c][c]; for (int k = c; k < n; k++) m[r][k] -= f * m[c][k]; b[r] -= f * b[c]; }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) { double s = b[r]; for (int k = r + 1; k < n; k++) s -= m[r][k] * x[k]; x[r] = s / m[r][r]; }
        return x;
    }
    static double[] R3(double a, double b, double c) { double[] r = new double[3]; r[0] = a; r[1] = b; r[2] = c; return r; }
    static int Main() {
        Mat f = new Mat(2); f.A[0][0] = f.A[0][1] = f.A[1][0] = 1;
        Mat f90 = f.Pow(90);
        if (f90.A[0][1] != 2880067194370816120L) return 1;
        Mat m = new Mat(3);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) m.A[i][j] = i * 3 + j + 1;
        Mat mm = m.Mul(m);
        if (mm.A[0][0] != 30 || mm.A[2][2] != 150 || mm.A[1][2] != 96) return 2;
        Mat i3 = Mat.Identity(3);
        if (m.Mul(i3).A[2][1] != 8 || i3.Mul(m).A[1][0] != 4) return 3;
        Mat t = m.T();
        if (t.A[0][2] != 7 || t.T().A[0][2] != 3) return 4;
        Mat a = m.Mul(t), at = a.T();
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) if (a.A[i][j] != at.A[i][j]) return 5;
        double[][] sys = new double[3][];
        sys[0] = R3(2, 1, -1); sys[1] = R3(-3, -1, 2); sys[2] = R3(-2, 1, 2);
        double[] x = Solve(sys, R3(8, -11, -3));
        double e0 = x[0] - 2, e1 = x[1] - 3, e2 = x[2] + 1;
        if (e0 * e0 + e1 * e1 + e2 * e2 > 1e-20) return 6;
        return 0;
    }
}
