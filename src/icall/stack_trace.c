/*
 * stack_trace.c - System.Diagnostics.StackTrace and StackFrame: the
 * frames of an exception's trace and of the running thread, each as a
 * StackFrame corlib formats itself. Frames carry IL offsets (the
 * interpreter has no native code); there is no file or line information,
 * as on mono without --debug.
 */
#include "gc/gc.h"
#include "icall/internal.h"

/* A StackFrame for (method, il_offset), fields set by name. */
static void *new_frame(VmIcallContext *context, LdMethodTable *frame_type, LdMethod *method, uint32_t il_offset) {
    void *frame = vm_allocate(context->vm, context->thread, frame_type, frame_type->base_size);
    if (!frame) {
        icall_out_of_memory(context);
        return NULL;
    }
    void *method_object = icall_method_object(context, method, NULL);
    if (!method_object)
        return NULL;
    uint8_t *il = icall_field(context, frame, frame_type, "ilOffset");
    uint8_t *native = icall_field(context, frame, frame_type, "nativeOffset");
    uint8_t *index = icall_field(context, frame, frame_type, "methodIndex");
    uint8_t *base = icall_field(context, frame, frame_type, "methodBase");
    if (!il || !native || !index || !base)
        return NULL;
    *(int32_t *)il = (int32_t)il_offset;
    *(int32_t *)native = 0;
    *(uint32_t *)index = 0xffffff; /* no AOT method index */
    gc_write_barrier((GcObject **)base, method_object);
    return frame;
}

/* get_trace(Exception e, int skipFrames, bool needFileInfo). */
static bool get_trace(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *frame_type = icall_corlib_type(context, "System.Diagnostics", "StackFrame");
    LdError error;
    LdMethodTable *array_type = frame_type ? ld_szarray_of(frame_type, &error) : NULL;
    if (!array_type || !ld_type_load(array_type, &error))
        return frame_type ? vm_fail(context->error, "corlib contract: StackFrame[]") : false;
    uint32_t skip = args[1].i4 > 0 ? (uint32_t)args[1].i4 : 0, count = 0;
    LdMethod *method;
    uint32_t il_offset;
    while (vm_exception_frame(context->vm, args[0].p, skip + count, &method, &il_offset))
        count++;
    result->p = vm_new_array(context->vm, context->thread, array_type, count);
    if (!result->p)
        return icall_out_of_memory(context);
    for (uint32_t i = 0; i < count; i++) {
        vm_exception_frame(context->vm, args[0].p, skip + i, &method, &il_offset);
        void *frame = new_frame(context, frame_type, method, il_offset);
        if (!frame)
            return false;
        icall_store_element(result->p, i, frame);
    }
    return true;
}

/* get_frame_info(skip, needFileInfo, out MethodBase, out int iloffset,
 * out int native_offset, out string file, out int line, out int column):
 * skip 0 is mono's wrapper of this internal call, 1 its caller. */
static bool get_frame_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method;
    uint32_t il_offset;
    uint32_t depth = args[0].i4 > 0 ? (uint32_t)args[0].i4 - 1 : 0;
    if (!vm_frame_at(context->thread, depth, &method, &il_offset)) {
        result->i4 = 0;
        return true;
    }
    void *method_object = icall_method_object(context, method, NULL);
    if (!method_object)
        return false;
    gc_write_barrier((GcObject **)args[2].p, method_object);
    *(int32_t *)args[3].p = (int32_t)il_offset;
    *(int32_t *)args[4].p = 0;
    gc_write_barrier((GcObject **)args[5].p, NULL);
    *(int32_t *)args[6].p = 0;
    *(int32_t *)args[7].p = 0;
    result->i4 = 1;
    return true;
}

const VmIcall icall_stack_trace[] = {
    {"System.Diagnostics.StackTrace::get_trace", get_trace},
    {"System.Diagnostics.StackFrame::get_frame_info", get_frame_info},
};
const uint32_t icall_stack_trace_count = ICALL_COUNT(icall_stack_trace);
