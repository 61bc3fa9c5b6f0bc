/*
 * reflection.c - the members of a type as corlib's reflection asks for
 * them (RuntimeType.Get*_native return GPtrArrays of loader handles that
 * corlib wraps in RuntimeMethodInfo & co.), what a method looks like
 * (MonoMethodInfo), and calling one (InternalInvoke), which boxes and
 * unboxes between object[] and the slots the engine's calls take.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* Mono's GPtrArray, which corlib reads through RuntimeStructs.GPtrArray. */
typedef struct GPtrArray {
    void **data;
    int32_t length;
} GPtrArray;

enum {
    BINDING_DECLARED_ONLY = 0x2,
    BINDING_INSTANCE = 0x4,
    BINDING_STATIC = 0x8,
    BINDING_PUBLIC = 0x10,
    BINDING_NON_PUBLIC = 0x20,
};

#define METHOD_STATIC 0x0010u
#define METHOD_ACCESS_MASK 0x0007u
#define METHOD_PUBLIC 0x0006u

/* Whether a member with these MethodAttributes passes BindingFlags. */
static bool binding_allows(uint32_t binding, uint16_t method_flags) {
    bool is_public = (method_flags & METHOD_ACCESS_MASK) == METHOD_PUBLIC;
    bool is_static = (method_flags & METHOD_STATIC) != 0;
    return (binding & (is_public ? BINDING_PUBLIC : BINDING_NON_PUBLIC)) &&
           (binding & (is_static ? BINDING_STATIC : BINDING_INSTANCE));
}

static LdMethodTable *type_of(VmIcallContext *context, void *type_object) {
    return vm_type_of_object(context->vm, type_object);
}

static bool loaded(VmIcallContext *context, LdMethodTable *type) {
    LdError error;
    return (type->flags & (LD_MT_OPEN | LD_MT_GENERIC_DEFINITION)) || ld_type_load(type, &error) ||
           vm_fail(context->error, "System.TypeLoadException: %s", error.message);
}

/* GetConstructors_native(BindingFlags): the type's own constructors. */
static bool get_constructors(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = type_of(context, args[0].p);
    uint32_t binding = (uint32_t)args[1].i4;
    if (!loaded(context, type))
        return false;
    GPtrArray *array = calloc(1, sizeof *array);
    if (!array || !(array->data = calloc(type->klass->method_count + 1, sizeof *array->data))) {
        free(array);
        return icall_out_of_memory(context);
    }
    for (uint32_t i = 0; i < type->klass->method_count; i++) {
        LdMethod *method = &type->klass->methods[i];
        if ((!strcmp(method->name, ".ctor") || !strcmp(method->name, ".cctor")) && binding_allows(binding, method->flags))
            array->data[array->length++] = method;
    }
    result->p = array;
    return true;
}

static bool free_gptr_array(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GPtrArray *array = args[0].p;
    if (array)
        free(array->data);
    free(array);
    return true;
}

/* A method's signature with its types resolved in its own context. */
typedef struct MethodShape {
    LdMethodTable *ret; /* NULL: void */
    uint32_t param_count;
    LdMethodTable **params;
    bool has_this;
    uint8_t calling_convention;
} MethodShape;

static bool method_shape(VmIcallContext *context, LdMethod *method, MethodShape *shape) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(method->signature, &arena);
    LdGenericContext generic;
    LdAssembly *assembly = method->owner->klass->assembly;
    LdError error = {{0}};
    bool ok = sig != NULL && ld_method_reflection_context(method, &generic, &error);
    *shape = (MethodShape){0};
    if (ok) {
        shape->param_count = sig->param_count;
        shape->has_this = (sig->flags & IMG_SIG_HASTHIS) != 0;
        shape->calling_convention = sig->flags;
        shape->params = calloc(sig->param_count + 1, sizeof *shape->params);
        ok = shape->params != NULL;
        if (ok && sig->ret->kind != IMG_ELEMENT_VOID)
            ok = (shape->ret = ld_type_from_sig(assembly, sig->ret, &generic, &error)) != NULL;
        for (uint32_t i = 0; ok && i < sig->param_count; i++)
            ok = (shape->params[i] = ld_type_from_sig(assembly, sig->params[i], &generic, &error)) != NULL;
    }
    img_arena_free(&arena);
    if (!ok) {
        free(shape->params);
        return vm_fail(context->error, "System.TypeLoadException: the signature of %s: %s", method->name,
                       sig ? error.message : "malformed");
    }
    return true;
}

