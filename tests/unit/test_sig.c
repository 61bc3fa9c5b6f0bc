/*
 * test_sig.c - bounded reads, the arena, signature and custom attribute
 * decoding (ECMA-335 II.23.2, II.23.3), on hand-built blobs.
 *
 * Decoded trees are printed to a compact text form and compared whole, so a
 * wrong field anywhere fails the check. Every valid blob is also decoded at
 * every shorter length (each must fail: the encodings are prefix-free), with
 * a junk byte appended (must decode the same), and with every byte replaced
 * by every value (must not crash); the copies are malloc'ed at their exact
 * size so ASan sees any read past the end.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "image/image.h"
#include "unit.h"

#define BYTES(...) ((ImgBlob){(const uint8_t[]){__VA_ARGS__}, sizeof((const uint8_t[]){__VA_ARGS__})})

/* Reports a failed check at the caller's line, for checks made in helpers. */
static void fail_at(int line, const char *fmt, ...) {
    va_list ap;
    printf("  %s:%d: ", __FILE__, line);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    unit_current_failed = 1;
}

/* A copy of the first n bytes in a block of exactly n bytes. */
static uint8_t *exact_copy(const uint8_t *bytes, size_t n) {
    uint8_t *copy = malloc(n ? n : 1);
    if (n)
        memcpy(copy, bytes, n);
    return copy;
}

/* ------------------------------------------------------------------ */
/* Printing decoded trees                                             */
/* ------------------------------------------------------------------ */

static char text[16384];
static size_t text_len;

static void emit(const char *fmt, ...) {
    if (text_len >= sizeof text - 1)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text + text_len, sizeof text - text_len, fmt, ap);
    va_end(ap);
    if (n > 0)
        text_len += (size_t)n;
}

static void text_reset(void) {
    text_len = 0;
    text[0] = 0;
}

static const char *const simple_names[0x20] = {
    [IMG_ELEMENT_VOID] = "void",     [IMG_ELEMENT_BOOLEAN] = "bool", [IMG_ELEMENT_CHAR] = "char",
    [IMG_ELEMENT_I1] = "i1",         [IMG_ELEMENT_U1] = "u1",        [IMG_ELEMENT_I2] = "i2",
    [IMG_ELEMENT_U2] = "u2",         [IMG_ELEMENT_I4] = "i4",        [IMG_ELEMENT_U4] = "u4",
    [IMG_ELEMENT_I8] = "i8",         [IMG_ELEMENT_U8] = "u8",        [IMG_ELEMENT_R4] = "r4",
    [IMG_ELEMENT_R8] = "r8",         [IMG_ELEMENT_STRING] = "string", [IMG_ELEMENT_TYPEDBYREF] = "typedbyref",
    [IMG_ELEMENT_I] = "i",           [IMG_ELEMENT_U] = "u",          [IMG_ELEMENT_OBJECT] = "object",
};

static void emit_type(const ImgType *t);

static void emit_method(const ImgMethodSig *m) {
    if (!m) {
        emit("NULL");
        return;
    }
    emit("[%02x]", m->flags);
    if (m->flags & IMG_SIG_GENERIC)
        emit("<%u>", m->generic_param_count);
    if (m->ret)
        emit_type(m->ret);
    emit("(");
    for (uint32_t i = 0; i < m->param_count; i++) {
        if (i)
            emit(",");
        if ((int32_t)i == m->sentinel)
            emit("...,");
        emit_type(m->params[i]);
    }
    emit(")");
}

static void emit_type(const ImgType *t) {
    if (!t) {
        emit("NULL");
        return;
    }
    switch (t->kind) {
    case IMG_ELEMENT_CLASS: emit("class(0x%08x)", t->token); break;
    case IMG_ELEMENT_VALUETYPE: emit("valuetype(0x%08x)", t->token); break;
    case IMG_ELEMENT_VAR: emit("!%u", t->number); break;
    case IMG_ELEMENT_MVAR: emit("!!%u", t->number); break;
    case IMG_ELEMENT_PTR: emit("ptr("); emit_type(t->inner); emit(")"); break;
    case IMG_ELEMENT_BYREF: emit("byref("); emit_type(t->inner); emit(")"); break;
    case IMG_ELEMENT_SZARRAY: emit("szarray("); emit_type(t->inner); emit(")"); break;
    case IMG_ELEMENT_PINNED: emit("pinned("); emit_type(t->inner); emit(")"); break;
    case IMG_ELEMENT_CMOD_REQD:
    case IMG_ELEMENT_CMOD_OPT:
        emit("%s(0x%08x,", t->kind == IMG_ELEMENT_CMOD_REQD ? "modreq" : "modopt", t->token);
        emit_type(t->inner);
        emit(")");
        break;
    case IMG_ELEMENT_ARRAY:
        emit("array(");
        emit_type(t->inner);
        emit(",%u,[", t->shape->rank);
        for (uint32_t i = 0; i < t->shape->size_count; i++)
            emit("%s%u", i ? "," : "", t->shape->sizes[i]);
        emit("],[");
        for (uint32_t i = 0; i < t->shape->lobound_count; i++)
            emit("%s%d", i ? "," : "", t->shape->lobounds[i]);
        emit("])");
        break;
    case IMG_ELEMENT_GENERICINST:
        emit("inst(");
        emit_type(t->inner);
        for (uint32_t i = 0; i < t->arg_count; i++) {
            emit(",");
            emit_type(t->args[i]);
        }
        emit(")");
        break;
    case IMG_ELEMENT_FNPTR: emit("fnptr("); emit_method(t->method); emit(")"); break;
    default:
        if (t->kind < 0x20 && simple_names[t->kind])
            emit("%s", simple_names[t->kind]);
        else
            emit("?%02x", t->kind);
    }
}

static const char *type_str(const ImgType *t) {
    text_reset();
    emit_type(t);
    return text;
}

static const char *method_str(const ImgMethodSig *m) {
    text_reset();
    emit_method(m);
    return text;
}

/* ------------------------------------------------------------------ */
/* Cursor reads                                                       */
/* ------------------------------------------------------------------ */

static void test_fixed_reads(void) {
    /* Start at an odd offset so every multi-byte read is unaligned. */
    static const uint8_t bytes[] = {0xEE, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
                                    0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x01};
    ImgCursor c = img_cursor((ImgBlob){bytes + 1, sizeof bytes - 1});
    CHECK_EQ(img_read_u8(&c), 0x11);
    CHECK_EQ(img_read_u16(&c), 0x3322);
    CHECK_EQ(img_read_u32(&c), 0x77665544u);
    CHECK(img_read_u64(&c) == 0xFFEEDDCCBBAA9988ull);
    CHECK(!c.bad);
    CHECK(c.pos == bytes + 16);
    CHECK_EQ(img_read_u8(&c), 0x01);
    CHECK(c.pos == c.end);
    CHECK(!c.bad);
    CHECK_EQ(img_read_u8(&c), 0);
    CHECK(c.bad);

    /* A read that does not fit fails whole and leaves nothing half-read;
     * later reads fail even where bytes remain. */
    static const uint8_t three[] = {1, 2, 3};
    c = img_cursor((ImgBlob){three, 3});
    CHECK_EQ(img_read_u32(&c), 0);
    CHECK(c.bad);
    CHECK_EQ(img_read_u8(&c), 0);
    CHECK_EQ(img_read_u16(&c), 0);
    c = img_cursor((ImgBlob){three, 3});
    CHECK_EQ(img_read_u16(&c), 0x0201);
    CHECK_EQ(img_read_u16(&c), 0);
    CHECK(c.bad);
    CHECK_EQ(img_read_u8(&c), 0);
    c = img_cursor((ImgBlob){three, 3});
    CHECK(img_read_u64(&c) == 0);
    CHECK(c.bad);
    CHECK_EQ(img_read_compressed(&c), 0);
    CHECK_EQ(img_read_compressed_signed(&c), 0);
    CHECK_EQ(img_read_typedef_or_ref(&c), 0);
    CHECK(c.bad);
}

/* Reads one compressed integer from exactly these bytes; *used gets how
 * many were consumed, or -1 if the read failed. */
static uint32_t read_unsigned(ImgBlob blob, int *used) {
    uint8_t *copy = exact_copy(blob.data, blob.size);
    ImgCursor c = img_cursor((ImgBlob){copy, blob.size});
    uint32_t v = img_read_compressed(&c);
    *used = c.bad ? -1 : (int)(c.pos - copy);
    free(copy);
    return v;
}

static int32_t read_signed(ImgBlob blob, int *used) {
    uint8_t *copy = exact_copy(blob.data, blob.size);
    ImgCursor c = img_cursor((ImgBlob){copy, blob.size});
    int32_t v = img_read_compressed_signed(&c);
    *used = c.bad ? -1 : (int)(c.pos - copy);
    free(copy);
    return v;
}

static void test_compressed_unsigned(void) {
    int used;
    /* The examples of II.23.2 and each form's boundaries. */
    CHECK_EQ(read_unsigned(BYTES(0x00), &used), 0);
    CHECK_EQ(used, 1);
    CHECK_EQ(read_unsigned(BYTES(0x03), &used), 0x03);
    CHECK_EQ(used, 1);
    CHECK_EQ(read_unsigned(BYTES(0x7F), &used), 0x7F);
    CHECK_EQ(used, 1);
    CHECK_EQ(read_unsigned(BYTES(0x80, 0x80), &used), 0x80);
    CHECK_EQ(used, 2);
    CHECK_EQ(read_unsigned(BYTES(0xAE, 0x57), &used), 0x2E57);
    CHECK_EQ(used, 2);
    CHECK_EQ(read_unsigned(BYTES(0xBF, 0xFF), &used), 0x3FFF);
    CHECK_EQ(used, 2);
    CHECK_EQ(read_unsigned(BYTES(0xC0, 0x00, 0x40, 0x00), &used), 0x4000);
    CHECK_EQ(used, 4);
    CHECK_EQ(read_unsigned(BYTES(0xDF, 0xFF, 0xFF, 0xFF), &used), 0x1FFFFFFF);
    CHECK_EQ(used, 4);
    /* Trailing bytes are left for the next read. */
    CHECK_EQ(read_unsigned(BYTES(0x05, 0xFF), &used), 5);
    CHECK_EQ(used, 1);
    CHECK_EQ(read_unsigned(BYTES(0x81, 0x02, 0x03), &used), 0x102);
    CHECK_EQ(used, 2);

    /* Several in a row. */
    static const uint8_t run[] = {0x7F, 0x80, 0x80, 0xC0, 0x00, 0x40, 0x00, 0x00};
    ImgCursor c = img_cursor((ImgBlob){run, sizeof run});
    CHECK_EQ(img_read_compressed(&c), 0x7F);
    CHECK_EQ(img_read_compressed(&c), 0x80);
    CHECK_EQ(img_read_compressed(&c), 0x4000);
    CHECK_EQ(img_read_compressed(&c), 0);
    CHECK(!c.bad && c.pos == c.end);
}

