/*
 * compact.c - moving the survivors of the small object heap.
 *
 * Plan: generation by generation, the collector measures the
 * fragmentation the sweep would leave (bytes of the condemned regions
 * minus what survived in them). Where it is large, both absolutely and as
 * a share (CoreCLR's fragmentation limit and burden, 40,000 bytes and
 * one half), the generation is compacted; otherwise it is swept in place.
 *
 * Compacting here is evacuation, as with .NET's regions: each marked
 * object of an unpinned region is copied, in address order, to the end of
 * a region of the generation it is promoted to (or stays in), and its new
 * address is written in the old copy's sync word. A region a pinned root
 * points into (a conservative C-stack word, a pinned local of `fixed`) is
 * not evacuated: it is swept in place, so every pinned object, and its
 * neighbours, stays where it is.
 *
 * The large object heap is compacted the same way, into new large-object
 * regions, when asked for (GCSettings' CompactOnce) by a full collection.
 *
 * Relocate: every reference to an evacuated object is then rewritten -
 * in the engine's root slots (an interior pointer by its offset into the
 * object), in the handle table and the finalization lists, in every survivor of the condemned
 * generations, and in the older generations through their dirty cards
 * (the mark phase left dirty every card that references a condemned
 * object). That pass also recomputes the cards of what it visits. Only
 * then do the evacuated regions go back.
 */
#include <string.h>

#include "gc/internal.h"

#define GC_FRAGMENTATION_LIMIT 40000u

static bool region_promotes(const GcHeap *heap, const GcRegion *region) {
    return (heap->promotion || region->age > 0) && region->generation < GC_MAX_GENERATION;
}

/* Room for `size` bytes of copies bound for `generation`: the end of its
 * destination region, or a new one. */
static uint8_t *destination(GcHeap *heap, int generation, size_t size) {
    GcRegion *region = heap->destination[generation];
    if (!region && generation > heap->condemned) {
        /* Promoted into a generation not being collected: after its
         * newest region's objects, if there is room. Its cards cover the
         * copies, so relocation visits them. */
        GcRegion *newest = heap->generations[generation].regions;
        if (newest && (size_t)(newest->end - newest->frontier) >= size)
            region = heap->destination[generation] = newest;
    }
    if (!region || (size_t)(region->end - region->frontier) < size) {
        region = gc_region_new(heap, GC_REGION_SMALL, generation, GC_UNIT_SIZE);
        if (!region)
            gc_fatal("out of address space for the survivors of collection %u", heap->collection_count + 1);
        region->relocate = true;
        region->next = heap->planned;
        heap->planned = region;
        heap->destination[generation] = region;
    }
    uint8_t *block = region->frontier;
    region->frontier += size;
    region->live_bytes += size;
    gc_set_bit(region->start_bits, gc_granule_of(region, block));
    if (!region->relocate)
        memset(gc_card_of(heap, block), 1, ((size_t)(block + size - 1 - region->start) >> GC_BARRIER_CARD_SHIFT) -
                                               ((size_t)(block - region->start) >> GC_BARRIER_CARD_SHIFT) + 1);
    return block;
}

/* A marked object copied to `copy`, unmarked there; its new address in
 * the old copy's sync word. */
static void copy_object(GcObject *object, uint8_t *copy, size_t size) {
    memcpy(copy, object, size);
    GcObject *moved = (GcObject *)copy;
    moved->type = gc_type_of(object);
    /* A multi-dimensional array's bounds pointer points into itself. */
    if (moved->type->kind == LD_KIND_ARRAY) {
        uint8_t **bounds = (uint8_t **)(copy + LD_ARRAY_BOUNDS_OFFSET);
        if (*bounds >= (uint8_t *)object && *bounds < (uint8_t *)object + size)
            *bounds = copy + (*bounds - (uint8_t *)object);
    }
    object->sync = (uintptr_t)copy;
}

