/*
 * methods.c - a type's methods, its vtable and its interface map.
 *
 * Virtual dispatch (II.10.3): a type starts with its parent's vtable. A
 * virtual method marked newslot takes a new slot; one that is not reuses
 * the slot of the parent's virtual method with the same name and
 * signature. MethodImpl rows then place bodies in slots by name-blind
 * decree (explicit overrides and interface implementations).
 *
 * Interfaces: for each interface a type implements, the map records the
 * vtable slot that answers each interface method, found by MethodImpl,
 * then by name and signature among the type's public virtual methods, then
 * the interface's own default body. Recording slots instead of methods
 * lets a subclass that overrides the method answer for the interface too,
 * without rebuilding the map.
 *
 * Signatures are compared as resolved types, so `Equals(!0)` in
 * IEquatable<Foo> matches `Equals(Foo)` in Foo.
 */
#include <stdlib.h>
#include <string.h>

#include "loader/internal.h"

#define METHOD_VIRTUAL 0x0040u
#define METHOD_NEWSLOT 0x0100u
#define METHOD_ABSTRACT 0x0400u
#define METHOD_STATIC 0x0010u
#define METHOD_ACCESS_MASK 0x0007u
#define METHOD_PUBLIC 0x0006u
#define METHOD_IMPL_SYNCHRONIZED 0x0020u

/* ------------------------------------------------------------------ */
/* Signature comparison                                               */
/* ------------------------------------------------------------------ */

typedef struct ResolvedSig {
    uint8_t flags;
    uint32_t generic_params;
    uint32_t count;
    LdMethodTable *ret;
    LdMethodTable **params;
} ResolvedSig;

static bool resolve_sig(LdAssembly *assembly, ImgBlob blob, const LdGenericContext *context, ResolvedSig *out,
                        LdError *error) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(blob, &arena);
    bool ok = sig != NULL;
    if (!ok)
        ld_fail(error, "%s: malformed method signature", assembly->name);
    out->params = NULL;
    if (ok) {
        out->flags = sig->flags;
        out->generic_params = sig->generic_param_count;
        /* A vararg call site lists its extra arguments after the sentinel;
         * the method it calls declares only those before. */
        out->count = sig->sentinel >= 0 ? (uint32_t)sig->sentinel : sig->param_count;
        out->ret = ld_type_from_sig(assembly, sig->ret, context, error);
        out->params = sig->param_count ? malloc(sig->param_count * sizeof *out->params) : NULL;
        ok = out->ret && (!sig->param_count || out->params);
        for (uint32_t i = 0; ok && i < out->count; i++)
            ok = (out->params[i] = ld_type_from_sig(assembly, sig->params[i], context, error)) != NULL;
    }
    img_arena_free(&arena);
    if (!ok) {
        free(out->params);
        out->params = NULL;
    }
    return ok;
}

static bool same_sig(const ResolvedSig *a, const ResolvedSig *b) {
    return a->flags == b->flags && a->generic_params == b->generic_params && a->count == b->count &&
           a->ret == b->ret && (!a->count || !memcmp(a->params, b->params, a->count * sizeof *a->params));
}

/* Whether method m (read in its owner's context) has the name and the
 * resolved signature `want`. */
static bool method_matches(LdMethod *m, const char *name, const ResolvedSig *want, LdError *error, bool *failed) {
    if (strcmp(m->name, name) != 0)
        return false;
    LdGenericContext context;
    ld_context_of(m->owner, &context);
    ResolvedSig have;
    if (!resolve_sig(m->owner->klass->assembly, m->signature, &context, &have, error)) {
        *failed = true;
        return false;
    }
    bool same = same_sig(&have, want);
    free(have.params);
    return same;
}

/* ------------------------------------------------------------------ */
/* Methods                                                            */
/* ------------------------------------------------------------------ */

