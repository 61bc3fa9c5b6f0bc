/*
 * test_gc.c - the mark-sweep collector through gc.h, with hand-made
 * MethodTables and a root scanner that reports a test's own slots.
 *
 * What a collection must do: keep everything reachable from precise,
 * interior and conservative roots (contents intact), free the rest and
 * hand that memory out again, keep the heap walkable, free unreachable
 * large objects, and start on its own when the budget is spent. The zero
 * collector must never collect.
 */
#include <stdlib.h>

#include "gc/internal.h"
#include "unit.h"

/* A node: one reference (next) then an int payload. */
static LdGcSeries node_series[] = {{0, 1}};
static LdMethodTable node_type = {.base_size = 32, .flags = LD_MT_CONTAINS_REFS, .kind = LD_KIND_CLASS,
                                  .gc_series = node_series, .gc_series_count = 1};
/* int[] and object[]. */
static LdMethodTable int_array_type = {.base_size = LD_ARRAY_DATA_OFFSET, .component_size = 4,
                                       .kind = LD_KIND_SZARRAY};
static LdGcSeries ref_element[] = {{0, 1}};
static LdMethodTable ref_array_type = {.base_size = LD_ARRAY_DATA_OFFSET, .component_size = 8,
                                       .flags = LD_MT_CONTAINS_REFS, .kind = LD_KIND_SZARRAY,
                                       .gc_series = ref_element, .gc_series_count = 1};
/* An array of 24-byte structs {int tag; object a; object b}: references at 8 and 16. */
static LdGcSeries pair_element[] = {{8, 2}};
static LdMethodTable pair_array_type = {.base_size = LD_ARRAY_DATA_OFFSET, .component_size = 24,
                                        .flags = LD_MT_CONTAINS_REFS, .kind = LD_KIND_SZARRAY,
                                        .gc_series = pair_element, .gc_series_count = 1};

#define MAX_ROOTS 16
typedef struct Roots {
    GcObject *slots[MAX_ROOTS];
    uint32_t flags[MAX_ROOTS];
    uint32_t count;
} Roots;

static void scan(void *engine, GcRootVisitor visit, void *context) {
    Roots *roots = engine;
    for (uint32_t i = 0; i < roots->count; i++)
        visit(context, &roots->slots[i], roots->flags[i]);
}

static uint32_t add_root(Roots *roots, void *value, uint32_t flags) {
    roots->slots[roots->count] = value;
    roots->flags[roots->count] = flags;
    return roots->count++;
}

static GcHeap *heap_with(Roots *roots, const char *collector) {
    GcConfig config = {.collector = collector, .scan_roots = scan, .engine = roots};
    GcError error;
    GcHeap *heap = gc_create(&config, &error);
    if (!heap)
        printf("  gc_create: %s\n", error.message);
    return heap;
}

static GcObject **next_of(GcObject *node) {
    return (GcObject **)((uint8_t *)node + LD_OBJECT_HEADER_SIZE);
}
static int32_t *payload_of(GcObject *node) {
    return (int32_t *)((uint8_t *)node + LD_OBJECT_HEADER_SIZE + 8);
}

static GcObject *new_node(GcHeap *heap, GcAllocContext *context, GcObject *next, int32_t payload) {
    GcObject *node = gc_alloc(heap, context, &node_type, node_type.base_size, GC_ALLOC_CONTAINS_REFS);
    if (node) {
        gc_write_barrier(next_of(node), next);
        *payload_of(node) = payload;
    }
    return node;
}

static GcObject *new_array(GcHeap *heap, GcAllocContext *context, LdMethodTable *type, uint64_t length) {
    size_t size = type->base_size + length * type->component_size;
    GcObject *array = gc_alloc(heap, context, type, size, size >= GC_LARGE_OBJECT_SIZE ? GC_ALLOC_LARGE : 0);
    if (array)
        *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET) = length;
    return array;
}

