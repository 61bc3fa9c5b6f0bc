/*
 * native.c - Interop+Sys: the System.Native shim (mono ships it as
 * libmono-native) that corlib's corefx file system code calls through
 * DllImport: stat, directories, links, renames, permissions and times.
 *
 * Lucid answers these platform invokes itself, as internal calls (the
 * transcoder routes a DllImport to a registered function of the same
 * name), so each function here does its own marshalling: strings arrive
 * as managed strings, `out` structs as pointers (filled by field name),
 * SafeHandles as objects. The shim's contract is kept: -1 and errno on
 * failure, errno kept as the calling thread's "last Win32 error" for
 * Marshal.GetLastWin32Error, and errno values translated to and from
 * Interop.Error's platform-neutral codes.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

#include "icall/internal.h"

/* Marshal's last error is the engine's (vm_pinvoke_set_last_error), which
 * real platform invokes with SetLastError set too (src/vm/pinvoke.c). */
static int32_t fail_errno(void) {
    vm_pinvoke_set_last_error(errno);
    return -1;
}

/* The result of a call that returned r (0 or -1 with errno). */
static int32_t errno_result(int r) {
    return r == 0 ? 0 : fail_errno();
}

/* Interop.Error: 0x10000 plus a position in this list (SUCCESS is 0). */
static const int pal_errors[] = {
    0,          E2BIG,        EACCES,       EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EAGAIN,     EALREADY,
    EBADF,      EBADMSG,      EBUSY,        ECANCELED,  ECHILD,        ECONNABORTED, ECONNREFUSED, ECONNRESET,
    EDEADLK,    EDESTADDRREQ, EDOM,         EDQUOT,     EEXIST,        EFAULT,       EFBIG,      EHOSTUNREACH,
    EIDRM,      EILSEQ,       EINPROGRESS,  EINTR,      EINVAL,        EIO,          EISCONN,    EISDIR,
    ELOOP,      EMFILE,       EMLINK,       EMSGSIZE,   EMULTIHOP,     ENAMETOOLONG, ENETDOWN,   ENETRESET,
    ENETUNREACH, ENFILE,      ENOBUFS,      -1,         ENODEV,        ENOENT,       ENOEXEC,    ENOLCK,
    ENOLINK,    ENOMEM,       ENOMSG,       ENOPROTOOPT, ENOSPC,       -1,           -1,         ENOSYS,
    ENOTCONN,   ENOTDIR,      ENOTEMPTY,    -1,         ENOTSOCK,      ENOTSUP,      ENOTTY,     ENXIO,
    EOVERFLOW,  -1,           EPERM,        EPIPE,      EPROTO,        EPROTONOSUPPORT, EPROTOTYPE, ERANGE,
    EROFS,      ESPIPE,       ESRCH,        ESTALE,     -1,            ETIMEDOUT,    ETXTBSY,    EXDEV,
};
#define PAL_ERROR_BASE 0x10000
#define PAL_ENONSTANDARD 0x1FFFF

/* The few codes past the table's end. */
static const struct {
    int platform;
    int32_t pal;
} pal_extra[] = {
    {ESOCKTNOSUPPORT, 0x1005E}, {EPFNOSUPPORT, 0x10060}, {ESHUTDOWN, 0x1006C},
    {EHOSTDOWN, 0x10070},       {ENODATA, 0x10071},
};

static bool error_to_pal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int platform = args[0].i4;
    result->i4 = platform == 0 ? 0 : PAL_ENONSTANDARD;
    for (size_t i = 1; platform && i < sizeof pal_errors / sizeof pal_errors[0]; i++)
        if (pal_errors[i] == platform) {
            result->i4 = PAL_ERROR_BASE + (int32_t)i;
            return true;
        }
    for (size_t i = 0; platform && i < sizeof pal_extra / sizeof pal_extra[0]; i++)
        if (pal_extra[i].platform == platform)
            result->i4 = pal_extra[i].pal;
    return true;
}

