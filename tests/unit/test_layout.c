/*
 * test_layout.c - value-type layout against an outside oracle: Mono.
 *
 * tests/layout/expected.txt was printed by Mono running
 * tests/layout/layout.exe (built from layout.il; see the README there):
 * one line per value type, "<name> <sizeof>[ <note>]", where sizeof is
 * Mono's unboxed size, which LdMethodTable.value_size must equal for
 * sequential and explicit layout. A note marks a size Lucid need not
 * match ("auto": auto layout, where Lucid has its own rule; "mono-empty":
 * Mono's size 0 for a field-less struct); those are reported, not failed.
 *
 * Names are Type.ToString() as Mono writes them: "Ns.Name", "Ns.Outer+Inner",
 * and "Ns.Name`N[Arg1,Arg2]" for generic instances with the arguments in
 * the same form. System.* resolves in corlib, Layout.* in layout.exe.
 *
 * A few GC descriptors and field offsets are checked by hand: the sizes
 * alone would not notice a reference slot in the wrong place.
 */
#include <ctype.h>
#include <stdlib.h>

#include "loader/loader.h"
#include "unit.h"

#define LAYOUT_DIR "tests/layout"
#define LAYOUT_EXE LAYOUT_DIR "/layout.exe"
#define EXPECTED LAYOUT_DIR "/expected.txt"

typedef struct Fixture {
    LdLoader *loader;
    LdAssembly *layout;
} Fixture;

