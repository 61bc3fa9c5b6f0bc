/*
 * diag.h - Lucid's observability: for now the disassembler behind
 * `lucid dis`, which shows what the image layer decodes. Events, counters,
 * perf maps and the rest of the diagnostics land here as they are built.
 */
#ifndef LUCID_DIAG_H
#define LUCID_DIAG_H

#include <stdio.h>

#include "image/image.h"

typedef struct DiagDisOptions {
    const char *type_filter;   /* print only types whose full name matches, or NULL */
    const char *method_filter; /* print only methods named so (or Type::Name), or NULL */
    bool headers;              /* print PE, CLI and metadata headers and table sizes */
} DiagDisOptions;

/* What went wrong while printing: malformed bodies, signatures, tokens or
 * constants, each also printed inline as a comment. */
typedef struct DiagDisReport {
    unsigned problems;
    char first_problem[200];
} DiagDisReport;

/* Print the image as IL assembler text. Returns the number of problems
 * (report, if not NULL, also describes the first), so callers can tell a
 * clean image from a damaged one. */
unsigned diag_disassemble(FILE *out, const ImgImage *img, const DiagDisOptions *options, DiagDisReport *report);

#endif
