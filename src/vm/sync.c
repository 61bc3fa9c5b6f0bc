/*
 * sync.c - what an object's sync word holds for the engine: its hash code
 * and its monitor (lock, Monitor.Wait/Pulse).
 *
 * The collector never reads a live object's sync word, so the engine owns
 * it. It is 0 until one of these is needed, then either a hash code alone
 * (low bit set: the code in the bits above) or a pointer to a VmSyncBlock
 * (8-aligned, low bit clear) that holds the hash code, if any, and the
 * monitor. The word only ever changes 0 -> hash -> block or 0 -> block,
 * under vm->sync_lock, so a reader that sees a block can use it.
 *
 * One mutex for all monitors keeps the state changes simple and obviously
 * right; each block has its own condition variable, so a release wakes
 * only the threads waiting for that object. Each block holds a long weak
 * handle to its object (one that tracks resurrection: a finalizer may
 * still lock it): once a collection has cleared it, the object is gone
 * for good and the block is freed, by the next block creation that finds
 * a collection has happened since the last sweep (CoreCLR's
 * SyncBlockCache does the same from the GC's weak pointer scan). Nobody
 * can be waiting on such a block: a waiter keeps its object alive.
 */
#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "vm/internal.h"

typedef struct VmWaiter {
    struct VmWaiter *next;
    bool pulsed;
} VmWaiter;

struct VmSyncBlock {
    VmSyncBlock *next_block; /* every block, for the runtime to free */
    GcHandle object;         /* weak (long): null once the object is gone */
    int32_t hash;            /* 0: none yet */
    VmThread *owner;         /* NULL: free */
    uint32_t recursion;
    uint32_t entering;       /* threads blocked in Enter */
    pthread_cond_t released; /* the owner let go */
    pthread_cond_t pulsed;   /* a Wait of this monitor was pulsed */
    VmWaiter *waiters, **waiters_tail;
};

#define SYNC_HASH_BIT 1u

static uintptr_t *sync_word(void *object) {
    return &((GcObject *)object)->sync;
}

/* A new hash code: positive, never 0, from a xorshift sequence, since an
 * address-based code would change when the collector moves the object. */
static int32_t new_hash(VmRuntime *vm) {
    uint32_t x = vm->hash_seed ? vm->hash_seed : 0x9E3779B9u;
    do {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
    } while (!(x & 0x3FFFFFFFu));
    vm->hash_seed = x;
    return (int32_t)(x & 0x3FFFFFFFu);
}

static void condition_init(pthread_cond_t *condition) {
    pthread_condattr_t attributes;
    pthread_condattr_init(&attributes);
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    pthread_cond_init(condition, &attributes);
    pthread_condattr_destroy(&attributes);
}

static void free_block(VmRuntime *vm, VmSyncBlock *block) {
    gc_handle_free(vm->heap, block->object);
    pthread_cond_destroy(&block->released);
    pthread_cond_destroy(&block->pulsed);
    free(block);
}

/* The blocks of objects that are gone; call with sync_lock held. */
static void free_dead_blocks(VmRuntime *vm) {
    uint32_t collections = gc_collection_count(vm->heap, 0);
    if (collections == vm->sync_sweep_collections)
        return;
    vm->sync_sweep_collections = collections;
    for (VmSyncBlock **link = &vm->sync_blocks; *link;) {
        VmSyncBlock *block = *link;
        if (gc_handle_target(vm->heap, block->object)) {
            link = &block->next_block;
            continue;
        }
        *link = block->next_block;
        free_block(vm, block);
        vm->sync_block_count--;
    }
}

/* The object's block, made if need be; call with sync_lock held. NULL
 * when memory runs out. */
