/*
 * dis.c - the disassembler behind `lucid dis`: metadata and IL printed in
 * IL assembler syntax, close to what monodis prints.
 *
 * It reads the image only through image.h, so it doubles as the widest
 * consumer of the image layer: the fuzz target runs it over mutated files,
 * and the oracle test compares its instruction stream with monodis's.
 * Everything it is handed may be hostile: every token is checked before it
 * is followed, every chain of references is bounded, and a decoding failure
 * is printed as a comment and counted rather than aborting the listing.
 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"

#define MAX_NAME_DEPTH 32

typedef struct Dis {
    FILE *out;
    const ImgImage *img;
    const DiagDisOptions *options;
    DiagDisReport *report;
    uint32_t method; /* MethodDef being printed, for context in reports */
} Dis;

/* Counts a problem; the first is described in the report, with the method
 * it was found in, so the caller's error line can say what is wrong. */
static void note_problem(Dis *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note_problem(Dis *d, const char *fmt, ...) {
    if (d->report->problems++)
        return;
    char *text = d->report->first_problem;
    size_t size = sizeof d->report->first_problem;
    int used = d->method ? snprintf(text, size, "method line %u: ", d->method) : 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text + used, size - (size_t)used, fmt, ap);
    va_end(ap);
}

static void problem(Dis *d, const char *what, uint32_t token) {
    fprintf(d->out, "/* bad %s 0x%08x */", what, token);
    note_problem(d, "bad %s 0x%08x", what, token);
}

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

static bool plain_identifier_char(char c, bool first) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$' || c == '@' ||
        c == '?' || c == '`')
        return true;
    return !first && ((c >= '0' && c <= '9') || c == '.');
}

/* Names that are not plain identifiers (".ctor", "<Main>b__0") are quoted
 * so the output stays parseable. */
static void print_name(Dis *d, const char *name) {
    bool plain = name[0] != 0;
    for (const char *p = name; *p && plain; p++)
        plain = plain_identifier_char(*p, p == name);
    if (plain) {
        fputs(name, d->out);
        return;
    }
    fputc('\'', d->out);
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p == '\'' || *p == '\\')
            fprintf(d->out, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7F)
            fprintf(d->out, "\\x%02x", *p);
        else
            fputc(*p, d->out);
    }
    fputc('\'', d->out);
}

static void print_dotted(Dis *d, const char *ns, const char *name) {
    if (ns[0]) {
        print_name(d, ns);
        fputc('.', d->out);
    }
    print_name(d, name);
}

static uint32_t enclosing_type(const ImgImage *img, uint32_t typedef_rid) {
    uint32_t end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_NESTEDCLASS, IMG_NESTEDCLASS_NESTED, typedef_rid, &end);
    return row ? img_get(img, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_ENCLOSING) : 0;
}

static void print_typedef_name(Dis *d, uint32_t rid, int depth) {
    const ImgImage *img = d->img;
    uint32_t outer = enclosing_type(img, rid);
    if (outer == rid || (outer && depth >= MAX_NAME_DEPTH)) {
        /* NestedClass rows that loop: the name has no outermost type. */
        problem(d, "enclosing type", IMG_TOKEN(IMG_TABLE_TYPEDEF, outer));
        fputc('/', d->out);
    } else if (outer) {
        print_typedef_name(d, outer, depth + 1);
        fputc('/', d->out);
    }
    print_dotted(d, img_get_string(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_NAMESPACE),
                 img_get_string(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_NAME));
}

static void print_typeref_name(Dis *d, uint32_t rid, int depth) {
    const ImgImage *img = d->img;
    uint32_t scope = img_get_token(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_SCOPE);
    switch (IMG_TOKEN_TABLE(scope)) {
    case IMG_TABLE_ASSEMBLYREF:
        fputc('[', d->out);
        print_name(d, img_get_string(img, IMG_TABLE_ASSEMBLYREF, IMG_TOKEN_RID(scope), IMG_ASSEMBLYREF_NAME));
        fputc(']', d->out);
        break;
    case IMG_TABLE_MODULEREF:
        fputs("[.module ", d->out);
        print_name(d, img_get_string(img, IMG_TABLE_MODULEREF, IMG_TOKEN_RID(scope), IMG_MODULEREF_NAME));
        fputc(']', d->out);
        break;
    case IMG_TABLE_TYPEREF:
        if (IMG_TOKEN_RID(scope) == rid || depth >= MAX_NAME_DEPTH) {
            /* ResolutionScopes that loop: the name has no outermost type. */
            problem(d, "typeref scope", scope);
        } else {
            print_typeref_name(d, IMG_TOKEN_RID(scope), depth + 1);
        }
        fputc('/', d->out);
        break;
    default: break;
    }
    print_dotted(d, img_get_string(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_NAMESPACE),
                 img_get_string(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_NAME));
}

static void print_type_sig(Dis *d, const ImgType *type, int depth);
static void print_type_token(Dis *d, uint32_t token, int depth);

static void print_typespec(Dis *d, uint32_t rid, int depth) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgType *type = img_sig_typespec(img_get_blob(d->img, IMG_TABLE_TYPESPEC, rid, IMG_TYPESPEC_SIGNATURE), &arena);
    if (type)
        print_type_sig(d, type, depth + 1);
    else
        problem(d, "typespec signature", IMG_TOKEN(IMG_TABLE_TYPESPEC, rid));
    img_arena_free(&arena);
}

/* A TypeDefOrRef(OrSpec) token as it appears after class/valuetype. */
static void print_type_token(Dis *d, uint32_t token, int depth) {
    if (!img_token_valid(d->img, token) || depth > MAX_NAME_DEPTH) {
        problem(d, "type token", token);
        return;
    }
    switch (IMG_TOKEN_TABLE(token)) {
    case IMG_TABLE_TYPEDEF: print_typedef_name(d, IMG_TOKEN_RID(token), 0); break;
    case IMG_TABLE_TYPEREF: print_typeref_name(d, IMG_TOKEN_RID(token), 0); break;
    case IMG_TABLE_TYPESPEC: print_typespec(d, IMG_TOKEN_RID(token), depth); break;
    default: problem(d, "type token", token); break;
    }
}

/* ------------------------------------------------------------------ */
/* Signatures                                                          */
/* ------------------------------------------------------------------ */

static const char *primitive_name(uint8_t kind) {
    switch (kind) {
    case IMG_ELEMENT_VOID: return "void";
    case IMG_ELEMENT_BOOLEAN: return "bool";
    case IMG_ELEMENT_CHAR: return "char";
    case IMG_ELEMENT_I1: return "int8";
    case IMG_ELEMENT_U1: return "unsigned int8";
    case IMG_ELEMENT_I2: return "int16";
    case IMG_ELEMENT_U2: return "unsigned int16";
    case IMG_ELEMENT_I4: return "int32";
    case IMG_ELEMENT_U4: return "unsigned int32";
    case IMG_ELEMENT_I8: return "int64";
    case IMG_ELEMENT_U8: return "unsigned int64";
    case IMG_ELEMENT_R4: return "float32";
    case IMG_ELEMENT_R8: return "float64";
    case IMG_ELEMENT_STRING: return "string";
    case IMG_ELEMENT_OBJECT: return "object";
    case IMG_ELEMENT_TYPEDBYREF: return "typedref";
    case IMG_ELEMENT_I: return "native int";
    case IMG_ELEMENT_U: return "native unsigned int";
    default: return NULL;
    }
}

