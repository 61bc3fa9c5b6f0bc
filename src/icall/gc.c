/*
 * gc.c - System.GC and GCHandle: the collector's entry points for managed
 * code, over gc.h (finalization's thread is finalizer.c's).
 */
#include "gc/gc.h"
#include "icall/internal.h"

enum { LOH_COMPACTION_DEFAULT = 1, LOH_COMPACTION_COMPACT_ONCE = 2 }; /* GCLargeObjectHeapCompactionMode */

/* InternalCollect(generation). A full collection honours, and then resets,
 * GCSettings.LargeObjectHeapCompactionMode = CompactOnce (a plain static
 * property in mono's corlib, which its own GC ignores). */
static bool collect(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcHeap *heap = vm_heap(context->vm);
    bool full = args[0].i4 < 0 || args[0].i4 >= gc_max_generation(heap);
    if (full) {
        int32_t *mode = icall_corlib_static_address(context, "System.Runtime", "GCSettings",
                                                    "<LargeObjectHeapCompactionMode>k__BackingField");
        if (!mode)
            return false;
        if (*mode == LOH_COMPACTION_COMPACT_ONCE) {
            gc_compact_large_objects_once(heap);
            *mode = LOH_COMPACTION_DEFAULT;
        }
    }
    gc_collect(heap, full ? -1 : args[0].i4);
    return true;
}

static bool collection_count(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = args[0].i4 < 0 || args[0].i4 > gc_max_generation(vm_heap(context->vm))
                     ? 0
                     : (int32_t)gc_collection_count(vm_heap(context->vm), args[0].i4);
    return true;
}

static bool max_generation(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = gc_max_generation(vm_heap(context->vm));
    return true;
}

/* GetTotalMemory(forceFullCollection). */
static bool total_memory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (args[0].i4)
        gc_collect(vm_heap(context->vm), -1);
    result->i8 = (int64_t)gc_total_bytes(vm_heap(context->vm));
    return true;
}

static bool get_generation(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int generation = args[0].p ? gc_generation_of(vm_heap(context->vm), args[0].p) : 0;
    result->i4 = generation < 0 ? gc_max_generation(vm_heap(context->vm)) : generation;
    return true;
}

static bool keep_alive(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return true; /* the argument was live until here, which is the point */
}

static bool suppress_finalize(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "obj");
    gc_suppress_finalize(vm_heap(context->vm), args[0].p);
    return true;
}

static bool reregister_for_finalize(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "obj");
    bool has_finalizer = (((GcObject *)args[0].p)->type->flags & LD_MT_HAS_FINALIZER) != 0;
    return !has_finalizer || gc_reregister_for_finalize(vm_heap(context->vm), args[0].p) ||
           icall_out_of_memory(context);
}

static bool wait_for_pending_finalizers(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    icall_wait_for_finalizers(context);
    return true;
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
    VmSlot tombstone;
    if (!args[0].p)
        return icall_throw_argument_null(context, "array");
    if (!ephemeron_tombstone(context, NULL, &tombstone))
        return false;
    return gc_register_ephemeron_array(vm_heap(context->vm), args[0].p, tombstone.p) || icall_out_of_memory(context);
}

/*
 * GCHandle: the collector's handles (gc.h), whose numbers are mono's
 * GCHandleType values in the low bits. A handle that was never allocated
 * or has been freed is not one: reading it gives null, as on mono.
 */
static GcHeap *heap_of(VmIcallContext *context) {
    return vm_heap(context->vm);
}

/* GetTargetHandle(target, handle, type): a new handle when handle is 0,
 * otherwise the same handle pointed at a new target. */
static bool get_target_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *target = args[0].p;
    GcHandle handle = (GcHandle)args[1].i4;
    int32_t type = args[2].i4;
    if (handle) {
        if (!gc_handle_valid(heap_of(context), handle))
            return icall_throw(context, "System.InvalidOperationException: Handle is not initialized.");
        gc_handle_set(heap_of(context), handle, target, NULL);
        result->i4 = (int32_t)handle;
        return true;
    }
    if (type < GC_HANDLE_WEAK || type > GC_HANDLE_PINNED)
        return icall_throw_argument_out_of_range(context, "type", NULL);
    handle = gc_handle_new(heap_of(context), (GcHandleType)type, target, NULL);
    if (!handle)
        return icall_out_of_memory(context);
    result->i4 = (int32_t)handle;
    return true;
}

static bool get_target(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = gc_handle_target(heap_of(context), (GcHandle)args[0].i4);
    return true;
}

static bool free_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    gc_handle_free(heap_of(context), (GcHandle)args[0].i4);
    return true;
}

/* The address of a pinned target's data (a string's characters, an
 * array's elements, an object's fields); -2 for a handle not pinned. */
static bool addr_of_pinned_object(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcHandle handle = (GcHandle)args[0].i4;
    if (!gc_handle_valid(heap_of(context), handle) || gc_handle_type(handle) != GC_HANDLE_PINNED) {
        result->p = (void *)(intptr_t)-2;
        return true;
    }
    GcObject *object = gc_handle_target(heap_of(context), handle);
    if (!object)
        result->p = NULL;
    else if (object->type->flags & LD_MT_STRING)
        result->p = vm_string_chars(object);
    else if (object->type->kind == LD_KIND_SZARRAY || object->type->kind == LD_KIND_ARRAY)
        result->p = (uint8_t *)object + object->type->base_size; /* past a rank-n array's bounds too */
    else
        result->p = (uint8_t *)object + LD_OBJECT_HEADER_SIZE;
    return true;
}

/* One application domain: every handle belongs to it. */
static bool check_current_domain(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 1;
    return true;
}

const VmIcall icall_gc[] = {
    {"System.Runtime.InteropServices.GCHandle::GetTargetHandle", get_target_handle},
    {"System.Runtime.InteropServices.GCHandle::GetTarget", get_target},
    {"System.Runtime.InteropServices.GCHandle::FreeHandle", free_handle},
    {"System.Runtime.InteropServices.GCHandle::GetAddrOfPinnedObject", addr_of_pinned_object},
    {"System.Runtime.InteropServices.GCHandle::CheckCurrentDomain", check_current_domain},
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
