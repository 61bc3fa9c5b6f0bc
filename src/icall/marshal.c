/*
 * marshal.c - System.Runtime.InteropServices.Marshal: copies between
 * arrays and unmanaged memory, the native heap (AllocHGlobal), and what
 * platform-invoke users reach: the last error, strings to and from C
 * memory, native sizes, delegates as function pointers (the engine's
 * pinvoke.c does the marshalling itself). The Read and Write methods
 * are corlib's own unsafe code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* The address of element `start` of a one-dimensional array of
 * primitives or plain structs, and the bytes of `length` elements, after
 * checking the range; NULL with the exception set otherwise. */
static uint8_t *array_range(VmIcallContext *context, GcObject *array, int32_t start, int32_t length, size_t *bytes) {
    if (!array) {
        icall_throw_argument_null(context, "array");
        return NULL;
    }
    const LdMethodTable *type = array->type;
    if (type->kind != LD_KIND_SZARRAY || (type->flags & LD_MT_CONTAINS_REFS) || ld_is_reference(type->element)) {
        icall_throw_argument(context, "The array must be one-dimensional and hold no references.", "array");
        return NULL;
    }
    uint64_t count = *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    if (start < 0 || length < 0 || (uint64_t)start + (uint64_t)length > count) {
        icall_throw_argument_out_of_range(context, "startIndex", NULL);
        return NULL;
    }
    *bytes = (size_t)length * type->component_size;
    return (uint8_t *)array + type->base_size + (size_t)start * type->component_size;
}

/* copy_from_unmanaged_fixed(source, startIndex, destination, length, fixed). */
static bool copy_from_unmanaged(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t bytes;
    uint8_t *target = array_range(context, args[2].p, args[1].i4, args[3].i4, &bytes);
    if (!target)
        return false;
    if (bytes && !args[0].p)
        return icall_throw_argument_null(context, "source");
    if (bytes)
        memmove(target, args[0].p, bytes);
    return true;
}

/* copy_to_unmanaged_fixed(source array, startIndex, destination, length, fixed). */
static bool copy_to_unmanaged(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t bytes;
    uint8_t *source = array_range(context, args[0].p, args[1].i4, args[3].i4, &bytes);
    if (!source)
        return false;
    if (bytes && !args[2].p)
        return icall_throw_argument_null(context, "destination");
    if (bytes)
        memmove(args[2].p, source, bytes);
    return true;
}

static bool alloc_hglobal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t size = args[0].i8 > 0 ? (size_t)args[0].i8 : 1;
    result->p = malloc(size);
    return result->p || icall_out_of_memory(context);
}

static bool realloc_hglobal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    size_t size = args[1].i8 > 0 ? (size_t)args[1].i8 : 1;
    result->p = realloc(args[0].p, size);
    return result->p || icall_out_of_memory(context);
}

static bool free_hglobal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    free(args[0].p);
    return true;
}

static bool get_last_error(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = vm_pinvoke_last_error();
    return true;
}

static bool set_last_error(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    vm_pinvoke_set_last_error(args[0].i4);
    return true;
}

/* PtrToStringAnsi(ptr[, len]): mono reads the bytes as UTF-8. */
static bool ptr_to_string_ansi(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *text = args[0].p;
    result->p = NULL;
    if (!text)
        return true;
    result->p = vm_new_string_utf8(context->vm, context->thread, text, strlen(text));
    return result->p || icall_out_of_memory(context);
}

static bool ptr_to_string_ansi_length(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "ptr");
    if (args[1].i4 < 0) /* mono's words, from decoding a negative length */
        return icall_throw_argument(context, "Illegal byte sequence encounted in the input.", "string");
    result->p = vm_new_string_utf8(context->vm, context->thread, args[0].p, (size_t)args[1].i4);
    return result->p || icall_out_of_memory(context);
}

static bool ptr_to_string_uni(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const uint16_t *chars = args[0].p;
    result->p = NULL;
    if (!chars)
        return true;
    uint32_t length = 0;
    while (chars[length])
        length++;
    result->p = vm_new_string(context->vm, context->thread, chars, length);
    return result->p || icall_out_of_memory(context);
}

static bool ptr_to_string_uni_length(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "ptr");
    if (args[1].i4 < 0)
        return icall_throw_argument_out_of_range(context, "len", NULL);
    result->p = vm_new_string(context->vm, context->thread, args[0].p, (uint32_t)args[1].i4);
    return result->p || icall_out_of_memory(context);
}

/* StringToHGlobalAnsi(char *s, int length): UTF-8, NUL-terminated, in
 * memory FreeHGlobal frees. */
static bool string_to_hglobal_ansi(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = NULL;
    if (!args[0].p)
        return true;
    size_t size;
    char *utf8 = vm_utf16_to_utf8(args[0].p, (size_t)(args[1].i4 > 0 ? args[1].i4 : 0), &size);
    result->p = utf8;
    return utf8 || icall_out_of_memory(context);
}

static bool string_to_hglobal_uni(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = NULL;
    if (!args[0].p)
        return true;
    size_t length = (size_t)(args[1].i4 > 0 ? args[1].i4 : 0);
    uint16_t *copy = malloc((length + 1) * 2);
    if (!copy)
        return icall_out_of_memory(context);
    memcpy(copy, args[0].p, length * 2);
    copy[length] = 0;
    result->p = copy;
    return true;
}

