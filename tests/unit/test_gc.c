/*
 * test_gc.c - the generational collector through gc.h (and its internals),
 * with hand-made MethodTables and a root scanner that reports a test's own
 * slots.
 *
 * What a collection must do: keep everything reachable from precise,
 * interior and conservative roots (contents intact), free the rest and
 * hand that memory out again, keep the heap walkable, free unreachable
 * large objects and reuse their space, start on its own when the budget is
 * spent, promote survivors a generation at a time, find old-to-young
 * references through the cards the write barrier dirtied (and the checker
 * must catch a store that bypassed it). The zero collector must never
 * collect.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <signal.h>
#include <string.h>

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

static uint32_t count_objects(GcRegion *regions) {
    uint32_t count = 0;
    for (GcRegion *region = regions; region; region = region->next)
        for (uint8_t *p = region->start; p < region->frontier; p += gc_object_size((GcObject *)p))
            count += ((GcObject *)p)->type != &gc_free_type;
    return count;
}

static void test_reachable_kept_garbage_reused(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    CHECK(heap);
    if (!heap)
        return;
    CHECK_STR(gc_name(heap), "generational");
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
    /* An induced collection promotes; the garbage became one free object. */
    CHECK_EQ(gc_generation_of(heap, roots.slots[root]), 1);
    CHECK(garbage_first->type == &gc_free_type && garbage_first->sync >= 1000 * node_type.base_size);
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
    (void)unreferenced;
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
    GcObject *dead[10];
    for (int i = 0; i < 10; i++)
        dead[i] = new_array(heap, &context, &int_array_type, 40000);
    GcObject *last = new_array(heap, &context, &int_array_type, 30000); /* the dead are not the region's end */
    add_root(&roots, last, 0);
    CHECK_EQ(count_objects(heap->large.regions), 13);
    CHECK_EQ(gc_generation_of(heap, kept), 2); /* large objects are born in gen2 */
    add_root(&roots, kept, 0);
    add_root(&roots, (uint8_t *)by_interior + 90000, GC_ROOT_INTERIOR);
    gc_collect(heap, 0); /* an ephemeral collection does not touch them */
    CHECK_EQ(count_objects(heap->large.regions), 13);
    gc_collect(heap, -1);
    CHECK_EQ(count_objects(heap->large.regions), 3);
    CHECK_EQ(gc_total_bytes(heap), gc_object_size(kept) + gc_object_size(by_interior) + gc_object_size(last));
    /* The freed space is reused from the free list, first fit. */
    CHECK(new_array(heap, &context, &int_array_type, 40000) == dead[0]);
    CHECK(new_array(heap, &context, &int_array_type, 22000) == dead[1]);
    GcObject *after = (GcObject *)((uint8_t *)dead[1] + gc_object_size(dead[1]));
    CHECK(after->type == &gc_free_type); /* the rest of the gap stays walkable */
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
        GcObject *node = new_node(heap, &context, NULL, i);
        if (i % 100 == 0) { /* read the root after the allocation: it may have moved the list */
            gc_write_barrier(next_of(node), roots.slots[root]);
            roots.slots[root] = node;
        }
    }
    list = roots.slots[root];
    CHECK(gc_collection_count(heap, 0) >= 10);
    int count = 0;
    for (GcObject *n = list; n && *payload_of(n) % 100 == 0; n = *next_of(n))
        count++;
    CHECK_EQ(count, 2000);
    char problem[200] = "";
    gc_collect(heap, -1); /* retires the context, so the heap can be walked */
    bool walkable = true;
    for (int g = 0; g <= GC_MAX_GENERATION; g++)
        for (GcRegion *region = heap->generations[g].regions; region; region = region->next)
            walkable = walkable && gc_walk_region(region, problem, sizeof problem);
    CHECK(walkable);
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

/* Survivors move up one generation per collection of their generation;
 * a collection counts for every generation it collects. */
