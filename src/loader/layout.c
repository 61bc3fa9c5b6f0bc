/*
 * layout.c - fields: where each instance field lives, how big an instance
 * or a value is, which words hold references (the GC descriptor), and
 * where statics go.
 *
 * Offsets of instance fields count from the start of the instance data:
 * after the header for objects and boxed values, from the first byte for
 * an unboxed value. One convention serves both forms of a value type.
 *
 * Layout kinds (II.10.1.2): sequential and explicit follow the metadata,
 * since native code and corlib's C-visible classes depend on them. Auto
 * layout is ours: references first, then fields by falling alignment, so
 * each class adds at most one run of reference slots to the GC descriptor
 * and padding stays small.
 */
#include <stdlib.h>
#include <string.h>

#include "loader/internal.h"

#define LAYOUT_MASK 0x18u
#define LAYOUT_SEQUENTIAL 0x08u
#define LAYOUT_EXPLICIT 0x10u
#define DEFAULT_PACK 8u

static uint32_t align_up(uint32_t value, uint32_t align) {
    return (value + align - 1) & ~(align - 1);
}

static bool has_thread_static(const LdClass *c, uint32_t field_rid) {
    return ld_has_attribute(c->assembly, IMG_TOKEN(IMG_TABLE_FIELD, field_rid), "System", "ThreadStaticAttribute");
}

/* Size and alignment of a field of this type; value types are loaded far
 * enough to know them (a type mid-load whose layout is done counts, which
 * is what lets a struct have a static field of its own type). */
static bool field_shape(LdMethodTable *type, uint32_t *size, uint32_t *align, LdError *error) {
    if (!ld_shell_kind(type, error))
        return false;
    if (type->kind == LD_KIND_VALUETYPE && !(type->flags & LD_MT_LAYOUT_DONE) && !ld_type_load(type, error))
        return false;
    *size = type->value_size;
    *align = type->value_align;
    return true;
}

/* ------------------------------------------------------------------ */
/* The GC descriptor                                                  */
/* ------------------------------------------------------------------ */

typedef struct Slots {
    uint32_t *offsets;
    uint32_t count, capacity;
} Slots;

static bool add_slot(Slots *s, uint32_t offset) {
    if (s->count == s->capacity) {
        uint32_t capacity = s->capacity ? s->capacity * 2 : 16;
        uint32_t *grown = realloc(s->offsets, capacity * sizeof *grown);
        if (!grown)
            return false;
        s->offsets = grown;
        s->capacity = capacity;
    }
    s->offsets[s->count++] = offset;
    return true;
}

static bool add_series(Slots *s, const LdMethodTable *type, uint32_t base) {
    for (uint32_t i = 0; i < type->gc_series_count; i++)
        for (uint32_t k = 0; k < type->gc_series[i].count; k++)
            if (!add_slot(s, base + type->gc_series[i].offset + k * LD_POINTER_SIZE))
                return false;
    return true;
}

static int compare_offsets(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted slot offsets become runs of adjacent slots. */
static bool set_series(LdMethodTable *type, Slots *s, LdError *error) {
    if (!s->count)
        return true;
    qsort(s->offsets, s->count, sizeof *s->offsets, compare_offsets);
    LdLoader *loader = type->klass->assembly->loader;
    LdGcSeries *series = ld_alloc(loader, s->count * sizeof *series);
    if (!series)
        return ld_fail(error, "out of memory");
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->count; i++) {
        if (i && s->offsets[i] == s->offsets[i - 1])
            continue; /* explicit layout may overlay two references */
        if (n && series[n - 1].offset + series[n - 1].count * LD_POINTER_SIZE == s->offsets[i])
            series[n - 1].count++;
        else
            series[n++] = (LdGcSeries){s->offsets[i], 1};
    }
    type->gc_series = series;
    type->gc_series_count = n;
    type->flags |= LD_MT_CONTAINS_REFS;
    return true;
}

