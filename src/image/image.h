/*
 * image.h - the image layer: a read-only, zero-copy view of a CLI file.
 *
 * An ImgImage is a PE/COFF assembly or module (or a standalone portable PDB)
 * mapped into memory. Nothing here allocates per row or per heap entry:
 * tables are addressed by row index straight in the mapped bytes, heap
 * entries are returned as pointers into the mapping. The image carries no
 * runtime state; the loader builds its own structures on top of it.
 *
 * Trust model: img_open validates everything a table row can point at
 * (heap indices, table indices, coded-index tags, blob lengths), so callers
 * may read any column of any row without further bounds checks. What tables
 * do not describe (method bodies, signature blobs, IL, user strings reached
 * through ldstr tokens) is checked by the decoder that reads it, which
 * reports failure instead of reading out of bounds.
 */
#ifndef LUCID_IMAGE_H
#define LUCID_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Metadata tables (ECMA-335 II.22, portable PDB tables 0x30..0x37)    */
/* ------------------------------------------------------------------ */

typedef enum ImgTableId {
    IMG_TABLE_MODULE = 0x00,
    IMG_TABLE_TYPEREF = 0x01,
    IMG_TABLE_TYPEDEF = 0x02,
    IMG_TABLE_FIELDPTR = 0x03,
    IMG_TABLE_FIELD = 0x04,
    IMG_TABLE_METHODPTR = 0x05,
    IMG_TABLE_METHODDEF = 0x06,
    IMG_TABLE_PARAMPTR = 0x07,
    IMG_TABLE_PARAM = 0x08,
    IMG_TABLE_INTERFACEIMPL = 0x09,
    IMG_TABLE_MEMBERREF = 0x0A,
    IMG_TABLE_CONSTANT = 0x0B,
    IMG_TABLE_CUSTOMATTRIBUTE = 0x0C,
    IMG_TABLE_FIELDMARSHAL = 0x0D,
    IMG_TABLE_DECLSECURITY = 0x0E,
    IMG_TABLE_CLASSLAYOUT = 0x0F,
    IMG_TABLE_FIELDLAYOUT = 0x10,
    IMG_TABLE_STANDALONESIG = 0x11,
    IMG_TABLE_EVENTMAP = 0x12,
    IMG_TABLE_EVENTPTR = 0x13,
    IMG_TABLE_EVENT = 0x14,
    IMG_TABLE_PROPERTYMAP = 0x15,
    IMG_TABLE_PROPERTYPTR = 0x16,
    IMG_TABLE_PROPERTY = 0x17,
    IMG_TABLE_METHODSEMANTICS = 0x18,
    IMG_TABLE_METHODIMPL = 0x19,
    IMG_TABLE_MODULEREF = 0x1A,
    IMG_TABLE_TYPESPEC = 0x1B,
    IMG_TABLE_IMPLMAP = 0x1C,
    IMG_TABLE_FIELDRVA = 0x1D,
    IMG_TABLE_ENCLOG = 0x1E,
    IMG_TABLE_ENCMAP = 0x1F,
    IMG_TABLE_ASSEMBLY = 0x20,
    IMG_TABLE_ASSEMBLYPROCESSOR = 0x21,
    IMG_TABLE_ASSEMBLYOS = 0x22,
    IMG_TABLE_ASSEMBLYREF = 0x23,
    IMG_TABLE_ASSEMBLYREFPROCESSOR = 0x24,
    IMG_TABLE_ASSEMBLYREFOS = 0x25,
    IMG_TABLE_FILE = 0x26,
    IMG_TABLE_EXPORTEDTYPE = 0x27,
    IMG_TABLE_MANIFESTRESOURCE = 0x28,
    IMG_TABLE_NESTEDCLASS = 0x29,
    IMG_TABLE_GENERICPARAM = 0x2A,
    IMG_TABLE_METHODSPEC = 0x2B,
    IMG_TABLE_GENERICPARAMCONSTRAINT = 0x2C,
    IMG_TABLE_DOCUMENT = 0x30,
    IMG_TABLE_METHODDEBUGINFORMATION = 0x31,
    IMG_TABLE_LOCALSCOPE = 0x32,
    IMG_TABLE_LOCALVARIABLE = 0x33,
    IMG_TABLE_LOCALCONSTANT = 0x34,
    IMG_TABLE_IMPORTSCOPE = 0x35,
    IMG_TABLE_STATEMACHINEMETHOD = 0x36,
    IMG_TABLE_CUSTOMDEBUGINFORMATION = 0x37,
    IMG_TABLE_COUNT = 0x40 /* the #~ valid mask has 64 bits */
} ImgTableId;

/* Tokens that are not table rows. */
#define IMG_TOKEN_STRING 0x70u /* #US heap offset, from ldstr */
#define IMG_TOKEN_TABLE(tok) ((uint32_t)(tok) >> 24)
#define IMG_TOKEN_RID(tok) ((uint32_t)(tok) & 0x00FFFFFFu)
#define IMG_TOKEN(table, rid) (((uint32_t)(table) << 24) | (uint32_t)(rid))

/*
 * Column numbers, per table, in ECMA-335 order. A column holding an index
 * into another table, a heap or a coded index is returned by img_get as the
 * raw stored value; img_get_token turns simple and coded table indices into
 * tokens (0 for a null reference).
 */
enum { IMG_MODULE_GENERATION, IMG_MODULE_NAME, IMG_MODULE_MVID, IMG_MODULE_ENCID, IMG_MODULE_ENCBASEID };
enum { IMG_TYPEREF_SCOPE, IMG_TYPEREF_NAME, IMG_TYPEREF_NAMESPACE };
enum { IMG_TYPEDEF_FLAGS, IMG_TYPEDEF_NAME, IMG_TYPEDEF_NAMESPACE, IMG_TYPEDEF_EXTENDS,
       IMG_TYPEDEF_FIELDLIST, IMG_TYPEDEF_METHODLIST };
enum { IMG_FIELDPTR_FIELD };
enum { IMG_FIELD_FLAGS, IMG_FIELD_NAME, IMG_FIELD_SIGNATURE };
enum { IMG_METHODPTR_METHOD };
enum { IMG_METHODDEF_RVA, IMG_METHODDEF_IMPLFLAGS, IMG_METHODDEF_FLAGS, IMG_METHODDEF_NAME,
       IMG_METHODDEF_SIGNATURE, IMG_METHODDEF_PARAMLIST };