static void test_compressed_malformed(void) {
    int used;
    /* 111xxxxx is no form at all, 0xFF included. */
    CHECK_EQ(read_unsigned(BYTES(0xE0, 0, 0, 0, 0), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_unsigned(BYTES(0xFF, 0, 0, 0, 0), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_unsigned(BYTES(0xF0, 0, 0, 0), &used), 0);
    CHECK_EQ(used, -1);
    /* Truncated forms. */
    CHECK_EQ(read_unsigned((ImgBlob){(const uint8_t *)"", 0}, &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_unsigned(BYTES(0x80), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_unsigned(BYTES(0xBF), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_unsigned(BYTES(0xC0), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_unsigned(BYTES(0xC0, 0x00), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_unsigned(BYTES(0xDF, 0xFF, 0xFF), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_signed(BYTES(0x80), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_signed(BYTES(0xC0, 0, 0), &used), 0);
    CHECK_EQ(used, -1);
    CHECK_EQ(read_signed(BYTES(0xFF), &used), 0);
    CHECK_EQ(used, -1);

    /* Once bad, a well-formed integer after the bad one still reads 0. */
    static const uint8_t after[] = {0xE5, 0x05};
    ImgCursor c = img_cursor((ImgBlob){after, sizeof after});
    CHECK_EQ(img_read_compressed(&c), 0);
    CHECK(c.bad);
    c.pos = after + 1;
    CHECK_EQ(img_read_compressed(&c), 0);
}

/* An independent encoder: `raw` in the form holding `bits` value bits. */
static size_t encode_form(uint32_t raw, unsigned bits, uint8_t *out) {
    if (bits == 7) {
        out[0] = (uint8_t)raw;
        return 1;
    }
    if (bits == 14) {
        out[0] = (uint8_t)(0x80 | (raw >> 8));
        out[1] = (uint8_t)raw;
        return 2;
    }
    out[0] = (uint8_t)(0xC0 | (raw >> 24));
    out[1] = (uint8_t)(raw >> 16);
    out[2] = (uint8_t)(raw >> 8);
    out[3] = (uint8_t)raw;
    return 4;
}

static size_t encode_signed(int32_t v, uint8_t *out) {
    unsigned bits = (v >= -64 && v < 64) ? 7 : (v >= -8192 && v < 8192) ? 14 : 29;
    uint32_t mask = (1u << bits) - 1;
    uint32_t twos = (uint32_t)v & mask;
    return encode_form(((twos << 1) | (twos >> (bits - 1))) & mask, bits, out);
}

static void test_compressed_signed(void) {
    int used;
    /* II.23.2's examples. */
    CHECK_EQ(read_signed(BYTES(0x06), &used), 3);
    CHECK_EQ(used, 1);
    CHECK_EQ(read_signed(BYTES(0x7B), &used), -3);
    CHECK_EQ(used, 1);
    CHECK_EQ(read_signed(BYTES(0x80, 0x80), &used), 64);
    CHECK_EQ(used, 2);
    CHECK_EQ(read_signed(BYTES(0x01), &used), -64);
    CHECK_EQ(used, 1);
    CHECK_EQ(read_signed(BYTES(0xC0, 0x00, 0x40, 0x00), &used), 8192);
    CHECK_EQ(used, 4);
    CHECK_EQ(read_signed(BYTES(0x80, 0x01), &used), -8192);
    CHECK_EQ(used, 2);
    CHECK_EQ(read_signed(BYTES(0xDF, 0xFF, 0xFF, 0xFE), &used), 268435455);
    CHECK_EQ(used, 4);
    CHECK_EQ(read_signed(BYTES(0xC0, 0x00, 0x00, 0x01), &used), -268435456);
    CHECK_EQ(used, 4);
    /* Each form's extremes. */
    CHECK_EQ(read_signed(BYTES(0x00), &used), 0);
    CHECK_EQ(read_signed(BYTES(0x7E), &used), 63);
    CHECK_EQ(read_signed(BYTES(0x7F), &used), -1);
    CHECK_EQ(read_signed(BYTES(0xBF, 0xFE), &used), 8191);
    CHECK_EQ(read_signed(BYTES(0xBF, 0x7F), &used), -65);

    /* Round trips through the independent encoder over the whole range. */
    static const int32_t edges[] = {-268435456, -268435455, -8193, -8192, -8191, -65, -64, -63,
                                    -2, -1, 0, 1, 2, 63, 64, 65, 8191, 8192, 268435454, 268435455};
    int mismatches = 0;
    for (size_t i = 0; i < sizeof edges / sizeof edges[0] + 60000; i++) {
        int32_t v = i < sizeof edges / sizeof edges[0]
                        ? edges[i]
                        : -268435456 + (int32_t)(i * 8941);
        uint8_t buf[4];
        size_t n = encode_signed(v, buf);
        if (read_signed((ImgBlob){buf, (uint32_t)n}, &used) != v || used != (int)n)
            mismatches++;
    }
    CHECK_EQ(mismatches, 0);
    for (uint32_t v = 0; v < 0x20000000u; v += v < 0x10000 ? 1 : 4099) {
        uint8_t buf[4];
        size_t n = encode_form(v, v < 0x80 ? 7 : v < 0x4000 ? 14 : 29, buf);
        if (read_unsigned((ImgBlob){buf, (uint32_t)n}, &used) != v || used != (int)n)
            mismatches++;
    }
    CHECK_EQ(mismatches, 0);
}

static uint32_t read_token(ImgBlob blob, bool *bad) {
    ImgCursor c = img_cursor(blob);
    uint32_t token = img_read_typedef_or_ref(&c);
    *bad = c.bad;
    return token;
}

static void test_typedef_or_ref(void) {
    bool bad;
    CHECK_EQ(read_token(BYTES(0x08), &bad), 0x02000002); /* TypeDef 2 */
    CHECK(!bad);
    CHECK_EQ(read_token(BYTES(0x49), &bad), 0x01000012); /* II.23.2.8: TypeRef 0x12 */
    CHECK(!bad);
    CHECK_EQ(read_token(BYTES(0x16), &bad), 0x1B000005); /* TypeSpec 5 */
    CHECK(!bad);
    CHECK_EQ(read_token(BYTES(0x81, 0x01), &bad), 0x01000040);
    CHECK(!bad);
    CHECK_EQ(read_token(BYTES(0xC3, 0xFF, 0xFF, 0xFD), &bad), 0x01FFFFFF); /* largest rid */
    CHECK(!bad);
    /* Tag 3, a null rid, a rid no token can hold, a bad integer. */
    CHECK_EQ(read_token(BYTES(0x0B), &bad), 0);
    CHECK(bad);
    CHECK_EQ(read_token(BYTES(0x01), &bad), 0);
    CHECK(bad);
    CHECK_EQ(read_token(BYTES(0x00), &bad), 0);
    CHECK(bad);
    CHECK_EQ(read_token(BYTES(0xC4, 0x00, 0x00, 0x01), &bad), 0);
    CHECK(bad);
    CHECK_EQ(read_token(BYTES(0xFF), &bad), 0);
    CHECK(bad);
}

/* ------------------------------------------------------------------ */
/* Arena                                                              */
/* ------------------------------------------------------------------ */

static bool aligned(const void *p) {
    return (uintptr_t)p % _Alignof(max_align_t) == 0;
}

static void test_arena(void) {
    ImgArena arena;
    img_arena_init(&arena);
    CHECK(arena.blocks == NULL);

    /* Small allocations come from the inline buffer, aligned and zeroed. */
    uint8_t *first = img_arena_alloc(&arena, 3);
    uint8_t *second = img_arena_alloc(&arena, 5);
    CHECK(first >= arena.inline_buf && first < arena.inline_buf + sizeof arena.inline_buf);
    CHECK(second >= first + 3);
    CHECK(aligned(first) && aligned(second));
    CHECK(arena.blocks == NULL);

    /* Many allocations of odd sizes: all aligned, zeroed, disjoint. */
    enum { N = 600 };
    static uint8_t *ptrs[N];
    static size_t sizes[N];
    int not_zero = 0, not_aligned = 0, overwritten = 0;
    for (int i = 0; i < N; i++) {
        sizes[i] = (size_t)(i * 37 % 301) + (i % 7 == 0 ? 5000 : 0);
        ptrs[i] = img_arena_alloc(&arena, sizes[i]);
        if (!aligned(ptrs[i]))
            not_aligned++;
        for (size_t j = 0; j < sizes[i]; j++)
            not_zero += ptrs[i][j] != 0;
        memset(ptrs[i], i & 0xFF, sizes[i]);
    }
    for (int i = 0; i < N; i++) {
        for (size_t j = 0; j < sizes[i]; j++)
            overwritten += ptrs[i][j] != (uint8_t)(i & 0xFF);
    }
    CHECK_EQ(not_aligned, 0);
    CHECK_EQ(not_zero, 0);
    CHECK_EQ(overwritten, 0);
    CHECK(arena.blocks != NULL);

    /* One allocation larger than any standard block. */
    uint8_t *big = img_arena_alloc(&arena, 3u << 20);
    CHECK(big && aligned(big));
    CHECK(big[0] == 0 && big[(3u << 20) - 1] == 0);
    memset(big, 0xAB, 3u << 20);
    CHECK(ptrs[N - 1][0] == (uint8_t)((N - 1) & 0xFF));
    /* Zero-size requests still give distinct pointers. */
    void *z1 = img_arena_alloc(&arena, 0), *z2 = img_arena_alloc(&arena, 0);
    CHECK(z1 && z2 && z1 != z2);

    /* Freed, the arena is empty and usable again, and what it hands out
     * is zeroed even where earlier allocations wrote. */
    img_arena_free(&arena);
    CHECK(arena.blocks == NULL);
    CHECK(arena.pos == arena.inline_buf);
    memset(arena.inline_buf, 0x5A, sizeof arena.inline_buf);
    uint8_t *again = img_arena_alloc(&arena, 100);
    CHECK(again >= arena.inline_buf && again < arena.inline_buf + sizeof arena.inline_buf);
    int dirty = 0;
    for (int j = 0; j < 100; j++)
        dirty += again[j] != 0;
    CHECK_EQ(dirty, 0);
    img_arena_free(&arena);
    img_arena_free(&arena); /* freeing an empty arena is harmless */
    CHECK(arena.blocks == NULL);
}

/* ------------------------------------------------------------------ */
/* Signatures                                                         */
/* ------------------------------------------------------------------ */

typedef enum SigKind {
    SIG_TYPESPEC, SIG_METHOD, SIG_FIELD, SIG_PROPERTY, SIG_LOCALS, SIG_METHODSPEC
} SigKind;

/* The decoded, printed signature, or NULL if decoding failed. */
static const char *decode_sig(SigKind kind, ImgBlob blob, ImgArena *arena) {
    switch (kind) {
    case SIG_TYPESPEC: {
        ImgType *t = img_sig_typespec(blob, arena);
        return t ? type_str(t) : NULL;
    }
    case SIG_FIELD: {
        ImgType *t = img_sig_field(blob, arena);
        return t ? type_str(t) : NULL;
    }
    case SIG_METHOD: {
        ImgMethodSig *m = img_sig_method(blob, arena);
        return m ? method_str(m) : NULL;
    }
    case SIG_PROPERTY: {
        ImgMethodSig *m = img_sig_property(blob, arena);
        return m ? method_str(m) : NULL;
    }
    case SIG_LOCALS: {
        ImgMethodSig *m = img_sig_locals(blob, arena);
        return m ? method_str(m) : NULL;
    }
    case SIG_METHODSPEC: {
        ImgMethodSig *m = img_sig_methodspec(blob, arena);
        return m ? method_str(m) : NULL;
    }
    }
    return NULL;
}

static const char *decode_exact(SigKind kind, const uint8_t *bytes, size_t n, ImgArena *arena) {
    uint8_t *copy = exact_copy(bytes, n);
    const char *s = decode_sig(kind, (ImgBlob){copy, (uint32_t)n}, arena);
    free(copy);
    return s;
}

/* Checks that blob decodes to `expected` (NULL: is rejected), and for a
 * valid blob that every strict prefix is rejected, that a trailing junk
 * byte is ignored, and that no single-byte change crashes the decoder. */
static void expect_sig_at(int line, SigKind kind, ImgBlob blob, const char *expected) {
    ImgArena arena;
    img_arena_init(&arena);
    const char *got = decode_exact(kind, blob.data, blob.size, &arena);
    if (!expected || !got) {
        if (expected || got)
            fail_at(line, "decoded \"%s\", expected \"%s\"", got ? got : "(null)",
                    expected ? expected : "(null)");
    } else if (strcmp(got, expected) != 0) {
        fail_at(line, "decoded \"%s\", expected \"%s\"", got, expected);
    }
    img_arena_free(&arena);
    if (!expected)
        return;

    for (uint32_t n = 0; n < blob.size; n++) {
        if (decode_exact(kind, blob.data, n, &arena))
            fail_at(line, "prefix of %u bytes decoded to \"%s\"", n, text);
        img_arena_free(&arena);
    }

    uint8_t *longer = malloc(blob.size + 1);
    memcpy(longer, blob.data, blob.size);
    longer[blob.size] = 0xFF;
    got = decode_exact(kind, longer, blob.size + 1, &arena);
    if (!got || strcmp(got, expected) != 0)
        fail_at(line, "with a trailing byte decoded \"%s\"", got ? got : "(null)");
    img_arena_free(&arena);

    for (uint32_t i = 0; i < blob.size; i++) {
        memcpy(longer, blob.data, blob.size);
        for (unsigned v = 0; v < 256; v++) {
            longer[i] = (uint8_t)v;
            decode_exact(kind, longer, blob.size, &arena); /* any result; ASan watches */
            img_arena_free(&arena);
        }
    }
    free(longer);
}

#define EXPECT_SIG(kind, expected, ...) expect_sig_at(__LINE__, kind, BYTES(__VA_ARGS__), expected)

static void test_every_element_type(void) {
    /* Every byte alone: exactly the self-contained types decode. */
    ImgArena arena;
    img_arena_init(&arena);
    int wrong = 0;
    for (unsigned b = 0; b < 256; b++) {
        uint8_t byte = (uint8_t)b;
        ImgType *t = img_sig_typespec((ImgBlob){&byte, 1}, &arena);
        bool simple = b < 0x20 && simple_names[b];
        if ((t != NULL) != simple || (t && (t->kind != b || t->inner || t->token)))
            wrong++;
        img_arena_free(&arena);
    }
    CHECK_EQ(wrong, 0);

    /* img_sig_type consumes exactly one type from a longer cursor. */
    static const uint8_t two[] = {IMG_ELEMENT_R8, IMG_ELEMENT_CHAR};
    ImgCursor c = img_cursor((ImgBlob){two, 2});
    ImgType *t = img_sig_type(&c, &arena);
    CHECK(t && t->kind == IMG_ELEMENT_R8);
    CHECK(c.pos == two + 1 && !c.bad);
    t = img_sig_type(&c, &arena);
    CHECK(t && t->kind == IMG_ELEMENT_CHAR);
    CHECK(c.pos == c.end);
    CHECK(img_sig_type(&c, &arena) == NULL);
    CHECK(c.bad);
    img_arena_free(&arena);

    EXPECT_SIG(SIG_TYPESPEC, "class(0x01000012)", 0x12, 0x49);
    EXPECT_SIG(SIG_TYPESPEC, "valuetype(0x02000002)", 0x11, 0x08);
    EXPECT_SIG(SIG_TYPESPEC, "class(0x1b000005)", 0x12, 0x16);
    EXPECT_SIG(SIG_TYPESPEC, "!0", 0x13, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, "!16384", 0x13, 0xC0, 0x00, 0x40, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, "!!127", 0x1E, 0x7F);
    EXPECT_SIG(SIG_TYPESPEC, "!!128", 0x1E, 0x80, 0x80);
    EXPECT_SIG(SIG_TYPESPEC, "ptr(void)", 0x0F, 0x01);
    EXPECT_SIG(SIG_TYPESPEC, "ptr(ptr(u1))", 0x0F, 0x0F, 0x05);
    EXPECT_SIG(SIG_TYPESPEC, "byref(object)", 0x10, 0x1C);
    EXPECT_SIG(SIG_TYPESPEC, "szarray(szarray(i))", 0x1D, 0x1D, 0x18);
    EXPECT_SIG(SIG_TYPESPEC, "szarray(valuetype(0x02000001))", 0x1D, 0x11, 0x04);
    EXPECT_SIG(SIG_TYPESPEC, "pinned(u)", 0x45, 0x19);
    EXPECT_SIG(SIG_TYPESPEC, "modopt(0x01000002,u2)", 0x20, 0x09, 0x07);
    EXPECT_SIG(SIG_TYPESPEC, "modreq(0x02000003,typedbyref)", 0x1F, 0x0C, 0x16);

    /* Tokens must be well formed wherever they appear. */
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x12, 0x4B);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x11, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x1F, 0x03, 0x08);
    /* INTERNAL is followed by a raw pointer in Mono's own signatures; no
     * file may carry one. */
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x21, 1, 2, 3, 4, 5, 6, 7, 8);
    /* SENTINEL outside a method's parameters, END, MODIFIER. */
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x41, 0x08);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x40, 0x08);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x1D, 0x17);
}

static void test_generic_instances(void) {
    /* Dictionary<List<int>, string[]> */
    EXPECT_SIG(SIG_TYPESPEC, "inst(class(0x01000005),inst(class(0x01000006),i4),szarray(string))",
               0x15, 0x12, 0x15, 0x02, 0x15, 0x12, 0x19, 0x01, 0x08, 0x1D, 0x0E);
    /* KeyValuePair<!0, !!1> over a TypeDef */
    EXPECT_SIG(SIG_TYPESPEC, "inst(valuetype(0x02000003),!0,!!1)",
               0x15, 0x11, 0x0C, 0x02, 0x13, 0x00, 0x1E, 0x01);
    /* Nullable<KeyValuePair<int,long>>[] */
    EXPECT_SIG(SIG_TYPESPEC, "szarray(inst(valuetype(0x01000007),inst(valuetype(0x02000003),i4,i8)))",
               0x1D, 0x15, 0x11, 0x1D, 0x01, 0x15, 0x11, 0x0C, 0x02, 0x08, 0x0A);

    /* The node layout the loader relies on. */
    static const uint8_t list_int[] = {0x15, 0x12, 0x19, 0x01, 0x08};
    ImgArena arena;
    img_arena_init(&arena);
    ImgType *t = img_sig_typespec((ImgBlob){list_int, sizeof list_int}, &arena);
    CHECK(t && t->kind == IMG_ELEMENT_GENERICINST);
    if (t) {
        CHECK(t->inner && t->inner->kind == IMG_ELEMENT_CLASS && t->inner->token == 0x01000006);
        CHECK_EQ(t->arg_count, 1);
        CHECK(t->args && t->args[0]->kind == IMG_ELEMENT_I4);
        CHECK_EQ(t->token, 0);
    }
    img_arena_free(&arena);

    /* No arguments; a generic type that is neither CLASS nor VALUETYPE;
     * fewer arguments than counted. */
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x15, 0x12, 0x19, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x15, 0x08, 0x19, 0x01, 0x08);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x15, 0x15, 0x12, 0x19, 0x01, 0x08);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x15, 0x12, 0x19, 0x03, 0x08, 0x08);
}

