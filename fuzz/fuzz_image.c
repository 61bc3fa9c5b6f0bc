/*
 * fuzz_image.c - libFuzzer target over the image layer.
 *
 * Each input is opened as an image and, if it opens, disassembled in full
 * (every table, signature, custom attribute, method body and instruction
 * that `lucid dis` reaches), plus every sequence-point blob of a portable
 * PDB. Output goes to /dev/null: the fuzzer looks for crashes, hangs,
 * leaks and sanitizer reports, not for text.
 */
#include <stdint.h>
#include <stdio.h>

#include "diag/diag.h"
#include "image/image.h"

static FILE *sink;

static void walk_sequence_points(const ImgImage *img) {
    for (uint32_t rid = 1; rid <= img_row_count(img, IMG_TABLE_METHODDEBUGINFORMATION); rid++) {
        ImgSeqPointReader reader;
        uint32_t local_signature;
        ImgBlob blob = img_get_blob(img, IMG_TABLE_METHODDEBUGINFORMATION, rid,
                                    IMG_METHODDEBUGINFORMATION_SEQUENCEPOINTS);
        uint32_t document = img_get(img, IMG_TABLE_METHODDEBUGINFORMATION, rid,
                                    IMG_METHODDEBUGINFORMATION_DOCUMENT);
        if (!img_seqpoints_begin(&reader, blob, document, &local_signature))
            continue;
        ImgSequencePoint point;
        while (img_seqpoints_next(&reader, &point) > 0)
            fprintf(sink, "%u %u\n", point.il_offset, point.start_line);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!sink)
        sink = fopen("/dev/null", "w");
    ImgError error;
    ImgImage *img = img_open_memory(data, size, false, &error);
    if (!img)
        return 0;
    DiagDisOptions options = {.headers = true};
    diag_disassemble(sink, img, &options, NULL);
    walk_sequence_points(img);
    img_close(img);
    return 0;
}
