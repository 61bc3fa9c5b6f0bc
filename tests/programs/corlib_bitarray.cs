using System;
using System.Collections;
class Bits {
    static string S(BitArray b) { var c = new char[b.Length]; for (int i = 0; i < b.Length; i++) c[i] = b[i] ? '1' : '0'; return new string(c); }
    static void Main() {
        var a = new BitArray(10);
        a[1] = a[3] = a[9] = true;
        var b = new BitArray(new[] { true, true, false, false, true, false, true, false, false, true });
        Console.WriteLine(S(a) + " " + S(b) + " " + a.Count + " " + a.Get(3));
        Console.WriteLine(S(new BitArray(a).And(b)) + " " + S(new BitArray(a).Or(b)) + " " + S(new BitArray(a).Xor(b)) + " " + S(new BitArray(a).Not()));
        var bytes = new BitArray(new byte[] { 0xA5, 0x01 });
        Console.WriteLine(S(bytes) + " " + bytes.Length);
        var ints = new BitArray(new[] { -1, 5 });
        Console.WriteLine(ints.Length + " " + ints[31] + " " + ints[32] + " " + ints[33] + " " + ints[34]);
        a.Length = 12; a[11] = true;
        Console.WriteLine(S(a));
        a.SetAll(false); a.Set(0, true);
        Console.WriteLine(S(a));
        var back = new int[1];
        new BitArray(new[] { true, false, true, true }).CopyTo(back, 0);
        Console.WriteLine(back[0]);
        var sieve = new BitArray(50, true);
        sieve[0] = sieve[1] = false;
        for (int i = 2; i * i < 50; i++) if (sieve[i]) for (int j = i * i; j < 50; j += i) sieve[j] = false;
        var primes = new System.Collections.Generic.List<int>();
        for (int i = 0; i < 50; i++) if (sieve[i]) primes.Add(i);
        Console.WriteLine(string.Join(",", primes));
        int count = 0; foreach (bool bit in b) if (bit) count++;
        Console.WriteLine(count);
        try { new BitArray(3).And(new BitArray(4)); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(b[10]); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE"); }
    }
}
