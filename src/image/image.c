/*
 * image.c - opening a CLI image: PE/COFF headers, the CLI header, the
 * metadata root and its streams, the table layout, and validation of every
 * reference a table row can hold.
 *
 * Validation happens once, here, so that the rest of the runtime can read
 * rows with plain arithmetic. It costs one pass over the tables (a few
 * milliseconds for mscorlib) and removes a bounds check from every column
 * read in the loader.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "image/image.h"
#include "image/internal.h"

enum { OWN_BORROWED, OWN_MAPPED, OWN_MALLOCED };

static bool fail(ImgError *error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(ImgError *error, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error->message, sizeof error->message, fmt, ap);
    va_end(ap);
    return false;
}

/* Whether [offset, offset + length) lies inside a range of `size` bytes,
 * without overflow. */
static bool in_range(uint64_t offset, uint64_t length, uint64_t size) {
    return offset <= size && length <= size - offset;
}

/* ------------------------------------------------------------------ */
/* PE/COFF (II.25.2) and the CLI header (II.25.3.3)                    */
/* ------------------------------------------------------------------ */

#define PE_DIRECTORY_CLI 14

static bool parse_sections(ImgImage *img, uint32_t table_offset, ImgError *error) {
    if (!in_range(table_offset, (uint64_t)img->section_count * 40, img->size))
        return fail(error, "section table runs past the end of the file");
    img->sections = calloc(img->section_count ? img->section_count : 1, sizeof(ImgSection));
    if (!img->sections)
        return fail(error, "out of memory");
    for (uint32_t i = 0; i < img->section_count; i++) {
        const uint8_t *h = img->data + table_offset + i * 40;
        ImgSection *s = &img->sections[i];
        memcpy(s->name, h, 8);
        s->name[8] = 0;
        s->virtual_size = img_le32(h + 8);
        s->virtual_address = img_le32(h + 12);
        s->raw_size = img_le32(h + 16);
        s->raw_offset = img_le32(h + 20);
        s->characteristics = img_le32(h + 36);
        /* Only file bytes are readable: a section's tail beyond its raw
         * data would be zero-filled by a loader, and no CLI structure may
         * live there. */
        if (s->raw_offset > img->size)
            s->raw_size = 0;
        else if (s->raw_size > img->size - s->raw_offset)
            s->raw_size = (uint32_t)(img->size - s->raw_offset);
    }
    return true;
}

static bool parse_pe(ImgImage *img, uint32_t *cli_rva, uint32_t *cli_size, ImgError *error) {
    if (img->size < 0x40 || img->data[0] != 'M' || img->data[1] != 'Z')
        return fail(error, "not a PE file (no MZ signature)");
    uint32_t pe = img_le32(img->data + 0x3C);
    if (!in_range(pe, 24, img->size) || memcmp(img->data + pe, "PE\0\0", 4) != 0)
        return fail(error, "not a PE file (no PE signature)");
    const uint8_t *coff = img->data + pe + 4;
    img->machine = img_le16(coff);
    img->section_count = img_le16(coff + 2);
    uint16_t optional_size = img_le16(coff + 16);
    img->pe_characteristics = img_le16(coff + 18);
    uint32_t optional = pe + 24;
    if (!in_range(optional, optional_size, img->size) || optional_size < 2)
        return fail(error, "PE optional header runs past the end of the file");
    const uint8_t *opt = img->data + optional;
    img->pe_magic = img_le16(opt);
    uint32_t directories, count_offset;
    if (img->pe_magic == 0x10B) {
        directories = 96;
        count_offset = 92;
    } else if (img->pe_magic == 0x20B) {
        directories = 112;
        count_offset = 108;
    } else {
        return fail(error, "unknown PE optional header magic 0x%x", img->pe_magic);
    }
    if (optional_size < directories)
        return fail(error, "PE optional header too small (%u bytes)", optional_size);
    img->image_base = img->pe_magic == 0x10B ? img_le32(opt + 28) : img_le64(opt + 24);
    img->subsystem = img_le16(opt + 68);
    uint32_t directory_count = img_le32(opt + count_offset);
    if (directory_count <= PE_DIRECTORY_CLI ||
        (uint64_t)directories + (PE_DIRECTORY_CLI + 1) * 8 > optional_size)
        return fail(error, "no CLI header directory: not a .NET assembly");
    *cli_rva = img_le32(opt + directories + PE_DIRECTORY_CLI * 8);
    *cli_size = img_le32(opt + directories + PE_DIRECTORY_CLI * 8 + 4);
    if (*cli_rva == 0)
        return fail(error, "no CLI header: not a .NET assembly");
    return parse_sections(img, optional + optional_size, error);
}

