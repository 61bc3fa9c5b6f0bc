/*
 * test_corpus.c - the decoders against real data: every custom attribute
 * blob of mscorlib, System and System.Core, decoded with the constructor's
 * signature and a resolver that finds enums and System.Type across the
 * three assemblies, as the loader will.
 *
 * Hand-made blobs (test_sig.c) check the corners; this checks that nothing
 * real compilers emit falls outside what the decoder accepts.
 */
#include <stdlib.h>

#include "image/image.h"
#include "unit.h"

#define MONO "/usr/lib/mono/4.5/"

/* The three assemblies checked, then those whose enums their attributes use. */
#define CHECKED 3
#define LOADED 5

typedef struct Corpus {
    ImgImage *images[LOADED];
    const char *names[LOADED];
    const ImgImage *current;
} Corpus;

static const ImgImage *image_named(const Corpus *corpus, const char *name) {
    for (int i = 0; i < LOADED; i++)
        if (corpus->images[i] && strcmp(corpus->names[i], name) == 0)
            return corpus->images[i];
    return NULL;
}

static uint32_t enclosing(const ImgImage *img, uint32_t rid) {
    uint32_t end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_NESTEDCLASS, IMG_NESTEDCLASS_NESTED, rid, &end);
    return row ? img_get(img, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_ENCLOSING) : 0;
}

/* A TypeDef by namespace and name, nested in `outer` (0: top level). */
static uint32_t find_typedef(const ImgImage *img, const char *ns, size_t ns_length, const char *name,
                             size_t name_length, uint32_t outer) {
    for (uint32_t t = 1; t <= img_row_count(img, IMG_TABLE_TYPEDEF); t++) {
        const char *n = img_get_string(img, IMG_TABLE_TYPEDEF, t, IMG_TYPEDEF_NAME);
        const char *s = img_get_string(img, IMG_TABLE_TYPEDEF, t, IMG_TYPEDEF_NAMESPACE);
        if (strlen(n) == name_length && !memcmp(n, name, name_length) && strlen(s) == ns_length &&
            !memcmp(s, ns, ns_length) && enclosing(img, t) == outer)
            return t;
    }
    return 0;
}

static bool typedef_is(const ImgImage *img, uint32_t token, const char *ns, const char *name) {
    const char *n, *s;
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_TYPEDEF) {
        n = img_get_string(img, IMG_TABLE_TYPEDEF, IMG_TOKEN_RID(token), IMG_TYPEDEF_NAME);
        s = img_get_string(img, IMG_TABLE_TYPEDEF, IMG_TOKEN_RID(token), IMG_TYPEDEF_NAMESPACE);
    } else if (IMG_TOKEN_TABLE(token) == IMG_TABLE_TYPEREF) {
        n = img_get_string(img, IMG_TABLE_TYPEREF, IMG_TOKEN_RID(token), IMG_TYPEREF_NAME);
        s = img_get_string(img, IMG_TABLE_TYPEREF, IMG_TOKEN_RID(token), IMG_TYPEREF_NAMESPACE);
    } else {
        return false;
    }
    return !strcmp(n, name) && !strcmp(s, ns);
}

/* An enum's underlying type: the type of its instance field value__. */
static uint8_t enum_underlying(const ImgImage *img, uint32_t type_rid) {
    uint32_t extends = img_get_token(img, IMG_TABLE_TYPEDEF, type_rid, IMG_TYPEDEF_EXTENDS);
    if (!typedef_is(img, extends, "System", "Enum"))
        return 0;
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_TYPEDEF, type_rid, IMG_TYPEDEF_FIELDLIST, &first, &end);
    for (uint32_t i = first; i < end; i++) {
        uint32_t f = img_list_member(img, IMG_TABLE_FIELD, i);
        if (img_get(img, IMG_TABLE_FIELD, f, IMG_FIELD_FLAGS) & 0x10)
            continue;
        ImgBlob sig = img_get_blob(img, IMG_TABLE_FIELD, f, IMG_FIELD_SIGNATURE);
        return sig.size >= 2 ? sig.data[1] : 0;
    }
    return 0;
}

