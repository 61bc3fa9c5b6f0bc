/*
 * type.c - System.Type, System.RuntimeType and Object.GetType: the
 * RuntimeType object of a type, one per type (vm_type_object), found from a
 * RuntimeTypeHandle (whose value is Lucid's MethodTable) or from an
 * object's header; and the RuntimeTypeHandle queries corlib's reflection
 * makes (EqualityComparer<T>.CreateComparer, Type.IsAssignableFrom, ...).
 */
#include <stdlib.h>

#include "gc/gc.h"
#include "icall/internal.h"

static bool type_object(VmIcallContext *context, LdMethodTable *type, VmSlot *result) {
    result->p = vm_type_object(context->vm, context->thread, type, context->error);
    return result->p != NULL;
}

/* Object.GetType(): the receiver is never null (callvirt checked it). */
static bool object_get_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return type_object(context, ((GcObject *)args[0].p)->type, result);
}

static bool internal_from_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p) {
        result->p = NULL;
        return true;
    }
    return type_object(context, args[0].p, result);
}

/* The type of a RuntimeType argument; callers pass non-null ones. */
static LdMethodTable *type_arg(VmIcallContext *context, VmSlot *arg) {
    return vm_type_of_object(context->vm, arg->p);
}

/* type_is_assignable_from(type, c): whether a c may be stored in a type. */
static bool type_is_assignable_from(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *to = args[0].p ? type_arg(context, &args[0]) : NULL, *from = args[1].p ? type_arg(context, &args[1]) : NULL;
    LdError error;
    if (to && (to->kind == LD_KIND_VALUETYPE || to->kind == LD_KIND_CLASS) && !(to->flags & LD_MT_OPEN))
        ld_type_load(to, &error);
    /* mono's rule: a T may be stored in a T? (boxing makes them alike). */
    result->i4 = to && from && (vm_assignable(from, to) || ((to->flags & LD_MT_NULLABLE) && to->element == from));
    return true;
}

static bool is_instantiation(const LdMethodTable *type) {
    return type->klass->definition && type->klass->generic_arg_count;
}

/* A RuntimeType for a type, or null for none. */
static bool type_or_null(VmIcallContext *context, LdMethodTable *type, VmSlot *result) {
    if (!type) {
        result->p = NULL;
        return true;
    }
    return type_object(context, type, result);
}

static bool has_instantiation(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = type_arg(context, &args[0])->klass->generic_arg_count != 0;
    return true;
}

static bool is_generic_type_definition(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = (type_arg(context, &args[0])->flags & LD_MT_GENERIC_DEFINITION) != 0;
    return true;
}

static bool is_generic_variable(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    result->i4 = type->kind == LD_KIND_VAR || type->kind == LD_KIND_MVAR;
    return true;
}

static bool get_generic_type_definition(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    return type_or_null(context, is_instantiation(type) ? type->klass->definition
                                 : (type->flags & LD_MT_GENERIC_DEFINITION) ? type : NULL, result);
}

static bool get_base_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    LdError error;
    if (!(type->flags & (LD_MT_OPEN | LD_MT_GENERIC_DEFINITION)) && !ld_type_load(type, &error))
        return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    return type_or_null(context, type->kind == LD_KIND_INTERFACE ? NULL : type->parent, result);
}

static bool get_element_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    bool has_element = type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY ||
                       type->kind == LD_KIND_POINTER || type->kind == LD_KIND_BYREF;
    return type_or_null(context, has_element ? type->element : NULL, result);
}

static bool get_array_rank(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    result->i4 = type->kind == LD_KIND_SZARRAY ? 1 : type->kind == LD_KIND_ARRAY ? type->rank : 0;
    return true;
}

/* TypeAttributes: the TypeDef's flags; arrays are public, sealed and
 * serializable, a pointer has its element's visibility and a byref its
 * element's flags, as mono says. */
static bool get_attributes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    if (type->kind == LD_KIND_BYREF) /* mono answers for the element */
        type = type->element;
    if (type->kind == LD_KIND_POINTER) { /* a class with the element's visibility */
        LdMethodTable *element = type->element;
        while (element->kind == LD_KIND_POINTER)
            element = element->element;
        result->i4 = element->klass->typedef_rid ? (int32_t)(img_get(element->klass->assembly->image, IMG_TABLE_TYPEDEF,
                                                                     element->klass->typedef_rid, IMG_TYPEDEF_FLAGS) & 0x7)
                                                 : 1;
        return true;
    }
    const LdClass *c = type->klass;
    if (c->typedef_rid)
        result->i4 = (int32_t)img_get(c->assembly->image, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_FLAGS);
    else
        result->i4 = type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY ? 0x2101 : 0;
    return true;
}

