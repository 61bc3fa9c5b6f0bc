/*
 * custom_attrs.c - custom attributes (MonoCustomAttrs.GetCustomAttributesInternal
 * and IsDefinedInternal): the CustomAttribute rows of a member, each
 * decoded (img_ca_decode) and built as the CLI says: the attribute's
 * constructor run on the fixed arguments, then named fields stored and
 * named properties' setters run. Only the member's own attributes:
 * corlib walks base types and overridden methods for inherited ones, and
 * adds the pseudo-attributes (Serializable, ...) itself.
 *
 * Argument values are built on the C stack (which the GC scans
 * conservatively), never in malloc'd memory, so no object made here is
 * collected before the constructor has it.
 */
#include <stdio.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* What an attribute is attached to: a metadata token in an assembly. */
typedef struct Target {
    LdAssembly *assembly;
    uint32_t token;
} Target;

static bool field_named(VmIcallContext *context, GcObject *object, const char *name, void *out, size_t size) {
    uint8_t *field = icall_field(context, object, object->type, name);
    if (field)
        memcpy(out, field, size);
    return field != NULL;
}

/* The token of a reflection object, by its class. false (error set) for
 * an object we do not know; a zero token for one without attributes. */
static bool target_of(VmIcallContext *context, GcObject *object, Target *target) {
    *target = (Target){0};
    const char *cls = object->type->klass->name;
    if (!strcmp(cls, "RuntimeType")) {
        LdMethodTable *type = vm_type_of_object(context->vm, object);
        if (type->klass->definition)
            type = type->klass->definition;
        if (type->klass->typedef_rid)
            *target = (Target){type->klass->assembly, 0x02000000u | type->klass->typedef_rid};
        return true;
    }
    if (!strcmp(cls, "RuntimeMethodInfo") || !strcmp(cls, "RuntimeConstructorInfo")) {
        LdMethod *method;
        if (!field_named(context, object, "mhandle", &method, sizeof method))
            return false;
        if (method->generic_definition)
            method = method->generic_definition;
        *target = (Target){method->owner->klass->assembly, 0x06000000u | method->rid};
        return true;
    }
    if (!strcmp(cls, "RuntimeFieldInfo")) {
        LdField *field;
        if (!field_named(context, object, "fhandle", &field, sizeof field))
            return false;
        *target = (Target){field->owner->klass->assembly, 0x04000000u | field->rid};
        return true;
    }
    if (!strcmp(cls, "RuntimePropertyInfo")) {
        void *record;
        if (!field_named(context, object, "prop", &record, sizeof record))
            return false;
        *target = (Target){icall_property_owner(record)->klass->assembly, icall_property_token(record)};
        return true;
    }
    if (!strcmp(cls, "RuntimeEventInfo")) {
        void *record;
        if (!field_named(context, object, "handle", &record, sizeof record))
            return false;
        *target = (Target){icall_event_owner(record)->klass->assembly, icall_event_token(record)};
        return true;
    }
    if (!strcmp(cls, "RuntimeParameterInfo")) {
        GcObject *member;
        int32_t position;
        LdMethod *method;
        if (!field_named(context, object, "MemberImpl", &member, sizeof member) ||
            !field_named(context, object, "PositionImpl", &position, sizeof position))
            return false;
        if (!member || (strcmp(member->type->klass->name, "RuntimeMethodInfo") &&
                        strcmp(member->type->klass->name, "RuntimeConstructorInfo")))
            return true; /* a property's index parameters have no Param rows of their own */
        if (!field_named(context, member, "mhandle", &method, sizeof method))
            return false;
        if (method->generic_definition)
            method = method->generic_definition;
        const ImgImage *img = method->owner->klass->assembly->image;
        uint32_t first, end;
        img_list_range(img, IMG_TABLE_METHODDEF, method->rid, IMG_METHODDEF_PARAMLIST, &first, &end);
        for (uint32_t i = first; i < end; i++) {
            uint32_t row = img_list_member(img, IMG_TABLE_PARAM, i);
            if (img_get(img, IMG_TABLE_PARAM, row, IMG_PARAM_SEQUENCE) == (uint32_t)(position + 1))
                *target = (Target){method->owner->klass->assembly, 0x08000000u | row};
        }
        return true;
    }
    if (!strcmp(cls, "RuntimeAssembly") || !strcmp(cls, "RuntimeModule")) {
        LdAssembly *assembly = icall_assembly_of(context, object);
        if (!assembly)
            return false;
        /* the Assembly row (one, if any) or the Module row */
        bool has_row = img_row_count(assembly->image, IMG_TABLE_ASSEMBLY) != 0;
        if (cls[7] == 'M' || has_row)
            *target = (Target){assembly, cls[7] == 'M' ? 0x00000001u : 0x20000001u};
        return true;
    }
    return vm_fail(context->error, "not implemented yet: custom attributes of a %s", cls);
}