static bool error_from_pal(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t pal = args[0].i4;
    size_t index = (size_t)(pal - PAL_ERROR_BASE);
    result->i4 = -1;
    if (pal == 0)
        result->i4 = 0;
    else if (pal > PAL_ERROR_BASE && index < sizeof pal_errors / sizeof pal_errors[0])
        result->i4 = pal_errors[index];
    for (size_t i = 0; i < sizeof pal_extra / sizeof pal_extra[0]; i++)
        if (pal_extra[i].pal == pal)
            result->i4 = pal_extra[i].platform;
    return true;
}

/* StrErrorR(errno, buffer, size): the message, copied into the buffer. */
static bool str_error(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    char *buffer = args[1].p;
    int32_t size = args[2].i4;
    if (!buffer || size <= 0) {
        result->p = NULL;
        return true;
    }
    const char *message = strerror(args[0].i4);
    size_t n = strlen(message);
    if (n >= (size_t)size)
        n = (size_t)size - 1;
    memcpy(buffer, message, n);
    buffer[n] = 0;
    result->p = buffer;
    return true;
}

static bool random_bytes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    uint8_t *buffer = args[0].p;
    size_t length = args[1].i4 > 0 ? (size_t)args[1].i4 : 0, done = 0;
    while (done < length) {
        ssize_t n = getrandom(buffer + done, length - done, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) { /* no entropy source: the bytes need not be secure */
            for (; done < length; done++)
                buffer[done] = (uint8_t)random();
            break;
        }
        done += (size_t)n;
    }
    return true;
}

/* A managed string argument as UTF-8 (malloc'd); NULL for a null
 * string (errno EFAULT, as a C library given NULL would say) or when
 * memory runs out (*oom). */
static char *string_arg(const VmSlot *arg, bool *oom) {
    *oom = false;
    if (!arg->p) {
        errno = EFAULT;
        return NULL;
    }
    char *s = vm_string_to_utf8(arg->p);
    *oom = s == NULL;
    return s;
}

/* The descriptor inside a SafeHandle (its `handle` field). */
static bool safe_handle_fd(VmIcallContext *context, void *safe_handle, int *fd) {
    if (!safe_handle) {
        *fd = -1;
        return true;
    }
    LdMethodTable *type = icall_corlib_type(context, "System.Runtime.InteropServices", "SafeHandle");
    uint8_t *field = type ? icall_field(context, safe_handle, type, "handle") : NULL;
    if (!field)
        return false;
    intptr_t handle;
    memcpy(&handle, field, sizeof handle);
    *fd = (int)handle;
    return true;
}

/* Calls taking one path: the C library call and its result. */
typedef int (*PathCall)(const char *path, int32_t extra);

static bool path_call(VmIcallContext *context, VmSlot *args, VmSlot *result, PathCall call, int32_t extra) {
    bool oom;
    char *path = string_arg(&args[0], &oom);
    if (oom)
        return icall_out_of_memory(context);
    result->i4 = path ? errno_result(call(path, extra)) : fail_errno();
    free(path);
    return true;
}

/* Calls taking two paths. */
typedef int (*PathPairCall)(const char *a, const char *b);

static bool path_pair_call(VmIcallContext *context, VmSlot *args, VmSlot *result, PathPairCall call) {
    bool oom_a, oom_b;
    char *a = string_arg(&args[0], &oom_a);
    char *b = string_arg(&args[1], &oom_b);
    if (!oom_a && !oom_b)
        result->i4 = a && b ? errno_result(call(a, b)) : fail_errno();
    free(a);
    free(b);
    return oom_a || oom_b ? icall_out_of_memory(context) : true;
}

static int do_mkdir(const char *path, int32_t mode) { return mkdir(path, (mode_t)mode); }
static int do_rmdir(const char *path, int32_t unused) { return rmdir(path); }
static int do_unlink(const char *path, int32_t unused) { return unlink(path); }
static int do_chmod(const char *path, int32_t mode) { return chmod(path, (mode_t)mode); }

static bool native_mkdir(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return path_call(context, args, result, do_mkdir, args[1].i4);
}

static bool native_rmdir(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return path_call(context, args, result, do_rmdir, 0);
}

static bool native_unlink(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return path_call(context, args, result, do_unlink, 0);
}

static bool native_chmod(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return path_call(context, args, result, do_chmod, args[1].i4);
}

static bool native_rename(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return path_pair_call(context, args, result, rename);
}