/* MonoMethodInfo.get_method_info(handle, out MonoMethodInfo). */
static bool get_method_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = args[0].p;
    uint8_t *info = args[1].p;
    LdMethodTable *shape_type = icall_corlib_type(context, "System.Reflection", "MonoMethodInfo");
    MethodShape shape;
    if (!shape_type || !method_shape(context, method, &shape))
        return false;
    LdMethodTable *void_type = icall_corlib_type(context, "System", "Void");
    void *parent = vm_type_object(context->vm, context->thread, method->owner, context->error);
    void *ret = void_type ? vm_type_object(context->vm, context->thread, shape.ret ? shape.ret : void_type,
                                           context->error) : NULL;
    free(shape.params);
    uint8_t *parent_field = icall_field(context, info, shape_type, "parent");
    uint8_t *ret_field = icall_field(context, info, shape_type, "ret");
    uint8_t *attrs = icall_field(context, info, shape_type, "attrs");
    uint8_t *iattrs = icall_field(context, info, shape_type, "iattrs");
    uint8_t *callconv = icall_field(context, info, shape_type, "callconv");
    if (!parent || !ret || !parent_field || !ret_field || !attrs || !iattrs || !callconv)
        return false;
    gc_write_barrier((GcObject **)parent_field, parent);
    gc_write_barrier((GcObject **)ret_field, ret);
    *(int32_t *)attrs = method->flags;
    *(int32_t *)iattrs = method->impl_flags;
    /* CallingConventions: Standard 1, VarArgs 2, HasThis 0x20, ExplicitThis 0x40. */
    int32_t conventions = (shape.calling_convention & 0x0F) == IMG_SIG_VARARG ? 2 : 1;
    if (shape.has_this)
        conventions |= 0x20;
    *(int32_t *)callconv = conventions;
    return true;
}

static bool get_method_attributes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = ((LdMethod *)args[0].p)->flags;
    return true;
}

/* The Param row of a method's parameter `sequence` (1-based), or 0. */
static uint32_t param_row(LdMethod *method, uint32_t sequence) {
    const ImgImage *img = method->owner->klass->assembly->image;
    LdMethod *definition = method->generic_definition ? method->generic_definition : method;
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_METHODDEF, definition->rid, IMG_METHODDEF_PARAMLIST, &first, &end);
    for (uint32_t i = first; i < end; i++) {
        uint32_t rid = img_list_member(img, IMG_TABLE_PARAM, i);
        if (img_get(img, IMG_TABLE_PARAM, rid, IMG_PARAM_SEQUENCE) == sequence)
            return rid;
    }
    return 0;
}

/* get_retval_marshal(method): the return value's MarshalAsAttribute, null
 * without a FieldMarshal row (the Param row 0's HasFieldMarshal flag). */
static bool get_retval_marshal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = args[0].p;
    uint32_t row = param_row(method, 0);
    result->p = NULL;
    if (row && (img_get(method->owner->klass->assembly->image, IMG_TABLE_PARAM, row, IMG_PARAM_FLAGS) & 0x2000))
        return vm_fail(context->error, "not implemented yet: the MarshalAs attribute of %s's return value", method->name);
    return true;
}

/* ParameterInfo.DefaultValue as mono gives it: the literal if the
 * parameter has one (HasDefault), else Missing.Value for an [Optional]
 * one and DBNull.Value for the rest. */
static bool default_value(VmIcallContext *context, const ImgImage *img, uint32_t row, uint32_t flags,
                          LdMethodTable *type, VmSlot *result) {
    if (row && (flags & 0x1000))
        return icall_constant_value(context, img, IMG_TOKEN(IMG_TABLE_PARAM, row), type, result);
    if (flags & 0x0010)
        return icall_corlib_static(context, "System.Reflection", "Missing", "Value", result);
    return icall_corlib_static(context, "System", "DBNull", "Value", result);
}

/* get_parameter_info(handle, member): a RuntimeParameterInfo per
 * parameter, made by corlib's own constructor. */