static void print_method_sig_params(Dis *d, const ImgMethodSig *sig, int depth) {
    fputc('(', d->out);
    for (uint32_t i = 0; i < sig->param_count; i++) {
        if (i)
            fputs(", ", d->out);
        if ((int32_t)i == sig->sentinel)
            fputs("..., ", d->out);
        print_type_sig(d, sig->params[i], depth + 1);
    }
    fputc(')', d->out);
}

static void print_call_conv(Dis *d, uint8_t flags) {
    if (flags & IMG_SIG_HASTHIS)
        fputs("instance ", d->out);
    if (flags & IMG_SIG_EXPLICITTHIS)
        fputs("explicit ", d->out);
    switch (flags & IMG_SIG_KIND_MASK) {
    case IMG_SIG_VARARG: fputs("vararg ", d->out); break;
    case IMG_SIG_C: fputs("unmanaged cdecl ", d->out); break;
    case IMG_SIG_STDCALL: fputs("unmanaged stdcall ", d->out); break;
    case IMG_SIG_THISCALL: fputs("unmanaged thiscall ", d->out); break;
    case IMG_SIG_FASTCALL: fputs("unmanaged fastcall ", d->out); break;
    default: break;
    }
}

static void print_array_shape(Dis *d, const ImgArrayShape *shape) {
    fputc('[', d->out);
    for (uint32_t i = 0; i < shape->rank; i++) {
        if (i)
            fputc(',', d->out);
        bool has_lo = i < shape->lobound_count, has_size = i < shape->size_count;
        if (has_lo && has_size && shape->sizes[i])
            fprintf(d->out, "%" PRId32 "...%" PRId64, shape->lobounds[i],
                    (int64_t)shape->lobounds[i] + shape->sizes[i] - 1);
        else if (has_lo)
            fprintf(d->out, "%" PRId32 "...", shape->lobounds[i]);
        else if (has_size)
            fprintf(d->out, "%" PRIu32, shape->sizes[i]);
    }
    fputc(']', d->out);
}

static void print_type_sig(Dis *d, const ImgType *type, int depth) {
    if (depth > IMG_SIG_MAX_DEPTH) {
        problem(d, "signature nesting", 0);
        return;
    }
    const char *primitive = primitive_name(type->kind);
    if (primitive) {
        fputs(primitive, d->out);
        return;
    }
    switch (type->kind) {
    case IMG_ELEMENT_CLASS:
    case IMG_ELEMENT_VALUETYPE:
        fputs(type->kind == IMG_ELEMENT_CLASS ? "class " : "valuetype ", d->out);
        print_type_token(d, type->token, depth);
        break;
    case IMG_ELEMENT_PTR: print_type_sig(d, type->inner, depth + 1); fputc('*', d->out); break;
    case IMG_ELEMENT_BYREF: print_type_sig(d, type->inner, depth + 1); fputc('&', d->out); break;
    case IMG_ELEMENT_SZARRAY: print_type_sig(d, type->inner, depth + 1); fputs("[]", d->out); break;
    case IMG_ELEMENT_ARRAY:
        print_type_sig(d, type->inner, depth + 1);
        print_array_shape(d, type->shape);
        break;
    case IMG_ELEMENT_PINNED: print_type_sig(d, type->inner, depth + 1); fputs(" pinned", d->out); break;
    case IMG_ELEMENT_VAR: fprintf(d->out, "!%" PRIu32, type->number); break;
    case IMG_ELEMENT_MVAR: fprintf(d->out, "!!%" PRIu32, type->number); break;
    case IMG_ELEMENT_CMOD_REQD:
    case IMG_ELEMENT_CMOD_OPT:
        print_type_sig(d, type->inner, depth + 1);
        fputs(type->kind == IMG_ELEMENT_CMOD_REQD ? " modreq(" : " modopt(", d->out);
        print_type_token(d, type->token, depth);
        fputc(')', d->out);
        break;
    case IMG_ELEMENT_GENERICINST:
        print_type_sig(d, type->inner, depth + 1);
        fputc('<', d->out);
        for (uint32_t i = 0; i < type->arg_count; i++) {
            if (i)
                fputs(", ", d->out);
            print_type_sig(d, type->args[i], depth + 1);
        }
        fputc('>', d->out);
        break;
    case IMG_ELEMENT_FNPTR:
        fputs("method ", d->out);
        print_call_conv(d, type->method->flags);
        print_type_sig(d, type->method->ret, depth + 1);
        fputs(" *", d->out);
        print_method_sig_params(d, type->method, depth);
        break;
    default: fprintf(d->out, "/* element 0x%02x */", type->kind); break;
    }
}

static uint32_t method_owner(const ImgImage *img, uint32_t method_rid) {
    return img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, method_rid);
}

/* The type that owns a MemberRef (its Class column). */
static void print_memberref_parent(Dis *d, uint32_t parent) {
    switch (IMG_TOKEN_TABLE(parent)) {
    case IMG_TABLE_TYPEDEF:
    case IMG_TABLE_TYPEREF:
    case IMG_TABLE_TYPESPEC: print_type_token(d, parent, 0); break;
    case IMG_TABLE_MODULEREF:
        fputs("[.module ", d->out);
        print_name(d, img_get_string(d->img, IMG_TABLE_MODULEREF, IMG_TOKEN_RID(parent), IMG_MODULEREF_NAME));
        fputc(']', d->out);
        break;
    case IMG_TABLE_METHODDEF: {
        /* A vararg call site to a method of this module: the MemberRef only
         * adds the extra argument types to the MethodDef it names (II.22.25),
         * so the owner is that method's type, as ilasm spells the call. */
        uint32_t type = method_owner(d->img, IMG_TOKEN_RID(parent));
        if (type)
            print_typedef_name(d, type, 0);
        else
            problem(d, "memberref parent", parent);
        break;
    }
    default: problem(d, "memberref parent", parent); break;
    }
}

static uint32_t field_owner(const ImgImage *img, uint32_t field_rid) {
    return img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_FIELDLIST, field_rid);
}

/* "ret Owner::name<inst>(params)" for a method reference. */
static void print_method_ref(Dis *d, uint32_t token, const ImgMethodSig *instantiation) {
    const ImgImage *img = d->img;
    uint32_t rid = IMG_TOKEN_RID(token);
    ImgBlob sig_blob;
    uint32_t owner = 0;
    const char *name;
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_METHODDEF) {
        sig_blob = img_get_blob(img, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_SIGNATURE);
        name = img_get_string(img, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_NAME);
        uint32_t type = method_owner(img, rid);
        owner = type ? IMG_TOKEN(IMG_TABLE_TYPEDEF, type) : 0;
    } else {
        sig_blob = img_get_blob(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_SIGNATURE);
        name = img_get_string(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_NAME);
        owner = img_get_token(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_CLASS);
    }
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(sig_blob, &arena);
    if (!sig) {
        problem(d, "method signature", token);
        img_arena_free(&arena);
        return;
    }
    print_call_conv(d, sig->flags);
    print_type_sig(d, sig->ret, 0);
    fputc(' ', d->out);
    if (owner) {
        print_memberref_parent(d, owner);
        fputs("::", d->out);
    }
    print_name(d, name);
    if (instantiation) {
        fputc('<', d->out);
        for (uint32_t i = 0; i < instantiation->param_count; i++) {
            if (i)
                fputs(", ", d->out);
            print_type_sig(d, instantiation->params[i], 0);
        }
        fputc('>', d->out);
    }
    print_method_sig_params(d, sig, 0);
    img_arena_free(&arena);
}