/* ------------------------------------------------------------------ */
/* Instance layout                                                    */
/* ------------------------------------------------------------------ */

typedef struct Placed {
    LdField *field;
    uint32_t size, align;
} Placed;

/* Auto layout order: references, then by falling alignment, stable. */
static int auto_rank(const Placed *p) {
    if (ld_is_reference(p->field->type))
        return 0;
    return 16 - (int)p->align;
}

static void sort_auto(Placed *fields, uint32_t count) {
    for (uint32_t i = 1; i < count; i++) { /* insertion sort: stable, and classes have few fields */
        Placed item = fields[i];
        uint32_t j = i;
        while (j > 0 && auto_rank(&fields[j - 1]) > auto_rank(&item)) {
            fields[j] = fields[j - 1];
            j--;
        }
        fields[j] = item;
    }
}

/* Explicit layout may overlay fields, but a reference may only share its
 * bytes with another reference at the same offset: anything else would
 * let code forge or read object pointers as integers. */
static bool check_explicit_overlaps(const Placed *fields, uint32_t count, const Slots *slots, LdError *error) {
    for (uint32_t r = 0; r < slots->count; r++) {
        uint32_t at = slots->offsets[r];
        if (at % LD_POINTER_SIZE)
            return ld_fail(error, "explicit layout puts a reference at unaligned offset %u", at);
        for (uint32_t i = 0; i < count; i++) {
            uint32_t start = fields[i].field->offset, end = start + fields[i].size;
            if (end <= at || start >= at + LD_POINTER_SIZE)
                continue;
            bool reference_here = ld_is_reference(fields[i].field->type) && start == at;
            bool struct_slot = false;
            if (fields[i].field->type->kind == LD_KIND_VALUETYPE)
                for (uint32_t k = 0; k < fields[i].field->type->gc_series_count && !struct_slot; k++) {
                    const LdGcSeries *g = &fields[i].field->type->gc_series[k];
                    struct_slot = at >= start + g->offset &&
                                  at < start + g->offset + g->count * LD_POINTER_SIZE &&
                                  (at - start - g->offset) % LD_POINTER_SIZE == 0;
                }
            if (!reference_here && !struct_slot)
                return ld_fail(error, "explicit layout overlaps the reference at offset %u with field %s", at,
                               fields[i].field->name);
        }
    }
    return true;
}

static bool create_fields(LdMethodTable *type, const LdGenericContext *context, LdError *error) {
    LdClass *c = type->klass;
    LdLoader *loader = c->assembly->loader;
    const ImgImage *img = c->assembly->image;
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_FIELDLIST, &first, &end);
    c->field_count = end - first;
    c->fields = c->field_count ? ld_alloc(loader, c->field_count * sizeof *c->fields) : NULL;
    if (c->field_count && !c->fields)
        return ld_fail(error, "out of memory");
    for (uint32_t i = 0; i < c->field_count; i++) {
        LdField *f = &c->fields[i];
        f->rid = img_list_member(img, IMG_TABLE_FIELD, first + i);
        f->owner = type;
        f->name = img_get_string(img, IMG_TABLE_FIELD, f->rid, IMG_FIELD_NAME);
        f->flags = (uint16_t)img_get(img, IMG_TABLE_FIELD, f->rid, IMG_FIELD_FLAGS);
        ImgArena arena;
        img_arena_init(&arena);
        ImgType *sig = img_sig_field(img_get_blob(img, IMG_TABLE_FIELD, f->rid, IMG_FIELD_SIGNATURE), &arena);
        f->type = sig ? ld_type_from_sig(c->assembly, sig, context, error) : NULL;
        if (!sig)
            ld_fail(error, "field %s has a malformed signature", f->name);
        img_arena_free(&arena);
        if (!f->type)
            return false;
    }
    return true;
}