static void test_promotion(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    uint32_t root = add_root(&roots, new_node(heap, &context, NULL, 42), 0);
    CHECK_EQ(gc_generation_of(heap, roots.slots[root]), 0);
    gc_collect(heap, 0);
    CHECK_EQ(gc_generation_of(heap, roots.slots[root]), 1);
    GcCollectionInfo info = gc_last_collection(heap);
    CHECK_EQ(info.index, 1);
    CHECK_EQ(info.generation, 0);
    CHECK_STR(info.reason, "induced");
    CHECK_EQ(info.promoted_bytes, node_type.base_size);
    gc_collect(heap, 0); /* gen1 is not collected by a gen0 collection */
    CHECK_EQ(gc_generation_of(heap, roots.slots[root]), 1);
    gc_collect(heap, 1);
    CHECK_EQ(gc_generation_of(heap, roots.slots[root]), 2);
    gc_collect(heap, 2);
    CHECK_EQ(gc_generation_of(heap, roots.slots[root]), 2);
    CHECK_EQ(*payload_of(roots.slots[root]), 42);
    CHECK_EQ(gc_collection_count(heap, 0), 4);
    CHECK_EQ(gc_collection_count(heap, 1), 2);
    CHECK_EQ(gc_collection_count(heap, 2), 1);
    CHECK_EQ(gc_max_generation(heap), 2);
    CHECK_EQ(gc_generation_of(heap, &roots), -1);
    gc_destroy(heap);
}

/* A gen0 collection that finds little alive does not promote: the gaps
 * become gen0's free list, and the next quantum comes from the first. */
static void test_gen0_free_list_reuse(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    GcObject *garbage_first = NULL;
    for (int32_t i = 0; i < 1000; i++) {
        GcObject *garbage = new_node(heap, &context, NULL, -i);
        if (!garbage_first)
            garbage_first = garbage;
    }
    uint32_t root = add_root(&roots, new_node(heap, &context, NULL, 5), 0);
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK(!gc_last_collection(heap).promoted);
    CHECK_EQ(gc_generation_of(heap, roots.slots[root]), 0);
    CHECK(new_node(heap, &context, NULL, 7) == garbage_first);
    CHECK_EQ(*payload_of(roots.slots[root]), 5);
    gc_destroy(heap);
}

/* What a thread allocated: its quanta, less what it left unused. */
static void test_thread_allocation_accounting(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    for (int32_t i = 0; i < 1001; i++)
        new_node(heap, &context, NULL, i);
    new_array(heap, &context, &int_array_type, 30000);
    gc_context_retire(heap, &context);
    CHECK_EQ(context.allocated_bytes, 1001 * node_type.base_size);
    CHECK_EQ(context.allocated_bytes_uoh, LD_ARRAY_DATA_OFFSET + 120000);
    gc_destroy(heap);
}

static GcObject *old_node(GcHeap *heap, GcAllocContext *context, Roots *roots, uint32_t *root) {
    *root = add_root(roots, new_node(heap, context, NULL, 1), 0);
    gc_collect(heap, 1); /* gen0 -> gen1 */
    gc_collect(heap, 1); /* gen1 -> gen2 */
    return roots->slots[*root];
}

/* A store that makes an old object point at a young one dirties the
 * slot's card; an ephemeral collection finds the young object through it;
 * the card stays dirty while the reference is still old-to-younger, and
 * is cleaned when it is not. */
static void test_cards(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    uint32_t root;
    GcObject *old = old_node(heap, &context, &roots, &root);
    CHECK_EQ(gc_generation_of(heap, old), 2);
    GcObject *young = new_node(heap, &context, NULL, 99);
    CHECK(!*gc_card_of(heap, next_of(old)));
    gc_write_barrier(next_of(old), young);
    CHECK(*gc_card_of(heap, next_of(old)));
    /* A young object's stores never dirty a card. */
    GcObject *other = new_node(heap, &context, NULL, 3);
    gc_write_barrier(next_of(other), young);
    CHECK(!*gc_card_of(heap, next_of(other)));
    gc_collect(heap, 0);
    young = *next_of(old);
    CHECK(young->type == &node_type && *payload_of(young) == 99);
    CHECK_EQ(gc_generation_of(heap, young), 1);
    CHECK(*gc_card_of(heap, next_of(old))); /* gen2 -> gen1: still needed */
    gc_collect(heap, 1);
    CHECK_EQ(gc_generation_of(heap, young), 2);
    CHECK(!*gc_card_of(heap, next_of(old))); /* gen2 -> gen2: cleaned */
    CHECK_EQ(*payload_of(*next_of(old)), 99);

    /* A large array is gen2 from birth: its elements are found by card. */
    GcObject *refs = new_array(heap, &context, &ref_array_type, 20000);
    add_root(&roots, refs, 0);
    GcObject **elements = (GcObject **)((uint8_t *)refs + LD_ARRAY_DATA_OFFSET);
    for (int32_t i = 0; i < 20000; i += 1000)
        gc_write_barrier(&elements[i], new_node(heap, &context, NULL, i));
    /* A bulk copy dirties what it covers. */
    GcObject *copied = new_node(heap, &context, NULL, 12345);
    memcpy(&elements[19999], &copied, sizeof copied);
    gc_write_barrier_bulk(&elements[19999], sizeof copied);
    for (int i = 0; i < 3000; i++)
        new_node(heap, &context, NULL, -1); /* garbage to sweep around them */
    gc_collect(heap, 0);
    int good = 0;
    for (int32_t i = 0; i < 20000; i += 1000)
        good += elements[i]->type == &node_type && *payload_of(elements[i]) == i;
    CHECK_EQ(good, 20);
    CHECK(elements[19999]->type == &node_type && *payload_of(elements[19999]) == 12345);
    gc_destroy(heap);
}

