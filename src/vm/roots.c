/*
 * roots.c - what the engine tells the GC it holds: references in managed
 * frames (precisely, from the transcoder's maps), statics, interned
 * strings, the exception being thrown, and the words of the C stack
 * (conservatively: the runtime's own C code may hold an object in a local).
 */
#define _GNU_SOURCE
#include <pthread.h>

#include "vm/internal.h"

bool vm_thread_stack_bounds(VmThread *thread) {
    pthread_attr_t attributes;
    void *low;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0)
        return false;
    bool ok = pthread_attr_getstack(&attributes, &low, &size) == 0;
    pthread_attr_destroy(&attributes);
    thread->stack_high = (uintptr_t)low + size;
    return ok;
}

/* A pinned local may hold a reference or a managed pointer: either way,
 * what it points into stays where it is. */
static uint32_t root_flags(uint32_t map_flags) {
    if (map_flags == VM_GC_PINNED)
        return GC_ROOT_INTERIOR | GC_ROOT_PINNED;
    return map_flags & VM_GC_INTERIOR ? GC_ROOT_INTERIOR : 0;
}

static void visit_map(const uint32_t *map, VmSlot *base, uint32_t extent, GcRootVisitor visit, void *context) {
    for (uint32_t i = 1; i <= map[0]; i++) {
        uint32_t slot = map[i] >> 2;
        if (slot < extent)
            visit(context, (GcObject **)&base[slot].p, root_flags(map[i] & 3));
    }
}

/* The map in force at a word position: the last point at or before it. */
static const uint32_t *stack_map_at(const VmCode *code, uint32_t position) {
    uint32_t low = 0, high = code->gc_point_count;
    while (low < high) {
        uint32_t middle = low + (high - low) / 2;
        if (code->gc_points[2 * middle] <= position)
            low = middle + 1;
        else
            high = middle;
    }
    return low ? code->gc_pool + code->gc_points[2 * (low - 1) + 1] : NULL;
}

static void scan_frames(VmThread *thread, GcRootVisitor visit, void *context) {
    if (!thread->top)
        return;
    for (VmFrame *frame = thread->frames; frame <= thread->top; frame++) {
        const VmCode *code = frame->code;
        if (!frame->borrowed)
            visit_map(code->gc_frame_map, frame->fp, code->arg_slots + code->local_slots, visit, context);
        if (frame->sp <= frame->stack_base || !frame->ip)
            continue;
        const uint32_t *map = stack_map_at(code, (uint32_t)(frame->ip - code->words));
        if (map)
            visit_map(map, frame->stack_base, (uint32_t)(frame->sp - frame->stack_base), visit, context);
    }
}

/* Every word from `low` up to the top of the thread's stack: for the
 * collecting thread from here (callee-saved registers were spilled by
 * vm_scan_roots), for the others from where they let go of the GIL
 * (vm_gil_release spilled theirs). The reads are of other frames'
 * memory, redzones included: not for ASan. */
__attribute__((noinline, no_sanitize_address)) static void scan_c_stack(VmThread *thread, uintptr_t low,
                                                                         GcRootVisitor visit, void *context) {
    volatile uintptr_t here = 0;
    if (!low)
        low = (uintptr_t)&here;
    low &= ~(uintptr_t)(sizeof(void *) - 1);
    for (uintptr_t p = low; p + sizeof(void *) <= thread->stack_high; p += sizeof(void *)) {
        GcObject *word = *(GcObject *const *)p; /* a copy: the collector reads it, never updates it */
        visit(context, &word, GC_ROOT_CONSERVATIVE | GC_ROOT_PINNED);
    }
}

static void scan_thread(VmThread *thread, GcRootVisitor visit, void *context) {
    for (uint32_t i = 0; i < thread->thread_statics_count; i++)
        for (uint32_t k = 0; k < thread->thread_statics[i].ref_count; k++)
            visit(context, &thread->thread_statics[i].refs[k], 0);
    scan_frames(thread, visit, context);
    if (thread->unwind.exception)
        visit(context, &thread->unwind.exception, 0);
    for (uint32_t i = 0; i < thread->saved_unwind_count; i++)
        if (thread->saved_unwinds[i].unwind.exception)
            visit(context, &thread->saved_unwinds[i].unwind.exception, 0);
    if (thread->escaping)
        visit(context, &thread->escaping, 0);
    if (thread->managed)
        visit(context, &thread->managed, 0);
    if (thread->stack_high) /* 0: started, but not yet running */
        scan_c_stack(thread, thread->stack_low, visit, context);
}

void vm_scan_roots(void *engine, GcRootVisitor visit, void *context) {
    VmRuntime *vm = engine;
    for (uint32_t i = 0; i <= vm->interned.mask && vm->interned.strings; i++)
        if (vm->interned.strings[i])
            visit(context, &vm->interned.strings[i], GC_ROOT_PINNED);
    for (uint32_t i = 0; vm->type_objects.objects && i <= vm->type_objects.mask; i++)
        if (vm->type_objects.objects[i])
            visit(context, &vm->type_objects.objects[i], GC_ROOT_PINNED);
    for (uint32_t i = 0; i < VM_ROOT_COUNT; i++)
        if (vm->roots[i])
            visit(context, &vm->roots[i], 0);
    for (uint32_t i = 0; vm->keyed_objects.keys && i <= vm->keyed_objects.mask; i++)
        if (vm->keyed_objects.objects[i])
            visit(context, &vm->keyed_objects.objects[i], 0);
    for (uint32_t i = 0; i < vm->class_count; i++)
        for (uint32_t k = 0; k < vm->classes[i]->static_ref_count; k++)
            visit(context, &vm->classes[i]->statics_refs[k], 0);
    __builtin_unwind_init(); /* callee-saved registers onto this frame, for scan_c_stack */
    scan_thread(&vm->main_thread, visit, context);
    for (VmThread *thread = vm->threads; thread; thread = thread->next_thread)
        scan_thread(thread, visit, context);
}