/* CorElementType as mono's MonoType has it: an enum is a VALUETYPE, a
 * generic instantiation a GENERICINST. */
static bool get_cor_element_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    LdError error;
    if (!(type->flags & (LD_MT_OPEN | LD_MT_GENERIC_DEFINITION | LD_MT_KIND_KNOWN)))
        ld_type_load(type, &error);
    result->i4 = is_instantiation(type) ? IMG_ELEMENT_GENERICINST
                 : type->flags & LD_MT_ENUM ? IMG_ELEMENT_VALUETYPE
                                            : type->elem;
    return true;
}

static bool has_references(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    result->i4 = ld_is_reference(type) || (type->flags & LD_MT_CONTAINS_REFS);
    return true;
}

static bool is_byref_like(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = (type_arg(context, &args[0])->flags & LD_MT_BYREF_LIKE) != 0;
    return true;
}

static bool is_instance_of_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *object = args[1].p;
    LdMethodTable *type = type_arg(context, &args[0]);
    LdError error;
    if ((type->kind == LD_KIND_VALUETYPE || type->kind == LD_KIND_CLASS) && !(type->flags & LD_MT_OPEN))
        ld_type_load(type, &error);
    /* a boxed T is an instance of T? (boxing makes them one) */
    result->i4 = object && (vm_assignable(object->type, type) ||
                            ((type->flags & LD_MT_NULLABLE) && type->element == object->type));
    return true;
}

/* is_subclass_of(child, base): a strict subclass along the parent chain. */
static bool is_subclass_of(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    LdMethodTable *child = args[0].p;
    const LdMethodTable *base = args[1].p;
    LdError error;
    if (child && (child->kind == LD_KIND_CLASS || child->kind == LD_KIND_VALUETYPE) && !(child->flags & LD_MT_OPEN))
        ld_type_load(child, &error); /* its parent is known once loaded */
    result->i4 = 0;
    for (const LdMethodTable *t = child ? child->parent : NULL; t; t = t->parent)
        if (t == base)
            result->i4 = 1;
    return true;
}

/* RuntimeType.MakeGenericType(definition, Type[] arguments): corlib has
 * checked the count and that each argument is a RuntimeType. */
static bool make_generic_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *definition = type_arg(context, &args[0]);
    GcObject *array = args[1].p;
    uint64_t count = *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    LdMethodTable *arguments[64];
    if (count > 64)
        return icall_throw(context, "System.ArgumentException: too many generic arguments");
    for (uint32_t i = 0; i < count; i++) {
        void *element = ((void **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[i];
        if (!element)
            return icall_throw_argument_null(context, "typeArguments");
        arguments[i] = vm_type_of_object(context->vm, element);
    }
    LdError error;
    LdMethodTable *instance = ld_instantiate(definition, (uint32_t)count, arguments, &error);
    if (!instance)
        return icall_throw_argument(context, error.message, NULL);
    return type_object(context, instance, result);
}


/* GetGenericArgumentsInternal(runtimeArray): an instantiation's
 * arguments, a definition's parameters, or none. */
static bool get_generic_arguments(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    bool has = is_instantiation(type) || (type->flags & LD_MT_GENERIC_DEFINITION);
    result->p = icall_type_array(context, has ? type->klass->generic_arg_count : 0, type->klass->generic_args,
                                 args[1].i4 != 0);
    return result->p != NULL;
}

/* A generic parameter's number; one without an owner is named !n or !!n. */
static bool get_generic_parameter_position(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    const LdGenericParam *param = type->klass->generic_param;
    const char *name = type->klass->name;
    while (*name == '!')
        name++;
    result->i4 = type->kind != LD_KIND_VAR && type->kind != LD_KIND_MVAR ? -1
                 : param                                                ? (int32_t)param->number
                                                                        : atoi(name);
    return true;
}

/* DeclaringMethod: the generic method definition a method's parameter
 * belongs to; null for a type's; other types have none (mono throws). */
static bool get_declaring_method(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    const LdGenericParam *param = type->klass->generic_param;
    result->p = NULL;
    if (type->kind != LD_KIND_VAR && type->kind != LD_KIND_MVAR)
        return icall_throw(context, "System.InvalidOperationException: DeclaringMethod can only be used on generic arguments");
    if (!param || !param->owner_method)
        return true;
    return (result->p = icall_method_object(context, param->owner_method, NULL)) != NULL;
}

/*
 * GetGenericParameterInfo: what mono's corlib reads a generic parameter's
 * attributes and constraints from (Mono.RuntimeStructs.GenericParamInfo):
 * its class, name, GenericParameterAttributes, GenericParam token and a
 * NULL-terminated array of constraint classes. A class is Lucid's
 * MethodTable, as a RuntimeTypeHandle's value is. Made once per parameter
 * and kept for the runtime's life, since corlib holds on to the pointer.
 */
typedef struct GenericParamInfo {
    LdMethodTable *type;
    const char *name;
    uint16_t flags;
    uint32_t token;
    LdMethodTable **constraints;
} GenericParamInfo;

static bool get_generic_parameter_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    result->p = NULL;
    if (type->kind != LD_KIND_VAR && type->kind != LD_KIND_MVAR)
        return true;
    bool fresh;
    GenericParamInfo *info = icall_kept_memory(context, type, sizeof *info, &fresh);
    if (!info)
        return false;
    if (fresh) {
        const LdGenericParam *param = type->klass->generic_param;
        LdError error;
        LdMethodTable **constraints = ld_generic_param_constraints(type, &error);
        if (!constraints)
            return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
        const ImgImage *img = type->klass->assembly->image;
        *info = (GenericParamInfo){
            .type = type, .name = type->klass->name,
            .flags = param && param->row ? (uint16_t)img_get(img, IMG_TABLE_GENERICPARAM, param->row,
                                                             IMG_GENERICPARAM_FLAGS) : 0,
            .token = param && param->row ? IMG_TOKEN(IMG_TABLE_GENERICPARAM, param->row) : 0,
            .constraints = constraints};
    }
    result->p = info;
    return true;
}