enum { IMG_PARAMPTR_PARAM };
enum { IMG_PARAM_FLAGS, IMG_PARAM_SEQUENCE, IMG_PARAM_NAME };
enum { IMG_INTERFACEIMPL_CLASS, IMG_INTERFACEIMPL_INTERFACE };
enum { IMG_MEMBERREF_CLASS, IMG_MEMBERREF_NAME, IMG_MEMBERREF_SIGNATURE };
enum { IMG_CONSTANT_TYPE, IMG_CONSTANT_PARENT, IMG_CONSTANT_VALUE };
enum { IMG_CUSTOMATTRIBUTE_PARENT, IMG_CUSTOMATTRIBUTE_TYPE, IMG_CUSTOMATTRIBUTE_VALUE };
enum { IMG_FIELDMARSHAL_PARENT, IMG_FIELDMARSHAL_NATIVETYPE };
enum { IMG_DECLSECURITY_ACTION, IMG_DECLSECURITY_PARENT, IMG_DECLSECURITY_PERMISSIONSET };
enum { IMG_CLASSLAYOUT_PACKINGSIZE, IMG_CLASSLAYOUT_CLASSSIZE, IMG_CLASSLAYOUT_PARENT };
enum { IMG_FIELDLAYOUT_OFFSET, IMG_FIELDLAYOUT_FIELD };
enum { IMG_STANDALONESIG_SIGNATURE };
enum { IMG_EVENTMAP_PARENT, IMG_EVENTMAP_EVENTLIST };
enum { IMG_EVENTPTR_EVENT };
enum { IMG_EVENT_FLAGS, IMG_EVENT_NAME, IMG_EVENT_TYPE };
enum { IMG_PROPERTYMAP_PARENT, IMG_PROPERTYMAP_PROPERTYLIST };
enum { IMG_PROPERTYPTR_PROPERTY };
enum { IMG_PROPERTY_FLAGS, IMG_PROPERTY_NAME, IMG_PROPERTY_TYPE };
enum { IMG_METHODSEMANTICS_SEMANTICS, IMG_METHODSEMANTICS_METHOD, IMG_METHODSEMANTICS_ASSOCIATION };
enum { IMG_METHODIMPL_CLASS, IMG_METHODIMPL_BODY, IMG_METHODIMPL_DECLARATION };
enum { IMG_MODULEREF_NAME };
enum { IMG_TYPESPEC_SIGNATURE };
enum { IMG_IMPLMAP_FLAGS, IMG_IMPLMAP_MEMBER, IMG_IMPLMAP_IMPORTNAME, IMG_IMPLMAP_SCOPE };
enum { IMG_FIELDRVA_RVA, IMG_FIELDRVA_FIELD };
enum { IMG_ENCLOG_TOKEN, IMG_ENCLOG_FUNCCODE };
enum { IMG_ENCMAP_TOKEN };
enum { IMG_ASSEMBLY_HASHALG, IMG_ASSEMBLY_MAJOR, IMG_ASSEMBLY_MINOR, IMG_ASSEMBLY_BUILD,
       IMG_ASSEMBLY_REVISION, IMG_ASSEMBLY_FLAGS, IMG_ASSEMBLY_PUBLICKEY, IMG_ASSEMBLY_NAME,
       IMG_ASSEMBLY_CULTURE };
enum { IMG_ASSEMBLYPROCESSOR_PROCESSOR };
enum { IMG_ASSEMBLYOS_PLATFORM, IMG_ASSEMBLYOS_MAJOR, IMG_ASSEMBLYOS_MINOR };
enum { IMG_ASSEMBLYREF_MAJOR, IMG_ASSEMBLYREF_MINOR, IMG_ASSEMBLYREF_BUILD, IMG_ASSEMBLYREF_REVISION,
       IMG_ASSEMBLYREF_FLAGS, IMG_ASSEMBLYREF_PUBLICKEY, IMG_ASSEMBLYREF_NAME, IMG_ASSEMBLYREF_CULTURE,
       IMG_ASSEMBLYREF_HASHVALUE };
enum { IMG_ASSEMBLYREFPROCESSOR_PROCESSOR, IMG_ASSEMBLYREFPROCESSOR_ASSEMBLYREF };
enum { IMG_ASSEMBLYREFOS_PLATFORM, IMG_ASSEMBLYREFOS_MAJOR, IMG_ASSEMBLYREFOS_MINOR,
       IMG_ASSEMBLYREFOS_ASSEMBLYREF };
enum { IMG_FILE_FLAGS, IMG_FILE_NAME, IMG_FILE_HASHVALUE };
enum { IMG_EXPORTEDTYPE_FLAGS, IMG_EXPORTEDTYPE_TYPEDEFID, IMG_EXPORTEDTYPE_NAME,
       IMG_EXPORTEDTYPE_NAMESPACE, IMG_EXPORTEDTYPE_IMPLEMENTATION };
enum { IMG_MANIFESTRESOURCE_OFFSET, IMG_MANIFESTRESOURCE_FLAGS, IMG_MANIFESTRESOURCE_NAME,
       IMG_MANIFESTRESOURCE_IMPLEMENTATION };
enum { IMG_NESTEDCLASS_NESTED, IMG_NESTEDCLASS_ENCLOSING };
enum { IMG_GENERICPARAM_NUMBER, IMG_GENERICPARAM_FLAGS, IMG_GENERICPARAM_OWNER, IMG_GENERICPARAM_NAME };
enum { IMG_METHODSPEC_METHOD, IMG_METHODSPEC_INSTANTIATION };
enum { IMG_GENERICPARAMCONSTRAINT_OWNER, IMG_GENERICPARAMCONSTRAINT_CONSTRAINT };
enum { IMG_DOCUMENT_NAME, IMG_DOCUMENT_HASHALG, IMG_DOCUMENT_HASH, IMG_DOCUMENT_LANGUAGE };
enum { IMG_METHODDEBUGINFORMATION_DOCUMENT, IMG_METHODDEBUGINFORMATION_SEQUENCEPOINTS };
enum { IMG_LOCALSCOPE_METHOD, IMG_LOCALSCOPE_IMPORTSCOPE, IMG_LOCALSCOPE_VARIABLELIST,
       IMG_LOCALSCOPE_CONSTANTLIST, IMG_LOCALSCOPE_STARTOFFSET, IMG_LOCALSCOPE_LENGTH };
enum { IMG_LOCALVARIABLE_ATTRIBUTES, IMG_LOCALVARIABLE_INDEX, IMG_LOCALVARIABLE_NAME };
enum { IMG_LOCALCONSTANT_NAME, IMG_LOCALCONSTANT_SIGNATURE };
enum { IMG_IMPORTSCOPE_PARENT, IMG_IMPORTSCOPE_IMPORTS };
enum { IMG_STATEMACHINEMETHOD_MOVENEXT, IMG_STATEMACHINEMETHOD_KICKOFF };
enum { IMG_CUSTOMDEBUGINFORMATION_PARENT, IMG_CUSTOMDEBUGINFORMATION_KIND,
       IMG_CUSTOMDEBUGINFORMATION_VALUE };

#define IMG_MAX_COLUMNS 9

/* What a column holds; drives its width and how img_open validates it. */
typedef enum ImgColumnKind {
    IMG_COL_U16,        /* fixed 2-byte constant */
    IMG_COL_U32,        /* fixed 4-byte constant */
    IMG_COL_U8PAD,      /* 1-byte constant followed by a padding byte (Constant.Type) */
    IMG_COL_STRING,     /* #Strings index */
    IMG_COL_GUID,       /* #GUID index (1-based) */
    IMG_COL_BLOB,       /* #Blob index */
    IMG_COL_TABLE,      /* index into one table, named by ImgColumnSchema.target */
    IMG_COL_LIST,       /* first row of a run in the target table (may be row_count + 1) */
    IMG_COL_CODED,      /* coded index, kind in ImgColumn.target */
} ImgColumnKind;

/* Coded index kinds (II.24.2.6, portable PDB spec). */
typedef enum ImgCodedKind {
    IMG_CODED_TYPEDEFORREF,
    IMG_CODED_HASCONSTANT,
    IMG_CODED_HASCUSTOMATTRIBUTE,
    IMG_CODED_HASFIELDMARSHAL,
    IMG_CODED_HASDECLSECURITY,
    IMG_CODED_MEMBERREFPARENT,
    IMG_CODED_HASSEMANTICS,
    IMG_CODED_METHODDEFORREF,
    IMG_CODED_MEMBERFORWARDED,
    IMG_CODED_IMPLEMENTATION,
    IMG_CODED_CUSTOMATTRIBUTETYPE,
    IMG_CODED_RESOLUTIONSCOPE,
    IMG_CODED_TYPEORMETHODDEF,
    IMG_CODED_HASCUSTOMDEBUGINFORMATION,
    IMG_CODED_COUNT
} ImgCodedKind;

