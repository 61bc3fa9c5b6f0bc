/*
 * unit.h - the smallest test harness that does the job: each test binary
 * runs its UNIT_TEST functions from main(), counts checks per test, and
 * ends with the line "N passed, N failed" that tests/run adds up.
 * A test fails if any of its checks fails; the failing check is printed
 * with file and line so the log says what broke without a debugger.
 */
#ifndef LUCID_UNIT_H
#define LUCID_UNIT_H

#include <stdio.h>
#include <string.h>
#include <stdint.h>

static int unit_current_failed;
static int unit_passed, unit_failed;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            printf("  %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);         \
            unit_current_failed = 1;                                                  \
        }                                                                             \
    } while (0)

#define CHECK_EQ(a, b)                                                                \
    do {                                                                              \
        long long unit_a = (long long)(a), unit_b = (long long)(b);                   \
        if (unit_a != unit_b) {                                                       \
            printf("  %s:%d: %s == %s failed: %lld != %lld\n", __FILE__, __LINE__,    \
                   #a, #b, unit_a, unit_b);                                           \
            unit_current_failed = 1;                                                  \
        }                                                                             \
    } while (0)

#define CHECK_STR(a, b)                                                               \
    do {                                                                              \
        const char *unit_a = (a), *unit_b = (b);                                      \
        if (!unit_a || !unit_b || strcmp(unit_a, unit_b) != 0) {                      \
            printf("  %s:%d: %s == %s failed: \"%s\" != \"%s\"\n", __FILE__, __LINE__, \
                   #a, #b, unit_a ? unit_a : "(null)", unit_b ? unit_b : "(null)");   \
            unit_current_failed = 1;                                                  \
        }                                                                             \
    } while (0)

#define RUN(test)                                                                     \
    do {                                                                              \
        unit_current_failed = 0;                                                      \
        test();                                                                       \
        if (unit_current_failed) {                                                    \
            printf("FAIL %s\n", #test);                                               \
            unit_failed++;                                                            \
        } else {                                                                      \
            printf("ok   %s\n", #test);                                               \
            unit_passed++;                                                            \
        }                                                                             \
    } while (0)

#define UNIT_END()                                                                    \
    do {                                                                              \
        printf("%d passed, %d failed\n", unit_passed, unit_failed);                   \
        return unit_failed ? 1 : 0;                                                   \
    } while (0)

#endif
