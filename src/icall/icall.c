/*
 * icall.c - registers every group's internal calls with the engine.
 */
#include <string.h>

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

bool icall_register_all(VmRuntime *vm, VmError *error) {
    return vm_register_icalls(vm, icall_runtime_helpers, icall_runtime_helpers_count, error) &&
           vm_register_icalls(vm, icall_object, icall_object_count, error) &&
           vm_register_icalls(vm, icall_interlocked, icall_interlocked_count, error) &&
           vm_register_icalls(vm, icall_math, icall_math_count, error) &&
           vm_register_icalls(vm, icall_type, icall_type_count, error) &&
           vm_register_icalls(vm, icall_arg_iterator, icall_arg_iterator_count, error) &&
           vm_register_icalls(vm, icall_delegate, icall_delegate_count, error) &&
           vm_register_icalls(vm, icall_method_info, icall_method_info_count, error);
}
