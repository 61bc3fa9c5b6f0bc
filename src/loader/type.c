/*
 * type.c - type identity: shells for TypeDefs, generic instantiations,
 * arrays, pointers, byrefs and generic parameters, each made once and
 * cached, so that two names of one type give one LdMethodTable and type
 * equality is pointer equality. Also the driver that brings a shell to
 * LD_LEVEL_LOADED, and type names for messages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader/internal.h"

/* A type is a MethodTable and its class record, allocated together. */
static LdMethodTable *new_type(LdLoader *loader, LdTypeKind kind, LdError *error) {
    LdMethodTable *type = ld_alloc(loader, sizeof(LdMethodTable) + sizeof(LdClass));
    if (!type) {
        ld_fail(error, "out of memory creating a type");
        return NULL;
    }
    type->klass = (LdClass *)(type + 1);
    type->kind = (uint8_t)kind;
    type->level = LD_LEVEL_SHELL;
    type->value_size = LD_POINTER_SIZE;
    type->value_align = LD_POINTER_SIZE;
    type->elem = IMG_ELEMENT_CLASS;
    return type;
}

bool ld_is_corlib_type(const LdMethodTable *type, const char *ns, const char *name) {
    const LdClass *c = type->klass;
    return c->typedef_rid && c->assembly == c->assembly->loader->corlib && !strcmp(c->name, name) &&
           !strcmp(c->ns, ns);
}

LdMethodTable *ld_corlib_type(LdLoader *loader, const char *ns, const char *name, LdError *error) {
    LdTypeDef found;
    if (!ld_find_type(loader->corlib, ns, name, (LdTypeDef){0}, &found, error))
        return NULL;
    return ld_type_from_typedef(found.assembly, found.rid, error);
}

static uint32_t generic_param_count(const ImgImage *img, uint32_t owner_token) {
    uint32_t coded = img_coded_encode(IMG_CODED_TYPEORMETHODDEF, owner_token), end;
    uint32_t first = img_find_sorted(img, IMG_TABLE_GENERICPARAM, IMG_GENERICPARAM_OWNER, coded, &end);
    return first ? end - first : 0;
}

uint32_t ld_generic_variance(const LdMethodTable *definition, uint32_t index) {
    const LdClass *c = definition->klass;
    if (!c->typedef_rid)
        return 0;
    const ImgImage *img = c->assembly->image;
    uint32_t coded = img_coded_encode(IMG_CODED_TYPEORMETHODDEF, IMG_TOKEN(IMG_TABLE_TYPEDEF, c->typedef_rid)), end;
    for (uint32_t row = img_find_sorted(img, IMG_TABLE_GENERICPARAM, IMG_GENERICPARAM_OWNER, coded, &end);
         row && row < end; row++)
        if (img_get(img, IMG_TABLE_GENERICPARAM, row, IMG_GENERICPARAM_NUMBER) == index)
            return img_get(img, IMG_TABLE_GENERICPARAM, row, IMG_GENERICPARAM_FLAGS) & LD_VARIANCE_MASK;
    return 0;
}

/* Generic parameters are types too: !n for a type's, !!n for a method's,
 * shared by number across owners (the owner is known from context). */
static LdMethodTable *generic_param(LdLoader *loader, bool method, uint32_t number, LdError *error) {
    LdMethodTable ***table = method ? &loader->mvars : &loader->vars;
    uint32_t *count = method ? &loader->mvar_count : &loader->var_count;
    if (number >= 0x10000) {
        ld_fail(error, "generic parameter %u is out of range", number);
        return NULL;
    }
    if (number >= *count) {
        uint32_t grown = number + 8;
        LdMethodTable **bigger = realloc(*table, grown * sizeof *bigger);
        if (!bigger) {
            ld_fail(error, "out of memory");
            return NULL;
        }
        memset(bigger + *count, 0, (grown - *count) * sizeof *bigger);
        *table = bigger;
        *count = grown;
    }
    if (!(*table)[number]) {
        LdMethodTable *type = new_type(loader, method ? LD_KIND_MVAR : LD_KIND_VAR, error);
        if (!type)
            return NULL;
        type->elem = method ? IMG_ELEMENT_MVAR : IMG_ELEMENT_VAR;
        type->flags = LD_MT_OPEN;
        type->klass->assembly = loader->corlib;
        type->klass->ns = "";
        char name[16];
        snprintf(name, sizeof name, "%s%u", method ? "!!" : "!", number);
        type->klass->name = ld_strdup(loader, name);
        type->rank = 0;
        (*table)[number] = type;
    }
    return (*table)[number];
}

/* The GenericParam row of an owner's parameter `number`, 0 if none. */
static uint32_t generic_param_row(const ImgImage *img, uint32_t owner_token, uint32_t number) {
    uint32_t coded = img_coded_encode(IMG_CODED_TYPEORMETHODDEF, owner_token), end;
    for (uint32_t row = img_find_sorted(img, IMG_TABLE_GENERICPARAM, IMG_GENERICPARAM_OWNER, coded, &end);
         row && row < end; row++)
        if (img_get(img, IMG_TABLE_GENERICPARAM, row, IMG_GENERICPARAM_NUMBER) == number)
            return row;
    return 0;
}

