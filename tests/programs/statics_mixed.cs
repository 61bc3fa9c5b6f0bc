// Static fields of many kinds: primitives of every size, references, arrays,
// a struct without references, const and static readonly, statics of a
// struct type, static fields used as accumulators across calls, and statics
// shared between a base and derived class.
struct Pt { public int X; public long Y; }
class Base { public static int Shared; public int Read() { return Shared; } }
class Derived : Base { public void Write(int v) { Shared = v; } }
class S {
    public const int K = 12;
    public static readonly long Big = 1L << 50;
    public static byte B = 250; public static sbyte SB = -1; public static short Sh = -300; public static ushort US = 65000;
    public static uint U = 4000000000u; public static ulong UL = ulong.MaxValue; public static float F = 1.5f; public static double D = 2.25;
    public static bool Flag; public static char Ch = 'x';
    public static string Str = "s"; public static int[] Arr = new int[3];
    public static Pt Point;
    public static int Calls;
    public static int Next() { return ++Calls; }
}
struct HasStatic { public static int Count; public int V; public HasStatic(int v) { V = v; Count++; } }
class P {
    static int Main() {
        S.B += 10;
        if (S.B != 4) return 1;
        S.SB--; S.Sh *= 2; S.US += 1000;
        if (S.SB != -2 || S.Sh != -600 || S.US != 464) return 2;
        S.U += 300000000u;
        if (S.U != 5032704u) return 3;
        S.UL++;
        if (S.UL != 0) return 4;
        S.F *= 3; S.D /= 3;
        if (S.F != 4.5f || S.D != 0.75) return 5;
        S.Flag = !S.Flag; S.Ch++;
        if (!S.Flag || S.Ch != 'y') return 6;
        if ((object)S.Str == null || S.K != 12 || S.Big >> 50 != 1) return 7;
        S.Arr[1] = 5; S.Arr = new int[] { S.Arr[1], 6 };
        if (S.Arr.Length != 2 || S.Arr[0] != 5) return 8;
        S.Point.X = 3; S.Point.Y = S.Big;
        Pt copy = S.Point; copy.X = 100;
        if (S.Point.X != 3 || S.Point.Y != 1L << 50) return 9;
        for (int i = 0; i < 5; i++) S.Next();
        if (S.Calls != 5) return 10;
        new Derived().Write(77);
        if (new Base().Read() != 77 || Derived.Shared != 77) return 11;
        HasStatic a = new HasStatic(1), b = new HasStatic(2);
        if (HasStatic.Count != 2 || a.V + b.V != 3) return 12;
        return 0;
    }
}
