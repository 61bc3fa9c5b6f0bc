/*
 * il.c - the Partition III opcode table and the decoder of one IL
 * instruction.
 *
 * Everything here is generated from IMG_OPCODE_LIST at compile time: the
 * info table indexed by ImgOpcode and the reverse maps indexed by encoding.
 * There is no initialisation step and no mutable state, so any thread may
 * decode at any time.
 *
 * The decoder trusts nothing in the code bytes: an unknown opcode or an
 * operand that would run past the end of the body is a decode failure, which
 * the transcoder turns into an InvalidProgramException. Branch targets are
 * computed but not range-checked; whether a target starts an instruction is
 * a property of the whole body, which only the transcoder sees.
 */
#include <string.h>

#include "image/image.h"
#include "image/internal.h"

#define IMG_INFO_ENTRY(sym, name, enc, operand, flow, pops, pushes) \
    [IMG_CEE_##sym] = {name, enc, IMG_OPERAND_##operand, IMG_FLOW_##flow, pops, pushes},

const ImgOpcodeInfo img_opcode_info[IMG_CEE_COUNT] = {IMG_OPCODE_LIST(IMG_INFO_ENTRY)};

#undef IMG_INFO_ENTRY

/* Every encoding must be one byte or 0xFE followed by one byte; anything
 * else in the list would not fit the two maps below. */
#define IMG_CHECK_ENCODING(sym, name, enc, operand, flow, pops, pushes) \
    _Static_assert((enc) <= 0xFF || ((enc) >> 8) == 0xFE, name ": encoding is not 0xNN or 0xFENN");
IMG_OPCODE_LIST(IMG_CHECK_ENCODING)
#undef IMG_CHECK_ENCODING

/* The maps store opcode + 1 so that the zero fill of a static array means
 * "no such opcode"; the + 1 must still fit a byte. */
_Static_assert(IMG_CEE_COUNT < 0xFF, "opcode map entries are bytes");

/*
 * opcode_map[0] is indexed by a one-byte encoding, opcode_map[1] by the byte
 * after a 0xFE prefix. Designated initializers make the compiler place each
 * entry; the pragma turns a duplicate encoding in the list into a build
 * error, whatever the warning flags, instead of a silently shadowed opcode.
 */
#define IMG_MAP_ENTRY(sym, name, enc, operand, flow, pops, pushes) \
    [(enc) > 0xFF][(enc) & 0xFF] = (uint8_t)(IMG_CEE_##sym + 1),

#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Woverride-init"
static const uint8_t opcode_map[2][256] = {IMG_OPCODE_LIST(IMG_MAP_ENTRY)};
#pragma GCC diagnostic pop

#undef IMG_MAP_ENTRY

/* Bytes of inline operand per ImgOperandKind; for SWITCH only the count,
 * the targets that follow are sized by it. */
static const uint8_t operand_size[] = {
    [IMG_OPERAND_NONE] = 0,
    [IMG_OPERAND_SHORT_VAR] = 1,
    [IMG_OPERAND_VAR] = 2,
    [IMG_OPERAND_SHORT_I] = 1,
    [IMG_OPERAND_I] = 4,
    [IMG_OPERAND_I8] = 8,
    [IMG_OPERAND_SHORT_R] = 4,
    [IMG_OPERAND_R] = 8,
    [IMG_OPERAND_SHORT_BRANCH] = 1,
    [IMG_OPERAND_BRANCH] = 4,
    [IMG_OPERAND_METHOD] = 4,
    [IMG_OPERAND_FIELD] = 4,
    [IMG_OPERAND_TYPE] = 4,
    [IMG_OPERAND_TOKEN] = 4,
    [IMG_OPERAND_SIG] = 4,
    [IMG_OPERAND_STRING] = 4,
    [IMG_OPERAND_SWITCH] = 4,
};

_Static_assert(sizeof(operand_size) == IMG_OPERAND_SWITCH + 1, "operand_size covers every kind");

/* Reads the opcode at code[*pos], advancing *pos past it. Returns false for
 * an unassigned encoding or a 0xFE prefix with nothing after it. */
static bool read_opcode(const uint8_t *code, uint32_t code_size, uint32_t *pos, ImgOpcode *opcode) {
    unsigned page = 0;
    uint8_t byte = code[(*pos)++];
    if (byte == 0xFE) {
        if (*pos >= code_size)
            return false;
        page = 1;
        byte = code[(*pos)++];
    }
    uint8_t entry = opcode_map[page][byte];
    if (entry == 0)
        return false;
    *opcode = (ImgOpcode)(entry - 1);
    return true;
}

static float float_from_bits(uint32_t bits) {
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static double double_from_bits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/*
 * The switch operand is a count and then count 4-byte targets. The count
 * comes from the file, so count * 4 is compared by division: a count near
 * 2^30 would otherwise wrap the product to a small number and pass.
 */
static bool decode_switch(const uint8_t *p, uint32_t available, ImgInstr *instr) {
    uint32_t count = img_le32(p);
    if (count > (available - 4) / 4)
        return false;
    instr->operand.sw.count = count;
    instr->operand.sw.targets = p + 4;
    instr->size += 4 + count * 4;
    return true;
}

/* Fills instr->operand from the operand bytes at p; instr->size already
 * covers the opcode and the fixed part of the operand. */
static void decode_operand(ImgOperandKind kind, const uint8_t *p, ImgInstr *instr) {
    /* Branch displacements count from the next instruction (III.1.7.3). */
    int64_t next = (int64_t)instr->offset + instr->size;

    switch (kind) {
    case IMG_OPERAND_NONE:
    case IMG_OPERAND_SWITCH:
        break;
    case IMG_OPERAND_SHORT_VAR:
        instr->operand.i = p[0];
        break;
    case IMG_OPERAND_VAR:
        instr->operand.i = img_le16(p);
        break;
    case IMG_OPERAND_SHORT_I:
        /* Only ldc.i4.s carries a signed byte; the alignment of unaligned.
         * and the check mask of no. are unsigned. */
        if (instr->opcode == IMG_CEE_LDC_I4_S)
            instr->operand.i = (int8_t)p[0];
        else
            instr->operand.i = p[0];
        break;
    case IMG_OPERAND_I:
        instr->operand.i = (int32_t)img_le32(p);
        break;
    case IMG_OPERAND_I8:
        instr->operand.i = (int64_t)img_le64(p);
        break;
    case IMG_OPERAND_SHORT_R:
        instr->operand.r = (double)float_from_bits(img_le32(p));
        break;
    case IMG_OPERAND_R:
        instr->operand.r = double_from_bits(img_le64(p));
        break;
    case IMG_OPERAND_SHORT_BRANCH:
        instr->operand.target = next + (int8_t)p[0];
        break;
    case IMG_OPERAND_BRANCH:
        instr->operand.target = next + (int32_t)img_le32(p);
        break;
    case IMG_OPERAND_METHOD:
    case IMG_OPERAND_FIELD:
    case IMG_OPERAND_TYPE:
    case IMG_OPERAND_TOKEN:
    case IMG_OPERAND_SIG:
    case IMG_OPERAND_STRING:
        instr->operand.token = img_le32(p);
        break;
    }
}

bool img_il_decode(const uint8_t *code, uint32_t code_size, uint32_t offset, ImgInstr *instr) {
    if (offset >= code_size)
        return false;

    uint32_t pos = offset;
    ImgOpcode opcode;
    if (!read_opcode(code, code_size, &pos, &opcode))
        return false;

    ImgOperandKind kind = (ImgOperandKind)img_opcode_info[opcode].operand;
    uint32_t available = code_size - pos;
    if (available < operand_size[kind])
        return false;

    memset(instr, 0, sizeof *instr);
    instr->offset = offset;
    instr->opcode = opcode;
    instr->size = pos - offset;

    const uint8_t *p = code + pos;
    if (kind == IMG_OPERAND_SWITCH)
        return decode_switch(p, available, instr);

    instr->size += operand_size[kind];
    decode_operand(kind, p, instr);
    return true;
}

/* An index past the table or a non-switch instruction yields -1, which no
 * body contains, so a careless caller fails its target check instead of
 * reading out of bounds. */
int64_t img_il_switch_target(const ImgInstr *instr, uint32_t index) {
    if (instr->opcode != IMG_CEE_SWITCH || index >= instr->operand.sw.count)
        return -1;
    int32_t displacement = (int32_t)img_le32(instr->operand.sw.targets + (size_t)index * 4);
    return (int64_t)instr->offset + instr->size + displacement;
}
