/*
 * delegate.c - System.Delegate: what corlib's Delegate.Combine and Remove
 * need from the runtime. The invocation list itself is corlib's business
 * (MulticastDelegate.delegates); the engine invokes it (docs/vm.md).
 */
#include "gc/gc.h"
#include "icall/internal.h"

/* A new delegate of the same type, empty: CombineImpl and RemoveImpl fill
 * in its invocation list. */
static bool alloc_delegate_like(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = ((GcObject *)args[0].p)->type;
    result->p = vm_allocate(context->vm, context->thread, type, type->base_size);
    if (!result->p) {
        context->exception = vm_new_exception(context->vm, context->thread,
                                              "System.OutOfMemoryException: Insufficient memory to continue "
                                              "the execution of the program.", context->error);
        return false;
    }
    return true;
}

/* CreateDelegate_internal(type, target, MethodInfo, throwOnBindFailure):
 * corlib has matched the signature, closed (the target is the receiver
 * or a static method's first argument) or open (an instance method's
 * receiver is the first argument); the engine tells them apart by the
 * method's arity. */
static bool create_delegate(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = vm_type_of_object(context->vm, args[0].p);
    GcObject *target = args[1].p;
    GcObject *info = args[2].p;
    LdMethod **handle = info ? (LdMethod **)icall_field(context, info, info->type, "mhandle") : NULL;
    if (!handle)
        return info ? false : icall_throw_argument_null(context, "method");
    LdMethod *method = *handle;
    LdError error;
    if (!ld_type_load(type, &error))
        return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    GcObject *delegate = vm_allocate(context->vm, context->thread, type, type->base_size);
    if (!delegate)
        return icall_out_of_memory(context);
    GcObject **target_field = (GcObject **)icall_field(context, delegate, type, "m_target");
    LdMethod **method_field = (LdMethod **)icall_field(context, delegate, type, "method");
    if (!target_field || !method_field)
        return false;
    gc_write_barrier(target_field, target);
    /* method_info stays null: Delegate.Method then reflects the method the
     * delegate calls (an override, for a virtual one), as on mono */
    *method_field = icall_virtual_target(method, target);
    result->p = delegate;
    return true;
}

const VmIcall icall_delegate[] = {
    {"System.Delegate::CreateDelegate_internal", create_delegate},
    {"System.Delegate::AllocDelegateLike_internal", alloc_delegate_like},
};
const uint32_t icall_delegate_count = ICALL_COUNT(icall_delegate);
