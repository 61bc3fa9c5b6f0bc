/*
 * test_tables.c - the metadata root, table layout, validation and row
 * access of the image layer.
 *
 * Synthetic images are bare metadata (BSJB) built byte by byte here, so
 * each test controls exactly the widths, heaps and indirections it checks:
 * uncompressed "#-" streams with *Ptr tables, 4-byte heap indices, coded
 * indices that widen past 2^(16 - tag bits) rows, and malformed variants
 * that img_open must reject with a reason. Real assemblies from Mono's 4.5
 * profile check the look-up helpers against brute force.
 */
#include <stdlib.h>

#include "image/image.h"
#include "unit.h"

/* ------------------------------------------------------------------ */
/* A tiny metadata writer                                             */
/* ------------------------------------------------------------------ */

typedef struct Bytes {
    uint8_t *data;
    size_t size, cap;
} Bytes;

static void put(Bytes *b, const void *p, size_t n) {
    if (b->size + n > b->cap) {
        b->cap = (b->size + n) * 2 + 64;
        b->data = realloc(b->data, b->cap);
    }
    memcpy(b->data + b->size, p, n);
    b->size += n;
}
static void put8(Bytes *b, uint8_t v) { put(b, &v, 1); }
static void put16(Bytes *b, uint16_t v) { put8(b, v & 0xFF); put8(b, v >> 8); }
static void put32(Bytes *b, uint32_t v) { put16(b, v & 0xFFFF); put16(b, v >> 16); }
static void put64(Bytes *b, uint64_t v) { put32(b, (uint32_t)v); put32(b, (uint32_t)(v >> 32)); }
static void put_index(Bytes *b, uint32_t v, int wide) { if (wide) put32(b, v); else put16(b, (uint16_t)v); }

typedef struct Stream {
    const char *name;
    Bytes bytes;
} Stream;

/* Lay out a metadata root with the given streams. */
static Bytes metadata_root(Stream *streams, int count) {
    Bytes root = {0};
    const char version[] = "v4.0.30319\0\0"; /* 12 bytes, padded */
    put32(&root, 0x424A5342);
    put16(&root, 1);
    put16(&root, 1);
    put32(&root, 0);
    put32(&root, 12);
    put(&root, version, 12);
    put16(&root, 0);
    put16(&root, (uint16_t)count);
    size_t header_size = root.size;
    for (int i = 0; i < count; i++)
        header_size += 8 + ((strlen(streams[i].name) + 1 + 3) & ~(size_t)3);
    uint32_t offset = (uint32_t)header_size;
    for (int i = 0; i < count; i++) {
        size_t name_size = (strlen(streams[i].name) + 1 + 3) & ~(size_t)3;
        char name[40] = {0};
        strcpy(name, streams[i].name);
        put32(&root, offset);
        put32(&root, (uint32_t)streams[i].bytes.size);
        put(&root, name, name_size);
        offset += (uint32_t)((streams[i].bytes.size + 3) & ~(size_t)3);
    }
    for (int i = 0; i < count; i++) {
        put(&root, streams[i].bytes.data, streams[i].bytes.size);
        while (root.size & 3)
            put8(&root, 0);
    }
    return root;
}

/* "#Strings": index 1 "<Module>", 10 "Foo", 14 "a", 16 "b", 18 "M1", 21 "M2", 24 "M3", 27 "Bar" */
static Bytes strings_heap(void) {
    Bytes s = {0};
    put(&s, "\0<Module>\0Foo\0a\0b\0M1\0M2\0M3\0Bar\0\0", 32);
    return s;
}

enum { S_MODULE = 1, S_FOO = 10, S_A = 14, S_B = 16, S_M1 = 18, S_M2 = 21, S_M3 = 24, S_BAR = 27 };

