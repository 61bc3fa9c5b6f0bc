/*
 * type_name.c - the names of types as reflection prints them, exactly as
 * mono does: Type.Name, Namespace, FullName, ToString and
 * AssemblyQualifiedName (RuntimeType.getFullName's three formats), for
 * nested, generic, array, pointer and byref types.
 *
 * The three formats differ only in generic arguments: ToString writes
 * List`1[System.Int32] and a definition's parameters (List`1[T]);
 * FullName writes each argument assembly-qualified in brackets and leaves
 * a definition bare; AssemblyQualifiedName is FullName plus the assembly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "icall/internal.h"

typedef enum NameFormat { NAME_REFLECTION, NAME_FULL, NAME_ASSEMBLY_QUALIFIED } NameFormat;

typedef struct Text {
    char *chars;
    size_t length, capacity;
    bool failed;
} Text;

static void put(Text *t, const char *s, size_t n) {
    if (t->failed)
        return;
    if (t->length + n + 1 > t->capacity) {
        size_t capacity = (t->length + n + 1) * 2;
        char *grown = realloc(t->chars, capacity);
        if (!grown) {
            t->failed = true;
            return;
        }
        t->chars = grown;
        t->capacity = capacity;
    }
    memcpy(t->chars + t->length, s, n);
    t->length += n;
    t->chars[t->length] = 0;
}

static void puts_(Text *t, const char *s) {
    put(t, s, strlen(s));
}

/* Reflection's special characters are escaped in names. */
static void put_escaped(Text *t, const char *s) {
    for (; *s; s++) {
        if (strchr(",+*&[]\\", *s))
            put(t, "\\", 1);
        put(t, s, 1);
    }
}

static uint32_t typedef_of(const LdMethodTable *type) {
    return type->klass->typedef_rid ? type->klass->typedef_rid
           : type->klass->definition ? type->klass->definition->klass->typedef_rid
                                     : 0;
}

/* The type a nested type is declared in (its definition), or NULL. */
LdMethodTable *icall_enclosing_type(const LdMethodTable *type) {
    uint32_t rid = typedef_of(type);
    if (!rid || type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY || type->kind == LD_KIND_POINTER ||
        type->kind == LD_KIND_BYREF)
        return NULL;
    LdAssembly *assembly = type->klass->assembly;
    uint32_t end, row = img_find_sorted(assembly->image, IMG_TABLE_NESTEDCLASS, IMG_NESTEDCLASS_NESTED, rid, &end);
    if (!row)
        return NULL;
    LdError error;
    return ld_type_from_typedef(assembly,
                                img_get(assembly->image, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_ENCLOSING),
                                &error);
}

/* The name of a definition's generic parameter `index` (GenericParam row). */
static const char *generic_param_name(const LdMethodTable *definition, uint32_t index) {
    const ImgImage *img = definition->klass->assembly->image;
    uint32_t owner = img_coded_encode(IMG_CODED_TYPEORMETHODDEF, 0x02000000u | definition->klass->typedef_rid);
    uint32_t rows = img_row_count(img, IMG_TABLE_GENERICPARAM);
    for (uint32_t row = 1; row <= rows; row++)
        if (img_get(img, IMG_TABLE_GENERICPARAM, row, IMG_GENERICPARAM_OWNER) == owner &&
            img_get(img, IMG_TABLE_GENERICPARAM, row, IMG_GENERICPARAM_NUMBER) == index)
            return img_get_string(img, IMG_TABLE_GENERICPARAM, row, IMG_GENERICPARAM_NAME);
    return NULL;
}

static void put_assembly(Text *t, const LdMethodTable *type) {
    char name[512];
    icall_assembly_display_name(type->klass->assembly, name, sizeof name);
    puts_(t, ", ");
    puts_(t, name);
}

