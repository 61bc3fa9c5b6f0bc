/*
 * wait.c - the kernel-object side of System.Threading: events
 * (NativeEventCalls), semaphores, mutexes, WaitHandle's waits, and the clock
 * of Timer and Stopwatch. A handle is a WaitObject in C memory; every state change
 * happens under one mutex and wakes every waiter, who looks again: simple,
 * and waits on any mix of objects (WaitAny/WaitAll) need nothing more.
 * Waiting lets go of the runtime lock (vm_blocking_begin).
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "icall/internal.h"

typedef enum { WAIT_EVENT, WAIT_SEMAPHORE, WAIT_MUTEX } WaitKind;

typedef struct WaitObject {
    WaitKind kind;
    bool manual_reset; /* events: stays set until reset */
    int32_t count;     /* events: 1 set, 0 not; semaphores: the count; mutexes: recursion */
    int32_t maximum;   /* semaphores */
    VmThread *owner;   /* mutexes */
} WaitObject;

enum { WAIT_OBJECT_0 = 0, WAIT_TIMEOUT = 258, WAIT_FAILED = -1 };

static pthread_mutex_t wait_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wait_changed;
static pthread_once_t wait_once = PTHREAD_ONCE_INIT;

static void wait_init(void) {
    pthread_condattr_t attributes;
    pthread_condattr_init(&attributes);
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    pthread_cond_init(&wait_changed, &attributes);
    pthread_condattr_destroy(&attributes);
}

static WaitObject *new_object(WaitKind kind) {
    pthread_once(&wait_once, wait_init);
    WaitObject *object = calloc(1, sizeof *object);
    if (object)
        object->kind = kind;
    return object;
}

static void changed(void) {
    pthread_cond_broadcast(&wait_changed);
}

/* CreateEvent_icall(manual, initial, name, name_length, out int error). */
static bool create_event(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *event = new_object(WAIT_EVENT);
    if (!event)
        return icall_out_of_memory(context);
    event->manual_reset = args[0].i4 != 0;
    event->count = args[1].i4 != 0;
    *(int32_t *)args[4].p = 0;
    result->p = event;
    return true;
}

static bool set_event(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *event = args[0].p;
    pthread_mutex_lock(&wait_lock);
    event->count = 1;
    changed();
    pthread_mutex_unlock(&wait_lock);
    result->i4 = 1;
    return true;
}

static bool reset_event(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *event = args[0].p;
    pthread_mutex_lock(&wait_lock);
    event->count = 0;
    pthread_mutex_unlock(&wait_lock);
    result->i4 = 1;
    return true;
}

static bool close_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    free(args[0].p);
    result->i4 = 1;
    return true;
}

/* CreateSemaphore_icall(initial, maximum, name, name_length, out int error). */
static bool create_semaphore(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *semaphore = new_object(WAIT_SEMAPHORE);
    if (!semaphore)
        return icall_out_of_memory(context);
    semaphore->count = args[0].i4;
    semaphore->maximum = args[1].i4;
    *(int32_t *)args[4].p = 0;
    result->p = semaphore;
    return true;
}

/* ReleaseSemaphore_internal(handle, releaseCount, out int previous): false
 * if the count would pass the maximum. */
static bool release_semaphore(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *semaphore = args[0].p;
    pthread_mutex_lock(&wait_lock);
    *(int32_t *)args[2].p = semaphore->count;
    bool fits = args[1].i4 > 0 && semaphore->count <= semaphore->maximum - args[1].i4;
    if (fits) {
        semaphore->count += args[1].i4;
        changed();
    }
    pthread_mutex_unlock(&wait_lock);
    result->i4 = fits;
    return true;
}

/* CreateMutex_icall(initiallyOwned, name, name_length, out bool created). */
static bool create_mutex(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *mutex = new_object(WAIT_MUTEX);
    if (!mutex)
        return icall_out_of_memory(context);
    if (args[0].i4) {
        mutex->owner = context->thread;
        mutex->count = 1;
    }
    *(uint8_t *)args[3].p = 1;
    result->p = mutex;
    return true;
}

static bool release_mutex(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *mutex = args[0].p;
    pthread_mutex_lock(&wait_lock);
    bool owned = mutex->owner == context->thread;
    if (owned && --mutex->count == 0) {
        mutex->owner = NULL;
        changed();
    }
    pthread_mutex_unlock(&wait_lock);
    result->i4 = owned;
    return true;
}