static void print_method_token(Dis *d, uint32_t token) {
    const ImgImage *img = d->img;
    if (!img_token_valid(img, token)) {
        problem(d, "method token", token);
        return;
    }
    uint32_t table = IMG_TOKEN_TABLE(token);
    if (table == IMG_TABLE_METHODDEF || table == IMG_TABLE_MEMBERREF) {
        print_method_ref(d, token, NULL);
    } else if (table == IMG_TABLE_METHODSPEC) {
        uint32_t rid = IMG_TOKEN_RID(token);
        uint32_t method = img_get_token(img, IMG_TABLE_METHODSPEC, rid, IMG_METHODSPEC_METHOD);
        ImgArena arena;
        img_arena_init(&arena);
        ImgMethodSig *inst = img_sig_methodspec(
            img_get_blob(img, IMG_TABLE_METHODSPEC, rid, IMG_METHODSPEC_INSTANTIATION), &arena);
        if (!inst || !method)
            problem(d, "methodspec", token);
        else
            print_method_ref(d, method, inst);
        img_arena_free(&arena);
    } else {
        problem(d, "method token", token);
    }
}

static void print_field_token(Dis *d, uint32_t token) {
    const ImgImage *img = d->img;
    uint32_t table = IMG_TOKEN_TABLE(token), rid = IMG_TOKEN_RID(token);
    if (!img_token_valid(img, token) || (table != IMG_TABLE_FIELD && table != IMG_TABLE_MEMBERREF)) {
        problem(d, "field token", token);
        return;
    }
    bool is_def = table == IMG_TABLE_FIELD;
    ImgArena arena;
    img_arena_init(&arena);
    ImgType *type = img_sig_field(is_def ? img_get_blob(img, IMG_TABLE_FIELD, rid, IMG_FIELD_SIGNATURE)
                                         : img_get_blob(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_SIGNATURE),
                                  &arena);
    if (type)
        print_type_sig(d, type, 0);
    else
        problem(d, "field signature", token);
    img_arena_free(&arena);
    fputc(' ', d->out);
    uint32_t owner;
    if (is_def) {
        uint32_t type_rid = field_owner(img, rid);
        owner = type_rid ? IMG_TOKEN(IMG_TABLE_TYPEDEF, type_rid) : 0;
    } else {
        owner = img_get_token(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_CLASS);
    }
    if (owner) {
        print_memberref_parent(d, owner);
        fputs("::", d->out);
    }
    print_name(d, is_def ? img_get_string(img, IMG_TABLE_FIELD, rid, IMG_FIELD_NAME)
                         : img_get_string(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_NAME));
}

/* ------------------------------------------------------------------ */
/* Instructions                                                        */
/* ------------------------------------------------------------------ */

/* One UTF-16 code unit inside a quoted string, escaped where needed. */
static void print_utf16_unit(Dis *d, unsigned c) {
    if (c == '"' || c == '\\')
        fprintf(d->out, "\\%c", c);
    else if (c == '\n')
        fputs("\\n", d->out);
    else if (c == '\t')
        fputs("\\t", d->out);
    else if (c == '\r')
        fputs("\\r", d->out);
    else if (c >= 0x20 && c < 0x7F)
        fputc((int)c, d->out);
    else
        fprintf(d->out, "\\u%04x", c);
}

static void print_user_string(Dis *d, uint32_t token) {
    const uint8_t *chars;
    uint32_t length;
    if (IMG_TOKEN_TABLE(token) != IMG_TOKEN_STRING ||
        !img_user_string(d->img, IMG_TOKEN_RID(token), &chars, &length)) {
        problem(d, "string token", token);
        return;
    }
    fputc('"', d->out);
    for (uint32_t i = 0; i < length; i++)
        print_utf16_unit(d, chars[2 * i] | (chars[2 * i + 1] << 8));
    fputc('"', d->out);
}

static void print_float(Dis *d, double value) {
    if (isnan(value))
        fputs("(nan)", d->out);
    else if (isinf(value))
        fputs(value > 0 ? "(inf)" : "(-inf)", d->out);
    else
        fprintf(d->out, "%.17g", value);
}

static void print_token_operand(Dis *d, uint32_t token) {
    switch (IMG_TOKEN_TABLE(token)) {
    case IMG_TABLE_METHODDEF:
    case IMG_TABLE_METHODSPEC: fputs("method ", d->out); print_method_token(d, token); break;
    case IMG_TABLE_FIELD: fputs("field ", d->out); print_field_token(d, token); break;
    case IMG_TABLE_MEMBERREF: {
        ImgBlob sig = img_get_blob(d->img, IMG_TABLE_MEMBERREF, IMG_TOKEN_RID(token), IMG_MEMBERREF_SIGNATURE);
        if (img_token_valid(d->img, token) && sig.size && sig.data[0] == IMG_SIG_FIELD) {
            fputs("field ", d->out);
            print_field_token(d, token);
        } else {
            fputs("method ", d->out);
            print_method_token(d, token);
        }
        break;
    }
    default: print_type_token(d, token, 0); break;
    }
}

static void print_standalone_sig(Dis *d, uint32_t token) {
    if (!img_token_valid(d->img, token) || IMG_TOKEN_TABLE(token) != IMG_TABLE_STANDALONESIG) {
        problem(d, "signature token", token);
        return;
    }
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(
        img_get_blob(d->img, IMG_TABLE_STANDALONESIG, IMG_TOKEN_RID(token), IMG_STANDALONESIG_SIGNATURE), &arena);
    if (sig) {
        print_call_conv(d, sig->flags);
        print_type_sig(d, sig->ret, 0);
        print_method_sig_params(d, sig, 0);
    } else {
        problem(d, "standalone signature", token);
    }
    img_arena_free(&arena);
}

static void print_operand(Dis *d, const ImgInstr *instr) {
    const ImgOpcodeInfo *info = &img_opcode_info[instr->opcode];
    switch ((ImgOperandKind)info->operand) {
    case IMG_OPERAND_NONE: break;
    case IMG_OPERAND_SHORT_VAR:
    case IMG_OPERAND_VAR:
    case IMG_OPERAND_SHORT_I:
    case IMG_OPERAND_I:
    case IMG_OPERAND_I8: fprintf(d->out, " %" PRId64, instr->operand.i); break;
    case IMG_OPERAND_SHORT_R:
    case IMG_OPERAND_R: fputc(' ', d->out); print_float(d, instr->operand.r); break;
    case IMG_OPERAND_SHORT_BRANCH:
    case IMG_OPERAND_BRANCH: fprintf(d->out, " IL_%04" PRIx64, (uint64_t)instr->operand.target); break;
    case IMG_OPERAND_METHOD: fputc(' ', d->out); print_method_token(d, instr->operand.token); break;
    case IMG_OPERAND_FIELD: fputc(' ', d->out); print_field_token(d, instr->operand.token); break;
    case IMG_OPERAND_TYPE: fputc(' ', d->out); print_type_token(d, instr->operand.token, 0); break;
    case IMG_OPERAND_TOKEN: fputc(' ', d->out); print_token_operand(d, instr->operand.token); break;
    case IMG_OPERAND_SIG: fputc(' ', d->out); print_standalone_sig(d, instr->operand.token); break;
    case IMG_OPERAND_STRING: fputc(' ', d->out); print_user_string(d, instr->operand.token); break;
    case IMG_OPERAND_SWITCH:
        fputs(" (", d->out);
        for (uint32_t i = 0; i < instr->operand.sw.count; i++)
            fprintf(d->out, "%sIL_%04" PRIx64, i ? ", " : "", (uint64_t)img_il_switch_target(instr, i));
        fputc(')', d->out);
        break;
    }
}

