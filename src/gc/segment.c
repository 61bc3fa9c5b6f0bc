/*
 * segment.c - the heap's memory: segments filled by bump allocation, the
 * free ranges a sweep leaves in them, large objects, and the walk that
 * resolves any address to the object holding it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gc/internal.h"

/* Free objects are arrays of nothing: the sync word holds their size, so
 * the walk can step over them like over any object. */
LdMethodTable gc_free_type = {.base_size = GC_MIN_OBJECT, .klass = NULL};

void gc_make_free(uint8_t *start, size_t size) {
    GcObject *filler = (GcObject *)start;
    filler->type = &gc_free_type;
    filler->sync = size;
}

size_t gc_object_size(const GcObject *object) {
    const LdMethodTable *type = gc_type_of(object);
    if (type == &gc_free_type)
        return object->sync;
    size_t size = type->base_size;
    if (type->component_size) {
        const uint8_t *base = (const uint8_t *)object;
        uint64_t count = type->flags & LD_MT_STRING ? (uint64_t)*(const uint32_t *)(base + LD_STRING_LENGTH_OFFSET)
                                                    : *(const uint64_t *)(base + LD_ARRAY_LENGTH_OFFSET);
        size += count * type->component_size;
    }
    return (size + GC_ALIGNMENT - 1) & ~(size_t)(GC_ALIGNMENT - 1);
}

/* The collector's growable arrays (contexts, finalizable objects, large
 * objects, free ranges): the array with room for one more element, doubled
 * when full, or NULL (the old array intact) when memory runs out. */
void *gc_grow(void *items, uint32_t *capacity, uint32_t count, size_t element_size, uint32_t initial) {
    if (count < *capacity)
        return items;
    uint32_t grown_capacity = *capacity ? *capacity * 2 : initial;
    void *grown = realloc(items, grown_capacity * element_size);
    if (grown)
        *capacity = grown_capacity;
    return grown;
}

/* ------------------------------------------------------------------ */
/* Segments                                                           */
/* ------------------------------------------------------------------ */

GcSegment *gc_segment_new(size_t at_least) {
    size_t size = at_least > GC_SEGMENT_SIZE ? at_least : GC_SEGMENT_SIZE;
    size_t words = (size / GC_GRANULE + 63) / 64;
    GcSegment *segment = calloc(1, sizeof *segment);
    uint64_t *bits = calloc(words, sizeof *bits);
    void *memory = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (!segment || !bits || memory == MAP_FAILED) {
        free(segment);
        free(bits);
        if (memory != MAP_FAILED)
            munmap(memory, size);
        return NULL;
    }
    segment->start = segment->frontier = memory;
    segment->end = segment->start + size;
    segment->start_bits = bits;
    segment->bitmap_words = words;
    return segment;
}

void gc_segment_free(GcSegment *segment) {
    munmap(segment->start, (size_t)(segment->end - segment->start));
    free(segment->start_bits);
    free(segment);
}

/*
 * A zeroed block of at least `need` bytes: from a free range a sweep left,
 * else from the frontier of a segment, else from a new segment. An exact
 * request gets exactly `need`; otherwise up to `want`, or a little more
 * when the rest of a free range would be too small to stay a free object.
 */
static uint8_t *take_free_range(GcHeap *heap, size_t need, size_t want, bool exact, size_t *got) {
    for (uint32_t i = heap->free_cursor; i < heap->free_count; i++) {
        GcFreeRange *range = &heap->free_ranges[i];
        size_t available = (size_t)(range->end - range->start);
        if (available < need)
            continue;
        size_t n = available < want ? available : want;
        size_t rest = available - n;
        if (rest && rest < GC_MIN_OBJECT) {
            if (exact)
                continue;
            n = available;
            rest = 0;
        }
        uint8_t *block = range->start;
        range->start += n;
        if (rest) /* what stays free must stay walkable */
            gc_make_free(range->start, rest);
        if (rest < GC_FREE_RANGE_MIN)
            range->start = range->end; /* too small to hand out: left as fragmentation */
        while (heap->free_cursor < heap->free_count &&
               heap->free_ranges[heap->free_cursor].start == heap->free_ranges[heap->free_cursor].end)
            heap->free_cursor++;
        *got = n;
        return block;
    }
    return NULL;
}

