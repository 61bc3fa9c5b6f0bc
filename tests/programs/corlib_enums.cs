using System;
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = Read | Write | Exec }
enum Color : byte { Red = 1, Green = 2, Blue = 4 }
class Enums {
    static void Main() {
        Console.WriteLine(Color.Green + " " + (int)Color.Blue + " " + (Color)2 + " " + (Color)3);
        Console.WriteLine(Perm.Read | Perm.Write);
        Console.WriteLine(Perm.All + " " + (Perm)0 + " " + (Perm)8);
        Console.WriteLine(Enum.Parse(typeof(Color), "Blue") + " " + (Color)Enum.Parse(typeof(Color), "red", true));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Color))) + " " + Enum.GetValues(typeof(Perm)).Length);
        Console.WriteLine((Perm.All).HasFlag(Perm.Exec) + " " + Enum.IsDefined(typeof(Color), (byte)3));
        Color c;
        Console.WriteLine(Enum.TryParse("Green", out c) + " " + c + " " + Color.Red.CompareTo(Color.Blue));
        Console.WriteLine(Color.Blue.ToString("D") + " " + Perm.Write.ToString("X") + " " + Enum.GetUnderlyingType(typeof(Color)));
        object boxed = Color.Red;
        Console.WriteLine(boxed is Enum ? "enum" : "no");
        switch (c) { case Color.Green: Console.WriteLine("green!"); break; default: Console.WriteLine("other"); break; }
    }
}
