/*
 * marshal.c - System.Runtime.InteropServices.Marshal: copies between
 * arrays and unmanaged memory, and the native heap (AllocHGlobal). The
 * platform-invoke half of Marshal comes with P/Invoke.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* The address of element `start` of a one-dimensional array of
 * primitives or plain structs, and the bytes of `length` elements, after
 * checking the range; NULL with the exception set otherwise. */
static uint8_t *array_range(VmIcallContext *context, GcObject *array, int32_t start, int32_t length, size_t *bytes) {
    if (!array) {
        icall_throw_argument_null(context, "array");
        return NULL;
    }
    const LdMethodTable *type = array->type;
    if (type->kind != LD_KIND_SZARRAY || (type->flags & LD_MT_CONTAINS_REFS) || ld_is_reference(type->element)) {
        icall_throw_argument(context, "The array must be one-dimensional and hold no references.", "array");
        return NULL;
    }
    uint64_t count = *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    if (start < 0 || length < 0 || (uint64_t)start + (uint64_t)length > count) {
        icall_throw_argument_out_of_range(context, "startIndex", NULL);
        return NULL;
    }
    *bytes = (size_t)length * type->component_size;
    return (uint8_t *)array + type->base_size + (size_t)start * type->component_size;
}

/* copy_from_unmanaged_fixed(source, startIndex, destination, length, fixed). */
static bool copy_from_unmanaged(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t bytes;
    uint8_t *target = array_range(context, args[2].p, args[1].i4, args[3].i4, &bytes);
    if (!target)
        return false;
    if (bytes && !args[0].p)
        return icall_throw_argument_null(context, "source");
    if (bytes)
        memmove(target, args[0].p, bytes);
    return true;
}

/* copy_to_unmanaged_fixed(source array, startIndex, destination, length, fixed). */
static bool copy_to_unmanaged(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t bytes;
    uint8_t *source = array_range(context, args[0].p, args[1].i4, args[3].i4, &bytes);
    if (!source)
        return false;
    if (bytes && !args[2].p)
        return icall_throw_argument_null(context, "destination");
    if (bytes)
        memmove(args[2].p, source, bytes);
    return true;
}

static bool alloc_hglobal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t size = args[0].i8 > 0 ? (size_t)args[0].i8 : 1;
    result->p = malloc(size);
    return result->p || icall_out_of_memory(context);
}

static bool realloc_hglobal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t size = args[1].i8 > 0 ? (size_t)args[1].i8 : 1;
    result->p = realloc(args[0].p, size);
    return result->p || icall_out_of_memory(context);
}

static bool free_hglobal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    free(args[0].p);
    return true;
}

const VmIcall icall_marshal[] = {
    {"System.Runtime.InteropServices.Marshal::copy_from_unmanaged_fixed", copy_from_unmanaged},
    {"System.Runtime.InteropServices.Marshal::copy_to_unmanaged_fixed", copy_to_unmanaged},
    {"System.Runtime.InteropServices.Marshal::AllocHGlobal", alloc_hglobal},
    {"System.Runtime.InteropServices.Marshal::ReAllocHGlobal", realloc_hglobal},
    {"System.Runtime.InteropServices.Marshal::FreeHGlobal", free_hglobal},
};
const uint32_t icall_marshal_count = ICALL_COUNT(icall_marshal);
