/*
 * internal.h - what the image layer's own files share and nobody else sees.
 */
#ifndef LUCID_IMAGE_INTERNAL_H
#define LUCID_IMAGE_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "image/image.h"

#define IMG_CODED_UNUSED 0xFF
#define IMG_CODED_MAX_TABLES 27

typedef struct ImgCodedSchema {
    uint8_t tag_bits;
    uint8_t table_count;
    uint8_t tables[IMG_CODED_MAX_TABLES];
} ImgCodedSchema;

extern const ImgCodedSchema img_coded_schema[IMG_CODED_COUNT];

/* Little-endian loads from possibly unaligned file bytes. */
static inline uint16_t img_le16(const uint8_t *p) {
    return (uint16_t)(p[0] | (p[1] << 8));
}
static inline uint32_t img_le32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static inline uint64_t img_le64(const uint8_t *p) {
    return (uint64_t)img_le32(p) | ((uint64_t)img_le32(p + 4) << 32);
}

#endif