/* The checker (LUCID_HeapVerify) stops the process when an old object
 * points at a young one through a clean card: run in a child. */
static void test_card_checker_catches_missing_barrier(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    uint32_t root;
    GcObject *old = old_node(heap, &context, &roots, &root);
    GcObject *young = new_node(heap, &context, NULL, 7);
    gc_write_barrier(next_of(old), young);
    gc_context_retire(heap, &context);
    gc_verify_heap(heap, "test"); /* with the barrier: passes */
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 2);
        *next_of(old) = new_node(heap, &context, NULL, 8); /* no barrier */
        *gc_card_of(heap, next_of(old)) = 0;
        gc_context_retire(heap, &context);
        gc_verify_heap(heap, "test");
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
    gc_destroy(heap);
}

/* int[,]: its bounds pointer points into the array itself. */
static LdMethodTable md_int_type = {.base_size = LD_ARRAY_DATA_OFFSET + 16, .component_size = 4, .kind = LD_KIND_ARRAY,
                                    .rank = 2};

/* A compacting collection moves survivors out of their region and
 * rewrites every reference: precise roots, interior roots (by their offset
 * into the object), references between survivors, references from an old
 * object (found by its card, which stays dirty since the copy is younger),
 * and a multi-dimensional array's pointer into itself. */
static void test_compaction_relocates(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    heap->compact_forced = true;
    GcAllocContext context = {0};
    uint32_t old_root;
    GcObject *old = old_node(heap, &context, &roots, &old_root);
    uint32_t list = add_root(&roots, NULL, 0);
    for (int32_t i = 0; i < 100; i++) {
        GcObject *node = new_node(heap, &context, NULL, i);
        gc_write_barrier(next_of(node), roots.slots[list]);
        roots.slots[list] = node;
        new_node(heap, &context, NULL, -i); /* garbage between */
    }
    GcObject *ints = new_array(heap, &context, &int_array_type, 50);
    for (int i = 0; i < 50; i++)
        ((int32_t *)((uint8_t *)ints + LD_ARRAY_DATA_OFFSET))[i] = 7 * i;
    uint32_t interior = add_root(&roots, (uint8_t *)ints + LD_ARRAY_DATA_OFFSET + 4 * 20, GC_ROOT_INTERIOR);
    GcObject *young = new_node(heap, &context, NULL, 4242);
    gc_write_barrier(next_of(old), young);
    GcObject *md = gc_alloc(heap, &context, &md_int_type, md_int_type.base_size + 6 * 4, 0);
    *(uint64_t *)((uint8_t *)md + LD_ARRAY_LENGTH_OFFSET) = 6;
    *(uint8_t **)((uint8_t *)md + LD_ARRAY_BOUNDS_OFFSET) = (uint8_t *)md + LD_ARRAY_DATA_OFFSET;
    uint32_t md_root = add_root(&roots, md, 0);

    GcObject *list_before = roots.slots[list];
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK(gc_last_collection(heap).compacted);
    CHECK(roots.slots[list] != list_before);
    int32_t expected = 99, count = 0;
    for (GcObject *n = roots.slots[list]; n; n = *next_of(n), expected--, count++)
        if (n->type != &node_type || *payload_of(n) != expected)
            break;
    CHECK_EQ(count, 100);
    CHECK(roots.slots[interior] != (GcObject *)((uint8_t *)ints + LD_ARRAY_DATA_OFFSET + 80));
    CHECK_EQ(*(int32_t *)roots.slots[interior], 140);
    young = *next_of(old);
    CHECK(young->type == &node_type && *payload_of(young) == 4242);
    CHECK(*gc_card_of(heap, next_of(old))); /* gen2 holds a younger object */
    md = roots.slots[md_root];
    CHECK(*(uint8_t **)((uint8_t *)md + LD_ARRAY_BOUNDS_OFFSET) == (uint8_t *)md + LD_ARRAY_DATA_OFFSET);
    /* Everything survived a second time: promoted, moved again, intact. */
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK_EQ(gc_generation_of(heap, roots.slots[list]), 1);
    CHECK_EQ(*payload_of(roots.slots[list]), 99);
    CHECK_EQ(*payload_of(*next_of(old)), 4242);
    gc_context_retire(heap, &context);
    gc_verify_heap(heap, "test");
    gc_destroy(heap);
}

