/*
 * math.c - System.Math and System.MathF: the C library's functions, as
 * Mono's own icalls are. Round is IEEE round-half-to-even (nearbyint in
 * the default rounding mode), which is what Math.Round(double) means.
 *
 * A float32 argument arrives as a float (VmSlot.r4); a result is a stack
 * value, an F, so MathF rounds its result to float32 before widening it.
 */
#include <math.h>

#include "icall/internal.h"

#define DOUBLE_1(name, expression)                                                    \
    static bool math_##name(VmIcallContext *context, VmSlot *args, VmSlot *result) { \
        (void)context;                                                                \
        double x = args[0].r8;                                                        \
        result->r8 = (expression);                                                    \
        return true;                                                                  \
    }
#define DOUBLE_2(name, expression)                                                    \
    static bool math_##name(VmIcallContext *context, VmSlot *args, VmSlot *result) { \
        (void)context;                                                                \
        double x = args[0].r8, y = args[1].r8;                                        \
        result->r8 = (expression);                                                    \
        return true;                                                                  \
    }
#define FLOAT_1(name, expression)                                                      \
    static bool mathf_##name(VmIcallContext *context, VmSlot *args, VmSlot *result) { \
        (void)context;                                                                 \
        float x = args[0].r4;                                                          \
        result->r8 = (float)(expression);                                              \
        return true;                                                                   \
    }
#define FLOAT_2(name, expression)                                                      \
    static bool mathf_##name(VmIcallContext *context, VmSlot *args, VmSlot *result) { \
        (void)context;                                                                 \
        float x = args[0].r4, y = args[1].r4;                                          \
        result->r8 = (float)(expression);                                              \
        return true;                                                                   \
    }

/* The one-argument functions both classes share, by C name. */
#define UNARY_LIST(X) \
    X(Acos, acos) X(Acosh, acosh) X(Asin, asin) X(Asinh, asinh) X(Atan, atan) X(Atanh, atanh) X(Cbrt, cbrt) \
    X(Ceiling, ceil) X(Cos, cos) X(Cosh, cosh) X(Exp, exp) X(Floor, floor) X(Log, log) X(Log10, log10)      \
    X(Sin, sin) X(Sinh, sinh) X(Sqrt, sqrt) X(Tan, tan) X(Tanh, tanh)

#define DEFINE_UNARY(managed, c) DOUBLE_1(managed, c(x)) FLOAT_1(managed, c##f(x))
UNARY_LIST(DEFINE_UNARY)
DOUBLE_1(Round, nearbyint(x))
DOUBLE_1(AbsDouble, fabs(x))
static bool math_AbsSingle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->r8 = fabsf(args[0].r4);
    return true;
}
DOUBLE_2(Atan2, atan2(x, y))
DOUBLE_2(Pow, pow(x, y))
DOUBLE_2(FMod, fmod(x, y))
FLOAT_2(Atan2, atan2f(x, y))
FLOAT_2(Pow, powf(x, y))
FLOAT_2(FMod, fmodf(x, y))

/* ModF(x, &integral): the fraction returned, the integral part stored. */
static bool math_ModF(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->r8 = modf(args[0].r8, (double *)args[1].p);
    return true;
}

static bool mathf_ModF(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context;
    result->r8 = modff(args[0].r4, (float *)args[1].p);
    return true;
}

#define REGISTER_UNARY(managed, c) {"System.Math::" #managed, math_##managed}, {"System.MathF::" #managed, mathf_##managed},
const VmIcall icall_math[] = {
    UNARY_LIST(REGISTER_UNARY)
    {"System.Math::Round", math_Round},
    {"System.Math::Abs(System.Double)", math_AbsDouble},
    {"System.Math::Abs(System.Single)", math_AbsSingle},
    {"System.Math::Atan2", math_Atan2},
    {"System.Math::Pow", math_Pow},
    {"System.Math::FMod", math_FMod},
    {"System.Math::ModF", math_ModF},
    {"System.MathF::Atan2", mathf_Atan2},
    {"System.MathF::Pow", mathf_Pow},
    {"System.MathF::FMod", mathf_FMod},
    {"System.MathF::ModF", mathf_ModF},
};
const uint32_t icall_math_count = ICALL_COUNT(icall_math);
