/*
 * test_pdb.c - the portable PDB SequencePoints blob reader.
 *
 * Blobs are built here with the test's own compressed-integer encoders
 * (II.23.2), record by record, so each test states the points it encodes
 * and the truncation test knows where every record ends.
 */
#include <stdlib.h>

#include "image/image.h"
#include "unit.h"

typedef struct Blob {
    uint8_t data[512];
    uint32_t size;
    uint32_t ends[64];   /* offsets at which a record ends */
    uint32_t points[64]; /* sequence points before each such offset */
    uint32_t end_count;
    uint32_t point_count;
} Blob;

/* The compressed form with exactly `bytes` bytes (1, 2 or 4). */
static void put_form(Blob *b, uint32_t raw, int bytes) {
    if (bytes == 1) {
        b->data[b->size++] = (uint8_t)raw;
    } else if (bytes == 2) {
        b->data[b->size++] = (uint8_t)(0x80 | (raw >> 8));
        b->data[b->size++] = (uint8_t)raw;
    } else {
        b->data[b->size++] = (uint8_t)(0xC0 | (raw >> 24));
        b->data[b->size++] = (uint8_t)(raw >> 16);
        b->data[b->size++] = (uint8_t)(raw >> 8);
        b->data[b->size++] = (uint8_t)raw;
    }
}

static void put_u(Blob *b, uint32_t v) {
    put_form(b, v, v < 0x80 ? 1 : v < 0x4000 ? 2 : 4);
}

/* Signed: the two's complement of v in 6, 13 or 28 bits plus a sign bit,
 * rotated so the sign bit comes last. */
static void put_s(Blob *b, int32_t v) {
    uint32_t sign = v < 0;
    if (v >= -64 && v < 64)
        put_form(b, (((uint32_t)v & 0x3F) << 1) | sign, 1);
    else if (v >= -8192 && v < 8192)
        put_form(b, (((uint32_t)v & 0x1FFF) << 1) | sign, 2);
    else
        put_form(b, (((uint32_t)v & 0x0FFFFFFF) << 1) | sign, 4);
}

static void end_record(Blob *b, bool is_point) {
    b->point_count += is_point;
    b->ends[b->end_count] = b->size;
    b->points[b->end_count] = b->point_count;
    b->end_count++;
}

static void header(Blob *b, uint32_t local_signature) {
    memset(b, 0, sizeof *b);
    put_u(b, local_signature);
}

static void header_doc(Blob *b, uint32_t local_signature, uint32_t initial_document) {
    header(b, local_signature);
    put_u(b, initial_document);
}

/*
 * A visible point. d_lines/d_columns are ΔLines/ΔColumns; line/column are
 * absolute for the first visible point and deltas from the previous visible
 * one after it, as the blob stores them.
 */
static void visible(Blob *b, uint32_t d_il, uint32_t d_lines, int32_t d_columns, bool first_visible,
                    int32_t line, int32_t column) {
    put_u(b, d_il);
    put_u(b, d_lines);
    if (d_lines == 0)
        put_u(b, (uint32_t)d_columns);
    else
        put_s(b, d_columns);
    if (first_visible) {
        put_u(b, (uint32_t)line);
        put_u(b, (uint32_t)column);
    } else {
        put_s(b, line);
        put_s(b, column);
    }
    end_record(b, true);
}

static void hidden(Blob *b, uint32_t d_il) {
    put_u(b, d_il);
    put_u(b, 0);
    put_u(b, 0);
    end_record(b, true);
}

static void document(Blob *b, uint32_t rid) {
    put_u(b, 0);
    put_u(b, rid);
    end_record(b, false);
}

#define MAX_POINTS 64
#define BEGIN_FAILED (-2)

typedef struct Result {
    int status; /* 0 clean end, -1 malformed, BEGIN_FAILED */
    uint32_t local_signature;
    uint32_t count;
    ImgSequencePoint points[MAX_POINTS];
} Result;

