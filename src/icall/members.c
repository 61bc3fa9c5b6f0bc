/*
 * members.c - a type's members as corlib's RuntimeType asks for them: the
 * Get*_native calls return GPtrArrays of handles (LdMethod, LdField, a
 * property or event record, LdMethodTable) filtered by BindingFlags and
 * name the way mono filters them, and corlib turns each handle into a
 * reflection object through the *_from_handle calls here (one object per
 * member and reflected type, member_cache.c). Fields are read and written
 * here too (RuntimeFieldInfo.GetValueInternal / SetValueInternal).
 *
 * The loader knows fields and methods but not properties and events, which
 * only reflection needs: their records (name, accessors) are made here on
 * first use per type and kept for the runtime's life (vm_icall_data), so
 * that a record's address can serve as the handle corlib passes back.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* Mono's GPtrArray, which corlib reads through RuntimeStructs.GPtrArray. */
typedef struct GPtrArray {
    void **data;
    int32_t length;
    int32_t capacity; /* ours: corlib reads only data and length */
} GPtrArray;

static GPtrArray *gptr_new(void) {
    return calloc(1, sizeof(GPtrArray));
}

static bool gptr_add(GPtrArray *array, void *item) {
    if (array->length == array->capacity) {
        int32_t capacity = array->capacity ? array->capacity * 2 : 8;
        void **grown = realloc(array->data, (size_t)capacity * sizeof *grown);
        if (!grown)
            return false;
        array->data = grown;
        array->capacity = capacity;
    }
    array->data[array->length++] = item;
    return true;
}

static void gptr_free(GPtrArray *array) {
    if (array)
        free(array->data);
    free(array);
}

enum {
    BINDING_IGNORE_CASE = 0x1,
    BINDING_DECLARED_ONLY = 0x2,
    BINDING_INSTANCE = 0x4,
    BINDING_STATIC = 0x8,
    BINDING_PUBLIC = 0x10,
    BINDING_NON_PUBLIC = 0x20,
    BINDING_FLATTEN = 0x40,
};

/* RuntimeType.MemberListType */
enum { LIST_ALL, LIST_CASE_SENSITIVE, LIST_CASE_INSENSITIVE, LIST_HANDLE_TO_INFO };

#define ACCESS_MASK 0x0007u
#define ACCESS_PRIVATE 0x0001u
#define ACCESS_ASSEMBLY 0x0003u
#define ACCESS_PUBLIC 0x0006u
#define MEMBER_STATIC 0x0010u
#define METHOD_NEW_SLOT 0x0100u

/* Whether `name` passes the name filter of a listing. */
static bool name_matches(const char *wanted, const char *name, uint32_t list, bool ignore_case) {
    if (list == LIST_ALL || !wanted)
        return true;
    return (ignore_case || list == LIST_CASE_INSENSITIVE) ? !strcasecmp(wanted, name) : !strcmp(wanted, name);
}

static bool static_matches(uint32_t binding, bool is_static, bool in_start) {
    if (is_static)
        return (binding & BINDING_STATIC) && ((binding & BINDING_FLATTEN) || in_start);
    return (binding & BINDING_INSTANCE) != 0;
}

/* A type's members are there once it is loaded; an open type that cannot
 * load (a definition's members are read in its own context) lists none. */
static bool members_ready(VmIcallContext *context, LdMethodTable *type, bool *usable) {
    LdError error;
    *usable = type->kind != LD_KIND_BYREF && type->kind != LD_KIND_POINTER && type->kind != LD_KIND_VAR &&
              type->kind != LD_KIND_MVAR;
    if (!*usable || ld_type_load(type, &error))
        return true;
    if (type->flags & LD_MT_OPEN) {
        *usable = false;
        return true;
    }
    return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
}

static LdMethodTable *self_type(VmIcallContext *context, VmSlot *args) {
    return vm_type_of_object(context->vm, args[0].p);
}

static bool return_array(VmIcallContext *context, GPtrArray *array, bool ok, VmSlot *result) {
    if (!ok) {
        gptr_free(array);
        return context->exception || context->error->message[0] ? false : icall_out_of_memory(context);
    }
    result->p = array;
    return true;
}

/* ------------------------------------------------------------------ */
/* Fields                                                             */
/* ------------------------------------------------------------------ */

/* GetFields_native(name, bindingAttr, listType). */
static bool get_fields(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *start = self_type(context, args);
    const char *name = args[1].p;
    uint32_t binding = args[2].u4, list = args[3].u4;
    GPtrArray *array = gptr_new();
    bool usable, ok = array != NULL;
    context->error->message[0] = 0;
    if (ok && !members_ready(context, start, &usable))
        ok = false;
    for (LdMethodTable *t = start; ok && usable && t; t = (binding & BINDING_DECLARED_ONLY) ? NULL : t->parent) {
        LdError error;
        if (t != start && !ld_type_load(t, &error))
            break;
        for (uint32_t i = 0; ok && i < t->klass->field_count; i++) {
            LdField *field = &t->klass->fields[i];
            uint32_t access = field->flags & ACCESS_MASK;
            bool visible = access == ACCESS_PUBLIC ? (binding & BINDING_PUBLIC) != 0
                           : (t == start || access != ACCESS_PRIVATE) ? (binding & BINDING_NON_PUBLIC) != 0
                                                                      : false;
            if (visible && static_matches(binding, field->flags & MEMBER_STATIC, t == start) &&
                name_matches(name, field->name, list, binding & BINDING_IGNORE_CASE))
                ok = gptr_add(array, field);
        }
    }
    return return_array(context, array, ok, result);
}

