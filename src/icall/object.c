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

static const LdField *instance_field(const LdMethodTable *type, const char *name) {
    for (uint32_t i = 0; i < type->klass->field_count; i++)
        if (!strcmp(type->klass->fields[i].name, name) && !(type->klass->fields[i].flags & 0x0010))
            return &type->klass->fields[i];
    return NULL;
}

/* A value of `type` at `data`, as an object: references as they are,
 * values boxed, a Nullable<T> as null or a boxed T. */
static bool box_value(VmIcallContext *context, LdMethodTable *type, const uint8_t *data, VmSlot *result) {
    if (ld_is_reference(type)) {
        result->p = *(void *const *)data;
        return true;
    }
    if (type->flags & LD_MT_NULLABLE) {
        const LdField *has_value = instance_field(type, "hasValue"), *value = instance_field(type, "value");
        if (!has_value || !value)
            return vm_fail(context->error, "corlib contract: System.Nullable`1's fields");
        if (!data[has_value->offset]) {
            result->p = NULL;
            return true;
        }
        return box_value(context, type->element, data + value->offset, result);
    }
    GcObject *box = vm_allocate(context->vm, context->thread, type, type->base_size);
    if (!box)
        return icall_out_of_memory(context);
    memcpy((uint8_t *)box + LD_OBJECT_HEADER_SIZE, data, type->value_size);
    result->p = box;
    return true;
}

/* Array.GetValueImpl(pos): the element, boxed. */
static bool get_value(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *array = args[0].p;
    return box_value(context, array->type->element, flat_element(array, args[1].i4), result);
}

/* Array.SetValueImpl(value, pos): null clears a value-type element; a
 * value must be of the element type (an enum and its underlying type
 * count as one). */
static bool set_value(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *array = args[0].p, *value = args[1].p;
    LdMethodTable *element = array->type->element;
    uint8_t *slot = flat_element(array, args[2].i4);
    if (ld_is_reference(element)) {
        if (value && !vm_assignable(value->type, element))
            return icall_throw(context, "System.InvalidCastException: Object cannot be stored in an array of this "
                                        "type.");
        gc_write_barrier((GcObject **)slot, value);
        return true;
    }
    if (!value) {
        memset(slot, 0, element->value_size);
        return true;
    }
    LdMethodTable *stored = element->flags & LD_MT_NULLABLE ? element->element : element;
    bool same = value->type == stored || (value->type->kind == LD_KIND_VALUETYPE && value->type->elem == stored->elem &&
                                          ((value->type->flags | stored->flags) & LD_MT_ENUM));
    if (!same)
        return icall_throw(context, "System.InvalidCastException: Object cannot be stored in an array of this type.");
    if (element->flags & LD_MT_NULLABLE) {
        const LdField *has_value = instance_field(element, "hasValue"), *field = instance_field(element, "value");
        if (!has_value || !field)
            return vm_fail(context->error, "corlib contract: System.Nullable`1's fields");
        memcpy(slot + field->offset, (uint8_t *)value + LD_OBJECT_HEADER_SIZE, stored->value_size);
        slot[has_value->offset] = 1;
    } else {
        memcpy(slot, (uint8_t *)value + LD_OBJECT_HEADER_SIZE, element->value_size);
    }
    gc_write_barrier_bulk(slot, element->value_size);
    return true;
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

const VmIcall icall_object[] = {
    {"System.Array::GetValueImpl", get_value},
    {"System.Array::SetValueImpl", set_value},
    {"System.Array::ClearInternal", clear_internal},
    {"System.Array::GetGenericValueImpl", get_generic_value},
    {"System.Array::SetGenericValueImpl", set_generic_value},
    {"System.Array::FastCopy", fast_copy},
    {"System.Object::MemberwiseClone", memberwise_clone},
    {"System.Array::GetLength", get_length},
    {"System.Array::GetLowerBound", get_lower_bound},
    {"System.Array::GetRank", get_rank},
};
const uint32_t icall_object_count = ICALL_COUNT(icall_object);
