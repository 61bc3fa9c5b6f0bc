/*
 * delegate.c - System.Delegate: what corlib's Delegate.Combine and Remove
 * need from the runtime, and asynchronous calls (BeginInvoke, EndInvoke). The invocation list itself is corlib's business
 * (MulticastDelegate.delegates); the engine invokes it (docs/vm.md).
 */
#include <string.h>

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
    if (!(*method_field = icall_virtual_target(context, method, target)))
        return false;
    result->p = delegate;
    return true;
}

/* ------------------------------------------------------------------ */
/* Asynchronous calls: BeginInvoke and EndInvoke                      */
/* ------------------------------------------------------------------ */

/*
 * Every delegate type's BeginInvoke and EndInvoke are the runtime's, and
 * mono's corlib expects them to go through its AsyncResult
 * (System.Runtime.Remoting.Messaging): BeginInvoke makes one holding the
 * delegate, the callback and the state, and object_data, an object[3] of
 * {the arguments boxed as an object[], the result, the exception}, and
 * queues it on the thread pool as an IThreadPoolWorkItem. The pool runs
 * AsyncResult.Invoke (below): the call goes through Delegate.DynamicInvoke,
 * which also leaves ref and out arguments in the object[], and
 * SyncProcessMessage then completes the AsyncResult (its wait handle, the
 * callback). EndInvoke waits through AsyncResult.EndInvoke, copies ref and
 * out arguments back, and returns the boxed result (the transcoder unboxes
 * it) or rethrows the call's exception.
 */
enum { ASYNC_ARGUMENTS, ASYNC_RESULT, ASYNC_EXCEPTION, ASYNC_SLOTS };

static LdMethod *own_method(LdMethodTable *type, const char *name) {
    for (uint32_t i = 0; i < type->klass->method_count; i++)
        if (!strcmp(type->klass->methods[i].name, name))
            return &type->klass->methods[i];
    return NULL;
}

/* A method's parameter types in its own context: at most `max`. */
static bool parameter_types(VmIcallContext *context, LdMethod *method, LdMethodTable **types, uint32_t max,
                            uint32_t *count) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(method->signature, &arena);
    LdGenericContext generic;
    ld_method_context(method, &generic);
    LdError error = {{0}};
    bool ok = sig && sig->param_count <= max;
    *count = ok ? sig->param_count : 0;
    for (uint32_t i = 0; ok && i < *count; i++)
        ok = (types[i] = ld_type_from_sig(method->owner->klass->assembly, sig->params[i], &generic, &error)) != NULL;
    img_arena_free(&arena);
    return ok || vm_fail(context->error, "not implemented yet: asynchronous calls of %s (%s)", method->name,
                         error.message[0] ? error.message : "more than 64 parameters");
}

static GcObject **async_field(VmIcallContext *context, GcObject *result, const char *name) {
    LdMethodTable *type = icall_corlib_type(context, "System.Runtime.Remoting.Messaging", "AsyncResult");
    return type ? (GcObject **)icall_field(context, result, type, name) : NULL;
}

static GcObject *element(GcObject *array, uint32_t index) {
    return ((GcObject **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[index];
}

static bool invoke_managed(VmIcallContext *context, LdMethod *method, VmSlot *args, VmSlot *result) {
    void *thrown = NULL;
    if (vm_invoke(context->vm, context->thread, method, args, result, &thrown, context->error))
        return true;
    context->exception = thrown;
    return false;
}

/* BeginInvoke(arguments..., callback, state), the delegate first. */
static bool begin_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *delegate = args[0].p;
    LdMethod *invoke = own_method(delegate->type, "Invoke");
    LdMethodTable *types[64], *object_type = icall_corlib_type(context, "System", "Object");
    LdMethodTable *pool = icall_corlib_type(context, "System.Threading", "ThreadPool");
    LdMethodTable *async_type = icall_corlib_type(context, "System.Runtime.Remoting.Messaging", "AsyncResult");
    uint32_t count;
    if (!invoke)
        return vm_fail(context->error, "delegate %s has no Invoke", delegate->type->klass->name);
    if (!object_type || !pool || !async_type || !parameter_types(context, invoke, types, 64, &count))
        return false;
    LdError error;
    LdMethodTable *objects = ld_szarray_of(object_type, &error);
    if (!objects || !ld_type_load(objects, &error))
        return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    LdMethod *queue = vm_find_method(pool, "UnsafeQueueCustomWorkItem(System.Threading.IThreadPoolWorkItem,System.Boolean)");
    if (!queue)
        return vm_fail(context->error, "corlib contract: ThreadPool.UnsafeQueueCustomWorkItem or object[] missing");
    GcObject *arguments = vm_new_array(context->vm, context->thread, objects, count);
    GcObject *data = arguments ? vm_new_array(context->vm, context->thread, objects, ASYNC_SLOTS) : NULL;
    GcObject *async = data ? vm_allocate(context->vm, context->thread, async_type, async_type->base_size) : NULL;
    if (!async)
        return icall_out_of_memory(context);
    uint32_t slot = 1;
    for (uint32_t i = 0; i < count; i++) {
        bool byref = types[i]->kind == LD_KIND_BYREF;
        LdMethodTable *type = byref ? types[i]->element : types[i];
        uint8_t *value = byref ? args[slot].p : (uint8_t *)&args[slot];
        slot += byref ? 1 : vm_value_slots(type);
        VmSlot boxed;
        if (!icall_box(context, type, value, &boxed))
            return false;
        icall_store_element(arguments, i, boxed.p);
    }
    icall_store_element(data, ASYNC_ARGUMENTS, arguments);
    GcObject **fields[] = {async_field(context, async, "async_delegate"), async_field(context, async, "async_callback"),
                           async_field(context, async, "async_state"), async_field(context, async, "object_data")};
    GcObject *values[] = {delegate, args[slot].p, args[slot + 1].p, data};
    for (uint32_t i = 0; i < 4; i++) {
        if (!fields[i])
            return false;
        gc_write_barrier(fields[i], values[i]);
    }
    VmSlot queue_args[2] = {{.p = async}, {.i4 = 0}}, ignored;
    if (!invoke_managed(context, queue, queue_args, &ignored))
        return false;
    result->p = async;
    return true;
}

/* AsyncResult.Invoke, on a pool thread: the call, then completion. */
static bool async_result_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *async = args[0].p;
    GcObject **delegate = async_field(context, async, "async_delegate"), **data = async_field(context, async, "object_data");
    LdMethodTable *delegate_type = icall_corlib_type(context, "System", "Delegate");
    LdMethodTable *exception_type = icall_corlib_type(context, "System", "Exception");
    LdMethod *dynamic = delegate_type ? vm_find_method(delegate_type, "DynamicInvoke(System.Object[])") : NULL;
    LdMethod *complete = vm_find_method(async->type, "SyncProcessMessage(System.Runtime.Remoting.Messaging.IMessage)");
    if (!delegate || !data || !exception_type)
        return false;
    if (!dynamic || !complete || !*data)
        return vm_fail(context->error, "corlib contract: Delegate.DynamicInvoke or AsyncResult.SyncProcessMessage missing");
    VmSlot call_args[2] = {{.p = *delegate}, {.p = element(*data, ASYNC_ARGUMENTS)}}, returned = {0};
    void *thrown = NULL;
    if (vm_invoke(context->vm, context->thread, dynamic, call_args, &returned, &thrown, context->error)) {
        icall_store_element(*data, ASYNC_RESULT, returned.p);
    } else {
        if (!thrown)
            return false;
        /* DynamicInvoke wraps what the method threw in a TargetInvocationException. */
        GcObject **inner = (GcObject **)icall_field(context, thrown, exception_type, "_innerException");
        if (!inner)
            return false;
        icall_store_element(*data, ASYNC_EXCEPTION, *inner ? *inner : thrown);
    }
    VmSlot complete_args[2] = {{.p = async}, {.p = NULL}};
    result->p = NULL;
    return invoke_managed(context, complete, complete_args, &returned);
}

