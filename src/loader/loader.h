/*
 * loader.h - assemblies and resolution (and, as the engine grows, types).
 *
 * An LdLoader is the set of assemblies one runtime has loaded, with the
 * search path that found them. It binds references by simple name, as
 * ARCHITECTURE.md section 2 decides: the program's directory, then each
 * LUCID_PATH entry, then Mono's 4.5 profile directory and its Facades.
 * Versions and public key tokens are not compared: the class libraries we
 * run are Mono's, whatever version a program was compiled against.
 *
 * Type names resolve without loading types: a TypeRef becomes an
 * (assembly, TypeDef rid) pair, following nesting and ExportedType
 * forwarders (the Facades are made of nothing else). The type loader
 * builds MethodTables from such pairs.
 */
#ifndef LUCID_LOADER_H
#define LUCID_LOADER_H

#include <stdbool.h>
#include <stdint.h>

#include "image/image.h"

#define LD_MONO_DIR "/usr/lib/mono/4.5"
/* The corlib contract of Mono 6.8 (Environment.mono_corlib_version). */
#define LD_CORLIB_VERSION "ABB721D6-116A-4555-B4FD-9248146D2051"

typedef struct LdError {
    char message[320];
} LdError;

typedef struct LdNameIndex LdNameIndex;
typedef struct LdLoader LdLoader;

typedef struct LdAssembly {
    LdLoader *loader;
    ImgImage *image;
    const char *name; /* simple name, from the Assembly row (or the Module row) */
    char *path;
    /* AssemblyRef rid -> the assembly it binds to, filled on first use. */
    struct LdAssembly **references;
    LdNameIndex *names; /* TypeDefs and ExportedTypes by name, built on first look-up */
} LdAssembly;

/* A TypeDef row of a loaded assembly: what a type name resolves to. */
typedef struct LdTypeDef {
    LdAssembly *assembly;
    uint32_t rid;
} LdTypeDef;

typedef struct LdConfig {
    const char *program_dir;   /* searched first; may be NULL */
    const char *lucid_path;    /* colon-separated, like LUCID_PATH; may be NULL */
    const char *mono_dir;      /* NULL: LD_MONO_DIR */
    bool skip_corlib_check;    /* for tools that read any mscorlib */
} LdConfig;

/* Create a loader and load mscorlib, checking its corlib version. */
LdLoader *ld_create(const LdConfig *config, LdError *error);
void ld_destroy(LdLoader *loader);

LdAssembly *ld_corlib(const LdLoader *loader);
uint32_t ld_assembly_count(const LdLoader *loader);
LdAssembly *ld_assembly_at(const LdLoader *loader, uint32_t index);

/* Load a file (once: a second load of the same simple name returns the
 * first), or find an assembly by simple name along the search path. */
LdAssembly *ld_load_file(LdLoader *loader, const char *path, LdError *error);
LdAssembly *ld_load_by_name(LdLoader *loader, const char *name, LdError *error);
/* The assembly an AssemblyRef row of `from` binds to. */
LdAssembly *ld_resolve_assembly_ref(LdAssembly *from, uint32_t assemblyref_rid, LdError *error);

/* A type by namespace and name in an assembly, following ExportedType
 * forwarders; `outer` is the enclosing TypeDef for a nested type (then
 * ns is ""), or a zero LdTypeDef for a top-level one. */
bool ld_find_type(LdAssembly *assembly, const char *ns, const char *name, LdTypeDef outer, LdTypeDef *found,
                  LdError *error);
/* The TypeDef a TypeRef row names. */
bool ld_resolve_typeref(LdAssembly *from, uint32_t typeref_rid, LdTypeDef *found, LdError *error);
/* A full name as reflection writes it: "Namespace.Outer+Inner". */
bool ld_find_type_by_full_name(LdAssembly *assembly, const char *full_name, LdTypeDef *found, LdError *error);

#endif