/* The static shape of a table: its name and columns. */
typedef struct ImgColumnSchema {
    const char *name;
    uint8_t kind;   /* ImgColumnKind */
    uint8_t target; /* ImgTableId for IMG_COL_TABLE, ImgCodedKind for IMG_COL_CODED */
} ImgColumnSchema;

typedef struct ImgTableSchema {
    const char *name; /* NULL for ids ECMA-335 leaves unassigned */
    uint8_t column_count;
    ImgColumnSchema columns[IMG_MAX_COLUMNS];
} ImgTableSchema;

extern const ImgTableSchema img_table_schema[IMG_TABLE_COUNT];

/*
 * A table as laid out in this image. Column widths depend on heap sizes and
 * row counts, so offsets are computed once at open and rows are then read
 * by arithmetic alone.
 */
typedef struct ImgTable {
    const uint8_t *rows;  /* first row, inside the mapping */
    uint32_t row_count;
    uint32_t row_size;
    uint8_t column_offset[IMG_MAX_COLUMNS];
    uint8_t column_size[IMG_MAX_COLUMNS]; /* 2 or 4 */
    uint16_t sorted_columns; /* bit c: column c never decreases (checked at open) */
} ImgTable;

/* A heap: a byte range inside the mapping. */
typedef struct ImgHeap {
    const uint8_t *data;
    uint32_t size;
} ImgHeap;

/* A blob: bytes inside the mapping (never NUL-terminated). */
typedef struct ImgBlob {
    const uint8_t *data;
    uint32_t size;
} ImgBlob;

typedef struct ImgSection {
    char name[9];
    uint32_t virtual_address;
    uint32_t virtual_size;
    uint32_t raw_offset;
    uint32_t raw_size;
    uint32_t characteristics;
} ImgSection;

/* CLI header (II.25.3.3) flags. */
#define IMG_COMIMAGE_ILONLY 0x00000001u
#define IMG_COMIMAGE_32BITREQUIRED 0x00000002u
#define IMG_COMIMAGE_STRONGNAMESIGNED 0x00000008u
#define IMG_COMIMAGE_NATIVE_ENTRYPOINT 0x00000010u
#define IMG_COMIMAGE_32BITPREFERRED 0x00020000u

typedef enum ImgKind {
    IMG_KIND_PE,       /* an assembly or module in a PE/COFF file */
    IMG_KIND_METADATA, /* bare metadata starting with BSJB: a portable PDB */
} ImgKind;

typedef struct ImgImage {
    const uint8_t *data; /* the whole file */
    size_t size;
    int owns; /* 1: munmap at close, 2: free at close, 0: borrowed */
    char *path;
    ImgKind kind;

    /* PE/COFF */
    uint16_t machine;
    uint16_t pe_characteristics;
    uint16_t pe_magic; /* 0x10B PE32, 0x20B PE32+ */
    uint16_t subsystem;
    uint64_t image_base;
    uint32_t section_count;
    ImgSection *sections;

    /* CLI header */
    uint16_t cli_major, cli_minor;
    uint32_t cli_flags;
    uint32_t entry_point; /* token, or RVA with IMG_COMIMAGE_NATIVE_ENTRYPOINT */
    uint32_t resources_rva, resources_size;
    uint32_t strong_name_rva, strong_name_size;
    uint32_t vtable_fixups_rva, vtable_fixups_size;

    /* Metadata root */
    const uint8_t *metadata;
    uint32_t metadata_size;
    uint16_t md_major, md_minor;
    char md_version[256];
    bool uncompressed; /* "#-" stream: *Ptr tables may indirect member lists */
    ImgHeap strings, user_strings, blobs, guids, tables_stream, pdb;
    uint8_t tables_major, tables_minor;
    uint8_t heap_sizes;
    uint64_t valid_mask, sorted_mask;
    ImgTable tables[IMG_TABLE_COUNT];

    /* "#Pdb" stream of a portable PDB: row counts of the type-system
     * tables it refers to, which size its coded indices. */
    uint8_t pdb_id[20];
    uint32_t pdb_entry_point;
    uint64_t pdb_referenced_mask;
    uint32_t pdb_referenced_rows[IMG_TABLE_COUNT];

    /* Row counts that size and bound references: the image's own tables,
     * plus for a portable PDB the type-system tables it points into. */
    uint32_t reference_rows[IMG_TABLE_COUNT];
} ImgImage;

/* Why an open failed: the file could not be read (io), or it is not a
 * well-formed CLI image; message is one line without the file name. */
typedef struct ImgError {
    bool io;
    char message[240];
} ImgError;

/* Open a file (mmap) or a memory range (borrowed unless copy). On failure
 * return NULL and fill *error. */
ImgImage *img_open_file(const char *path, ImgError *error);
ImgImage *img_open_memory(const void *data, size_t size, bool copy, ImgError *error);
void img_close(ImgImage *img);

/* Row access. rid is 1-based; callers pass 1..row_count. */
static inline uint32_t img_row_count(const ImgImage *img, ImgTableId table) {
    return img->tables[table].row_count;
}
uint32_t img_get(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column);
/* For IMG_COL_TABLE and IMG_COL_CODED columns: the token referred to (0 if null). */
uint32_t img_get_token(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column);
uint32_t img_coded_decode(ImgCodedKind kind, uint32_t value); /* -> token, 0 if bad */
uint32_t img_coded_encode(ImgCodedKind kind, uint32_t token); /* -> value, UINT32_MAX if not encodable */
/* Whether a token names an existing row (or the #US heap offset is valid). */
bool img_token_valid(const ImgImage *img, uint32_t token);

/* Heaps. Indices in table columns are valid by construction (see above). */
const char *img_string(const ImgImage *img, uint32_t index); /* "" for 0 */
ImgBlob img_blob(const ImgImage *img, uint32_t index);       /* empty for 0 */
const uint8_t *img_guid(const ImgImage *img, uint32_t index); /* 16 bytes, NULL for 0 */
/* A #US entry, checked: its UTF-16 code units (unaligned, little-endian)
 * and count. Returns false if the offset or the entry is out of bounds. */
bool img_user_string(const ImgImage *img, uint32_t offset, const uint8_t **utf16, uint32_t *length);

/* Shorthands for the column that names a row. */
const char *img_get_string(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column);
ImgBlob img_get_blob(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column);

/*
 * Member lists (TypeDef.FieldList/MethodList, MethodDef.ParamList,
 * EventMap.EventList, PropertyMap.PropertyList, LocalScope lists): the
 * half-open rid range [*first, *end) owned by a row, in the list's own
 * table, or in its *Ptr table if the image has one. img_list_member maps a
 * position of that range to the member's real rid.
 */
void img_list_range(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column,
                    uint32_t *first, uint32_t *end);
uint32_t img_list_member(const ImgImage *img, ImgTableId list_table, uint32_t index);
/* The row owning member `member_rid` in a list column, e.g. the TypeDef of a
 * MethodDef (0 if none). Binary search on the list column, as lists are sorted. */
uint32_t img_list_owner(const ImgImage *img, ImgTableId owner_table, unsigned column, uint32_t member_rid);

/* Look-ups in tables sorted by a key column (e.g. ClassLayout by Parent):
 * the first rid whose column equals value (0 if none), and the end of the
 * equal run. Binary search where the column is sorted, as ECMA-335 requires
 * of these tables; a linear scan where a file breaks that rule. */
uint32_t img_find_sorted(const ImgImage *img, ImgTableId table, unsigned column, uint32_t value,
                         uint32_t *end);

/* RVA mapping: a pointer to size readable bytes at rva, or NULL. */
const uint8_t *img_rva(const ImgImage *img, uint32_t rva, uint32_t size);
/* How many bytes are readable from rva to the end of its section (0 if unmapped). */
uint32_t img_rva_available(const ImgImage *img, uint32_t rva);

