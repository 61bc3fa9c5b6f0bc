// EqualityComparer<E>.Default for enums of every underlying type: corlib's
// EnumEqualityComparer reads the value as an int or long through
// Array.UnsafeMov, which mono's JIT turns into a move (a uint enum read as
// an int would not unbox). Hash codes match the underlying type's.
using System;
using System.Collections.Generic;

enum B : byte { X = 200 }
enum SB : sbyte { X = -5 }
enum S : short { X = -300 }
enum US : ushort { X = 60000 }
enum I : int { X = -7 }
enum UI : uint { X = 4000000000, Y = 1 }
enum L : long { X = -9000000000 }
enum UL : ulong { X = 18000000000000000000 }

static class Program {
    static void Show<T>(T value) {
        var comparer = EqualityComparer<T>.Default;
        Console.WriteLine(typeof(T).Name + " " + comparer.GetHashCode(value) + " " + comparer.Equals(value, value) + " " +
                          comparer.Equals(value, default(T)));
    }

    static void Main() {
        Show(B.X);
        Show(SB.X);
        Show(S.X);
        Show(US.X);
        Show(I.X);
        Show(UI.X);
        Show(L.X);
        Show(UL.X);
        var counts = new Dictionary<UI, int>();
        counts[UI.X] = 1;
        counts[UI.Y] = 2;
        counts[UI.X] += 10;
        Console.WriteLine(counts[UI.X] + " " + counts[UI.Y] + " " + counts.ContainsKey((UI)5));
        Console.WriteLine(UI.X.GetHashCode() == ((uint)UI.X).GetHashCode());
    }
}
