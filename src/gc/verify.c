/*
 * verify.c - LUCID_HeapVerify=1: before and after each collection, walk
 * every region and check that the heap holds together: each reference of
 * each object points at the start of an object, and each reference from
 * an older generation to a younger one lies on a dirty card (what a store
 * that bypassed the write barrier, or a card cleaned too eagerly, breaks:
 * the young object would be freed while still referenced).
 */
#include "gc/internal.h"

static const char *verify_when;

static const char *type_name(const GcObject *object) {
    const LdMethodTable *type = gc_type_of(object);
    return type->klass ? type->klass->name : "?";
}

static void verify_slot(GcHeap *heap, GcObject *holder, GcObject **slot) {
    GcObject *target = *slot;
    if (!target)
        return;
    if (!gc_region_of(heap, target) || gc_find_object(heap, target) != target)
        gc_fatal("%s collection %u: object %p (%s) holds %p at %p, which is not the start of an object", verify_when,
                 heap->collection_count + 1, (void *)holder, type_name(holder), (void *)target, (void *)slot);
    if (gc_generation_at(heap, target) < gc_generation_at(heap, holder) && !*gc_card_of(heap, slot))
        gc_fatal("%s collection %u: object %p (%s, gen%d) holds %p (%s, gen%d) at %p, and its card is clean",
                 verify_when, heap->collection_count + 1, (void *)holder, type_name(holder),
                 gc_generation_at(heap, holder), (void *)target, type_name(target), gc_generation_at(heap, target),
                 (void *)slot);
}

static void verify_region(GcHeap *heap, GcRegion *region) {
    for (uint8_t *p = region->start; p < region->frontier; p += gc_object_size((GcObject *)p)) {
        GcObject *object = (GcObject *)p;
        if (gc_is_marked(object))
            gc_fatal("%s collection %u: object %p is still marked", verify_when, heap->collection_count + 1,
                     (void *)object);
        if (gc_type_of(object) != &gc_free_type)
            gc_object_slots(heap, object, NULL, (const uint8_t *)UINTPTR_MAX, verify_slot);
    }
}

/* Walks first (every region's start bits made current), then checks. */
void gc_verify_heap(GcHeap *heap, const char *when) {
    verify_when = when;
    char problem[200];
    for (int generation = 0; generation <= GC_MAX_GENERATION; generation++)
        for (GcRegion *region = heap->generations[generation].regions; region; region = region->next)
            if (!gc_walk_region(region, problem, sizeof problem))
                gc_fatal("the heap is corrupt %s collection %u: %s", when, heap->collection_count + 1, problem);
    for (GcRegion *region = heap->large.regions; region; region = region->next)
        if (!gc_walk_region(region, problem, sizeof problem))
            gc_fatal("the heap is corrupt %s collection %u: %s", when, heap->collection_count + 1, problem);
    for (GcRegion *region = heap->pinned.regions; region; region = region->next)
        if (!gc_walk_region(region, problem, sizeof problem))
            gc_fatal("the heap is corrupt %s collection %u: %s", when, heap->collection_count + 1, problem);
    for (int generation = 0; generation <= GC_MAX_GENERATION; generation++)
        for (GcRegion *region = heap->generations[generation].regions; region; region = region->next)
            verify_region(heap, region);
    for (GcRegion *region = heap->large.regions; region; region = region->next)
        verify_region(heap, region);
    for (GcRegion *region = heap->pinned.regions; region; region = region->next)
        verify_region(heap, region);
}