static bool create_methods(LdMethodTable *type, LdError *error) {
    LdClass *c = type->klass;
    const ImgImage *img = c->assembly->image;
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_TYPEDEF, c->typedef_rid, IMG_TYPEDEF_METHODLIST, &first, &end);
    c->method_count = end - first;
    c->methods = c->method_count ? ld_alloc(c->assembly->loader, c->method_count * sizeof *c->methods) : NULL;
    if (c->method_count && !c->methods)
        return ld_fail(error, "out of memory");
    for (uint32_t i = 0; i < c->method_count; i++) {
        LdMethod *m = &c->methods[i];
        m->rid = img_list_member(img, IMG_TABLE_METHODDEF, first + i);
        m->owner = type;
        m->name = img_get_string(img, IMG_TABLE_METHODDEF, m->rid, IMG_METHODDEF_NAME);
        m->flags = (uint16_t)img_get(img, IMG_TABLE_METHODDEF, m->rid, IMG_METHODDEF_FLAGS);
        m->impl_flags = (uint16_t)img_get(img, IMG_TABLE_METHODDEF, m->rid, IMG_METHODDEF_IMPLFLAGS);
        m->rva = img_get(img, IMG_TABLE_METHODDEF, m->rid, IMG_METHODDEF_RVA);
        m->signature = img_get_blob(img, IMG_TABLE_METHODDEF, m->rid, IMG_METHODDEF_SIGNATURE);
        m->slot = LD_SLOT_NONE;
        /* A value has no monitor to take (II.23.1.11, as mono refuses it). */
        if ((m->impl_flags & METHOD_IMPL_SYNCHRONIZED) && type->kind == LD_KIND_VALUETYPE)
            return ld_fail(error, "%s::%s: a value type's method cannot be synchronized", c->name, m->name);
        if (m->signature.size && (m->signature.data[0] & IMG_SIG_GENERIC)) {
            ImgCursor cursor = img_cursor(m->signature);
            img_read_u8(&cursor);
            m->generic_param_count = img_read_compressed(&cursor);
        }
        if (!strcmp(m->name, ".cctor") && (m->flags & METHOD_STATIC))
            type->flags |= LD_MT_HAS_CCTOR;
    }
    return true;
}

/* A method of a loaded type by name and signature, the signature read in
 * `sig_assembly` under the owner's generic context (a MemberRef's !0
 * means the owner's first type argument). */
/* A MemberRef to a generic instantiation's method carries the method's
 * declared signature, where !0 is still the parameter: A<string> may have
 * both this[T] and this[string], which the instantiated signatures cannot
 * tell apart. So the owner's own methods are first compared that way, in
 * the definition's context. NULL when none matches. */
static LdMethod *find_declared(LdMethodTable *owner, const char *name, LdAssembly *sig_assembly, ImgBlob signature) {
    LdGenericContext open;
    ld_context_of(owner->klass->definition, &open);
    LdError error;
    ResolvedSig want;
    if (!resolve_sig(sig_assembly, signature, &open, &want, &error))
        return NULL;
    LdMethod *found = NULL;
    for (uint32_t i = 0; i < owner->klass->method_count && !found; i++) {
        LdMethod *m = &owner->klass->methods[i];
        ResolvedSig have;
        if (strcmp(m->name, name) != 0 || !resolve_sig(m->owner->klass->assembly, m->signature, &open, &have, &error))
            continue;
        if (same_sig(&have, &want))
            found = m;
        free(have.params);
    }
    free(want.params);
    return found;
}

LdMethod *ld_find_method(LdMethodTable *owner, const char *name, LdAssembly *sig_assembly, ImgBlob signature,
                         LdError *error) {
    if (!ld_type_load(owner, error))
        return NULL;
    if (owner->klass->definition && owner->klass->generic_arg_count) {
        LdMethod *declared = find_declared(owner, name, sig_assembly, signature);
        if (declared)
            return declared;
    }
    LdGenericContext context;
    ld_context_of(owner, &context);
    ResolvedSig want;
    if (!resolve_sig(sig_assembly, signature, &context, &want, error))
        return NULL;
    bool failed = false;
    LdMethod *found = NULL;
    for (LdMethodTable *t = owner; t && !found && !failed; t = t->parent)
        for (uint32_t i = 0; i < t->klass->method_count && !found && !failed; i++)
            if (method_matches(&t->klass->methods[i], name, &want, error, &failed))
                found = &t->klass->methods[i];
    free(want.params);
    if (!found && !failed) {
        char type_name[256];
        ld_type_name(owner, type_name, sizeof type_name);
        ld_fail(error, "method %s::%s not found", type_name, name);
    }
    return found;
}