/* The RuntimeFieldInfo of a field seen through `reflected`. */
static void *field_object(VmIcallContext *context, LdField *field, LdMethodTable *reflected) {
    LdMethodTable *type = icall_corlib_type(context, "System.Reflection", "RuntimeFieldInfo");
    bool failed;
    GcObject *info = type ? icall_cached_member(context, reflected, type, "fhandle", field, &failed) : NULL;
    if (info || !type || failed)
        return info;
    if (!(info = vm_allocate(context->vm, context->thread, type, type->base_size)))
        return icall_out_of_memory(context), NULL;
    void **klass = (void **)icall_field(context, info, type, "klass");
    void **handle = (void **)icall_field(context, info, type, "fhandle");
    int32_t *attrs = (int32_t *)icall_field(context, info, type, "attrs");
    GcObject **name = (GcObject **)icall_field(context, info, type, "name");
    if (!klass || !handle || !attrs || !name)
        return NULL;
    *klass = reflected;
    *handle = field;
    *attrs = field->flags;
    void *text = vm_new_string_utf8(context->vm, context->thread, field->name, strlen(field->name));
    if (!text)
        return icall_out_of_memory(context), NULL;
    gc_write_barrier(name, text);
    return icall_remember_member(context, reflected, info) ? info : NULL;
}

/* Whether `type` is `ancestor` or derives from it. */
static bool derives_from(LdMethodTable *type, LdMethodTable *ancestor) {
    for (; type; type = type->parent)
        if (type == ancestor)
            return true;
    return false;
}

/* FieldInfo.internal_from_handle_type(field, type): null when the type
 * does not have the field. */
static bool field_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = args[0].p;
    LdMethodTable *reflected = args[1].p ? args[1].p : field->owner;
    if (!derives_from(reflected, field->owner)) {
        result->p = NULL;
        return true;
    }
    result->p = field_object(context, field, reflected);
    return result->p != NULL;
}

static LdField *field_of(VmIcallContext *context, void *info) {
    void **handle = (void **)icall_field(context, info, ((GcObject *)info)->type, "fhandle");
    return handle ? *handle : NULL;
}

static bool field_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = field_of(context, args[0].p);
    return field && (result->p = vm_type_object(context->vm, context->thread, field->type, context->error));
}

static bool field_parent(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = field_of(context, args[0].p);
    void **klass = (void **)icall_field(context, args[0].p, ((GcObject *)args[0].p)->type, "klass");
    if (!field || !klass)
        return false;
    LdMethodTable *type = args[1].i4 ? field->owner : *klass;
    return (result->p = vm_type_object(context->vm, context->thread, type, context->error)) != NULL;
}

static bool field_token(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = field_of(context, args[0].p);
    result->i4 = field ? (int32_t)(0x04000000u | field->rid) : 0;
    return field != NULL;
}

static bool field_offset(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = field_of(context, args[0].p);
    result->i4 = field ? (int32_t)field->offset : 0;
    return field != NULL;
}

/* Where a field's value is: in `object` (a reference or a boxed struct) or
 * in its type's statics (initialised first). NULL with the exception or
 * error set. */
static uint8_t *field_address(VmIcallContext *context, LdField *field, GcObject *object) {
    if (field->flags & MEMBER_STATIC) {
        void *thrown = NULL;
        uint8_t *address = vm_static_field_address(context->vm, context->thread, field, &thrown, context->error);
        if (!address && thrown)
            context->exception = thrown;
        return address;
    }
    if (!object)
        return icall_throw(context, "System.Reflection.TargetException: Non-static field requires a target"), NULL;
    return (uint8_t *)object + LD_OBJECT_HEADER_SIZE + field->offset;
}

/* The Constant row of a field, parameter or property (by token), or 0. */
static uint32_t constant_row(const ImgImage *img, uint32_t token) {
    uint32_t end, coded = img_coded_encode(IMG_CODED_HASCONSTANT, token);
    return coded == UINT32_MAX ? 0 : img_find_sorted(img, IMG_TABLE_CONSTANT, IMG_CONSTANT_PARENT, coded, &end);
}

/* A literal's value (the Constant table), boxed as `type` (an enum's
 * constant boxed as the enum). */
