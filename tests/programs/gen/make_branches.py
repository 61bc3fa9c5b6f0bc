import struct, math
from branches import gen
import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..") + "/"
I32MIN, I32MAX = -2**31, 2**31 - 1
I64MIN, I64MAX = -2**63, 2**63 - 1

def ld_i4(v): return [f"ldc.i4 {v}"]
def ld_i8(v): return [f"ldc.i8 {v}"]
def ld_i(v):
    return [f"ldc.i8 {v}", "conv.i"]
def bytes_of(fmt, v): return " ".join(f"{b:02X}" for b in struct.pack(fmt, v))
def ld_r8(v): return [f"ldc.r8 ({bytes_of('<d', v)})"]
def ld_r4(v): return [f"ldc.r4 ({bytes_of('<f', v)})"]

# int32
pairs = [(-1, 0), (0, -1), (5, 5), (I32MIN, I32MAX), (I32MAX, I32MIN), (-2, -3)]
extra = []
cases = [(0, False), (1, True), (-1, True), (I32MIN, True)]
k = 200
for v, truth in cases:
    for op in ("brtrue", "brfalse", "brtrue.s", "brfalse.s"):
        k += 1
        taken = truth if op.startswith("brtrue") else not truth
        extra += [f"    // case {k}: {op} {v} -> {int(taken)}", f"    ldc.i4 {v}", f"    {op} T{k}", "    ldc.i4.0", f"    br J{k}",
                  f"  T{k}: ldc.i4.1", f"  J{k}: ldc.i4.{int(taken)}", f"    beq.s OK{k}", f"    ldc.i4 {k}", "    ret", f"  OK{k}:"]
hdr = """// Every conditional branch on int32 operands, long and short forms: beq,
// bne.un, bge, bge.un, bgt, bgt.un, ble, ble.un, blt, blt.un over pairs
// with negative values and the int32 extremes, where signed and unsigned
// orderings disagree; then brtrue/brfalse (and .s) on 0, 1, -1 and
// int.MinValue. Each case pushes 0 or 1 from two paths that merge with a
// value on the stack and compares it with the expected outcome; a wrong
// case returns its number (cases 1-120 for the compares, 201-216 for
// brtrue/brfalse). Generated; the expected outcomes come from the
// ECMA-335 definitions and mono agrees."""
text, n = gen("il_branches_int32", hdr, ld_i4, pairs, lambda v: v % 2**32, "\n".join(extra))
open(P + "il_branches_int32.il", "w").write(text)

# int64
pairs = [(-1, 0), (0, -1), (7, 7), (I64MIN, I64MAX), (I64MAX, I64MIN), (-0x100000000, 0xFFFFFFFF)]
extra = []
k = 200
for v, truth in [(0, False), (0x100000000, True), (-1, True), (I64MIN, True)]:
    for op in ("brtrue", "brfalse.s"):
        k += 1
        taken = truth if op.startswith("brtrue") else not truth
        extra += [f"    // case {k}: {op} {v} -> {int(taken)}", f"    ldc.i8 {v}", f"    {op} T{k}", "    ldc.i4.0", f"    br J{k}",
                  f"  T{k}: ldc.i4.1", f"  J{k}: ldc.i4.{int(taken)}", f"    beq.s OK{k}", f"    ldc.i4 {k}", "    ret", f"  OK{k}:"]
hdr = """// Every conditional branch on int64 operands, long and short forms, over
// pairs where signed and unsigned 64-bit orderings disagree and where the
// low 32 bits alone would give the wrong answer (-2^32 against
// 0xFFFFFFFF); then brtrue/brfalse on int64 values whose low 32 bits are
// zero (2^32 must count as true). A wrong case returns its number.
// Generated; expected outcomes follow ECMA-335 and mono agrees."""
text, n = gen("il_branches_int64", hdr, ld_i8, pairs, lambda v: v % 2**64, "\n".join(extra))
open(P + "il_branches_int64.il", "w").write(text)

# native int, with an int32 second operand (sign-extended to native int)
pairs = [(-1, 0), (0, -1), (5, 5), (-2, -3), (0x100000000, 0), (-0x100000000, -1)]
extra = []
k = 200
for v, truth in [(0, False), (0x100000000, True), (-1, True)]:
    for op in ("brtrue.s", "brfalse"):
        k += 1
        taken = truth if op.startswith("brtrue") else not truth
        extra += [f"    // case {k}: {op} native {v} -> {int(taken)}", f"    ldc.i8 {v}", "    conv.i", f"    {op} T{k}", "    ldc.i4.0", f"    br J{k}",
                  f"  T{k}: ldc.i4.1", f"  J{k}: ldc.i4.{int(taken)}", f"    beq.s OK{k}", f"    ldc.i4 {k}", "    ret", f"  OK{k}:"]
hdr = """// Every conditional branch with a native int first operand and an int32
// second operand (III.1.5: the int32 is sign-extended to native int), long
// and short forms, including native values beyond 32 bits and negative
// int32 operands under the unsigned (.un) comparisons; then brtrue and
// brfalse on native ints. A wrong case returns its number. Generated;
// expected outcomes follow ECMA-335 and mono agrees."""
import branches
def gen_mixed():
    state = {"i": 0}
    def loads(v):
        state["i"] += 1
        return ld_i(v) if state["i"] % 2 == 1 else ld_i4(v)
    return loads
text, n = gen("il_branches_native", hdr, gen_mixed(), pairs, lambda v: v % 2**64, "\n".join(extra))
open(P + "il_branches_native.il", "w").write(text)

# F: float64 and float32 constants mixed, NaN, infinities, signed zeros
nan, inf = float("nan"), float("inf")
pairs = [(1.0, 2.0), (2.0, 1.0), (2.0, 2.0), (nan, 1.0), (1.0, nan), (nan, nan), (-0.0, 0.0), (-inf, inf)]
def gen_f():
    state = {"i": 0}
    def loads(v):
        state["i"] += 1
        return ld_r8(v) if state["i"] % 2 == 1 else ld_r4(v)
    return loads
hdr = """// Every conditional branch on F operands (an ldc.r8 value against an
// ldc.r4 value), long and short forms, with NaN on either or both sides:
// beq, bge, bgt, ble, blt do not branch when unordered, while bne.un,
// bge.un, bgt.un, ble.un, blt.un do; -0.0 equals 0.0; -inf < inf. A wrong
// case returns its number (1-160). Generated; expected outcomes follow
// ECMA-335 and mono agrees."""
text, n = gen("il_branches_float", hdr, gen_f(), pairs, None)
open(P + "il_branches_float.il", "w").write(text)
