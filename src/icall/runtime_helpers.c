/*
 * runtime_helpers.c - System.Runtime.CompilerServices.RuntimeHelpers.
 */
#include <stdio.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* InitializeArray(Array, RuntimeFieldHandle): compilers turn array
 * initialisers into a field whose RVA data holds the elements' bytes, in
 * the array's little-endian layout; copy them in. A rank-n array's
 * elements follow its bounds (base_size), in row-major order, as the
 * data has them; its length word is the total count. */
static bool initialize_array(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    GcObject *array = args[0].p;
    LdField *field = args[1].p;
    if (!array)
        return icall_throw_argument_null(context, "array");
    if (!field)
        return icall_throw_argument_null(context, "field_handle");
    const LdMethodTable *element = array->type->element;
    if (!(element->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM)))
        return icall_throw_argument(context, "Cannot initialize array of non-primitive type", "array");
    const ImgImage *img = field->owner->klass->assembly->image;
    uint32_t end, row = img_find_sorted(img, IMG_TABLE_FIELDRVA, IMG_FIELDRVA_FIELD, field->rid, &end);
    if (!(field->flags & LD_FIELD_HAS_RVA) || !row) {
        char message[300];
        snprintf(message, sizeof message, "Field '%s' doesn't have an RVA", field->name);
        return icall_throw_argument(context, message, "field_handle");
    }
    LdError error;
    if (!ld_type_load(field->type, &error))
        return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    uint64_t length = *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    uint64_t size = length * array->type->component_size;
    if (size > field->type->value_size)
        return icall_throw_argument(context, "Field not large enough to fill array", "field_handle");
    const uint8_t *data = img_rva(img, img_get(img, IMG_TABLE_FIELDRVA, row, IMG_FIELDRVA_RVA), (uint32_t)size);
    if (!data)
        return vm_fail(context->error, "bad image: the data of field %s lies outside the image", field->name);
    /* a multi-dimensional array's elements follow its bounds, in row-major order as the data is */
    memcpy((uint8_t *)array + array->type->base_size, data, (size_t)size);
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