/* Reads every point from a heap copy of exactly `size` bytes, so ASan
 * catches any read past the blob. */
static void read_all(const uint8_t *bytes, uint32_t size, uint32_t initial_document, Result *r) {
    memset(r, 0, sizeof *r);
    uint8_t *copy = malloc(size ? size : 1);
    if (size)
        memcpy(copy, bytes, size);
    ImgBlob blob = {size ? copy : NULL, size};
    ImgSeqPointReader reader;
    r->local_signature = 0xDEADBEEF;
    if (!img_seqpoints_begin(&reader, blob, initial_document, &r->local_signature)) {
        r->status = BEGIN_FAILED;
        /* A failed begin leaves a reader that only reports the failure. */
        ImgSequencePoint p;
        if (img_seqpoints_next(&reader, &p) != -1)
            r->status = 99;
        free(copy);
        return;
    }
    for (;;) {
        ImgSequencePoint p;
        int rc = img_seqpoints_next(&reader, &p);
        if (rc == 1 && r->count < MAX_POINTS) {
            r->points[r->count++] = p;
            continue;
        }
        r->status = rc;
        /* The end and a failure both stay put. */
        if (rc <= 0 && img_seqpoints_next(&reader, &p) != rc)
            r->status = 98;
        break;
    }
    free(copy);
}

static void read_blob(const Blob *b, uint32_t initial_document, Result *r) {
    read_all(b->data, b->size, initial_document, r);
}

#define CHECK_POINT(p, il, doc, sl, sc, el, ec)  \
    do {                                         \
        CHECK_EQ((p).il_offset, il);             \
        CHECK_EQ((p).document, doc);             \
        CHECK_EQ((p).start_line, sl);            \
        CHECK_EQ((p).start_column, sc);          \
        CHECK_EQ((p).end_line, el);              \
        CHECK_EQ((p).end_column, ec);            \
        CHECK(!(p).hidden);                      \
    } while (0)

#define CHECK_HIDDEN(p, il, doc)                 \
    do {                                         \
        CHECK_EQ((p).il_offset, il);             \
        CHECK_EQ((p).document, doc);             \
        CHECK_EQ((p).start_line, 0xFEEFEE);      \
        CHECK_EQ((p).end_line, 0xFEEFEE);        \
        CHECK_EQ((p).start_column, 0);           \
        CHECK_EQ((p).end_column, 0);             \
        CHECK((p).hidden);                       \
    } while (0)

/* ------------------------------------------------------------------ */

/* Deltas of every kind, with the document taken from the caller. */
static void test_basic(void) {
    Blob b;
    Result r;
    header(&b, 0x11);
    visible(&b, 0, 0, 5, true, 10, 9);    /* IL_0000 10:9-10:14 */
    visible(&b, 3, 2, -4, false, 1, -2);  /* IL_0003 11:7-13:3 */
    hidden(&b, 2);                        /* IL_0005 hidden */
    visible(&b, 1, 0, 1, false, -1, 3);   /* IL_0006 10:10-10:11, from 11:7 not the hidden one */
    visible(&b, 10, 1, 0, false, 5, -10); /* IL_0010 15:0-16:0 */
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.local_signature, 0x11);
    CHECK_EQ(r.count, 5);
    CHECK_POINT(r.points[0], 0, 1, 10, 9, 10, 14);
    CHECK_POINT(r.points[1], 3, 1, 11, 7, 13, 3);
    CHECK_HIDDEN(r.points[2], 5, 1);
    CHECK_POINT(r.points[3], 6, 1, 10, 10, 10, 11);
    CHECK_POINT(r.points[4], 16, 1, 15, 0, 16, 0);
}