/* EndInvoke(ref and out arguments..., result), the delegate first. */
static bool end_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *delegate = args[0].p;
    LdMethod *invoke = own_method(delegate->type, "Invoke"), *end = own_method(delegate->type, "EndInvoke");
    LdMethodTable *types[64], *end_types[64];
    uint32_t count, end_count;
    if (!invoke || !end)
        return vm_fail(context->error, "delegate %s has no Invoke or EndInvoke", delegate->type->klass->name);
    if (!parameter_types(context, invoke, types, 64, &count) || !parameter_types(context, end, end_types, 64, &end_count))
        return false;
    if (!end_count)
        return vm_fail(context->error, "%s::EndInvoke takes no IAsyncResult", delegate->type->klass->name);
    GcObject *async = args[end_count].p; /* each ref or out argument before it is a pointer: one slot */
    if (!async)
        return icall_throw_argument_null(context, "result");
    LdMethodTable *async_type = icall_corlib_type(context, "System.Runtime.Remoting.Messaging", "AsyncResult");
    if (!async_type)
        return false;
    GcObject **owner = async->type == async_type ? async_field(context, async, "async_delegate") : NULL;
    if (!owner || *owner != delegate)
        return icall_throw(context, "System.InvalidOperationException: The IAsyncResult object provided does not "
                                    "match this delegate.");
    uint8_t *called = (uint8_t *)async_field(context, async, "endinvoke_called");
    LdMethod *wait = vm_find_method(async_type, "EndInvoke()");
    if (!called || !wait)
        return called ? vm_fail(context->error, "corlib contract: AsyncResult.EndInvoke missing") : false;
    if (*called)
        return icall_throw(context, "System.InvalidOperationException: Delegate EndInvoke method called more than once");
    *called = 1;
    VmSlot wait_args[1] = {{.p = async}}, ignored;
    if (!invoke_managed(context, wait, wait_args, &ignored))
        return false;
    GcObject *data = *async_field(context, async, "object_data");
    if (element(data, ASYNC_EXCEPTION)) {
        context->exception = element(data, ASYNC_EXCEPTION);
        return false;
    }
    GcObject *arguments = element(data, ASYNC_ARGUMENTS);
    for (uint32_t i = 0, k = 1; i < count; i++) {
        if (types[i]->kind != LD_KIND_BYREF)
            continue;
        if (!icall_unbox_into(context, types[i]->element, element(arguments, i), args[k++].p))
            return false;
    }
    result->p = element(data, ASYNC_RESULT);
    return true;
}

const VmIcall icall_delegate[] = {
    {"<lucid>::DelegateBeginInvoke", begin_invoke},
    {"<lucid>::DelegateEndInvoke", end_invoke},
    {"System.Runtime.Remoting.Messaging.AsyncResult::Invoke", async_result_invoke},
    {"System.Delegate::CreateDelegate_internal", create_delegate},
    {"System.Delegate::AllocDelegateLike_internal", alloc_delegate_like},
};
const uint32_t icall_delegate_count = ICALL_COUNT(icall_delegate);