/* The method a MethodDef or MemberRef token names, as a MethodImpl
 * declaration does. */
static LdMethod *method_from_token(LdMethodTable *type, uint32_t token, const LdGenericContext *context,
                                   LdError *error) {
    LdAssembly *assembly = type->klass->assembly;
    const ImgImage *img = assembly->image;
    uint32_t rid = IMG_TOKEN_RID(token);
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_METHODDEF) {
        uint32_t owner_rid = img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, rid);
        /* Usually the type being built, whose methods already exist. */
        LdMethodTable *owner = owner_rid == type->klass->typedef_rid ? type
                               : owner_rid ? ld_type_from_typedef(assembly, owner_rid, error) : NULL;
        if (!owner) {
            ld_fail(error, "MethodDef %u has no type", rid);
            return NULL;
        }
        if (owner != type && !ld_type_load(owner, error))
            return NULL;
        for (uint32_t i = 0; i < owner->klass->method_count; i++)
            if (owner->klass->methods[i].rid == rid)
                return &owner->klass->methods[i];
        ld_fail(error, "MethodDef %u not found in its type", rid);
        return NULL;
    }
    if (IMG_TOKEN_TABLE(token) != IMG_TABLE_MEMBERREF) {
        ld_fail(error, "token 0x%08x does not name a method", token);
        return NULL;
    }
    uint32_t parent = img_get_token(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_CLASS);
    LdMethodTable *owner = ld_type_from_token(assembly, parent, context, error);
    if (!owner)
        return NULL;
    return ld_find_method(owner, img_get_string(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_NAME), assembly,
                          img_get_blob(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_SIGNATURE), error);
}

/* ------------------------------------------------------------------ */
/* The vtable                                                         */
/* ------------------------------------------------------------------ */

static bool build_vtable(LdMethodTable *type, LdError *error) {
    LdClass *c = type->klass;
    LdMethodTable *parent = type->parent;
    uint32_t inherited = parent && type->kind != LD_KIND_INTERFACE ? parent->vtable_count : 0;
    uint32_t capacity = inherited + c->method_count;
    LdMethod **vtable = capacity ? ld_alloc(c->assembly->loader, capacity * sizeof *vtable) : NULL;
    if (capacity && !vtable)
        return ld_fail(error, "out of memory");
    if (inherited)
        memcpy(vtable, parent->vtable, inherited * sizeof *vtable);
    uint32_t count = inherited;
    LdGenericContext context;
    ld_context_of(type, &context);
    for (uint32_t i = 0; i < c->method_count; i++) {
        LdMethod *m = &c->methods[i];
        if (!(m->flags & METHOD_VIRTUAL))
            continue;
        uint32_t slot = LD_SLOT_NONE;
        if (!(m->flags & METHOD_NEWSLOT) && inherited) {
            ResolvedSig want;
            if (!resolve_sig(c->assembly, m->signature, &context, &want, error))
                return false;
            bool failed = false;
            for (uint32_t s = inherited; s-- > 0 && slot == LD_SLOT_NONE;)
                if (method_matches(vtable[s], m->name, &want, error, &failed))
                    slot = s;
            free(want.params);
            if (failed)
                return false;
        }
        if (slot == LD_SLOT_NONE)
            slot = count++;
        m->slot = slot;
        vtable[slot] = m;
    }
    type->vtable = vtable;
    type->vtable_count = count;
    return true;
}

/* ------------------------------------------------------------------ */
/* Interfaces                                                         */
/* ------------------------------------------------------------------ */

typedef struct InterfaceList {
    LdInterfaceEntry *entries;
    uint32_t count, capacity;
} InterfaceList;

