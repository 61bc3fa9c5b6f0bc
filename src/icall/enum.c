/*
 * enum.c - System.Enum's internal calls: an enum's names and values (read
 * from its literal fields' constants, in metadata order, as UInt64 with
 * signed types sign-extended, as mono gives them to corlib's sorting),
 * boxing a number as an enum, the underlying value, comparison, hashing
 * and HasFlag. Enum.ToString/Parse/GetValues are corlib's code over these.
 */
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* The enum type of a RuntimeType argument, loaded; NULL (with the
 * exception set) if it is not an enum. */
static LdMethodTable *enum_type(VmIcallContext *context, void *type_object) {
    LdMethodTable *type = vm_type_of_object(context->vm, type_object);
    LdError error;
    if (!ld_type_load(type, &error)) {
        vm_fail(context->error, "System.TypeLoadException: %s", error.message);
        return NULL;
    }
    if (!(type->flags & LD_MT_ENUM)) {
        icall_throw_argument(context, "Type provided must be an Enum.", "enumType");
        return NULL;
    }
    return type;
}

/* A value of the underlying element type at `data`, widened as mono does. */
static uint64_t read_value(const uint8_t *data, uint8_t element) {
    switch (element) {
    case IMG_ELEMENT_BOOLEAN:
    case IMG_ELEMENT_U1: return *data;
    case IMG_ELEMENT_I1: return (uint64_t)(int64_t)(int8_t)*data;
    case IMG_ELEMENT_CHAR:
    case IMG_ELEMENT_U2: { uint16_t v; memcpy(&v, data, 2); return v; }
    case IMG_ELEMENT_I2: { int16_t v; memcpy(&v, data, 2); return (uint64_t)(int64_t)v; }
    case IMG_ELEMENT_U4:
    case IMG_ELEMENT_R4: { uint32_t v; memcpy(&v, data, 4); return v; }
    case IMG_ELEMENT_I4: { int32_t v; memcpy(&v, data, 4); return (uint64_t)(int64_t)v; }
    default: { uint64_t v; memcpy(&v, data, 8); return v; }
    }
}

static void *new_array_of(VmIcallContext *context, const char *element, uint32_t count) {
    LdMethodTable *type = icall_corlib_type(context, "System", element), *array_type;
    LdError error;
    if (!type || !(array_type = ld_szarray_of(type, &error)) || !ld_type_load(array_type, &error))
        return vm_fail(context->error, "corlib contract: %s[]", element), NULL;
    void *array = vm_new_array(context->vm, context->thread, array_type, count);
    if (!array)
        icall_out_of_memory(context);
    return array;
}

/* GetEnumValuesAndNames(enumType, out ulong[] values, out string[] names):
 * true when the values came sorted (corlib sorts them otherwise). */
static bool values_and_names(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = enum_type(context, args[0].p);
    GcObject **values_out = args[1].p, **names_out = args[2].p;
    if (!type)
        return false;
    uint8_t element = type->element->elem;
    const ImgImage *img = type->klass->assembly->image;
    uint32_t count = 0;
    for (uint32_t i = 0; i < type->klass->field_count; i++)
        count += (type->klass->fields[i].flags & LD_FIELD_STATIC) != 0;
    GcObject *values = new_array_of(context, "UInt64", count);
    if (!values)
        return false;
    gc_write_barrier(values_out, values);
    GcObject *names = new_array_of(context, "String", count);
    if (!names)
        return false;
    gc_write_barrier(names_out, names);
    bool sorted = true;
    uint64_t previous = 0;
    uint32_t at = 0;
    for (uint32_t i = 0; i < type->klass->field_count; i++) {
        LdField *field = &type->klass->fields[i];
        if (!(field->flags & LD_FIELD_STATIC) || !(field->flags & LD_FIELD_LITERAL))
            continue;
        uint32_t end, row = img_find_sorted(img, IMG_TABLE_CONSTANT, IMG_CONSTANT_PARENT,
                                            img_coded_encode(IMG_CODED_HASCONSTANT, 0x04000000u | field->rid), &end);
        ImgBlob blob = row ? img_get_blob(img, IMG_TABLE_CONSTANT, row, IMG_CONSTANT_VALUE) : (ImgBlob){0};
        uint8_t bytes[8] = {0};
        memcpy(bytes, blob.data, blob.size < 8 ? blob.size : 8);
        uint64_t value = read_value(bytes, element);
        void *name = vm_new_string_utf8(context->vm, context->thread, field->name, strlen(field->name));
        if (!name)
            return icall_out_of_memory(context);
        icall_store_element(*names_out, at, name);
        ((uint64_t *)((uint8_t *)*values_out + LD_ARRAY_DATA_OFFSET))[at] = value;
        if (previous > value)
            sorted = false;
        previous = value;
        at++;
    }
    result->i4 = sorted || element == IMG_ELEMENT_R4 || element == IMG_ELEMENT_R8;
    return true;
}