static void print_code(Dis *d, const ImgMethodBody *body) {
    uint32_t offset = 0;
    while (offset < body->code_size) {
        ImgInstr instr;
        if (!img_il_decode(body->code, body->code_size, offset, &instr)) {
            fprintf(d->out, "    IL_%04x:  /* bad instruction, byte 0x%02x */\n", offset, body->code[offset]);
            note_problem(d, "bad instruction at IL_%04x (byte 0x%02x)", offset, body->code[offset]);
            return;
        }
        fprintf(d->out, "    IL_%04x:  %s", offset, img_opcode_info[instr.opcode].name);
        print_operand(d, &instr);
        fputc('\n', d->out);
        offset += instr.size;
    }
}

static void print_eh_clauses(Dis *d, const ImgMethodBody *body) {
    for (uint32_t i = 0; i < body->eh_count; i++) {
        ImgEhClause c;
        if (!img_eh_clause(body, i, &c))
            break;
        fprintf(d->out, "    .try IL_%04x to IL_%04" PRIx64 " ", c.try_offset,
                (uint64_t)c.try_offset + c.try_length);
        switch (c.flags) {
        case IMG_EH_CATCH: fputs("catch ", d->out); print_type_token(d, c.class_token, 0); break;
        case IMG_EH_FILTER: fprintf(d->out, "filter IL_%04x", c.filter_offset); break;
        case IMG_EH_FINALLY: fputs("finally", d->out); break;
        case IMG_EH_FAULT: fputs("fault", d->out); break;
        default:
            fprintf(d->out, "/* clause kind 0x%x */", c.flags);
            note_problem(d, "exception clause kind 0x%x", c.flags);
            break;
        }
        fprintf(d->out, " handler IL_%04x to IL_%04" PRIx64 "\n", c.handler_offset,
                (uint64_t)c.handler_offset + c.handler_length);
    }
}

static void print_locals(Dis *d, const ImgMethodBody *body) {
    uint32_t token = body->local_var_sig_token;
    if (!token)
        return;
    if (!img_token_valid(d->img, token) || IMG_TOKEN_TABLE(token) != IMG_TABLE_STANDALONESIG) {
        fputs("    .locals ", d->out);
        problem(d, "locals token", token);
        fputc('\n', d->out);
        return;
    }
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *locals = img_sig_locals(
        img_get_blob(d->img, IMG_TABLE_STANDALONESIG, IMG_TOKEN_RID(token), IMG_STANDALONESIG_SIGNATURE), &arena);
    fprintf(d->out, "    .locals %s(", body->init_locals ? "init " : "");
    if (!locals) {
        problem(d, "locals signature", token);
    } else {
        for (uint32_t i = 0; i < locals->param_count; i++) {
            fputs(i ? ",\n        " : "\n        ", d->out);
            print_type_sig(d, locals->params[i], 0);
            fprintf(d->out, " V_%" PRIu32, i);
        }
    }
    fputs(")\n", d->out);
    img_arena_free(&arena);
}

static void print_body(Dis *d, uint32_t method_rid, uint32_t rva) {
    ImgMethodBody body;
    char err[160];
    fprintf(d->out, "    // method line %u, RVA 0x%x\n", method_rid, rva);
    if (!img_method_body(d->img, rva, &body, err, sizeof err)) {
        fprintf(d->out, "    // bad method body: %s\n", err);
        note_problem(d, "%s", err);
        return;
    }
    fprintf(d->out, "    // code size %u (0x%x)\n    .maxstack %u\n", body.code_size, body.code_size,
            body.max_stack);
    print_locals(d, &body);
    print_eh_clauses(d, &body);
    print_code(d, &body);
}

/* ------------------------------------------------------------------ */
/* Flags                                                               */
/* ------------------------------------------------------------------ */

typedef struct FlagName {
    uint32_t mask, value;
    const char *name;
} FlagName;

static void print_flags(Dis *d, uint32_t flags, const FlagName *names, size_t count) {
    for (size_t i = 0; i < count; i++)
        if ((flags & names[i].mask) == names[i].value)
            fprintf(d->out, "%s ", names[i].name);
}
#define PRINT_FLAGS(d, flags, table) print_flags(d, flags, table, sizeof table / sizeof table[0])

static const FlagName type_flags[] = {
    {0x7, 0x0, "private"}, {0x7, 0x1, "public"}, {0x7, 0x2, "nested public"},
    {0x7, 0x3, "nested private"}, {0x7, 0x4, "nested family"}, {0x7, 0x5, "nested assembly"},
    {0x7, 0x6, "nested famandassem"}, {0x7, 0x7, "nested famorassem"},
    {0x18, 0x0, "auto"}, {0x18, 0x8, "sequential"}, {0x18, 0x10, "explicit"},
    {0x20, 0x20, "interface"}, {0x80, 0x80, "abstract"}, {0x100, 0x100, "sealed"},
    {0x400, 0x400, "specialname"}, {0x1000, 0x1000, "import"}, {0x2000, 0x2000, "serializable"},
    {0x30000, 0x0, "ansi"}, {0x30000, 0x10000, "unicode"}, {0x30000, 0x20000, "autochar"},
    {0x100000, 0x100000, "beforefieldinit"}, {0x800, 0x800, "rtspecialname"},
};

static const FlagName member_access[] = {
    {0x7, 0x0, "compilercontrolled"}, {0x7, 0x1, "private"}, {0x7, 0x2, "famandassem"},
    {0x7, 0x3, "assembly"}, {0x7, 0x4, "family"}, {0x7, 0x5, "famorassem"}, {0x7, 0x6, "public"},
};

static const FlagName field_flags[] = {
    {0x10, 0x10, "static"}, {0x20, 0x20, "initonly"}, {0x40, 0x40, "literal"},
    {0x80, 0x80, "notserialized"}, {0x200, 0x200, "specialname"}, {0x400, 0x400, "rtspecialname"},
};

static const FlagName method_flags[] = {
    {0x10, 0x10, "static"}, {0x20, 0x20, "final"}, {0x40, 0x40, "virtual"},
    {0x80, 0x80, "hidebysig"}, {0x100, 0x100, "newslot"}, {0x200, 0x200, "strict"},
    {0x400, 0x400, "abstract"}, {0x800, 0x800, "specialname"}, {0x1000, 0x1000, "rtspecialname"},
    {0x8, 0x8, "unmanagedexp"}, {0x8000, 0x8000, "reqsecobj"},
    /* pinvokeimpl (0x2000) is printed by print_pinvoke with its ImplMap row. */
};

/* PInvokeAttributes (II.23.1.8), in ilasm's spelling. */
static const FlagName pinvoke_flags[] = {
    {0x1, 0x1, "nomangle"}, {0x6, 0x2, "ansi"}, {0x6, 0x4, "unicode"}, {0x6, 0x6, "autochar"},
    {0x40, 0x40, "lasterr"}, {0x700, 0x100, "winapi"}, {0x700, 0x200, "cdecl"},
    {0x700, 0x300, "stdcall"}, {0x700, 0x400, "thiscall"}, {0x700, 0x500, "fastcall"},
    {0x30, 0x10, "bestfit:on"}, {0x30, 0x20, "bestfit:off"},
    {0x3000, 0x1000, "charmaperror:on"}, {0x3000, 0x2000, "charmaperror:off"},
};

static const FlagName impl_flags[] = {
    {0x3, 0x0, "cil"}, {0x3, 0x1, "native"}, {0x3, 0x2, "optil"}, {0x3, 0x3, "runtime"},
    {0x4, 0x0, "managed"}, {0x4, 0x4, "unmanaged"}, {0x10, 0x10, "forwardref"},
    {0x80, 0x80, "preservesig"}, {0x1000, 0x1000, "internalcall"}, {0x20, 0x20, "synchronized"},
    {0x8, 0x8, "noinlining"}, {0x100, 0x100, "aggressiveinlining"}, {0x40, 0x40, "nooptimization"},
};