static bool size_of(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "type");
    LdMethodTable *type = vm_type_of_object(context->vm, args[0].p);
    int64_t size = vm_pinvoke_native_size(type);
    if (size < 0) {
        char message[400];
        snprintf(message, sizeof message, "Type %s cannot be marshaled as an unmanaged structure.", type->klass->name);
        return icall_throw_argument(context, message, "t");
    }
    result->i4 = (int32_t)size;
    return true;
}

/* OffsetOf(Type t, string fieldName): where the field sits in the type's
 * native form. */
static bool offset_of(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "t");
    if (!args[1].p)
        return icall_throw_argument_null(context, "fieldName");
    LdMethodTable *type = vm_type_of_object(context->vm, args[0].p);
    char *name = vm_string_to_utf8(args[1].p);
    if (!name)
        return icall_out_of_memory(context);
    LdField *field = NULL;
    for (uint32_t i = 0; i < type->klass->field_count && !field; i++)
        if (!strcmp(type->klass->fields[i].name, name))
            field = &type->klass->fields[i];
    free(name);
    int64_t offset = field ? vm_pinvoke_native_offset(type, field) : -1;
    if (offset < 0)
        return icall_throw_argument(context, "Field passed in is not a marshaled member of the type.", "fieldName");
    result->p = (void *)(intptr_t)offset;
    return true;
}

static bool unsafe_addr_of_pinned_array_element(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *array = args[0].p;
    if (!array)
        return icall_throw_argument_null(context, "arr");
    /* Objects do not move: the element's address is stable while the array lives. */
    result->p = (uint8_t *)array + array->type->base_size + (size_t)(int64_t)args[1].i4 * array->type->component_size;
    return true;
}

static bool function_pointer_for_delegate(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "d");
    result->p = vm_pinvoke_delegate_pointer(context, args[0].p);
    return result->p != NULL;
}

/* Only pointers that are delegates' own thunks come back as delegates:
 * calling arbitrary C through a delegate is not there yet. */
static bool delegate_for_function_pointer(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "ptr");
    GcObject *delegate = vm_pinvoke_thunk_delegate(context->vm, args[0].p);
    LdMethodTable *type = args[1].p ? vm_type_of_object(context->vm, args[1].p) : NULL;
    if (!delegate)
        return vm_fail(context->error, "not implemented yet: a delegate for a native function pointer "
                                       "(Marshal.GetDelegateForFunctionPointer of %p)", args[0].p);
    if (type && delegate->type != type)
        return vm_fail(context->error, "not implemented yet: a delegate of type %s for the native thunk of a %s",
                       type->klass->name, delegate->type->klass->name);
    result->p = delegate;
    return true;
}

/* No COM here: nothing is a COM object. */
static bool is_com_object(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return icall_throw_argument_null(context, "o");
    result->i4 = 0;
    return true;
}

const VmIcall icall_marshal[] = {
    {"System.Runtime.InteropServices.Marshal::IsComObject", is_com_object},
    {"System.Runtime.InteropServices.Marshal::GetLastWin32Error", get_last_error},
    {"System.Runtime.InteropServices.Marshal::SetLastWin32Error", set_last_error},
    {"System.Runtime.InteropServices.Marshal::PtrToStringAnsi(System.IntPtr)", ptr_to_string_ansi},
    {"System.Runtime.InteropServices.Marshal::PtrToStringAnsi(System.IntPtr,System.Int32)", ptr_to_string_ansi_length},
    {"System.Runtime.InteropServices.Marshal::PtrToStringUni(System.IntPtr)", ptr_to_string_uni},
    {"System.Runtime.InteropServices.Marshal::PtrToStringUni(System.IntPtr,System.Int32)", ptr_to_string_uni_length},
    {"System.Runtime.InteropServices.Marshal::StringToHGlobalAnsi", string_to_hglobal_ansi},
    {"System.Runtime.InteropServices.Marshal::StringToHGlobalUni", string_to_hglobal_uni},
    {"System.Runtime.InteropServices.Marshal::SizeOf", size_of},
    {"System.Runtime.InteropServices.Marshal::OffsetOf", offset_of},
    {"System.Runtime.InteropServices.Marshal::UnsafeAddrOfPinnedArrayElement", unsafe_addr_of_pinned_array_element},
    {"System.Runtime.InteropServices.Marshal::GetFunctionPointerForDelegateInternal", function_pointer_for_delegate},
    {"System.Runtime.InteropServices.Marshal::GetDelegateForFunctionPointerInternal", delegate_for_function_pointer},
    {"System.Runtime.InteropServices.Marshal::copy_from_unmanaged_fixed", copy_from_unmanaged},
    {"System.Runtime.InteropServices.Marshal::copy_to_unmanaged_fixed", copy_to_unmanaged},
    {"System.Runtime.InteropServices.Marshal::AllocHGlobal", alloc_hglobal},
    {"System.Runtime.InteropServices.Marshal::ReAllocHGlobal", realloc_hglobal},
    {"System.Runtime.InteropServices.Marshal::FreeHGlobal", free_hglobal},
};
const uint32_t icall_marshal_count = ICALL_COUNT(icall_marshal);