/* The first record's δILOffset is the offset itself, 0 included. */
static void test_first_offset(void) {
    Blob b;
    Result r;
    header(&b, 0);
    visible(&b, 0x1234, 0, 2, true, 1, 1);
    visible(&b, 1, 0, 2, false, 0, 0);
    read_blob(&b, 7, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.local_signature, 0);
    CHECK_EQ(r.count, 2);
    CHECK_POINT(r.points[0], 0x1234, 7, 1, 1, 1, 3);
    CHECK_POINT(r.points[1], 0x1235, 7, 1, 1, 1, 3);

    /* A first record with δILOffset 0 is a point at offset 0, not a
     * document-record. */
    header(&b, 0);
    hidden(&b, 0);
    hidden(&b, 4);
    read_blob(&b, 2, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.count, 2);
    CHECK_HIDDEN(r.points[0], 0, 2);
    CHECK_HIDDEN(r.points[1], 4, 2);
}

/* Until the first visible point, start line and column are absolute and
 * unsigned, however many hidden points come first. */
static void test_hidden_first(void) {
    Blob b;
    Result r;
    header(&b, 3);
    hidden(&b, 0);
    hidden(&b, 2);
    visible(&b, 2, 0, 70, true, 100, 90); /* unsigned: 100 and 90 would be misread as signed */
    hidden(&b, 1);
    visible(&b, 1, 0, 1, false, -100, -90);
    read_blob(&b, 4, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.count, 5);
    CHECK_HIDDEN(r.points[0], 0, 4);
    CHECK_HIDDEN(r.points[1], 2, 4);
    CHECK_POINT(r.points[2], 4, 4, 100, 90, 100, 160);
    CHECK_HIDDEN(r.points[3], 5, 4);
    CHECK_POINT(r.points[4], 6, 4, 0, 0, 0, 1);
}

static void test_initial_document(void) {
    Blob b;
    Result r;

    /* Document nil in the row: the blob names the first document. */
    header_doc(&b, 9, 3);
    visible(&b, 0, 0, 1, true, 1, 1);
    document(&b, 5);
    visible(&b, 4, 0, 1, false, 1, 0);
    read_blob(&b, 0, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.local_signature, 9);
    CHECK_EQ(r.count, 2);
    CHECK_POINT(r.points[0], 0, 3, 1, 1, 1, 2);
    CHECK_POINT(r.points[1], 4, 5, 2, 1, 2, 2);

    /* The same bytes with a document given: the 3 is now the first
     * record's δILOffset, and everything after shifts. */
    read_blob(&b, 8, &r);
    CHECK(r.count >= 1);
    CHECK_HIDDEN(r.points[0], 3, 8);

    /* Document given: no InitialDocument in the blob. */
    header(&b, 9);
    visible(&b, 3, 0, 1, true, 1, 1);
    read_blob(&b, 6, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.count, 1);
    CHECK_POINT(r.points[0], 3, 6, 1, 1, 1, 2);

    /* Document nil and the blob ends before InitialDocument, or names
     * document 0, or a row id no token can hold. */
    header(&b, 9);
    read_blob(&b, 0, &r);
    CHECK_EQ(r.status, BEGIN_FAILED);
    header_doc(&b, 9, 0);
    visible(&b, 0, 0, 1, true, 1, 1);
    read_blob(&b, 0, &r);
    CHECK_EQ(r.status, BEGIN_FAILED);
    header_doc(&b, 9, 0x01000000);
    visible(&b, 0, 0, 1, true, 1, 1);
    read_blob(&b, 0, &r);
    CHECK_EQ(r.status, BEGIN_FAILED);
    header_doc(&b, 9, 0x00FFFFFF);
    visible(&b, 0, 0, 1, true, 1, 1);
    read_blob(&b, 0, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.points[0].document, 0x00FFFFFF);
}

