/*
 * threads.c - managed threads and how they share the runtime.
 *
 * Every thread runs managed code only while it holds the runtime lock
 * (the "GIL"); a thread that is about to block (a contended lock, a wait,
 * a sleep, a join, reading a pipe) lets go of it for the time it is
 * blocked, and a thread running managed code offers it to the others
 * every VM_POLL_INTERVAL calls and backward branches. This is
 * ARCHITECTURE.md's cooperative/preemptive contract with at most one
 * thread cooperative at a time: a collection never has to suspend
 * anybody (whoever allocates holds the lock; everyone else is blocked
 * outside managed code), and the loader, the transcoder and the runtime's
 * tables need no locks of their own. The price is that managed code does
 * not run in parallel; per-thread suspension can replace the lock without
 * changing the callers, which only ever say "I may block now" and "I am
 * back".
 *
 * The lock is a ticket lock, so threads get it in the order they asked.
 * A thread that lets go of it records where its C stack ends and spills
 * its registers there first: the collector, run by another thread, scans
 * that stack conservatively.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/internal.h"

void vm_gil_acquire(VmRuntime *vm, VmThread *thread) {
    pthread_mutex_lock(&vm->gil_lock);
    uint64_t ticket = vm->gil_next_ticket;
    __atomic_store_n(&vm->gil_next_ticket, ticket + 1, __ATOMIC_RELAXED);
    while (vm->gil_serving != ticket)
        pthread_cond_wait(&vm->gil_turn, &vm->gil_lock);
    pthread_mutex_unlock(&vm->gil_lock);
    thread->stack_low = 0;
}

/* Registers are spilled into this frame (__builtin_unwind_init), above
 * `marker`, so scanning from the marker up covers them. */
__attribute__((noinline)) void vm_gil_release(VmRuntime *vm, VmThread *thread) {
    volatile uintptr_t marker = 0;
    __builtin_unwind_init();
    thread->stack_low = (uintptr_t)&marker & ~(uintptr_t)(sizeof(void *) - 1);
    pthread_mutex_lock(&vm->gil_lock);
    __atomic_store_n(&vm->gil_serving, vm->gil_serving + 1, __ATOMIC_RELAXED);
    pthread_cond_broadcast(&vm->gil_turn);
    pthread_mutex_unlock(&vm->gil_lock);
}

void vm_gil_poll(VmRuntime *vm, VmThread *thread) {
    thread->poll_countdown = VM_POLL_INTERVAL;
    uint64_t next = __atomic_load_n(&vm->gil_next_ticket, __ATOMIC_RELAXED);
    uint64_t serving = __atomic_load_n(&vm->gil_serving, __ATOMIC_RELAXED);
    if (next - serving > 1) { /* somebody is waiting for a turn */
        vm_gil_release(vm, thread);
        vm_gil_acquire(vm, thread);
    }
}

void vm_blocking_begin(VmThread *thread) {
    vm_gil_release(thread->vm, thread);
}

void vm_blocking_end(VmThread *thread) {
    vm_gil_acquire(thread->vm, thread);
}

bool vm_thread_init(VmRuntime *vm, VmThread *thread) {
    thread->vm = vm;
    thread->slots = calloc(VM_SLOT_STACK_SIZE, sizeof *thread->slots);
    thread->frames = calloc(VM_FRAME_STACK_SIZE, sizeof *thread->frames);
    thread->slots_end = thread->slots + VM_SLOT_STACK_SIZE;
    thread->frames_end = thread->frames + VM_FRAME_STACK_SIZE;
    thread->localloc = thread->localloc_top = malloc(VM_LOCALLOC_SIZE);
    thread->localloc_end = thread->localloc + VM_LOCALLOC_SIZE;
    thread->poll_countdown = VM_POLL_INTERVAL;
    pthread_cond_init(&thread->finished_changed, NULL);
    return thread->slots && thread->frames && thread->localloc;
}

void vm_thread_free(VmThread *thread) {
    free(thread->slots);
    free(thread->frames);
    free(thread->localloc);
    thread->slots = NULL;
    thread->frames = NULL;
    thread->localloc = NULL;
    for (uint32_t i = 0; i < thread->thread_statics_count; i++) {
        free(thread->thread_statics[i].plain);
        free(thread->thread_statics[i].refs);
    }
    free(thread->thread_statics);
    free(thread->saved_unwinds);
    thread->saved_unwinds = NULL;
    thread->saved_unwind_count = thread->saved_unwind_capacity = 0;
    thread->thread_statics = NULL;
    thread->thread_statics_count = 0;
}

/* The registry: the main thread is vm->main_thread; the others are in
 * vm->threads, each added before it starts and removed when it ends. The
 * list changes only under the GIL, so the collector can walk it. */
static void register_thread(VmRuntime *vm, VmThread *thread) {
    thread->next_thread = vm->threads;
    vm->threads = thread;
}

static void unregister_thread(VmRuntime *vm, VmThread *thread) {
    for (VmThread **link = &vm->threads; *link; link = &(*link)->next_thread)
        if (*link == thread) {
            *link = thread->next_thread;
            break;
        }
}

typedef struct ThreadStart {
    VmThread *thread;
    VmThreadBody body;
    void *argument;
} ThreadStart;

static void *thread_main(void *raw) {
    ThreadStart start = *(ThreadStart *)raw;
    free(raw);
    VmThread *thread = start.thread;
    VmRuntime *vm = thread->vm;
    vm_gil_acquire(vm, thread);
    vm_thread_stack_bounds(thread);
    start.body(thread, start.argument);
    /* Done: joiners wake, the thread's allocation range goes back. */
    gc_context_retire(vm->heap, &thread->alloc);
    unregister_thread(vm, thread);
    pthread_mutex_lock(&vm->threads_lock);
    thread->finished = true;
    if (!thread->background)
        vm->foreground_threads--;
    pthread_cond_broadcast(&thread->finished_changed);
    pthread_cond_broadcast(&vm->threads_changed);
    pthread_mutex_unlock(&vm->threads_lock);
    vm_gil_release(vm, thread);
    vm_thread_free(thread); /* the stacks now; the struct when its last holder lets go */
    vm_thread_release(vm, thread);
    return NULL;
}