static int find_interface(const InterfaceList *list, const LdMethodTable *interface) {
    for (uint32_t i = 0; i < list->count; i++)
        if (list->entries[i].interface == interface)
            return (int)i;
    return -1;
}

static bool add_interface(InterfaceList *list, LdMethodTable *interface, uint32_t *slots) {
    if (find_interface(list, interface) >= 0)
        return true;
    if (list->count == list->capacity) {
        uint32_t capacity = list->capacity ? list->capacity * 2 : 8;
        LdInterfaceEntry *grown = realloc(list->entries, capacity * sizeof *grown);
        if (!grown)
            return false;
        list->entries = grown;
        list->capacity = capacity;
    }
    list->entries[list->count++] = (LdInterfaceEntry){interface, slots};
    return true;
}

/* The interfaces a type names in InterfaceImpl, loaded, each followed by
 * the interfaces it extends. */
static bool declared_interfaces(LdMethodTable *type, const LdGenericContext *context, InterfaceList *out,
                                LdError *error) {
    LdClass *c = type->klass;
    const ImgImage *img = c->assembly->image;
    uint32_t end, row = img_find_sorted(img, IMG_TABLE_INTERFACEIMPL, IMG_INTERFACEIMPL_CLASS, c->typedef_rid, &end);
    for (; row && row < end; row++) {
        uint32_t token = img_get_token(img, IMG_TABLE_INTERFACEIMPL, row, IMG_INTERFACEIMPL_INTERFACE);
        LdMethodTable *interface = ld_type_from_token(c->assembly, token, context, error);
        if (!interface || !ld_type_load(interface, error))
            return false;
        if (interface->kind != LD_KIND_INTERFACE) {
            char name[256];
            ld_type_name(interface, name, sizeof name);
            return ld_fail(error, "implements %s, which is not an interface", name);
        }
        if (!add_interface(out, interface, NULL))
            return ld_fail(error, "out of memory");
        for (uint32_t i = 0; i < interface->interface_count; i++)
            if (!add_interface(out, interface->interfaces[i].interface, NULL))
                return ld_fail(error, "out of memory");
    }
    return true;
}

/* Explicit implementations (MethodImpl) of this type: body and declaration. */
typedef struct Override {
    LdMethod *body;
    LdMethod *declaration;
} Override;

static bool method_impls(LdMethodTable *type, const LdGenericContext *context, Override **out, uint32_t *count,
                         LdError *error) {
    LdClass *c = type->klass;
    const ImgImage *img = c->assembly->image;
    uint32_t end, row = img_find_sorted(img, IMG_TABLE_METHODIMPL, IMG_METHODIMPL_CLASS, c->typedef_rid, &end);
    *out = NULL;
    *count = 0;
    if (!row)
        return true;
    *out = calloc(end - row, sizeof **out);
    if (!*out)
        return ld_fail(error, "out of memory");
    for (; row < end; row++) {
        LdMethod *body = method_from_token(type, img_get_token(img, IMG_TABLE_METHODIMPL, row, IMG_METHODIMPL_BODY),
                                           context, error);
        if (!body)
            return false;
        LdMethod *declaration = method_from_token(
            type, img_get_token(img, IMG_TABLE_METHODIMPL, row, IMG_METHODIMPL_DECLARATION), context, error);
        if (!declaration)
            return false;
        if (body->slot == LD_SLOT_NONE)
            return ld_fail(error, "MethodImpl body %s is not virtual", body->name);
        (*out)[(*count)++] = (Override){body, declaration};
    }
    return true;
}

