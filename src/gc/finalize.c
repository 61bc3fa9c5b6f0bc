/*
 * finalize.c - which objects are to be finalized, and when.
 *
 * Registration happens at allocation (GC_ALLOC_FINALIZE) into the list of
 * the object's generation; an object promoted by a collection moves to the
 * list of its new generation, so a gen0 collection reads only gen0's list.
 * After marking, every registered object of the condemned generations
 * that was not marked is dead: it leaves its list for the ready queue (the
 * critical queue if its type derives from CriticalFinalizerObject), and
 * only then are the queued objects marked, with all they reference - an
 * object reachable only from another dead finalizable one is queued too,
 * as in CoreCLR. The queues are roots until the finalizer thread takes
 * their objects, which it does normal ones first.
 *
 * GC.SuppressFinalize searches the lists, youngest first (objects are
 * usually disposed young); CoreCLR keeps a header bit instead, which here
 * would mean sharing the sync word with the engine.
 */
#include <stdlib.h>

#include "gc/internal.h"

bool gc_list_add(GcObjectList *list, GcObject *object) {
    GcObject **grown = gc_grow(list->items, &list->capacity, list->count, sizeof *grown, 64);
    if (!grown)
        return false;
    list->items = grown;
    list->items[list->count++] = object;
    return true;
}

static int registration_generation(const GcHeap *heap, const GcObject *object) {
    return gc_in_heap(heap, object) ? gc_generation_at(heap, object) : GC_MAX_GENERATION;
}

bool gc_finalization_register(GcHeap *heap, GcObject *object) {
    return gc_list_add(&heap->finalization.registered[registration_generation(heap, object)], object);
}

/* Where the object is in a list (from the newest entry back), or -1. */
static int64_t find(const GcObjectList *list, uint32_t from, const GcObject *object) {
    for (uint32_t i = list->count; i > from; i--)
        if (list->items[i - 1] == object)
            return (int64_t)i - 1;
    return -1;
}

static void remove_at(GcObjectList *list, uint32_t index) {
    for (uint32_t i = index + 1; i < list->count; i++)
        list->items[i - 1] = list->items[i];
    list->count--;
}

void gc_suppress_finalize(GcHeap *heap, GcObject *object) {
    GcFinalization *f = &heap->finalization;
    for (int generation = 0; generation < GC_GENERATIONS; generation++) {
        int64_t at = find(&f->registered[generation], 0, object);
        if (at >= 0) {
            remove_at(&f->registered[generation], (uint32_t)at);
            return;
        }
    }
    /* Already queued: the finalizer thread skips the emptied entry. */
    int64_t at = find(&f->ready, f->ready_head, object);
    if (at >= 0)
        f->ready.items[at] = NULL;
    at = find(&f->ready_critical, f->ready_critical_head, object);
    if (at >= 0)
        f->ready_critical.items[at] = NULL;
}

bool gc_reregister_for_finalize(GcHeap *heap, GcObject *object) {
    GcFinalization *f = &heap->finalization;
    for (int generation = 0; generation < GC_GENERATIONS; generation++)
        if (find(&f->registered[generation], 0, object) >= 0)
            return true;
    if (find(&f->ready, f->ready_head, object) >= 0 || find(&f->ready_critical, f->ready_critical_head, object) >= 0)
        return true;
    return gc_finalization_register(heap, object);
}

static GcObject *take(GcObjectList *queue, uint32_t *head) {
    while (*head < queue->count) {
        GcObject *object = queue->items[(*head)++];
        if (object)
            return object;
    }
    queue->count = *head = 0;
    return NULL;
}

GcObject *gc_next_finalizable(GcHeap *heap) {
    GcFinalization *f = &heap->finalization;
    GcObject *object = take(&f->ready, &f->ready_head);
    return object ? object : take(&f->ready_critical, &f->ready_critical_head);
}

void gc_on_finalizers_ready(GcHeap *heap, void (*notify)(void *data), void *data) {
    heap->finalization.notify = notify;
    heap->finalization.notify_data = data;
}

/* ------------------------------------------------------------------ */
/* The collector's passes                                             */
/* ------------------------------------------------------------------ */

/* The queues are roots: their objects wait for their finalizer. */
void gc_finalization_mark_ready(GcHeap *heap, void (*mark)(GcHeap *heap, GcObject *object)) {
    GcFinalization *f = &heap->finalization;
    for (uint32_t i = f->ready_head; i < f->ready.count; i++)
        if (f->ready.items[i])
            mark(heap, f->ready.items[i]);
    for (uint32_t i = f->ready_critical_head; i < f->ready_critical.count; i++)
        if (f->ready_critical.items[i])
            mark(heap, f->ready_critical.items[i]);
}

static bool is_dead(const GcHeap *heap, const GcObject *object) {
    return gc_in_heap(heap, object) && gc_generation_at(heap, object) <= heap->condemned && !gc_is_marked(object);
}

/* The dead registered objects of the condemned generations, newest first
 * (the order CoreCLR and mono run them in), move to the ready queues.
 * Returns how many; the caller marks the queues. */
uint32_t gc_finalization_scan(GcHeap *heap) {
    GcFinalization *f = &heap->finalization;
    uint32_t queued = 0;
    for (int generation = 0; generation <= heap->condemned; generation++) {
        GcObjectList *list = &f->registered[generation];
        uint32_t kept = 0;
        for (uint32_t i = list->count; i > 0; i--) {
            GcObject *object = list->items[i - 1];
            if (!is_dead(heap, object))
                continue;
            bool critical = (gc_type_of(object)->flags & LD_MT_CRITICAL_FINALIZER) != 0;
            if (!gc_list_add(critical ? &f->ready_critical : &f->ready, object))
                gc_fatal("out of memory for the finalization queue");
            list->items[i - 1] = NULL;
            queued++;
        }
        for (uint32_t i = 0; i < list->count; i++)
            if (list->items[i])
                list->items[kept++] = list->items[i];
        list->count = kept;
    }
    f->queued = f->queued || queued > 0;
    return queued;
}

/* After relocation: every entry points at its object's new address, and
 * the registered objects of the condemned generations are in the list of
 * the generation they are now in. */
void gc_finalization_relocate(GcHeap *heap, GcObject *(*moved)(GcHeap *heap, GcObject *object)) {
    GcFinalization *f = &heap->finalization;
    for (uint32_t i = f->ready_head; i < f->ready.count; i++)
        if (f->ready.items[i])
            f->ready.items[i] = moved(heap, f->ready.items[i]);
    for (uint32_t i = f->ready_critical_head; i < f->ready_critical.count; i++)
        if (f->ready_critical.items[i])
            f->ready_critical.items[i] = moved(heap, f->ready_critical.items[i]);
    for (int generation = heap->condemned; generation >= 0; generation--) {
        GcObjectList *list = &f->registered[generation];
        uint32_t kept = 0;
        for (uint32_t i = 0; i < list->count; i++) {
            GcObject *object = moved(heap, list->items[i]);
            int now = registration_generation(heap, object);
            if (now == generation)
                list->items[kept++] = object;
            else if (!gc_list_add(&f->registered[now], object))
                gc_fatal("out of memory for the finalization lists");
        }
        list->count = kept;
    }
}

void gc_finalization_free(GcHeap *heap) {
    GcFinalization *f = &heap->finalization;
    for (int generation = 0; generation < GC_GENERATIONS; generation++)
        free(f->registered[generation].items);
    free(f->ready.items);
    free(f->ready_critical.items);
    *f = (GcFinalization){0};
}