static void write_name(Text *t, const LdMethodTable *type, bool recursed, NameFormat format) {
    NameFormat inner = format == NAME_ASSEMBLY_QUALIFIED ? NAME_FULL : format;
    switch (type->kind) {
    case LD_KIND_SZARRAY:
    case LD_KIND_ARRAY:
        write_name(t, type->element, false, inner);
        if (type->kind == LD_KIND_SZARRAY) {
            puts_(t, "[]");
        } else {
            puts_(t, "[");
            if (type->rank == 1)
                puts_(t, "*");
            for (uint32_t i = 1; i < type->rank; i++)
                puts_(t, ",");
            puts_(t, "]");
        }
        if (format == NAME_ASSEMBLY_QUALIFIED)
            put_assembly(t, type->element);
        return;
    case LD_KIND_POINTER:
    case LD_KIND_BYREF:
        write_name(t, type->element, false, inner);
        puts_(t, type->kind == LD_KIND_POINTER ? "*" : "&");
        if (format == NAME_ASSEMBLY_QUALIFIED && type->kind == LD_KIND_POINTER)
            put_assembly(t, type->element);
        return;
    case LD_KIND_VAR:
    case LD_KIND_MVAR:
        puts_(t, type->klass->name);
        return;
    default:
        break;
    }
    const LdMethodTable *enclosing = icall_enclosing_type(type);
    if (enclosing) {
        write_name(t, enclosing, true, format);
        puts_(t, "+");
    } else if (type->klass->ns[0]) {
        put_escaped(t, type->klass->ns);
        puts_(t, ".");
    }
    put_escaped(t, type->klass->name);
    if (recursed)
        return;
    bool instance = type->klass->definition && type->klass->generic_arg_count;
    if (instance) {
        NameFormat argument_format = format == NAME_FULL ? NAME_ASSEMBLY_QUALIFIED : format;
        puts_(t, "[");
        for (uint32_t i = 0; i < type->klass->generic_arg_count; i++) {
            const LdMethodTable *argument = type->klass->generic_args[i];
            bool bracket = argument_format == NAME_ASSEMBLY_QUALIFIED && argument->kind != LD_KIND_VAR;
            if (i)
                puts_(t, ",");
            if (bracket)
                puts_(t, "[");
            write_name(t, argument, false, argument_format);
            if (bracket)
                puts_(t, "]");
        }
        puts_(t, "]");
    } else if ((type->flags & LD_MT_GENERIC_DEFINITION) && format == NAME_REFLECTION) {
        puts_(t, "[");
        for (uint32_t i = 0; i < type->klass->generic_arg_count; i++) {
            const char *name = generic_param_name(type, i);
            if (i)
                puts_(t, ",");
            puts_(t, name ? name : type->klass->generic_args[i]->klass->name);
        }
        puts_(t, "]");
    }
    if (format == NAME_ASSEMBLY_QUALIFIED)
        put_assembly(t, type);
}

char *icall_type_name(const LdMethodTable *type, bool full, bool assembly_qualified) {
    Text t = {0};
    write_name(&t, type, false, !full ? NAME_REFLECTION : assembly_qualified ? NAME_ASSEMBLY_QUALIFIED : NAME_FULL);
    if (t.failed) {
        free(t.chars);
        return NULL;
    }
    return t.chars ? t.chars : calloc(1, 1);
}


/* ------------------------------------------------------------------ */
/* Parsing names: Type.GetType, Assembly.GetType, custom attributes   */
/* ------------------------------------------------------------------ */

typedef struct Parser {
    const char *p, *end;
    LdLoader *loader;
    LdAssembly *scope; /* searched first when the name has no assembly */
    bool ignore_case;
} Parser;

static void skip_spaces(Parser *ps) {
    while (ps->p < ps->end && *ps->p == ' ')
        ps->p++;
}

/* A name part up to one of `stops` (backslash escapes), into buffer. */
static bool read_part(Parser *ps, const char *stops, char *buffer, size_t size) {
    size_t n = 0;
    while (ps->p < ps->end && !strchr(stops, *ps->p)) {
        if (*ps->p == '\\' && ps->p + 1 < ps->end)
            ps->p++;
        if (n + 1 >= size)
            return false;
        buffer[n++] = *ps->p++;
    }
    buffer[n] = 0;
    return n > 0;
}

