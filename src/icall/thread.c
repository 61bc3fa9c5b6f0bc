/*
 * thread.c - System.Threading.Thread: the Thread and InternalThread
 * objects of a thread, starting and joining threads (vm/threads.c runs
 * them), its state, name and priority, sleeping, and the volatile
 * accessors. A started thread's VmThread is kept in its InternalThread's
 * `handle` field.
 */
#include <sched.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc/gc.h"
#include "icall/internal.h"

enum {
    THREAD_STATE_RUNNING = 0,
    THREAD_STATE_BACKGROUND = 4,
    THREAD_STATE_UNSTARTED = 8,
    THREAD_STATE_STOPPED = 16,
};
enum { OBJECT_START_ARGUMENT = 3 }; /* vm_object_slot kind: a starting thread's argument */
enum { APARTMENT_UNKNOWN = 2, PRIORITY_NORMAL = 2 };

/* A new InternalThread for `thread`, linked from it. */
static void *construct_internal(VmIcallContext *context, void *thread, int32_t state) {
    LdMethodTable *internal_type = icall_corlib_type(context, "System.Threading", "InternalThread");
    void *internal = internal_type ? vm_allocate(context->vm, context->thread, internal_type, internal_type->base_size)
                                   : NULL;
    if (!internal) {
        if (internal_type)
            icall_out_of_memory(context);
        return NULL;
    }
    uint8_t *managed_id = icall_field(context, internal, internal_type, "managed_id");
    uint8_t *state_field = icall_field(context, internal, internal_type, "state");
    uint8_t *apartment = icall_field(context, internal, internal_type, "apartment_state");
    uint8_t *priority = icall_field(context, internal, internal_type, "priority");
    uint8_t *link = icall_field(context, thread, ((GcObject *)thread)->type, "internal_thread");
    if (!managed_id || !state_field || !apartment || !priority || !link)
        return NULL;
    *(int32_t *)managed_id = vm_next_managed_thread_id(context->vm);
    *(int32_t *)state_field = state;
    *apartment = APARTMENT_UNKNOWN;
    *(int32_t *)priority = PRIORITY_NORMAL;
    gc_write_barrier((GcObject **)link, internal);
    return internal;
}

/* The running thread's Thread object, made (with its InternalThread) on
 * first use, as mono attaches a thread. */
static bool current_thread(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void **slot = vm_thread_object(context->thread);
    if (!*slot) {
        LdMethodTable *thread_type = icall_corlib_type(context, "System.Threading", "Thread");
        void *thread = thread_type ? vm_allocate(context->vm, context->thread, thread_type, thread_type->base_size)
                                   : NULL;
        if (!thread)
            return thread_type ? icall_out_of_memory(context) : false;
        gc_write_barrier((GcObject **)slot, thread);
        if (!construct_internal(context, thread, THREAD_STATE_RUNNING))
            return false;
    }
    result->p = *slot;
    return true;
}

bool icall_runtime_thread_object(VmIcallContext *context, VmThread *target, const char *name) {
    LdMethodTable *thread_type = icall_corlib_type(context, "System.Threading", "Thread");
    void *thread = thread_type ? vm_allocate(context->vm, context->thread, thread_type, thread_type->base_size)
                               : NULL;
    if (!thread)
        return thread_type ? icall_out_of_memory(context) : false;
    gc_write_barrier((GcObject **)vm_thread_object(target), thread);
    GcObject *internal = construct_internal(context, thread, THREAD_STATE_RUNNING);
    if (!internal)
        return false;
    uint16_t **chars = (uint16_t **)icall_field(context, internal, internal->type, "name_chars");
    int32_t *length = (int32_t *)icall_field(context, internal, internal->type, "name_length");
    size_t name_length = strlen(name);
    uint16_t *copy = chars && length ? malloc(2 * (name_length + 1)) : NULL;
    if (!copy)
        return chars && length ? icall_out_of_memory(context) : false;
    for (size_t i = 0; i < name_length; i++)
        copy[i] = (uint8_t)name[i];
    *chars = copy;
    *length = (int32_t)name_length;
    return true;
}