/* InternalBoxEnum(enumType, ulong value). */
static bool box_enum(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = enum_type(context, args[0].p);
    if (!type)
        return false;
    uint64_t value = args[1].u8;
    GcObject *box = vm_allocate(context->vm, context->thread, type, type->base_size);
    if (!box)
        return icall_out_of_memory(context);
    memcpy((uint8_t *)box + LD_OBJECT_HEADER_SIZE, &value, type->element->value_size); /* little-endian */
    result->p = box;
    return true;
}

static bool underlying_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = enum_type(context, args[0].p);
    return type && (result->p = vm_type_object(context->vm, context->thread, type->element, context->error));
}

static bool cor_element_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->i4 = ((GcObject *)args[0].p)->type->element->elem;
    return true;
}

/* get_value(): the underlying number, boxed as its own type. */
static bool get_value(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *self = args[0].p;
    if (!self) {
        result->p = NULL;
        return true;
    }
    return icall_box(context, self->type->element, (uint8_t *)self + LD_OBJECT_HEADER_SIZE, result);
}

/* InternalCompareTo(a, b): 0, 1 or -1; 1 for null, 2 for another enum type. */
static bool compare_to(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    GcObject *a = args[0].p, *b = args[1].p;
    if (!b) {
        result->i4 = 1;
        return true;
    }
    if (a->type != b->type) {
        result->i4 = 2;
        return true;
    }
    const uint8_t *x = (uint8_t *)a + LD_OBJECT_HEADER_SIZE, *y = (uint8_t *)b + LD_OBJECT_HEADER_SIZE;
    uint8_t element = a->type->element->elem;
    int order;
    switch (element) {
    case IMG_ELEMENT_I1: case IMG_ELEMENT_I2: case IMG_ELEMENT_I4: case IMG_ELEMENT_I8: case IMG_ELEMENT_I: {
        int64_t p = (int64_t)read_value(x, element), q = (int64_t)read_value(y, element);
        order = p == q ? 0 : p > q ? 1 : -1;
        break;
    }
    case IMG_ELEMENT_R4: { float p, q; memcpy(&p, x, 4); memcpy(&q, y, 4); order = p == q ? 0 : p > q ? 1 : -1; break; }
    case IMG_ELEMENT_R8: { double p, q; memcpy(&p, x, 8); memcpy(&q, y, 8); order = p == q ? 0 : p > q ? 1 : -1; break; }
    default: {
        uint64_t p = read_value(x, element), q = read_value(y, element);
        order = p == q ? 0 : p > q ? 1 : -1;
    }
    }
    result->i4 = order;
    return true;
}

/* get_hashcode(): mono's per-type formula. */
static bool hash_code(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    GcObject *self = args[0].p;
    const uint8_t *data = (uint8_t *)self + LD_OBJECT_HEADER_SIZE;
    uint8_t element = self->type->element->elem;
    switch (element) {
    case IMG_ELEMENT_I1: { int8_t v = (int8_t)*data; result->i4 = (int32_t)((uint32_t)v ^ ((uint32_t)v << 8)); break; }
    case IMG_ELEMENT_I2: {
        int16_t v;
        memcpy(&v, data, 2);
        result->i4 = (int32_t)((uint32_t)(uint16_t)v | ((uint32_t)(int32_t)v << 16));
        break;
    }
    case IMG_ELEMENT_U8: case IMG_ELEMENT_I8: case IMG_ELEMENT_R8: case IMG_ELEMENT_I: case IMG_ELEMENT_U: {
        int64_t v;
        memcpy(&v, data, 8);
        result->i4 = (int32_t)((uint32_t)(v & 0xffffffff) ^ (uint32_t)(v >> 32));
        break;
    }
    default: result->i4 = (int32_t)(uint32_t)read_value(data, element);
    }
    return true;
}

static bool has_flag(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    GcObject *a = args[0].p, *b = args[1].p;
    uint64_t x = 0, y = 0;
    uint32_t size = a->type->element->value_size;
    memcpy(&x, (uint8_t *)a + LD_OBJECT_HEADER_SIZE, size);
    memcpy(&y, (uint8_t *)b + LD_OBJECT_HEADER_SIZE, size);
    result->i4 = (x & y) == y;
    return true;
}

const VmIcall icall_enum[] = {
    {"System.Enum::GetEnumValuesAndNames", values_and_names},
    {"System.Enum::InternalBoxEnum", box_enum},
    {"System.Enum::InternalGetUnderlyingType", underlying_type},
    {"System.Enum::InternalGetCorElementType", cor_element_type},
    {"System.Enum::get_value", get_value},
    {"System.Enum::InternalCompareTo", compare_to},
    {"System.Enum::get_hashcode", hash_code},
    {"System.Enum::InternalHasFlag", has_flag},
};
const uint32_t icall_enum_count = ICALL_COUNT(icall_enum);