/* The directory's size is not trusted: the header says its own size. */
static bool parse_cli_header(ImgImage *img, uint32_t rva, ImgError *error) {
    const uint8_t *h = img_rva(img, rva, 72);
    if (!h)
        return fail(error, "CLI header at RVA 0x%x is outside the file", rva);
    if (img_le32(h) < 72)
        return fail(error, "CLI header size %u is too small", img_le32(h));
    img->cli_major = img_le16(h + 4);
    img->cli_minor = img_le16(h + 6);
    uint32_t md_rva = img_le32(h + 8), md_size = img_le32(h + 12);
    img->cli_flags = img_le32(h + 16);
    img->entry_point = img_le32(h + 20);
    img->resources_rva = img_le32(h + 24);
    img->resources_size = img_le32(h + 28);
    img->strong_name_rva = img_le32(h + 32);
    img->strong_name_size = img_le32(h + 36);
    img->vtable_fixups_rva = img_le32(h + 48);
    img->vtable_fixups_size = img_le32(h + 52);
    img->metadata = img_rva(img, md_rva, md_size);
    if (!img->metadata || md_size == 0)
        return fail(error, "metadata (RVA 0x%x, %u bytes) is outside the file", md_rva, md_size);
    img->metadata_size = md_size;
    return true;
}

/* ------------------------------------------------------------------ */
/* Metadata root (II.24.2.1) and streams (II.24.2.2)                   */
/* ------------------------------------------------------------------ */

static bool set_heap(ImgHeap *heap, const ImgImage *img, uint32_t offset, uint32_t size,
                     const char *name, ImgError *error) {
    if (!in_range(offset, size, img->metadata_size))
        return fail(error, "stream %s runs past the end of the metadata", name);
    if (heap->data)
        return fail(error, "stream %s appears twice", name);
    heap->data = img->metadata + offset;
    heap->size = size;
    return true;
}

static bool parse_streams(ImgImage *img, ImgError *error) {
    const uint8_t *md = img->metadata;
    uint32_t size = img->metadata_size;
    if (size < 16 || img_le32(md) != 0x424A5342)
        return fail(error, "bad metadata signature");
    img->md_major = img_le16(md + 4);
    img->md_minor = img_le16(md + 6);
    uint32_t version_length = img_le32(md + 12);
    if (version_length > 255 || !in_range(16, (uint64_t)version_length + 4, size))
        return fail(error, "bad metadata version string length %u", version_length);
    memcpy(img->md_version, md + 16, version_length);
    img->md_version[version_length] = 0;
    uint32_t pos = 16 + version_length;
    uint16_t stream_count = img_le16(md + pos + 2);
    pos += 4;
    bool have_tables = false;
    for (uint16_t i = 0; i < stream_count; i++) {
        if (!in_range(pos, 8, size))
            return fail(error, "stream header %u runs past the end of the metadata", i);
        uint32_t offset = img_le32(md + pos), stream_size = img_le32(md + pos + 4);
        pos += 8;
        const uint8_t *name = md + pos;
        size_t max_name = size - pos < 32 ? size - pos : 32;
        const uint8_t *nul = memchr(name, 0, max_name);
        if (!nul)
            return fail(error, "stream header %u has no terminated name", i);
        pos += (uint32_t)((nul - name + 1 + 3) & ~3);
        const char *n = (const char *)name;
        ImgHeap *heap = NULL;
        if (strcmp(n, "#~") == 0 || strcmp(n, "#-") == 0) {
            if (have_tables)
                return fail(error, "two table streams");
            have_tables = true;
            img->uncompressed = n[1] == '-';
            heap = &img->tables_stream;
        } else if (strcmp(n, "#Strings") == 0) {
            heap = &img->strings;
        } else if (strcmp(n, "#US") == 0) {
            heap = &img->user_strings;
        } else if (strcmp(n, "#Blob") == 0) {
            heap = &img->blobs;
        } else if (strcmp(n, "#GUID") == 0) {
            heap = &img->guids;
        } else if (strcmp(n, "#Pdb") == 0) {
            heap = &img->pdb;
        } else {
            continue; /* #JTD and vendor streams carry nothing we read */
        }
        if (!set_heap(heap, img, offset, stream_size, n, error))
            return false;
    }
    if (!have_tables)
        return fail(error, "no #~ stream");
    if (img->strings.size && img->strings.data[img->strings.size - 1] != 0)
        return fail(error, "#Strings heap is not NUL-terminated");
    return true;
}

