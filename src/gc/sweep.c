/*
 * sweep.c - after marking, every condemned region is swept: each run of
 * dead objects becomes one free object, a run that ends a region lowers
 * its frontier, a region with no survivor goes back to the system. A
 * small-object region with survivors is then promoted whole (gen0 becomes
 * gen1, gen1 becomes gen2: the generation is the region's), unless this
 * collection does not promote; gen0 regions that stay gen0 give their gaps
 * to the allocator's free list. The large and pinned object heaps are
 * swept by gen2 collections onto their own free lists.
 */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gc/internal.h"

/* The whole pages inside a free object (its header excepted) go back to
 * the system: an old region's gaps are not allocated into, and would
 * otherwise keep the memory of everything that died there. */
static void decommit(uint8_t *start, uint8_t *end) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t low = ((uintptr_t)start + GC_MIN_OBJECT + page - 1) & ~(page - 1);
    uintptr_t high = (uintptr_t)end & ~(page - 1);
    if (high > low)
        madvise((void *)low, high - low, MADV_DONTNEED);
}

/* Sweeps a region, rebuilding its start bits; returns the bytes that
 * survived. Dead runs of at least `list_min` bytes go to `list` (if any);
 * without a list, their pages are decommitted. */
static uint64_t sweep_region(GcRegion *region, GcFreeList *list, size_t list_min) {
    memset(region->start_bits, 0, region->bitmap_words * sizeof *region->start_bits);
    uint64_t live = 0;
    uint8_t *run = NULL;
    for (uint8_t *p = region->start; p < region->frontier;) {
        GcObject *object = (GcObject *)p;
        size_t size = gc_object_size(object);
        if (gc_is_marked(object)) {
            if (run) {
                gc_make_free(run, (size_t)(p - run));
                gc_set_bit(region->start_bits, gc_granule_of(region, run));
                if (!list)
                    decommit(run, p);
                else if ((size_t)(p - run) >= list_min)
                    gc_free_list_add(list, run, p);
                run = NULL;
            }
            object->type = gc_type_of(object);
            gc_set_bit(region->start_bits, gc_granule_of(region, p));
            live += size;
        } else if (!run) {
            run = p;
        }
        p += size;
    }
    if (run) { /* the dead end of the region: allocation resumes there */
        if (!list)
            decommit(run - GC_MIN_OBJECT, region->frontier);
        region->frontier = run;
    }
    region->live_bytes = live;
    return live;
}

/* Small-object regions of the condemned generations, swept and put in
 * the list of the generation they now belong to. */
static void sweep_small(GcHeap *heap) {
    GcRegion *condemned = NULL;
    for (int generation = 0; generation <= heap->condemned; generation++) {
        GcGeneration *g = &heap->generations[generation];
        for (GcRegion *region = g->regions, *next; region; region = next) {
            next = region->next;
            region->next = condemned;
            condemned = region;
        }
        g->regions = NULL;
    }
    heap->gen0_free.count = heap->gen0_free.cursor = 0;
    for (GcRegion *region = condemned, *next; region; region = next) {
        next = region->next;
        int from = region->generation;
        /* What stayed in gen0 once is promoted the next time, whatever the
         * collection decided: survivors are not marked again and again. */
        bool promote = (heap->promotion || region->age > 0) && from < GC_MAX_GENERATION;
        int to = promote ? from + 1 : from;
        uint64_t live = sweep_region(region, to == 0 ? &heap->gen0_free : NULL, GC_FREE_RANGE_MIN);
        heap->generations[from].survived += live;
        if (!live) {
            gc_region_release(heap, region);
            continue;
        }
        region->relocate = true; /* what it holds may have moved */
        if (to == from) {
            region->age++;
        } else {
            region->age = 0;
            gc_region_set_generation(heap, region, to);
            heap->promoted_bytes += live;
            heap->generations[to].remaining -= (int64_t)live;
        }
        region->next = heap->generations[to].regions;
        heap->generations[to].regions = region;
    }
    for (GcRegion *region = heap->planned, *next; region; region = next) {
        next = region->next;
        region->next = heap->generations[region->generation].regions;
        heap->generations[region->generation].regions = region;
    }
    heap->planned = NULL;
}

static uint64_t sweep_uoh(GcHeap *heap, GcUoh *space) {
    space->free.count = space->free.cursor = 0;
    uint64_t live = 0;
    GcRegion **link = &space->regions;
    while (*link) {
        GcRegion *region = *link;
        uint64_t region_live = sweep_region(region, &space->free, GC_MIN_OBJECT);
        if (!region_live) {
            *link = region->next;
            /* its ranges were listed: forget them before the memory goes */
            uint32_t kept = 0;
            for (uint32_t i = 0; i < space->free.count; i++)
                if (space->free.ranges[i].start < region->start || space->free.ranges[i].start >= region->end)
                    space->free.ranges[kept++] = space->free.ranges[i];
            space->free.count = kept;
            gc_region_release(heap, region);
            continue;
        }
        live += region_live;
        link = &region->next;
    }
    space->size = live;
    return live;
}

/* The large-object regions a compaction of the LOH copied into: full of
 * unmarked survivors, so joined only after the sweep. */
static void join_planned_large(GcHeap *heap) {
    for (GcRegion *region = heap->planned_large, *next; region; region = next) {
        next = region->next;
        region->next = heap->large.regions;
        heap->large.regions = region;
        heap->large.size += region->live_bytes;
    }
    heap->planned_large = NULL;
}

void gc_sweep_phase(GcHeap *heap) {
    sweep_small(heap);
    if (heap->condemned == GC_MAX_GENERATION) {
        sweep_uoh(heap, &heap->large);
        sweep_uoh(heap, &heap->pinned);
        join_planned_large(heap);
    }
    for (int generation = 0; generation <= GC_MAX_GENERATION; generation++) {
        uint64_t size = 0;
        for (GcRegion *region = heap->generations[generation].regions; region; region = region->next)
            size += region->live_bytes;
        heap->generations[generation].size = size;
    }
}