static VmSyncBlock *block_of(VmRuntime *vm, void *object) {
    uintptr_t word = *sync_word(object);
    if (word && !(word & SYNC_HASH_BIT))
        return (VmSyncBlock *)word;
    if (vm->sync_block_count >= vm->sync_sweep_at) {
        free_dead_blocks(vm);
        vm->sync_sweep_at = 2 * vm->sync_block_count + 64; /* sweeps cost what the blocks made since */
    }
    VmSyncBlock *block = calloc(1, sizeof *block);
    if (!block)
        return NULL;
    block->object = gc_handle_new(vm->heap, GC_HANDLE_WEAK_TRACK_RESURRECTION, object, NULL);
    if (!block->object) {
        free(block);
        return NULL;
    }
    block->hash = word ? (int32_t)(word >> 1) : 0;
    condition_init(&block->released);
    condition_init(&block->pulsed);
    block->waiters_tail = &block->waiters;
    block->next_block = vm->sync_blocks;
    vm->sync_blocks = block;
    vm->sync_block_count++;
    __atomic_store_n(sync_word(object), (uintptr_t)block, __ATOMIC_RELEASE);
    return block;
}

int32_t vm_object_hash(VmRuntime *vm, void *object) {
    uintptr_t word = __atomic_load_n(sync_word(object), __ATOMIC_ACQUIRE);
    if (word & SYNC_HASH_BIT)
        return (int32_t)(word >> 1);
    if (word && ((VmSyncBlock *)word)->hash)
        return ((VmSyncBlock *)word)->hash;
    pthread_mutex_lock(&vm->sync_lock);
    word = *sync_word(object);
    int32_t hash;
    if (!word) {
        hash = new_hash(vm);
        __atomic_store_n(sync_word(object), (uintptr_t)hash << 1 | SYNC_HASH_BIT, __ATOMIC_RELEASE);
    } else if (word & SYNC_HASH_BIT) {
        hash = (int32_t)(word >> 1);
    } else {
        VmSyncBlock *block = (VmSyncBlock *)word;
        if (!block->hash)
            block->hash = new_hash(vm);
        hash = block->hash;
    }
    pthread_mutex_unlock(&vm->sync_lock);
    return hash;
}

/* An absolute CLOCK_MONOTONIC deadline `ms` from now. */
static struct timespec deadline_after(int32_t ms) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

/* Waits on `condition` until the deadline (none if timeout_ms < 0);
 * false once the deadline has passed. */
static bool wait_until(VmRuntime *vm, pthread_cond_t *condition, int32_t timeout_ms, const struct timespec *deadline) {
    if (timeout_ms < 0)
        return pthread_cond_wait(condition, &vm->sync_lock) == 0;
    return pthread_cond_timedwait(condition, &vm->sync_lock, deadline) != ETIMEDOUT;
}

/* A thread that must wait lets go of the GIL first (the owner may need it
 * to get to its Exit) and takes it back after the wait, never while it
 * holds sync_lock: the GIL always comes first. */
VmMonitorResult vm_monitor_enter(VmRuntime *vm, VmThread *thread, void *object, int32_t timeout_ms) {
    struct timespec deadline = deadline_after(timeout_ms > 0 ? timeout_ms : 0);
    pthread_mutex_lock(&vm->sync_lock);
    VmSyncBlock *block = block_of(vm, object);
    VmMonitorResult result = VM_MONITOR_TAKEN;
    if (!block) {
        result = VM_MONITOR_NO_MEMORY;
    } else if (block->owner == thread) {
        block->recursion++;
    } else if (!block->owner) {
        block->owner = thread;
        block->recursion = 1;
    } else if (timeout_ms == 0) {
        result = VM_MONITOR_TIMED_OUT;
    } else {
        block->entering++;
        pthread_mutex_unlock(&vm->sync_lock);
        vm_blocking_begin(thread);
        pthread_mutex_lock(&vm->sync_lock);
        bool in_time = true;
        while (block->owner && in_time)
            in_time = wait_until(vm, &block->released, timeout_ms, &deadline);
        block->entering--;
        if (!block->owner) {
            block->owner = thread;
            block->recursion = 1;
        } else {
            result = VM_MONITOR_TIMED_OUT;
        }
        pthread_mutex_unlock(&vm->sync_lock);
        vm_blocking_end(thread);
        return result;
    }
    pthread_mutex_unlock(&vm->sync_lock);
    return result;
}

/* The block of an object this thread owns, or NULL; sync_lock held. */
static VmSyncBlock *owned_block(void *object, VmThread *thread) {
    uintptr_t word = *sync_word(object);
    VmSyncBlock *block = word && !(word & SYNC_HASH_BIT) ? (VmSyncBlock *)word : NULL;
    return block && block->owner == thread ? block : NULL;
}