typedef struct Layout {
    int wide_strings;        /* heap_sizes bit 0 */
    int uncompressed;        /* "#-" with FieldPtr/MethodPtr */
    uint32_t bad_string;     /* if nonzero, Field 1's name index */
    uint32_t typeref_rows;   /* extra TypeRef rows, to widen coded indices */
    uint32_t extends_value;  /* if nonzero, TypeDef 2's Extends raw value */
    int unknown_table;       /* set valid bit 0x2D */
    int truncate_tables;     /* drop the last bytes of the table stream */
} Layout;

/*
 * Module(1), TypeRef(n), TypeDef(2: <Module>, Foo), Field(2), MethodDef(3).
 * Foo owns fields a, b and methods M1..M3. In the uncompressed layout the
 * Field and MethodDef tables are stored in reverse, and the Ptr tables put
 * them back in order: list ranges index the Ptr tables.
 */
static Bytes build(const Layout *l) {
    Bytes t = {0};
    int ws = l->wide_strings;
    int ptrs = l->uncompressed;
    uint64_t valid = (1ull << 0x00) | (1ull << 0x02) | (1ull << 0x04) | (1ull << 0x06);
    if (l->typeref_rows)
        valid |= 1ull << 0x01;
    if (ptrs)
        valid |= (1ull << 0x03) | (1ull << 0x05);
    if (l->unknown_table)
        valid |= 1ull << 0x2D;
    put32(&t, 0);
    put8(&t, 2);
    put8(&t, 0);
    put8(&t, (uint8_t)(ws ? 1 : 0));
    put8(&t, 1);
    put64(&t, valid);
    put64(&t, 0);
    put32(&t, 1); /* Module */
    if (l->typeref_rows)
        put32(&t, l->typeref_rows);
    put32(&t, 2); /* TypeDef */
    if (ptrs)
        put32(&t, 2); /* FieldPtr */
    put32(&t, 2);     /* Field */
    if (ptrs)
        put32(&t, 3); /* MethodPtr */
    put32(&t, 3);     /* MethodDef */
    if (l->unknown_table)
        put32(&t, 1);
    /* Module: Generation, Name, Mvid, EncId, EncBaseId */
    put16(&t, 0);
    put_index(&t, S_MODULE, ws);
    put16(&t, 0);
    put16(&t, 0);
    put16(&t, 0);
    /* TypeRef: ResolutionScope (coded, 2 tag bits), Name, Namespace */
    int wide_scope = l->typeref_rows >= (1u << 14); /* ResolutionScope can name a TypeRef */
    int wide_typedefref = l->typeref_rows >= (1u << 14);
    for (uint32_t i = 0; i < l->typeref_rows; i++) {
        put_index(&t, 0, wide_scope);
        put_index(&t, S_BAR, ws);
        put_index(&t, 0, ws);
    }
    /* TypeDef: Flags, Name, Namespace, Extends, FieldList, MethodList */
    put32(&t, 0);
    put_index(&t, S_MODULE, ws);
    put_index(&t, 0, ws);
    put_index(&t, 0, wide_typedefref);
    put16(&t, 1);
    put16(&t, 1);
    put32(&t, 0x100001);
    put_index(&t, S_FOO, ws);
    put_index(&t, 0, ws);
    put_index(&t, l->extends_value, wide_typedefref);
    put16(&t, 1);
    put16(&t, 1);
    if (ptrs) {
        put16(&t, 2); /* FieldPtr: position 1 -> Field 2 ("a") */
        put16(&t, 1);
    }
    /* Field: Flags, Name, Signature. Reversed when indirected. */
    const uint32_t field_names[2] = {ptrs ? S_B : S_A, ptrs ? S_A : S_B};
    for (int i = 0; i < 2; i++) {
        put16(&t, 0x0001);
        put_index(&t, i == 0 && l->bad_string ? l->bad_string : field_names[i], ws);
        put16(&t, 0);
    }
    if (ptrs) {
        put16(&t, 3);
        put16(&t, 2);
        put16(&t, 1);
    }
    const uint32_t method_names[3] = {ptrs ? S_M3 : S_M1, S_M2, ptrs ? S_M1 : S_M3};
    for (int i = 0; i < 3; i++) {
        put32(&t, 0);     /* RVA */
        put16(&t, 0);     /* ImplFlags */
        put16(&t, 0x0006);
        put_index(&t, method_names[i], ws);
        put16(&t, 0);     /* Signature */
        put16(&t, 1);     /* ParamList: empty */
    }
    if (l->truncate_tables)
        t.size -= 3;
    Stream streams[3] = {{ptrs ? "#-" : "#~", t}, {"#Strings", strings_heap()}, {"#Blob", {0}}};
    put8(&streams[2].bytes, 0);
    Bytes root = metadata_root(streams, 3);
    for (int i = 0; i < 3; i++)
        free(streams[i].bytes.data);
    return root;
}