/* Offsets for one type's own instance fields, after its parent's. */
static bool place_fields(LdMethodTable *type, Placed *placed, uint32_t count, uint32_t start, uint32_t pack,
                         uint32_t *end_out, uint32_t *align_out, LdError *error) {
    LdClass *c = type->klass;
    const ImgImage *img = c->assembly->image;
    uint32_t layout = img_get(img, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_FLAGS) & LAYOUT_MASK;
    uint32_t end = start, max_align = 1;
    /* Auto layout reorders classes only: Mono keeps value types in
     * declaration order, and sizeof a struct is visible to programs. */
    if (layout == 0 && type->kind != LD_KIND_VALUETYPE)
        sort_auto(placed, count);
    for (uint32_t i = 0; i < count; i++) {
        uint32_t align = placed[i].align < pack ? placed[i].align : pack;
        /* .pack never misaligns a reference: the GC reads whole words. */
        if (ld_is_reference(placed[i].field->type) ||
            (placed[i].field->type->kind == LD_KIND_VALUETYPE && (placed[i].field->type->flags & LD_MT_CONTAINS_REFS)))
            align = placed[i].align;
        if (align > max_align)
            max_align = align;
        if (layout == LAYOUT_EXPLICIT) {
            uint32_t row_end;
            uint32_t row = img_find_sorted(img, IMG_TABLE_FIELDLAYOUT, IMG_FIELDLAYOUT_FIELD, placed[i].field->rid,
                                           &row_end);
            if (!row)
                return ld_fail(error, "explicit layout but field %s has no offset", placed[i].field->name);
            uint32_t offset = img_get(img, IMG_TABLE_FIELDLAYOUT, row, IMG_FIELDLAYOUT_OFFSET);
            if (offset > 0x7FFFFFF)
                return ld_fail(error, "field %s has offset %u, beyond any object", placed[i].field->name, offset);
            /* Mono's rule: from the start of the instance data, so a
             * class's explicit fields may overlay its parent's (checked
             * below like any overlap). */
            placed[i].field->offset = offset;
        } else {
            placed[i].field->offset = align_up(end, align);
        }
        if (placed[i].field->offset + placed[i].size > end)
            end = placed[i].field->offset + placed[i].size;
    }
    *end_out = end;
    *align_out = max_align;
    return true;
}

/* The managed pointers of a ref struct (LdMethodTable.byref_offsets): the
 * runtime's two pointer-holding structs name theirs, others inherit those
 * of their fields. */
static bool is_pointer_holder(const LdMethodTable *type, const LdField *field) {
    return (ld_is_corlib_type(type, "System", "ByReference`1") && !strcmp(field->name, "_value")) ||
           (ld_is_corlib_type(type, "System", "TypedReference") && !strcmp(field->name, "Value"));
}

static bool set_byref_offsets(LdMethodTable *type, LdError *error) {
    LdClass *c = type->klass;
    Slots offsets = {0};
    bool ok = true;
    for (uint32_t i = 0; ok && i < c->field_count; i++) {
        const LdField *f = &c->fields[i];
        if (f->flags & LD_FIELD_STATIC)
            continue;
        if (is_pointer_holder(type, f))
            ok = add_slot(&offsets, f->offset);
        for (uint32_t k = 0; ok && f->type->kind == LD_KIND_VALUETYPE && k < f->type->byref_count; k++)
            ok = add_slot(&offsets, f->offset + f->type->byref_offsets[k]);
    }
    if (ok && offsets.count) {
        type->byref_offsets = ld_alloc(c->assembly->loader, offsets.count * sizeof *type->byref_offsets);
        if ((ok = type->byref_offsets != NULL)) {
            memcpy(type->byref_offsets, offsets.offsets, offsets.count * sizeof *type->byref_offsets);
            type->byref_count = offsets.count;
        }
    }
    free(offsets.offsets);
    return ok || ld_fail(error, "out of memory");
}

