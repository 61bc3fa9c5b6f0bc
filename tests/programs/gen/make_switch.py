import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..") + "/"
N = 40
lines = []
lines.append("""// The switch instruction with 40 targets: every in-range value reaches
// its own case; values past the table (40, 1000, int.MaxValue) and
// negative values (read as unsigned, so out of range) fall through to the
// instruction after the switch; a switch with an empty table always falls
// through; several entries sharing one target; a switch whose cases leave
// a value on the stack for a common join. Also dup (of int32, int64 and
// F), starg and starg.s, ldarg.s and the long forms ldarg/starg with small
// indices, and nop. A failing check returns its number.
.assembly extern mscorlib {}
.assembly il_switch_dup_starg {}
.class public P extends [mscorlib]System.Object {""")
# Big(x): case i returns i*3+1, default returns -1
body = ["  .method static int32 Big(int32 x) {", "    ldarg.0", "    switch (" + ", ".join(f"C{i}" for i in range(N)) + ")", "    ldc.i4.m1", "    ret"]
for i in range(N):
    body += [f"  C{i}: ldc.i4 {i * 3 + 1}", "    ret"]
body.append("  }")
lines += body
lines.append("""  .method static int32 Empty(int32 x) {
    ldarg.0
    switch ()
    ldc.i4 77
    ret
  }
  // Entries 0, 2, 4 share a target; 1 and 3 share another; the join has a value pushed by every path.
  .method static int32 Shared(int32 x) {
    ldc.i4 1000
    ldarg.0
    switch (EVEN, ODD, EVEN, ODD, EVEN)
    ldc.i4 3
    br JOIN
  EVEN: ldc.i4 1
    br JOIN
  ODD: ldc.i4 2
  JOIN: add
    ret
  }
  // Falls into the case after the default: the default's code is the next instruction.
  .method static int32 FallThrough(int32 x) {
    .locals init (int32 r)
    ldarg.0
    switch (A, B)
    ldloc.0 ldc.i4 100 add stloc.0
  A: ldloc.0 ldc.i4 10 add stloc.0
  B: ldloc.0 ldc.i4 1 add stloc.0
    ldloc.0
    ret
  }
  .method static int64 DupAdd(int64 x) { ldarg.0 dup add ret }
  .method static float64 DupMul(float64 x) { ldarg.0 dup mul ret }
  .method static int32 DupStore(int32 x) {
    .locals init (int32 a, int32 b)
    ldarg.0 ldc.i4.1 add dup stloc.0 dup stloc.1 ldloc.0 add ldloc.1 add
    ret
  }
  // starg.s and starg rewrite arguments; ldarg.s and ldarg (long form) read them back.
  .method static int32 Args(int32 a, int32 b, int32 c, int32 d, int32 e) {
    ldarg.s a ldc.i4 10 mul starg.s a
    ldarg 4 ldc.i4 2 add starg 4
    ldarg.s e starg.s b
    nop
    ldarg.s 0 ldarg.s 1 add ldarg 2 add ldarg.3 add ldarg.s e add
    ret
  }
  // A loop over the argument itself: starg as the loop variable.
  .method static int32 CountDown(int32 n) {
    .locals init (int32 steps)
  TOP: ldarg.0 brfalse.s DONE
    ldarg.0 ldc.i4.1 sub starg.s n
    ldloc.0 ldc.i4.1 add stloc.0
    br.s TOP
  DONE: ldloc.0 ret
  }
  .method static int32 Main() {
    .entrypoint
    .maxstack 8
    .locals init (int32 i, int32 sum)
  LOOP: ldloc.0 ldc.i4 40 bge.s AFTER
    ldloc.0 call int32 P::Big(int32)
    ldloc.0 ldc.i4.3 mul ldc.i4.1 add
    beq.s NEXT
    ldc.i4 1 ret
  NEXT: ldloc.0 ldc.i4.1 add stloc.0 br.s LOOP
  AFTER:""")
checks = [
    ("ldc.i4 40 call int32 P::Big(int32)", "ldc.i4.m1"),
    ("ldc.i4 1000 call int32 P::Big(int32)", "ldc.i4.m1"),
    ("ldc.i4 0x7FFFFFFF call int32 P::Big(int32)", "ldc.i4.m1"),
    ("ldc.i4.m1 call int32 P::Big(int32)", "ldc.i4.m1"),
    ("ldc.i4 0x80000000 call int32 P::Big(int32)", "ldc.i4.m1"),
    ("ldc.i4 39 call int32 P::Big(int32)", "ldc.i4 118"),
    ("ldc.i4.0 call int32 P::Empty(int32)", "ldc.i4 77"),
    ("ldc.i4.m1 call int32 P::Empty(int32)", "ldc.i4 77"),
    ("ldc.i4.0 call int32 P::Shared(int32)", "ldc.i4 1001"),
    ("ldc.i4.3 call int32 P::Shared(int32)", "ldc.i4 1002"),
    ("ldc.i4.4 call int32 P::Shared(int32)", "ldc.i4 1001"),
    ("ldc.i4.5 call int32 P::Shared(int32)", "ldc.i4 1003"),
    ("ldc.i4.0 call int32 P::FallThrough(int32)", "ldc.i4 11"),
    ("ldc.i4.1 call int32 P::FallThrough(int32)", "ldc.i4 1"),
    ("ldc.i4.2 call int32 P::FallThrough(int32)", "ldc.i4 111"),
    ("ldc.i8 0x100000001 call int64 P::DupAdd(int64)", "ldc.i8 0x200000002"),
    ("ldc.r8 1.5 call float64 P::DupMul(float64)", "ldc.r8 2.25"),
    ("ldc.i4 4 call int32 P::DupStore(int32)", "ldc.i4 15"),
    ("ldc.i4 1 ldc.i4 2 ldc.i4 3 ldc.i4 4 ldc.i4 5 call int32 P::Args(int32, int32, int32, int32, int32)", "ldc.i4 31"),
    ("ldc.i4 1000 call int32 P::CountDown(int32)", "ldc.i4 1000"),
    ("ldc.i4 7 dup dup mul mul", "ldc.i4 343"),
]
for k, (code, want) in enumerate(checks, 2):
    lines.append(f"    // check {k}\n    {code}\n    {want}\n    beq OK{k}\n    ldc.i4 {k}\n    ret\n  OK{k}:")
lines.append("    ldc.i4.0\n    ret\n  }\n}")
open(P + "il_switch_dup_starg.il", "w").write("\n".join(lines) + "\n")
