/*
 * gc.c - the collector front: choosing an implementation and the zero
 * collector, which hands out memory in quanta and never collects.
 *
 * LUCID_GC=zero exists so the engine can be tested with no collection at
 * all (any bug that disappears under it is a GC bug) and to keep gc.h
 * honest: nothing outside src/gc may depend on how the heap works.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"

#define QUANTUM (8u * 1024u)        /* bytes handed to an allocation context at a time */
#define CHUNK (4u * 1024u * 1024u)  /* bytes asked of the system at a time */

typedef struct Chunk {
    struct Chunk *next;
    uint8_t *free, *end;
} Chunk;

struct GcHeap {
    const char *name;
    Chunk *chunks;
    uint64_t total_bytes;
    GcConfig config;
};

static Chunk *new_chunk(size_t at_least) {
    size_t size = at_least + sizeof(Chunk) > CHUNK ? at_least + sizeof(Chunk) : CHUNK;
    Chunk *chunk = calloc(1, size);
    if (!chunk)
        return NULL;
    chunk->free = (uint8_t *)(chunk + 1);
    chunk->end = (uint8_t *)chunk + size;
    return chunk;
}

/* Zeroed bytes from the current chunk, or a new one. */
static uint8_t *take(GcHeap *heap, size_t size) {
    Chunk *chunk = heap->chunks;
    if (!chunk || (size_t)(chunk->end - chunk->free) < size) {
        Chunk *fresh = new_chunk(size);
        if (!fresh)
            return NULL;
        fresh->next = heap->chunks;
        heap->chunks = fresh;
        chunk = fresh;
    }
    uint8_t *p = chunk->free;
    chunk->free += size;
    heap->total_bytes += size;
    return p;
}

GcHeap *gc_create(const GcConfig *config, GcError *error) {
    const char *name = config->collector && config->collector[0] ? config->collector : "zero";
    if (strcmp(name, "zero") != 0) {
        snprintf(error->message, sizeof error->message,
                 "unknown collector \"%s\" (LUCID_GC): only \"zero\" exists yet", name);
        return NULL;
    }
    GcHeap *heap = calloc(1, sizeof *heap);
    if (!heap) {
        snprintf(error->message, sizeof error->message, "out of memory");
        return NULL;
    }
    heap->name = "zero";
    heap->config = *config;
    return heap;
}

void gc_destroy(GcHeap *heap) {
    if (!heap)
        return;
    for (Chunk *c = heap->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(heap);
}

const char *gc_name(const GcHeap *heap) {
    return heap->name;
}

GcObject *gc_alloc_slow(GcHeap *heap, GcAllocContext *context, LdMethodTable *type, size_t size, uint32_t flags) {
    uint8_t *p;
    if (size >= QUANTUM / 2 || (flags & (GC_ALLOC_FINALIZE | GC_ALLOC_PINNED))) {
        /* Big or special objects get their own memory; the zero collector
         * neither moves nor finalizes, so pinned and finalizable need nothing else. */
        p = take(heap, size);
    } else {
        uint8_t *range = take(heap, QUANTUM);
        if (!range)
            return NULL;
        context->alloc_ptr = range + size;
        context->alloc_limit = range + QUANTUM;
        context->allocated_bytes += QUANTUM;
        p = range;
    }
    if (!p)
        return NULL;
    GcObject *object = (GcObject *)p;
    object->type = type;
    return object;
}

void gc_collect(GcHeap *heap, int generation) {
    (void)heap;
    (void)generation; /* the zero collector never collects */
}

uint64_t gc_total_bytes(const GcHeap *heap) {
    return heap->total_bytes;
}

uint32_t gc_collection_count(const GcHeap *heap, int generation) {
    (void)heap;
    (void)generation;
    return 0;
}