/* A generic parameter with an owner: a type definition's (owner_method
 * NULL) or a generic method definition's. Made once by each owner, which
 * keeps it. */
LdMethodTable *ld_owned_generic_param(LdMethodTable *owner_type, LdMethod *owner_method, uint32_t number,
                                      LdError *error) {
    LdClass *oc = owner_type->klass;
    LdLoader *loader = oc->assembly->loader;
    const ImgImage *img = oc->assembly->image;
    LdMethodTable *type = new_type(loader, owner_method ? LD_KIND_MVAR : LD_KIND_VAR, error);
    LdGenericParam *param = type ? ld_alloc(loader, sizeof *param) : NULL;
    if (!param) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    uint32_t owner_token = owner_method ? IMG_TOKEN(IMG_TABLE_METHODDEF, owner_method->rid)
                                        : IMG_TOKEN(IMG_TABLE_TYPEDEF, oc->typedef_rid);
    *param = (LdGenericParam){.owner_type = owner_type, .owner_method = owner_method, .number = number,
                              .row = generic_param_row(img, owner_token, number)};
    type->elem = owner_method ? IMG_ELEMENT_MVAR : IMG_ELEMENT_VAR;
    type->flags = LD_MT_OPEN;
    type->klass->assembly = oc->assembly;
    type->klass->ns = oc->ns;
    type->klass->generic_param = param;
    if (param->row) {
        type->klass->name = img_get_string(img, IMG_TABLE_GENERICPARAM, param->row, IMG_GENERICPARAM_NAME);
    } else {
        char name[16];
        snprintf(name, sizeof name, "%s%u", owner_method ? "!!" : "!", number);
        type->klass->name = ld_strdup(loader, name);
    }
    return type->klass->name ? type : NULL;
}

LdMethodTable *ld_type_from_typedef(LdAssembly *assembly, uint32_t rid, LdError *error) {
    const ImgImage *img = assembly->image;
    if (rid == 0 || rid > img_row_count(img, IMG_TABLE_TYPEDEF)) {
        ld_fail(error, "%s: no TypeDef row %u", assembly->name, rid);
        return NULL;
    }
    if (assembly->typedefs[rid])
        return assembly->typedefs[rid];
    LdLoader *loader = assembly->loader;
    uint32_t flags = img_get(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_FLAGS);
    LdMethodTable *type = new_type(loader, flags & 0x20 ? LD_KIND_INTERFACE : LD_KIND_CLASS, error);
    if (!type)
        return NULL;
    LdClass *c = type->klass;
    c->assembly = assembly;
    c->typedef_rid = rid;
    c->ns = img_get_string(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_NAMESPACE);
    c->name = img_get_string(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_NAME);
    uint32_t params = generic_param_count(img, IMG_TOKEN(IMG_TABLE_TYPEDEF, rid));
    if (params) {
        /* The definition is instantiated over its own parameters, so its
         * members read with the same code as an instantiation's. */
        type->flags |= LD_MT_GENERIC_DEFINITION | LD_MT_OPEN;
        c->generic_arg_count = params;
        c->generic_args = ld_alloc(loader, params * sizeof *c->generic_args);
        if (!c->generic_args) {
            ld_fail(error, "out of memory");
            return NULL;
        }
        for (uint32_t i = 0; i < params; i++)
            if (!(c->generic_args[i] = ld_owned_generic_param(type, NULL, i, error)))
                return NULL;
    }
    assembly->typedefs[rid] = type;
    return type;
}

/* ------------------------------------------------------------------ */
/* Generic instantiations                                              */
/* ------------------------------------------------------------------ */

static uint32_t instantiation_hash(const LdMethodTable *definition, uint32_t count, LdMethodTable *const *args) {
    uint64_t h = (uintptr_t)definition * 0x9E3779B97F4A7C15ull;
    for (uint32_t i = 0; i < count; i++)
        h = (h ^ (uintptr_t)args[i]) * 0x100000001B3ull;
    return (uint32_t)(h ^ (h >> 32));
}

static bool same_instantiation(const LdMethodTable *type, const LdMethodTable *definition, uint32_t count,
                               LdMethodTable *const *args) {
    const LdClass *c = type->klass;
    return c->definition == definition && c->generic_arg_count == count &&
           !memcmp(c->generic_args, args, count * sizeof *args);
}

static bool instantiations_grow(LdInstantiations *table) {
    uint32_t capacity = table->slots ? (table->mask + 1) * 2 : 256;
    LdMethodTable **slots = calloc(capacity, sizeof *slots);
    if (!slots)
        return false;
    for (uint32_t i = 0; table->slots && i <= table->mask; i++) {
        LdMethodTable *t = table->slots[i];
        if (!t)
            continue;
        uint32_t h = instantiation_hash(t->klass->definition, t->klass->generic_arg_count, t->klass->generic_args);
        uint32_t slot = h & (capacity - 1);
        while (slots[slot])
            slot = (slot + 1) & (capacity - 1);
        slots[slot] = t;
    }
    free(table->slots);
    table->slots = slots;
    table->mask = capacity - 1;
    return true;
}

