/*
 * member_cache.c - one reflection object per member and reflected type.
 *
 * Two look-ups of the same member through the same type must give the same
 * object (Delegate.Equals, == on MethodInfo, and corlib's own caches rely
 * on it), while a member seen through a subclass is another object (its
 * ReflectedType differs), as in mono. The objects live in the reflected
 * type's reflection cache (vm_reflection_cache), an object[] whose filled
 * entries come first, found by their class and the handle field that names
 * the member (mhandle, fhandle, prop, handle).
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

static uint64_t array_length(const GcObject *array) {
    return *(const uint64_t *)((const uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
}

static GcObject **array_items(GcObject *array) {
    return (GcObject **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET);
}

GcObject *icall_cached_member(VmIcallContext *context, LdMethodTable *reflected, LdMethodTable *info_class,
                              const char *handle_field, const void *handle, bool *failed) {
    *failed = false;
    void **slot = vm_reflection_cache(context->vm, reflected, context->error);
    if (!slot) {
        *failed = true;
        return NULL;
    }
    GcObject *cache = *slot;
    if (!cache)
        return NULL;
    uint64_t length = array_length(cache);
    GcObject **items = array_items(cache);
    for (uint64_t i = 0; i < length && items[i]; i++) {
        if (items[i]->type != info_class)
            continue;
        void **value = (void **)icall_field(context, items[i], info_class, handle_field);
        if (!value) {
            *failed = true;
            return NULL;
        }
        if (*value == handle)
            return items[i];
    }
    return NULL;
}

bool icall_remember_member(VmIcallContext *context, LdMethodTable *reflected, GcObject *info) {
    void **slot = vm_reflection_cache(context->vm, reflected, context->error);
    if (!slot)
        return false;
    GcObject *cache = *slot;
    uint64_t length = cache ? array_length(cache) : 0, used = 0;
    while (used < length && array_items(cache)[used])
        used++;
    if (used == length) {
        LdMethodTable *object = icall_corlib_type(context, "System", "Object"), *array;
        LdError error;
        if (!object || !(array = ld_szarray_of(object, &error)) || !ld_type_load(array, &error))
            return vm_fail(context->error, "corlib contract: object[]");
        uint32_t grown_length = used ? (uint32_t)used * 2 : 4;
        GcObject *grown = vm_new_array(context->vm, context->thread, array, grown_length);
        if (!grown)
            return icall_out_of_memory(context);
        cache = *slot; /* the allocation may have collected; the slot is a root */
        if (used) {
            memcpy(array_items(grown), array_items(cache), used * sizeof(GcObject *));
            gc_write_barrier_bulk(array_items(grown), used * sizeof(GcObject *));
        }
        gc_write_barrier((GcObject **)slot, grown);
        cache = grown;
    }
    gc_write_barrier(array_items(cache) + used, info);
    return true;
}

/* Nullable<T>'s fields, by name: whether it has a value, and where. */
static bool nullable_parts(VmIcallContext *context, LdMethodTable *nullable, uint8_t *data, bool **has_value,
                           uint8_t **value) {
    *has_value = (bool *)icall_field(context, data, nullable, "hasValue");
    *value = icall_field(context, data, nullable, "value");
    return *has_value && *value;
}

bool icall_box(VmIcallContext *context, LdMethodTable *type, uint8_t *data, VmSlot *result) {
    if (ld_is_reference(type)) {
        result->p = *(void **)data;
        return true;
    }
    if (type->kind == LD_KIND_POINTER || type->kind == LD_KIND_BYREF || type->kind == LD_KIND_FNPTR)
        return vm_fail(context->error, "not implemented yet: boxing pointers for reflection");
    if (type->flags & LD_MT_NULLABLE) {
        bool *has_value;
        uint8_t *value;
        if (!nullable_parts(context, type, data, &has_value, &value))
            return false;
        if (!*has_value) {
            result->p = NULL;
            return true;
        }
        type = type->element;
        data = value;
    }
    LdError error;
    if (!ld_type_load(type, &error))
        return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    /* data may be inside an object the allocation moves: copy it out first. */
    uint8_t stack[256], *copy = type->value_size <= sizeof stack ? stack : malloc(type->value_size);
    if (!copy)
        return icall_out_of_memory(context);
    memcpy(copy, data, type->value_size);
    void *box = vm_allocate(context->vm, context->thread, type, type->base_size);
    if (box) {
        memcpy((uint8_t *)box + LD_OBJECT_HEADER_SIZE, copy, type->value_size);
        if (type->flags & LD_MT_CONTAINS_REFS)
            gc_write_barrier_bulk((uint8_t *)box + LD_OBJECT_HEADER_SIZE, type->value_size);
    }
    if (copy != stack)
        free(copy);
    result->p = box;
    return box || icall_out_of_memory(context);
}

bool icall_unbox_into(VmIcallContext *context, LdMethodTable *type, GcObject *value, uint8_t *data) {
    if (ld_is_reference(type)) {
        gc_write_barrier((GcObject **)data, value);
        return true;
    }
    if (type->kind == LD_KIND_POINTER || type->kind == LD_KIND_BYREF || type->kind == LD_KIND_FNPTR)
        return vm_fail(context->error, "not implemented yet: pointers through reflection");
    if (type->flags & LD_MT_NULLABLE) {
        bool *has_value;
        uint8_t *inner;
        if (!nullable_parts(context, type, data, &has_value, &inner))
            return false;
        memset(data, 0, type->value_size);
        if (!value)
            return true;
        *has_value = true;
        type = type->element;
        data = inner;
    }
    if (!value)
        memset(data, 0, type->value_size);
    else
        memcpy(data, (uint8_t *)value + LD_OBJECT_HEADER_SIZE, type->value_size);
    if (type->flags & LD_MT_CONTAINS_REFS)
        gc_write_barrier_bulk(data, type->value_size);
    return true;
}

/* The implementation a virtual call of `method` on `target` reaches (what
 * callvirt would call: the engine's dispatch, variance, arrays' generic
 * interfaces and generic virtual methods included), or the method itself.
 * NULL, with context->error set, when the dispatch fails. */
LdMethod *icall_virtual_target(VmIcallContext *context, LdMethod *method, GcObject *target) {
    if (!target || !(method->flags & 0x0040 /* Virtual */))
        return method;
    return vm_virtual_target(context->vm, target, method, context->error);
}


