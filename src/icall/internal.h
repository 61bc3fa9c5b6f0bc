/*
 * internal.h - what the internal-call files share: each contributes a
 * table, and icall.c registers them all.
 */
#ifndef LUCID_ICALL_INTERNAL_H
#define LUCID_ICALL_INTERNAL_H

#include "icall/icall.h"

#define ICALL_COUNT(table) ((uint32_t)(sizeof(table) / sizeof((table)[0])))

/* A field of corlib's objects or structs, found by name (never at an
 * assumed offset): its address in `object` (an object of a class, or a
 * value of a struct type). NULL, with context->error set, if it is missing. */
uint8_t *icall_field(VmIcallContext *context, void *object, LdMethodTable *type, const char *name);
/* A corlib type, loaded; NULL with context->error set if it is missing. */
LdMethodTable *icall_corlib_type(VmIcallContext *context, const char *ns, const char *name);

/* Results and errors the internal calls share. Each returns false with
 * context->exception (or context->error) set when it cannot finish. */
bool icall_out_of_memory(VmIcallContext *context);
bool icall_throw(VmIcallContext *context, const char *what); /* "System.Type: message" */
bool icall_throw_argument_null(VmIcallContext *context, const char *parameter);
bool icall_throw_argument(VmIcallContext *context, const char *message, const char *parameter);
bool icall_throw_argument_out_of_range(VmIcallContext *context, const char *parameter, const char *message);
bool icall_return_utf8(VmIcallContext *context, const char *utf8, VmSlot *result);
/* A string[] of `count` nulls; NULL with the exception set. */
void *icall_new_string_array(VmIcallContext *context, uint32_t count);
/* Stores a reference into element `index` of an array of references. */
void icall_store_element(void *array, uint32_t index, void *value);

/* The running thread's Thread object, made on first use (thread.c). */
bool icall_current_thread(VmIcallContext *context, void **thread);
/* Mono's report of an exception nothing caught (runtime.c). */
void icall_report_unhandled(VmIcallContext *context, void *exception, const char *fallback);

/* The one RuntimeMethodInfo (or RuntimeConstructorInfo) of a method. */
bool icall_method_object(VmIcallContext *context, LdMethod *method, void **object);

extern const VmIcall icall_runtime_helpers[];
extern const uint32_t icall_runtime_helpers_count;
extern const VmIcall icall_object[];
extern const uint32_t icall_object_count;
extern const VmIcall icall_type[];
extern const uint32_t icall_type_count;
extern const VmIcall icall_math[];
extern const uint32_t icall_math_count;
extern const VmIcall icall_interlocked[];
extern const uint32_t icall_interlocked_count;
extern const VmIcall icall_arg_iterator[];
extern const uint32_t icall_arg_iterator_count;
extern const VmIcall icall_delegate[];
extern const uint32_t icall_delegate_count;
extern const VmIcall icall_method_info[];
extern const uint32_t icall_method_info_count;
extern const VmIcall icall_environment[];
extern const uint32_t icall_environment_count;
extern const VmIcall icall_encoding[];
extern const uint32_t icall_encoding_count;
extern const VmIcall icall_monitor[];
extern const uint32_t icall_monitor_count;
extern const VmIcall icall_string[];
extern const uint32_t icall_string_count;
extern const VmIcall icall_gc[];
extern const uint32_t icall_gc_count;
extern const VmIcall icall_reflection[];
extern const uint32_t icall_reflection_count;
extern const VmIcall icall_thread[];
extern const uint32_t icall_thread_count;
extern const VmIcall icall_culture[];
extern const uint32_t icall_culture_count;
extern const VmIcall icall_interop[];
extern const uint32_t icall_interop_count;
extern const VmIcall icall_stack_trace[];
extern const uint32_t icall_stack_trace_count;
extern const VmIcall icall_appdomain[];
extern const uint32_t icall_appdomain_count;
extern const VmIcall icall_assembly[];
extern const uint32_t icall_assembly_count;
/* The one RuntimeAssembly of an assembly (assembly.c). */
bool icall_assembly_object(VmIcallContext *context, LdAssembly *assembly, void **object);
extern const VmIcall icall_marshal[];
extern const uint32_t icall_marshal_count;
extern const VmIcall icall_wait[];
extern const uint32_t icall_wait_count;
extern const VmIcall icall_threadpool[];
extern const uint32_t icall_threadpool_count;
extern const VmIcall icall_native[];
extern const uint32_t icall_native_count;
extern const VmIcall icall_io[];
extern const uint32_t icall_io_count;
/* MonoIOError (a Win32 error code) for an errno value (io.c). */
int32_t io_error_from_errno(int error);
/* Whether a directory entry matches a FindFirstFile pattern, by mono's
 * rules: '*' any run, '?' one byte, '\' quotes, "x.*" also matches "x". */
bool io_pattern_matches(const char *name, const char *pattern);

#endif