/* ------------------------------------------------------------------ */
/* Tables (II.24.2.6)                                                  */
/* ------------------------------------------------------------------ */

static bool parse_pdb_stream(ImgImage *img, ImgError *error) {
    ImgHeap *pdb = &img->pdb;
    if (!pdb->data)
        return true;
    if (pdb->size < 32)
        return fail(error, "#Pdb stream too small");
    memcpy(img->pdb_id, pdb->data, 20);
    img->pdb_entry_point = img_le32(pdb->data + 20);
    img->pdb_referenced_mask = img_le64(pdb->data + 24);
    uint32_t pos = 32;
    for (unsigned t = 0; t < IMG_TABLE_COUNT; t++) {
        if (!(img->pdb_referenced_mask >> t & 1))
            continue;
        if (!in_range(pos, 4, pdb->size))
            return fail(error, "#Pdb stream row counts run past its end");
        img->pdb_referenced_rows[t] = img_le32(pdb->data + pos);
        pos += 4;
    }
    return true;
}

static uint8_t index_width(uint32_t rows, unsigned tag_bits) {
    return rows < (1u << (16 - tag_bits)) ? 2 : 4;
}

static uint8_t column_width(const ImgImage *img, const ImgColumnSchema *col) {
    switch (col->kind) {
    case IMG_COL_U16:
    case IMG_COL_U8PAD: return 2;
    case IMG_COL_U32: return 4;
    case IMG_COL_STRING: return img->heap_sizes & 0x01 ? 4 : 2;
    case IMG_COL_GUID: return img->heap_sizes & 0x02 ? 4 : 2;
    case IMG_COL_BLOB: return img->heap_sizes & 0x04 ? 4 : 2;
    case IMG_COL_TABLE:
    case IMG_COL_LIST: return index_width(img->reference_rows[col->target], 0);
    case IMG_COL_CODED: {
        const ImgCodedSchema *coded = &img_coded_schema[col->target];
        uint32_t max_rows = 0;
        for (unsigned i = 0; i < coded->table_count; i++)
            if (coded->tables[i] != IMG_CODED_UNUSED && img->reference_rows[coded->tables[i]] > max_rows)
                max_rows = img->reference_rows[coded->tables[i]];
        return index_width(max_rows, coded->tag_bits);
    }
    }
    return 4;
}