/* The vtable slot answering interface method im in this type. */
static bool implementation_slot(LdMethodTable *type, LdMethod *im, const Override *overrides, uint32_t override_count,
                                uint32_t inherited_slot, uint32_t *slot, LdError *error) {
    for (uint32_t i = 0; i < override_count; i++)
        if (overrides[i].declaration == im) {
            *slot = overrides[i].body->slot;
            return true;
        }
    LdGenericContext context;
    ld_context_of(im->owner, &context);
    ResolvedSig want;
    if (!resolve_sig(im->owner->klass->assembly, im->signature, &context, &want, error))
        return false;
    bool failed = false;
    *slot = LD_SLOT_NONE;
    for (uint32_t s = type->vtable_count; s-- > 0 && *slot == LD_SLOT_NONE && !failed;) {
        LdMethod *m = type->vtable[s];
        if ((m->flags & METHOD_ACCESS_MASK) == METHOD_PUBLIC && method_matches(m, im->name, &want, error, &failed))
            *slot = s;
    }
    free(want.params);
    if (failed)
        return false;
    if (*slot == LD_SLOT_NONE)
        *slot = inherited_slot;
    if (*slot == LD_SLOT_NONE && !(im->flags & METHOD_ABSTRACT))
        *slot = LD_SLOT_INTERFACE_DEFAULT;
    if (*slot == LD_SLOT_NONE && !(type->flags & LD_MT_ABSTRACT)) {
        char interface_name[256];
        ld_type_name(im->owner, interface_name, sizeof interface_name);
        return ld_fail(error, "does not implement %s::%s", interface_name, im->name);
    }
    return true;
}

static bool build_interface_map(LdMethodTable *type, const LdGenericContext *context, LdError *error) {
    LdLoader *loader = type->klass->assembly->loader;
    InterfaceList list = {0};
    InterfaceList declared = {0};
    Override *overrides = NULL;
    uint32_t override_count = 0;
    bool ok = declared_interfaces(type, context, &declared, error);
    if (ok && type->kind == LD_KIND_INTERFACE) {
        /* An interface's map is just what it extends; it has no slots to fill. */
        for (uint32_t i = 0; ok && i < declared.count; i++)
            ok = add_interface(&list, declared.entries[i].interface, NULL) || ld_fail(error, "out of memory");
    } else if (ok) {
        ok = method_impls(type, context, &overrides, &override_count, error);
        /* Class overrides by MethodImpl put the body in the declaration's slot. */
        for (uint32_t i = 0; ok && i < override_count; i++)
            if (overrides[i].declaration->owner->kind != LD_KIND_INTERFACE && overrides[i].declaration->slot < type->vtable_count)
                type->vtable[overrides[i].declaration->slot] = overrides[i].body;
        LdMethodTable *parent = type->parent;
        for (uint32_t i = 0; ok && parent && i < parent->interface_count; i++)
            ok = add_interface(&list, parent->interfaces[i].interface, parent->interfaces[i].slots) ||
                 ld_fail(error, "out of memory");
        for (uint32_t i = 0; ok && i < declared.count; i++) {
            LdMethodTable *interface = declared.entries[i].interface;
            int existing = find_interface(&list, interface);
            uint32_t *inherited = existing >= 0 ? list.entries[existing].slots : NULL;
            uint32_t *slots = interface->vtable_count
                                  ? ld_alloc(loader, interface->vtable_count * sizeof *slots) : NULL;
            if (interface->vtable_count && !slots) {
                ok = ld_fail(error, "out of memory");
                break;
            }
            for (uint32_t k = 0; ok && k < interface->vtable_count; k++)
                ok = implementation_slot(type, interface->vtable[k], overrides, override_count,
                                         inherited ? inherited[k] : LD_SLOT_NONE, &slots[k], error);
            if (!ok)
                break;
            if (existing >= 0)
                list.entries[existing].slots = slots; /* re-implemented here */
            else
                ok = add_interface(&list, interface, slots) || ld_fail(error, "out of memory");
        }
    }
    if (ok && list.count) {
        type->interfaces = ld_alloc(loader, list.count * sizeof *type->interfaces);
        if (type->interfaces) {
            memcpy(type->interfaces, list.entries, list.count * sizeof *type->interfaces);
            type->interface_count = list.count;
        } else {
            ok = ld_fail(error, "out of memory");
        }
    }
    free(list.entries);
    free(declared.entries);
    free(overrides);
    return ok;
}

