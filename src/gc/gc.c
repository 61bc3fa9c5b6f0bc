/*
 * gc.c - the collector's front: choosing a collector, allocation, the
 * budgets that trigger collections and pick the generation to collect,
 * statistics.
 *
 * Two collectors share the heap code: "generational" (the default), and
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
#include <unistd.h>

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

/* CoreCLR's workstation gen0 size: most of the last-level cache (the
 * budget is meant to be allocated while the cache still holds it), at
 * least 256 KB, times 5/8. */
static uint64_t default_gen0_budget(void) {
    long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
    uint64_t size = l3 > 0 ? (uint64_t)l3 * 4 / 5 : 0;
    if (size < 256 * 1024)
        size = 256 * 1024;
    size = size * 5 / 8;
    return size > GC_GEN0_MAX_BUDGET ? GC_GEN0_MAX_BUDGET : size;
}

static void init_generations(GcHeap *heap) {
    GcGeneration *g = heap->generations;
    g[0].min_budget = env_hex("DOTNET_GCgen0size", default_gen0_budget());
    g[0].max_budget = env_hex("DOTNET_GCGen0MaxBudget", GC_GEN0_MAX_BUDGET);
    if (g[0].max_budget < g[0].min_budget)
        g[0].max_budget = g[0].min_budget;
    g[1].min_budget = g[0].min_budget;
    g[1].max_budget = g[0].max_budget;
    g[2].min_budget = 4 * g[0].min_budget;
    g[2].max_budget = UINT64_MAX / 2;
    for (int i = 0; i < GC_GENERATIONS; i++)
        g[i].budget = g[i].remaining = (int64_t)g[i].min_budget;
}

/* CoreCLR's mode switches, which this collector does not have yet: said
 * once, not silently ignored (docs/gc.md, "What is not here yet"). */
static void report_unavailable_modes(void) {
    if (env_flag("DOTNET_gcServer"))
        fputs("lucid: DOTNET_gcServer asks for server GC (a heap per core, parallel marking), which Lucid does not "
              "have: the workstation collector runs\n",
              stderr);
    if (env_flag("DOTNET_gcConcurrent"))
        fputs("lucid: DOTNET_gcConcurrent asks for background gen2 collections, which Lucid does not have: gen2 is "
              "collected blocking\n",
              stderr);
}

GcHeap *gc_create(const GcConfig *config, GcError *error) {
    const char *name = config->collector && config->collector[0] ? config->collector : "generational";
    bool collects = strcmp(name, "generational") == 0;
    if (!collects && strcmp(name, "zero") != 0) {
        snprintf(error->message, sizeof error->message,
                 "unknown collector \"%s\" (LUCID_GC): the choices are \"generational\" and \"zero\"", name);
        return NULL;
    }
    if (collects && !config->scan_roots) {
        snprintf(error->message, sizeof error->message, "the generational collector needs a root scanner");
        return NULL;
    }
    GcHeap *heap = calloc(1, sizeof *heap);
    if (!heap || !gc_reserve(heap)) {
        free(heap);
        snprintf(error->message, sizeof error->message, "cannot reserve even %zu MB of address space for the heap",
                 GC_RESERVATION_LEAST >> 20);
        return NULL;
    }
    heap->name = collects ? "generational" : "zero";
    if (collects)
        report_unavailable_modes();
    heap->collects = collects;
    heap->config = *config;
    heap->large.kind = GC_REGION_LARGE;
    heap->pinned.kind = GC_REGION_PINNED;
    init_generations(heap);
    const char *stress = getenv("LUCID_GCStress");
    heap->stress = stress ? atoi(stress) : 0;
    heap->log = env_flag("LUCID_GCLog");
    heap->verify = env_flag("LUCID_HeapVerify");
    heap->compact_forced = heap->stress || env_flag("DOTNET_GCForceCompact");
    pthread_mutex_init(&heap->handle_lock, NULL);
    return heap;
}

