/*
 * test_image.c - the image layer on files Mono's tool chain cannot make.
 *
 * tests/fixtures/pdbsample.{cs,dll,pdb} were built by Roslyn (see
 * tests/fixtures/README.md): the only portable PDB on this machine, since
 * mcs writes .mdb files. The PDB is read table by table and checked three
 * ways: against the Portable PDB spec (document name blobs, the #Pdb
 * stream), against the C# source (sequence point lines and columns are
 * found by searching pdbsample.cs for the statement text, so they are not
 * copied from the reader under test), and against the assembly it
 * describes (row counts, local signatures, IL offsets, method names).
 *
 * Mono's ilasm has no syntax for the no. prefix (0xFE 0x19), so the last
 * tests patch it into a real method body of pdbsample.dll and read it back
 * through the decoder and the disassembler.
 *
 * Paths are relative to the repository root, where tests/run starts us.
 */
#include <stdlib.h>

#include "diag/diag.h"
#include "image/image.h"
#include "unit.h"

#define FIXTURE_CS "tests/fixtures/pdbsample.cs"
#define FIXTURE_DLL "tests/fixtures/pdbsample.dll"
#define FIXTURE_PDB "tests/fixtures/pdbsample.pdb"

/* What Roslyn wrote with -pathmap:$PWD/=/_/ (README.md). */
#define DOCUMENT_NAME "/_/tests/fixtures/pdbsample.cs"
#define PDB_PATH "/_/tests/fixtures/pdbsample.pdb"

#define HIDDEN_LINE 0xFEEFEEu

static ImgImage *pdb, *dll;

/* Without the fixtures a test has nothing to look at: fail it, once. */
#define REQUIRE_FIXTURES()                                                            \
    do {                                                                              \
        if (!pdb || !dll) {                                                           \
            CHECK(pdb && dll);                                                        \
            return;                                                                   \
        }                                                                             \
    } while (0)

/* ------------------------------------------------------------------ */
/* The C# source, as lines                                            */
/* ------------------------------------------------------------------ */

#define MAX_LINES 256

static char *source_text;
static const char *source_lines[MAX_LINES + 1]; /* 1-based */
static uint32_t source_line_count;

