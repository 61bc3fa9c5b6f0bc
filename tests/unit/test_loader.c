/*
 * test_loader.c - the binder: search path, corlib check, AssemblyRef
 * binding, and type names through nesting and ExportedType forwarders.
 *
 * The broad check binds every reference of every assembly in Mono's 4.5
 * profile and Facades, and resolves every TypeRef of the core libraries to
 * a TypeDef: the same walk the type loader will make, on real data.
 */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loader/loader.h"
#include "unit.h"

static LdLoader *default_loader(void) {
    LdConfig config = {0};
    LdError error;
    LdLoader *loader = ld_create(&config, &error);
    if (!loader)
        printf("  ld_create: %s\n", error.message);
    return loader;
}

static const char *typedef_name(LdTypeDef t) {
    return img_get_string(t.assembly->image, IMG_TABLE_TYPEDEF, t.rid, IMG_TYPEDEF_NAME);
}

static void test_corlib_loads_and_checks_version(void) {
    LdLoader *loader = default_loader();
    CHECK(loader != NULL);
    if (!loader)
        return;
    CHECK_STR(ld_corlib(loader)->name, "mscorlib");
    CHECK_EQ(ld_assembly_count(loader), 1);
    ld_destroy(loader);
}

static void test_wrong_corlib_is_refused(void) {
    /* A directory whose mscorlib.dll is some other assembly. */
    char dir[] = "/tmp/lucid-corlib-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/mscorlib.dll", dir);
    CHECK(symlink("/usr/lib/mono/4.5/System.dll", path) == 0);
    LdConfig config = {.mono_dir = dir};
    LdError error;
    LdLoader *loader = ld_create(&config, &error);
    CHECK(loader == NULL);
    CHECK(loader == NULL && strstr(error.message, "not Mono") != NULL);
    ld_destroy(loader);
    unlink(path);
    /* And no mscorlib at all. */
    loader = ld_create(&config, &error);
    CHECK(loader == NULL && strstr(error.message, "assembly mscorlib not found") != NULL);
    rmdir(dir);
}

static void test_forwarders_and_nesting(void) {
    LdLoader *loader = default_loader();
    if (!loader)
        return;
    LdError error;
    LdAssembly *runtime = ld_load_by_name(loader, "System.Runtime", &error);
    CHECK(runtime != NULL);
    LdTypeDef object, special;
    /* System.Runtime is a facade: Object is forwarded to mscorlib. */
    bool forwarded = runtime && ld_find_type(runtime, "System", "Object", (LdTypeDef){0}, &object, &error);
    CHECK(forwarded);
    if (forwarded) {
        CHECK(object.assembly == ld_corlib(loader));
        CHECK_STR(typedef_name(object), "Object");
    }
    CHECK(runtime && runtime->image->tables[IMG_TABLE_TYPEDEF].row_count <= 1);
    /* A nested type through a facade, whose ExportedType row names it
     * nested in another forwarded row. */
    LdAssembly *collections = ld_load_by_name(loader, "System.Collections", &error);
    bool found = collections &&
                 ld_find_type_by_full_name(collections, "System.Collections.Generic.Dictionary`2+KeyCollection",
                                           &special, &error);
    CHECK(found);
    if (found) {
        CHECK(special.assembly == ld_corlib(loader));
        CHECK_STR(typedef_name(special), "KeyCollection");
    }
    /* Nesting in the assembly itself. */
    found = ld_find_type_by_full_name(ld_corlib(loader), "System.Environment+SpecialFolder", &special, &error);
    CHECK(found);
    if (found)
        CHECK_STR(typedef_name(special), "SpecialFolder");
    /* Misses say what was looked for, and where. */
    CHECK(!ld_find_type_by_full_name(ld_corlib(loader), "System.NoSuchType", &special, &error));
    CHECK(strstr(error.message, "System.NoSuchType not found in assembly mscorlib") != NULL);
    CHECK(!ld_load_by_name(loader, "No.Such.Assembly", &error));
    CHECK(strstr(error.message, "assembly No.Such.Assembly not found (searched /usr/lib/mono/4.5") != NULL);
    /* Mono.Cecil is not in the 4.5 profile, only in Mono's GAC. */
    LdAssembly *cecil = ld_load_by_name(loader, "Mono.Cecil", &error);
    CHECK(cecil && strstr(cecil->path, "/gac/Mono.Cecil/") != NULL);
    /* Loading twice gives the same assembly. */
    CHECK(ld_load_file(loader, "/usr/lib/mono/4.5/Facades/System.Runtime.dll", &error) == runtime);
    ld_destroy(loader);
}

