/*
 * mark.c - a full, non-moving collection: mark from the roots, then sweep
 * every dead run of objects into one free object.
 *
 * Marking uses an explicit stack (no recursion: a long linked list must not
 * overflow the C stack). Precise roots are marked as they are; interior
 * pointers (byrefs) and conservative ones (words of C stacks) are first
 * resolved to the object that holds them, through the start bits the walk
 * at the start of the collection built.
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

static void mark(GcHeap *heap, GcObject *object) {
    if (gc_is_marked(object))
        return;
    LdMethodTable *type = object->type;
    object->type = (LdMethodTable *)((uintptr_t)type | 1u);
    if (type->flags & LD_MT_CONTAINS_REFS)
        push(heap, object);
}

static void mark_series(GcHeap *heap, uint8_t *data, const LdMethodTable *type) {
    for (uint32_t i = 0; i < type->gc_series_count; i++) {
        GcObject **slot = (GcObject **)(data + type->gc_series[i].offset);
        for (uint32_t k = 0; k < type->gc_series[i].count; k++)
            if (slot[k])
                mark(heap, slot[k]);
    }
}

/* The references an object holds: its GC series, once for an object, once
 * per element for an array. */
static void scan_object(GcHeap *heap, GcObject *object) {
    const LdMethodTable *type = gc_type_of(object);
    uint8_t *base = (uint8_t *)object;
    if (type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY) {
        uint64_t length = *(const uint64_t *)(base + LD_ARRAY_LENGTH_OFFSET);
        uint8_t *element = base + type->base_size;
        for (uint64_t i = 0; i < length; i++, element += type->component_size)
            mark_series(heap, element, type);
        return;
    }
    mark_series(heap, base + LD_OBJECT_HEADER_SIZE, type);
}

static void drain(GcHeap *heap) {
    while (heap->mark_count)
        scan_object(heap, heap->mark_stack[--heap->mark_count]);
}

/* The engine's roots: precise slots hold an object or null; interior
 * slots (byrefs) and conservative words may point anywhere, into an
 * object or not. */
static void visit_root(void *context, GcObject **slot, uint32_t flags) {
    GcHeap *heap = context;
    GcObject *object = *slot;
    if (!object)
        return;
    if (flags & (GC_ROOT_INTERIOR | GC_ROOT_CONSERVATIVE)) {
        bool large;
        object = gc_find_object(heap, object, &large);
        if (!object)
            return;
    }
    mark(heap, object);
}

/* ------------------------------------------------------------------ */
/* Verification (LUCID_HeapVerify=1)                                  */
/* ------------------------------------------------------------------ */

static void verify_reference(GcHeap *heap, const GcObject *holder, GcObject *reference) {
    bool large;
    if (gc_find_object(heap, reference, &large) != reference)
        gc_fatal("object %p (%s) holds %p, which is not the start of an object", (const void *)holder,
                 gc_type_of(holder)->klass ? gc_type_of(holder)->klass->name : "?", (void *)reference);
    if (!gc_is_marked(reference))
        gc_fatal("object %p holds %p, which is alive but was not marked", (const void *)holder, (void *)reference);
}

static void verify_series(GcHeap *heap, const GcObject *holder, uint8_t *data, const LdMethodTable *type) {
    for (uint32_t i = 0; i < type->gc_series_count; i++) {
        GcObject **slot = (GcObject **)(data + type->gc_series[i].offset);
        for (uint32_t k = 0; k < type->gc_series[i].count; k++)
            if (slot[k])
                verify_reference(heap, holder, slot[k]);
    }
}

static void verify_object(GcHeap *heap, GcObject *object) {
    const LdMethodTable *type = gc_type_of(object);
    if (!(type->flags & LD_MT_CONTAINS_REFS))
        return;
    uint8_t *base = (uint8_t *)object;
    if (type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY) {
        uint64_t length = *(const uint64_t *)(base + LD_ARRAY_LENGTH_OFFSET);
        for (uint64_t i = 0; i < length; i++)
            verify_series(heap, object, base + type->base_size + i * type->component_size, type);
    } else {
        verify_series(heap, object, base + LD_OBJECT_HEADER_SIZE, type);
    }
}

/* Every reference a live object holds points at the start of a live
 * object: what a missed root or a broken barrier would violate. */
