/*
 * method_info.c - System.Reflection.RuntimeMethodInfo and
 * RuntimeConstructorInfo: one reflection object per method, so that two
 * lookups of the same method compare equal by reference (Delegate.Equals
 * relies on it). A RuntimeMethodHandle holds the loader's LdMethod.
 *
 * The objects are kept as member_cache.c describes, by mhandle.
 */
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* The reflection object of `method` seen through `reflected` (its own type
 * when NULL): RuntimeConstructorInfo for a constructor, else
 * RuntimeMethodInfo; made once per (method, reflected type). */
void *icall_method_object(VmIcallContext *context, LdMethod *method, LdMethodTable *reflected) {
    if (!reflected)
        reflected = method->owner;
    bool constructor = !strcmp(method->name, ".ctor") || !strcmp(method->name, ".cctor");
    LdMethodTable *type =
        icall_corlib_type(context, "System.Reflection", constructor ? "RuntimeConstructorInfo" : "RuntimeMethodInfo");
    bool failed;
    GcObject *info = type ? icall_cached_member(context, reflected, type, "mhandle", method, &failed) : NULL;
    if (info || !type || failed)
        return info;
    void *owner = vm_type_object(context->vm, context->thread, reflected, context->error);
    if (!owner || !(info = vm_allocate(context->vm, context->thread, type, type->base_size)))
        return owner ? (icall_out_of_memory(context), NULL) : NULL;
    LdMethod **handle = (LdMethod **)icall_field(context, info, type, "mhandle");
    GcObject **reflected_field = (GcObject **)icall_field(context, info, type, "reftype");
    if (!handle || !reflected_field)
        return NULL;
    *handle = method;
    gc_write_barrier(reflected_field, owner);
    return icall_remember_member(context, reflected, info) ? info : NULL;
}

/* GetMethodFromHandleInternalType_native(method, type, genericCheck). */
static bool method_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = args[0].p;
    if (!method) {
        result->p = NULL;
        return true;
    }
    result->p = icall_method_object(context, method, args[1].p);
    return result->p != NULL;
}

static LdMethod *method_of(VmIcallContext *context, void *info) {
    LdMethod **handle = (LdMethod **)icall_field(context, info, ((GcObject *)info)->type, "mhandle");
    return handle ? *handle : NULL;
}

static LdMethodTable *reflected_of(VmIcallContext *context, void *info) {
    GcObject **reftype = (GcObject **)icall_field(context, info, ((GcObject *)info)->type, "reftype");
    return reftype && *reftype ? vm_type_of_object(context->vm, *reftype) : NULL;
}

/* A Type[] (or RuntimeType[]) of these types. */
static void *typed_array(VmIcallContext *context, const char *element, uint32_t count, LdMethodTable **types) {
    LdMethodTable *type = icall_corlib_type(context, "System", element), *array_type;
    LdError error;
    if (!type || !(array_type = ld_szarray_of(type, &error)) || !ld_type_load(array_type, &error))
        return vm_fail(context->error, "corlib contract: Type[]"), NULL;
    void *array = vm_new_array(context->vm, context->thread, array_type, count);
    if (!array)
        return icall_out_of_memory(context), NULL;
    for (uint32_t i = 0; i < count; i++) {
        void *object = vm_type_object(context->vm, context->thread, types[i], context->error);
        if (!object)
            return NULL;
        icall_store_element(array, i, object);
    }
    return array;
}

static void *type_array(VmIcallContext *context, uint32_t count, LdMethodTable **types) {
    return typed_array(context, "Type", count, types);
}

void *icall_type_array(VmIcallContext *context, uint32_t count, LdMethodTable **types, bool runtime_types) {
    return typed_array(context, runtime_types ? "RuntimeType" : "Type", count, types);
}

/* GetGenericArguments(): an instantiation's arguments, or a definition's
 * own parameters. */
static bool method_generic_arguments(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_of(context, args[0].p);
    if (!method)
        return false;
    if (method->generic_definition) {
        result->p = type_array(context, method->method_arg_count, method->method_args);
        return result->p != NULL;
    }
    LdError error;
    LdMethodTable **params = ld_method_generic_params(method, &error);
    if (!params && method->generic_param_count)
        return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    result->p = type_array(context, method->generic_param_count, params);
    return result->p != NULL;
}

static bool method_is_generic(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_of(context, args[0].p);
    result->i4 = method && (method->generic_definition || method->generic_param_count);
    return method != NULL;
}

