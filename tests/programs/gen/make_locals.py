import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..") + "/"
N = 300
types = ["int32", "int64", "float64"]
def ty(i): return types[i % 3]
def st(i): return f"stloc.{i}" if i < 4 else (f"stloc.s {i}" if i < 256 else f"stloc {i}")
def ld(i): return f"ldloc.{i}" if i < 4 else (f"ldloc.s {i}" if i < 256 else f"ldloc {i}")
def lda(i): return f"ldarg.{i}" if i < 4 else (f"ldarg.s {i}" if i < 256 else f"ldarg {i}")
def sta(i): return f"starg.s {i}" if i < 256 else f"starg {i}"
L = ["""// 300 locals of mixed types (int32, int64, float64) reached with every
// encoding: ldloc.N/stloc.N, ldloc.s/stloc.s (indices up to 255) and the
// long forms ldloc/stloc with 16-bit indices 256-299; and a method with
// 300 int32 parameters read with ldarg.N, ldarg.s and ldarg <uint16>,
// written with starg.s and starg <uint16>. Every local and argument must
// keep its own value. A failing check returns its number. Generated.
.assembly extern mscorlib {}
.assembly il_many_locals {}
.class public P extends [mscorlib]System.Object {"""]
params = ", ".join(f"int32 a{i}" for i in range(N))
body = [f"  .method static int64 Sum300({params}) {{", "    .maxstack 8"]
# starg on a few high and low indices
body += [f"    {lda(299)}", "    ldc.i4 1000", "    mul", f"    {sta(299)}"]
body += [f"    {lda(5)}", "    ldc.i4 100", "    add", f"    {sta(5)}"]
body += ["    ldc.i8 0"]
for i in range(N):
    body += [f"    {lda(i)}", "    conv.i8", f"    ldc.i8 {i + 1}", "    mul", "    add"]
body += ["    ret", "  }"]
L += body
# Main
locs = ", ".join(f"{ty(i)} v{i}" for i in range(N))
M = ["  .method static int32 Main() {", "    .entrypoint", "    .maxstack 310", f"    .locals init ({locs}, int64 acc, float64 dacc)"]
for i in range(N):
    load = {"int32": f"ldc.i4 {i * 7}", "int64": f"ldc.i8 {i * 0x100000001}", "float64": f"ldc.r8 {i}.5"}[ty(i)]
    M += [f"    {load}", f"    {st(i)}"]
# sum the integers and the doubles
for i in range(N):
    if ty(i) == "float64":
        M += ["    ldloc 301", f"    {ld(i)}", "    add", "    stloc 301"]
    else:
        M += ["    ldloc 300", f"    {ld(i)}"] + (["    conv.i8"] if ty(i) == "int32" else []) + ["    add", "    stloc 300"]
exp_int = sum(i * 7 for i in range(N) if i % 3 == 0) + sum(i * 0x100000001 for i in range(N) if i % 3 == 1)
exp_f = sum(i + 0.5 for i in range(N) if i % 3 == 2)
checks = [
    ([f"ldloc 300"], f"ldc.i8 {exp_int}"),
    ([f"ldloc 301"], f"ldc.r8 {exp_f}"),
    ([ld(299)], f"ldc.r8 299.5"),
    ([ld(298)], f"ldc.i8 {298 * 0x100000001}"),
    ([ld(297)], f"ldc.i4 {297 * 7}"),
    ([ld(255)], f"ldc.i4 {255 * 7}"),
    ([ld(256)], f"ldc.i8 {256 * 0x100000001}"),
    ([ld(3)], f"ldc.i4 {3 * 7}"),
    ([ld(0)], "ldc.i4 0"),
    # overwrite one high local and check neighbours survive
    (["ldc.i4 -5", st(297), ld(297), ld(294), "add"], f"ldc.i4 {294 * 7 - 5}"),
    ([ld(296), ld(299), "add"], f"ldc.r8 {296 + 299 + 1.0}"),
]
args = []
for i in range(N):
    args.append(f"    ldc.i4 {i}")
args.append(f"    call int64 P::Sum300({', '.join(['int32'] * N)})")
exp_sum = sum(i * (i + 1) for i in range(N)) - 299 * 300 + 299 * 1000 * 300 + 100 * 6
for k, (code, want) in enumerate(checks, 1):
    M += [f"    // check {k}"] + ["    " + c for c in code] + [f"    {want}", f"    beq OK{k}", f"    ldc.i4 {k}", "    ret", f"  OK{k}:"]
k = len(checks) + 1
M += [f"    // check {k}"] + args + [f"    ldc.i8 {exp_sum}", f"    beq OK{k}", f"    ldc.i4 {k}", "    ret", f"  OK{k}:"]
M += ["    ldc.i4.0", "    ret", "  }", "}"]
L += M
open(P + "il_many_locals.il", "w").write("\n".join(L) + "\n")