LdMethodTable *icall_find_type_in(LdAssembly *assembly, const char *full, bool ignore_case) {
    LdTypeDef found;
    LdError error;
    if (ld_find_type_by_full_name(assembly, full, &found, &error))
        return ld_type_from_typedef(found.assembly, found.rid, &error);
    if (!ignore_case || strchr(full, '+'))
        return NULL;
    const ImgImage *img = assembly->image;
    uint32_t rows = img_row_count(img, IMG_TABLE_TYPEDEF);
    for (uint32_t row = 1; row <= rows; row++) {
        const char *ns = img_get_string(img, IMG_TABLE_TYPEDEF, row, IMG_TYPEDEF_NAMESPACE);
        const char *name = img_get_string(img, IMG_TABLE_TYPEDEF, row, IMG_TYPEDEF_NAME);
        size_t ns_length = strlen(ns);
        if (ns_length ? (!strncasecmp(full, ns, ns_length) && full[ns_length] == '.' &&
                         !strcasecmp(full + ns_length + 1, name))
                      : !strcasecmp(full, name)) {
            uint32_t end;
            if (img_find_sorted(img, IMG_TABLE_NESTEDCLASS, IMG_NESTEDCLASS_NESTED, row, &end))
                continue;
            return ld_type_from_typedef(assembly, row, &error);
        }
    }
    return NULL;
}

static LdMethodTable *parse_type(Parser *ps, bool allow_assembly);

/* ", AssemblyName, Version=..." after a type: the simple name's assembly. */
static LdAssembly *parse_assembly(Parser *ps, bool *named) {
    *named = false;
    skip_spaces(ps);
    if (ps->p >= ps->end || *ps->p != ',')
        return NULL;
    ps->p++;
    skip_spaces(ps);
    char name[256];
    if (!read_part(ps, ",]", name, sizeof name))
        return NULL;
    while (ps->p < ps->end && *ps->p != ']') /* Version=, Culture=, PublicKeyToken=: not compared */
        ps->p++;
    *named = true;
    size_t n = strlen(name);
    while (n && name[n - 1] == ' ')
        name[--n] = 0;
    LdError error;
    return ld_load_by_name(ps->loader, name, &error);
}

static LdMethodTable *parse_type(Parser *ps, bool allow_assembly) {
    char full[1024];
    skip_spaces(ps);
    if (!read_part(ps, ",[]*&", full, sizeof full))
        return NULL;
    /* Generic arguments: [A,B] or [[A, asm],[B, asm]]. */
    LdMethodTable *arguments[32];
    uint32_t argument_count = 0;
    if (ps->p + 1 < ps->end && *ps->p == '[' && ps->p[1] != ']' && ps->p[1] != ',' && ps->p[1] != '*') {
        ps->p++;
        for (;;) {
            skip_spaces(ps);
            bool bracketed = ps->p < ps->end && *ps->p == '[';
            if (bracketed)
                ps->p++;
            LdMethodTable *argument = parse_type(ps, bracketed);
            if (!argument || argument_count == 32)
                return NULL;
            arguments[argument_count++] = argument;
            if (bracketed) {
                if (ps->p >= ps->end || *ps->p != ']')
                    return NULL;
                ps->p++;
            }
            skip_spaces(ps);
            if (ps->p < ps->end && *ps->p == ',') {
                ps->p++;
                continue;
            }
            if (ps->p < ps->end && *ps->p == ']') {
                ps->p++;
                break;
            }
            return NULL;
        }
    }
    /* Suffixes: [], [,], [*], *, &. */
    uint32_t suffixes[16], suffix_count = 0;
    while (ps->p < ps->end && (*ps->p == '[' || *ps->p == '*' || *ps->p == '&') && suffix_count < 16) {
        if (*ps->p == '*' || *ps->p == '&') {
            suffixes[suffix_count++] = *ps->p == '*' ? 0x10000u : 0x20000u;
            ps->p++;
            continue;
        }
        uint32_t rank = 1;
        bool star = false;
        ps->p++;
        while (ps->p < ps->end && *ps->p != ']') {
            if (*ps->p == ',')
                rank++;
            else if (*ps->p == '*')
                star = true;
            else
                return NULL;
            ps->p++;
        }
        if (ps->p >= ps->end)
            return NULL;
        ps->p++;
        suffixes[suffix_count++] = rank == 1 && !star ? 0 : rank;
    }
    bool named = false;
    LdAssembly *assembly = allow_assembly ? parse_assembly(ps, &named) : NULL;
    if (named && !assembly)
        return NULL;
    LdMethodTable *type = NULL;
    if (assembly)
        type = icall_find_type_in(assembly, full, ps->ignore_case);
    else {
        if (ps->scope)
            type = icall_find_type_in(ps->scope, full, ps->ignore_case);
        if (!type)
            type = icall_find_type_in(ld_corlib(ps->loader), full, ps->ignore_case);
    }
    LdError error;
    if (type && argument_count)
        type = (type->flags & LD_MT_GENERIC_DEFINITION) ? ld_instantiate(type, argument_count, arguments, &error) : NULL;
    for (uint32_t i = 0; type && i < suffix_count; i++)
        type = suffixes[i] == 0x10000u ? ld_pointer_to(type, &error)
               : suffixes[i] == 0x20000u ? ld_byref_to(type, &error)
               : suffixes[i] == 0        ? ld_szarray_of(type, &error)
                                         : ld_array_of(type, suffixes[i], &error);
    return type;
}