static void test_arrays(void) {
    /* int32[-1..2, -8192.., ] : rank 3, sizes {4, 16384}, lobounds {-1, -8192} */
    EXPECT_SIG(SIG_TYPESPEC, "array(i4,3,[4,16384],[-1,-8192])",
               0x14, 0x08, 0x03, 0x02, 0x04, 0xC0, 0x00, 0x40, 0x00, 0x02, 0x7F, 0x80, 0x01);
    /* string[,] with no bounds at all */
    EXPECT_SIG(SIG_TYPESPEC, "array(string,2,[],[])", 0x14, 0x0E, 0x02, 0x00, 0x00);
    /* lower bounds without sizes, positive and large negative */
    EXPECT_SIG(SIG_TYPESPEC, "array(r8,2,[],[5,-268435456])",
               0x14, 0x0D, 0x02, 0x00, 0x02, 0x0A, 0xC0, 0x00, 0x00, 0x01);
    /* an array of generic instances of arrays */
    EXPECT_SIG(SIG_TYPESPEC, "array(inst(class(0x01000006),array(u1,1,[],[0])),1,[10],[])",
               0x14, 0x15, 0x12, 0x19, 0x01, 0x14, 0x05, 0x01, 0x00, 0x01, 0x00, 0x01, 0x01, 0x0A, 0x00);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t shape[] = {0x14, 0x08, 0x02, 0x01, 0x03, 0x02, 0x7B, 0x06};
    ImgType *t = img_sig_typespec((ImgBlob){shape, sizeof shape}, &arena);
    CHECK(t && t->shape);
    if (t && t->shape) {
        CHECK_EQ(t->shape->rank, 2);
        CHECK_EQ(t->shape->size_count, 1);
        CHECK_EQ(t->shape->sizes[0], 3);
        CHECK_EQ(t->shape->lobound_count, 2);
        CHECK_EQ(t->shape->lobounds[0], -3);
        CHECK_EQ(t->shape->lobounds[1], 3);
        CHECK(t->inner && t->inner->kind == IMG_ELEMENT_I4);
    }
    img_arena_free(&arena);

    /* Rank 0; more sizes or lower bounds than dimensions; a bad bound. */
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x14, 0x08, 0x00, 0x00, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x14, 0x08, 0x01, 0x02, 0x01, 0x01, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x14, 0x08, 0x01, 0x00, 0x02, 0x00, 0x00);
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x14, 0x08, 0x01, 0x00, 0x01, 0xFF);
}

