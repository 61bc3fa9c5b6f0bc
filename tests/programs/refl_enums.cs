// Enum.GetValues/GetNames/ToString/Parse/HasFlag/IsDefined/GetName.
using System;
enum Color { Red, Green = 5, Blue, Black = -1 }
[Flags] enum Perm : byte { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }
enum Big : long { Small = 1, Huge = 1L << 40 }
enum UShortE : ushort { A = 1, B = 65535 }
class P {
  static int Main() {
    foreach (Color c in Enum.GetValues(typeof(Color))) Console.Write(c + "=" + (int)c + " ");
    Console.WriteLine();
    Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Perm))));
    Console.WriteLine(Color.Green.ToString() + " " + ((Color)7).ToString() + " " + Color.Black);
    Console.WriteLine((Perm.Read | Perm.Write).ToString() + " " + Perm.All + " " + (Perm)0 + " " + (Perm)8);
    Console.WriteLine(Enum.Parse(typeof(Color), "Blue") + " " + (int)Enum.Parse(typeof(Color), "blue", true));
    Console.WriteLine(Enum.Parse(typeof(Perm), "Read, Exec"));
    Console.WriteLine(Enum.Parse(typeof(Color), "5"));
    Color parsed; Console.WriteLine(Enum.TryParse("Red", out parsed) + " " + parsed);
    Console.WriteLine(Enum.TryParse("Purple", out parsed));
    try { Enum.Parse(typeof(Color), "Purple"); } catch (ArgumentException e) { Console.WriteLine("bad: " + e.GetType().Name); }
    Console.WriteLine((Perm.All).HasFlag(Perm.Write) + " " + Perm.Read.HasFlag(Perm.Write));
    Console.WriteLine(Enum.IsDefined(typeof(Color), 6) + " " + Enum.IsDefined(typeof(Color), 7) + " " + Enum.IsDefined(typeof(Color), "Red"));
    Console.WriteLine(Enum.GetName(typeof(Color), 5));
    Console.WriteLine(Enum.GetUnderlyingType(typeof(Perm)) + " " + Enum.GetUnderlyingType(typeof(Big)));
    Console.WriteLine(Big.Huge + " " + (long)Big.Huge + " " + UShortE.B);
    Console.WriteLine(Color.Blue.ToString("D") + " " + Color.Blue.ToString("X") + " " + Perm.All.ToString("F"));
    Console.WriteLine(Color.Green.CompareTo(Color.Blue) + " " + Color.Green.Equals(Color.Green) + " " + Color.Red.GetHashCode());
    Console.WriteLine(Enum.ToObject(typeof(Color), 6));
    Console.WriteLine(Enum.Format(typeof(Perm), (byte)3, "G"));
    object o = Color.Blue; Console.WriteLine(o is Enum);
    return 0;
  }
}