VmThread *vm_thread_start(VmRuntime *vm, VmThreadBody body, void *argument, bool background, VmError *error) {
    VmThread *thread = calloc(1, sizeof *thread);
    ThreadStart *start = malloc(sizeof *start);
    if (!thread || !start || !vm_thread_init(vm, thread)) {
        if (thread) {
            vm_thread_free(thread);
            pthread_cond_destroy(&thread->finished_changed);
        }
        free(thread);
        free(start);
        vm_fail(error, "out of memory starting a thread");
        return NULL;
    }
    *start = (ThreadStart){thread, body, argument};
    thread->background = background;
    thread->references = 2; /* the running thread's, and the creator's until it lets go */
    register_thread(vm, thread);
    pthread_mutex_lock(&vm->threads_lock);
    if (!background)
        vm->foreground_threads++;
    pthread_mutex_unlock(&vm->threads_lock);
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attributes, 8u << 20);
    int failed = pthread_create(&thread->pthread, &attributes, thread_main, start);
    pthread_attr_destroy(&attributes);
    if (failed) {
        unregister_thread(vm, thread);
        pthread_mutex_lock(&vm->threads_lock);
        if (!background)
            vm->foreground_threads--;
        pthread_mutex_unlock(&vm->threads_lock);
        vm_thread_free(thread);
        pthread_cond_destroy(&thread->finished_changed);
        free(thread);
        free(start);
        vm_fail(error, "the system could not start a thread");
        return NULL;
    }
    return thread;
}

VmThread *vm_thread_attach(VmRuntime *vm) {
    VmThread *thread = calloc(1, sizeof *thread);
    if (!thread)
        return NULL;
    if (!vm_thread_init(vm, thread)) {
        vm_thread_free(thread);
        pthread_cond_destroy(&thread->finished_changed);
        free(thread);
        return NULL;
    }
    thread->background = true; /* the process never waits for a thread it did not start */
    thread->references = 1;
    thread->pthread = pthread_self();
    vm_gil_acquire(vm, thread);
    vm_thread_stack_bounds(thread);
    register_thread(vm, thread);
    return thread;
}

void vm_thread_detach(VmThread *thread) {
    VmRuntime *vm = thread->vm;
    gc_context_retire(vm->heap, &thread->alloc);
    unregister_thread(vm, thread);
    pthread_mutex_lock(&vm->threads_lock);
    thread->finished = true;
    pthread_cond_broadcast(&thread->finished_changed);
    pthread_mutex_unlock(&vm->threads_lock);
    vm_gil_release(vm, thread);
    vm_thread_free(thread);
    vm_thread_release(vm, thread);
}

/* A VmThread lives until both the running thread and whoever holds it
 * (the managed Thread, for Join) are done with it. */
void vm_thread_release(VmRuntime *vm, VmThread *thread) {
    pthread_mutex_lock(&vm->threads_lock);
    bool last = --thread->references == 0;
    pthread_mutex_unlock(&vm->threads_lock);
    if (last) {
        pthread_cond_destroy(&thread->finished_changed);
        free(thread);
    }
}

bool vm_thread_join(VmThread *self, VmThread *thread, int32_t timeout_ms) {
    VmRuntime *vm = self->vm;
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += timeout_ms / 1000;
    deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    vm_blocking_begin(self);
    pthread_mutex_lock(&vm->threads_lock);
    bool timed_out = false;
    while (!thread->finished && !timed_out) {
        if (timeout_ms < 0)
            pthread_cond_wait(&thread->finished_changed, &vm->threads_lock);
        else
            timed_out = pthread_cond_timedwait(&thread->finished_changed, &vm->threads_lock, &deadline) != 0;
    }
    bool finished = thread->finished;
    pthread_mutex_unlock(&vm->threads_lock);
    vm_blocking_end(self);
    return finished;
}

void vm_wait_foreground_threads(VmRuntime *vm, VmThread *self) {
    vm_blocking_begin(self);
    pthread_mutex_lock(&vm->threads_lock);
    while (vm->foreground_threads)
        pthread_cond_wait(&vm->threads_changed, &vm->threads_lock);
    pthread_mutex_unlock(&vm->threads_lock);
    vm_blocking_end(self);
}

void vm_threads_init(VmRuntime *vm) {
    pthread_mutex_init(&vm->gil_lock, NULL);
    pthread_cond_init(&vm->gil_turn, NULL);
    pthread_mutex_init(&vm->threads_lock, NULL);
    pthread_cond_init(&vm->threads_changed, NULL);
}

/* Room for a deep chain: a quarter of the managed stacks and 128 KB of C
 * stack (internal calls and nested invocations use it) still free. */
bool vm_sufficient_stack(VmThread *thread) {
    volatile char here = 0;
    uintptr_t c_used = thread->stack_high - (uintptr_t)&here;
    size_t c_size = 8u << 20;
    VmFrame *top = thread->top ? thread->top : thread->frames;
    VmSlot *sp = thread->top ? thread->top->sp : thread->slots;
    return (size_t)(thread->frames_end - top) > VM_FRAME_STACK_SIZE / 4 &&
           (size_t)(thread->slots_end - sp) > VM_SLOT_STACK_SIZE / 4 && c_used + (128u << 10) < c_size;
}