bool vm_monitor_exit(VmRuntime *vm, VmThread *thread, void *object) {
    pthread_mutex_lock(&vm->sync_lock);
    VmSyncBlock *block = owned_block(object, thread);
    if (block && --block->recursion == 0) {
        block->owner = NULL;
        if (block->entering)
            pthread_cond_signal(&block->released);
    }
    pthread_mutex_unlock(&vm->sync_lock);
    return block != NULL;
}

bool vm_monitor_owned(VmRuntime *vm, VmThread *thread, void *object) {
    pthread_mutex_lock(&vm->sync_lock);
    bool owned = owned_block(object, thread) != NULL;
    pthread_mutex_unlock(&vm->sync_lock);
    return owned;
}

bool vm_monitor_locked(VmRuntime *vm, void *object) {
    pthread_mutex_lock(&vm->sync_lock);
    uintptr_t word = *sync_word(object);
    bool locked = word && !(word & SYNC_HASH_BIT) && ((VmSyncBlock *)word)->owner;
    pthread_mutex_unlock(&vm->sync_lock);
    return locked;
}

VmMonitorResult vm_monitor_wait(VmRuntime *vm, VmThread *thread, void *object, int32_t timeout_ms) {
    struct timespec deadline = deadline_after(timeout_ms > 0 ? timeout_ms : 0);
    pthread_mutex_lock(&vm->sync_lock);
    VmSyncBlock *block = owned_block(object, thread);
    if (!block) {
        pthread_mutex_unlock(&vm->sync_lock);
        return VM_MONITOR_NOT_OWNER;
    }
    VmWaiter waiter = {0};
    *block->waiters_tail = &waiter;
    block->waiters_tail = &waiter.next;
    uint32_t recursion = block->recursion;
    block->owner = NULL;
    block->recursion = 0;
    if (block->entering)
        pthread_cond_signal(&block->released);
    pthread_mutex_unlock(&vm->sync_lock);
    vm_blocking_begin(thread);
    pthread_mutex_lock(&vm->sync_lock);
    bool in_time = true;
    while (!waiter.pulsed && in_time)
        in_time = timeout_ms != 0 && wait_until(vm, &block->pulsed, timeout_ms, &deadline);
    if (!waiter.pulsed) { /* timed out: leave the queue */
        VmWaiter **link = &block->waiters;
        while (*link != &waiter)
            link = &(*link)->next;
        *link = waiter.next;
        if (block->waiters_tail == &waiter.next)
            block->waiters_tail = link;
    }
    /* Take the lock back, however long that takes, as Monitor.Wait does. */
    block->entering++;
    while (block->owner)
        pthread_cond_wait(&block->released, &vm->sync_lock);
    block->entering--;
    block->owner = thread;
    block->recursion = recursion;
    pthread_mutex_unlock(&vm->sync_lock);
    vm_blocking_end(thread);
    return waiter.pulsed ? VM_MONITOR_TAKEN : VM_MONITOR_TIMED_OUT;
}

bool vm_monitor_pulse(VmRuntime *vm, VmThread *thread, void *object, bool all) {
    pthread_mutex_lock(&vm->sync_lock);
    VmSyncBlock *block = owned_block(object, thread);
    while (block && block->waiters) {
        VmWaiter *waiter = block->waiters;
        block->waiters = waiter->next;
        if (!block->waiters)
            block->waiters_tail = &block->waiters;
        waiter->pulsed = true;
        if (!all)
            break;
    }
    if (block)
        pthread_cond_broadcast(&block->pulsed);
    pthread_mutex_unlock(&vm->sync_lock);
    return block != NULL;
}

void vm_sync_init(VmRuntime *vm) {
    pthread_mutex_init(&vm->sync_lock, NULL);
}

void vm_sync_destroy(VmRuntime *vm) {
    while (vm->sync_blocks) {
        VmSyncBlock *next = vm->sync_blocks->next_block;
        free_block(vm, vm->sync_blocks);
        vm->sync_blocks = next;
    }
    pthread_mutex_destroy(&vm->sync_lock);
}
