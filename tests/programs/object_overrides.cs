// Overriding System.Object's virtuals: ToString, Equals and GetHashCode on
// classes and structs, called through object references (virtual dispatch
// into user code), through a base class, and on boxed structs.
class Key {
    public int A;
    public Key(int a) { A = a; }
    public override bool Equals(object o) { Key k = o as Key; return k != null && k.A == A; }
    public override int GetHashCode() { return A * 7; }
    public override string ToString() { return "Key"; }
}
class SubKey : Key { public SubKey(int a) : base(a) { } public override string ToString() { return "SubKey"; } }
struct SKey {
    public int A;
    public override bool Equals(object o) { return o is SKey && ((SKey)o).A == A; }
    public override int GetHashCode() { return A + 1000; }
    public override string ToString() { return "SKey"; }
}
class P {
    static int Find(object[] table, object k) { for (int i = 0; i < table.Length; i++) if (table[i] != null && table[i].Equals(k)) return i; return -1; }
    static int Main() {
        object a = new Key(3), b = new Key(3), c = new SubKey(4);
        if (a == b) return 1;
        if (!a.Equals(b) || a.Equals(c) || a.Equals(null)) return 2;
        if (a.GetHashCode() != 21 || c.GetHashCode() != 28) return 3;
        if (!object.ReferenceEquals(a.ToString(), "Key")) return 4;
        if (!object.ReferenceEquals(c.ToString(), "SubKey")) return 5;
        Key kc = (Key)c;
        if (!object.ReferenceEquals(kc.ToString(), "SubKey")) return 6;
        SKey s = new SKey(); s.A = 5;
        object bs = s;
        if (bs.GetHashCode() != 1005) return 7;
        if (!object.ReferenceEquals(bs.ToString(), "SKey")) return 8;
        if (!object.ReferenceEquals(s.ToString(), "SKey")) return 9;   // constrained call, no box
        SKey t = new SKey(); t.A = 5;
        if (!s.Equals(t) || !bs.Equals(t)) return 10;
        object[] table = new object[4];
        table[0] = new Key(1); table[1] = bs; table[2] = new SubKey(9);
        if (Find(table, new Key(9)) != 2) return 11;
        if (Find(table, t) != 1) return 12;
        if (Find(table, new Key(2)) != -1) return 13;
        return 0;
    }
}
