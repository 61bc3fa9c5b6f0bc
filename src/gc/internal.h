/*
 * internal.h - what the collector's files share: the heap's address space
 * cut into regions, generations and their budgets, the card table, mark
 * state, statistics.
 *
 * The heap is one reservation of address space cut into 256 KB *units*
 * (docs/gc.md). A *region* is one or more adjacent units with one purpose:
 * small objects of one generation (gen0, gen1 or gen2), large objects
 * (85,000 bytes or more) or pinned objects. A region's generation is one
 * byte in a table indexed by unit, which is what the write barrier reads
 * (as .NET 7's regions barrier does): a store dirties a card only when it
 * makes an older object point at a younger one.
 *
 * Every region is *walkable*: from its start to its frontier it holds
 * objects and free objects (fillers whose sync word holds their size).
 * Each region keeps a bitmap of where objects start, which resolves an
 * interior or conservative pointer, and finds the first object of a dirty
 * card. Old regions' bitmaps are kept by the collector (only it writes
 * there); gen0's are rebuilt by a walk at the start of each collection.
 */
#ifndef LUCID_GC_INTERNAL_H
#define LUCID_GC_INTERNAL_H

#include <pthread.h>

#include "gc/gc.h"

#define GC_UNIT_SHIFT GC_BARRIER_UNIT_SHIFT
#define GC_UNIT_SIZE ((size_t)1 << GC_UNIT_SHIFT)
/* Address space; only what is touched costs memory. The most is tried
 * first, halved down to the least when the process's address space is
 * capped (ulimit -v): heap->reservation says what was had. */
#define GC_RESERVATION_MOST ((size_t)32 << 30)
#define GC_RESERVATION_LEAST ((size_t)256 << 20)
#define GC_CARD_SIZE ((size_t)1 << GC_BARRIER_CARD_SHIFT)
#define GC_UOH_REGION_UNITS 32u /* large-object regions are 8 MB (or as big as their object) */

#define GC_SPARE_REGIONS 32u /* a gen0 budget of 8 MB reuses its memory without faulting it in again */

#define GC_QUANTUM (8u * 1024u)     /* bytes handed to an allocation context at a time */
#define GC_MIN_OBJECT 16u           /* the smallest object, and the smallest free object */
#define GC_FREE_RANGE_MIN 256u      /* a swept gen0 gap smaller than this is left as fragmentation */
#define GC_GEN0_MAX_BUDGET (6u * 1024u * 1024u)
#define GC_GENERATIONS 3
#define GC_MAX_GENERATION 2

/* One bit per 8-byte granule of a region. */
#define GC_GRANULE 8u

typedef enum GcRegionKind {
    GC_REGION_SMALL,  /* objects under 85,000 bytes, of the region's generation */
    GC_REGION_LARGE,  /* the large object heap: logically gen2, swept, never moved */
    GC_REGION_PINNED, /* the pinned object heap: logically gen2, swept, never moved */
} GcRegionKind;

typedef struct GcRegion {
    struct GcRegion *next; /* in its generation's (or space's) list */
    uint8_t *start, *end;
    uint8_t *frontier;      /* objects are in [start, frontier); beyond is unused (zeroed when handed out) */
    uint64_t *start_bits;   /* set where an object (or free object) starts */
    size_t bitmap_words;
    uint32_t units;
    uint8_t kind;           /* GcRegionKind */
    uint8_t generation;
    uint8_t age;            /* gen0 collections survived without promotion */
    bool pinned;            /* this collection: a pinned root points into it, so it cannot move */
    bool evacuated;         /* this collection: its survivors were copied out; forwarding in their sync words */
    bool relocate;          /* this collection: every object of it gets its references relocated */
    uint64_t marked_bytes;  /* this collection: what marking found alive in it */
    uint64_t live_bytes;    /* objects that survived the last sweep of this region */
} GcRegion;

/* A gap a sweep found, for allocation to be served from. */
typedef struct GcFreeRange {
    uint8_t *start, *end;
} GcFreeRange;

typedef struct GcFreeList {
    GcFreeRange *ranges;
    uint32_t count, capacity, cursor;
} GcFreeList;

/* A generation's dynamic data (CoreCLR's dynamic_data): its budget, spent
 * by allocation (gen0) or by what is promoted into it (gen1, gen2, which
 * large and pinned allocations spend too); what its last collection saw. */
typedef struct GcGeneration {
    GcRegion *regions;     /* small-object regions of this generation */
    int64_t budget;        /* what the last collection of it allowed */
    int64_t remaining;     /* a collection of it is due when this goes negative */
    uint64_t min_budget, max_budget;
    uint64_t size;         /* bytes of objects in it, as of the last collection */
    uint64_t begin_size;   /* its size when the last collection of it began */
    uint64_t survived;     /* what survived the last collection of it */
    uint32_t collections;  /* collections of this generation exactly */
} GcGeneration;

/* The large and the pinned object heaps: regions allocated into object
 * by object, first from a free list the last gen2 sweep made. */
