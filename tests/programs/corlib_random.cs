using System;
class Rand {
    static void Main() {
        var r = new Random(12345);
        for (int i = 0; i < 5; i++) Console.Write(r.Next() + " ");
        Console.WriteLine();
        for (int i = 0; i < 10; i++) Console.Write(r.Next(100) + " ");
        Console.WriteLine();
        for (int i = 0; i < 10; i++) Console.Write(r.Next(-5, 5) + " ");
        Console.WriteLine();
        for (int i = 0; i < 3; i++) Console.Write(r.NextDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " ");
        Console.WriteLine();
        var bytes = new byte[8];
        r.NextBytes(bytes);
        Console.WriteLine(BitConverter.ToString(bytes));
        var a = new Random(42); var b = new Random(42);
        bool same = true;
        for (int i = 0; i < 1000; i++) if (a.Next() != b.Next()) same = false;
        Console.WriteLine("same sequence " + same);
        Console.WriteLine(new Random(0).Next() + " " + new Random(-1).Next() + " " + new Random(int.MaxValue).Next(1000) + " " + new Random(int.MinValue).Next(1000));
        var unseeded = new Random();
        int v = unseeded.Next(10);
        Console.WriteLine(v >= 0 && v < 10);
        int[] deck = new int[10];
        for (int i = 0; i < 10; i++) deck[i] = i;
        var sh = new Random(7);
        for (int i = deck.Length - 1; i > 0; i--) { int j = sh.Next(i + 1); int t = deck[i]; deck[i] = deck[j]; deck[j] = t; }
        Console.WriteLine(string.Join(",", deck));
        try { r.Next(5, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        try { r.Next(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        Console.WriteLine(r.Next(0) + " " + r.Next(3, 3));
    }
}