static bool available(const WaitObject *object, VmThread *thread) {
    switch (object->kind) {
    case WAIT_EVENT:
    case WAIT_SEMAPHORE: return object->count > 0;
    default: return !object->owner || object->owner == thread;
    }
}

static void take(WaitObject *object, VmThread *thread) {
    switch (object->kind) {
    case WAIT_EVENT:
        if (!object->manual_reset)
            object->count = 0;
        break;
    case WAIT_SEMAPHORE: object->count--; break;
    default:
        object->owner = thread;
        object->count++;
        break;
    }
}

/* Wait_internal(IntPtr* handles, count, waitAll, ms): the index of the
 * object that was signalled (0 for all), or WAIT_TIMEOUT. */
static bool wait_internal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject **objects = args[0].p;
    int32_t count = args[1].i4, ms = args[3].i4;
    bool all = args[2].i4 != 0;
    if (count <= 0 || !objects) {
        result->i4 = WAIT_FAILED;
        return true;
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    if (ms > 0) {
        deadline.tv_sec += ms / 1000;
        deadline.tv_nsec += (long)(ms % 1000) * 1000000L;
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    VmThread *thread = context->thread;
    pthread_once(&wait_once, wait_init);
    vm_blocking_begin(thread);
    pthread_mutex_lock(&wait_lock);
    int32_t outcome = WAIT_TIMEOUT;
    for (;;) {
        int32_t ready = -1, ready_count = 0;
        for (int32_t i = 0; i < count; i++)
            if (available(objects[i], thread)) {
                ready_count++;
                if (ready < 0)
                    ready = i;
            }
        if (all ? ready_count == count : ready >= 0) {
            for (int32_t i = 0; i < count; i++)
                if (all || i == ready)
                    take(objects[i], thread);
            outcome = all ? WAIT_OBJECT_0 : ready;
            break;
        }
        if (ms == 0)
            break;
        if (ms < 0)
            pthread_cond_wait(&wait_changed, &wait_lock);
        else if (pthread_cond_timedwait(&wait_changed, &wait_lock, &deadline) == ETIMEDOUT)
            ms = 0; /* one last look */
    }
    pthread_mutex_unlock(&wait_lock);
    vm_blocking_end(thread);
    result->i4 = outcome;
    return true;
}

/* SignalAndWait_Internal(toSignal, toWaitOn, ms). */
static bool signal_and_wait(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    WaitObject *signal = args[0].p;
    pthread_once(&wait_once, wait_init);
    pthread_mutex_lock(&wait_lock);
    if (signal->kind == WAIT_EVENT)
        signal->count = 1;
    else if (signal->kind == WAIT_SEMAPHORE)
        signal->count++;
    else if (signal->owner == context->thread && --signal->count == 0)
        signal->owner = NULL;
    changed();
    pthread_mutex_unlock(&wait_lock);
    VmSlot wait_args[4] = {{.p = &args[1].p}, {.i4 = 1}, {.i4 = 0}, {.i4 = args[2].i4}};
    return wait_internal(context, wait_args, result);
}

/* Timer.GetTimeMonotonic: 100-nanosecond ticks of a monotonic clock. */
static bool time_monotonic(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    result->i8 = (int64_t)now.tv_sec * 10000000 + now.tv_nsec / 100;
    return true;
}

const VmIcall icall_wait[] = {
    {"System.Threading.NativeEventCalls::CreateEvent_icall", create_event},
    {"System.Threading.NativeEventCalls::SetEvent_internal", set_event},
    {"System.Threading.NativeEventCalls::ResetEvent_internal", reset_event},
    {"System.Threading.NativeEventCalls::CloseEvent_internal", close_handle},
    {"System.Threading.Semaphore::CreateSemaphore_icall", create_semaphore},
    {"System.Threading.Semaphore::ReleaseSemaphore_internal", release_semaphore},
    {"System.Threading.Mutex::CreateMutex_icall", create_mutex},
    {"System.Threading.Mutex::ReleaseMutex_internal", release_mutex},
    {"System.Threading.WaitHandle::Wait_internal", wait_internal},
    {"System.Threading.WaitHandle::SignalAndWait_Internal", signal_and_wait},
    {"System.Threading.Timer::GetTimeMonotonic", time_monotonic},
    {"System.Diagnostics.Stopwatch::GetTimestamp", time_monotonic}, /* Stopwatch.Frequency is 10^7 on mono */
};
const uint32_t icall_wait_count = ICALL_COUNT(icall_wait);