static bool constant_value(VmIcallContext *context, const ImgImage *img, uint32_t token, LdMethodTable *type,
                           VmSlot *result) {
    uint32_t row = constant_row(img, token);
    if (!row)
        return icall_throw(context, "System.InvalidOperationException: the literal has no constant value");
    uint8_t element = (uint8_t)img_get(img, IMG_TABLE_CONSTANT, row, IMG_CONSTANT_TYPE);
    ImgBlob blob = img_get_blob(img, IMG_TABLE_CONSTANT, row, IMG_CONSTANT_VALUE);
    if (element == IMG_ELEMENT_CLASS) { /* null */
        result->p = NULL;
        return true;
    }
    if (element == IMG_ELEMENT_STRING) {
        result->p = vm_new_string(context->vm, context->thread, (const uint16_t *)blob.data, blob.size / 2);
        return result->p || icall_out_of_memory(context);
    }
    LdMethodTable *box_type = type;
    if (ld_is_reference(type) || type->flags & LD_MT_NULLABLE) { /* object or T? with a constant: its own type */
        const char *names[] = {[IMG_ELEMENT_BOOLEAN] = "Boolean", [IMG_ELEMENT_CHAR] = "Char",
                               [IMG_ELEMENT_I1] = "SByte", [IMG_ELEMENT_U1] = "Byte", [IMG_ELEMENT_I2] = "Int16",
                               [IMG_ELEMENT_U2] = "UInt16", [IMG_ELEMENT_I4] = "Int32", [IMG_ELEMENT_U4] = "UInt32",
                               [IMG_ELEMENT_I8] = "Int64", [IMG_ELEMENT_U8] = "UInt64", [IMG_ELEMENT_R4] = "Single",
                               [IMG_ELEMENT_R8] = "Double"};
        if (element >= sizeof names / sizeof names[0] || !names[element])
            return vm_fail(context->error, "bad image: constant of element type 0x%x", element);
        if (!(box_type = icall_corlib_type(context, "System", names[element])))
            return false;
    }
    void *box = vm_allocate(context->vm, context->thread, box_type, box_type->base_size);
    if (!box)
        return icall_out_of_memory(context);
    uint32_t size = box_type->value_size < blob.size ? box_type->value_size : blob.size;
    memcpy((uint8_t *)box + LD_OBJECT_HEADER_SIZE, blob.data, size);
    result->p = box;
    return true;
}

bool icall_constant_value(VmIcallContext *context, const ImgImage *img, uint32_t token, LdMethodTable *type,
                          VmSlot *result) {
    return constant_value(context, img, token, type, result);
}

/* GetValueInternal(obj). */
static bool field_get_value(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = field_of(context, args[0].p);
    if (!field)
        return false;
    if (field->flags & LD_FIELD_LITERAL)
        return constant_value(context, field->owner->klass->assembly->image, 0x04000000u | field->rid, field->type,
                              result);
    uint8_t *address = field_address(context, field, args[1].p);
    if (!address)
        return false;
    return icall_box(context, field->type, address, result);
}

/* GetRawConstantValue(). */
static bool field_constant(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = field_of(context, args[0].p);
    if (!field)
        return false;
    if (!(field->flags & LD_FIELD_LITERAL))
        return icall_throw(context, "System.InvalidOperationException: Operation is not valid due to the current "
                                    "state of the object.");
    LdMethodTable *type = field->type->flags & LD_MT_ENUM ? field->type->element : field->type;
    return constant_value(context, field->owner->klass->assembly->image, 0x04000000u | field->rid, type, result);
}

/* get_marshal_info(): a field's MarshalAs, null when it has none. */
static bool field_marshal_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdField *field = field_of(context, args[0].p);
    if (!field)
        return false;
    if (field->flags & 0x1000 /* HasFieldMarshal */)
        return vm_fail(context->error, "not implemented yet: MarshalAs of field %s through reflection", field->name);
    result->p = NULL;
    return true;
}

/* SetValueInternal(FieldInfo, obj, value): corlib has converted value to
 * the field's type (RuntimeType.CheckValue). */
static bool field_set_value(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    LdField *field = field_of(context, args[0].p);
    if (!field)
        return false;
    uint8_t *address = field_address(context, field, args[1].p);
    return address && icall_unbox_into(context, field->type, args[2].p, address);
}

/* ------------------------------------------------------------------ */
/* Methods                                                            */
/* ------------------------------------------------------------------ */

/* mono's rule for a non-public method of the start type or an ancestor. */
static bool method_non_public(const LdMethod *method, bool in_start) {
    switch (method->flags & ACCESS_MASK) {
    case ACCESS_PRIVATE: return in_start;
    case ACCESS_PUBLIC: return false;
    default: return true; /* assembly, family, ...: mono lists internal ones of ancestors too */
    }
}

static bool is_constructor(const LdMethod *method) {
    return !strcmp(method->name, ".ctor") || !strcmp(method->name, ".cctor");
}

/* Vtable slots already listed, so an override hides what it overrides. */
typedef struct SlotSet {
    uint8_t *bits;
    uint32_t size;
} SlotSet;

static bool slot_seen(SlotSet *set, uint32_t slot, bool mark) {
    if (slot >= set->size * 8) {
        if (!mark)
            return false;
        uint32_t size = slot / 8 + 64;
        uint8_t *grown = realloc(set->bits, size);
        if (!grown)
            return false;
        memset(grown + set->size, 0, size - set->size);
        set->bits = grown;
        set->size = size;
    }
    bool seen = set->bits[slot / 8] & (1u << (slot % 8));
    if (mark)
        set->bits[slot / 8] |= (uint8_t)(1u << (slot % 8));
    return seen;
}