static bool in_heap_regions(GcHeap *heap, const void *object) {
    for (int g = 0; g <= GC_MAX_GENERATION; g++)
        for (GcRegion *region = heap->generations[g].regions; region; region = region->next)
            if ((const uint8_t *)object >= region->start && (const uint8_t *)object < region->frontier)
                return true;
    return false;
}

/* A pinned root keeps its object (and its region) in place while a
 * compacting collection moves what is elsewhere. */
static void test_pinning(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    heap->compact_forced = true;
    GcAllocContext context = {0};
    GcObject *pinned = new_node(heap, &context, NULL, 1);
    add_root(&roots, payload_of(pinned), GC_ROOT_INTERIOR | GC_ROOT_PINNED);
    for (int i = 0; i < 10000; i++) /* more than a region of garbage */
        new_node(heap, &context, NULL, -1);
    GcObject *movable = new_node(heap, &context, NULL, 2);
    uint32_t movable_root = add_root(&roots, movable, 0);
    CHECK(gc_region_of(heap, pinned) != gc_region_of(heap, movable));
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK(in_heap_regions(heap, pinned)); /* not left behind in a region given back */
    CHECK(pinned->type == &node_type && *payload_of(pinned) == 1);
    CHECK(roots.slots[movable_root] != movable);
    CHECK_EQ(*payload_of(roots.slots[movable_root]), 2);
    /* A conservative word pins too (it is never updated). */
    roots.count = 0;
    GcObject *word = roots.slots[movable_root];
    add_root(&roots, word, GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK(in_heap_regions(heap, word));
    CHECK(word->type == &node_type && *payload_of(word) == 2);
    gc_destroy(heap);
}

/* Pinned-heap objects are gen2 from birth, never move (even when every
 * generation is compacted), and are reclaimed by gen2 collections. */
static void test_pinned_object_heap(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    heap->compact_forced = true;
    GcAllocContext context = {0};
    GcObject *kept = gc_alloc(heap, &context, &node_type, node_type.base_size, GC_ALLOC_PINNED | GC_ALLOC_CONTAINS_REFS);
    GcObject *dead = gc_alloc(heap, &context, &node_type, node_type.base_size, GC_ALLOC_PINNED | GC_ALLOC_CONTAINS_REFS);
    CHECK(kept && dead);
    if (!kept || !dead)
        return;
    *payload_of(kept) = 31;
    uint32_t root = add_root(&roots, kept, 0);
    CHECK_EQ(gc_generation_of(heap, kept), 2);
    gc_write_barrier(next_of(kept), new_node(heap, &context, NULL, 32)); /* old -> young: a card */
    CHECK(*gc_card_of(heap, next_of(kept)));
    gc_collect(heap, 0);
    CHECK_EQ(count_objects(heap->pinned.regions), 2);
    gc_collect(heap, 2);
    CHECK(roots.slots[root] == kept);
    CHECK_EQ(*payload_of(kept), 31);
    CHECK_EQ(*payload_of(*next_of(kept)), 32);
    CHECK_EQ(count_objects(heap->pinned.regions), 1);
    /* The dead one's place is reused. */
    CHECK(gc_alloc(heap, &context, &node_type, node_type.base_size, GC_ALLOC_PINNED) == dead);
    gc_destroy(heap);
}

/* The address space this process has mapped already (ASan's shadow
 * included, when it runs under ASan). */
static size_t mapped_bytes(void) {
    FILE *statm = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    if (statm) {
        if (fscanf(statm, "%lu", &pages) != 1)
            pages = 0;
        fclose(statm);
    }
    return (size_t)pages * (size_t)sysconf(_SC_PAGESIZE);
}

/* Under a capped address space (ulimit -v, as test harnesses set) the
 * heap takes a smaller reservation instead of failing: it once asked for
 * 32 GB or nothing. The cap (2 GB more than what is mapped) is set in a
 * child, which allocates through a collection to show the heap works. */
static void test_capped_address_space(void) {
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        rlim_t limit = (rlim_t)mapped_bytes() + ((rlim_t)2 << 30);
        struct rlimit cap = {limit, limit};
        if (setrlimit(RLIMIT_AS, &cap) != 0)
            _exit(3);
        Roots roots = {0};
        GcHeap *heap = heap_with(&roots, NULL);
        if (!heap)
            _exit(1);
        GcAllocContext context = {0};
        GcObject *kept = new_node(heap, &context, NULL, 42);
        add_root(&roots, kept, 0);
        for (int i = 0; i < 100000; i++)
            new_node(heap, &context, NULL, i);
        gc_collect(heap, -1);
        _exit(*payload_of(roots.slots[0]) == 42 ? 0 : 2);
    }
    int status = 0;
    CHECK(child > 0 && waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* ------------------------------------------------------------------ */
/* Handles, finalization, ephemerons                                  */
/* ------------------------------------------------------------------ */

static GcObject *new_finalizable(GcHeap *heap, GcAllocContext *context, int32_t payload) {
    GcObject *node = gc_alloc(heap, context, &node_type, node_type.base_size, GC_ALLOC_CONTAINS_REFS | GC_ALLOC_FINALIZE);
    if (node)
        *payload_of(node) = payload;
    return node;
}

/* Strong handles keep and relocate their targets; a dependent handle
 * keeps its secondary exactly as long as its primary lives, through a
 * chain of them; both of its objects read null once the primary is dead. */
static void test_strong_and_dependent_handles(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    heap->compact_forced = true;
    GcAllocContext context = {0};
    GcHandle strong = gc_handle_new(heap, GC_HANDLE_NORMAL, new_node(heap, &context, NULL, 10), NULL);
    uint32_t primary_root = add_root(&roots, new_node(heap, &context, NULL, 20), 0);
    GcObject *middle = new_node(heap, &context, NULL, 21);
    GcHandle first = gc_handle_new(heap, GC_HANDLE_DEPENDENT, roots.slots[primary_root], middle);
    GcHandle second = gc_handle_new(heap, GC_HANDLE_DEPENDENT, middle, new_node(heap, &context, NULL, 22));
    CHECK(strong && first && second);
    CHECK_EQ(gc_handle_type(first), GC_HANDLE_DEPENDENT);
    for (int i = 0; i < 100; i++)
        new_node(heap, &context, NULL, -i);
    GcObject *before = gc_handle_target(heap, strong);
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK(gc_handle_target(heap, strong) != before); /* moved, and the handle followed */
    CHECK_EQ(*payload_of(gc_handle_target(heap, strong)), 10);
    CHECK(gc_handle_target(heap, first) == roots.slots[primary_root]);
    CHECK_EQ(*payload_of(gc_handle_secondary(heap, first)), 21);
    CHECK(gc_handle_target(heap, second) == gc_handle_secondary(heap, first));
    CHECK_EQ(*payload_of(gc_handle_secondary(heap, second)), 22);
    roots.slots[primary_root] = NULL;
    gc_collect(heap, -1);
    CHECK(!gc_handle_target(heap, first) && !gc_handle_secondary(heap, first));
    CHECK(!gc_handle_target(heap, second) && !gc_handle_secondary(heap, second));
    CHECK_EQ(*payload_of(gc_handle_target(heap, strong)), 10);
    gc_handle_free(heap, strong);
    CHECK(!gc_handle_valid(heap, strong));
    CHECK(!gc_handle_target(heap, strong));
    GcHandle reused = gc_handle_new(heap, GC_HANDLE_WEAK, NULL, NULL);
    CHECK(reused && reused != strong && !gc_handle_valid(heap, strong)); /* a freed handle stays invalid */
    CHECK(!gc_handle_new(heap, (GcHandleType)5, NULL, NULL));
    gc_context_retire(heap, &context);
    gc_verify_heap(heap, "test");
    gc_destroy(heap);
}

/* A pinned handle's target does not move while compaction moves others. */
static void test_pinned_handle(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    heap->compact_forced = true;
    GcAllocContext context = {0};
    GcObject *pinned = new_node(heap, &context, NULL, 30);
    GcHandle handle = gc_handle_new(heap, GC_HANDLE_PINNED, pinned, NULL);
    GcHandle normal = gc_handle_new(heap, GC_HANDLE_NORMAL, new_node(heap, &context, NULL, 31), NULL);
    GcAllocContext other = {0};
    GcObject *elsewhere = NULL;
    for (int i = 0; i < 40000 && (!elsewhere || gc_region_of(heap, elsewhere) == gc_region_of(heap, pinned)); i++)
        elsewhere = new_node(heap, &other, NULL, 32);
    GcHandle moving = gc_handle_new(heap, GC_HANDLE_NORMAL, elsewhere, NULL);
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK(gc_handle_target(heap, handle) == pinned);
    CHECK_EQ(*payload_of(pinned), 30);
    CHECK(gc_handle_target(heap, moving) != elsewhere);
    CHECK_EQ(*payload_of(gc_handle_target(heap, moving)), 32);
    CHECK_EQ(*payload_of(gc_handle_target(heap, normal)), 31);
    gc_context_retire(heap, &context);
    gc_context_retire(heap, &other);
    gc_verify_heap(heap, "test");
    gc_destroy(heap);
}

/* A dead finalizable object is queued and resurrected with what it
 * references; a short weak handle to it is cleared then, a long one only
 * once it is gone for good. Suppressed objects are not queued; critical
 * ones come after the others; what a finalizer re-registers is queued
 * again by a later collection. */
static void test_finalization_and_weak_handles(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    GcObject *doomed = new_finalizable(heap, &context, 40);
    gc_write_barrier(next_of(doomed), new_node(heap, &context, NULL, 41));
    GcHandle weak = gc_handle_new(heap, GC_HANDLE_WEAK, doomed, NULL);
    GcHandle long_weak = gc_handle_new(heap, GC_HANDLE_WEAK_TRACK_RESURRECTION, doomed, NULL);
    GcObject *suppressed = new_finalizable(heap, &context, 42);
    gc_suppress_finalize(heap, suppressed);
    static LdMethodTable critical_type;
    critical_type = node_type;
    critical_type.flags |= LD_MT_CRITICAL_FINALIZER;
    GcObject *critical = gc_alloc(heap, &context, &critical_type, critical_type.base_size,
                                  GC_ALLOC_CONTAINS_REFS | GC_ALLOC_FINALIZE);
    *payload_of(critical) = 43;
    GcObject *normal = new_finalizable(heap, &context, 44);
    (void)normal;
    doomed = suppressed = critical = normal = NULL;
    CHECK(!gc_next_finalizable(heap));

    gc_collect(heap, -1);
    CHECK(!gc_handle_target(heap, weak));
    GcObject *resurrected = gc_handle_target(heap, long_weak);
    CHECK(resurrected && *payload_of(resurrected) == 40 && *payload_of(*next_of(resurrected)) == 41);
    GcObject *first = gc_next_finalizable(heap);
    GcObject *second = gc_next_finalizable(heap);
    GcObject *third = gc_next_finalizable(heap);
    CHECK(first && second && third && !gc_next_finalizable(heap));
    /* Normal ones (40 and 44, newest first), then the critical one. */
    CHECK_EQ(*payload_of(first), 44);
    CHECK_EQ(*payload_of(second), 40);
    CHECK_EQ(*payload_of(third), 43);
    CHECK(gc_reregister_for_finalize(heap, second));
    CHECK(gc_reregister_for_finalize(heap, second)); /* once is enough */
    first = second = third = NULL;

    gc_collect(heap, -1);
    CHECK(gc_handle_target(heap, long_weak)); /* re-registered: queued and resurrected again */
    GcObject *again = gc_next_finalizable(heap);
    CHECK(again && *payload_of(again) == 40 && !gc_next_finalizable(heap));
    again = NULL;
    gc_collect(heap, -1);
    CHECK(!gc_handle_target(heap, long_weak));
    CHECK(!gc_next_finalizable(heap));
    gc_context_retire(heap, &context);
    gc_verify_heap(heap, "test");
    gc_destroy(heap);
}

/* An ephemeron array: (key, value) pairs of references. */
static LdGcSeries ephemeron_element[] = {{0, 2}};
static LdMethodTable ephemeron_array_type = {.base_size = LD_ARRAY_DATA_OFFSET, .component_size = 16,
                                             .flags = LD_MT_CONTAINS_REFS, .kind = LD_KIND_SZARRAY,
                                             .gc_series = ephemeron_element, .gc_series_count = 1};

/* A pair's value lives while its key does (a value referencing its own
 * key does not keep it), also when the array is old and the pairs young;
 * a dead key's pair becomes (tombstone, null). */
static void test_ephemerons(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    uint32_t tombstone = add_root(&roots, new_node(heap, &context, NULL, -1), 0);
    uint32_t array_root = add_root(&roots, new_array(heap, &context, &ephemeron_array_type, 4), 0);
    CHECK(gc_register_ephemeron_array(heap, roots.slots[array_root], roots.slots[tombstone]));
    gc_collect(heap, 1);
    gc_collect(heap, 1); /* the array is in gen2 now */
    CHECK_EQ(gc_generation_of(heap, roots.slots[array_root]), 2);
    GcObject **pairs = (GcObject **)((uint8_t *)roots.slots[array_root] + LD_ARRAY_DATA_OFFSET);
    uint32_t kept_key = add_root(&roots, new_node(heap, &context, NULL, 50), 0);
    GcObject *dead_key = new_node(heap, &context, NULL, 51);
    GcObject *chained_key = new_node(heap, &context, NULL, 52); /* kept only by the first pair's value */
    gc_write_barrier(&pairs[0], roots.slots[kept_key]);
    gc_write_barrier(&pairs[1], new_node(heap, &context, chained_key, 60));
    gc_write_barrier(&pairs[2], dead_key);
    gc_write_barrier(&pairs[3], new_node(heap, &context, dead_key, 61)); /* refers back to its key */
    gc_write_barrier(&pairs[4], chained_key);
    gc_write_barrier(&pairs[5], new_node(heap, &context, NULL, 62));
    dead_key = chained_key = NULL;

    heap->compact_forced = true;
    gc_collect_for(heap, 0, "alloc_soh");
    pairs = (GcObject **)((uint8_t *)roots.slots[array_root] + LD_ARRAY_DATA_OFFSET);
    CHECK(pairs[0] == roots.slots[kept_key]);
    CHECK_EQ(*payload_of(pairs[1]), 60);
    CHECK(pairs[2] == roots.slots[tombstone] && !pairs[3]);
    CHECK(pairs[4] == *next_of(pairs[1]) && *payload_of(pairs[4]) == 52);
    CHECK_EQ(*payload_of(pairs[5]), 62);
    gc_verify_heap(heap, "after ephemerons");
    /* The kept key dies: its value, the chained key and its value go. */
    roots.slots[kept_key] = NULL;
    gc_collect(heap, -1);
    pairs = (GcObject **)((uint8_t *)roots.slots[array_root] + LD_ARRAY_DATA_OFFSET);
    CHECK(pairs[0] == roots.slots[tombstone] && !pairs[1]);
    CHECK(pairs[4] == roots.slots[tombstone] && !pairs[5]);
    /* An unreachable array leaves the registry. */
    roots.slots[array_root] = NULL;
    gc_collect(heap, -1);
    CHECK_EQ(heap->ephemeron_arrays.count, 0);
    gc_context_retire(heap, &context);
    gc_verify_heap(heap, "test");
    gc_destroy(heap);
}

/* CompactOnce: the next full collection slides the large objects that
 * survived together (contents, references to them and in them relocated,
 * a pinned one left in place), and the one after does not move them. */
static void test_large_object_compaction(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    GcAllocContext context = {0};
    uint32_t kept[4];
    for (int i = 0; i < 8; i++) {
        GcObject *array = new_array(heap, &context, &int_array_type, 30000);
        for (int k = 0; k < 30000; k += 1000)
            ((int32_t *)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[k] = i * 100000 + k;
        if (i % 2)
            kept[i / 2] = add_root(&roots, array, 0);
    }
    GcObject *refs = new_array(heap, &context, &ref_array_type, 20000); /* a large object holding references */
    uint32_t refs_root = add_root(&roots, refs, 0);
    gc_write_barrier((GcObject **)((uint8_t *)refs + LD_ARRAY_DATA_OFFSET), roots.slots[kept[3]]);
    gc_write_barrier((GcObject **)((uint8_t *)refs + LD_ARRAY_DATA_OFFSET) + 1, new_node(heap, &context, NULL, 77));
    GcObject *before[4];
    for (int i = 0; i < 4; i++)
        before[i] = roots.slots[kept[i]];
    gc_collect(heap, -1);
    CHECK(roots.slots[kept[0]] == before[0]); /* not asked for: swept in place */
    gc_compact_large_objects_once(heap);
    gc_collect(heap, -1);
    CHECK(gc_last_collection(heap).compacted);
    GcObject *first = roots.slots[kept[0]];
    CHECK(first != before[0]);
    for (int i = 0; i < 4; i++) {
        GcObject *array = roots.slots[kept[i]];
        CHECK_EQ(gc_generation_of(heap, array), 2);
        int32_t *data = (int32_t *)((uint8_t *)array + LD_ARRAY_DATA_OFFSET);
        CHECK_EQ(data[0], (2 * i + 1) * 100000);
        CHECK_EQ(data[29000], (2 * i + 1) * 100000 + 29000);
        if (i > 0) /* slid together: each right after the previous one */
            CHECK((uint8_t *)array == (uint8_t *)roots.slots[kept[i - 1]] + gc_object_size(roots.slots[kept[i - 1]]));
    }
    GcObject **elements = (GcObject **)((uint8_t *)roots.slots[refs_root] + LD_ARRAY_DATA_OFFSET);
    CHECK(elements[0] == roots.slots[kept[3]]);
    CHECK_EQ(*payload_of(elements[1]), 77);
    gc_verify_heap(heap, "after LOH compaction");
    GcObject *settled = roots.slots[kept[2]];
    gc_collect(heap, -1);
    CHECK(roots.slots[kept[2]] == settled); /* once */
    gc_context_retire(heap, &context);
    gc_destroy(heap);
}

/* A region whose objects all died is kept for reuse with its memory as it
 * was; a conservative word that still points at one of its old objects
 * (a C stack is full of such words) must find nothing there, or the
 * collector marks and traces a dead object through its stale references. */
static void test_stale_word_into_spare_region(void) {
    Roots roots = {0};
    GcHeap *heap = heap_with(&roots, NULL);
    if (!heap)
        return;
    heap->compact_forced = true;
    GcAllocContext context = {0};
    GcObject *dead = new_node(heap, &context, NULL, 5);
    gc_write_barrier(next_of(dead), new_node(heap, &context, NULL, 6));
    gc_context_retire(heap, &context);
    gc_collect_for(heap, 0, "alloc_soh"); /* everything died: the region is released, kept as a spare */
    CHECK(heap->spare_count > 0);
    CHECK(gc_find_object(heap, dead) == NULL);
    add_root(&roots, (uint8_t *)dead + 8, GC_ROOT_CONSERVATIVE);
    gc_collect_for(heap, 0, "alloc_soh");
    CHECK(!gc_is_marked(dead));
    gc_verify_heap(heap, "test");
    gc_destroy(heap);
}

int main(void) {
    RUN(test_compaction_relocates);
    RUN(test_pinned_object_heap);
    RUN(test_pinning);
    RUN(test_reachable_kept_garbage_reused);
    RUN(test_promotion);
    RUN(test_gen0_free_list_reuse);
    RUN(test_thread_allocation_accounting);
    RUN(test_cards);
    RUN(test_card_checker_catches_missing_barrier);
    RUN(test_interior_and_conservative_roots);
    RUN(test_arrays_hold_references);
    RUN(test_large_objects);
    RUN(test_budget_starts_collections);
    RUN(test_zero_collector_never_collects);
    RUN(test_capped_address_space);
    RUN(test_strong_and_dependent_handles);
    RUN(test_pinned_handle);
    RUN(test_finalization_and_weak_handles);
    RUN(test_ephemerons);
    RUN(test_large_object_compaction);
    RUN(test_stale_word_into_spare_region);
    UNIT_END();
}