static bool native_link(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return path_pair_call(context, args, result, link);
}

static bool native_symlink(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return path_pair_call(context, args, result, symlink);
}

/* LChflags: BSD file flags, which Linux does not have. */
static bool native_lchflags(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    errno = ENOTSUP;
    result->i4 = fail_errno();
    return true;
}

static bool can_set_hidden_flag(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

static bool native_geteuid(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = (int32_t)geteuid();
    return true;
}

static bool native_getegid(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = (int32_t)getegid();
    return true;
}

/* A struct nested in corlib's Interop+Sys ("Interop+Sys+FileStatus"),
 * loaded; NULL with context->error set if corlib has none. */
static LdMethodTable *sys_type(VmIcallContext *context, const char *full_name) {
    LdError error;
    LdTypeDef found;
    LdMethodTable *type = NULL;
    if (ld_find_type_by_full_name(ld_corlib(vm_loader(context->vm)), full_name, &found, &error))
        type = ld_type_from_typedef(found.assembly, found.rid, &error);
    if (!type || !ld_type_load(type, &error)) {
        vm_fail(context->error, "corlib contract: %s", error.message);
        return NULL;
    }
    return type;
}

/* Fills an Interop+Sys+FileStatus by field name. Linux's stat has no
 * birth time, so Flags says none (HasBirthTime is 1). */
static bool fill_status(VmIcallContext *context, void *status, const struct stat *info) {
    LdMethodTable *type = sys_type(context, "Interop+Sys+FileStatus");
    if (!type)
        return false;
    const struct {
        const char *name;
        int64_t value;
        int size;
    } fields[] = {
        {"Flags", 0, 4},
        {"Mode", (int64_t)info->st_mode, 4},
        {"Uid", (int64_t)info->st_uid, 4},
        {"Gid", (int64_t)info->st_gid, 4},
        {"Size", (int64_t)info->st_size, 8},
        {"ATime", (int64_t)info->st_atim.tv_sec, 8},
        {"ATimeNsec", (int64_t)info->st_atim.tv_nsec, 8},
        {"MTime", (int64_t)info->st_mtim.tv_sec, 8},
        {"MTimeNsec", (int64_t)info->st_mtim.tv_nsec, 8},
        {"CTime", (int64_t)info->st_ctim.tv_sec, 8},
        {"CTimeNsec", (int64_t)info->st_ctim.tv_nsec, 8},
        {"BirthTime", 0, 8},
        {"BirthTimeNsec", 0, 8},
        {"Dev", (int64_t)info->st_dev, 8},
        {"Ino", (int64_t)info->st_ino, 8},
        {"UserFlags", 0, 4},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        uint8_t *at = icall_field(context, status, type, fields[i].name);
        if (!at)
            return false;
        if (fields[i].size == 4) {
            int32_t v = (int32_t)fields[i].value;
            memcpy(at, &v, 4);
        } else {
            memcpy(at, &fields[i].value, 8);
        }
    }
    return true;
}

/* Stat/LStat(string path, out FileStatus). */
static bool stat_common(VmIcallContext *context, VmSlot *args, VmSlot *result, const char *path, bool follow) {
    struct stat info;
    int r = follow ? stat(path, &info) : lstat(path, &info);
    if (r != 0) {
        result->i4 = fail_errno();
        return true;
    }
    result->i4 = 0;
    return fill_status(context, args[1].p, &info);
}

static bool stat_string(VmIcallContext *context, VmSlot *args, VmSlot *result, bool follow) {
    bool oom;
    char *path = string_arg(&args[0], &oom);
    if (oom)
        return icall_out_of_memory(context);
    if (!path) {
        result->i4 = fail_errno();
        return true;
    }
    bool ok = stat_common(context, args, result, path, follow);
    free(path);
    return ok;
}

static bool native_stat(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return stat_string(context, args, result, true);
}

static bool native_lstat(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return stat_string(context, args, result, false);
}

/* The overloads taking `ref byte`: a NUL-terminated UTF-8 path corlib
 * already encoded. */
static bool native_stat_bytes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return stat_common(context, args, result, args[0].p, true);
}