static ImgImage *open_layout(const Layout *l, Bytes *keep, ImgError *error) {
    *keep = build(l);
    return img_open_memory(keep->data, keep->size, false, error);
}

/* ------------------------------------------------------------------ */
/* Tests                                                               */
/* ------------------------------------------------------------------ */

static void test_schema_matches_ecma(void) {
    /* Column counts of II.22 and the portable PDB spec. */
    static const struct { ImgTableId table; int columns; } expected[] = {
        {IMG_TABLE_MODULE, 5}, {IMG_TABLE_TYPEREF, 3}, {IMG_TABLE_TYPEDEF, 6}, {IMG_TABLE_FIELDPTR, 1},
        {IMG_TABLE_FIELD, 3}, {IMG_TABLE_METHODPTR, 1}, {IMG_TABLE_METHODDEF, 6}, {IMG_TABLE_PARAMPTR, 1},
        {IMG_TABLE_PARAM, 3}, {IMG_TABLE_INTERFACEIMPL, 2}, {IMG_TABLE_MEMBERREF, 3}, {IMG_TABLE_CONSTANT, 3},
        {IMG_TABLE_CUSTOMATTRIBUTE, 3}, {IMG_TABLE_FIELDMARSHAL, 2}, {IMG_TABLE_DECLSECURITY, 3},
        {IMG_TABLE_CLASSLAYOUT, 3}, {IMG_TABLE_FIELDLAYOUT, 2}, {IMG_TABLE_STANDALONESIG, 1},
        {IMG_TABLE_EVENTMAP, 2}, {IMG_TABLE_EVENTPTR, 1}, {IMG_TABLE_EVENT, 3}, {IMG_TABLE_PROPERTYMAP, 2},
        {IMG_TABLE_PROPERTYPTR, 1}, {IMG_TABLE_PROPERTY, 3}, {IMG_TABLE_METHODSEMANTICS, 3},
        {IMG_TABLE_METHODIMPL, 3}, {IMG_TABLE_MODULEREF, 1}, {IMG_TABLE_TYPESPEC, 1}, {IMG_TABLE_IMPLMAP, 4},
        {IMG_TABLE_FIELDRVA, 2}, {IMG_TABLE_ENCLOG, 2}, {IMG_TABLE_ENCMAP, 1}, {IMG_TABLE_ASSEMBLY, 9},
        {IMG_TABLE_ASSEMBLYPROCESSOR, 1}, {IMG_TABLE_ASSEMBLYOS, 3}, {IMG_TABLE_ASSEMBLYREF, 9},
        {IMG_TABLE_ASSEMBLYREFPROCESSOR, 2}, {IMG_TABLE_ASSEMBLYREFOS, 4}, {IMG_TABLE_FILE, 3},
        {IMG_TABLE_EXPORTEDTYPE, 5}, {IMG_TABLE_MANIFESTRESOURCE, 4}, {IMG_TABLE_NESTEDCLASS, 2},
        {IMG_TABLE_GENERICPARAM, 4}, {IMG_TABLE_METHODSPEC, 2}, {IMG_TABLE_GENERICPARAMCONSTRAINT, 2},
        {IMG_TABLE_DOCUMENT, 4}, {IMG_TABLE_METHODDEBUGINFORMATION, 2}, {IMG_TABLE_LOCALSCOPE, 6},
        {IMG_TABLE_LOCALVARIABLE, 3}, {IMG_TABLE_LOCALCONSTANT, 2}, {IMG_TABLE_IMPORTSCOPE, 2},
        {IMG_TABLE_STATEMACHINEMETHOD, 2}, {IMG_TABLE_CUSTOMDEBUGINFORMATION, 3},
    };
    int named = 0;
    for (unsigned t = 0; t < IMG_TABLE_COUNT; t++)
        named += img_table_schema[t].name != NULL;
    CHECK_EQ(named, (int)(sizeof expected / sizeof expected[0]));
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++)
        CHECK_EQ(img_table_schema[expected[i].table].column_count, expected[i].columns);
    CHECK_STR(img_table_name(IMG_TABLE_GENERICPARAMCONSTRAINT), "GenericParamConstraint");
    CHECK(img_table_name((ImgTableId)0x2D) == NULL);
}

