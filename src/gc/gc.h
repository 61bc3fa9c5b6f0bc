/*
 * gc.h - the only door to the garbage collector (ARCHITECTURE.md section 6).
 *
 * The engine allocates through a per-thread allocation context (a bump
 * pointer and a limit, refilled by the collector), stores references into
 * the heap only through the write barrier, and tells the collector where
 * its roots are through a scanning callback. How the heap is organised is
 * private to src/gc (docs/gc.md): LUCID_GC chooses "generational" (the
 * default: gen0, gen1, gen2, a card table, large and pinned object heaps)
 * or "zero" (allocate, never collect).
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
    uint64_t allocated_bytes; /* small objects allocated by this thread (its quanta, less what it left unused) */
    uint64_t allocated_bytes_uoh; /* large and pinned objects allocated by this thread */
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
    const char *collector;      /* "generational" (NULL: the default) or "zero"; from LUCID_GC */
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
/* What the context's thread has allocated, small and large objects. */
uint64_t gc_allocated_bytes(const GcAllocContext *context);

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

/* What the write barrier reads, published by the collector (one heap per
 * process): the reservation the heap lives in, one generation byte per
 * 256 KB unit of it, and one card byte per 512 bytes. A store dirties the
 * card of its slot only when it makes an older object point at a younger
 * one (the regions barrier of .NET 7): old-to-young references are what an
 * ephemeral collection must find without scanning the old generations. */
#define GC_BARRIER_UNIT_SHIFT 18
#define GC_BARRIER_CARD_SHIFT 9
typedef struct GcBarrier {
    uintptr_t base, size;
    const uint8_t *generation_of;
    uint8_t *cards;
} GcBarrier;
extern GcBarrier gc_barrier;

/* Every store of a reference into the heap goes through these. A slot
 * outside the heap (a stack, statics storage) needs no card: such slots
 * are roots, scanned at every collection. */
static inline void gc_write_barrier(GcObject **slot, GcObject *value) {
    *slot = value;
    uintptr_t s = (uintptr_t)slot - gc_barrier.base, v = (uintptr_t)value - gc_barrier.base;
    if (s < gc_barrier.size && v < gc_barrier.size &&
        gc_barrier.generation_of[v >> GC_BARRIER_UNIT_SHIFT] < gc_barrier.generation_of[s >> GC_BARRIER_UNIT_SHIFT]) {
        uint8_t *card = gc_barrier.cards + (s >> GC_BARRIER_CARD_SHIFT);
        if (!*card)
            *card = 1;
    }
}
/* After copying `bytes` that may contain references into the heap at dst
 * (struct copies, Array.Copy): the cards the copy covers, unless its
 * holder is in gen0 (nothing is younger). */
static inline void gc_write_barrier_bulk(void *dst, size_t bytes) {
    uintptr_t s = (uintptr_t)dst - gc_barrier.base;
    if (s >= gc_barrier.size || !bytes || !gc_barrier.generation_of[s >> GC_BARRIER_UNIT_SHIFT])
        return;
    uintptr_t last = (s + bytes - 1) >> GC_BARRIER_CARD_SHIFT;
    for (uintptr_t card = s >> GC_BARRIER_CARD_SHIFT; card <= last; card++)
        if (!gc_barrier.cards[card])
            gc_barrier.cards[card] = 1;
}

/*
 * Finalization (docs/gc.md). An object allocated with GC_ALLOC_FINALIZE is
 * registered; the collection that finds it unreachable queues it as
 * ready for finalization and keeps it (and what it references) alive, so
 * its finalizer can run; a later collection frees it if the finalizer
 * left it unreachable. Ready objects come out of gc_next_finalizable
 * oldest queued first, critical finalizers (LD_MT_CRITICAL_FINALIZER)
 * after every normal one that is ready. A collection that queued any
 * calls the notify function given to gc_on_finalizers_ready (from inside
 * the collection: it must not allocate or run managed code).
 */
/* GC.SuppressFinalize: the finalizer will not run (registered or queued). */
void gc_suppress_finalize(GcHeap *heap, GcObject *object);
/* GC.ReRegisterForFinalize: registered again unless it still is; false
 * when memory runs out. */
bool gc_reregister_for_finalize(GcHeap *heap, GcObject *object);
/* The next object whose finalizer is to run, taken off the queue (the
 * caller keeps it alive while the finalizer runs), or NULL. */
