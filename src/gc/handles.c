/*
 * handles.c - the handle table: references kept outside the heap
 * (GCHandle, WeakReference, dependent handles), and ephemeron arrays.
 *
 * The table is one array of entries that only the collector and the
 * functions below touch, so the engine never learns which handles are
 * weak or pinned. A collection visits it three times (docs/gc.md, after
 * CoreCLR's mark order): strong and pinned handles are roots; dependent
 * handles (and ephemeron pairs) are marked to a fixed point once the
 * strong marking is done, and again after finalization has resurrected
 * what it queued; weak handles are cleared in two steps around
 * finalization, short ones before it and long ones after. Relocation
 * rewrites every entry whose object moved.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/internal.h"

static GcHandleEntry *entry_of(GcHeap *heap, GcHandle handle) {
    uint32_t index = handle >> GC_HANDLE_TYPE_BITS;
    if (!handle || index == 0 || index >= heap->handles.count)
        return NULL;
    GcHandleEntry *entry = &heap->handles.entries[index];
    return entry->used && entry->type == gc_handle_type(handle) ? entry : NULL;
}

static bool valid_type(GcHandleType type) {
    return type == GC_HANDLE_WEAK || type == GC_HANDLE_WEAK_TRACK_RESURRECTION || type == GC_HANDLE_NORMAL ||
           type == GC_HANDLE_PINNED || type == GC_HANDLE_DEPENDENT;
}

GcHandle gc_handle_new(GcHeap *heap, GcHandleType type, GcObject *target, GcObject *secondary) {
    if (!valid_type(type))
        return 0;
    pthread_mutex_lock(&heap->handle_lock);
    GcHandleTable *table = &heap->handles;
    uint32_t index = table->free_head;
    if (index) {
        table->free_head = table->entries[index].next_free;
    } else {
        if (table->count == 0)
            table->count = 1; /* index 0 stays unused: no handle is 0 */
        GcHandleEntry *grown = gc_grow(table->entries, &table->capacity, table->count, sizeof *grown, 64);
        if (!grown || table->count >= (UINT32_MAX >> GC_HANDLE_TYPE_BITS)) {
            pthread_mutex_unlock(&heap->handle_lock);
            return 0;
        }
        table->entries = grown;
        index = table->count++;
    }
    table->entries[index] = (GcHandleEntry){.target = target,
                                            .secondary = type == GC_HANDLE_DEPENDENT ? secondary : NULL,
                                            .type = (uint8_t)type,
                                            .used = true};
    table->live++;
    pthread_mutex_unlock(&heap->handle_lock);
    return index << GC_HANDLE_TYPE_BITS | (uint32_t)type;
}

void gc_handle_free(GcHeap *heap, GcHandle handle) {
    pthread_mutex_lock(&heap->handle_lock);
    GcHandleEntry *entry = entry_of(heap, handle);
    if (entry) {
        *entry = (GcHandleEntry){.next_free = heap->handles.free_head};
        heap->handles.free_head = handle >> GC_HANDLE_TYPE_BITS;
        heap->handles.live--;
    }
    pthread_mutex_unlock(&heap->handle_lock);
}

bool gc_handle_valid(GcHeap *heap, GcHandle handle) {
    pthread_mutex_lock(&heap->handle_lock);
    bool valid = entry_of(heap, handle) != NULL;
    pthread_mutex_unlock(&heap->handle_lock);
    return valid;
}

GcObject *gc_handle_target(GcHeap *heap, GcHandle handle) {
    pthread_mutex_lock(&heap->handle_lock);
    GcHandleEntry *entry = entry_of(heap, handle);
    GcObject *target = entry ? entry->target : NULL;
    pthread_mutex_unlock(&heap->handle_lock);
    return target;
}

GcObject *gc_handle_secondary(GcHeap *heap, GcHandle handle) {
    pthread_mutex_lock(&heap->handle_lock);
    GcHandleEntry *entry = entry_of(heap, handle);
    GcObject *secondary = entry ? entry->secondary : NULL;
    pthread_mutex_unlock(&heap->handle_lock);
    return secondary;
}

void gc_handle_set(GcHeap *heap, GcHandle handle, GcObject *target, GcObject *secondary) {
    pthread_mutex_lock(&heap->handle_lock);
    GcHandleEntry *entry = entry_of(heap, handle);
    if (entry) {
        entry->target = target;
        if (entry->type == GC_HANDLE_DEPENDENT)
            entry->secondary = secondary;
    }
    pthread_mutex_unlock(&heap->handle_lock);
}

