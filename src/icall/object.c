/*
 * object.c - System.Object and System.Array: cloning and array shape.
 */
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* Bytes an object occupies: its type's base size, plus elements for
 * arrays and characters (and the terminator, in the base) for strings. */
static size_t object_size(const GcObject *object) {
    const LdMethodTable *type = object->type;
    size_t size = type->base_size;
    if (type->flags & LD_MT_STRING)
        size += 2 * (size_t)*(const int32_t *)((const uint8_t *)object + LD_STRING_LENGTH_OFFSET);
    else if (type->component_size)
        size += type->component_size * (size_t)*(const uint64_t *)((const uint8_t *)object + LD_ARRAY_LENGTH_OFFSET);
    return size;
}

/* A shallow copy; a multi-dimensional array's bounds pointer must point
 * into the copy, not the original. */
static bool memberwise_clone(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *source = args[0].p;
    size_t size = object_size(source);
    GcObject *copy = vm_allocate(context->vm, context->thread, source->type, size);
    if (!copy) {
        context->exception = vm_new_exception(context->vm, context->thread,
                                              "System.OutOfMemoryException: Insufficient memory to continue "
                                              "the execution of the program.", context->error);
        return false;
    }
    memcpy((uint8_t *)copy + LD_OBJECT_HEADER_SIZE, (uint8_t *)source + LD_OBJECT_HEADER_SIZE,
           size - LD_OBJECT_HEADER_SIZE);
    gc_write_barrier_bulk((uint8_t *)copy + LD_OBJECT_HEADER_SIZE, size - LD_OBJECT_HEADER_SIZE);
    if (source->type->kind == LD_KIND_ARRAY)
        *(void **)((uint8_t *)copy + LD_ARRAY_BOUNDS_OFFSET) = (uint8_t *)copy + LD_ARRAY_DATA_OFFSET;
    result->p = copy;
    return true;
}

/* Dimension `dimension`'s (length, lower bound): a vector has one, from
 * its length word; a rank-n array keeps n pairs after its header words. */