GcObject *gc_next_finalizable(GcHeap *heap);
void gc_on_finalizers_ready(GcHeap *heap, void (*notify)(void *data), void *data);

/*
 * Handles (GCHandle, WeakReference, dependent handles): references the
 * engine keeps outside the heap, which the collector scans and updates
 * itself. The types and their numbers are .NET's (GCHandleType and
 * CoreCLR's HNDTYPE_*). A weak handle does not keep its target alive: it
 * reads null once the target is found unreachable - a short one before
 * finalization (a target resurrected by its finalizer stays null), a long
 * one only when the target is gone for good. A dependent handle keeps its
 * secondary alive for as long as its (weakly held) primary is alive.
 * A handle is never 0; its low bits are its type.
 */
typedef enum GcHandleType {
    GC_HANDLE_WEAK = 0,
    GC_HANDLE_WEAK_TRACK_RESURRECTION = 1,
    GC_HANDLE_NORMAL = 2,
    GC_HANDLE_PINNED = 3,
    GC_HANDLE_DEPENDENT = 6,
} GcHandleType;
typedef uint32_t GcHandle;
#define GC_HANDLE_TYPE_BITS 3

/* 0 when memory runs out. secondary is for dependent handles. */
GcHandle gc_handle_new(GcHeap *heap, GcHandleType type, GcObject *target, GcObject *secondary);
void gc_handle_free(GcHeap *heap, GcHandle handle);
/* Whether the handle is one gc_handle_new gave and nobody has freed. */
bool gc_handle_valid(GcHeap *heap, GcHandle handle);
GcObject *gc_handle_target(GcHeap *heap, GcHandle handle);
GcObject *gc_handle_secondary(GcHeap *heap, GcHandle handle);
void gc_handle_set(GcHeap *heap, GcHandle handle, GcObject *target, GcObject *secondary);
static inline GcHandleType gc_handle_type(GcHandle handle) {
    return (GcHandleType)(handle & ((1u << GC_HANDLE_TYPE_BITS) - 1));
}

/*
 * Ephemeron arrays (Mono's ConditionalWeakTable): an array of (key,
 * value) pairs of references in which a pair's value is kept alive only
 * while its key is, like a dependent handle each. A dead key's pair
 * becomes (tombstone, null). Registered arrays are held weakly. false
 * when memory runs out.
 */
bool gc_register_ephemeron_array(GcHeap *heap, GcObject *array, GcObject *tombstone);

/* LUCID_GCStress=2: the engine calls gc_safepoint at each of its
 * safepoints, and a collection runs there, so every place the engine
 * declares safe for a collection is tested as one. */
bool gc_stress_safepoints(const GcHeap *heap);
void gc_safepoint(GcHeap *heap);

/* Collect `generation` and younger (-1: all). Survivors are promoted. */
void gc_collect(GcHeap *heap, int generation);
/* The next full collection also compacts the large object heap, once
 * (GCSettings.LargeObjectHeapCompactionMode = CompactOnce). */
void gc_compact_large_objects_once(GcHeap *heap);
uint64_t gc_total_bytes(const GcHeap *heap);
/* Collections of `generation` or an older one (as GC.CollectionCount). */
uint32_t gc_collection_count(const GcHeap *heap, int generation);
int gc_max_generation(const GcHeap *heap);
/* The generation an object is in (0, 1 or 2; large and pinned objects are
 * in gen2), or -1 for an address outside the heap. */
int gc_generation_of(const GcHeap *heap, const void *object);

/* What one collection did, kept for the events and counters to come. */
typedef struct GcCollectionInfo {
    uint32_t index;        /* 1 for the first collection */
    int generation;        /* the oldest generation collected */
    const char *reason;    /* "alloc_soh", "alloc_loh", "induced", "stress" */
    bool promoted;         /* survivors moved up a generation */
    bool compacted;        /* survivors were moved (else the heap was swept in place) */
    uint64_t bytes_before, bytes_after, promoted_bytes;
    uint64_t pause_ns;
} GcCollectionInfo;
/* The last collection (index 0 when there was none), and the sum of pauses. */
GcCollectionInfo gc_last_collection(const GcHeap *heap);
uint64_t gc_total_pause_ns(const GcHeap *heap);

#endif