LdMethodTable *ld_instantiate(LdMethodTable *definition, uint32_t count, LdMethodTable **args, LdError *error) {
    LdClass *dc = definition->klass;
    LdLoader *loader = dc->assembly->loader;
    if (!(definition->flags & LD_MT_GENERIC_DEFINITION) || count != dc->generic_arg_count) {
        char name[256];
        ld_type_name(definition, name, sizeof name);
        ld_fail(error, "%s takes %u generic arguments, not %u", name, dc->generic_arg_count, count);
        return NULL;
    }
    bool identity = true;
    for (uint32_t i = 0; i < count; i++) {
        LdMethodTable *a = args[i];
        if (a->kind == LD_KIND_BYREF || a->kind == LD_KIND_POINTER || (a->flags & LD_MT_BYREF_LIKE)) {
            char name[256];
            ld_type_name(a, name, sizeof name);
            ld_fail(error, "%s cannot be a generic argument", name);
            return NULL;
        }
        identity = identity && a == dc->generic_args[i];
    }
    /* List`1<!0> is List`1 itself. */
    if (identity)
        return definition;
    LdInstantiations *table = &loader->instantiations;
    uint32_t h = instantiation_hash(definition, count, args);
    for (uint32_t slot = table->slots ? h & table->mask : 0; table->slots; slot = (slot + 1) & table->mask) {
        LdMethodTable *t = table->slots[slot];
        if (!t)
            break;
        if (same_instantiation(t, definition, count, args))
            return t;
    }
    if ((table->count + 1) * 2 > (table->slots ? table->mask + 1 : 0) && !instantiations_grow(table)) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    LdMethodTable *type = new_type(loader, (LdTypeKind)definition->kind, error);
    LdMethodTable **copy = type ? ld_alloc(loader, count * sizeof *copy) : NULL;
    if (!copy) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    memcpy(copy, args, count * sizeof *copy);
    LdClass *c = type->klass;
    c->assembly = dc->assembly;
    c->typedef_rid = dc->typedef_rid;
    c->ns = dc->ns;
    c->name = dc->name;
    c->definition = definition;
    c->generic_arg_count = count;
    c->generic_args = copy;
    for (uint32_t i = 0; i < count; i++)
        if (args[i]->flags & LD_MT_OPEN)
            type->flags |= LD_MT_OPEN;
    uint32_t slot = h & table->mask;
    while (table->slots[slot])
        slot = (slot + 1) & table->mask;
    table->slots[slot] = type;
    table->count++;
    return type;
}

/* ------------------------------------------------------------------ */
/* Arrays, pointers, byrefs                                            */
/* ------------------------------------------------------------------ */

static LdMethodTable *derived_type(LdMethodTable *element, LdTypeKind kind, uint32_t rank, LdError *error) {
    LdLoader *loader = element->klass->assembly->loader;
    LdMethodTable *type = new_type(loader, kind, error);
    if (!type)
        return NULL;
    type->element = element;
    type->rank = (uint8_t)rank;
    type->flags = element->flags & LD_MT_OPEN;
    LdClass *c = type->klass;
    c->assembly = element->klass->assembly;
    c->ns = element->klass->ns;
    c->name = element->klass->name;
    switch (kind) {
    case LD_KIND_SZARRAY: type->elem = IMG_ELEMENT_SZARRAY; break;
    case LD_KIND_ARRAY: type->elem = IMG_ELEMENT_ARRAY; break;
    case LD_KIND_POINTER: type->elem = IMG_ELEMENT_PTR; type->level = LD_LEVEL_LOADED; break;
    case LD_KIND_BYREF: type->elem = IMG_ELEMENT_BYREF; type->level = LD_LEVEL_LOADED; break;
    default: break;
    }
    return type;
}

LdMethodTable *ld_szarray_of(LdMethodTable *element, LdError *error) {
    if (element->kind == LD_KIND_BYREF || (element->flags & LD_MT_BYREF_LIKE)) {
        ld_fail(error, "%s cannot be an array element", element->klass->name);
        return NULL;
    }
    if (!element->klass->szarray_of)
        element->klass->szarray_of = derived_type(element, LD_KIND_SZARRAY, 1, error);
    return element->klass->szarray_of;
}

LdMethodTable *ld_array_of(LdMethodTable *element, uint32_t rank, LdError *error) {
    if (rank == 0 || rank > 32) {
        ld_fail(error, "array rank %u is out of range", rank);
        return NULL;
    }
    if (element->kind == LD_KIND_BYREF || (element->flags & LD_MT_BYREF_LIKE)) {
        ld_fail(error, "%s cannot be an array element", element->klass->name);
        return NULL;
    }
    for (LdMethodTable *a = element->klass->arrays_of; a; a = a->klass->next_array)
        if (a->rank == rank)
            return a;
    LdMethodTable *type = derived_type(element, LD_KIND_ARRAY, rank, error);
    if (type) {
        type->klass->next_array = element->klass->arrays_of;
        element->klass->arrays_of = type;
    }
    return type;
}

