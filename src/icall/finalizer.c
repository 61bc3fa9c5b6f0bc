/*
 * finalizer.c - the finalizer thread, GC.WaitForPendingFinalizers, and
 * finalization at the end of the program.
 *
 * The collector queues dead finalizable objects (gc.h) and says so from
 * inside the collection; the finalizer thread, started at startup as
 * mono's is (so it is managed thread 2, named "Finalizer"), wakes up,
 * takes the objects one by one and calls each one's Finalize override.
 *
 * Requests are counted: every collection that queued something, and every
 * WaitForPendingFinalizers, adds one; the thread remembers how many it
 * had seen when it last found the queue empty. A waiter therefore knows
 * its request was served once that number reaches it, which also covers
 * everything queued before it asked.
 *
 * At the end of the program (after ProcessExit), one full collection
 * queues whatever has become garbage and the thread runs those
 * finalizers, as mono and .NET Framework do at shutdown; objects still
 * reachable from statics are left alone (mono finalizes them too, while
 * it tears the console down, which makes its output at exit unreliable).
 * An exception a finalizer does not catch ends the process, as on mono.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "gc/gc.h"
#include "icall/internal.h"

typedef struct Finalizer {
    pthread_mutex_t lock;
    pthread_cond_t wake;    /* requests grew, or stop was set */
    pthread_cond_t drained; /* handled grew */
    uint64_t requests;
    uint64_t handled;
    bool stop;
    VmThread *thread;
    uint32_t finalize_slot; /* Object.Finalize's vtable slot */
} Finalizer;

static Finalizer *finalizer_of(VmRuntime *vm) {
    return *vm_finalizer_state(vm);
}

/* Called by the collector, inside a collection, when it queued objects. */
static void request(void *data) {
    Finalizer *f = data;
    pthread_mutex_lock(&f->lock);
    f->requests++;
    pthread_cond_signal(&f->wake);
    pthread_mutex_unlock(&f->lock);
}

/* Runs every queued finalizer; the object is kept alive by the call's
 * argument slot while its finalizer runs. Not inlined: the objects'
 * addresses must not stay in the caller's registers (see below). */
__attribute__((noinline)) static void run_ready(VmIcallContext *context, Finalizer *f) {
    GcObject *object;
    while ((object = gc_next_finalizable(vm_heap(context->vm)))) {
        LdMethodTable *type = object->type;
        if (f->finalize_slot >= type->vtable_count)
            continue;
        LdMethod *finalize = type->vtable[f->finalize_slot];
        VmSlot args[1] = {{.p = object}}, none;
        void *thrown = NULL;
        if (!vm_invoke(context->vm, context->thread, finalize, args, &none, &thrown, context->error)) {
            icall_report_unhandled(context, thrown, context->error->message);
            fflush(NULL);
            _exit(255); /* mono's status when a finalizer throws */
        }
    }
}

/* The C stack below this frame, where the finalizers just ran, is wiped
 * before the thread blocks: the collector scans a blocked thread's stack
 * (and the registers it spilled there) conservatively, and a finalized
 * object's address left there would keep it (and a resurrected or
 * re-registered one) alive for no reason. */
__attribute__((noinline)) static void wipe_dead_stack(void) {
    volatile uint8_t area[32 * 1024];
    for (size_t i = 0; i < sizeof area; i += sizeof(uintptr_t))
        *(volatile uintptr_t *)&area[i] = 0;
}

static void finalizer_main(VmThread *thread, void *data) {
    Finalizer *f = data;
    VmError error = {0};
    VmIcallContext context = {vm_of_thread(thread), thread, &error, NULL};
    for (;;) {
        pthread_mutex_lock(&f->lock);
        uint64_t seen = f->requests;
        pthread_mutex_unlock(&f->lock);
        run_ready(&context, f);
        wipe_dead_stack();
        vm_blocking_begin(thread);
        pthread_mutex_lock(&f->lock);
        f->handled = seen;
        pthread_cond_broadcast(&f->drained);
        while (f->requests == seen && !f->stop)
            pthread_cond_wait(&f->wake, &f->lock);
        bool stop = f->stop && f->requests == seen;
        pthread_mutex_unlock(&f->lock);
        vm_blocking_end(thread);
        if (stop)
            return;
    }
}

static void release(void *data) {
    Finalizer *f = data;
    if (!f)
        return;
    pthread_mutex_destroy(&f->lock);
    pthread_cond_destroy(&f->wake);
    pthread_cond_destroy(&f->drained);
    free(f);
}

bool icall_start_finalizer(VmIcallContext *context) {
    LdMethodTable *object = icall_corlib_type(context, "System", "Object");
    LdMethod *finalize = object ? vm_find_method(object, "Finalize()") : NULL;
    if (!finalize || finalize->slot == LD_SLOT_NONE)
        return object && vm_fail(context->error, "corlib contract: System.Object has no virtual Finalize()");
    Finalizer *f = calloc(1, sizeof *f);
    if (!f)
        return vm_fail(context->error, "out of memory");
    pthread_mutex_init(&f->lock, NULL);
    pthread_cond_init(&f->wake, NULL);
    pthread_cond_init(&f->drained, NULL);
    f->finalize_slot = finalize->slot;
    *vm_finalizer_state(context->vm) = f;
    vm_set_finalizer_release(context->vm, release);
    /* The thread waits for the runtime lock this thread holds, so its
     * Thread object is made here first, and takes the next id. */
    f->thread = vm_thread_start(context->vm, finalizer_main, f, true, context->error);
    if (!f->thread)
        return false;
    gc_on_finalizers_ready(vm_heap(context->vm), request, f);
    return icall_runtime_thread_object(context, f->thread, "Finalizer");
}

/* Waits until the finalizer thread has run every finalizer queued so far;
 * at once on the finalizer thread itself, or before it exists. */
void icall_wait_for_finalizers(VmIcallContext *context) {
    Finalizer *f = finalizer_of(context->vm);
    if (!f || !f->thread || context->thread == f->thread)
        return;
    vm_blocking_begin(context->thread);
    pthread_mutex_lock(&f->lock);
    uint64_t target = ++f->requests;
    pthread_cond_signal(&f->wake);
    while (f->handled < target)
        pthread_cond_wait(&f->drained, &f->lock);
    pthread_mutex_unlock(&f->lock);
    vm_blocking_end(context->thread);
}

void icall_finalize_at_exit(VmRuntime *vm, VmThread *thread) {
    Finalizer *f = finalizer_of(vm);
    if (!f || !f->thread || thread == f->thread) /* Environment.Exit in a finalizer: nobody is left to wait for */
        return;
    VmError error = {0};
    VmIcallContext context = {vm, thread, &error, NULL};
    gc_collect(vm_heap(vm), -1);
    icall_wait_for_finalizers(&context);
    vm_blocking_begin(thread);
    pthread_mutex_lock(&f->lock);
    f->stop = true;
    pthread_cond_signal(&f->wake);
    pthread_mutex_unlock(&f->lock);
    vm_blocking_end(thread);
    vm_thread_join(thread, f->thread, -1);
    icall_thread_free_name(&context, *vm_thread_object(f->thread)); /* no collection finalizes it now */
    vm_thread_release(vm, f->thread);
    f->thread = NULL;
    gc_on_finalizers_ready(vm_heap(vm), NULL, NULL);
}
