/*
 * method_info.c - System.Reflection.RuntimeMethodInfo and
 * RuntimeConstructorInfo: one reflection object per method, so that two
 * lookups of the same method compare equal by reference (Delegate.Equals
 * relies on it). A RuntimeMethodHandle holds the loader's LdMethod.
 *
 * The objects of a type's methods are kept in its reflection cache
 * (vm_reflection_cache), an object[] searched by their mhandle field.
 */
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

static bool out_of_memory(VmIcallContext *context) {
    context->exception = vm_new_exception(context->vm, context->thread,
                                          "System.OutOfMemoryException: Insufficient memory to continue the "
                                          "execution of the program.", context->error);
    return false;
}

/* The cached object whose mhandle is `method`, or NULL; *used counts the
 * cache's filled entries. */
static GcObject *cached(VmIcallContext *context, GcObject *cache, LdMethod *method, uint32_t *used) {
    *used = 0;
    if (!cache)
        return NULL;
    uint64_t length = *(uint64_t *)((uint8_t *)cache + LD_ARRAY_LENGTH_OFFSET);
    GcObject **items = (GcObject **)((uint8_t *)cache + LD_ARRAY_DATA_OFFSET);
    for (; *used < length && items[*used]; (*used)++) {
        LdMethod **handle = (LdMethod **)icall_field(context, items[*used], items[*used]->type, "mhandle");
        if (handle && *handle == method)
            return items[*used];
    }
    return NULL;
}

/* Appends to the cache, growing it (a new array, twice as long) when full. */
static bool remember(VmIcallContext *context, void **slot, GcObject *info, uint32_t used) {
    GcObject *cache = *slot;
    uint64_t length = cache ? *(uint64_t *)((uint8_t *)cache + LD_ARRAY_LENGTH_OFFSET) : 0;
    if (used == length) {
        LdMethodTable *object = icall_corlib_type(context, "System", "Object"), *array;
        LdError error;
        if (!object || !(array = ld_szarray_of(object, &error)) || !ld_type_load(array, &error))
            return vm_fail(context->error, "corlib contract: object[]");
        uint32_t grown_length = used ? used * 2 : 4;
        GcObject *grown = vm_allocate(context->vm, context->thread, array,
                                      array->base_size + (size_t)array->component_size * grown_length);
        if (!grown)
            return out_of_memory(context);
        *(uint64_t *)((uint8_t *)grown + LD_ARRAY_LENGTH_OFFSET) = grown_length;
        if (used) {
            memcpy((uint8_t *)grown + LD_ARRAY_DATA_OFFSET, (uint8_t *)cache + LD_ARRAY_DATA_OFFSET,
                   used * sizeof(GcObject *));
            gc_write_barrier_bulk((uint8_t *)grown + LD_ARRAY_DATA_OFFSET, used * sizeof(GcObject *));
        }
        gc_write_barrier((GcObject **)slot, grown);
        cache = grown;
    }
    gc_write_barrier((GcObject **)((uint8_t *)cache + LD_ARRAY_DATA_OFFSET) + used, info);
    return true;
}

/* GetMethodFromHandleInternalType_native(method, type, genericCheck): the
 * method's RuntimeMethodInfo, or RuntimeConstructorInfo for a constructor,
 * reflected from its own type. */
static bool method_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = args[0].p;
    if (!method) {
        result->p = NULL;
        return true;
    }
    if (args[1].p && args[1].p != method->owner)
        return vm_fail(context->error, "not implemented yet: methods reflected from another type than their own");
    void **slot = vm_reflection_cache(context->vm, method->owner, context->error);
    if (!slot)
        return false;
    uint32_t used;
    if ((result->p = cached(context, *slot, method, &used)))
        return true;
    bool constructor = !strcmp(method->name, ".ctor") || !strcmp(method->name, ".cctor");
    LdMethodTable *type =
        icall_corlib_type(context, "System.Reflection", constructor ? "RuntimeConstructorInfo" : "RuntimeMethodInfo");
    if (!type)
        return false;
    GcObject *info = vm_allocate(context->vm, context->thread, type, type->base_size);
    if (!info)
        return out_of_memory(context);
    void *owner = vm_type_object(context->vm, context->thread, method->owner, context->error);
    LdMethod **handle = (LdMethod **)icall_field(context, info, type, "mhandle");
    GcObject **reflected = (GcObject **)icall_field(context, info, type, "reftype");
    if (!owner || !handle || !reflected)
        return false;
    *handle = method;
    gc_write_barrier(reflected, owner);
    if (!remember(context, slot, info, used))
        return false;
    result->p = info;
    return true;
}

bool icall_method_object(VmIcallContext *context, LdMethod *method, void **object) {
    VmSlot args[3] = {{.p = method}, {.p = NULL}}, result = {0};
    if (!method_from_handle(context, args, &result))
        return false;
    *object = result.p;
    return true;
}

const VmIcall icall_method_info[] = {
    {"System.Reflection.RuntimeMethodInfo::GetMethodFromHandleInternalType_native", method_from_handle},
};
const uint32_t icall_method_info_count = ICALL_COUNT(icall_method_info);