/* GetMethodsByName_native(name, bindingAttr, listType). */
static bool get_methods(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *start = self_type(context, args);
    const char *name = args[1].p;
    uint32_t binding = args[2].u4, list = args[3].u4;
    GPtrArray *array = gptr_new();
    SlotSet slots = {0};
    bool usable, ok = array != NULL;
    context->error->message[0] = 0;
    if (ok && !members_ready(context, start, &usable))
        ok = false;
    for (LdMethodTable *t = start; ok && usable && t; t = (binding & BINDING_DECLARED_ONLY) ? NULL : t->parent) {
        LdError error;
        if (t != start && !ld_type_load(t, &error))
            break;
        for (uint32_t i = 0; ok && i < t->klass->method_count; i++) {
            LdMethod *method = &t->klass->methods[i];
            if (method->slot < LD_SLOT_INTERFACE_DEFAULT && t->kind != LD_KIND_INTERFACE) {
                if (slot_seen(&slots, method->slot, false))
                    continue;
                if (!(method->flags & METHOD_NEW_SLOT))
                    slot_seen(&slots, method->slot, true);
            }
            if (is_constructor(method))
                continue;
            bool visible = (method->flags & ACCESS_MASK) == ACCESS_PUBLIC
                               ? (binding & BINDING_PUBLIC) != 0
                               : (binding & BINDING_NON_PUBLIC) && method_non_public(method, t == start);
            if (visible && static_matches(binding, method->flags & MEMBER_STATIC, t == start) &&
                name_matches(name, method->name, list, binding & BINDING_IGNORE_CASE))
                ok = gptr_add(array, method);
        }
    }
    free(slots.bits);
    return return_array(context, array, ok, result);
}

/* ------------------------------------------------------------------ */
/* Properties and events                                              */
/* ------------------------------------------------------------------ */

typedef struct Property {
    LdMethodTable *owner;
    uint32_t rid;
    const char *name;
    uint16_t flags;
    LdMethod *get, *set;
} Property;

typedef struct Event {
    LdMethodTable *owner;
    uint32_t rid;
    const char *name;
    uint16_t flags;
    LdMethod *add, *remove, *raise;
} Event;

/* A type's records, made on first use; chained in a small hash table. */
typedef struct TypeMembers {
    struct TypeMembers *next;
    LdMethodTable *type;
    Property *properties;
    uint32_t property_count;
    Event *events;
    uint32_t event_count;
} TypeMembers;

#define MEMBER_BUCKETS 256

/* Memory the internal calls hand to corlib for the runtime's life (a
 * MonoAssemblyName per assembly), found again by key. */
typedef struct Keep {
    struct Keep *next;
    const void *key;
    uint64_t data[];
} Keep;

typedef struct MemberRecords {
    TypeMembers *buckets[MEMBER_BUCKETS];
    Keep *kept;
} MemberRecords;

static void release_records(void *data) {
    MemberRecords *records = data;
    if (!records)
        return;
    for (uint32_t i = 0; i < MEMBER_BUCKETS; i++)
        for (TypeMembers *m = records->buckets[i], *next; m; m = next) {
            next = m->next;
            free(m->properties);
            free(m->events);
            free(m);
        }
    for (Keep *k = records->kept, *next; k; k = next) {
        next = k->next;
        free(k);
    }
    free(records);
}

/* The method with this MethodDef rid among a type's own (instantiated) methods. */
static LdMethod *own_method(LdMethodTable *type, uint32_t rid) {
    for (uint32_t i = 0; i < type->klass->method_count; i++) {
        LdMethod *m = &type->klass->methods[i];
        if ((m->generic_definition ? m->generic_definition->rid : m->rid) == rid)
            return m;
    }
    return NULL;
}

static uint32_t typedef_rid(const LdMethodTable *type) {
    return type->klass->typedef_rid ? type->klass->typedef_rid
           : type->klass->definition ? type->klass->definition->klass->typedef_rid
                                     : 0;
}

/* MethodSemantics: the accessors of a property or event (by token). */
enum { SEMANTICS_SETTER = 0x1, SEMANTICS_GETTER = 0x2, SEMANTICS_OTHER = 0x4, SEMANTICS_ADD = 0x8,
       SEMANTICS_REMOVE = 0x10, SEMANTICS_FIRE = 0x20 };

static LdMethod *accessor(LdMethodTable *type, uint32_t token, uint32_t semantics) {
    const ImgImage *img = type->klass->assembly->image;
    uint32_t end, coded = img_coded_encode(IMG_CODED_HASSEMANTICS, token);
    for (uint32_t row = img_find_sorted(img, IMG_TABLE_METHODSEMANTICS, IMG_METHODSEMANTICS_ASSOCIATION, coded, &end);
         row && row < end; row++)
        if (img_get(img, IMG_TABLE_METHODSEMANTICS, row, IMG_METHODSEMANTICS_SEMANTICS) & semantics)
            return own_method(type, img_get(img, IMG_TABLE_METHODSEMANTICS, row, IMG_METHODSEMANTICS_METHOD));
    return NULL;
}