static void evacuate(GcHeap *heap, GcRegion *region) {
    int from = region->generation;
    int to = region_promotes(heap, region) ? from + 1 : from;
    uint64_t live = 0;
    for (uint8_t *p = region->start; p < region->frontier;) {
        GcObject *object = (GcObject *)p;
        size_t size = gc_object_size(object);
        p += size;
        if (!gc_is_marked(object))
            continue;
        copy_object(object, destination(heap, to, size), size);
        live += size;
    }
    heap->generations[from].survived += live;
    heap->compacted_bytes += live;
    if (to != from) {
        heap->promoted_bytes += live;
        heap->generations[to].remaining -= (int64_t)live;
    }
    region->evacuated = true;
}

/* Compact one generation, or leave it to the sweep. */
static void plan_generation(GcHeap *heap, int generation) {
    GcGeneration *g = &heap->generations[generation];
    uint64_t used = 0, live = 0;
    for (GcRegion *region = g->regions; region; region = region->next) {
        if (region->pinned)
            continue;
        used += (uint64_t)(region->frontier - region->start);
        live += region->marked_bytes;
    }
    uint64_t fragmentation = used - live;
    if (!heap->compact_forced && (fragmentation < GC_FRAGMENTATION_LIMIT || fragmentation < used / 2))
        return;
    GcRegion **link = &g->regions;
    while (*link) {
        GcRegion *region = *link;
        if (region->pinned) {
            link = &region->next;
            continue;
        }
        *link = region->next;
        evacuate(heap, region);
        region->next = heap->evacuated;
        heap->evacuated = region;
    }
}

/* ------------------------------------------------------------------ */
/* The large object heap, compacted on request                         */
/* ------------------------------------------------------------------ */

/* Room for a large object's copy: after the last copy, or a new region. */
static uint8_t *large_destination(GcHeap *heap, size_t size) {
    GcRegion *region = heap->planned_large;
    if (!region || (size_t)(region->end - region->frontier) < size) {
        size_t region_size = (size_t)GC_UOH_REGION_UNITS << GC_UNIT_SHIFT;
        region = gc_region_new(heap, GC_REGION_LARGE, GC_MAX_GENERATION, size > region_size ? size : region_size);
        if (!region)
            gc_fatal("out of address space compacting the large object heap in collection %u",
                     heap->collection_count + 1);
        region->relocate = true;
        region->next = heap->planned_large;
        heap->planned_large = region;
    }
    uint8_t *block = region->frontier;
    region->frontier += size;
    region->live_bytes += size;
    gc_set_bit(region->start_bits, gc_granule_of(region, block));
    return block;
}

/* Every unpinned large-object region's survivors are copied, in order,
 * into as few new regions as they fill; the old regions go with the
 * small ones' after relocation. What a pinned root points into stays. */
static void compact_large(GcHeap *heap) {
    GcRegion **link = &heap->large.regions;
    while (*link) {
        GcRegion *region = *link;
        if (region->pinned) {
            link = &region->next;
            continue;
        }
        *link = region->next;
        for (uint8_t *p = region->start; p < region->frontier;) {
            GcObject *object = (GcObject *)p;
            size_t size = gc_object_size(object);
            p += size;
            if (gc_is_marked(object)) {
                copy_object(object, large_destination(heap, size), size);
                heap->compacted_bytes += size;
            }
        }
        region->evacuated = true;
        region->next = heap->evacuated;
        heap->evacuated = region;
    }
}

void gc_plan_phase(GcHeap *heap) {
    heap->evacuated = heap->planned = heap->planned_large = NULL;
    memset(heap->destination, 0, sizeof heap->destination);
    heap->compacted_bytes = 0;
    for (int generation = 0; generation <= heap->condemned; generation++)
        plan_generation(heap, generation);
    if (heap->condemned == GC_MAX_GENERATION && (heap->compact_large_once || heap->compact_forced)) {
        compact_large(heap);
        heap->compact_large_once = false;
    }
    /* A gen0 region of copies that were not promoted has survived once. */
    for (GcRegion *region = heap->planned; region; region = region->next)
        if (region->generation == 0)
            region->age = 1;
}