static bool dimension(VmIcallContext *context, const GcObject *array, int32_t d, int32_t *length, int32_t *lower) {
    const LdMethodTable *type = array->type;
    uint32_t rank = type->kind == LD_KIND_ARRAY ? type->rank : 1;
    if (d < 0 || (uint32_t)d >= rank) {
        context->exception = vm_new_exception(context->vm, context->thread,
                                              "System.IndexOutOfRangeException: Index was outside the bounds of "
                                              "the array.", context->error);
        return false;
    }
    if (type->kind != LD_KIND_ARRAY) {
        *length = (int32_t)*(const uint64_t *)((const uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
        *lower = 0;
        return true;
    }
    const int32_t *bounds = (const int32_t *)((const uint8_t *)array + LD_ARRAY_DATA_OFFSET);
    *length = bounds[2 * d];
    *lower = bounds[2 * d + 1];
    return true;
}

static bool get_length(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t length, lower;
    if (!dimension(context, args[0].p, args[1].i4, &length, &lower))
        return false;
    result->i4 = length;
    return true;
}

static bool get_lower_bound(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t length, lower;
    if (!dimension(context, args[0].p, args[1].i4, &length, &lower))
        return false;
    result->i4 = lower;
    return true;
}

static bool get_rank(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    const LdMethodTable *type = ((const GcObject *)args[0].p)->type;
    result->i4 = type->kind == LD_KIND_ARRAY ? type->rank : 1;
    return true;
}

/*
 * FastCopy(source, sourceIndex, destination, destinationIndex, length):
 * Array.Copy's quick path, for vectors whose elements copy as they are
 * (the same element type, or references that need no check). False sends
 * Array.Copy down its element-by-element path, which checks and converts.
 */
static bool fast_copy(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    GcObject *source = args[0].p, *destination = args[2].p;
    int64_t from = args[1].i4, to = args[3].i4, count = args[4].i4;
    result->i4 = 0;
    if (source->type->kind != LD_KIND_SZARRAY || destination->type->kind != LD_KIND_SZARRAY || from < 0 ||
        to < 0 || count < 0)
        return true;
    int64_t source_length = *(const int64_t *)((uint8_t *)source + LD_ARRAY_LENGTH_OFFSET);
    int64_t destination_length = *(const int64_t *)((uint8_t *)destination + LD_ARRAY_LENGTH_OFFSET);
    if (from + count > source_length || to + count > destination_length)
        return true;
    const LdMethodTable *a = source->type->element, *b = destination->type->element;
    if (a != b && !(ld_is_reference(a) && ld_is_reference(b) && vm_assignable(a, b)))
        return true;
    size_t size = source->type->component_size;
    uint8_t *target = (uint8_t *)destination + LD_ARRAY_DATA_OFFSET + (size_t)to * size;
    memmove(target, (uint8_t *)source + LD_ARRAY_DATA_OFFSET + (size_t)from * size, (size_t)count * size);
    gc_write_barrier_bulk(target, (size_t)count * size);
    result->i4 = 1;
    return true;
}

/* GetGenericValueImpl<T>(pos, ref value) and SetGenericValueImpl: one
 * vector element to or from a T, for the InternalArray__ methods that
 * implement IList<T> and its relatives on arrays (corlib checked pos).
 * Variance lets T differ from the element type, never in size. */
static uint8_t *vector_element(const VmSlot *args) {
    GcObject *array = args[0].p;
    return (uint8_t *)array + LD_ARRAY_DATA_OFFSET + (size_t)(uint32_t)args[1].i4 * array->type->component_size;
}

static bool get_generic_value(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    (void)result;
    size_t size = ((GcObject *)args[0].p)->type->component_size;
    memcpy(args[2].p, vector_element(args), size);
    gc_write_barrier_bulk(args[2].p, size);
    return true;
}

static bool set_generic_value(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    (void)result;
    size_t size = ((GcObject *)args[0].p)->type->component_size;
    uint8_t *element = vector_element(args);
    memcpy(element, args[2].p, size);
    gc_write_barrier_bulk(element, size);
    return true;
}

/* Element `index` (counted over all dimensions) of any array. */
static uint8_t *flat_element(GcObject *array, int32_t index) {
    return (uint8_t *)array + array->type->base_size + (size_t)index * array->type->component_size;
}

/* ClearInternal(array, index, count): zeroes `count` elements from the
 * flat position `index` (Array.Clear has checked and rebased them; the
 * check here keeps a direct caller inside the array). Zeroes need no
 * write barrier: they create no references. */
static bool clear_internal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *array = args[0].p;
    int64_t index = args[1].i4, count = args[2].i4;
    if (!array)
        return icall_throw_argument_null(context, "array");
    int64_t length = *(const int64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    if (index < 0 || count < 0 || index + count > length)
        return icall_throw_argument_out_of_range(context, "index", NULL);
    size_t size = array->type->component_size;
    memset(flat_element(array, (int32_t)index), 0, (size_t)count * size);
    return true;
}

/* Array.CreateInstanceImpl(elementType, int[] lengths, int[] lowerBounds):
 * corlib has checked the arguments; a vector for one dimension with no
 * (or zero) lower bound, else a rank-n array (ldelema's shape). */
static bool create_array(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *element = vm_type_of_object(context->vm, args[0].p);
    GcObject *lengths = args[1].p, *lower = args[2].p;
    uint64_t rank = *(uint64_t *)((uint8_t *)lengths + LD_ARRAY_LENGTH_OFFSET);
    const int32_t *length = (const int32_t *)((uint8_t *)lengths + LD_ARRAY_DATA_OFFSET);
    const int32_t *bound = lower ? (const int32_t *)((uint8_t *)lower + LD_ARRAY_DATA_OFFSET) : NULL;
    LdError error;
    if (rank == 0 || rank > 32)
        return icall_throw_argument(context, "Array rank out of range.", "lengths");
    bool vector = rank == 1 && (!bound || bound[0] == 0);
    LdMethodTable *type = vector ? ld_szarray_of(element, &error) : ld_array_of(element, (uint32_t)rank, &error);
    if (!type || !ld_type_load(type, &error))
        return icall_throw_argument(context, type ? error.message : "Cannot create arrays of this type.", "elementType");
    uint64_t total = 1;
    for (uint64_t d = 0; d < rank; d++) {
        if (length[d] < 0)
            return icall_throw_argument_out_of_range(context, "lengths", "Non-negative number required.");
        total *= (uint64_t)length[d];
        if (total > INT32_MAX)
            return icall_throw(context, "System.OutOfMemoryException: Array dimensions exceeded supported range.");
    }
    if (vector) {
        result->p = vm_new_array(context->vm, context->thread, type, (uint32_t)total);
        return result->p || icall_out_of_memory(context);
    }
    GcObject *array = vm_allocate(context->vm, context->thread, type, type->base_size + total * type->component_size);
    if (!array)
        return icall_out_of_memory(context);
    int32_t *bounds = (int32_t *)((uint8_t *)array + LD_ARRAY_DATA_OFFSET);
    for (uint64_t d = 0; d < rank; d++) {
        bounds[2 * d] = length[d];
        bounds[2 * d + 1] = bound ? bound[d] : 0;
    }
    *(void **)((uint8_t *)array + LD_ARRAY_BOUNDS_OFFSET) = bounds;
    *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET) = total;
    result->p = array;
    return true;
}

/* The address of element `pos` (a flat index) of any array. */
static uint8_t *element_at(GcObject *array, int32_t pos) {
    LdMethodTable *type = array->type;
    size_t offset = type->kind == LD_KIND_SZARRAY ? LD_ARRAY_DATA_OFFSET : type->base_size;
    return (uint8_t *)array + offset + (size_t)pos * type->component_size;
}

/* Array.GetValueImpl(pos): the element, boxed. */
static bool get_value_impl(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *array = args[0].p;
    return icall_box(context, array->type->element, element_at(array, args[1].i4), result);
}

/* The primitive or enum element type a value's bits are stored as. */
static uint8_t stored_as(const LdMethodTable *type) {
    return type->flags & LD_MT_ENUM ? type->element->elem : type->elem;
}

/* A primitive element type as SetValueImpl's widening sees it: 'u' for
 * unsigned integers and char, 's' signed, 'r' floating point, 0 others
 * (bool, native integers). */
static char number_kind(uint8_t elem, size_t *size) {
    static const struct { uint8_t elem; char kind; uint8_t size; } kinds[] = {
        {IMG_ELEMENT_CHAR, 'u', 2}, {IMG_ELEMENT_I1, 's', 1}, {IMG_ELEMENT_U1, 'u', 1}, {IMG_ELEMENT_I2, 's', 2},
        {IMG_ELEMENT_U2, 'u', 2},   {IMG_ELEMENT_I4, 's', 4}, {IMG_ELEMENT_U4, 'u', 4}, {IMG_ELEMENT_I8, 's', 8},
        {IMG_ELEMENT_U8, 'u', 8},   {IMG_ELEMENT_R4, 'r', 4}, {IMG_ELEMENT_R8, 'r', 8},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (kinds[i].elem == elem) {
            *size = kinds[i].size;
            return kinds[i].kind;
        }
    return 0;
}

/* Stores a boxed primitive into an element of another primitive type, as
 * mono's SetValueImpl does for Array.Copy and Array.SetValue: only
 * widening conversions (an unsigned value into a wider signed type or
 * one at least as wide unsigned; a signed into a signed at least as
 * wide; any integer into floating point; float into double); anything
 * else between numbers and bool is an ArgumentException. */
static bool widen_into(VmIcallContext *context, const GcObject *value, LdMethodTable *element, uint8_t *slot) {
    size_t from_size = 0, to_size = 0;
    char from = number_kind(stored_as(value->type), &from_size), to = number_kind(stored_as(element), &to_size);
    bool widens = from && to &&
                  (to == 'r' ? from != 'r' || to_size >= from_size
                             : from == 'u' ? (to == 'u' ? to_size >= from_size : to_size > from_size)
                                           : from == 's' && to == 's' && to_size >= from_size);
    if (!widens)
        return icall_throw_argument(context, "not a widening conversion", "value");
    const uint8_t *data = (const uint8_t *)value + LD_OBJECT_HEADER_SIZE;
    uint64_t bits = 0;
    double real = 0;
    if (from == 'r') {
        float single;
        if (from_size == 4)
            memcpy(&single, data, 4), real = single;
        else
            memcpy(&real, data, 8);
    } else {
        memcpy(&bits, data, from_size); /* little-endian: the low bytes */
        if (from == 's' && from_size < 8 && (bits >> (8 * from_size - 1)) & 1)
            bits |= ~UINT64_C(0) << (8 * from_size); /* sign-extended */
        real = from == 's' ? (double)(int64_t)bits : (double)bits;
    }
    if (to == 'r') {
        float single = from == 's' ? (float)(int64_t)bits : from == 'u' ? (float)bits : (float)real;
        if (to_size == 4)
            memcpy(slot, &single, 4);
        else
            memcpy(slot, &real, 8);
    } else {
        memcpy(slot, &bits, to_size);
    }
    return true;
}

static bool is_number_or_bool(const LdMethodTable *type) {
    size_t size;
    return stored_as(type) == IMG_ELEMENT_BOOLEAN || number_kind(stored_as(type), &size);
}

/* Array.SetValueImpl(value, pos): a reference must be assignable; a value
 * of the element's type (or an enum of its underlying type) is copied;
 * a number of another type is widened (widen_into). */
static bool set_value_impl(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    GcObject *array = args[0].p, *value = args[1].p;
    LdMethodTable *element = array->type->element;
    uint8_t *slot = element_at(array, args[2].i4);
    if (ld_is_reference(element)) {
        if (value && !vm_assignable(value->type, element))
            return icall_throw(context, "System.InvalidCastException: " /* mono's message is empty */);
        gc_write_barrier((GcObject **)slot, value);
        return true;
    }
    if (value && value->type != element && !(element->flags & LD_MT_NULLABLE) &&
        !((value->type->flags & LD_MT_ENUM || element->flags & LD_MT_ENUM) &&
          stored_as(value->type) == stored_as(element))) {
        /* mono: an enum never goes into a bool element */
        if (is_number_or_bool(value->type) && is_number_or_bool(element) &&
            !(element->elem == IMG_ELEMENT_BOOLEAN && value->type->flags & LD_MT_ENUM))
            return widen_into(context, value, element, slot);
        return icall_throw(context, "System.InvalidCastException: " /* mono's message is empty */);
    }
    return icall_unbox_into(context, element, value, slot);
}

/* ValueType.InternalEquals(a, b, out object[] fields): fields of
 * primitive types and strings compared here (mono's rules: NaN equals
 * NaN); the others boxed in pairs for corlib to compare with Equals. */
static bool value_type_equals(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *a = args[0].p, *b = args[1].p;
    GcObject **fields_out = args[2].p;
    *fields_out = NULL;
    if (!b)
        return icall_throw_argument_null(context, "that");
    result->i4 = 0;
    if (a->type != b->type)
        return true;
    LdMethodTable *type = a->type;
    uint32_t others[64], other_count = 0;
    for (uint32_t i = 0; i < type->klass->field_count; i++) {
        LdField *field = &type->klass->fields[i];
        if (field->flags & LD_FIELD_STATIC)
            continue;
        const uint8_t *x = (uint8_t *)a + LD_OBJECT_HEADER_SIZE + field->offset;
        const uint8_t *y = (uint8_t *)b + LD_OBJECT_HEADER_SIZE + field->offset;
        LdMethodTable *ft = field->type;
        uint8_t element = ft->flags & LD_MT_ENUM ? ft->element->elem : ft->elem;
        if (ft->kind == LD_KIND_VALUETYPE && !(ft->flags & LD_MT_ENUM) && !(ft->flags & LD_MT_PRIMITIVE))
            element = IMG_ELEMENT_VALUETYPE;
        switch (element) {
        case IMG_ELEMENT_R4: {
            float p, q;
            memcpy(&p, x, 4), memcpy(&q, y, 4);
            if (p != q && !(p != p && q != q))
                return true;
            break;
        }
        case IMG_ELEMENT_R8: {
            double p, q;
            memcpy(&p, x, 8), memcpy(&q, y, 8);
            if (p != q && !(p != p && q != q))
                return true;
            break;
        }
        case IMG_ELEMENT_STRING: {
            GcObject *p = *(GcObject **)x, *q = *(GcObject **)y;
            if (p != q && (!p || !q || vm_string_length(p) != vm_string_length(q) ||
                           memcmp(vm_string_chars(p), vm_string_chars(q), 2 * (size_t)vm_string_length(p))))
                return true;
            break;
        }
        case IMG_ELEMENT_BOOLEAN: case IMG_ELEMENT_CHAR: case IMG_ELEMENT_I1: case IMG_ELEMENT_U1:
        case IMG_ELEMENT_I2: case IMG_ELEMENT_U2: case IMG_ELEMENT_I4: case IMG_ELEMENT_U4: case IMG_ELEMENT_I8:
        case IMG_ELEMENT_U8: case IMG_ELEMENT_I: case IMG_ELEMENT_U: case IMG_ELEMENT_PTR:
            if (memcmp(x, y, ft->value_size))
                return true;
            break;
        default:
            if (other_count == 64)
                return vm_fail(context->error, "not implemented yet: structs with more than 64 non-primitive fields");
            others[other_count++] = i;
        }
    }
    result->i4 = 1;
    if (!other_count)
        return true;
    LdMethodTable *object = icall_corlib_type(context, "System", "Object"), *array_type;
    LdError error;
    if (!object || !(array_type = ld_szarray_of(object, &error)) || !ld_type_load(array_type, &error))
        return vm_fail(context->error, "corlib contract: object[]");
    GcObject *pairs = vm_new_array(context->vm, context->thread, array_type, 2 * other_count);
    if (!pairs)
        return icall_out_of_memory(context);
    gc_write_barrier(fields_out, pairs);
    for (uint32_t k = 0; k < 2 * other_count; k++) {
        LdField *field = &type->klass->fields[others[k / 2]];
        GcObject *owner = k % 2 ? b : a;
        VmSlot boxed;
        if (!icall_box(context, field->type, (uint8_t *)owner + LD_OBJECT_HEADER_SIZE + field->offset, &boxed))
            return false;
        icall_store_element(*fields_out, k, boxed.p);
    }
    return true;
}

/* The flat element index of an int[] of indices into any array; -1
 * with the exception set when they do not fit it. */
static int64_t flat_index(VmIcallContext *context, GcObject *array, GcObject *indices) {
    if (!indices)
        return icall_throw_argument_null(context, "indices"), -1;
    LdMethodTable *type = array->type;
    uint32_t rank = type->kind == LD_KIND_SZARRAY ? 1 : type->rank;
    const int32_t *index = (const int32_t *)((uint8_t *)indices + LD_ARRAY_DATA_OFFSET);
    if (*(uint64_t *)((uint8_t *)indices + LD_ARRAY_LENGTH_OFFSET) != rank)
        return icall_throw_argument(context, "Indices length does not match the array rank.", NULL), -1;
    int64_t flat = 0;
    for (uint32_t d = 0; d < rank; d++) {
        int32_t length = type->kind == LD_KIND_SZARRAY ? (int32_t)*(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET)
                                                       : ((int32_t *)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[2 * d];
        int32_t lower = type->kind == LD_KIND_SZARRAY ? 0 : ((int32_t *)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[2 * d + 1];
        int64_t at = (int64_t)index[d] - lower;
        if (at < 0 || at >= length)
            return icall_throw(context, "System.IndexOutOfRangeException: Index was outside the bounds of the array."), -1;
        flat = flat * length + at;
    }
    return flat;
}

/* Array.SetValue(value, int[] indices) for arrays of any rank. */
static bool set_value_indices(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int64_t flat = flat_index(context, args[0].p, args[2].p);
    VmSlot forwarded[3] = {{.p = args[0].p}, {.p = args[1].p}, {.i4 = (int32_t)flat}};
    return flat >= 0 && set_value_impl(context, forwarded, result);
}

/* Array.GetValue(int[] indices). */
static bool get_value_indices(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int64_t flat = flat_index(context, args[0].p, args[1].p);
    VmSlot forwarded[2] = {{.p = args[0].p}, {.i4 = (int32_t)flat}};
    return flat >= 0 && get_value_impl(context, forwarded, result);
}

/* ValueType.InternalGetHashCode(o, out object[] fields), mono's way:
 * int32 fields and strings are folded in here (XOR; a string by
 * h = h * 31 + c over its characters), every other field is handed back
 * boxed for corlib to XOR in its own hash code. No fields: 0. */
static bool value_type_hash(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *self = args[0].p;
    GcObject **fields_out = args[1].p;
    const LdMethodTable *type = self->type;
    const uint8_t *data = (const uint8_t *)self + LD_OBJECT_HEADER_SIZE;
    int32_t hash = 0;
    uint32_t others = 0;
    for (uint32_t i = 0; i < type->klass->field_count; i++) {
        const LdField *field = &type->klass->fields[i];
        if (field->flags & LD_FIELD_STATIC)
            continue;
        if (field->type->elem == IMG_ELEMENT_I4 && !(field->type->flags & LD_MT_ENUM))
            hash ^= *(const int32_t *)(data + field->offset);
        else if (field->type->flags & LD_MT_STRING) {
            const GcObject *s = *(GcObject *const *)(data + field->offset);
            uint32_t h = 0;
            for (int32_t k = 0; s && k < vm_string_length(s); k++)
                h = (h << 5) - h + vm_string_chars(s)[k];
            hash ^= (int32_t)h;
        } else
            others++;
    }
    *fields_out = NULL;
    if (others) {
        LdMethodTable *object_type = icall_corlib_type(context, "System", "Object");
        LdError error;
        LdMethodTable *array_type = object_type ? ld_szarray_of(object_type, &error) : NULL;
        if (!array_type || !ld_type_load(array_type, &error))
            return object_type ? vm_fail(context->error, "corlib contract: object[]") : false;
        GcObject *array = vm_new_array(context->vm, context->thread, array_type, others);
        if (!array)
            return icall_out_of_memory(context);
        gc_write_barrier(fields_out, array);
        uint32_t at = 0;
        for (uint32_t i = 0; i < type->klass->field_count; i++) {
            const LdField *field = &type->klass->fields[i];
            if ((field->flags & LD_FIELD_STATIC) || (field->type->flags & LD_MT_STRING) ||
                (field->type->elem == IMG_ELEMENT_I4 && !(field->type->flags & LD_MT_ENUM)))
                continue;
            VmSlot boxed;
            /* the object may move while boxing allocates: read through args */
            uint8_t *field_data = (uint8_t *)args[0].p + LD_OBJECT_HEADER_SIZE + field->offset;
            if (!icall_box(context, field->type, field_data, &boxed))
                return false;
            icall_store_element(*fields_out, at++, boxed.p);
        }
    }
    result->i4 = hash;
    return true;
}

const VmIcall icall_object[] = {
    {"System.ValueType::InternalGetHashCode", value_type_hash},
    {"System.Array::ClearInternal", clear_internal},
    {"System.Array::GetGenericValueImpl", get_generic_value},
    {"System.Array::SetGenericValueImpl", set_generic_value},
    {"System.Array::FastCopy", fast_copy},
    {"System.Object::MemberwiseClone", memberwise_clone},
    {"System.Array::GetLength", get_length},
    {"System.Array::GetLowerBound", get_lower_bound},
    {"System.Array::GetRank", get_rank},
    {"System.Array::CreateInstanceImpl", create_array},
    {"System.Array::GetValueImpl", get_value_impl},
    {"System.Array::SetValueImpl", set_value_impl},
    {"System.Array::SetValue(System.Object,System.Int32[])", set_value_indices},
    {"System.Array::GetValue(System.Int32[])", get_value_indices},
    {"System.ValueType::InternalEquals", value_type_equals},
};
const uint32_t icall_object_count = ICALL_COUNT(icall_object);
