/*
 * pdb.c - the SequencePoints blob of a portable PDB's MethodDebugInformation
 * row (PortablePdb-Metadata.md, "Sequence Points Blob").
 *
 *     Blob ::= header SequencePointRecord (SequencePointRecord | document-record)*
 *
 * Points are delta-encoded against the previous point (IL offset) and the
 * previous non-hidden point (start line and column), so they can only be
 * read in order; the reader is an iterator that keeps those two points.
 *
 * The blob comes from a file, so every value the spec constrains is checked
 * and a violation ends the iteration with -1: debuggers and stack traces
 * index source files with these numbers, and a reader that accepted a line
 * of 0xFEEFEE or an offset past 2^29 would hand them nonsense.
 */
#include <string.h>

#include "image/image.h"

#define HIDDEN_LINE 0xFEEFEEu
#define LIMIT_IL_OFFSET 0x20000000u /* offsets and lines lie in [0, 2^29) */
#define LIMIT_LINE 0x20000000u
#define LIMIT_COLUMN 0x10000u      /* columns lie in [0, 2^16) */
#define LIMIT_RID 0x01000000u      /* a row id fits the 24 bits of a token */

static bool valid_rid(uint32_t rid) {
    return rid != 0 && rid < LIMIT_RID;
}

static bool valid_line(int64_t line) {
    return line >= 0 && line < LIMIT_LINE && line != HIDDEN_LINE;
}

static bool valid_column(int64_t column) {
    return column >= 0 && column < LIMIT_COLUMN;
}

/* Latches failure in the cursor, so every later call also returns -1. */
static int malformed(ImgSeqPointReader *reader) {
    reader->cursor.bad = true;
    return -1;
}

/*
 * A blob of size 0 is what img_blob returns for a SequencePoints index of 0,
 * the spec's "method has no sequence points": that is an empty iteration,
 * not an error. Any other blob must hold a complete header.
 */
bool img_seqpoints_begin(ImgSeqPointReader *reader, ImgBlob blob, uint32_t initial_document,
                         uint32_t *local_signature) {
    memset(reader, 0, sizeof *reader);
    reader->first = true;
    if (local_signature)
        *local_signature = 0;
    /* The zeroed cursor is already at its end; img_cursor would compute
     * NULL + 0 for a null blob. */
    if (blob.size == 0)
        return true;
    reader->cursor = img_cursor(blob);

    uint32_t signature = img_read_compressed(&reader->cursor);
    /* InitialDocument is present exactly when the row's Document is nil,
     * i.e. when the method spans several documents. */
    uint32_t document = initial_document;
    if (document == 0)
        document = img_read_compressed(&reader->cursor);
    if (reader->cursor.bad || signature >= LIMIT_RID || !valid_rid(document)) {
        reader->cursor.bad = true;
        return false;
    }
    reader->document = document;
    if (local_signature)
        *local_signature = signature;
    return true;
}

/* The line and column fields of a visible point, from ΔLines, ΔColumns
 * and the start deltas that follow them in the record. */
static bool read_visible(ImgSeqPointReader *reader, uint32_t delta_lines, int64_t delta_columns,
                         ImgSequencePoint *point) {
    ImgCursor *c = &reader->cursor;
    int64_t start_line, start_column;
    if (reader->have_visible) {
        start_line = (int64_t)reader->prev_visible.start_line + img_read_compressed_signed(c);
        start_column = (int64_t)reader->prev_visible.start_column + img_read_compressed_signed(c);
    } else {
        start_line = img_read_compressed(c);
        start_column = img_read_compressed(c);
    }
    int64_t end_line = start_line + delta_lines;
    int64_t end_column = start_column + delta_columns;
    if (c->bad || !valid_line(start_line) || !valid_line(end_line) || !valid_column(start_column) ||
        !valid_column(end_column))
        return false;

    /* ΔLines is unsigned, so End Line >= Start Line holds by construction;
     * on a single line ΔColumns was unsigned and non-zero, so End Column >
     * Start Column holds too. */
    point->start_line = (uint32_t)start_line;
    point->end_line = (uint32_t)end_line;
    point->start_column = (uint32_t)start_column;
    point->end_column = (uint32_t)end_column;
    point->hidden = false;
    return true;
}

/*
 * Reads a document-record's Document (its δILOffset of 0 already read).
 * The grammar lets document-records repeat and end the blob, so the caller
 * simply loops.
 */
static bool read_document(ImgSeqPointReader *reader) {
    uint32_t document = img_read_compressed(&reader->cursor);
    if (reader->cursor.bad || !valid_rid(document))
        return false;
    reader->document = document;
    return true;
}

int img_seqpoints_next(ImgSeqPointReader *reader, ImgSequencePoint *point) {
    ImgCursor *c = &reader->cursor;
    uint32_t delta_il;
    for (;;) {
        if (c->bad)
            return -1;
        if (c->pos == c->end) {
            /* The grammar requires a SequencePointRecord after the header.
             * Only the empty blob has none, and it alone leaves document 0,
             * since begin sets it whenever it reads a header. */
            bool header_only = reader->first && reader->document != 0;
            return header_only ? malformed(reader) : 0;
        }
        delta_il = img_read_compressed(c);
        /* The first record's δILOffset is absolute, so 0 there is offset 0;
         * anywhere else 0 introduces a document-record. */
        if (reader->first || delta_il != 0)
            break;
        if (!read_document(reader))
            return malformed(reader);
    }

    ImgSequencePoint next;
    memset(&next, 0, sizeof next);
    uint64_t il_offset = reader->first ? delta_il : (uint64_t)reader->prev.il_offset + delta_il;
    uint32_t delta_lines = img_read_compressed(c);
    /* ΔColumns is signed only when the point spans lines: on one line the
     * end column cannot precede the start. */
    int64_t delta_columns = delta_lines != 0 ? (int64_t)img_read_compressed_signed(c)
                                             : (int64_t)img_read_compressed(c);
    if (c->bad || il_offset >= LIMIT_IL_OFFSET)
        return malformed(reader);

    next.il_offset = (uint32_t)il_offset;
    next.document = reader->document;
    if (delta_lines == 0 && delta_columns == 0) {
        next.hidden = true;
        next.start_line = next.end_line = HIDDEN_LINE;
    } else {
        if (!read_visible(reader, delta_lines, delta_columns, &next))
            return malformed(reader);
        reader->prev_visible = next;
        reader->have_visible = true;
    }

    reader->prev = next;
    reader->first = false;
    *point = next;
    return 1;
}