/* Whether "Namespace.Name" is one of the comma-separated names. */
static bool named_in(const char *names, const LdClass *klass) {
    size_t ns_length = klass->ns ? strlen(klass->ns) : 0, name_length = strlen(klass->name);
    for (const char *p = names; p && *p;) {
        size_t length = strcspn(p, ",");
        bool match = ns_length ? length == ns_length + 1 + name_length && !strncmp(p, klass->ns, ns_length) &&
                                     p[ns_length] == '.' && !strncmp(p + ns_length + 1, klass->name, name_length)
                               : length == name_length && !strncmp(p, klass->name, name_length);
        if (match)
            return true;
        p += length + (p[length] == ',');
    }
    return false;
}

bool ld_build_methods(LdMethodTable *type, const LdGenericContext *context, LdError *error) {
    LdLoader *loader = type->klass->assembly->loader;
    if (!create_methods(type, error) || !build_vtable(type, error) || !build_interface_map(type, context, error))
        return false;
    if (type == loader->object) {
        for (uint32_t s = 0; s < type->vtable_count; s++)
            if (!strcmp(type->vtable[s]->name, "Finalize"))
                loader->finalize_slot = s;
    } else if (type->kind == LD_KIND_CLASS && loader->finalize_slot < type->vtable_count &&
               type->vtable[loader->finalize_slot]->owner != loader->object) {
        type->flags |= LD_MT_HAS_FINALIZER;
    }
    if ((type->parent && (type->parent->flags & LD_MT_CRITICAL_FINALIZER)) ||
        (type->klass->ns && !strcmp(type->klass->ns, "System.Runtime.ConstrainedExecution") &&
         !strcmp(type->klass->name, "CriticalFinalizerObject")))
        type->flags |= LD_MT_CRITICAL_FINALIZER;
    if (type->kind == LD_KIND_CLASS && named_in(loader->pinned_types, type->klass))
        type->flags |= LD_MT_ALLOC_PINNED;
    return true;
}

/* ------------------------------------------------------------------ */
/* Generic method instantiations                                      */
/* ------------------------------------------------------------------ */

void ld_method_context(const LdMethod *method, LdGenericContext *context) {
    ld_context_of(method->owner, context);
    context->method_arg_count = method->method_arg_count;
    context->method_args = method->method_args;
}

LdMethodTable **ld_method_generic_params(LdMethod *definition, LdError *error) {
    if (definition->generic_params || !definition->generic_param_count || definition->generic_definition)
        return definition->generic_params;
    LdLoader *loader = definition->owner->klass->assembly->loader;
    LdMethodTable **params = ld_alloc(loader, definition->generic_param_count * sizeof *params);
    if (!params) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    for (uint32_t i = 0; i < definition->generic_param_count; i++)
        if (!(params[i] = ld_owned_generic_param(definition->owner, definition, i, error)))
            return NULL;
    return definition->generic_params = params;
}

bool ld_method_reflection_context(LdMethod *method, LdGenericContext *context, LdError *error) {
    ld_method_context(method, context);
    if (method->generic_definition || !method->generic_param_count)
        return true;
    context->method_args = ld_method_generic_params(method, error);
    context->method_arg_count = method->generic_param_count;
    return context->method_args != NULL;
}

LdMethodTable **ld_generic_param_constraints(LdMethodTable *type, LdError *error) {
    static LdMethodTable *none[1];
    LdGenericParam *param = type->klass->generic_param;
    if (!param || !param->row)
        return none;
    if (param->constraints)
        return param->constraints;
    LdAssembly *assembly = param->owner_type->klass->assembly;
    const ImgImage *img = assembly->image;
    LdGenericContext context;
    if (param->owner_method) {
        if (!ld_method_reflection_context(param->owner_method, &context, error))
            return NULL;
    } else {
        ld_context_of(param->owner_type, &context);
    }
    uint32_t end, first = img_find_sorted(img, IMG_TABLE_GENERICPARAMCONSTRAINT, IMG_GENERICPARAMCONSTRAINT_OWNER,
                                          param->row, &end);
    uint32_t count = first ? end - first : 0;
    LdMethodTable **constraints = ld_alloc(assembly->loader, (count + 1) * sizeof *constraints);
    if (!constraints) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    for (uint32_t i = 0; i < count; i++) {
        uint32_t coded = img_get(img, IMG_TABLE_GENERICPARAMCONSTRAINT, first + i, IMG_GENERICPARAMCONSTRAINT_CONSTRAINT);
        if (!(constraints[i] = ld_type_from_token(assembly, img_coded_decode(IMG_CODED_TYPEDEFORREF, coded), &context,
                                                  error)))
            return NULL;
    }
    return param->constraints = constraints;
}