/* Names of types, for diagnostics. */
const char *img_table_name(ImgTableId table); /* "TypeDef", or NULL */

/* ------------------------------------------------------------------ */
/* Method bodies (II.25.4)                                            */
/* ------------------------------------------------------------------ */

typedef enum ImgEhKind {
    IMG_EH_CATCH = 0,
    IMG_EH_FILTER = 1,
    IMG_EH_FINALLY = 2,
    IMG_EH_FAULT = 4,
} ImgEhKind;

typedef struct ImgEhClause {
    uint32_t flags; /* ImgEhKind */
    uint32_t try_offset, try_length;
    uint32_t handler_offset, handler_length;
    uint32_t class_token;   /* IMG_EH_CATCH */
    uint32_t filter_offset; /* IMG_EH_FILTER */
} ImgEhClause;

typedef struct ImgMethodBody {
    const uint8_t *code;
    uint32_t code_size;
    uint16_t max_stack;
    bool fat;
    bool init_locals;
    uint32_t header_size;
    uint32_t local_var_sig_token; /* StandAloneSig token or 0 */
    uint32_t eh_count;
    /* The raw EH data, decoded lazily by img_eh_clause; small and fat
     * sections may follow each other (II.25.4.5 MoreSects). */
    const uint8_t *eh_sections;
    uint32_t eh_sections_size;
} ImgMethodBody;

/* Decode the body at rva. False (and a reason) if it is malformed. */
bool img_method_body(const ImgImage *img, uint32_t rva, ImgMethodBody *body, char *err, size_t err_size);
/* The index-th clause (0-based, index < body->eh_count). */
bool img_eh_clause(const ImgMethodBody *body, uint32_t index, ImgEhClause *clause);

/* ------------------------------------------------------------------ */
/* Signatures (II.23.2)                                               */
/* ------------------------------------------------------------------ */

typedef enum ImgElementType {
    IMG_ELEMENT_END = 0x00,
    IMG_ELEMENT_VOID = 0x01,
    IMG_ELEMENT_BOOLEAN = 0x02,
    IMG_ELEMENT_CHAR = 0x03,
    IMG_ELEMENT_I1 = 0x04,
    IMG_ELEMENT_U1 = 0x05,
    IMG_ELEMENT_I2 = 0x06,
    IMG_ELEMENT_U2 = 0x07,
    IMG_ELEMENT_I4 = 0x08,
    IMG_ELEMENT_U4 = 0x09,
    IMG_ELEMENT_I8 = 0x0A,
    IMG_ELEMENT_U8 = 0x0B,
    IMG_ELEMENT_R4 = 0x0C,
    IMG_ELEMENT_R8 = 0x0D,
    IMG_ELEMENT_STRING = 0x0E,
    IMG_ELEMENT_PTR = 0x0F,
    IMG_ELEMENT_BYREF = 0x10,
    IMG_ELEMENT_VALUETYPE = 0x11,
    IMG_ELEMENT_CLASS = 0x12,
    IMG_ELEMENT_VAR = 0x13,
    IMG_ELEMENT_ARRAY = 0x14,
    IMG_ELEMENT_GENERICINST = 0x15,
    IMG_ELEMENT_TYPEDBYREF = 0x16,
    IMG_ELEMENT_I = 0x18,
    IMG_ELEMENT_U = 0x19,
    IMG_ELEMENT_FNPTR = 0x1B,
    IMG_ELEMENT_OBJECT = 0x1C,
    IMG_ELEMENT_SZARRAY = 0x1D,
    IMG_ELEMENT_MVAR = 0x1E,
    IMG_ELEMENT_CMOD_REQD = 0x1F,
    IMG_ELEMENT_CMOD_OPT = 0x20,
    IMG_ELEMENT_INTERNAL = 0x21,
    IMG_ELEMENT_MODIFIER = 0x40,
    IMG_ELEMENT_SENTINEL = 0x41,
    IMG_ELEMENT_PINNED = 0x45,
    /* Custom attribute encodings (II.23.3) */
    IMG_ELEMENT_CA_TYPE = 0x50,
    IMG_ELEMENT_CA_BOXED = 0x51,
    IMG_ELEMENT_CA_FIELD = 0x53,
    IMG_ELEMENT_CA_PROPERTY = 0x54,
    IMG_ELEMENT_CA_ENUM = 0x55,
} ImgElementType;

/* Bytes a value of a primitive element type occupies (BOOLEAN..R8, I, U,
 * on a 64-bit target), or 0 for any other element type. */
uint32_t img_element_size(uint8_t element);

/* Calling convention byte (II.23.2.1-3). */
#define IMG_SIG_DEFAULT 0x00
#define IMG_SIG_C 0x01
#define IMG_SIG_STDCALL 0x02
#define IMG_SIG_THISCALL 0x03
#define IMG_SIG_FASTCALL 0x04
#define IMG_SIG_VARARG 0x05
#define IMG_SIG_FIELD 0x06
#define IMG_SIG_LOCAL 0x07
#define IMG_SIG_PROPERTY 0x08
#define IMG_SIG_UNMANAGED 0x09
#define IMG_SIG_GENERICINST 0x0A
#define IMG_SIG_KIND_MASK 0x0F
#define IMG_SIG_GENERIC 0x10
#define IMG_SIG_HASTHIS 0x20
#define IMG_SIG_EXPLICITTHIS 0x40

/* A bounded reader over a blob. Every read checks the end; the first
 * failure sets `bad` and later reads return zero values. */
typedef struct ImgCursor {
    const uint8_t *pos;
    const uint8_t *end;
    bool bad;
} ImgCursor;

static inline ImgCursor img_cursor(ImgBlob blob) {
    ImgCursor c = {blob.data, blob.data ? blob.data + blob.size : NULL, blob.data == NULL};
    return c;
}
uint8_t img_read_u8(ImgCursor *c);
uint16_t img_read_u16(ImgCursor *c);
uint32_t img_read_u32(ImgCursor *c);
uint64_t img_read_u64(ImgCursor *c);
uint32_t img_read_compressed(ImgCursor *c);        /* II.23.2 unsigned */
int32_t img_read_compressed_signed(ImgCursor *c);  /* II.23.2 signed (rotated sign bit) */
uint32_t img_read_typedef_or_ref(ImgCursor *c);    /* TypeDefOrRefOrSpecEncoded -> token */

/*
 * Decoded signatures are trees in an arena: one ImgType per node, freed all
 * at once. The loader walks them once to build its own types, so a simple
 * arena is cheaper than reference counting and keeps decoding allocation-free
 * for the common small signature (the arena's first block is inline).
 */
typedef struct ImgArenaBlock ImgArenaBlock;
typedef struct ImgArena {
    ImgArenaBlock *blocks;
    uint8_t *pos, *limit;
    _Alignas(max_align_t) uint8_t inline_buf[1024];
} ImgArena;

void img_arena_init(ImgArena *arena);
void img_arena_free(ImgArena *arena);
void *img_arena_alloc(ImgArena *arena, size_t size); /* zeroed; NULL only if malloc fails */

typedef struct ImgMethodSig ImgMethodSig;
typedef struct ImgType ImgType;

typedef struct ImgArrayShape {
    uint32_t rank;
    uint32_t size_count;
    uint32_t lobound_count;
    uint32_t *sizes;
    int32_t *lobounds;
} ImgArrayShape;

