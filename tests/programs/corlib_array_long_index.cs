using System;
// Arrays indexed by long (native int in IL, through conv.ovf.i): loads and
// stores of every element kind, with the stored value computed from
// another long-indexed load, as corlib's own code does
// (RNGCryptoServiceProvider.GetNonZeroBytes: data[j++] = random[i]).
struct Pair { public int A; public long B; public override string ToString() { return A + "/" + B; } }
class LongIndex {
    static void Main() {
        byte[] bytes = new byte[6]; byte[] src = { 0, 7, 0, 9, 11, 0, 13 };
        long j = 0;
        for (long i = 0; i < src.LongLength; i++) { if (j == bytes.LongLength) break; if (src[i] != 0) bytes[j++] = src[i]; }
        Console.WriteLine(j + " " + BitConverter.ToString(bytes));
        int[] ints = new int[4]; int[] isrc = { -1, 2, -3, 4 };
        for (long i = 0; i < 4; i++) ints[3 - i] = isrc[i] * 10;
        Console.WriteLine(string.Join(",", ints));
        long[] longs = new long[3]; long[] lsrc = { long.MinValue, 5, long.MaxValue };
        for (long i = 0; i < 3; i++) longs[i] = lsrc[2 - i];
        Console.WriteLine(string.Join(",", longs));
        double[] ds = new double[3]; double[] dsrc = { 0.5, -1.25, 3e100 };
        for (long i = 0; i < 3; i++) ds[i] = dsrc[i] * 2;
        Console.WriteLine(string.Join(",", ds));
        float[] fs = new float[2]; long k = 1; fs[k] = 1.5f; fs[k - 1] = fs[k] * 3;
        Console.WriteLine(fs[0] + " " + fs[1]);
        string[] strs = new string[3]; string[] ssrc = { "a", "b", "c" };
        for (long i = 0; i < 3; i++) strs[i] = ssrc[2 - i] + i;
        Console.WriteLine(string.Join(",", strs));
        char[] cs = new char[3]; long ci = 0; foreach (char c in "xyz") cs[ci++] = char.ToUpper(c);
        Console.WriteLine(new string(cs));
        Pair[] ps = new Pair[2]; Pair[] psrc = { new Pair { A = 1, B = 10 }, new Pair { A = 2, B = 20 } };
        for (long i = 0; i < 2; i++) ps[1 - i] = psrc[i];
        Console.WriteLine(ps[0] + " " + ps[1]);
        IntPtr idx = (IntPtr)2; ints[(long)idx] = 99; Console.WriteLine(ints[2]);
        try { long bad = 4; ints[bad] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRange store"); }
        try { long neg = -1; Console.WriteLine(ints[neg]); } catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRange load"); }
        // An index of 1L << 33 is left out: mono truncates it to int32 (element 0) where
        // Lucid throws IndexOutOfRangeException.
    }
}
