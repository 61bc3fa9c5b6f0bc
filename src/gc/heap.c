/*
 * heap.c - the heap's memory: one reservation of address space cut into
 * units, regions made of units, the card table and generation table the
 * write barrier reads, free lists, and the walk that resolves any address
 * to the object holding it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gc/internal.h"

GcBarrier gc_barrier;

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
    size = (size + GC_ALIGNMENT - 1) & ~(size_t)(GC_ALIGNMENT - 1);
    return size < GC_MIN_OBJECT ? GC_MIN_OBJECT : size;
}

/* The collector's growable arrays (contexts, finalizable objects, free
 * ranges): the array with room for one more element, doubled when full, or
 * NULL (the old array intact) when memory runs out. */
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
/* The reservation                                                    */
/* ------------------------------------------------------------------ */

/* Address space only: units are made readable when a region takes them.
 * The card table is as big as the reservation needs, and untouched pages
 * of it cost nothing. */
static bool reserve(GcHeap *heap, size_t size) {
    size_t units = size >> GC_UNIT_SHIFT, card_bytes = size >> GC_BARRIER_CARD_SHIFT;
    void *base = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    void *cards = mmap(NULL, card_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    heap->unit_region = calloc(units, sizeof *heap->unit_region);
    heap->generation_of = calloc(units, 1);
    if (base == MAP_FAILED || cards == MAP_FAILED || !heap->unit_region || !heap->generation_of) {
        if (base != MAP_FAILED)
            munmap(base, size);
        if (cards != MAP_FAILED)
            munmap(cards, card_bytes);
        free(heap->unit_region);
        free(heap->generation_of);
        heap->unit_region = NULL;
        heap->generation_of = NULL;
        return false;
    }
    heap->base = base;
    heap->cards = cards;
    heap->reservation = size;
    heap->unit_count = units;
    gc_barrier = (GcBarrier){(uintptr_t)base, size, heap->generation_of, heap->cards};
    return true;
}

bool gc_reserve(GcHeap *heap) {
    for (size_t size = GC_RESERVATION_MOST; size >= GC_RESERVATION_LEAST; size /= 2)
        if (reserve(heap, size))
            return true;
    return false;
}

void gc_unreserve(GcHeap *heap) {
    if (!heap->base)
        return;
    for (size_t i = 0; i < heap->unit_count;) {
        GcRegion *region = heap->unit_region[i];
        if (!region) {
            i++;
            continue;
        }
        i += region->units;
        free(region->start_bits);
        free(region);
    }
    munmap(heap->base, heap->reservation);
    munmap(heap->cards, heap->reservation >> GC_BARRIER_CARD_SHIFT);
    free(heap->unit_region);
    free(heap->generation_of);
    if (gc_barrier.base == (uintptr_t)heap->base)
        gc_barrier = (GcBarrier){0};
}

/* ------------------------------------------------------------------ */
/* Regions                                                            */
/* ------------------------------------------------------------------ */

static bool find_units(GcHeap *heap, uint32_t units, uint32_t *first) {
    for (int pass = 0; pass < 2; pass++) {
        uint32_t from = pass ? 0 : heap->unit_hint, run = 0;
        for (uint32_t i = from; i < heap->unit_count; i++) {
            run = heap->unit_region[i] ? 0 : run + 1;
            if (run == units) {
                *first = i + 1 - units;
                return true;
            }
        }
    }
    return false;
}

void gc_region_set_generation(GcHeap *heap, GcRegion *region, int generation) {
    region->generation = (uint8_t)generation;
    size_t unit = (size_t)(region->start - heap->base) >> GC_UNIT_SHIFT;
    memset(heap->generation_of + unit, generation, region->units);
}

GcRegion *gc_region_new(GcHeap *heap, GcRegionKind kind, int generation, size_t at_least) {
    uint32_t units = (uint32_t)((at_least + GC_UNIT_SIZE - 1) >> GC_UNIT_SHIFT);
    if (!units)
        units = 1;
    if (units == 1 && heap->spare_count) {
        GcRegion *region = heap->spare[--heap->spare_count];
        memset(region->start_bits, 0, region->bitmap_words * sizeof *region->start_bits);
        *region = (GcRegion){.start = region->start, .end = region->end, .frontier = region->start,
                             .start_bits = region->start_bits, .bitmap_words = region->bitmap_words, .units = 1,
                             .kind = (uint8_t)kind};
        gc_region_set_generation(heap, region, generation);
        return region;
    }
    uint32_t first;
    if (!find_units(heap, units, &first))
        return NULL;
    size_t size = (size_t)units << GC_UNIT_SHIFT;
    uint8_t *start = heap->base + ((size_t)first << GC_UNIT_SHIFT);
    GcRegion *region = calloc(1, sizeof *region);
    size_t words = (size / GC_GRANULE + 63) / 64;
    uint64_t *bits = calloc(words, sizeof *bits);
    if (!region || !bits || mprotect(start, size, PROT_READ | PROT_WRITE) != 0) {
        free(region);
        free(bits);
        return NULL;
    }
    region->start = region->frontier = start;
    region->end = start + size;
    region->start_bits = bits;
    region->bitmap_words = words;
    region->units = units;
    region->kind = (uint8_t)kind;
    for (uint32_t i = 0; i < units; i++)
        heap->unit_region[first + i] = region;
    gc_region_set_generation(heap, region, generation);
    heap->unit_hint = first + units;
    return region;
}

/* The memory goes back to the system (it reads as zero when a region takes
 * the units again) and the units become free address space; a few
 * one-unit regions are kept as they are, to save the system calls. */
void gc_region_release(GcHeap *heap, GcRegion *region) {
    size_t size = (size_t)(region->end - region->start);
    size_t first = (size_t)(region->start - heap->base) >> GC_UNIT_SHIFT;
    gc_clear_cards(heap, region->start, region->end);
    if (region->units == 1 && heap->spare_count < GC_SPARE_REGIONS) {
        /* Kept whole, units and memory: the next region is likely this size.
         * Empty for every look-up meanwhile: a stale conservative word must
         * not find its old objects there. */
        region->frontier = region->start;
        gc_region_set_generation(heap, region, 0);
        heap->spare[heap->spare_count++] = region;
        return;
    }
    madvise(region->start, size, MADV_DONTNEED);
    mprotect(region->start, size, PROT_NONE);
    for (uint32_t i = 0; i < region->units; i++)
        heap->unit_region[first + i] = NULL;
    memset(heap->generation_of + first, 0, region->units);
    if (first < heap->unit_hint)
        heap->unit_hint = (uint32_t)first;
    free(region->start_bits);
    free(region);
}

void gc_clear_cards(GcHeap *heap, const uint8_t *start, const uint8_t *end) {
    if (end > start)
        memset(gc_card_of(heap, start), 0, (size_t)(end - start + GC_CARD_SIZE - 1) >> GC_BARRIER_CARD_SHIFT);
}

/* ------------------------------------------------------------------ */
/* Free lists                                                         */
/* ------------------------------------------------------------------ */

bool gc_free_list_add(GcFreeList *list, uint8_t *start, uint8_t *end) {
    GcFreeRange *grown = gc_grow(list->ranges, &list->capacity, list->count, sizeof *grown, 64);
    if (!grown)
        return false; /* the gap stays a free object, only unused */
    list->ranges = grown;
    list->ranges[list->count++] = (GcFreeRange){start, end};
    return true;
}

/*
 * First fit: a block of at least `need` bytes, up to `want` (exactly
 * `need` for an exact request), or a little more when the rest of a range
 * would be too small to stay a free object. What stays free is made a free
 * object again, with its start bit, so the region stays walkable.
 */
uint8_t *gc_free_list_take(GcHeap *heap, GcFreeList *list, size_t need, size_t want, bool exact, size_t *got) {
    for (uint32_t i = list->cursor; i < list->count; i++) {
        GcFreeRange *range = &list->ranges[i];
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
        if (rest) {
            gc_make_free(range->start, rest);
            GcRegion *region = gc_region_of(heap, range->start);
            gc_set_bit(region->start_bits, gc_granule_of(region, range->start));
        }
        while (list->cursor < list->count && list->ranges[list->cursor].end - list->ranges[list->cursor].start <
                                                 (ptrdiff_t)GC_MIN_OBJECT)
            list->cursor++;
        *got = n;
        return block;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Walking                                                            */
/* ------------------------------------------------------------------ */

/* Walks a region, recording where objects start and checking that the
 * walk holds together: the heap verifier for free. */
bool gc_walk_region(GcRegion *region, char *problem, size_t size) {
    memset(region->start_bits, 0, region->bitmap_words * sizeof *region->start_bits);
    for (uint8_t *p = region->start; p < region->frontier;) {
        const GcObject *object = (const GcObject *)p;
        if (!object->type) {
            snprintf(problem, size, "object at %p has no type", (void *)p);
            return false;
        }
        size_t object_size = gc_object_size(object);
        if (object_size > (size_t)(region->frontier - p)) {
            snprintf(problem, size, "object at %p has size %zu, past its region", (void *)p, object_size);
            return false;
        }
        gc_set_bit(region->start_bits, gc_granule_of(region, p));
        p += object_size;
    }
    return true;
}

GcRegion *gc_region_of(const GcHeap *heap, const void *address) {
    if (!gc_in_heap(heap, address))
        return NULL;
    return heap->unit_region[((uintptr_t)address - (uintptr_t)heap->base) >> GC_UNIT_SHIFT];
}

/* The object that holds `address` (a conservative or interior pointer),
 * or NULL if it points into no object. Needs the region's start bits to
 * be current. Free objects hold nothing. */
GcObject *gc_find_object(GcHeap *heap, const void *address) {
    const uint8_t *a = address;
    GcRegion *region = gc_region_of(heap, a);
    if (!region || a >= region->frontier)
        return NULL;
    size_t granule = gc_granule_of(region, a);
    size_t word = granule / 64;
    uint64_t bits = region->start_bits[word] & (~(uint64_t)0 >> (63 - granule % 64));
    while (!bits && word > 0)
        bits = region->start_bits[--word];
    if (!bits)
        return NULL;
    GcObject *object = (GcObject *)(region->start + (word * 64 + (63 - (size_t)__builtin_clzll(bits))) * GC_GRANULE);
    if (gc_type_of(object) == &gc_free_type || a >= (const uint8_t *)object + gc_object_size(object))
        return NULL;
    return object;
}

/* The object (or free object) that covers `address`, which the region's
 * objects reach. */
uint8_t *gc_object_covering(GcRegion *region, const void *address) {
    size_t granule = gc_granule_of(region, address);
    size_t word = granule / 64;
    uint64_t bits = region->start_bits[word] & (~(uint64_t)0 >> (63 - granule % 64));
    while (!bits && word > 0)
        bits = region->start_bits[--word];
    if (!bits)
        gc_fatal("no object starts before %p in its region", address);
    return region->start + (word * 64 + (63 - (size_t)__builtin_clzll(bits))) * GC_GRANULE;
}

/* ------------------------------------------------------------------ */
/* An object's references                                             */
/* ------------------------------------------------------------------ */

static void series_slots(GcHeap *heap, GcObject *holder, uint8_t *data, const LdMethodTable *type,
                         const uint8_t *low, const uint8_t *high, GcSlotVisitor visit) {
    for (uint32_t i = 0; i < type->gc_series_count; i++) {
        GcObject **slot = (GcObject **)(data + type->gc_series[i].offset);
        for (uint32_t k = 0; k < type->gc_series[i].count; k++)
            if ((const uint8_t *)&slot[k] >= low && (const uint8_t *)&slot[k] < high)
                visit(heap, holder, &slot[k]);
    }
}

void gc_object_slots(GcHeap *heap, GcObject *object, const uint8_t *low, const uint8_t *high, GcSlotVisitor visit) {
    const LdMethodTable *type = gc_type_of(object);
    if (!(type->flags & LD_MT_CONTAINS_REFS))
        return;
    uint8_t *base = (uint8_t *)object;
    if (type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY) {
        uint64_t length = *(const uint64_t *)(base + LD_ARRAY_LENGTH_OFFSET);
        uint8_t *elements = base + type->base_size;
        uint64_t first = 0, last = length;
        if (high <= elements)
            return;
        /* Only the elements that overlap [low, high): a card of a large array. */
        if (low > elements)
            first = (uint64_t)(low - elements) / type->component_size;
        if (high < elements + length * type->component_size)
            last = (uint64_t)(high - elements) / type->component_size + 1;
        if (last > length)
            last = length;
        for (uint64_t i = first; i < last; i++)
            series_slots(heap, object, elements + i * type->component_size, type, low, high, visit);
        return;
    }
    series_slots(heap, object, base + LD_OBJECT_HEADER_SIZE, type, low, high, visit);
}
