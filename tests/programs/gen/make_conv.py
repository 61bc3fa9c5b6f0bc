from checks import *
import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..") + "/"
c = []
def add(code, kind, e): c.append((code, kind, e))
# conv.r.un from int32, int64 and native int
add(["ldc.i4 -1", "conv.r.un"], "f", 4294967295.0)
add(["ldc.i4 0x80000000", "conv.r.un"], "f", 2147483648.0)
add(["ldc.i4 5", "conv.r.un"], "f", 5.0)
add(["ldc.i8 -1", "conv.r.un"], "f", 18446744073709551616.0)
add(["ldc.i8 0x8000000000000000", "conv.r.un"], "f", 9223372036854775808.0)
add(["ldc.i8 0x7FFFFFFFFFFFFFFF", "conv.r.un"], "f", 9223372036854775808.0)
add(["ldc.i8 9007199254740993", "conv.r.un"], "f", 9007199254740992.0)
add(["ldc.i8 -1", "conv.r.un", "conv.r4"], "f", 18446744073709551616.0)
add(["ldc.i4 -1", "conv.r.un", "conv.r4"], "f", 4294967296.0)
# conv.r8 / conv.r4 from signed sources
add(["ldc.i4 -1", "conv.r8"], "f", -1.0)
add(["ldc.i8 -1", "conv.r8"], "f", -1.0)
add(["ldc.i4 16777217", "conv.r4"], "f", 16777216.0)
# widening int32: conv.i8 and conv.i sign-extend, conv.u8 and conv.u zero-extend
add(["ldc.i4 -1", "conv.i8"], "i8", -1)
add(["ldc.i4 -1", "conv.u8"], "i8", 0xFFFFFFFF)
add(["ldc.i4 0x80000000", "conv.u8"], "i8", 0x80000000)
add(["ldc.i4 -1", "conv.i"], "i", -1)
add(["ldc.i4 -1", "conv.u"], "i", 0xFFFFFFFF)
add(["ldc.i4 -2", "conv.u", "conv.i8"], "i8", 0xFFFFFFFE)
# narrowing
add(["ldc.i4 -1", "conv.u4"], "i4", -1)
add(["ldc.i4 -1", "conv.u2"], "i4", 65535)
add(["ldc.i4 0x8000", "conv.i2"], "i4", -32768)
add(["ldc.i4 0x1FF", "conv.u1"], "i4", 255)
add(["ldc.i4 0x80", "conv.i1"], "i4", -128)
add(["ldc.i8 0x100000005", "conv.u4"], "i4", 5)
add(["ldc.i8 0x1FFFFFFFF", "conv.i4"], "i4", -1)
add(["ldc.i8 0x123456789ABC", "conv.u2"], "i4", 0x9ABC)
add(["ldc.i8 0x123456789ABC", "conv.i1"], "i4", -68)
add(["ldc.i8 -1", "conv.i", "conv.i4"], "i4", -1)
add(["ldc.i8 0x100000000", "conv.i", "conv.u1"], "i4", 0)
add(["ldc.i8 -5", "conv.u"], "i", -5)
# checked, unsigned source, in range
add(["ldc.i4 127", "conv.ovf.i1.un"], "i4", 127)
add(["ldc.i4 255", "conv.ovf.u1.un"], "i4", 255)
add(["ldc.i4 32767", "conv.ovf.i2.un"], "i4", 32767)
add(["ldc.i4 65535", "conv.ovf.u2.un"], "i4", 65535)
add(["ldc.i4 0x7FFFFFFF", "conv.ovf.i4.un"], "i4", 0x7FFFFFFF)
add(["ldc.i4 -1", "conv.ovf.u4.un"], "i4", -1)
add(["ldc.i4 -1", "conv.ovf.i8.un"], "i8", 0xFFFFFFFF)
add(["ldc.i4 -1", "conv.ovf.u8.un"], "i8", 0xFFFFFFFF)
add(["ldc.i4 -1", "conv.ovf.i.un"], "i", 0xFFFFFFFF)
add(["ldc.i4 -1", "conv.ovf.u.un"], "i", 0xFFFFFFFF)
add(["ldc.i8 -1", "conv.ovf.u8.un"], "i8", -1)
add(["ldc.i8 0xFFFFFFFF", "conv.ovf.u4.un"], "i4", -1)
add(["ldc.i8 0x7FFFFFFF", "conv.ovf.i4.un"], "i4", 0x7FFFFFFF)
add(["ldc.i8 0x7FFFFFFFFFFFFFFF", "conv.ovf.i8.un"], "i8", 0x7FFFFFFFFFFFFFFF)
add(["ldc.i8 -1", "conv.ovf.u.un"], "i", -1)
add(["ldc.i8 255", "conv.i", "conv.ovf.u1.un"], "i4", 255)
# checked, signed source, in range
add(["ldc.i4 5", "conv.ovf.u4"], "i4", 5)
add(["ldc.i4 5", "conv.ovf.u8"], "i8", 5)
add(["ldc.i4 -1", "conv.ovf.i8"], "i8", -1)
add(["ldc.i4 7", "conv.ovf.u"], "i", 7)
add(["ldc.i4 -7", "conv.ovf.i"], "i", -7)
add(["ldc.i4 -128", "conv.ovf.i1"], "i4", -128)
add(["ldc.i4 0", "conv.ovf.u1"], "i4", 0)
add(["ldc.i4 -32768", "conv.ovf.i2"], "i4", -32768)
add(["ldc.i8 65535", "conv.ovf.u2"], "i4", 65535)
add(["ldc.i8 -2147483648", "conv.ovf.i4"], "i4", -2147483648)
add(["ldc.i8 4294967295", "conv.ovf.u4"], "i4", -1)
add(["ldc.i8 -1", "conv.i", "conv.ovf.i4"], "i4", -1)
add([r8(1.8e19), "conv.ovf.u8"], "i8", 18000000000000000000 - 2**64)
add([r8(-3.5), "conv.ovf.i", "conv.i8"], "i8", -3)
add([r8(3.99), "conv.ovf.u", "conv.i8"], "i8", 3)
add([r8(-2147483648.9), "conv.ovf.i4"], "i4", -2147483648)
add([r8(-0.9), "conv.ovf.u4"], "i4", 0)
add([r4(-128.5), "conv.ovf.i1"], "i4", -128)
add([r8(-9.2e18), "conv.ovf.i8"], "i8", -9200000000000000000)
# unchecked float to integer, in range
add([r8(-3.99), "conv.i4"], "i4", -3)
add([r8(3000000000.5), "conv.u4"], "i4", 3000000000 - 2**32)
add([r8(1.8e19), "conv.u8"], "i8", 18000000000000000000 - 2**64)
add([r8(2.5), "conv.i", "conv.i8"], "i8", 2)
add([r8(65535.5), "conv.u2"], "i4", 65535)
add([r8(-100.5), "conv.i1"], "i4", -100)
hdr = """// Conversions at the IL level, where C# would not emit them or would
// fold them: conv.r.un on int32 and int64 (values with the top
// bit set stay positive), conv.u8 and conv.u zero-extending an int32 while
// conv.i8 and conv.i sign-extend, every narrowing conv.* from int32, int64
// and native int, every conv.ovf.*.un and conv.ovf.* with in-range values
// (conv.ovf.u4.un of int32 -1 is 0xFFFFFFFF and fits; conv.ovf.i8.un of
// int32 -1 is 4294967295), and in-range float-to-integer conversions.
// Left out: conv.ovf.*.un of F (mono rejects it as invalid IL) and
// conv.r.un of a native int (mono's JIT reads it as signed there) and
// unchecked conv.i of a negative F (mono's JIT gives a zero-extended
// 32-bit result).
// A failing check returns its number. Generated."""
open(P + "il_conversions.il", "w").write(program("il_conversions", hdr, c))
print(len(c))
