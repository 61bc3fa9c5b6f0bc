/*
 * text.c - managed strings made from C text and back: UTF-8 (what the
 * C library, the command line and the environment speak) to UTF-16 (what
 * System.String holds) and the reverse.
 *
 * Invalid UTF-8 decodes to U+FFFD per bad byte and lone surrogates encode
 * as U+FFFD, so that no input can make a string that is not well formed
 * in the other encoding.
 */
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

int32_t vm_string_length(const void *string) {
    return *(const int32_t *)((const uint8_t *)string + LD_STRING_LENGTH_OFFSET);
}

uint16_t *vm_string_chars(const void *string) {
    return (uint16_t *)((uint8_t *)string + LD_STRING_CHARS_OFFSET);
}

void *vm_new_string(VmRuntime *vm, VmThread *thread, const uint16_t *chars, uint32_t length) {
    size_t size = LD_STRING_CHARS_OFFSET + 2 * ((size_t)length + 1);
    if (length > INT32_MAX / 2)
        return NULL;
    GcObject *s = gc_alloc(vm->heap, &thread->alloc, vm->string_type, size,
                           size >= GC_LARGE_OBJECT_SIZE ? GC_ALLOC_LARGE : 0);
    if (!s)
        return NULL;
    *(int32_t *)((uint8_t *)s + LD_STRING_LENGTH_OFFSET) = (int32_t)length;
    if (length && chars)
        memcpy(vm_string_chars(s), chars, 2 * (size_t)length);
    return s;
}

/* One code point from UTF-8 at *p (before end), advancing *p. */
static uint32_t decode_utf8(const uint8_t **p, const uint8_t *end) {
    uint32_t c = *(*p)++;
    if (c < 0x80)
        return c;
    int extra = c >= 0xF0 && c < 0xF5 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
    if (extra < 0 || end - *p < extra)
        return 0xFFFD;
    uint32_t value = c & (0x3Fu >> extra);
    for (int i = 0; i < extra; i++) {
        if (((*p)[i] & 0xC0) != 0x80)
            return 0xFFFD;
        value = value << 6 | ((*p)[i] & 0x3F);
    }
    static const uint32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (value < smallest[extra] || value > 0x10FFFF || (value >= 0xD800 && value < 0xE000))
        return 0xFFFD;
    *p += extra;
    return value;
}

uint16_t *vm_utf8_to_utf16(const char *utf8, size_t size, uint32_t *length) {
    uint16_t *chars = malloc((size + 1) * sizeof *chars); /* never more units than bytes */
    if (!chars)
        return NULL;
    const uint8_t *p = (const uint8_t *)utf8, *end = p + size;
    uint32_t n = 0;
    while (p < end) {
        uint32_t c = decode_utf8(&p, end);
        if (c >= 0x10000) {
            chars[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
            c = 0xDC00 + ((c - 0x10000) & 0x3FF);
        }
        chars[n++] = (uint16_t)c;
    }
    *length = n;
    return chars;
}

void *vm_new_string_utf8(VmRuntime *vm, VmThread *thread, const char *utf8, size_t size) {
    uint32_t length;
    uint16_t *chars = vm_utf8_to_utf16(utf8, size, &length);
    void *s = chars ? vm_new_string(vm, thread, chars, length) : NULL;
    free(chars);
    return s;
}

char *vm_utf16_to_utf8(const uint16_t *chars, size_t length, size_t *size) {
    char *out = malloc(3 * length + 1); /* a UTF-16 unit never needs more than 3 bytes */
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < length; i++) {
        uint32_t c = chars[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < length && chars[i + 1] >= 0xDC00 && chars[i + 1] < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (chars[++i] - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000)
            c = 0xFFFD;
        if (c < 0x80) {
            out[n++] = (char)c;
        } else if (c < 0x800) {
            out[n++] = (char)(0xC0 | c >> 6);
            out[n++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[n++] = (char)(0xE0 | c >> 12);
            out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[n++] = (char)(0xF0 | c >> 18);
            out[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[n] = 0;
    if (size)
        *size = n;
    return out;
}

char *vm_string_to_utf8(const void *string) {
    return vm_utf16_to_utf8(vm_string_chars(string), (size_t)vm_string_length(string), NULL);
}
