/*
 * gc.c - the collector's front: choosing a collector, allocation, the
 * budget that triggers collections, statistics.
 *
 * Two collectors share the heap code: "mark-sweep" (the default), and
 * "zero", which allocates the same way and never collects. LUCID_GC=zero
 * exists so the engine can be run with no collection at all (a bug that
 * disappears under it is a GC bug, or a root the engine failed to report)
 * and to keep gc.h honest: nothing outside src/gc depends on how the heap
 * works.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc/internal.h"

static bool env_flag(const char *name) {
    const char *value = getenv(name);
    return value && value[0] && value[0] != '0';
}

/* CoreCLR's knobs are hexadecimal (DOTNET_GCgen0size=0x100000). */
static uint64_t env_hex(const char *name, uint64_t fallback) {
    const char *value = getenv(name);
    if (!value || !value[0])
        return fallback;
    char *end;
    unsigned long long parsed = strtoull(value, &end, 16);
    return *end || !parsed ? fallback : (uint64_t)parsed;
}

GcHeap *gc_create(const GcConfig *config, GcError *error) {
    const char *name = config->collector && config->collector[0] ? config->collector : "mark-sweep";
    bool collects = strcmp(name, "mark-sweep") == 0;
    if (!collects && strcmp(name, "zero") != 0) {
        snprintf(error->message, sizeof error->message,
                 "unknown collector \"%s\" (LUCID_GC): the choices are \"mark-sweep\" and \"zero\"", name);
        return NULL;
    }
    if (collects && !config->scan_roots) {
        snprintf(error->message, sizeof error->message, "the mark-sweep collector needs a root scanner");
        return NULL;
    }
    GcHeap *heap = calloc(1, sizeof *heap);
    if (!heap) {
        snprintf(error->message, sizeof error->message, "out of memory");
        return NULL;
    }
    heap->name = collects ? "mark-sweep" : "zero";
    heap->collects = collects;
    heap->config = *config;
    heap->min_budget = env_hex("DOTNET_GCgen0size", GC_MIN_BUDGET);
    heap->budget = heap->min_budget;
    const char *stress = getenv("LUCID_GCStress");
    heap->stress = stress ? atoi(stress) : 0;
    heap->log = env_flag("LUCID_GCLog");
    return heap;
}

void gc_destroy(GcHeap *heap) {
    if (!heap)
        return;
    for (GcSegment *segment = heap->segments, *next; segment; segment = next) {
        next = segment->next;
        gc_segment_free(segment);
    }
    for (uint32_t i = 0; i < heap->large.count; i++)
        free(heap->large.objects[i]);
    free(heap->large.objects);
    free(heap->free_ranges);
    free(heap->contexts);
    free(heap->finalizable);
    free(heap->mark_stack);
    free(heap);
}

const char *gc_name(const GcHeap *heap) {
    return heap->name;
}

/* ------------------------------------------------------------------ */
/* Allocation contexts                                                */
/* ------------------------------------------------------------------ */

static bool remember_context(GcHeap *heap, GcAllocContext *context) {
    for (uint32_t i = 0; i < heap->context_count; i++)
        if (heap->contexts[i] == context)
            return true;
    GcAllocContext **grown = gc_grow(heap->contexts, &heap->context_capacity, heap->context_count, sizeof *grown, 8);
    if (!grown)
        return false;
    heap->contexts = grown;
    heap->contexts[heap->context_count++] = context;
    return true;
}

/* A context's range ends GC_MIN_OBJECT bytes after its limit, so what it
 * has not used can always become a free object. */
static void retire_context(GcAllocContext *context) {
    if (context->alloc_ptr)
        gc_make_free(context->alloc_ptr, (size_t)(context->alloc_limit + GC_MIN_OBJECT - context->alloc_ptr));
    context->alloc_ptr = context->alloc_limit = NULL;
}

void gc_context_retire(GcHeap *heap, GcAllocContext *context) {
    retire_context(context);
    for (uint32_t i = 0; i < heap->context_count; i++)
        if (heap->contexts[i] == context)
            heap->contexts[i] = heap->contexts[--heap->context_count];
}