/* ------------------------------------------------------------------ */
/* Declarations                                                        */
/* ------------------------------------------------------------------ */

static void print_bytes(Dis *d, ImgBlob blob) {
    fputc('(', d->out);
    for (uint32_t i = 0; i < blob.size; i++)
        fprintf(d->out, "%s%02X", i ? " " : "", blob.data[i]);
    fputc(')', d->out);
}

static void print_custom_attributes(Dis *d, uint32_t parent_token, const char *indent) {
    const ImgImage *img = d->img;
    uint32_t coded = img_coded_encode(IMG_CODED_HASCUSTOMATTRIBUTE, parent_token);
    if (coded == UINT32_MAX)
        return;
    uint32_t end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_CUSTOMATTRIBUTE, IMG_CUSTOMATTRIBUTE_PARENT, coded, &end);
    for (; row && row < end; row++) {
        fprintf(d->out, "%s.custom ", indent);
        print_method_token(d, img_get_token(img, IMG_TABLE_CUSTOMATTRIBUTE, row, IMG_CUSTOMATTRIBUTE_TYPE));
        fputs(" = ", d->out);
        print_bytes(d, img_get_blob(img, IMG_TABLE_CUSTOMATTRIBUTE, row, IMG_CUSTOMATTRIBUTE_VALUE));
        fputc('\n', d->out);
    }
}

static void print_version(Dis *d, const ImgImage *img, ImgTableId table, uint32_t rid, unsigned first) {
    fprintf(d->out, "  .ver %u:%u:%u:%u\n", img_get(img, table, rid, first), img_get(img, table, rid, first + 1),
            img_get(img, table, rid, first + 2), img_get(img, table, rid, first + 3));
}

static void print_assembly_refs(Dis *d) {
    const ImgImage *img = d->img;
    for (uint32_t rid = 1; rid <= img_row_count(img, IMG_TABLE_ASSEMBLYREF); rid++) {
        fputs(".assembly extern ", d->out);
        print_name(d, img_get_string(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_NAME));
        fputs("\n{\n", d->out);
        print_version(d, img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_MAJOR);
        ImgBlob key = img_get_blob(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_PUBLICKEY);
        if (key.size) {
            bool full = img_get(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_FLAGS) & 1;
            fprintf(d->out, "  .%s = ", full ? "publickey" : "publickeytoken");
            print_bytes(d, key);
            fputc('\n', d->out);
        }
        const char *culture = img_get_string(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_CULTURE);
        if (culture[0])
            fprintf(d->out, "  .culture \"%s\"\n", culture);
        fputs("}\n", d->out);
    }
}

static void print_assembly(Dis *d) {
    const ImgImage *img = d->img;
    if (img_row_count(img, IMG_TABLE_ASSEMBLY) < 1)
        return;
    fputs(".assembly ", d->out);
    print_name(d, img_get_string(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_NAME));
    fputs("\n{\n", d->out);
    print_custom_attributes(d, IMG_TOKEN(IMG_TABLE_ASSEMBLY, 1), "  ");
    fprintf(d->out, "  .hash algorithm 0x%08x\n", img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_HASHALG));
    print_version(d, img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MAJOR);
    ImgBlob key = img_get_blob(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_PUBLICKEY);
    if (key.size) {
        fputs("  .publickey = ", d->out);
        print_bytes(d, key);
        fputc('\n', d->out);
    }
    const char *culture = img_get_string(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_CULTURE);
    if (culture[0])
        fprintf(d->out, "  .culture \"%s\"\n", culture);
    fputs("}\n", d->out);
}

static void print_guid(Dis *d, const uint8_t *g) {
    if (!g) {
        fputs("(none)", d->out);
        return;
    }
    fprintf(d->out, "{%02X%02X%02X%02X-%02X%02X-%02X%02X-%02X%02X-%02X%02X%02X%02X%02X%02X}", g[3], g[2], g[1],
            g[0], g[5], g[4], g[7], g[6], g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15]);
}

static void print_module(Dis *d) {
    const ImgImage *img = d->img;
    if (img_row_count(img, IMG_TABLE_MODULE) >= 1) {
        fputs(".module ", d->out);
        print_name(d, img_get_string(img, IMG_TABLE_MODULE, 1, IMG_MODULE_NAME));
        fputs(" // GUID = ", d->out);
        print_guid(d, img_guid(img, img_get(img, IMG_TABLE_MODULE, 1, IMG_MODULE_MVID)));
        fputc('\n', d->out);
    }
    for (uint32_t rid = 1; rid <= img_row_count(img, IMG_TABLE_MODULEREF); rid++) {
        fputs(".module extern ", d->out);
        print_name(d, img_get_string(img, IMG_TABLE_MODULEREF, rid, IMG_MODULEREF_NAME));
        fputc('\n', d->out);
    }
    for (uint32_t rid = 1; rid <= img_row_count(img, IMG_TABLE_EXPORTEDTYPE); rid++) {
        fputs(".class extern ", d->out);
        print_dotted(d, img_get_string(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_NAMESPACE),
                     img_get_string(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_NAME));
        uint32_t impl = img_get_token(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_IMPLEMENTATION);
        if (IMG_TOKEN_TABLE(impl) == IMG_TABLE_ASSEMBLYREF) {
            fputs(" // forwarded to ", d->out);
            print_name(d, img_get_string(img, IMG_TABLE_ASSEMBLYREF, IMG_TOKEN_RID(impl), IMG_ASSEMBLYREF_NAME));
        }
        fputc('\n', d->out);
    }
    for (uint32_t rid = 1; rid <= img_row_count(img, IMG_TABLE_MANIFESTRESOURCE); rid++) {
        fputs(".mresource ", d->out);
        print_name(d, img_get_string(img, IMG_TABLE_MANIFESTRESOURCE, rid, IMG_MANIFESTRESOURCE_NAME));
        fputc('\n', d->out);
    }
    if (img->kind == IMG_KIND_PE && (img->entry_point >> 24) == IMG_TABLE_METHODDEF) {
        fputs("// entry point: ", d->out);
        print_method_token(d, img->entry_point);
        fputc('\n', d->out);
    }
}

static void print_headers(Dis *d) {
    const ImgImage *img = d->img;
    if (img->kind == IMG_KIND_PE) {
        fprintf(d->out, "// PE: machine 0x%04x, %s, subsystem %u, image base 0x%" PRIx64 ", %u sections\n",
                img->machine, img->pe_magic == 0x20B ? "PE32+" : "PE32", img->subsystem, img->image_base,
                img->section_count);
        for (uint32_t i = 0; i < img->section_count; i++) {
            const ImgSection *s = &img->sections[i];
            fprintf(d->out, "//   section %-8s RVA 0x%08x size 0x%08x raw 0x%08x+0x%08x\n", s->name,
                    s->virtual_address, s->virtual_size, s->raw_offset, s->raw_size);
        }
        fprintf(d->out, "// CLI %u.%u, flags 0x%08x, entry point 0x%08x\n", img->cli_major, img->cli_minor,
                img->cli_flags, img->entry_point);
    }
    fprintf(d->out, "// metadata %u.%u \"%s\", tables %u.%u (%s), heap sizes 0x%02x\n", img->md_major,
            img->md_minor, img->md_version, img->tables_major, img->tables_minor,
            img->uncompressed ? "#-" : "#~", img->heap_sizes);
    fprintf(d->out, "// heaps: #Strings %u, #US %u, #Blob %u, #GUID %u bytes\n", img->strings.size,
            img->user_strings.size, img->blobs.size, img->guids.size);
    for (unsigned t = 0; t < IMG_TABLE_COUNT; t++)
        if (img_row_count(img, (ImgTableId)t))
            fprintf(d->out, "//   table 0x%02x %-24s %8u rows of %u bytes\n", t, img_table_name((ImgTableId)t),
                    img_row_count(img, (ImgTableId)t), img->tables[t].row_size);
}