bool ld_layout_fields(LdMethodTable *type, const LdGenericContext *context, LdError *error) {
    LdClass *c = type->klass;
    const ImgImage *img = c->assembly->image;
    if (!create_fields(type, context, error))
        return false;
    LdMethodTable *parent = type->parent;
    bool value = type->kind == LD_KIND_VALUETYPE;
    uint32_t start = parent && !value ? parent->klass->instance_data_end : 0;
    uint32_t pack = DEFAULT_PACK, class_size = 0, end_rows;
    uint32_t layout_row = img_find_sorted(img, IMG_TABLE_CLASSLAYOUT, IMG_CLASSLAYOUT_PARENT, c->typedef_rid, &end_rows);
    if (layout_row) {
        uint32_t p = img_get(img, IMG_TABLE_CLASSLAYOUT, layout_row, IMG_CLASSLAYOUT_PACKINGSIZE);
        if (p > 128 || (p & (p - 1)))
            return ld_fail(error, "packing size %u is not a power of two up to 128", p);
        if (p)
            pack = p < DEFAULT_PACK ? p : DEFAULT_PACK;
        class_size = img_get(img, IMG_TABLE_CLASSLAYOUT, layout_row, IMG_CLASSLAYOUT_CLASSSIZE);
        if (class_size > 0x7FFFFFF)
            return ld_fail(error, "class size %u is beyond any object", class_size);
    }

    Placed *placed = calloc(c->field_count ? c->field_count : 1, sizeof *placed);
    Slots slots = {0};
    bool ok = placed != NULL;
    uint32_t count = 0;
    for (uint32_t i = 0; ok && i < c->field_count; i++) {
        LdField *f = &c->fields[i];
        if (f->flags & LD_FIELD_STATIC)
            continue;
        placed[count].field = f;
        /* A primitive's one field (Int32.m_value) is the primitive itself. */
        if (type->flags & LD_MT_PRIMITIVE) {
            placed[count].size = placed[count].align = img_element_size(type->elem);
        } else if (!field_shape(f->type, &placed[count].size, &placed[count].align, error)) {
            ok = false;
            break;
        }
        if (type->kind == LD_KIND_INTERFACE) {
            ok = ld_fail(error, "interface declares instance field %s", f->name);
            break;
        }
        if ((f->type->flags & LD_MT_BYREF_LIKE) && !(type->flags & LD_MT_BYREF_LIKE)) {
            ok = ld_fail(error, "field %s of a ref struct type is allowed only in a ref struct", f->name);
            break;
        }
        if ((type->flags & LD_MT_ENUM) && !type->element)
            type->element = f->type;
        count++;
    }
    uint32_t end = start, max_align = 1;
    ok = ok && place_fields(type, placed, count, start, pack, &end, &max_align, error);
    if (ok && parent && !value)
        ok = add_series(&slots, parent, 0);
    for (uint32_t i = 0; ok && i < count; i++) {
        LdField *f = placed[i].field;
        if (ld_is_reference(f->type))
            ok = add_slot(&slots, f->offset);
        else if (f->type->kind == LD_KIND_VALUETYPE)
            ok = add_series(&slots, f->type, f->offset);
    }
    if (!ok && !error->message[0])
        ld_fail(error, "out of memory");
    uint32_t layout = img_get(img, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_FLAGS) & LAYOUT_MASK;
    if (ok && layout == LAYOUT_EXPLICIT)
        ok = check_explicit_overlaps(placed, count, &slots, error);
    ok = ok && set_series(type, &slots, error);
    free(placed);
    free(slots.offsets);
    if (!ok || ((type->flags & LD_MT_BYREF_LIKE) && !set_byref_offsets(type, error)))
        return false;

    if (value) {
        /* Mono's rules, measured against its sizeof: sequential rounds
         * max(fields, .size) up to the alignment; explicit with a .size takes
         * max(fields, .size) as it is; without a .size both round the fields. */
        uint32_t size;
        if (type->flags & LD_MT_PRIMITIVE)
            size = img_element_size(type->elem);
        else if (layout == LAYOUT_EXPLICIT && class_size)
            size = end > class_size ? end : class_size;
        else
            size = align_up(end > class_size ? end : class_size, max_align);
        if (size == 0)
            size = 1; /* an empty struct still has an address (CoreCLR; mono says 0) */
        type->value_size = size;
        type->value_align = max_align;
        c->instance_data_end = size;
        type->base_size = align_up(LD_OBJECT_HEADER_SIZE + size, LD_POINTER_SIZE);
    } else {
        if (class_size > end)
            end = class_size;
        c->instance_data_end = end;
        type->base_size = align_up(LD_OBJECT_HEADER_SIZE + end, LD_POINTER_SIZE);
    }
    if (type->base_size < LD_MIN_OBJECT_SIZE)
        type->base_size = LD_MIN_OBJECT_SIZE;
    if (type->flags & LD_MT_STRING) {
        /* Mono's corlib contract: int32 length, then the characters. */
        type->base_size = LD_STRING_CHARS_OFFSET + 2;
        type->component_size = 2;
        for (uint32_t i = 0; i < c->field_count; i++) {
            const LdField *f = &c->fields[i];
            if (f->flags & LD_FIELD_STATIC)
                continue;
            uint32_t want = !strcmp(f->name, "_stringLength") ? LD_STRING_LENGTH_OFFSET : LD_STRING_CHARS_OFFSET;
            if (f->offset + LD_OBJECT_HEADER_SIZE != want)
                return ld_fail(error, "String field %s landed at %u, not %u", f->name,
                               f->offset + LD_OBJECT_HEADER_SIZE, want);
        }
    }
    type->flags |= LD_MT_LAYOUT_DONE;
    return true;
}

