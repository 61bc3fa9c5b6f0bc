/*
 * type.c - System.Type and System.RuntimeType: type objects from handles
 * and objects. A RuntimeTypeHandle holds the loader's LdMethodTable.
 */
#include "gc/gc.h"
#include "icall/internal.h"

static bool type_object(VmIcallContext *context, LdMethodTable *type, VmSlot *result) {
    result->p = vm_type_object(context->vm, context->thread, type, context->error);
    return result->p != NULL;
}

/* Object.GetType(): the receiver is never null (callvirt checked it). */
static bool object_get_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return type_object(context, ((GcObject *)args[0].p)->type, result);
}

static bool internal_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p) {
        result->p = NULL;
        return true;
    }
    return type_object(context, args[0].p, result);
}

const VmIcall icall_type[] = {
    {"System.Object::GetType", object_get_type},
    {"System.Type::internal_from_handle", internal_from_handle},
};
const uint32_t icall_type_count = ICALL_COUNT(icall_type);
