/*
 * type.c - System.Type and Object.GetType: the RuntimeType object of a
 * type, one per type (vm_type_object), found from a RuntimeTypeHandle
 * (whose value is Lucid's MethodTable) or from an object's header.
 */
#include "gc/gc.h"
#include "icall/internal.h"

static bool type_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = args[0].p;
    if (!type) {
        result->p = NULL;
        return true;
    }
    result->p = vm_type_object(context->vm, context->thread, type, context->error);
    return result->p != NULL;
}

static bool object_get_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const GcObject *object = args[0].p;
    result->p = vm_type_object(context->vm, context->thread, object->type, context->error);
    return result->p != NULL;
}

const VmIcall icall_type[] = {
    {"System.Type::internal_from_handle(System.IntPtr)", type_from_handle},
    {"System.Object::GetType()", object_get_type},
};
const uint32_t icall_type_count = ICALL_COUNT(icall_type);
