// Enums: [Flags] combinations with |, &, ^ and ~, HasFlag-free membership
// tests, enums of byte/short/long/ulong underlying types, arithmetic and
// comparison on enum values, switch over an enum, and enum fields in classes.
using System;
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = Read | Write | Exec }
enum Small : byte { A = 1, B = 255 }
enum Wide : ulong { Top = 0x8000000000000000UL, Low = 1 }
enum Neg : short { M = -5, Z = 0 }
enum Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun }
class File { public Perm Mode = Perm.Read; public Day Created = Day.Wed; }
class P {
    static int Score(Day d) {
        switch (d) {
            case Day.Sat: case Day.Sun: return 100;
            case Day.Fri: return 10;
            default: return 1;
        }
    }
    static int Main() {
        Perm p = Perm.Read | Perm.Exec;
        if ((int)p != 5) return 1;
        if ((p & Perm.Write) != 0) return 2;
        if ((p & Perm.Exec) != Perm.Exec) return 3;
        p |= Perm.Write;
        if (p != Perm.All) return 4;
        p &= ~Perm.Read;
        if (p != (Perm.Write | Perm.Exec)) return 5;
        p ^= Perm.All;
        if (p != Perm.Read) return 6;
        if ((~Perm.None & Perm.All) != Perm.All) return 7;
        Small s = Small.B;
        s++;
        if ((byte)s != 0) return 8;
        Wide w = Wide.Top | Wide.Low;
        if ((ulong)w != 0x8000000000000001UL) return 9;
        if (w < Wide.Top) return 10;
        Neg n = Neg.M;
        if (n >= Neg.Z || (short)n != -5) return 11;
        Day d = Day.Mon;
        int total = 0;
        for (; d <= Day.Sun; d++) total += Score(d);
        if (total != 4 + 10 + 200) return 12;
        if (Day.Sun - Day.Tue != 5) return 13;
        if (Day.Mon + 3 != Day.Thu) return 14;
        File f = new File();
        f.Mode |= Perm.Write;
        f.Created = (Day)(((int)f.Created + 5) % 7);
        if (f.Mode != (Perm.Read | Perm.Write) || f.Created != Day.Mon) return 15;
        Perm[] ps = new Perm[3]; ps[1] = Perm.Exec; ps[2] = ps[1] | Perm.Read;
        int bits = 0; foreach (Perm q in ps) bits += (int)q;
        if (bits != 9) return 16;
        return 0;
    }
}