static bool type_selected(Dis *d, uint32_t rid) {
    const char *filter = d->options->type_filter;
    if (!filter)
        return true;
    /* Render the full name into a buffer and compare. */
    char *text = NULL;
    size_t length = 0;
    FILE *mem = open_memstream(&text, &length);
    if (!mem)
        return true;
    Dis sub = *d;
    sub.out = mem;
    print_typedef_name(&sub, rid, 0);
    fclose(mem);
    bool match = text && strcmp(text, filter) == 0;
    free(text);
    return match;
}

static bool method_selected(Dis *d, uint32_t type_rid, uint32_t method_rid);

/* With a method filter, types without a matching method are left out. */
static bool type_has_selected_method(Dis *d, uint32_t type_rid) {
    if (!d->options->method_filter)
        return true;
    uint32_t first, stop;
    img_list_range(d->img, IMG_TABLE_TYPEDEF, type_rid, IMG_TYPEDEF_METHODLIST, &first, &stop);
    for (uint32_t i = first; i < stop; i++)
        if (method_selected(d, type_rid, img_list_member(d->img, IMG_TABLE_METHODDEF, i)))
            return true;
    return false;
}

static bool method_selected(Dis *d, uint32_t type_rid, uint32_t method_rid) {
    const char *filter = d->options->method_filter;
    if (!filter)
        return true;
    const ImgImage *img = d->img;
    const char *name = img_get_string(img, IMG_TABLE_METHODDEF, method_rid, IMG_METHODDEF_NAME);
    if (strcmp(name, filter) == 0)
        return true;
    const char *sep = strstr(filter, "::");
    return sep && strcmp(sep + 2, name) == 0 &&
           (size_t)(sep - filter) == strlen(img_get_string(img, IMG_TABLE_TYPEDEF, type_rid, IMG_TYPEDEF_NAME)) &&
           strncmp(filter, img_get_string(img, IMG_TABLE_TYPEDEF, type_rid, IMG_TYPEDEF_NAME),
                   (size_t)(sep - filter)) == 0;
}

static void print_generic_params(Dis *d, uint32_t owner_token) {
    const ImgImage *img = d->img;
    uint32_t coded = img_coded_encode(IMG_CODED_TYPEORMETHODDEF, owner_token);
    uint32_t end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_GENERICPARAM, IMG_GENERICPARAM_OWNER, coded, &end);
    if (!row)
        return;
    fputc('<', d->out);
    for (uint32_t r = row; r < end; r++) {
        if (r > row)
            fputs(", ", d->out);
        uint32_t flags = img_get(img, IMG_TABLE_GENERICPARAM, r, IMG_GENERICPARAM_FLAGS);
        if (flags & 1)
            fputc('+', d->out);
        if (flags & 2)
            fputc('-', d->out);
        if (flags & 4)
            fputs("class ", d->out);
        if (flags & 8)
            fputs("valuetype ", d->out);
        if (flags & 16)
            fputs(".ctor ", d->out);
        /* Type constraints come between the flags and the name, as in
         * "class (Base, IFace) T"; GenericParamConstraint is sorted by owner. */
        uint32_t constraints_end;
        uint32_t constraint = img_find_sorted(img, IMG_TABLE_GENERICPARAMCONSTRAINT,
                                              IMG_GENERICPARAMCONSTRAINT_OWNER, r, &constraints_end);
        for (uint32_t c = constraint; constraint && c < constraints_end; c++) {
            fputs(c == constraint ? "(" : ", ", d->out);
            print_type_token(d, img_get_token(img, IMG_TABLE_GENERICPARAMCONSTRAINT, c,
                                              IMG_GENERICPARAMCONSTRAINT_CONSTRAINT), 0);
        }
        if (constraint)
            fputs(") ", d->out);
        print_name(d, img_get_string(img, IMG_TABLE_GENERICPARAM, r, IMG_GENERICPARAM_NAME));
    }
    fputc('>', d->out);
}

/* The bytes a constant of each element type takes; strings take any even
 * count, and a null reference is stored as 4 zero bytes. */
static int constant_size(uint8_t type) {
    if (type == IMG_ELEMENT_STRING)
        return 0;
    if (type == IMG_ELEMENT_CLASS)
        return 4;
    if (type == IMG_ELEMENT_I || type == IMG_ELEMENT_U)
        return -1; /* not a constant type (II.22.9) */
    uint32_t size = img_element_size(type);
    return size ? (int)size : -1;
}

/* A Constant row's value (II.22.9) in ilasm's form: int32(-1), "text",
 * nullref. A blob that does not fit its type is printed as bytes, flagged. */
static void print_constant(Dis *d, uint32_t row) {
    uint8_t type = (uint8_t)img_get(d->img, IMG_TABLE_CONSTANT, row, IMG_CONSTANT_TYPE);
    ImgBlob blob = img_get_blob(d->img, IMG_TABLE_CONSTANT, row, IMG_CONSTANT_VALUE);
    int size = constant_size(type);
    if (size < 0 || (size > 0 && blob.size != (uint32_t)size) || (size == 0 && blob.size % 2)) {
        fprintf(d->out, "/* bad constant of type 0x%02x */ ", type);
        print_bytes(d, blob);
        note_problem(d, "bad constant of type 0x%02x (%u bytes)", type, blob.size);
        return;
    }
    ImgCursor c = img_cursor(blob);
    switch (type) {
    case IMG_ELEMENT_BOOLEAN: fprintf(d->out, "bool(%s)", img_read_u8(&c) ? "true" : "false"); break;
    case IMG_ELEMENT_CHAR: fprintf(d->out, "char(0x%04x)", img_read_u16(&c)); break;
    case IMG_ELEMENT_I1: fprintf(d->out, "int8(%d)", (int8_t)img_read_u8(&c)); break;
    case IMG_ELEMENT_U1: fprintf(d->out, "unsigned int8(%u)", img_read_u8(&c)); break;
    case IMG_ELEMENT_I2: fprintf(d->out, "int16(%d)", (int16_t)img_read_u16(&c)); break;
    case IMG_ELEMENT_U2: fprintf(d->out, "unsigned int16(%u)", img_read_u16(&c)); break;
    case IMG_ELEMENT_I4: fprintf(d->out, "int32(%" PRId32 ")", (int32_t)img_read_u32(&c)); break;
    case IMG_ELEMENT_U4: fprintf(d->out, "unsigned int32(%" PRIu32 ")", img_read_u32(&c)); break;
    case IMG_ELEMENT_I8: fprintf(d->out, "int64(%" PRId64 ")", (int64_t)img_read_u64(&c)); break;
    case IMG_ELEMENT_U8: fprintf(d->out, "unsigned int64(%" PRIu64 ")", img_read_u64(&c)); break;
    case IMG_ELEMENT_R4: {
        uint32_t bits = img_read_u32(&c);
        float value;
        memcpy(&value, &bits, sizeof value);
        fputs("float32(", d->out);
        print_float(d, value);
        fputc(')', d->out);
        break;
    }
    case IMG_ELEMENT_R8: {
        uint64_t bits = img_read_u64(&c);
        double value;
        memcpy(&value, &bits, sizeof value);
        fputs("float64(", d->out);
        print_float(d, value);
        fputc(')', d->out);
        break;
    }
    case IMG_ELEMENT_STRING:
        fputc('"', d->out);
        for (uint32_t i = 0; i + 1 < blob.size; i += 2)
            print_utf16_unit(d, blob.data[i] | (blob.data[i + 1] << 8));
        fputc('"', d->out);
        break;
    default: fputs("nullref", d->out); break;
    }
}

