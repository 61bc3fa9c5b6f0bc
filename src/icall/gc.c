/*
 * gc.c - System.GC: the collector's entry points for managed code, over
 * gc.h. Finalizers do not run yet (the GC issue brings the finalizer
 * thread), so no finalizer is ever pending; ephemerons (the
 * ConditionalWeakTable) hold their values strongly until the collector
 * learns about them.
 */
#include <pthread.h>
#include <string.h>

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

/*
 * GCHandle. The table is an object[] in a runtime root, so the collector
 * keeps every target alive without knowing about handles: Weak and
 * WeakTrackResurrection handles hold their targets strongly (as the
 * ephemerons above do) until the collector learns weak handles, and
 * Pinned ones rely on mark-sweep never moving objects. Element 0 holds a
 * marker object that stands for "allocated, target null", so a null
 * element is a free one. A handle is index << 2 | GCHandleType, never 0.
 */
#define HANDLE_TYPE_PINNED 3

static pthread_mutex_t handle_lock = PTHREAD_MUTEX_INITIALIZER;

static void **handle_elements(void *table) {
    return (void **)((uint8_t *)table + LD_ARRAY_DATA_OFFSET);
}

static uint32_t handle_capacity(void *table) {
    return table ? (uint32_t) * (uint64_t *)((uint8_t *)table + LD_ARRAY_LENGTH_OFFSET) : 0;
}

/* The element of a live handle, or NULL for a handle that is not one. */
static void **handle_slot(VmIcallContext *context, int32_t handle) {
    void *table = *vm_root(context->vm, VM_ROOT_GC_HANDLES);
    uint32_t index = (uint32_t)handle >> 2;
    if (handle <= 0 || index == 0 || index >= handle_capacity(table) || !handle_elements(table)[index])
        return NULL;
    return &handle_elements(table)[index];
}

/* A table with room for one more handle (allocating may collect, so no
 * lock is held while it runs); NULL with the exception set. */
static void *handle_table_with_room(VmIcallContext *context) {
    void **root = vm_root(context->vm, VM_ROOT_GC_HANDLES);
    for (;;) {
        pthread_mutex_lock(&handle_lock);
        void *table = *root;
        uint32_t capacity = handle_capacity(table);
        for (uint32_t i = 1; i < capacity; i++)
            if (!handle_elements(table)[i]) {
                pthread_mutex_unlock(&handle_lock);
                return table;
            }
        pthread_mutex_unlock(&handle_lock);
        LdError error;
        LdMethodTable *object = icall_corlib_type(context, "System", "Object");
        LdMethodTable *array_type = object ? ld_szarray_of(object, &error) : NULL;
        if (!array_type || !ld_type_load(array_type, &error))
            return object ? (vm_fail(context->error, "corlib contract: %s", error.message), NULL) : NULL;
        void *grown = vm_new_array(context->vm, context->thread, array_type, capacity ? capacity * 2 : 64);
        void *marker = capacity ? NULL : vm_allocate(context->vm, context->thread, object, object->base_size);
        if (!grown || (!capacity && !marker))
            return icall_out_of_memory(context), NULL;
        pthread_mutex_lock(&handle_lock);
        if (*root == table) { /* nobody grew it meanwhile */
            if (table)
                memcpy(handle_elements(grown), handle_elements(table), capacity * sizeof(void *));
            else
                handle_elements(grown)[0] = marker;
            gc_write_barrier_bulk(handle_elements(grown), (capacity ? capacity : 1) * sizeof(void *));
            gc_write_barrier((GcObject **)root, grown);
        }
        pthread_mutex_unlock(&handle_lock);
    }
}

/* GetTargetHandle(target, handle, type): a new handle when handle is 0,
 * otherwise the same handle pointed at a new target. */
static bool get_target_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void *target = args[0].p;
    int32_t handle = args[1].i4, type = args[2].i4;
    if (handle) {
        pthread_mutex_lock(&handle_lock);
        void **slot = handle_slot(context, handle);
        if (slot)
            gc_write_barrier((GcObject **)slot, target ? target : handle_elements(*vm_root(context->vm, VM_ROOT_GC_HANDLES))[0]);
        pthread_mutex_unlock(&handle_lock);
        result->i4 = handle;
        return slot || icall_throw(context, "System.InvalidOperationException: Handle is not initialized.");
    }
    if (type < 0 || type > HANDLE_TYPE_PINNED)
        return icall_throw_argument_out_of_range(context, "type", NULL);
    for (;;) {
        void *table = handle_table_with_room(context);
        if (!table)
            return false;
        pthread_mutex_lock(&handle_lock);
        bool current = *vm_root(context->vm, VM_ROOT_GC_HANDLES) == table;
        uint32_t capacity = handle_capacity(table), index = 0;
        for (uint32_t i = 1; current && i < capacity && !index; i++)
            if (!handle_elements(table)[i])
                index = i;
        if (index)
            gc_write_barrier((GcObject **)&handle_elements(table)[index], target ? target : handle_elements(table)[0]);
        pthread_mutex_unlock(&handle_lock);
        if (index) {
            result->i4 = (int32_t)(index << 2 | (uint32_t)type);
            return true;
        }
    }
}

static bool get_target(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&handle_lock);
    void **slot = handle_slot(context, args[0].i4);
    void *marker = slot ? handle_elements(*vm_root(context->vm, VM_ROOT_GC_HANDLES))[0] : NULL;
    result->p = slot && *slot != marker ? *slot : NULL;
    pthread_mutex_unlock(&handle_lock);
    return true;
}

static bool free_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&handle_lock);
    void **slot = handle_slot(context, args[0].i4);
    if (slot)
        *slot = NULL;
    pthread_mutex_unlock(&handle_lock);
    return true;
}

/* The address of a pinned target's data (a string's characters, an
 * array's elements, an object's fields); -2 for a handle not pinned. */
static bool addr_of_pinned_object(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void *target = NULL;
    pthread_mutex_lock(&handle_lock);
    void **slot = handle_slot(context, args[0].i4);
    void *marker = slot ? handle_elements(*vm_root(context->vm, VM_ROOT_GC_HANDLES))[0] : NULL;
    if (slot && *slot != marker)
        target = *slot;
    pthread_mutex_unlock(&handle_lock);
    if (!slot || (args[0].i4 & 3) != HANDLE_TYPE_PINNED) {
        result->p = (void *)(intptr_t)-2;
        return true;
    }
    GcObject *object = target;
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
