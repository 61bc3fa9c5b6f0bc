/*
 * gc.h - the only door to the garbage collector (ARCHITECTURE.md section 6).
 *
 * The engine allocates through a per-thread allocation context (a bump
 * pointer and a limit, refilled by the collector), stores references into
 * the heap only through the write barrier, and tells the collector where
 * its roots are through a scanning callback. How the heap is organised is
 * private to src/gc (docs/gc.md): LUCID_GC chooses "mark-sweep" (the
 * default, a non-moving full collector) or "zero" (allocate, never
 * collect); the generational collector arrives behind this same interface.
 *
 * A collection runs inside gc_alloc_slow or gc_collect, so the engine calls
 * them only at safepoints: with every managed frame's state recorded for
 * its root scanner.
 */
#ifndef LUCID_GC_H
#define LUCID_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "loader/loader.h"

/* An object as the collector sees it: a MethodTable pointer and the sync
 * word; the rest is described by the MethodTable. */
typedef struct GcObject {
    LdMethodTable *type;
    uintptr_t sync;
} GcObject;

/* Per-thread bump allocation (CoreCLR's gc_alloc_context). The fast path
 * is inline; the collector refills the range when it runs out. */
typedef struct GcAllocContext {
    uint8_t *alloc_ptr;
    uint8_t *alloc_limit;
    uint64_t allocated_bytes; /* by this thread, in refilled quanta */
} GcAllocContext;

#define GC_ALLOC_FINALIZE 0x1u      /* the type has a finalizer: register the object */
#define GC_ALLOC_CONTAINS_REFS 0x2u /* the object holds references */
#define GC_ALLOC_PINNED 0x4u        /* never moves (pinned object heap) */
#define GC_ALLOC_LARGE 0x8u         /* 85,000 bytes or more: large object heap */

#define GC_LARGE_OBJECT_SIZE 85000u
#define GC_ALIGNMENT 8u

typedef struct GcHeap GcHeap;

typedef struct GcError {
    char message[200];
} GcError;

/* Root enumeration: the engine's callback calls visit for every slot that
 * holds a reference. GC_ROOT_INTERIOR: the slot may point inside an object,
 * or outside the heap (byrefs); GC_ROOT_PINNED: the object must not move;
 * GC_ROOT_CONSERVATIVE: a word of a C stack that may or may not be a
 * pointer (implies pinned and interior), passed as a copy the collector
 * only reads. */
#define GC_ROOT_INTERIOR 0x1u
#define GC_ROOT_PINNED 0x2u
#define GC_ROOT_CONSERVATIVE 0x4u
typedef void (*GcRootVisitor)(void *context, GcObject **slot, uint32_t flags);
typedef void (*GcRootScanner)(void *engine, GcRootVisitor visit, void *context);

typedef struct GcConfig {
    const char *collector;      /* "mark-sweep" (NULL: the default) or "zero"; from LUCID_GC */
    GcRootScanner scan_roots;
    void *engine;
} GcConfig;

GcHeap *gc_create(const GcConfig *config, GcError *error);
void gc_destroy(GcHeap *heap);
const char *gc_name(const GcHeap *heap);

/* The slow path: a new range for the context, or a large or pinned
 * object. Returns zeroed memory with the MethodTable set, or NULL when
 * memory is exhausted (the engine raises OutOfMemoryException). */
GcObject *gc_alloc_slow(GcHeap *heap, GcAllocContext *context, LdMethodTable *type, size_t size, uint32_t flags);

/* A thread that ends gives its context back: its unused range is returned. */
void gc_context_retire(GcHeap *heap, GcAllocContext *context);

/* Zeroed object of `size` bytes (header included) with its MethodTable set. */
static inline GcObject *gc_alloc(GcHeap *heap, GcAllocContext *context, LdMethodTable *type, size_t size,
                                 uint32_t flags) {
    size = (size + GC_ALIGNMENT - 1) & ~(size_t)(GC_ALIGNMENT - 1);
    uint8_t *p = context->alloc_ptr;
    if (!(flags & (GC_ALLOC_FINALIZE | GC_ALLOC_PINNED)) && size < GC_LARGE_OBJECT_SIZE &&
        (size_t)(context->alloc_limit - p) >= size) {
        context->alloc_ptr = p + size;
        GcObject *object = (GcObject *)p;
        object->type = type;
        return object;
    }
    return gc_alloc_slow(heap, context, type, size, flags);
}

/* Every store of a reference into the heap goes through these, so the
 * generational collector can keep its card table; today's collectors
 * only store. */
static inline void gc_write_barrier(GcObject **slot, GcObject *value) {
    *slot = value;
}
/* After copying `bytes` that may contain references into the heap at dst
 * (struct copies, Array.Copy). */
static inline void gc_write_barrier_bulk(void *dst, size_t bytes) {
    (void)dst;
    (void)bytes;
}

/* GC.SuppressFinalize (run = false) and GC.ReRegisterForFinalize (run =
 * true): whether the object's finalizer is still to run. false when
 * memory runs out. */
bool gc_register_for_finalization(GcHeap *heap, GcObject *object, bool run);

/* Collect `generation` and younger (-1: all). */
void gc_collect(GcHeap *heap, int generation);
uint64_t gc_total_bytes(const GcHeap *heap);
uint32_t gc_collection_count(const GcHeap *heap, int generation);

#endif