static uint32_t method_hash(const LdMethod *definition, uint32_t count, LdMethodTable *const *args) {
    uint64_t h = (uintptr_t)definition * 0x9E3779B97F4A7C15ull;
    for (uint32_t i = 0; i < count; i++)
        h = (h ^ (uintptr_t)args[i]) * 0x100000001B3ull;
    return (uint32_t)(h ^ (h >> 32));
}

/* Arguments a generic method may not be instantiated over. */
static bool check_method_args(LdMethod *definition, uint32_t count, LdMethodTable **args, LdError *error) {
    if (count != definition->generic_param_count || definition->generic_definition)
        return ld_fail(error, "%s takes %u generic arguments, not %u", definition->name,
                       definition->generic_param_count, count);
    for (uint32_t i = 0; i < count; i++)
        if (args[i]->kind == LD_KIND_BYREF || args[i]->kind == LD_KIND_POINTER || (args[i]->flags & LD_MT_BYREF_LIKE))
            return ld_fail(error, "%s cannot be a generic argument", args[i]->klass->name);
    return true;
}

static bool grow_method_table(LdLoader *loader) {
    __typeof__(loader->method_instantiations) *table = &loader->method_instantiations;
    uint32_t capacity = table->slots ? (table->mask + 1) * 2 : 64;
    LdMethod **grown = calloc(capacity, sizeof *grown);
    if (!grown)
        return false;
    for (uint32_t i = 0; table->slots && i <= table->mask; i++) {
        LdMethod *m = table->slots[i];
        if (!m)
            continue;
        uint32_t at = method_hash(m->generic_definition, m->method_arg_count, m->method_args) & (capacity - 1);
        while (grown[at])
            at = (at + 1) & (capacity - 1);
        grown[at] = m;
    }
    free(table->slots);
    table->slots = grown;
    table->mask = capacity - 1;
    return true;
}

LdMethod *ld_method_instantiate(LdMethod *definition, uint32_t count, LdMethodTable **args, LdError *error) {
    LdLoader *loader = definition->owner->klass->assembly->loader;
    if (!check_method_args(definition, count, args, error))
        return NULL;
    __typeof__(loader->method_instantiations) *table = &loader->method_instantiations;
    uint32_t h = method_hash(definition, count, args);
    for (uint32_t slot = table->slots ? h & table->mask : 0; table->slots; slot = (slot + 1) & table->mask) {
        LdMethod *m = table->slots[slot];
        if (!m)
            break;
        if (m->generic_definition == definition && !memcmp(m->method_args, args, count * sizeof *args))
            return m;
    }
    if ((table->count + 1) * 2 > (table->slots ? table->mask + 1 : 0) && !grow_method_table(loader)) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    LdMethod *m = ld_alloc(loader, sizeof *m);
    LdMethodTable **copy = m ? ld_alloc(loader, count * sizeof *copy) : NULL;
    if (!copy) {
        ld_fail(error, "out of memory");
        return NULL;
    }
    *m = *definition;
    memcpy(copy, args, count * sizeof *copy);
    m->engine = NULL;
    m->generic_definition = definition;
    m->method_arg_count = count;
    m->method_args = copy;
    m->generic_params = NULL;
    uint32_t slot = h & table->mask;
    while (table->slots[slot])
        slot = (slot + 1) & table->mask;
    table->slots[slot] = m;
    table->count++;
    return m;
}