static bool native_lstat_bytes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return stat_common(context, args, result, args[0].p, false);
}

static bool native_fstat(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int fd;
    if (!safe_handle_fd(context, args[0].p, &fd))
        return false;
    struct stat info;
    if (fstat(fd, &info) != 0) {
        result->i4 = fail_errno();
        return true;
    }
    result->i4 = 0;
    return fill_status(context, args[1].p, &info);
}

/* ReadLink(path, byte[] buffer, size): the length, or -1. */
static bool native_readlink(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    uint8_t *array = args[1].p;
    int32_t size = args[2].i4;
    if (!array)
        return icall_throw_argument_null(context, "buffer");
    uint64_t length = *(uint64_t *)(array + LD_ARRAY_LENGTH_OFFSET);
    if (size < 0 || (uint64_t)size > length)
        return icall_throw_argument_out_of_range(context, "bufferSize", NULL);
    bool oom;
    char *path = string_arg(&args[0], &oom);
    if (oom)
        return icall_out_of_memory(context);
    ssize_t n = path ? readlink(path, (char *)array + LD_ARRAY_DATA_OFFSET, (size_t)size) : -1;
    result->i4 = n < 0 ? fail_errno() : (int32_t)n;
    free(path);
    return true;
}

/* OpenDir(path): a DIR *, or NULL. */
static bool native_opendir(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    bool oom;
    char *path = string_arg(&args[0], &oom);
    if (oom)
        return icall_out_of_memory(context);
    DIR *dir = path ? opendir(path) : NULL;
    if (!dir)
        vm_pinvoke_set_last_error(errno);
    result->p = dir;
    free(path);
    return true;
}

/* glibc's readdir is safe per directory stream, so no caller buffer is
 * needed: 0 tells corlib to pass none. */
static bool readdir_buffer_size(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

/* ReadDirR(dir, buffer, size, out DirectoryEntry): 0 with an entry, -1
 * at the end, an errno value on error. The name points into the
 * directory stream, good until the next read. */
static bool native_readdir(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethodTable *type = sys_type(context, "Interop+Sys+DirectoryEntry");
    if (!type)
        return false;
    uint8_t *name = icall_field(context, args[3].p, type, "Name");
    uint8_t *name_length = icall_field(context, args[3].p, type, "NameLength");
    uint8_t *inode_type = icall_field(context, args[3].p, type, "InodeType");
    if (!name || !name_length || !inode_type)
        return false;
    errno = 0;
    struct dirent *entry = args[0].p ? readdir(args[0].p) : NULL;
    if (!entry) {
        result->i4 = errno ? errno : -1;
        if (!args[0].p)
            result->i4 = EBADF;
        memset(name, 0, sizeof(void *));
        return true;
    }
    char *chars = entry->d_name;
    int32_t length = (int32_t)strlen(chars), kind = entry->d_type; /* DT_* values are the PAL's */
    memcpy(name, &chars, sizeof chars);
    memcpy(name_length, &length, sizeof length);
    memcpy(inode_type, &kind, sizeof kind);
    result->i4 = 0;
    return true;
}

static bool native_closedir(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = args[0].p ? errno_result(closedir(args[0].p)) : (errno = EBADF, fail_errno());
    return true;
}

/* CopyFile(source, destination): the rest of the source's contents, then
 * its permission bits and access/modification times, onto the
 * destination. */
static bool native_copy_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int from, to;
    if (!safe_handle_fd(context, args[0].p, &from) || !safe_handle_fd(context, args[1].p, &to))
        return false;
    char buffer[65536];
    for (;;) {
        ssize_t n = read(from, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result->i4 = fail_errno();
            return true;
        }
        if (n == 0)
            break;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(to, buffer + done, (size_t)(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0) {
                result->i4 = fail_errno();
                return true;
            }
            done += w;
        }
    }
    struct stat info;
    if (fstat(from, &info) != 0) {
        result->i4 = fail_errno();
        return true;
    }
    struct timespec times[2] = {info.st_atim, info.st_mtim};
    if (futimens(to, times) != 0 || fchmod(to, info.st_mode & (S_IRWXU | S_IRWXG | S_IRWXO)) != 0) {
        result->i4 = fail_errno();
        return true;
    }
    result->i4 = 0;
    return true;
}

