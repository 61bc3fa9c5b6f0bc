// beforefieldinit types (static field initialisers, no explicit cctor): the
// initialiser must have run by the first static field access; static method
// calls that touch no fields must still see initialised values when they do.
// (When the initialiser runs is up to the runtime: mono runs it when the
// accessing method is compiled, so only the run count at the end is checked.)
class Counter { public static int Runs; public static int Mark(int v) { Runs++; return v; } }
class Lazy {
    public static int A = Counter.Mark(10);
    public static int B = A * 2;
    public static int[] Table = MakeTable();
    static int[] MakeTable() { int[] t = new int[5]; for (int i = 0; i < 5; i++) t[i] = i * i; return t; }
    public static int Sum() { int s = 0; foreach (int x in Table) s += x; return s; }
}
struct SV {
    public static int S = Counter.Mark(3);
    public int I;
}
class P {
    static int Main() {
        if (Lazy.B != 20) return 1;
        if (Lazy.A != 10) return 2;
        if (Lazy.Sum() != 30) return 3;
        SV v = new SV(); v.I = 4;
        if (SV.S + v.I != 7) return 5;
        if (Counter.Runs != 2) return 6;
        Lazy.A = 1;
        if (Lazy.A != 1 || Lazy.B != 20) return 7;
        if (Counter.Runs != 2) return 8;
        return 0;
    }
}
