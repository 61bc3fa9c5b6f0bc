/*
 * gc.c - System.GC: the collector's entry points for managed code, over
 * gc.h. Finalizers do not run yet (the GC issue brings the finalizer
 * thread), so no finalizer is ever pending; ephemerons (the
 * ConditionalWeakTable) hold their values strongly until the collector
 * learns about them.
 */
#include "gc/gc.h"
#include "icall/internal.h"

#define GC_MAX_GENERATION 2

static bool collect(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    gc_collect(vm_heap(context->vm), args[0].i4 > GC_MAX_GENERATION ? -1 : args[0].i4);
    return true;
}

static bool collection_count(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = args[0].i4 < 0 || args[0].i4 > GC_MAX_GENERATION
                     ? 0
                     : (int32_t)gc_collection_count(vm_heap(context->vm), args[0].i4);
    return true;
}

static bool max_generation(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = GC_MAX_GENERATION;
    return true;
}

/* GetTotalMemory(forceFullCollection). */
static bool total_memory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (args[0].i4)
        gc_collect(vm_heap(context->vm), -1);
    result->i8 = (int64_t)gc_total_bytes(vm_heap(context->vm));
    return true;
}

/* The collector is not generational yet: every object is in generation 0. */
static bool get_generation(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

static bool keep_alive(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return true; /* the argument was live until here, which is the point */
}

static bool suppress_finalize(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "obj");
    return gc_register_for_finalization(vm_heap(context->vm), args[0].p, false) || icall_out_of_memory(context);
}

static bool reregister_for_finalize(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "obj");
    bool has_finalizer = (((GcObject *)args[0].p)->type->flags & LD_MT_HAS_FINALIZER) != 0;
    return !has_finalizer || gc_register_for_finalization(vm_heap(context->vm), args[0].p, true) ||
           icall_out_of_memory(context);
}

static bool wait_for_pending_finalizers(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return true; /* none is ever pending: finalizers do not run yet */
}

static bool record_pressure(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return true; /* native memory pressure does not steer the budget yet */
}

static bool allocated_bytes_for_current_thread(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i8 = (int64_t)vm_thread_allocated_bytes(context->thread);
    return true;
}

/* The marker ConditionalWeakTable leaves where an entry was removed. */
static bool ephemeron_tombstone(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void **slot = vm_root(context->vm, VM_ROOT_EPHEMERON_TOMBSTONE);
    if (!*slot) {
        LdMethodTable *object = icall_corlib_type(context, "System", "Object");
        void *tombstone = object ? vm_allocate(context->vm, context->thread, object, object->base_size) : NULL;
        if (!tombstone)
            return object ? icall_out_of_memory(context) : false;
        gc_write_barrier((GcObject **)slot, tombstone);
    }
    result->p = *slot;
    return true;
}

static bool register_ephemeron_array(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return true; /* held strongly, as an ordinary array, until the collector knows ephemerons */
}

const VmIcall icall_gc[] = {
    {"System.GC::InternalCollect", collect},
    {"System.GC::GetCollectionCount", collection_count},
    {"System.GC::GetMaxGeneration", max_generation},
    {"System.GC::GetTotalMemory", total_memory},
    {"System.GC::GetGeneration", get_generation},
    {"System.GC::KeepAlive", keep_alive},
    {"System.GC::_SuppressFinalize", suppress_finalize},
    {"System.GC::_ReRegisterForFinalize", reregister_for_finalize},
    {"System.GC::WaitForPendingFinalizers", wait_for_pending_finalizers},
    {"System.GC::RecordPressure", record_pressure},
    {"System.GC::GetAllocatedBytesForCurrentThread", allocated_bytes_for_current_thread},
    {"System.GC::get_ephemeron_tombstone", ephemeron_tombstone},
    {"System.GC::register_ephemeron_array", register_ephemeron_array},
};
const uint32_t icall_gc_count = ICALL_COUNT(icall_gc);