static void test_coded_index_round_trip(void) {
    /* TypeDefOrRef: tag 2 bits, TypeSpec = 2 */
    CHECK_EQ(img_coded_decode(IMG_CODED_TYPEDEFORREF, (5 << 2) | 2), IMG_TOKEN(IMG_TABLE_TYPESPEC, 5));
    CHECK_EQ(img_coded_decode(IMG_CODED_TYPEDEFORREF, (5 << 2) | 3), 0); /* no table 3 */
    CHECK_EQ(img_coded_decode(IMG_CODED_TYPEDEFORREF, 0), 0);
    /* HasCustomAttribute: 5 bits, MethodSpec is tag 21 */
    CHECK_EQ(img_coded_decode(IMG_CODED_HASCUSTOMATTRIBUTE, (7 << 5) | 21), IMG_TOKEN(IMG_TABLE_METHODSPEC, 7));
    /* CustomAttributeType: tags 0, 1, 4 are unused */
    CHECK_EQ(img_coded_decode(IMG_CODED_CUSTOMATTRIBUTETYPE, (1 << 3) | 0), 0);
    CHECK_EQ(img_coded_decode(IMG_CODED_CUSTOMATTRIBUTETYPE, (1 << 3) | 3), IMG_TOKEN(IMG_TABLE_MEMBERREF, 1));
    CHECK_EQ(img_coded_decode(IMG_CODED_RESOLUTIONSCOPE, (9 << 2) | 3), IMG_TOKEN(IMG_TABLE_TYPEREF, 9));
    CHECK_EQ(img_coded_decode(IMG_CODED_HASCUSTOMDEBUGINFORMATION, (2 << 5) | 26),
             IMG_TOKEN(IMG_TABLE_IMPORTSCOPE, 2));
    /* Every table a kind names round-trips. */
    for (unsigned kind = 0; kind < IMG_CODED_COUNT; kind++) {
        for (unsigned t = 0; t < IMG_TABLE_COUNT; t++) {
            uint32_t token = IMG_TOKEN(t, 123);
            uint32_t value = img_coded_encode((ImgCodedKind)kind, token);
            if (value != UINT32_MAX)
                CHECK_EQ(img_coded_decode((ImgCodedKind)kind, value), token);
        }
    }
    CHECK_EQ(img_coded_encode(IMG_CODED_TYPEDEFORREF, IMG_TOKEN(IMG_TABLE_FIELD, 1)), UINT32_MAX);
}

