// Nullable<T> boxing and unboxing (null, or a boxed T), sizeof, and
// stackalloc (localloc) memory that lives as long as its frame.
using System;
class P {
    static int? Maybe(bool b) { if (b) return 5; return null; }
    static unsafe int Fill(int n) { long* p = stackalloc long[n]; long s = 0; for (int i = 0; i < n; i++) { p[i] = i + 1; s += p[i]; } return (int)s; }
    static unsafe int Main() {
        int? a = Maybe(true), b = Maybe(false);
        object oa = a, ob = b;
        if (ob != null) return 1;
        if ((int)oa != 5) return 2;
        int? back = (int?)oa; if (!back.HasValue || back.Value != 5) return 3;
        int? none = (int?)ob; if (none.HasValue) return 4;
        if (sizeof(long) != 8) return 5;
        int* buf = stackalloc int[16];
        for (int i = 0; i < 16; i++) buf[i] = i * i;
        if (buf[15] != 225 || Fill(3) != 6) return 7;
        double d = 1.0 / 3; if (d * 3 != 1.0) return 6;
        int total = (a ?? 0) + (b ?? 10);
        return total;
    }
}