bool icall_current_thread(VmIcallContext *context, void **thread) {
    VmSlot result;
    if (!current_thread(context, NULL, &result))
        return false;
    *thread = result.p;
    return true;
}

static void *internal_of(VmIcallContext *context, void *thread) {
    void **slot = (void **)icall_field(context, thread, ((GcObject *)thread)->type, "internal_thread");
    return slot ? *slot : NULL;
}

static int32_t *state_of(VmIcallContext *context, void *internal);

/* The body of a started thread: its delegate, with the argument given to
 * Start if it takes one. An exception it does not catch ends the
 * process, as on mono. */
static void thread_body(VmThread *thread, void *unused) {
    VmRuntime *vm = vm_of_thread(thread);
    VmError error = {0};
    VmIcallContext context = {vm, thread, &error, NULL};
    void *managed = *vm_thread_object(thread);
    void **argument_slot = vm_object_slot(vm, thread, OBJECT_START_ARGUMENT);
    void *argument = argument_slot ? *argument_slot : NULL;
    if (argument_slot)
        *argument_slot = NULL;
    void **delegate = (void **)icall_field(&context, managed, ((GcObject *)managed)->type, "m_Delegate");
    LdMethod *invoke = NULL;
    if (delegate && *delegate) {
        LdMethodTable *type = ((GcObject *)*delegate)->type;
        invoke = vm_find_method(type, "Invoke()");
        if (!invoke)
            invoke = vm_find_method(type, "Invoke(System.Object)");
    }
    VmSlot call_args[2] = {{.p = delegate ? *delegate : NULL}, {.p = argument}}, none;
    void *thrown = NULL;
    bool ok = invoke && vm_invoke(vm, thread, invoke, call_args, &none, &thrown, &error);
    void *internal = internal_of(&context, managed);
    int32_t *state = internal ? state_of(&context, internal) : NULL;
    if (state)
        __atomic_or_fetch(state, THREAD_STATE_STOPPED, __ATOMIC_ACQ_REL);
    if (!ok) {
        icall_report_unhandled(&context, thrown, invoke ? error.message : "the thread has no start delegate");
        fflush(NULL);
        _exit(1);
    }
}

/* Thread_internal(start): the thread runs; its InternalThread is no
 * longer Unstarted. ThreadStateException if it had been started. */
static bool thread_start(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void *managed = args[0].p;
    void *internal = internal_of(context, managed);
    int32_t *state = internal ? state_of(context, internal) : NULL;
    void **handle = internal ? (void **)icall_field(context, internal, ((GcObject *)internal)->type, "handle") : NULL;
    void **start_argument = (void **)icall_field(context, managed, ((GcObject *)managed)->type, "m_ThreadStartArg");
    if (!state || !handle || !start_argument)
        return false;
    if (!(*state & THREAD_STATE_UNSTARTED)) /* a thread runs once */
        return icall_throw(context, "System.Threading.ThreadStateException: Thread has already been started.");
    bool background = (*state & THREAD_STATE_BACKGROUND) != 0;
    VmThread *thread = vm_thread_start(context->vm, thread_body, NULL, background, context->error);
    if (!thread) {
        result->i4 = 0;
        return true;
    }
    /* It waits for the runtime lock this thread holds, so it sees all this. */
    gc_write_barrier((GcObject **)vm_thread_object(thread), managed);
    void **argument_slot = vm_object_slot(context->vm, thread, OBJECT_START_ARGUMENT);
    if (!argument_slot)
        return icall_out_of_memory(context);
    gc_write_barrier((GcObject **)argument_slot, *start_argument);
    *handle = thread;
    __atomic_and_fetch(state, ~THREAD_STATE_UNSTARTED, __ATOMIC_ACQ_REL);
    result->i4 = 1;
    return true;
}