static void test_document_records(void) {
    Blob b;
    Result r;
    header(&b, 1);
    visible(&b, 0, 0, 1, true, 5, 1);
    document(&b, 2);
    document(&b, 3); /* document-records may follow each other */
    visible(&b, 2, 0, 1, false, 1, 0);
    hidden(&b, 2);
    document(&b, 1);
    hidden(&b, 1);
    visible(&b, 1, 0, 1, false, 1, 0); /* deltas still run across documents */
    document(&b, 4);                   /* and may end the blob */
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.count, 5);
    CHECK_POINT(r.points[0], 0, 1, 5, 1, 5, 2);
    CHECK_POINT(r.points[1], 2, 3, 6, 1, 6, 2);
    CHECK_HIDDEN(r.points[2], 4, 3);
    CHECK_HIDDEN(r.points[3], 5, 1);
    CHECK_POINT(r.points[4], 6, 1, 7, 1, 7, 2);
}

/* A zero δILOffset after the first record is a document-record, whose
 * Document must be there and be a row id. */
static void test_zero_delta_il(void) {
    Blob b;
    Result r;

    header(&b, 1);
    visible(&b, 0, 0, 1, true, 5, 1);
    put_u(&b, 0);
    put_u(&b, 0); /* document 0 */
    visible(&b, 1, 0, 1, false, 0, 0);
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, -1);
    CHECK_EQ(r.count, 1);

    header(&b, 1);
    visible(&b, 0, 0, 1, true, 5, 1);
    put_u(&b, 0); /* δILOffset 0 and nothing after it */
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, -1);
    CHECK_EQ(r.count, 1);

    header(&b, 1);
    visible(&b, 0, 0, 1, true, 5, 1);
    put_u(&b, 0);
    put_u(&b, 0x01000000); /* past any row id */
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, -1);

    /* A record shaped like a point with δILOffset 0 does not make a point
     * at the same offset: its ΔLines is read as a document. */
    header(&b, 1);
    visible(&b, 0, 0, 1, true, 5, 1);
    visible(&b, 0, 0, 1, false, 0, 0);
    read_blob(&b, 1, &r);
    CHECK_EQ(r.count, 1);
    CHECK_EQ(r.status, -1);
}

static void test_empty_and_header_only(void) {
    Result r;
    /* SequencePoints index 0: an empty blob, no points. */
    read_all(NULL, 0, 1, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.count, 0);
    CHECK_EQ(r.local_signature, 0);
    read_all(NULL, 0, 0, &r);
    CHECK_EQ(r.status, 0);

    /* A header needs at least one SequencePointRecord after it. */
    Blob b;
    header(&b, 5);
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, -1);
    CHECK_EQ(r.local_signature, 5);
    header_doc(&b, 5, 2);
    read_blob(&b, 0, &r);
    CHECK_EQ(r.status, -1);

    /* LocalSignature is a StandAloneSig row id; 0 means no locals. */
    header(&b, 0x00FFFFFF);
    hidden(&b, 0);
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.local_signature, 0x00FFFFFF);
    header(&b, 0x01000000);
    hidden(&b, 0);
    read_blob(&b, 1, &r);
    CHECK_EQ(r.status, BEGIN_FAILED);

    /* A NULL local_signature is allowed. */
    header(&b, 4);
    hidden(&b, 0);
    ImgSeqPointReader reader;
    ImgBlob blob = {b.data, b.size};
    CHECK(img_seqpoints_begin(&reader, blob, 1, NULL));
    ImgSequencePoint p;
    CHECK_EQ(img_seqpoints_next(&reader, &p), 1);
    CHECK_EQ(img_seqpoints_next(&reader, &p), 0);
}