static void test_method_sigs(void) {
    EXPECT_SIG(SIG_METHOD, "[00]void()", 0x00, 0x00, 0x01);
    /* instance string M(int32, object[]) */
    EXPECT_SIG(SIG_METHOD, "[20]string(i4,szarray(object))", 0x20, 0x02, 0x0E, 0x08, 0x1D, 0x1C);
    /* explicit this, returning byref and typedbyref parameters */
    EXPECT_SIG(SIG_METHOD, "[60]byref(!0)(class(0x02000001),typedbyref)",
               0x60, 0x02, 0x10, 0x13, 0x00, 0x12, 0x04, 0x16);
    /* unmanaged calling conventions */
    EXPECT_SIG(SIG_METHOD, "[01]i4(ptr(i1))", 0x01, 0x01, 0x08, 0x0F, 0x04);
    EXPECT_SIG(SIG_METHOD, "[02]void()", 0x02, 0x00, 0x01);
    EXPECT_SIG(SIG_METHOD, "[03]void()", 0x03, 0x00, 0x01);
    EXPECT_SIG(SIG_METHOD, "[04]void()", 0x04, 0x00, 0x01);
    EXPECT_SIG(SIG_METHOD, "[09]void()", 0x09, 0x00, 0x01);
    /* Not method kinds: field, local, property, methodspec, and undefined. */
    EXPECT_SIG(SIG_METHOD, NULL, 0x06, 0x00, 0x01);
    EXPECT_SIG(SIG_METHOD, NULL, 0x07, 0x00, 0x01);
    EXPECT_SIG(SIG_METHOD, NULL, 0x08, 0x00, 0x01);
    EXPECT_SIG(SIG_METHOD, NULL, 0x0A, 0x01, 0x08);
    EXPECT_SIG(SIG_METHOD, NULL, 0x0B, 0x00, 0x01);
    EXPECT_SIG(SIG_METHOD, NULL, 0x2F, 0x00, 0x01);
    /* a missing return type; a bad parameter */
    EXPECT_SIG(SIG_METHOD, NULL, 0x00, 0x00, 0x00);
    EXPECT_SIG(SIG_METHOD, NULL, 0x00, 0x01, 0x01, 0x17);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x20, 0x02, 0x0E, 0x08, 0x1D, 0x1C};
    ImgMethodSig *m = img_sig_method((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(m != NULL);
    if (m) {
        CHECK_EQ(m->flags, 0x20);
        CHECK_EQ(m->generic_param_count, 0);
        CHECK_EQ(m->param_count, 2);
        CHECK_EQ(m->sentinel, -1);
        CHECK_EQ(m->ret->kind, IMG_ELEMENT_STRING);
        CHECK_EQ(m->params[1]->inner->kind, IMG_ELEMENT_OBJECT);
    }
    img_arena_free(&arena);
}

static void test_generic_method_sigs(void) {
    /* instance !!0 M<T, U>(!!1, List<!!0>) */
    EXPECT_SIG(SIG_METHOD, "[30]<2>!!0(!!1,inst(class(0x01000006),!!0))",
               0x30, 0x02, 0x02, 0x1E, 0x00, 0x1E, 0x01, 0x15, 0x12, 0x19, 0x01, 0x1E, 0x00);
    /* static void M<128 params>() : generic count in the two-byte form */
    EXPECT_SIG(SIG_METHOD, "[10]<128>void()", 0x10, 0x80, 0x80, 0x00, 0x01);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x10, 0x03, 0x01, 0x1E, 0x02, 0x1E, 0x00};
    ImgMethodSig *m = img_sig_method((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(m && m->generic_param_count == 3 && m->param_count == 1);
    CHECK(m && m->ret->kind == IMG_ELEMENT_MVAR && m->ret->number == 2);
    img_arena_free(&arena);

    /* GENERIC flag but the count is cut off or malformed. */
    EXPECT_SIG(SIG_METHOD, NULL, 0x10, 0xFF, 0x00, 0x01);
}

static void test_custom_modifiers(void) {
    /* int32 modreq(A) M(int32 modopt(B)&, string) */
    EXPECT_SIG(SIG_METHOD, "[00]modreq(0x01000002,i4)(modopt(0x01000003,byref(i4)),string)",
               0x00, 0x02, 0x1F, 0x09, 0x08, 0x20, 0x0D, 0x10, 0x08, 0x0E);
    /* several modifiers in a row, on a void return and on a pointer's target */
    EXPECT_SIG(SIG_METHOD, "[00]modopt(0x01000003,modreq(0x01000002,void))(ptr(modopt(0x01000003,void)))",
               0x00, 0x01, 0x20, 0x0D, 0x1F, 0x09, 0x01, 0x0F, 0x20, 0x0D, 0x01);
    /* a field: static volatile int32 with a TypeDef modifier */
    EXPECT_SIG(SIG_FIELD, "modreq(0x02000004,modopt(0x01000003,i4))", 0x06, 0x1F, 0x10, 0x20, 0x0D, 0x08);
    EXPECT_SIG(SIG_FIELD, "inst(class(0x01000006),string)", 0x06, 0x15, 0x12, 0x19, 0x01, 0x0E);
    /* a modifier with nothing after it */
    EXPECT_SIG(SIG_FIELD, NULL, 0x06, 0x1F, 0x09);
    /* not FIELD */
    EXPECT_SIG(SIG_FIELD, NULL, 0x07, 0x08);
    EXPECT_SIG(SIG_FIELD, NULL, 0x00, 0x00, 0x08);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x00, 0x00, 0x1F, 0x09, 0x20, 0x0D, 0x01};
    ImgMethodSig *m = img_sig_method((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(m && m->ret->kind == IMG_ELEMENT_CMOD_REQD && m->ret->token == 0x01000002);
    CHECK(m && m->ret->inner->kind == IMG_ELEMENT_CMOD_OPT && m->ret->inner->token == 0x01000003);
    CHECK(m && m->ret->inner->inner->kind == IMG_ELEMENT_VOID && !m->ret->inner->inner->inner);
    img_arena_free(&arena);
}

static void test_fnptr(void) {
    /* method void *(int32, void*) */
    EXPECT_SIG(SIG_TYPESPEC, "fnptr([00]void(i4,ptr(void)))", 0x1B, 0x00, 0x02, 0x01, 0x08, 0x0F, 0x01);
    /* an unmanaged function pointer returning a function pointer */
    EXPECT_SIG(SIG_TYPESPEC, "fnptr([09]fnptr([20]i8(r4))(!!0))",
               0x1B, 0x09, 0x01, 0x1B, 0x20, 0x01, 0x0A, 0x0C, 0x1E, 0x00);
    /* a generic function pointer type as a method parameter */
    EXPECT_SIG(SIG_METHOD, "[00]void(fnptr([05]void(i4,...,i8)))",
               0x00, 0x01, 0x01, 0x1B, 0x05, 0x02, 0x01, 0x08, 0x41, 0x0A);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x1B, 0x00, 0x01, 0x08, 0x0E};
    ImgType *t = img_sig_typespec((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(t && t->kind == IMG_ELEMENT_FNPTR && t->method && !t->inner);
    CHECK(t && t->method->param_count == 1 && t->method->sentinel == -1);
    img_arena_free(&arena);

    /* A function pointer whose signature is a field's. */
    EXPECT_SIG(SIG_TYPESPEC, NULL, 0x1B, 0x06, 0x08);
}

static void test_vararg_sentinel(void) {
    /* vararg void M(int32, ..., string, object) */
    EXPECT_SIG(SIG_METHOD, "[05]void(i4,...,string,object)", 0x05, 0x03, 0x01, 0x08, 0x41, 0x0E, 0x1C);
    EXPECT_SIG(SIG_METHOD, "[05]void(...,i4)", 0x05, 0x01, 0x01, 0x41, 0x08);
    /* Twice; in place of the return type; inside a type. */
    EXPECT_SIG(SIG_METHOD, NULL, 0x05, 0x02, 0x01, 0x41, 0x08, 0x41, 0x08);
    EXPECT_SIG(SIG_METHOD, NULL, 0x05, 0x01, 0x41, 0x01, 0x08);
    EXPECT_SIG(SIG_METHOD, NULL, 0x05, 0x01, 0x01, 0x1D, 0x41, 0x08);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x05, 0x03, 0x08, 0x08, 0x08, 0x41, 0x0E};
    ImgMethodSig *m = img_sig_method((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(m != NULL);
    if (m) {
        CHECK_EQ(m->param_count, 3);
        CHECK_EQ(m->sentinel, 2);
        CHECK_EQ(m->params[1]->kind, IMG_ELEMENT_I4);
        CHECK_EQ(m->params[2]->kind, IMG_ELEMENT_STRING);
    }

    /* A sentinel after the last parameter is only a trailing byte. */
    static const uint8_t after_last[] = {0x05, 0x01, 0x01, 0x08, 0x41};
    m = img_sig_method((ImgBlob){after_last, sizeof after_last}, &arena);
    CHECK(m && m->param_count == 1 && m->sentinel == -1);
    img_arena_free(&arena);
}

static void test_property_sigs(void) {
    /* instance int32 Item[string] */
    EXPECT_SIG(SIG_PROPERTY, "[28]i4(string)", 0x28, 0x01, 0x08, 0x0E);
    /* static with a modifier on the type, no parameters */
    EXPECT_SIG(SIG_PROPERTY, "[08]modreq(0x01000002,string)()", 0x08, 0x00, 0x1F, 0x09, 0x0E);
    EXPECT_SIG(SIG_PROPERTY, "[28]byref(!0)(i4,i4)", 0x28, 0x02, 0x10, 0x13, 0x00, 0x08, 0x08);
    EXPECT_SIG(SIG_PROPERTY, NULL, 0x20, 0x00, 0x08);
    EXPECT_SIG(SIG_PROPERTY, NULL, 0x28, 0x01, 0x08);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x28, 0x01, 0x08, 0x0E};
    ImgMethodSig *m = img_sig_property((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(m && m->flags == 0x28 && m->ret->kind == IMG_ELEMENT_I4 && m->param_count == 1);
    CHECK(m && m->sentinel == -1);
    img_arena_free(&arena);
}

static void test_locals(void) {
    /* pinned int32&, string&, typedref, modreq(A) pinned uint8[] */
    EXPECT_SIG(SIG_LOCALS,
               "[07](pinned(byref(i4)),byref(string),typedbyref,"
               "modreq(0x01000002,pinned(szarray(u1))))",
               0x07, 0x04, 0x45, 0x10, 0x08, 0x10, 0x0E, 0x16, 0x1F, 0x09, 0x45, 0x1D, 0x05);
    EXPECT_SIG(SIG_LOCALS, "[07]()", 0x07, 0x00);
    EXPECT_SIG(SIG_LOCALS, "[07](inst(valuetype(0x02000003),!0,!!1),pinned(string))",
               0x07, 0x02, 0x15, 0x11, 0x0C, 0x02, 0x13, 0x00, 0x1E, 0x01, 0x45, 0x0E);
    EXPECT_SIG(SIG_LOCALS, NULL, 0x06, 0x01, 0x08);
    EXPECT_SIG(SIG_LOCALS, NULL, 0x07, 0x02, 0x08);
    EXPECT_SIG(SIG_LOCALS, NULL, 0x07, 0x01, 0x45);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x07, 0x01, 0x45, 0x10, 0x08};
    ImgMethodSig *m = img_sig_locals((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(m && m->ret == NULL && m->param_count == 1 && m->sentinel == -1);
    CHECK(m && m->params[0]->kind == IMG_ELEMENT_PINNED && m->params[0]->inner->kind == IMG_ELEMENT_BYREF);
    img_arena_free(&arena);
}

static void test_methodspec(void) {
    /* <int32, List<string>> */
    EXPECT_SIG(SIG_METHODSPEC, "[0a](i4,inst(class(0x01000006),string))",
               0x0A, 0x02, 0x08, 0x15, 0x12, 0x19, 0x01, 0x0E);
    EXPECT_SIG(SIG_METHODSPEC, "[0a](!0)", 0x0A, 0x01, 0x13, 0x00);
    /* no arguments; not GENERICINST; a flag on it */
    EXPECT_SIG(SIG_METHODSPEC, NULL, 0x0A, 0x00);
    EXPECT_SIG(SIG_METHODSPEC, NULL, 0x05, 0x01, 0x08);
    EXPECT_SIG(SIG_METHODSPEC, NULL, 0x2A, 0x01, 0x08);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t sig[] = {0x0A, 0x01, 0x0E};
    ImgMethodSig *m = img_sig_methodspec((ImgBlob){sig, sizeof sig}, &arena);
    CHECK(m && m->ret == NULL && m->param_count == 1 && m->params[0]->kind == IMG_ELEMENT_STRING);
    img_arena_free(&arena);
}

static void test_trailing_bytes(void) {
    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t field[] = {0x06, 0x08, 0x08, 0x08};
    ImgType *t = img_sig_field((ImgBlob){field, sizeof field}, &arena);
    CHECK(t && t->kind == IMG_ELEMENT_I4);
    static const uint8_t method[] = {0x00, 0x00, 0x01, 0x00, 0x00};
    ImgMethodSig *m = img_sig_method((ImgBlob){method, sizeof method}, &arena);
    CHECK(m && m->param_count == 0);
    img_arena_free(&arena);
}

/* n nested SZARRAYs around an int32: n + 1 type nodes in a chain. */
static ImgType *nested_arrays(ImgArena *arena, size_t n) {
    uint8_t *bytes = malloc(n + 1);
    memset(bytes, IMG_ELEMENT_SZARRAY, n);
    bytes[n] = IMG_ELEMENT_I4;
    ImgType *t = img_sig_typespec((ImgBlob){bytes, (uint32_t)(n + 1)}, arena);
    free(bytes);
    return t;
}

static void test_depth_limit(void) {
    ImgArena arena;
    img_arena_init(&arena);
    /* IMG_SIG_MAX_DEPTH nodes deep is the most that decodes. */
    ImgType *t = nested_arrays(&arena, IMG_SIG_MAX_DEPTH - 1);
    CHECK(t != NULL);
    int depth = 0;
    for (; t; t = t->inner)
        depth++;
    CHECK_EQ(depth, IMG_SIG_MAX_DEPTH);
    CHECK(nested_arrays(&arena, IMG_SIG_MAX_DEPTH) == NULL);
    CHECK(nested_arrays(&arena, 100000) == NULL);
    img_arena_free(&arena);

    /* The same limit through function pointers, generic arguments and
     * modifiers, where each level is a different construct. */
    enum { DEEP = 1000 };
    uint8_t *bytes = malloc(DEEP * 6 + 1);
    size_t n = 0;
    for (int i = 0; i < IMG_SIG_MAX_DEPTH - 1; i++) {
        bytes[n++] = 0x1B; /* FNPTR default, 0 params, returning... */
        bytes[n++] = 0x00;
        bytes[n++] = 0x00;
    }
    bytes[n++] = 0x01;
    ImgType *fn = img_sig_typespec((ImgBlob){bytes, (uint32_t)n}, &arena);
    CHECK(fn != NULL);
    n = 0;
    for (int i = 0; i < IMG_SIG_MAX_DEPTH; i++) {
        bytes[n++] = 0x1B;
        bytes[n++] = 0x00;
        bytes[n++] = 0x00;
    }
    bytes[n++] = 0x01;
    CHECK(img_sig_typespec((ImgBlob){bytes, (uint32_t)n}, &arena) == NULL);
    img_arena_free(&arena);

    n = 0;
    for (int i = 0; i < DEEP; i++) { /* List<List<...>> */
        bytes[n++] = 0x15;
        bytes[n++] = 0x12;
        bytes[n++] = 0x19;
        bytes[n++] = 0x01;
    }
    bytes[n++] = 0x08;
    CHECK(img_sig_typespec((ImgBlob){bytes, (uint32_t)n}, &arena) == NULL);
    img_arena_free(&arena);

    n = 0;
    bytes[n++] = 0x06;
    for (int i = 0; i < DEEP; i++) {
        bytes[n++] = 0x20;
        bytes[n++] = 0x0D;
    }
    bytes[n++] = 0x08;
    CHECK(img_sig_field((ImgBlob){bytes, (uint32_t)n}, &arena) == NULL);
    img_arena_free(&arena);
    free(bytes);
}

static void test_huge_counts(void) {
    /* Counts no blob this size could hold fail before allocating. */
    static const uint8_t params[] = {0x00, 0xDF, 0xFF, 0xFF, 0xFF, 0x01, 0x08};
    static const uint8_t locals[] = {0x07, 0xDF, 0xFF, 0xFF, 0xFF, 0x08};
    static const uint8_t spec[] = {0x0A, 0xC0, 0x10, 0x00, 0x00, 0x08};
    static const uint8_t inst[] = {0x15, 0x12, 0x19, 0xDF, 0xFF, 0xFF, 0xFF, 0x08};
    static const uint8_t sizes[] = {0x14, 0x08, 0xDF, 0xFF, 0xFF, 0xFF, 0xDF, 0xFF, 0xFF, 0xFF, 0x00};
    static const uint8_t one_over[] = {0x00, 0x03, 0x01, 0x08, 0x08};
    static const uint8_t exact[] = {0x00, 0x03, 0x01, 0x08, 0x08, 0x08};
    ImgArena arena;
    img_arena_init(&arena);
    CHECK(img_sig_method((ImgBlob){params, sizeof params}, &arena) == NULL);
    CHECK(img_sig_locals((ImgBlob){locals, sizeof locals}, &arena) == NULL);
    CHECK(img_sig_methodspec((ImgBlob){spec, sizeof spec}, &arena) == NULL);
    CHECK(img_sig_typespec((ImgBlob){inst, sizeof inst}, &arena) == NULL);
    CHECK(img_sig_typespec((ImgBlob){sizes, sizeof sizes}, &arena) == NULL);
    CHECK(img_sig_method((ImgBlob){one_over, sizeof one_over}, &arena) == NULL);
    CHECK(arena.blocks == NULL);
    CHECK(img_sig_method((ImgBlob){exact, sizeof exact}, &arena) != NULL);
    img_arena_free(&arena);

    /* A genuinely large signature spills out of the inline buffer. */
    enum { PARAMS = 2000 };
    uint8_t *big = malloc(PARAMS + 4);
    big[0] = 0x00;
    big[1] = 0x80 | (PARAMS >> 8);
    big[2] = PARAMS & 0xFF;
    big[3] = 0x01;
    memset(big + 4, IMG_ELEMENT_I4, PARAMS);
    ImgMethodSig *m = img_sig_method((ImgBlob){big, PARAMS + 4}, &arena);
    CHECK(m && m->param_count == PARAMS);
    int wrong = 0;
    for (uint32_t i = 0; m && i < m->param_count; i++)
        wrong += m->params[i]->kind != IMG_ELEMENT_I4;
    CHECK_EQ(wrong, 0);
    CHECK(arena.blocks != NULL);
    img_arena_free(&arena);
    free(big);
}

/* Deterministic pseudo-random bytes. */
static uint32_t rng_state = 12345;
static uint32_t rng(void) {
    rng_state = rng_state * 1103515245u + 12345u;
    return rng_state >> 8;
}

static void test_random_blobs(void) {
    /* Random bytes, biased towards element types, through every decoder:
     * only crashes (ASan) or a non-terminating decode could fail this. */
    static const uint8_t common[] = {0x00, 0x01, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14,
                                     0x15, 0x1B, 0x1D, 0x1E, 0x1F, 0x20, 0x41, 0x45, 0x80, 0xC0, 0xFF};
    ImgArena arena;
    img_arena_init(&arena);
    int decoded = 0;
    for (int round = 0; round < 20000; round++) {
        size_t n = rng() % 48;
        uint8_t *bytes = malloc(n ? n : 1);
        for (size_t i = 0; i < n; i++)
            bytes[i] = rng() % 3 ? common[rng() % sizeof common] : (uint8_t)rng();
        for (int kind = SIG_TYPESPEC; kind <= SIG_METHODSPEC; kind++)
            decoded += decode_sig((SigKind)kind, (ImgBlob){bytes, (uint32_t)n}, &arena) != NULL;
        img_arena_free(&arena);
        free(bytes);
    }
    CHECK(decoded > 0);
}

/* ------------------------------------------------------------------ */
/* Custom attributes                                                  */
/* ------------------------------------------------------------------ */

#define TOK_ENUM_I4 0x01000010u /* TypeRef 0x10: coded 0x41 */
#define TOK_TYPE 0x01000011u    /* TypeRef 0x11: coded 0x45, System.Type */
#define TOK_ENUM_U1 0x02000003u /* TypeDef 3: coded 0x0C */
#define TOK_ENUM_R4 0x01000013u /* TypeRef 0x13: coded 0x4D, answers an impossible R4 */

static int resolver_calls;

static uint8_t test_enum_by_token(void *ctx, uint32_t token) {
    resolver_calls++;
    CHECK(ctx == &resolver_calls);
    switch (token) {
    case TOK_ENUM_I4: return IMG_ELEMENT_I4;
    case TOK_TYPE: return IMG_ELEMENT_CA_TYPE;
    case TOK_ENUM_U1: return IMG_ELEMENT_U1;
    case TOK_ENUM_R4: return IMG_ELEMENT_R4;
    default: return 0;
    }
}

static uint8_t test_enum_by_name(void *ctx, const char *name, uint32_t length) {
    resolver_calls++;
    if (length == 6 && memcmp(name, "MyEnum", 6) == 0)
        return IMG_ELEMENT_I2;
    if (length == 3 && memcmp(name, "Big", 3) == 0)
        return IMG_ELEMENT_U8;
    if (length == 4 && memcmp(name, "Type", 4) == 0)
        return IMG_ELEMENT_CA_TYPE; /* not an enum answer */
    return 0;
}

static const ImgCaResolver test_resolver = {test_enum_by_token, test_enum_by_name, &resolver_calls};

static void emit_ca_value(const ImgCaValue *v) {
    if (v->boxed)
        emit("box:");
    switch (v->type) {
    case IMG_ELEMENT_BOOLEAN: emit("bool:%llu", (unsigned long long)v->v.u); break;
    case IMG_ELEMENT_CHAR: emit("char:%llu", (unsigned long long)v->v.u); break;
    case IMG_ELEMENT_I1: emit("i1:%lld", (long long)v->v.i); break;
    case IMG_ELEMENT_U1: emit("u1:%llu", (unsigned long long)v->v.u); break;
    case IMG_ELEMENT_I2: emit("i2:%lld", (long long)v->v.i); break;
    case IMG_ELEMENT_U2: emit("u2:%llu", (unsigned long long)v->v.u); break;
    case IMG_ELEMENT_I4: emit("i4:%lld", (long long)v->v.i); break;
    case IMG_ELEMENT_U4: emit("u4:%llu", (unsigned long long)v->v.u); break;
    case IMG_ELEMENT_I8: emit("i8:%lld", (long long)v->v.i); break;
    case IMG_ELEMENT_U8: emit("u8:%llu", (unsigned long long)v->v.u); break;
    case IMG_ELEMENT_R4: emit("r4:%g", v->v.r); break;
    case IMG_ELEMENT_R8: emit("r8:%g", v->v.r); break;
    case IMG_ELEMENT_STRING:
    case IMG_ELEMENT_CA_TYPE:
        emit("%s:", v->type == IMG_ELEMENT_STRING ? "string" : "type");
        if (v->v.str.is_null)
            emit("null");
        else
            emit("\"%.*s\"", (int)v->v.str.length, v->v.str.chars);
        break;
    case IMG_ELEMENT_CA_ENUM:
        emit("enum(%s", simple_names[v->enum_underlying]);
        if (v->enum_name)
            emit(",%.*s", (int)v->enum_name_length, v->enum_name);
        if (v->enum_underlying == IMG_ELEMENT_I1 || v->enum_underlying == IMG_ELEMENT_I2 ||
            v->enum_underlying == IMG_ELEMENT_I4 || v->enum_underlying == IMG_ELEMENT_I8)
            emit("):%lld", (long long)v->v.i);
        else
            emit("):%llu", (unsigned long long)v->v.u);
        break;
    case IMG_ELEMENT_SZARRAY:
        if (v->v.array.is_null) {
            emit("array:null");
            break;
        }
        emit("{");
        for (uint32_t i = 0; i < v->v.array.count; i++) {
            if (i)
                emit(",");
            emit_ca_value(&v->v.array.elems[i]);
        }
        emit("}");
        break;
    default: emit("?%02x", v->type);
    }
}

static const char *ca_str(const ImgCustomAttribute *ca) {
    text_reset();
    emit("(");
    for (uint32_t i = 0; i < ca->fixed_count; i++) {
        if (i)
            emit(",");
        emit_ca_value(&ca->fixed[i]);
    }
    emit(")");
    for (uint32_t i = 0; i < ca->named_count; i++) {
        emit(" %s %.*s=", ca->named[i].is_property ? "prop" : "field", (int)ca->named[i].name_length,
             ca->named[i].name);
        emit_ca_value(&ca->named[i].value);
    }
    return text;
}

/* The printed attribute, or NULL if the blob (copied at its exact size)
 * was rejected. */
static const char *decode_ca_exact(const ImgMethodSig *ctor, const uint8_t *bytes, size_t n,
                                   const ImgCaResolver *resolver, ImgArena *arena) {
    uint8_t *copy = exact_copy(bytes, n);
    ImgCustomAttribute ca;
    bool ok = img_ca_decode((ImgBlob){copy, (uint32_t)n}, ctor, resolver, arena, &ca);
    const char *s = ok ? ca_str(&ca) : NULL;
    free(copy);
    return s;
}

/* As expect_sig_at, for a CA blob against the constructor signature
 * ctor_bytes. A prefix of no bytes is accepted for a parameterless
 * constructor (an empty blob means no arguments). */
static void expect_ca_at(int line, ImgBlob ctor_blob, ImgBlob blob, const ImgCaResolver *resolver,
                         const char *expected) {
    ImgArena sig_arena, arena;
    img_arena_init(&sig_arena);
    img_arena_init(&arena);
    ImgMethodSig *ctor = img_sig_method(ctor_blob, &sig_arena);
    if (!ctor) {
        fail_at(line, "constructor signature did not decode");
        img_arena_free(&sig_arena);
        return;
    }
    const char *got = decode_ca_exact(ctor, blob.data, blob.size, resolver, &arena);
    if (!expected || !got) {
        if (expected || got)
            fail_at(line, "decoded \"%s\", expected \"%s\"", got ? got : "(null)",
                    expected ? expected : "(null)");
    } else if (strcmp(got, expected) != 0) {
        fail_at(line, "decoded \"%s\", expected \"%s\"", got, expected);
    }
    img_arena_free(&arena);

    if (expected) {
        for (uint32_t n = 0; n < blob.size; n++) {
            bool accepted = decode_ca_exact(ctor, blob.data, n, resolver, &arena) != NULL;
            if (accepted != (n == 0 && ctor->param_count == 0))
                fail_at(line, "prefix of %u bytes %s", n, accepted ? "accepted" : "rejected");
            img_arena_free(&arena);
        }
        uint8_t *longer = malloc(blob.size + 1);
        memcpy(longer, blob.data, blob.size);
        longer[blob.size] = 0xEE;
        got = decode_ca_exact(ctor, longer, blob.size + 1, resolver, &arena);
        if (!got || strcmp(got, expected) != 0)
            fail_at(line, "with a trailing byte decoded \"%s\"", got ? got : "(null)");
        img_arena_free(&arena);
        for (uint32_t i = 0; i < blob.size; i++) {
            memcpy(longer, blob.data, blob.size);
            for (unsigned v = 0; v < 256; v++) {
                longer[i] = (uint8_t)v;
                decode_ca_exact(ctor, longer, blob.size, resolver, &arena);
                img_arena_free(&arena);
            }
        }
        free(longer);
    }
    img_arena_free(&sig_arena);
}

#define CTOR(...) BYTES(__VA_ARGS__)
#define EXPECT_CA(ctor, resolver, expected, ...) \
    expect_ca_at(__LINE__, ctor, BYTES(__VA_ARGS__), resolver, expected)

static void test_ca_primitives(void) {
    /* .ctor(bool, char, i1, u1, i2, u2, i4, u4, i8, u8, r4, r8, string) */
    EXPECT_CA(CTOR(0x20, 0x0D, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C,
                   0x0D, 0x0E),
              NULL,
              "(bool:1,char:65,i1:-1,u1:255,i2:-2,u2:65534,i4:-3,u4:4294967293,i8:-4,"
              "u8:18446744073709551612,r4:1.5,r8:-2.25,string:\"hi\")",
              0x01, 0x00,
              0x01,
              0x41, 0x00,
              0xFF,
              0xFF,
              0xFE, 0xFF,
              0xFE, 0xFF,
              0xFD, 0xFF, 0xFF, 0xFF,
              0xFD, 0xFF, 0xFF, 0xFF,
              0xFC, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
              0xFC, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
              0x00, 0x00, 0xC0, 0x3F,
              0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xC0,
              0x02, 'h', 'i',
              0x00, 0x00);
    /* Positive extremes keep their sign and width. */
    EXPECT_CA(CTOR(0x20, 0x04, 0x01, 0x04, 0x06, 0x08, 0x0A), NULL,
              "(i1:127,i2:32767,i4:2147483647,i8:9223372036854775807)",
              0x01, 0x00, 0x7F, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0x7F,
              0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x00);
    /* A modifier on a parameter does not change its encoding. */
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x20, 0x0D, 0x08), NULL, "(i4:7)",
              0x01, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* No arguments at all. */
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), NULL, "()", 0x01, 0x00, 0x00, 0x00);
}

static void test_ca_strings(void) {
    EXPECT_CA(CTOR(0x20, 0x03, 0x01, 0x0E, 0x0E, 0x0E), NULL,
              "(string:null,string:\"\",string:\"\xC3\xA9\")",
              0x01, 0x00, 0xFF, 0x00, 0x02, 0xC3, 0xA9, 0x00, 0x00);

    /* Strings point into the blob; null and empty are told apart. */
    static const uint8_t blob[] = {0x01, 0x00, 0xFF, 0x00, 0x03, 'a', 'b', 'c', 0x00, 0x00};
    static const uint8_t ctor_bytes[] = {0x20, 0x03, 0x01, 0x0E, 0x0E, 0x0E};
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *ctor = img_sig_method((ImgBlob){ctor_bytes, sizeof ctor_bytes}, &arena);
    ImgCustomAttribute ca;
    CHECK(ctor && img_ca_decode((ImgBlob){blob, sizeof blob}, ctor, NULL, &arena, &ca));
    CHECK_EQ(ca.fixed_count, 3);
    CHECK(ca.fixed[0].v.str.is_null && ca.fixed[0].v.str.chars == NULL);
    CHECK(!ca.fixed[1].v.str.is_null && ca.fixed[1].v.str.chars != NULL && ca.fixed[1].v.str.length == 0);
    CHECK(ca.fixed[2].v.str.chars == (const char *)blob + 5 && ca.fixed[2].v.str.length == 3);
    CHECK_EQ(ca.named_count, 0);
    CHECK(ca.named == NULL);
    img_arena_free(&arena);

    /* A length past the end, a malformed length. */
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x0E), NULL, NULL, 0x01, 0x00, 0x05, 'a', 0x00, 0x00);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x0E), NULL, NULL, 0x01, 0x00, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00);
}