/* The constructor a CustomAttribute row's Type column names. */
static LdMethod *attribute_constructor(VmIcallContext *context, LdAssembly *assembly, uint32_t token) {
    const ImgImage *img = assembly->image;
    LdError error;
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_METHODDEF) {
        uint32_t owner = img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, IMG_TOKEN_RID(token));
        LdMethodTable *type = owner ? ld_type_from_typedef(assembly, owner, &error) : NULL;
        if (type && ld_type_load(type, &error))
            for (uint32_t i = 0; i < type->klass->method_count; i++)
                if (type->klass->methods[i].rid == IMG_TOKEN_RID(token))
                    return &type->klass->methods[i];
    } else if (IMG_TOKEN_TABLE(token) == IMG_TABLE_MEMBERREF) {
        uint32_t rid = IMG_TOKEN_RID(token);
        uint32_t parent = img_get_token(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_CLASS);
        LdGenericContext none = {0};
        LdMethodTable *type = ld_type_from_token(assembly, parent, &none, &error);
        if (type && ld_type_load(type, &error)) {
            LdMethod *method = ld_find_method(type, ".ctor", assembly,
                                              img_get_blob(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_SIGNATURE),
                                              &error);
            if (method)
                return method;
        }
    } else {
        snprintf(error.message, sizeof error.message, "bad attribute type token 0x%08x", token);
    }
    vm_fail(context->error, "System.TypeLoadException: custom attribute constructor: %s", error.message);
    return NULL;
}

/* The resolver img_ca_decode asks for enums' underlying types. */
typedef struct Resolver {
    LdLoader *loader;
    LdAssembly *assembly; /* of the constructor's signature */
    LdAssembly *scope;    /* of the attribute row, for serialized names */
} Resolver;

static uint8_t underlying_of(LdMethodTable *type) {
    LdError error;
    if (!type || !ld_type_load(type, &error))
        return 0;
    if (ld_is_corlib_type(type, "System", "Type"))
        return IMG_ELEMENT_CA_TYPE;
    return (type->flags & LD_MT_ENUM) ? type->element->elem : 0;
}

static uint8_t enum_by_token(void *ctx, uint32_t token) {
    Resolver *r = ctx;
    LdGenericContext none = {0};
    LdError error;
    return underlying_of(ld_type_from_token(r->assembly, token, &none, &error));
}

static uint8_t enum_by_name(void *ctx, const char *name, uint32_t length) {
    Resolver *r = ctx;
    return underlying_of(icall_parse_type_name(r->loader, name, length, r->scope, false));
}

static LdMethodTable *corlib_element(VmIcallContext *context, uint8_t element) {
    static const char *const names[] = {
        [IMG_ELEMENT_BOOLEAN] = "Boolean", [IMG_ELEMENT_CHAR] = "Char",     [IMG_ELEMENT_I1] = "SByte",
        [IMG_ELEMENT_U1] = "Byte",         [IMG_ELEMENT_I2] = "Int16",      [IMG_ELEMENT_U2] = "UInt16",
        [IMG_ELEMENT_I4] = "Int32",        [IMG_ELEMENT_U4] = "UInt32",     [IMG_ELEMENT_I8] = "Int64",
        [IMG_ELEMENT_U8] = "UInt64",       [IMG_ELEMENT_R4] = "Single",     [IMG_ELEMENT_R8] = "Double",
        [IMG_ELEMENT_STRING] = "String",   [IMG_ELEMENT_CA_TYPE] = "Type",  [IMG_ELEMENT_CA_BOXED] = "Object",
    };
    if (element >= sizeof names / sizeof names[0] || !names[element]) {
        vm_fail(context->error, "bad image: custom attribute value of element type 0x%x", element);
        return NULL;
    }
    return icall_corlib_type(context, "System", names[element]);
}