/* The TypeDef a TypeRef names, following nesting and assembly references. */
static uint32_t resolve_typeref(const Corpus *corpus, const ImgImage *img, uint32_t rid,
                                const ImgImage **found, int depth) {
    if (depth > 8)
        return 0;
    uint32_t scope = img_get_token(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_SCOPE);
    const char *name = img_get_string(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_NAME);
    const char *ns = img_get_string(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_NAMESPACE);
    uint32_t outer = 0;
    const ImgImage *target = img;
    if (IMG_TOKEN_TABLE(scope) == IMG_TABLE_TYPEREF) {
        outer = resolve_typeref(corpus, img, IMG_TOKEN_RID(scope), &target, depth + 1);
        if (!outer)
            return 0;
    } else if (IMG_TOKEN_TABLE(scope) == IMG_TABLE_ASSEMBLYREF) {
        target = image_named(corpus, img_get_string(img, IMG_TABLE_ASSEMBLYREF, IMG_TOKEN_RID(scope),
                                                    IMG_ASSEMBLYREF_NAME));
        if (!target)
            return 0;
    }
    *found = target;
    return find_typedef(target, ns, strlen(ns), name, strlen(name), outer);
}

static uint8_t by_token(void *ctx, uint32_t token) {
    Corpus *corpus = ctx;
    const ImgImage *img = corpus->current;
    if (typedef_is(img, token, "System", "Type"))
        return IMG_ELEMENT_CA_TYPE;
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_TYPEDEF)
        return enum_underlying(img, IMG_TOKEN_RID(token));
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_TYPEREF) {
        const ImgImage *target = img;
        uint32_t rid = resolve_typeref(corpus, img, IMG_TOKEN_RID(token), &target, 0);
        return rid ? enum_underlying(target, rid) : 0;
    }
    return 0;
}

/* "Namespace.Outer+Inner, Assembly, Version=..." */
static uint8_t by_name(void *ctx, const char *name, uint32_t length) {
    Corpus *corpus = ctx;
    const char *comma = memchr(name, ',', length);
    size_t type_length = comma ? (size_t)(comma - name) : length;
    const ImgImage *img = corpus->current;
    if (comma) {
        char assembly[64] = {0};
        const char *start = comma + 1;
        while (*start == ' ')
            start++;
        size_t n = 0;
        while (start + n < name + length && start[n] != ',' && n < sizeof assembly - 1)
            n++;
        memcpy(assembly, start, n);
        img = image_named(corpus, assembly);
        if (!img)
            return 0;
    }
    uint32_t outer = 0;
    const char *part = name;
    const char *end = name + type_length;
    while (part < end) {
        const char *plus = memchr(part, '+', (size_t)(end - part));
        const char *stop = plus ? plus : end;
        const char *ns = part, *simple = part;
        size_t ns_length = 0;
        if (!outer) {
            const char *dot = NULL;
            for (const char *p = part; p < stop; p++)
                if (*p == '.')
                    dot = p;
            if (dot) {
                ns_length = (size_t)(dot - part);
                simple = dot + 1;
            }
        }
        outer = find_typedef(img, ns, ns_length, simple, (size_t)(stop - simple), outer);
        if (!outer)
            return 0;
        part = plus ? plus + 1 : end;
    }
    return enum_underlying(img, outer);
}

static ImgBlob ctor_signature(const ImgImage *img, uint32_t ctor) {
    if (IMG_TOKEN_TABLE(ctor) == IMG_TABLE_METHODDEF)
        return img_get_blob(img, IMG_TABLE_METHODDEF, IMG_TOKEN_RID(ctor), IMG_METHODDEF_SIGNATURE);
    return img_get_blob(img, IMG_TABLE_MEMBERREF, IMG_TOKEN_RID(ctor), IMG_MEMBERREF_SIGNATURE);
}