static bool get_parameter_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = args[0].p;
    MethodShape shape;
    LdMethodTable *info_type = icall_corlib_type(context, "System.Reflection", "RuntimeParameterInfo");
    LdMethodTable *base_type = icall_corlib_type(context, "System.Reflection", "ParameterInfo");
    if (!info_type || !base_type || !method_shape(context, method, &shape))
        return false;
    LdMethod *constructor = vm_find_method(info_type, ".ctor(System.String,System.Type,System.Int32,System.Int32,"
                                                      "System.Object,System.Reflection.MemberInfo,"
                                                      "System.Runtime.InteropServices.MarshalAsAttribute)");
    LdError error;
    LdMethodTable *array_type = ld_szarray_of(base_type, &error);
    bool ok = constructor && array_type && ld_type_load(array_type, &error);
    void *array = ok ? vm_new_array(context->vm, context->thread, array_type, shape.param_count) : NULL;
    if (!ok)
        vm_fail(context->error, "corlib contract: RuntimeParameterInfo's constructor");
    else if (!array)
        icall_out_of_memory(context);
    result->p = array;
    const ImgImage *img = method->owner->klass->assembly->image;
    for (uint32_t i = 0; result->p && i < shape.param_count; i++) {
        uint32_t row = param_row(method, i + 1);
        const char *name = row ? img_get_string(img, IMG_TABLE_PARAM, row, IMG_PARAM_NAME) : NULL;
        VmSlot ctor_args[8] = {{.p = vm_allocate(context->vm, context->thread, info_type, info_type->base_size)}};
        ctor_args[1].p = name ? vm_new_string_utf8(context->vm, context->thread, name, strlen(name)) : NULL;
        ctor_args[2].p = vm_type_object(context->vm, context->thread, shape.params[i], context->error);
        ctor_args[3].i4 = (int32_t)i;
        ctor_args[4].i4 = row ? (int32_t)img_get(img, IMG_TABLE_PARAM, row, IMG_PARAM_FLAGS) : 0;
        if (ctor_args[0].p && !default_value(context, img, row, (uint32_t)ctor_args[4].i4, shape.params[i], &ctor_args[5])) {
            ok = false;
            break;
        }
        ctor_args[6].p = args[1].p;
        VmSlot none;
        void *thrown;
        if (!ctor_args[0].p || (name && !ctor_args[1].p) || !ctor_args[2].p) {
            ok = ctor_args[2].p ? icall_out_of_memory(context) : false;
            break;
        }
        if (!vm_invoke(context->vm, context->thread, constructor, ctor_args, &none, &thrown, context->error)) {
            context->exception = thrown;
            ok = false;
            break;
        }
        icall_store_element(result->p, i, ctor_args[0].p);
    }
    free(shape.params);
    return ok;
}

