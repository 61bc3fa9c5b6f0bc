/*
 * interp.c - the interpreter: direct-threaded dispatch over transcoded
 * code, with managed frames on a stack of its own.
 *
 * A frame's slots are laid out as arguments, locals, evaluation stack. A
 * call leaves the arguments where the caller pushed them, so they become
 * the callee's argument slots without a copy; the return value lands in
 * the first of them. No managed call recurses on the C stack.
 *
 * Until exceptions exist, an exception the IL would throw (division by
 * zero, overflow, stack overflow) stops the program with its type named.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

/* The interpreter's label table, taken by calling it in a special mode:
 * label addresses are only visible inside the function that has them. */
static const void *const *label_table;

static bool run(VmRuntime *vm, VmThread *thread, VmFrame *base, VmSlot *sp, const VmWord *ip, VmSlot *result,
                VmError *error);

const void *const *vm_interp_labels(void) {
    if (!label_table)
        run(NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    return label_table;
}

/* Runs a method from native code: a new base frame on the thread's stacks,
 * above whatever managed frames are running (an internal call re-entering
 * managed code, a static constructor before Main). An exception nothing
 * in the new frames catches leaves them (their finally blocks run) and is
 * reported as error->unhandled, the exception in thread->escaping. */
bool vm_interpret(VmRuntime *vm, VmThread *thread, LdMethod *method, VmSlot *args, VmSlot *result, VmError *error) {
    if (!vm_transcode(vm, method, error))
        return false;
    VmCode *code = method->engine;
    VmFrame *caller = thread->top;
    VmFrame *frame = caller ? caller + 1 : thread->frames;
    VmSlot *fp = caller ? caller->sp : thread->slots;
    if (frame >= thread->frames_end || fp + code->arg_slots + code->local_slots + code->stack_slots > thread->slots_end)
        return vm_fail(error, "no room on the managed stack to call %s", method->name);
    if (code->arg_slots)
        memcpy(fp, args, code->arg_slots * sizeof *fp);
    memset(fp + code->arg_slots, 0, code->local_slots * sizeof *fp);
    VmSlot *stack = fp + code->arg_slots + code->local_slots;
    *frame = (VmFrame){.method = method, .code = code, .fp = fp, .localloc_mark = thread->localloc_top,
                       .ip = code->words, .sp = stack, .stack_base = stack};
    thread->top = frame;
    bool ok = run(vm, thread, frame, stack, code->words, result, error);
    thread->top = caller;
    return ok;
}

static bool needs_class_init(const LdMethod *method);
static VmClass *initialize_from_c(VmRuntime *vm, VmThread *thread, LdMethodTable *type, void **exception,
                                  VmError *error);

bool vm_invoke(VmRuntime *vm, VmThread *thread, LdMethod *method, VmSlot *args, VmSlot *result, void **exception,
               VmError *error) {
    *exception = NULL;
    error->unhandled = false;
    if (needs_class_init(method) && !initialize_from_c(vm, thread, method->owner, exception, error))
        return false;
    if (vm_interpret(vm, thread, method, args, result, error))
        return true;
    if (error->unhandled) {
        *exception = thread->escaping;
        thread->escaping = NULL;
        error->unhandled = false;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Exceptions                                                         */
/* ------------------------------------------------------------------ */

static bool assignable(const LdMethodTable *from, const LdMethodTable *to);
static GcObject *runtime_exception(VmRuntime *vm, VmThread *thread, const char *what, VmError *error);

/* An exception the runtime raises: an instance of the corlib type whose
 * _message is set directly, since running corlib's constructors needs
 * resources and internal calls the engine does not have yet.
 * `what` is "System.Type: message". */
void *vm_new_exception(VmRuntime *vm, VmThread *thread, const char *what, VmError *error) {
    return runtime_exception(vm, thread, what, error);
}

static const struct {
    VmRoot root;
    const char *what;
} preallocated[] = {
    {VM_ROOT_OUT_OF_MEMORY,
     "System.OutOfMemoryException: Insufficient memory to continue the execution of the program."},
    {VM_ROOT_STACK_OVERFLOW, "System.StackOverflowException: The requested operation caused a stack overflow."},
    {VM_ROOT_NULL_REFERENCE, "System.NullReferenceException: Object reference not set to an instance of an object"},
};

bool vm_preallocate_exceptions(VmRuntime *vm, VmThread *thread, VmError *error) {
    for (size_t i = 0; i < sizeof preallocated / sizeof *preallocated; i++) {
        vm->roots[preallocated[i].root] = NULL; /* made anew, not taken from the table */
        GcObject *exception = runtime_exception(vm, thread, preallocated[i].what, error);
        if (!exception)
            return false;
        gc_write_barrier(&vm->roots[preallocated[i].root], exception);
    }
    return true;
}

/* The preallocated exception of a type, if it has one. */
static GcObject *preallocated_exception(VmRuntime *vm, const char *type_name) {
    for (size_t i = 0; i < sizeof preallocated / sizeof *preallocated; i++) {
        size_t length = strlen(type_name);
        if (!strncmp(preallocated[i].what, type_name, length) && preallocated[i].what[length] == ':')
            return vm->roots[preallocated[i].root];
    }
    return NULL;
}

static GcObject *runtime_exception(VmRuntime *vm, VmThread *thread, const char *what, VmError *error) {
    const char *colon = strstr(what, ": ");
    char type_name[96];
    snprintf(type_name, sizeof type_name, "%.*s", (int)(colon ? colon - what : (ptrdiff_t)strlen(what)), what);
    if (!strcmp(type_name, "System.StackOverflowException") && vm->roots[VM_ROOT_STACK_OVERFLOW])
        return vm->roots[VM_ROOT_STACK_OVERFLOW];
    return vm_new_exception_args(vm, thread, type_name, colon ? colon + 2 : NULL, NULL, error);
}

void *vm_new_exception_args(VmRuntime *vm, VmThread *thread, const char *type_name, const char *first,
                            const char *second, VmError *error) {
    char ns[96];
    snprintf(ns, sizeof ns, "%s", type_name);
    char *dot = strrchr(ns, '.');
    LdError load_error;
    LdMethodTable *type = dot ? (*dot = 0, ld_corlib_type(vm->loader, ns, dot + 1, &load_error)) : NULL;
    if (!type || !ld_type_load(type, &load_error)) {
        vm_fail(error, "cannot raise %s: %s", type_name, type ? load_error.message : "no such type");
        return NULL;
    }
    GcObject *exception = gc_alloc(vm->heap, &thread->alloc, type, type->base_size, GC_ALLOC_CONTAINS_REFS);
    VmSlot args[3] = {{.p = exception}};
    uint32_t count = 0;
    for (const char *text = first; exception && text; text = text == first ? second : NULL)
        if (!(args[1 + count++].p = vm_new_string_utf8(vm, thread, text, strlen(text))))
            exception = NULL;
    if (!exception) {
        GcObject *fallback = preallocated_exception(vm, type_name);
        if (!fallback)
            fallback = vm->roots[VM_ROOT_OUT_OF_MEMORY];
        if (fallback)
            return fallback;
        vm_fail(error, "out of memory raising %s", type_name);
        return NULL;
    }
    /* corlib's own constructor fills in what the exception needs (HResult,
     * the default message); if it cannot run, the message alone is set. */
    static const char *const constructors[] = {".ctor()", ".ctor(System.String)", ".ctor(System.String,System.String)"};
    LdMethod *constructor = vm_find_method(type, constructors[count]);
    VmSlot none;
    void *thrown;
    VmError ctor_error = {0};
    if (constructor && vm_invoke(vm, thread, constructor, args, &none, &thrown, &ctor_error))
        return exception;
    if (count && vm->exception_message)
        gc_write_barrier((GcObject **)((uint8_t *)exception + LD_OBJECT_HEADER_SIZE + vm->exception_message->offset),
                         args[1].p);
    return exception;
}

/* The IL offset a frame is at, as a stack trace shows it: the sequence
 * point (VmCode.statement_starts) at or before the operation running in
 * the innermost frame, or the call in the others. */
static uint32_t frame_il_offset(const VmFrame *frame, const VmFrame *top, uint32_t top_position) {
    const VmCode *code = frame->code;
    uint32_t position = frame == top ? top_position : (uint32_t)(frame->resume - 1 - code->words);
    uint32_t offset = position < code->word_count ? code->il_offsets[position] : 0;
    uint32_t low = 0, high = code->statement_count;
    while (low < high) { /* the last statement start at or before offset */
        uint32_t middle = low + (high - low) / 2;
        if (code->statement_starts[middle] <= offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low ? code->statement_starts[low - 1] : offset;
}

/* Frames a stack trace leaves out, as mono's do: a filter's frame (the
 * frame it filters for is there already) and the runtime-implemented
 * Invoke of a delegate (a multicast one's, or one called from C, as a
 * thread's start), which mono runs as a hidden wrapper. */
static bool hidden_from_traces(const VmFrame *frame) {
    const LdMethod *method = frame->method;
    return frame->borrowed || ((method->owner->flags & LD_MT_DELEGATE) && (method->impl_flags & 0x3) == 0x3);
}

/* Whether a recorded trace ends in an internal call's wrapper frame
 * (vm_trace_through_icall): the exception is on its way out of that call. */
static bool ends_in_wrapper(const GcObject *trace) {
    uint64_t length = *(const uint64_t *)((const uint8_t *)trace + LD_ARRAY_LENGTH_OFFSET);
    const VmTraceEntry *entries = (const VmTraceEntry *)((const uint8_t *)trace + LD_ARRAY_DATA_OFFSET);
    return length >= 2 && entries[length / 2 - 1].il_offset == VM_TRACE_WRAPPER;
}

/* Records in Exception._stackTrace the frames from `top` (where it was
 * thrown, at top_position) out to `outer`, the frame that catches it. A
 * rethrow keeps what the exception had and adds the frames below the
 * catching one; so does a throw out of an internal call that passes on
 * an exception from the managed code it ran. false (and *error) only
 * when memory runs out. */
/* Whether a thrown object is a System.Exception, which has a trace field:
 * IL may throw any object (an array, say). */
static bool has_trace_field(const VmRuntime *vm, const GcObject *object) {
    for (const LdMethodTable *type = object->type; type; type = type->parent)
        if (type == vm->exception_trace->owner)
            return true;
    return false;
}

static bool record_trace(VmRuntime *vm, VmThread *thread, GcObject *exception, VmFrame *top, uint32_t top_position,
                         VmFrame *outer, bool rethrow, VmError *error) {
    if (!has_trace_field(vm, exception))
        return true;
    GcObject **slot = (GcObject **)((uint8_t *)exception + LD_OBJECT_HEADER_SIZE + vm->exception_trace->offset);
    GcObject *old = *slot;
    if (old && (old->type != vm->intptr_array || !(rethrow || ends_in_wrapper(old))))
        old = NULL;
    uint64_t kept = old ? *(uint64_t *)((uint8_t *)old + LD_ARRAY_LENGTH_OFFSET) : 0;
    uint32_t frames = 0;
    for (VmFrame *f = top; f >= outer; f--)
        frames += !hidden_from_traces(f);
    if (rethrow && frames) /* the rethrowing frame is already the last one recorded */
        frames--, top--;
    uint64_t length = kept + 2 * (uint64_t)frames;
    if (length > UINT32_MAX)
        return true;
    GcObject *trace = vm_new_array(vm, thread, vm->intptr_array, (uint32_t)length);
    if (!trace)
        return vm_fail(error, "out of memory recording a stack trace");
    VmTraceEntry *entries = (VmTraceEntry *)((uint8_t *)trace + LD_ARRAY_DATA_OFFSET);
    if (kept)
        memcpy(entries, (uint8_t *)old + LD_ARRAY_DATA_OFFSET, kept * sizeof(void *));
    VmTraceEntry *next = entries + kept / 2;
    for (VmFrame *f = top; f >= outer; f--)
        if (!hidden_from_traces(f))
            *next++ = (VmTraceEntry){f->method, frame_il_offset(f, top, top_position)};
    gc_write_barrier(slot, trace);
    return true;
}

bool vm_trace_through_icall(VmRuntime *vm, VmThread *thread, void *exception, LdMethod *icall, VmError *error) {
    if (!has_trace_field(vm, exception))
        return true;
    GcObject **slot = (GcObject **)((uint8_t *)exception + LD_OBJECT_HEADER_SIZE + vm->exception_trace->offset);
    GcObject *old = *slot && (*slot)->type == vm->intptr_array ? *slot : NULL;
    uint64_t kept = old ? *(uint64_t *)((uint8_t *)old + LD_ARRAY_LENGTH_OFFSET) : 0;
    if (kept + 2 > UINT32_MAX)
        return true;
    GcObject *trace = vm_new_array(vm, thread, vm->intptr_array, (uint32_t)kept + 2);
    if (!trace)
        return vm_fail(error, "out of memory recording a stack trace");
    old = *slot && (*slot)->type == vm->intptr_array ? *slot : NULL; /* the allocation may have moved it */
    VmTraceEntry *entries = (VmTraceEntry *)((uint8_t *)trace + LD_ARRAY_DATA_OFFSET);
    if (old)
        memcpy(entries, (uint8_t *)old + LD_ARRAY_DATA_OFFSET, kept * sizeof(void *));
    entries[kept / 2] = (VmTraceEntry){icall, VM_TRACE_WRAPPER};
    gc_write_barrier(slot, trace);
    return true;
}

bool vm_frame_at(VmThread *thread, uint32_t depth, LdMethod **method, uint32_t *il_offset) {
    VmFrame *top = thread->top;
    for (VmFrame *f = top; f && f >= thread->frames; f--) {
        if (hidden_from_traces(f))
            continue;
        if (depth-- == 0) {
            *method = f->method;
            *il_offset = frame_il_offset(f, top, (uint32_t)(top->ip - top->code->words));
            return true;
        }
    }
    return false;
}

bool vm_exception_frame(VmRuntime *vm, void *exception, uint32_t index, LdMethod **method, uint32_t *il_offset) {
    if (!has_trace_field(vm, exception))
        return false;
    GcObject *trace = *(GcObject **)((uint8_t *)exception + LD_OBJECT_HEADER_SIZE + vm->exception_trace->offset);
    if (!trace || trace->type != vm->intptr_array)
        return false;
    uint64_t count = *(uint64_t *)((uint8_t *)trace + LD_ARRAY_LENGTH_OFFSET) / 2;
    if (index >= count)
        return false;
    const VmTraceEntry *entry = (const VmTraceEntry *)((uint8_t *)trace + LD_ARRAY_DATA_OFFSET) + index;
    *method = entry->method;
    *il_offset = (uint32_t)entry->il_offset;
    return true;
}

static GcObject *type_initialization_failed(VmRuntime *vm, VmThread *thread, LdMethodTable *type, GcObject *inner,
                                            VmError *error);

void *vm_type_initialization_exception(VmRuntime *vm, VmThread *thread, LdMethodTable *type, void *inner,
                                       VmError *error) {
    return type_initialization_failed(vm, thread, type, inner, error);
}

static GcObject **exception_field(GcObject *exception, const LdField *field) {
    return (GcObject **)((uint8_t *)exception + LD_OBJECT_HEADER_SIZE + field->offset);
}

/* "System.Exception: boom", as mono's first line names an unhandled one,
 * and " ---> Inner: message" for each inner exception, as
 * Exception.ToString() writes them. */
static size_t describe_one(VmRuntime *vm, const GcObject *exception, char *buffer, size_t size);

static void describe_exception(VmRuntime *vm, const GcObject *exception, char *buffer, size_t size) {
    size_t used = describe_one(vm, exception, buffer, size);
    for (int depth = 0; depth < 8 && used + 6 < size; depth++) {
        exception = *exception_field((GcObject *)exception, vm->exception_inner);
        if (!exception)
            break;
        used += (size_t)snprintf(buffer + used, size - used, " ---> ");
        used += describe_one(vm, exception, buffer + used, size - used);
    }
}

static size_t describe_one(VmRuntime *vm, const GcObject *exception, char *buffer, size_t size) {
    char type[200];
    ld_type_name(exception->type, type, sizeof type);
    const GcObject *message = *exception_field((GcObject *)exception, vm->exception_message);
    size_t used = (size_t)snprintf(buffer, size, "%s", type);
    if (used >= size)
        return size - 1;
    if (!message)
        return used;
    used += (size_t)snprintf(buffer + used, size - used, ": ");
    int32_t length = *(const int32_t *)((const uint8_t *)message + LD_STRING_LENGTH_OFFSET);
    const uint16_t *chars = (const uint16_t *)((const uint8_t *)message + LD_STRING_CHARS_OFFSET);
    for (int32_t i = 0; i < length && used + 4 < size; i++) {
        uint32_t c = chars[i];
        if (c < 0x80) {
            buffer[used++] = (char)c;
        } else if (c < 0x800) {
            buffer[used++] = (char)(0xC0 | (c >> 6));
            buffer[used++] = (char)(0x80 | (c & 0x3F));
        } else {
            buffer[used++] = (char)(0xE0 | (c >> 12));
            buffer[used++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buffer[used++] = (char)(0x80 | (c & 0x3F));
        }
    }
    used = used < size ? used : size - 1;
    buffer[used] = 0;
    return used;
}

/*
 * The TypeInitializationException that replaces an exception escaping
 * `type`'s static constructor (II.10.5.3.3). Its fields are set directly,
 * as for the runtime's other exceptions; it is kept (a GC root) and thrown
 * again by every later attempt to initialise the type, as mono does.
 */
static GcObject *type_initialization_failed(VmRuntime *vm, VmThread *thread, LdMethodTable *type, GcObject *inner,
                                            VmError *error) {
    char name[200], what[300];
    ld_type_name(type, name, sizeof name);
    snprintf(what, sizeof what, "System.TypeInitializationException: The type initializer for '%s' threw an exception.",
             name);
    GcObject *exception = runtime_exception(vm, thread, what, error);
    if (!exception)
        return NULL;
    GcObject *type_name = vm_new_string_utf8(vm, thread, name, strlen(name));
    if (!type_name) {
        vm_fail(error, "out of memory raising %s", what);
        return NULL;
    }
    gc_write_barrier(exception_field(exception, vm->type_init_name), type_name);
    gc_write_barrier(exception_field(exception, vm->exception_inner), inner);
    VmClass *state = type->klass->engine;
    gc_write_barrier(vm_class_hidden(state, VM_CLASS_REF_INIT_ERROR), exception);
    state->initialized = false; /* so that every later access throws it again */
    return exception;
}

static void log_throw(const GcObject *exception, const VmFrame *frame, uint32_t position) {
    char type[200], method[300];
    ld_type_name(exception->type, type, sizeof type);
    vm_method_name(frame->method, method, sizeof method);
    fprintf(stderr, "lucid: throw %s in %s at IL_%04x\n", type, method,
            position < frame->code->word_count ? frame->code->il_offsets[position] : 0);
}

static uint32_t frame_position(const VmFrame *frame, const VmFrame *top, uint32_t top_position) {
    /* A caller is inside its call operation: one word before where it resumes. */
    return frame == top ? top_position : (uint32_t)(frame->resume - 1 - frame->code->words);
}

static bool inside(uint32_t position, uint32_t start, uint32_t end) {
    return position >= start && position < end;
}

/*
 * Pass one (II.12.4.2.5): from the throwing frame down to `base`, the first
 * clause whose try block holds the frame's position and that accepts the
 * exception: a catch of a compatible type, or a filter that answers
 * non-zero. Filters run now, above every frame, with the frames between
 * still in place. 1: found, 0: none, -1: the engine failed.
 */
static int find_handler(VmRuntime *vm, VmThread *thread, VmFrame *base, VmFrame *top, uint32_t top_position,
                        VmSlot *top_sp, GcObject *exception, VmFrame **handler_frame, uint32_t *handler_clause,
                        VmError *error) {
    for (VmFrame *f = top; f >= base; f--) {
        uint32_t position = frame_position(f, top, top_position);
        for (uint32_t i = 0; i < f->code->clause_count; i++) {
            const VmClause *c = &f->code->clauses[i];
            if (!inside(position, c->try_start, c->try_end))
                continue;
            bool accepted = false;
            if (c->flags == IMG_EH_CATCH) {
                accepted = assignable(exception->type, c->catch_type);
            } else if (c->flags == IMG_EH_FILTER) {
                if (top + 1 >= thread->frames_end || top_sp + 1 >= thread->slots_end)
                    return vm_fail(error, "no room to run an exception filter"), -1;
                /* The filter's frame shares the slots of the frame it filters
                 * for; its own evaluation stack starts above the thrower's. */
                VmFrame *filter = top + 1;
                const VmWord *start = f->code->words + c->filter_start;
                *filter = (VmFrame){.method = f->method, .code = f->code, .fp = f->fp,
                                    .localloc_mark = thread->localloc_top, .ip = start, .sp = top_sp + 1,
                                    .stack_base = top_sp + 1, .borrowed = true};
                top_sp[0].p = exception;
                VmSlot verdict = {0};
                VmError filter_error = {0};
                VmFrame *saved_top = thread->top;
                thread->top = filter;
                bool ran = run(vm, thread, filter, top_sp + 1, start, &verdict, &filter_error);
                thread->top = saved_top;
                if (ran)
                    accepted = verdict.i4 != 0;
                else if (!filter_error.unhandled) /* an exception escaping a filter means "no" (II.12.4.2.7) */
                    return *error = filter_error, -1;
                thread->escaping = NULL;
            }
            if (accepted) {
                *handler_frame = f;
                *handler_clause = i;
                return 1;
            }
        }
        if (f->initializing && f != base) {
            *handler_frame = f;
            *handler_clause = VM_CLAUSE_CLASS_INIT;
            return 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* The interpreter                                                    */
/* ------------------------------------------------------------------ */

static bool in_range_double(double value, double low, double high) {
    return value > low && value < high; /* NaN fails both */
}

/* Checked conversion of a signed value; false on overflow. */
static bool convert_checked_i8(int64_t v, VmConv target, VmSlot *out) {
    switch (target) {
    case VM_CONV_I1: if (v < INT8_MIN || v > INT8_MAX) return false; out->i4 = (int8_t)v; return true;
    case VM_CONV_U1: if (v < 0 || v > UINT8_MAX) return false; out->i4 = (uint8_t)v; return true;
    case VM_CONV_I2: if (v < INT16_MIN || v > INT16_MAX) return false; out->i4 = (int16_t)v; return true;
    case VM_CONV_U2: if (v < 0 || v > UINT16_MAX) return false; out->i4 = (uint16_t)v; return true;
    case VM_CONV_I4: if (v < INT32_MIN || v > INT32_MAX) return false; out->i4 = (int32_t)v; return true;
    case VM_CONV_U4: if (v < 0 || v > (int64_t)UINT32_MAX) return false; out->i4 = (int32_t)(uint32_t)v; return true;
    case VM_CONV_I8: out->i8 = v; return true;
    case VM_CONV_U8: if (v < 0) return false; out->i8 = v; return true;
    default: return false;
    }
}

static bool convert_checked_u8(uint64_t v, VmConv target, VmSlot *out) {
    if (v > INT64_MAX)
        return target == VM_CONV_U8 ? (out->u8 = v, true) : false;
    return convert_checked_i8((int64_t)v, target, out);
}

static bool convert_checked_r8(double v, VmConv target, VmSlot *out) {
    switch (target) {
    case VM_CONV_I8: if (!in_range_double(v, -9223372036854777856.0, 9223372036854775808.0)) return false;
        out->i8 = (int64_t)v; return true;
    case VM_CONV_U8: if (!in_range_double(v, -1.0, 18446744073709551616.0)) return false;
        out->u8 = (uint64_t)v; return true;
    default:
        if (!in_range_double(v, -2147483649.0, 4294967296.0))
            return false;
        return convert_checked_i8((int64_t)v, target, out);
    }
}

/* Unchecked conversions (III.3.27): integers truncate. */
static void convert_integer(int64_t v, VmConv target, bool unsigned_source, VmSlot *out) {
    switch (target) {
    case VM_CONV_I1: out->i4 = (int8_t)v; break;
    case VM_CONV_U1: out->i4 = (uint8_t)v; break;
    case VM_CONV_I2: out->i4 = (int16_t)v; break;
    case VM_CONV_U2: out->i4 = (uint16_t)v; break;
    case VM_CONV_I4:
    case VM_CONV_U4: out->i4 = (int32_t)(uint32_t)(uint64_t)v; break;
    case VM_CONV_I8:
    case VM_CONV_U8: out->i8 = v; break;
    case VM_CONV_R4: out->r8 = (float)(unsigned_source ? (double)(uint64_t)v : (double)v); break;
    case VM_CONV_R8: out->r8 = unsigned_source ? (double)(uint64_t)v : (double)v; break;
    case VM_CONV_R_UN: out->r8 = (double)(uint64_t)v; break;
    }
}

/* Floats to integers truncate toward zero. Out of range the result is
 * unspecified; mono on x86-64 gives what SSE's truncating conversions
 * give, and so does this: the lowest integer (the "integer indefinite")
 * for NaN and values out of range, computed without C's undefined
 * behaviour. Narrow targets take the low bits of the 32-bit conversion,
 * uint32 those of the 64-bit one, and uint64 converts values of 2^63 and
 * up after subtracting 2^63, as mono's generated code does. */
static int32_t truncate_i4(double v) {
    return v > -2147483649.0 && v < 2147483648.0 ? (int32_t)v : INT32_MIN; /* NaN compares false */
}

static int64_t truncate_i8(double v) {
    return v >= -9223372036854775808.0 && v < 9223372036854775808.0 ? (int64_t)v : INT64_MIN;
}

static uint64_t truncate_u8(double v) {
    if (v < 9223372036854775808.0)
        return (uint64_t)truncate_i8(v);
    return (uint64_t)truncate_i8(v - 9223372036854775808.0) ^ (UINT64_C(1) << 63); /* NaN comes here: 0 */
}

static void convert_double(double v, VmConv target, VmSlot *out) {
    switch (target) {
    case VM_CONV_R4: out->r8 = (float)v; break;
    case VM_CONV_R8:
    case VM_CONV_R_UN: out->r8 = v; break;
    case VM_CONV_U8: out->u8 = truncate_u8(v); break;
    case VM_CONV_I8: out->i8 = truncate_i8(v); break;
    case VM_CONV_U4: convert_integer(truncate_i8(v), target, false, out); break;
    default: convert_integer(truncate_i4(v), target, false, out); break; /* int32 and narrower */
    }
}

/* Loads and stores through pointers: unsafe code may use unaligned
 * addresses (corlib reads a string's chars eight bytes at a time), which
 * x86 allows, so they go through memcpy, which compiles to a plain move. */
#define UNALIGNED_LOAD(type, p) ({ type unaligned_value_; memcpy(&unaligned_value_, (p), sizeof unaligned_value_); unaligned_value_; })
#define UNALIGNED_STORE(type, p, value) do { type unaligned_value_ = (value); memcpy((p), &unaligned_value_, sizeof unaligned_value_); } while (0)

static inline void load_value(VmAccess access, const void *p, VmSlot *out) {
    switch (access) {
    case VM_ACCESS_I1: out->i4 = *(const int8_t *)p; break;
    case VM_ACCESS_U1: out->i4 = *(const uint8_t *)p; break;
    case VM_ACCESS_I2: out->i4 = UNALIGNED_LOAD(int16_t, p); break;
    case VM_ACCESS_U2: out->i4 = UNALIGNED_LOAD(uint16_t, p); break;
    case VM_ACCESS_I4: out->i4 = UNALIGNED_LOAD(int32_t, p); break;
    case VM_ACCESS_I8: out->i8 = UNALIGNED_LOAD(int64_t, p); break;
    case VM_ACCESS_R4: out->r8 = UNALIGNED_LOAD(float, p); break;
    case VM_ACCESS_R8: out->r8 = UNALIGNED_LOAD(double, p); break;
    default: out->p = *(void *const *)p; break; /* references are always aligned */
    }
}

static inline void store_value(VmAccess access, void *p, const VmSlot *in) {
    switch (access) {
    case VM_ACCESS_I1:
    case VM_ACCESS_U1: *(uint8_t *)p = (uint8_t)in->i4; break;
    case VM_ACCESS_I2:
    case VM_ACCESS_U2: UNALIGNED_STORE(uint16_t, p, (uint16_t)in->i4); break;
    case VM_ACCESS_I4: UNALIGNED_STORE(int32_t, p, in->i4); break;
    case VM_ACCESS_I8: UNALIGNED_STORE(int64_t, p, in->i8); break;
    case VM_ACCESS_R4: UNALIGNED_STORE(float, p, (float)in->r8); break;
    case VM_ACCESS_R8: UNALIGNED_STORE(double, p, in->r8); break;
    default: gc_write_barrier((GcObject **)p, in->p); break;
    }
}

/* How a value of this type is read from or written to memory, if it is a
 * primitive (enums by their underlying type) or a reference; false for
 * other structs, which are copied byte for byte. */
static bool primitive_access(const LdMethodTable *type, VmAccess *access) {
    if (ld_is_reference(type)) {
        *access = VM_ACCESS_REF;
        return true;
    }
    switch (type->elem) {
    case IMG_ELEMENT_BOOLEAN: case IMG_ELEMENT_U1: *access = VM_ACCESS_U1; return true;
    case IMG_ELEMENT_I1: *access = VM_ACCESS_I1; return true;
    case IMG_ELEMENT_CHAR: case IMG_ELEMENT_U2: *access = VM_ACCESS_U2; return true;
    case IMG_ELEMENT_I2: *access = VM_ACCESS_I2; return true;
    case IMG_ELEMENT_I4: case IMG_ELEMENT_U4: *access = VM_ACCESS_I4; return true;
    case IMG_ELEMENT_I8: case IMG_ELEMENT_U8: case IMG_ELEMENT_I: case IMG_ELEMENT_U:
    case IMG_ELEMENT_PTR: case IMG_ELEMENT_FNPTR: *access = VM_ACCESS_I8; return true;
    case IMG_ELEMENT_R4: *access = VM_ACCESS_R4; return true;
    case IMG_ELEMENT_R8: *access = VM_ACCESS_R8; return true;
    default: return false;
    }
}

uint32_t vm_value_to_slots(const LdMethodTable *type, const void *data, VmSlot *slots) {
    VmAccess access;
    if (primitive_access(type, &access)) {
        slots[0].u8 = 0;
        if (access == VM_ACCESS_R4) /* an argument's float32 is a float (vm.h) */
            memcpy(&slots[0].r4, data, sizeof(float));
        else
            load_value(access, data, &slots[0]);
        return 1;
    }
    uint32_t n = vm_slots_for(type->value_size);
    memset(slots, 0, n * sizeof *slots);
    memcpy(slots, data, type->value_size);
    return n;
}

void vm_slots_to_value(const LdMethodTable *type, const VmSlot *slots, void *data) {
    VmAccess access;
    if (primitive_access(type, &access))
        store_value(access, data, slots);
    else
        memcpy(data, slots, type->value_size);
}

uint32_t vm_value_slots(const LdMethodTable *type) {
    VmAccess access;
    return primitive_access(type, &access) ? 1 : vm_slots_for(type->value_size);
}

static inline uint32_t access_size(VmAccess access) {
    static const uint8_t sizes[VM_ACCESS_COUNT] = {1, 1, 2, 2, 4, 8, 4, 8, 8};
    return sizes[access];
}

/* An array element type's reduced type (I.8.7.1), as an element type: an
 * enum is its underlying type, and the unsigned integers are their signed
 * twins, so int[], uint[] and an int-based enum's array are compatible.
 * -1 for element types that are not integers or enums. */
static int reduced_element(const LdMethodTable *t) {
    if (!(t->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM)))
        return -1;
    switch (t->elem) {
    case IMG_ELEMENT_I1: case IMG_ELEMENT_U1: return IMG_ELEMENT_I1;
    case IMG_ELEMENT_I2: case IMG_ELEMENT_U2: return IMG_ELEMENT_I2;
    case IMG_ELEMENT_I4: case IMG_ELEMENT_U4: return IMG_ELEMENT_I4;
    /* native int is int64 here, and mono lets their arrays convert too */
    case IMG_ELEMENT_I8: case IMG_ELEMENT_U8: case IMG_ELEMENT_I: case IMG_ELEMENT_U: return IMG_ELEMENT_I8;
    default: return -1;
    }
}

/* Whether a value of type `from` may be stored where `to` is expected: the
 * class chain, implemented interfaces, array covariance and generic
 * variance (I.8.7). */
static bool variant_assignable(const LdMethodTable *from, const LdMethodTable *to);

static bool assignable(const LdMethodTable *from, const LdMethodTable *to) {
    for (const LdMethodTable *t = from; t; t = t->parent)
        if (t == to)
            return true;
    if (from->kind == LD_KIND_INTERFACE && to->elem == IMG_ELEMENT_OBJECT)
        return true; /* an interface has no parent, but whatever implements it is an object */
    for (uint32_t i = 0; i < from->interface_count; i++)
        if (from->interfaces[i].interface == to)
            return true;
    if ((from->kind == LD_KIND_SZARRAY || from->kind == LD_KIND_ARRAY) && from->kind == to->kind &&
        from->rank == to->rank) {
        const LdMethodTable *a = from->element, *b = to->element;
        return a == b || (ld_is_reference(a) && ld_is_reference(b) && assignable(a, b)) ||
               (reduced_element(a) >= 0 && reduced_element(a) == reduced_element(b));
    }
    return variant_assignable(from, to);
}

/* A generic argument may still be a shell, whose kind (struct or class)
 * loading decides. */
static bool kind_known(LdMethodTable *type) {
    LdError ignored;
    return (type->flags & LD_MT_KIND_KNOWN) || ld_type_load(type, &ignored);
}

bool vm_assignable(const LdMethodTable *from, const LdMethodTable *to) {
    return assignable(from, to);
}

/* I<A1..An> to I<B1..Bn>, for the same interface or delegate definition
 * (II.9.5): each argument identical, or, where the parameter is declared
 * out (in), a reference type assignable to (from) the other's. Variance
 * never applies to value type arguments. */
static bool variant_compatible(const LdMethodTable *from, const LdMethodTable *to) {
    const LdClass *a = from->klass, *b = to->klass;
    if (!b->definition || a->definition != b->definition || a->generic_arg_count != b->generic_arg_count)
        return false;
    for (uint32_t i = 0; i < a->generic_arg_count; i++) {
        LdMethodTable *x = a->generic_args[i], *y = b->generic_args[i];
        if (x == y)
            continue;
        uint32_t variance = ld_generic_variance(b->definition, i);
        if (!kind_known(x) || !kind_known(y) || !ld_is_reference(x) || !ld_is_reference(y))
            return false;
        if (variance == LD_VARIANCE_COVARIANT ? !assignable(x, y)
            : variance == LD_VARIANCE_CONTRAVARIANT ? !assignable(y, x) : true)
            return false;
    }
    return true;
}

/* A T[] implements I<T> for its generic interfaces, and as arrays
 * convert (I.8.7.1) I<U> too: for every U a reference T is assignable to,
 * and for a U with T's reduced type (an enum's array is an IList of its
 * underlying type, an int[] an IList<uint>). */
static bool array_interface_compatible(const LdMethodTable *array, const LdMethodTable *implemented,
                                       const LdMethodTable *to) {
    if (array->kind != LD_KIND_SZARRAY || !to->klass->definition ||
        implemented->klass->definition != to->klass->definition || implemented->klass->generic_arg_count != 1 ||
        implemented->klass->generic_args[0] != array->element)
        return false;
    const LdMethodTable *element = array->element, *wanted = to->klass->generic_args[0];
    return (ld_is_reference(element) && ld_is_reference(wanted) && assignable(element, wanted)) ||
           (reduced_element(element) >= 0 && reduced_element(element) == reduced_element(wanted));
}

/* The slow half of assignable: a variant interface `to` that `from` is or
 * implements an instantiation of, a variant delegate, or T[] as IList<U>
 * and its relatives for a reference T assignable to U (I.8.7.1: arrays
 * implement them covariantly whatever the interface declares). */
static bool variant_assignable(const LdMethodTable *from, const LdMethodTable *to) {
    if (!to->klass->definition || !(to->kind == LD_KIND_INTERFACE || (to->flags & LD_MT_DELEGATE)))
        return false;
    if (variant_compatible(from, to))
        return true;
    for (uint32_t i = 0; i < from->interface_count; i++) {
        const LdMethodTable *implemented = from->interfaces[i].interface;
        if (variant_compatible(implemented, to) || array_interface_compatible(from, implemented, to))
            return true;
    }
    return false;
}

static LdMethod *find_static_constructor(LdMethodTable *type) {
    for (uint32_t i = 0; i < type->klass->method_count; i++)
        if (!strcmp(type->klass->methods[i].name, ".cctor") && (type->klass->methods[i].flags & 0x0010))
            return &type->klass->methods[i];
    return NULL;
}

/*
 * T[]'s generic interfaces (IList<T>, ICollection<T>, IEnumerable<T>,
 * IReadOnlyList<T>, IReadOnlyCollection<T>) have no slots: their methods
 * are System.Array's InternalArray__ methods, named after the interface
 * as mono names them (IList's plain, the others' prefixed by the
 * interface: InternalArray__ICollection_get_Count), and instantiated over
 * the interface's argument.
 */
static LdMethod *array_interface_method(const LdMethodTable *array, LdMethod *method) {
    const LdClass *interface = method->owner->klass;
    size_t base = strcspn(interface->name, "`");
    char name[160];
    if (!strcmp(interface->name, "IList`1"))
        snprintf(name, sizeof name, "InternalArray__%s", method->name);
    else
        snprintf(name, sizeof name, "InternalArray__%.*s_%s", (int)base, interface->name, method->name);
    const LdMethodTable *system_array = array->parent;
    for (uint32_t i = 0; system_array && i < system_array->klass->method_count; i++) {
        LdMethod *candidate = &system_array->klass->methods[i];
        if (strcmp(candidate->name, name) != 0)
            continue;
        if (!candidate->generic_param_count)
            return candidate;
        LdError error;
        return interface->generic_arg_count == 1
                   ? ld_method_instantiate(candidate, 1, interface->generic_args, &error)
                   : NULL;
    }
    return NULL;
}

/* An interface's default body runs in the instantiation the receiver
 * implements, which variance may have chosen over the one called
 * (IFoo<Base> answering IFoo<Derived>): the method at the same place in
 * that instantiation's list. */
static LdMethod *same_method_of(const LdMethodTable *interface, LdMethod *method) {
    LdMethod *definition = method->generic_definition ? method->generic_definition : method;
    const LdClass *declared = definition->owner->klass;
    if (interface == definition->owner || definition < declared->methods ||
        definition >= declared->methods + declared->method_count ||
        interface->klass->method_count != declared->method_count)
        return method;
    return &interface->klass->methods[definition - declared->methods];
}

/* The implementation a virtual call reaches for this receiver. */
static LdMethod *dispatch(const GcObject *receiver, LdMethod *method) {
    if (method->slot == LD_SLOT_NONE)
        return method;
    const LdMethodTable *type = receiver->type;
    if (method->owner->kind != LD_KIND_INTERFACE)
        return method->slot < type->vtable_count ? type->vtable[method->slot] : NULL;
    /* The interface itself, else (by variance) an instantiation of it that
     * converts: both list their methods in the same order. */
    const LdInterfaceEntry *entry = NULL;
    for (uint32_t i = 0; i < type->interface_count && !entry; i++)
        if (type->interfaces[i].interface == method->owner)
            entry = &type->interfaces[i];
    for (uint32_t i = 0; i < type->interface_count && !entry; i++)
        if (variant_compatible(type->interfaces[i].interface, method->owner) ||
            array_interface_compatible(type, type->interfaces[i].interface, method->owner))
            entry = &type->interfaces[i];
    if (!entry)
        return NULL;
    if (!entry->slots)
        return array_interface_method(type, method);
    uint32_t slot = entry->slots[method->slot];
    if (slot == LD_SLOT_INTERFACE_DEFAULT)
        return same_method_of(entry->interface, method);
    return slot < type->vtable_count ? type->vtable[slot] : NULL;
}

/* Whether a static method's type must run its constructor before the
 * method: one with a constructor, not yet run, and not beforefieldinit
 * (whose constructor its static field accesses run). */
static bool needs_class_init(const LdMethod *method) {
    const LdMethodTable *type = method->owner;
    if (!(method->flags & 0x0010) || !(type->flags & LD_MT_HAS_CCTOR) || (type->flags & LD_MT_BEFOREFIELDINIT))
        return false;
    const VmClass *state = type->klass->engine;
    return !state || !state->initialized;
}

/* dispatch, and for a generic virtual method the override instantiated
 * the same way, remembered for interface and generic virtual calls (the
 * slow ones) in the runtime's dispatch cache. *callee is NULL when the
 * receiver has no implementation; false when instantiating fails. */
static bool dispatch_cached(VmRuntime *vm, const GcObject *receiver, LdMethod *declared, LdMethod **callee,
                            VmError *error) {
    bool cached = declared->owner->kind == LD_KIND_INTERFACE || declared->generic_definition;
    struct VmDispatchEntry *entry = NULL;
    if (cached) {
        uintptr_t h = ((uintptr_t)declared >> 4) * 31 ^ ((uintptr_t)receiver->type >> 4);
        entry = &vm->dispatch_cache[(h ^ (h >> 8)) % (sizeof vm->dispatch_cache / sizeof vm->dispatch_cache[0])];
        if (entry->declared == declared && entry->type == receiver->type) {
            *callee = entry->callee;
            return true;
        }
    }
    LdMethod *found = dispatch(receiver, declared);
    if (found && declared->generic_definition && found != declared) {
        /* A generic virtual method: the override, instantiated the same way. */
        LdError load_error;
        found = ld_method_instantiate(found->generic_definition ? found->generic_definition : found,
                                      declared->method_arg_count, declared->method_args, &load_error);
        if (!found)
            return vm_fail(error, "System.TypeLoadException: %s", load_error.message);
    }
    if (found && entry)
        *entry = (struct VmDispatchEntry){declared, receiver->type, found};
    *callee = found;
    return true;
}

LdMethod *vm_virtual_target(VmRuntime *vm, void *receiver, LdMethod *method, VmError *error) {
    LdMethod *callee = NULL;
    if (!dispatch_cached(vm, receiver, method, &callee, error))
        return NULL;
    if (!callee) {
        char name[300];
        vm_method_name(method, name, sizeof name);
        vm_fail(error, "not implemented yet: dispatching %s on %s", name, ((GcObject *)receiver)->type->klass->name);
    }
    return callee;
}

/* A tail call releases the frame first, so none of the arguments may
 * point into it: its slots, or what it took with localloc. `checks` (a
 * count, then argument slots) lists the arguments that may hold such a
 * pointer. A filter's frame borrows another's slots and cannot be released. */
static const VmWord no_tail_checks[] = {0};

static bool tail_call_possible(const VmThread *thread, const VmFrame *frame, const VmSlot *fp, const VmSlot *args,
                               const VmWord *checks) {
    if (frame->borrowed)
        return false;
    for (VmWord i = 1; i <= checks[0]; i++) {
        const uint8_t *p = args[checks[i]].p;
        if ((p >= (const uint8_t *)fp && p < (const uint8_t *)args) ||
            (p >= frame->localloc_mark && p < thread->localloc_top))
            return false;
    }
    return true;
}

/* Where a thread static or a boxed struct static is now: this thread's
 * block, and for a struct in a reference slot, the value inside its box. */
static uint8_t *static_location(VmRuntime *vm, VmThread *thread, VmClass *state, const LdField *field,
                                VmError *error) {
    GcObject **refs = state->statics_refs;
    uint8_t *plain = state->statics_plain;
    if (field->static_kind == LD_STATIC_THREAD_PLAIN || field->static_kind == LD_STATIC_THREAD_REF) {
        VmThreadStatics *block = vm_thread_statics(vm, thread, state, error);
        if (!block)
            return NULL;
        refs = block->refs;
        plain = block->plain;
    }
    if (field->static_kind == LD_STATIC_PLAIN || field->static_kind == LD_STATIC_THREAD_PLAIN)
        return plain + field->offset;
    if (field->type->kind == LD_KIND_VALUETYPE)
        return (uint8_t *)refs[field->offset] + LD_OBJECT_HEADER_SIZE;
    return (uint8_t *)&refs[field->offset];
}

/* A Nullable<T> at `value` (zeroed) from a boxed T or null. */
static void nullable_from_box(void *value, const GcObject *box, const LdMethodTable *nullable, uint32_t value_offset,
                              uint32_t has_value_offset) {
    if (!box)
        return;
    memcpy((uint8_t *)value + value_offset, (const uint8_t *)box + LD_OBJECT_HEADER_SIZE, nullable->element->value_size);
    ((uint8_t *)value)[has_value_offset] = 1;
}

/*
 * A rank-n array keeps, after its header words, n (length, lower bound)
 * int32 pairs and then the elements; its bounds pointer points at those
 * pairs (Mono's shape). The element an index tuple names, or NULL when an
 * index is out of its dimension's range.
 */
static uint8_t *md_element(GcObject *array, const LdMethodTable *type, const VmSlot *indices) {
    const int32_t *bounds = (const int32_t *)((uint8_t *)array + LD_ARRAY_DATA_OFFSET);
    uint64_t offset = 0;
    for (uint32_t d = 0; d < type->rank; d++) {
        int64_t index = (int64_t)indices[d].i4 - bounds[2 * d + 1];
        if (index < 0 || index >= bounds[2 * d])
            return NULL;
        offset = offset * (uint64_t)bounds[2 * d] + (uint64_t)index;
    }
    return (uint8_t *)array + type->base_size + offset * type->component_size;
}

/* An exception leaving a synchronized method's frame releases its lock;
 * false when the method no longer held it (it let go itself), which mono
 * reports by a SynchronizationLockException in place of the exception. A
 * filter's borrowed frame is not the method's own. */
static bool release_synchronized(VmRuntime *vm, VmThread *thread, const VmFrame *frame) {
    if (!(frame->method->impl_flags & VM_METHOD_SYNCHRONIZED) || (frame->method->impl_flags & 0x1000) ||
        (frame->method->flags & 0x2000) || frame->borrowed || !frame->code || frame->code->local_slots == 0)
        return true;
    void *locked = frame->fp[VM_SYNC_SLOT(frame->code)].p;
    if (!locked) /* the exception came before the lock was taken */
        return true;
    return vm_monitor_owned(vm, thread, locked) && vm_monitor_exit(vm, thread, locked);
}

static bool push_unwind(VmThread *thread) {
    if (thread->saved_unwind_count == thread->saved_unwind_capacity) {
        uint32_t capacity = thread->saved_unwind_capacity ? thread->saved_unwind_capacity * 2 : 4;
        VmSavedUnwind *grown = realloc(thread->saved_unwinds, capacity * sizeof *grown);
        if (!grown)
            return false;
        thread->saved_unwinds = grown;
        thread->saved_unwind_capacity = capacity;
    }
    thread->saved_unwinds[thread->saved_unwind_count++] = (VmSavedUnwind){thread->unwind, thread->unwind_position};
    return true;
}

static void restore_unwind(VmThread *thread) {
    VmSavedUnwind *saved = &thread->saved_unwinds[--thread->saved_unwind_count];
    thread->unwind = saved->unwind;
    thread->unwind_position = saved->position;
}

/* Whether an exception thrown from the finally block of an interrupted
 * unwind, and handled at (frame, clause), leaves that block: then the
 * interrupted unwind is over. Caught in a callee of the block, or by a
 * catch nested inside the block, it is not. */
static bool leaves_block(const VmUnwind *interrupted, const VmFrame *frame, uint32_t clause) {
    const VmFrame *at = interrupted->at;
    if (frame != at)
        return frame < at;
    if (clause >= at->code->clause_count || !interrupted->next_clause)
        return true; /* escapes the invocation or the static constructor the block is in */
    const VmClause *block = &at->code->clauses[interrupted->next_clause - 1];
    const VmClause *handler = &at->code->clauses[clause];
    return !(handler->try_start >= block->handler_start && handler->try_end <= block->handler_end);
}

static bool run(VmRuntime *vm, VmThread *thread, VmFrame *base, VmSlot *sp, const VmWord *ip, VmSlot *result,
                VmError *error) {
    static const void *const labels[] = {
#define VM_OP_LABEL(name) &&op_##name,
        VM_OP_LIST(VM_OP_LABEL)
#undef VM_OP_LABEL
    };
    if (!vm) {
        label_table = labels;
        return true;
    }
    VmFrame *frame = base;
    VmSlot *fp = base->fp;
    LdMethodTable *initializing = NULL; /* set by CLASS_INIT for the frame do_call makes */
    LdMethodTable *initialize;          /* the type an indirect call's callee needs initialised first */
    const VmWord *tail_checks = NULL;   /* set by TAIL_PREFIX for the next call: the slots to check */
    GcObject *exception;
    uint32_t throw_position;
    bool rethrowing = false; /* set by RETHROW: the exception keeps its stack trace */

#define NEXT goto *(const void *)*ip
#define OPERAND(n) (ip[n])
#define BINARY(field, op) sp[-2].field = sp[-2].field op sp[-1].field; sp--; ip += 1; NEXT
#define COMPARE(field, op) sp[-2].i4 = sp[-2].field op sp[-1].field; sp--; ip += 1; NEXT
/* Safepoints: before anything that may allocate, call managed code or
 * transcode, the frame's state is recorded for the GC's stack walk (and
 * under LUCID_GCStress=2 a collection runs there). When
 * an exception is raised the evaluation stack is dead: only the arguments
 * and locals are reported. */
#define SAFEPOINT()                                                                                      \
    (frame->ip = ip, frame->sp = sp, thread->top = frame,                                                \
     vm->gc_stress_safepoints ? gc_safepoint(vm->heap) : (void)0)
#define DEAD_STACK_SAFEPOINT() (frame->ip = ip, frame->sp = frame->stack_base, thread->top = frame)
/* A method that cannot be transcoded raises what the transcoder found
 * (InvalidProgramException, TypeLoadException...) in its caller, as a
 * failed JIT compilation does; what Lucid cannot run yet stays fatal. */
#define TRANSCODE(method)                                                       \
    do {                                                                        \
        if (!(method)->engine && !vm_transcode(vm, (method), error)) {          \
            if (strncmp(error->message, "System.", 7) != 0)                     \
                return false;                                                   \
            char failure[sizeof error->message];                                \
            memcpy(failure, error->message, sizeof failure);                    \
            error->message[0] = 0;                                              \
            THROW(failure);                                                     \
        }                                                                       \
    } while (0)
#define THROW(what)                                                             \
    do {                                                                        \
        DEAD_STACK_SAFEPOINT();                                                 \
        if (!(exception = runtime_exception(vm, thread, what, error)))          \
            return false;                                                       \
        goto throw_exception;                                                   \
    } while (0)
    NEXT;

op_NOP: ip += 1; NEXT;
op_LDSLOT: *sp++ = fp[OPERAND(1)]; ip += 2; NEXT;
op_STSLOT: fp[OPERAND(1)] = *--sp; ip += 2; NEXT;
op_STSLOT_I1: fp[OPERAND(1)].i4 = (int8_t)(--sp)->i4; ip += 2; NEXT;
op_STSLOT_U1: fp[OPERAND(1)].i4 = (uint8_t)(--sp)->i4; ip += 2; NEXT;
op_STSLOT_I2: fp[OPERAND(1)].i4 = (int16_t)(--sp)->i4; ip += 2; NEXT;
op_STSLOT_U2: fp[OPERAND(1)].i4 = (uint16_t)(--sp)->i4; ip += 2; NEXT;
op_STSLOT_R4: fp[OPERAND(1)].r4 = (float)(--sp)->r8; ip += 2; NEXT;
    /* A small local's slot holds its value in its low bytes, where a store
     * through a pointer to it (an out parameter) puts it: loads read just those. */
op_LDSLOT_I1: (sp++)->i4 = *(const int8_t *)&fp[OPERAND(1)]; ip += 2; NEXT;
op_LDSLOT_U1: (sp++)->i4 = *(const uint8_t *)&fp[OPERAND(1)]; ip += 2; NEXT;
op_LDSLOT_I2: (sp++)->i4 = *(const int16_t *)&fp[OPERAND(1)]; ip += 2; NEXT;
op_LDSLOT_U2: (sp++)->i4 = *(const uint16_t *)&fp[OPERAND(1)]; ip += 2; NEXT;
op_LDSLOT_R4: (sp++)->r8 = fp[OPERAND(1)].r4; ip += 2; NEXT;
op_LDC_I4: (sp++)->i4 = (int32_t)OPERAND(1); ip += 2; NEXT;
op_LDC_I8: (sp++)->i8 = (int64_t)OPERAND(1); ip += 2; NEXT;
op_LDC_R8: memcpy(&(sp++)->r8, &ip[1], sizeof(double)); ip += 2; NEXT;
op_DUP: sp[0] = sp[-1]; sp++; ip += 1; NEXT;
op_POP: sp--; ip += 1; NEXT;

    /* Integer arithmetic wraps (III.3.1): computed unsigned to stay defined in C. */
op_ADD_I4: sp[-2].i4 = (int32_t)(sp[-2].u4 + sp[-1].u4); sp--; ip += 1; NEXT;
op_ADD_I8: sp[-2].i8 = (int64_t)(sp[-2].u8 + sp[-1].u8); sp--; ip += 1; NEXT;
op_ADD_R8: BINARY(r8, +);
op_SUB_I4: sp[-2].i4 = (int32_t)(sp[-2].u4 - sp[-1].u4); sp--; ip += 1; NEXT;
op_SUB_I8: sp[-2].i8 = (int64_t)(sp[-2].u8 - sp[-1].u8); sp--; ip += 1; NEXT;
op_SUB_R8: BINARY(r8, -);
op_MUL_I4: sp[-2].i4 = (int32_t)(sp[-2].u4 * sp[-1].u4); sp--; ip += 1; NEXT;
op_MUL_I8: sp[-2].i8 = (int64_t)(sp[-2].u8 * sp[-1].u8); sp--; ip += 1; NEXT;
op_MUL_R8: BINARY(r8, *);
op_DIV_I4:
    if (sp[-1].i4 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero.");
    if (sp[-1].i4 == -1 && sp[-2].i4 == INT32_MIN) THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    BINARY(i4, /);
op_DIV_I8:
    if (sp[-1].i8 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero.");
    if (sp[-1].i8 == -1 && sp[-2].i8 == INT64_MIN) THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    BINARY(i8, /);
op_DIV_R8: BINARY(r8, /);
op_DIV_UN_I4: if (sp[-1].u4 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero."); BINARY(u4, /);
op_DIV_UN_I8: if (sp[-1].u8 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero."); BINARY(u8, /);
op_REM_I4:
    if (sp[-1].i4 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero.");
    /* minint rem -1 traps on x86; Mono and the CLR throw, as for div. */
    if (sp[-1].i4 == -1 && sp[-2].i4 == INT32_MIN) THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    if (sp[-1].i4 == -1) { sp[-2].i4 = 0; sp--; ip += 1; NEXT; }
    BINARY(i4, %);
op_REM_I8:
    if (sp[-1].i8 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero.");
    /* minint rem -1 traps on x86; Mono and the CLR throw, as for div. */
    if (sp[-1].i8 == -1 && sp[-2].i8 == INT64_MIN) THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    if (sp[-1].i8 == -1) { sp[-2].i8 = 0; sp--; ip += 1; NEXT; }
    BINARY(i8, %);
op_REM_R8: sp[-2].r8 = fmod(sp[-2].r8, sp[-1].r8); sp--; ip += 1; NEXT;
op_REM_UN_I4: if (sp[-1].u4 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero."); BINARY(u4, %);
op_REM_UN_I8: if (sp[-1].u8 == 0) THROW("System.DivideByZeroException: Attempted to divide by zero."); BINARY(u8, %);
op_AND_I4: BINARY(i4, &);
op_AND_I8: BINARY(i8, &);
op_OR_I4: BINARY(i4, |);
op_OR_I8: BINARY(i8, |);
op_XOR_I4: BINARY(i4, ^);
op_XOR_I8: BINARY(i8, ^);
    /* Shift counts beyond the width are unspecified (III.3.58); mask like x86. */
op_SHL_I4: sp[-2].i4 = (int32_t)(sp[-2].u4 << (sp[-1].u4 & 31)); sp--; ip += 1; NEXT;
op_SHL_I8: sp[-2].i8 = (int64_t)(sp[-2].u8 << (sp[-1].u4 & 63)); sp--; ip += 1; NEXT;
op_SHR_I4: sp[-2].i4 = sp[-2].i4 >> (sp[-1].u4 & 31); sp--; ip += 1; NEXT;
op_SHR_I8: sp[-2].i8 = sp[-2].i8 >> (sp[-1].u4 & 63); sp--; ip += 1; NEXT;
op_SHR_UN_I4: sp[-2].u4 = sp[-2].u4 >> (sp[-1].u4 & 31); sp--; ip += 1; NEXT;
op_SHR_UN_I8: sp[-2].u8 = sp[-2].u8 >> (sp[-1].u4 & 63); sp--; ip += 1; NEXT;
op_NEG_I4: sp[-1].i4 = (int32_t)(0u - sp[-1].u4); ip += 1; NEXT;
op_NEG_I8: sp[-1].i8 = (int64_t)(0u - sp[-1].u8); ip += 1; NEXT;
op_NEG_R8: sp[-1].r8 = -sp[-1].r8; ip += 1; NEXT;
op_NOT_I4: sp[-1].i4 = ~sp[-1].i4; ip += 1; NEXT;
op_NOT_I8: sp[-1].i8 = ~sp[-1].i8; ip += 1; NEXT;

#define OVERFLOW_OP(builtin, field, type)                                                  \
    {                                                                                      \
        type out;                                                                          \
        if (builtin(sp[-2].field, sp[-1].field, &out))                                     \
            THROW("System.OverflowException: Arithmetic operation resulted in an overflow."); \
        sp[-2].field = out;                                                                \
        sp--;                                                                              \
        ip += 1;                                                                           \
        NEXT;                                                                              \
    }
op_ADD_OVF_I4: OVERFLOW_OP(__builtin_add_overflow, i4, int32_t)
op_ADD_OVF_I8: OVERFLOW_OP(__builtin_add_overflow, i8, int64_t)
op_ADD_OVF_UN_I4: OVERFLOW_OP(__builtin_add_overflow, u4, uint32_t)
op_ADD_OVF_UN_I8: OVERFLOW_OP(__builtin_add_overflow, u8, uint64_t)
op_SUB_OVF_I4: OVERFLOW_OP(__builtin_sub_overflow, i4, int32_t)
op_SUB_OVF_I8: OVERFLOW_OP(__builtin_sub_overflow, i8, int64_t)
op_SUB_OVF_UN_I4: OVERFLOW_OP(__builtin_sub_overflow, u4, uint32_t)
op_SUB_OVF_UN_I8: OVERFLOW_OP(__builtin_sub_overflow, u8, uint64_t)
op_MUL_OVF_I4: OVERFLOW_OP(__builtin_mul_overflow, i4, int32_t)
op_MUL_OVF_I8: OVERFLOW_OP(__builtin_mul_overflow, i8, int64_t)
op_MUL_OVF_UN_I4: OVERFLOW_OP(__builtin_mul_overflow, u4, uint32_t)
op_MUL_OVF_UN_I8: OVERFLOW_OP(__builtin_mul_overflow, u8, uint64_t)

op_CEQ_I4: COMPARE(i4, ==);
op_CEQ_I8: COMPARE(i8, ==);
op_CEQ_R8: COMPARE(r8, ==);
op_CGT_I4: COMPARE(i4, >);
op_CGT_I8: COMPARE(i8, >);
op_CGT_R8: COMPARE(r8, >);
op_CGT_UN_I4: COMPARE(u4, >);
op_CGT_UN_I8: COMPARE(u8, >);
op_CGT_UN_R8: sp[-2].i4 = !(sp[-2].r8 <= sp[-1].r8); sp--; ip += 1; NEXT; /* greater or unordered */
op_CLT_I4: COMPARE(i4, <);
op_CLT_I8: COMPARE(i8, <);
op_CLT_R8: COMPARE(r8, <);
op_CLT_UN_I4: COMPARE(u4, <);
op_CLT_UN_I8: COMPARE(u8, <);
op_CLT_UN_R8: sp[-2].i4 = !(sp[-2].r8 >= sp[-1].r8); sp--; ip += 1; NEXT; /* less or unordered */
op_WIDEN_I4_TOP: sp[-1].i8 = sp[-1].i4; ip += 1; NEXT;
op_WIDEN_I4_SECOND: sp[-2].i8 = sp[-2].i4; ip += 1; NEXT;

op_CONV_I4: {
    /* conv.u8, conv.u and conv.r.un zero-extend an int32 (III.1.5, table 8); the rest sign-extend. */
    VmConv target = (VmConv)OPERAND(1);
    int64_t v = target == VM_CONV_U8 || target == VM_CONV_R_UN ? (int64_t)sp[-1].u4 : (int64_t)sp[-1].i4;
    convert_integer(v, target, false, &sp[-1]);
    ip += 2;
    NEXT;
}
op_CONV_I8: convert_integer(sp[-1].i8, (VmConv)OPERAND(1), false, &sp[-1]); ip += 2; NEXT;
op_CONV_R8: convert_double(sp[-1].r8, (VmConv)OPERAND(1), &sp[-1]); ip += 2; NEXT;
op_CONV_OVF_I4:
    if (!convert_checked_i8(sp[-1].i4, (VmConv)OPERAND(1), &sp[-1]))
        THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    ip += 2; NEXT;
op_CONV_OVF_I8:
    if (!convert_checked_i8(sp[-1].i8, (VmConv)OPERAND(1), &sp[-1]))
        THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    ip += 2; NEXT;
op_CONV_OVF_R8:
    if (!convert_checked_r8(sp[-1].r8, (VmConv)OPERAND(1), &sp[-1]))
        THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    ip += 2; NEXT;
op_CONV_OVF_UN_I4:
    if (!convert_checked_u8(sp[-1].u4, (VmConv)OPERAND(1), &sp[-1]))
        THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    ip += 2; NEXT;
op_CONV_OVF_UN_I8:
    if (!convert_checked_u8(sp[-1].u8, (VmConv)OPERAND(1), &sp[-1]))
        THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    ip += 2; NEXT;

op_BR: ip = (const VmWord *)OPERAND(1); NEXT;
op_BRTRUE_I4: ip = (--sp)->i4 ? (const VmWord *)OPERAND(1) : ip + 2; NEXT;
op_BRFALSE_I4: ip = (--sp)->i4 ? ip + 2 : (const VmWord *)OPERAND(1); NEXT;
op_BRTRUE_I8: ip = (--sp)->i8 ? (const VmWord *)OPERAND(1) : ip + 2; NEXT;
op_BRFALSE_I8: ip = (--sp)->i8 ? ip + 2 : (const VmWord *)OPERAND(1); NEXT;
op_SWITCH: {
    uint32_t value = (--sp)->u4, count = (uint32_t)OPERAND(1);
    ip = (const VmWord *)(value < count ? OPERAND(3 + value) : OPERAND(2));
    NEXT;
}

#define NULL_REFERENCE "System.NullReferenceException: Object reference not set to an instance of an object"
#define INDEX_OUT_OF_RANGE "System.IndexOutOfRangeException: Index was outside the bounds of the array."
    LdMethod *callee;
    VmSlot *callee_fp;
    const VmWord *resume;
op_CALL:
    SAFEPOINT();
    callee = (LdMethod *)OPERAND(1);
    TRANSCODE(callee);
    callee_fp = sp - ((VmCode *)callee->engine)->arg_slots;
    resume = ip + 2;
    goto do_call;
op_CALLVIRT: {
    SAFEPOINT();
    LdMethod *declared = (LdMethod *)OPERAND(1);
    uint32_t arg_slots = (uint32_t)OPERAND(2); /* the receiver is the first of them */
    GcObject *receiver = sp[-(intptr_t)arg_slots].p;
    if (!receiver)
        THROW(NULL_REFERENCE);
    callee = NULL;
    if (!dispatch_cached(vm, receiver, declared, &callee, error))
        return false;
    if (!callee) {
        char name[300];
        vm_method_name(declared, name, sizeof name);
        return vm_fail(error, "not implemented yet: dispatching %s on %s", name, receiver->type->klass->name);
    }
    TRANSCODE(callee);
    /* A value type's method reached through its box receives a pointer to
     * the value inside (what CoreCLR's unboxing stubs do). */
    if (callee->owner->kind == LD_KIND_VALUETYPE)
        sp[-(intptr_t)arg_slots].p = (uint8_t *)receiver + LD_OBJECT_HEADER_SIZE;
    callee_fp = sp - arg_slots;
    resume = ip + 3;
    goto do_call;
}
op_NEWOBJ: {
    /* [args] becomes [object][object][args]: the constructor's frame starts
     * at the second copy, and the first is what newobj leaves behind. The
     * stack is shaped first, so it matches its GC map while allocating. */
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    callee = (LdMethod *)OPERAND(2);
    uint32_t n = (uint32_t)OPERAND(3);
    VmSlot *base = sp - n;
    memmove(base + 2, base, n * sizeof *base);
    base[0].p = base[1].p = NULL;
    sp += 2;
    SAFEPOINT();
    TRANSCODE(callee);
    GcObject *object = gc_alloc(vm->heap, &thread->alloc, type, type->base_size, vm_alloc_flags(type));
    if (!object)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    base[0].p = base[1].p = object;
    callee_fp = base + 1;
    resume = ip + 4;
    goto do_call;
}
op_CLASS_INIT: {
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    VmClass *state = type->klass->engine;
    if (state->initialized) {
        ip += 2;
        NEXT;
    }
    SAFEPOINT(); /* past the fast path: only running the constructor can collect */
    exception = *vm_class_hidden(state, VM_CLASS_REF_INIT_ERROR);
    if (exception) /* its static constructor failed before: that again */
        goto throw_exception;
    /* Marked first: the constructor's own accesses, and a cycle of
     * constructors on one thread, see the type as initialised (II.10.5.3.3). */
    state->initialized = true;
    callee = find_static_constructor(type);
    TRANSCODE(callee);
    callee_fp = sp;
    resume = ip + 2;
    initializing = type;
    goto do_call;
}
initialize_then_retry: {
    /* A static method reached without a call site to check its type (calli,
     * a delegate) runs the type's constructor first, as a call would
     * (II.10.5.3.1): the constructor is called as CLASS_INIT calls it, and
     * the instruction runs again when it returns. */
    VmClass *state = vm_class(vm, initialize, error);
    if (!state)
        return false;
    exception = *vm_class_hidden(state, VM_CLASS_REF_INIT_ERROR);
    if (exception)
        goto throw_exception;
    state->initialized = true;
    callee = find_static_constructor(initialize);
    TRANSCODE(callee);
    tail_checks = NULL; /* the constructor's call is no tail call */
    callee_fp = sp;
    resume = ip;
    initializing = initialize;
    goto do_call;
}
do_call:
    if (__builtin_expect(tail_checks != NULL, 0)) {
        const VmWord *checks = tail_checks;
        tail_checks = NULL;
        if (tail_call_possible(thread, frame, fp, callee_fp, checks))
            goto do_tail_call;
    }
    {
    VmCode *callee_code = callee->engine;
    VmSlot *callee_sp = callee_fp + callee_code->arg_slots + callee_code->local_slots;
    if (frame + 1 >= thread->frames_end || callee_sp + callee_code->stack_slots >= thread->slots_end)
        THROW("System.StackOverflowException: The requested operation caused a stack overflow.");
    frame->resume = resume;
    frame->ip = ip;
    frame->sp = callee_fp; /* the arguments are the callee's now */
    frame++;
    *frame = (VmFrame){.method = callee, .code = callee_code, .fp = callee_fp,
                       .localloc_mark = thread->localloc_top, .ip = callee_code->words, .sp = callee_sp,
                       .stack_base = callee_sp, .initializing = initializing};
    initializing = NULL;
    memset(callee_fp + callee_code->arg_slots, 0, callee_code->local_slots * sizeof *callee_fp);
    fp = callee_fp;
    sp = callee_sp;
    ip = callee_code->words;
    if (__builtin_expect(--thread->poll_countdown == 0, 0)) {
        SAFEPOINT();
        vm_gil_poll(vm, thread);
    }
    NEXT;
    }
do_tail_call: {
    /* The callee takes this frame's place: its arguments move down to this
     * frame's first slot, and it returns straight to this frame's caller. */
    VmCode *callee_code = callee->engine;
    VmSlot *callee_sp = fp + callee_code->arg_slots + callee_code->local_slots;
    if (callee_sp + callee_code->stack_slots >= thread->slots_end)
        THROW("System.StackOverflowException: The requested operation caused a stack overflow.");
    memmove(fp, callee_fp, callee_code->arg_slots * sizeof *fp);
    thread->localloc_top = frame->localloc_mark;
    *frame = (VmFrame){.method = callee, .code = callee_code, .fp = fp, .localloc_mark = thread->localloc_top,
                       .ip = callee_code->words, .sp = callee_sp, .stack_base = callee_sp,
                       .initializing = frame->initializing};
    memset(fp + callee_code->arg_slots, 0, callee_code->local_slots * sizeof *fp);
    sp = callee_sp;
    ip = callee_code->words;
    NEXT;
}
op_MKREFANY: {
    /* [pointer] becomes a TypedReference: type, pointer, type. */
    void *pointer = sp[-1].p;
    sp[-1].p = (void *)OPERAND(1);
    sp[0].p = pointer;
    sp[1].p = (void *)OPERAND(1);
    sp += 2;
    ip += 2;
    NEXT;
}
op_REFANYVAL:
    if (sp[-3].p != (void *)OPERAND(1))
        THROW("System.InvalidCastException: Specified cast is not valid.");
    sp[-3].p = sp[-2].p;
    sp -= 2;
    ip += 2;
    NEXT;
op_MISSING_ICALL: {
    char name[600], what[700];
    vm_icall_name((const LdMethod *)OPERAND(1), name, sizeof name);
    snprintf(what, sizeof what, "System.MissingMethodException: icall not implemented: %s", name);
    THROW(what);
}
    const VmVarargs *va;
op_VARARG_CALL: {
    /* [fixed][extra] becomes [fixed][extra][fixed][cookie]: the callee's
     * frame starts at the copy, the extra arguments lie just below it. */
    SAFEPOINT();
    va = (const VmVarargs *)OPERAND(2);
    callee = (LdMethod *)OPERAND(1);
    if (OPERAND(3)) {
        GcObject *receiver = sp[-(intptr_t)(va->slots + va->fixed_slots)].p;
        if (!receiver)
            THROW(NULL_REFERENCE);
        callee = dispatch(receiver, callee);
        if (!callee)
            return vm_fail(error, "not implemented yet: dispatching a vararg method on %s", receiver->type->klass->name);
    }
    TRANSCODE(callee);
    resume = ip + 4;
    goto vararg_call;
}
op_VARARG_NEWOBJ: {
    /* [fixed][extra] (the receiver not yet among them) becomes
     * [made][receiver][fixed][extra], as NEWOBJ (made: the object, which
     * is the receiver too) and NEWOBJ_VT (made: the value's slots, the
     * receiver a pointer to them) shape it, before the vararg call. */
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    callee = (LdMethod *)OPERAND(2);
    va = (const VmVarargs *)OPERAND(3);
    uint32_t value_slots = (uint32_t)OPERAND(4), made = value_slots ? value_slots : 1;
    uint32_t n = va->fixed_slots - 1 + va->slots;
    VmSlot *base = sp - n;
    memmove(base + made + 1, base, n * sizeof *base);
    memset(base, 0, (made + 1) * sizeof *base);
    if (value_slots)
        base[made].p = base;
    sp += made + 1;
    SAFEPOINT();
    TRANSCODE(callee);
    if (!value_slots) {
        GcObject *object = gc_alloc(vm->heap, &thread->alloc, type, type->base_size, vm_alloc_flags(type));
        if (!object)
            THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
        base[0].p = base[1].p = object;
    }
    resume = ip + 5;
    goto vararg_call;
}
op_VARARG_CALLI: {
    /* [fixed][extra][function]: VARARG_CALL's shape once the function is popped. */
    SAFEPOINT();
    va = (const VmVarargs *)OPERAND(1);
    callee = (--sp)->p;
    if (!callee)
        THROW(NULL_REFERENCE);
    TRANSCODE(callee);
    /* The call site's signature was checked; the pointer must agree with it. */
    if (!callee->signature.size || (callee->signature.data[0] & IMG_SIG_KIND_MASK) != IMG_SIG_VARARG ||
        ((VmCode *)callee->engine)->arg_slots != va->fixed_slots + 1)
        return vm_fail(error, "calli: %s is not a vararg method taking the %u argument slots the call site passes",
                       callee->name, va->fixed_slots);
    resume = ip + 2;
    goto vararg_call;
}
vararg_call: {
    VmSlot *fixed = sp - va->slots - va->fixed_slots;
    if (sp + va->fixed_slots + 1 >= thread->slots_end)
        THROW("System.StackOverflowException: The requested operation caused a stack overflow.");
    memcpy(sp, fixed, va->fixed_slots * sizeof *sp);
    sp[va->fixed_slots].p = (void *)va;
    callee_fp = sp;
    sp += va->fixed_slots + 1;
    goto do_call;
}
op_VARARG_RETURN: {
    uint32_t dropped = (uint32_t)OPERAND(1), n = (uint32_t)OPERAND(2);
    memmove(sp - n - dropped, sp - n, n * sizeof *sp);
    sp -= dropped;
    ip += 3;
    NEXT;
}
op_NARROW_R4_AT: {
    float value = (float)sp[-OPERAND(1)].r8;
    sp[-OPERAND(1)].u8 = 0;
    sp[-OPERAND(1)].r4 = value;
    ip += 2;
    NEXT;
}
op_SYNC_ENTER: {
    /* A synchronized method's lock: `this`, or for a static method its
     * type's RuntimeType (made here, so the slot is null until then). */
    SAFEPOINT();
    VmSlot *locked = &fp[OPERAND(1)];
    if (!locked->p && !(locked->p = vm_type_object(vm, thread, frame->method->owner, error)))
        return false;
    if (vm_monitor_enter(vm, thread, locked->p, -1) == VM_MONITOR_NO_MEMORY)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    ip += 2;
    NEXT;
}
op_SYNC_EXIT:
    if (!vm_monitor_exit(vm, thread, fp[OPERAND(1)].p))
        THROW("System.Threading.SynchronizationLockException: Object synchronization method was called from an unsynchronized block of code.");
    ip += 2;
    NEXT;
op_TAIL_PREFIX: tail_checks = ip + 1; ip += 2 + OPERAND(1); NEXT;
op_CPOBJ: {
    size_t size = (size_t)OPERAND(1);
    void *destination = sp[-2].p, *source = sp[-1].p;
    if (!destination || !source)
        THROW(NULL_REFERENCE);
    memmove(destination, source, size);
    gc_write_barrier_bulk(destination, size);
    sp -= 2;
    ip += 2;
    NEXT;
}
op_LDNULL: (sp++)->p = NULL; ip += 1; NEXT;
op_LDSTR: (sp++)->p = (void *)OPERAND(1); ip += 2; NEXT;
op_NEWARR: {
    SAFEPOINT();
    if (sp[-1].i4 < 0)
        THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
    GcObject *array = vm_new_array(vm, thread, (LdMethodTable *)OPERAND(1), sp[-1].u4);
    if (!array)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    sp[-1].p = array;
    ip += 2;
    NEXT;
}
op_LDLEN:
    if (!sp[-1].p)
        THROW(NULL_REFERENCE);
    sp[-1].i8 = *(int64_t *)((uint8_t *)sp[-1].p + LD_ARRAY_LENGTH_OFFSET);
    ip += 1;
    NEXT;
op_WIDEN_INDEX: {
    VmSlot *index = &sp[-OPERAND(1)];
    if (index->i8 < INT32_MIN || index->i8 > INT32_MAX)
        THROW(INDEX_OUT_OF_RANGE);
    index->i4 = (int32_t)index->i8;
    ip += 2;
    NEXT;
}

#define ELEMENT(array, index, access)                                                         \
    ((uint8_t *)(array) + LD_ARRAY_DATA_OFFSET + (size_t)(uint32_t)(index) * access_size(access))
#define CHECK_ELEMENT(array, index)                                                          \
    do {                                                                                     \
        if (!(array))                                                                        \
            THROW(NULL_REFERENCE);                                                           \
        if ((uint64_t)(uint32_t)(index) >= *(uint64_t *)((uint8_t *)(array) + LD_ARRAY_LENGTH_OFFSET) || \
            (index) < 0)                                                                     \
            THROW(INDEX_OUT_OF_RANGE);                                                       \
    } while (0)
#define ACCESS_OPS(kind)                                                                     \
    op_LDFLD_##kind:                                                                         \
    if (!sp[-1].p)                                                                           \
        THROW(NULL_REFERENCE);                                                               \
    load_value(VM_ACCESS_##kind, (uint8_t *)sp[-1].p + OPERAND(1), &sp[-1]);                 \
    ip += 2;                                                                                 \
    NEXT;                                                                                    \
    op_STFLD_##kind:                                                                         \
    if (!sp[-2].p)                                                                           \
        THROW(NULL_REFERENCE);                                                               \
    store_value(VM_ACCESS_##kind, (uint8_t *)sp[-2].p + OPERAND(1), &sp[-1]);                \
    sp -= 2;                                                                                 \
    ip += 2;                                                                                 \
    NEXT;                                                                                    \
    op_LDSFLD_##kind:                                                                        \
    load_value(VM_ACCESS_##kind, (const void *)OPERAND(1), sp++);                            \
    ip += 2;                                                                                 \
    NEXT;                                                                                    \
    op_STSFLD_##kind:                                                                        \
    store_value(VM_ACCESS_##kind, (void *)OPERAND(1), --sp);                                 \
    ip += 2;                                                                                 \
    NEXT;                                                                                    \
    op_LDELEM_##kind:                                                                        \
    CHECK_ELEMENT(sp[-2].p, sp[-1].i4);                                                      \
    load_value(VM_ACCESS_##kind, ELEMENT(sp[-2].p, sp[-1].i4, VM_ACCESS_##kind), &sp[-2]);   \
    sp--;                                                                                    \
    ip += 1;                                                                                 \
    NEXT;
    ACCESS_OPS(I1) ACCESS_OPS(U1) ACCESS_OPS(I2) ACCESS_OPS(U2) ACCESS_OPS(I4) ACCESS_OPS(I8)
    ACCESS_OPS(R4) ACCESS_OPS(R8) ACCESS_OPS(REF)
#define STELEM_OP(kind)                                                                      \
    op_STELEM_##kind:                                                                        \
    CHECK_ELEMENT(sp[-3].p, sp[-2].i4);                                                      \
    store_value(VM_ACCESS_##kind, ELEMENT(sp[-3].p, sp[-2].i4, VM_ACCESS_##kind), &sp[-1]);  \
    sp -= 3;                                                                                 \
    ip += 1;                                                                                 \
    NEXT;
    STELEM_OP(I1) STELEM_OP(U1) STELEM_OP(I2) STELEM_OP(U2) STELEM_OP(I4) STELEM_OP(I8)
    STELEM_OP(R4) STELEM_OP(R8)
op_STELEM_REF: {
    GcObject *array = sp[-3].p, *value = sp[-1].p;
    CHECK_ELEMENT(array, sp[-2].i4);
    /* Array covariance makes every reference store checked (I.8.7.1). */
    if (value && !assignable(value->type, array->type->element))
        THROW("System.ArrayTypeMismatchException: Attempted to access an element as a type incompatible with the array.");
    store_value(VM_ACCESS_REF, ELEMENT(array, sp[-2].i4, VM_ACCESS_REF), &sp[-1]);
    sp -= 3;
    ip += 1;
    NEXT;
}

op_ISINST:
    if (sp[-1].p && !assignable(((GcObject *)sp[-1].p)->type, (const LdMethodTable *)OPERAND(1)))
        sp[-1].p = NULL;
    ip += 2;
    NEXT;
op_CASTCLASS:
    if (sp[-1].p && !assignable(((GcObject *)sp[-1].p)->type, (const LdMethodTable *)OPERAND(1)))
        THROW("System.InvalidCastException: Specified cast is not valid.");
    ip += 2;
    NEXT;
op_LDSLOTS: {
    uint32_t n = (uint32_t)OPERAND(2);
    memcpy(sp, fp + OPERAND(1), n * sizeof *sp);
    sp += n;
    ip += 3;
    NEXT;
}
op_STSLOTS: {
    uint32_t n = (uint32_t)OPERAND(2);
    sp -= n;
    memcpy(fp + OPERAND(1), sp, n * sizeof *sp);
    ip += 3;
    NEXT;
}
op_LDSLOTA: (sp++)->p = fp + OPERAND(1); ip += 2; NEXT;
op_DUPN: {
    uint32_t n = (uint32_t)OPERAND(1);
    memcpy(sp, sp - n, n * sizeof *sp);
    sp += n;
    ip += 2;
    NEXT;
}
op_POPN: sp -= OPERAND(1); ip += 2; NEXT;
op_NEWOBJ_VT: {
    /* [args] becomes [value][pointer to it][args]; the constructor's frame
     * starts at the pointer, and the value is what remains. */
    callee = (LdMethod *)OPERAND(1);
    uint32_t n = (uint32_t)OPERAND(2);
    uint32_t args = (uint32_t)OPERAND(3);
    VmSlot *base = sp - args;
    memmove(base + n + 1, base, args * sizeof *base);
    memset(base, 0, n * sizeof *base);
    base[n].p = base;
    sp += n + 1;
    SAFEPOINT();
    TRANSCODE(callee);
    callee_fp = base + n;
    resume = ip + 4;
    goto do_call;
}
op_LDFLD_VT: {
    uint8_t *p = sp[-1].p;
    size_t size = (size_t)OPERAND(2);
    uint32_t n = vm_slots_for((uint32_t)size);
    if (!p)
        THROW(NULL_REFERENCE);
    memmove(&sp[-1], p + OPERAND(1), size);
    memset((uint8_t *)&sp[-1] + size, 0, n * sizeof *sp - size);
    sp += n - 1;
    ip += 3;
    NEXT;
}
op_STFLD_VT: {
    size_t size = (size_t)OPERAND(2);
    uint32_t n = vm_slots_for((uint32_t)size);
    uint8_t *p = sp[-(intptr_t)n - 1].p;
    if (!p)
        THROW(NULL_REFERENCE);
    memmove(p + OPERAND(1), &sp[-(intptr_t)n], size);
    gc_write_barrier_bulk(p + OPERAND(1), size);
    sp -= n + 1;
    ip += 3;
    NEXT;
}
op_STSFLD_VT: {
    size_t size = (size_t)OPERAND(2);
    uint32_t n = vm_slots_for((uint32_t)size);
    memcpy((void *)OPERAND(1), &sp[-(intptr_t)n], size);
    sp -= n;
    ip += 3;
    NEXT;
}
op_LDFLDA:
    if (!sp[-1].p)
        THROW(NULL_REFERENCE);
    sp[-1].p = (uint8_t *)sp[-1].p + OPERAND(1);
    ip += 2;
    NEXT;
op_LDPTR: (sp++)->p = (void *)OPERAND(1); ip += 2; NEXT;
op_LDFLD_VALUE: {
    /* A field of a struct value on the stack: the value's slots give way to the field's. */
    VmSlot *value = sp - OPERAND(1);
    const uint8_t *field = (const uint8_t *)value + OPERAND(2);
    VmAccess access = (VmAccess)OPERAND(3);
    if (access == VM_ACCESS_COUNT) {
        size_t size = (size_t)OPERAND(4);
        uint32_t n = vm_slots_for((uint32_t)size);
        memmove(value, field, size);
        memset((uint8_t *)value + size, 0, n * sizeof *sp - size);
        sp = value + n;
    } else {
        VmSlot loaded;
        load_value(access, field, &loaded);
        value[0] = loaded;
        sp = value + 1;
    }
    ip += 5;
    NEXT;
}
op_INITOBJ: {
    void *p = (--sp)->p;
    if (!p)
        THROW(NULL_REFERENCE);
    memset(p, 0, (size_t)OPERAND(1));
    ip += 2;
    NEXT;
}
op_BOX: {
    SAFEPOINT();
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    uint32_t n = vm_slots_for(type->value_size);
    GcObject *box = gc_alloc(vm->heap, &thread->alloc, type, type->base_size,
                             type->flags & LD_MT_CONTAINS_REFS ? GC_ALLOC_CONTAINS_REFS : 0);
    if (!box)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    uint8_t *data = (uint8_t *)box + LD_OBJECT_HEADER_SIZE;
    if (type->elem == IMG_ELEMENT_R4)
        *(float *)data = (float)sp[-1].r8; /* F on the stack, float32 in the box */
    else
        memcpy(data, &sp[-(intptr_t)n], type->value_size);
    sp -= n;
    (sp++)->p = box;
    ip += 2;
    NEXT;
}
op_UNBOX: {
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    GcObject *box = sp[-1].p;
    if (!box)
        THROW(NULL_REFERENCE);
    /* An enum and its underlying type unbox as each other (I.8.2.4). */
    if (box->type != type && !(box->type->kind == LD_KIND_VALUETYPE && type->elem == box->type->elem &&
                               (type->flags | box->type->flags) & LD_MT_ENUM &&
                               (type->flags & (LD_MT_ENUM | LD_MT_PRIMITIVE)) &&
                               (box->type->flags & (LD_MT_ENUM | LD_MT_PRIMITIVE))))
        THROW("System.InvalidCastException: Specified cast is not valid.");
    sp[-1].p = (uint8_t *)box + LD_OBJECT_HEADER_SIZE;
    ip += 2;
    NEXT;
}
op_DEREF_AT: sp[-OPERAND(1)].p = *(void **)sp[-OPERAND(1)].p; ip += 2; NEXT;
op_BOX_AT: {
    /* A Nullable<T> boxes as its T, or as null when it has none. The
     * pointer is read again after allocating: what it points into may move. */
    SAFEPOINT();
    LdMethodTable *type = (LdMethodTable *)OPERAND(2);
    size_t skip = 0;
    if (type->flags & LD_MT_NULLABLE) {
        if (!((const uint8_t *)sp[-OPERAND(1)].p)[OPERAND(4)]) {
            sp[-OPERAND(1)].p = NULL;
            ip += 5;
            NEXT;
        }
        skip = (size_t)OPERAND(3);
        type = type->element;
    }
    GcObject *box = gc_alloc(vm->heap, &thread->alloc, type, type->base_size,
                             type->flags & LD_MT_CONTAINS_REFS ? GC_ALLOC_CONTAINS_REFS : 0);
    if (!box)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    memcpy((uint8_t *)box + LD_OBJECT_HEADER_SIZE, (const uint8_t *)sp[-OPERAND(1)].p + skip, type->value_size);
    sp[-OPERAND(1)].p = box;
    ip += 5;
    NEXT;
}
op_BOX_NULLABLE_AT: {
    SAFEPOINT();
    LdMethodTable *type = ((LdMethodTable *)OPERAND(2))->element;
    GcObject *box = NULL;
    if (((const uint8_t *)sp[-OPERAND(1)].p)[OPERAND(4)]) {
        box = gc_alloc(vm->heap, &thread->alloc, type, type->base_size,
                       type->flags & LD_MT_CONTAINS_REFS ? GC_ALLOC_CONTAINS_REFS : 0);
        if (!box)
            THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
        memcpy((uint8_t *)box + LD_OBJECT_HEADER_SIZE, (const uint8_t *)sp[-OPERAND(1)].p + OPERAND(3),
               type->value_size);
    }
    sp[-OPERAND(1)].p = box;
    ip += 5;
    NEXT;
}
op_LDELEMA: {
    GcObject *array = sp[-2].p;
    CHECK_ELEMENT(array, sp[-1].i4);
    /* mcs pins a multi-dimensional array with ldelema 0 (`fixed (int* p =
     * grid)`), which mono allows: such an array's elements follow its bounds */
    size_t data = array->type->kind == LD_KIND_SZARRAY ? LD_ARRAY_DATA_OFFSET : array->type->base_size;
    sp[-2].p = (uint8_t *)array + data + (size_t)(uint32_t)sp[-1].i4 * (size_t)OPERAND(1);
    sp--;
    ip += 2;
    NEXT;
}
op_STELEM_VT: {
    size_t size = (size_t)OPERAND(1);
    VmSlot *value = sp - vm_slots_for((uint32_t)size);
    CHECK_ELEMENT(value[-2].p, value[-1].i4);
    uint8_t *element = (uint8_t *)value[-2].p + LD_ARRAY_DATA_OFFSET + (size_t)(uint32_t)value[-1].i4 * size;
    memcpy(element, value, size);
    gc_write_barrier_bulk(element, size);
    sp = value - 2;
    ip += 2;
    NEXT;
}
op_RETN: {
    uint32_t n = (uint32_t)OPERAND(1);
    memmove(fp, sp - n, n * sizeof *fp);
    if (frame == base) {
        memcpy(result, fp, n * sizeof *fp); /* a struct's every slot */
        return true;
    }
    sp = fp + n;
    goto return_to_caller;
}

op_CHECK_NULL_AT:
    if (!sp[-OPERAND(1)].p)
        THROW(NULL_REFERENCE);
    ip += 2;
    NEXT;
op_POLL:
    if (__builtin_expect(--thread->poll_countdown == 0, 0)) {
        SAFEPOINT();
        vm_gil_poll(vm, thread);
    }
    ip += 1;
    NEXT;
op_INSERT_NULL: {
    uint32_t n = (uint32_t)OPERAND(1);
    memmove(sp - n + 1, sp - n, n * sizeof *sp);
    sp[-(intptr_t)n].p = NULL;
    sp++;
    ip += 2;
    NEXT;
}
op_ROUND_R4: sp[-1].r8 = (float)sp[-1].r8; ip += 1; NEXT;
op_CALL_ICALL: {
    SAFEPOINT();
    VmSlot *args = sp - OPERAND(2), returned = {0};
    VmIcallContext context = {vm, thread, error, NULL};
    if (!((VmIcallFunction)OPERAND(1))(&context, args, &returned)) {
        if (!context.exception)
            return false;
        exception = context.exception;
        goto throw_exception;
    }
    sp = args;
    if (OPERAND(3))
        *sp++ = returned;
    ip += 4;
    NEXT;
}
op_CALL_PINVOKE: {
    SAFEPOINT();
    VmSlot *args = sp - OPERAND(2), returned[VM_PINVOKE_MAX_RESULT_SLOTS] = {{0}};
    VmIcallContext context = {vm, thread, error, NULL};
    if (!vm_pinvoke_call(&context, (VmPinvoke *)OPERAND(1), args, returned)) {
        if (!context.exception)
            return false;
        exception = context.exception;
        goto throw_exception;
    }
    sp = args;
    for (uint32_t i = 0; i < (uint32_t)OPERAND(3); i++)
        *sp++ = returned[i];
    ip += 4;
    NEXT;
}
op_CALLI: {
    SAFEPOINT();
    callee = (--sp)->p;
    if (!callee)
        THROW(NULL_REFERENCE);
    if (needs_class_init(callee)) {
        sp++; /* the instruction runs again, function pointer and all */
        initialize = callee->owner;
        goto initialize_then_retry;
    }
    TRANSCODE(callee);
    /* The call site's signature was checked; the pointer must agree with it. */
    if (((VmCode *)callee->engine)->arg_slots != (uint32_t)OPERAND(1))
        return vm_fail(error, "calli: %s takes %u argument slots, the call site passes %u", callee->name,
                       ((VmCode *)callee->engine)->arg_slots, (uint32_t)OPERAND(1));
    callee_fp = sp - OPERAND(1);
    resume = ip + 2;
    goto do_call;
}
op_NEWARR_MD: {
    SAFEPOINT();
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    uint32_t args = (uint32_t)OPERAND(2), rank = type->rank;
    bool with_lower = args == 2 * rank;
    VmSlot *first = sp - args;
    uint64_t total = 1;
    for (uint32_t d = 0; d < rank; d++) {
        int32_t length = first[with_lower ? 2 * d + 1 : d].i4;
        if (length < 0)
            THROW("System.OverflowException: Arithmetic operation resulted in an overflow.");
        total *= (uint64_t)length;
        if (total > INT32_MAX)
            THROW("System.OutOfMemoryException: Array dimensions exceeded supported range.");
    }
    size_t size = type->base_size + (size_t)total * type->component_size;
    GcObject *array = gc_alloc(vm->heap, &thread->alloc, type, size,
                               (type->flags & LD_MT_CONTAINS_REFS ? GC_ALLOC_CONTAINS_REFS : 0) |
                                   (size >= GC_LARGE_OBJECT_SIZE ? GC_ALLOC_LARGE : 0));
    if (!array)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    int32_t *bounds = (int32_t *)((uint8_t *)array + LD_ARRAY_DATA_OFFSET);
    for (uint32_t d = 0; d < rank; d++) {
        bounds[2 * d] = first[with_lower ? 2 * d + 1 : d].i4;
        bounds[2 * d + 1] = with_lower ? first[2 * d].i4 : 0;
    }
    *(void **)((uint8_t *)array + LD_ARRAY_BOUNDS_OFFSET) = bounds;
    *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET) = total;
    sp = first;
    (sp++)->p = array;
    ip += 3;
    NEXT;
}
    /* Three entries into one body: labels that follow each other share an
     * address, so which operation this is travels in md_op. */
    int md_op;
op_LDELEM_MD: md_op = 0; goto md_access;
op_STELEM_MD: md_op = 1; goto md_access;
op_LDELEMA_MD: md_op = 2; goto md_access;
md_access: {
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    VmAccess access = (VmAccess)OPERAND(2);
    bool store = md_op == 1;
    uint32_t value_slots = store ? (access == VM_ACCESS_COUNT ? vm_slots_for(type->element->value_size) : 1) : 0;
    VmSlot *value = sp - value_slots, *indices = value - type->rank, *object = indices - 1;
    GcObject *array = object->p;
    if (!array)
        THROW(NULL_REFERENCE);
    uint8_t *element = md_element(array, type, indices);
    if (!element)
        THROW(INDEX_OUT_OF_RANGE);
    if (md_op == 2) {
        object->p = element;
        sp = object + 1;
    } else if (store) {
        /* The array's own element type: the call site names a supertype. */
        if (access == VM_ACCESS_REF && value->p && !assignable(((GcObject *)value->p)->type, array->type->element))
            THROW("System.ArrayTypeMismatchException: Attempted to access an element as a type incompatible with the array.");
        if (access == VM_ACCESS_COUNT) {
            memcpy(element, value, type->element->value_size);
            gc_write_barrier_bulk(element, type->element->value_size);
        } else {
            store_value(access, element, value);
        }
        sp = object;
    } else if (access == VM_ACCESS_COUNT) {
        uint32_t n = vm_slots_for(type->element->value_size);
        memset(object, 0, n * sizeof *sp);
        memcpy(object, element, type->element->value_size);
        sp = object + n;
    } else {
        load_value(access, element, object);
        sp = object + 1;
    }
    ip += 3;
    NEXT;
}
op_LOCALLOC: {
    /* Frame-lifetime memory, zeroed (C# relies on it for stackalloc only
     * with .locals init, but zeroing always costs little and hides nothing). */
    uint64_t size = sp[-1].u8;
    size = (size + 15) & ~(uint64_t)15;
    if (size > (uint64_t)(thread->localloc_end - thread->localloc_top))
        THROW("System.StackOverflowException: The requested operation caused a stack overflow.");
    sp[-1].p = thread->localloc_top;
    memset(thread->localloc_top, 0, size);
    thread->localloc_top += size;
    ip += 1;
    NEXT;
}
op_CKFINITE:
    if (!isfinite(sp[-1].r8))
        THROW("System.OverflowException: Arithmetic operation resulted in an overflow."); /* mono's choice */
    ip += 1;
    NEXT;
op_CPBLK:
    memmove(sp[-3].p, sp[-2].p, sp[-1].u4);
    sp -= 3;
    ip += 1;
    NEXT;
op_INITBLK:
    memset(sp[-3].p, (uint8_t)sp[-2].i4, sp[-1].u4);
    sp -= 3;
    ip += 1;
    NEXT;
op_BOX_NULLABLE: {
    SAFEPOINT();
    LdMethodTable *nullable = (LdMethodTable *)OPERAND(1), *type = nullable->element;
    uint32_t n = vm_slots_for(nullable->value_size);
    const uint8_t *value = (const uint8_t *)&sp[-(intptr_t)n];
    GcObject *box = NULL;
    if (value[OPERAND(3)]) {
        box = gc_alloc(vm->heap, &thread->alloc, type, type->base_size,
                       type->flags & LD_MT_CONTAINS_REFS ? GC_ALLOC_CONTAINS_REFS : 0);
        if (!box)
            THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
        memcpy((uint8_t *)box + LD_OBJECT_HEADER_SIZE, value + OPERAND(2), type->value_size);
    }
    sp -= n;
    (sp++)->p = box;
    ip += 4;
    NEXT;
}
op_UNBOX_NULLABLE: {
    LdMethodTable *nullable = (LdMethodTable *)OPERAND(1);
    uint32_t n = vm_slots_for(nullable->value_size);
    GcObject *box = sp[-1].p;
    if (box && box->type != nullable->element)
        THROW("System.InvalidCastException: Specified cast is not valid.");
    sp--;
    memset(sp, 0, n * sizeof *sp);
    nullable_from_box(sp, box, nullable, (uint32_t)OPERAND(2), (uint32_t)OPERAND(3));
    sp += n;
    ip += 4;
    NEXT;
}
op_UNBOX_NULLABLE_PTR: {
    /* unbox (not .any) to Nullable<T> must give a pointer, but a box holds
     * a T: the Nullable<T> is made in a new object of its own. */
    SAFEPOINT();
    LdMethodTable *nullable = (LdMethodTable *)OPERAND(1);
    GcObject *box = sp[-1].p;
    if (box && box->type != nullable->element)
        THROW("System.InvalidCastException: Specified cast is not valid.");
    GcObject *holder = gc_alloc(vm->heap, &thread->alloc, nullable, nullable->base_size,
                                nullable->flags & LD_MT_CONTAINS_REFS ? GC_ALLOC_CONTAINS_REFS : 0);
    if (!holder)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    uint8_t *value = (uint8_t *)holder + LD_OBJECT_HEADER_SIZE;
    nullable_from_box(value, box, nullable, (uint32_t)OPERAND(2), (uint32_t)OPERAND(3));
    gc_write_barrier_bulk(value, nullable->value_size);
    sp[-1].p = value;
    ip += 4;
    NEXT;
}
op_STATIC_ADDRESS: {
    /* The first access to a type's thread statics on this thread makes its
     * block (and may allocate the boxes in it). */
    SAFEPOINT();
    uint8_t *address = static_location(vm, thread, (VmClass *)OPERAND(1), (const LdField *)OPERAND(2), error);
    if (!address)
        return false;
    uint32_t depth = (uint32_t)OPERAND(3);
    memmove(sp - depth + 1, sp - depth, depth * sizeof *sp);
    sp[-(intptr_t)depth].p = address;
    sp++;
    ip += 4;
    NEXT;
}
op_WIDEN_I4_AT: sp[-OPERAND(1)].i8 = sp[-OPERAND(1)].i4; ip += 2; NEXT;
op_LDVIRTFTN: {
    SAFEPOINT();
    GcObject *object = sp[-1].p;
    if (!object)
        THROW(NULL_REFERENCE);
    LdMethod *method = NULL;
    if (!dispatch_cached(vm, object, (LdMethod *)OPERAND(1), &method, error))
        return false;
    if (!method)
        return vm_fail(error, "not implemented yet: ldvirtftn of %s on %s", ((LdMethod *)OPERAND(1))->name,
                       object->type->klass->name);
    sp[-1].p = method;
    ip += 2;
    NEXT;
}
op_NEWDELEGATE: {
    SAFEPOINT();
    LdMethodTable *type = (LdMethodTable *)OPERAND(1);
    GcObject *delegate = gc_alloc(vm->heap, &thread->alloc, type, type->base_size, GC_ALLOC_CONTAINS_REFS);
    if (!delegate)
        THROW("System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    uint8_t *data = (uint8_t *)delegate + LD_OBJECT_HEADER_SIZE;
    gc_write_barrier((GcObject **)(data + vm->delegate_target->offset), sp[-2].p);
    *(void **)(data + vm->delegate_method->offset) = sp[-1].p;
    sp--;
    sp[-1].p = delegate;
    ip += 2;
    NEXT;
}
op_DELEGATE_INVOKE: {
    SAFEPOINT();
    /* [delegate][args]: a static target drops the delegate, an instance
     * target takes its place as the receiver. */
    uint32_t n = (uint32_t)OPERAND(1);
    GcObject *delegate = sp[-(intptr_t)n].p;
    if (!delegate)
        THROW(NULL_REFERENCE);
    uint8_t *data = (uint8_t *)delegate + LD_OBJECT_HEADER_SIZE;
    if (*(GcObject **)(data + vm->delegate_list->offset)) {
        /* A multicast delegate: Invoke's own code calls each in turn. */
        callee = (LdMethod *)OPERAND(2);
        callee_fp = sp - n;
        resume = ip + 3;
        goto do_call;
    }
    GcObject *target = *(GcObject **)(data + vm->delegate_target->offset);
    callee = *(LdMethod **)(data + vm->delegate_method->offset);
    if (!callee)
        return vm_fail(error, "not implemented yet: delegates created outside newobj (reflection)");
    if (needs_class_init(callee)) {
        initialize = callee->owner;
        goto initialize_then_retry;
    }
    bool dispatched = !target && (callee->flags & 0x0040) && !(callee->flags & 0x0010) && n > 1 &&
                      callee->owner->kind != LD_KIND_VALUETYPE;
    if (dispatched) {
        /* An open delegate over a virtual method (a property getter's, as
         * reflection makes them): the call dispatches on its receiver,
         * Invoke's first argument. */
        GcObject *receiver = sp[-(intptr_t)n + 1].p;
        if (!receiver)
            THROW(NULL_REFERENCE);
        LdMethod *declared = callee;
        if (!dispatch_cached(vm, receiver, declared, &callee, error))
            return false;
        if (!callee)
            return vm_fail(error, "not implemented yet: dispatching %s on %s", declared->name, receiver->type->klass->name);
    }
    TRANSCODE(callee);
    /* A value type's method reached through its box, as CALLVIRT does it
     * (after transcoding, which may collect: the slot is still an object). */
    if (dispatched && callee->owner->kind == LD_KIND_VALUETYPE)
        sp[-(intptr_t)n + 1].p = (uint8_t *)sp[-(intptr_t)n + 1].p + LD_OBJECT_HEADER_SIZE;
    /* A callee taking one slot fewer than Invoke (delegate included) is
     * open: static, or an instance method whose receiver is Invoke's first
     * argument (made by Delegate.CreateDelegate); else the target takes
     * the delegate's place, as receiver or a static's first argument. */
    if (((VmCode *)callee->engine)->arg_slots + 1 == n) {
        /* The arguments move down a slot: a tail call's checks are made
         * where the call site put them. */
        if (tail_checks)
            tail_checks = tail_call_possible(thread, frame, fp, sp - n, tail_checks) ? no_tail_checks : NULL;
        memmove(&sp[-(intptr_t)n], &sp[-(intptr_t)n + 1], (n - 1) * sizeof *sp);
        sp--;
        callee_fp = sp - (n - 1);
        /* an open delegate of a virtual method calls its receiver's override */
        if ((callee->flags & 0x0040) && !(callee->flags & 0x0010) && callee->owner->kind != LD_KIND_VALUETYPE) {
            GcObject *receiver = callee_fp[0].p;
            if (!receiver)
                THROW(NULL_REFERENCE);
            LdMethod *override = dispatch(receiver, callee);
            if (override && override != callee && !callee->generic_definition) {
                callee = override;
                TRANSCODE(callee);
            }
        }
    } else {
        if (!target && !(callee->flags & 0x0010))
            THROW(NULL_REFERENCE);
        sp[-(intptr_t)n].p = callee->owner->kind == LD_KIND_VALUETYPE && !(callee->flags & 0x0010)
                                 ? (void *)((uint8_t *)target + LD_OBJECT_HEADER_SIZE)
                                 : (void *)target;
        callee_fp = sp - n;
    }
    resume = ip + 3;
    goto do_call;
}
op_CHECK_ELEMENT_TYPE: {
    /* [array][indices]: a null array is the access's to report. */
    GcObject *array = sp[-OPERAND(2)].p;
    if (array && array->type->element != (LdMethodTable *)OPERAND(1))
        THROW("System.ArrayTypeMismatchException: Attempted to access an element as a type incompatible with the array.");
    ip += 3;
    NEXT;
}
op_MULTICAST_NEXT: {
    GcObject *delegate = fp[0].p;
    GcObject *list = *(GcObject **)((uint8_t *)delegate + LD_OBJECT_HEADER_SIZE + vm->delegate_list->offset);
    uint32_t index = fp[OPERAND(1)].u4;
    uint64_t count = list ? *(uint64_t *)((uint8_t *)list + LD_ARRAY_LENGTH_OFFSET) : 1;
    if (index >= count) {
        ip = (const VmWord *)OPERAND(2);
        NEXT;
    }
    fp[OPERAND(1)].u4 = index + 1;
    (sp++)->p = list ? ((GcObject **)((uint8_t *)list + LD_ARRAY_DATA_OFFSET))[index] : delegate;
    ip += 3;
    NEXT;
}

op_THROW:
    exception = sp[-1].p;
    if (!exception)
        THROW(NULL_REFERENCE);
    goto throw_exception;
op_RETHROW:
    exception = fp[OPERAND(1)].p;
    rethrowing = true;
    goto throw_exception;
op_LEAVE_RESET:
    sp = fp + frame->code->arg_slots + frame->code->local_slots;
    ip += 1;
    NEXT;
op_CALL_FINALLY:
    fp[OPERAND(1)].p = (void *)(ip + 3);
    ip = (const VmWord *)OPERAND(2);
    NEXT;
op_ENDFINALLY:
    if (fp[OPERAND(1)].p == VM_RESUME_UNWINDING)
        goto continue_unwinding;
    ip = fp[OPERAND(1)].p;
    NEXT;
op_ENDFILTER:
    /* A filter runs as the base of its own interpreter invocation. */
    *result = sp[-1];
    return true;

throw_exception: {
    DEAD_STACK_SAFEPOINT();
    tail_checks = NULL; /* the call it prefixed never happened */
    throw_position = (uint32_t)(ip - frame->code->words);
    if (vm->log & VM_LOG_THROW)
        log_throw(exception, frame, throw_position);
    VmFrame *handler_frame;
    uint32_t handler_clause;
    int found = find_handler(vm, thread, base, frame, throw_position, sp, exception, &handler_frame, &handler_clause,
                             error);
    if (found < 0)
        return false;
    if (!found) { /* it leaves this invocation, once the finally blocks below have run */
        handler_frame = base;
        handler_clause = VM_CLAUSE_ESCAPE;
    }
    bool rethrow = rethrowing;
    rethrowing = false;
    if (!record_trace(vm, thread, exception, frame, throw_position, handler_frame, rethrow, error))
        return false;
    /* Thrown from a finally or fault block that an unwind is running: that
     * unwind waits, unless this exception leaves the block. */
    bool restores = thread->unwind.restores;
    if (thread->unwind.handler_frame) {
        if (!push_unwind(thread))
            return vm_fail(error, "out of memory unwinding");
        restores = true;
    }
    while (restores && leaves_block(&thread->saved_unwinds[thread->saved_unwind_count - 1].unwind, handler_frame,
                                    handler_clause))
        restores = thread->saved_unwinds[--thread->saved_unwind_count].unwind.restores;
    thread->unwind = (VmUnwind){exception, handler_frame, handler_clause, 0, NULL, restores};
    thread->unwind_position = throw_position;
}
    /* Pass two: finally and fault blocks from the throwing frame down to the
     * handler's, each run as ordinary code that ends in ENDFINALLY. */
continue_unwinding:
    for (;;) {
        VmUnwind *u = &thread->unwind;
        VmCode *code = frame->code;
        uint32_t limit = frame == u->handler_frame && u->handler_clause < code->clause_count ? u->handler_clause
                                                                                          : code->clause_count;
        fp = frame->fp;
        sp = frame->stack_base; /* above the thrower's stack, in a filter's borrowed frame */
        for (uint32_t i = u->next_clause; i < limit; i++) {
            const VmClause *c = &code->clauses[i];
            if ((c->flags == IMG_EH_FINALLY || c->flags == IMG_EH_FAULT) &&
                inside(thread->unwind_position, c->try_start, c->try_end)) {
                u->next_clause = i + 1;
                u->at = frame;
                fp[c->slot].p = VM_RESUME_UNWINDING;
                ip = code->words + c->handler_start;
                NEXT;
            }
        }
        if (frame == u->handler_frame && u->handler_clause == VM_CLAUSE_CLASS_INIT) {
            /* Out of the static constructor: its caller, at its CLASS_INIT,
             * throws the TypeInitializationException (which allocates; the
             * inner exception is still held by the unwind state). */
            LdMethodTable *type = frame->initializing;
            (void)release_synchronized(vm, thread, frame);
            thread->localloc_top = frame->localloc_mark;
            frame--;
            fp = frame->fp;
            ip = frame->resume - 2;
            sp = frame->stack_base;
            DEAD_STACK_SAFEPOINT();
            if (!(exception = type_initialization_failed(vm, thread, type, u->exception, error)))
                return false;
            u->handler_frame = NULL;
            goto throw_exception;
        }
        if (frame == u->handler_frame && u->handler_clause == VM_CLAUSE_ESCAPE) {
            (void)release_synchronized(vm, thread, frame);
            thread->localloc_top = frame->localloc_mark;
            thread->escaping = u->exception;
            if (u->restores)
                restore_unwind(thread);
            else
                *u = (VmUnwind){0};
            char text[1000];
            describe_exception(vm, thread->escaping, text, sizeof text);
            vm_fail(error, "Unhandled Exception:\n%s", text);
            error->unhandled = true;
            return false;
        }
        if (frame == u->handler_frame) {
            const VmClause *c = &code->clauses[u->handler_clause];
            (sp++)->p = u->exception;
            fp[c->slot].p = u->exception;
            ip = code->words + c->handler_start;
            u->handler_frame = NULL;
            if (u->restores) /* caught inside a finally block: its unwind goes on at its endfinally */
                restore_unwind(thread);
            NEXT;
        }
        if (!release_synchronized(vm, thread, frame)) {
            /* Thrown again from the call site, as the new exception. */
            thread->localloc_top = frame->localloc_mark;
            frame--;
            fp = frame->fp;
            ip = frame->resume - 1;
            u->handler_frame = NULL;
            THROW("System.Threading.SynchronizationLockException: Object synchronization method was called from an unsynchronized block of code.");
        }
        thread->localloc_top = frame->localloc_mark;
        frame--;
        u->next_clause = 0;
        thread->unwind_position = (uint32_t)(frame->resume - 1 - frame->code->words);
    }

op_RET:
    fp[0] = sp[-1];
    if (frame == base) {
        *result = fp[0];
        return true;
    }
    sp = fp + 1;
    goto return_to_caller;
op_RET_VOID:
    if (frame == base)
        return true;
    sp = fp;
return_to_caller:
    thread->localloc_top = frame->localloc_mark;
    frame--;
    fp = frame->fp;
    ip = frame->resume;
    NEXT;
}

bool vm_class_initialize(VmRuntime *vm, VmThread *thread, LdMethodTable *type, void **exception, VmError *error) {
    *exception = NULL;
    VmClass *state = vm_class(vm, type, error);
    if (!state)
        return false;
    if (!(type->flags & LD_MT_HAS_CCTOR) || state->initialized)
        return true;
    GcObject *failed = *vm_class_hidden(state, VM_CLASS_REF_INIT_ERROR);
    if (failed) { /* its static constructor failed before: that again */
        *exception = failed;
        return false;
    }
    state->initialized = true; /* first, as CLASS_INIT does (II.10.5.3.3) */
    LdMethod *constructor = find_static_constructor(type);
    VmSlot none[1] = {{0}}, ignored;
    void *thrown = NULL;
    if (constructor && !vm_invoke(vm, thread, constructor, none, &ignored, &thrown, error)) {
        if (thrown)
            *exception = type_initialization_failed(vm, thread, type, thrown, error);
        return false;
    }
    return true;
}

/* Reflection's access to a static field (FieldInfo.GetValue/SetValue) and
 * a static method called from C (MethodInfo.Invoke): the type initialised
 * as CLASS_INIT would, then the field's place or the call. */
static VmClass *initialize_from_c(VmRuntime *vm, VmThread *thread, LdMethodTable *type, void **exception,
                                  VmError *error) {
    return vm_class_initialize(vm, thread, type, exception, error) ? vm_class(vm, type, error) : NULL;
}

void *vm_static_field_address(VmRuntime *vm, VmThread *thread, LdField *field, void **exception, VmError *error) {
    VmClass *state = initialize_from_c(vm, thread, field->owner, exception, error);
    return state ? static_location(vm, thread, state, field, error) : NULL;
}