static void test_every_custom_attribute_decodes(void) {
    Corpus corpus = {{NULL}, {"mscorlib", "System", "System.Core", "System.Configuration", "System.Xml"}, NULL};
    const char *files[LOADED] = {MONO "mscorlib.dll", MONO "System.dll", MONO "System.Core.dll",
                                 MONO "System.Configuration.dll", MONO "System.Xml.dll"};
    ImgError error;
    for (int i = 0; i < LOADED; i++) {
        corpus.images[i] = img_open_file(files[i], &error);
        CHECK(corpus.images[i] != NULL);
        if (!corpus.images[i])
            return;
    }
    ImgCaResolver resolver = {by_token, by_name, &corpus};
    uint32_t total = 0, failed = 0, named = 0, typed = 0, enums = 0;
    for (int i = 0; i < CHECKED; i++) {
        const ImgImage *img = corpus.current = corpus.images[i];
        for (uint32_t r = 1; r <= img_row_count(img, IMG_TABLE_CUSTOMATTRIBUTE); r++) {
            ImgArena arena;
            img_arena_init(&arena);
            uint32_t ctor = img_get_token(img, IMG_TABLE_CUSTOMATTRIBUTE, r, IMG_CUSTOMATTRIBUTE_TYPE);
            ImgMethodSig *sig = img_sig_method(ctor_signature(img, ctor), &arena);
            ImgCustomAttribute ca;
            bool ok = sig && img_ca_decode(img_get_blob(img, IMG_TABLE_CUSTOMATTRIBUTE, r, IMG_CUSTOMATTRIBUTE_VALUE),
                                           sig, &resolver, &arena, &ca);
            total++;
            if (!ok) {
                if (failed < 5)
                    printf("  %s: CustomAttribute row %u (constructor 0x%08x) does not decode\n", files[i], r, ctor);
                failed++;
            } else {
                named += ca.named_count;
                for (uint32_t a = 0; a < ca.fixed_count; a++) {
                    typed += ca.fixed[a].type == IMG_ELEMENT_CA_TYPE;
                    enums += ca.fixed[a].type == IMG_ELEMENT_CA_ENUM;
                }
            }
            img_arena_free(&arena);
        }
    }
    printf("  %u custom attributes, %u named arguments, %u Type and %u enum arguments\n", total, named, typed,
           enums);
    CHECK(total > 10000);
    CHECK_EQ(failed, 0);
    CHECK(typed > 0 && enums > 0 && named > 0);
    for (int i = 0; i < LOADED; i++)
        img_close(corpus.images[i]);
}

/* The assembly's own attributes say what it is: AssemblyTitle("mscorlib.dll"). */
static void test_assembly_title(void) {
    ImgError error;
    ImgImage *img = img_open_file(MONO "mscorlib.dll", &error);
    CHECK(img != NULL);
    if (!img)
        return;
    uint32_t coded = img_coded_encode(IMG_CODED_HASCUSTOMATTRIBUTE, IMG_TOKEN(IMG_TABLE_ASSEMBLY, 1)), end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_CUSTOMATTRIBUTE, IMG_CUSTOMATTRIBUTE_PARENT, coded, &end);
    bool seen = false;
    for (; row && row < end; row++) {
        uint32_t ctor = img_get_token(img, IMG_TABLE_CUSTOMATTRIBUTE, row, IMG_CUSTOMATTRIBUTE_TYPE);
        if (IMG_TOKEN_TABLE(ctor) != IMG_TABLE_METHODDEF)
            continue;
        uint32_t type = img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, IMG_TOKEN_RID(ctor));
        if (strcmp(img_get_string(img, IMG_TABLE_TYPEDEF, type, IMG_TYPEDEF_NAME), "AssemblyTitleAttribute"))
            continue;
        ImgArena arena;
        img_arena_init(&arena);
        ImgMethodSig *sig = img_sig_method(ctor_signature(img, ctor), &arena);
        ImgCustomAttribute ca;
        CHECK(sig && img_ca_decode(img_get_blob(img, IMG_TABLE_CUSTOMATTRIBUTE, row, IMG_CUSTOMATTRIBUTE_VALUE),
                                   sig, NULL, &arena, &ca));
        CHECK_EQ(ca.fixed_count, 1);
        CHECK_EQ(ca.fixed[0].type, IMG_ELEMENT_STRING);
        CHECK(ca.fixed[0].v.str.length == 12 && !memcmp(ca.fixed[0].v.str.chars, "mscorlib.dll", 12));
        img_arena_free(&arena);
        seen = true;
    }
    CHECK(seen);
    img_close(img);
}

int main(void) {
    RUN(test_every_custom_attribute_decodes);
    RUN(test_assembly_title);
    UNIT_END();
}