/* JoinInternal(this, ms): whether the thread ended in time. */
static bool thread_join(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void *internal = internal_of(context, args[0].p);
    int32_t *state = internal ? state_of(context, internal) : NULL;
    void **handle = internal ? (void **)icall_field(context, internal, ((GcObject *)internal)->type, "handle") : NULL;
    if (!state || !handle)
        return false;
    if (*state & THREAD_STATE_UNSTARTED)
        return icall_throw(context, "System.Threading.ThreadStateException: Thread has not been started.");
    if (*handle == context->thread)
        return icall_throw(context, "System.Threading.ThreadStateException: Thread cannot join itself.");
    result->i4 = !*handle || vm_thread_join(context->thread, *handle, args[1].i4);
    return true;
}

static bool construct_internal_thread(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return construct_internal(context, args[0].p, THREAD_STATE_UNSTARTED) != NULL;
}

static int32_t *state_of(VmIcallContext *context, void *internal) {
    return (int32_t *)icall_field(context, internal, ((GcObject *)internal)->type, "state");
}

static bool get_state(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *state = state_of(context, args[0].p);
    if (!state)
        return false;
    result->i4 = __atomic_load_n(state, __ATOMIC_ACQUIRE);
    return true;
}

static bool set_state(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *state = state_of(context, args[0].p);
    if (!state)
        return false;
    __atomic_or_fetch(state, args[1].i4, __ATOMIC_ACQ_REL);
    return true;
}

static bool clear_state(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *state = state_of(context, args[0].p);
    if (!state)
        return false;
    __atomic_and_fetch(state, ~args[1].i4, __ATOMIC_ACQ_REL);
    return true;
}

/* SleepInternal(ms): 0 yields; Timeout.Infinite (-1) never wakes. */
static bool sleep_internal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t ms = args[0].i4;
    struct timespec rest = {ms / 1000, (long)(ms % 1000) * 1000000L};
    if (ms < 0)
        rest = (struct timespec){INT32_MAX, 0};
    vm_blocking_begin(context->thread);
    if (ms == 0)
        sched_yield();
    else
        while (nanosleep(&rest, &rest) != 0)
            ;
    vm_blocking_end(context->thread);
    return true;
}

static bool yield(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    vm_blocking_begin(context->thread);
    result->i4 = sched_yield() == 0;
    vm_blocking_end(context->thread);
    return true;
}

static bool spin_wait_nop(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    __builtin_ia32_pause();
    return true;
}

static bool memory_barrier(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return true;
}

static bool domain_id(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0; /* the one application domain: the root domain's id */
    return true;
}

/* The largest stack a thread may ask for: unlimited here, as on mono. */
static bool max_stack_size(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = INT32_MAX;
    return true;
}

static bool get_priority(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void *internal = *(void **)icall_field(context, args[0].p, ((GcObject *)args[0].p)->type, "internal_thread");
    int32_t *priority = internal ? (int32_t *)icall_field(context, internal, ((GcObject *)internal)->type, "priority")
                                 : NULL;
    result->i4 = priority ? *priority : PRIORITY_NORMAL;
    return true;
}

static bool set_priority(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void *internal = *(void **)icall_field(context, args[0].p, ((GcObject *)args[0].p)->type, "internal_thread");
    int32_t *priority = internal ? (int32_t *)icall_field(context, internal, ((GcObject *)internal)->type, "priority")
                                 : NULL;
    if (priority)
        *priority = args[1].i4;
    return true;
}

/* The name lives in the InternalThread as a malloc'd UTF-16 copy
 * (name_chars, name_length), as on mono. */
static bool get_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *internal = args[0].p;
    uint16_t **chars = (uint16_t **)icall_field(context, internal, internal->type, "name_chars");
    int32_t *length = (int32_t *)icall_field(context, internal, internal->type, "name_length");
    if (!chars || !length)
        return false;
    result->p = *chars ? vm_new_string(context->vm, context->thread, *chars, (uint32_t)*length) : NULL;
    return !*chars || result->p || icall_out_of_memory(context);
}

