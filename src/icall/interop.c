/*
 * interop.c - Interop.Sys, corlib's door to the C library that mono
 * answers with internal calls (rather than libmono-native).
 */
#include <stdio.h>
#include <string.h>

#include "icall/internal.h"

/* A printf format with exactly one floating-point conversion and nothing
 * else: corlib passes "%.17g" and friends, and nothing more may reach
 * snprintf. */
static bool double_format(const char *format) {
    const char *p = format;
    if (*p++ != '%')
        return false;
    p += strspn(p, "-+ #0");
    p += strspn(p, "0123456789");
    if (*p == '.') {
        p++;
        p += strspn(p, "0123456789");
    }
    return *p && strchr("eEfFgGaA", *p) && p[1] == 0 && p - format < 16;
}

/* DoubleToString(value, format, buffer, length): snprintf's count. */
static bool double_to_string(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *format = args[1].p;
    if (!format || !args[2].p || args[3].i4 < 0 || !double_format(format))
        return icall_throw_argument(context, "bad format for Interop.Sys.DoubleToString", "format");
    result->i4 = snprintf(args[2].p, (size_t)args[3].i4, format, args[0].r8);
    return true;
}

const VmIcall icall_interop[] = {
    {"Interop+Sys::DoubleToString", double_to_string},
};
const uint32_t icall_interop_count = ICALL_COUNT(icall_interop);