/* An int64 field of a struct corlib passed by reference. */
static bool int64_field(VmIcallContext *context, void *value, const char *type_name, const char *name, int64_t *out) {
    LdMethodTable *type = sys_type(context, type_name);
    uint8_t *at = type ? icall_field(context, value, type, name) : NULL;
    if (!at)
        return false;
    memcpy(out, at, sizeof *out);
    return true;
}

/* UTime(path, ref UTimBuf): whole seconds. */
static bool native_utime(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int64_t access_time, modification_time;
    if (!int64_field(context, args[1].p, "Interop+Sys+UTimBuf", "AcTime", &access_time) ||
        !int64_field(context, args[1].p, "Interop+Sys+UTimBuf", "ModTime", &modification_time))
        return false;
    bool oom;
    char *path = string_arg(&args[0], &oom);
    if (oom)
        return icall_out_of_memory(context);
    struct utimbuf times = {(time_t)access_time, (time_t)modification_time};
    result->i4 = path ? errno_result(utime(path, &times)) : fail_errno();
    free(path);
    return true;
}

/* UTimes(path, ref TimeValPair): seconds and microseconds. */
static bool native_utimes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int64_t v[4];
    static const char *names[] = {"ASec", "AUSec", "MSec", "MUSec"};
    for (int i = 0; i < 4; i++)
        if (!int64_field(context, args[1].p, "Interop+Sys+TimeValPair", names[i], &v[i]))
            return false;
    bool oom;
    char *path = string_arg(&args[0], &oom);
    if (oom)
        return icall_out_of_memory(context);
    struct timeval times[2] = {{(time_t)v[0], (suseconds_t)v[1]}, {(time_t)v[2], (suseconds_t)v[3]}};
    result->i4 = path ? errno_result(utimes(path, times)) : fail_errno();
    free(path);
    return true;
}

/* Marshal.PtrToStringAnsi(ptr[, length]): "ANSI" is UTF-8 on mono for
 * Unix; a null pointer gives null. */
const VmIcall icall_native[] = {
    {"Interop+Sys::ConvertErrorPlatformToPal", error_to_pal},
    {"Interop+Sys::ConvertErrorPalToPlatform", error_from_pal},
    {"Interop+Sys::StrErrorR", str_error},
    {"Interop+Sys::GetNonCryptographicallySecureRandomBytes", random_bytes},
    {"Interop+Sys::MkDir", native_mkdir},
    {"Interop+Sys::RmDir", native_rmdir},
    {"Interop+Sys::Unlink", native_unlink},
    {"Interop+Sys::ChMod", native_chmod},
    {"Interop+Sys::Rename", native_rename},
    {"Interop+Sys::Link", native_link},
    {"Interop+Sys::Symlink", native_symlink},
    {"Interop+Sys::LChflags", native_lchflags},
    {"Interop+Sys::LChflagsCanSetHiddenFlag", can_set_hidden_flag},
    {"Interop+Sys::GetEUid", native_geteuid},
    {"Interop+Sys::GetEGid", native_getegid},
    {"Interop+Sys::Stat(System.String,Interop+Sys+FileStatus&)", native_stat},
    {"Interop+Sys::LStat(System.String,Interop+Sys+FileStatus&)", native_lstat},
    {"Interop+Sys::Stat(System.Byte&,Interop+Sys+FileStatus&)", native_stat_bytes},
    {"Interop+Sys::LStat(System.Byte&,Interop+Sys+FileStatus&)", native_lstat_bytes},
    {"Interop+Sys::FStat", native_fstat},
    {"Interop+Sys::ReadLink", native_readlink},
    {"Interop+Sys::OpenDir", native_opendir},
    {"Interop+Sys::GetReadDirRBufferSize", readdir_buffer_size},
    {"Interop+Sys::ReadDirR", native_readdir},
    {"Interop+Sys::CloseDir", native_closedir},
    {"Interop+Sys::CopyFile", native_copy_file},
    {"Interop+Sys::UTime", native_utime},
    {"Interop+Sys::UTimes", native_utimes},
};
const uint32_t icall_native_count = ICALL_COUNT(icall_native);
