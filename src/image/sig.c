/*
 * sig.c - bounded blob reads, the signature arena, and the decoders for
 * signature blobs (ECMA-335 II.23.2) and custom attribute blobs (II.23.3).
 *
 * Blobs come from files we do not trust. Every byte is read through an
 * ImgCursor, which checks the end of the blob and latches failure, so a
 * decoder can read a whole construct and test for failure once. Counts are
 * checked against the bytes left before anything is allocated for them and
 * nesting is bounded, so a hostile blob costs memory and stack in
 * proportion to its size at worst.
 *
 * The decoders check structure, not meaning: which table a token may name,
 * where VOID, BYREF or TYPEDBYREF may appear, or whether a generic argument
 * count matches the generic type are for the loader to judge, as it alone
 * can resolve tokens. They do reject what has no structural reading at all
 * (unknown element types, a GENERICINST without arguments, an array of
 * rank 0), since no later stage could make sense of it either.
 */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "image/image.h"
#include "image/internal.h"

/* ------------------------------------------------------------------ */
/* Cursor                                                             */
/* ------------------------------------------------------------------ */

static size_t cursor_left(const ImgCursor *c) {
    return c->bad ? 0 : (size_t)(c->end - c->pos);
}

/* The next n bytes, consumed; NULL (and the cursor bad) if the blob ends
 * first. Callers assemble values from these bytes, never through casted
 * pointers, as blobs have no alignment. */
static const uint8_t *cursor_take(ImgCursor *c, size_t n) {
    if (c->bad || (size_t)(c->end - c->pos) < n) {
        c->bad = true;
        return NULL;
    }
    const uint8_t *p = c->pos;
    c->pos += n;
    return p;
}

/* The next byte without consuming it, or -1 at the end. */
static int cursor_peek(const ImgCursor *c) {
    return c->bad || c->pos >= c->end ? -1 : c->pos[0];
}

uint8_t img_read_u8(ImgCursor *c) {
    const uint8_t *p = cursor_take(c, 1);
    return p ? p[0] : 0;
}

uint16_t img_read_u16(ImgCursor *c) {
    const uint8_t *p = cursor_take(c, 2);
    return p ? img_le16(p) : 0;
}

uint32_t img_read_u32(ImgCursor *c) {
    const uint8_t *p = cursor_take(c, 4);
    return p ? img_le32(p) : 0;
}

uint64_t img_read_u64(ImgCursor *c) {
    const uint8_t *p = cursor_take(c, 8);
    return p ? img_le64(p) : 0;
}

/* A compressed integer's raw value and how many value bits its form holds
 * (7, 14 or 29): the signed encoding needs the width to find the sign. */
