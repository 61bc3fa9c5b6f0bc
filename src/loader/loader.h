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
struct LdMethodTable;

typedef struct LdAssembly {
    LdLoader *loader;
    ImgImage *image;
    const char *name; /* simple name, from the Assembly row (or the Module row) */
    char *path;
    /* AssemblyRef rid -> the assembly it binds to, filled on first use. */
    struct LdAssembly **references;
    LdNameIndex *names; /* TypeDefs and ExportedTypes by name, built on first look-up */
    struct LdMethodTable **typedefs; /* TypeDef rid -> its type (the definition, for generic types) */
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
    const char *pinned_types;  /* comma-separated full names of classes whose instances are allocated on the
                                  pinned object heap (LUCID_GCPinnedTypes: for tests of the GC); may be NULL */
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

/* ------------------------------------------------------------------ */
/* Types                                                              */
/* ------------------------------------------------------------------ */

/*
 * Object shapes (ARCHITECTURE.md section 4, and Mono's corlib contract):
 * every object starts with its MethodTable pointer and a sync word; an
 * array then has a bounds pointer (NULL for a vector) and its length, then
 * the elements; a string has an int32 length, then UTF-16 code units and a
 * terminating NUL. Objects are at least three words long so that the GC can
 * always overwrite a dead one with a free-space filler.
 */
#define LD_POINTER_SIZE 8
#define LD_OBJECT_HEADER_SIZE 16
#define LD_ARRAY_BOUNDS_OFFSET 16
#define LD_ARRAY_LENGTH_OFFSET 24
#define LD_ARRAY_DATA_OFFSET 32
#define LD_STRING_LENGTH_OFFSET 16
#define LD_STRING_CHARS_OFFSET 20
#define LD_MIN_OBJECT_SIZE 24

typedef enum LdTypeKind {
    LD_KIND_CLASS,
    LD_KIND_VALUETYPE,
    LD_KIND_INTERFACE,
    LD_KIND_SZARRAY,  /* single dimension, zero-based: T[] */
    LD_KIND_ARRAY,    /* T[,] and friends: rank in LdMethodTable.rank */
    LD_KIND_POINTER,  /* T* */
    LD_KIND_BYREF,    /* T& */
    LD_KIND_FNPTR,    /* method pointers, all one type for now */
    LD_KIND_VAR,      /* !n: a type's generic parameter, in open types */
    LD_KIND_MVAR,     /* !!n: a method's generic parameter */
} LdTypeKind;

/*
 * How far a type is built. A SHELL has its identity (kind, name,
 * instantiation) and sits in the caches, which is all that naming it in a
 * signature, a generic argument or an override comparison needs. LOADED
 * adds parent, fields and layout, methods, vtable and interface map. The
 * split is what lets `class Foo : IEquatable<Foo>` load: the interface's
 * argument need only be a shell.
 */
typedef enum LdLoadLevel {
    LD_LEVEL_SHELL,
    LD_LEVEL_LOADING,
    LD_LEVEL_LOADED,
    LD_LEVEL_FAILED,
} LdLoadLevel;

/* LdMethodTable.flags */
#define LD_MT_HAS_FINALIZER 0x0001u
#define LD_MT_CONTAINS_REFS 0x0002u   /* instances (or elements) hold object references */
#define LD_MT_STRING 0x0004u
#define LD_MT_ENUM 0x0008u
#define LD_MT_NULLABLE 0x0010u        /* System.Nullable<T>: element is T */
#define LD_MT_GENERIC_DEFINITION 0x0020u /* List`1 itself: never instantiated */
#define LD_MT_HAS_CCTOR 0x0040u
#define LD_MT_BEFOREFIELDINIT 0x0080u
#define LD_MT_DELEGATE 0x0100u
#define LD_MT_ABSTRACT 0x0200u
#define LD_MT_OPEN 0x0400u            /* mentions a VAR or MVAR somewhere: no instances */
#define LD_MT_PRIMITIVE 0x0800u       /* bool, char, the integers, floats, IntPtr, UIntPtr */
#define LD_MT_LAYOUT_DONE 0x1000u     /* instance layout known (set before LOADED) */
#define LD_MT_SEALED 0x2000u
#define LD_MT_BYREF_LIKE 0x4000u      /* ref struct (IsByRefLikeAttribute) */
#define LD_MT_KIND_KNOWN 0x8000u      /* kind and elem are final (known before LOADED) */
#define LD_MT_STATICS_DONE 0x10000u   /* ld_type_prepare_statics has run */
#define LD_MT_CRITICAL_FINALIZER 0x20000u /* derives from CriticalFinalizerObject: finalized after the others */
#define LD_MT_ALLOC_PINNED 0x40000u   /* instances go on the pinned object heap (LdConfig.pinned_types) */

/* A run of `count` reference slots starting `offset` bytes into the
 * instance data (after the header; for arrays, into one element). */
typedef struct LdGcSeries {
    uint32_t offset;
    uint32_t count;
} LdGcSeries;

struct LdMethodTable;
struct LdMethod;
struct LdClass;

/* An interface a type implements, and for each of the interface's
 * virtual methods the vtable slot of the implementation in this type
 * (LD_SLOT_INTERFACE_DEFAULT: the interface's own body; LD_SLOT_NONE:
 * unimplemented, legal only in an abstract type or an array). Slots rather
 * than methods, so a subclass's override also answers the interface. */
#define LD_SLOT_NONE UINT32_MAX
#define LD_SLOT_INTERFACE_DEFAULT (UINT32_MAX - 1)
typedef struct LdInterfaceEntry {
    struct LdMethodTable *interface;
    uint32_t *slots;
} LdInterfaceEntry;

/*
 * The hot half of a type, as CoreCLR splits MethodTable and EEClass: what
 * allocation, casting, virtual dispatch and the GC read on every operation.
 * Everything else is in the LdClass it points to.
 */
typedef struct LdMethodTable {
    uint32_t base_size;      /* bytes of an instance or boxed value, header included; arrays and strings:
                                without elements */
    uint32_t component_size; /* bytes per element of an array or char of a string */
    uint32_t flags;          /* LD_MT_* */
    uint8_t kind;            /* LdTypeKind */
    uint8_t elem;            /* ImgElementType the engine computes with: I4, R8, CLASS, VALUETYPE, STRING,
                                SZARRAY, PTR, BYREF, VAR...; an enum has its underlying type's */
    uint8_t level;           /* LdLoadLevel */
    uint8_t rank;            /* LD_KIND_ARRAY */
    uint32_t value_size;     /* size of a value of this type in a field, local or array element:
                                a value type's unboxed size, else a pointer */
    uint32_t value_align;
    struct LdMethodTable *parent;
    struct LdMethodTable *element; /* arrays, pointers, byrefs: the element; enums: the underlying type;
                                      Nullable<T>: T */
    uint32_t vtable_count;
    struct LdMethod **vtable;
    uint32_t interface_count;
    LdInterfaceEntry *interfaces;
    uint32_t gc_series_count;
    LdGcSeries *gc_series;
    /* A ref struct's words that hold managed pointers, though declared as
     * native ints: ByReference<T>._value and TypedReference.Value, and those
     * of its ref struct fields. Offsets into the value; a ref struct lives
     * only on the stack, where the GC reports them as interior pointers. */
    uint32_t byref_count;
    uint32_t *byref_offsets;
    struct LdClass *klass;
} LdMethodTable;

/* LdField.flags are FieldAttributes (II.23.1.5); these add what layout decided. */
#define LD_FIELD_STATIC 0x0010u
#define LD_FIELD_LITERAL 0x0040u
#define LD_FIELD_HAS_RVA 0x0100u

typedef enum LdStaticKind {
    LD_STATIC_NONE,        /* instance field or literal */
    LD_STATIC_PLAIN,       /* offset into the type's non-GC statics block (RVA statics too: the engine copies
                              their data in, LD_FIELD_HAS_RVA) */
    LD_STATIC_REF,         /* index into the type's GC statics slots (references, and boxed value
                              types that contain references) */
    LD_STATIC_THREAD_PLAIN,
    LD_STATIC_THREAD_REF,
} LdStaticKind;

typedef struct LdField {
    const char *name;
    struct LdMethodTable *owner;
    struct LdMethodTable *type;
    uint32_t rid;       /* Field row */
    uint16_t flags;     /* FieldAttributes */
    uint8_t static_kind; /* LdStaticKind */
    uint32_t offset;    /* instance: bytes into the instance data; static: see static_kind */
} LdField;

typedef struct LdMethod {
    const char *name;
    struct LdMethodTable *owner;
    uint32_t rid;         /* MethodDef row in owner's assembly */
    uint16_t flags;       /* MethodAttributes */
    uint16_t impl_flags;  /* MethodImplAttributes */
    uint32_t rva;
    uint32_t slot;        /* vtable slot, or LD_SLOT_NONE for non-virtual methods */
    uint32_t generic_param_count;
    ImgBlob signature;
    void *engine;         /* the execution engine's state for this method (transcoded code, ...) */
    /* A generic method's instantiation: its definition and arguments. */
    struct LdMethod *generic_definition;
    uint32_t method_arg_count;
    struct LdMethodTable **method_args;
    struct LdMethodTable **generic_params; /* a definition's own parameters, made on first use */
} LdMethod;

/*
 * A generic parameter's identity (II.22.20): its owner, number and
 * GenericParam row. Signatures the loader reads where no instantiation is
 * in scope give !n and !!n types shared by number, without one (override
 * matching compares generic methods' signatures that way); a generic type
 * definition's own parameters, and a generic method definition's as
 * reflection sees them (ld_method_generic_params), have one each, named
 * as the metadata names them, so that reflection can say whose they are.
 */
typedef struct LdGenericParam {
    struct LdMethodTable *owner_type; /* the declaring type (a method's parameter: the method's type) */
    struct LdMethod *owner_method;    /* a method's parameter: its generic method definition; else NULL */
    uint32_t number;
    uint32_t row;                     /* GenericParam row in the owner's assembly (0: none) */
    struct LdMethodTable **constraints; /* NULL-terminated, read on first use (ld_generic_param_constraints) */
} LdGenericParam;

/* A generic parameter's constraints (GenericParamConstraint rows), read in
 * its owner's context: a NULL-terminated array, empty for a parameter
 * without an owner. */
struct LdMethodTable **ld_generic_param_constraints(struct LdMethodTable *param, LdError *error);

/* The cold half: names, metadata identity, members, statics shape. */
typedef struct LdClass {
    LdAssembly *assembly;
    uint32_t typedef_rid;          /* 0 for arrays, pointers, generic parameters */
    const char *ns, *name;
    LdMethodTable *definition;     /* a generic instantiation's open type */
    uint32_t generic_arg_count;
    LdMethodTable **generic_args;  /* instantiation (or the VARs of a definition) */
    uint32_t field_count;
    LdField *fields;
    uint32_t method_count;
    LdMethod *methods;
    uint32_t instance_data_end;    /* end of the last instance field, before rounding */
    uint32_t static_plain_size, static_ref_count;
    uint32_t thread_static_plain_size, thread_static_ref_count;
    void *engine;                  /* the engine's per-type state (statics, class-init state, RuntimeType) */
    /* Caches of types built from this one. */
    LdMethodTable *szarray_of, *pointer_to, *byref_to;
    LdMethodTable *arrays_of;      /* multi-dimensional arrays of this element, chained by next_array */
    LdMethodTable *next_array;
    char *load_error;              /* why loading failed, for every later attempt */
    LdGenericParam *generic_param; /* a generic parameter with an owner (LD_KIND_VAR, LD_KIND_MVAR) */
} LdClass;

/* Generic arguments in scope where a signature is read. */
typedef struct LdGenericContext {
    uint32_t type_arg_count;
    LdMethodTable **type_args;
    uint32_t method_arg_count;
    LdMethodTable **method_args;
} LdGenericContext;

/* The generic context a type's own members are read in: its instantiation. */
void ld_context_of(const LdMethodTable *type, LdGenericContext *context);
/* A method's: its type's instantiation and its own method arguments. */
void ld_method_context(const LdMethod *method, LdGenericContext *context);
/* Foo<T>(...) for these T: one LdMethod per (definition, arguments), so code
 * is transcoded per instantiation and keeps exact types. */
LdMethod *ld_method_instantiate(LdMethod *definition, uint32_t arg_count, LdMethodTable **args, LdError *error);
/* A generic method definition's own parameters (generic_param_count of
 * them, each with its LdGenericParam), for reflection. */
LdMethodTable **ld_method_generic_params(LdMethod *definition, LdError *error);
/* The context reflection reads a method's signature in: ld_method_context,
 * but a generic method definition's parameters are its own. */
bool ld_method_reflection_context(LdMethod *method, LdGenericContext *context, LdError *error);

/* The variance of a generic type definition's parameter (II.9.5, the
 * GenericParam row's flags): 0 (invariant) or one of these. */
#define LD_VARIANCE_COVARIANT 0x1u     /* out T */
#define LD_VARIANCE_CONTRAVARIANT 0x2u /* in T */
#define LD_VARIANCE_MASK 0x3u
uint32_t ld_generic_variance(const LdMethodTable *definition, uint32_t index);

/* Whether a type is corlib's of this name (or an instantiation of it). */
bool ld_is_corlib_type(const LdMethodTable *type, const char *ns, const char *name);

/* Types by name in corlib, for the runtime's own use: System.Object, ... */
LdMethodTable *ld_corlib_type(LdLoader *loader, const char *ns, const char *name, LdError *error);

/* Shells. A TypeDef of a generic type gives its definition (open). */
LdMethodTable *ld_type_from_typedef(LdAssembly *assembly, uint32_t rid, LdError *error);
LdMethodTable *ld_type_from_token(LdAssembly *assembly, uint32_t token, const LdGenericContext *context,
                                  LdError *error);
LdMethodTable *ld_type_from_sig(LdAssembly *assembly, const ImgType *type, const LdGenericContext *context,
                                LdError *error);
LdMethodTable *ld_instantiate(LdMethodTable *definition, uint32_t arg_count, LdMethodTable **args, LdError *error);
LdMethodTable *ld_szarray_of(LdMethodTable *element, LdError *error);
LdMethodTable *ld_array_of(LdMethodTable *element, uint32_t rank, LdError *error);
LdMethodTable *ld_pointer_to(LdMethodTable *element, LdError *error);
LdMethodTable *ld_byref_to(LdMethodTable *element, LdError *error);

/* Bring a type to LD_LEVEL_LOADED. A failure is remembered: later calls
 * fail with the same message, as a TypeLoadException would repeat. */
bool ld_type_load(LdMethodTable *type, LdError *error);

/* Lay out a loaded type's static fields (sizes of the plain and reference
 * areas, each field's place). Separate from loading because a static's
 * type may be mid-load itself (System.Enum has statics of enum types);
 * the engine calls it when it first needs the statics. */
bool ld_type_prepare_statics(LdMethodTable *type, LdError *error);

/* A method of `owner` or its ancestors by name and signature; the
 * signature blob is read in sig_assembly under owner's generic context, as
 * a MemberRef's is. */
LdMethod *ld_find_method(LdMethodTable *owner, const char *name, LdAssembly *sig_assembly, ImgBlob signature,
                         LdError *error);

/* Every type and generic method instantiation the loader has made, for
 * whoever hung state on them (the engine frees its code this way). */
void ld_visit(LdLoader *loader, void (*type_fn)(LdMethodTable *type, void *context),
              void (*method_fn)(LdMethod *method, void *context), void *context);

/* "System.Collections.Generic.List`1<System.Int32>", "System.Int32[,]". */
void ld_type_name(const LdMethodTable *type, char *buffer, size_t size);

/* Whether a value of this type is, or holds, an object reference for the GC. */
static inline bool ld_is_reference(const LdMethodTable *type) {
    return type->kind == LD_KIND_CLASS || type->kind == LD_KIND_INTERFACE || type->kind == LD_KIND_SZARRAY ||
           type->kind == LD_KIND_ARRAY;
}

#endif
