/*
 * assembly.c - what reflection says about assemblies: the display name
 * ("mscorlib, Version=4.0.0.0, Culture=neutral,
 * PublicKeyToken=b77a5c561934e089") that assembly-qualified type names
 * end with. A public key token is the last 8 bytes of the key's SHA-1,
 * reversed (ECMA-335 II.6.2.1.3), hence the small SHA-1 here.
 */
#include <stdio.h>
#include <string.h>

#include "icall/internal.h"

static uint32_t rotl(uint32_t x, unsigned n) {
    return (x << n) | (x >> (32 - n));
}

static void sha1_block(uint32_t h[5], const uint8_t *block) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)block[4 * i] << 24 | (uint32_t)block[4 * i + 1] << 16 | (uint32_t)block[4 * i + 2] << 8 |
               block[4 * i + 3];
    for (int i = 16; i < 80; i++)
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20)
            f = (b & c) | (~b & d), k = 0x5A827999;
        else if (i < 40)
            f = b ^ c ^ d, k = 0x6ED9EBA1;
        else if (i < 60)
            f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
        else
            f = b ^ c ^ d, k = 0xCA62C1D6;
        uint32_t next = rotl(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rotl(b, 30), b = a, a = next;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

static void sha1(const uint8_t *data, size_t size, uint8_t digest[20]) {
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    size_t full = size / 64 * 64;
    for (size_t i = 0; i < full; i += 64)
        sha1_block(h, data + i);
    uint8_t tail[128] = {0};
    size_t rest = size - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tail_size = rest + 9 <= 64 ? 64 : 128;
    uint64_t bits = (uint64_t)size * 8;
    for (int i = 0; i < 8; i++)
        tail[tail_size - 1 - i] = (uint8_t)(bits >> (8 * i));
    for (size_t i = 0; i < tail_size; i += 64)
        sha1_block(h, tail + i);
    for (int i = 0; i < 20; i++)
        digest[i] = (uint8_t)(h[i / 4] >> (24 - 8 * (i % 4)));
}

void icall_assembly_display_name(const LdAssembly *assembly, char *buffer, size_t size) {
    const ImgImage *img = assembly->image;
    if (!img_row_count(img, IMG_TABLE_ASSEMBLY)) {
        snprintf(buffer, size, "%s", assembly->name);
        return;
    }
    const char *culture = img_get_string(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_CULTURE);
    ImgBlob key = img_get_blob(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_PUBLICKEY);
    char token[17] = "null";
    if (key.size) {
        uint8_t digest[20];
        sha1(key.data, key.size, digest);
        for (int i = 0; i < 8; i++)
            snprintf(token + 2 * i, 3, "%02x", digest[19 - i]);
    }
    snprintf(buffer, size, "%s, Version=%u.%u.%u.%u, Culture=%s, PublicKeyToken=%s", assembly->name,
             img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MAJOR), img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MINOR),
             img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_BUILD),
             img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_REVISION), culture[0] ? culture : "neutral", token);
}
