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

const VmIcall icall_delegate[] = {
    {"System.Delegate::AllocDelegateLike_internal", alloc_delegate_like},
};
const uint32_t icall_delegate_count = ICALL_COUNT(icall_delegate);