void gc_handles_free(GcHeap *heap) {
    free(heap->handles.entries);
    heap->handles = (GcHandleTable){0};
    free(heap->ephemeron_arrays.items);
    heap->ephemeron_arrays = (GcObjectList){0};
}

/* ------------------------------------------------------------------ */
/* The collector's passes                                             */
/* ------------------------------------------------------------------ */

void gc_handles_visit_strong(GcHeap *heap, GcRootVisitor visit) {
    GcHandleTable *table = &heap->handles;
    for (uint32_t i = 1; i < table->count; i++) {
        GcHandleEntry *entry = &table->entries[i];
        if (entry->used && entry->target && (entry->type == GC_HANDLE_NORMAL || entry->type == GC_HANDLE_PINNED))
            visit(heap, &entry->target, entry->type == GC_HANDLE_PINNED ? GC_ROOT_PINNED : 0);
    }
}

/* One pass: the secondary of every dependent handle whose primary is
 * alive gets marked. Whether any was newly marked (the caller repeats
 * until none is, since a secondary may be another handle's primary). */
bool gc_handles_mark_dependents(GcHeap *heap, bool (*is_live)(GcHeap *heap, GcObject *object),
                                void (*mark)(GcHeap *heap, GcObject *object)) {
    bool marked = false;
    GcHandleTable *table = &heap->handles;
    for (uint32_t i = 1; i < table->count; i++) {
        GcHandleEntry *entry = &table->entries[i];
        if (entry->used && entry->type == GC_HANDLE_DEPENDENT && entry->target && entry->secondary &&
            is_live(heap, entry->target) && !is_live(heap, entry->secondary)) {
            mark(heap, entry->secondary);
            marked = true;
        }
    }
    return marked;
}

/* Short weak handles (before finalization), or long weak and dependent
 * ones (after it), whose object was found dead, now read null. */
void gc_handles_clear_dead(GcHeap *heap, bool long_weak, bool (*is_live)(GcHeap *heap, GcObject *object)) {
    GcHandleTable *table = &heap->handles;
    for (uint32_t i = 1; i < table->count; i++) {
        GcHandleEntry *entry = &table->entries[i];
        if (!entry->used || !entry->target || is_live(heap, entry->target))
            continue;
        if (entry->type == (long_weak ? GC_HANDLE_WEAK_TRACK_RESURRECTION : GC_HANDLE_WEAK)) {
            entry->target = NULL;
        } else if (long_weak && entry->type == GC_HANDLE_DEPENDENT) {
            entry->target = NULL;
            entry->secondary = NULL;
        }
    }
}

void gc_handles_relocate(GcHeap *heap, GcObject *(*moved)(GcHeap *heap, GcObject *object)) {
    GcHandleTable *table = &heap->handles;
    for (uint32_t i = 1; i < table->count; i++) {
        GcHandleEntry *entry = &table->entries[i];
        if (!entry->used)
            continue;
        if (entry->target)
            entry->target = moved(heap, entry->target);
        if (entry->secondary)
            entry->secondary = moved(heap, entry->secondary);
    }
    for (uint32_t i = 0; i < heap->ephemeron_arrays.count; i++)
        heap->ephemeron_arrays.items[i] = moved(heap, heap->ephemeron_arrays.items[i]);
    if (heap->ephemeron_tombstone)
        heap->ephemeron_tombstone = moved(heap, heap->ephemeron_tombstone);
}

/* ------------------------------------------------------------------ */
/* Ephemeron arrays                                                   */
/* ------------------------------------------------------------------ */

bool gc_register_ephemeron_array(GcHeap *heap, GcObject *array, GcObject *tombstone) {
    LdMethodTable *type = gc_type_of(array);
    if (type->kind != LD_KIND_SZARRAY || type->component_size != 2 * sizeof(GcObject *))
        gc_fatal("an ephemeron array must be a vector of (key, value) reference pairs");
    if (heap->ephemeron_type && heap->ephemeron_type != type)
        gc_fatal("ephemeron arrays of two different types");
    heap->ephemeron_type = type;
    heap->ephemeron_tombstone = tombstone;
    for (uint32_t i = 0; i < heap->ephemeron_arrays.count; i++)
        if (heap->ephemeron_arrays.items[i] == array)
            return true;
    return gc_list_add(&heap->ephemeron_arrays, array);
}