static bool open_fixture(Fixture *f) {
    LdConfig config = {.program_dir = LAYOUT_DIR};
    LdError error;
    f->loader = ld_create(&config, &error);
    if (!f->loader) {
        printf("  ld_create: %s\n", error.message);
        return false;
    }
    f->layout = ld_load_file(f->loader, LAYOUT_EXE, &error);
    if (!f->layout) {
        printf("  ld_load_file %s: %s\n", LAYOUT_EXE, error.message);
        ld_destroy(f->loader);
        f->loader = NULL;
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Names                                                              */
/* ------------------------------------------------------------------ */

/* The generic bracket syntax, read recursively: a name runs to the first
 * '[', ',' or ']' (none occurs inside a type name in this assembly or in
 * the corlib types it names), then an optional argument list. Returns the
 * type (a shell) and advances *p past it; NULL with a message on failure. */
static LdMethodTable *parse_type(Fixture *f, const char **p, LdError *error) {
    const char *start = *p;
    size_t length = strcspn(start, "[],");
    char name[512];
    if (length == 0 || length >= sizeof name) {
        snprintf(error->message, sizeof error->message, "bad type name at \"%.40s\"", start);
        return NULL;
    }
    memcpy(name, start, length);
    name[length] = 0;
    *p = start + length;

    /* The test assembly defines only Layout.*; everything else it names is
     * corlib's, and a lookup in the wrong assembly would just fail. */
    LdAssembly *assembly = strncmp(name, "Layout.", 7) == 0 ? f->layout : ld_corlib(f->loader);
    LdTypeDef def;
    if (!ld_find_type_by_full_name(assembly, name, &def, error))
        return NULL;
    LdMethodTable *type = ld_type_from_typedef(def.assembly, def.rid, error);
    if (!type || **p != '[')
        return type;

    LdMethodTable *args[8];
    uint32_t count = 0;
    do {
        (*p)++; /* '[' or ',' */
        if (count == sizeof args / sizeof args[0]) {
            snprintf(error->message, sizeof error->message, "%.200s: too many generic arguments", name);
            return NULL;
        }
        if (!(args[count++] = parse_type(f, p, error)))
            return NULL;
    } while (**p == ',');
    if (**p != ']') {
        snprintf(error->message, sizeof error->message, "%.200s: missing ']'", name);
        return NULL;
    }
    (*p)++;
    /* The arity in the name must agree with the list, or the file and
     * the parser disagree about the syntax. */
    const char *tick = strrchr(name, '`');
    if (!tick || strtoul(tick + 1, NULL, 10) != count) {
        snprintf(error->message, sizeof error->message, "%.200s: %u generic arguments", name, count);
        return NULL;
    }
    return ld_instantiate(type, count, args, error);
}

/* A whole name, loaded. */
static LdMethodTable *load_type(Fixture *f, const char *name, LdError *error) {
    const char *p = name;
    LdMethodTable *type = parse_type(f, &p, error);
    if (!type)
        return NULL;
    if (*p) {
        snprintf(error->message, sizeof error->message, "trailing text \"%s\"", p);
        return NULL;
    }
    return ld_type_load(type, error) ? type : NULL;
}

static const LdField *instance_field(const LdMethodTable *type, const char *name) {
    const LdClass *c = type->klass;
    for (uint32_t i = 0; c && i < c->field_count; i++)
        if (!(c->fields[i].flags & LD_FIELD_STATIC) && strcmp(c->fields[i].name, name) == 0)
            return &c->fields[i];
    return NULL;
}

/* ------------------------------------------------------------------ */
/* expected.txt                                                       */
/* ------------------------------------------------------------------ */

typedef struct Expected {
    char name[512];
    uint32_t size;
    char note[32]; /* "" when Lucid must match */
} Expected;

/* Every line of expected.txt; blank lines and '#' comments skipped. */
static Expected *read_expected(uint32_t *count) {
    *count = 0;
    FILE *file = fopen(EXPECTED, "r");
    if (!file) {
        printf("  cannot open %s (tests run from the repository root)\n", EXPECTED);
        return NULL;
    }
    Expected *lines = NULL;
    uint32_t capacity = 0;
    char line[1024];
    while (fgets(line, sizeof line, file)) {
        char *s = line;
        while (isspace((unsigned char)*s))
            s++;
        if (!*s || *s == '#')
            continue;
        if (*count == capacity) {
            capacity = capacity ? capacity * 2 : 128;
            Expected *grown = realloc(lines, capacity * sizeof *grown);
            if (!grown)
                break;
            lines = grown;
        }
        Expected *e = &lines[*count];
        e->note[0] = 0;
        int fields = sscanf(s, "%511s %u %31s", e->name, &e->size, e->note);
        if (fields < 2) {
            printf("  %s: unreadable line: %s", EXPECTED, s);
            continue;
        }
        (*count)++;
    }
    fclose(file);
    return lines;
}

/* ------------------------------------------------------------------ */
/* Tests                                                              */
/* ------------------------------------------------------------------ */

/* Check every line whose note is (strict) or is not (!strict) empty;
 * only strict lines fail the test. */
static void check_sizes(bool strict) {
    uint32_t count;
    Expected *lines = read_expected(&count);
    /* layout.il prints about ninety types: far fewer means a truncated file. */
    CHECK(count >= 80);
    Fixture f;
    if (!lines || !open_fixture(&f)) {
        free(lines);
        CHECK(0);
        return;
    }
    uint32_t checked = 0, matched = 0;
    for (uint32_t i = 0; i < count; i++) {
        const Expected *e = &lines[i];
        if ((e->note[0] == 0) != strict)
            continue;
        checked++;
        LdError error;
        LdMethodTable *type = load_type(&f, e->name, &error);
        if (!type) {
            printf("  %s %s: %s\n", strict ? "FAILED" : "note:", e->name, error.message);
            if (strict)
                CHECK(type != NULL);
            continue;
        }
        if (type->kind != LD_KIND_VALUETYPE) {
            printf("  %s %s: kind %u, not a value type\n", strict ? "FAILED" : "note:", e->name, type->kind);
            if (strict)
                CHECK(type->kind == LD_KIND_VALUETYPE);
            continue;
        }
        if (type->value_size == e->size) {
            matched++;
            continue;
        }
        char lucid_name[512];
        ld_type_name(type, lucid_name, sizeof lucid_name);
        if (strict) {
            printf("  MISMATCH %s: mono %u, lucid %u (value_align %u, lucid's name %s)\n", e->name, e->size,
                   type->value_size, type->value_align, lucid_name);
            unit_current_failed = 1;
        } else {
            printf("  note (%s) %s: mono %u, lucid %u (value_align %u, lucid's name %s)\n", e->note, e->name,
                   e->size, type->value_size, type->value_align, lucid_name);
        }
    }
    printf("  %s: %u of %u sizes equal Mono's\n", strict ? "strict" : "noted", matched, checked);
    ld_destroy(f.loader);
    free(lines);
}

static void test_sizes_equal_mono(void) {
    check_sizes(true);
}

/* Auto layout and Mono's empty-struct quirk: informational. */
static void test_noted_sizes(void) {
    check_sizes(false);
}

/* One run of `count` reference slots at `offset`, and nothing else. */
static void check_one_series(Fixture *f, const char *name, uint32_t offset, uint32_t count) {
    LdError error;
    LdMethodTable *type = load_type(f, name, &error);
    if (!type) {
        printf("  %s: %s\n", name, error.message);
        CHECK(type != NULL);
        return;
    }
    CHECK(type->flags & LD_MT_CONTAINS_REFS);
    if (type->gc_series_count != 1 || type->gc_series[0].offset != offset || type->gc_series[0].count != count) {
        printf("  %s: want one series {offset %u, count %u}, have %u:", name, offset, count,
               type->gc_series_count);
        for (uint32_t i = 0; i < type->gc_series_count; i++)
            printf(" {%u, %u}", type->gc_series[i].offset, type->gc_series[i].count);
        printf("\n");
        unit_current_failed = 1;
    }
}

static void test_gc_series(void) {
    Fixture f;
    if (!open_fixture(&f)) {
        CHECK(0);
        return;
    }
    /* key at 0, value (a string) at 8. */
    check_one_series(&f, "System.Collections.Generic.KeyValuePair`2[System.Int32,System.String]", 8, 1);
    /* byte, padding, object. */
    check_one_series(&f, "Layout.ByteRef", 8, 1);
    check_one_series(&f, "Layout.RefByte", 0, 1);
    check_one_series(&f, "Layout.ByteStringByte", 8, 1);
    /* Explicit: the reference exactly where .field [8] puts it. */
    check_one_series(&f, "Layout.ExplicitRef", 8, 1);
    /* Two references at offset 0 are one slot, not two. */
    check_one_series(&f, "Layout.SharedRef", 0, 1);
    /* Both keys and values are references: one run of two. */
    check_one_series(&f, "System.Collections.Generic.KeyValuePair`2[System.String,System.Object]", 0, 2);
    /* A generic argument's slots move with the field that holds it:
     * tag at 0, the pair at 8, so its value at 16. */
    check_one_series(&f, "Layout.Tagged`1[System.Collections.Generic.KeyValuePair`2[System.Int32,System.String]]", 16,
                     1);
    check_one_series(&f, "Layout.Pair`2[System.Object,System.Byte]", 0, 1);
    /* .pack 1 does not misalign a reference: Mono puts it at 8, and a GC
     * slot at an odd offset could not be scanned as a pointer anyway. */
    check_one_series(&f, "Layout.PackedRef", 8, 1);
    /* Nor a struct holding one: ByteRef at 8, its object at 8 within. */
    check_one_series(&f, "Layout.PackedRefStruct", 16, 1);

    /* No references: no series, and the flag says so. */
    static const char *const plain[] = {
        "Layout.ByteIntByte",
        "System.DateTime",
        "System.Collections.Generic.KeyValuePair`2[System.Byte,System.Int64]",
        "Layout.WithFixed",
    };
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        LdError error;
        LdMethodTable *type = load_type(&f, plain[i], &error);
        if (!type) {
            printf("  %s: %s\n", plain[i], error.message);
            CHECK(type != NULL);
            continue;
        }
        CHECK_EQ(type->gc_series_count, 0);
        CHECK(!(type->flags & LD_MT_CONTAINS_REFS));
    }
    ld_destroy(f.loader);
}

/* Field offsets where the rules bite: padding, .pack, overlap. Each was
 * measured under Mono (ldflda minus the struct's address), not derived. */
static void test_field_offsets(void) {
    Fixture f;
    if (!open_fixture(&f)) {
        CHECK(0);
        return;
    }
    static const struct {
        const char *type, *field;
        uint32_t offset;
    } cases[] = {
        {"Layout.ByteIntByte", "a", 0},
        {"Layout.ByteIntByte", "b", 4},
        {"Layout.ByteIntByte", "c", 8},
        {"Layout.Packed", "b", 1},
        {"Layout.Packed", "c", 5},
        {"Layout.Packed2", "b", 2},
        {"Layout.Packed2", "c", 6},
        {"Layout.Packed4Long", "b", 4},
        {"Layout.Outer", "m", 8},
        {"Layout.Middle", "i", 8},
        {"Layout.BoolDouble", "d", 8},
        {"Layout.WithFixed", "buf", 2},
        {"Layout.WithFixed", "after", 20},
        {"Layout.Overlap", "b", 2},
        {"Layout.Overlap", "c", 0},
        {"Layout.Overlap", "d", 6},
        {"Layout.ExplicitRef", "o", 8},
        {"Layout.PackedRef", "o", 8},
        {"Layout.PackedRef", "c", 16},
        {"Layout.PackedRefStruct", "s", 8},
        {"Layout.ExplicitPacked", "i", 1},
        {"Layout.ExplicitNested", "s", 8},
        {"System.Collections.Generic.KeyValuePair`2[System.Int32,System.String]", "value", 8},
        {"System.Nullable`1[System.Int64]", "value", 8},
        {"System.Nullable`1[System.Byte]", "value", 1},
        {"Layout.Pair`2[System.Int16,Layout.Pair`2[System.Byte,System.Int16]]", "second", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        LdError error;
        LdMethodTable *type = load_type(&f, cases[i].type, &error);
        if (!type) {
            printf("  %s: %s\n", cases[i].type, error.message);
            CHECK(type != NULL);
            continue;
        }
        const LdField *field = instance_field(type, cases[i].field);
        if (!field) {
            printf("  %s: no instance field %s\n", cases[i].type, cases[i].field);
            CHECK(field != NULL);
            continue;
        }
        if (field->offset != cases[i].offset) {
            printf("  %s.%s: offset %u, want %u\n", cases[i].type, cases[i].field, field->offset,
                   cases[i].offset);
            unit_current_failed = 1;
        }
    }
    ld_destroy(f.loader);
}

/* Enums and Nullable<T> carry their element type; primitives are marked. */
static void test_kinds(void) {
    Fixture f;
    if (!open_fixture(&f)) {
        CHECK(0);
        return;
    }
    LdError error;
    LdMethodTable *e = load_type(&f, "Layout.EnumU2", &error);
    LdMethodTable *u2 = load_type(&f, "System.UInt16", &error);
    CHECK(e && u2);
    if (e && u2) {
        CHECK(e->flags & LD_MT_ENUM);
        CHECK(e->element == u2);
        CHECK(u2->flags & LD_MT_PRIMITIVE);
        CHECK_EQ(e->elem, u2->elem);
    }
    LdMethodTable *n = load_type(&f, "System.Nullable`1[System.Int32]", &error);
    LdMethodTable *i4 = load_type(&f, "System.Int32", &error);
    CHECK(n && i4);
    if (n && i4) {
        CHECK(n->flags & LD_MT_NULLABLE);
        CHECK(n->element == i4);
    }
    /* The same name twice is the same type: instantiations are cached. */
    LdMethodTable *a = load_type(&f, "Layout.Pair`2[System.Byte,System.Int64]", &error);
    LdMethodTable *b = load_type(&f, "Layout.Pair`2[System.Byte,System.Int64]", &error);
    CHECK(a != NULL && a == b);
    ld_destroy(f.loader);
}

int main(void) {
    RUN(test_sizes_equal_mono);
    RUN(test_noted_sizes);
    RUN(test_gc_series);
    RUN(test_field_offsets);
    RUN(test_kinds);
    UNIT_END();
}