static void test_reachable_kept_garbage_reused(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    CHECK(heap);
    if (!heap)
        return;
    CHECK_STR(gc_name(heap), "mark-sweep");
    GcAllocContext context = {0};
    /* A kept list of 1000 nodes, with 1000 garbage ones in the middle. */
    GcObject *list = NULL;
    GcObject *garbage_first = NULL;
    for (int32_t i = 0; i < 500; i++)
        list = new_node(heap, &context, list, i);
    for (int32_t i = 0; i < 1000; i++) {
        GcObject *garbage = new_node(heap, &context, NULL, -i);
        if (!garbage_first)
            garbage_first = garbage;
    }
    for (int32_t i = 500; i < 1000; i++)
        list = new_node(heap, &context, list, i);
    uint32_t root = add_root(&roots, list, 0);
    gc_collect(heap, -1);
    CHECK_EQ(gc_collection_count(heap, 0), 1);
    CHECK_EQ(gc_total_bytes(heap), 1000 * node_type.base_size);
    int32_t expected = 999, count = 0;
    for (GcObject *n = roots.slots[root]; n; n = *next_of(n), expected--, count++)
        if (*payload_of(n) != expected || n->type != &node_type)
            break;
    CHECK_EQ(count, 1000);
    /* The garbage's memory comes back: the next allocation fills the gap. */
    CHECK(new_node(heap, &context, NULL, 7) == garbage_first);
    gc_destroy(heap);
}

