/*
 * string.c - System.String's allocation and interning, Mono's UTF-8
 * marshalling helper (Mono.SafeStringMarshal), System.Buffer's copies,
 * and RuntimeHelpers' view of string layout.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* FastAllocateString(length): a string of that many NUL characters. */
static bool fast_allocate_string(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (args[0].i4 < 0)
        return icall_throw_argument_out_of_range(context, "length", NULL);
    result->p = vm_new_string(context->vm, context->thread, NULL, (uint32_t)args[0].i4);
    return result->p || icall_out_of_memory(context);
}

static bool intern(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "str");
    result->p = vm_intern_string(context->vm, args[0].p, true);
    return result->p || icall_out_of_memory(context);
}

static bool is_interned(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "str");
    result->p = vm_intern_string(context->vm, args[0].p, false);
    return true;
}

/* SafeStringMarshal.StringToUtf8(string): a malloc'd UTF-8 copy that
 * corlib frees with GFree. */
static bool string_to_utf8(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p) {
        result->p = NULL;
        return true;
    }
    result->p = vm_string_to_utf8(args[0].p);
    return result->p || icall_out_of_memory(context);
}

static bool g_free(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    free(args[0].p);
    return true;
}

/* An array of primitives (what Buffer works on) and its size in bytes;
 * -1 for anything else. */
static int64_t primitive_array_bytes(const GcObject *array) {
    const LdMethodTable *type = array->type;
    if ((type->kind != LD_KIND_SZARRAY && type->kind != LD_KIND_ARRAY) || (type->flags & LD_MT_CONTAINS_REFS) ||
        ld_is_reference(type->element))
        return -1;
    switch (type->element->elem) {
    case IMG_ELEMENT_BOOLEAN: case IMG_ELEMENT_CHAR: case IMG_ELEMENT_I1: case IMG_ELEMENT_U1:
    case IMG_ELEMENT_I2: case IMG_ELEMENT_U2: case IMG_ELEMENT_I4: case IMG_ELEMENT_U4: case IMG_ELEMENT_I8:
    case IMG_ELEMENT_U8: case IMG_ELEMENT_R4: case IMG_ELEMENT_R8: case IMG_ELEMENT_I: case IMG_ELEMENT_U: break;
    default: return -1;
    }
    uint64_t length = *(const uint64_t *)((const uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    return (int64_t)(length * type->component_size);
}

/* The first element's address: past the base size, which covers a
 * rank-n array's bounds too. */
static uint8_t *array_data(GcObject *array) {
    return (uint8_t *)array + array->type->base_size;
}

static bool byte_length(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int64_t bytes = primitive_array_bytes(args[0].p);
    result->i4 = bytes > INT32_MAX ? -1 : (int32_t)bytes;
    return true;
}

/* InternalBlockCopy(src, srcOffset, dst, dstOffset, count): false if a
 * range is out of bounds (Buffer.BlockCopy then throws). */
static bool block_copy(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *source = args[0].p, *target = args[2].p;
    int32_t from = args[1].i4, to = args[3].i4, count = args[4].i4;
    int64_t source_bytes = primitive_array_bytes(source), target_bytes = primitive_array_bytes(target);
    if (from < 0 || to < 0 || count < 0 || from > source_bytes - count || to > target_bytes - count) {
        result->i4 = 0;
        return true;
    }
    memmove(array_data(target) + to, array_data(source) + from, (size_t)count);
    result->i4 = 1;
    return true;
}

/* InternalMemcpy(byte* dest, byte* src, int count). */
static bool memcpy_internal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (args[2].i4 > 0)
        memmove(args[0].p, args[1].p, (size_t)args[2].i4);
    return true;
}

/* RuntimeImports: the memmove and memset that Span and Buffer use. */
static bool runtime_memmove(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (args[2].u4)
        memmove(args[0].p, args[1].p, args[2].u4);
    return true;
}

/* Memmove_wbarrier(dest, src, count, type): `count` elements of a type
 * that holds references, so the copy goes through the write barrier. */
static bool runtime_memmove_barrier(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const LdMethodTable *type = args[3].p;
    size_t element = ld_is_reference(type) ? sizeof(void *) : type->value_size;
    size_t bytes = (size_t)args[2].u4 * element;
    if (bytes) {
        memmove(args[0].p, args[1].p, bytes);
        gc_write_barrier_bulk(args[0].p, bytes);
    }
    return true;
}

static bool runtime_zero_memory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (args[1].u4)
        memset(args[0].p, 0, args[1].u4);
    return true;
}

static bool offset_to_string_data(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = LD_STRING_CHARS_OFFSET;
    return true;
}

const VmIcall icall_string[] = {
    {"System.String::FastAllocateString", fast_allocate_string},
    {"System.String::InternalIntern", intern},
    {"System.String::InternalIsInterned", is_interned},
    {"Mono.SafeStringMarshal::StringToUtf8", string_to_utf8},
    {"Mono.SafeStringMarshal::GFree", g_free},
    {"System.Buffer::_ByteLength", byte_length},
    {"System.Buffer::InternalBlockCopy", block_copy},
    {"System.Buffer::InternalMemcpy", memcpy_internal},
    {"System.Runtime.RuntimeImports::Memmove", runtime_memmove},
    {"System.Runtime.RuntimeImports::Memmove_wbarrier", runtime_memmove_barrier},
    {"System.Runtime.RuntimeImports::ZeroMemory", runtime_zero_memory},
    {"System.Runtime.CompilerServices.RuntimeHelpers::get_OffsetToStringData", offset_to_string_data},
};
const uint32_t icall_string_count = ICALL_COUNT(icall_string);
