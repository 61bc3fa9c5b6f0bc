/*
 * mark.c - the mark phase: from the roots, the strong handles, the objects
 * waiting for finalization, and (in an ephemeral collection) the dirty
 * cards of the generations not being collected, mark every reachable
 * object of the condemned generations; then decide what weak references
 * (weak and dependent handles, ephemerons) and finalization keep.
 *
 * Marking uses an explicit stack (no recursion: a long linked list must not
 * overflow the C stack). Only condemned objects are marked: an object of an
 * older generation is live by assumption, and what it references that is
 * younger is found through its cards. Precise roots are marked as they are;
 * interior pointers (byrefs) and conservative ones (words of C stacks) are
 * first resolved to the object that holds them, through the start bits.
 *
 * Tracing keeps the card table right for after the collection: a slot of a
 * survivor that may end up older than what it references gets its card
 * dirtied, and a dirty card of an old region that no longer holds such a
 * reference is cleaned.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/internal.h"

void gc_fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("lucid: fatal GC error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

static void push(GcHeap *heap, GcObject *object) {
    if (heap->mark_count == heap->mark_capacity) {
        size_t capacity = heap->mark_capacity ? heap->mark_capacity * 2 : 4096;
        GcObject **grown = realloc(heap->mark_stack, capacity * sizeof *grown);
        if (!grown)
            gc_fatal("out of memory for the mark stack (%zu entries)", capacity);
        heap->mark_stack = grown;
        heap->mark_capacity = capacity;
    }
    heap->mark_stack[heap->mark_count++] = object;
}

static bool is_condemned(const GcHeap *heap, const void *address) {
    return gc_in_heap(heap, address) && gc_generation_at(heap, address) <= heap->condemned;
}

static void mark(GcHeap *heap, GcObject *object) {
    if (!is_condemned(heap, object) || gc_is_marked(object))
        return;
    LdMethodTable *type = object->type;
    object->type = (LdMethodTable *)((uintptr_t)type | 1u);
    heap->unit_region[((uintptr_t)object - (uintptr_t)heap->base) >> GC_UNIT_SHIFT]->marked_bytes +=
        gc_object_size(object);
    if (type->flags & LD_MT_CONTAINS_REFS)
        push(heap, object);
}

/* The generation an object may have after this collection, at least (a
 * condemned one may stay where it is) and at most (it may be promoted). */
static int generation_after_at_least(const GcHeap *heap, const void *object) {
    int generation = gc_generation_at(heap, object);
    return heap->promotion_certain && generation <= heap->condemned && generation < GC_MAX_GENERATION
               ? generation + 1
               : generation;
}
static int generation_after_at_most(const GcHeap *heap, const void *object) {
    int generation = gc_generation_at(heap, object);
    return generation <= heap->condemned && generation < GC_MAX_GENERATION ? generation + 1 : generation;
}

static void dirty_if_older(GcHeap *heap, int holder_generation, GcObject **slot, const GcObject *target) {
    if (gc_in_heap(heap, target) && holder_generation > generation_after_at_least(heap, target))
        *gc_card_of(heap, slot) = 1;
}

static void trace_slot(GcHeap *heap, GcObject *holder, GcObject **slot) {
    GcObject *target = *slot;
    if (!target)
        return;
    mark(heap, target);
    dirty_if_older(heap, generation_after_at_most(heap, holder), slot, target);
}

/* An ephemeron array's pairs are not traced: each pair's value is kept
 * only if its key is alive, which mark_ephemerons decides once all else
 * is marked. */
static bool is_ephemeron_array(const GcHeap *heap, const GcObject *object) {
    return heap->ephemeron_type && gc_type_of(object) == heap->ephemeron_type;
}

static void drain(GcHeap *heap) {
    while (heap->mark_count) {
        GcObject *object = heap->mark_stack[--heap->mark_count];
        if (!is_ephemeron_array(heap, object))
            gc_object_slots(heap, object, NULL, (const uint8_t *)UINTPTR_MAX, trace_slot);
    }
}

/* The engine's roots: precise slots hold an object or null; interior
 * slots (byrefs) and conservative words may point anywhere, into an
 * object or not. */