struct ImgType {
    uint8_t kind;       /* ImgElementType; modifiers and PINNED wrap `inner` */
    uint32_t token;     /* CLASS, VALUETYPE, CMOD_*: TypeDefOrRef token; GENERICINST: unused */
    uint32_t number;    /* VAR, MVAR: generic parameter number */
    ImgType *inner;     /* PTR, BYREF, SZARRAY, ARRAY, PINNED, CMOD_*: the type modified;
                           GENERICINST: the generic type (CLASS or VALUETYPE) */
    uint32_t arg_count; /* GENERICINST */
    ImgType **args;     /* GENERICINST */
    ImgArrayShape *shape; /* ARRAY */
    ImgMethodSig *method; /* FNPTR */
};

struct ImgMethodSig {
    uint8_t flags;  /* calling convention byte */
    uint32_t generic_param_count;
    uint32_t param_count;   /* including vararg parameters after the sentinel */
    int32_t sentinel;       /* index of the first parameter after SENTINEL, or -1 */
    ImgType *ret;
    ImgType **params;
};

/* Decoders. Each returns NULL on a malformed blob (trailing bytes after a
 * complete signature are accepted, as CoreCLR does), nesting deeper than
 * IMG_SIG_MAX_DEPTH, or an allocation failure. */
#define IMG_SIG_MAX_DEPTH 64
ImgType *img_sig_type(ImgCursor *c, ImgArena *arena);                  /* one Type (with mods) */
ImgMethodSig *img_sig_method(ImgBlob blob, ImgArena *arena);           /* MethodDef/Ref/StandAloneMethod */
ImgType *img_sig_field(ImgBlob blob, ImgArena *arena);                 /* FIELD */
ImgMethodSig *img_sig_property(ImgBlob blob, ImgArena *arena);         /* PROPERTY */
/* LOCAL_SIG: a method sig with no return type whose params are the locals. */
ImgMethodSig *img_sig_locals(ImgBlob blob, ImgArena *arena);
ImgType *img_sig_typespec(ImgBlob blob, ImgArena *arena);
/* GENERICINST (MethodSpec): a method sig with no return type whose params are the arguments. */
ImgMethodSig *img_sig_methodspec(ImgBlob blob, ImgArena *arena);

/* ------------------------------------------------------------------ */
/* Custom attribute blobs (II.23.3)                                   */
/* ------------------------------------------------------------------ */

/* A decoded value. `type` is an element type, CA_TYPE (a System.Type, as
 * its serialized name), CA_ENUM (an enum, stored as its underlying type) or
 * SZARRAY. An array also says what its elements are (elem_type, with
 * CA_BOXED for object[]) so that an empty or null array keeps its type;
 * for an enum array, enum_underlying and enum_name describe the elements. */
typedef struct ImgCaValue ImgCaValue;
struct ImgCaValue {
    uint8_t type;
    uint8_t enum_underlying; /* for CA_ENUM: I1..U8 */
    uint8_t boxed;           /* 1 if the declared type was object (0x51) */
    const char *enum_name;   /* for named-argument enums: serialized name (not NUL-terminated) */
    uint32_t enum_name_length;
    union {
        int64_t i;
        uint64_t u;
        double r;
        struct { const char *chars; uint32_t length; bool is_null; } str; /* STRING, CA_TYPE: UTF-8 */
        struct { uint32_t count; bool is_null; uint8_t elem_type; ImgCaValue *elems; } array;
    } v;
};

typedef struct ImgCaNamed {
    bool is_property; /* else field */
    const char *name;
    uint32_t name_length;
    ImgCaValue value;
} ImgCaNamed;

typedef struct ImgCustomAttribute {
    uint32_t fixed_count;
    ImgCaValue *fixed;
    uint32_t named_count;
    ImgCaNamed *named;
} ImgCustomAttribute;

/*
 * An enum's underlying element type is not in the blob: for a fixed argument
 * the constructor's parameter type names the enum by token; for a named
 * argument the blob names it by serialized type name. The caller resolves
 * both (the image layer cannot see other assemblies). Return an element type
 * I1..U8, or 0 if unknown (decoding then fails).
 * enum_by_token returns IMG_ELEMENT_CA_TYPE when the token is System.Type (see sig.c).
 */
typedef struct ImgCaResolver {
    uint8_t (*enum_by_token)(void *ctx, uint32_t type_token);
    uint8_t (*enum_by_name)(void *ctx, const char *name, uint32_t length);
    void *ctx;
} ImgCaResolver;

bool img_ca_decode(ImgBlob blob, const ImgMethodSig *ctor, const ImgCaResolver *resolver,
                   ImgArena *arena, ImgCustomAttribute *out);

/* ------------------------------------------------------------------ */
/* IL instructions (Partition III)                                    */
/* ------------------------------------------------------------------ */

/* Operand encodings, named as in ECMA-335's opcode table (VI.C). */
typedef enum ImgOperandKind {
    IMG_OPERAND_NONE,
    IMG_OPERAND_SHORT_VAR,    /* uint8 local or argument number */
    IMG_OPERAND_VAR,          /* uint16 */
    IMG_OPERAND_SHORT_I,      /* int8 (ldc.i4.s); uint8 for unaligned. and no. */
    IMG_OPERAND_I,            /* int32 */
    IMG_OPERAND_I8,           /* int64 */
    IMG_OPERAND_SHORT_R,      /* float32 */
    IMG_OPERAND_R,            /* float64 */
    IMG_OPERAND_SHORT_BRANCH, /* int8 relative to the next instruction */
    IMG_OPERAND_BRANCH,       /* int32 relative to the next instruction */
    IMG_OPERAND_METHOD,       /* token */
    IMG_OPERAND_FIELD,
    IMG_OPERAND_TYPE,
    IMG_OPERAND_TOKEN,        /* ldtoken: type, method or field */
    IMG_OPERAND_SIG,          /* calli: StandAloneSig */
    IMG_OPERAND_STRING,       /* ldstr: #US token */
    IMG_OPERAND_SWITCH,       /* uint32 count, then count int32 targets */
} ImgOperandKind;

/* Control flow of an instruction, as in VI.C. */
typedef enum ImgFlow {
    IMG_FLOW_NEXT,
    IMG_FLOW_BRANCH,
    IMG_FLOW_COND_BRANCH,
    IMG_FLOW_CALL,
    IMG_FLOW_RETURN,
    IMG_FLOW_THROW,
    IMG_FLOW_BREAK,
    IMG_FLOW_META, /* prefixes */
} ImgFlow;

/* Stack effect: pops and pushes in slots; IMG_STACK_VAR where it depends
 * on the operand (calls, ret) and the transcoder works it out. */
#define IMG_STACK_VAR 0xFF

/*
 * The opcode list. X(symbol, "name", encoding, operand, flow, pops, pushes)
 * where encoding is the first byte, or 0xFE00 | second byte for two-byte
 * opcodes. One list serves the enum, the decoder table and the tests.
 */
