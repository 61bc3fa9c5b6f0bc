/*
 * icall.c - registers every group's internal calls with the engine.
 */
#include "icall/internal.h"

bool icall_register_all(VmRuntime *vm, VmError *error) {
    return vm_register_icalls(vm, icall_runtime_helpers, icall_runtime_helpers_count, error) &&
           vm_register_icalls(vm, icall_object, icall_object_count, error) &&
           vm_register_icalls(vm, icall_interlocked, icall_interlocked_count, error) &&
           vm_register_icalls(vm, icall_math, icall_math_count, error) &&
           vm_register_icalls(vm, icall_type, icall_type_count, error);
}