static void visit_root(void *context, GcObject **slot, uint32_t flags) {
    GcHeap *heap = context;
    GcObject *object = *slot;
    if (!object || !is_condemned(heap, object))
        return;
    if (flags & (GC_ROOT_INTERIOR | GC_ROOT_CONSERVATIVE)) {
        object = gc_find_object(heap, object);
        if (!object)
            return;
    }
    if (flags & (GC_ROOT_PINNED | GC_ROOT_CONSERVATIVE))
        gc_region_of(heap, object)->pinned = true; /* the whole region stays where it is */
    mark(heap, object);
}

/* ------------------------------------------------------------------ */
/* Cards                                                              */
/* ------------------------------------------------------------------ */

/* A card that references a condemned object stays dirty until the
 * relocation phase has seen it (the object may move); that phase cleans
 * it if it no longer needs to be. */
static void old_slot(GcHeap *heap, GcObject *holder, GcObject **slot) {
    GcObject *target = *slot;
    if (!target)
        return;
    mark(heap, target);
    if (is_condemned(heap, target))
        *gc_card_of(heap, slot) = 1;
    else
        dirty_if_older(heap, gc_generation_at(heap, holder), slot, target);
}

/* An old ephemeron array's card stays dirty: its pairs are marked (or
 * not) later, and relocation must see them either way. */
static void card_slot(GcHeap *heap, GcObject *holder, GcObject **slot) {
    if (is_ephemeron_array(heap, holder))
        *gc_card_of(heap, slot) = 1;
    else
        old_slot(heap, holder, slot);
}

void gc_visit_dirty_cards(GcHeap *heap, GcRegion *region, GcSlotVisitor visit, void (*after_run)(GcHeap *heap)) {
    uint8_t *cards = gc_card_of(heap, region->start);
    size_t count = (size_t)(region->frontier - region->start + GC_CARD_SIZE - 1) >> GC_BARRIER_CARD_SHIFT;
    for (size_t i = 0; i < count;) {
        if (!cards[i]) {
            i++;
            continue;
        }
        size_t first = i;
        while (i < count && cards[i])
            i++;
        memset(cards + first, 0, i - first);
        const uint8_t *low = region->start + first * GC_CARD_SIZE;
        const uint8_t *high = region->start + i * GC_CARD_SIZE;
        if (high > region->frontier)
            high = region->frontier;
        for (uint8_t *p = gc_object_covering(region, low); p < high;) {
            GcObject *object = (GcObject *)p;
            p += gc_object_size(object);
            if (gc_type_of(object) != &gc_free_type)
                gc_object_slots(heap, object, low, high, visit);
        }
        if (after_run)
            after_run(heap);
    }
}

/* Every run of dirty cards of an old region: each card is cleaned, then
 * the references in it are marked (and the card dirtied again if one
 * still points at a younger generation), the mark stack drained after
 * each run. */
static void mark_through_cards(GcHeap *heap, GcRegion *region) {
    gc_visit_dirty_cards(heap, region, card_slot, drain);
}

static void mark_old_regions(GcHeap *heap) {
    for (int generation = heap->condemned + 1; generation <= GC_MAX_GENERATION; generation++)
        for (GcRegion *region = heap->generations[generation].regions; region; region = region->next)
            mark_through_cards(heap, region);
    if (heap->condemned < GC_MAX_GENERATION) {
        for (GcRegion *region = heap->large.regions; region; region = region->next)
            mark_through_cards(heap, region);
        for (GcRegion *region = heap->pinned.regions; region; region = region->next)
            mark_through_cards(heap, region);
    }
}

/* ------------------------------------------------------------------ */
/* The phase                                                          */
/* ------------------------------------------------------------------ */

/* A condemned region's cards are recomputed by tracing its survivors. */
static void clear_condemned_cards(GcHeap *heap) {
    for (int generation = 0; generation <= heap->condemned; generation++)
        for (GcRegion *region = heap->generations[generation].regions; region; region = region->next) {
            gc_clear_cards(heap, region->start, region->frontier);
            region->pinned = false;
            region->marked_bytes = 0;
        }
    if (heap->condemned == GC_MAX_GENERATION) {
        for (GcRegion *region = heap->large.regions; region; region = region->next) {
            gc_clear_cards(heap, region->start, region->frontier);
            region->pinned = false;
        }
        for (GcRegion *region = heap->pinned.regions; region; region = region->next)
            gc_clear_cards(heap, region->start, region->frontier);
    }
}