#define IMG_OPCODE_LIST(X) \
    X(NOP, "nop", 0x00, NONE, NEXT, 0, 0) \
    X(BREAK, "break", 0x01, NONE, BREAK, 0, 0) \
    X(LDARG_0, "ldarg.0", 0x02, NONE, NEXT, 0, 1) \
    X(LDARG_1, "ldarg.1", 0x03, NONE, NEXT, 0, 1) \
    X(LDARG_2, "ldarg.2", 0x04, NONE, NEXT, 0, 1) \
    X(LDARG_3, "ldarg.3", 0x05, NONE, NEXT, 0, 1) \
    X(LDLOC_0, "ldloc.0", 0x06, NONE, NEXT, 0, 1) \
    X(LDLOC_1, "ldloc.1", 0x07, NONE, NEXT, 0, 1) \
    X(LDLOC_2, "ldloc.2", 0x08, NONE, NEXT, 0, 1) \
    X(LDLOC_3, "ldloc.3", 0x09, NONE, NEXT, 0, 1) \
    X(STLOC_0, "stloc.0", 0x0A, NONE, NEXT, 1, 0) \
    X(STLOC_1, "stloc.1", 0x0B, NONE, NEXT, 1, 0) \
    X(STLOC_2, "stloc.2", 0x0C, NONE, NEXT, 1, 0) \
    X(STLOC_3, "stloc.3", 0x0D, NONE, NEXT, 1, 0) \
    X(LDARG_S, "ldarg.s", 0x0E, SHORT_VAR, NEXT, 0, 1) \
    X(LDARGA_S, "ldarga.s", 0x0F, SHORT_VAR, NEXT, 0, 1) \
    X(STARG_S, "starg.s", 0x10, SHORT_VAR, NEXT, 1, 0) \
    X(LDLOC_S, "ldloc.s", 0x11, SHORT_VAR, NEXT, 0, 1) \
    X(LDLOCA_S, "ldloca.s", 0x12, SHORT_VAR, NEXT, 0, 1) \
    X(STLOC_S, "stloc.s", 0x13, SHORT_VAR, NEXT, 1, 0) \
    X(LDNULL, "ldnull", 0x14, NONE, NEXT, 0, 1) \
    X(LDC_I4_M1, "ldc.i4.m1", 0x15, NONE, NEXT, 0, 1) \
    X(LDC_I4_0, "ldc.i4.0", 0x16, NONE, NEXT, 0, 1) \
    X(LDC_I4_1, "ldc.i4.1", 0x17, NONE, NEXT, 0, 1) \
    X(LDC_I4_2, "ldc.i4.2", 0x18, NONE, NEXT, 0, 1) \
    X(LDC_I4_3, "ldc.i4.3", 0x19, NONE, NEXT, 0, 1) \
    X(LDC_I4_4, "ldc.i4.4", 0x1A, NONE, NEXT, 0, 1) \
    X(LDC_I4_5, "ldc.i4.5", 0x1B, NONE, NEXT, 0, 1) \
    X(LDC_I4_6, "ldc.i4.6", 0x1C, NONE, NEXT, 0, 1) \
    X(LDC_I4_7, "ldc.i4.7", 0x1D, NONE, NEXT, 0, 1) \
    X(LDC_I4_8, "ldc.i4.8", 0x1E, NONE, NEXT, 0, 1) \
    X(LDC_I4_S, "ldc.i4.s", 0x1F, SHORT_I, NEXT, 0, 1) \
    X(LDC_I4, "ldc.i4", 0x20, I, NEXT, 0, 1) \
    X(LDC_I8, "ldc.i8", 0x21, I8, NEXT, 0, 1) \
    X(LDC_R4, "ldc.r4", 0x22, SHORT_R, NEXT, 0, 1) \
    X(LDC_R8, "ldc.r8", 0x23, R, NEXT, 0, 1) \
    X(DUP, "dup", 0x25, NONE, NEXT, 1, 2) \
    X(POP, "pop", 0x26, NONE, NEXT, 1, 0) \
    X(JMP, "jmp", 0x27, METHOD, CALL, 0, 0) \
    X(CALL, "call", 0x28, METHOD, CALL, IMG_STACK_VAR, IMG_STACK_VAR) \
    X(CALLI, "calli", 0x29, SIG, CALL, IMG_STACK_VAR, IMG_STACK_VAR) \
    X(RET, "ret", 0x2A, NONE, RETURN, IMG_STACK_VAR, 0) \
    X(BR_S, "br.s", 0x2B, SHORT_BRANCH, BRANCH, 0, 0) \
    X(BRFALSE_S, "brfalse.s", 0x2C, SHORT_BRANCH, COND_BRANCH, 1, 0) \
    X(BRTRUE_S, "brtrue.s", 0x2D, SHORT_BRANCH, COND_BRANCH, 1, 0) \
    X(BEQ_S, "beq.s", 0x2E, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BGE_S, "bge.s", 0x2F, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BGT_S, "bgt.s", 0x30, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BLE_S, "ble.s", 0x31, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BLT_S, "blt.s", 0x32, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BNE_UN_S, "bne.un.s", 0x33, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BGE_UN_S, "bge.un.s", 0x34, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BGT_UN_S, "bgt.un.s", 0x35, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BLE_UN_S, "ble.un.s", 0x36, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BLT_UN_S, "blt.un.s", 0x37, SHORT_BRANCH, COND_BRANCH, 2, 0) \
    X(BR, "br", 0x38, BRANCH, BRANCH, 0, 0) \
    X(BRFALSE, "brfalse", 0x39, BRANCH, COND_BRANCH, 1, 0) \
    X(BRTRUE, "brtrue", 0x3A, BRANCH, COND_BRANCH, 1, 0) \
    X(BEQ, "beq", 0x3B, BRANCH, COND_BRANCH, 2, 0) \
    X(BGE, "bge", 0x3C, BRANCH, COND_BRANCH, 2, 0) \
    X(BGT, "bgt", 0x3D, BRANCH, COND_BRANCH, 2, 0) \
    X(BLE, "ble", 0x3E, BRANCH, COND_BRANCH, 2, 0) \
    X(BLT, "blt", 0x3F, BRANCH, COND_BRANCH, 2, 0) \
    X(BNE_UN, "bne.un", 0x40, BRANCH, COND_BRANCH, 2, 0) \
    X(BGE_UN, "bge.un", 0x41, BRANCH, COND_BRANCH, 2, 0) \
    X(BGT_UN, "bgt.un", 0x42, BRANCH, COND_BRANCH, 2, 0) \
    X(BLE_UN, "ble.un", 0x43, BRANCH, COND_BRANCH, 2, 0) \
    X(BLT_UN, "blt.un", 0x44, BRANCH, COND_BRANCH, 2, 0) \
    X(SWITCH, "switch", 0x45, SWITCH, COND_BRANCH, 1, 0) \
    X(LDIND_I1, "ldind.i1", 0x46, NONE, NEXT, 1, 1) \
    X(LDIND_U1, "ldind.u1", 0x47, NONE, NEXT, 1, 1) \
    X(LDIND_I2, "ldind.i2", 0x48, NONE, NEXT, 1, 1) \
    X(LDIND_U2, "ldind.u2", 0x49, NONE, NEXT, 1, 1) \
    X(LDIND_I4, "ldind.i4", 0x4A, NONE, NEXT, 1, 1) \
    X(LDIND_U4, "ldind.u4", 0x4B, NONE, NEXT, 1, 1) \
    X(LDIND_I8, "ldind.i8", 0x4C, NONE, NEXT, 1, 1) \
    X(LDIND_I, "ldind.i", 0x4D, NONE, NEXT, 1, 1) \
    X(LDIND_R4, "ldind.r4", 0x4E, NONE, NEXT, 1, 1) \
    X(LDIND_R8, "ldind.r8", 0x4F, NONE, NEXT, 1, 1) \
    X(LDIND_REF, "ldind.ref", 0x50, NONE, NEXT, 1, 1) \
    X(STIND_REF, "stind.ref", 0x51, NONE, NEXT, 2, 0) \
    X(STIND_I1, "stind.i1", 0x52, NONE, NEXT, 2, 0) \
    X(STIND_I2, "stind.i2", 0x53, NONE, NEXT, 2, 0) \
    X(STIND_I4, "stind.i4", 0x54, NONE, NEXT, 2, 0) \
    X(STIND_I8, "stind.i8", 0x55, NONE, NEXT, 2, 0) \
    X(STIND_R4, "stind.r4", 0x56, NONE, NEXT, 2, 0) \
    X(STIND_R8, "stind.r8", 0x57, NONE, NEXT, 2, 0) \
    X(ADD, "add", 0x58, NONE, NEXT, 2, 1) \
    X(SUB, "sub", 0x59, NONE, NEXT, 2, 1) \
    X(MUL, "mul", 0x5A, NONE, NEXT, 2, 1) \
    X(DIV, "div", 0x5B, NONE, NEXT, 2, 1) \
    X(DIV_UN, "div.un", 0x5C, NONE, NEXT, 2, 1) \
    X(REM, "rem", 0x5D, NONE, NEXT, 2, 1) \
    X(REM_UN, "rem.un", 0x5E, NONE, NEXT, 2, 1) \
    X(AND, "and", 0x5F, NONE, NEXT, 2, 1) \
    X(OR, "or", 0x60, NONE, NEXT, 2, 1) \
    X(XOR, "xor", 0x61, NONE, NEXT, 2, 1) \
    X(SHL, "shl", 0x62, NONE, NEXT, 2, 1) \
    X(SHR, "shr", 0x63, NONE, NEXT, 2, 1) \
    X(SHR_UN, "shr.un", 0x64, NONE, NEXT, 2, 1) \
    X(NEG, "neg", 0x65, NONE, NEXT, 1, 1) \
    X(NOT, "not", 0x66, NONE, NEXT, 1, 1) \
    X(CONV_I1, "conv.i1", 0x67, NONE, NEXT, 1, 1) \
    X(CONV_I2, "conv.i2", 0x68, NONE, NEXT, 1, 1) \
    X(CONV_I4, "conv.i4", 0x69, NONE, NEXT, 1, 1) \
    X(CONV_I8, "conv.i8", 0x6A, NONE, NEXT, 1, 1) \
    X(CONV_R4, "conv.r4", 0x6B, NONE, NEXT, 1, 1) \
    X(CONV_R8, "conv.r8", 0x6C, NONE, NEXT, 1, 1) \
    X(CONV_U4, "conv.u4", 0x6D, NONE, NEXT, 1, 1) \
    X(CONV_U8, "conv.u8", 0x6E, NONE, NEXT, 1, 1) \
    X(CALLVIRT, "callvirt", 0x6F, METHOD, CALL, IMG_STACK_VAR, IMG_STACK_VAR) \
    X(CPOBJ, "cpobj", 0x70, TYPE, NEXT, 2, 0) \
    X(LDOBJ, "ldobj", 0x71, TYPE, NEXT, 1, 1) \
    X(LDSTR, "ldstr", 0x72, STRING, NEXT, 0, 1) \
    X(NEWOBJ, "newobj", 0x73, METHOD, CALL, IMG_STACK_VAR, 1) \
    X(CASTCLASS, "castclass", 0x74, TYPE, NEXT, 1, 1) \
    X(ISINST, "isinst", 0x75, TYPE, NEXT, 1, 1) \
    X(CONV_R_UN, "conv.r.un", 0x76, NONE, NEXT, 1, 1) \
    X(UNBOX, "unbox", 0x79, TYPE, NEXT, 1, 1) \
    X(THROW, "throw", 0x7A, NONE, THROW, 1, 0) \
    X(LDFLD, "ldfld", 0x7B, FIELD, NEXT, 1, 1) \
    X(LDFLDA, "ldflda", 0x7C, FIELD, NEXT, 1, 1) \
    X(STFLD, "stfld", 0x7D, FIELD, NEXT, 2, 0) \
    X(LDSFLD, "ldsfld", 0x7E, FIELD, NEXT, 0, 1) \
    X(LDSFLDA, "ldsflda", 0x7F, FIELD, NEXT, 0, 1) \
    X(STSFLD, "stsfld", 0x80, FIELD, NEXT, 1, 0) \
    X(STOBJ, "stobj", 0x81, TYPE, NEXT, 2, 0) \
    X(CONV_OVF_I1_UN, "conv.ovf.i1.un", 0x82, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I2_UN, "conv.ovf.i2.un", 0x83, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I4_UN, "conv.ovf.i4.un", 0x84, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I8_UN, "conv.ovf.i8.un", 0x85, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U1_UN, "conv.ovf.u1.un", 0x86, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U2_UN, "conv.ovf.u2.un", 0x87, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U4_UN, "conv.ovf.u4.un", 0x88, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U8_UN, "conv.ovf.u8.un", 0x89, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I_UN, "conv.ovf.i.un", 0x8A, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U_UN, "conv.ovf.u.un", 0x8B, NONE, NEXT, 1, 1) \
    X(BOX, "box", 0x8C, TYPE, NEXT, 1, 1) \
    X(NEWARR, "newarr", 0x8D, TYPE, NEXT, 1, 1) \
    X(LDLEN, "ldlen", 0x8E, NONE, NEXT, 1, 1) \
    X(LDELEMA, "ldelema", 0x8F, TYPE, NEXT, 2, 1) \
    X(LDELEM_I1, "ldelem.i1", 0x90, NONE, NEXT, 2, 1) \
    X(LDELEM_U1, "ldelem.u1", 0x91, NONE, NEXT, 2, 1) \
    X(LDELEM_I2, "ldelem.i2", 0x92, NONE, NEXT, 2, 1) \
    X(LDELEM_U2, "ldelem.u2", 0x93, NONE, NEXT, 2, 1) \
    X(LDELEM_I4, "ldelem.i4", 0x94, NONE, NEXT, 2, 1) \
    X(LDELEM_U4, "ldelem.u4", 0x95, NONE, NEXT, 2, 1) \
    X(LDELEM_I8, "ldelem.i8", 0x96, NONE, NEXT, 2, 1) \
    X(LDELEM_I, "ldelem.i", 0x97, NONE, NEXT, 2, 1) \
    X(LDELEM_R4, "ldelem.r4", 0x98, NONE, NEXT, 2, 1) \
    X(LDELEM_R8, "ldelem.r8", 0x99, NONE, NEXT, 2, 1) \
    X(LDELEM_REF, "ldelem.ref", 0x9A, NONE, NEXT, 2, 1) \
    X(STELEM_I, "stelem.i", 0x9B, NONE, NEXT, 3, 0) \
    X(STELEM_I1, "stelem.i1", 0x9C, NONE, NEXT, 3, 0) \
    X(STELEM_I2, "stelem.i2", 0x9D, NONE, NEXT, 3, 0) \
    X(STELEM_I4, "stelem.i4", 0x9E, NONE, NEXT, 3, 0) \
    X(STELEM_I8, "stelem.i8", 0x9F, NONE, NEXT, 3, 0) \
    X(STELEM_R4, "stelem.r4", 0xA0, NONE, NEXT, 3, 0) \
    X(STELEM_R8, "stelem.r8", 0xA1, NONE, NEXT, 3, 0) \
    X(STELEM_REF, "stelem.ref", 0xA2, NONE, NEXT, 3, 0) \
    X(LDELEM, "ldelem", 0xA3, TYPE, NEXT, 2, 1) \
    X(STELEM, "stelem", 0xA4, TYPE, NEXT, 3, 0) \
    X(UNBOX_ANY, "unbox.any", 0xA5, TYPE, NEXT, 1, 1) \
    X(CONV_OVF_I1, "conv.ovf.i1", 0xB3, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U1, "conv.ovf.u1", 0xB4, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I2, "conv.ovf.i2", 0xB5, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U2, "conv.ovf.u2", 0xB6, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I4, "conv.ovf.i4", 0xB7, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U4, "conv.ovf.u4", 0xB8, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I8, "conv.ovf.i8", 0xB9, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U8, "conv.ovf.u8", 0xBA, NONE, NEXT, 1, 1) \
    X(REFANYVAL, "refanyval", 0xC2, TYPE, NEXT, 1, 1) \
    X(CKFINITE, "ckfinite", 0xC3, NONE, NEXT, 1, 1) \
    X(MKREFANY, "mkrefany", 0xC6, TYPE, NEXT, 1, 1) \
    X(LDTOKEN, "ldtoken", 0xD0, TOKEN, NEXT, 0, 1) \
    X(CONV_U2, "conv.u2", 0xD1, NONE, NEXT, 1, 1) \
    X(CONV_U1, "conv.u1", 0xD2, NONE, NEXT, 1, 1) \
    X(CONV_I, "conv.i", 0xD3, NONE, NEXT, 1, 1) \
    X(CONV_OVF_I, "conv.ovf.i", 0xD4, NONE, NEXT, 1, 1) \
    X(CONV_OVF_U, "conv.ovf.u", 0xD5, NONE, NEXT, 1, 1) \
    X(ADD_OVF, "add.ovf", 0xD6, NONE, NEXT, 2, 1) \
    X(ADD_OVF_UN, "add.ovf.un", 0xD7, NONE, NEXT, 2, 1) \
    X(MUL_OVF, "mul.ovf", 0xD8, NONE, NEXT, 2, 1) \
    X(MUL_OVF_UN, "mul.ovf.un", 0xD9, NONE, NEXT, 2, 1) \
    X(SUB_OVF, "sub.ovf", 0xDA, NONE, NEXT, 2, 1) \
    X(SUB_OVF_UN, "sub.ovf.un", 0xDB, NONE, NEXT, 2, 1) \
    X(ENDFINALLY, "endfinally", 0xDC, NONE, RETURN, 0, 0) \
    X(LEAVE, "leave", 0xDD, BRANCH, BRANCH, 0, 0) \
    X(LEAVE_S, "leave.s", 0xDE, SHORT_BRANCH, BRANCH, 0, 0) \
    X(STIND_I, "stind.i", 0xDF, NONE, NEXT, 2, 0) \
    X(CONV_U, "conv.u", 0xE0, NONE, NEXT, 1, 1) \
    X(ARGLIST, "arglist", 0xFE00, NONE, NEXT, 0, 1) \
    X(CEQ, "ceq", 0xFE01, NONE, NEXT, 2, 1) \
    X(CGT, "cgt", 0xFE02, NONE, NEXT, 2, 1) \
    X(CGT_UN, "cgt.un", 0xFE03, NONE, NEXT, 2, 1) \
    X(CLT, "clt", 0xFE04, NONE, NEXT, 2, 1) \
    X(CLT_UN, "clt.un", 0xFE05, NONE, NEXT, 2, 1) \
    X(LDFTN, "ldftn", 0xFE06, METHOD, NEXT, 0, 1) \
    X(LDVIRTFTN, "ldvirtftn", 0xFE07, METHOD, NEXT, 1, 1) \
    X(LDARG, "ldarg", 0xFE09, VAR, NEXT, 0, 1) \
    X(LDARGA, "ldarga", 0xFE0A, VAR, NEXT, 0, 1) \
    X(STARG, "starg", 0xFE0B, VAR, NEXT, 1, 0) \
    X(LDLOC, "ldloc", 0xFE0C, VAR, NEXT, 0, 1) \
    X(LDLOCA, "ldloca", 0xFE0D, VAR, NEXT, 0, 1) \
    X(STLOC, "stloc", 0xFE0E, VAR, NEXT, 1, 0) \
    X(LOCALLOC, "localloc", 0xFE0F, NONE, NEXT, 1, 1) \
    X(ENDFILTER, "endfilter", 0xFE11, NONE, RETURN, 1, 0) \
    X(UNALIGNED, "unaligned.", 0xFE12, SHORT_I, META, 0, 0) \
    X(VOLATILE, "volatile.", 0xFE13, NONE, META, 0, 0) \
    X(TAIL, "tail.", 0xFE14, NONE, META, 0, 0) \
    X(INITOBJ, "initobj", 0xFE15, TYPE, NEXT, 1, 0) \
    X(CONSTRAINED, "constrained.", 0xFE16, TYPE, META, 0, 0) \
    X(CPBLK, "cpblk", 0xFE17, NONE, NEXT, 3, 0) \
    X(INITBLK, "initblk", 0xFE18, NONE, NEXT, 3, 0) \
    X(NO, "no.", 0xFE19, SHORT_I, META, 0, 0) \
    X(RETHROW, "rethrow", 0xFE1A, NONE, THROW, 0, 0) \
    X(SIZEOF, "sizeof", 0xFE1C, TYPE, NEXT, 0, 1) \
    X(REFANYTYPE, "refanytype", 0xFE1D, NONE, NEXT, 1, 1) \
    X(READONLY, "readonly.", 0xFE1E, NONE, META, 0, 0)