/* The rids [first, end) a PropertyMap or EventMap row lists for a type. */
static bool member_list(const ImgImage *img, ImgTableId map, unsigned parent, unsigned list, uint32_t type_rid,
                        uint32_t *first, uint32_t *end) {
    uint32_t map_end, row = type_rid ? img_find_sorted(img, map, parent, type_rid, &map_end) : 0;
    *first = *end = 0;
    if (row)
        img_list_range(img, map, row, list, first, end);
    return row != 0;
}

static MemberRecords *records_of(VmIcallContext *context) {
    void **slot = vm_icall_data(context->vm, release_records);
    if (!*slot && !(*slot = calloc(1, sizeof(MemberRecords))))
        return icall_out_of_memory(context), NULL;
    return *slot;
}

void *icall_kept_memory(VmIcallContext *context, const void *key, size_t size, bool *fresh) {
    MemberRecords *records = records_of(context);
    *fresh = false;
    if (!records)
        return NULL;
    for (Keep *k = records->kept; k; k = k->next)
        if (k->key == key)
            return k->data;
    Keep *k = calloc(1, sizeof *k + size);
    if (!k)
        return icall_out_of_memory(context), NULL;
    k->key = key;
    k->next = records->kept;
    records->kept = k;
    *fresh = true;
    return k->data;
}

static TypeMembers *type_members(VmIcallContext *context, LdMethodTable *type) {
    MemberRecords *records = records_of(context);
    if (!records)
        return NULL;
    uint32_t bucket = (uint32_t)(((uintptr_t)type >> 4) % MEMBER_BUCKETS);
    for (TypeMembers *m = records->buckets[bucket]; m; m = m->next)
        if (m->type == type)
            return m;
    TypeMembers *m = calloc(1, sizeof *m);
    if (!m)
        return icall_out_of_memory(context), NULL;
    m->type = type;
    const ImgImage *img = type->klass->assembly->image;
    uint32_t first, end, rid = typedef_rid(type);
    member_list(img, IMG_TABLE_PROPERTYMAP, IMG_PROPERTYMAP_PARENT, IMG_PROPERTYMAP_PROPERTYLIST, rid, &first, &end);
    m->properties = calloc(end - first + 1, sizeof *m->properties);
    for (uint32_t i = first; m->properties && i < end; i++) {
        uint32_t row = img_list_member(img, IMG_TABLE_PROPERTY, i), token = 0x17000000u | row;
        m->properties[m->property_count++] = (Property){
            type, row, img_get_string(img, IMG_TABLE_PROPERTY, row, IMG_PROPERTY_NAME),
            (uint16_t)img_get(img, IMG_TABLE_PROPERTY, row, IMG_PROPERTY_FLAGS), accessor(type, token, SEMANTICS_GETTER),
            accessor(type, token, SEMANTICS_SETTER)};
    }
    member_list(img, IMG_TABLE_EVENTMAP, IMG_EVENTMAP_PARENT, IMG_EVENTMAP_EVENTLIST, rid, &first, &end);
    m->events = calloc(end - first + 1, sizeof *m->events);
    for (uint32_t i = first; m->events && i < end; i++) {
        uint32_t row = img_list_member(img, IMG_TABLE_EVENT, i), token = 0x14000000u | row;
        m->events[m->event_count++] = (Event){
            type, row, img_get_string(img, IMG_TABLE_EVENT, row, IMG_EVENT_NAME),
            (uint16_t)img_get(img, IMG_TABLE_EVENT, row, IMG_EVENT_FLAGS), accessor(type, token, SEMANTICS_ADD),
            accessor(type, token, SEMANTICS_REMOVE), accessor(type, token, SEMANTICS_FIRE)};
    }
    if (!m->properties || !m->events) {
        free(m->properties);
        free(m->events);
        free(m);
        return icall_out_of_memory(context), NULL;
    }
    m->next = records->buckets[bucket];
    records->buckets[bucket] = m;
    return m;
}

static bool same_blob(ImgBlob a, ImgBlob b) {
    return a.size == b.size && !memcmp(a.data, b.data, a.size);
}

/* Whether two accessors are one slot, or read alike (hide-by-signature). */
static bool accessors_alike(const LdMethod *a, const LdMethod *b) {
    if (a->slot < LD_SLOT_INTERFACE_DEFAULT && a->slot == b->slot)
        return true;
    return same_blob(a->signature, b->signature);
}

/* A property listed already hides one of a base type with its name. */
static bool property_hidden(GPtrArray *listed, const Property *p) {
    for (int32_t i = 0; i < listed->length; i++) {
        const Property *q = listed->data[i];
        if (strcmp(q->name, p->name))
            continue;
        if (q->get && p->get && !accessors_alike(q->get, p->get))
            continue;
        if (q->set && p->set && !accessors_alike(q->set, p->set))
            continue;
        return true;
    }
    return false;
}