LdMethodTable *ld_pointer_to(LdMethodTable *element, LdError *error) {
    if (!element->klass->pointer_to)
        element->klass->pointer_to = derived_type(element, LD_KIND_POINTER, 0, error);
    return element->klass->pointer_to;
}

LdMethodTable *ld_byref_to(LdMethodTable *element, LdError *error) {
    if (element->kind == LD_KIND_BYREF) {
        ld_fail(error, "a byref to a byref is not a type");
        return NULL;
    }
    if (!element->klass->byref_to)
        element->klass->byref_to = derived_type(element, LD_KIND_BYREF, 0, error);
    return element->klass->byref_to;
}

/* ------------------------------------------------------------------ */
/* From signatures and tokens                                          */
/* ------------------------------------------------------------------ */

static const char *primitive_name(uint8_t elem) {
    switch (elem) {
    case IMG_ELEMENT_VOID: return "Void";
    case IMG_ELEMENT_BOOLEAN: return "Boolean";
    case IMG_ELEMENT_CHAR: return "Char";
    case IMG_ELEMENT_I1: return "SByte";
    case IMG_ELEMENT_U1: return "Byte";
    case IMG_ELEMENT_I2: return "Int16";
    case IMG_ELEMENT_U2: return "UInt16";
    case IMG_ELEMENT_I4: return "Int32";
    case IMG_ELEMENT_U4: return "UInt32";
    case IMG_ELEMENT_I8: return "Int64";
    case IMG_ELEMENT_U8: return "UInt64";
    case IMG_ELEMENT_R4: return "Single";
    case IMG_ELEMENT_R8: return "Double";
    case IMG_ELEMENT_STRING: return "String";
    case IMG_ELEMENT_OBJECT: return "Object";
    case IMG_ELEMENT_TYPEDBYREF: return "TypedReference";
    case IMG_ELEMENT_I: return "IntPtr";
    case IMG_ELEMENT_U: return "UIntPtr";
    default: return NULL;
    }
}

static LdMethodTable *from_sig(LdAssembly *assembly, const ImgType *t, const LdGenericContext *context, int depth,
                               LdError *error);

static LdMethodTable *from_generic_inst(LdAssembly *assembly, const ImgType *t, const LdGenericContext *context,
                                        int depth, LdError *error) {
    LdMethodTable *definition = from_sig(assembly, t->inner, context, depth + 1, error);
    if (!definition)
        return NULL;
    LdMethodTable *stack_args[8];
    LdMethodTable **args = t->arg_count <= 8 ? stack_args : malloc(t->arg_count * sizeof *args);
    if (!args) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    LdMethodTable *result = NULL;
    uint32_t i;
    for (i = 0; i < t->arg_count; i++)
        if (!(args[i] = from_sig(assembly, t->args[i], context, depth + 1, error)))
            break;
    if (i == t->arg_count)
        result = ld_instantiate(definition, t->arg_count, args, error);
    if (args != stack_args)
        free(args);
    return result;
}

static LdMethodTable *from_sig(LdAssembly *assembly, const ImgType *t, const LdGenericContext *context, int depth,
                               LdError *error) {
    LdLoader *loader = assembly->loader;
    if (depth > IMG_SIG_MAX_DEPTH) {
        ld_fail(error, "%s: signature nests too deeply", assembly->name);
        return NULL;
    }
    const char *primitive = primitive_name(t->kind);
    if (primitive)
        return ld_corlib_type(loader, "System", primitive, error);
    switch (t->kind) {
    case IMG_ELEMENT_CLASS:
    case IMG_ELEMENT_VALUETYPE:
        return ld_type_from_token(assembly, t->token, context, error);
    case IMG_ELEMENT_GENERICINST: return from_generic_inst(assembly, t, context, depth, error);
    case IMG_ELEMENT_VAR:
    case IMG_ELEMENT_MVAR: {
        bool method = t->kind == IMG_ELEMENT_MVAR;
        uint32_t count = method ? (context ? context->method_arg_count : 0) : (context ? context->type_arg_count : 0);
        LdMethodTable **args = method ? (context ? context->method_args : NULL) : (context ? context->type_args : NULL);
        if (args && t->number < count)
            return args[t->number];
        if (args) {
            ld_fail(error, "%s: generic parameter %s%u out of range", assembly->name, method ? "!!" : "!", t->number);
            return NULL;
        }
        return generic_param(loader, method, t->number, error);
    }
    case IMG_ELEMENT_SZARRAY: {
        LdMethodTable *e = from_sig(assembly, t->inner, context, depth + 1, error);
        return e ? ld_szarray_of(e, error) : NULL;
    }
    case IMG_ELEMENT_ARRAY: {
        LdMethodTable *e = from_sig(assembly, t->inner, context, depth + 1, error);
        return e ? ld_array_of(e, t->shape->rank, error) : NULL;
    }
    case IMG_ELEMENT_PTR: {
        LdMethodTable *e = from_sig(assembly, t->inner, context, depth + 1, error);
        return e ? ld_pointer_to(e, error) : NULL;
    }
    case IMG_ELEMENT_BYREF: {
        LdMethodTable *e = from_sig(assembly, t->inner, context, depth + 1, error);
        return e ? ld_byref_to(e, error) : NULL;
    }
    /* Modifiers and pinned do not change the type. */
    case IMG_ELEMENT_CMOD_REQD:
    case IMG_ELEMENT_CMOD_OPT:
    case IMG_ELEMENT_PINNED: return from_sig(assembly, t->inner, context, depth + 1, error);
    case IMG_ELEMENT_FNPTR:
        if (!loader->fnptr) {
            loader->fnptr = new_type(loader, LD_KIND_FNPTR, error);
            if (!loader->fnptr)
                return NULL;
            loader->fnptr->elem = IMG_ELEMENT_FNPTR;
            loader->fnptr->level = LD_LEVEL_LOADED;
            loader->fnptr->klass->assembly = loader->corlib;
            loader->fnptr->klass->ns = "";
            loader->fnptr->klass->name = "method *";
        }
        return loader->fnptr;
    default:
        ld_fail(error, "%s: element type 0x%02x is not a type", assembly->name, t->kind);
        return NULL;
    }
}