static void test_ca_arrays(void) {
    /* .ctor(int[], int[], int[], string[], bool[]) */
    EXPECT_CA(CTOR(0x20, 0x05, 0x01, 0x1D, 0x08, 0x1D, 0x08, 0x1D, 0x08, 0x1D, 0x0E, 0x1D, 0x02), NULL,
              "({i4:1,i4:-2},array:null,{},{string:\"a\",string:null},{bool:1,bool:0,bool:1})",
              0x01, 0x00,
              0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0xFE, 0xFF, 0xFF, 0xFF,
              0xFF, 0xFF, 0xFF, 0xFF,
              0x00, 0x00, 0x00, 0x00,
              0x02, 0x00, 0x00, 0x00, 0x01, 'a', 0xFF,
              0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01,
              0x00, 0x00);

    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t ctor_bytes[] = {0x20, 0x02, 0x01, 0x1D, 0x08, 0x1D, 0x08};
    static const uint8_t blob[] = {0x01, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    ImgMethodSig *ctor = img_sig_method((ImgBlob){ctor_bytes, sizeof ctor_bytes}, &arena);
    ImgCustomAttribute ca;
    CHECK(ctor && img_ca_decode((ImgBlob){blob, sizeof blob}, ctor, NULL, &arena, &ca));
    CHECK(ca.fixed[0].type == IMG_ELEMENT_SZARRAY && ca.fixed[0].v.array.is_null);
    CHECK(ca.fixed[1].type == IMG_ELEMENT_SZARRAY && !ca.fixed[1].v.array.is_null);
    CHECK_EQ(ca.fixed[1].v.array.count, 0);
    img_arena_free(&arena);

    /* Counts the blob cannot hold fail before allocating. */
    static const uint8_t huge[] = {0x01, 0x00, 0xFE, 0xFF, 0xFF, 0x7F, 0x01, 0x02, 0x00, 0x00};
    img_arena_init(&arena);
    ctor = img_sig_method((ImgBlob){ctor_bytes, sizeof ctor_bytes}, &arena);
    ImgArena ca_arena;
    img_arena_init(&ca_arena);
    CHECK(!img_ca_decode((ImgBlob){huge, sizeof huge}, ctor, NULL, &ca_arena, &ca));
    CHECK(ca_arena.blocks == NULL);
    img_arena_free(&ca_arena);
    img_arena_free(&arena);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1D, 0x08), NULL, NULL,
              0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00);
    /* Arrays of arrays have no CA encoding. */
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1D, 0x1D, 0x08), NULL, NULL,
              0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00);
}