static void test_interior_and_conservative_roots(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    GcObject *ints = new_array(heap, &context, &int_array_type, 100);
    GcObject *by_word = new_node(heap, &context, NULL, 55);
    GcObject *unreferenced = new_node(heap, &context, NULL, 66);
    for (int i = 0; i < 100; i++)
        ((int32_t *)((uint8_t *)ints + LD_ARRAY_DATA_OFFSET))[i] = i * i;
    /* A managed pointer to element 50, a stack word pointing into the
     * node's payload, and stack words that point nowhere useful. */
    add_root(&roots, (uint8_t *)ints + LD_ARRAY_DATA_OFFSET + 50 * 4, GC_ROOT_INTERIOR);
    add_root(&roots, payload_of(by_word), GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    add_root(&roots, (void *)(uintptr_t)0x12345, GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    add_root(&roots, &roots, GC_ROOT_INTERIOR); /* a byref to a local: outside the heap */
    gc_collect(heap, -1);
    CHECK(ints->type == &int_array_type);
    CHECK_EQ(((int32_t *)((uint8_t *)ints + LD_ARRAY_DATA_OFFSET))[99], 99 * 99);
    CHECK(by_word->type == &node_type);
    CHECK_EQ(*payload_of(by_word), 55);
    CHECK_EQ(gc_total_bytes(heap), gc_object_size(ints) + gc_object_size(by_word));
    /* The dead node ended the segment's objects: allocation resumes there. */
    CHECK(new_node(heap, &context, NULL, 77) == unreferenced);
    /* A stale pointer into freed memory does not bring it back. */
    roots.count = 0;
    add_root(&roots, payload_of(by_word), GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    add_root(&roots, (uint8_t *)ints + 8, GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    gc_collect(heap, -1);
    CHECK_EQ(gc_total_bytes(heap), gc_object_size(ints) + gc_object_size(by_word));
    roots.count = 0;
    add_root(&roots, payload_of(by_word), GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    gc_collect(heap, -1);
    CHECK_EQ(gc_total_bytes(heap), gc_object_size(by_word));
    CHECK(ints->type == &gc_free_type); /* swept into a free object, before a live one */
    add_root(&roots, (uint8_t *)ints + 24, GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    gc_collect(heap, -1);
    CHECK_EQ(gc_total_bytes(heap), gc_object_size(by_word));
    gc_destroy(heap);
}

static void test_arrays_hold_references(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    GcObject *refs = new_array(heap, &context, &ref_array_type, 64);
    GcObject *pairs = new_array(heap, &context, &pair_array_type, 64);
    add_root(&roots, refs, 0);
    add_root(&roots, pairs, 0);
    for (int32_t i = 0; i < 64; i++) {
        GcObject **slot = (GcObject **)((uint8_t *)refs + LD_ARRAY_DATA_OFFSET) + i;
        gc_write_barrier(slot, new_node(heap, &context, NULL, i));
        uint8_t *element = (uint8_t *)pairs + LD_ARRAY_DATA_OFFSET + 24 * i;
        *(int32_t *)element = i;
        gc_write_barrier((GcObject **)(element + 8), new_node(heap, &context, NULL, 1000 + i));
        gc_write_barrier((GcObject **)(element + 16), new_node(heap, &context, NULL, 2000 + i));
        new_node(heap, &context, NULL, -1); /* garbage between */
    }
    gc_collect(heap, -1);
    int good = 0;
    for (int32_t i = 0; i < 64; i++) {
        GcObject *node = ((GcObject **)((uint8_t *)refs + LD_ARRAY_DATA_OFFSET))[i];
        uint8_t *element = (uint8_t *)pairs + LD_ARRAY_DATA_OFFSET + 24 * i;
        GcObject *a = *(GcObject **)(element + 8), *b = *(GcObject **)(element + 16);
        good += *payload_of(node) == i && *payload_of(a) == 1000 + i && *payload_of(b) == 2000 + i &&
                node->type == &node_type && a->type == &node_type && b->type == &node_type;
    }
    CHECK_EQ(good, 64);
    CHECK_EQ(gc_total_bytes(heap), gc_object_size(refs) + gc_object_size(pairs) + 3 * 64 * node_type.base_size);
    gc_destroy(heap);
}

static void test_large_objects(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    GcObject *kept = new_array(heap, &context, &int_array_type, 30000); /* 120 KB */
    GcObject *by_interior = new_array(heap, &context, &int_array_type, 25000);
    for (int i = 0; i < 10; i++)
        new_array(heap, &context, &int_array_type, 40000);
    CHECK_EQ(heap->large.count, 12);
    add_root(&roots, kept, 0);
    add_root(&roots, (uint8_t *)by_interior + 90000, GC_ROOT_INTERIOR);
    gc_collect(heap, -1);
    CHECK_EQ(heap->large.count, 2);
    CHECK_EQ(gc_total_bytes(heap), gc_object_size(kept) + gc_object_size(by_interior));
    gc_destroy(heap);
}

static void test_budget_starts_collections(void) {
    Roots roots = {0};
    setenv("DOTNET_GCgen0size", "0x40000", 1); /* 256 KB */
    GcHeap *heap = heap_with(&roots, NULL);
    unsetenv("DOTNET_GCgen0size");
    if (!heap)
        return;
    GcAllocContext context = {0};
    GcObject *list = NULL;
    uint32_t root = add_root(&roots, NULL, 0);
    for (int32_t i = 0; i < 200000; i++) { /* 6.4 MB of nodes, one in 100 kept */
        GcObject *node = new_node(heap, &context, i % 100 ? NULL : roots.slots[root], i);
        if (i % 100 == 0)
            roots.slots[root] = node;
    }
    list = roots.slots[root];
    CHECK(gc_collection_count(heap, 0) >= 10);
    int count = 0;
    for (GcObject *n = list; n && *payload_of(n) % 100 == 0; n = *next_of(n))
        count++;
    CHECK_EQ(count, 2000);
    char problem[200] = "";
    gc_collect(heap, -1); /* retires the context, so the heap can be walked */
    CHECK(gc_build_start_bits(heap, problem, sizeof problem));
    if (problem[0])
        printf("  %s (after %u collections)\n", problem, gc_collection_count(heap, 0));
    gc_destroy(heap);
}

static void test_zero_collector_never_collects(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, "zero");
    if (!heap)
        return;
    CHECK_STR(gc_name(heap), "zero");
    GcAllocContext context = {0};
    GcObject *first = new_node(heap, &context, NULL, 1);
    for (int i = 0; i < 300000; i++)
        new_node(heap, &context, NULL, i);
    gc_collect(heap, -1);
    CHECK_EQ(gc_collection_count(heap, 0), 0);
    CHECK(first->type == &node_type && *payload_of(first) == 1);
    gc_destroy(heap);
    GcConfig config = {.collector = "generational-someday"};
    GcError error;
    CHECK(gc_create(&config, &error) == NULL);
}

int main(void) {
    RUN(test_reachable_kept_garbage_reused);
    RUN(test_interior_and_conservative_roots);
    RUN(test_arrays_hold_references);
    RUN(test_large_objects);
    RUN(test_budget_starts_collections);
    RUN(test_zero_collector_never_collects);
    UNIT_END();
}