static void test_compressed_layout(void) {
    Layout l = {0};
    Bytes keep;
    ImgError error;
    ImgImage *img = open_layout(&l, &keep, &error);
    CHECK(img != NULL);
    if (!img) {
        printf("  %s\n", error.message);
        return;
    }
    CHECK_EQ(img->kind, IMG_KIND_METADATA);
    CHECK(!img->uncompressed);
    CHECK_STR(img->md_version, "v4.0.30319");
    CHECK_EQ(img_row_count(img, IMG_TABLE_TYPEDEF), 2);
    CHECK_EQ(img->tables[IMG_TABLE_TYPEDEF].row_size, 4 + 2 + 2 + 2 + 2 + 2);
    CHECK_STR(img_get_string(img, IMG_TABLE_TYPEDEF, 2, IMG_TYPEDEF_NAME), "Foo");
    CHECK_EQ(img_get(img, IMG_TABLE_TYPEDEF, 2, IMG_TYPEDEF_FLAGS), 0x100001);
    CHECK_EQ(img_get(img, IMG_TABLE_TYPEDEF, 3, IMG_TYPEDEF_FLAGS), 0); /* past the end */
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_TYPEDEF, 1, IMG_TYPEDEF_METHODLIST, &first, &end);
    CHECK_EQ(first, 1);
    CHECK_EQ(end, 1); /* <Module> owns nothing */
    img_list_range(img, IMG_TABLE_TYPEDEF, 2, IMG_TYPEDEF_METHODLIST, &first, &end);
    CHECK_EQ(first, 1);
    CHECK_EQ(end, 4);
    CHECK_STR(img_get_string(img, IMG_TABLE_METHODDEF, img_list_member(img, IMG_TABLE_METHODDEF, 1),
                             IMG_METHODDEF_NAME), "M1");
    for (uint32_t m = 1; m <= 3; m++)
        CHECK_EQ(img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, m), 2);
    CHECK_EQ(img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_FIELDLIST, 2), 2);
    img_close(img);
    free(keep.data);
}

static void test_uncompressed_ptr_tables(void) {
    Layout l = {.uncompressed = 1};
    Bytes keep;
    ImgError error;
    ImgImage *img = open_layout(&l, &keep, &error);
    CHECK(img != NULL);
    if (!img) {
        printf("  %s\n", error.message);
        return;
    }
    CHECK(img->uncompressed);
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_TYPEDEF, 2, IMG_TYPEDEF_METHODLIST, &first, &end);
    CHECK_EQ(end - first, 3);
    /* Positions go through MethodPtr: in list order the names are M1, M2, M3. */
    const char *expected[3] = {"M1", "M2", "M3"};
    for (uint32_t i = first; i < end; i++)
        CHECK_STR(img_get_string(img, IMG_TABLE_METHODDEF, img_list_member(img, IMG_TABLE_METHODDEF, i),
                                 IMG_METHODDEF_NAME), expected[i - first]);
    img_list_range(img, IMG_TABLE_TYPEDEF, 2, IMG_TYPEDEF_FIELDLIST, &first, &end);
    CHECK_STR(img_get_string(img, IMG_TABLE_FIELD, img_list_member(img, IMG_TABLE_FIELD, first), IMG_FIELD_NAME), "a");
    /* The owner of a real rid is found through the Ptr table. */
    CHECK_EQ(img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, 3), 2);
    CHECK_EQ(img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, 4), 0);
    img_close(img);
    free(keep.data);
}

static void test_wide_heap_and_coded_indices(void) {
    /* 4-byte string indices, and enough TypeRefs (2^14) to widen TypeDefOrRef. */
    Layout l = {.wide_strings = 1, .typeref_rows = 1u << 14, .extends_value = ((1u << 14) << 2) | 1};
    Bytes keep;
    ImgError error;
    ImgImage *img = open_layout(&l, &keep, &error);
    CHECK(img != NULL);
    if (!img) {
        printf("  %s\n", error.message);
        return;
    }
    CHECK_EQ(img->tables[IMG_TABLE_TYPEDEF].row_size, 4 + 4 + 4 + 4 + 2 + 2);
    CHECK_EQ(img->tables[IMG_TABLE_TYPEREF].row_size, 4 + 4 + 4);
    CHECK_STR(img_get_string(img, IMG_TABLE_TYPEDEF, 2, IMG_TYPEDEF_NAME), "Foo");
    CHECK_EQ(img_get_token(img, IMG_TABLE_TYPEDEF, 2, IMG_TYPEDEF_EXTENDS), IMG_TOKEN(IMG_TABLE_TYPEREF, 1u << 14));
    CHECK_STR(img_get_string(img, IMG_TABLE_TYPEREF, 1u << 14, IMG_TYPEREF_NAME), "Bar");
    img_close(img);
    free(keep.data);
}