static bool load_source(void) {
    FILE *f = fopen(FIXTURE_CS, "rb");
    if (!f)
        return false;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    source_text = malloc((size_t)size + 1);
    if (!source_text || fread(source_text, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        return false;
    }
    fclose(f);
    source_text[size] = 0;
    char *p = source_text;
    while (*p && source_line_count < MAX_LINES) {
        source_lines[++source_line_count] = p;
        char *nl = strchr(p, '\n');
        if (!nl)
            break;
        *nl = 0;
        if (nl > p && nl[-1] == '\r')
            nl[-1] = 0;
        p = nl + 1;
    }
    return true;
}

/* The first line after `after_line` containing `text`, and the 1-based
 * column where it starts; 0 if there is none. */
static uint32_t find_text(const char *text, uint32_t after_line, uint32_t *column) {
    for (uint32_t line = after_line + 1; line <= source_line_count; line++) {
        const char *hit = strstr(source_lines[line], text);
        if (hit) {
            *column = (uint32_t)(hit - source_lines[line]) + 1;
            return line;
        }
    }
    return 0;
}

/* The line of a preprocessor directive (which starts its line, unlike a
 * mention of it in a comment). */
static uint32_t directive_line(const char *directive) {
    for (uint32_t line = 1; line <= source_line_count; line++)
        if (strncmp(source_lines[line], directive, strlen(directive)) == 0)
            return line;
    return 0;
}

static uint32_t line_of(const char *text) {
    uint32_t column = 0;
    return find_text(text, 0, &column);
}

/* ------------------------------------------------------------------ */
/* Helpers over the assembly                                          */
/* ------------------------------------------------------------------ */

/* MethodDef rid of Type::name in the dll (type by simple name), or 0. */
static uint32_t find_method(const char *type, const char *name) {
    for (uint32_t rid = 1; rid <= img_row_count(dll, IMG_TABLE_METHODDEF); rid++) {
        uint32_t owner = img_list_owner(dll, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, rid);
        if (owner && strcmp(img_get_string(dll, IMG_TABLE_TYPEDEF, owner, IMG_TYPEDEF_NAME), type) == 0 &&
            strcmp(img_get_string(dll, IMG_TABLE_METHODDEF, rid, IMG_METHODDEF_NAME), name) == 0)
            return rid;
    }
    return 0;
}

static bool method_body(uint32_t method_rid, ImgMethodBody *body) {
    char err[160];
    uint32_t rva = img_get(dll, IMG_TABLE_METHODDEF, method_rid, IMG_METHODDEF_RVA);
    return rva && img_method_body(dll, rva, body, err, sizeof err);
}

/* All sequence points of a method, read with the reader under test. */
#define MAX_POINTS 64

typedef struct Points {
    uint32_t count;
    uint32_t local_signature;
    ImgSequencePoint at[MAX_POINTS];
} Points;

static bool read_points(uint32_t method_rid, Points *points) {
    memset(points, 0, sizeof *points);
    ImgBlob blob = img_get_blob(pdb, IMG_TABLE_METHODDEBUGINFORMATION, method_rid,
                                IMG_METHODDEBUGINFORMATION_SEQUENCEPOINTS);
    uint32_t document = img_get(pdb, IMG_TABLE_METHODDEBUGINFORMATION, method_rid,
                                IMG_METHODDEBUGINFORMATION_DOCUMENT);
    if (!blob.size)
        return true;
    ImgSeqPointReader reader;
    if (!img_seqpoints_begin(&reader, blob, document, &points->local_signature))
        return false;
    int more = 0;
    while (points->count < MAX_POINTS && (more = img_seqpoints_next(&reader, &points->at[points->count])) == 1)
        points->count++;
    return points->count < MAX_POINTS && more == 0;
}

/* The document name blob (Portable PDB spec, "Document Name Blob"): a
 * UTF-8 separator character (or 0 for none), then compressed #Blob indices
 * of the UTF-8 parts, joined by the separator. */
static bool document_name(uint32_t rid, char *out, size_t capacity) {
    ImgCursor c = img_cursor(img_get_blob(pdb, IMG_TABLE_DOCUMENT, rid, IMG_DOCUMENT_NAME));
    char separator[4];
    size_t separator_length = 0;
    uint8_t lead = img_read_u8(&c);
    if (lead) {
        separator[separator_length++] = (char)lead;
        size_t continuation = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        while (continuation--)
            separator[separator_length++] = (char)img_read_u8(&c);
    }
    size_t length = 0;
    for (bool first = true; !c.bad && c.pos < c.end; first = false) {
        uint32_t part_index = img_read_compressed(&c);
        ImgBlob part = img_blob(pdb, part_index);
        if (!part.data || length + separator_length + part.size + 1 > capacity)
            return false;
        if (!first) {
            memcpy(out + length, separator, separator_length);
            length += separator_length;
        }
        memcpy(out + length, part.data, part.size);
        length += part.size;
    }
    out[length] = 0;
    return !c.bad && length > 0;
}

/* ------------------------------------------------------------------ */
/* The #Pdb stream and the assembly it belongs to                      */
/* ------------------------------------------------------------------ */

static void test_open_fixtures(void) {
    CHECK(pdb != NULL);
    CHECK(dll != NULL);
    CHECK(source_line_count > 40);
    if (!pdb || !dll)
        return;
    CHECK_EQ(pdb->kind, IMG_KIND_METADATA);
    CHECK_EQ(dll->kind, IMG_KIND_PE);
    CHECK_STR(pdb->md_version, "PDB v1.0");
    CHECK(pdb->pdb.size >= 32);
    /* A PDB holds only debugging tables; the type system is in the dll. */
    for (unsigned t = 0; t < IMG_TABLE_DOCUMENT; t++)
        CHECK_EQ(img_row_count(pdb, (ImgTableId)t), 0);
    for (unsigned t = IMG_TABLE_DOCUMENT; t < IMG_TABLE_COUNT; t++)
        CHECK_EQ(img_row_count(dll, (ImgTableId)t), 0);
}

static void test_pdb_stream(void) {
    REQUIRE_FIXTURES();
    /* A library: no entry point, in the PDB as in the CLI header. */
    CHECK_EQ(pdb->pdb_entry_point, 0);
    CHECK_EQ(dll->entry_point, 0);
    /* ReferencedTypeSystemTables names exactly the dll's non-empty tables,
     * with the dll's row counts. */
    for (unsigned t = 0; t < IMG_TABLE_DOCUMENT; t++) {
        uint32_t rows = img_row_count(dll, (ImgTableId)t);
        CHECK_EQ((pdb->pdb_referenced_mask >> t) & 1, rows != 0);
        CHECK_EQ(pdb->pdb_referenced_rows[t], rows);
        CHECK_EQ(pdb->reference_rows[t], rows);
    }
    CHECK_EQ(pdb->pdb_referenced_mask >> IMG_TABLE_DOCUMENT, 0);
    CHECK_EQ(pdb->pdb_referenced_rows[IMG_TABLE_METHODDEF], img_row_count(dll, IMG_TABLE_METHODDEF));
    CHECK_EQ(img_row_count(dll, IMG_TABLE_METHODDEF), 21);
    CHECK_EQ(img_row_count(dll, IMG_TABLE_TYPEDEF), 7);
    /* Tokens into the dll's tables are valid in the PDB by those counts. */
    CHECK(img_token_valid(pdb, IMG_TOKEN(IMG_TABLE_METHODDEF, 21)));
    CHECK(!img_token_valid(pdb, IMG_TOKEN(IMG_TABLE_METHODDEF, 22)));
}

/* The dll's CodeView debug directory entry (RSDS, GUID, age, path) names
 * the PDB and carries the first 16 bytes of its id. image.h does not
 * expose the debug directory, so the record is found by its signature. */
static void test_pdb_id_matches_dll(void) {
    REQUIRE_FIXTURES();
    const uint8_t *rsds = NULL;
    for (size_t i = 0; i + 24 < dll->size && !rsds; i++)
        if (memcmp(dll->data + i, "RSDS", 4) == 0)
            rsds = dll->data + i;
    CHECK(rsds != NULL);
    if (!rsds)
        return;
    CHECK(memcmp(rsds + 4, pdb->pdb_id, 16) == 0);
    size_t room = dll->size - (size_t)(rsds + 24 - dll->data);
    CHECK(room > strlen(PDB_PATH));
    CHECK_STR((const char *)rsds + 24, PDB_PATH);
}

/* ------------------------------------------------------------------ */
/* Document                                                           */
/* ------------------------------------------------------------------ */

static void test_document(void) {
    REQUIRE_FIXTURES();
    CHECK_EQ(img_row_count(pdb, IMG_TABLE_DOCUMENT), 1);
    char name[256];
    CHECK(document_name(1, name, sizeof name));
    CHECK_STR(name, DOCUMENT_NAME);
    /* Separator '/', then the parts "", "_", "tests", "fixtures", "pdbsample.cs". */
    ImgBlob blob = img_get_blob(pdb, IMG_TABLE_DOCUMENT, 1, IMG_DOCUMENT_NAME);
    CHECK(blob.size >= 6);
    CHECK_EQ(blob.data[0], '/');
    CHECK_EQ(blob.data[1], 0);

    /* GUIDs are stored as the little-endian struct: SHA-256 and C#. */
    static const uint8_t sha256[16] = {0x0f, 0xd0, 0x29, 0x88, 0xb8, 0x11, 0x13, 0x42,
                                       0x87, 0x8b, 0x77, 0x0e, 0x85, 0x97, 0xac, 0x16};
    static const uint8_t csharp[16] = {0xf8, 0x62, 0x51, 0x3f, 0xc6, 0x07, 0xd3, 0x11,
                                       0x90, 0x53, 0x00, 0xc0, 0x4f, 0xa3, 0x02, 0xa1};
    const uint8_t *hash_alg = img_guid(pdb, img_get(pdb, IMG_TABLE_DOCUMENT, 1, IMG_DOCUMENT_HASHALG));
    const uint8_t *language = img_guid(pdb, img_get(pdb, IMG_TABLE_DOCUMENT, 1, IMG_DOCUMENT_LANGUAGE));
    CHECK(hash_alg && memcmp(hash_alg, sha256, 16) == 0);
    CHECK(language && memcmp(language, csharp, 16) == 0);
    CHECK_EQ(img_get_blob(pdb, IMG_TABLE_DOCUMENT, 1, IMG_DOCUMENT_HASH).size, 32);
}

/* ------------------------------------------------------------------ */
/* MethodDebugInformation and sequence points                          */
/* ------------------------------------------------------------------ */

/* Every row, against the method body it describes: the blob's local
 * signature is the body's, and every IL offset starts an instruction. */
static void test_method_debug_information(void) {
    REQUIRE_FIXTURES();
    uint32_t methods = img_row_count(dll, IMG_TABLE_METHODDEF);
    /* Either no rows or one per MethodDef (the table extends MethodDef). */
    CHECK_EQ(img_row_count(pdb, IMG_TABLE_METHODDEBUGINFORMATION), methods);
    uint32_t with_points = 0, hidden = 0;
    for (uint32_t rid = 1; rid <= img_row_count(pdb, IMG_TABLE_METHODDEBUGINFORMATION); rid++) {
        uint32_t document = img_get(pdb, IMG_TABLE_METHODDEBUGINFORMATION, rid, IMG_METHODDEBUGINFORMATION_DOCUMENT);
        Points points;
        CHECK(read_points(rid, &points));
        /* One document: a method has it exactly when it has points. */
        CHECK_EQ(document, points.count ? 1 : 0);
        if (!points.count)
            continue;
        with_points++;
        ImgMethodBody body;
        CHECK(method_body(rid, &body));
        CHECK_EQ(points.local_signature, IMG_TOKEN_RID(body.local_var_sig_token));
        uint8_t starts[1024] = {0};
        CHECK(body.code_size <= sizeof starts);
        for (uint32_t offset = 0; offset < body.code_size && offset < sizeof starts;) {
            ImgInstr instr;
            if (!img_il_decode(body.code, body.code_size, offset, &instr)) {
                CHECK(0);
                break;
            }
            starts[offset] = 1;
            offset += instr.size;
        }
        for (uint32_t i = 0; i < points.count; i++) {
            const ImgSequencePoint *p = &points.at[i];
            CHECK(p->il_offset < body.code_size && starts[p->il_offset]);
            CHECK(i == 0 || p->il_offset > points.at[i - 1].il_offset);
            CHECK_EQ(p->document, 1);
            if (p->hidden) {
                hidden++;
                CHECK_EQ(p->start_line, HIDDEN_LINE);
                continue;
            }
            CHECK(p->start_line >= 1 && p->end_line <= source_line_count);
            CHECK(p->end_line > p->start_line || p->end_column > p->start_column);
        }
    }
    /* Sum, Circle, Scale, Hidden, the lambda and both MoveNext methods. */
    CHECK_EQ(with_points, 7);
    CHECK(hidden >= 6);
}

/* One expected point: the statement text and where to start looking for
 * it (after the line holding `after`, for "{" and "}"), or hidden. */
typedef struct Expected {
    uint32_t il_offset;
    const char *text; /* NULL: a hidden point */
    const char *after;
} Expected;

static void check_points(const char *type, const char *method, const Expected *expected, uint32_t count) {
    uint32_t rid = find_method(type, method);
    CHECK(rid != 0);
    Points points;
    CHECK(rid && read_points(rid, &points));
    CHECK_EQ(points.count, count);
    for (uint32_t i = 0; i < count && i < points.count; i++) {
        const ImgSequencePoint *p = &points.at[i];
        CHECK_EQ(p->il_offset, expected[i].il_offset);
        if (!expected[i].text) {
            CHECK(p->hidden);
            CHECK_EQ(p->start_line, HIDDEN_LINE);
            CHECK_EQ(p->end_line, HIDDEN_LINE);
            CHECK_EQ(p->start_column, 0);
            CHECK_EQ(p->end_column, 0);
            continue;
        }
        uint32_t column = 0;
        uint32_t line = find_text(expected[i].text, expected[i].after ? line_of(expected[i].after) : 0, &column);
        CHECK(line != 0);
        CHECK(!p->hidden);
        CHECK_EQ(p->start_line, line);
        CHECK_EQ(p->end_line, line);
        CHECK_EQ(p->start_column, column);
        CHECK_EQ(p->end_column, column + strlen(expected[i].text));
    }
}

/* Numbers.Sum, a for loop: the condition and increment are their own
 * points on the for line, visited after the body. */
static void test_sum_lines(void) {
    REQUIRE_FIXTURES();
    static const Expected sum[] = {
        {0x00, "{", "public static int Sum(int[] values)"},
        {0x01, "int total = 0;", NULL},
        {0x03, "int index = 0", NULL},
        {0x05, NULL, NULL},
        {0x07, "{", "for (int index = 0;"},
        {0x08, "total += values[index];", NULL},
        {0x0E, "}", "total += values[index];"},
        {0x0F, "index++", NULL},
        {0x13, "index < values.Length", NULL},
        {0x1A, NULL, NULL},
        {0x1D, "return total;", NULL},
        {0x21, "}", "return total;"},
    };
    check_points("Numbers", "Sum", sum, sizeof sum / sizeof sum[0]);
}

/* #line hidden turns the statements up to #line default into hidden
 * points, and no visible point may name a line of that region. */
static void test_hidden_region(void) {
    REQUIRE_FIXTURES();
    static const Expected hidden[] = {
        {0x00, "{", "public static int Hidden(int a)"},
        {0x01, "int b = a * 3;", NULL},
        {0x05, NULL, NULL},
        {0x09, NULL, NULL},
        {0x0D, "return b - a;", NULL},
        {0x13, "}", "return b - a;"},
    };
    check_points("Numbers", "Hidden", hidden, sizeof hidden / sizeof hidden[0]);
    uint32_t from = directive_line("#line hidden"), to = directive_line("#line default");
    CHECK(from && to > from);
    for (uint32_t rid = 1; rid <= img_row_count(pdb, IMG_TABLE_METHODDEBUGINFORMATION); rid++) {
        Points points;
        CHECK(read_points(rid, &points));
        for (uint32_t i = 0; i < points.count; i++)
            CHECK(points.at[i].hidden || points.at[i].start_line < from || points.at[i].start_line > to);
    }
}

/* The lambda's body is its own method in the closure class; the const
 * local leaves no store of its own in Circle. */
static void test_lambda_and_const_lines(void) {
    REQUIRE_FIXTURES();
    static const Expected lambda[] = {
        {0x00, "x * factor + offset", NULL},
    };
    check_points("<>c__DisplayClass2_0", "<Scale>b__0", lambda, 1);
    static const Expected circle[] = {
        {0x00, "{", "public static double Circle(double radius)"},
        {0x01, "double area = Pi * radius * radius;", NULL},
        {0x0F, "return area;", NULL},
        {0x13, "}", "return area;"},
    };
    check_points("Numbers", "Circle", circle, sizeof circle / sizeof circle[0]);
}

/* ------------------------------------------------------------------ */
/* LocalScope, LocalVariable, LocalConstant                            */
/* ------------------------------------------------------------------ */

/* The local's type in the method's local signature, as an element type. */
static uint8_t local_type(uint32_t method_rid, uint32_t slot) {
    ImgMethodBody body;
    if (!method_body(method_rid, &body) || !body.local_var_sig_token)
        return 0;
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *locals = img_sig_locals(
        img_get_blob(dll, IMG_TABLE_STANDALONESIG, IMG_TOKEN_RID(body.local_var_sig_token), IMG_STANDALONESIG_SIGNATURE),
        &arena);
    uint8_t kind = locals && slot < locals->param_count ? locals->params[slot]->kind : 0;
    img_arena_free(&arena);
    return kind;
}

typedef struct ExpectedLocal {
    const char *method;
    const char *name;
    uint32_t slot;
    uint8_t type;
    bool nested; /* in a scope narrower than the method's */
} ExpectedLocal;

static void test_local_scopes(void) {
    REQUIRE_FIXTURES();
    static const ExpectedLocal expected[] = {
        {"Sum", "total", 0, IMG_ELEMENT_I4, false},
        {"Sum", "index", 1, IMG_ELEMENT_I4, true},
        {"Circle", "area", 0, IMG_ELEMENT_R8, false},
        {"Scale", "CS$<>8__locals0", 0, IMG_ELEMENT_CLASS, false},
        {"Hidden", "b", 0, IMG_ELEMENT_I4, false},
    };
    uint32_t expected_count = sizeof expected / sizeof expected[0];
    CHECK_EQ(img_row_count(pdb, IMG_TABLE_LOCALVARIABLE), expected_count);
    bool seen[sizeof expected / sizeof expected[0]] = {false};
    uint32_t previous_method = 0, variables = 0;
    for (uint32_t scope = 1; scope <= img_row_count(pdb, IMG_TABLE_LOCALSCOPE); scope++) {
        uint32_t method = img_get(pdb, IMG_TABLE_LOCALSCOPE, scope, IMG_LOCALSCOPE_METHOD);
        uint32_t start = img_get(pdb, IMG_TABLE_LOCALSCOPE, scope, IMG_LOCALSCOPE_STARTOFFSET);
        uint32_t length = img_get(pdb, IMG_TABLE_LOCALSCOPE, scope, IMG_LOCALSCOPE_LENGTH);
        ImgMethodBody body;
        CHECK(method >= 1 && method_body(method, &body));
        /* Sorted by method; a method's first scope spans its whole body. */
        CHECK(method >= previous_method);
        if (method != previous_method) {
            CHECK_EQ(start, 0);
            CHECK_EQ(length, body.code_size);
        }
        CHECK(start + length <= body.code_size);
        uint32_t import = img_get(pdb, IMG_TABLE_LOCALSCOPE, scope, IMG_LOCALSCOPE_IMPORTSCOPE);
        CHECK(import >= 1 && import <= img_row_count(pdb, IMG_TABLE_IMPORTSCOPE));
        bool nested = method == previous_method;
        previous_method = method;

        uint32_t first, end;
        img_list_range(pdb, IMG_TABLE_LOCALSCOPE, scope, IMG_LOCALSCOPE_VARIABLELIST, &first, &end);
        for (uint32_t i = first; i < end; i++) {
            uint32_t v = img_list_member(pdb, IMG_TABLE_LOCALVARIABLE, i);
            const char *name = img_get_string(pdb, IMG_TABLE_LOCALVARIABLE, v, IMG_LOCALVARIABLE_NAME);
            uint32_t slot = img_get(pdb, IMG_TABLE_LOCALVARIABLE, v, IMG_LOCALVARIABLE_INDEX);
            variables++;
            uint32_t k = 0;
            while (k < expected_count && strcmp(expected[k].name, name) != 0)
                k++;
            CHECK(k < expected_count);
            if (k == expected_count)
                continue;
            seen[k] = true;
            CHECK_EQ(method, find_method("Numbers", expected[k].method));
            CHECK_EQ(slot, expected[k].slot);
            CHECK_EQ(nested, expected[k].nested);
            CHECK_EQ(img_get(pdb, IMG_TABLE_LOCALVARIABLE, v, IMG_LOCALVARIABLE_ATTRIBUTES), 0);
            CHECK_EQ(local_type(method, slot), expected[k].type);
        }
    }
    CHECK_EQ(variables, expected_count);
    for (uint32_t k = 0; k < expected_count; k++)
        CHECK(seen[k]);
}

/* const double Pi = 3.14159: a LocalConstant of Circle's outer scope whose
 * signature is ELEMENT_TYPE_R8 and the value. */
static void test_local_constant(void) {
    REQUIRE_FIXTURES();
    CHECK_EQ(img_row_count(pdb, IMG_TABLE_LOCALCONSTANT), 1);
    uint32_t circle = find_method("Numbers", "Circle");
    uint32_t owners = 0;
    for (uint32_t scope = 1; scope <= img_row_count(pdb, IMG_TABLE_LOCALSCOPE); scope++) {
        uint32_t first, end;
        img_list_range(pdb, IMG_TABLE_LOCALSCOPE, scope, IMG_LOCALSCOPE_CONSTANTLIST, &first, &end);
        for (uint32_t i = first; i < end; i++) {
            owners++;
            CHECK_EQ(img_get(pdb, IMG_TABLE_LOCALSCOPE, scope, IMG_LOCALSCOPE_METHOD), circle);
            uint32_t c = img_list_member(pdb, IMG_TABLE_LOCALCONSTANT, i);
            CHECK_STR(img_get_string(pdb, IMG_TABLE_LOCALCONSTANT, c, IMG_LOCALCONSTANT_NAME), "Pi");
            ImgCursor cursor = img_cursor(img_get_blob(pdb, IMG_TABLE_LOCALCONSTANT, c, IMG_LOCALCONSTANT_SIGNATURE));
            CHECK_EQ(img_read_u8(&cursor), IMG_ELEMENT_R8);
            uint64_t bits = img_read_u64(&cursor);
            double value;
            memcpy(&value, &bits, sizeof value);
            CHECK(!cursor.bad && cursor.pos == cursor.end);
            CHECK(value == 3.14159);
        }
    }
    CHECK_EQ(owners, 1);
}

/* ------------------------------------------------------------------ */
/* StateMachineMethod, ImportScope, CustomDebugInformation             */
/* ------------------------------------------------------------------ */

static void test_state_machines(void) {
    REQUIRE_FIXTURES();
    static const struct {
        const char *state_machine, *kickoff, *statement;
    } expected[] = {
        {"<Evens>d__3", "Evens", "yield return n;"},
        {"<Later>d__4", "Later", "await Task.Yield();"},
    };
    CHECK_EQ(img_row_count(pdb, IMG_TABLE_STATEMACHINEMETHOD), 2);
    for (uint32_t row = 1; row <= img_row_count(pdb, IMG_TABLE_STATEMACHINEMETHOD) && row <= 2; row++) {
        uint32_t move_next = img_get_token(pdb, IMG_TABLE_STATEMACHINEMETHOD, row, IMG_STATEMACHINEMETHOD_MOVENEXT);
        uint32_t kickoff = img_get_token(pdb, IMG_TABLE_STATEMACHINEMETHOD, row, IMG_STATEMACHINEMETHOD_KICKOFF);
        CHECK_EQ(IMG_TOKEN_TABLE(move_next), IMG_TABLE_METHODDEF);
        CHECK_EQ(IMG_TOKEN_TABLE(kickoff), IMG_TABLE_METHODDEF);
        CHECK_EQ(IMG_TOKEN_RID(move_next), find_method(expected[row - 1].state_machine, "MoveNext"));
        CHECK_EQ(IMG_TOKEN_RID(kickoff), find_method("Numbers", expected[row - 1].kickoff));
        /* The statements of the method are MoveNext's points; the kickoff
         * method is compiler-written and has none. */
        Points points;
        CHECK(read_points(IMG_TOKEN_RID(kickoff), &points));
        CHECK_EQ(points.count, 0);
        CHECK(read_points(IMG_TOKEN_RID(move_next), &points));
        uint32_t line = line_of(expected[row - 1].statement), found = 0;
        for (uint32_t i = 0; i < points.count; i++)
            found += !points.at[i].hidden && points.at[i].start_line == line;
        CHECK_EQ(found, 1);
    }
    /* Sorted by MoveNext, as the spec requires. */
    CHECK(img_get(pdb, IMG_TABLE_STATEMACHINEMETHOD, 1, IMG_STATEMACHINEMETHOD_MOVENEXT) <
          img_get(pdb, IMG_TABLE_STATEMACHINEMETHOD, 2, IMG_STATEMACHINEMETHOD_MOVENEXT));
}

/* Import scopes form a tree whose root has no parent and whose parents
 * come first; custom debug information hangs off valid tokens of either
 * file (the module, methods of the dll). */
static void test_imports_and_custom_debug_information(void) {
    REQUIRE_FIXTURES();
    uint32_t roots = 0;
    for (uint32_t row = 1; row <= img_row_count(pdb, IMG_TABLE_IMPORTSCOPE); row++) {
        uint32_t parent = img_get(pdb, IMG_TABLE_IMPORTSCOPE, row, IMG_IMPORTSCOPE_PARENT);
        roots += parent == 0;
        CHECK(parent < row);
    }
    CHECK_EQ(roots, 1);
    CHECK(img_row_count(pdb, IMG_TABLE_CUSTOMDEBUGINFORMATION) > 0);
    for (uint32_t row = 1; row <= img_row_count(pdb, IMG_TABLE_CUSTOMDEBUGINFORMATION); row++) {
        uint32_t parent = img_get_token(pdb, IMG_TABLE_CUSTOMDEBUGINFORMATION, row, IMG_CUSTOMDEBUGINFORMATION_PARENT);
        CHECK(img_token_valid(pdb, parent));
        CHECK(img_guid(pdb, img_get(pdb, IMG_TABLE_CUSTOMDEBUGINFORMATION, row, IMG_CUSTOMDEBUGINFORMATION_KIND)) != NULL);
    }
}

/* ------------------------------------------------------------------ */
/* no. (0xFE 0x19): the one opcode Mono's ilasm cannot write            */
/* ------------------------------------------------------------------ */

/* A copy of the dll with the first three bytes of Numbers.Sum's body
 * (nop; ldc.i4.0; stloc.0 in Roslyn's debug code) replaced, so
 * instruction boundaries after them are unchanged. */
static ImgImage *patched_dll(const uint8_t patch[3], uint8_t **copy) {
    *copy = NULL;
    ImgMethodBody body;
    uint32_t sum = find_method("Numbers", "Sum");
    if (!sum || !method_body(sum, &body) || body.code_size < 3 || body.code[0] != 0x00 ||
        body.code[1] != 0x16 || body.code[2] != 0x0A)
        return NULL;
    *copy = malloc(dll->size);
    if (!*copy)
        return NULL;
    memcpy(*copy, dll->data, dll->size);
    memcpy(*copy + (body.code - dll->data), patch, 3);
    ImgError error;
    return img_open_memory(*copy, dll->size, false, &error);
}

static void test_no_prefix_decodes(void) {
    REQUIRE_FIXTURES();
    /* no. typecheck|rangecheck (1|2), then the body goes on as before. */
    static const uint8_t patch[3] = {0xFE, 0x19, 0x03};
    uint8_t *copy;
    ImgImage *img = patched_dll(patch, &copy);
    CHECK(img != NULL);
    ImgMethodBody body;
    char err[160];
    uint32_t sum = find_method("Numbers", "Sum");
    if (img && img_method_body(img, img_get(img, IMG_TABLE_METHODDEF, sum, IMG_METHODDEF_RVA), &body, err, sizeof err)) {
        ImgInstr instr;
        CHECK(img_il_decode(body.code, body.code_size, 0, &instr));
        CHECK_EQ(instr.opcode, IMG_CEE_NO);
        CHECK_EQ(instr.size, 3);
        CHECK_EQ(instr.operand.i, 3);
        CHECK_STR(img_opcode_info[instr.opcode].name, "no.");
        CHECK_EQ(img_opcode_info[instr.opcode].flow, IMG_FLOW_META);
        CHECK_EQ(img_opcode_info[instr.opcode].operand, IMG_OPERAND_SHORT_I);
        CHECK(img_il_decode(body.code, body.code_size, 3, &instr));
        CHECK_EQ(instr.opcode, IMG_CEE_LDC_I4_0);
    } else {
        CHECK(0);
    }
    img_close(img);
    free(copy);

    /* The operand is a uint8 of check bits: 0xFF is 255, not -1. */
    static const uint8_t all_bits[4] = {0xFE, 0x19, 0xFF, 0x9A};
    ImgInstr instr;
    CHECK(img_il_decode(all_bits, sizeof all_bits, 0, &instr));
    CHECK_EQ(instr.opcode, IMG_CEE_NO);
    CHECK_EQ(instr.operand.i, 255);
    /* Truncated: the operand byte is missing. */
    CHECK(!img_il_decode(all_bits, 2, 0, &instr));
}

/* The disassembler shows the prefix as its own instruction, as monodis
 * does for the other prefixes, and the rest of the body is unchanged. */
static void test_no_prefix_disassembles(void) {
    REQUIRE_FIXTURES();
    static const uint8_t patch[3] = {0xFE, 0x19, 0x01};
    uint8_t *copy;
    ImgImage *img = patched_dll(patch, &copy);
    CHECK(img != NULL);
    if (!img) {
        free(copy);
        return;
    }
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    DiagDisOptions options = {.method_filter = "Numbers::Sum"};
    CHECK_EQ(diag_disassemble(out, img, &options, NULL), 0);
    fclose(out);
    CHECK(text && strstr(text, "    IL_0000:  no. 1\n    IL_0003:  ldc.i4.0\n    IL_0004:  stloc.1\n"));
    free(text);
    img_close(img);
    free(copy);
}

int main(void) {
    ImgError error;
    dll = img_open_file(FIXTURE_DLL, &error);
    if (!dll)
        printf("  %s: %s\n", FIXTURE_DLL, error.message);
    pdb = img_open_file(FIXTURE_PDB, &error);
    if (!pdb)
        printf("  %s: %s\n", FIXTURE_PDB, error.message);
    if (!load_source())
        printf("  %s: cannot read\n", FIXTURE_CS);

    RUN(test_open_fixtures);
    RUN(test_pdb_stream);
    RUN(test_pdb_id_matches_dll);
    RUN(test_document);
    RUN(test_method_debug_information);
    RUN(test_sum_lines);
    RUN(test_hidden_region);
    RUN(test_lambda_and_const_lines);
    RUN(test_local_scopes);
    RUN(test_local_constant);
    RUN(test_state_machines);
    RUN(test_imports_and_custom_debug_information);
    RUN(test_no_prefix_decodes);
    RUN(test_no_prefix_disassembles);

    img_close(pdb);
    img_close(dll);
    free(source_text);
    UNIT_END();
}