/* The element `index` of an object[] (null-safe for a null array). */
static void *argument_at(void *array, uint32_t index) {
    return array ? ((void **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[index] : NULL;
}

static uint64_t array_length(void *array) {
    return array ? *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET) : 0;
}

/* A boxed result (or the reference itself) for what a call returned. */
static void *box_result(VmIcallContext *context, LdMethodTable *type, VmSlot *slots) {
    if (ld_is_reference(type))
        return slots[0].p;
    if (type->kind == LD_KIND_POINTER || type->kind == LD_KIND_BYREF)
        return vm_fail(context->error, "not implemented yet: reflection calls returning pointers"), NULL;
    uint8_t *value = calloc(1, type->value_size + 1);
    VmSlot box = {0};
    if (!value)
        return icall_out_of_memory(context), NULL;
    vm_slots_to_value(type, slots, value);
    bool ok = icall_box(context, type, value, &box); /* a T? as a T or null */
    free(value);
    return ok ? box.p : NULL;
}

/* Calls `method` with `this` and object[] arguments (corlib's binder has
 * checked their count and types); the result boxed. The exception the
 * method throws goes to *exc; the callers throw it on, and corlib's
 * Invoke wraps it in a TargetInvocationException. */
static bool invoke(VmIcallContext *context, LdMethod *method, void *target, void *arguments, void **exc,
                   VmSlot *result) {
    MethodShape shape;
    if (!method_shape(context, method, &shape))
        return false;
    if (array_length(arguments) != shape.param_count) {
        free(shape.params);
        return icall_throw(context, "System.Reflection.TargetParameterCountException: Parameter count mismatch.");
    }
    uint32_t slots = shape.has_this ? 1 : 0;
    for (uint32_t i = 0; i < shape.param_count; i++)
        slots += shape.params[i]->kind == LD_KIND_BYREF ? 1 : vm_value_slots(shape.params[i]);
    VmSlot *call_args = calloc(slots + 1, sizeof *call_args);
    if (!call_args) {
        free(shape.params);
        return icall_out_of_memory(context);
    }
    uint32_t at = 0;
    if (shape.has_this) {
        /* A struct's method takes a pointer to the value in its box. */
        bool value_this = method->owner->kind == LD_KIND_VALUETYPE;
        call_args[at++].p = value_this && target ? (uint8_t *)target + LD_OBJECT_HEADER_SIZE : target;
    }
    bool ok = true;
    for (uint32_t i = 0; ok && i < shape.param_count; i++) {
        LdMethodTable *type = shape.params[i];
        void *argument = argument_at(arguments, i);
        if (type->kind == LD_KIND_BYREF) {
            /* ref and out: the callee writes into the object[] itself (a
             * reference) or into a fresh box put there first (a value),
             * so the caller sees what it wrote, as mono copies it back. */
            LdMethodTable *element = type->element;
            LdError error;
            if (ld_is_reference(element)) {
                call_args[at++].p = (void **)((uint8_t *)arguments + LD_ARRAY_DATA_OFFSET) + i;
            } else if ((element->flags & LD_MT_NULLABLE) || !ld_type_load(element, &error)) {
                ok = vm_fail(context->error, "not implemented yet: reflection calls with ref %s parameters (%s)",
                             element->klass->name, method->name);
            } else {
                VmSlot box;
                uint8_t *data = argument ? (uint8_t *)argument + LD_OBJECT_HEADER_SIZE : NULL;
                uint8_t *zero = data ? NULL : calloc(1, element->value_size + 1);
                ok = (data || zero) ? icall_box(context, element, data ? data : zero, &box) : icall_out_of_memory(context);
                free(zero);
                if (ok) {
                    icall_store_element(arguments, i, box.p);
                    call_args[at++].p = (uint8_t *)box.p + LD_OBJECT_HEADER_SIZE;
                }
            }
        } else if (ld_is_reference(type)) {
            call_args[at++].p = argument;
        } else {
            /* From the box (a T for a T?), or the default value for null. */
            uint8_t *value = calloc(1, type->value_size + 1);
            ok = value ? icall_unbox_into(context, type, argument, value) : icall_out_of_memory(context);
            if (ok)
                at += vm_value_to_slots(type, value, call_args + at);
            free(value);
        }
    }
    VmSlot returned[64] = {{0}};
    if (ok && shape.ret && !ld_is_reference(shape.ret) && vm_value_slots(shape.ret) > 64)
        ok = vm_fail(context->error, "not implemented yet: reflection calls returning structs this large");
    if (ok) {
        ok = vm_invoke(context->vm, context->thread, method, call_args, returned, exc, context->error);
        if (!ok && *exc) {
            result->p = NULL;
            ok = true; /* thrown by the method: reported through exc */
        } else if (ok) {
            result->p = shape.ret ? box_result(context, shape.ret, returned) : NULL;
            ok = !shape.ret || ld_is_reference(shape.ret) || result->p || (shape.ret->flags & LD_MT_NULLABLE);
        }
    }
    free(call_args);
    free(shape.params);
    return ok;
}

static LdMethod *method_handle(VmIcallContext *context, void *info) {
    LdMethod **handle = (LdMethod **)icall_field(context, info, ((GcObject *)info)->type, "mhandle");
    return handle ? *handle : NULL;
}

/* Passes on what the invoked method threw, out of InternalInvoke (corlib
 * wraps it in a TargetInvocationException), its trace going on through
 * InternalInvoke's wrapper frame as mono's does. Returns false. */
static bool pass_on(VmIcallContext *context, void *info, void *thrown) {
    const LdClass *klass = ((GcObject *)info)->type->klass;
    for (uint32_t i = 0; i < klass->method_count; i++)
        if (!strcmp(klass->methods[i].name, "InternalInvoke") && (klass->methods[i].impl_flags & 0x1000) /* the icall */ &&
            !vm_trace_through_icall(context->vm, context->thread, thrown, &klass->methods[i], context->error))
            return false;
    context->exception = thrown;
    return false;
}

/* RuntimeMethodInfo.InternalInvoke(obj, object[] parameters, out Exception exc). */
static bool method_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_handle(context, args[0].p);
    void **exc = args[3].p;
    *exc = NULL;
    if (!method)
        return false;
    if (!(method->flags & METHOD_STATIC) && !args[1].p)
        return icall_throw(context, "System.Reflection.TargetException: Non-static method requires a target.");
    void *thrown = NULL;
    LdMethod *target = icall_virtual_target(context, method, args[1].p);
    if (!target || !invoke(context, target, args[1].p, args[2].p, &thrown, result))
        return false;
    if (thrown)
        return pass_on(context, args[0].p, thrown);
    return true;
}

