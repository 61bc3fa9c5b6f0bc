/*
 * culture.c - System.Globalization's internal calls. Lucid knows the
 * invariant culture only (the culture tables of named locales are not
 * carried yet): the current locale's name is found as mono finds it, so
 * that LANG=C and unset behave the same, and asking for a named culture's
 * data fails, which corlib answers with the invariant culture.
 */
#include <ctype.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "icall/internal.h"

/* LC_ALL, else LANG, else the C library's locale; "C" means none. The
 * name is cut at '.' and '@', '_' becomes '-', all lower case:
 * "en_US.UTF-8" is "en-us". */
static bool current_locale_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *locale = getenv("LC_ALL");
    if (!locale)
        locale = getenv("LANG");
    if (!locale)
        locale = setlocale(LC_ALL, NULL);
    if (!locale || !strcmp(locale, "C")) {
        result->p = NULL;
        return true;
    }
    char name[64];
    size_t n = 0;
    for (const char *p = locale; *p && *p != '.' && *p != '@' && n + 1 < sizeof name; p++)
        name[n++] = *p == '_' ? '-' : (char)tolower((unsigned char)*p);
    name[n] = 0;
    return icall_return_utf8(context, name, result);
}

/* No named culture's data is known: corlib then throws
 * CultureNotFoundException, or falls back to the invariant culture. */
static bool no_culture_data(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

const VmIcall icall_culture[] = {
    {"System.Globalization.CultureInfo::get_current_locale_name", current_locale_name},
    {"System.Globalization.CultureInfo::construct_internal_locale_from_name", no_culture_data},
    {"System.Globalization.CultureInfo::construct_internal_locale_from_lcid", no_culture_data},
};
const uint32_t icall_culture_count = ICALL_COUNT(icall_culture);
