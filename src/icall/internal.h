/*
 * internal.h - what the internal-call files share: each contributes a
 * table, and icall.c registers them all.
 */
#ifndef LUCID_ICALL_INTERNAL_H
#define LUCID_ICALL_INTERNAL_H

#include "icall/icall.h"

#define ICALL_COUNT(table) ((uint32_t)(sizeof(table) / sizeof((table)[0])))

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

#endif
