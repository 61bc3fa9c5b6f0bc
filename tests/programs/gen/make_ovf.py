from checks import *
import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..") + "/"
c = []
def add(code, kind, e): c.append((code, kind, e))
I32MIN, I32MAX = -2**31, 2**31 - 1
I64MIN, I64MAX = -2**63, 2**63 - 1
# int32 signed
add(["ldc.i4 0x7FFFFFFE", "ldc.i4 1", "add.ovf"], "i4", I32MAX)
add(["ldc.i4 0x80000001", "ldc.i4 -1", "add.ovf"], "i4", I32MIN)
add(["ldc.i4 0x80000000", "ldc.i4 0x7FFFFFFF", "add.ovf"], "i4", -1)
add(["ldc.i4 -1", "ldc.i4 0x7FFFFFFF", "sub.ovf"], "i4", I32MIN)
add(["ldc.i4 0", "ldc.i4 0x7FFFFFFF", "sub.ovf"], "i4", -I32MAX)
add(["ldc.i4 46341", "ldc.i4 -46340", "mul.ovf"], "i4", -46341 * 46340)
add(["ldc.i4 0x80000000", "ldc.i4 1", "mul.ovf"], "i4", I32MIN)
add(["ldc.i4 -65536", "ldc.i4 32768", "mul.ovf"], "i4", I32MIN)
# int32 unsigned
add(["ldc.i4 -2", "ldc.i4 1", "add.ovf.un"], "i4", -1)
add(["ldc.i4 0x7FFFFFFF", "ldc.i4 0x80000000", "add.ovf.un"], "i4", -1)
add(["ldc.i4 -1", "ldc.i4 -1", "sub.ovf.un"], "i4", 0)
add(["ldc.i4 -1", "ldc.i4 1", "sub.ovf.un"], "i4", -2)
add(["ldc.i4 0x80000000", "ldc.i4 0x7FFFFFFF", "sub.ovf.un"], "i4", 1)
add(["ldc.i4 65535", "ldc.i4 65537", "mul.ovf.un"], "i4", -1)
add(["ldc.i4 0x80000000", "ldc.i4 1", "mul.ovf.un"], "i4", I32MIN)
# int64 signed and unsigned
add(["ldc.i8 0x7FFFFFFFFFFFFFFE", "ldc.i8 1", "add.ovf"], "i8", I64MAX)
add(["ldc.i8 0x8000000000000000", "ldc.i8 0x7FFFFFFFFFFFFFFF", "add.ovf"], "i8", -1)
add(["ldc.i8 -1", "ldc.i8 0x7FFFFFFFFFFFFFFF", "sub.ovf"], "i8", I64MIN)
add(["ldc.i8 3037000499", "ldc.i8 -3037000499", "mul.ovf"], "i8", -3037000499 ** 2)
add(["ldc.i8 0x100000000", "ldc.i8 -2147483648", "mul.ovf"], "i8", I64MIN)
add(["ldc.i8 -2", "ldc.i8 1", "add.ovf.un"], "i8", -1)
add(["ldc.i8 -1", "ldc.i8 -2", "sub.ovf.un"], "i8", 1)
add(["ldc.i8 0xFFFFFFFF", "ldc.i8 0x100000001", "mul.ovf.un"], "i8", -1)
add(["ldc.i8 0x8000000000000000", "ldc.i8 1", "mul.ovf.un"], "i8", I64MIN)
# unsigned division and remainder, comparisons on int32 and int64
add(["ldc.i4 -1", "ldc.i4 2", "div.un"], "i4", I32MAX)
add(["ldc.i4 -1", "ldc.i4 10", "rem.un"], "i4", 5)
add(["ldc.i4 -7", "ldc.i4 -2", "div.un"], "i4", 0)
add(["ldc.i4 -2", "ldc.i4 -7", "div.un"], "i4", 1)
add(["ldc.i4 -2", "ldc.i4 -7", "rem.un"], "i4", 5)
add(["ldc.i8 -1", "ldc.i8 3", "div.un"], "i8", (2**64 - 1) // 3)
add(["ldc.i8 -1", "ldc.i8 1000", "rem.un"], "i8", (2**64 - 1) % 1000)
add(["ldc.i8 -1", "ldc.i8 0x100000000", "div.un"], "i8", 0xFFFFFFFF)
add(["ldc.i4 -1", "ldc.i4 1", "cgt.un"], "i4", 1)
add(["ldc.i4 -1", "ldc.i4 1", "cgt"], "i4", 0)
add(["ldc.i4 1", "ldc.i4 0x80000000", "clt.un"], "i4", 1)
add(["ldc.i4 1", "ldc.i4 0x80000000", "clt"], "i4", 0)
add(["ldc.i8 -1", "ldc.i8 1", "cgt.un"], "i4", 1)
add(["ldc.i8 1", "ldc.i8 -1", "clt.un"], "i4", 1)
add(["ldc.i8 1", "ldc.i8 -1", "clt"], "i4", 0)
add(["ldc.i4 5", "ldc.i4 5", "ceq"], "i4", 1)
add(["ldc.i8 0x100000005", "ldc.i8 5", "ceq"], "i4", 0)
# shifts: shr.un on int64 and int32, shr keeps the sign, shift amounts below the width
add(["ldc.i8 -1", "ldc.i4 1", "shr.un"], "i8", I64MAX)
add(["ldc.i8 -1", "ldc.i4 63", "shr.un"], "i8", 1)
add(["ldc.i8 0x8000000000000000", "ldc.i4 32", "shr.un"], "i8", 0x80000000)
add(["ldc.i8 0x8000000000000000", "ldc.i4 32", "shr"], "i8", -0x80000000)
add(["ldc.i8 1", "ldc.i4 63", "shl"], "i8", I64MIN)
add(["ldc.i4 -1", "ldc.i4 31", "shr.un"], "i4", 1)
add(["ldc.i4 -16", "ldc.i4 2", "shr"], "i4", -4)
add(["ldc.i4 -16", "ldc.i4 2", "shr.un"], "i4", 0x3FFFFFFC)
add(["ldc.i4 3", "ldc.i4 30", "shl"], "i4", -2**30)
add(["ldc.i4 1", "ldc.i4 0", "shl"], "i4", 1)
# neg and not at the extremes, F remainder and negation
add(["ldc.i4 0x80000000", "neg"], "i4", I32MIN)
add(["ldc.i8 0x8000000000000000", "neg"], "i8", I64MIN)
add(["ldc.i4 0", "not"], "i4", -1)
add(["ldc.i8 0x00FF00FF00FF00FF", "not"], "i8", ~0x00FF00FF00FF00FF)
add([r8(-7.5), r8(2.0), "rem"], "f", -1.5)
add([r8(7.5), r8(-2.0), "rem"], "f", 1.5)
add([r8(1.0), r8(0.0), "neg", "div"], "f", float("-inf"))
hdr = """// Overflow-checked arithmetic that stays in range, at the edges:
// add.ovf, sub.ovf, mul.ovf and the .un forms on int32 and int64 (for
// example add.ovf.un of -2 and 1 is 0xFFFFFFFF, mul.ovf of 0x80000000 by
// 1 is fine); unsigned div.un/rem.un on int32 and int64 with operands that
// are negative as signed values; cgt.un/clt.un against cgt/clt on the
// same bits; shr.un/shr/shl on int64 and int32 with counts below the
// width; neg and not at the extremes; F rem and neg. A failing check
// returns its number. Generated."""
open(P + "il_ovf_unsigned.il", "w").write(program("il_ovf_unsigned", hdr, c))