/* GetPropertiesByName_native(name, bindingAttr, listType). */
static bool get_properties(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *start = self_type(context, args);
    const char *name = args[1].p;
    uint32_t binding = args[2].u4, list = args[3].u4;
    GPtrArray *array = gptr_new();
    bool usable, ok = array != NULL;
    context->error->message[0] = 0;
    if (ok && !members_ready(context, start, &usable))
        ok = false;
    for (LdMethodTable *t = start; ok && usable && t; t = (binding & BINDING_DECLARED_ONLY) ? NULL : t->parent) {
        LdError error;
        TypeMembers *members = (t == start || ld_type_load(t, &error)) ? type_members(context, t) : NULL;
        if (!members) {
            ok = t != start && !context->exception;
            break;
        }
        for (uint32_t i = 0; ok && i < members->property_count; i++) {
            Property *p = &members->properties[i];
            bool is_public = (p->get && (p->get->flags & ACCESS_MASK) == ACCESS_PUBLIC) ||
                             (p->set && (p->set->flags & ACCESS_MASK) == ACCESS_PUBLIC);
            bool visible = is_public ? (binding & BINDING_PUBLIC) != 0
                                     : (binding & BINDING_NON_PUBLIC) &&
                                           ((p->get && method_non_public(p->get, t == start)) ||
                                            (p->set && method_non_public(p->set, t == start)));
            LdMethod *any = p->get ? p->get : p->set;
            uint32_t flags = any ? any->flags : 0;
            if (visible && static_matches(binding, flags & MEMBER_STATIC, t == start) &&
                name_matches(name, p->name, list, false) && !property_hidden(array, p))
                ok = gptr_add(array, p);
        }
    }
    return return_array(context, array, ok, result);
}

/* GetEvents_native(name, listType): every event, hidden by name; an
 * ancestor's private ones left out. corlib filters by BindingFlags. */
static bool get_events(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *start = self_type(context, args);
    const char *name = args[1].p;
    uint32_t list = args[2].u4;
    GPtrArray *array = gptr_new();
    bool usable, ok = array != NULL;
    context->error->message[0] = 0;
    if (ok && !members_ready(context, start, &usable))
        ok = false;
    for (LdMethodTable *t = start; ok && usable && t; t = t->parent) {
        LdError error;
        TypeMembers *members = (t == start || ld_type_load(t, &error)) ? type_members(context, t) : NULL;
        if (!members) {
            ok = t != start && !context->exception;
            break;
        }
        for (uint32_t i = 0; ok && i < members->event_count; i++) {
            Event *e = &members->events[i];
            LdMethod *any = e->add ? e->add : e->remove ? e->remove : e->raise;
            if (t != start && (!any || (any->flags & ACCESS_MASK) == ACCESS_PRIVATE))
                continue;
            if (!name_matches(name, e->name, list, false))
                continue;
            bool hidden = false;
            for (int32_t j = 0; j < array->length && !hidden; j++)
                hidden = !strcmp(((Event *)array->data[j])->name, e->name);
            if (!hidden)
                ok = gptr_add(array, e);
        }
    }
    return return_array(context, array, ok, result);
}

/* The reflection object of a property or event record seen through a type. */
static void *record_object(VmIcallContext *context, const char *class_name, const char *handle_field, void *record,
                           LdMethodTable *reflected) {
    LdMethodTable *type = icall_corlib_type(context, "System.Reflection", class_name);
    bool failed;
    GcObject *info = type ? icall_cached_member(context, reflected, type, handle_field, record, &failed) : NULL;
    if (info || !type || failed)
        return info;
    if (!(info = vm_allocate(context->vm, context->thread, type, type->base_size)))
        return icall_out_of_memory(context), NULL;
    void **klass = (void **)icall_field(context, info, type, "klass");
    void **handle = (void **)icall_field(context, info, type, handle_field);
    if (!klass || !handle)
        return NULL;
    *klass = reflected;
    *handle = record;
    return icall_remember_member(context, reflected, info) ? info : NULL;
}

static bool property_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    Property *p = args[0].p;
    LdMethodTable *reflected = args[1].p ? args[1].p : p->owner;
    if (!derives_from(reflected, p->owner)) {
        result->p = NULL;
        return true;
    }
    return (result->p = record_object(context, "RuntimePropertyInfo", "prop", p, reflected)) != NULL;
}

static bool event_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    Event *e = args[0].p;
    LdMethodTable *reflected = args[1].p ? args[1].p : e->owner;
    if (!derives_from(reflected, e->owner)) {
        result->p = NULL;
        return true;
    }
    return (result->p = record_object(context, "RuntimeEventInfo", "handle", e, reflected)) != NULL;
}

static void *record_of(VmIcallContext *context, void *info, const char *handle_field, LdMethodTable **reflected) {
    void **handle = (void **)icall_field(context, info, ((GcObject *)info)->type, handle_field);
    void **klass = (void **)icall_field(context, info, ((GcObject *)info)->type, "klass");
    if (!handle || !klass)
        return NULL;
    *reflected = *klass;
    return *handle;
}

/* Stores a reference into a named field of a struct at `data`. */
static bool store_ref(VmIcallContext *context, uint8_t *data, LdMethodTable *type, const char *name, void *value) {
    GcObject **field = (GcObject **)icall_field(context, data, type, name);
    if (field)
        gc_write_barrier(field, value);
    return field != NULL;
}

