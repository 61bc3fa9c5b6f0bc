/*
 * encoding.c - System.Text.EncodingHelper: the encoding of the C locale
 * (LC_CTYPE, taken from the environment at startup), which becomes the
 * Console's encoding. As on mono, LANG=C means ASCII and a UTF-8 locale
 * UTF-8.
 */
#include <ctype.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

#include "icall/internal.h"

/* Charset names by corlib's internal code page number (1 ASCII, 2 UTF-7,
 * 3 UTF-8, 4 UTF-16LE, 5 UTF-16BE, 6 Latin-1), lower case with '_' for
 * '-', as the charset is normalised before the lookup. */
static const struct {
    int code;
    const char *name;
} aliases[] = {
    {1, "ascii"}, {1, "us_ascii"}, {1, "us"}, {1, "ansi_x3.4_1968"}, {1, "ansi_x3.4_1986"}, {1, "cp367"},
    {1, "csascii"}, {1, "ibm367"}, {1, "iso_ir_6"}, {1, "iso646_us"}, {1, "iso_646.irv:1991"},
    {2, "utf_7"}, {2, "csunicode11utf7"}, {2, "unicode_1_1_utf_7"}, {2, "unicode_2_0_utf_7"},
    {2, "x_unicode_1_1_utf_7"}, {2, "x_unicode_2_0_utf_7"},
    {3, "utf_8"}, {3, "unicode_1_1_utf_8"}, {3, "unicode_2_0_utf_8"}, {3, "x_unicode_1_1_utf_8"},
    {3, "x_unicode_2_0_utf_8"},
    {4, "utf_16"}, {4, "ucs_2"}, {4, "unicode"}, {4, "iso_10646_ucs2"},
    {5, "unicodefffe"}, {5, "utf_16be"},
    {6, "iso_8859_1"},
};

/* InternalCodePage(ref int code_page): the code page number if the
 * charset is known (UTF-8 flagged with 0x10000000), else -1 and, when the
 * caller asked for it, the charset's name. */
static bool internal_code_page(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *code_page = args[0].p;
    bool want_name = *code_page != 0;
    const char *charset = nl_langinfo(CODESET);
    char normal[64];
    size_t n = 0;
    for (const char *p = charset; *p && n + 1 < sizeof normal; p++)
        normal[n++] = *p == '-' ? '_' : (char)tolower((unsigned char)*p);
    normal[n] = 0;
    *code_page = -1;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(aliases[i].name, normal)) {
            *code_page = aliases[i].code;
            break;
        }
    if (strstr(normal, "utf_8"))
        *code_page |= 0x10000000;
    if (want_name && *code_page == -1)
        return icall_return_utf8(context, charset, result);
    result->p = NULL;
    return true;
}

const VmIcall icall_encoding[] = {
    {"System.Text.EncodingHelper::InternalCodePage", internal_code_page},
};
const uint32_t icall_encoding_count = ICALL_COUNT(icall_encoding);
