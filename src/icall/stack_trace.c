/*
 * stack_trace.c - System.Diagnostics.StackTrace and StackFrame: the
 * frames of an exception's trace and of the running thread, each as a
 * StackFrame corlib formats itself. Frames carry IL offsets (the
 * interpreter has no native code); there is no file or line information,
 * as on mono without --debug.
 */
#include <stdio.h>
#include <string.h>

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

/* The IL assembler's name of a type as mono's wrapper names print it:
 * "object" for System.Object, keeping the array and byref suffixes. */
static size_t il_type_name(const char *name, size_t length, char *out, size_t size) {
    static const char *const names[][2] = {
        {"System.Object", "object"},   {"System.String", "string"},  {"System.Boolean", "bool"},
        {"System.Char", "char"},       {"System.SByte", "sbyte"},    {"System.Byte", "byte"},
        {"System.Int16", "int16"},     {"System.UInt16", "uint16"},  {"System.Int32", "int"},
        {"System.UInt32", "uint"},     {"System.Int64", "long"},     {"System.UInt64", "ulong"},
        {"System.Single", "single"},   {"System.Double", "double"},  {"System.IntPtr", "intptr"},
        {"System.UIntPtr", "uintptr"}, {"System.Void", "void"},
    };
    size_t base = strcspn(name, "[&*");
    if (base > length)
        base = length;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i][0]) == base && !strncmp(name, names[i][0], base))
            return (size_t)snprintf(out, size, "%s%.*s", names[i][1], (int)(length - base), name + base);
    return (size_t)snprintf(out, size, "%.*s", (int)length, name);
}

/* "(wrapper managed-to-native) Owner.Name(this type,parameter types)",
 * the name mono gives the frame of an internal call's wrapper. */
static void *wrapper_name(VmIcallContext *context, LdMethod *icall) {
    char full[600], text[800];
    vm_icall_name(icall, full, sizeof full); /* "Owner::Name(T1,T2)" */
    const char *colons = strstr(full, "::"), *open = strchr(full, '(');
    if (!colons || !open || open < colons)
        return vm_new_string_utf8(context->vm, context->thread, full, strlen(full));
    size_t used = (size_t)snprintf(text, sizeof text, "(wrapper managed-to-native) %.*s.%.*s(", (int)(colons - full),
                                   full, (int)(open - colons - 2), colons + 2);
    bool first = true;
    if (!(icall->flags & 0x0010) /* static */) {
        used += il_type_name(full, (size_t)(colons - full), text + used, sizeof text - used);
        first = false;
    }
    for (const char *p = open + 1; *p && *p != ')' && used < sizeof text;) {
        size_t length = strcspn(p, ",)");
        if (used < sizeof text && !first)
            text[used++] = ',';
        if (used < sizeof text)
            used += il_type_name(p, length, text + used, sizeof text - used);
        first = false;
        p += length + (p[length] == ',');
    }
    if (used + 1 < sizeof text)
        text[used++] = ')';
    if (used >= sizeof text)
        used = sizeof text - 1;
    return vm_new_string_utf8(context->vm, context->thread, text, used);
}

/* A StackFrame for an internal call's wrapper: no method, its name in
 * internalMethodName, which corlib prints instead. */
static void *new_wrapper_frame(VmIcallContext *context, LdMethodTable *frame_type, LdMethod *icall) {
    void *frame = vm_allocate(context->vm, context->thread, frame_type, frame_type->base_size);
    void *name = frame ? wrapper_name(context, icall) : NULL;
    if (!name) {
        icall_out_of_memory(context);
        return NULL;
    }
    uint8_t *il = icall_field(context, frame, frame_type, "ilOffset");
    uint8_t *index = icall_field(context, frame, frame_type, "methodIndex");
    uint8_t *internal = icall_field(context, frame, frame_type, "internalMethodName");
    if (!il || !index || !internal)
        return NULL;
    *(int32_t *)il = -1;
    *(uint32_t *)index = 0xffffff;
    gc_write_barrier((GcObject **)internal, name);
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
        void *frame = il_offset == VM_TRACE_WRAPPER ? new_wrapper_frame(context, frame_type, method)
                                                    : new_frame(context, frame_type, method, il_offset);
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
