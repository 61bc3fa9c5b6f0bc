/*
 * runtime_helpers.c - System.Runtime.CompilerServices.RuntimeHelpers.
 */
#include <stdio.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* InitializeArray(Array, RuntimeFieldHandle): compilers turn array
 * initialisers into a field whose RVA data holds the elements' bytes, in
 * the array's little-endian layout; copy them in. */
static bool initialize_array(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    GcObject *array = args[0].p;
    const LdField *field = args[1].p;
    if (!array || !field)
        return vm_fail(context->error, "RuntimeHelpers.InitializeArray: null array or field");
    const ImgImage *img = field->owner->klass->assembly->image;
    uint32_t end, row = img_find_sorted(img, IMG_TABLE_FIELDRVA, IMG_FIELDRVA_FIELD, field->rid, &end);
    uint64_t length = *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    uint64_t size = length * array->type->component_size;
    const uint8_t *data = row && size <= UINT32_MAX
                              ? img_rva(img, img_get(img, IMG_TABLE_FIELDRVA, row, IMG_FIELDRVA_RVA), (uint32_t)size)
                              : NULL;
    bool vector = array->type->kind == LD_KIND_SZARRAY;
    if (!data || !(vector || array->type->kind == LD_KIND_ARRAY) ||
        (array->type->element->flags & LD_MT_CONTAINS_REFS) || ld_is_reference(array->type->element))
        return vm_fail(context->error, "RuntimeHelpers.InitializeArray: field %s has no data for this array",
                       field->name);
    /* a multi-dimensional array's elements follow its bounds, in row-major order as the data is */
    memcpy((uint8_t *)array + (vector ? LD_ARRAY_DATA_OFFSET : array->type->base_size), data, (size_t)size);
    return true;
}

/* RunClassConstructor(IntPtr type): the handle's value is Lucid's
 * MethodTable; its static constructor runs unless it has. */
static bool run_class_constructor(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = args[0].p;
    if (!type)
        return icall_throw_argument(context, "The handle is invalid.", "type");
    LdError load_error;
    if (!ld_type_load(type, &load_error))
        return icall_throw(context, "System.TypeLoadException: could not load the type");
    if (type->flags & LD_MT_OPEN)
        return true; /* a generic definition has no statics to initialise */
    void *thrown;
    if (vm_class_initialize(context->vm, context->thread, type, &thrown, context->error))
        return true;
    context->exception = thrown;
    return false;
}

static bool sufficient_execution_stack(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = vm_sufficient_stack(context->thread);
    return true;
}

const VmIcall icall_runtime_helpers[] = {
    {"System.Runtime.CompilerServices.RuntimeHelpers::SufficientExecutionStack", sufficient_execution_stack},
    {"System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray", initialize_array},
    {"System.Runtime.CompilerServices.RuntimeHelpers::RunClassConstructor", run_class_constructor},
};
const uint32_t icall_runtime_helpers_count = ICALL_COUNT(icall_runtime_helpers);