static bool method_is_generic_definition(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_of(context, args[0].p);
    result->i4 = method && !method->generic_definition && method->generic_param_count;
    return method != NULL;
}

static bool method_generic_definition(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_of(context, args[0].p);
    if (!method)
        return false;
    if (!method->generic_definition && !method->generic_param_count) {
        result->p = NULL;
        return true;
    }
    result->p = icall_method_object(context, method->generic_definition ? method->generic_definition : method,
                                    reflected_of(context, args[0].p));
    return result->p != NULL;
}

/* MakeGenericMethod_impl(Type[]): corlib checked the count and that the
 * arguments are RuntimeTypes; the loader checks the count again. */
static bool make_generic_method(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_of(context, args[0].p);
    GcObject *array = args[1].p;
    if (!method)
        return false;
    uint64_t count = *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    LdMethodTable *arguments[64];
    if (count > 64)
        return icall_throw_argument(context, "too many generic arguments", "methodInstantiation");
    for (uint32_t i = 0; i < count; i++) {
        void *element = ((void **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[i];
        if (!element)
            return icall_throw_argument_null(context, "methodInstantiation");
        arguments[i] = vm_type_of_object(context->vm, element);
    }
    LdError error;
    LdMethod *instance = ld_method_instantiate(method, (uint32_t)count, arguments, &error);
    if (!instance)
        return icall_throw_argument(context, error.message, "methodInstantiation");
    result->p = icall_method_object(context, instance, reflected_of(context, args[0].p));
    return result->p != NULL;
}

/* get_base_method(method, definition): the method this one overrides,
 * followed to the first declaration (definition) or one step up. */
static bool base_method(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_of(context, args[0].p);
    bool definition = args[1].i4 != 0;
    if (!method)
        return false;
    LdMethod *found = method;
    if (method->slot != LD_SLOT_NONE && !(method->flags & 0x0100 /* NewSlot */)) {
        for (LdMethodTable *t = method->owner->parent; t; t = t->parent) {
            LdError error;
            if (!ld_type_load(t, &error) || method->slot >= t->vtable_count)
                break;
            LdMethod *candidate = t->vtable[method->slot];
            if (candidate->owner != t)
                continue;
            found = candidate;
            if (!definition || (candidate->flags & 0x0100))
                break;
        }
    }
    if (found == method) {
        result->p = args[0].p;
        return true;
    }
    result->p = icall_method_object(context, found, found->owner);
    return result->p != NULL;
}

/* get_metadata_token of a method or constructor. */
static bool method_token(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_of(context, args[0].p);
    if (!method)
        return false;
    LdMethod *definition = method->generic_definition ? method->generic_definition : method;
    result->i4 = (int32_t)(0x06000000u | definition->rid);
    return true;
}

/* MethodBase.GetCurrentMethod(): the running method, its caller's frame;
 * a generic method as its definition, as mono answers. */
static bool get_current_method(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)args;
    LdMethod *method;
    uint32_t il_offset;
    if (!vm_frame_at(context->thread, 0, &method, &il_offset))
        return vm_fail(context->error, "MethodBase.GetCurrentMethod called from no managed frame");
    if (method->generic_definition)
        method = method->generic_definition;
    return (result->p = icall_method_object(context, method, NULL)) != NULL;
}

const VmIcall icall_method_info[] = {
    {"System.Reflection.MethodBase::GetCurrentMethod", get_current_method},
    {"System.Reflection.RuntimeMethodInfo::GetMethodFromHandleInternalType_native", method_from_handle},
    {"System.Reflection.RuntimeMethodInfo::GetGenericArguments", method_generic_arguments},
    {"System.Reflection.RuntimeMethodInfo::get_IsGenericMethod", method_is_generic},
    {"System.Reflection.RuntimeMethodInfo::get_IsGenericMethodDefinition", method_is_generic_definition},
    {"System.Reflection.RuntimeMethodInfo::GetGenericMethodDefinition_impl", method_generic_definition},
    {"System.Reflection.RuntimeMethodInfo::MakeGenericMethod_impl", make_generic_method},
    {"System.Reflection.RuntimeMethodInfo::get_base_method", base_method},
    {"System.Reflection.RuntimeMethodInfo::get_metadata_token", method_token},
    {"System.Reflection.RuntimeConstructorInfo::get_metadata_token", method_token},
};
const uint32_t icall_method_info_count = ICALL_COUNT(icall_method_info);
