/*
 * threadpool.c - System.Threading.ThreadPool's runtime half. The queue of
 * work items is corlib's (ThreadPoolWorkQueue); the runtime only keeps
 * worker threads, each of which calls
 * _ThreadPoolWaitCallback.PerformWaitCallback() for as long as work has
 * been requested, and waits (without the runtime lock) when there is none.
 * Workers are background threads; one that has waited idle for a while
 * ends.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "icall/internal.h"

#define POOL_IDLE_SECONDS 5

typedef struct Pool {
    pthread_mutex_t lock;
    pthread_cond_t requested;
    uint32_t requests;   /* RequestWorkerThread calls not yet taken by a worker */
    uint32_t workers;    /* running */
    uint32_t idle;       /* waiting for a request */
    int32_t max_workers, min_workers;
} Pool;

static Pool pool = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0, 0, 0, 0};

static int32_t processor_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int32_t)n : 1;
}

/* Waits (without the runtime lock) for a request; false if none came in
 * POOL_IDLE_SECONDS, and the worker should end. */
static bool next_request(VmThread *thread) {
    vm_blocking_begin(thread);
    pthread_mutex_lock(&pool.lock);
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += POOL_IDLE_SECONDS;
    pool.idle++;
    int waited = 0;
    while (!pool.requests && waited != ETIMEDOUT)
        waited = pthread_cond_timedwait(&pool.requested, &pool.lock, &deadline);
    pool.idle--;
    bool got = pool.requests > 0;
    if (got)
        pool.requests--;
    else
        pool.workers--;
    pthread_mutex_unlock(&pool.lock);
    vm_blocking_end(thread);
    return got;
}

static void worker(VmThread *thread, void *unused) {
    VmRuntime *vm = vm_of_thread(thread);
    VmError error = {0};
    VmIcallContext context = {vm, thread, &error, NULL};
    void *managed;
    LdMethodTable *callback_type = icall_corlib_type(&context, "System.Threading", "_ThreadPoolWaitCallback");
    LdMethod *perform = callback_type ? vm_find_method(callback_type, "PerformWaitCallback()") : NULL;
    if (!perform || !icall_current_thread(&context, &managed)) {
        icall_report_unhandled(&context, NULL, perform ? error.message : "corlib contract: PerformWaitCallback");
        _exit(1);
    }
    /* corlib's worker loop runs items until the queue is empty or its
     * quantum is used up; another request brings it back. */
    while (next_request(thread)) {
        VmSlot none;
        void *thrown = NULL;
        if (!vm_invoke(vm, thread, perform, NULL, &none, &thrown, &error)) {
            icall_report_unhandled(&context, thrown, error.message);
            fflush(NULL);
            _exit(1);
        }
    }
}

/* RequestWorkerThread(): one more call of PerformWaitCallback is wanted;
 * an idle worker takes it, else a new one starts if the pool has room. */
static bool request_worker(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&pool.lock);
    if (!pool.max_workers) {
        pool.min_workers = processor_count();
        pool.max_workers = pool.min_workers * 4 < 8 ? 8 : pool.min_workers * 4;
    }
    pool.requests++;
    bool start = pool.idle < pool.requests && pool.workers < (uint32_t)pool.max_workers;
    if (start)
        pool.workers++;
    else
        pthread_cond_signal(&pool.requested);
    pthread_mutex_unlock(&pool.lock);
    if (start) {
        VmThread *thread = vm_thread_start(context->vm, worker, NULL, true, context->error);
        if (!thread) {
            pthread_mutex_lock(&pool.lock);
            pool.workers--;
            pthread_mutex_unlock(&pool.lock);
            return false;
        }
        vm_thread_release(context->vm, thread); /* nobody joins a worker */
    }
    result->i4 = 1;
    return true;
}

/* InitializeVMTp(ref bool enableWorkerTracking). */
static bool initialize(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    *(uint8_t *)args[0].p = 0;
    return true;
}

/* NotifyWorkItemComplete(): whether the worker may take another item. */
static bool work_item_complete(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 1;
    return true;
}

static bool nothing_to_track(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return true; /* progress, queueing and status reports steer mono's thread injection, not ours */
}

static bool get_max_threads(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&pool.lock);
    int32_t max = pool.max_workers ? pool.max_workers : processor_count() * 4;
    pthread_mutex_unlock(&pool.lock);
    *(int32_t *)args[0].p = max;
    *(int32_t *)args[1].p = max;
    return true;
}

static bool get_min_threads(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&pool.lock);
    int32_t min = pool.min_workers ? pool.min_workers : processor_count();
    pthread_mutex_unlock(&pool.lock);
    *(int32_t *)args[0].p = min;
    *(int32_t *)args[1].p = min;
    return true;
}

static bool get_available_threads(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&pool.lock);
    int32_t max = pool.max_workers ? pool.max_workers : processor_count() * 4;
    int32_t available = max - (int32_t)pool.workers;
    pthread_mutex_unlock(&pool.lock);
    *(int32_t *)args[0].p = available;
    *(int32_t *)args[1].p = max;
    return true;
}

static bool set_max_threads(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&pool.lock);
    bool ok = args[0].i4 > 0 && args[0].i4 >= pool.min_workers;
    if (ok)
        pool.max_workers = args[0].i4;
    pthread_mutex_unlock(&pool.lock);
    result->i4 = ok;
    return true;
}

static bool set_min_threads(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&pool.lock);
    bool ok = args[0].i4 > 0 && (!pool.max_workers || args[0].i4 <= pool.max_workers);
    if (ok)
        pool.min_workers = args[0].i4;
    pthread_mutex_unlock(&pool.lock);
    result->i4 = ok;
    return true;
}

const VmIcall icall_threadpool[] = {
    {"System.Threading.ThreadPool::RequestWorkerThread", request_worker},
    {"System.Threading.ThreadPool::InitializeVMTp", initialize},
    {"System.Threading.ThreadPool::NotifyWorkItemComplete", work_item_complete},
    {"System.Threading.ThreadPool::NotifyWorkItemProgressNative", nothing_to_track},
    {"System.Threading.ThreadPool::NotifyWorkItemQueued", nothing_to_track},
    {"System.Threading.ThreadPool::ReportThreadStatus", nothing_to_track},
    {"System.Threading.ThreadPool::GetMaxThreadsNative", get_max_threads},
    {"System.Threading.ThreadPool::GetMinThreadsNative", get_min_threads},
    {"System.Threading.ThreadPool::GetAvailableThreadsNative", get_available_threads},
    {"System.Threading.ThreadPool::SetMaxThreadsNative", set_max_threads},
    {"System.Threading.ThreadPool::SetMinThreadsNative", set_min_threads},
};
const uint32_t icall_threadpool_count = ICALL_COUNT(icall_threadpool);