static void test_ca_enums_and_types(void) {
    /* .ctor(EnumI4, EnumU1[], System.Type, System.Type[]) */
    resolver_calls = 0;
    EXPECT_CA(CTOR(0x20, 0x04, 0x01, 0x11, 0x41, 0x1D, 0x11, 0x0C, 0x12, 0x45, 0x1D, 0x12, 0x45),
              &test_resolver,
              "(enum(i4):-5,{enum(u1):7,enum(u1):255},type:\"System.Int32\",{type:null,type:\"T\"})",
              0x01, 0x00,
              0xFB, 0xFF, 0xFF, 0xFF,
              0x02, 0x00, 0x00, 0x00, 0x07, 0xFF,
              0x0C, 'S', 'y', 's', 't', 'e', 'm', '.', 'I', 'n', 't', '3', '2',
              0x02, 0x00, 0x00, 0x00, 0xFF, 0x01, 'T',
              0x00, 0x00);
    CHECK(resolver_calls > 0);

    /* The value fields a consumer reads. */
    static const uint8_t ctor_bytes[] = {0x20, 0x01, 0x01, 0x11, 0x41};
    static const uint8_t blob[] = {0x01, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x00, 0x00};
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *ctor = img_sig_method((ImgBlob){ctor_bytes, sizeof ctor_bytes}, &arena);
    ImgCustomAttribute ca;
    CHECK(ctor && img_ca_decode((ImgBlob){blob, sizeof blob}, ctor, &test_resolver, &arena, &ca));
    CHECK_EQ(ca.fixed[0].type, IMG_ELEMENT_CA_ENUM);
    CHECK_EQ(ca.fixed[0].enum_underlying, IMG_ELEMENT_I4);
    CHECK_EQ(ca.fixed[0].v.i, 42);
    CHECK(ca.fixed[0].enum_name == NULL && !ca.fixed[0].boxed);
    img_arena_free(&arena);

    /* No resolver, callbacks missing, an unknown token, a non-integer answer. */
    static const ImgCaResolver no_callbacks = {NULL, NULL, NULL};
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x11, 0x41), NULL, NULL, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x11, 0x41), &no_callbacks, NULL,
              0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x12, 0x49), &test_resolver, NULL,
              0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x11, 0x4D), &test_resolver, NULL,
              0x01, 0x00, 0x00, 0x00, 0xC0, 0x3F, 0x00, 0x00);
    /* Parameter types a CA cannot encode. */
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x18), &test_resolver, NULL, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x13, 0x00), &test_resolver, NULL, 0x01, 0x00, 0, 0, 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x15, 0x12, 0x45, 0x01, 0x08), &test_resolver, NULL,
              0x01, 0x00, 0, 0, 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x0F, 0x08), &test_resolver, NULL, 0x01, 0x00, 0, 0, 0, 0, 0, 0);
}