static void print_field(Dis *d, uint32_t rid) {
    const ImgImage *img = d->img;
    uint32_t flags = img_get(img, IMG_TABLE_FIELD, rid, IMG_FIELD_FLAGS);
    fputs("    .field ", d->out);
    uint32_t end;
    uint32_t layout = img_find_sorted(img, IMG_TABLE_FIELDLAYOUT, IMG_FIELDLAYOUT_FIELD, rid, &end);
    if (layout)
        fprintf(d->out, "[%u] ", img_get(img, IMG_TABLE_FIELDLAYOUT, layout, IMG_FIELDLAYOUT_OFFSET));
    PRINT_FLAGS(d, flags, member_access);
    PRINT_FLAGS(d, flags, field_flags);
    ImgArena arena;
    img_arena_init(&arena);
    ImgType *type = img_sig_field(img_get_blob(img, IMG_TABLE_FIELD, rid, IMG_FIELD_SIGNATURE), &arena);
    if (type)
        print_type_sig(d, type, 0);
    else
        problem(d, "field signature", IMG_TOKEN(IMG_TABLE_FIELD, rid));
    img_arena_free(&arena);
    fputc(' ', d->out);
    print_name(d, img_get_string(img, IMG_TABLE_FIELD, rid, IMG_FIELD_NAME));
    uint32_t rva = img_find_sorted(img, IMG_TABLE_FIELDRVA, IMG_FIELDRVA_FIELD, rid, &end);
    if (rva)
        fprintf(d->out, " at D_%08X", img_get(img, IMG_TABLE_FIELDRVA, rva, IMG_FIELDRVA_RVA));
    uint32_t constant = img_find_sorted(img, IMG_TABLE_CONSTANT, IMG_CONSTANT_PARENT,
                                        img_coded_encode(IMG_CODED_HASCONSTANT, IMG_TOKEN(IMG_TABLE_FIELD, rid)), &end);
    if (constant) {
        fputs(" = ", d->out);
        print_constant(d, constant);
    }
    fputc('\n', d->out);
}

static void print_param_names(Dis *d, uint32_t method_rid, const ImgMethodSig *sig) {
    const ImgImage *img = d->img;
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_METHODDEF, method_rid, IMG_METHODDEF_PARAMLIST, &first, &end);
    fputc('(', d->out);
    for (uint32_t i = 0; i < sig->param_count; i++) {
        if (i)
            fputs(", ", d->out);
        print_type_sig(d, sig->params[i], 0);
        for (uint32_t p = first; p < end; p++) {
            uint32_t param = img_list_member(img, IMG_TABLE_PARAM, p);
            if (img_get(img, IMG_TABLE_PARAM, param, IMG_PARAM_SEQUENCE) == i + 1) {
                /* ilasm writes Param rows with no name for unnamed
                 * parameters; print them unnamed rather than as ''. */
                const char *param_name = img_get_string(img, IMG_TABLE_PARAM, param, IMG_PARAM_NAME);
                if (param_name[0]) {
                    fputc(' ', d->out);
                    print_name(d, param_name);
                }
                break;
            }
        }
    }
    fputc(')', d->out);
}

/* A NUL-terminated metadata string as an ilasm quoted string. */
static void print_quoted(Dis *d, const char *text) {
    fputc('"', d->out);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(d->out, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7F)
            fprintf(d->out, "\\x%02x", *p);
        else
            fputc(*p, d->out);
    }
    fputc('"', d->out);
}

/* pinvokeimpl("module" as "entry" flags): the method's ImplMap row, which
 * ilasm needs to rebuild the P/Invoke (a bare pinvokeimpl does not parse). */
static void print_pinvoke(Dis *d, uint32_t method_rid) {
    const ImgImage *img = d->img;
    uint32_t end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_IMPLMAP, IMG_IMPLMAP_MEMBER,
                                   img_coded_encode(IMG_CODED_MEMBERFORWARDED, IMG_TOKEN(IMG_TABLE_METHODDEF, method_rid)),
                                   &end);
    if (!row) {
        fputs("pinvokeimpl /* no ImplMap row */ ", d->out);
        return;
    }
    fputs("pinvokeimpl(", d->out);
    uint32_t scope = img_get_token(img, IMG_TABLE_IMPLMAP, row, IMG_IMPLMAP_SCOPE);
    print_quoted(d, scope ? img_get_string(img, IMG_TABLE_MODULEREF, IMG_TOKEN_RID(scope), IMG_MODULEREF_NAME) : "");
    fputs(" as ", d->out);
    print_quoted(d, img_get_string(img, IMG_TABLE_IMPLMAP, row, IMG_IMPLMAP_IMPORTNAME));
    fputc(' ', d->out);
    PRINT_FLAGS(d, img_get(img, IMG_TABLE_IMPLMAP, row, IMG_IMPLMAP_FLAGS), pinvoke_flags);
    fputs(") ", d->out);
}

/* MethodImpl rows (II.22.27) whose body is this method: the interface or
 * base methods it implements under another name. */
static void print_overrides(Dis *d, uint32_t type_rid, uint32_t method_rid) {
    const ImgImage *img = d->img;
    uint32_t end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_METHODIMPL, IMG_METHODIMPL_CLASS, type_rid, &end);
    for (; row && row < end; row++) {
        if (img_get_token(img, IMG_TABLE_METHODIMPL, row, IMG_METHODIMPL_BODY) !=
            IMG_TOKEN(IMG_TABLE_METHODDEF, method_rid))
            continue;
        fputs("    .override method ", d->out);
        print_method_token(d, img_get_token(img, IMG_TABLE_METHODIMPL, row, IMG_METHODIMPL_DECLARATION));
        fputc('\n', d->out);
    }
}

static void print_method(Dis *d, uint32_t type_rid, uint32_t rid) {
    const ImgImage *img = d->img;
    d->method = rid;
    uint32_t flags = img_get(img, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_FLAGS);
    uint32_t impl = img_get(img, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_IMPLFLAGS);
    uint32_t rva = img_get(img, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_RVA);
    const char *name = img_get_string(img, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_NAME);
    fputs("\n  .method ", d->out);
    PRINT_FLAGS(d, flags, member_access);
    PRINT_FLAGS(d, flags, method_flags);
    if (flags & 0x2000)
        print_pinvoke(d, rid);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(img_get_blob(img, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_SIGNATURE), &arena);
    if (sig) {
        print_call_conv(d, sig->flags);
        print_type_sig(d, sig->ret, 0);
        fputc(' ', d->out);
        print_name(d, name);
        print_generic_params(d, IMG_TOKEN(IMG_TABLE_METHODDEF, rid));
        print_param_names(d, rid, sig);
    } else {
        print_name(d, name);
        problem(d, "method signature", IMG_TOKEN(IMG_TABLE_METHODDEF, rid));
    }
    img_arena_free(&arena);
    fputc(' ', d->out);
    PRINT_FLAGS(d, impl, impl_flags);
    fputs("\n  {\n", d->out);
    print_custom_attributes(d, IMG_TOKEN(IMG_TABLE_METHODDEF, rid), "    ");
    if (IMG_TOKEN_RID(img->entry_point) == rid && IMG_TOKEN_TABLE(img->entry_point) == IMG_TABLE_METHODDEF &&
        img->kind == IMG_KIND_PE)
        fputs("    .entrypoint\n", d->out);
    print_overrides(d, type_rid, rid);
    if (rva && (impl & 0x3) == 0 && img->kind == IMG_KIND_PE)
        print_body(d, rid, rva);
    fputs("  } // end of method ", d->out);
    d->method = 0;
    print_typedef_name(d, type_rid, 0);
    fputs("::", d->out);
    print_name(d, name);
    fputc('\n', d->out);
}