static void test_search_path_order(void) {
    /* LUCID_PATH directories come before Mono's: a program can bring its own copy. */
    char dir[] = "/tmp/lucid-path-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/pdbsample.dll", dir);
    char fixture[4096];
    CHECK(getcwd(fixture, sizeof fixture - 64) != NULL);
    strcat(fixture, "/tests/fixtures/pdbsample.dll");
    CHECK(symlink(fixture, path) == 0);
    LdConfig config = {.lucid_path = "/nonexistent:" };
    char lucid_path[512];
    snprintf(lucid_path, sizeof lucid_path, "/nonexistent:%s", dir);
    config.lucid_path = lucid_path;
    LdError error;
    LdLoader *loader = ld_create(&config, &error);
    CHECK(loader != NULL);
    if (loader) {
        LdAssembly *sample = ld_load_by_name(loader, "pdbsample", &error);
        CHECK(sample != NULL && strstr(sample->path, dir) == sample->path);
        ld_destroy(loader);
    }
    unlink(path);
    rmdir(dir);
}

static void load_directory(LdLoader *loader, const char *dir, uint32_t *count) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *entry;
    LdError error;
    while ((entry = readdir(d))) {
        size_t n = strlen(entry->d_name);
        if (n < 5 || (strcmp(entry->d_name + n - 4, ".dll") && strcmp(entry->d_name + n - 4, ".exe")))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
        if (ld_load_file(loader, path, &error))
            (*count)++;
        else
            printf("  %s\n", error.message);
    }
    closedir(d);
}

static void test_every_reference_binds(void) {
    LdLoader *loader = default_loader();
    if (!loader)
        return;
    uint32_t files = 0;
    load_directory(loader, "/usr/lib/mono/4.5", &files);
    load_directory(loader, "/usr/lib/mono/4.5/Facades", &files);
    CHECK(files > 300);
    uint32_t refs = 0, unbound = 0, typerefs = 0, unresolved = 0, core_unresolved = 0;
    /* Binding loads more assemblies as it goes; the count is re-read. */
    for (uint32_t i = 0; i < ld_assembly_count(loader); i++) {
        LdAssembly *a = ld_assembly_at(loader, i);
        bool core = !strcmp(a->name, "mscorlib") || !strcmp(a->name, "System") || !strcmp(a->name, "System.Core");
        LdError error;
        for (uint32_t r = 1; r <= img_row_count(a->image, IMG_TABLE_ASSEMBLYREF); r++) {
            refs++;
            /* aprofutil's Mono.Profiler.Log ships in no package mono-devel pulls in. */
            if (!ld_resolve_assembly_ref(a, r, &error) && !strstr(error.message, "Mono.Profiler.Log not found")) {
                unbound++;
                if (getenv("LUCID_TEST_VERBOSE"))
                    printf("  %s\n", error.message);
            }
        }
        for (uint32_t t = 1; t <= img_row_count(a->image, IMG_TABLE_TYPEREF); t++) {
            LdTypeDef found;
            typerefs++;
            if (ld_resolve_typeref(a, t, &found, &error)) {
                const char *want = img_get_string(a->image, IMG_TABLE_TYPEREF, t, IMG_TYPEREF_NAME);
                CHECK_STR(typedef_name(found), want);
                continue;
            }
            if (strstr(error.message, "Mono.Profiler.Log not found"))
                continue;
            unresolved++;
            if (getenv("LUCID_TEST_VERBOSE"))
                printf("  %s TypeRef %u: %s\n", a->name, t, error.message);
            if (core) {
                core_unresolved++;
                printf("  %s TypeRef %u: %s\n", a->name, t, error.message);
            }
        }
    }
    printf("  %u assemblies, %u references (%u unbound), %u TypeRefs (%u unresolved)\n",
           ld_assembly_count(loader), refs, unbound, typerefs, unresolved);
    CHECK_EQ(core_unresolved, 0);
    CHECK_EQ(unbound, 0);
    CHECK_EQ(unresolved, 0);
    CHECK(typerefs > 20000);
    ld_destroy(loader);
}

int main(void) {
    RUN(test_corlib_loads_and_checks_version);
    RUN(test_wrong_corlib_is_refused);
    RUN(test_forwarders_and_nesting);
    RUN(test_search_path_order);
    RUN(test_every_reference_binds);
    UNIT_END();
}
