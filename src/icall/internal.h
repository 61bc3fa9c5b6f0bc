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
extern const VmIcall icall_type[];
extern const uint32_t icall_type_count;
extern const VmIcall icall_arg_iterator[];
extern const uint32_t icall_arg_iterator_count;
extern const VmIcall icall_delegate[];
extern const uint32_t icall_delegate_count;
extern const VmIcall icall_method_info[];
extern const uint32_t icall_method_info_count;

#endif