typedef enum ImgOpcode {
#define IMG_OPCODE_ENUM(sym, name, enc, operand, flow, pops, pushes) IMG_CEE_##sym,
    IMG_OPCODE_LIST(IMG_OPCODE_ENUM)
#undef IMG_OPCODE_ENUM
    IMG_CEE_COUNT
} ImgOpcode;

typedef struct ImgOpcodeInfo {
    const char *name;
    uint16_t encoding;
    uint8_t operand; /* ImgOperandKind */
    uint8_t flow;    /* ImgFlow */
    uint8_t pops, pushes;
} ImgOpcodeInfo;

extern const ImgOpcodeInfo img_opcode_info[IMG_CEE_COUNT];

/* One decoded instruction. Branch targets are absolute IL offsets. */
typedef struct ImgInstr {
    uint32_t offset;
    uint32_t size;
    ImgOpcode opcode;
    union {
        int64_t i;        /* SHORT_VAR, VAR, SHORT_I, I, I8 (zero/sign-extended) */
        double r;         /* SHORT_R (widened), R */
        uint32_t token;   /* METHOD, FIELD, TYPE, TOKEN, SIG, STRING */
        int64_t target;   /* SHORT_BRANCH, BRANCH: may lie outside the body */
        struct {
            uint32_t count;
            const uint8_t *targets; /* count little-endian int32 relative offsets */
        } sw;
    } operand;
} ImgInstr;