static void expect_rejected(const Layout *l, const char *fragment) {
    Bytes keep;
    ImgError error;
    ImgImage *img = open_layout(l, &keep, &error);
    CHECK(img == NULL);
    if (img) {
        img_close(img);
    } else {
        CHECK(!error.io);
        if (!strstr(error.message, fragment))
            printf("  message \"%s\" lacks \"%s\"\n", error.message, fragment);
        CHECK(strstr(error.message, fragment) != NULL);
    }
    free(keep.data);
}

static void test_validation_rejects_bad_rows(void) {
    Layout bad_string = {.bad_string = 4000};
    expect_rejected(&bad_string, "Field row 1: column Name");
    /* Extends pointing at TypeRef 5 when there are none. */
    Layout bad_ref = {.extends_value = (5 << 2) | 1};
    expect_rejected(&bad_ref, "TypeDef row 2: column Extends");
    /* Tag 3 does not exist in TypeDefOrRef. */
    Layout bad_tag = {.extends_value = (1 << 2) | 3};
    expect_rejected(&bad_tag, "column Extends");
    Layout unknown = {.unknown_table = 1};
    expect_rejected(&unknown, "unknown metadata table 0x2d");
    Layout truncated = {.truncate_tables = 1};
    expect_rejected(&truncated, "runs past the end of the #~ stream");
}

static void test_rejects_garbage(void) {
    ImgError error;
    static const uint8_t empty[1] = {0};
    CHECK(img_open_memory(empty, 0, false, &error) == NULL);
    CHECK(strstr(error.message, "not a PE file") != NULL);
    uint8_t mz[0x80] = {'M', 'Z'};
    mz[0x3C] = 0x40;
    CHECK(img_open_memory(mz, sizeof mz, false, &error) == NULL);
    CHECK(strstr(error.message, "PE signature") != NULL);
    /* e_lfanew pointing far past the end must not be followed. */
    mz[0x3C] = 0xFF;
    mz[0x3F] = 0x7F;
    CHECK(img_open_memory(mz, sizeof mz, false, &error) == NULL);
    /* Bare metadata with a bad version length. */
    uint8_t root[20] = {'B', 'S', 'J', 'B', 1, 0, 1, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0};
    CHECK(img_open_memory(root, sizeof root, false, &error) == NULL);
    CHECK(strstr(error.message, "version string") != NULL);
    CHECK(img_open_file("/nonexistent/x.dll", &error) == NULL);
    CHECK(error.io);
}

