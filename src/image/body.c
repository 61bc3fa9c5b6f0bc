/*
 * body.c - method bodies (II.25.4): tiny and fat headers, and the extra
 * data sections that hold exception handling clauses.
 *
 * Clauses are validated when the body is decoded (their sections fit the
 * file, their ranges fit the code, their kinds exist) and read on demand,
 * so a body costs no allocation: the loader copies what it keeps.
 */
#include <stdio.h>

#include "image/image.h"
#include "image/internal.h"

#define HEADER_FORMAT_MASK 0x3
#define HEADER_TINY 0x2
#define HEADER_FAT 0x3
#define FAT_MORE_SECTS 0x08
#define FAT_INIT_LOCALS 0x10
#define SECT_EH_TABLE 0x01
#define SECT_FAT_FORMAT 0x40
#define SECT_MORE_SECTS 0x80
#define SMALL_CLAUSE_SIZE 12
#define FAT_CLAUSE_SIZE 24

typedef struct Section {
    uint8_t kind;
    uint32_t data_size; /* including the 4-byte section header */
} Section;

static Section section_header(const uint8_t *p) {
    Section s;
    s.kind = p[0];
    s.data_size = s.kind & SECT_FAT_FORMAT ? (uint32_t)(p[1] | (p[2] << 8) | (p[3] << 16)) : p[1];
    return s;
}

static uint32_t clause_count(Section s) {
    if ((s.kind & 0x3F) != SECT_EH_TABLE || s.data_size < 4)
        return 0;
    return (s.data_size - 4) / (s.kind & SECT_FAT_FORMAT ? FAT_CLAUSE_SIZE : SMALL_CLAUSE_SIZE);
}

/* Walks the sections once, checking each lies inside the readable bytes. */
static bool scan_sections(ImgMethodBody *body, uint32_t available, char *err, size_t err_size) {
    uint32_t pos = 0;
    body->eh_count = 0;
    for (;;) {
        if (pos > available || available - pos < 4) {
            snprintf(err, err_size, "method data section runs past the end of its section");
            return false;
        }
        Section s = section_header(body->eh_sections + pos);
        if (s.data_size < 4 || s.data_size > available - pos) {
            snprintf(err, err_size, "method data section has bad size %u", s.data_size);
            return false;
        }
        body->eh_count += clause_count(s);
        pos += s.data_size;
        if (!(s.kind & SECT_MORE_SECTS))
            break;
        pos = (pos + 3) & ~3u;
    }
    body->eh_sections_size = pos;
    return true;
}

/* Every protected block, handler and filter lies inside the code
 * (II.19); nesting and overlap rules are the transcoder's to check. */
static bool range_inside(uint32_t offset, uint32_t length, uint32_t code_size) {
    return offset <= code_size && length <= code_size - offset;
}

static bool check_clauses(const ImgMethodBody *body, char *err, size_t err_size) {
    for (uint32_t i = 0; i < body->eh_count; i++) {
        ImgEhClause c;
        img_eh_clause(body, i, &c);
        if (!range_inside(c.try_offset, c.try_length, body->code_size) ||
            !range_inside(c.handler_offset, c.handler_length, body->code_size) ||
            (c.flags == IMG_EH_FILTER && c.filter_offset >= body->code_size)) {
            snprintf(err, err_size, "exception clause %u lies outside the method's %u bytes of IL", i,
                     body->code_size);
            return false;
        }
        if (c.flags != IMG_EH_CATCH && c.flags != IMG_EH_FILTER && c.flags != IMG_EH_FINALLY &&
            c.flags != IMG_EH_FAULT) {
            snprintf(err, err_size, "exception clause %u has unknown kind 0x%x", i, c.flags);
            return false;
        }
    }
    return true;
}

static void read_clause(const uint8_t *c, bool fat, ImgEhClause *clause);

bool img_method_body(const ImgImage *img, uint32_t rva, ImgMethodBody *body, char *err, size_t err_size) {
    memset(body, 0, sizeof *body);
    uint32_t available = img_rva_available(img, rva);
    const uint8_t *p = available ? img_rva(img, rva, 1) : NULL;
    if (!p) {
        snprintf(err, err_size, "method body RVA 0x%x is outside the file", rva);
        return false;
    }
    uint32_t flags_size;
    switch (p[0] & HEADER_FORMAT_MASK) {
    case HEADER_TINY:
        body->header_size = 1;
        body->code_size = p[0] >> 2;
        body->max_stack = 8;
        flags_size = 0;
        break;
    case HEADER_FAT:
        if (available < 12) {
            snprintf(err, err_size, "fat method header runs past the end of its section");
            return false;
        }
        flags_size = img_le16(p);
        body->fat = true;
        body->header_size = (flags_size >> 12) * 4;
        if (body->header_size < 12 || body->header_size > available) {
            snprintf(err, err_size, "fat method header has bad size %u", body->header_size);
            return false;
        }
        body->max_stack = img_le16(p + 2);
        body->code_size = img_le32(p + 4);
        body->local_var_sig_token = img_le32(p + 8);
        body->init_locals = (flags_size & FAT_INIT_LOCALS) != 0;
        break;
    default:
        snprintf(err, err_size, "method header at RVA 0x%x has unknown format 0x%x", rva, p[0] & 3);
        return false;
    }
    if (body->code_size > available - body->header_size) {
        snprintf(err, err_size, "method body (%u bytes of IL) runs past the end of its section",
                 body->code_size);
        return false;
    }
    body->code = p + body->header_size;
    if (!(flags_size & FAT_MORE_SECTS))
        return true;
    /* Sections start on the next 4-byte boundary of the RVA space. */
    uint64_t end = (uint64_t)rva + body->header_size + body->code_size;
    uint64_t aligned = (end + 3) & ~(uint64_t)3;
    if (aligned - rva > available) {
        snprintf(err, err_size, "method data section runs past the end of its section");
        return false;
    }
    body->eh_sections = p + (aligned - rva);
    return scan_sections(body, available - (uint32_t)(aligned - rva), err, err_size) &&
           check_clauses(body, err, err_size);
}

static void read_clause(const uint8_t *c, bool fat, ImgEhClause *clause) {
    uint32_t extra;
    if (fat) {
        clause->flags = img_le32(c);
        clause->try_offset = img_le32(c + 4);
        clause->try_length = img_le32(c + 8);
        clause->handler_offset = img_le32(c + 12);
        clause->handler_length = img_le32(c + 16);
        extra = img_le32(c + 20);
    } else {
        clause->flags = img_le16(c);
        clause->try_offset = img_le16(c + 2);
        clause->try_length = c[4];
        clause->handler_offset = img_le16(c + 5);
        clause->handler_length = c[7];
        extra = img_le32(c + 8);
    }
    clause->class_token = clause->flags == IMG_EH_CATCH ? extra : 0;
    clause->filter_offset = clause->flags == IMG_EH_FILTER ? extra : 0;
}

bool img_eh_clause(const ImgMethodBody *body, uint32_t index, ImgEhClause *clause) {
    uint32_t pos = 0;
    while (pos + 4 <= body->eh_sections_size) {
        Section s = section_header(body->eh_sections + pos);
        uint32_t count = clause_count(s);
        if (index < count) {
            bool fat = (s.kind & SECT_FAT_FORMAT) != 0;
            read_clause(body->eh_sections + pos + 4 + index * (fat ? FAT_CLAUSE_SIZE : SMALL_CLAUSE_SIZE),
                        fat, clause);
            return true;
        }
        index -= count;
        pos = (pos + s.data_size + 3) & ~3u;
    }
    return false;
}
