/*
 * test_il.c - the opcode table and the IL instruction decoder.
 *
 * spec_ops below is transcribed by hand from the ECMA-335 VI.C opcode table
 * (stack behaviour, inline argument and control flow exactly as spelled
 * there), with ldelem, stelem, unbox.any, constrained., no. and readonly.
 * taken from their Partition III entries because VI.C still lists those
 * encodings as unused. It is deliberately not derived from IMG_OPCODE_LIST,
 * so a typo in either one shows up as a mismatch.
 */
#include <math.h>
#include <stdlib.h>

#include "image/image.h"
#include "unit.h"

typedef struct SpecOp {
    uint16_t encoding;
    const char *name;
    const char *pop;
    const char *push;
    const char *arg;
    const char *flow;
} SpecOp;

static const SpecOp spec_ops[] = {
    {0x00, "nop", "Pop0", "Push0", "InlineNone", "NEXT"},
    {0x01, "break", "Pop0", "Push0", "InlineNone", "BREAK"},
    {0x02, "ldarg.0", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x03, "ldarg.1", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x04, "ldarg.2", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x05, "ldarg.3", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x06, "ldloc.0", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x07, "ldloc.1", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x08, "ldloc.2", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x09, "ldloc.3", "Pop0", "Push1", "InlineNone", "NEXT"},
    {0x0A, "stloc.0", "Pop1", "Push0", "InlineNone", "NEXT"},
    {0x0B, "stloc.1", "Pop1", "Push0", "InlineNone", "NEXT"},
    {0x0C, "stloc.2", "Pop1", "Push0", "InlineNone", "NEXT"},
    {0x0D, "stloc.3", "Pop1", "Push0", "InlineNone", "NEXT"},
    {0x0E, "ldarg.s", "Pop0", "Push1", "ShortInlineVar", "NEXT"},
    {0x0F, "ldarga.s", "Pop0", "PushI", "ShortInlineVar", "NEXT"},
    {0x10, "starg.s", "Pop1", "Push0", "ShortInlineVar", "NEXT"},
    {0x11, "ldloc.s", "Pop0", "Push1", "ShortInlineVar", "NEXT"},
    {0x12, "ldloca.s", "Pop0", "PushI", "ShortInlineVar", "NEXT"},
    {0x13, "stloc.s", "Pop1", "Push0", "ShortInlineVar", "NEXT"},
    {0x14, "ldnull", "Pop0", "PushRef", "InlineNone", "NEXT"},
    {0x15, "ldc.i4.m1", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x16, "ldc.i4.0", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x17, "ldc.i4.1", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x18, "ldc.i4.2", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x19, "ldc.i4.3", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x1A, "ldc.i4.4", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x1B, "ldc.i4.5", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x1C, "ldc.i4.6", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x1D, "ldc.i4.7", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x1E, "ldc.i4.8", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0x1F, "ldc.i4.s", "Pop0", "PushI", "ShortInlineI", "NEXT"},
    {0x20, "ldc.i4", "Pop0", "PushI", "InlineI", "NEXT"},
    {0x21, "ldc.i8", "Pop0", "PushI8", "InlineI8", "NEXT"},
    {0x22, "ldc.r4", "Pop0", "PushR4", "ShortInlineR", "NEXT"},
    {0x23, "ldc.r8", "Pop0", "PushR8", "InlineR", "NEXT"},
    {0x25, "dup", "Pop1", "Push1+Push1", "InlineNone", "NEXT"},
    {0x26, "pop", "Pop1", "Push0", "InlineNone", "NEXT"},
    {0x27, "jmp", "Pop0", "Push0", "InlineMethod", "CALL"},
    {0x28, "call", "VarPop", "VarPush", "InlineMethod", "CALL"},
    {0x29, "calli", "VarPop", "VarPush", "InlineSig", "CALL"},
    {0x2A, "ret", "VarPop", "Push0", "InlineNone", "RETURN"},
    {0x2B, "br.s", "Pop0", "Push0", "ShortInlineBrTarget", "BRANCH"},
    {0x2C, "brfalse.s", "PopI", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x2D, "brtrue.s", "PopI", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x2E, "beq.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x2F, "bge.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x30, "bgt.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x31, "ble.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x32, "blt.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x33, "bne.un.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x34, "bge.un.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x35, "bgt.un.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x36, "ble.un.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x37, "blt.un.s", "Pop1+Pop1", "Push0", "ShortInlineBrTarget", "COND_BRANCH"},
    {0x38, "br", "Pop0", "Push0", "InlineBrTarget", "BRANCH"},
    {0x39, "brfalse", "PopI", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x3A, "brtrue", "PopI", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x3B, "beq", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x3C, "bge", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x3D, "bgt", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x3E, "ble", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x3F, "blt", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x40, "bne.un", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x41, "bge.un", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x42, "bgt.un", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x43, "ble.un", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x44, "blt.un", "Pop1+Pop1", "Push0", "InlineBrTarget", "COND_BRANCH"},
    {0x45, "switch", "PopI", "Push0", "InlineSwitch", "COND_BRANCH"},
    {0x46, "ldind.i1", "PopI", "PushI", "InlineNone", "NEXT"},
    {0x47, "ldind.u1", "PopI", "PushI", "InlineNone", "NEXT"},
    {0x48, "ldind.i2", "PopI", "PushI", "InlineNone", "NEXT"},
    {0x49, "ldind.u2", "PopI", "PushI", "InlineNone", "NEXT"},
    {0x4A, "ldind.i4", "PopI", "PushI", "InlineNone", "NEXT"},
    {0x4B, "ldind.u4", "PopI", "PushI", "InlineNone", "NEXT"},
    {0x4C, "ldind.i8", "PopI", "PushI8", "InlineNone", "NEXT"},
    {0x4D, "ldind.i", "PopI", "PushI", "InlineNone", "NEXT"},
    {0x4E, "ldind.r4", "PopI", "PushR4", "InlineNone", "NEXT"},
    {0x4F, "ldind.r8", "PopI", "PushR8", "InlineNone", "NEXT"},
    {0x50, "ldind.ref", "PopI", "PushRef", "InlineNone", "NEXT"},
    {0x51, "stind.ref", "PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x52, "stind.i1", "PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x53, "stind.i2", "PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x54, "stind.i4", "PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x55, "stind.i8", "PopI+PopI8", "Push0", "InlineNone", "NEXT"},
    {0x56, "stind.r4", "PopI+PopR4", "Push0", "InlineNone", "NEXT"},
    {0x57, "stind.r8", "PopI+PopR8", "Push0", "InlineNone", "NEXT"},
    {0x58, "add", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x59, "sub", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x5A, "mul", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x5B, "div", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x5C, "div.un", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x5D, "rem", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x5E, "rem.un", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x5F, "and", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x60, "or", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x61, "xor", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x62, "shl", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x63, "shr", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x64, "shr.un", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0x65, "neg", "Pop1", "Push1", "InlineNone", "NEXT"},
    {0x66, "not", "Pop1", "Push1", "InlineNone", "NEXT"},
    {0x67, "conv.i1", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x68, "conv.i2", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x69, "conv.i4", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x6A, "conv.i8", "Pop1", "PushI8", "InlineNone", "NEXT"},
    {0x6B, "conv.r4", "Pop1", "PushR4", "InlineNone", "NEXT"},
    {0x6C, "conv.r8", "Pop1", "PushR8", "InlineNone", "NEXT"},
    {0x6D, "conv.u4", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x6E, "conv.u8", "Pop1", "PushI8", "InlineNone", "NEXT"},
    {0x6F, "callvirt", "VarPop", "VarPush", "InlineMethod", "CALL"},
    {0x70, "cpobj", "PopI+PopI", "Push0", "InlineType", "NEXT"},
    {0x71, "ldobj", "PopI", "Push1", "InlineType", "NEXT"},
    {0x72, "ldstr", "Pop0", "PushRef", "InlineString", "NEXT"},
    {0x73, "newobj", "VarPop", "PushRef", "InlineMethod", "CALL"},
    {0x74, "castclass", "PopRef", "PushRef", "InlineType", "NEXT"},
    {0x75, "isinst", "PopRef", "PushI", "InlineType", "NEXT"},
    {0x76, "conv.r.un", "Pop1", "PushR8", "InlineNone", "NEXT"},
    {0x79, "unbox", "PopRef", "PushI", "InlineType", "NEXT"},
    {0x7A, "throw", "PopRef", "Push0", "InlineNone", "THROW"},
    {0x7B, "ldfld", "PopRef", "Push1", "InlineField", "NEXT"},
    {0x7C, "ldflda", "PopRef", "PushI", "InlineField", "NEXT"},
    {0x7D, "stfld", "PopRef+Pop1", "Push0", "InlineField", "NEXT"},
    {0x7E, "ldsfld", "Pop0", "Push1", "InlineField", "NEXT"},
    {0x7F, "ldsflda", "Pop0", "PushI", "InlineField", "NEXT"},
    {0x80, "stsfld", "Pop1", "Push0", "InlineField", "NEXT"},
    {0x81, "stobj", "PopI+Pop1", "Push0", "InlineType", "NEXT"},
    {0x82, "conv.ovf.i1.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x83, "conv.ovf.i2.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x84, "conv.ovf.i4.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x85, "conv.ovf.i8.un", "Pop1", "PushI8", "InlineNone", "NEXT"},
    {0x86, "conv.ovf.u1.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x87, "conv.ovf.u2.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x88, "conv.ovf.u4.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x89, "conv.ovf.u8.un", "Pop1", "PushI8", "InlineNone", "NEXT"},
    {0x8A, "conv.ovf.i.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x8B, "conv.ovf.u.un", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0x8C, "box", "Pop1", "PushRef", "InlineType", "NEXT"},
    {0x8D, "newarr", "PopI", "PushRef", "InlineType", "NEXT"},
    {0x8E, "ldlen", "PopRef", "PushI", "InlineNone", "NEXT"},
    {0x8F, "ldelema", "PopRef+PopI", "PushI", "InlineType", "NEXT"},
    {0x90, "ldelem.i1", "PopRef+PopI", "PushI", "InlineNone", "NEXT"},
    {0x91, "ldelem.u1", "PopRef+PopI", "PushI", "InlineNone", "NEXT"},
    {0x92, "ldelem.i2", "PopRef+PopI", "PushI", "InlineNone", "NEXT"},
    {0x93, "ldelem.u2", "PopRef+PopI", "PushI", "InlineNone", "NEXT"},
    {0x94, "ldelem.i4", "PopRef+PopI", "PushI", "InlineNone", "NEXT"},
    {0x95, "ldelem.u4", "PopRef+PopI", "PushI", "InlineNone", "NEXT"},
    {0x96, "ldelem.i8", "PopRef+PopI", "PushI8", "InlineNone", "NEXT"},
    {0x97, "ldelem.i", "PopRef+PopI", "PushI", "InlineNone", "NEXT"},
    {0x98, "ldelem.r4", "PopRef+PopI", "PushR4", "InlineNone", "NEXT"},
    {0x99, "ldelem.r8", "PopRef+PopI", "PushR8", "InlineNone", "NEXT"},
    {0x9A, "ldelem.ref", "PopRef+PopI", "PushRef", "InlineNone", "NEXT"},
    {0x9B, "stelem.i", "PopRef+PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x9C, "stelem.i1", "PopRef+PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x9D, "stelem.i2", "PopRef+PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x9E, "stelem.i4", "PopRef+PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0x9F, "stelem.i8", "PopRef+PopI+PopI8", "Push0", "InlineNone", "NEXT"},
    {0xA0, "stelem.r4", "PopRef+PopI+PopR4", "Push0", "InlineNone", "NEXT"},
    {0xA1, "stelem.r8", "PopRef+PopI+PopR8", "Push0", "InlineNone", "NEXT"},
    {0xA2, "stelem.ref", "PopRef+PopI+PopRef", "Push0", "InlineNone", "NEXT"},
    {0xA3, "ldelem", "PopRef+PopI", "Push1", "InlineType", "NEXT"},        /* III.4.7 */
    {0xA4, "stelem", "PopRef+PopI+Pop1", "Push0", "InlineType", "NEXT"},   /* III.4.26 */
    {0xA5, "unbox.any", "PopRef", "Push1", "InlineType", "NEXT"},          /* III.4.33 */
    {0xB3, "conv.ovf.i1", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xB4, "conv.ovf.u1", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xB5, "conv.ovf.i2", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xB6, "conv.ovf.u2", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xB7, "conv.ovf.i4", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xB8, "conv.ovf.u4", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xB9, "conv.ovf.i8", "Pop1", "PushI8", "InlineNone", "NEXT"},
    {0xBA, "conv.ovf.u8", "Pop1", "PushI8", "InlineNone", "NEXT"},
    {0xC2, "refanyval", "Pop1", "PushI", "InlineType", "NEXT"},
    {0xC3, "ckfinite", "Pop1", "PushR8", "InlineNone", "NEXT"},
    {0xC6, "mkrefany", "PopI", "Push1", "InlineType", "NEXT"},
    {0xD0, "ldtoken", "Pop0", "PushI", "InlineTok", "NEXT"},
    {0xD1, "conv.u2", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xD2, "conv.u1", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xD3, "conv.i", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xD4, "conv.ovf.i", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xD5, "conv.ovf.u", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xD6, "add.ovf", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0xD7, "add.ovf.un", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0xD8, "mul.ovf", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0xD9, "mul.ovf.un", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0xDA, "sub.ovf", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0xDB, "sub.ovf.un", "Pop1+Pop1", "Push1", "InlineNone", "NEXT"},
    {0xDC, "endfinally", "Pop0", "Push0", "InlineNone", "RETURN"},
    {0xDD, "leave", "Pop0", "Push0", "InlineBrTarget", "BRANCH"},
    {0xDE, "leave.s", "Pop0", "Push0", "ShortInlineBrTarget", "BRANCH"},
    {0xDF, "stind.i", "PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0xE0, "conv.u", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xFE00, "arglist", "Pop0", "PushI", "InlineNone", "NEXT"},
    {0xFE01, "ceq", "Pop1+Pop1", "PushI", "InlineNone", "NEXT"},
    {0xFE02, "cgt", "Pop1+Pop1", "PushI", "InlineNone", "NEXT"},
    {0xFE03, "cgt.un", "Pop1+Pop1", "PushI", "InlineNone", "NEXT"},
    {0xFE04, "clt", "Pop1+Pop1", "PushI", "InlineNone", "NEXT"},
    {0xFE05, "clt.un", "Pop1+Pop1", "PushI", "InlineNone", "NEXT"},
    {0xFE06, "ldftn", "Pop0", "PushI", "InlineMethod", "NEXT"},
    {0xFE07, "ldvirtftn", "PopRef", "PushI", "InlineMethod", "NEXT"},
    {0xFE09, "ldarg", "Pop0", "Push1", "InlineVar", "NEXT"},
    {0xFE0A, "ldarga", "Pop0", "PushI", "InlineVar", "NEXT"},
    {0xFE0B, "starg", "Pop1", "Push0", "InlineVar", "NEXT"},
    {0xFE0C, "ldloc", "Pop0", "Push1", "InlineVar", "NEXT"},
    {0xFE0D, "ldloca", "Pop0", "PushI", "InlineVar", "NEXT"},
    {0xFE0E, "stloc", "Pop1", "Push0", "InlineVar", "NEXT"},
    {0xFE0F, "localloc", "PopI", "PushI", "InlineNone", "NEXT"},
    {0xFE11, "endfilter", "PopI", "Push0", "InlineNone", "RETURN"},
    {0xFE12, "unaligned.", "Pop0", "Push0", "ShortInlineI", "META"},
    {0xFE13, "volatile.", "Pop0", "Push0", "InlineNone", "META"},
    {0xFE14, "tail.", "Pop0", "Push0", "InlineNone", "META"},
    {0xFE15, "initobj", "PopI", "Push0", "InlineType", "NEXT"},
    {0xFE16, "constrained.", "Pop0", "Push0", "InlineType", "META"},       /* III.2.1 */
    {0xFE17, "cpblk", "PopI+PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0xFE18, "initblk", "PopI+PopI+PopI", "Push0", "InlineNone", "NEXT"},
    {0xFE19, "no.", "Pop0", "Push0", "ShortInlineI", "META"},              /* III.2.2 */
    {0xFE1A, "rethrow", "Pop0", "Push0", "InlineNone", "THROW"},
    {0xFE1C, "sizeof", "Pop0", "PushI", "InlineType", "NEXT"},
    {0xFE1D, "refanytype", "Pop1", "PushI", "InlineNone", "NEXT"},
    {0xFE1E, "readonly.", "Pop0", "Push0", "InlineNone", "META"},          /* III.2.3 */
};

#define SPEC_COUNT (sizeof spec_ops / sizeof spec_ops[0])

/* VI.C inline argument names, with the operand size VI.C gives them. */
static const struct {
    const char *arg;
    ImgOperandKind kind;
    uint32_t size;
} spec_args[] = {
    {"InlineNone", IMG_OPERAND_NONE, 0},
    {"ShortInlineVar", IMG_OPERAND_SHORT_VAR, 1},
    {"InlineVar", IMG_OPERAND_VAR, 2},
    {"ShortInlineI", IMG_OPERAND_SHORT_I, 1},
    {"InlineI", IMG_OPERAND_I, 4},
    {"InlineI8", IMG_OPERAND_I8, 8},
    {"ShortInlineR", IMG_OPERAND_SHORT_R, 4},
    {"InlineR", IMG_OPERAND_R, 8},
    {"ShortInlineBrTarget", IMG_OPERAND_SHORT_BRANCH, 1},
    {"InlineBrTarget", IMG_OPERAND_BRANCH, 4},
    {"InlineMethod", IMG_OPERAND_METHOD, 4},
    {"InlineField", IMG_OPERAND_FIELD, 4},
    {"InlineType", IMG_OPERAND_TYPE, 4},
    {"InlineTok", IMG_OPERAND_TOKEN, 4},
    {"InlineSig", IMG_OPERAND_SIG, 4},
    {"InlineString", IMG_OPERAND_STRING, 4},
    {"InlineSwitch", IMG_OPERAND_SWITCH, 4}, /* the count; targets follow */
};

static const struct {
    const char *flow;
    ImgFlow value;
} spec_flows[] = {
    {"NEXT", IMG_FLOW_NEXT},     {"BRANCH", IMG_FLOW_BRANCH}, {"COND_BRANCH", IMG_FLOW_COND_BRANCH},
    {"CALL", IMG_FLOW_CALL},     {"RETURN", IMG_FLOW_RETURN}, {"THROW", IMG_FLOW_THROW},
    {"BREAK", IMG_FLOW_BREAK},   {"META", IMG_FLOW_META},
};

static int spec_arg_index(const char *arg) {
    for (size_t i = 0; i < sizeof spec_args / sizeof spec_args[0]; i++)
        if (strcmp(spec_args[i].arg, arg) == 0)
            return (int)i;
    return -1;
}

static int spec_flow(const char *flow) {
    for (size_t i = 0; i < sizeof spec_flows / sizeof spec_flows[0]; i++)
        if (strcmp(spec_flows[i].flow, flow) == 0)
            return (int)spec_flows[i].value;
    return -1;
}

/* "Pop0" -> 0, "VarPop" -> IMG_STACK_VAR, "PopRef+PopI+PopI" -> 3. */
static int spec_slots(const char *behaviour, const char *none, const char *var) {
    if (strcmp(behaviour, none) == 0)
        return 0;
    if (strcmp(behaviour, var) == 0)
        return IMG_STACK_VAR;
    int n = 1;
    for (const char *p = behaviour; *p; p++)
        n += *p == '+';
    return n;
}

static bool spec_is_defined(uint16_t encoding) {
    for (size_t i = 0; i < SPEC_COUNT; i++)
        if (spec_ops[i].encoding == encoding)
            return true;
    return false;
}

static uint32_t spec_opcode_length(const SpecOp *op) {
    return op->encoding > 0xFF ? 2 : 1;
}

static uint32_t put_opcode(uint8_t *p, uint16_t encoding) {
    if (encoding > 0xFF) {
        p[0] = 0xFE;
        p[1] = (uint8_t)encoding;
        return 2;
    }
    p[0] = (uint8_t)encoding;
    return 1;
}

static void put_le32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void put_le64(uint8_t *p, uint64_t v) {
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* Decodes from a heap copy of exactly `size` bytes, so ASan sees any read
 * past the end of the code. */
static bool decode_exact(const uint8_t *bytes, uint32_t size, uint32_t offset, ImgInstr *instr) {
    uint8_t *copy = malloc(size ? size : 1);
    if (size)
        memcpy(copy, bytes, size);
    bool ok = img_il_decode(copy, size, offset, instr);
    free(copy);
    return ok;
}

/* ------------------------------------------------------------------ */

static void test_table_matches_spec(void) {
    CHECK_EQ(SPEC_COUNT, IMG_CEE_COUNT);
    for (size_t i = 0; i < SPEC_COUNT; i++) {
        const SpecOp *op = &spec_ops[i];
        int found = -1, matches = 0;
        for (int o = 0; o < IMG_CEE_COUNT; o++) {
            if (img_opcode_info[o].encoding == op->encoding) {
                found = o;
                matches++;
            }
        }
        if (matches != 1) {
            printf("  encoding 0x%04X (%s) appears %d times in the table\n", op->encoding, op->name, matches);
            CHECK_EQ(matches, 1);
            continue;
        }
        const ImgOpcodeInfo *info = &img_opcode_info[found];
        int arg = spec_arg_index(op->arg);
        CHECK(arg >= 0);
        if (strcmp(info->name, op->name) != 0 || arg < 0 || info->operand != spec_args[arg].kind ||
            info->flow != spec_flow(op->flow) ||
            info->pops != spec_slots(op->pop, "Pop0", "VarPop") ||
            info->pushes != spec_slots(op->push, "Push0", "VarPush")) {
            printf("  0x%04X: table says %s operand %u flow %u pops %u pushes %u; spec says %s %s %s %s %s\n",
                   op->encoding, info->name, info->operand, info->flow, info->pops, info->pushes, op->name,
                   op->arg, op->flow, op->pop, op->push);
            CHECK(0);
        }
    }
}

/* The enum, the info table and the list agree entry by entry. */
#define LIST_ENTRY(sym, nm, enc, opnd, fl, npop, npush) \
    {IMG_CEE_##sym, {nm, enc, IMG_OPERAND_##opnd, IMG_FLOW_##fl, npop, npush}},
static const struct {
    ImgOpcode opcode;
    ImgOpcodeInfo info;
} list_entries[] = {IMG_OPCODE_LIST(LIST_ENTRY)};
#undef LIST_ENTRY

static void test_table_indexed_by_enum(void) {
    size_t count = sizeof list_entries / sizeof list_entries[0];
    CHECK_EQ(count, IMG_CEE_COUNT);
    for (size_t i = 0; i < count; i++) {
        const ImgOpcodeInfo *want = &list_entries[i].info;
        const ImgOpcodeInfo *got = &img_opcode_info[list_entries[i].opcode];
        CHECK_EQ(list_entries[i].opcode, i);
        CHECK_STR(got->name, want->name);
        CHECK_EQ(got->encoding, want->encoding);
        CHECK_EQ(got->operand, want->operand);
        CHECK_EQ(got->flow, want->flow);
        CHECK_EQ(got->pops, want->pops);
        CHECK_EQ(got->pushes, want->pushes);
    }
    for (int o = 0; o < IMG_CEE_COUNT; o++) {
        CHECK(img_opcode_info[o].name != NULL);
        for (int p = 0; p < o; p++)
            CHECK(strcmp(img_opcode_info[o].name, img_opcode_info[p].name) != 0);
    }
}

/*
 * Representative operands: every multi-byte value has distinct bytes and its
 * top bit set, so byte order and sign/zero extension both show.
 */
#define REP_TOKEN 0x8A00F12Au
#define REP_I4 0x87654321u
#define REP_I8 0x8877665544332211ull
#define REP_R4 (-2.5f)
#define REP_R8 (-1.0 / 3.0)
#define REP_SWITCH_A 7
#define REP_SWITCH_B (-9)

static uint32_t put_operand(uint8_t *p, ImgOperandKind kind) {
    uint32_t bits32;
    uint64_t bits64;
    switch (kind) {
    case IMG_OPERAND_NONE:
        return 0;
    case IMG_OPERAND_SHORT_VAR:
    case IMG_OPERAND_SHORT_I:
        p[0] = 0x85;
        return 1;
    case IMG_OPERAND_VAR:
        p[0] = 0x34;
        p[1] = 0xF2;
        return 2;
    case IMG_OPERAND_I:
        put_le32(p, REP_I4);
        return 4;
    case IMG_OPERAND_I8:
        put_le64(p, REP_I8);
        return 8;
    case IMG_OPERAND_SHORT_R: {
        float f = REP_R4;
        memcpy(&bits32, &f, 4);
        put_le32(p, bits32);
        return 4;
    }
    case IMG_OPERAND_R: {
        double d = REP_R8;
        memcpy(&bits64, &d, 8);
        put_le64(p, bits64);
        return 8;
    }
    case IMG_OPERAND_SHORT_BRANCH:
        p[0] = 0xFB; /* -5 */
        return 1;
    case IMG_OPERAND_BRANCH:
        put_le32(p, 0x00012345);
        return 4;
    case IMG_OPERAND_SWITCH:
        put_le32(p, 2);
        put_le32(p + 4, (uint32_t)REP_SWITCH_A);
        put_le32(p + 8, (uint32_t)REP_SWITCH_B);
        return 12;
    default: /* tokens */
        put_le32(p, REP_TOKEN);
        return 4;
    }
}

static void check_operand(const SpecOp *op, ImgOperandKind kind, const ImgInstr *in) {
    int64_t next = (int64_t)in->offset + in->size;
    switch (kind) {
    case IMG_OPERAND_NONE:
        break;
    case IMG_OPERAND_SHORT_VAR:
        CHECK_EQ(in->operand.i, 0x85);
        break;
    case IMG_OPERAND_SHORT_I:
        CHECK_EQ(in->operand.i, strcmp(op->name, "ldc.i4.s") == 0 ? -123 : 0x85);
        break;
    case IMG_OPERAND_VAR:
        CHECK_EQ(in->operand.i, 0xF234);
        break;
    case IMG_OPERAND_I:
        CHECK_EQ(in->operand.i, (int32_t)REP_I4);
        break;
    case IMG_OPERAND_I8:
        CHECK(in->operand.i == (int64_t)REP_I8);
        break;
    case IMG_OPERAND_SHORT_R:
        CHECK(in->operand.r == -2.5);
        break;
    case IMG_OPERAND_R:
        CHECK(in->operand.r == REP_R8);
        break;
    case IMG_OPERAND_SHORT_BRANCH:
        CHECK_EQ(in->operand.target, next - 5);
        break;
    case IMG_OPERAND_BRANCH:
        CHECK_EQ(in->operand.target, next + 0x12345);
        break;
    case IMG_OPERAND_SWITCH:
        CHECK_EQ(in->operand.sw.count, 2);
        CHECK_EQ(img_il_switch_target(in, 0), next + REP_SWITCH_A);
        CHECK_EQ(img_il_switch_target(in, 1), next + REP_SWITCH_B);
        break;
    default:
        CHECK_EQ(in->operand.token, REP_TOKEN);
        break;
    }
}

/* Encode one instruction of every opcode, behind three bytes of padding so
 * the operand is unaligned and the offset is not zero, and decode it. */
static void test_decode_every_opcode(void) {
    for (size_t i = 0; i < SPEC_COUNT; i++) {
        const SpecOp *op = &spec_ops[i];
        int arg = spec_arg_index(op->arg);
        if (arg < 0) {
            CHECK(arg >= 0);
            continue;
        }
        ImgOperandKind kind = spec_args[arg].kind;
        uint8_t buf[32] = {0x00, 0x00, 0x00};
        uint32_t len = 3;
        len += put_opcode(buf + len, op->encoding);
        len += put_operand(buf + len, kind);
        uint32_t expected = spec_opcode_length(op) + spec_args[arg].size +
                            (kind == IMG_OPERAND_SWITCH ? 8 : 0);
        CHECK_EQ(len - 3, expected);

        uint8_t *code = malloc(len);
        memcpy(code, buf, len);
        ImgInstr in;
        memset(&in, 0xCC, sizeof in);
        bool ok = img_il_decode(code, len, 3, &in);
        if (!ok) {
            printf("  %s (0x%04X) did not decode\n", op->name, op->encoding);
            CHECK(ok);
            free(code);
            continue;
        }
        CHECK_EQ(in.offset, 3);
        CHECK_EQ(in.size, expected);
        CHECK_STR(img_opcode_info[in.opcode].name, op->name);
        CHECK_EQ(img_opcode_info[in.opcode].encoding, op->encoding);
        CHECK_EQ(img_opcode_info[in.opcode].operand, kind);
        check_operand(op, kind, &in);

        /* Trailing bytes after the instruction change nothing. */
        uint8_t *longer = malloc(len + 4);
        memcpy(longer, buf, len);
        memset(longer + len, 0x2A, 4);
        ImgInstr in2;
        CHECK(img_il_decode(longer, len + 4, 3, &in2));
        CHECK_EQ(in2.opcode, in.opcode);
        CHECK_EQ(in2.size, in.size);
        free(longer);
        free(code);
    }
}

/* Cutting any instruction anywhere inside it makes it undecodable. */
static void test_truncated_operands(void) {
    for (size_t i = 0; i < SPEC_COUNT; i++) {
        const SpecOp *op = &spec_ops[i];
        int arg = spec_arg_index(op->arg);
        if (arg < 0)
            continue;
        uint8_t buf[32] = {0x00};
        uint32_t len = 1;
        len += put_opcode(buf + len, op->encoding);
        len += put_operand(buf + len, spec_args[arg].kind);
        for (uint32_t cut = 1; cut < len; cut++) {
            ImgInstr in;
            /* The bytes past code_size are there and valid, so only the
             * bound can stop the decoder; then again with nothing past it. */
            if (img_il_decode(buf, cut, 1, &in) || decode_exact(buf, cut, 1, &in)) {
                printf("  %s decoded from %u of its %u bytes\n", op->name, cut - 1, len - 1);
                CHECK(0);
            }
        }
        ImgInstr in;
        CHECK(decode_exact(buf, len, 1, &in));
    }
}

static void test_undefined_encodings(void) {
    uint8_t buf[16] = {0};
    ImgInstr in;
    int one = 0, two = 0;
    for (unsigned b = 0; b < 256; b++) {
        buf[0] = (uint8_t)b;
        bool defined = spec_is_defined((uint16_t)b);
        if (b == 0xFE)
            continue;
        if (img_il_decode(buf, sizeof buf, 0, &in) != defined) {
            printf("  0x%02X: decode %s\n", b, defined ? "failed" : "succeeded");
            CHECK(0);
        }
        one += !defined;
    }
    buf[0] = 0xFE;
    for (unsigned b = 0; b < 256; b++) {
        buf[1] = (uint8_t)b;
        bool defined = spec_is_defined((uint16_t)(0xFE00 | b));
        if (img_il_decode(buf, sizeof buf, 0, &in) != defined) {
            printf("  0xFE%02X: decode %s\n", b, defined ? "failed" : "succeeded");
            CHECK(0);
        }
        two += !defined;
    }
    /* 256 one-byte values less 0xFE and 191 opcodes; 256 less 28 opcodes. */
    CHECK_EQ(one, 64);
    CHECK_EQ(two, 228);

    /* The reserved ranges, spelled out once more. */
    static const uint8_t reserved[] = {0x24, 0x77, 0x78, 0xA6, 0xAA, 0xB2, 0xBB, 0xC1, 0xC4, 0xC5,
                                       0xC7, 0xCF, 0xE1, 0xF0, 0xF7, 0xF8, 0xFD, 0xFF};
    for (size_t i = 0; i < sizeof reserved; i++) {
        uint8_t code[8] = {reserved[i]};
        CHECK(!img_il_decode(code, sizeof code, 0, &in));
    }
    static const uint8_t reserved_fe[] = {0x08, 0x10, 0x1B, 0x1F, 0x20, 0x22, 0x23, 0x80, 0xFE, 0xFF};
    for (size_t i = 0; i < sizeof reserved_fe; i++) {
        uint8_t code[8] = {0xFE, reserved_fe[i]};
        CHECK(!img_il_decode(code, sizeof code, 0, &in));
    }

    /* A lone prefix at the end of the body, at offset 0 and further in,
     * also when a valid second byte lies just past the end. */
    uint8_t lone_ceq[] = {0xFE, 0x01};
    CHECK(!img_il_decode(lone_ceq, 1, 0, &in));
    uint8_t lone[] = {0x00, 0xFE};
    CHECK(!decode_exact(lone + 1, 1, 0, &in));
    CHECK(!decode_exact(lone, 2, 1, &in));
    CHECK(decode_exact(lone, 2, 0, &in));
}

static void test_offset_bounds(void) {
    uint8_t code[] = {0x00, 0x17, 0x2A};
    ImgInstr in;
    CHECK(!decode_exact(code, 0, 0, &in));
    CHECK(!decode_exact(code, 3, 3, &in));
    CHECK(!decode_exact(code, 3, 4, &in));
    CHECK(!decode_exact(code, 3, UINT32_MAX, &in));
    CHECK(decode_exact(code, 3, 2, &in));
    CHECK_EQ(in.opcode, IMG_CEE_RET);
    CHECK_EQ(in.offset, 2);
    CHECK_EQ(in.size, 1);
    CHECK(decode_exact(code, 3, 1, &in));
    CHECK_EQ(in.opcode, IMG_CEE_LDC_I4_1);
}

static int64_t decode_target(const uint8_t *code, uint32_t size) {
    ImgInstr in;
    if (!decode_exact(code, size, 0, &in))
        return INT64_MIN;
    return in.operand.target;
}

static int64_t decode_i(const uint8_t *code, uint32_t size) {
    ImgInstr in;
    if (!decode_exact(code, size, 0, &in))
        return INT64_MIN;
    return in.operand.i;
}

static void test_sign_extension(void) {
    /* Short branches: signed byte from the next instruction. */
    CHECK_EQ(decode_target((const uint8_t[]){0x2B, 0x80}, 2), 2 - 128);
    CHECK_EQ(decode_target((const uint8_t[]){0x2B, 0x7F}, 2), 2 + 127);
    CHECK_EQ(decode_target((const uint8_t[]){0x2D, 0xFF}, 2), 1);
    CHECK_EQ(decode_target((const uint8_t[]){0x2C, 0xFE}, 2), 0);
    CHECK_EQ(decode_target((const uint8_t[]){0xDE, 0x00}, 2), 2);
    /* Long branches: signed int32, computed without overflow. */
    CHECK_EQ(decode_target((const uint8_t[]){0x38, 0x00, 0x00, 0x00, 0x80}, 5), 5 - 2147483648LL);
    CHECK_EQ(decode_target((const uint8_t[]){0x38, 0xFF, 0xFF, 0xFF, 0x7F}, 5), 5 + 2147483647LL);
    CHECK_EQ(decode_target((const uint8_t[]){0xDD, 0xFB, 0xFF, 0xFF, 0xFF}, 5), 0);
    /* A branch far from offset 0 keeps the offset in the sum. */
    {
        uint8_t code[300] = {0};
        code[290] = 0x2B;
        code[291] = 0x80;
        ImgInstr in;
        CHECK(img_il_decode(code, sizeof code, 290, &in));
        CHECK_EQ(in.operand.target, 292 - 128);
    }

    /* ldc.i4.s is signed; unaligned. and no. are unsigned; variables are unsigned. */
    CHECK_EQ(decode_i((const uint8_t[]){0x1F, 0x80}, 2), -128);
    CHECK_EQ(decode_i((const uint8_t[]){0x1F, 0x7F}, 2), 127);
    CHECK_EQ(decode_i((const uint8_t[]){0x1F, 0xFF}, 2), -1);
    CHECK_EQ(decode_i((const uint8_t[]){0xFE, 0x12, 0xFF}, 3), 255);
    CHECK_EQ(decode_i((const uint8_t[]){0xFE, 0x12, 0x01}, 3), 1);
    CHECK_EQ(decode_i((const uint8_t[]){0xFE, 0x19, 0x80}, 3), 128);
    CHECK_EQ(decode_i((const uint8_t[]){0x0E, 0xFF}, 2), 255);
    CHECK_EQ(decode_i((const uint8_t[]){0x13, 0x80}, 2), 128);
    CHECK_EQ(decode_i((const uint8_t[]){0xFE, 0x0C, 0xFF, 0xFF}, 4), 65535);
    CHECK_EQ(decode_i((const uint8_t[]){0xFE, 0x09, 0x00, 0x80}, 4), 32768);
    CHECK_EQ(decode_i((const uint8_t[]){0x20, 0xFF, 0xFF, 0xFF, 0xFF}, 5), -1);
    CHECK_EQ(decode_i((const uint8_t[]){0x20, 0x00, 0x00, 0x00, 0x80}, 5), INT32_MIN);
    CHECK(decode_i((const uint8_t[]){0x21, 1, 0, 0, 0, 0, 0, 0, 0x80}, 9) == INT64_MIN + 1);
    CHECK_EQ(decode_i((const uint8_t[]){0x21, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}, 9), -1);
    CHECK_EQ(decode_i((const uint8_t[]){0x21, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0}, 9), 0xFFFFFFFFLL);
}

static void test_floats(void) {
    ImgInstr in;
    /* 1.0f and a float32 that is not exactly representable in decimal. */
    CHECK(decode_exact((const uint8_t[]){0x22, 0x00, 0x00, 0x80, 0x3F}, 5, 0, &in));
    CHECK(in.operand.r == 1.0);
    CHECK(decode_exact((const uint8_t[]){0x22, 0xCD, 0xCC, 0xCC, 0x3D}, 5, 0, &in));
    CHECK(in.operand.r == (double)0.1f);
    CHECK(decode_exact((const uint8_t[]){0x22, 0x00, 0x00, 0x80, 0xFF}, 5, 0, &in));
    CHECK(isinf(in.operand.r) && in.operand.r < 0);
    CHECK(decode_exact((const uint8_t[]){0x22, 0x00, 0x00, 0xC0, 0x7F}, 5, 0, &in));
    CHECK(isnan(in.operand.r));
    CHECK(decode_exact((const uint8_t[]){0x23, 0x9A, 0x99, 0x99, 0x99, 0x99, 0x99, 0xB9, 0x3F}, 9, 0, &in));
    CHECK(in.operand.r == 0.1);
    CHECK(decode_exact((const uint8_t[]){0x23, 0, 0, 0, 0, 0, 0, 0, 0x80}, 9, 0, &in));
    CHECK(in.operand.r == 0.0 && signbit(in.operand.r));
}

static void test_switch(void) {
    ImgInstr in;

    /* No targets: just the count. */
    uint8_t empty[] = {0x45, 0, 0, 0, 0};
    CHECK(decode_exact(empty, sizeof empty, 0, &in));
    CHECK_EQ(in.opcode, IMG_CEE_SWITCH);
    CHECK_EQ(in.size, 5);
    CHECK_EQ(in.operand.sw.count, 0);
    CHECK_EQ(img_il_switch_target(&in, 0), -1);

    /* One target, at an odd offset so the table is unaligned. */
    uint8_t one[] = {0x00, 0x45, 1, 0, 0, 0, 0xF7, 0xFF, 0xFF, 0xFF};
    CHECK(img_il_decode(one, sizeof one, 1, &in));
    CHECK_EQ(in.size, 9);
    CHECK_EQ(in.operand.sw.count, 1);
    CHECK(in.operand.sw.targets == one + 6);
    CHECK_EQ(img_il_switch_target(&in, 0), 10 - 9);
    CHECK_EQ(img_il_switch_target(&in, 1), -1);

    /* Many targets, each distinct and some far outside the body. */
    enum { MANY = 300 };
    uint32_t size = 3 + 1 + 4 + MANY * 4;
    uint8_t *many = malloc(size);
    memset(many, 0, 3);
    many[3] = 0x45;
    put_le32(many + 4, MANY);
    for (uint32_t i = 0; i < MANY; i++)
        put_le32(many + 8 + 4 * i, (uint32_t)(int32_t)((int32_t)i * 1000 - 150000));
    put_le32(many + 8 + 4 * (MANY - 1), 0x80000000u);
    CHECK(img_il_decode(many, size, 3, &in));
    CHECK_EQ(in.size, 1 + 4 + MANY * 4);
    CHECK_EQ(in.operand.sw.count, MANY);
    for (uint32_t i = 0; i + 1 < MANY; i++)
        CHECK_EQ(img_il_switch_target(&in, i), (int64_t)size + (int64_t)i * 1000 - 150000);
    CHECK_EQ(img_il_switch_target(&in, MANY - 1), (int64_t)size - 2147483648LL);
    CHECK_EQ(img_il_switch_target(&in, MANY), -1);
    CHECK_EQ(img_il_switch_target(&in, UINT32_MAX), -1);
    /* One target short. */
    CHECK(!decode_exact(many, size - 1, 3, &in));
    CHECK(!decode_exact(many, size - 4, 3, &in));
    free(many);

    /* Counts whose byte size wraps 32 bits to something small. */
    static const uint32_t wrapping[] = {0x40000000u, 0x40000001u, 0x40000002u, 0x80000000u, 0xC0000001u,
                                        0xFFFFFFFFu};
    for (size_t i = 0; i < sizeof wrapping / sizeof wrapping[0]; i++) {
        uint8_t code[5 + 16] = {0x45};
        put_le32(code + 1, wrapping[i]);
        CHECK(!decode_exact(code, sizeof code, 0, &in));
        CHECK(!decode_exact(code, 5, 0, &in));
    }
    /* A count one more than what fits. */
    uint8_t over[] = {0x45, 3, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0};
    CHECK(!decode_exact(over, sizeof over, 0, &in));
    CHECK(decode_exact(over, sizeof over - 3, 0, &in) == false);
    over[1] = 2;
    CHECK(decode_exact(over, sizeof over, 0, &in));
    CHECK_EQ(in.size, 13);

    /* Not a switch. */
    CHECK(decode_exact((const uint8_t[]){0x2A}, 1, 0, &in));
    CHECK_EQ(img_il_switch_target(&in, 0), -1);
}

typedef struct Expect {
    uint32_t offset;
    ImgOpcode opcode;
    uint32_t size;
    int64_t operand; /* target, integer or token, as the opcode has */
} Expect;

static void check_body(const uint8_t *code, uint32_t size, const Expect *expect, size_t count) {
    uint32_t offset = 0;
    size_t n = 0;
    while (offset < size) {
        ImgInstr in;
        if (!img_il_decode(code, size, offset, &in)) {
            printf("  decode failed at IL_%04X\n", offset);
            CHECK(0);
            return;
        }
        if (n >= count) {
            CHECK(n < count);
            return;
        }
        const Expect *e = &expect[n++];
        CHECK_EQ(in.offset, e->offset);
        CHECK_EQ(in.opcode, e->opcode);
        CHECK_EQ(in.size, e->size);
        switch (img_opcode_info[in.opcode].operand) {
        case IMG_OPERAND_SHORT_BRANCH:
        case IMG_OPERAND_BRANCH:
            CHECK_EQ(in.operand.target, e->operand);
            break;
        case IMG_OPERAND_SHORT_VAR:
        case IMG_OPERAND_VAR:
        case IMG_OPERAND_SHORT_I:
        case IMG_OPERAND_I:
            CHECK_EQ(in.operand.i, e->operand);
            break;
        case IMG_OPERAND_METHOD:
        case IMG_OPERAND_TYPE:
        case IMG_OPERAND_STRING:
            CHECK_EQ(in.operand.token, e->operand);
            break;
        case IMG_OPERAND_SWITCH:
            CHECK_EQ(in.operand.sw.count, e->operand);
            break;
        default:
            break;
        }
        offset += in.size;
    }
    CHECK_EQ(offset, size);
    CHECK_EQ(n, count);
}

/*
 * static int Sum(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
 * as Roslyn compiles it in Release.
 */
static void test_loop_body(void) {
    static const uint8_t code[] = {
        0x16,             /* IL_0000: ldc.i4.0 */
        0x0A,             /* IL_0001: stloc.0 */
        0x16,             /* IL_0002: ldc.i4.0 */
        0x0B,             /* IL_0003: stloc.1 */
        0x2B, 0x08,       /* IL_0004: br.s IL_000e */
        0x06,             /* IL_0006: ldloc.0 */
        0x07,             /* IL_0007: ldloc.1 */
        0x58,             /* IL_0008: add */
        0x0A,             /* IL_0009: stloc.0 */
        0x07,             /* IL_000a: ldloc.1 */
        0x17,             /* IL_000b: ldc.i4.1 */
        0x58,             /* IL_000c: add */
        0x0B,             /* IL_000d: stloc.1 */
        0x07,             /* IL_000e: ldloc.1 */
        0x02,             /* IL_000f: ldarg.0 */
        0x32, 0xF4,       /* IL_0010: blt.s IL_0006 */
        0x06,             /* IL_0012: ldloc.0 */
        0x2A,             /* IL_0013: ret */
    };
    static const Expect expect[] = {
        {0x00, IMG_CEE_LDC_I4_0, 1, 0}, {0x01, IMG_CEE_STLOC_0, 1, 0}, {0x02, IMG_CEE_LDC_I4_0, 1, 0},
        {0x03, IMG_CEE_STLOC_1, 1, 0},  {0x04, IMG_CEE_BR_S, 2, 0x0E}, {0x06, IMG_CEE_LDLOC_0, 1, 0},
        {0x07, IMG_CEE_LDLOC_1, 1, 0},  {0x08, IMG_CEE_ADD, 1, 0},     {0x09, IMG_CEE_STLOC_0, 1, 0},
        {0x0A, IMG_CEE_LDLOC_1, 1, 0},  {0x0B, IMG_CEE_LDC_I4_1, 1, 0}, {0x0C, IMG_CEE_ADD, 1, 0},
        {0x0D, IMG_CEE_STLOC_1, 1, 0},  {0x0E, IMG_CEE_LDLOC_1, 1, 0}, {0x0F, IMG_CEE_LDARG_0, 1, 0},
        {0x10, IMG_CEE_BLT_S, 2, 0x06}, {0x12, IMG_CEE_LDLOC_0, 1, 0}, {0x13, IMG_CEE_RET, 1, 0},
    };
    check_body(code, sizeof code, expect, sizeof expect / sizeof expect[0]);
}

/* A switch, calls, a string, two-byte opcodes and wide variables. */
static void test_mixed_body(void) {
    static const uint8_t code[] = {
        0x02,                                     /* IL_0000: ldarg.0 */
        0x45, 0x02, 0x00, 0x00, 0x00,             /* IL_0001: switch (IL_0010, IL_001c) */
        0x02, 0x00, 0x00, 0x00, 0x0E, 0x00, 0x00, 0x00,
        0x2B, 0x1D,                               /* IL_000e: br.s IL_002d */
        0x72, 0x01, 0x00, 0x00, 0x70,             /* IL_0010: ldstr 0x70000001 */
        0x28, 0x03, 0x00, 0x00, 0x0A,             /* IL_0015: call 0x0a000003 */
        0x2B, 0x11,                               /* IL_001a: br.s IL_002d */
        0x02,                                     /* IL_001c: ldarg.0 */
        0x1F, 0xF6,                               /* IL_001d: ldc.i4.s -10 */
        0xFE, 0x01,                               /* IL_001f: ceq */
        0xFE, 0x0E, 0x00, 0x01,                   /* IL_0021: stloc 256 */
        0x12, 0x00,                               /* IL_0025: ldloca.s 0 */
        0xFE, 0x15, 0x04, 0x00, 0x00, 0x02,       /* IL_0027: initobj 0x02000004 */
        0x2A,                                     /* IL_002d: ret */
    };
    static const Expect expect[] = {
        {0x00, IMG_CEE_LDARG_0, 1, 0},
        {0x01, IMG_CEE_SWITCH, 13, 2},
        {0x0E, IMG_CEE_BR_S, 2, 0x2D},
        {0x10, IMG_CEE_LDSTR, 5, 0x70000001},
        {0x15, IMG_CEE_CALL, 5, 0x0A000003},
        {0x1A, IMG_CEE_BR_S, 2, 0x2D},
        {0x1C, IMG_CEE_LDARG_0, 1, 0},
        {0x1D, IMG_CEE_LDC_I4_S, 2, -10},
        {0x1F, IMG_CEE_CEQ, 2, 0},
        {0x21, IMG_CEE_STLOC, 4, 256},
        {0x25, IMG_CEE_LDLOCA_S, 2, 0},
        {0x27, IMG_CEE_INITOBJ, 6, 0x02000004},
        {0x2D, IMG_CEE_RET, 1, 0},
    };
    check_body(code, sizeof code, expect, sizeof expect / sizeof expect[0]);

    ImgInstr in;
    CHECK(img_il_decode(code, sizeof code, 1, &in));
    CHECK_EQ(img_il_switch_target(&in, 0), 0x10);
    CHECK_EQ(img_il_switch_target(&in, 1), 0x1C);
    /* Decoding from the middle of an instruction reads whatever is there;
     * here the switch count's zero bytes decode as nops. */
    CHECK(img_il_decode(code, sizeof code, 3, &in));
    CHECK_EQ(in.opcode, IMG_CEE_NOP);
}

int main(void) {
    RUN(test_table_matches_spec);
    RUN(test_table_indexed_by_enum);
    RUN(test_decode_every_opcode);
    RUN(test_truncated_operands);
    RUN(test_undefined_encodings);
    RUN(test_offset_bounds);
    RUN(test_sign_extension);
    RUN(test_floats);
    RUN(test_switch);
    RUN(test_loop_body);
    RUN(test_mixed_body);
    UNIT_END();
}
