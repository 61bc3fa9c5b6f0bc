// Interpreter for a tiny stack language: instruction objects with a virtual
// Execute, labels and conditional jumps, calls with a return stack; runs
// factorial, gcd and a sum-of-primes program.
using System;
class VmError : Exception { public int Pc; public VmError(int pc) { Pc = pc; } }
class Machine {
    public long[] Stack = new long[64]; public int Sp;
    public int[] Ret = new int[32]; public int Rp;
    public long[] Vars = new long[8];
    public int Pc; public int Steps; public bool Halted;
    public void Push(long v) { if (Sp == Stack.Length) throw new VmError(Pc); Stack[Sp++] = v; }
    public long Pop() { if (Sp == 0) throw new VmError(Pc); return Stack[--Sp]; }
}
abstract class Instr {
    public abstract void Execute(Machine m);
    public virtual int Cost { get { return 1; } }
}
class Lit : Instr { long v; public Lit(long v) { this.v = v; } public override void Execute(Machine m) { m.Push(v); } }
class Load : Instr { int i; public Load(int i) { this.i = i; } public override void Execute(Machine m) { m.Push(m.Vars[i]); } }
class Store : Instr { int i; public Store(int i) { this.i = i; } public override void Execute(Machine m) { m.Vars[i] = m.Pop(); } }
abstract class BinOp : Instr {
    protected abstract long Apply(long a, long b);
    public override void Execute(Machine m) { long b = m.Pop(), a = m.Pop(); m.Push(Apply(a, b)); }
}
class Add : BinOp { protected override long Apply(long a, long b) { return a + b; } }
class Sub : BinOp { protected override long Apply(long a, long b) { return a - b; } }
class Mul : BinOp { protected override long Apply(long a, long b) { return a * b; } public override int Cost { get { return 3; } } }
class Mod : BinOp { protected override long Apply(long a, long b) { return a % b; } public override int Cost { get { return 5; } } }
class Lt : BinOp { protected override long Apply(long a, long b) { return a < b ? 1 : 0; } }
class Dup : Instr { public override void Execute(Machine m) { long v = m.Pop(); m.Push(v); m.Push(v); } }
class Jmp : Instr { protected int t; public Jmp(int t) { this.t = t; } public override void Execute(Machine m) { m.Pc = t; } }
class Jz : Jmp { public Jz(int t) : base(t) {} public override void Execute(Machine m) { if (m.Pop() == 0) m.Pc = t; } }
class Call : Jmp { public Call(int t) : base(t) {} public override void Execute(Machine m) { m.Ret[m.Rp++] = m.Pc; m.Pc = t; } }
class Ret : Instr { public override void Execute(Machine m) { m.Pc = m.Ret[--m.Rp]; } }
class Halt : Instr { public override void Execute(Machine m) { m.Halted = true; } }
class Program {
    Instr[] code = new Instr[64]; public int Len;
    public Program Emit(Instr i) { code[Len++] = i; return this; }
    public long Run(Machine m, int limit) {
        int cost = 0;
        while (!m.Halted) {
            if (m.Pc >= Len || m.Steps >= limit) throw new VmError(m.Pc);
            Instr i = code[m.Pc++];
            i.Execute(m);
            m.Steps++; cost += i.Cost;
        }
        m.Vars[7] = cost;
        return m.Pop();
    }
}
class P {
    static int Main() {
        // factorial(15): v0 = n, v1 = acc
        Program f = new Program();
        f.Emit(new Lit(15)).Emit(new Store(0)).Emit(new Lit(1)).Emit(new Store(1))
         .Emit(new Lit(0)).Emit(new Load(0)).Emit(new Lt()).Emit(new Jz(17))          // 4..7: while 0 < n
         .Emit(new Load(1)).Emit(new Load(0)).Emit(new Mul()).Emit(new Store(1))      // 8..11
         .Emit(new Load(0)).Emit(new Lit(1)).Emit(new Sub()).Emit(new Store(0))       // 12..15
         .Emit(new Jmp(4))                                                            // 16
         .Emit(new Load(1)).Emit(new Halt());                                         // 17, 18
        Machine m = new Machine();
        if (f.Run(m, 10000) != 1307674368000L) return 1;
        if (m.Steps != 4 + 15 * 13 + 4 + 2) return 2;
        if (m.Vars[7] != m.Steps + 15 * 2) return 3;
        // gcd(1071, 462) by subroutine: 0: call 4, halt ; 4: loop
        Program g = new Program();
        g.Emit(new Lit(1071)).Emit(new Lit(462)).Emit(new Call(4)).Emit(new Halt())
         .Emit(new Dup()).Emit(new Jz(13))                                            // 4,5: if b == 0 goto done
         .Emit(new Dup()).Emit(new Store(2)).Emit(new Mod())                          // 6..8: a % b
         .Emit(new Load(2)).Emit(new Store(3)).Emit(new Store(4)).Emit(new Jmp(14))   // 9..12 (swap via vars)
         .Emit(new Jmp(18))                                                           // 13
         .Emit(new Load(3)).Emit(new Load(4)).Emit(new Jmp(4)).Emit(new Halt())       // 14..17
         .Emit(new Store(5)).Emit(new Ret());                                         // 18,19: drop 0, return a
        Machine m2 = new Machine();
        if (g.Run(m2, 1000) != 21) return 4;
        if (m2.Rp != 0 || m2.Sp != 0) return 5;
        // sum of primes below 200 by trial division: v0 = n, v1 = d, v2 = sum
        Program s = new Program();
        s.Emit(new Lit(2)).Emit(new Store(0)).Emit(new Lit(0)).Emit(new Store(2))     // 0..3
         .Emit(new Load(0)).Emit(new Lit(200)).Emit(new Lt()).Emit(new Jz(37))        // 4..7
         .Emit(new Lit(2)).Emit(new Store(1))                                         // 8,9
         .Emit(new Load(1)).Emit(new Load(1)).Emit(new Mul()).Emit(new Load(0))       // 10..13: d*d
         .Emit(new Lit(1)).Emit(new Add()).Emit(new Lt()).Emit(new Jz(28))            // 14..17: d*d < n+1
         .Emit(new Load(0)).Emit(new Load(1)).Emit(new Mod()).Emit(new Jz(32))        // 18..21: n % d == 0 -> not prime
         .Emit(new Load(1)).Emit(new Lit(1)).Emit(new Add()).Emit(new Store(1)).Emit(new Jmp(10)) // 22..26
         .Emit(new Halt())                                                            // 27 (unused)
         .Emit(new Load(2)).Emit(new Load(0)).Emit(new Add()).Emit(new Store(2))      // 28..31: prime
         .Emit(new Load(0)).Emit(new Lit(1)).Emit(new Add()).Emit(new Store(0)).Emit(new Jmp(4)); // 32..36
        s.Emit(new Load(2)).Emit(new Halt());
        Machine m3 = new Machine();
        if (s.Run(m3, 100000) != 4227) return 6;                                     // 37, 38
        if (m3.Vars[0] != 200 || m3.Sp != 0) return 7;
        Program s2 = new Program();
        // stack underflow is reported with its pc
        s2.Emit(new Lit(1)).Emit(new Add());
        Machine m4 = new Machine();
        try { s2.Run(m4, 10); return 8; } catch (VmError e) { if (e.Pc != 2) return 9; }
        // runaway loop hits the step limit
        Program inf = new Program(); inf.Emit(new Jmp(0));
        try { inf.Run(new Machine(), 500); return 10; } catch (VmError e) { if (e.Pc != 0) return 11; }
        return 0;
    }
}