/* Decode the instruction at `offset`. False if the opcode is unknown or its
 * operand runs past code_size. */
bool img_il_decode(const uint8_t *code, uint32_t code_size, uint32_t offset, ImgInstr *instr);
/* Absolute target of switch case `index` of a decoded switch. */
int64_t img_il_switch_target(const ImgInstr *instr, uint32_t index);

/* ------------------------------------------------------------------ */
/* Portable PDB sequence points                                       */
/* ------------------------------------------------------------------ */

typedef struct ImgSequencePoint {
    uint32_t il_offset;
    uint32_t document; /* Document rid */
    uint32_t start_line, end_line;  /* 0xFEEFEE marks a hidden point */
    uint32_t start_column, end_column;
    bool hidden;
} ImgSequencePoint;

/* Iterates the SequencePoints blob of a MethodDebugInformation row. */
typedef struct ImgSeqPointReader {
    ImgCursor cursor;
    uint32_t document;
    bool first;
    ImgSequencePoint prev;     /* last point, for deltas */
    ImgSequencePoint prev_visible;
    bool have_visible;
} ImgSeqPointReader;

/* local_signature receives the blob's leading StandAloneSig rid. */
bool img_seqpoints_begin(ImgSeqPointReader *reader, ImgBlob blob, uint32_t initial_document,
                         uint32_t *local_signature);
/* Next point: 1 if one was read, 0 at the end, -1 if the blob is malformed. */
int img_seqpoints_next(ImgSeqPointReader *reader, ImgSequencePoint *point);

#endif
