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
    ld_method_context(method, &generic);
    LdAssembly *assembly = method->owner->klass->assembly;
    LdError error;
    bool ok = sig != NULL;
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
    if (!invoke(context, icall_virtual_target(method, args[1].p), args[1].p, args[2].p, &thrown, result))
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

/*
 * Asynchronous delegate calls. BeginInvoke boxes the arguments into an
 * object[] and queues an AsyncResult (corlib's, an IThreadPoolWorkItem)
 * on corlib's thread pool; its Invoke runs the delegate there and keeps
 * what it returned or threw in the AsyncResult's object_data, an
 * object[3] {arguments, result, exception} only the runtime reads (mono
 * keeps a MonoAsyncCall there); corlib's SyncProcessMessage then marks it
 * complete, wakes waiters and runs the callback. EndInvoke waits through
 * corlib's AsyncResult.EndInvoke and hands back the result, or throws the
 * exception. ref and out parameters are not supported yet.
 */
enum { ASYNC_ARGUMENTS, ASYNC_RESULT, ASYNC_EXCEPTION, ASYNC_SLOTS };

static LdMethod *method_named(LdMethodTable *type, const char *name) {
    for (LdMethodTable *t = type; t; t = t->parent)
        for (uint32_t i = 0; i < t->klass->method_count; i++)
            if (!strcmp(t->klass->methods[i].name, name))
                return &t->klass->methods[i];
    return NULL;
}

static void *object_array(VmIcallContext *context, uint32_t length) {
    LdMethodTable *object = icall_corlib_type(context, "System", "Object");
    LdError error;
    LdMethodTable *type = object ? ld_szarray_of(object, &error) : NULL;
    if (!type || !ld_type_load(type, &error))
        return NULL;
    void *array = vm_new_array(context->vm, context->thread, type, length);
    if (!array)
        icall_out_of_memory(context);
    return array;
}

/* Calls a managed method of `target` from C; its exception is thrown on. */
static bool call_managed(VmIcallContext *context, LdMethod *method, void *target, VmSlot *argument, VmSlot *result) {
    VmSlot call_args[2] = {{.p = target}, argument ? *argument : (VmSlot){0}};
    void *thrown = NULL;
    if (!method)
        return vm_fail(context->error, "corlib contract: AsyncResult's methods");
    if (vm_invoke(context->vm, context->thread, method, call_args, result, &thrown, context->error))
        return true;
    context->exception = thrown;
    return false;
}

/* BeginInvoke(delegate, arguments..., AsyncCallback, state, [BeginInvoke]):
 * the transcoder passes the BeginInvoke method as a last, hidden slot. */
static bool begin_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    MethodShape shape;
    uint32_t at = 1;
    LdMethod *begin = NULL;
    /* the hidden slot follows the arguments, whose sizes the signature gives */
    LdMethod *probe = args[0].p ? method_named(((GcObject *)args[0].p)->type, "BeginInvoke") : NULL;
    if (!probe || !method_shape(context, probe, &shape))
        return probe ? false : icall_throw(context, "System.NullReferenceException: Object reference not set to an instance of an object");
    uint32_t count = shape.param_count - 2; /* the callback and state come last */
    GcObject *arguments = object_array(context, count);
    bool ok = arguments != NULL;
    for (uint32_t i = 0; ok && i < count; i++) {
        LdMethodTable *type = shape.params[i];
        if (type->kind == LD_KIND_BYREF) {
            ok = vm_fail(context->error, "not implemented yet: BeginInvoke with ref or out parameters (%s)",
                         probe->owner->klass->name);
        } else if (ld_is_reference(type)) {
            icall_store_element(arguments, i, args[at++].p);
        } else {
            VmSlot boxed;
            ok = icall_box(context, type, (uint8_t *)&args[at], &boxed);
            if (ok)
                icall_store_element(arguments, i, boxed.p);
            at += vm_value_slots(type);
        }
    }
    void *callback = ok ? args[at].p : NULL, *state = ok ? args[at + 1].p : NULL;
    begin = ok ? args[at + 2].p : NULL;
    free(shape.params);
    if (!ok)
        return false;
    if (begin != probe)
        return vm_fail(context->error, "BeginInvoke's hidden method slot is not where its signature says");
    LdMethodTable *type = icall_corlib_type(context, "System.Runtime.Remoting.Messaging", "AsyncResult");
    GcObject *data = object_array(context, ASYNC_SLOTS);
    GcObject *async = type && data ? vm_allocate(context->vm, context->thread, type, type->base_size) : NULL;
    if (!async)
        return type && data ? icall_out_of_memory(context) : false;
    icall_store_element(data, ASYNC_ARGUMENTS, arguments);
    static const char *const fields[] = {"async_delegate", "async_callback", "async_state", "object_data"};
    void *values[] = {args[0].p, callback, state, data};
    for (int i = 0; i < 4; i++) {
        GcObject **field = (GcObject **)icall_field(context, async, type, fields[i]);
        if (!field)
            return false;
        gc_write_barrier(field, values[i]);
    }
    LdMethodTable *pool = icall_corlib_type(context, "System.Threading", "ThreadPool");
    LdMethod *queue = pool ? vm_find_method(pool, "UnsafeQueueCustomWorkItem(System.Threading.IThreadPoolWorkItem,System.Boolean)")
                           : NULL;
    VmSlot queue_args[2] = {{.p = async}, {.i4 = 0}}, none;
    void *thrown = NULL;
    if (!queue)
        return vm_fail(context->error, "corlib contract: ThreadPool.UnsafeQueueCustomWorkItem");
    if (!vm_invoke(context->vm, context->thread, queue, queue_args, &none, &thrown, context->error)) {
        context->exception = thrown;
        return false;
    }
    result->p = async;
    return true;
}