/* The accessors of a property or event (MethodSemantics, II.22.28), one
 * line each, inside braces after its declaration. */
static void print_accessors(Dis *d, uint32_t owner_token) {
    static const FlagName semantics[] = {
        {0x1, 0x1, ".set"}, {0x2, 0x2, ".get"}, {0x4, 0x4, ".other"},
        {0x8, 0x8, ".addon"}, {0x10, 0x10, ".removeon"}, {0x20, 0x20, ".fire"},
    };
    const ImgImage *img = d->img;
    uint32_t coded = img_coded_encode(IMG_CODED_HASSEMANTICS, owner_token), end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_METHODSEMANTICS, IMG_METHODSEMANTICS_ASSOCIATION, coded, &end);
    fputs("  {\n", d->out);
    for (; row && row < end; row++) {
        fputs("    ", d->out);
        PRINT_FLAGS(d, img_get(img, IMG_TABLE_METHODSEMANTICS, row, IMG_METHODSEMANTICS_SEMANTICS), semantics);
        print_method_token(d, img_get_token(img, IMG_TABLE_METHODSEMANTICS, row, IMG_METHODSEMANTICS_METHOD));
        fputc('\n', d->out);
    }
    fputs("  }\n", d->out);
}

static void print_properties_and_events(Dis *d, uint32_t type_rid) {
    const ImgImage *img = d->img;
    uint32_t end, first, stop;
    uint32_t map = img_find_sorted(img, IMG_TABLE_PROPERTYMAP, IMG_PROPERTYMAP_PARENT, type_rid, &end);
    if (map) {
        img_list_range(img, IMG_TABLE_PROPERTYMAP, map, IMG_PROPERTYMAP_PROPERTYLIST, &first, &stop);
        for (uint32_t i = first; i < stop; i++) {
            uint32_t p = img_list_member(img, IMG_TABLE_PROPERTY, i);
            fputs("  .property ", d->out);
            ImgArena arena;
            img_arena_init(&arena);
            ImgMethodSig *sig = img_sig_property(img_get_blob(img, IMG_TABLE_PROPERTY, p, IMG_PROPERTY_TYPE), &arena);
            if (sig) {
                print_call_conv(d, sig->flags);
                print_type_sig(d, sig->ret, 0);
                fputc(' ', d->out);
            } else {
                problem(d, "property signature", IMG_TOKEN(IMG_TABLE_PROPERTY, p));
            }
            print_name(d, img_get_string(img, IMG_TABLE_PROPERTY, p, IMG_PROPERTY_NAME));
            if (sig)
                print_method_sig_params(d, sig, 0);
            img_arena_free(&arena);
            fputc('\n', d->out);
            print_accessors(d, IMG_TOKEN(IMG_TABLE_PROPERTY, p));
        }
    }
    map = img_find_sorted(img, IMG_TABLE_EVENTMAP, IMG_EVENTMAP_PARENT, type_rid, &end);
    if (map) {
        img_list_range(img, IMG_TABLE_EVENTMAP, map, IMG_EVENTMAP_EVENTLIST, &first, &stop);
        for (uint32_t i = first; i < stop; i++) {
            uint32_t e = img_list_member(img, IMG_TABLE_EVENT, i);
            fputs("  .event ", d->out);
            uint32_t type = img_get_token(img, IMG_TABLE_EVENT, e, IMG_EVENT_TYPE);
            if (type) {
                print_type_token(d, type, 0);
                fputc(' ', d->out);
            }
            print_name(d, img_get_string(img, IMG_TABLE_EVENT, e, IMG_EVENT_NAME));
            fputc('\n', d->out);
            print_accessors(d, IMG_TOKEN(IMG_TABLE_EVENT, e));
        }
    }
}

static void print_type(Dis *d, uint32_t rid) {
    const ImgImage *img = d->img;
    uint32_t flags = img_get(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_FLAGS);
    fputs("\n.class ", d->out);
    PRINT_FLAGS(d, flags, type_flags);
    print_typedef_name(d, rid, 0);
    print_generic_params(d, IMG_TOKEN(IMG_TABLE_TYPEDEF, rid));
    uint32_t extends = img_get_token(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_EXTENDS);
    if (extends) {
        fputs("\n  extends ", d->out);
        print_type_token(d, extends, 0);
    }
    uint32_t end;
    uint32_t impl = img_find_sorted(img, IMG_TABLE_INTERFACEIMPL, IMG_INTERFACEIMPL_CLASS, rid, &end);
    for (uint32_t r = impl; impl && r < end; r++) {
        fputs(r == impl ? "\n  implements " : ", ", d->out);
        print_type_token(d, img_get_token(img, IMG_TABLE_INTERFACEIMPL, r, IMG_INTERFACEIMPL_INTERFACE), 0);
    }
    fputs("\n{\n", d->out);
    print_custom_attributes(d, IMG_TOKEN(IMG_TABLE_TYPEDEF, rid), "  ");
    uint32_t layout = img_find_sorted(img, IMG_TABLE_CLASSLAYOUT, IMG_CLASSLAYOUT_PARENT, rid, &end);
    if (layout)
        fprintf(d->out, "  .pack %u\n  .size %u\n", img_get(img, IMG_TABLE_CLASSLAYOUT, layout, IMG_CLASSLAYOUT_PACKINGSIZE),
                img_get(img, IMG_TABLE_CLASSLAYOUT, layout, IMG_CLASSLAYOUT_CLASSSIZE));
    uint32_t first, stop;
    img_list_range(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_FIELDLIST, &first, &stop);
    for (uint32_t i = first; i < stop && !d->options->method_filter; i++)
        print_field(d, img_list_member(img, IMG_TABLE_FIELD, i));
    img_list_range(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_METHODLIST, &first, &stop);
    for (uint32_t i = first; i < stop; i++) {
        uint32_t method = img_list_member(img, IMG_TABLE_METHODDEF, i);
        if (method_selected(d, rid, method))
            print_method(d, rid, method);
    }
    if (!d->options->method_filter)
        print_properties_and_events(d, rid);
    fputs("} // end of class ", d->out);
    print_typedef_name(d, rid, 0);
    fputc('\n', d->out);
}

unsigned diag_disassemble(FILE *out, const ImgImage *img, const DiagDisOptions *options, DiagDisReport *report) {
    DiagDisReport local;
    Dis d = {out, img, options, report ? report : &local, 0};
    d.report->problems = 0;
    d.report->first_problem[0] = 0;
    if (options->headers)
        print_headers(&d);
    if (!options->type_filter && !options->method_filter) {
        print_assembly_refs(&d);
        print_assembly(&d);
        print_module(&d);
    }
    for (uint32_t rid = 1; rid <= img_row_count(img, IMG_TABLE_TYPEDEF); rid++)
        if (type_selected(&d, rid) && type_has_selected_method(&d, rid))
            print_type(&d, rid);
    return d.report->problems;
}
