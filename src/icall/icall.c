/*
 * icall.c - registers every group's internal calls with the engine.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

uint8_t *icall_field(VmIcallContext *context, void *object, LdMethodTable *type, const char *name) {
    LdError error;
    if (!ld_type_load(type, &error)) {
        vm_fail(context->error, "System.TypeLoadException: %s", error.message);
        return NULL;
    }
    for (LdMethodTable *t = type; t; t = t->parent)
        for (uint32_t i = 0; i < t->klass->field_count; i++)
            if (!strcmp(t->klass->fields[i].name, name) && !(t->klass->fields[i].flags & LD_FIELD_STATIC))
                return (uint8_t *)object + (ld_is_reference(type) ? LD_OBJECT_HEADER_SIZE : 0) + t->klass->fields[i].offset;
    vm_fail(context->error, "corlib contract: %s has no field %s", type->klass->name, name);
    return NULL;
}

LdMethodTable *icall_corlib_type(VmIcallContext *context, const char *ns, const char *name) {
    LdError error;
    LdMethodTable *type = ld_corlib_type(vm_loader(context->vm), ns, name, &error);
    if (!type || !ld_type_load(type, &error)) {
        vm_fail(context->error, "corlib contract: %s", error.message);
        return NULL;
    }
    return type;
}

bool icall_corlib_static(VmIcallContext *context, const char *ns, const char *name, const char *field_name,
                         VmSlot *result) {
    void *address = icall_corlib_static_address(context, ns, name, field_name);
    if (address)
        result->p = *(void **)address;
    return address != NULL;
}

void *icall_corlib_static_address(VmIcallContext *context, const char *ns, const char *name, const char *field_name) {
    LdMethodTable *type = icall_corlib_type(context, ns, name);
    if (!type)
        return NULL;
    for (uint32_t i = 0; i < type->klass->field_count; i++) {
        LdField *field = &type->klass->fields[i];
        if (strcmp(field->name, field_name) || !(field->flags & LD_FIELD_STATIC))
            continue;
        void *thrown = NULL;
        void *address = vm_static_field_address(context->vm, context->thread, field, &thrown, context->error);
        if (!address)
            context->exception = thrown;
        return address;
    }
    vm_fail(context->error, "corlib contract: %s.%s has no static field %s", ns, name, field_name);
    return NULL;
}

bool icall_out_of_memory(VmIcallContext *context) {
    return icall_throw(context, "System.OutOfMemoryException: Insufficient memory to continue the execution of the "
                                "program.");
}

bool icall_throw(VmIcallContext *context, const char *what) {
    context->exception = vm_new_exception(context->vm, context->thread, what, context->error);
    return false;
}

bool icall_throw_argument_null(VmIcallContext *context, const char *parameter) {
    context->exception = vm_new_exception_args(context->vm, context->thread, "System.ArgumentNullException",
                                               parameter, NULL, context->error);
    return false;
}

bool icall_throw_argument(VmIcallContext *context, const char *message, const char *parameter) {
    context->exception = vm_new_exception_args(context->vm, context->thread, "System.ArgumentException", message,
                                               parameter, context->error);
    return false;
}

bool icall_throw_argument_out_of_range(VmIcallContext *context, const char *parameter, const char *message) {
    context->exception = vm_new_exception_args(context->vm, context->thread, "System.ArgumentOutOfRangeException",
                                               parameter, message, context->error);
    return false;
}

bool icall_return_utf8(VmIcallContext *context, const char *utf8, VmSlot *result) {
    result->p = vm_new_string_utf8(context->vm, context->thread, utf8, strlen(utf8));
    return result->p || icall_out_of_memory(context);
}

void *icall_new_string_array(VmIcallContext *context, uint32_t count) {
    LdError error;
    LdMethodTable *string = icall_corlib_type(context, "System", "String");
    LdMethodTable *array_type = string ? ld_szarray_of(string, &error) : NULL;
    if (string && (!array_type || !ld_type_load(array_type, &error))) {
        vm_fail(context->error, "corlib contract: %s", error.message);
        return NULL;
    }
    void *array = array_type ? vm_new_array(context->vm, context->thread, array_type, count) : NULL;
    if (array_type && !array)
        icall_out_of_memory(context);
    return array;
}

void icall_store_element(void *array, uint32_t index, void *value) {
    gc_write_barrier((GcObject **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET) + index, value);
}

/* Every group's table, registered in this order. */
static const struct {
    const VmIcall *table;
    const uint32_t *count;
} groups[] = {
    {icall_runtime_helpers, &icall_runtime_helpers_count},
    {icall_object, &icall_object_count},
    {icall_interlocked, &icall_interlocked_count},
    {icall_math, &icall_math_count},
    {icall_type, &icall_type_count},
    {icall_arg_iterator, &icall_arg_iterator_count},
    {icall_delegate, &icall_delegate_count},
    {icall_method_info, &icall_method_info_count},
    {icall_environment, &icall_environment_count},
    {icall_encoding, &icall_encoding_count},
    {icall_monitor, &icall_monitor_count},
    {icall_io, &icall_io_count},
    {icall_wait, &icall_wait_count},
    {icall_threadpool, &icall_threadpool_count},
    {icall_marshal, &icall_marshal_count},
    {icall_assembly, &icall_assembly_count},
    {icall_appdomain, &icall_appdomain_count},
    {icall_stack_trace, &icall_stack_trace_count},
    {icall_native, &icall_native_count},
    {icall_crypto, &icall_crypto_count},
    {icall_interop, &icall_interop_count},
    {icall_culture, &icall_culture_count},
    {icall_thread, &icall_thread_count},
    {icall_reflection, &icall_reflection_count},
    {icall_members, &icall_members_count},
    {icall_enum, &icall_enum_count},
    {icall_custom_attrs, &icall_custom_attrs_count},
    {icall_assembly, &icall_assembly_count},
    {icall_type_name_calls, &icall_type_name_calls_count},
    {icall_gc, &icall_gc_count},
    {icall_string, &icall_string_count},
};

bool icall_register_all(VmRuntime *vm, VmError *error) {
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (!vm_register_icalls(vm, groups[i].table, *groups[i].count, error))
            return false;
    return true;
}