static void *method_or_null(VmIcallContext *context, LdMethod *method, LdMethodTable *reflected, bool *ok) {
    if (!method || !*ok)
        return NULL;
    void *object = icall_method_object(context, method, reflected);
    *ok = object != NULL;
    return object;
}

static void *type_or_fail(VmIcallContext *context, LdMethodTable *type, bool *ok) {
    if (!*ok)
        return NULL;
    void *object = vm_type_object(context->vm, context->thread, type, context->error);
    *ok = object != NULL;
    return object;
}

static void *string_or_fail(VmIcallContext *context, const char *text, bool *ok) {
    if (!*ok)
        return NULL;
    void *object = vm_new_string_utf8(context->vm, context->thread, text, strlen(text));
    *ok = object || icall_out_of_memory(context);
    return object;
}

/* get_property_info(prop, ref MonoPropertyInfo info, PInfo req_info). */
enum { PINFO_ATTRIBUTES = 1, PINFO_GET = 2, PINFO_SET = 4, PINFO_REFLECTED = 8, PINFO_DECLARING = 16,
       PINFO_NAME = 32 };

static bool property_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    LdMethodTable *reflected;
    Property *p = record_of(context, args[0].p, "prop", &reflected);
    uint8_t *info = args[1].p;
    uint32_t wanted = args[2].u4;
    LdMethodTable *shape = icall_corlib_type(context, "System.Reflection", "MonoPropertyInfo");
    if (!p || !shape)
        return false;
    bool ok = true;
    if (wanted & PINFO_REFLECTED)
        ok = store_ref(context, info, shape, "parent", type_or_fail(context, reflected, &ok)) && ok;
    if (ok && (wanted & PINFO_DECLARING))
        ok = store_ref(context, info, shape, "declaring_type", type_or_fail(context, p->owner, &ok)) && ok;
    if (ok && (wanted & PINFO_NAME))
        ok = store_ref(context, info, shape, "name", string_or_fail(context, p->name, &ok)) && ok;
    if (ok && (wanted & PINFO_GET))
        ok = store_ref(context, info, shape, "get_method", method_or_null(context, p->get, reflected, &ok)) && ok;
    if (ok && (wanted & PINFO_SET))
        ok = store_ref(context, info, shape, "set_method", method_or_null(context, p->set, reflected, &ok)) && ok;
    if (ok && (wanted & PINFO_ATTRIBUTES)) {
        int32_t *attrs = (int32_t *)icall_field(context, info, shape, "attrs");
        if ((ok = attrs != NULL))
            *attrs = p->flags;
    }
    return ok;
}

/* get_event_info(ev, out MonoEventInfo info). */
static bool event_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    LdMethodTable *reflected;
    Event *e = record_of(context, args[0].p, "handle", &reflected);
    uint8_t *info = args[1].p;
    LdMethodTable *shape = icall_corlib_type(context, "System.Reflection", "MonoEventInfo");
    LdMethodTable *method_info = icall_corlib_type(context, "System.Reflection", "MethodInfo"), *array_type;
    LdError error;
    if (!e || !shape || !method_info)
        return false;
    if (!(array_type = ld_szarray_of(method_info, &error)) || !ld_type_load(array_type, &error))
        return vm_fail(context->error, "corlib contract: MethodInfo[]");
    bool ok = true;
    ok = store_ref(context, info, shape, "declaring_type", type_or_fail(context, e->owner, &ok)) && ok;
    ok = ok && store_ref(context, info, shape, "reflected_type", type_or_fail(context, reflected, &ok)) && ok;
    ok = ok && store_ref(context, info, shape, "name", string_or_fail(context, e->name, &ok)) && ok;
    ok = ok && store_ref(context, info, shape, "add_method", method_or_null(context, e->add, reflected, &ok)) && ok;
    ok = ok && store_ref(context, info, shape, "remove_method", method_or_null(context, e->remove, reflected, &ok)) &&
         ok;
    ok = ok && store_ref(context, info, shape, "raise_method", method_or_null(context, e->raise, reflected, &ok)) && ok;
    if (ok) {
        void *others = vm_new_array(context->vm, context->thread, array_type, 0);
        ok = others ? store_ref(context, info, shape, "other_methods", others) : icall_out_of_memory(context);
    }
    int32_t *attrs = ok ? (int32_t *)icall_field(context, info, shape, "attrs") : NULL;
    if (attrs)
        *attrs = e->flags;
    return ok && attrs;
}

static bool property_token(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *reflected;
    Property *p = record_of(context, args[0].p, "prop", &reflected);
    result->i4 = p ? (int32_t)(0x17000000u | p->rid) : 0;
    return p != NULL;
}

static bool event_token(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *reflected;
    Event *e = record_of(context, args[0].p, "handle", &reflected);
    result->i4 = e ? (int32_t)(0x14000000u | e->rid) : 0;
    return e != NULL;
}

/* get_default_value(prop): a property's constant. */
static bool property_default(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *reflected;
    Property *p = record_of(context, args[0].p, "prop", &reflected);
    if (!p)
        return false;
    LdMethodTable *object = icall_corlib_type(context, "System", "Object");
    return object && constant_value(context, p->owner->klass->assembly->image, 0x17000000u | p->rid, object, result);
}

