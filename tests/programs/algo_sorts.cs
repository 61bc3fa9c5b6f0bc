// Sorting and searching on arrays: quicksort (recursive, Lomuto), insertion
// sort, heap sort, binary search, and a generic sort through a comparison
// delegate on an array of objects; all results cross-checked.
using System;
class Person { public int Age; public int Id; }
class P {
    static void Quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[hi], i = lo;
        for (int j = lo; j < hi; j++) if (a[j] < p) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; }
        int tt = a[i]; a[i] = a[hi]; a[hi] = tt;
        Quick(a, lo, i - 1); Quick(a, i + 1, hi);
    }
    static void Insertion(int[] a) {
        for (int i = 1; i < a.Length; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
    }
    static void Sift(int[] a, int i, int n) {
        while (true) { int l = 2 * i + 1, m = i; if (l < n && a[l] > a[m]) m = l; if (l + 1 < n && a[l + 1] > a[m]) m = l + 1; if (m == i) return; int t = a[i]; a[i] = a[m]; a[m] = t; i = m; }
    }
    static void Heap(int[] a) {
        for (int i = a.Length / 2 - 1; i >= 0; i--) Sift(a, i, a.Length);
        for (int n = a.Length - 1; n > 0; n--) { int t = a[0]; a[0] = a[n]; a[n] = t; Sift(a, 0, n); }
    }
    static int Search(int[] a, int v) { int lo = 0, hi = a.Length - 1; while (lo <= hi) { int m = (lo + hi) >> 1; if (a[m] == v) return m; if (a[m] < v) lo = m + 1; else hi = m - 1; } return ~lo; }
    static void SortBy<T>(T[] a, Func<T, T, int> cmp) {
        for (int i = 1; i < a.Length; i++) { T v = a[i]; int j = i - 1; while (j >= 0 && cmp(a[j], v) > 0) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
    }
    static int Main() {
        int n = 300;
        int[] a = new int[n], b = new int[n], c = new int[n];
        uint s = 2463534242;
        for (int i = 0; i < n; i++) { s ^= s << 13; s ^= s >> 17; s ^= s << 5; a[i] = b[i] = c[i] = (int)(s % 1000); }
        Quick(a, 0, n - 1); Insertion(b); Heap(c);
        for (int i = 0; i < n; i++) if (a[i] != b[i] || b[i] != c[i]) return 1;
        for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 2;
        int at = Search(a, a[137]);
        if (at < 0 || a[at] != a[137]) return 3;
        if (Search(a, -5) != ~0) return 4;
        if (Search(a, 5000) != ~n) return 5;
        Person[] ps = new Person[20];
        for (int i = 0; i < 20; i++) ps[i] = new Person { Age = (i * 7) % 5, Id = i };
        SortBy(ps, (x, y) => x.Age - y.Age);
        for (int i = 1; i < 20; i++) { if (ps[i - 1].Age > ps[i].Age) return 6; if (ps[i - 1].Age == ps[i].Age && ps[i - 1].Id > ps[i].Id) return 7; }
        long check = 0; for (int i = 0; i < n; i++) check = check * 31 + a[i];
        return (int)(check & 0xff);
    }
}