typedef struct GcUoh {
    GcRegion *regions;
    GcFreeList free;
    uint8_t kind;
    uint64_t size; /* bytes of objects in it */
} GcUoh;

/* A growable array of object pointers. */
typedef struct GcObjectList {
    GcObject **items;
    uint32_t count, capacity;
} GcObjectList;

/* Finalization's lists (CoreCLR's CFinalize, as separate arrays): the
 * registered objects of each generation, so an ephemeral collection looks
 * only at its own; and the queues of objects found dead, waiting for the
 * finalizer thread, read from `head` on. */
typedef struct GcFinalization {
    GcObjectList registered[GC_GENERATIONS];
    GcObjectList ready, ready_critical;
    uint32_t ready_head, ready_critical_head;
    bool queued;                 /* this collection made something ready */
    void (*notify)(void *data);
    void *notify_data;
} GcFinalization;

/* One handle: index << GC_HANDLE_TYPE_BITS | type. Free entries are
 * chained through next_free; index 0 is never used, so no handle is 0. */
typedef struct GcHandleEntry {
    GcObject *target;
    GcObject *secondary;   /* dependent handles */
    uint32_t next_free;
    uint8_t type;
    bool used;
} GcHandleEntry;

typedef struct GcHandleTable {
    GcHandleEntry *entries;
    uint32_t count, capacity;
    uint32_t free_head;    /* 0: none */
    uint32_t live;         /* used entries */
} GcHandleTable;

/* The mark bit is the low bit of an object's MethodTable pointer (as in
 * CoreCLR): MethodTables are aligned, so the bit is free, and marking needs
 * no look-up of which region holds the object. */
static inline bool gc_is_marked(const GcObject *object) {
    return (uintptr_t)object->type & 1u;
}
static inline LdMethodTable *gc_type_of(const GcObject *object) {
    return (LdMethodTable *)((uintptr_t)object->type & ~(uintptr_t)1u);
}

struct GcHeap {
    const char *name;
    bool collects; /* false for the zero collector */
    GcConfig config;

    uint8_t *base;              /* the reservation */
    size_t reservation;         /* its bytes */
    size_t unit_count;          /* reservation >> GC_UNIT_SHIFT */
    GcRegion **unit_region;     /* each unit's region, or NULL */
    uint8_t *cards;             /* one byte per GC_CARD_SIZE bytes of the reservation */
    uint8_t *generation_of;     /* one byte per unit: what the barrier reads */
    uint32_t unit_hint;         /* where to look for free units first */
    GcRegion *spare[GC_SPARE_REGIONS]; /* empty one-unit regions kept committed for reuse */
    uint32_t spare_count;

    GcGeneration generations[GC_GENERATIONS];
    GcRegion *alloc_region;     /* the gen0 region quanta are cut from */
    GcFreeList gen0_free;       /* gaps in gen0 regions a non-promoting sweep left */
    GcUoh large, pinned;

    /* Every allocation context that has been handed memory: the collector
     * makes their unused tails walkable before it walks the heap. */
    GcAllocContext **contexts;
    uint32_t context_count, context_capacity;

    GcFinalization finalization;
    GcHandleTable handles;
    pthread_mutex_t handle_lock; /* handles are made and freed by any thread; the collector holds it too */
    GcObjectList ephemeron_arrays; /* registered, held weakly */
    LdMethodTable *ephemeron_type; /* their type: marking skips their elements */
    GcObject *ephemeron_tombstone; /* what replaces a dead key; a root */

    uint64_t gen0_allocated;    /* handed out to gen0 since the last collection */
    uint64_t uoh_allocated;     /* large and pinned bytes since the last gen2 collection */
    uint64_t total_allocated;   /* every byte ever handed out */
    int stress;                 /* LUCID_GCStress: 1 = collect at every allocation */
    bool log;                   /* LUCID_GCLog */
    bool verify;                /* LUCID_HeapVerify */
    bool in_collection;

    /* The collection in progress. */
    int condemned;              /* the oldest generation being collected */
    bool promotion;             /* survivors move up a generation */
    bool promotion_certain;     /* known before marking (else decided after it) */
    uint64_t promoted_bytes;
    bool compact_forced;        /* LUCID_GCStress or DOTNET_GCForceCompact: every condemned generation moves */
    GcRegion *evacuated;        /* regions whose survivors were copied out, released after relocation */
    GcRegion *planned;          /* regions the survivors were copied to, joined to their generations by the sweep */
    bool compact_large_once;    /* the next full collection compacts the large object heap */
    GcRegion *planned_large;    /* large-object regions objects were copied to, joined to the LOH by the sweep */
    GcRegion *destination[GC_GENERATIONS]; /* where copies of survivors bound for each generation go */
    uint64_t compacted_bytes;   /* copied by this collection */
    uint32_t compactions;       /* collections that moved objects */
    GcObject **mark_stack;
    size_t mark_count, mark_capacity;

    GcCollectionInfo last;
    uint64_t total_pause_ns;
    uint32_t collection_count;
};

/* The filler every gap is made of: its size is kept in the sync word. */
extern LdMethodTable gc_free_type;