/* The type a decoded value has by itself (for a boxed object argument). */
static LdMethodTable *value_type_of(VmIcallContext *context, Resolver *r, const ImgCaValue *value) {
    if (value->type == IMG_ELEMENT_CA_ENUM) {
        LdMethodTable *type = icall_parse_type_name(r->loader, value->enum_name, value->enum_name_length, r->scope,
                                                    false);
        if (!type)
            vm_fail(context->error, "System.TypeLoadException: enum %.*s of a custom attribute",
                    (int)value->enum_name_length, value->enum_name);
        return type;
    }
    if (value->type == IMG_ELEMENT_SZARRAY) {
        ImgCaValue element = {.type = value->v.array.elem_type, .enum_name = value->enum_name,
                              .enum_name_length = value->enum_name_length};
        LdMethodTable *element_type = value->v.array.elem_type == IMG_ELEMENT_CA_ENUM
                                          ? value_type_of(context, r, &element)
                                          : corlib_element(context, value->v.array.elem_type);
        LdError error;
        return element_type ? ld_szarray_of(element_type, &error) : NULL;
    }
    return corlib_element(context, value->type);
}

/* Stores a decoded value into memory of `type` (a field, an argument
 * buffer, an array element). */
static void store_ref(uint8_t *dest, GcObject *object, bool heap) {
    if (heap)
        gc_write_barrier((GcObject **)dest, object);
    else
        *(GcObject **)dest = object;
}

/* heap: dest is in an object (stores take the write barrier), else on the C stack. */
static bool store_value(VmIcallContext *context, Resolver *r, const ImgCaValue *value, LdMethodTable *type,
                        uint8_t *dest, bool heap) {
    LdError error;
    if (ld_is_corlib_type(type, "System", "Object") && value->type != IMG_ELEMENT_STRING &&
        value->type != IMG_ELEMENT_CA_TYPE && !(value->type == IMG_ELEMENT_SZARRAY && value->v.array.is_null)) {
        LdMethodTable *own = value_type_of(context, r, value);
        if (!own || !ld_type_load(own, &error))
            return own ? vm_fail(context->error, "System.TypeLoadException: %s", error.message) : false;
        if (ld_is_reference(own))
            return store_value(context, r, value, own, dest, heap);
        uint8_t buffer[16] = {0};
        if (!store_value(context, r, value, own, buffer, false))
            return false;
        VmSlot boxed;
        if (!icall_box(context, own, buffer, &boxed))
            return false;
        store_ref(dest, boxed.p, heap);
        return true;
    }
    switch (value->type) {
    case IMG_ELEMENT_STRING: {
        GcObject *text = value->v.str.is_null ? NULL
                         : vm_new_string_utf8(context->vm, context->thread, value->v.str.chars, value->v.str.length);
        if (!value->v.str.is_null && !text)
            return icall_out_of_memory(context);
        store_ref(dest, text, heap);
        return true;
    }
    case IMG_ELEMENT_CA_TYPE: {
        GcObject *object = NULL;
        if (!value->v.str.is_null) {
            LdMethodTable *named = icall_parse_type_name(r->loader, value->v.str.chars, value->v.str.length, r->scope,
                                                         false);
            if (!named)
                return vm_fail(context->error, "System.TypeLoadException: type %.*s of a custom attribute",
                               (int)value->v.str.length, value->v.str.chars);
            if (!(object = vm_type_object(context->vm, context->thread, named, context->error)))
                return false;
        }
        store_ref(dest, object, heap);
        return true;
    }
    case IMG_ELEMENT_SZARRAY: {
        if (value->v.array.is_null) {
            store_ref(dest, NULL, heap);
            return true;
        }
        LdMethodTable *array_type = type->kind == LD_KIND_SZARRAY ? type : value_type_of(context, r, value);
        if (!array_type || !ld_type_load(array_type, &error))
            return array_type ? vm_fail(context->error, "System.TypeLoadException: %s", error.message) : false;
        GcObject *array = vm_new_array(context->vm, context->thread, array_type, value->v.array.count);
        if (!array)
            return icall_out_of_memory(context);
        store_ref(dest, array, heap); /* reachable from dest while the elements are made */
        LdMethodTable *element = array_type->element;
        for (uint32_t i = 0; i < value->v.array.count; i++) {
            uint8_t *slot = (uint8_t *)array + LD_ARRAY_DATA_OFFSET + (size_t)i * array_type->component_size;
            if (!store_value(context, r, &value->v.array.elems[i], element, slot, true))
                return false;
        }
        return true;
    }
    default: {
        /* A number, bool, char or enum: its bytes, little-endian. */
        uint32_t size = type->kind == LD_KIND_VALUETYPE || (type->flags & LD_MT_PRIMITIVE) ? type->value_size : 8;
        if (value->type == IMG_ELEMENT_R4) {
            float f = (float)value->v.r;
            memcpy(dest, &f, 4);
        } else if (value->type == IMG_ELEMENT_R8) {
            memcpy(dest, &value->v.r, 8);
        } else {
            memcpy(dest, &value->v.u, size > 8 ? 8 : size);
        }
        return true;
    }
    }
}