static bool set_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *internal = args[0].p;
    uint16_t **chars = (uint16_t **)icall_field(context, internal, internal->type, "name_chars");
    int32_t *length = (int32_t *)icall_field(context, internal, internal->type, "name_length");
    if (!chars || !length)
        return false;
    if (*chars)
        return icall_throw(context, "System.InvalidOperationException: Thread.Name can only be set once.");
    if (!args[1].p)
        return true;
    uint16_t *copy = malloc(2 * ((size_t)args[2].i4 + 1));
    if (!copy)
        return icall_out_of_memory(context);
    for (int32_t i = 0; i < args[2].i4; i++)
        copy[i] = ((const uint16_t *)args[1].p)[i];
    *chars = copy;
    *length = args[2].i4;
    return true;
}

/* Frees an InternalThread's copy of its name; false if it has no name field. */
static bool free_name(VmIcallContext *context, GcObject *internal) {
    uint16_t **chars = (uint16_t **)icall_field(context, internal, internal->type, "name_chars");
    if (chars) {
        free(*chars);
        *chars = NULL;
    }
    return chars != NULL;
}

void icall_thread_free_name(VmIcallContext *context, void *thread) {
    GcObject *internal = internal_of(context, thread);
    if (internal)
        free_name(context, internal);
}

/* ~InternalThread: its name's copy goes, and the reference to the
 * VmThread that Join needed (the thread itself may still run). */
static bool free_internal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *internal = args[0].p;
    void **handle = (void **)icall_field(context, internal, internal->type, "handle");
    if (!handle || !free_name(context, internal))
        return false;
    if (*handle)
        vm_thread_release(context->vm, *handle);
    *handle = NULL;
    return true;
}

#define VOLATILE_READ(name, type, field)                                                  \
    static bool name(VmIcallContext *context, VmSlot *args, VmSlot *result) {             \
        type value;                                                                        \
        __atomic_load((type *)args[0].p, &value, __ATOMIC_SEQ_CST);                        \
        result->field = value;                                                             \
        return true;                                                                       \
    }
#define VOLATILE_WRITE(name, type, field)                                                 \
    static bool name(VmIcallContext *context, VmSlot *args, VmSlot *result) {             \
        type value = (type)args[1].field;                                                  \
        __atomic_store((type *)args[0].p, &value, __ATOMIC_SEQ_CST);                       \
        return true;                                                                       \
    }
VOLATILE_READ(read_i1, int8_t, i4)
VOLATILE_READ(read_u1, uint8_t, i4)
VOLATILE_READ(read_i2, int16_t, i4)
VOLATILE_READ(read_u2, uint16_t, i4)
VOLATILE_READ(read_i4, int32_t, i4)
VOLATILE_READ(read_i8, int64_t, i8)
VOLATILE_READ(read_r8, double, r8)
VOLATILE_READ(read_r4, float, r8)
VOLATILE_READ(read_pointer, void *, p)
VOLATILE_WRITE(write_i1, int8_t, i4)
VOLATILE_WRITE(write_i2, int16_t, i4)
VOLATILE_WRITE(write_i4, int32_t, i4)
VOLATILE_WRITE(write_i8, int64_t, i8)
VOLATILE_WRITE(write_r8, double, r8)
VOLATILE_WRITE(write_r4, float, r4) /* a float32 argument is a float (vm.h) */
VOLATILE_WRITE(write_pointer, void *, p)

static bool write_object(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    gc_write_barrier(args[0].p, args[1].p);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return true;
}