/* Multi-byte forms of every field, and negative deltas in each signed form. */
static void test_wide_values(void) {
    Blob b;
    Result r;
    header_doc(&b, 0x4000, 0x3FFF);
    visible(&b, 0x3FFF, 0x4000, -0x2000, true, 300000, 0x4000);
    visible(&b, 0x4000, 1, 0, false, -100, -0x1FFF);
    visible(&b, 0x1000000, 0, 0x7F, false, -8192, 8191);
    visible(&b, 1, 0, 0x80, false, -0x10000, 0x4000);
    visible(&b, 1, 3, 0x1FFF, false, 0x0FFFFFFF - 300000 + 8192 + 0x10000 + 100, -0x4000);
    read_blob(&b, 0, &r);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.local_signature, 0x4000);
    CHECK_EQ(r.count, 5);
    CHECK_POINT(r.points[0], 0x3FFF, 0x3FFF, 300000, 0x4000, 300000 + 0x4000, 0x2000);
    CHECK_POINT(r.points[1], 0x7FFF, 0x3FFF, 299900, 0x2001, 299901, 0x2001);
    CHECK_POINT(r.points[2], 0x1007FFF, 0x3FFF, 291708, 0x4000, 291708, 0x4000 + 0x7F);
    CHECK_POINT(r.points[3], 0x1008000, 0x3FFF, 226172, 0x8000, 226172, 0x8000 + 0x80);
    CHECK_POINT(r.points[4], 0x1008001, 0x3FFF, 0x0FFFFFFF, 0x4000, 0x0FFFFFFF + 3, 0x5FFF);
}

static int read_status(const Blob *b, uint32_t initial_document, uint32_t *count) {
    Result r;
    read_blob(b, initial_document, &r);
    if (count)
        *count = r.count;
    return r.status;
}

static void test_out_of_range(void) {
    Blob b;
    uint32_t n;

    /* IL offsets stop below 0x20000000. */
    header(&b, 0);
    hidden(&b, 0x1FFFFFFF);
    CHECK_EQ(read_status(&b, 1, &n), 0);
    hidden(&b, 1);
    CHECK_EQ(read_status(&b, 1, &n), -1);
    CHECK_EQ(n, 1);
    header(&b, 0);
    visible(&b, 0x10000000, 0, 1, true, 1, 1);
    visible(&b, 0x0FFFFFFF, 0, 1, false, 0, 0);
    CHECK_EQ(read_status(&b, 1, &n), 0);
    visible(&b, 1, 0, 1, false, 0, 0);
    CHECK_EQ(read_status(&b, 1, &n), -1);
    CHECK_EQ(n, 2);

    /* Lines: below 0x20000000 and never 0xFEEFEE on a visible point. */
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 0x1FFFFFFF, 0);
    CHECK_EQ(read_status(&b, 1, NULL), 0);
    header(&b, 0);
    visible(&b, 0, 1, 0, true, 0x1FFFFFFF, 0); /* end line 0x20000000 */
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 0xFEEFEE, 0);
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 1, 1, true, 0xFEEFED, 0); /* end line 0xFEEFEE */
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 2, 1, true, 0xFEEFED, 0); /* spans 0xFEEFEE: only the ends are checked */
    CHECK_EQ(read_status(&b, 1, NULL), 0);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 0, 0); /* line 0 is in range */
    CHECK_EQ(read_status(&b, 1, NULL), 0);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 5, 0);
    visible(&b, 1, 0, 1, false, -6, 0); /* start line -1 */
    CHECK_EQ(read_status(&b, 1, &n), -1);
    CHECK_EQ(n, 1);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 5, 0);
    visible(&b, 1, 0, 1, false, 0xFEEFEE - 5, 0); /* delta onto 0xFEEFEE */
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 0x1FFFFFFF, 0);
    visible(&b, 1, 0, 1, false, 1, 0); /* delta past the limit */
    CHECK_EQ(read_status(&b, 1, NULL), -1);

    /* Columns: below 0x10000, at both ends. */
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 1, 0xFFFE);
    CHECK_EQ(read_status(&b, 1, NULL), 0);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 1, 0xFFFF); /* end column 0x10000 */
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 1, 0x10000);
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 0, 0x10000, true, 1, 0);
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 1, -5, true, 1, 5); /* multi-line, end column 0 < start column */
    CHECK_EQ(read_status(&b, 1, NULL), 0);
    header(&b, 0);
    visible(&b, 0, 1, -6, true, 1, 5); /* end column -1 */
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 1, 5);
    visible(&b, 1, 0, 1, false, 0, -6); /* start column -1 */
    CHECK_EQ(read_status(&b, 1, NULL), -1);
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 1, 0xFFFE);
    visible(&b, 1, 0, 1, false, 0, 2); /* start column 0x10000 */
    CHECK_EQ(read_status(&b, 1, NULL), -1);

    /* Compressed integers with no valid form. */
    header(&b, 0);
    visible(&b, 0, 0, 1, true, 1, 1);
    b.data[b.size++] = 0xE0;
    CHECK_EQ(read_status(&b, 1, &n), -1);
    CHECK_EQ(n, 1);
    header(&b, 0);
    b.data[b.size++] = 0xFF; /* as InitialDocument */
    CHECK_EQ(read_status(&b, 0, NULL), BEGIN_FAILED);
    CHECK_EQ(read_status(&b, 1, NULL), -1); /* as the first δILOffset */
    {
        Result r;
        read_all((const uint8_t[]){0xFF, 0x00, 0x00, 0x01, 0x01, 0x01}, 6, 1, &r);
        CHECK_EQ(r.status, BEGIN_FAILED); /* as LocalSignature */
    }
}