/* ------------------------------------------------------------------ */
/* Relocation                                                         */
/* ------------------------------------------------------------------ */

static GcRegion *evacuated_region(const GcHeap *heap, const void *address) {
    GcRegion *region = gc_region_of(heap, address);
    return region && region->evacuated ? region : NULL;
}

static GcObject *forwarded(GcObject *object) {
    return (GcObject *)object->sync;
}

static GcObject *moved(GcHeap *heap, GcObject *object) {
    return evacuated_region(heap, object) ? forwarded(object) : object;
}

static void relocate_root(void *context, GcObject **slot, uint32_t flags) {
    GcHeap *heap = context;
    GcObject *value = *slot;
    if (!value || (flags & GC_ROOT_CONSERVATIVE) || !evacuated_region(heap, value))
        return;
    if (flags & GC_ROOT_INTERIOR) {
        /* The old copy is intact but for its sync word: its start bits
         * still resolve the pointer to its object. */
        GcObject *object = gc_find_object(heap, value);
        if (!object || !gc_is_marked(object))
            return;
        *slot = (GcObject *)((uint8_t *)forwarded(object) + ((uint8_t *)value - (uint8_t *)object));
        return;
    }
    *slot = forwarded(value);
}

/* A slot of a survivor: the new address of what it references, and its
 * card dirty exactly when it now points at a younger generation. */
static void relocate_slot(GcHeap *heap, GcObject *holder, GcObject **slot) {
    GcObject *target = *slot;
    if (!target)
        return;
    if (evacuated_region(heap, target)) {
        target = forwarded(target);
        *slot = target;
    }
    if (gc_in_heap(heap, target) && gc_generation_at(heap, holder) > gc_generation_at(heap, target))
        *gc_card_of(heap, slot) = 1;
}

static void relocate_region(GcHeap *heap, GcRegion *region) {
    gc_clear_cards(heap, region->start, region->frontier);
    for (uint8_t *p = region->start; p < region->frontier; p += gc_object_size((GcObject *)p)) {
        GcObject *object = (GcObject *)p;
        if (gc_type_of(object) != &gc_free_type)
            gc_object_slots(heap, object, NULL, (const uint8_t *)UINTPTR_MAX, relocate_slot);
    }
    region->relocate = false;
}

/* Runs of dirty cards of a region that was not condemned. */
static void relocate_cards(GcHeap *heap, GcRegion *region) {
    gc_visit_dirty_cards(heap, region, relocate_slot, NULL);
}

/* With nothing moved, only the old regions' cards are visited: the mark
 * phase left dirty every card that references a condemned object, and
 * most of them can now be cleaned. */
static void relocate_space(GcHeap *heap, GcRegion *regions, bool whole) {
    for (GcRegion *region = regions; region; region = region->next) {
        if (whole || region->relocate) {
            if (heap->evacuated)
                relocate_region(heap, region);
        } else {
            relocate_cards(heap, region);
        }
    }
}

void gc_relocate_phase(GcHeap *heap) {
    if (heap->evacuated) {
        heap->config.scan_roots(heap->config.engine, relocate_root, heap);
        gc_handles_relocate(heap, moved);
        heap->compactions++;
    }
    gc_finalization_relocate(heap, moved); /* also when nothing moved: what was promoted changes lists */
    for (int generation = 0; generation <= GC_MAX_GENERATION; generation++)
        relocate_space(heap, heap->generations[generation].regions, false);
    bool full = heap->condemned == GC_MAX_GENERATION;
    relocate_space(heap, heap->large.regions, full);
    relocate_space(heap, heap->pinned.regions, full);
    for (GcRegion *region = heap->evacuated, *next; region; region = next) {
        next = region->next;
        gc_region_release(heap, region);
    }
    heap->evacuated = NULL;
    for (int generation = 0; generation <= GC_MAX_GENERATION; generation++)
        for (GcRegion *region = heap->generations[generation].regions; region; region = region->next)
            region->relocate = false;
}
