/*
 * assembly.c - the binder: loading assemblies along the search path,
 * binding AssemblyRefs, and resolving type names to TypeDef rows through
 * nesting and ExportedType forwarders.
 *
 * Each assembly gets a name index the first time a type is looked up in
 * it: one pass over its TypeDef and ExportedType tables into an
 * open-addressing hash table keyed by (enclosing type, namespace, name).
 * Look-ups after that cost a hash and a compare or two, which matters
 * because every TypeRef a program touches comes through here.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include "loader/internal.h"

/* Forwarder chains (A forwards to B, which forwards to C...) and nesting
 * chains are followed at most this deep, so a cycle between hostile
 * assemblies ends in an error instead of the stack. */
#define MAX_RESOLUTION_DEPTH 16


/* One name in an assembly's index. `outer` is 0 for a top-level type, or
 * the token (TypeDef or ExportedType) of the type it is nested in. */
typedef struct LdNameEntry {
    uint32_t hash;
    uint32_t outer;
    uint32_t token; /* TypeDef or ExportedType; 0 marks an empty slot */
    const char *ns;
    const char *name;
} LdNameEntry;

struct LdNameIndex {
    uint32_t mask; /* capacity - 1; capacity is a power of two */
    LdNameEntry *entries;
};

bool ld_fail(LdError *error, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error->message, sizeof error->message, fmt, ap);
    va_end(ap);
    return false;
}

void *ld_alloc(LdLoader *loader, size_t size) {
    return img_arena_alloc(&loader->arena, size);
}

char *ld_strdup(LdLoader *loader, const char *text) {
    size_t length = strlen(text) + 1;
    char *copy = ld_alloc(loader, length);
    if (copy)
        memcpy(copy, text, length);
    return copy;
}

/* ------------------------------------------------------------------ */
/* Name index                                                          */
/* ------------------------------------------------------------------ */