static void test_ca_boxed(void) {
    /* .ctor(object x5, object[]) */
    EXPECT_CA(CTOR(0x20, 0x06, 0x01, 0x1C, 0x1C, 0x1C, 0x1C, 0x1C, 0x1D, 0x1C), &test_resolver,
              "(box:i4:5,box:string:\"x\",box:type:\"T\",box:{i4:7},box:enum(i2,MyEnum):-1,"
              "{box:bool:1,box:string:null,box:r4:1.5})",
              0x01, 0x00,
              0x08, 0x05, 0x00, 0x00, 0x00,
              0x0E, 0x01, 'x',
              0x50, 0x01, 'T',
              0x1D, 0x08, 0x01, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00,
              0x55, 0x06, 'M', 'y', 'E', 'n', 'u', 'm', 0xFF, 0xFF,
              0x03, 0x00, 0x00, 0x00, 0x02, 0x01, 0x0E, 0xFF, 0x0C, 0x00, 0x00, 0xC0, 0x3F,
              0x00, 0x00);
    /* An object holding an object[] of objects holding arrays. */
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1C), &test_resolver, "(box:{box:{u1:9},box:string:\"\"})",
              0x01, 0x00, 0x1D, 0x51, 0x02, 0x00, 0x00, 0x00,
              0x1D, 0x05, 0x01, 0x00, 0x00, 0x00, 0x09,
              0x0E, 0x00,
              0x00, 0x00);
    /* An object boxed in an object, an unknown tag, an unknown enum name,
     * a name the resolver does not call an enum, a null enum name. */
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1C), &test_resolver, NULL, 0x01, 0x00, 0x51, 0x08, 0, 0, 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1C), &test_resolver, NULL,
              0x01, 0x00, 0x18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1C), &test_resolver, NULL, 0x01, 0x00, 0x55, 0x01, 'X', 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1C), &test_resolver, NULL,
              0x01, 0x00, 0x55, 0x04, 'T', 'y', 'p', 'e', 0x01, 0x00, 0x00, 0x00);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1C), &test_resolver, NULL, 0x01, 0x00, 0x55, 0xFF, 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x1C), &test_resolver, NULL,
              0x01, 0x00, 0x1D, 0x1D, 0x08, 0, 0, 0, 0, 0, 0);

    /* Boxed arrays nested without end are cut off by the depth limit. */
    enum { LEVELS = 500 };
    static const uint8_t ctor_bytes[] = {0x20, 0x01, 0x01, 0x1C};
    uint8_t *blob = malloc(2 + LEVELS * 6 + 3);
    size_t n = 0;
    blob[n++] = 0x01;
    blob[n++] = 0x00;
    for (int i = 0; i < LEVELS; i++) {
        blob[n++] = 0x1D;
        blob[n++] = 0x51;
        blob[n++] = 0x01;
        blob[n++] = 0x00;
        blob[n++] = 0x00;
        blob[n++] = 0x00;
    }
    blob[n++] = 0x02;
    blob[n++] = 0x01;
    blob[n++] = 0x00; /* not even NumNamed: it must fail before getting here */
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *ctor = img_sig_method((ImgBlob){ctor_bytes, sizeof ctor_bytes}, &arena);
    ImgCustomAttribute ca;
    CHECK(ctor && !img_ca_decode((ImgBlob){blob, (uint32_t)n}, ctor, &test_resolver, &arena, &ca));
    img_arena_free(&arena);
    free(blob);
}