/* A String constructor invoked through reflection: as newobj does
 * (string_constructor in the transcoder), the CreateString method of
 * mono's corlib with the same parameters makes the string. */
static bool construct_string(VmIcallContext *context, LdMethod *constructor, VmSlot *args, VmSlot *result) {
    char full[600], wanted[620];
    vm_icall_name(constructor, full, sizeof full);
    const char *params = strchr(full, '(');
    snprintf(wanted, sizeof wanted, "CreateString%s", params ? params : "()");
    LdMethod *create = vm_find_method(constructor->owner, wanted);
    if (!create)
        return vm_fail(context->error, "corlib contract: System.String has no %s", wanted);
    void *thrown = NULL;
    if (!invoke(context, create, NULL, args[2].p, &thrown, result))
        return false;
    return thrown ? pass_on(context, args[0].p, thrown) : true;
}

/* RuntimeConstructorInfo.InternalInvoke(obj, parameters, out exc): with
 * a null obj, a new object of the type, constructed. */
static bool constructor_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_handle(context, args[0].p);
    void **exc = args[3].p;
    *exc = NULL;
    if (!method)
        return false;
    LdMethodTable *type = method->owner;
    void *target = args[1].p;
    if (!target && !(method->flags & METHOD_STATIC)) {
        if (!loaded(context, type))
            return false;
        if (type->flags & LD_MT_ABSTRACT)
            return icall_throw(context, "System.MemberAccessException: Cannot create an abstract class.");
        if (type->flags & LD_MT_STRING)
            return construct_string(context, method, args, result);
        target = vm_allocate(context->vm, context->thread, type, type->base_size);
        if (!target)
            return icall_out_of_memory(context);
    }
    void *thrown = NULL;
    VmSlot ignored;
    if (!invoke(context, method, target, args[2].p, &thrown, &ignored))
        return false;
    if (thrown)
        return pass_on(context, args[0].p, thrown);
    result->p = args[1].p ? NULL : target;
    return true;
}

/* RuntimeMethodInfo.get_name(MethodBase). */
static bool method_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = method_handle(context, args[0].p);
    return method && icall_return_utf8(context, method->name, result);
}

const VmIcall icall_reflection[] = {
    {"System.RuntimeType::GetConstructors_native", get_constructors},
    {"Mono.RuntimeGPtrArrayHandle::GPtrArrayFree", free_gptr_array},
    {"System.Reflection.MonoMethodInfo::get_method_info", get_method_info},
    {"System.Reflection.MonoMethodInfo::get_method_attributes", get_method_attributes},
    {"System.Reflection.MonoMethodInfo::get_parameter_info", get_parameter_info},
    {"System.Reflection.MonoMethodInfo::get_retval_marshal", get_retval_marshal},
    {"System.Reflection.RuntimeMethodInfo::InternalInvoke", method_invoke},
    {"System.Reflection.RuntimeConstructorInfo::InternalInvoke", constructor_invoke},
    {"System.Reflection.RuntimeMethodInfo::get_name", method_name},
};
const uint32_t icall_reflection_count = ICALL_COUNT(icall_reflection);