/* GetPacking(out packing, out size): the ClassLayout row's (0 and 0
 * without one), for the StructLayoutAttribute reflection makes. */
static bool get_packing(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    LdMethodTable *type = type_arg(context, &args[0]);
    const LdClass *c = type->klass->definition ? type->klass->definition->klass : type->klass;
    int32_t *packing = args[1].p, *size = args[2].p;
    *packing = *size = 0;
    if (!c->typedef_rid)
        return true;
    const ImgImage *img = c->assembly->image;
    uint32_t end, row = img_find_sorted(img, IMG_TABLE_CLASSLAYOUT, IMG_CLASSLAYOUT_PARENT, c->typedef_rid, &end);
    if (row) {
        *packing = (int32_t)img_get(img, IMG_TABLE_CLASSLAYOUT, row, IMG_CLASSLAYOUT_PACKINGSIZE);
        *size = (int32_t)img_get(img, IMG_TABLE_CLASSLAYOUT, row, IMG_CLASSLAYOUT_CLASSSIZE);
    }
    return true;
}

/* RuntimeClassHandle.GetTypeFromClass: a class and a type handle are both
 * the MethodTable. */
static bool get_type_from_class(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->p = args[0].p;
    return true;
}

static bool is_com_object(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    (void)args;
    result->i4 = 0; /* Lucid has no COM interop: no type is a COM object */
    return true;
}

/* TypeCode, as mono computes it from the element type; an enum's is its
 * underlying type's. */
static bool get_type_code(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    LdError error;
    if (type->kind == LD_KIND_VALUETYPE || type->kind == LD_KIND_CLASS)
        ld_type_load(type, &error);
    if (type->flags & LD_MT_ENUM)
        type = type->element;
    static const struct {
        const char *name;
        int32_t code;
    } codes[] = {{"Boolean", 3}, {"Char", 4},    {"SByte", 5},    {"Byte", 6},   {"Int16", 7},
                 {"UInt16", 8},  {"Int32", 9},   {"UInt32", 10},  {"Int64", 11}, {"UInt64", 12},
                 {"Single", 13}, {"Double", 14}, {"Decimal", 15}, {"DateTime", 16}, {"String", 18},
                 {"DBNull", 2}};
    result->i4 = 1; /* Object */
    if (type->kind != LD_KIND_VALUETYPE && type->kind != LD_KIND_CLASS)
        return true;
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (ld_is_corlib_type(type, "System", codes[i].name) && !is_instantiation(type))
            result->i4 = codes[i].code;
    return true;
}

/* CreateInstanceInternal(type): a zeroed instance, no constructor run
 * (corlib uses it for value types without one). */
