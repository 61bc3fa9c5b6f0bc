using System;
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }
[Flags] enum Big : ulong { Low = 1, High = 0x8000000000000000 }
enum Color : byte { Red = 1, Green = 2, Blue = 4 }
enum Signed : short { Neg = -5, Zero = 0, Pos = 5 }
class FlagsEnum {
    static void Main() {
        Perm p = Perm.Read | Perm.Exec;
        Console.WriteLine(p + " | " + (Perm.Read | Perm.Write) + " | " + Perm.All + " | " + Perm.None + " | " + (Perm)8 + " | " + (Perm)9);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write) + " " + p.HasFlag(Perm.None) + " " + ((p & Perm.Exec) != 0));
        Console.WriteLine(p.ToString("D") + " " + p.ToString("X") + " " + p.ToString("G") + " " + p.ToString("F") + " " + Perm.All.ToString("d"));
        Console.WriteLine((Color)3 + " " + ((Color)3).ToString("F") + " " + Color.Blue.ToString("X") + " " + (Color)0);
        Console.WriteLine(Signed.Neg + " " + (Signed)(-5) + " " + Signed.Neg.ToString("D") + " " + Signed.Neg.ToString("X") + " " + (Signed)3);
        Console.WriteLine((Big.Low | Big.High) + " " + Big.High.ToString("D") + " " + Big.High.ToString("X"));
        Console.WriteLine(Enum.Parse(typeof(Perm), "Read, Write") + " " + Enum.Parse(typeof(Perm), "5") + " " + Enum.Parse(typeof(Perm), "exec", true) + " " + (Perm)Enum.Parse(typeof(Perm), " Write , Exec "));
        Perm parsed;
        Console.WriteLine(Enum.TryParse("Read,Exec", out parsed) + " " + parsed + " " + Enum.TryParse("Bogus", out parsed) + " " + Enum.TryParse("WRITE", true, out parsed) + " " + parsed);
        try { Enum.Parse(typeof(Color), "Purple"); } catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Perm))) + " " + string.Join(",", (int[])Enum.GetValues(typeof(Perm))));
        Console.WriteLine(Enum.GetName(typeof(Color), 2) + " " + (Enum.GetName(typeof(Color), 3) == null) + " " + Enum.IsDefined(typeof(Perm), 3) + " " + Enum.IsDefined(typeof(Perm), 8) + " " + Enum.IsDefined(typeof(Perm), "Exec"));
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Color)).Name + " " + Enum.GetUnderlyingType(typeof(Big)).Name + " " + typeof(Perm).IsEnum + " " + typeof(Perm).IsDefined(typeof(FlagsAttribute), false));
        Console.WriteLine(Enum.ToObject(typeof(Perm), 6) + " " + Enum.Format(typeof(Perm), 3, "G") + " " + Enum.Format(typeof(Color), (byte)4, "D"));
        Console.WriteLine(Perm.Write.CompareTo(Perm.Read) + " " + Perm.Write.Equals(Perm.Write) + " " + Perm.Write.Equals(2) + " " + Perm.Write.GetHashCode() + " " + Perm.Write.GetTypeCode() + " " + Color.Red.GetTypeCode());
        var vals = (Perm[])Enum.GetValues(typeof(Perm));
        Array.Sort(vals, (a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(" ", vals));
        Console.WriteLine((int)(Perm.All & ~Perm.Write) + " " + (Perm.All ^ Perm.Read) + " " + (Color.Red < Color.Blue) + " " + (Perm)(object)3);
        object boxed = Color.Green;
        Console.WriteLine(boxed is Enum ? "enum " + ((Enum)boxed).ToString() : "no");
        object perms = new[] { Perm.Write, Perm.Exec };
        Console.WriteLine((perms is int[]) + " " + (perms is uint[]) + " " + (perms is System.Collections.Generic.IList<int>) + " " + (perms is System.Collections.Generic.IEnumerable<uint>) + " " + (perms is System.Collections.Generic.IList<long>) + " " + (new int[0] is System.Collections.Generic.IList<Perm>));
        var asInts = (System.Collections.Generic.IList<int>)perms;
        Console.WriteLine(asInts[1] + " " + asInts.Count + " " + asInts.IndexOf(2) + " " + string.Join("+", (System.Collections.Generic.IEnumerable<uint>)perms));
        switch (p) { case Perm.Read | Perm.Exec: Console.WriteLine("switch matched"); break; default: Console.WriteLine("no match"); break; }
    }
}