/* ------------------------------------------------------------------ */
/* Collection                                                         */
/* ------------------------------------------------------------------ */

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void collect(GcHeap *heap, const char *reason) {
    if (!heap->collects || heap->in_collection)
        return;
    heap->in_collection = true;
    uint64_t start = now_ns();
    uint64_t before = heap->live_bytes + heap->since_collection;
    for (uint32_t i = 0; i < heap->context_count; i++)
        retire_context(heap->contexts[i]);
    gc_mark_and_sweep(heap);
    heap->since_collection = 0;
    /* The next collection comes after as much allocation as survived this
     * one (and never sooner than the minimum budget): the cost of marking
     * what lives is paid for by as much new allocation. */
    heap->budget = heap->live_bytes > heap->min_budget ? heap->live_bytes : heap->min_budget;
    heap->stats.collections++;
    heap->stats.bytes_before = before;
    heap->stats.bytes_after = heap->live_bytes;
    heap->stats.pause_ns = now_ns() - start;
    heap->in_collection = false;
    if (heap->log)
        fprintf(stderr, "gc %u: gen2 %s, %llu KB -> %llu KB, %.3f ms\n", heap->stats.collections, reason,
                (unsigned long long)(before / 1024), (unsigned long long)(heap->live_bytes / 1024),
                (double)heap->stats.pause_ns / 1e6);
}

void gc_collect(GcHeap *heap, int generation) {
    (void)generation; /* every collection is a full one */
    collect(heap, "induced");
}

static void maybe_collect(GcHeap *heap) {
    if (heap->stress || heap->since_collection >= heap->budget)
        collect(heap, heap->stress ? "stress" : "allocation");
}

/* ------------------------------------------------------------------ */
/* Allocation                                                         */
/* ------------------------------------------------------------------ */

static GcObject *place(GcObject *object, LdMethodTable *type) {
    object->type = type;
    return object;
}

static GcObject *alloc_large(GcHeap *heap, LdMethodTable *type, size_t size) {
    GcObject *object = calloc(1, size);
    if (!object)
        return NULL;
    if (!gc_large_add(heap, object)) {
        free(object);
        return NULL;
    }
    heap->since_collection += size;
    heap->total_handed += size;
    return place(object, type);
}

static bool remember_finalizable(GcHeap *heap, GcObject *object) {
    GcObject **grown =
        gc_grow(heap->finalizable, &heap->finalizable_capacity, heap->finalizable_count, sizeof *grown, 64);
    if (!grown)
        return false;
    heap->finalizable = grown;
    heap->finalizable[heap->finalizable_count++] = object;
    return true;
}

bool gc_register_for_finalization(GcHeap *heap, GcObject *object, bool run) {
    for (uint32_t i = 0; i < heap->finalizable_count; i++)
        if (heap->finalizable[i] == object) {
            if (!run)
                heap->finalizable[i] = heap->finalizable[--heap->finalizable_count];
            return true;
        }
    return !run || remember_finalizable(heap, object);
}

GcObject *gc_alloc_slow(GcHeap *heap, GcAllocContext *context, LdMethodTable *type, size_t size, uint32_t flags) {
    size = (size + GC_ALIGNMENT - 1) & ~(size_t)(GC_ALIGNMENT - 1);
    if (size < GC_MIN_OBJECT)
        size = GC_MIN_OBJECT;
    maybe_collect(heap);
    if (size >= GC_LARGE_OBJECT_SIZE || (flags & GC_ALLOC_LARGE))
        return alloc_large(heap, type, size);
    size_t got;
    GcObject *object;
    if ((flags & (GC_ALLOC_FINALIZE | GC_ALLOC_PINNED)) || size > GC_QUANTUM / 2) {
        /* On its own: nothing moves yet, so pinned needs no other place. */
        object = (GcObject *)gc_take(heap, size, size, true, &got);
    } else {
        retire_context(context);
        /* Under stress every allocation comes back here, to collect first. */
        size_t want = heap->stress ? size + GC_MIN_OBJECT : GC_QUANTUM;
        uint8_t *block = remember_context(heap, context) ? gc_take(heap, size + GC_MIN_OBJECT, want, false, &got) : NULL;
        if (!block)
            return NULL;
        context->alloc_ptr = block + size;
        context->alloc_limit = block + got - GC_MIN_OBJECT;
        context->allocated_bytes += got;
        object = (GcObject *)block;
    }
    if (!object)
        return NULL;
    if ((flags & GC_ALLOC_FINALIZE) && !remember_finalizable(heap, object)) {
        gc_make_free((uint8_t *)object, size);
        return NULL;
    }
    return place(object, type);
}

uint64_t gc_total_bytes(const GcHeap *heap) {
    return heap->live_bytes + heap->since_collection;
}

uint32_t gc_collection_count(const GcHeap *heap, int generation) {
    return generation >= 0 && generation <= 2 ? heap->stats.collections : 0;
}