/* Builds the attribute of one row: NULL with the exception or error set. */
static GcObject *construct(VmIcallContext *context, LdAssembly *scope, LdMethod *constructor, ImgBlob blob) {
    LdMethodTable *type = constructor->owner;
    LdAssembly *assembly = type->klass->assembly;
    Resolver resolver = {vm_loader(context->vm), assembly, scope};
    ImgCaResolver callbacks = {enum_by_token, enum_by_name, &resolver};
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(constructor->signature, &arena);
    ImgCustomAttribute decoded;
    GcObject *object = NULL;
    if (!sig || !img_ca_decode(blob, sig, &callbacks, &arena, &decoded)) {
        img_arena_free(&arena);
        vm_fail(context->error, "bad image: a custom attribute blob of %s does not decode", type->klass->name);
        return NULL;
    }
    VmSlot args[64] = {{0}};
    uint32_t at = 1;
    bool ok = sig->param_count < 16;
    if (!ok)
        vm_fail(context->error, "not implemented yet: attribute constructors with %u parameters", sig->param_count);
    LdGenericContext generic;
    ld_method_context(constructor, &generic);
    for (uint32_t i = 0; ok && i < sig->param_count; i++) {
        LdError error;
        LdMethodTable *param = ld_type_from_sig(assembly, sig->params[i], &generic, &error);
        uint8_t buffer[16] = {0};
        ok = param ? store_value(context, &resolver, &decoded.fixed[i], param, buffer, false)
                   : vm_fail(context->error, "System.TypeLoadException: %s", error.message);
        if (ok)
            at += vm_value_to_slots(param, buffer, args + at);
    }
    if (ok && !(object = args[0].p = vm_allocate(context->vm, context->thread, type, type->base_size)))
        ok = icall_out_of_memory(context);
    void *thrown = NULL;
    VmSlot ignored;
    if (ok && !vm_invoke(context->vm, context->thread, constructor, args, &ignored, &thrown, context->error)) {
        context->exception = thrown;
        ok = false;
    }
    for (uint32_t i = 0; ok && i < decoded.named_count; i++) {
        const ImgCaNamed *named = &decoded.named[i];
        char name[256];
        snprintf(name, sizeof name, "%s%.*s", named->is_property ? "set_" : "", (int)named->name_length, named->name);
        if (!named->is_property) {
            LdField *field = NULL;
            for (LdMethodTable *t = type; t && !field; t = t->parent)
                for (uint32_t k = 0; k < t->klass->field_count && !field; k++)
                    if (!strcmp(t->klass->fields[k].name, name) && !(t->klass->fields[k].flags & LD_FIELD_STATIC))
                        field = &t->klass->fields[k];
            ok = field ? store_value(context, &resolver, &named->value, field->type,
                                     (uint8_t *)object + LD_OBJECT_HEADER_SIZE + field->offset, true)
                       : vm_fail(context->error, "custom attribute %s has no field %s", type->klass->name, name);
            continue;
        }
        LdMethod *setter = NULL;
        for (LdMethodTable *t = type; t && !setter; t = t->parent)
            for (uint32_t k = 0; k < t->klass->method_count && !setter; k++)
                if (!strcmp(t->klass->methods[k].name, name) && !(t->klass->methods[k].flags & 0x0010))
                    setter = &t->klass->methods[k];
        if (!setter) {
            ok = vm_fail(context->error, "custom attribute %s has no property %s", type->klass->name, name + 4);
            break;
        }
        LdError error;
        ImgMethodSig *setter_sig = img_sig_method(setter->signature, &arena);
        LdGenericContext setter_generic;
        ld_method_context(setter, &setter_generic);
        LdMethodTable *param = setter_sig && setter_sig->param_count == 1
                                   ? ld_type_from_sig(setter->owner->klass->assembly, setter_sig->params[0],
                                                      &setter_generic, &error)
                                   : NULL;
        uint8_t buffer[16] = {0};
        VmSlot setter_args[8] = {{.p = object}};
        ok = param ? store_value(context, &resolver, &named->value, param, buffer, false)
                   : vm_fail(context->error, "custom attribute setter %s has a bad signature", name);
        if (ok) {
            vm_value_to_slots(param, buffer, setter_args + 1);
            if (!vm_invoke(context->vm, context->thread, setter, setter_args, &ignored, &thrown, context->error)) {
                context->exception = thrown;
                ok = false;
            }
        }
    }
    img_arena_free(&arena);
    return ok ? object : NULL;
}