static GcObject *async_data(VmIcallContext *context, GcObject *async) {
    GcObject **data = (GcObject **)icall_field(context, async, async->type, "object_data");
    return data ? *data : NULL;
}

static GcObject *array_element(GcObject *array, uint32_t index) {
    return ((GcObject **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET))[index];
}

/* AsyncResult.Invoke(), on a pool thread: the delegate runs; then corlib's
 * SyncProcessMessage completes the AsyncResult. */
static bool async_result_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *async = args[0].p, *data = async_data(context, async);
    GcObject **delegate = (GcObject **)icall_field(context, async, async->type, "async_delegate");
    if (!data || !delegate || !*delegate)
        return vm_fail(context->error, "AsyncResult.Invoke without a BeginInvoke's state");
    LdMethod *invoke_method = method_named((*delegate)->type, "Invoke");
    void *thrown = NULL;
    VmSlot returned = {0};
    if (!invoke_method || !invoke(context, invoke_method, *delegate, array_element(data, ASYNC_ARGUMENTS), &thrown,
                                  &returned))
        return invoke_method ? false : vm_fail(context->error, "a delegate without Invoke");
    icall_store_element(data, ASYNC_RESULT, returned.p);
    icall_store_element(data, ASYNC_EXCEPTION, thrown);
    VmSlot none = {0}, ignored;
    result->p = NULL;
    return call_managed(context, method_named(async->type, "SyncProcessMessage"), async, &none, &ignored);
}

/* EndInvoke(delegate, IAsyncResult, [EndInvoke]): waits, then the result
 * (unboxed into the return slot) or the delegate's exception. */
static bool end_invoke(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    GcObject *async = args[1].p;
    LdMethod *end = args[2].p;
    LdMethodTable *type = icall_corlib_type(context, "System.Runtime.Remoting.Messaging", "AsyncResult");
    if (!async)
        return icall_throw_argument_null(context, "result");
    if (!type || async->type != type)
        return icall_throw_argument(context, "The IAsyncResult object provided does not match this delegate.", "result");
    uint8_t *called = icall_field(context, async, type, "endinvoke_called");
    if (!called)
        return false;
    if (*called)
        return icall_throw(context, "System.InvalidOperationException: Delegate EndInvoke method called more than once");
    *called = 1;
    VmSlot ignored;
    if (!call_managed(context, method_named(type, "EndInvoke"), async, NULL, &ignored))
        return false;
    GcObject *data = async_data(context, async);
    if (!data)
        return vm_fail(context->error, "EndInvoke of an AsyncResult no BeginInvoke made");
    if (array_element(data, ASYNC_EXCEPTION)) {
        context->exception = array_element(data, ASYNC_EXCEPTION);
        return false;
    }
    MethodShape shape;
    if (!method_shape(context, end, &shape))
        return false;
    LdMethodTable *ret = shape.ret;
    free(shape.params);
    GcObject *value = array_element(data, ASYNC_RESULT);
    if (!ret)
        return true;
    if (ld_is_reference(ret)) {
        result->p = value;
        return true;
    }
    if (ret->elem == IMG_ELEMENT_R4 && value) { /* a float32 is an F on the stack */
        float single;
        memcpy(&single, (uint8_t *)value + LD_OBJECT_HEADER_SIZE, sizeof single);
        result->r8 = single;
        return true;
    }
    return icall_unbox_into(context, ret, value, (uint8_t *)result);
}

const VmIcall icall_reflection[] = {
    /* the runtime's part of every delegate type's BeginInvoke and EndInvoke
     * (the transcoder binds these names) */
    {"System.Delegate::BeginInvoke", begin_invoke},
    {"System.Delegate::EndInvoke", end_invoke},
    {"System.Runtime.Remoting.Messaging.AsyncResult::Invoke", async_result_invoke},
    {"System.RuntimeType::GetConstructors_native", get_constructors},
    {"Mono.RuntimeGPtrArrayHandle::GPtrArrayFree", free_gptr_array},
    {"System.Reflection.MonoMethodInfo::get_method_info", get_method_info},
    {"System.Reflection.MonoMethodInfo::get_method_attributes", get_method_attributes},
    {"System.Reflection.MonoMethodInfo::get_parameter_info", get_parameter_info},
    {"System.Reflection.RuntimeMethodInfo::InternalInvoke", method_invoke},
    {"System.Reflection.RuntimeConstructorInfo::InternalInvoke", constructor_invoke},
    {"System.Reflection.RuntimeMethodInfo::get_name", method_name},
};
const uint32_t icall_reflection_count = ICALL_COUNT(icall_reflection);