LdMethodTable *ld_type_from_sig(LdAssembly *assembly, const ImgType *type, const LdGenericContext *context,
                                LdError *error) {
    return from_sig(assembly, type, context, 0, error);
}

LdMethodTable *ld_type_from_token(LdAssembly *assembly, uint32_t token, const LdGenericContext *context,
                                  LdError *error) {
    switch (IMG_TOKEN_TABLE(token)) {
    case IMG_TABLE_TYPEDEF: return ld_type_from_typedef(assembly, IMG_TOKEN_RID(token), error);
    case IMG_TABLE_TYPEREF: {
        LdTypeDef found;
        if (!ld_resolve_typeref(assembly, IMG_TOKEN_RID(token), &found, error))
            return NULL;
        return ld_type_from_typedef(found.assembly, found.rid, error);
    }
    case IMG_TABLE_TYPESPEC: {
        const ImgImage *img = assembly->image;
        uint32_t rid = IMG_TOKEN_RID(token);
        if (rid == 0 || rid > img_row_count(img, IMG_TABLE_TYPESPEC)) {
            ld_fail(error, "%s: no TypeSpec row %u", assembly->name, rid);
            return NULL;
        }
        ImgArena arena;
        img_arena_init(&arena);
        ImgType *sig = img_sig_typespec(img_get_blob(img, IMG_TABLE_TYPESPEC, rid, IMG_TYPESPEC_SIGNATURE), &arena);
        LdMethodTable *type = sig ? ld_type_from_sig(assembly, sig, context, error) : NULL;
        if (!sig)
            ld_fail(error, "%s: TypeSpec %u has a malformed signature", assembly->name, rid);
        img_arena_free(&arena);
        return type;
    }
    default:
        ld_fail(error, "%s: token 0x%08x does not name a type", assembly->name, token);
        return NULL;
    }
}