static uint32_t read_compressed_form(ImgCursor *c, unsigned *bits) {
    *bits = 0;
    int first = cursor_peek(c);
    const uint8_t *p;
    if (first < 0) {
        c->bad = true;
        return 0;
    }
    if ((first & 0x80) == 0) {
        c->pos++;
        *bits = 7;
        return (uint32_t)first;
    }
    if ((first & 0xC0) == 0x80) {
        if (!(p = cursor_take(c, 2)))
            return 0;
        *bits = 14;
        return ((uint32_t)(p[0] & 0x3F) << 8) | p[1];
    }
    if ((first & 0xE0) == 0xC0) {
        if (!(p = cursor_take(c, 4)))
            return 0;
        *bits = 29;
        return ((uint32_t)(p[0] & 0x1F) << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
    }
    /* 111xxxxx has no meaning; 0xFF in particular is the null SerString,
     * which only the CA decoder may accept, before asking for a length. */
    c->bad = true;
    return 0;
}

uint32_t img_read_compressed(ImgCursor *c) {
    unsigned bits;
    return read_compressed_form(c, &bits);
}

int32_t img_read_compressed_signed(ImgCursor *c) {
    unsigned bits;
    uint32_t raw = read_compressed_form(c, &bits);
    if (c->bad)
        return 0;
    /* The encoder rotated the value's `bits`-bit two's complement form left
     * by one, so the sign bit is bit 0 and the rest sits above it. */
    int32_t rest = (int32_t)(raw >> 1);
    return (raw & 1) ? rest - ((int32_t)1 << (bits - 1)) : rest;
}

uint32_t img_read_typedef_or_ref(ImgCursor *c) {
    static const uint8_t tag_table[3] = {IMG_TABLE_TYPEDEF, IMG_TABLE_TYPEREF, IMG_TABLE_TYPESPEC};
    uint32_t coded = img_read_compressed(c);
    if (c->bad)
        return 0;
    uint32_t tag = coded & 3, rid = coded >> 2;
    /* A signature always names a row, and a rid must fit a token. */
    if (tag == 3 || rid == 0 || rid > 0x00FFFFFFu) {
        c->bad = true;
        return 0;
    }
    return IMG_TOKEN(tag_table[tag], rid);
}

uint32_t img_element_size(uint8_t element) {
    switch (element) {
    case IMG_ELEMENT_BOOLEAN:
    case IMG_ELEMENT_I1:
    case IMG_ELEMENT_U1: return 1;
    case IMG_ELEMENT_CHAR:
    case IMG_ELEMENT_I2:
    case IMG_ELEMENT_U2: return 2;
    case IMG_ELEMENT_I4:
    case IMG_ELEMENT_U4:
    case IMG_ELEMENT_R4: return 4;
    case IMG_ELEMENT_I8:
    case IMG_ELEMENT_U8:
    case IMG_ELEMENT_R8:
    case IMG_ELEMENT_I:
    case IMG_ELEMENT_U: return 8;
    default: return 0;
    }
}

/* ------------------------------------------------------------------ */
/* Arena                                                              */
/* ------------------------------------------------------------------ */

#define ARENA_ALIGN alignof(max_align_t)
#define ARENA_FIRST_BLOCK ((size_t)4096)
/* Doubling stops here: past it, bigger blocks only waste more of the tail. */
#define ARENA_MAX_BLOCK ((size_t)1 << 20)

struct ImgArenaBlock {
    ImgArenaBlock *next;
    size_t capacity; /* usable bytes after the header */
};

/* malloc aligns for any type; padding the header keeps the data so. */
#define ARENA_HEADER ((sizeof(ImgArenaBlock) + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1))

void img_arena_init(ImgArena *arena) {
    arena->blocks = NULL;
    arena->pos = arena->inline_buf;
    arena->limit = arena->inline_buf + sizeof arena->inline_buf;
}

void img_arena_free(ImgArena *arena) {
    ImgArenaBlock *block = arena->blocks;
    while (block) {
        ImgArenaBlock *next = block->next;
        free(block);
        block = next;
    }
    img_arena_init(arena);
}

static bool arena_grow(ImgArena *arena, size_t size) {
    size_t capacity = arena->blocks ? arena->blocks->capacity * 2 : ARENA_FIRST_BLOCK;
    if (capacity > ARENA_MAX_BLOCK)
        capacity = ARENA_MAX_BLOCK;
    if (capacity < size)
        capacity = size;
    if (capacity > SIZE_MAX - ARENA_HEADER)
        return false;
    ImgArenaBlock *block = malloc(ARENA_HEADER + capacity);
    if (!block)
        return false;
    block->next = arena->blocks;
    block->capacity = capacity;
    arena->blocks = block;
    /* The rest of the previous block is abandoned: signatures allocate
     * small nodes, so the tail is small and not worth a free list. */
    arena->pos = (uint8_t *)block + ARENA_HEADER;
    arena->limit = arena->pos + capacity;
    return true;
}

void *img_arena_alloc(ImgArena *arena, size_t size) {
    if (size == 0)
        size = 1; /* distinct requests get distinct pointers */
    /* Computed as a distance so no pointer is formed past the limit. */
    size_t pad = (ARENA_ALIGN - (uintptr_t)arena->pos % ARENA_ALIGN) % ARENA_ALIGN;
    size_t room = (size_t)(arena->limit - arena->pos);
    if (pad > room || size > room - pad) {
        if (!arena_grow(arena, size))
            return NULL;
        pad = 0;
    }
    uint8_t *p = arena->pos + pad;
    arena->pos = p + size;
    memset(p, 0, size);
    return p;
}

/* ------------------------------------------------------------------ */
/* Signatures (II.23.2)                                               */
/* ------------------------------------------------------------------ */

/* Marks the blob malformed. Returns NULL so decoders can `return sig_fail(c)`. */
static void *sig_fail(ImgCursor *c) {
    c->bad = true;
    return NULL;
}

/* A compressed count of items that take at least a byte each: more than
 * the bytes left cannot be honest, and rejecting it here bounds what the
 * decoders allocate by the size of the blob. */
static uint32_t read_count(ImgCursor *c) {
    uint32_t count = img_read_compressed(c);
    if (count > cursor_left(c)) {
        c->bad = true;
        return 0;
    }
    return count;
}

/* Zeroed room for count items; NULL for none. An allocation failure marks
 * the cursor bad, so callers test the cursor, not the pointer. */
static void *alloc_items(ImgCursor *c, ImgArena *arena, size_t count, size_t item_size) {
    if (count == 0 || c->bad)
        return NULL;
    void *items = count > SIZE_MAX / item_size ? NULL : img_arena_alloc(arena, count * item_size);
    if (!items)
        c->bad = true;
    return items;
}

static ImgType *new_type(ImgCursor *c, ImgArena *arena, uint8_t kind) {
    ImgType *t = img_arena_alloc(arena, sizeof *t);
    if (!t)
        return sig_fail(c);
    t->kind = kind;
    return t;
}

static ImgMethodSig *new_method_sig(ImgCursor *c, ImgArena *arena, uint8_t flags) {
    ImgMethodSig *sig = img_arena_alloc(arena, sizeof *sig);
    if (!sig)
        return sig_fail(c);
    sig->flags = flags;
    sig->sentinel = -1;
    return sig;
}

static ImgType *decode_type(ImgCursor *c, ImgArena *arena, unsigned depth);
static ImgMethodSig *decode_method(ImgCursor *c, ImgArena *arena, unsigned depth);

/* PTR, BYREF, SZARRAY, PINNED and the custom modifiers: a node around the
 * type that follows. */
static ImgType *decode_wrapper(ImgCursor *c, ImgArena *arena, uint8_t kind, unsigned depth) {
    ImgType *t = new_type(c, arena, kind);
    if (!t)
        return NULL;
    if (kind == IMG_ELEMENT_CMOD_REQD || kind == IMG_ELEMENT_CMOD_OPT) {
        t->token = img_read_typedef_or_ref(c);
        if (c->bad)
            return NULL;
    }
    t->inner = decode_type(c, arena, depth + 1);
    return t->inner ? t : NULL;
}

/* ARRAY Type Rank NumSizes Size* NumLoBounds LoBound* (II.23.2.13). */
static ImgType *decode_array(ImgCursor *c, ImgArena *arena, unsigned depth) {
    ImgType *t = new_type(c, arena, IMG_ELEMENT_ARRAY);
    ImgArrayShape *shape = t ? img_arena_alloc(arena, sizeof *shape) : NULL;
    if (!shape)
        return sig_fail(c);
    t->shape = shape;
    if (!(t->inner = decode_type(c, arena, depth + 1)))
        return NULL;

    shape->rank = img_read_compressed(c);
    shape->size_count = read_count(c);
    /* Rank 0 is not an array, and a bound for a dimension the array does
     * not have could only be ignored or misread. */
    if (c->bad || shape->rank == 0 || shape->size_count > shape->rank)
        return sig_fail(c);
    shape->sizes = alloc_items(c, arena, shape->size_count, sizeof *shape->sizes);
    for (uint32_t i = 0; i < shape->size_count && !c->bad; i++)
        shape->sizes[i] = img_read_compressed(c);

    shape->lobound_count = read_count(c);
    if (c->bad || shape->lobound_count > shape->rank)
        return sig_fail(c);
    shape->lobounds = alloc_items(c, arena, shape->lobound_count, sizeof *shape->lobounds);
    for (uint32_t i = 0; i < shape->lobound_count && !c->bad; i++)
        shape->lobounds[i] = img_read_compressed_signed(c);
    return c->bad ? NULL : t;
}

/* GENERICINST (CLASS | VALUETYPE) TypeDefOrRefOrSpecEncoded GenArgCount Type+ */
static ImgType *decode_generic_inst(ImgCursor *c, ImgArena *arena, unsigned depth) {
    uint8_t generic_kind = img_read_u8(c);
    if (generic_kind != IMG_ELEMENT_CLASS && generic_kind != IMG_ELEMENT_VALUETYPE)
        return sig_fail(c);
    ImgType *generic = new_type(c, arena, generic_kind);
    ImgType *t = generic ? new_type(c, arena, IMG_ELEMENT_GENERICINST) : NULL;
    if (!t)
        return NULL;
    generic->token = img_read_typedef_or_ref(c);
    t->inner = generic;
    t->arg_count = read_count(c);
    if (c->bad || t->arg_count == 0)
        return sig_fail(c);
    t->args = alloc_items(c, arena, t->arg_count, sizeof *t->args);
    for (uint32_t i = 0; i < t->arg_count && !c->bad; i++)
        t->args[i] = decode_type(c, arena, depth + 1);
    return c->bad ? NULL : t;
}

/* One Type, with any custom modifiers, PINNED or BYREF in front of it.
 * depth counts the type nodes above this one. */
static ImgType *decode_type(ImgCursor *c, ImgArena *arena, unsigned depth) {
    if (depth >= IMG_SIG_MAX_DEPTH)
        return sig_fail(c);
    uint8_t kind = img_read_u8(c);
    if (c->bad)
        return NULL;
    ImgType *t;
    switch (kind) {
    case IMG_ELEMENT_VOID:
    case IMG_ELEMENT_BOOLEAN:
    case IMG_ELEMENT_CHAR:
    case IMG_ELEMENT_I1:
    case IMG_ELEMENT_U1:
    case IMG_ELEMENT_I2:
    case IMG_ELEMENT_U2:
    case IMG_ELEMENT_I4:
    case IMG_ELEMENT_U4:
    case IMG_ELEMENT_I8:
    case IMG_ELEMENT_U8:
    case IMG_ELEMENT_R4:
    case IMG_ELEMENT_R8:
    case IMG_ELEMENT_STRING:
    case IMG_ELEMENT_TYPEDBYREF:
    case IMG_ELEMENT_I:
    case IMG_ELEMENT_U:
    case IMG_ELEMENT_OBJECT:
        return new_type(c, arena, kind);
    case IMG_ELEMENT_PTR:
    case IMG_ELEMENT_BYREF:
    case IMG_ELEMENT_SZARRAY:
    case IMG_ELEMENT_PINNED:
    case IMG_ELEMENT_CMOD_REQD:
    case IMG_ELEMENT_CMOD_OPT:
        return decode_wrapper(c, arena, kind, depth);
    case IMG_ELEMENT_VALUETYPE:
    case IMG_ELEMENT_CLASS:
        if (!(t = new_type(c, arena, kind)))
            return NULL;
        t->token = img_read_typedef_or_ref(c);
        return c->bad ? NULL : t;
    case IMG_ELEMENT_VAR:
    case IMG_ELEMENT_MVAR:
        if (!(t = new_type(c, arena, kind)))
            return NULL;
        t->number = img_read_compressed(c);
        return c->bad ? NULL : t;
    case IMG_ELEMENT_ARRAY:
        return decode_array(c, arena, depth);
    case IMG_ELEMENT_GENERICINST:
        return decode_generic_inst(c, arena, depth);
    case IMG_ELEMENT_FNPTR:
        if (!(t = new_type(c, arena, kind)))
            return NULL;
        t->method = decode_method(c, arena, depth + 1);
        return t->method ? t : NULL;
    default:
        /* END, SENTINEL outside a parameter list, MODIFIER, and INTERNAL,
         * which Mono's own signatures follow with a raw pointer that no
         * file may carry, among others. */
        return sig_fail(c);
    }
}

/* ParamCount Types that follow one another, into sig->params. */
static bool decode_type_list(ImgCursor *c, ImgArena *arena, ImgMethodSig *sig, unsigned depth) {
    sig->params = alloc_items(c, arena, sig->param_count, sizeof *sig->params);
    for (uint32_t i = 0; i < sig->param_count && !c->bad; i++)
        sig->params[i] = decode_type(c, arena, depth);
    return !c->bad;
}

static bool is_method_calling_convention(uint8_t flags) {
    switch (flags & IMG_SIG_KIND_MASK) {
    case IMG_SIG_DEFAULT:
    case IMG_SIG_C:
    case IMG_SIG_STDCALL:
    case IMG_SIG_THISCALL:
    case IMG_SIG_FASTCALL:
    case IMG_SIG_VARARG:
    case IMG_SIG_UNMANAGED:
        return true;
    default:
        return false;
    }
}

/* MethodDefSig, MethodRefSig, StandAloneMethodSig (II.23.2.1-3), also as
 * embedded by FNPTR: the types in it sit at `depth`. */
static ImgMethodSig *decode_method(ImgCursor *c, ImgArena *arena, unsigned depth) {
    uint8_t flags = img_read_u8(c);
    if (c->bad || !is_method_calling_convention(flags))
        return sig_fail(c);
    ImgMethodSig *sig = new_method_sig(c, arena, flags);
    if (!sig)
        return NULL;
    if (flags & IMG_SIG_GENERIC)
        sig->generic_param_count = img_read_compressed(c);
    sig->param_count = read_count(c);
    if (c->bad || !(sig->ret = decode_type(c, arena, depth)))
        return sig_fail(c);

    sig->params = alloc_items(c, arena, sig->param_count, sizeof *sig->params);
    for (uint32_t i = 0; i < sig->param_count && !c->bad; i++) {
        /* A vararg call site separates the fixed parameters from the extra
         * ones with SENTINEL, once; it is a marker, not a parameter. */
        if (cursor_peek(c) == IMG_ELEMENT_SENTINEL) {
            if (sig->sentinel >= 0 || i > INT32_MAX)
                return sig_fail(c);
            c->pos++;
            sig->sentinel = (int32_t)i;
        }
        sig->params[i] = decode_type(c, arena, depth);
    }
    return c->bad ? NULL : sig;
}

ImgType *img_sig_type(ImgCursor *c, ImgArena *arena) {
    return decode_type(c, arena, 0);
}

ImgMethodSig *img_sig_method(ImgBlob blob, ImgArena *arena) {
    ImgCursor c = img_cursor(blob);
    return decode_method(&c, arena, 0);
}

/* FIELD CustomMod* Type (II.23.2.4) */
ImgType *img_sig_field(ImgBlob blob, ImgArena *arena) {
    ImgCursor c = img_cursor(blob);
    uint8_t flags = img_read_u8(&c);
    if (c.bad || (flags & IMG_SIG_KIND_MASK) != IMG_SIG_FIELD)
        return NULL;
    return decode_type(&c, arena, 0);
}

/* PROPERTY[|HASTHIS] ParamCount CustomMod* Type Param* (II.23.2.5) */
ImgMethodSig *img_sig_property(ImgBlob blob, ImgArena *arena) {
    ImgCursor c = img_cursor(blob);
    uint8_t flags = img_read_u8(&c);
    if (c.bad || (flags & IMG_SIG_KIND_MASK) != IMG_SIG_PROPERTY)
        return NULL;
    ImgMethodSig *sig = new_method_sig(&c, arena, flags);
    if (!sig)
        return NULL;
    sig->param_count = read_count(&c);
    if (c.bad || !(sig->ret = decode_type(&c, arena, 0)))
        return NULL;
    return decode_type_list(&c, arena, sig, 0) ? sig : NULL;
}

/* LOCAL_SIG Count (CustomMod* PINNED? BYREF? Type | TYPEDBYREF)* (II.23.2.6);
 * decode_type already takes the prefixes in any order. */
ImgMethodSig *img_sig_locals(ImgBlob blob, ImgArena *arena) {
    ImgCursor c = img_cursor(blob);
    uint8_t flags = img_read_u8(&c);
    if (c.bad || (flags & IMG_SIG_KIND_MASK) != IMG_SIG_LOCAL)
        return NULL;
    ImgMethodSig *sig = new_method_sig(&c, arena, flags);
    if (!sig)
        return NULL;
    sig->param_count = read_count(&c);
    if (c.bad)
        return NULL;
    return decode_type_list(&c, arena, sig, 0) ? sig : NULL;
}

ImgType *img_sig_typespec(ImgBlob blob, ImgArena *arena) {
    ImgCursor c = img_cursor(blob);
    return decode_type(&c, arena, 0);
}

/* GENERICINST GenArgCount Type+ (II.23.2.15) */
ImgMethodSig *img_sig_methodspec(ImgBlob blob, ImgArena *arena) {
    ImgCursor c = img_cursor(blob);
    uint8_t flags = img_read_u8(&c);
    if (c.bad || flags != IMG_SIG_GENERICINST)
        return NULL;
    ImgMethodSig *sig = new_method_sig(&c, arena, flags);
    if (!sig)
        return NULL;
    sig->param_count = read_count(&c);
    if (c.bad || sig->param_count == 0)
        return NULL;
    return decode_type_list(&c, arena, sig, 0) ? sig : NULL;
}

/* ------------------------------------------------------------------ */
/* Custom attribute blobs (II.23.3)                                   */
/* ------------------------------------------------------------------ */

/*
 * How a value is encoded depends on its type. For a fixed argument the type
 * is the constructor's parameter type, which names System.Type and enums only
 * by token; telling them apart, and finding an enum's underlying type, takes
 * other assemblies, which the image layer cannot see. So the caller's
 * resolver answers, by this convention:
 *
 *   enum_by_token(ctx, token) returns IMG_ELEMENT_CA_TYPE if the token is
 *     System.Type, IMG_ELEMENT_I1..U8 if it is an enum over that integer
 *     type, and 0 if it is neither or unknown;
 *   enum_by_name(ctx, name, length) returns IMG_ELEMENT_I1..U8 for the enum
 *     a serialized type name denotes, and 0 if unknown.
 *
 * Any other answer, like a NULL resolver or callback, fails the decode.
 * Named arguments carry their own type tags (FieldOrPropType), so among
 * them only enums need the resolver.
 */

/* The type a value is encoded with: a scalar kind, or an array of one.
 * Arrays do not nest; an array of boxed values has tagged elements, which
 * may be arrays again, and that recursion is bounded by depth. */
typedef struct CaType {
    bool is_array;
    uint8_t kind;            /* BOOLEAN..R8, STRING, CA_TYPE, CA_BOXED, CA_ENUM */
    uint8_t enum_underlying; /* CA_ENUM: I1..U8 */
    const char *enum_name;   /* CA_ENUM named by a FieldOrPropType, else NULL */
    uint32_t enum_name_length;
} CaType;

typedef struct CaReader {
    ImgCursor c;
    ImgArena *arena;
    const ImgCaResolver *resolver;
} CaReader;

static bool is_enum_underlying(uint8_t type) {
    return type >= IMG_ELEMENT_I1 && type <= IMG_ELEMENT_U8;
}

/* BOOLEAN..R8: the primitives a CA blob stores as raw little-endian bytes. */
static bool is_ca_primitive(uint8_t type) {
    return type >= IMG_ELEMENT_BOOLEAN && type <= IMG_ELEMENT_R8;
}

static uint8_t resolve_token(const ImgCaResolver *resolver, uint32_t token) {
    return resolver && resolver->enum_by_token ? resolver->enum_by_token(resolver->ctx, token) : 0;
}

static uint8_t resolve_name(const ImgCaResolver *resolver, const char *name, uint32_t length) {
    return resolver && resolver->enum_by_name ? resolver->enum_by_name(resolver->ctx, name, length) : 0;
}

/* SerString: PackedLen then that many UTF-8 bytes, or the single byte 0xFF
 * for a null string, which is distinct from the empty one. */
static bool read_ser_string(ImgCursor *c, const char **chars, uint32_t *length, bool *is_null) {
    *chars = NULL;
    *length = 0;
    *is_null = cursor_peek(c) == 0xFF;
    if (*is_null) {
        c->pos++;
        return true;
    }
    uint32_t n = img_read_compressed(c);
    const uint8_t *p = cursor_take(c, n);
    if (!p)
        return false;
    *chars = (const char *)p;
    *length = n;
    return true;
}

/* The encoding of a constructor parameter of type t. */
static bool ca_type_from_sig(const CaReader *r, const ImgType *t, CaType *out) {
    memset(out, 0, sizeof *out);
    /* Modifiers do not change a value's encoding. */
    while (t && (t->kind == IMG_ELEMENT_CMOD_REQD || t->kind == IMG_ELEMENT_CMOD_OPT))
        t = t->inner;
    if (t && t->kind == IMG_ELEMENT_SZARRAY) {
        out->is_array = true;
        t = t->inner;
        while (t && (t->kind == IMG_ELEMENT_CMOD_REQD || t->kind == IMG_ELEMENT_CMOD_OPT))
            t = t->inner;
    }
    if (!t)
        return false;
    if (is_ca_primitive(t->kind) || t->kind == IMG_ELEMENT_STRING) {
        out->kind = t->kind;
        return true;
    }
    if (t->kind == IMG_ELEMENT_OBJECT) {
        out->kind = IMG_ELEMENT_CA_BOXED;
        return true;
    }
    if (t->kind != IMG_ELEMENT_CLASS && t->kind != IMG_ELEMENT_VALUETYPE)
        return false;
    uint8_t answer = resolve_token(r->resolver, t->token);
    if (answer == IMG_ELEMENT_CA_TYPE) {
        out->kind = IMG_ELEMENT_CA_TYPE;
        return true;
    }
    if (!is_enum_underlying(answer))
        return false;
    out->kind = IMG_ELEMENT_CA_ENUM;
    out->enum_underlying = answer;
    return true;
}

/* FieldOrPropType (II.23.3): a tag, SZARRAY before an element tag, and
 * after ENUM the enum's serialized name. */
static bool ca_read_field_type(CaReader *r, CaType *out) {
    memset(out, 0, sizeof *out);
    uint8_t tag = img_read_u8(&r->c);
    if (tag == IMG_ELEMENT_SZARRAY) {
        out->is_array = true;
        tag = img_read_u8(&r->c);
    }
    if (r->c.bad)
        return false;
    if (is_ca_primitive(tag) || tag == IMG_ELEMENT_STRING || tag == IMG_ELEMENT_CA_TYPE ||
        tag == IMG_ELEMENT_CA_BOXED) {
        out->kind = tag;
        return true;
    }
    if (tag != IMG_ELEMENT_CA_ENUM)
        return false;
    bool is_null;
    if (!read_ser_string(&r->c, &out->enum_name, &out->enum_name_length, &is_null) || is_null)
        return false;
    out->enum_underlying = resolve_name(r->resolver, out->enum_name, out->enum_name_length);
    out->kind = IMG_ELEMENT_CA_ENUM;
    return is_enum_underlying(out->enum_underlying);
}

/* A primitive stored raw: signed types sign-extend into v.i, the others
 * zero-extend into v.u, floats widen into v.r. */
static bool ca_read_primitive(ImgCursor *c, uint8_t type, ImgCaValue *out) {
    switch (type) {
    case IMG_ELEMENT_BOOLEAN:
    case IMG_ELEMENT_U1: out->v.u = img_read_u8(c); break;
    case IMG_ELEMENT_I1: out->v.i = (int8_t)img_read_u8(c); break;
    case IMG_ELEMENT_CHAR:
    case IMG_ELEMENT_U2: out->v.u = img_read_u16(c); break;
    case IMG_ELEMENT_I2: out->v.i = (int16_t)img_read_u16(c); break;
    case IMG_ELEMENT_U4: out->v.u = img_read_u32(c); break;
    case IMG_ELEMENT_I4: out->v.i = (int32_t)img_read_u32(c); break;
    case IMG_ELEMENT_U8: out->v.u = img_read_u64(c); break;
    case IMG_ELEMENT_I8: out->v.i = (int64_t)img_read_u64(c); break;
    case IMG_ELEMENT_R4: {
        uint32_t bits = img_read_u32(c);
        float f;
        memcpy(&f, &bits, sizeof f);
        out->v.r = f;
        break;
    }
    case IMG_ELEMENT_R8: {
        uint64_t bits = img_read_u64(c);
        memcpy(&out->v.r, &bits, sizeof out->v.r);
        break;
    }
    default:
        return false;
    }
    return !c->bad;
}

static bool ca_read_value(CaReader *r, const CaType *type, unsigned depth, ImgCaValue *out);

static bool ca_read_scalar(CaReader *r, const CaType *type, unsigned depth, ImgCaValue *out) {
    if (type->kind == IMG_ELEMENT_CA_BOXED) {
        /* The declared type was object: the value names its own type. */
        CaType actual;
        if (depth >= IMG_SIG_MAX_DEPTH || !ca_read_field_type(r, &actual))
            return false;
        /* An object boxed in an object has no encoding. */
        if (!actual.is_array && actual.kind == IMG_ELEMENT_CA_BOXED)
            return false;
        if (!ca_read_value(r, &actual, depth + 1, out))
            return false;
        out->boxed = 1;
        return true;
    }
    out->type = type->kind;
    switch (type->kind) {
    case IMG_ELEMENT_STRING:
    case IMG_ELEMENT_CA_TYPE:
        return read_ser_string(&r->c, &out->v.str.chars, &out->v.str.length, &out->v.str.is_null);
    case IMG_ELEMENT_CA_ENUM:
        out->enum_underlying = type->enum_underlying;
        out->enum_name = type->enum_name;
        out->enum_name_length = type->enum_name_length;
        return ca_read_primitive(&r->c, type->enum_underlying, out);
    default:
        return ca_read_primitive(&r->c, type->kind, out);
    }
}

/* A value of the given type; arrays are a u32 count (0xFFFFFFFF: null)
 * and that many elements. */
static bool ca_read_value(CaReader *r, const CaType *type, unsigned depth, ImgCaValue *out) {
    if (!type->is_array)
        return ca_read_scalar(r, type, depth, out);
    out->type = IMG_ELEMENT_SZARRAY;
    out->v.array.elem_type = type->kind;
    out->enum_underlying = type->enum_underlying;
    out->enum_name = type->enum_name;
    out->enum_name_length = type->enum_name_length;
    uint32_t count = img_read_u32(&r->c);
    if (r->c.bad)
        return false;
    if (count == UINT32_MAX) {
        out->v.array.is_null = true;
        return true;
    }
    /* Every element takes at least a byte. */
    if (count > cursor_left(&r->c))
        return false;
    ImgCaValue *elems = alloc_items(&r->c, r->arena, count, sizeof *elems);
    if (r->c.bad)
        return false;
    CaType elem_type = *type;
    elem_type.is_array = false;
    for (uint32_t i = 0; i < count; i++) {
        if (!ca_read_scalar(r, &elem_type, depth + 1, &elems[i]))
            return false;
    }
    out->v.array.count = count;
    out->v.array.elems = elems;
    return true;
}

/* FIELD|PROPERTY FieldOrPropType Name FixedArg */
static bool ca_read_named(CaReader *r, ImgCaNamed *out) {
    uint8_t kind = img_read_u8(&r->c);
    if (kind != IMG_ELEMENT_CA_FIELD && kind != IMG_ELEMENT_CA_PROPERTY)
        return false;
    out->is_property = kind == IMG_ELEMENT_CA_PROPERTY;
    CaType type;
    bool is_null;
    if (!ca_read_field_type(r, &type) ||
        !read_ser_string(&r->c, &out->name, &out->name_length, &is_null) || is_null)
        return false;
    return ca_read_value(r, &type, 0, &out->value);
}

bool img_ca_decode(ImgBlob blob, const ImgMethodSig *ctor, const ImgCaResolver *resolver,
                   ImgArena *arena, ImgCustomAttribute *out) {
    memset(out, 0, sizeof *out);
    if (!ctor)
        return false;
    /* Some emitters write an empty blob for a parameterless constructor
     * with no named arguments, and runtimes accept it. */
    if (blob.size == 0)
        return ctor->param_count == 0;

    CaReader r = {img_cursor(blob), arena, resolver};
    if (img_read_u16(&r.c) != 0x0001)
        return false;

    /* Every fixed argument takes at least a byte. */
    if (ctor->param_count > cursor_left(&r.c))
        return false;
    ImgCaValue *fixed = alloc_items(&r.c, arena, ctor->param_count, sizeof *fixed);
    if (r.c.bad)
        return false;
    for (uint32_t i = 0; i < ctor->param_count; i++) {
        CaType type;
        if (!ca_type_from_sig(&r, ctor->params[i], &type) || !ca_read_value(&r, &type, 0, &fixed[i]))
            return false;
    }

    uint16_t named_count = img_read_u16(&r.c);
    if (r.c.bad || named_count > cursor_left(&r.c))
        return false;
    ImgCaNamed *named = alloc_items(&r.c, arena, named_count, sizeof *named);
    if (r.c.bad)
        return false;
    for (uint32_t i = 0; i < named_count; i++) {
        if (!ca_read_named(&r, &named[i]))
            return false;
    }

    out->fixed_count = ctor->param_count;
    out->fixed = fixed;
    out->named_count = named_count;
    out->named = named;
    return true;
}