/* img_list_owner and img_find_sorted agree with brute force on mscorlib. */
static void test_lookups_on_mscorlib(void) {
    ImgError error;
    ImgImage *img = img_open_file("/usr/lib/mono/4.5/mscorlib.dll", &error);
    CHECK(img != NULL);
    if (!img)
        return;
    uint32_t types = img_row_count(img, IMG_TABLE_TYPEDEF);
    uint32_t methods = img_row_count(img, IMG_TABLE_METHODDEF);
    CHECK(types > 1000);
    uint32_t *owner = calloc(methods + 1, sizeof *owner);
    for (uint32_t t = 1; t <= types; t++) {
        uint32_t first, end;
        img_list_range(img, IMG_TABLE_TYPEDEF, t, IMG_TYPEDEF_METHODLIST, &first, &end);
        for (uint32_t m = first; m < end; m++)
            owner[img_list_member(img, IMG_TABLE_METHODDEF, m)] = t;
    }
    uint32_t mismatches = 0;
    for (uint32_t m = 1; m <= methods; m++)
        mismatches += img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, m) != owner[m];
    CHECK_EQ(mismatches, 0);
    free(owner);
    /* Every CustomAttribute row is found by a search on its parent. */
    uint32_t rows = img_row_count(img, IMG_TABLE_CUSTOMATTRIBUTE), missed = 0;
    for (uint32_t r = 1; r <= rows; r++) {
        uint32_t parent = img_get(img, IMG_TABLE_CUSTOMATTRIBUTE, r, IMG_CUSTOMATTRIBUTE_PARENT), end;
        uint32_t found = img_find_sorted(img, IMG_TABLE_CUSTOMATTRIBUTE, IMG_CUSTOMATTRIBUTE_PARENT, parent, &end);
        missed += !(found && found <= r && r < end);
    }
    CHECK_EQ(missed, 0);
    /* Sortedness is measured, not assumed: CustomAttribute.Parent is sorted
     * and binary-searched; TypeDef.TypeName is not, and is scanned. */
    CHECK(img->tables[IMG_TABLE_CUSTOMATTRIBUTE].sorted_columns >> IMG_CUSTOMATTRIBUTE_PARENT & 1);
    CHECK(!(img->tables[IMG_TABLE_TYPEDEF].sorted_columns >> IMG_TYPEDEF_NAME & 1));
    uint32_t name = img_get(img, IMG_TABLE_TYPEDEF, types, IMG_TYPEDEF_NAME), name_end;
    uint32_t first_named = 0;
    for (uint32_t t = 1; t <= types && !first_named; t++)
        if (img_get(img, IMG_TABLE_TYPEDEF, t, IMG_TYPEDEF_NAME) == name)
            first_named = t;
    CHECK_EQ(img_find_sorted(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_NAME, name, &name_end), first_named);
    CHECK(name_end > first_named);
    CHECK_EQ(img_find_sorted(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_NAME, 0xFFFFFFF, &name_end), 0);
    /* System.Object is a TypeDef named so, with no base type. */
    uint32_t object = 0;
    for (uint32_t t = 1; t <= types && !object; t++)
        if (!strcmp(img_get_string(img, IMG_TABLE_TYPEDEF, t, IMG_TYPEDEF_NAME), "Object") &&
            !strcmp(img_get_string(img, IMG_TABLE_TYPEDEF, t, IMG_TYPEDEF_NAMESPACE), "System"))
            object = t;
    CHECK(object != 0);
    CHECK_EQ(img_get_token(img, IMG_TABLE_TYPEDEF, object, IMG_TYPEDEF_EXTENDS), 0);
    CHECK_STR(img_get_string(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_NAME), "mscorlib");
    CHECK_EQ(img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MAJOR), 4);
    /* The entry point of a library is empty; user strings are bounds-checked. */
    const uint8_t *chars;
    uint32_t length;
    CHECK(img_user_string(img, 1, &chars, &length));
    CHECK(!img_user_string(img, img->user_strings.size, &chars, &length));
    CHECK(!img_token_valid(img, IMG_TOKEN(IMG_TABLE_TYPEDEF, types + 1)));
    CHECK(img_token_valid(img, IMG_TOKEN(IMG_TABLE_TYPEDEF, types)));
    CHECK(img_rva(img, 0xFFFFFFF0u, 4) == NULL);
    img_close(img);
}

int main(void) {
    RUN(test_schema_matches_ecma);
    RUN(test_coded_index_round_trip);
    RUN(test_compressed_layout);
    RUN(test_uncompressed_ptr_tables);
    RUN(test_wide_heap_and_coded_indices);
    RUN(test_validation_rejects_bad_rows);
    RUN(test_rejects_garbage);
    RUN(test_lookups_on_mscorlib);
    UNIT_END();
}