static void verify_marked(GcHeap *heap) {
    for (GcSegment *segment = heap->segments; segment; segment = segment->next)
        for (uint8_t *p = segment->start; p < segment->frontier; p += gc_object_size((GcObject *)p))
            if (gc_is_marked((GcObject *)p))
                verify_object(heap, (GcObject *)p);
    for (uint32_t i = 0; i < heap->large.count; i++)
        if (gc_is_marked(heap->large.objects[i]))
            verify_object(heap, heap->large.objects[i]);
}

/* ------------------------------------------------------------------ */
/* Sweeping                                                           */
/* ------------------------------------------------------------------ */

static void add_free_range(GcHeap *heap, uint8_t *start, uint8_t *end) {
    GcFreeRange *grown = gc_grow(heap->free_ranges, &heap->free_capacity, heap->free_count, sizeof *grown, 64);
    if (!grown)
        return; /* the gap stays a free object, only unused */
    heap->free_ranges = grown;
    heap->free_ranges[heap->free_count++] = (GcFreeRange){start, end};
}

static void close_run(GcHeap *heap, uint8_t *start, uint8_t *end) {
    gc_make_free(start, (size_t)(end - start));
    if ((size_t)(end - start) >= GC_FREE_RANGE_MIN)
        add_free_range(heap, start, end);
}

/* Returns the live bytes of the segment; a dead run at its end goes back
 * to bump space. */
static uint64_t sweep_segment(GcHeap *heap, GcSegment *segment) {
    uint64_t live = 0;
    uint8_t *run = NULL;
    for (uint8_t *p = segment->start; p < segment->frontier;) {
        GcObject *object = (GcObject *)p;
        size_t size = gc_object_size(object);
        if (gc_is_marked(object)) {
            object->type = gc_type_of(object);
            live += size;
            if (run)
                close_run(heap, run, p);
            run = NULL;
        } else if (!run) {
            run = p;
        }
        p += size;
    }
    if (run)
        segment->frontier = run;
    return live;
}

static uint64_t sweep_large(GcHeap *heap) {
    uint64_t live = 0;
    uint32_t kept = 0;
    for (uint32_t i = 0; i < heap->large.count; i++) {
        GcObject *object = heap->large.objects[i];
        if (gc_is_marked(object)) {
            object->type = gc_type_of(object);
            live += gc_object_size(object);
            heap->large.objects[kept++] = object;
        } else {
            free(object);
        }
    }
    heap->large.count = kept;
    return live;
}

/* Empty segments go back to the system, but one is kept to allocate in. */
static void release_empty_segments(GcHeap *heap) {
    bool kept_one = false;
    for (GcSegment **link = &heap->segments; *link;) {
        GcSegment *segment = *link;
        if (segment->frontier == segment->start && kept_one) {
            *link = segment->next;
            gc_segment_free(segment);
            continue;
        }
        kept_one |= segment->frontier == segment->start;
        link = &segment->next;
    }
}

static bool verify_requested(void) {
    const char *value = getenv("LUCID_HeapVerify");
    return value && value[0] && value[0] != '0';
}

void gc_mark_and_sweep(GcHeap *heap) {
    char problem[200];
    if (!gc_build_start_bits(heap, problem, sizeof problem))
        gc_fatal("the heap is corrupt before collection %u: %s", heap->stats.collections + 1, problem);
    gc_large_sort(heap);

    heap->config.scan_roots(heap->config.engine, visit_root, heap);
    /* No finalizer runs yet, so an object that has one is never dead. */
    for (uint32_t i = 0; i < heap->finalizable_count; i++)
        mark(heap, heap->finalizable[i]);
    drain(heap);
    if (verify_requested())
        verify_marked(heap);

    uint64_t live = 0;
    heap->free_count = heap->free_cursor = 0;
    for (GcSegment *segment = heap->segments; segment; segment = segment->next)
        live += sweep_segment(heap, segment);
    live += sweep_large(heap);
    release_empty_segments(heap);
    heap->live_bytes = live;
    if (verify_requested() && !gc_build_start_bits(heap, problem, sizeof problem))
        gc_fatal("the heap is corrupt after collection %u: %s", heap->stats.collections + 1, problem);
}
