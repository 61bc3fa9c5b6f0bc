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
/* A static field of a corlib type (its type initialised first): its
 * address, or NULL with the error or exception set; and a reference
 * field's value. */
void *icall_corlib_static_address(VmIcallContext *context, const char *ns, const char *name, const char *field_name);
bool icall_corlib_static(VmIcallContext *context, const char *ns, const char *name, const char *field_name,
                         VmSlot *result);
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
/* The Thread object of a runtime thread about to start (the finalizer),
 * made by its creator so that it takes the next managed thread id now. */
bool icall_runtime_thread_object(VmIcallContext *context, VmThread *target, const char *name);
/* Frees the name of a Thread that outlives the runtime's last collection. */
void icall_thread_free_name(VmIcallContext *context, void *thread);
/* finalizer.c */
bool icall_start_finalizer(VmIcallContext *context);
void icall_wait_for_finalizers(VmIcallContext *context);
void icall_finalize_at_exit(VmRuntime *vm, VmThread *thread);
/* Mono's report of an exception nothing caught (runtime.c). */
void icall_report_unhandled(VmIcallContext *context, void *exception, const char *fallback);

/* One reflection object per member and reflected type (member_cache.c):
 * the cached object of class info_class whose handle_field holds handle,
 * or NULL (*failed when the look-up itself failed); remembering a new one. */
typedef struct GcObject GcObject;
GcObject *icall_cached_member(VmIcallContext *context, LdMethodTable *reflected, LdMethodTable *info_class,
                              const char *handle_field, const void *handle, bool *failed);
bool icall_remember_member(VmIcallContext *context, LdMethodTable *reflected, GcObject *info);
/* A value of `type` at data, boxed (a Nullable<T> as a T or null; a
 * reference as itself); and a boxed value (or null) stored into data. */
bool icall_box(VmIcallContext *context, LdMethodTable *type, uint8_t *data, VmSlot *result);
bool icall_unbox_into(VmIcallContext *context, LdMethodTable *type, GcObject *value, uint8_t *data);
/* What a virtual call of `method` on `target` reaches (callvirt's choice),
 * or the method itself when it is not virtual or target is null. */
LdMethod *icall_virtual_target(VmIcallContext *context, LdMethod *method, GcObject *target);
/* The RuntimeMethodInfo/RuntimeConstructorInfo of a method seen through
 * `reflected` (NULL: its own type), and a Type[] of types (method_info.c). */
void *icall_method_object(VmIcallContext *context, LdMethod *method, LdMethodTable *reflected);
void *icall_type_array(VmIcallContext *context, uint32_t count, LdMethodTable **types, bool runtime_types);
/* A field's, parameter's or property's literal (the Constant table, by
 * token), boxed as `type` (members.c). */
bool icall_constant_value(VmIcallContext *context, const ImgImage *img, uint32_t token, LdMethodTable *type,
                          VmSlot *result);
/* Property and event records (members.c): their tokens and declaring types. */
uint32_t icall_property_token(void *record);
uint32_t icall_event_token(void *record);
LdMethodTable *icall_property_owner(void *record);
LdMethodTable *icall_event_owner(void *record);

/* Type names as reflection prints them (type_name.c): malloc'd, NULL when
 * memory runs out; the type a nested type is declared in, or NULL. */
char *icall_type_name(const LdMethodTable *type, bool full, bool assembly_qualified);
LdMethodTable *icall_enclosing_type(const LdMethodTable *type);
/* A type by reflection name ("N.S.Outer+Inner", "List`1[[System.Int32,
 * mscorlib]]", "Int32[,]", "T*", "T&", optionally ", Assembly"): looked
 * for in its named assembly, else in scope (may be NULL), then corlib.
 * NULL if there is no such type or the name is malformed. */
/* A top-level or nested type by full name ("N.S.Outer+Inner") in one
 * assembly (or where it forwards it), the top-level name compared
 * without case if asked (type_name.c). */
LdMethodTable *icall_find_type_in(LdAssembly *assembly, const char *full, bool ignore_case);
LdMethodTable *icall_parse_type_name(LdLoader *loader, const char *name, size_t length, LdAssembly *scope,
                                     bool ignore_case);
/* "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=..." (assembly.c). */
void icall_assembly_display_name(const LdAssembly *assembly, char *buffer, size_t size);

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
extern const VmIcall icall_marshal[];
extern const uint32_t icall_marshal_count;
extern const VmIcall icall_wait[];
extern const uint32_t icall_wait_count;
extern const VmIcall icall_threadpool[];
extern const uint32_t icall_threadpool_count;
extern const VmIcall icall_crypto[];
extern const uint32_t icall_crypto_count;
extern const VmIcall icall_native[];
extern const uint32_t icall_native_count;
extern const VmIcall icall_type_name_calls[];
extern const uint32_t icall_type_name_calls_count;
/* size zeroed bytes kept for the runtime's life, one block per key
 * (*fresh when just made): memory corlib holds pointers into. */
void *icall_kept_memory(VmIcallContext *context, const void *key, size_t size, bool *fresh);
/* The RuntimeAssembly of an assembly, one per assembly (assembly.c). */
void *icall_assembly_object(VmIcallContext *context, LdAssembly *assembly);
/* The assembly of a RuntimeAssembly or RuntimeModule object (assembly.c). */
LdAssembly *icall_assembly_of(VmIcallContext *context, void *object);
extern const VmIcall icall_assembly[];
extern const uint32_t icall_assembly_count;
extern const VmIcall icall_custom_attrs[];
extern const uint32_t icall_custom_attrs_count;
extern const VmIcall icall_enum[];
extern const uint32_t icall_enum_count;
extern const VmIcall icall_members[];
extern const uint32_t icall_members_count;
extern const VmIcall icall_io[];
extern const uint32_t icall_io_count;
/* MonoIOError (a Win32 error code) for an errno value (io.c). */
int32_t io_error_from_errno(int error);
/* Whether a directory entry matches a FindFirstFile pattern, by mono's
 * rules: '*' any run, '?' one byte, '\' quotes, "x.*" also matches "x". */
bool io_pattern_matches(const char *name, const char *pattern);

#endif