void gc_destroy(GcHeap *heap) {
    if (!heap)
        return;
    gc_unreserve(heap);
    free(heap->gen0_free.ranges);
    free(heap->large.free.ranges);
    free(heap->pinned.free.ranges);
    free(heap->contexts);
    gc_finalization_free(heap);
    gc_handles_free(heap);
    pthread_mutex_destroy(&heap->handle_lock);
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
 * has not used can always become a free object. The thread is charged
 * only what it used. */
static void retire_context(GcAllocContext *context) {
    if (context->alloc_ptr) {
        size_t unused = (size_t)(context->alloc_limit + GC_MIN_OBJECT - context->alloc_ptr);
        gc_make_free(context->alloc_ptr, unused);
        context->allocated_bytes -= unused;
    }
    context->alloc_ptr = context->alloc_limit = NULL;
}

uint64_t gc_allocated_bytes(const GcAllocContext *context) {
    uint64_t unused = context->alloc_ptr ? (uint64_t)(context->alloc_limit + GC_MIN_OBJECT - context->alloc_ptr) : 0;
    return context->allocated_bytes - unused + context->allocated_bytes_uoh;
}

void gc_context_retire(GcHeap *heap, GcAllocContext *context) {
    retire_context(context);
    for (uint32_t i = 0; i < heap->context_count; i++)
        if (heap->contexts[i] == context)
            heap->contexts[i] = heap->contexts[--heap->context_count];
}

/* ------------------------------------------------------------------ */
/* Budgets                                                            */
/* ------------------------------------------------------------------ */

static uint64_t clamp(double value, uint64_t low, uint64_t high) {
    if (value < (double)low)
        return low;
    if (value > (double)high)
        return high;
    return (uint64_t)value;
}

/* After a collection of a generation, its next budget grows with what
 * survived, and more than proportionally when much survived (CoreCLR's
 * desired_new_allocation with its static data: a growth factor from 9 to
 * 20 for gen0, 2 to 7 for gen1, 1.2 to 1.8 for gen2, where the budget is
 * what the generation may grow by). */
static void new_budget(GcGeneration *g, int generation) {
    double survival = g->begin_size ? (double)g->survived / (double)g->begin_size : 0.0;
    if (survival > 1.0)
        survival = 1.0;
    double budget;
    if (generation == 0)
        budget = (double)g->survived * (9.0 + 11.0 * survival);
    else if (generation == 1)
        budget = (double)g->survived * (1.0 + 5.0 * survival);
    else
        budget = (double)g->survived * (0.2 + 0.6 * survival);
    g->budget = (int64_t)clamp(budget, g->min_budget, g->max_budget);
    g->remaining = g->budget;
}

/* The oldest generation whose budget is spent (CoreCLR's
 * generation_to_condemn, without its escalations for now). */
static int generation_to_condemn(const GcHeap *heap) {
    int generation = 0;
    for (int i = 1; i <= GC_MAX_GENERATION; i++)
        if (heap->generations[i].remaining < 0)
            generation = i;
    return generation;
}

/* ------------------------------------------------------------------ */
/* Collection                                                         */
/* ------------------------------------------------------------------ */

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t gc_total_bytes(const GcHeap *heap) {
    uint64_t total = heap->gen0_allocated + heap->large.size + heap->pinned.size;
    for (int i = 0; i < GC_GENERATIONS; i++)
        total += heap->generations[i].size;
    return total;
}

/* Gen0's start bits are not kept by allocation: a walk makes them current
 * (and checks the walk holds together). */
static void walk_gen0(GcHeap *heap, const char *when) {
    char problem[200];
    for (GcRegion *region = heap->generations[0].regions; region; region = region->next)
        if (!gc_walk_region(region, problem, sizeof problem))
            gc_fatal("the heap is corrupt %s collection %u: %s", when, heap->collection_count + 1, problem);
}

/* Promotion is what a collection normally does (an induced one, and any
 * that collects gen1, always); a gen0 collection that found almost nothing
 * alive leaves it in gen0 (CoreCLR decides the same way), so a program
 * that keeps little does not fill gen1 with mostly empty regions. */
static bool decide_promotion(const GcHeap *heap) {
    uint64_t marked = 0;
    for (GcRegion *region = heap->generations[0].regions; region; region = region->next)
        marked += region->marked_bytes;
    return marked >= (uint64_t)heap->generations[0].budget / 8;
}

static void log_collection(const GcHeap *heap) {
    const GcCollectionInfo *s = &heap->last;
    fprintf(stderr, "gc %u: gen%d %s, %s%s, %llu KB -> %llu KB, promoted %llu KB, %.3f ms\n", s->index,
            s->generation, s->reason, s->compacted ? "compacting" : "sweeping", s->promoted ? "" : ", no promotion",
            (unsigned long long)(s->bytes_before / 1024), (unsigned long long)(s->bytes_after / 1024),
            (unsigned long long)(s->promoted_bytes / 1024), (double)s->pause_ns / 1e6);
}

void gc_collect_for(GcHeap *heap, int generation, const char *reason) {
    if (!heap->collects || heap->in_collection)
        return;
    heap->in_collection = true;
    uint64_t start = now_ns();
    for (uint32_t i = 0; i < heap->context_count; i++)
        retire_context(heap->contexts[i]);
    heap->alloc_region = NULL;
    uint64_t before = gc_total_bytes(heap);
    walk_gen0(heap, "before");
    if (heap->verify)
        gc_verify_heap(heap, "before");

    heap->condemned = generation;
    heap->promoted_bytes = 0;
    for (int i = 0; i <= generation; i++) {
        heap->generations[i].begin_size = heap->generations[i].size + (i == 0 ? heap->gen0_allocated : 0);
        heap->generations[i].survived = 0;
    }
    bool induced = strcmp(reason, "induced") == 0;
    heap->promotion_certain = induced || generation > 0;
    gc_mark_phase(heap);
    heap->promotion = heap->promotion_certain || decide_promotion(heap);
    gc_plan_phase(heap);
    gc_sweep_phase(heap);
    gc_relocate_phase(heap);
    heap->gen0_allocated = 0;
    for (int i = 0; i <= generation; i++)
        new_budget(&heap->generations[i], i);
    heap->generations[generation].collections++;
    if (generation == GC_MAX_GENERATION)
        heap->uoh_allocated = 0;
    if (heap->verify)
        gc_verify_heap(heap, "after");

    heap->collection_count++;
    heap->last = (GcCollectionInfo){.index = heap->collection_count,
                                    .generation = generation,
                                    .reason = reason,
                                    .promoted = heap->promotion,
                                    .compacted = heap->compacted_bytes > 0,
                                    .bytes_before = before,
                                    .bytes_after = gc_total_bytes(heap),
                                    .promoted_bytes = heap->promoted_bytes,
                                    .pause_ns = now_ns() - start};
    heap->total_pause_ns += heap->last.pause_ns;
    heap->in_collection = false;
    if (heap->log)
        log_collection(heap);
    if (heap->finalization.queued && heap->finalization.notify) {
        heap->finalization.queued = false;
        heap->finalization.notify(heap->finalization.notify_data);
    }
}

void gc_collect(GcHeap *heap, int generation) {
    if (generation < 0 || generation > GC_MAX_GENERATION)
        generation = GC_MAX_GENERATION;
    gc_collect_for(heap, generation, "induced");
}

void gc_compact_large_objects_once(GcHeap *heap) {
    heap->compact_large_once = true;
}

bool gc_stress_safepoints(const GcHeap *heap) {
    return heap->collects && heap->stress >= 2;
}

void gc_safepoint(GcHeap *heap) {
    gc_collect_for(heap, generation_to_condemn(heap), "stress");
}

static void maybe_collect(GcHeap *heap, bool uoh) {
    if (heap->stress)
        gc_collect_for(heap, generation_to_condemn(heap), "stress");
    else if (uoh && heap->generations[2].remaining < 0)
        gc_collect_for(heap, GC_MAX_GENERATION, "alloc_loh");
    else if (!uoh && heap->generations[0].remaining < 0)
        gc_collect_for(heap, generation_to_condemn(heap), "alloc_soh");
}

/* ------------------------------------------------------------------ */
/* Allocation                                                         */
/* ------------------------------------------------------------------ */

/* A zeroed gen0 block of at least `need` bytes (up to `want`, or exactly
 * `need`): from the gaps a non-promoting sweep left, else the frontier of
 * the current gen0 region, else a new gen0 region. */
static uint8_t *take_small(GcHeap *heap, size_t need, size_t want, bool exact, size_t *got) {
    if (want < need)
        want = need;
    uint8_t *block = gc_free_list_take(heap, &heap->gen0_free, need, want, exact, got);
    if (!block) {
        GcRegion *region = heap->alloc_region;
        if (!region || (size_t)(region->end - region->frontier) < need) {
            region = gc_region_new(heap, GC_REGION_SMALL, 0, GC_UNIT_SIZE);
            if (!region)
                return NULL;
            region->next = heap->generations[0].regions;
            heap->generations[0].regions = region;
            heap->alloc_region = region;
        }
        size_t available = (size_t)(region->end - region->frontier);
        size_t n = exact ? need : available < want ? available : want;
        block = region->frontier;
        region->frontier += n; /* beyond the frontier nothing is walked: no filler needed */
        *got = n;
    }
    memset(block, 0, *got);
    heap->gen0_allocated += *got;
    heap->generations[0].remaining -= (int64_t)*got;
    heap->total_allocated += *got;
    return block;
}

/* A large or pinned object: first fit from the space's free list, else
 * the frontier of one of its regions, else a new region. */
static GcObject *alloc_uoh(GcHeap *heap, GcUoh *space, GcAllocContext *context, size_t size) {
    size_t got;
    uint8_t *block = gc_free_list_take(heap, &space->free, size, size, true, &got);
    if (!block) {
        for (GcRegion *region = space->regions; region && !block; region = region->next)
            if ((size_t)(region->end - region->frontier) >= size) {
                block = region->frontier;
                region->frontier += size;
            }
    }
    if (!block) {
        size_t region_size = space->kind == GC_REGION_LARGE ? (size_t)GC_UOH_REGION_UNITS << GC_UNIT_SHIFT : GC_UNIT_SIZE;
        GcRegion *region = gc_region_new(heap, space->kind, GC_MAX_GENERATION, size > region_size ? size : region_size);
        if (!region)
            return NULL;
        region->next = space->regions;
        space->regions = region;
        block = region->frontier;
        region->frontier += size;
    }
    memset(block, 0, size);
    GcRegion *region = gc_region_of(heap, block);
    gc_set_bit(region->start_bits, gc_granule_of(region, block));
    region->live_bytes += size;
    space->size += size;
    heap->uoh_allocated += size;
    heap->total_allocated += size;
    heap->generations[GC_MAX_GENERATION].remaining -= (int64_t)size;
    context->allocated_bytes_uoh += size;
    return (GcObject *)block;
}

GcObject *gc_alloc_slow(GcHeap *heap, GcAllocContext *context, LdMethodTable *type, size_t size, uint32_t flags) {
    size = (size + GC_ALIGNMENT - 1) & ~(size_t)(GC_ALIGNMENT - 1);
    if (size < GC_MIN_OBJECT)
        size = GC_MIN_OBJECT;
    bool large = size >= GC_LARGE_OBJECT_SIZE || (flags & GC_ALLOC_LARGE);
    bool pinned = (flags & GC_ALLOC_PINNED) != 0;
    maybe_collect(heap, large || pinned);
    GcObject *object;
    if (large || pinned) {
        object = alloc_uoh(heap, pinned ? &heap->pinned : &heap->large, context, size);
    } else if ((flags & GC_ALLOC_FINALIZE) || size > GC_QUANTUM / 2) {
        size_t got;
        object = (GcObject *)take_small(heap, size, size, true, &got);
        if (object)
            context->allocated_bytes += size;
    } else {
        retire_context(context);
        /* Under stress every allocation comes back here, to collect first. */
        size_t want = heap->stress ? size + GC_MIN_OBJECT : GC_QUANTUM;
        size_t got;
        uint8_t *block = remember_context(heap, context) ? take_small(heap, size + GC_MIN_OBJECT, want, false, &got)
                                                         : NULL;
        if (!block)
            return NULL;
        context->alloc_ptr = block + size;
        context->alloc_limit = block + got - GC_MIN_OBJECT;
        context->allocated_bytes += got;
        object = (GcObject *)block;
    }
    if (!object)
        return NULL;
    object->type = type;
    if ((flags & GC_ALLOC_FINALIZE) && heap->collects && !gc_finalization_register(heap, object)) {
        gc_make_free((uint8_t *)object, size);
        return NULL;
    }
    return object;
}

/* ------------------------------------------------------------------ */
/* Questions                                                          */
/* ------------------------------------------------------------------ */

uint32_t gc_collection_count(const GcHeap *heap, int generation) {
    if (generation < 0 || generation > GC_MAX_GENERATION)
        return 0;
    uint32_t count = 0;
    for (int i = generation; i <= GC_MAX_GENERATION; i++)
        count += heap->generations[i].collections;
    return count;
}

int gc_max_generation(const GcHeap *heap) {
    (void)heap;
    return GC_MAX_GENERATION;
}

int gc_generation_of(const GcHeap *heap, const void *object) {
    return gc_region_of(heap, object) ? gc_generation_at(heap, object) : -1;
}

GcCollectionInfo gc_last_collection(const GcHeap *heap) {
    return heap->last;
}

uint64_t gc_total_pause_ns(const GcHeap *heap) {
    return heap->total_pause_ns;
}
