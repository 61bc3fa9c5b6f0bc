/*
 * interlocked.c - System.Threading.Interlocked: atomic operations on a
 * location the first argument points at, with the C11 atomics of the
 * compiler (sequentially consistent, as the CLR promises full fences).
 */
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

static bool compare_exchange_i4(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    int32_t expected = args[2].i4;
    __atomic_compare_exchange_n((int32_t *)args[0].p, &expected, args[1].i4, false, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    result->i4 = expected;
    return true;
}

static bool compare_exchange_i8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    int64_t expected = args[2].i8;
    __atomic_compare_exchange_n((int64_t *)args[0].p, &expected, args[1].i8, false, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    result->i8 = expected;
    return true;
}

/* A reference store: the barrier runs for the value that went in. */
static bool compare_exchange_ref(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    void *expected = args[2].p;
    if (__atomic_compare_exchange_n((void **)args[0].p, &expected, args[1].p, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST))
        gc_write_barrier((GcObject **)args[0].p, args[1].p);
    result->p = expected;
    return true;
}

static bool exchange_i8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->i8 = __atomic_exchange_n((int64_t *)args[0].p, args[1].i8, __ATOMIC_SEQ_CST);
    return true;
}

static bool exchange_i4(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->i4 = __atomic_exchange_n((int32_t *)args[0].p, args[1].i4, __ATOMIC_SEQ_CST);
    return true;
}

static bool exchange_ref(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->p = __atomic_exchange_n((void **)args[0].p, args[1].p, __ATOMIC_SEQ_CST);
    gc_write_barrier((GcObject **)args[0].p, args[1].p);
    return true;
}

/* The generic CompareExchange<T> and Exchange<T> pass every object by
 * reference, the result too (a local of the caller: still a barrier). */
static bool compare_exchange_ref_out(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    VmSlot values[3] = {args[0], {.p = *(void **)args[1].p}, {.p = *(void **)args[2].p}}, old;
    compare_exchange_ref(context, values, &old);
    gc_write_barrier((GcObject **)args[3].p, old.p);
    (void)result;
    return true;
}

static bool exchange_ref_out(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    VmSlot values[2] = {args[0], {.p = *(void **)args[1].p}}, old;
    exchange_ref(context, values, &old);
    gc_write_barrier((GcObject **)args[2].p, old.p);
    (void)result;
    return true;
}

static bool add_i4(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->i4 = (int32_t)((uint32_t)__atomic_fetch_add((int32_t *)args[0].p, args[1].i4, __ATOMIC_SEQ_CST) +
                           (uint32_t)args[1].i4);
    return true;
}

static bool add_i8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->i8 = (int64_t)((uint64_t)__atomic_fetch_add((int64_t *)args[0].p, args[1].i8, __ATOMIC_SEQ_CST) +
                           (uint64_t)args[1].i8);
    return true;
}

static bool increment_i4(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    VmSlot pair[2] = {args[0], {.i4 = 1}};
    return add_i4(context, pair, result);
}

static bool decrement_i4(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    VmSlot pair[2] = {args[0], {.i4 = -1}};
    return add_i4(context, pair, result);
}

static bool increment_i8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    VmSlot pair[2] = {args[0], {.i8 = 1}};
    return add_i8(context, pair, result);
}

static bool decrement_i8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    VmSlot pair[2] = {args[0], {.i8 = -1}};
    return add_i8(context, pair, result);
}

static bool read_i8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i8 = __atomic_load_n((int64_t *)args[0].p, __ATOMIC_SEQ_CST);
    return true;
}

/* CompareExchange(ref int, value, comparand, ref bool succeeded). */
static bool compare_exchange_i4_flag(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t expected = args[2].i4;
    *(uint8_t *)args[3].p = __atomic_compare_exchange_n((int32_t *)args[0].p, &expected, args[1].i4, false,
                                                        __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    result->i4 = expected;
    return true;
}

/* Floating-point locations are compared and swapped as their bits (as
 * the CLR does: -0.0 and 0.0 differ, a NaN matches itself). A float32
 * argument is a float (vm.h); the result is a stack value, an F. */
static bool compare_exchange_r8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int64_t expected = args[2].i8;
    __atomic_compare_exchange_n((int64_t *)args[0].p, &expected, args[1].i8, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    result->i8 = expected;
    return true;
}

static bool exchange_r8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i8 = __atomic_exchange_n((int64_t *)args[0].p, args[1].i8, __ATOMIC_SEQ_CST);
    return true;
}

static bool compare_exchange_r4(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t expected, value;
    memcpy(&expected, &args[2].r4, sizeof expected);
    memcpy(&value, &args[1].r4, sizeof value);
    __atomic_compare_exchange_n((int32_t *)args[0].p, &expected, value, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    float old;
    memcpy(&old, &expected, sizeof old);
    result->r8 = old;
    return true;
}

static bool exchange_r4(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t value;
    memcpy(&value, &args[1].r4, sizeof value);
    int32_t bits = __atomic_exchange_n((int32_t *)args[0].p, value, __ATOMIC_SEQ_CST);
    float old;
    memcpy(&old, &bits, sizeof old);
    result->r8 = old;
    return true;
}

static bool memory_barrier_process_wide(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return true;
}

#define I "System.Threading.Interlocked::"
const VmIcall icall_interlocked[] = {
    {I "CompareExchange(System.Int32&,System.Int32,System.Int32)", compare_exchange_i4},
    {I "CompareExchange(System.Int64&,System.Int64,System.Int64)", compare_exchange_i8},
    {I "CompareExchange(System.Object&,System.Object,System.Object)", compare_exchange_ref},
    {I "Exchange(System.Int32&,System.Int32)", exchange_i4},
    {I "Exchange(System.Object&,System.Object)", exchange_ref},
    {I "CompareExchange(System.Object&,System.Object&,System.Object&,System.Object&)", compare_exchange_ref_out},
    {I "Exchange(System.Object&,System.Object&,System.Object&)", exchange_ref_out},
    {I "CompareExchange(System.IntPtr&,System.IntPtr,System.IntPtr)", compare_exchange_i8},
    {I "Exchange(System.Int64&,System.Int64)", exchange_i8},
    {I "Exchange(System.IntPtr&,System.IntPtr)", exchange_i8},
    {I "Add(System.Int32&,System.Int32)", add_i4},
    {I "Add(System.Int64&,System.Int64)", add_i8},
    {I "Increment(System.Int32&)", increment_i4},
    {I "Decrement(System.Int32&)", decrement_i4},
    {I "Increment(System.Int64&)", increment_i8},
    {I "Decrement(System.Int64&)", decrement_i8},
    {I "Read(System.Int64&)", read_i8},
    {I "CompareExchange(System.Int32&,System.Int32,System.Int32,System.Boolean&)", compare_exchange_i4_flag},
    {I "CompareExchange(System.Double&,System.Double,System.Double)", compare_exchange_r8},
    {I "Exchange(System.Double&,System.Double)", exchange_r8},
    {I "CompareExchange(System.Single&,System.Single,System.Single)", compare_exchange_r4},
    {I "Exchange(System.Single&,System.Single)", exchange_r4},
    {I "MemoryBarrierProcessWide()", memory_barrier_process_wide},
};
#undef I
const uint32_t icall_interlocked_count = ICALL_COUNT(icall_interlocked);
