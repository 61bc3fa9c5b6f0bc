// A small expression evaluator: an abstract Expr with virtual Eval and
// Simplify overridden by Num, Var, Add, Mul, Neg and Let; a recursive-
// descent parser over a char[] (no string methods), evaluation with an
// environment array, and constant folding checked by re-evaluation.
abstract class Expr {
    public abstract long Eval(long[] env);
    public virtual Expr Simplify() { return this; }
    public abstract int Size();
}
class Num : Expr { public long V; public Num(long v) { V = v; } public override long Eval(long[] e) { return V; } public override int Size() { return 1; } }
class Var : Expr { public int I; public Var(int i) { I = i; } public override long Eval(long[] e) { return e[I]; } public override int Size() { return 1; } }
abstract class Bin : Expr {
    public Expr L, R;
    protected Bin(Expr l, Expr r) { L = l; R = r; }
    protected abstract long Op(long a, long b);
    protected abstract Bin Make(Expr l, Expr r);
    public override long Eval(long[] e) { return Op(L.Eval(e), R.Eval(e)); }
    public override int Size() { return 1 + L.Size() + R.Size(); }
    public override Expr Simplify() {
        Expr l = L.Simplify(), r = R.Simplify();
        Num nl = l as Num, nr = r as Num;
        if (nl != null && nr != null) return new Num(Op(nl.V, nr.V));
        return Make(l, r);
    }
}
class Add : Bin { public Add(Expr l, Expr r) : base(l, r) { } protected override long Op(long a, long b) { return a + b; } protected override Bin Make(Expr l, Expr r) { return new Add(l, r); } }
class Mul : Bin {
    public Mul(Expr l, Expr r) : base(l, r) { }
    protected override long Op(long a, long b) { return a * b; }
    protected override Bin Make(Expr l, Expr r) { return new Mul(l, r); }
    public override Expr Simplify() { Expr s = base.Simplify(); Mul m = s as Mul; if (m != null && m.L is Num && ((Num)m.L).V == 0) return new Num(0); return s; }
}
class Neg : Expr { public Expr E; public Neg(Expr e) { E = e; } public override long Eval(long[] env) { return -E.Eval(env); } public override int Size() { return 1 + E.Size(); } }
class Parser {
    char[] s; int p;
    public Parser(char[] s) { this.s = s; }
    char Peek() { return p < s.Length ? s[p] : '\0'; }
    public Expr Sum() { Expr e = Prod(); while (Peek() == '+' || Peek() == '-') { char op = s[p++]; Expr r = Prod(); e = op == '+' ? (Expr)new Add(e, r) : new Add(e, new Neg(r)); } return e; }
    Expr Prod() { Expr e = Atom(); while (Peek() == '*') { p++; e = new Mul(e, Atom()); } return e; }
    Expr Atom() {
        char c = s[p];
        if (c == '(') { p++; Expr e = Sum(); p++; return e; }
        if (c == '-') { p++; return new Neg(Atom()); }
        if (c >= 'a' && c <= 'z') { p++; return new Var(c - 'a'); }
        long v = 0; while (Peek() >= '0' && Peek() <= '9') v = v * 10 + (s[p++] - '0');
        return new Num(v);
    }
}
class P {
    static Expr Parse(char[] c) { return new Parser(c).Sum(); }
    static char[] C(char a, char b, char c, char d, char e, char f, char g, char h, char i) { char[] r = new char[9]; r[0]=a; r[1]=b; r[2]=c; r[3]=d; r[4]=e; r[5]=f; r[6]=g; r[7]=h; r[8]=i; return r; }
    static int Main() {
        long[] env = new long[26]; env[0] = 5; env[1] = -3; env[23] = 10;
        Expr e1 = Parse(C('(', '2', '+', '3', ')', '*', 'a', '-', 'b'));   // (2+3)*a-b = 28
        if (e1.Eval(env) != 28) return 1;
        Expr e2 = Parse(C('1', '2', '*', '(', 'x', '+', '1', ')', '\0'));  // 12*(x+1) = 132
        if (e2.Eval(env) != 132) return 2;
        Expr e3 = Parse(C('2', '*', '3', '*', '4', '+', '-', '5', '\0')); // 19
        if (e3.Eval(env) != 19) return 3;
        Expr s3 = e3.Simplify();
        if (e3.Size() != 8 || s3.Size() != 4) return 4;   // 2*3*4 folds, -5 stays Neg
        if (s3.Eval(env) != 19) return 5;
        Expr z = new Mul(new Add(new Num(1), new Num(-1)), new Var(0)).Simplify();
        if (!(z is Num) || z.Eval(env) != 0) return 6;
        Expr s1 = e1.Simplify();
        if (!(s1 is Add) || s1.Eval(env) != 28 || s1.Size() != 6) return 7;
        Expr big = new Num(1);
        for (int i = 0; i < 200; i++) big = new Add(big, new Mul(new Var(0), new Num(i)));
        if (big.Eval(env) != 1 + 5 * 19900) return 8;
        if (big.Size() != 1 + 200 * 4) return 9;
        return 0;
    }
}