/* ------------------------------------------------------------------ */
/* Weak references: dependent handles, ephemerons, weak handles       */
/* ------------------------------------------------------------------ */

static bool is_live(GcHeap *heap, GcObject *object) {
    return !is_condemned(heap, object) || gc_is_marked(object);
}

/* A slot of an ephemeron pair that is kept: marked, with the card it
 * would have had had the array been traced. */
static void keep_slot(GcHeap *heap, GcObject *array, GcObject **slot) {
    if (is_condemned(heap, array))
        trace_slot(heap, array, slot);
    else
        old_slot(heap, array, slot);
}

static GcObject **ephemeron_pairs(GcObject *array, uint64_t *count) {
    *count = *(const uint64_t *)((const uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    return (GcObject **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET);
}

static bool key_alive(GcHeap *heap, GcObject *key) {
    return key && key != heap->ephemeron_tombstone && is_live(heap, key);
}

/* One pass over the live ephemeron arrays: a pair whose key is alive keeps
 * its value. Whether any value was newly marked. */
static bool mark_ephemerons(GcHeap *heap) {
    bool marked = false;
    for (uint32_t i = 0; i < heap->ephemeron_arrays.count; i++) {
        GcObject *array = heap->ephemeron_arrays.items[i];
        if (!is_live(heap, array))
            continue;
        uint64_t count;
        GcObject **pairs = ephemeron_pairs(array, &count);
        for (uint64_t k = 0; k < count; k++) {
            if (!key_alive(heap, pairs[2 * k]))
                continue;
            marked = marked || (pairs[2 * k + 1] && !is_live(heap, pairs[2 * k + 1]));
            keep_slot(heap, array, &pairs[2 * k]);
            keep_slot(heap, array, &pairs[2 * k + 1]);
        }
        drain(heap);
    }
    return marked;
}

/* Dependent handles and ephemerons to a fixed point: a value kept alive
 * may be (or reach) another one's key. */
static void mark_dependents(GcHeap *heap) {
    for (;;) {
        bool handles = gc_handles_mark_dependents(heap, is_live, mark);
        drain(heap);
        bool ephemerons = mark_ephemerons(heap);
        if (!handles && !ephemerons)
            return;
    }
}

/* Dead arrays leave the registry; a dead key's pair in a live array
 * becomes (tombstone, null). */
static void clear_dead_ephemerons(GcHeap *heap) {
    uint32_t kept = 0;
    for (uint32_t i = 0; i < heap->ephemeron_arrays.count; i++) {
        GcObject *array = heap->ephemeron_arrays.items[i];
        if (!is_live(heap, array))
            continue;
        heap->ephemeron_arrays.items[kept++] = array;
        uint64_t count;
        GcObject **pairs = ephemeron_pairs(array, &count);
        for (uint64_t k = 0; k < count; k++) {
            GcObject *key = pairs[2 * k];
            if (!key || key == heap->ephemeron_tombstone || is_live(heap, key))
                continue;
            pairs[2 * k] = heap->ephemeron_tombstone;
            pairs[2 * k + 1] = NULL;
            keep_slot(heap, array, &pairs[2 * k]);
        }
    }
    heap->ephemeron_arrays.count = kept;
}

/* ------------------------------------------------------------------ */
/* The phase                                                          */
/* ------------------------------------------------------------------ */

/* CoreCLR's order (docs/gc.md): everything strongly reachable (roots,
 * strong handles, objects waiting for their finalizer, old generations'
 * cards), then dependents; short weak handles are cleared; dead
 * finalizable objects are queued and resurrected, with what they reach
 * and its dependents; then long weak handles and ephemerons are cleared. */
void gc_mark_phase(GcHeap *heap) {
    clear_condemned_cards(heap);
    heap->config.scan_roots(heap->config.engine, visit_root, heap);
    gc_handles_visit_strong(heap, visit_root);
    if (heap->ephemeron_tombstone)
        mark(heap, heap->ephemeron_tombstone);
    gc_finalization_mark_ready(heap, mark);
    drain(heap);
    mark_old_regions(heap);
    mark_dependents(heap);
    gc_handles_clear_dead(heap, false, is_live);
    if (gc_finalization_scan(heap)) {
        gc_finalization_mark_ready(heap, mark);
        drain(heap);
    }
    mark_dependents(heap);
    gc_handles_clear_dead(heap, true, is_live);
    clear_dead_ephemerons(heap);
}