/* ------------------------------------------------------------------ */
/* Statics                                                            */
/* ------------------------------------------------------------------ */

bool ld_type_prepare_statics(LdMethodTable *type, LdError *error) {
    LdClass *c = type->klass;
    if (type->flags & LD_MT_STATICS_DONE)
        return true;
    if (!ld_type_load(type, error))
        return false;
    const ImgImage *img = c->assembly->image;
    for (uint32_t i = 0; i < c->field_count; i++) {
        LdField *f = &c->fields[i];
        if (!(f->flags & LD_FIELD_STATIC) || (f->flags & LD_FIELD_LITERAL))
            continue;
        uint32_t end;
        bool rva = (f->flags & LD_FIELD_HAS_RVA) &&
                   img_find_sorted(img, IMG_TABLE_FIELDRVA, IMG_FIELDRVA_FIELD, f->rid, &end);
        uint32_t size, align;
        if (!field_shape(f->type, &size, &align, error))
            return false;
        bool thread = has_thread_static(c, f->rid);
        bool ref = ld_is_reference(f->type) || (f->type->flags & LD_MT_CONTAINS_REFS);
        /* An RVA static's initial value is the image's data (II.16.3.2): it
         * gets a plain place that the engine fills from the image. Data
         * cannot hold references, nor be per thread. */
        if (rva && (ref || thread))
            return ld_fail(error, "RVA static field %s::%s %s", c->name, f->name,
                           ref ? "holds references" : "is thread-static");
        if (ref) {
            /* References, and value types holding them (boxed, as CoreCLR does),
             * live in slots the GC scans. */
            uint32_t *counter = thread ? &c->thread_static_ref_count : &c->static_ref_count;
            f->static_kind = thread ? LD_STATIC_THREAD_REF : LD_STATIC_REF;
            f->offset = (*counter)++;
        } else {
            uint32_t *counter = thread ? &c->thread_static_plain_size : &c->static_plain_size;
            f->static_kind = thread ? LD_STATIC_THREAD_PLAIN : LD_STATIC_PLAIN;
            f->offset = align_up(*counter, align ? align : 1);
            *counter = f->offset + size;
        }
    }
    type->flags |= LD_MT_STATICS_DONE;
    return true;
}