static void test_ca_named(void) {
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), &test_resolver,
              "() field F=i4:42 prop P=string:\"s\" prop E=enum(i2,MyEnum):-2"
              " field A={enum(u8,Big):1,enum(u8,Big):18446744073709551615}"
              " prop O=box:r4:1.5 field T=type:null field N=array:null",
              0x01, 0x00, 0x07, 0x00,
              0x53, 0x08, 0x01, 'F', 0x2A, 0x00, 0x00, 0x00,
              0x54, 0x0E, 0x01, 'P', 0x01, 's',
              0x54, 0x55, 0x06, 'M', 'y', 'E', 'n', 'u', 'm', 0x01, 'E', 0xFE, 0xFF,
              0x53, 0x1D, 0x55, 0x03, 'B', 'i', 'g', 0x01, 'A', 0x02, 0x00, 0x00, 0x00,
              0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
              0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
              0x54, 0x51, 0x01, 'O', 0x0C, 0x00, 0x00, 0xC0, 0x3F,
              0x53, 0x50, 0x01, 'T', 0xFF,
              0x53, 0x1D, 0x08, 0x01, 'N', 0xFF, 0xFF, 0xFF, 0xFF);
    /* Fixed and named arguments together. */
    EXPECT_CA(CTOR(0x20, 0x01, 0x01, 0x0E), &test_resolver, "(string:\"a\") prop Flag=bool:1",
              0x01, 0x00, 0x01, 'a', 0x01, 0x00, 0x54, 0x02, 0x04, 'F', 'l', 'a', 'g', 0x01);

    /* The fields a consumer reads. */
    static const uint8_t ctor_bytes[] = {0x20, 0x00, 0x01};
    static const uint8_t blob[] = {0x01, 0x00, 0x02, 0x00, 0x53, 0x08, 0x01, 'F', 0x2A, 0x00, 0x00, 0x00,
                                   0x54, 0x55, 0x03, 'B', 'i', 'g', 0x02, 'P', 'Q',
                                   0x05, 0, 0, 0, 0, 0, 0, 0};
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *ctor = img_sig_method((ImgBlob){ctor_bytes, sizeof ctor_bytes}, &arena);
    ImgCustomAttribute ca;
    CHECK(ctor && img_ca_decode((ImgBlob){blob, sizeof blob}, ctor, &test_resolver, &arena, &ca));
    CHECK_EQ(ca.fixed_count, 0);
    CHECK_EQ(ca.named_count, 2);
    CHECK(!ca.named[0].is_property);
    CHECK(ca.named[0].name == (const char *)blob + 7 && ca.named[0].name_length == 1);
    CHECK(ca.named[1].is_property && ca.named[1].name_length == 2);
    CHECK(ca.named[1].value.type == IMG_ELEMENT_CA_ENUM);
    CHECK(ca.named[1].value.enum_underlying == IMG_ELEMENT_U8);
    CHECK(ca.named[1].value.enum_name == (const char *)blob + 15 && ca.named[1].value.enum_name_length == 3);
    CHECK(ca.named[1].value.v.u == 5);
    img_arena_free(&arena);

    /* Neither FIELD nor PROPERTY; a null name; a bad type tag; an array of
     * arrays; a named count past the blob; an enum the resolver lacks. */
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), &test_resolver, NULL,
              0x01, 0x00, 0x01, 0x00, 0x52, 0x08, 0x01, 'F', 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), &test_resolver, NULL,
              0x01, 0x00, 0x01, 0x00, 0x53, 0x08, 0xFF, 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), &test_resolver, NULL,
              0x01, 0x00, 0x01, 0x00, 0x53, 0x11, 0x01, 'F', 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), &test_resolver, NULL,
              0x01, 0x00, 0x01, 0x00, 0x53, 0x1D, 0x1D, 0x08, 0x01, 'F', 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), &test_resolver, NULL,
              0x01, 0x00, 0xFF, 0xFF, 0x53, 0x08, 0x01, 'F', 0, 0, 0, 0);
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), NULL, NULL,
              0x01, 0x00, 0x01, 0x00, 0x53, 0x55, 0x03, 'B', 'i', 'g', 0x01, 'F', 0, 0, 0, 0, 0, 0, 0, 0);
}

static void test_ca_framing(void) {
    /* The prolog must be 0x0001, little-endian. */
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), NULL, NULL, 0x00, 0x01, 0x00, 0x00);
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), NULL, NULL, 0x02, 0x00, 0x00, 0x00);
    /* NumNamed is required. */
    EXPECT_CA(CTOR(0x20, 0x00, 0x01), NULL, NULL, 0x01, 0x00);
    /* An empty blob means no arguments, for a constructor that takes none. */
    ImgArena arena;
    img_arena_init(&arena);
    static const uint8_t none[] = {0x20, 0x00, 0x01};
    static const uint8_t one[] = {0x20, 0x01, 0x01, 0x08};
    static const uint8_t empty[1] = {0};
    ImgMethodSig *ctor_none = img_sig_method((ImgBlob){none, sizeof none}, &arena);
    ImgMethodSig *ctor_one = img_sig_method((ImgBlob){one, sizeof one}, &arena);
    ImgCustomAttribute ca;
    CHECK(img_ca_decode((ImgBlob){empty, 0}, ctor_none, NULL, &arena, &ca));
    CHECK(ca.fixed_count == 0 && ca.named_count == 0);
    CHECK(!img_ca_decode((ImgBlob){empty, 0}, ctor_one, NULL, &arena, &ca));
    CHECK(!img_ca_decode((ImgBlob){empty, 0}, NULL, NULL, &arena, &ca));
    img_arena_free(&arena);
}

/* Empty and null arrays keep their element type: a named argument has no
 * constructor signature to recover it from. */
static void test_ca_array_element_types(void) {
    static const uint8_t ctor_bytes[] = {0x20, 0x00, 0x01};
    /* prolog, 2 named: field int32[] A = {}, property object[] B = null */
    static const uint8_t blob[] = {0x01, 0x00, 0x02, 0x00,
                                   0x53, 0x1D, 0x08, 0x01, 'A', 0x00, 0x00, 0x00, 0x00,
                                   0x54, 0x1D, 0x51, 0x01, 'B', 0xFF, 0xFF, 0xFF, 0xFF};
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *ctor = img_sig_method((ImgBlob){ctor_bytes, sizeof ctor_bytes}, &arena);
    ImgCustomAttribute ca;
    CHECK(ctor && img_ca_decode((ImgBlob){blob, sizeof blob}, ctor, NULL, &arena, &ca));
    CHECK_EQ(ca.named_count, 2);
    if (ca.named_count == 2) {
        CHECK_EQ(ca.named[0].value.type, IMG_ELEMENT_SZARRAY);
        CHECK_EQ(ca.named[0].value.v.array.count, 0);
        CHECK_EQ(ca.named[0].value.v.array.elem_type, IMG_ELEMENT_I4);
        CHECK(ca.named[1].is_property && ca.named[1].value.v.array.is_null);
        CHECK_EQ(ca.named[1].value.v.array.elem_type, IMG_ELEMENT_CA_BOXED);
    }
    img_arena_free(&arena);
}

int main(void) {
    RUN(test_fixed_reads);
    RUN(test_compressed_unsigned);
    RUN(test_compressed_malformed);
    RUN(test_compressed_signed);
    RUN(test_typedef_or_ref);
    RUN(test_arena);
    RUN(test_every_element_type);
    RUN(test_generic_instances);
    RUN(test_arrays);
    RUN(test_method_sigs);
    RUN(test_generic_method_sigs);
    RUN(test_custom_modifiers);
    RUN(test_fnptr);
    RUN(test_vararg_sentinel);
    RUN(test_property_sigs);
    RUN(test_locals);
    RUN(test_methodspec);
    RUN(test_trailing_bytes);
    RUN(test_depth_limit);
    RUN(test_huge_counts);
    RUN(test_random_blobs);
    RUN(test_ca_primitives);
    RUN(test_ca_strings);
    RUN(test_ca_arrays);
    RUN(test_ca_enums_and_types);
    RUN(test_ca_boxed);
    RUN(test_ca_named);
    RUN(test_ca_framing);
    RUN(test_ca_array_element_types);
    UNIT_END();
}