/* The rows [*first, *end) of the CustomAttribute table attached to a target. */
static void attribute_rows(const Target *target, uint32_t *first, uint32_t *end) {
    *first = *end = 0;
    if (!target->token)
        return;
    uint32_t coded = img_coded_encode(IMG_CODED_HASCUSTOMATTRIBUTE, target->token);
    if (coded != UINT32_MAX)
        *first = img_find_sorted(target->assembly->image, IMG_TABLE_CUSTOMATTRIBUTE, IMG_CUSTOMATTRIBUTE_PARENT, coded,
                                 end);
    if (!*first)
        *end = 0;
}

/* The constructor of row `row`, and whether its attribute is a `wanted`
 * (NULL: any). */
static LdMethod *matching_constructor(VmIcallContext *context, const Target *target, uint32_t row,
                                      LdMethodTable *wanted, bool *matches) {
    const ImgImage *img = target->assembly->image;
    LdMethod *constructor = attribute_constructor(
        context, target->assembly, img_get_token(img, IMG_TABLE_CUSTOMATTRIBUTE, row, IMG_CUSTOMATTRIBUTE_TYPE));
    *matches = constructor && (!wanted || vm_assignable(constructor->owner, wanted));
    return constructor;
}

static LdMethodTable *wanted_type(VmIcallContext *context, void *type_object) {
    if (!type_object)
        return NULL;
    LdMethodTable *type = vm_type_of_object(context->vm, type_object);
    LdError error;
    if (!(type->flags & LD_MT_OPEN))
        ld_type_load(type, &error);
    return type;
}

/* GetCustomAttributesInternal(obj, attributeType, pseudoAttrs): an
 * Attribute[] of the member's own attributes of that type (all: null). */
static bool get_custom_attributes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    Target target;
    if (!args[0].p)
        return icall_throw_argument_null(context, "obj");
    if (!target_of(context, args[0].p, &target))
        return false;
    LdMethodTable *wanted = wanted_type(context, args[1].p);
    uint32_t first, end;
    attribute_rows(&target, &first, &end);
    LdMethodTable *attribute = icall_corlib_type(context, "System", "Attribute"), *array_type;
    LdError error;
    if (!attribute || !(array_type = ld_szarray_of(attribute, &error)) || !ld_type_load(array_type, &error))
        return vm_fail(context->error, "corlib contract: Attribute[]");
    GcObject *all = vm_new_array(context->vm, context->thread, array_type, end - first);
    if (!all)
        return icall_out_of_memory(context);
    uint32_t count = 0;
    for (uint32_t row = first; row < end; row++) {
        bool matches;
        LdMethod *constructor = matching_constructor(context, &target, row, wanted, &matches);
        if (!constructor)
            return false;
        if (!matches)
            continue;
        GcObject *made = construct(context, target.assembly, constructor,
                                   img_get_blob(target.assembly->image, IMG_TABLE_CUSTOMATTRIBUTE, row,
                                                IMG_CUSTOMATTRIBUTE_VALUE));
        if (!made)
            return false;
        icall_store_element(all, count++, made);
    }
    GcObject *exact = count == end - first ? all : vm_new_array(context->vm, context->thread, array_type, count);
    if (!exact)
        return icall_out_of_memory(context);
    for (uint32_t i = 0; exact != all && i < count; i++)
        icall_store_element(exact, i, ((GcObject **)((uint8_t *)all + LD_ARRAY_DATA_OFFSET))[i]);
    result->p = exact;
    return true;
}

/* IsDefinedInternal(obj, attributeType): without constructing any. */
static bool is_defined(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    Target target;
    if (!args[0].p)
        return icall_throw_argument_null(context, "obj");
    if (!target_of(context, args[0].p, &target))
        return false;
    LdMethodTable *wanted = wanted_type(context, args[1].p);
    uint32_t first, end;
    attribute_rows(&target, &first, &end);
    result->i4 = 0;
    for (uint32_t row = first; row < end && !result->i4; row++) {
        bool matches;
        if (!matching_constructor(context, &target, row, wanted, &matches))
            return false;
        result->i4 = matches;
    }
    return true;
}

const VmIcall icall_custom_attrs[] = {
    {"System.MonoCustomAttrs::GetCustomAttributesInternal", get_custom_attributes},
    {"System.MonoCustomAttrs::IsDefinedInternal", is_defined},
};
const uint32_t icall_custom_attrs_count = ICALL_COUNT(icall_custom_attrs);