/*
 * Every prefix of a blob that exercises every record kind: a prefix that
 * ends where a record ends is a valid shorter blob (once the first record is
 * complete); any other is malformed and must fail without reading past it.
 */
static void check_prefixes(const Blob *b, uint32_t initial_document, uint32_t header_size) {
    for (uint32_t k = 0; k <= b->size; k++) {
        Result r;
        read_all(b->data, k, initial_document, &r);
        int want = -1;
        uint32_t want_points = 0;
        if (k == 0) {
            want = 0;
        } else if (k < header_size) {
            want = BEGIN_FAILED;
        }
        for (uint32_t e = 0; e < b->end_count; e++) {
            if (b->ends[e] == k) {
                want = 0;
                want_points = b->points[e];
            }
        }
        /* The points read before a failure are the complete ones. */
        if (want == -1)
            for (uint32_t e = 0; e < b->end_count && b->ends[e] < k; e++)
                want_points = b->points[e];
        if (r.status != want || r.count != want_points) {
            printf("  prefix %u of %u: status %d (want %d), %u points (want %u)\n", k, b->size, r.status,
                   want, r.count, want_points);
            CHECK(0);
        }
    }
}

static void test_truncation(void) {
    Blob b;
    header_doc(&b, 0x2345, 0x1234);
    uint32_t header_size = b.size;
    visible(&b, 0x90, 0, 3, true, 0x4001, 0x81);
    hidden(&b, 0x4000);
    visible(&b, 2, 2, -0x80, false, -0x2001, 7);
    document(&b, 0x12345);
    visible(&b, 0x1FFF, 0x10000, 0x100, false, 0x100000, -0x81);
    hidden(&b, 1);
    document(&b, 3);
    check_prefixes(&b, 0, header_size);

    /* The same with the document from the row: the header is one field. */
    header(&b, 0x2345);
    header_size = b.size;
    hidden(&b, 0);
    visible(&b, 0x81, 0, 1, true, 0x3FFF, 0x3FFF);
    document(&b, 2);
    visible(&b, 1, 0x4000, -1, false, -1, -1);
    check_prefixes(&b, 5, header_size);
}

int main(void) {
    RUN(test_basic);
    RUN(test_first_offset);
    RUN(test_hidden_first);
    RUN(test_initial_document);
    RUN(test_document_records);
    RUN(test_zero_delta_il);
    RUN(test_empty_and_header_only);
    RUN(test_wide_values);
    RUN(test_out_of_range);
    RUN(test_truncation);
    UNIT_END();
}
