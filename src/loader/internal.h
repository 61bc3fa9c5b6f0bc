/*
 * internal.h - what the loader's files share: the loader itself, its
 * allocator and caches.
 */
#ifndef LUCID_LOADER_INTERNAL_H
#define LUCID_LOADER_INTERNAL_H

#include <stdarg.h>

#include "loader/loader.h"

/* Generic instantiations by (definition, arguments), open addressing. */
typedef struct LdInstantiations {
    uint32_t mask, count;
    LdMethodTable **slots;
} LdInstantiations;

struct LdLoader {
    char **search_dirs;
    uint32_t search_dir_count;
    char *gac_dir; /* Mono's global assembly cache, searched last */
    LdAssembly **assemblies;
    uint32_t assembly_count, assembly_capacity;
    LdAssembly *corlib;
    /* Types, members and names live as long as the loader: one arena. */
    ImgArena arena;
    LdInstantiations instantiations;
    struct {
        uint32_t mask, count;
        LdMethod **slots;
    } method_instantiations;
    LdMethodTable **vars, **mvars; /* !n and !!n, by number */
    uint32_t var_count, mvar_count;
    LdMethodTable *fnptr;
    /* corlib types the loader itself needs, found on first use */
    LdMethodTable *object, *value_type, *enum_type, *array, *multicast_delegate, *nullable;
    uint32_t finalize_slot; /* System.Object::Finalize's vtable slot */
    char *pinned_types;     /* LdConfig.pinned_types, copied */
};

bool ld_fail(LdError *error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void *ld_alloc(LdLoader *loader, size_t size); /* zeroed; NULL if out of memory */
char *ld_strdup(LdLoader *loader, const char *text);

/* layout.c */
bool ld_layout_fields(LdMethodTable *type, const LdGenericContext *context, LdError *error);
/* methods.c */
bool ld_build_methods(LdMethodTable *type, const LdGenericContext *context, LdError *error);
/* type.c */
bool ld_shell_kind(LdMethodTable *type, LdError *error);
LdMethodTable *ld_owned_generic_param(LdMethodTable *owner_type, LdMethod *owner_method, uint32_t number,
                                      LdError *error);
bool ld_has_attribute(LdAssembly *assembly, uint32_t parent_token, const char *ns, const char *name);

#endif