const VmIcall icall_thread[] = {
    {"System.Threading.Thread::GetCurrentThread", current_thread},
    {"System.Threading.Thread::ConstructInternalThread", construct_internal_thread},
    {"System.Threading.Thread::Thread_internal", thread_start},
    {"System.Threading.Thread::JoinInternal", thread_join},
    {"System.Threading.Thread::GetState", get_state},
    {"System.Threading.Thread::SetState", set_state},
    {"System.Threading.Thread::ClrState", clear_state},
    {"System.Threading.Thread::SleepInternal", sleep_internal},
    {"System.Threading.Thread::YieldInternal", yield},
    {"System.Threading.Thread::SpinWait_nop", spin_wait_nop},
    {"System.Threading.Thread::MemoryBarrier", memory_barrier},
    {"System.Threading.Thread::GetDomainID", domain_id},
    {"System.Threading.Thread::SystemMaxStackStize", max_stack_size},
    {"System.Threading.Thread::GetPriorityNative", get_priority},
    {"System.Threading.Thread::SetPriorityNative", set_priority},
    {"System.Threading.Thread::GetName_internal", get_name},
    {"System.Threading.InternalThread::Thread_free_internal", free_internal},
    {"System.Threading.Thread::SetName_icall", set_name},
    {"System.Threading.Thread::VolatileRead(System.Byte&)", read_u1},
    {"System.Threading.Thread::VolatileRead(System.SByte&)", read_i1},
    {"System.Threading.Thread::VolatileRead(System.Int16&)", read_i2},
    {"System.Threading.Thread::VolatileRead(System.UInt16&)", read_u2},
    {"System.Threading.Thread::VolatileRead(System.Int32&)", read_i4},
    {"System.Threading.Thread::VolatileRead(System.UInt32&)", read_i4},
    {"System.Threading.Thread::VolatileRead(System.Int64&)", read_i8},
    {"System.Threading.Thread::VolatileRead(System.UInt64&)", read_i8},
    {"System.Threading.Thread::VolatileRead(System.IntPtr&)", read_pointer},
    {"System.Threading.Thread::VolatileRead(System.UIntPtr&)", read_pointer},
    {"System.Threading.Thread::VolatileRead(System.Double&)", read_r8},
    {"System.Threading.Thread::VolatileRead(System.Single&)", read_r4},
    {"System.Threading.Thread::VolatileRead(System.Object&)", read_pointer},
    {"System.Threading.Thread::VolatileWrite(System.Byte&,System.Byte)", write_i1},
    {"System.Threading.Thread::VolatileWrite(System.SByte&,System.SByte)", write_i1},
    {"System.Threading.Thread::VolatileWrite(System.Int16&,System.Int16)", write_i2},
    {"System.Threading.Thread::VolatileWrite(System.UInt16&,System.UInt16)", write_i2},
    {"System.Threading.Thread::VolatileWrite(System.Int32&,System.Int32)", write_i4},
    {"System.Threading.Thread::VolatileWrite(System.UInt32&,System.UInt32)", write_i4},
    {"System.Threading.Thread::VolatileWrite(System.Int64&,System.Int64)", write_i8},
    {"System.Threading.Thread::VolatileWrite(System.UInt64&,System.UInt64)", write_i8},
    {"System.Threading.Thread::VolatileWrite(System.IntPtr&,System.IntPtr)", write_pointer},
    {"System.Threading.Thread::VolatileWrite(System.UIntPtr&,System.UIntPtr)", write_pointer},
    {"System.Threading.Thread::VolatileWrite(System.Double&,System.Double)", write_r8},
    {"System.Threading.Thread::VolatileWrite(System.Single&,System.Single)", write_r4},
    {"System.Threading.Thread::VolatileWrite(System.Object&,System.Object)", write_object},
    /* Volatile's 64-bit overloads are internal calls (a 32-bit platform
     * needs them atomic); the others are plain IL. */
    {"System.Threading.Volatile::Read(System.Int64&)", read_i8},
    {"System.Threading.Volatile::Read(System.UInt64&)", read_i8},
    {"System.Threading.Volatile::Read(System.Double&)", read_r8},
    {"System.Threading.Volatile::Write(System.Int64&,System.Int64)", write_i8},
    {"System.Threading.Volatile::Write(System.UInt64&,System.UInt64)", write_i8},
    {"System.Threading.Volatile::Write(System.Double&,System.Double)", write_r8},
};
const uint32_t icall_thread_count = ICALL_COUNT(icall_thread);
