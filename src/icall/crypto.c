/*
 * crypto.c - RNGCryptoServiceProvider's random source: the kernel's
 * (getrandom), which needs no state, so the handle corlib keeps is a
 * token. A failure to read is reported (a zero handle, which corlib
 * turns into CryptographicException), never papered over with weaker
 * bytes.
 */
#include <errno.h>
#include <sys/random.h>

#include "icall/internal.h"

#define RNG_HANDLE ((void *)1) /* any non-zero value: there is no state */

/* Fills length bytes from the kernel; false if it cannot. */
static bool fill_random(uint8_t *buffer, size_t length) {
    size_t done = 0;
    while (done < length) {
        ssize_t n = getrandom(buffer + done, length - done, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += (size_t)n;
    }
    return true;
}

/* RngOpen(): whether there is a random source. */
static bool rng_open(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    uint8_t probe;
    result->i4 = fill_random(&probe, 1);
    return true;
}

/* RngInitialize(seed, seed_length): a handle. The kernel's generator
 * takes no seed from a user (mono's feeds it to /dev/random, which mixes
 * it in without crediting entropy), so the seed changes nothing here. */
static bool rng_initialize(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = RNG_HANDLE;
    return true;
}

/* RngGetBytes(handle, data, length): the handle, or zero on failure. */
static bool rng_get_bytes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int64_t length = args[2].i8;
    result->p = length <= 0 || fill_random(args[1].p, (size_t)length) ? args[0].p : NULL;
    return true;
}

static bool rng_close(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return true;
}

const VmIcall icall_crypto[] = {
    {"System.Security.Cryptography.RNGCryptoServiceProvider::RngOpen", rng_open},
    {"System.Security.Cryptography.RNGCryptoServiceProvider::RngInitialize", rng_initialize},
    {"System.Security.Cryptography.RNGCryptoServiceProvider::RngGetBytes", rng_get_bytes},
    {"System.Security.Cryptography.RNGCryptoServiceProvider::RngClose", rng_close},
};
const uint32_t icall_crypto_count = ICALL_COUNT(icall_crypto);