static bool parse_table_stream(ImgImage *img, ImgError *error) {
    const uint8_t *s = img->tables_stream.data;
    uint32_t size = img->tables_stream.size;
    if (size < 24)
        return fail(error, "#~ stream too small");
    img->tables_major = s[4];
    img->tables_minor = s[5];
    img->heap_sizes = s[6];
    img->valid_mask = img_le64(s + 8);
    img->sorted_mask = img_le64(s + 16);
    uint32_t pos = 24;
    for (unsigned t = 0; t < IMG_TABLE_COUNT; t++) {
        if (!(img->valid_mask >> t & 1))
            continue;
        if (!img_table_schema[t].name)
            return fail(error, "unknown metadata table 0x%02x", t);
        if (!in_range(pos, 4, size))
            return fail(error, "#~ row counts run past the end of the stream");
        uint32_t rows = img_le32(s + pos);
        if (rows > 0xFFFFFF)
            return fail(error, "table %s has %u rows, more than a token can name",
                        img_table_schema[t].name, rows);
        img->tables[t].row_count = rows;
        pos += 4;
    }
    /* Uncompressed (#-) metadata may carry one extra word after the counts. */
    if (img->heap_sizes & 0x40)
        pos += 4;
    if (!parse_pdb_stream(img, error))
        return false;
    for (unsigned t = 0; t < IMG_TABLE_COUNT; t++)
        img->reference_rows[t] = img->tables[t].row_count ? img->tables[t].row_count
                                                          : img->pdb_referenced_rows[t];
    for (unsigned t = 0; t < IMG_TABLE_COUNT; t++) {
        ImgTable *table = &img->tables[t];
        const ImgTableSchema *schema = &img_table_schema[t];
        if (!schema->name)
            continue;
        uint32_t offset = 0;
        for (unsigned c = 0; c < schema->column_count; c++) {
            table->column_offset[c] = (uint8_t)offset;
            table->column_size[c] = column_width(img, &schema->columns[c]);
            offset += table->column_size[c];
        }
        table->row_size = offset;
        if (!table->row_count)
            continue;
        uint64_t bytes = (uint64_t)table->row_count * table->row_size;
        if (!in_range(pos, bytes, size))
            return fail(error, "table %s (%u rows) runs past the end of the #~ stream",
                        schema->name, table->row_count);
        table->rows = s + pos;
        pos += (uint32_t)bytes;
    }
    return true;
}

static uint32_t read_column(const ImgTable *table, uint32_t rid, unsigned column) {
    const uint8_t *p = table->rows + (size_t)(rid - 1) * table->row_size + table->column_offset[column];
    return table->column_size[column] == 2 ? img_le16(p) : img_le32(p);
}

/* Whether a blob index names a complete blob. */
static bool blob_valid(const ImgImage *img, uint32_t index) {
    if (index == 0)
        return true;
    if (index >= img->blobs.size)
        return false;
    ImgBlob blob = img_blob(img, index);
    return blob.data != NULL;
}

static bool validate_column(const ImgImage *img, const ImgColumnSchema *col, uint32_t value) {
    switch (col->kind) {
    case IMG_COL_U16:
    case IMG_COL_U32:
    case IMG_COL_U8PAD: return true;
    case IMG_COL_STRING: return value == 0 || value < img->strings.size;
    case IMG_COL_GUID: return value == 0 || (uint64_t)value * 16 <= img->guids.size;
    case IMG_COL_BLOB: return blob_valid(img, value);
    case IMG_COL_TABLE: return value <= img->reference_rows[col->target];
    case IMG_COL_LIST: return value <= img->reference_rows[col->target] + 1;
    case IMG_COL_CODED: {
        const ImgCodedSchema *coded = &img_coded_schema[col->target];
        uint32_t tag = value & ((1u << coded->tag_bits) - 1);
        uint32_t rid = value >> coded->tag_bits;
        if (tag >= coded->table_count || coded->tables[tag] == IMG_CODED_UNUSED)
            return rid == 0 && tag < coded->table_count;
        return rid <= img->reference_rows[coded->tables[tag]];
    }
    }
    return false;
}

/*
 * One pass over every cell: each reference must be in range, member lists
 * must not go backwards (a run would otherwise overlap its neighbour's),
 * and each column learns whether it is sorted, so that img_find_sorted can
 * binary-search the tables ECMA-335 requires sorted and still answer
 * correctly, by scanning, for a file that breaks that rule.
 */
