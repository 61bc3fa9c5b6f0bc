/*
 * libpinvoketest.c - the native side of the P/Invoke test programs
 * (tests/programs/pinvoke_*.cs). tests/run and tests/expect compile it to
 * libpinvoketest.so beside the test programs, where both mono and Lucid
 * look first for [DllImport("pinvoketest")].
 *
 * Strings returned as char* are malloc'd: the marshaller frees them.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Primitives. */
int32_t pt_add(int32_t a, int32_t b) { return a + b; }
int64_t pt_mul64(int64_t a, int64_t b) { return a * b; }
double pt_mix(double a, float b, int32_t c) { return a * b + c; }
float pt_halve(float x) { return x / 2; }
int8_t pt_neg8(int8_t x) { return (int8_t)-x; }
uint8_t pt_inc_u8(uint8_t x) { return (uint8_t)(x + 1); }
int16_t pt_neg16(int16_t x) { return (int16_t)-x; }
uint16_t pt_inc_u16(uint16_t x) { return (uint16_t)(x + 1); }
uint32_t pt_not32(uint32_t x) { return ~x; }
uint64_t pt_shift64(uint64_t x, int32_t n) { return x << n; }
intptr_t pt_ptrdiff(const char *a, const char *b) { return b - a; }
int32_t pt_many(int32_t a, int64_t b, double c, float d, int8_t e, int16_t f, int32_t g, int64_t h, double i,
                float j, int32_t k, int32_t l) {
    return (int32_t)(a + b + c + d + e + f + g + h + i + j + k + l);
}

/* bool: BOOL (4 bytes) by default, one byte with MarshalAs(I1). */
int32_t pt_bool4(int32_t b) { return b ? 7 : 3; }
int32_t pt_is_even4(int32_t x) { return x % 2 == 0 ? 42 : 0; }
uint8_t pt_not1(uint8_t b) { return !b; }