static uint32_t name_hash(uint32_t outer, const char *ns, const char *name) {
    uint32_t h = 2166136261u ^ outer;
    for (const char *p = ns; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    h = (h ^ '.') * 16777619u;
    for (const char *p = name; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    return h ? h : 1;
}

static void index_insert(LdNameIndex *index, uint32_t outer, const char *ns, const char *name, uint32_t token) {
    uint32_t hash = name_hash(outer, ns, name);
    uint32_t slot = hash & index->mask;
    while (index->entries[slot].token) {
        LdNameEntry *e = &index->entries[slot];
        /* The first definition of a name wins, as a linear search would find. */
        if (e->hash == hash && e->outer == outer && !strcmp(e->ns, ns) && !strcmp(e->name, name))
            return;
        slot = (slot + 1) & index->mask;
    }
    index->entries[slot] = (LdNameEntry){hash, outer, token, ns, name};
}

static uint32_t index_lookup(const LdNameIndex *index, uint32_t outer, const char *ns, const char *name) {
    uint32_t hash = name_hash(outer, ns, name);
    for (uint32_t slot = hash & index->mask;; slot = (slot + 1) & index->mask) {
        const LdNameEntry *e = &index->entries[slot];
        if (!e->token)
            return 0;
        if (e->hash == hash && e->outer == outer && !strcmp(e->ns, ns) && !strcmp(e->name, name))
            return e->token;
    }
}

static uint32_t enclosing_typedef(const ImgImage *img, uint32_t rid) {
    uint32_t end;
    uint32_t row = img_find_sorted(img, IMG_TABLE_NESTEDCLASS, IMG_NESTEDCLASS_NESTED, rid, &end);
    return row ? img_get(img, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_ENCLOSING) : 0;
}

/* Nested types are keyed by their enclosing type and simple name only:
 * compilers give them an empty namespace, and TypeRefs to them do too. */
static bool build_index(LdAssembly *assembly, LdError *error) {
    const ImgImage *img = assembly->image;
    uint32_t types = img_row_count(img, IMG_TABLE_TYPEDEF);
    uint32_t exported = img_row_count(img, IMG_TABLE_EXPORTEDTYPE);
    uint32_t capacity = 16;
    while (capacity < (types + exported) * 2)
        capacity *= 2;
    LdNameIndex *index = calloc(1, sizeof *index);
    LdNameEntry *entries = calloc(capacity, sizeof *entries);
    if (!index || !entries) {
        free(index);
        free(entries);
        return ld_fail(error, "out of memory indexing %s", assembly->name);
    }
    index->mask = capacity - 1;
    index->entries = entries;
    for (uint32_t rid = 1; rid <= types; rid++) {
        uint32_t outer = enclosing_typedef(img, rid);
        const char *ns = outer ? "" : img_get_string(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_NAMESPACE);
        index_insert(index, outer ? IMG_TOKEN(IMG_TABLE_TYPEDEF, outer) : 0, ns,
                     img_get_string(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_NAME), IMG_TOKEN(IMG_TABLE_TYPEDEF, rid));
    }
    for (uint32_t rid = 1; rid <= exported; rid++) {
        uint32_t impl = img_get_token(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_IMPLEMENTATION);
        bool nested = IMG_TOKEN_TABLE(impl) == IMG_TABLE_EXPORTEDTYPE;
        const char *ns = nested ? "" : img_get_string(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_NAMESPACE);
        index_insert(index, nested ? impl : 0, ns, img_get_string(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_NAME),
                     IMG_TOKEN(IMG_TABLE_EXPORTEDTYPE, rid));
    }
    assembly->names = index;
    return true;
}

static void free_index(LdNameIndex *index) {
    if (index) {
        free(index->entries);
        free(index);
    }
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */
/* ------------------------------------------------------------------ */

static bool add_search_dir(LdLoader *loader, const char *dir, size_t length) {
    if (length == 0)
        return true;
    char **dirs = realloc(loader->search_dirs, (loader->search_dir_count + 1) * sizeof *dirs);
    if (!dirs)
        return false;
    loader->search_dirs = dirs;
    dirs[loader->search_dir_count] = strndup(dir, length);
    return dirs[loader->search_dir_count++] != NULL;
}

static bool set_search_path(LdLoader *loader, const LdConfig *config) {
    const char *mono = config->mono_dir ? config->mono_dir : LD_MONO_DIR;
    char facades[4096];
    snprintf(facades, sizeof facades, "%s/Facades", mono);
    if (config->program_dir && !add_search_dir(loader, config->program_dir, strlen(config->program_dir)))
        return false;
    for (const char *p = config->lucid_path; p && *p;) {
        const char *colon = strchr(p, ':');
        size_t length = colon ? (size_t)(colon - p) : strlen(p);
        if (!add_search_dir(loader, p, length))
            return false;
        p += length + (colon != NULL);
    }
    /* The GAC sits beside the profile directory: /usr/lib/mono/gac. */
    char gac[4096];
    snprintf(gac, sizeof gac, "%s/../gac", mono);
    loader->gac_dir = strdup(gac);
    return loader->gac_dir && add_search_dir(loader, mono, strlen(mono)) &&
           add_search_dir(loader, facades, strlen(facades));
}

/* Formats a path; false if it does not fit, so a long name is a miss
 * rather than a different, truncated file. */
static bool format_path(char *path, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool format_path(char *path, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(path, size, fmt, ap);
    va_end(ap);
    return n >= 0 && (size_t)n < size;
}

static bool version_greater(const unsigned a[4], const unsigned b[4]) {
    for (int i = 0; i < 4; i++)
        if (a[i] != b[i])
            return a[i] > b[i];
    return false;
}

/* A GAC entry is gac/NAME/VERSION__TOKEN/NAME.dll. The reference's exact
 * version and token win; otherwise the highest version present, since we
 * bind loosely by name everywhere else too. */
static bool gac_path(const LdLoader *loader, const char *name, const char *wanted_dir, char *path, size_t size) {
    char dir[4096];
    if (!format_path(dir, sizeof dir, "%s/%s", loader->gac_dir, name))
        return false;
    if (wanted_dir && format_path(path, size, "%s/%s/%s.dll", dir, wanted_dir, name) && access(path, R_OK) == 0)
        return true;
    DIR *d = opendir(dir);
    if (!d)
        return false;
    unsigned best[4] = {0};
    bool found = false;
    struct dirent *entry;
    while ((entry = readdir(d))) {
        unsigned v[4];
        if (sscanf(entry->d_name, "%u.%u.%u.%u__", &v[0], &v[1], &v[2], &v[3]) != 4)
            continue;
        char candidate[4096];
        if (!format_path(candidate, sizeof candidate, "%s/%s/%s.dll", dir, entry->d_name, name) ||
            access(candidate, R_OK) != 0 || (found && !version_greater(v, best)) ||
            !format_path(path, size, "%s", candidate))
            continue;
        memcpy(best, v, sizeof best);
        found = true;
    }
    closedir(d);
    return found;
}

static const char *assembly_name(const ImgImage *img) {
    if (img_row_count(img, IMG_TABLE_ASSEMBLY))
        return img_get_string(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_NAME);
    return img_row_count(img, IMG_TABLE_MODULE) ? img_get_string(img, IMG_TABLE_MODULE, 1, IMG_MODULE_NAME) : "";
}

static LdAssembly *find_loaded(const LdLoader *loader, const char *name) {
    for (uint32_t i = 0; i < loader->assembly_count; i++)
        if (strcasecmp(loader->assemblies[i]->name, name) == 0)
            return loader->assemblies[i];
    return NULL;
}

static void free_assembly(LdAssembly *assembly) {
    if (!assembly)
        return;
    img_close(assembly->image);
    free(assembly->references);
    free(assembly->typedefs);
    free_index(assembly->names);
    free(assembly->path);
    free(assembly);
}

LdAssembly *ld_load_file(LdLoader *loader, const char *path, LdError *error) {
    ImgError image_error;
    ImgImage *img = img_open_file(path, &image_error);
    if (!img) {
        ld_fail(error, "%s: %s%s", path, image_error.io ? "" : "bad image: ", image_error.message);
        return NULL;
    }
    if (img->kind != IMG_KIND_PE) {
        img_close(img);
        ld_fail(error, "%s: not an assembly (bare metadata)", path);
        return NULL;
    }
    LdAssembly *existing = find_loaded(loader, assembly_name(img));
    if (existing) {
        img_close(img);
        return existing;
    }
    LdAssembly *assembly = calloc(1, sizeof *assembly);
    if (assembly) {
        assembly->loader = loader;
        assembly->image = img;
        assembly->name = assembly_name(img);
        assembly->path = strdup(path);
        assembly->references = calloc(img_row_count(img, IMG_TABLE_ASSEMBLYREF) + 1, sizeof *assembly->references);
        assembly->typedefs = calloc(img_row_count(img, IMG_TABLE_TYPEDEF) + 1, sizeof *assembly->typedefs);
    }
    if (!assembly || !assembly->path || !assembly->references || !assembly->typedefs) {
        if (assembly)
            free_assembly(assembly);
        else
            img_close(img);
        ld_fail(error, "out of memory loading %s", path);
        return NULL;
    }
    if (loader->assembly_count == loader->assembly_capacity) {
        uint32_t capacity = loader->assembly_capacity ? loader->assembly_capacity * 2 : 16;
        LdAssembly **grown = realloc(loader->assemblies, capacity * sizeof *grown);
        if (!grown) {
            free_assembly(assembly);
            ld_fail(error, "out of memory loading %s", path);
            return NULL;
        }
        loader->assemblies = grown;
        loader->assembly_capacity = capacity;
    }
    loader->assemblies[loader->assembly_count++] = assembly;
    return assembly;
}

/* Along the search path, then in the GAC (gac_dir names the version
 * directory a reference asks for, or is NULL). */
static LdAssembly *load_by_name(LdLoader *loader, const char *name, const char *gac_dir, LdError *error) {
    LdAssembly *loaded = find_loaded(loader, name);
    if (loaded)
        return loaded;
    static const char *const extensions[] = {".dll", ".exe"};
    char path[4096];
    for (uint32_t d = 0; d < loader->search_dir_count; d++) {
        for (unsigned e = 0; e < 2; e++)
            if (format_path(path, sizeof path, "%s/%s%s", loader->search_dirs[d], name, extensions[e]) &&
                access(path, R_OK) == 0)
                return ld_load_file(loader, path, error);
    }
    if (!strchr(name, '/') && gac_path(loader, name, gac_dir, path, sizeof path))
        return ld_load_file(loader, path, error);
    size_t used = (size_t)snprintf(error->message, sizeof error->message, "assembly %s not found (searched", name);
    for (uint32_t d = 0; d < loader->search_dir_count && used < sizeof error->message; d++)
        used += (size_t)snprintf(error->message + used, sizeof error->message - used, " %s", loader->search_dirs[d]);
    if (used < sizeof error->message)
        snprintf(error->message + used, sizeof error->message - used, " and the GAC)");
    return NULL;
}

LdAssembly *ld_load_by_name(LdLoader *loader, const char *name, LdError *error) {
    return load_by_name(loader, name, NULL, error);
}

/* "4.0.0.0__b77a5c561934e089": the GAC directory of an exact reference. */
static void reference_gac_dir(const ImgImage *img, uint32_t rid, char *dir, size_t size) {
    int used = snprintf(dir, size, "%u.%u.%u.%u__", img_get(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_MAJOR),
                        img_get(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_MINOR),
                        img_get(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_BUILD),
                        img_get(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_REVISION));
    ImgBlob token = img_get_blob(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_PUBLICKEY);
    /* Only a token (8 bytes) names the directory; a full key would need hashing. */
    for (uint32_t i = 0; token.size == 8 && i < 8 && (size_t)used + 2 < size; i++)
        used += snprintf(dir + used, size - (size_t)used, "%02x", token.data[i]);
}

LdAssembly *ld_resolve_assembly_ref(LdAssembly *from, uint32_t rid, LdError *error) {
    const ImgImage *img = from->image;
    if (rid == 0 || rid > img_row_count(img, IMG_TABLE_ASSEMBLYREF)) {
        ld_fail(error, "%s: no AssemblyRef row %u", from->name, rid);
        return NULL;
    }
    if (!from->references[rid]) {
        const char *name = img_get_string(img, IMG_TABLE_ASSEMBLYREF, rid, IMG_ASSEMBLYREF_NAME);
        char gac_dir[64];
        reference_gac_dir(img, rid, gac_dir, sizeof gac_dir);
        LdAssembly *target = load_by_name(from->loader, name, gac_dir, error);
        if (!target) {
            size_t length = strlen(error->message);
            snprintf(error->message + length, sizeof error->message - length, ", referenced by %s", from->name);
            return NULL;
        }
        from->references[rid] = target;
    }
    return from->references[rid];
}

/* ------------------------------------------------------------------ */
/* Type names                                                          */
/* ------------------------------------------------------------------ */

static bool find_type(LdAssembly *assembly, const char *ns, const char *name, uint32_t outer_token,
                      LdTypeDef *found, int depth, LdError *error);

/* Follows an ExportedType row to the TypeDef it forwards to. */
static bool follow_exported(LdAssembly *assembly, uint32_t rid, LdTypeDef *found, int depth, LdError *error) {
    const ImgImage *img = assembly->image;
    if (depth > MAX_RESOLUTION_DEPTH)
        return ld_fail(error, "%s: exported type row %u: forwarders or nesting deeper than %d levels", assembly->name,
                    rid, MAX_RESOLUTION_DEPTH);
    const char *name = img_get_string(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_NAME);
    const char *ns = img_get_string(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_NAMESPACE);
    uint32_t impl = img_get_token(img, IMG_TABLE_EXPORTEDTYPE, rid, IMG_EXPORTEDTYPE_IMPLEMENTATION);
    switch (IMG_TOKEN_TABLE(impl)) {
    case IMG_TABLE_ASSEMBLYREF: {
        LdAssembly *target = ld_resolve_assembly_ref(assembly, IMG_TOKEN_RID(impl), error);
        return target && find_type(target, ns, name, 0, found, depth + 1, error);
    }
    case IMG_TABLE_EXPORTEDTYPE: {
        /* Nested in a forwarded type: find the outer type where it went. */
        LdTypeDef outer;
        if (!follow_exported(assembly, IMG_TOKEN_RID(impl), &outer, depth + 1, error))
            return false;
        return find_type(outer.assembly, "", name, IMG_TOKEN(IMG_TABLE_TYPEDEF, outer.rid), found, depth + 1, error);
    }
    case IMG_TABLE_FILE:
        return ld_fail(error, "%s: type %s%s%s lives in another module of the assembly; multi-module assemblies are "
                    "not supported", assembly->name, ns, *ns ? "." : "", name);
    default:
        return ld_fail(error, "%s: exported type %s has no implementation", assembly->name, name);
    }
}

static bool find_type(LdAssembly *assembly, const char *ns, const char *name, uint32_t outer_token,
                      LdTypeDef *found, int depth, LdError *error) {
    if (depth > MAX_RESOLUTION_DEPTH)
        return ld_fail(error, "type %s%s%s: forwarders or nesting deeper than %d levels", ns, *ns ? "." : "", name,
                    MAX_RESOLUTION_DEPTH);
    if (!assembly->names && !build_index(assembly, error))
        return false;
    uint32_t token = index_lookup(assembly->names, outer_token, outer_token ? "" : ns, name);
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_TYPEDEF) {
        found->assembly = assembly;
        found->rid = IMG_TOKEN_RID(token);
        return true;
    }
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_EXPORTEDTYPE)
        return follow_exported(assembly, IMG_TOKEN_RID(token), found, depth, error);
    return ld_fail(error, "type %s%s%s%s not found in assembly %s", outer_token ? "(nested) " : "", ns, *ns ? "." : "",
                name, assembly->name);
}

bool ld_find_type(LdAssembly *assembly, const char *ns, const char *name, LdTypeDef outer, LdTypeDef *found,
                  LdError *error) {
    if (outer.assembly && outer.assembly != assembly)
        return ld_fail(error, "type %s: enclosing type is in another assembly", name);
    return find_type(assembly, ns, name, outer.rid ? IMG_TOKEN(IMG_TABLE_TYPEDEF, outer.rid) : 0, found, 0, error);
}

static bool resolve_typeref(LdAssembly *from, uint32_t rid, LdTypeDef *found, int depth, LdError *error) {
    const ImgImage *img = from->image;
    if (rid == 0 || rid > img_row_count(img, IMG_TABLE_TYPEREF))
        return ld_fail(error, "%s: no TypeRef row %u", from->name, rid);
    if (depth > MAX_RESOLUTION_DEPTH)
        return ld_fail(error, "%s: TypeRef %u nests deeper than %d levels", from->name, rid, MAX_RESOLUTION_DEPTH);
    const char *name = img_get_string(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_NAME);
    const char *ns = img_get_string(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_NAMESPACE);
    uint32_t scope = img_get_token(img, IMG_TABLE_TYPEREF, rid, IMG_TYPEREF_SCOPE);
    switch (IMG_TOKEN_TABLE(scope)) {
    case IMG_TABLE_ASSEMBLYREF: {
        LdAssembly *target = ld_resolve_assembly_ref(from, IMG_TOKEN_RID(scope), error);
        return target && find_type(target, ns, name, 0, found, depth, error);
    }
    case IMG_TABLE_TYPEREF: {
        LdTypeDef outer;
        if (!resolve_typeref(from, IMG_TOKEN_RID(scope), &outer, depth + 1, error))
            return false;
        return find_type(outer.assembly, "", name, IMG_TOKEN(IMG_TABLE_TYPEDEF, outer.rid), found, depth, error);
    }
    case IMG_TABLE_MODULEREF:
        return ld_fail(error, "%s: type %s%s%s lives in module %s; multi-module assemblies are not supported", from->name,
                    ns, *ns ? "." : "", name,
                    img_get_string(img, IMG_TABLE_MODULEREF, IMG_TOKEN_RID(scope), IMG_MODULEREF_NAME));
    default:
        /* Module, or no scope: II.22.38 says to look in this assembly. */
        return find_type(from, ns, name, 0, found, depth, error);
    }
}

bool ld_resolve_typeref(LdAssembly *from, uint32_t typeref_rid, LdTypeDef *found, LdError *error) {
    return resolve_typeref(from, typeref_rid, found, 0, error);
}

bool ld_find_type_by_full_name(LdAssembly *assembly, const char *full_name, LdTypeDef *found, LdError *error) {
    char buffer[1024];
    if (strlen(full_name) >= sizeof buffer)
        return ld_fail(error, "type name too long: %.64s...", full_name);
    strcpy(buffer, full_name);
    char *nested = strchr(buffer, '+');
    if (nested)
        *nested++ = 0;
    char *dot = strrchr(buffer, '.');
    const char *ns = "", *name = buffer;
    if (dot) {
        *dot = 0;
        ns = buffer;
        name = dot + 1;
    }
    LdTypeDef current;
    if (!find_type(assembly, ns, name, 0, &current, 0, error))
        return false;
    while (nested) {
        char *next = strchr(nested, '+');
        if (next)
            *next++ = 0;
        if (!find_type(current.assembly, "", nested, IMG_TOKEN(IMG_TABLE_TYPEDEF, current.rid), &current, 0, error))
            return false;
        nested = next;
    }
    *found = current;
    return true;
}

/* ------------------------------------------------------------------ */
/* The loader                                                          */
/* ------------------------------------------------------------------ */

/* Mono's runtime and corlib agree on a contract named by a GUID, kept as
 * the constant Environment.mono_corlib_version; a different corlib would
 * expect icalls and object shapes we do not provide. */
static bool check_corlib_version(LdAssembly *corlib, LdError *error) {
    const ImgImage *img = corlib->image;
    LdTypeDef environment;
    if (!ld_find_type(corlib, "System", "Environment", (LdTypeDef){0}, &environment, error))
        return ld_fail(error, "%s: no System.Environment: not Mono's mscorlib", corlib->path);
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_TYPEDEF, environment.rid, IMG_TYPEDEF_FIELDLIST, &first, &end);
    for (uint32_t i = first; i < end; i++) {
        uint32_t field = img_list_member(img, IMG_TABLE_FIELD, i);
        if (strcmp(img_get_string(img, IMG_TABLE_FIELD, field, IMG_FIELD_NAME), "mono_corlib_version"))
            continue;
        uint32_t coded = img_coded_encode(IMG_CODED_HASCONSTANT, IMG_TOKEN(IMG_TABLE_FIELD, field));
        uint32_t row = img_find_sorted(img, IMG_TABLE_CONSTANT, IMG_CONSTANT_PARENT, coded, NULL);
        ImgBlob value = row ? img_get_blob(img, IMG_TABLE_CONSTANT, row, IMG_CONSTANT_VALUE) : (ImgBlob){NULL, 0};
        char version[64] = {0};
        for (uint32_t c = 0; c + 1 < value.size && c / 2 < sizeof version - 1; c += 2)
            version[c / 2] = value.data[c + 1] ? '?' : (char)value.data[c];
        if (strcmp(version, LD_CORLIB_VERSION) == 0)
            return true;
        return ld_fail(error, "%s: corlib version %s, but Lucid implements Mono 6.8's contract %s", corlib->path,
                    version[0] ? version : "(none)", LD_CORLIB_VERSION);
    }
    return ld_fail(error, "%s: no Environment.mono_corlib_version: not Mono 6.8's mscorlib", corlib->path);
}

LdLoader *ld_create(const LdConfig *config, LdError *error) {
    LdLoader *loader = calloc(1, sizeof *loader);
    if (loader)
        img_arena_init(&loader->arena);
    if (!loader || !set_search_path(loader, config)) {
        ld_destroy(loader);
        ld_fail(error, "out of memory");
        return NULL;
    }
    if (config->pinned_types && !(loader->pinned_types = ld_strdup(loader, config->pinned_types))) {
        ld_destroy(loader);
        ld_fail(error, "out of memory");
        return NULL;
    }
    loader->corlib = ld_load_by_name(loader, "mscorlib", error);
    if (!loader->corlib || (!config->skip_corlib_check && !check_corlib_version(loader->corlib, error))) {
        ld_destroy(loader);
        return NULL;
    }
    return loader;
}

void ld_destroy(LdLoader *loader) {
    if (!loader)
        return;
    for (uint32_t i = 0; i < loader->assembly_count; i++)
        free_assembly(loader->assemblies[i]);
    free(loader->assemblies);
    for (uint32_t i = 0; i < loader->search_dir_count; i++)
        free(loader->search_dirs[i]);
    free(loader->search_dirs);
    free(loader->gac_dir);
    free(loader->instantiations.slots);
    free(loader->method_instantiations.slots);
    free(loader->vars);
    free(loader->mvars);
    img_arena_free(&loader->arena);
    free(loader);
}

LdAssembly *ld_corlib(const LdLoader *loader) {
    return loader->corlib;
}

uint32_t ld_assembly_count(const LdLoader *loader) {
    return loader->assembly_count;
}

LdAssembly *ld_assembly_at(const LdLoader *loader, uint32_t index) {
    return index < loader->assembly_count ? loader->assemblies[index] : NULL;
}
