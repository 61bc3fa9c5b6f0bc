/*
 * internal.h - what the collector's files share: the heap's memory
 * (segments, large objects, free ranges), mark state, statistics.
 *
 * Today's collector is a non-moving mark-sweep (docs/gc.md): the heap is a
 * list of segments filled by bump allocation, and a sweep turns runs of
 * dead objects into free objects, so every segment stays *walkable*: from
 * its start, object after object (each one's size read from its
 * MethodTable) up to its frontier. Walkability is what lets an interior or
 * conservative pointer be resolved to the object that holds it.
 */
#ifndef LUCID_GC_INTERNAL_H
#define LUCID_GC_INTERNAL_H

#include "gc/gc.h"

#define GC_SEGMENT_SIZE (4u * 1024u * 1024u)
#define GC_QUANTUM (8u * 1024u)     /* bytes handed to an allocation context at a time */
#define GC_MIN_OBJECT 16u           /* the smallest object, and the smallest free object */
#define GC_FREE_RANGE_MIN 256u      /* a swept gap smaller than this is left as fragmentation */
#define GC_MIN_BUDGET (4u * 1024u * 1024u)

/* One bit per 8-byte granule of a segment. */
#define GC_GRANULE 8u

typedef struct GcSegment {
    struct GcSegment *next;
    uint8_t *start, *end;
    uint8_t *frontier;      /* objects are in [start, frontier); beyond is unused */
    uint64_t *start_bits;   /* set where an object starts; rebuilt by each collection's walk */
    size_t bitmap_words;
} GcSegment;

/* Objects of GC_LARGE_OBJECT_SIZE bytes or more: one allocation each,
 * kept sorted by address so a pointer can be resolved by binary search. */
typedef struct GcLarge {
    GcObject **objects;
    uint32_t count, capacity;
    bool sorted;
} GcLarge;

/* The mark bit is the low bit of an object's MethodTable pointer (as in
 * CoreCLR): MethodTables are aligned, so the bit is free, and marking needs
 * no look-up of which segment holds the object. */
static inline bool gc_is_marked(const GcObject *object) {
    return (uintptr_t)object->type & 1u;
}
static inline LdMethodTable *gc_type_of(const GcObject *object) {
    return (LdMethodTable *)((uintptr_t)object->type & ~(uintptr_t)1u);
}

/* A gap a sweep found, for allocation contexts to be handed out of. */
typedef struct GcFreeRange {
    uint8_t *start, *end;
} GcFreeRange;

typedef struct GcStats {
    uint32_t collections;
    uint64_t bytes_before, bytes_after; /* of the last collection */
    uint64_t pause_ns;                  /* of the last collection */
} GcStats;

struct GcHeap {
    const char *name;
    bool collects; /* false for the zero collector */
    GcConfig config;

    GcSegment *segments;  /* newest first; allocation bumps in the first */
    GcLarge large;
    GcFreeRange *free_ranges;
    uint32_t free_count, free_capacity, free_cursor;

    /* Every allocation context that has been handed memory: the collector
     * makes their unused tails walkable before it walks the heap. */
    GcAllocContext **contexts;
    uint32_t context_count, context_capacity;

    /* Objects whose type has a finalizer. Until finalization exists they
     * are kept alive (docs/gc.md says why). */
    GcObject **finalizable;
    uint32_t finalizable_count, finalizable_capacity;

    uint64_t min_budget;        /* DOTNET_GCgen0size, or GC_MIN_BUDGET */
    uint64_t budget;            /* bytes to hand out before the next collection */
    uint64_t since_collection;  /* bytes handed out since the last one */
    uint64_t live_bytes;        /* after the last collection */
    uint64_t total_handed;      /* every byte ever handed out */
    int stress;                 /* LUCID_GCStress: 1 = collect at every allocation */
    bool log;                   /* LUCID_GCLog */
    bool in_collection;

    GcObject **mark_stack;
    size_t mark_count, mark_capacity;

    GcStats stats;
};

/* The filler every gap is made of: its size is kept in the sync word. */
extern LdMethodTable gc_free_type;

/* segment.c */
void *gc_grow(void *items, uint32_t *capacity, uint32_t count, size_t element_size, uint32_t initial);
GcSegment *gc_segment_new(size_t at_least);
void gc_segment_free(GcSegment *segment);
void gc_make_free(uint8_t *start, size_t size);
size_t gc_object_size(const GcObject *object);
bool gc_build_start_bits(GcHeap *heap, char *problem, size_t size);
GcObject *gc_find_object(GcHeap *heap, const void *address, bool *large);
uint8_t *gc_take(GcHeap *heap, size_t need, size_t want, bool exact, size_t *got);
bool gc_large_add(GcHeap *heap, GcObject *object);
void gc_large_sort(GcHeap *heap);

static inline size_t gc_granule_of(const GcSegment *segment, const void *address) {
    return (size_t)((const uint8_t *)address - segment->start) / GC_GRANULE;
}
static inline bool gc_bit(const uint64_t *bits, size_t index) {
    return (bits[index / 64] >> (index % 64)) & 1;
}
static inline void gc_set_bit(uint64_t *bits, size_t index) {
    bits[index / 64] |= (uint64_t)1 << (index % 64);
}

/* mark.c */
void gc_mark_and_sweep(GcHeap *heap);
_Noreturn void gc_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