/* char: one byte with CharSet.Ansi, two with Unicode. */
char pt_upper_ansi(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
uint16_t pt_next_wide(uint16_t c) { return (uint16_t)(c + 1); }

/* Structs. */
typedef struct Point { int32_t x, y; } Point;
typedef struct Rect { double x, y, w, h; } Rect;
typedef struct Mixed { int8_t a; int16_t b; int32_t c; int64_t d; float e; double f; } Mixed;
typedef struct Line { Point from, to; } Line;
typedef union Bits { float f; uint32_t u; } Bits;

Point pt_point_add(Point a, Point b) { return (Point){a.x + b.x, a.y + b.y}; }
void pt_point_scale(Point *p, int32_t k) { p->x *= k; p->y *= k; }
double pt_rect_area(Rect r) { return r.w * r.h; }
Rect pt_rect_grow(Rect r, double d) { return (Rect){r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d}; }
Mixed pt_mixed_next(Mixed m) {
    return (Mixed){(int8_t)(m.a + 1), (int16_t)(m.b + 1), m.c + 1, m.d + 1, m.e + 1, m.f + 1};
}
int32_t pt_line_length2(Line l) {
    int32_t dx = l.to.x - l.from.x, dy = l.to.y - l.from.y;
    return dx * dx + dy * dy;
}
uint32_t pt_float_bits(Bits b) { return b.u; }
void pt_points_shift(Point *points, int32_t n, int32_t dx) {
    for (int32_t i = 0; i < n; i++)
        points[i].x += dx;
}

/* Strings. */
int32_t pt_strlen(const char *s) { return s ? (int32_t)strlen(s) : -1; }
char *pt_concat(const char *a, const char *b) {
    char *r = malloc(strlen(a) + strlen(b) + 1);
    strcpy(r, a);
    strcat(r, b);
    return r;
}
char *pt_null_string(void) { return NULL; }
int32_t pt_wcslen(const uint16_t *s) {
    int32_t n = 0;
    while (s[n])
        n++;
    return n;
}
uint16_t *pt_wide_reverse(const uint16_t *s) {
    int32_t n = pt_wcslen(s);
    uint16_t *r = malloc((size_t)(n + 1) * 2);
    for (int32_t i = 0; i < n; i++)
        r[i] = s[n - 1 - i];
    r[n] = 0;
    return r;
}
const char *pt_static_text(void) { return "static text"; }
int32_t pt_copy_into(char *buffer, int32_t size, const char *text) {
    int32_t n = (int32_t)strlen(text);
    if (n >= size)
        return -1;
    memcpy(buffer, text, (size_t)n + 1);
    return n;
}

/* Arrays, ref and out. */
int64_t pt_sum(const int32_t *a, int32_t n) {
    int64_t s = 0;
    for (int32_t i = 0; i < n; i++)
        s += a[i];
    return s;
}
void pt_fill(double *a, int32_t n, double v) {
    for (int32_t i = 0; i < n; i++)
        a[i] = v * i;
}
int32_t pt_is_null(const void *p) { return p == NULL; }
void pt_divmod(int32_t a, int32_t b, int32_t *q, int32_t *r) { *q = a / b; *r = a % b; }
void pt_swap64(int64_t *a, int64_t *b) { int64_t t = *a; *a = *b; *b = t; }
void pt_scale_double(double *d, double k) { *d *= k; }
void pt_out_point(int32_t x, Point *p) { p->x = x; p->y = -x; }

/* Callbacks. */
int32_t pt_apply(int32_t (*f)(int32_t), int32_t x) { return f(x); }
int32_t pt_fold(const int32_t *a, int32_t n, int32_t (*f)(int32_t, int32_t), int32_t seed) {
    for (int32_t i = 0; i < n; i++)
        seed = f(seed, a[i]);
    return seed;
}
void pt_each_word(void (*f)(const char *, int32_t)) {
    static const char *const words[] = {"alpha", "beta", "gamma"};
    for (int32_t i = 0; i < 3; i++)
        f(words[i], i);
}
double pt_integrate(double (*f)(double), double from, double to, int32_t steps) {
    double h = (to - from) / steps, s = 0;
    for (int32_t i = 0; i < steps; i++)
        s += f(from + (i + 0.5) * h) * h;
    return s;
}
int32_t pt_count_true(int32_t (*pred)(int32_t), int32_t n) {
    int32_t c = 0;
    for (int32_t i = 0; i < n; i++)
        c += pred(i) != 0;
    return c;
}
Point pt_map_point(Point (*f)(Point), Point p) { return f(p); }
int32_t pt_nested(int32_t (*f)(int32_t), int32_t x) { return f(x) + 1; }
typedef int32_t (*pt_binary)(int32_t, int32_t);
static pt_binary stored;
void pt_store_callback(pt_binary f) { stored = f; }
int32_t pt_call_stored(int32_t a, int32_t b) { return stored ? stored(a, b) : -1; }
void *pt_identity(void *p) { return p; }

/* errno, for SetLastError. */
int32_t pt_fail_with(int32_t code) {
    errno = code;
    return -1;
}
int32_t pt_succeed(void) { return 0; }

/* Threads: a call that blocks until another thread's call releases it,
 * and callbacks made from a thread native code started. */
#include <pthread.h>
#include <time.h>

static volatile int32_t flag;

void pt_set_flag(int32_t value) { __atomic_store_n(&flag, value, __ATOMIC_SEQ_CST); }

/* Waits (up to timeout_ms) for pt_set_flag; the flag's value, or 0. */
int32_t pt_wait_for_flag(int32_t timeout_ms) {
    struct timespec pause = {0, 1000000};
    for (int32_t waited = 0; waited < timeout_ms; waited++) {
        int32_t value = __atomic_load_n(&flag, __ATOMIC_SEQ_CST);
        if (value)
            return value;
        nanosleep(&pause, NULL);
    }
    return 0;
}

typedef struct Job { int32_t (*f)(int32_t); int32_t n; int64_t sum; } Job;

static void *run_job(void *raw) {
    Job *job = raw;
    for (int32_t i = 0; i < job->n; i++)
        job->sum += job->f(i);
    return NULL;
}

/* Calls f(0) ... f(n-1) on a new thread and returns the sum. */
int64_t pt_sum_on_thread(int32_t (*f)(int32_t), int32_t n) {
    Job job = {f, n, 0};
    pthread_t thread;
    if (pthread_create(&thread, NULL, run_job, &job) != 0)
        return -1;
    pthread_join(thread, NULL);
    return job.sum;
}

/* A thread native code starts and the caller joins later. */
static pthread_t started;
static Job started_job;

int32_t pt_start_thread(int32_t (*f)(int32_t), int32_t n) {
    started_job = (Job){f, n, 0};
    return pthread_create(&started, NULL, run_job, &started_job) == 0;
}

int64_t pt_join_thread(void) {
    pthread_join(started, NULL);
    return started_job.sum;
}

/* StringBuilder buffers: appends to what is there, within size bytes. */
int32_t pt_append_text(char *buffer, int32_t size, const char *text) {
    size_t used = strlen(buffer);
    if (used + strlen(text) + 1 > (size_t)size)
        return -1;
    strcat(buffer, text);
    return (int32_t)strlen(buffer);
}

void pt_wide_fill(uint16_t *buffer, int32_t count, uint16_t c) {
    for (int32_t i = 0; i < count; i++)
        buffer[i] = (uint16_t)(c + i);
    buffer[count] = 0;
}

/* float32 both ways through a callback. */
float pt_apply_float(float (*f)(float, double), float x) { return f(x, 0.25) * 2; }
