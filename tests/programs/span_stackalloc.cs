// mcs-options: -langversion:7.2
// Span<T> and ReadOnlySpan<T> (ref structs, over ByReference<T>): stackalloc
// into a Span<int>, indexing, Length, foreach, Slice, a Span over an array
// (writes go to the array), ReadOnlySpan of it, passing spans to methods,
// and the bounds check. Spans over arrays stay valid while the GC runs.
using System;

class P {
    static int Sum(ReadOnlySpan<int> values) {
        int sum = 0;
        foreach (int v in values) sum += v;
        return sum;
    }

    static void Fill(Span<long> target, long start) {
        for (int i = 0; i < target.Length; i++) target[i] = start + i;
    }

    static int Churn() {
        int n = 0;
        for (int i = 0; i < 20000; i++) n += new int[12].Length - 11;
        return n;
    }

    static int Main() {
        int r = 0;
        Span<int> squares = stackalloc int[10];
        for (int i = 0; i < squares.Length; i++) squares[i] = i * i;
        if (squares.Length == 10 && squares[9] == 81) r |= 1;
        if (Sum(squares) == 285) r |= 2;
        Span<int> middle = squares.Slice(2, 3);       // 4, 9, 16
        middle[0] = 100;
        if (squares[2] == 100 && Sum(middle) == 125) r |= 4;
        long[] array = new long[5];
        Span<long> overArray = array;
        Fill(overArray.Slice(1), 40);
        if (array[0] == 0 && array[1] == 40 && array[4] == 43) r |= 8;
        Span<int> onHeap = new int[] { 3, 1, 4, 1, 5 };
        Churn();                                        // collections while onHeap holds the only reference
        ReadOnlySpan<int> view = onHeap;
        if (Sum(view) == 14 && view[2] == 4) r |= 16;
        try {
            int x = squares[10];
            r += x;
        } catch (IndexOutOfRangeException) {
            r |= 32;
        }
        return r == 63 ? 42 : r;
    }
}