static bool validate_tables(ImgImage *img, ImgError *error) {
    for (unsigned t = 0; t < IMG_TABLE_COUNT; t++) {
        ImgTable *table = &img->tables[t];
        const ImgTableSchema *schema = &img_table_schema[t];
        table->sorted_columns = (uint16_t)((1u << schema->column_count) - 1);
        for (uint32_t rid = 1; rid <= table->row_count; rid++) {
            for (unsigned c = 0; c < schema->column_count; c++) {
                uint32_t value = read_column(table, rid, c);
                if (!validate_column(img, &schema->columns[c], value))
                    return fail(error, "%s row %u: column %s has bad value 0x%x", schema->name, rid,
                                schema->columns[c].name, value);
                if (rid == 1 || value >= read_column(table, rid - 1, c))
                    continue;
                table->sorted_columns &= (uint16_t)~(1u << c);
                if (schema->columns[c].kind == IMG_COL_LIST)
                    return fail(error, "%s row %u: %s goes backwards (%u after %u)", schema->name, rid,
                                schema->columns[c].name, value, read_column(table, rid - 1, c));
            }
        }
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Opening and closing                                                 */
/* ------------------------------------------------------------------ */

static bool parse(ImgImage *img, ImgError *error) {
    if (img->size >= 4 && img_le32(img->data) == 0x424A5342) {
        img->kind = IMG_KIND_METADATA;
        img->metadata = img->data;
        img->metadata_size = img->size > UINT32_MAX ? UINT32_MAX : (uint32_t)img->size;
    } else {
        img->kind = IMG_KIND_PE;
        uint32_t cli_rva = 0, cli_size = 0;
        if (!parse_pe(img, &cli_rva, &cli_size, error) || !parse_cli_header(img, cli_rva, error))
            return false;
    }
    return parse_streams(img, error) && parse_table_stream(img, error) &&
           validate_tables(img, error);
}

static ImgImage *finish_open(ImgImage *img, ImgError *error) {
    error->io = false;
    if (parse(img, error))
        return img;
    img_close(img);
    return NULL;
}

ImgImage *img_open_memory(const void *data, size_t size, bool copy, ImgError *error) {
    ImgImage *img = calloc(1, sizeof *img);
    if (!img) {
        error->io = true;
        fail(error, "out of memory");
        return NULL;
    }
    if (copy) {
        uint8_t *buffer = malloc(size ? size : 1);
        if (!buffer) {
            free(img);
            error->io = true;
            fail(error, "out of memory");
            return NULL;
        }
        memcpy(buffer, data, size);
        img->data = buffer;
        img->owns = OWN_MALLOCED;
    } else {
        img->data = data;
        img->owns = OWN_BORROWED;
    }
    img->size = size;
    return finish_open(img, error);
}

ImgImage *img_open_file(const char *path, ImgError *error) {
    error->io = true;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail(error, "%s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(error, "%s", S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
        close(fd);
        return NULL;
    }
    ImgImage *img = calloc(1, sizeof *img);
    if (!img) {
        close(fd);
        fail(error, "out of memory");
        return NULL;
    }
    img->size = (size_t)st.st_size;
    if (img->size) {
        void *map = mmap(NULL, img->size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED) {
            fail(error, "mmap: %s", strerror(errno));
            close(fd);
            free(img);
            return NULL;
        }
        img->data = map;
        img->owns = OWN_MAPPED;
    } else {
        img->data = (const uint8_t *)"";
    }
    close(fd);
    img->path = strdup(path);
    return finish_open(img, error);
}

void img_close(ImgImage *img) {
    if (!img)
        return;
    if (img->owns == OWN_MAPPED)
        munmap((void *)img->data, img->size);
    else if (img->owns == OWN_MALLOCED)
        free((void *)img->data);
    free(img->sections);
    free(img->path);
    free(img);
}

/* ------------------------------------------------------------------ */
/* Access                                                              */
/* ------------------------------------------------------------------ */

uint32_t img_get(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column) {
    const ImgTable *t = &img->tables[table];
    if (rid == 0 || rid > t->row_count || column >= img_table_schema[table].column_count)
        return 0;
    uint32_t value = read_column(t, rid, column);
    return img_table_schema[table].columns[column].kind == IMG_COL_U8PAD ? value & 0xFF : value;
}

uint32_t img_get_token(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column) {
    uint32_t value = img_get(img, table, rid, column);
    const ImgColumnSchema *col = &img_table_schema[table].columns[column];
    if (col->kind == IMG_COL_CODED)
        return img_coded_decode((ImgCodedKind)col->target, value);
    if ((col->kind == IMG_COL_TABLE || col->kind == IMG_COL_LIST) && value)
        return IMG_TOKEN(col->target, value);
    return 0;
}

bool img_token_valid(const ImgImage *img, uint32_t token) {
    uint32_t table = IMG_TOKEN_TABLE(token), rid = IMG_TOKEN_RID(token);
    if (table == IMG_TOKEN_STRING) {
        const uint8_t *chars;
        uint32_t length;
        return img_user_string(img, rid, &chars, &length);
    }
    return table < IMG_TABLE_COUNT && rid >= 1 && rid <= img->reference_rows[table];
}

const char *img_string(const ImgImage *img, uint32_t index) {
    if (index == 0 || index >= img->strings.size)
        return "";
    return (const char *)img->strings.data + index;
}

/* Blob lengths use the compressed-integer form of II.23.2. */
static bool read_length(const uint8_t *p, uint32_t available, uint32_t *length, uint32_t *header) {
    if (available < 1)
        return false;
    if ((p[0] & 0x80) == 0) {
        *length = p[0];
        *header = 1;
    } else if ((p[0] & 0xC0) == 0x80) {
        if (available < 2)
            return false;
        *length = ((uint32_t)(p[0] & 0x3F) << 8) | p[1];
        *header = 2;
    } else if ((p[0] & 0xE0) == 0xC0) {
        if (available < 4)
            return false;
        *length = ((uint32_t)(p[0] & 0x1F) << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
        *header = 4;
    } else {
        return false;
    }
    return *length <= available - *header;
}

ImgBlob img_blob(const ImgImage *img, uint32_t index) {
    ImgBlob blob = {NULL, 0};
    uint32_t length, header;
    if (index == 0 || index >= img->blobs.size) {
        blob.data = img->blobs.data ? img->blobs.data : (const uint8_t *)"";
        return blob;
    }
    if (!read_length(img->blobs.data + index, img->blobs.size - index, &length, &header))
        return blob; /* data == NULL: only possible for indices not from tables */
    blob.data = img->blobs.data + index + header;
    blob.size = length;
    return blob;
}

const uint8_t *img_guid(const ImgImage *img, uint32_t index) {
    if (index == 0 || (uint64_t)index * 16 > img->guids.size)
        return NULL;
    return img->guids.data + (index - 1) * 16;
}

bool img_user_string(const ImgImage *img, uint32_t offset, const uint8_t **utf16, uint32_t *length) {
    uint32_t size, header;
    if (offset >= img->user_strings.size ||
        !read_length(img->user_strings.data + offset, img->user_strings.size - offset, &size, &header))
        return false;
    *utf16 = img->user_strings.data + offset + header;
    *length = size / 2; /* the odd last byte flags non-ASCII content */
    return true;
}

const char *img_get_string(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column) {
    return img_string(img, img_get(img, table, rid, column));
}

ImgBlob img_get_blob(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column) {
    return img_blob(img, img_get(img, table, rid, column));
}

/* The *Ptr table that indirects a list table in uncompressed metadata. */
static ImgTableId pointer_table(ImgTableId list_table) {
    switch (list_table) {
    case IMG_TABLE_FIELD: return IMG_TABLE_FIELDPTR;
    case IMG_TABLE_METHODDEF: return IMG_TABLE_METHODPTR;
    case IMG_TABLE_PARAM: return IMG_TABLE_PARAMPTR;
    case IMG_TABLE_EVENT: return IMG_TABLE_EVENTPTR;
    case IMG_TABLE_PROPERTY: return IMG_TABLE_PROPERTYPTR;
    default: return IMG_TABLE_COUNT;
    }
}

static uint32_t list_length(const ImgImage *img, ImgTableId list_table) {
    ImgTableId ptr = pointer_table(list_table);
    if (ptr != IMG_TABLE_COUNT && img->tables[ptr].row_count)
        return img->tables[ptr].row_count;
    return img->tables[list_table].row_count;
}

void img_list_range(const ImgImage *img, ImgTableId table, uint32_t rid, unsigned column,
                    uint32_t *first, uint32_t *end) {
    ImgTableId list_table = (ImgTableId)img_table_schema[table].columns[column].target;
    uint32_t limit = list_length(img, list_table) + 1;
    uint32_t start = img_get(img, table, rid, column);
    uint32_t stop = rid < img->tables[table].row_count ? img_get(img, table, rid + 1, column) : limit;
    if (start == 0)
        start = limit;
    if (start > limit)
        start = limit;
    if (stop > limit)
        stop = limit;
    if (stop < start)
        stop = start; /* unsorted lists own nothing rather than overlap */
    *first = start;
    *end = stop;
}

uint32_t img_list_member(const ImgImage *img, ImgTableId list_table, uint32_t index) {
    ImgTableId ptr = pointer_table(list_table);
    if (ptr != IMG_TABLE_COUNT && img->tables[ptr].row_count)
        return img_get(img, ptr, index, 0);
    return index;
}

uint32_t img_list_owner(const ImgImage *img, ImgTableId owner_table, unsigned column, uint32_t member_rid) {
    ImgTableId list_table = (ImgTableId)img_table_schema[owner_table].columns[column].target;
    ImgTableId ptr = pointer_table(list_table);
    uint32_t position = member_rid;
    if (ptr != IMG_TABLE_COUNT && img->tables[ptr].row_count) {
        position = 0;
        for (uint32_t i = 1; i <= img->tables[ptr].row_count; i++)
            if (img_get(img, ptr, i, 0) == member_rid) {
                position = i;
                break;
            }
        if (!position)
            return 0;
    }
    /* The last owner whose list starts at or before position. */
    uint32_t lo = 1, hi = img->tables[owner_table].row_count, found = 0;
    while (lo <= hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint32_t start = img_get(img, owner_table, mid, column);
        if (start <= position) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (!found)
        return 0;
    uint32_t first, end;
    img_list_range(img, owner_table, found, column, &first, &end);
    /* Owners with empty lists share a start; the one whose range holds
     * position is the owner. */
    while (found > 1 && first == end) {
        found--;
        img_list_range(img, owner_table, found, column, &first, &end);
    }
    return position >= first && position < end ? found : 0;
}

/* The run of equal keys in an unsorted column: the first match and the
 * rows equal to it that follow. A file that breaks ECMA-335's ordering
 * rule gets correct answers for contiguous runs, at linear cost. */
static uint32_t find_by_scan(const ImgImage *img, ImgTableId table, unsigned column, uint32_t value,
                             uint32_t *end) {
    uint32_t rows = img->tables[table].row_count;
    for (uint32_t rid = 1; rid <= rows; rid++) {
        if (img_get(img, table, rid, column) != value)
            continue;
        uint32_t stop = rid + 1;
        while (stop <= rows && img_get(img, table, stop, column) == value)
            stop++;
        if (end)
            *end = stop;
        return rid;
    }
    if (end)
        *end = 0;
    return 0;
}

uint32_t img_find_sorted(const ImgImage *img, ImgTableId table, unsigned column, uint32_t value,
                         uint32_t *end) {
    if (!(img->tables[table].sorted_columns >> column & 1))
        return find_by_scan(img, table, column, value, end);
    uint32_t lo = 1, hi = img->tables[table].row_count;
    uint32_t first = 0;
    while (lo <= hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint32_t v = img_get(img, table, mid, column);
        if (v < value) {
            lo = mid + 1;
        } else {
            if (v == value)
                first = mid;
            hi = mid - 1;
        }
    }
    if (!first) {
        if (end)
            *end = 0;
        return 0;
    }
    uint32_t stop = first;
    while (stop < img->tables[table].row_count && img_get(img, table, stop + 1, column) == value)
        stop++;
    if (end)
        *end = stop + 1;
    return first;
}

static const ImgSection *section_of(const ImgImage *img, uint32_t rva) {
    for (uint32_t i = 0; i < img->section_count; i++) {
        const ImgSection *s = &img->sections[i];
        uint32_t readable = s->raw_size;
        if (s->virtual_size && s->virtual_size < readable)
            readable = s->virtual_size;
        if (rva >= s->virtual_address && rva - s->virtual_address < readable)
            return s;
    }
    return NULL;
}

uint32_t img_rva_available(const ImgImage *img, uint32_t rva) {
    if (img->kind != IMG_KIND_PE)
        return 0;
    const ImgSection *s = section_of(img, rva);
    if (!s)
        return 0;
    uint32_t readable = s->raw_size;
    if (s->virtual_size && s->virtual_size < readable)
        readable = s->virtual_size;
    return readable - (rva - s->virtual_address);
}

const uint8_t *img_rva(const ImgImage *img, uint32_t rva, uint32_t size) {
    uint32_t available = img_rva_available(img, rva);
    if (available == 0 || size > available)
        return NULL;
    const ImgSection *s = section_of(img, rva);
    return img->data + s->raw_offset + (rva - s->virtual_address);
}