static bool create_instance(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    LdError error;
    if (type->flags & (LD_MT_OPEN | LD_MT_GENERIC_DEFINITION))
        return icall_throw(context, "System.ArgumentException: Cannot create an instance of an open generic type.");
    if (!ld_type_load(type, &error))
        return vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    if (type->flags & LD_MT_NULLABLE) {
        result->p = NULL;
        return true;
    }
    if (type->kind != LD_KIND_CLASS && type->kind != LD_KIND_VALUETYPE)
        return icall_throw(context, "System.ArgumentException: Cannot create an instance of this type.");
    result->p = vm_allocate(context->vm, context->thread, type, type->base_size);
    return result->p || icall_out_of_memory(context);
}

static bool derived(VmIcallContext *context, LdMethodTable *type, LdError *error, VmSlot *result) {
    if (!type)
        return icall_throw_argument(context, error->message, NULL);
    return type_object(context, type, result);
}

static bool make_array_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    LdError error;
    int32_t rank = args[1].i4;
    return derived(context, rank == 0 ? ld_szarray_of(type, &error) : ld_array_of(type, (uint32_t)rank, &error),
                   &error, result);
}

static bool make_byref_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdError error;
    return derived(context, ld_byref_to(type_arg(context, &args[0]), &error), &error, result);
}

static bool make_pointer_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdError error;
    return derived(context, ld_pointer_to(type_arg(context, &args[0]), &error), &error, result);
}

/* GetMetadataToken: the TypeDef token (an instantiation's definition's);
 * 0 for a generic parameter, as mono answers. */
static bool get_type_token(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_arg(context, &args[0]);
    if (type->kind == LD_KIND_VAR || type->kind == LD_KIND_MVAR) { /* mono has none for them */
        result->i4 = 0;
        return true;
    }
    uint32_t rid = type->klass->typedef_rid ? type->klass->typedef_rid
                   : type->klass->definition ? type->klass->definition->klass->typedef_rid
                                             : 0;
    result->i4 = rid ? (int32_t)(0x02000000u | rid) : 0x02000000;
    return true;
}

const VmIcall icall_type[] = {
    {"System.RuntimeType::MakeGenericType", make_generic_type},
    {"System.RuntimeTypeHandle::type_is_assignable_from", type_is_assignable_from},
    {"System.RuntimeTypeHandle::HasInstantiation", has_instantiation},
    {"System.RuntimeTypeHandle::IsGenericTypeDefinition", is_generic_type_definition},
    {"System.RuntimeTypeHandle::IsGenericVariable", is_generic_variable},
    {"System.RuntimeTypeHandle::GetGenericTypeDefinition_impl", get_generic_type_definition},
    {"System.RuntimeTypeHandle::GetBaseType", get_base_type},
    {"System.RuntimeTypeHandle::GetElementType", get_element_type},
    {"System.RuntimeTypeHandle::GetArrayRank", get_array_rank},
    {"System.RuntimeTypeHandle::GetAttributes", get_attributes},
    {"System.RuntimeTypeHandle::GetCorElementType", get_cor_element_type},
    {"System.RuntimeTypeHandle::HasReferences", has_references},
    {"System.RuntimeTypeHandle::IsByRefLike", is_byref_like},
    {"System.RuntimeTypeHandle::IsInstanceOfType", is_instance_of_type},
    {"System.RuntimeTypeHandle::is_subclass_of", is_subclass_of},
    {"System.Object::GetType", object_get_type},
    {"System.RuntimeType::GetGenericArgumentsInternal", get_generic_arguments},
    {"System.RuntimeType::GetGenericParameterPosition", get_generic_parameter_position},
    {"System.RuntimeType::get_DeclaringMethod", get_declaring_method},
    {"System.RuntimeType::GetPacking", get_packing},
    {"System.RuntimeTypeHandle::GetGenericParameterInfo", get_generic_parameter_info},
    {"Mono.RuntimeClassHandle::GetTypeFromClass", get_type_from_class},
    {"System.RuntimeType::GetTypeCodeImplInternal", get_type_code},
    {"System.RuntimeType::CreateInstanceInternal", create_instance},
    /* FormatterServices.GetUninitializedObject: the same, an object no constructor has run on */
    {"System.Runtime.Remoting.Activation.ActivationServices::AllocateUninitializedClassInstance", create_instance},
    {"System.RuntimeType::make_array_type", make_array_type},
    {"System.RuntimeType::make_byref_type", make_byref_type},
    {"System.RuntimeType::MakePointerType", make_pointer_type},
    {"System.RuntimeTypeHandle::IsComObject", is_com_object},
    {"System.RuntimeTypeHandle::GetMetadataToken", get_type_token},
    {"System.Type::internal_from_handle", internal_from_handle},
};
const uint32_t icall_type_count = ICALL_COUNT(icall_type);