/* heap.c: the reservation, regions, cards, walking */
bool gc_reserve(GcHeap *heap);
void gc_unreserve(GcHeap *heap);
void *gc_grow(void *items, uint32_t *capacity, uint32_t count, size_t element_size, uint32_t initial);
GcRegion *gc_region_new(GcHeap *heap, GcRegionKind kind, int generation, size_t at_least);
void gc_region_release(GcHeap *heap, GcRegion *region);
void gc_region_set_generation(GcHeap *heap, GcRegion *region, int generation);
void gc_make_free(uint8_t *start, size_t size);
size_t gc_object_size(const GcObject *object);
bool gc_walk_region(GcRegion *region, char *problem, size_t size);
GcRegion *gc_region_of(const GcHeap *heap, const void *address);
GcObject *gc_find_object(GcHeap *heap, const void *address);
uint8_t *gc_object_covering(GcRegion *region, const void *address);
void gc_clear_cards(GcHeap *heap, const uint8_t *start, const uint8_t *end);
bool gc_free_list_add(GcFreeList *list, uint8_t *start, uint8_t *end);
uint8_t *gc_free_list_take(GcHeap *heap, GcFreeList *list, size_t need, size_t want, bool exact, size_t *got);

static inline size_t gc_granule_of(const GcRegion *region, const void *address) {
    return (size_t)((const uint8_t *)address - region->start) / GC_GRANULE;
}
static inline bool gc_bit(const uint64_t *bits, size_t index) {
    return (bits[index / 64] >> (index % 64)) & 1;
}
static inline void gc_set_bit(uint64_t *bits, size_t index) {
    bits[index / 64] |= (uint64_t)1 << (index % 64);
}
static inline bool gc_in_heap(const GcHeap *heap, const void *address) {
    return (uintptr_t)address - (uintptr_t)heap->base < heap->reservation;
}
static inline uint8_t *gc_card_of(const GcHeap *heap, const void *address) {
    return heap->cards + (((uintptr_t)address - (uintptr_t)heap->base) >> GC_BARRIER_CARD_SHIFT);
}
static inline int gc_generation_at(const GcHeap *heap, const void *address) {
    return heap->generation_of[((uintptr_t)address - (uintptr_t)heap->base) >> GC_UNIT_SHIFT];
}

/* Each reference slot of an object that lies in [low, high): the object's
 * GC series, once for an object, once per element for an array. */
typedef void (*GcSlotVisitor)(GcHeap *heap, GcObject *holder, GcObject **slot);
void gc_object_slots(GcHeap *heap, GcObject *object, const uint8_t *low, const uint8_t *high, GcSlotVisitor visit);
/* Each run of a region's dirty cards: the cards cleaned, then every
 * reference slot in the run visited; after_run (if any) after each run.
 * A visitor dirties a card again if it must stay dirty (mark.c). */
void gc_visit_dirty_cards(GcHeap *heap, GcRegion *region, GcSlotVisitor visit, void (*after_run)(GcHeap *heap));

/* gc.c: a collection with a given reason ("alloc_soh" lets a gen0
 * collection keep its few survivors in gen0; "induced" always promotes). */
void gc_collect_for(GcHeap *heap, int generation, const char *reason);

/* mark.c */
void gc_mark_phase(GcHeap *heap);
_Noreturn void gc_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* finalize.c */
bool gc_list_add(GcObjectList *list, GcObject *object);
bool gc_finalization_register(GcHeap *heap, GcObject *object);
void gc_finalization_mark_ready(GcHeap *heap, void (*mark)(GcHeap *heap, GcObject *object));
uint32_t gc_finalization_scan(GcHeap *heap);
void gc_finalization_relocate(GcHeap *heap, GcObject *(*moved)(GcHeap *heap, GcObject *object));
void gc_finalization_free(GcHeap *heap);

/* handles.c: the engine-facing API, and the collector's passes over the
 * table (marking strong ones, clearing weak ones, relocating all). */
void gc_handles_visit_strong(GcHeap *heap, GcRootVisitor visit);
bool gc_handles_mark_dependents(GcHeap *heap, bool (*is_live)(GcHeap *heap, GcObject *object),
                                void (*mark)(GcHeap *heap, GcObject *object));
void gc_handles_clear_dead(GcHeap *heap, bool long_weak, bool (*is_live)(GcHeap *heap, GcObject *object));
void gc_handles_relocate(GcHeap *heap, GcObject *(*moved)(GcHeap *heap, GcObject *object));
void gc_handles_free(GcHeap *heap);

/* compact.c: the plan (compact or sweep, generation by generation, by
 * fragmentation), copying survivors out of unpinned regions, then the
 * relocation of every reference to what moved. */
void gc_plan_phase(GcHeap *heap);
void gc_relocate_phase(GcHeap *heap);

/* sweep.c */
void gc_sweep_phase(GcHeap *heap);

/* verify.c (LUCID_HeapVerify=1) */
void gc_verify_heap(GcHeap *heap, const char *when);

#endif