static uint8_t *take_frontier(GcHeap *heap, size_t need, size_t want, size_t *got) {
    for (GcSegment *segment = heap->segments; segment; segment = segment->next) {
        size_t available = (size_t)(segment->end - segment->frontier);
        if (available < need)
            continue;
        size_t n = available < want ? available : want;
        uint8_t *block = segment->frontier;
        segment->frontier += n; /* beyond the frontier nothing is walked: no filler needed */
        *got = n;
        return block;
    }
    GcSegment *segment = gc_segment_new(want);
    if (!segment)
        return NULL;
    segment->next = heap->segments;
    heap->segments = segment;
    segment->frontier += want;
    *got = want;
    return segment->start;
}

uint8_t *gc_take(GcHeap *heap, size_t need, size_t want, bool exact, size_t *got) {
    if (want < need)
        want = need;
    uint8_t *block = take_free_range(heap, need, want, exact, got);
    if (!block)
        block = take_frontier(heap, need, exact ? need : want, got);
    if (block) {
        memset(block, 0, *got);
        heap->since_collection += *got;
        heap->total_handed += *got;
    }
    return block;
}

/* ------------------------------------------------------------------ */
/* Large objects                                                      */
/* ------------------------------------------------------------------ */

bool gc_large_add(GcHeap *heap, GcObject *object) {
    GcLarge *large = &heap->large;
    GcObject **grown = gc_grow(large->objects, &large->capacity, large->count, sizeof *grown, 16);
    if (!grown)
        return false;
    large->objects = grown;
    large->objects[large->count++] = object;
    large->sorted = false;
    return true;
}

static int compare_addresses(const void *a, const void *b) {
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

void gc_large_sort(GcHeap *heap) {
    if (!heap->large.sorted && heap->large.count > 1)
        qsort(heap->large.objects, heap->large.count, sizeof *heap->large.objects, compare_addresses);
    heap->large.sorted = true;
}

static GcObject *find_large(GcHeap *heap, const uint8_t *address) {
    gc_large_sort(heap);
    uint32_t low = 0, high = heap->large.count;
    while (low < high) { /* the first object after address */
        uint32_t middle = low + (high - low) / 2;
        if ((const uint8_t *)heap->large.objects[middle] <= address)
            low = middle + 1;
        else
            high = middle;
    }
    if (!low)
        return NULL;
    GcObject *object = heap->large.objects[low - 1];
    return address < (const uint8_t *)object + gc_object_size(object) ? object : NULL;
}

/* ------------------------------------------------------------------ */
/* Walking                                                            */
/* ------------------------------------------------------------------ */

/* Walks every segment, recording where objects start and checking that
 * the walk holds together: the heap verifier for free. */
bool gc_build_start_bits(GcHeap *heap, char *problem, size_t size) {
    for (GcSegment *segment = heap->segments; segment; segment = segment->next) {
        memset(segment->start_bits, 0, segment->bitmap_words * sizeof *segment->start_bits);
        for (uint8_t *p = segment->start; p < segment->frontier;) {
            const GcObject *object = (const GcObject *)p;
            if (!object->type) {
                snprintf(problem, size, "object at %p has no type", (void *)p);
                return false;
            }
            size_t object_size = gc_object_size(object);
            if (object_size < GC_MIN_OBJECT || object_size > (size_t)(segment->frontier - p)) {
                snprintf(problem, size, "object at %p has size %zu, past its segment", (void *)p, object_size);
                return false;
            }
            gc_set_bit(segment->start_bits, gc_granule_of(segment, p));
            p += object_size;
        }
    }
    return true;
}

static GcSegment *segment_of(GcHeap *heap, const uint8_t *address) {
    for (GcSegment *segment = heap->segments; segment; segment = segment->next)
        if (address >= segment->start && address < segment->frontier)
            return segment;
    return NULL;
}

/* The object that holds `address` (a conservative or interior pointer),
 * or NULL if it points into no object. Needs the start bits of this
 * collection. Free objects hold nothing. */
GcObject *gc_find_object(GcHeap *heap, const void *address, bool *large) {
    const uint8_t *a = address;
    *large = false;
    GcSegment *segment = segment_of(heap, a);
    if (!segment) {
        GcObject *object = heap->large.count ? find_large(heap, a) : NULL;
        *large = object != NULL;
        return object;
    }
    size_t granule = gc_granule_of(segment, a);
    size_t word = granule / 64;
    uint64_t bits = segment->start_bits[word] & (~(uint64_t)0 >> (63 - granule % 64));
    while (!bits && word > 0)
        bits = segment->start_bits[--word];
    if (!bits)
        return NULL;
    GcObject *object = (GcObject *)(segment->start + (word * 64 + (63 - (size_t)__builtin_clzll(bits))) * GC_GRANULE);
    if (gc_type_of(object) == &gc_free_type || a >= (const uint8_t *)object + gc_object_size(object))
        return NULL;
    return object;
}