void ld_context_of(const LdMethodTable *type, LdGenericContext *context) {
    context->type_arg_count = type->klass->generic_arg_count;
    context->type_args = type->klass->generic_args;
    context->method_arg_count = 0;
    context->method_args = NULL;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

typedef struct NameBuffer {
    char *text;
    size_t size, used;
} NameBuffer;

static void append(NameBuffer *b, const char *s) {
    while (*s && b->used + 1 < b->size)
        b->text[b->used++] = *s++;
    b->text[b->used] = 0;
}

static void append_name(NameBuffer *b, const LdMethodTable *type, int depth) {
    const LdClass *c = type->klass;
    if (depth > 16) {
        append(b, "...");
        return;
    }
    switch (type->kind) {
    case LD_KIND_SZARRAY: append_name(b, type->element, depth + 1); append(b, "[]"); return;
    case LD_KIND_ARRAY:
        append_name(b, type->element, depth + 1);
        append(b, "[");
        for (uint32_t i = 1; i < type->rank; i++)
            append(b, ",");
        append(b, "]");
        return;
    case LD_KIND_POINTER: append_name(b, type->element, depth + 1); append(b, "*"); return;
    case LD_KIND_BYREF: append_name(b, type->element, depth + 1); append(b, "&"); return;
    default: break;
    }
    if (c->typedef_rid) {
        const ImgImage *img = c->assembly->image;
        uint32_t end;
        uint32_t row = img_find_sorted(img, IMG_TABLE_NESTEDCLASS, IMG_NESTEDCLASS_NESTED, c->typedef_rid, &end);
        uint32_t outer = row ? img_get(img, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_ENCLOSING) : 0;
        if (outer && outer != c->typedef_rid) {
            LdError ignored;
            LdMethodTable *outer_type = ld_type_from_typedef(c->assembly, outer, &ignored);
            if (outer_type) {
                append_name(b, outer_type, depth + 1);
                append(b, "+");
            }
        }
    }
    if (c->ns[0]) {
        append(b, c->ns);
        append(b, ".");
    }
    append(b, c->name);
    if (c->definition) {
        append(b, "<");
        for (uint32_t i = 0; i < c->generic_arg_count; i++) {
            if (i)
                append(b, ",");
            append_name(b, c->generic_args[i], depth + 1);
        }
        append(b, ">");
    }
}

void ld_type_name(const LdMethodTable *type, char *buffer, size_t size) {
    NameBuffer b = {buffer, size, 0};
    if (size)
        buffer[0] = 0;
    append_name(&b, type, 0);
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */
/* ------------------------------------------------------------------ */

static bool remember_failure(LdMethodTable *type, LdError *error) {
    type->level = LD_LEVEL_FAILED;
    type->klass->load_error = ld_strdup(type->klass->assembly->loader, error->message);
    return false;
}

/* Corlib types the loader compares against, found once. */
static bool find_well_known(LdLoader *loader, LdError *error) {
    if (loader->object)
        return true;
    return (loader->object = ld_corlib_type(loader, "System", "Object", error)) &&
           (loader->value_type = ld_corlib_type(loader, "System", "ValueType", error)) &&
           (loader->enum_type = ld_corlib_type(loader, "System", "Enum", error)) &&
           (loader->array = ld_corlib_type(loader, "System", "Array", error)) &&
           (loader->multicast_delegate = ld_corlib_type(loader, "System", "MulticastDelegate", error)) &&
           (loader->nullable = ld_corlib_type(loader, "System", "Nullable`1", error));
}

/* Kind and engine element type follow from the parent and the name. */
static void classify(LdMethodTable *type) {
    LdLoader *loader = type->klass->assembly->loader;
    LdMethodTable *parent = type->parent;
    type->flags |= LD_MT_KIND_KNOWN;
    if (type->kind == LD_KIND_INTERFACE)
        return;
    bool value = parent && (parent == loader->value_type || parent == loader->enum_type) &&
                 type != loader->enum_type;
    if (value) {
        type->kind = LD_KIND_VALUETYPE;
        type->elem = IMG_ELEMENT_VALUETYPE;
    }
    if (parent == loader->enum_type && value)
        type->flags |= LD_MT_ENUM;
    if (parent == loader->multicast_delegate)
        type->flags |= LD_MT_DELEGATE;
    if ((type->klass->definition ? type->klass->definition : type) == loader->nullable) {
        type->flags |= LD_MT_NULLABLE;
        type->element = type->klass->generic_args[0];
    }
    if (type->klass->assembly != loader->corlib || strcmp(type->klass->ns, "System") != 0)
        return;
    static const uint8_t primitives[] = {
        IMG_ELEMENT_BOOLEAN, IMG_ELEMENT_CHAR, IMG_ELEMENT_I1, IMG_ELEMENT_U1, IMG_ELEMENT_I2, IMG_ELEMENT_U2,
        IMG_ELEMENT_I4, IMG_ELEMENT_U4, IMG_ELEMENT_I8, IMG_ELEMENT_U8, IMG_ELEMENT_R4, IMG_ELEMENT_R8,
        IMG_ELEMENT_I, IMG_ELEMENT_U,
    };
    for (size_t i = 0; i < sizeof primitives; i++) {
        if (value && !strcmp(type->klass->name, primitive_name(primitives[i]))) {
            type->elem = primitives[i];
            type->flags |= LD_MT_PRIMITIVE;
        }
    }
    if (!strcmp(type->klass->name, "String")) {
        type->elem = IMG_ELEMENT_STRING;
        type->flags |= LD_MT_STRING;
    } else if (type == loader->object) {
        type->elem = IMG_ELEMENT_OBJECT;
    } else if (value && !strcmp(type->klass->name, "Void")) {
        type->elem = IMG_ELEMENT_VOID;
    } else if (value && !strcmp(type->klass->name, "TypedReference")) {
        type->elem = IMG_ELEMENT_TYPEDBYREF;
    }
}

bool ld_has_attribute(LdAssembly *assembly, uint32_t parent, const char *ns, const char *name) {
    const ImgImage *img = assembly->image;
    uint32_t coded = img_coded_encode(IMG_CODED_HASCUSTOMATTRIBUTE, parent);
    uint32_t end, row = img_find_sorted(img, IMG_TABLE_CUSTOMATTRIBUTE, IMG_CUSTOMATTRIBUTE_PARENT, coded, &end);
    for (; row && row < end; row++) {
        uint32_t ctor = img_get_token(img, IMG_TABLE_CUSTOMATTRIBUTE, row, IMG_CUSTOMATTRIBUTE_TYPE);
        uint32_t type = IMG_TOKEN_TABLE(ctor) == IMG_TABLE_MEMBERREF
                            ? img_get_token(img, IMG_TABLE_MEMBERREF, IMG_TOKEN_RID(ctor), IMG_MEMBERREF_CLASS)
                            : IMG_TOKEN(IMG_TABLE_TYPEDEF, img_list_owner(img, IMG_TABLE_TYPEDEF,
                                                                          IMG_TYPEDEF_METHODLIST, IMG_TOKEN_RID(ctor)));
        const char *n = "", *s = "";
        if (IMG_TOKEN_TABLE(type) == IMG_TABLE_TYPEREF) {
            n = img_get_string(img, IMG_TABLE_TYPEREF, IMG_TOKEN_RID(type), IMG_TYPEREF_NAME);
            s = img_get_string(img, IMG_TABLE_TYPEREF, IMG_TOKEN_RID(type), IMG_TYPEREF_NAMESPACE);
        } else if (IMG_TOKEN_TABLE(type) == IMG_TABLE_TYPEDEF) {
            n = img_get_string(img, IMG_TABLE_TYPEDEF, IMG_TOKEN_RID(type), IMG_TYPEDEF_NAME);
            s = img_get_string(img, IMG_TABLE_TYPEDEF, IMG_TOKEN_RID(type), IMG_TYPEDEF_NAMESPACE);
        }
        if (!strcmp(n, name) && !strcmp(s, ns))
            return true;
    }
    return false;
}

/*
 * Whether a shell is a value type, without loading it: its TypeDef's base
 * type, resolved to a shell, is ValueType or Enum. Field layout needs this
 * to load value-type fields (their size matters) but not reference-type
 * fields, which is what lets two classes refer to each other.
 */
bool ld_shell_kind(LdMethodTable *type, LdError *error) {
    if ((type->flags & LD_MT_KIND_KNOWN) || type->kind != LD_KIND_CLASS || !type->klass->typedef_rid)
        return true;
    LdClass *c = type->klass;
    LdLoader *loader = c->assembly->loader;
    if (!find_well_known(loader, error))
        return false;
    const ImgImage *img = c->assembly->image;
    uint32_t extends = img_get_token(img, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_EXTENDS);
    if (IMG_TOKEN_TABLE(extends) == IMG_TABLE_TYPESPEC) {
        type->flags |= LD_MT_KIND_KNOWN; /* generic bases are classes: value types cannot be derived from */
        return true;
    }
    LdMethodTable *parent = extends ? ld_type_from_token(c->assembly, extends, NULL, error) : NULL;
    if (extends && !parent)
        return false;
    LdMethodTable *saved = type->parent;
    type->parent = parent;
    classify(type);
    type->parent = saved;
    return true;
}

/*
 * T[] also implements IList<T> and its relatives (II.14.3.1 permits it,
 * C# relies on it). Their entries carry no slots: the engine dispatches
 * them to System.Array's InternalArray__ generic methods, as Mono does.
 */
static bool array_interfaces(LdMethodTable *type, LdError *error) {
    static const char *const generic[] = {"IList`1", "ICollection`1", "IEnumerable`1", "IReadOnlyList`1",
                                          "IReadOnlyCollection`1"};
    LdLoader *loader = type->klass->assembly->loader;
    LdMethodTable *array = loader->array;
    bool with_generic = type->kind == LD_KIND_SZARRAY && type->element->kind != LD_KIND_POINTER &&
                        type->element->kind != LD_KIND_FNPTR;
    uint32_t count = array->interface_count + (with_generic ? 5 : 0);
    LdInterfaceEntry *entries = ld_alloc(loader, count * sizeof *entries);
    if (!entries)
        return ld_fail(error, "out of memory");
    memcpy(entries, array->interfaces, array->interface_count * sizeof *entries);
    for (uint32_t i = 0; with_generic && i < 5; i++) {
        LdMethodTable *definition = ld_corlib_type(loader, "System.Collections.Generic", generic[i], error);
        LdMethodTable *interface = definition ? ld_instantiate(definition, 1, &type->element, error) : NULL;
        if (!interface || !ld_type_load(interface, error))
            return false;
        entries[array->interface_count + i] = (LdInterfaceEntry){interface, NULL};
    }
    type->interfaces = entries;
    type->interface_count = count;
    return true;
}

static bool load_array(LdMethodTable *type, LdError *error) {
    LdLoader *loader = type->klass->assembly->loader;
    LdMethodTable *element = type->element;
    if (!ld_type_load(element, error) || !ld_type_load(loader->array, error))
        return false;
    LdMethodTable *array = loader->array;
    type->parent = array;
    type->vtable = array->vtable;
    type->vtable_count = array->vtable_count;
    if (!array_interfaces(type, error))
        return false;
    type->klass->methods = NULL;
    type->base_size = LD_ARRAY_DATA_OFFSET;
    type->component_size = element->value_size;
    /* A rank-n array keeps n (length, lower bound) int32 pairs before its data. */
    if (type->kind == LD_KIND_ARRAY)
        type->base_size += type->rank * 8;
    type->flags |= LD_MT_SEALED | LD_MT_LAYOUT_DONE;
    if (ld_is_reference(element)) {
        static LdGcSeries one_slot = {0, 1};
        type->gc_series = &one_slot;
        type->gc_series_count = 1;
        type->flags |= LD_MT_CONTAINS_REFS;
    } else {
        type->gc_series = element->gc_series;
        type->gc_series_count = element->gc_series_count;
        if (element->flags & LD_MT_CONTAINS_REFS)
            type->flags |= LD_MT_CONTAINS_REFS;
    }
    type->level = LD_LEVEL_LOADED;
    return true;
}

static bool load_typedef(LdMethodTable *type, LdError *error) {
    LdClass *c = type->klass;
    LdLoader *loader = c->assembly->loader;
    const ImgImage *img = c->assembly->image;
    if (!find_well_known(loader, error))
        return false;
    LdGenericContext context;
    ld_context_of(type, &context);
    uint32_t flags = img_get(img, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_FLAGS);
    if (flags & 0x80)
        type->flags |= LD_MT_ABSTRACT;
    if (flags & 0x100)
        type->flags |= LD_MT_SEALED;
    if (flags & 0x100000)
        type->flags |= LD_MT_BEFOREFIELDINIT;
    uint32_t extends = img_get_token(img, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_EXTENDS);
    if (extends) {
        type->parent = ld_type_from_token(c->assembly, extends, &context, error);
        if (!type->parent || !ld_type_load(type->parent, error))
            return false;
        if (type->parent->kind != LD_KIND_CLASS) {
            char name[256];
            ld_type_name(type->parent, name, sizeof name);
            return ld_fail(error, "cannot derive from %s", name);
        }
    } else if (type->kind != LD_KIND_INTERFACE && type != loader->object &&
               strcmp(c->name, "<Module>") != 0) {
        /* Only Object and the module's global type stand alone. */
        return ld_fail(error, "a class other than System.Object has no base type");
    }
    classify(type);
    if (type->kind == LD_KIND_VALUETYPE &&
        ld_has_attribute(c->assembly, IMG_TOKEN(IMG_TABLE_TYPEDEF, c->typedef_rid), "System.Runtime.CompilerServices",
                         "IsByRefLikeAttribute"))
        type->flags |= LD_MT_BYREF_LIKE;
    if (!ld_layout_fields(type, &context, error) || !ld_build_methods(type, &context, error))
        return false;
    /* An enum's one instance field is its value (II.14.3). */
    if ((type->flags & LD_MT_ENUM) && !type->element)
        return ld_fail(error, "enum %s has no instance field", c->name);
    if (type->flags & LD_MT_ENUM)
        type->elem = type->element->elem;
    type->level = LD_LEVEL_LOADED;
    return true;
}

bool ld_type_load(LdMethodTable *type, LdError *error) {
    switch (type->level) {
    case LD_LEVEL_LOADED: return true;
    case LD_LEVEL_FAILED: return ld_fail(error, "%s", type->klass->load_error);
    case LD_LEVEL_LOADING: {
        char name[256];
        ld_type_name(type, name, sizeof name);
        return ld_fail(error, "%s contains itself (a value type cannot hold itself, directly or through its fields)",
                       name);
    }
    default: break;
    }
    if (type->flags & (LD_MT_OPEN)) {
        char name[256];
        ld_type_name(type, name, sizeof name);
        return ld_fail(error, "%s is open: only instantiations over closed types can be loaded", name);
    }
    type->level = LD_LEVEL_LOADING;
    bool ok;
    switch (type->kind) {
    case LD_KIND_SZARRAY:
    case LD_KIND_ARRAY: ok = load_array(type, error); break;
    case LD_KIND_CLASS:
    case LD_KIND_VALUETYPE:
    case LD_KIND_INTERFACE: ok = load_typedef(type, error); break;
    default: type->level = LD_LEVEL_LOADED; ok = true; break;
    }
    if (!ok) {
        char name[256];
        ld_type_name(type, name, sizeof name);
        if (!strstr(error->message, name)) {
            char inner[sizeof error->message];
            snprintf(inner, sizeof inner, "%s", error->message);
            ld_fail(error, "%s: %s", name, inner);
        }
        return remember_failure(type, error);
    }
    return true;
}

void ld_visit(LdLoader *loader, void (*type_fn)(LdMethodTable *type, void *context),
              void (*method_fn)(LdMethod *method, void *context), void *context) {
    for (uint32_t a = 0; a < loader->assembly_count; a++) {
        LdAssembly *assembly = loader->assemblies[a];
        for (uint32_t rid = 1; rid <= img_row_count(assembly->image, IMG_TABLE_TYPEDEF); rid++)
            if (assembly->typedefs[rid])
                type_fn(assembly->typedefs[rid], context);
    }
    for (uint32_t i = 0; loader->instantiations.slots && i <= loader->instantiations.mask; i++)
        if (loader->instantiations.slots[i])
            type_fn(loader->instantiations.slots[i], context);
    for (uint32_t i = 0; loader->method_instantiations.slots && i <= loader->method_instantiations.mask; i++)
        if (loader->method_instantiations.slots[i])
            method_fn(loader->method_instantiations.slots[i], context);
}