/* The token of a member's metadata row, for custom attributes and
 * MetadataToken (0 when the handle is not one of ours). */
uint32_t icall_property_token(void *record) {
    return 0x17000000u | ((Property *)record)->rid;
}
uint32_t icall_event_token(void *record) {
    return 0x14000000u | ((Event *)record)->rid;
}
LdMethodTable *icall_property_owner(void *record) {
    return ((Property *)record)->owner;
}
LdMethodTable *icall_event_owner(void *record) {
    return ((Event *)record)->owner;
}

/* ------------------------------------------------------------------ */
/* Nested types and interfaces                                        */
/* ------------------------------------------------------------------ */

#define VISIBILITY_MASK 0x7u
#define NESTED_PUBLIC 0x2u

/* GetNestedTypes_native(name, bindingAttr, listType): a generic type's
 * nested types are those of its definition. */
static bool get_nested_types(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = self_type(context, args);
    const char *name = args[1].p;
    uint32_t binding = args[2].u4, list = args[3].u4;
    GPtrArray *array = gptr_new();
    bool ok = array != NULL;
    uint32_t rid = type->kind == LD_KIND_BYREF ? 0 : typedef_rid(type);
    LdAssembly *assembly = type->klass->assembly;
    const ImgImage *img = assembly->image;
    uint32_t rows = rid ? img_row_count(img, IMG_TABLE_NESTEDCLASS) : 0;
    for (uint32_t row = 1; ok && row <= rows; row++) {
        if (img_get(img, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_ENCLOSING) != rid)
            continue;
        uint32_t nested = img_get(img, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_NESTED);
        uint32_t flags = img_get(img, IMG_TABLE_TYPEDEF, nested, IMG_TYPEDEF_FLAGS);
        bool visible = (flags & VISIBILITY_MASK) == NESTED_PUBLIC ? (binding & BINDING_PUBLIC) != 0
                                                                   : (binding & BINDING_NON_PUBLIC) != 0;
        if (!visible || !name_matches(name, img_get_string(img, IMG_TABLE_TYPEDEF, nested, IMG_TYPEDEF_NAME), list,
                                      binding & BINDING_IGNORE_CASE))
            continue;
        LdError error;
        LdMethodTable *nested_type = ld_type_from_typedef(assembly, nested, &error);
        if (!nested_type) {
            gptr_free(array);
            return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
        }
        ok = gptr_add(array, nested_type);
    }
    return return_array(context, array, ok, result);
}

/* GetInterfaces(): every interface the type implements, inherited ones too. */
static bool get_interfaces(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = self_type(context, args);
    bool usable;
    if (!members_ready(context, type, &usable))
        return false;
    LdMethodTable **list = calloc(type->interface_count + 1, sizeof *list);
    if (!list)
        return icall_out_of_memory(context);
    uint32_t count = 0;
    for (uint32_t i = 0; usable && i < type->interface_count; i++)
        list[count++] = type->interfaces[i].interface;
    result->p = icall_type_array(context, count, list, false);
    free(list);
    return result->p != NULL;
}

const VmIcall icall_members[] = {
    {"System.RuntimeType::GetFields_native", get_fields},
    {"System.RuntimeType::GetMethodsByName_native", get_methods},
    {"System.RuntimeType::GetPropertiesByName_native", get_properties},
    {"System.RuntimeType::GetEvents_native", get_events},
    {"System.RuntimeType::GetNestedTypes_native", get_nested_types},
    {"System.RuntimeType::GetInterfaces", get_interfaces},
    {"System.Reflection.FieldInfo::internal_from_handle_type", field_from_handle},
    {"System.Reflection.RuntimeFieldInfo::ResolveType", field_type},
    {"System.Reflection.RuntimeFieldInfo::GetParentType", field_parent},
    {"System.Reflection.RuntimeFieldInfo::get_metadata_token", field_token},
    {"System.Reflection.RuntimeFieldInfo::GetFieldOffset", field_offset},
    {"System.Reflection.RuntimeFieldInfo::GetValueInternal", field_get_value},
    {"System.Reflection.RuntimeFieldInfo::UnsafeGetValue", field_get_value},
    {"System.Reflection.RuntimeFieldInfo::SetValueInternal", field_set_value},
    {"System.RuntimeFieldHandle::SetValueInternal", field_set_value}, /* FormatterServices' path */
    {"System.Reflection.RuntimeFieldInfo::GetRawConstantValue", field_constant},
    {"System.Reflection.FieldInfo::get_marshal_info", field_marshal_info},
    {"System.Reflection.RuntimePropertyInfo::internal_from_handle_type", property_from_handle},
    {"System.Reflection.RuntimePropertyInfo::get_property_info", property_info},
    {"System.Reflection.RuntimePropertyInfo::get_metadata_token", property_token},
    {"System.Reflection.RuntimePropertyInfo::get_default_value", property_default},
    {"System.Reflection.EventInfo::internal_from_handle_type", event_from_handle},
    {"System.Reflection.RuntimeEventInfo::get_event_info", event_info},
    {"System.Reflection.RuntimeEventInfo::get_metadata_token", event_token},
};
const uint32_t icall_members_count = ICALL_COUNT(icall_members);
