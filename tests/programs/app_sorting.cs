// Sorting library: merge sort, heap sort and insertion sort on int[] and on
// struct[] with a delegate comparer; stability checked for merge/insertion.
using System;
delegate int Cmp<T>(T a, T b);
struct Rec { public int Key, Order; public Rec(int k, int o) { Key = k; Order = o; } }
static class Sorts {
    public static long Comparisons;
    public static void Insertion<T>(T[] a, Cmp<T> c) {
        for (int i = 1; i < a.Length; i++) {
            T v = a[i]; int j = i - 1;
            while (j >= 0) { Comparisons++; if (c(a[j], v) <= 0) break; a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }
    public static void Merge<T>(T[] a, Cmp<T> c) { T[] tmp = new T[a.Length]; MergeRec(a, tmp, 0, a.Length, c); }
    static void MergeRec<T>(T[] a, T[] tmp, int lo, int hi, Cmp<T> c) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        MergeRec(a, tmp, lo, mid, c); MergeRec(a, tmp, mid, hi, c);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) { Comparisons++; tmp[k++] = c(a[j], a[i]) < 0 ? a[j++] : a[i++]; }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }
    public static void Heap<T>(T[] a, Cmp<T> c) {
        int n = a.Length;
        for (int i = n / 2 - 1; i >= 0; i--) Sift(a, i, n, c);
        for (int end = n - 1; end > 0; end--) { T t = a[0]; a[0] = a[end]; a[end] = t; Sift(a, 0, end, c); }
    }
    static void Sift<T>(T[] a, int i, int n, Cmp<T> c) {
        while (true) {
            int l = 2 * i + 1, m = i;
            if (l < n && c(a[l], a[m]) > 0) m = l;
            if (l + 1 < n && c(a[l + 1], a[m]) > 0) m = l + 1;
            if (m == i) return;
            T t = a[i]; a[i] = a[m]; a[m] = t; i = m;
        }
    }
}
class P {
    static int IntAsc(int a, int b) { return a.CompareTo(b); }
    static uint seed = 2463534242;
    static int Rand(int mod) { seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5; return (int)(seed % (uint)mod); }
    static T[] Copy<T>(T[] s) { T[] r = new T[s.Length]; for (int i = 0; i < s.Length; i++) r[i] = s[i]; return r; }
    static bool Sorted(int[] a) { for (int i = 1; i < a.Length; i++) if (a[i - 1] > a[i]) return false; return true; }
    static int Main() {
        int[] src = new int[300];
        for (int i = 0; i < src.Length; i++) src[i] = Rand(1000) - 500;
        long check = 0; for (int i = 0; i < src.Length; i++) check += (long)src[i] * src[i];
        int[] a = Copy(src), b = Copy(src), c = Copy(src);
        Cmp<int> asc = IntAsc;
        Sorts.Merge(a, asc); Sorts.Heap(b, asc); Sorts.Insertion(c, asc);
        if (!Sorted(a) || !Sorted(b) || !Sorted(c)) return 1;
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i] || a[i] != c[i]) return 2;
        long check2 = 0; for (int i = 0; i < a.Length; i++) check2 += (long)a[i] * a[i];
        if (check != check2) return 3;
        // descending via lambda
        int[] d = Copy(src);
        Sorts.Heap(d, (x, y) => y - x);
        if (d[0] != a[a.Length - 1] || d[d.Length - 1] != a[0]) return 4;
        // structs: many equal keys, stability
        Rec[] r = new Rec[200];
        for (int i = 0; i < r.Length; i++) r[i] = new Rec(Rand(10), i);
        Rec[] rm = Copy(r), ri = Copy(r), rh = Copy(r);
        Cmp<Rec> byKey = delegate (Rec x, Rec y) { return x.Key - y.Key; };
        Sorts.Merge(rm, byKey); Sorts.Insertion(ri, byKey); Sorts.Heap(rh, byKey);
        for (int i = 1; i < rm.Length; i++) {
            if (rm[i - 1].Key > rm[i].Key) return 5;
            if (rm[i - 1].Key == rm[i].Key && rm[i - 1].Order > rm[i].Order) return 6;
            if (rm[i].Key != ri[i].Key || rm[i].Order != ri[i].Order) return 7;
            if (rh[i - 1].Key > rh[i].Key) return 8;
        }
        // already sorted input: insertion sort is linear
        Sorts.Comparisons = 0;
        Sorts.Insertion(a, asc);
        if (Sorts.Comparisons != a.Length - 1) return 9;
        int sig = 0; for (int i = 0; i < a.Length; i += 37) sig = sig * 3 + a[i];
        if (sig != -4229671) return 10;
        return 0;
    }
}