LdMethodTable *icall_parse_type_name(LdLoader *loader, const char *name, size_t length, LdAssembly *scope,
                                     bool ignore_case) {
    Parser ps = {name, name + length, loader, scope, ignore_case};
    LdMethodTable *type = parse_type(&ps, true);
    skip_spaces(&ps);
    return type && ps.p == ps.end ? type : NULL;
}

static LdMethodTable *self_type(VmIcallContext *context, VmSlot *args) {
    return vm_type_of_object(context->vm, args[0].p);
}

/* getFullName(full_name, assembly_qualified): FullName is null for a
 * generic parameter. */
static bool get_full_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = self_type(context, args);
    if (args[1].i4 && (type->kind == LD_KIND_VAR || type->kind == LD_KIND_MVAR)) {
        result->p = NULL;
        return true;
    }
    char *name = icall_type_name(type, args[1].i4, args[2].i4);
    if (!name)
        return icall_out_of_memory(context);
    bool ok = icall_return_utf8(context, name, result);
    free(name);
    return ok;
}

/* Name: the class's own name; arrays and pointers are named by their
 * element (Int32[], Int32*), a byref adds & (mono's rule). */
static void short_name(Text *t, const LdMethodTable *type) {
    switch (type->kind) {
    case LD_KIND_SZARRAY:
    case LD_KIND_ARRAY:
        short_name(t, type->element);
        puts_(t, "[");
        if (type->kind == LD_KIND_ARRAY && type->rank == 1)
            puts_(t, "*");
        for (uint32_t i = 1; type->kind == LD_KIND_ARRAY && i < type->rank; i++)
            puts_(t, ",");
        puts_(t, "]");
        return;
    case LD_KIND_POINTER:
    case LD_KIND_BYREF:
        short_name(t, type->element);
        puts_(t, type->kind == LD_KIND_POINTER ? "*" : "&");
        return;
    default:
        puts_(t, type->klass->name);
    }
}

static bool get_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    Text t = {0};
    short_name(&t, self_type(context, args));
    if (t.failed || !t.chars) {
        free(t.chars);
        return icall_out_of_memory(context);
    }
    bool ok = icall_return_utf8(context, t.chars, result);
    free(t.chars);
    return ok;
}

/* Namespace: the outermost declaring type's; an array's or pointer's is
 * its element's; null when empty. */
static bool get_namespace(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const LdMethodTable *type = self_type(context, args);
    while (type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY || type->kind == LD_KIND_POINTER ||
           type->kind == LD_KIND_BYREF)
        type = type->element;
    for (const LdMethodTable *outer; (outer = icall_enclosing_type(type));)
        type = outer;
    if (!type->klass->ns[0]) {
        result->p = NULL;
        return true;
    }
    return icall_return_utf8(context, type->klass->ns, result);
}

/* DeclaringType: the type a nested type is declared in; a generic
 * parameter's owner (for a method's parameter, the method's type). */
static bool get_declaring_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = self_type(context, args);
    LdMethodTable *enclosing = type->klass->generic_param ? type->klass->generic_param->owner_type
                                                          : icall_enclosing_type(type);
    if (!enclosing) {
        result->p = NULL;
        return true;
    }
    return (result->p = vm_type_object(context->vm, context->thread, enclosing, context->error)) != NULL;
}

const VmIcall icall_type_name_calls[] = {
    {"System.RuntimeType::getFullName", get_full_name},
    {"System.RuntimeType::get_Name", get_name},
    {"System.RuntimeType::get_Namespace", get_namespace},
    {"System.RuntimeType::get_DeclaringType", get_declaring_type},
};
const uint32_t icall_type_name_calls_count = ICALL_COUNT(icall_type_name_calls);
