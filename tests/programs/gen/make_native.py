from checks import *
import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..") + "/"
c = []
def add(code, kind, e): c.append((code, kind, e))
def n(v): return [f"ldc.i8 {v}", "conv.i"]
# arithmetic, native with native and with an int32 second operand
add(n(0x100000000) + n(5) + ["add"], "i", 0x100000005)
add(n(0x100000000) + ["ldc.i4 -1", "add"], "i", 0xFFFFFFFF)
add(["ldc.i4 7"] + n(0x100000000) + ["add"], "i", 0x100000007)
add(n(0x100000000) + ["ldc.i4 1", "sub"], "i", 0xFFFFFFFF)
add(n(0x100000000) + ["ldc.i4 -2", "mul"], "i", -0x200000000)
add(["ldc.i4 3"] + n(0x100000000) + ["mul"], "i", 0x300000000)
add(n(-10) + ["ldc.i4 3", "div"], "i", -3)
add(n(-10) + ["ldc.i4 3", "rem"], "i", -1)
add(n(-1) + ["ldc.i4 2", "div.un"], "i", 0x7FFFFFFFFFFFFFFF)
add(n(-1) + ["ldc.i4 10", "rem.un"], "i", 5)
add(n(0xFFFF00000000) + ["ldc.i4 -1", "and"], "i", 0xFFFF00000000)
add(n(0xFFFF00000000) + ["ldc.i4 0xFF", "or"], "i", 0xFFFF000000FF)
add(n(0xFFFF00000000) + ["ldc.i4 -1", "xor"], "i", 0xFFFF0000FFFFFFFF - 2**64)
add(n(1) + ["ldc.i4 40", "shl"], "i", 1 << 40)
add(n(-256) + ["ldc.i4 4", "shr"], "i", -16)
add(n(-1) + ["ldc.i4 60", "shr.un"], "i", 15)
add(n(1) + n(3) + ["shl"], "i", 8)
add(["ldc.i4 1024"] + n(3) + ["shr"], "i4", 128)
add(n(0x100000000) + ["neg"], "i", -0x100000000)
add(n(0x100000000) + ["not"], "i", -0x100000001)
# comparisons push int32
add(n(-1) + ["ldc.i4 -1", "ceq"], "i4", 1)
add(n(0x100000000) + ["ldc.i4 0", "ceq"], "i4", 0)
add(n(-1) + ["ldc.i4 0", "cgt"], "i4", 0)
add(n(-1) + ["ldc.i4 0", "cgt.un"], "i4", 1)
add(n(-1) + ["ldc.i4 0", "clt"], "i4", 1)
add(n(-1) + ["ldc.i4 0", "clt.un"], "i4", 0)
add(n(5) + n(0x100000000) + ["clt"], "i4", 1)
# locals and arguments
add(["ldc.i4 -1", "stloc.0", "ldloc.0"], "i", -1)                    # int32 stored to native int
add(n(0x100000005) + ["stloc.1", "ldloc.1"], "i4", 5)                # native int stored to int32
add(n(0x123456789) + ["stloc.0", "ldloc.0", "ldloc.0", "add"], "i", 0x2468ACF12)
add(["ldc.i4 -3", "call native int P::Twice(native int)"], "i", -6)
add(n(0x100000000) + n(0x200000000) + ["ldc.i4 -1", "call native int P::Sum3(native int, native int, int32)"], "i", 0x2FFFFFFFF)
add(["call native int P::FromI4()"], "i", -7)
add(n(0x100000000) + ["call int32 P::Low(native int)"], "i4", 0)
add(["ldc.i4 9", "call int32 P::Low(native int)"], "i4", 9)
# overflow-checked arithmetic in range
add(n(0x7FFFFFFFFFFFFFFE) + ["ldc.i4 1", "add.ovf"], "i", 0x7FFFFFFFFFFFFFFF)
add(n(-0x8000000000000000 + 1) + ["ldc.i4 1", "sub.ovf"], "i", -0x8000000000000000)
add(n(0x100000000) + n(0x7FFFFFFF) + ["mul.ovf"], "i", 0x7FFFFFFF00000000)
add(n(-2) + n(1) + ["add.ovf.un"], "i", -1)
add(n(-1) + n(-1) + ["sub.ovf.un"], "i", 0)
add(n(0x100000000) + n(0xFFFFFFFF) + ["mul.ovf.un"], "i", 0xFFFFFFFF00000000 - 2**64)
hdr = """// native int: add, sub, mul, div, rem, div.un, rem.un, and, or, xor,
// shl, shr, shr.un, neg, not and the comparisons with native ints beyond
// 32 bits; an int32 operand mixed with a native int (III.1.5 table 2),
// sign-extended, as second operand and (with non-negative values) as
// first; a native int shift amount; int32 stored into a native int local
// and native int into an int32 local; native int arguments, including an
// int32 passed for one, and returns, including an int32 returned from a
// native int method; add/sub/mul.ovf(.un) in range. A failing check
// returns its number. Generated."""
methods = """  .method static native int Twice(native int x) { ldarg.0 ldarg.0 add ret }
  .method static native int Sum3(native int a, native int b, int32 c) { ldarg.0 ldarg.1 add ldarg.2 add ret }
  .method static native int FromI4() { ldc.i4 -7 ret }
  .method static int32 Low(native int x) { ldarg.0 conv.i4 ret }"""
open(P + "il_native_int.il", "w").write(program("il_native_int", hdr, c, methods, 8, "native int n, int32 i"))
