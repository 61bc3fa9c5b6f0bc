/*
 * io.c - System.IO.MonoIO: files and the console through POSIX. A handle
 * is the file descriptor itself (stdin is 0), as on mono for Unix; errors
 * come back as the Win32 error codes of corlib's MonoIOError, which is
 * what FileStream and friends turn into exceptions.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* MonoIOError values (Win32 error codes). */
enum {
    IO_SUCCESS = 0,
    IO_FILE_NOT_FOUND = 2,
    IO_PATH_NOT_FOUND = 3,
    IO_TOO_MANY_OPEN_FILES = 4,
    IO_ACCESS_DENIED = 5,
    IO_INVALID_HANDLE = 6,
    IO_NOT_ENOUGH_MEMORY = 8,
    IO_BAD_FORMAT = 11,
    IO_NOT_SAME_DEVICE = 17,
    IO_NO_MORE_FILES = 18,
    IO_SEEK = 25,
    IO_WRITE_FAULT = 29,
    IO_SHARING_VIOLATION = 32,
    IO_LOCK_VIOLATION = 33,
    IO_HANDLE_DISK_FULL = 39,
    IO_NOT_SUPPORTED = 50,
    IO_DEV_NOT_EXIST = 55,
    IO_FILE_EXISTS = 80,
    IO_CANNOT_MAKE = 82,
    IO_INVALID_PARAMETER = 87,
    IO_INVALID_NAME = 123,
    IO_DIR_NOT_EMPTY = 145,
    IO_ALREADY_EXISTS = 183,
    IO_FILENAME_EXCED_RANGE = 206,
    IO_PENDING = 997,
    IO_CANT_RESOLVE_FILENAME = 1921,
    IO_ENCRYPTION_FAILED = 6000,
};

/* The MonoIOError for an errno value, as mono's Unix layer maps them:
 * corlib chooses the exception and its message from this code. */
int32_t io_error_from_errno(int error) {
    switch (error) {
    case 0: return IO_SUCCESS;
    case EACCES:
    case EPERM:
    case EROFS: return IO_ACCESS_DENIED;
    case EAGAIN: return IO_SHARING_VIOLATION;
    case EBUSY: return IO_LOCK_VIOLATION;
    case EEXIST: return IO_FILE_EXISTS;
    case EINVAL:
    case ESPIPE: return IO_SEEK;
    case EISDIR: return IO_CANNOT_MAKE;
    case ENFILE:
    case EMFILE: return IO_TOO_MANY_OPEN_FILES;
    case ENOENT:
    case ENOTDIR: return IO_FILE_NOT_FOUND;
    case ENOSPC: return IO_HANDLE_DISK_FULL;
    case ENOTEMPTY: return IO_DIR_NOT_EMPTY;
    case ENOEXEC: return IO_BAD_FORMAT;
    case ENAMETOOLONG: return IO_FILENAME_EXCED_RANGE;
    case EINPROGRESS: return IO_PENDING;
    case ENOSYS: return IO_NOT_SUPPORTED;
    case EBADF:
    case EIO: return IO_INVALID_HANDLE;
    case EINTR: return IO_PENDING;
    case EPIPE: return IO_WRITE_FAULT;
    case ELOOP: return IO_CANT_RESOLVE_FILENAME;
    case ENODEV:
    case ENXIO:
    case ENOTCONN:
    case EHOSTDOWN: return IO_DEV_NOT_EXIST;
    default: return IO_NOT_SUPPORTED;
    }
}

/*
 * Paths. corlib passes them as pinned, NUL-terminated UTF-16 (`char *`
 * in its signatures); the C library wants UTF-8.
 */

/* NULL for a null path; *oom tells a failed conversion apart. */
static char *path_utf8(const VmSlot *arg, bool *oom) {
    const uint16_t *chars = arg->p;
    *oom = false;
    if (!chars)
        return NULL;
    size_t length = 0;
    while (chars[length])
        length++;
    char *path = vm_utf16_to_utf8(chars, length, NULL);
    *oom = path == NULL;
    return path;
}

/* The directory part of a path as glib's g_path_get_dirname gives it
 * (mono decides FILE_NOT_FOUND against PATH_NOT_FOUND with it): "." when
 * there is no slash, "/" for the root. Malloc'd. */
static char *path_directory(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    while (slash > path && slash[-1] == '/')
        slash--;
    if (slash == path)
        return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

/* Whether the last component (trailing slashes ignored) starts with a
 * dot: Unix's hidden files. */
static bool path_is_hidden(const char *path) {
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
        start--;
    return start < end && path[start] == '.';
}

/* The error for a failed call on `path`: a missing entry is
 * FILE_NOT_FOUND when its directory exists and PATH_NOT_FOUND when it
 * does not, which is what makes corlib choose FileNotFoundException or
 * DirectoryNotFoundException. `directory` is the one to check, or NULL
 * for the path's own. */
static int32_t path_error(const char *directory, const char *path) {
    int error = errno;
    if (error != ENOENT)
        return io_error_from_errno(error);
    char *owned = directory ? NULL : path_directory(path);
    bool exists = access(directory ? directory : owned, F_OK) == 0;
    free(owned);
    return exists ? IO_FILE_NOT_FOUND : IO_PATH_NOT_FOUND;
}

/* FileAttributes values mono reports on Unix. */
enum {
    ATTR_READONLY = 0x1,
    ATTR_HIDDEN = 0x2,
    ATTR_DIRECTORY = 0x10,
    ATTR_NORMAL = 0x80,
    ATTR_REPARSE_POINT = 0x400,
    ATTR_SET_EXECUTABLE = (int32_t)0x80000000u, /* mono's private SetFileAttributes flag */
};

/* Writable by us: the mode bits first, access(2) when they do not say. */
static bool is_writable(const struct stat *info, const char *path) {
    if (info->st_mode & S_IWOTH)
        return true;
    if (info->st_uid == geteuid() && (info->st_mode & S_IWUSR))
        return true;
    if (info->st_gid == getegid() && (info->st_mode & S_IWGRP))
        return true;
    return access(path, W_OK) == 0;
}

/* Attributes from stat (target) and lstat (the link itself), by mono's
 * rules: Directory, ReadOnly when not writable, Hidden for dot names,
 * Normal for a plain writable file, ReparsePoint for symbolic links. */
static int32_t stat_attributes(const char *path, const struct stat *info, const struct stat *link) {
    int32_t attributes;
    bool hidden = path_is_hidden(path);
    bool writable = is_writable(info, path);
    if (S_ISDIR(info->st_mode))
        attributes = ATTR_DIRECTORY | (writable ? 0 : ATTR_READONLY) | (hidden ? ATTR_HIDDEN : 0);
    else if (!writable)
        attributes = ATTR_READONLY | (hidden ? ATTR_HIDDEN : 0);
    else
        attributes = hidden ? ATTR_HIDDEN : ATTR_NORMAL;
    if (link && S_ISLNK(link->st_mode))
        attributes |= ATTR_REPARSE_POINT;
    return attributes;
}

/* stat, falling back to lstat for a dangling symbolic link, then lstat:
 * 0, or an error code. */
static int32_t stat_both(const char *path, struct stat *info, struct stat *link, bool loop_is_dangling) {
    int r = stat(path, info);
    if (r != 0 && (errno == ENOENT || (loop_is_dangling && errno == ELOOP)))
        r = lstat(path, info);
    if (r != 0 || lstat(path, link) != 0)
        return path_error(NULL, path);
    return IO_SUCCESS;
}

/*
 * Open files. Windows semantics that FileStream relies on live here, as
 * in mono's Unix layer: sharing (FileShare) is checked between the
 * handles of this process, keyed by device and inode, against the share
 * mode of whoever opened the file first; DeleteOnClose unlinks at Close;
 * SetFileTime needs the file name. A handle is still the descriptor.
 */

/* Access and share bits (FileAccess and FileShare values). */
enum {
    ACCESS_READ = 1,
    ACCESS_WRITE = 2,
    SHARE_READ = 1,
    SHARE_WRITE = 2,
    SHARE_DELETE = 4,
};

/* FileOptions values Open reads. */
enum {
    OPTION_TEMPORARY = 1,
    OPTION_ENCRYPTED = 0x4000,
    OPTION_DELETE_ON_CLOSE = 0x04000000,
    OPTION_SEQUENTIAL_SCAN = 0x08000000,
    OPTION_RANDOM_ACCESS = 0x10000000,
};

/* One file open through one or more handles: the first opener's share
 * mode and access decide whether later opens may share it. */
typedef struct IoShare {
    dev_t device;
    ino_t inode;
    uint32_t share;
    uint32_t access;
    uint32_t handles;
    struct IoShare *next;
} IoShare;

/* What a descriptor opened by Open carries besides the descriptor. */
typedef struct IoFile {
    IoShare *share;
    char *name; /* for DeleteOnClose and SetFileTime */
    uint32_t access;
    bool delete_on_close;
} IoFile;

/* Descriptors are small integers: the table is indexed by them. */
static struct {
    pthread_mutex_t lock;
    IoShare *shares;
    IoFile *files;
    size_t capacity;
} io = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* The share entry of a file, a new one (with this share mode and access)
 * if none; *existed says which. NULL when memory runs out. Lock held. */
static IoShare *share_get(const struct stat *info, uint32_t share, uint32_t access, bool *existed) {
    for (IoShare *s = io.shares; s; s = s->next)
        if (s->device == info->st_dev && s->inode == info->st_ino) {
            s->handles++;
            *existed = true;
            return s;
        }
    IoShare *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    *s = (IoShare){info->st_dev, info->st_ino, share, access, 1, io.shares};
    io.shares = s;
    *existed = false;
    return s;
}

static void share_release(IoShare *share) {
    if (--share->handles)
        return;
    for (IoShare **p = &io.shares; *p; p = &(*p)->next)
        if (*p == share) {
            *p = share->next;
            break;
        }
    free(share);
}

/* Whether a new handle with this access and share mode may join the
 * file's existing ones, by mono's rule: no sharing on either side
 * refuses; a file shared for reading only admits pure readers, one
 * shared for writing only pure writers. */
static bool share_admits(const IoShare *existing, uint32_t share, uint32_t access) {
    if (existing->share == 0 || share == 0)
        return false;
    if (existing->share == SHARE_READ && access != ACCESS_READ)
        return false;
    if (existing->share == SHARE_WRITE && access != ACCESS_WRITE)
        return false;
    return true;
}

/* Whether the file may be renamed away (MoveFile): not while a handle
 * holds it without FileShare.Delete. */
static bool share_allows_delete(const struct stat *info) {
    bool allowed = true;
    pthread_mutex_lock(&io.lock);
    for (IoShare *s = io.shares; s; s = s->next)
        if (s->device == info->st_dev && s->inode == info->st_ino)
            allowed = (s->share & SHARE_DELETE) != 0;
    pthread_mutex_unlock(&io.lock);
    return allowed;
}

/* Records descriptor fd's file; false when memory runs out. Lock held. */
static bool file_record(int fd, IoFile file) {
    if ((size_t)fd >= io.capacity) {
        size_t capacity = io.capacity ? io.capacity : 64;
        while (capacity <= (size_t)fd)
            capacity *= 2;
        IoFile *grown = realloc(io.files, capacity * sizeof *grown);
        if (!grown)
            return false;
        memset(grown + io.capacity, 0, (capacity - io.capacity) * sizeof *grown);
        io.files = grown;
        io.capacity = capacity;
    }
    io.files[fd] = file;
    return true;
}

/* The record of descriptor fd, or NULL for one Open did not make. Lock held. */
static IoFile *file_of(int fd) {
    return fd >= 0 && (size_t)fd < io.capacity && io.files[fd].share ? &io.files[fd] : NULL;
}

/* Open(path, FileMode, FileAccess, FileShare, FileOptions, out error):
 * the descriptor, or -1. */
static bool io_open(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[5].p;
    int32_t mode = args[1].i4, access_mode = args[2].i4, options = args[4].i4;
    uint32_t share = (uint32_t)args[3].i4;
    result->p = (void *)(intptr_t)-1;
    bool oom;
    char *path = path_utf8(&args[0], &oom);
    if (!path) {
        if (oom)
            return icall_out_of_memory(context);
        *error = IO_INVALID_NAME;
        return true;
    }
    if (options & OPTION_ENCRYPTED) {
        free(path);
        *error = IO_ENCRYPTION_FAILED;
        return true;
    }
    /* Unknown values fall back as mono's do: read access, no sharing, Open. */
    uint32_t access = access_mode == 2 ? ACCESS_WRITE : access_mode == 3 ? ACCESS_READ | ACCESS_WRITE : ACCESS_READ;
    if (share & ~(uint32_t)(SHARE_READ | SHARE_WRITE | SHARE_DELETE))
        share = 0;
    int flags = access == ACCESS_READ ? O_RDONLY : access == ACCESS_WRITE ? O_WRONLY : O_RDWR;
    switch (mode) {
    case 1: flags |= O_CREAT | O_EXCL; break;  /* CreateNew */
    case 2: flags |= O_CREAT | O_TRUNC; break; /* Create */
    case 4:                                    /* OpenOrCreate */
    case 6: flags |= O_CREAT; break;           /* Append: FileStream seeks to the end */
    case 5: flags |= O_TRUNC; break;           /* Truncate */
    default: break;                            /* Open */
    }
    mode_t permissions = options & OPTION_TEMPORARY ? 0600 : 0666;
    int fd = open(path, flags | O_CLOEXEC, permissions);
    if (fd < 0 && errno == EISDIR) /* a directory opens, read-only, as on mono */
        fd = open(path, (flags & ~(O_RDWR | O_WRONLY)) | O_CLOEXEC, permissions);
    if (fd < 0) {
        *error = path_error(NULL, path);
        free(path);
        return true;
    }
    struct stat info;
    if (fstat(fd, &info) != 0) {
        *error = io_error_from_errno(errno);
        close(fd);
        free(path);
        return true;
    }
    if (S_ISFIFO(info.st_mode)) { /* pipes have no name to act on */
        free(path);
        path = NULL;
    }
    pthread_mutex_lock(&io.lock);
    bool existed = false;
    IoShare *entry = share_get(&info, share, access, &existed);
    int32_t failure = !entry                                       ? IO_TOO_MANY_OPEN_FILES
                      : existed && !share_admits(entry, share, access) ? IO_SHARING_VIOLATION
                                                                     : IO_SUCCESS;
    IoFile file = {entry, path, access, S_ISREG(info.st_mode) && (options & OPTION_DELETE_ON_CLOSE)};
    if (failure == IO_SUCCESS && !file_record(fd, file))
        failure = IO_NOT_ENOUGH_MEMORY;
    if (failure != IO_SUCCESS && entry)
        share_release(entry);
    pthread_mutex_unlock(&io.lock);
    if (failure != IO_SUCCESS) {
        close(fd);
        free(path);
        *error = failure;
        return true;
    }
    if (options & OPTION_SEQUENTIAL_SCAN)
        posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    if (options & OPTION_RANDOM_ACCESS)
        posix_fadvise(fd, 0, 0, POSIX_FADV_RANDOM);
    *error = IO_SUCCESS;
    result->p = (void *)(intptr_t)fd;
    return true;
}

/* Forgets descriptor fd's record, unlinking a DeleteOnClose file. */
static void file_forget(int fd) {
    pthread_mutex_lock(&io.lock);
    IoFile *file = file_of(fd);
    if (file) {
        if (file->delete_on_close && file->name)
            unlink(file->name);
        share_release(file->share);
        free(file->name);
        *file = (IoFile){0};
    }
    pthread_mutex_unlock(&io.lock);
}

/* Whether a handle Open made allows this access (others, the console
 * and pipes, are left to the descriptor). */
static bool handle_allows(int fd, uint32_t access) {
    pthread_mutex_lock(&io.lock);
    IoFile *file = file_of(fd);
    bool allowed = !file || (file->access & access);
    pthread_mutex_unlock(&io.lock);
    return allowed;
}

static int handle_fd(const VmSlot *handle) {
    return (int)(intptr_t)handle->p;
}

static bool console_output(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = (void *)(intptr_t)STDOUT_FILENO;
    return true;
}

static bool console_input(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = (void *)(intptr_t)STDIN_FILENO;
    return true;
}

static bool console_error(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = (void *)(intptr_t)STDERR_FILENO;
    return true;
}

/* GetFileType(handle, out error): MonoFileType Unknown 0, Disk 1, Char 2, Pipe 3. */
static bool get_file_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[1].p;
    struct stat info;
    if (fstat(handle_fd(&args[0]), &info) != 0) {
        *error = io_error_from_errno(errno);
        result->i4 = 0;
        return true;
    }
    *error = IO_SUCCESS;
    result->i4 = S_ISREG(info.st_mode) || S_ISDIR(info.st_mode) ? 1
                 : S_ISCHR(info.st_mode)                         ? 2
                 : S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode) ? 3
                                                                   : 0;
    return true;
}

/* The bytes [offset, offset + count) of a byte[], checked against its
 * length (FileStream checks too, but a handle can be used directly). */
static uint8_t *array_range(VmIcallContext *context, void *array, int32_t offset, int32_t count) {
    if (!array) {
        icall_throw_argument_null(context, "buffer");
        return NULL;
    }
    uint64_t length = *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET);
    if (offset < 0 || count < 0 || (uint64_t)offset + (uint64_t)count > length) {
        icall_throw_argument_out_of_range(context, "offset", NULL);
        return NULL;
    }
    return (uint8_t *)array + LD_ARRAY_DATA_OFFSET + offset;
}

/* Read(handle, byte[] dest, offset, count, out error): bytes read, 0 at
 * the end, -1 on error. Interrupted reads are retried. */
static bool io_read(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[4].p;
    uint8_t *bytes = array_range(context, args[1].p, args[2].i4, args[3].i4);
    if (!bytes)
        return false;
    if (!handle_allows(handle_fd(&args[0]), ACCESS_READ)) {
        *error = IO_ACCESS_DENIED;
        result->i4 = -1;
        return true;
    }
    ssize_t n;
    do
        n = read(handle_fd(&args[0]), bytes, (size_t)args[3].i4);
    while (n < 0 && errno == EINTR);
    *error = n < 0 ? io_error_from_errno(errno) : IO_SUCCESS;
    result->i4 = n < 0 ? -1 : (int32_t)n;
    return true;
}

/* Write(handle, byte[] src, offset, count, out error): all of it, unless
 * the descriptor fails. */
static bool io_write(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[4].p;
    uint8_t *bytes = array_range(context, args[1].p, args[2].i4, args[3].i4);
    if (!bytes)
        return false;
    if (!handle_allows(handle_fd(&args[0]), ACCESS_WRITE)) {
        *error = IO_ACCESS_DENIED;
        result->i4 = -1;
        return true;
    }
    size_t done = 0, count = (size_t)args[3].i4;
    while (done < count) {
        ssize_t n = write(handle_fd(&args[0]), bytes + done, count - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = io_error_from_errno(errno);
            result->i4 = -1;
            return true;
        }
        done += (size_t)n;
    }
    *error = IO_SUCCESS;
    result->i4 = (int32_t)done;
    return true;
}

static bool io_close(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[1].p;
    file_forget(handle_fd(&args[0]));
    int ok = close(handle_fd(&args[0])) == 0 || errno == EINTR;
    *error = ok ? IO_SUCCESS : io_error_from_errno(errno);
    result->i4 = ok;
    return true;
}

static bool io_flush(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[1].p;
    struct stat info;
    bool ok = fstat(handle_fd(&args[0]), &info) == 0; /* nothing is buffered here: only a check */
    *error = ok ? IO_SUCCESS : io_error_from_errno(errno);
    result->i4 = ok;
    return true;
}

/* Seek(handle, offset, SeekOrigin origin, out error): the new position. */
static bool io_seek(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[3].p;
    static const int whence[] = {SEEK_SET, SEEK_CUR, SEEK_END};
    if (args[2].i4 < 0 || args[2].i4 > 2) {
        *error = IO_INVALID_PARAMETER;
        result->i8 = -1;
        return true;
    }
    off_t position = lseek(handle_fd(&args[0]), (off_t)args[1].i8, whence[args[2].i4]);
    *error = position < 0 ? io_error_from_errno(errno) : IO_SUCCESS;
    result->i8 = position;
    return true;
}

static bool io_get_length(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[1].p;
    struct stat info;
    bool ok = fstat(handle_fd(&args[0]), &info) == 0;
    *error = ok ? IO_SUCCESS : io_error_from_errno(errno);
    result->i8 = ok ? info.st_size : -1;
    return true;
}

static bool io_set_length(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[2].p;
    bool ok = ftruncate(handle_fd(&args[0]), (off_t)args[1].i8) == 0;
    *error = ok ? IO_SUCCESS : io_error_from_errno(errno);
    result->i4 = ok;
    return true;
}

static bool directory_separator(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = '/';
    return true;
}

static bool volume_separator(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = '/';
    return true;
}

static bool path_separator(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = ':';
    return true;
}

/* ConsoleDriver.Isatty(handle). */
static bool is_a_tty(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = isatty(handle_fd(&args[0]));
    return true;
}

/* The (bool, out error) shape most path calls share: ok, or errno's
 * error for `path`. */
static bool path_result(VmSlot *result, int32_t *error, bool ok, const char *path) {
    *error = ok ? IO_SUCCESS : path_error(NULL, path);
    result->i4 = ok;
    return true;
}

/* The start of a path call: the UTF-8 path, or NULL with the call's
 * outcome decided (a null path is INVALID_NAME, failed memory throws). */
#define PATH_ARG(path, slot, error, result, failure)                   \
    bool path##_oom;                                                   \
    char *path = path_utf8(slot, &path##_oom);                         \
    if (!path) {                                                       \
        if (path##_oom)                                                \
            return icall_out_of_memory(context);                       \
        *(error) = IO_INVALID_NAME;                                    \
        failure;                                                       \
        return true;                                                   \
    }

/* A call of (string path, out MonoIOError error) that is one system call
 * on the path, returning whether it succeeded. */
static bool single_path_call(VmIcallContext *context, VmSlot *args, VmSlot *result, int (*call)(const char *path)) {
    int32_t *error = args[1].p;
    PATH_ARG(path, &args[0], error, result, result->i4 = 0);
    path_result(result, error, call(path) == 0, path);
    free(path);
    return true;
}

static int make_directory(const char *path) {
    return mkdir(path, 0777);
}

static bool create_directory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return single_path_call(context, args, result, make_directory);
}

static bool remove_directory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return single_path_call(context, args, result, rmdir);
}

static bool delete_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return single_path_call(context, args, result, unlink);
}

static bool get_current_directory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[0].p;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) {
        *error = io_error_from_errno(errno);
        result->p = NULL;
        return true;
    }
    *error = IO_SUCCESS;
    bool ok = icall_return_utf8(context, cwd, result);
    free(cwd);
    return ok;
}

static bool set_current_directory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[1].p;
    if (!args[0].p) {
        *error = IO_INVALID_PARAMETER;
        result->i4 = 0;
        return true;
    }
    PATH_ARG(path, &args[0], error, result, result->i4 = 0);
    bool ok = chdir(path) == 0;
    *error = ok ? IO_SUCCESS : io_error_from_errno(errno);
    result->i4 = ok;
    free(path);
    return true;
}

/* Copies the rest of one descriptor into another; false with errno set. */
static bool copy_contents(int from, int to) {
    char buffer[65536];
    for (;;) {
        ssize_t n = read(from, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n == 0;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(to, buffer + done, (size_t)(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0)
                return false;
            done += w;
        }
    }
}

/* CopyFile: contents, permissions and times, as mono's Unix layer does;
 * copying a file onto itself is a sharing violation, onto an existing
 * file without overwrite ALREADY_EXISTS. */
static int32_t copy_file(const char *source, const char *target, bool overwrite) {
    int from = open(source, O_RDONLY | O_CLOEXEC);
    if (from < 0)
        return path_error(NULL, source);
    struct stat info, existing;
    if (fstat(from, &info) != 0) {
        int32_t failure = io_error_from_errno(errno);
        close(from);
        return failure;
    }
    if (stat(target, &existing) == 0) {
        int32_t failure = info.st_dev == existing.st_dev && info.st_ino == existing.st_ino ? IO_SHARING_VIOLATION
                          : !overwrite                                                  ? IO_ALREADY_EXISTS
                                                                                        : IO_SUCCESS;
        if (failure != IO_SUCCESS) {
            close(from);
            return failure;
        }
    }
    int to = overwrite ? open(target, O_WRONLY | O_TRUNC | O_CLOEXEC, info.st_mode) : -1;
    if (to < 0)
        to = open(target, O_WRONLY | O_CREAT | O_TRUNC | (overwrite ? 0 : O_EXCL) | O_CLOEXEC, info.st_mode);
    if (to < 0) {
        int32_t failure = io_error_from_errno(errno);
        close(from);
        return failure;
    }
    int32_t failure = copy_contents(from, to) ? IO_SUCCESS : io_error_from_errno(errno);
    close(from);
    close(to);
    struct timeval times[2] = {
        {info.st_atim.tv_sec, info.st_atim.tv_nsec / 1000},
        {info.st_mtim.tv_sec, info.st_mtim.tv_nsec / 1000},
    };
    utimes(target, times); /* as on mono, a failure here is not the copy's */
    return failure;
}

/* CopyFile(source, target, overwrite, out error). */
static bool io_copy_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[3].p;
    result->i4 = 0;
    PATH_ARG(source, &args[0], error, result, (void)0);
    PATH_ARG(target, &args[1], error, result, free(source));
    *error = copy_file(source, target, args[2].i4 != 0);
    result->i4 = *error == IO_SUCCESS;
    free(source);
    free(target);
    return true;
}

/* MoveFile: a rename, refused onto another existing file, or while the
 * source is open without FileShare.Delete; across devices, a copy and a
 * delete (files only). */
static int32_t move_file(const char *source, const char *target) {
    struct stat from, to;
    if (stat(source, &from) != 0 && (errno != ENOENT || lstat(source, &from) != 0))
        return path_error(NULL, source);
    if (stat(target, &to) == 0 && (to.st_dev != from.st_dev || to.st_ino != from.st_ino))
        return IO_ALREADY_EXISTS;
    if (!share_allows_delete(&from))
        return IO_SHARING_VIOLATION;
    if (rename(source, target) == 0)
        return IO_SUCCESS;
    switch (errno) {
    case EEXIST: return IO_ALREADY_EXISTS;
    case ENOENT: return path_error(NULL, target); /* the source exists: the target's directory is missing */
    case EXDEV: break;
    default: return io_error_from_errno(errno);
    }
    if (S_ISDIR(from.st_mode))
        return IO_NOT_SAME_DEVICE;
    int32_t failure = copy_file(source, target, false);
    if (failure != IO_SUCCESS)
        return failure;
    return unlink(source) == 0 ? IO_SUCCESS : path_error(NULL, source);
}

static bool io_move_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[2].p;
    result->i4 = 0;
    PATH_ARG(source, &args[0], error, result, (void)0);
    PATH_ARG(target, &args[1], error, result, free(source));
    *error = move_file(source, target);
    result->i4 = *error == IO_SUCCESS;
    free(source);
    free(target);
    return true;
}

/* ReplaceFile: the replaced file moves to the backup (if named), the
 * replacement takes its place; if that fails the backup moves back. */
static int32_t replace_file(const char *replacement, const char *replaced, const char *backup) {
    if (backup && rename(replaced, backup) != 0)
        return path_error(NULL, replaced);
    if (rename(replacement, replaced) == 0)
        return IO_SUCCESS;
    int32_t failure = path_error(NULL, replacement);
    if (backup)
        rename(backup, replaced);
    return failure;
}

/* ReplaceFile(source, destination, backup, ignoreMetadataErrors, out error). */
static bool io_replace_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[4].p;
    result->i4 = 0;
    PATH_ARG(source, &args[0], error, result, (void)0);
    PATH_ARG(destination, &args[1], error, result, free(source));
    bool backup_oom;
    char *backup = path_utf8(&args[2], &backup_oom);
    if (backup_oom) {
        free(source);
        free(destination);
        return icall_out_of_memory(context);
    }
    *error = replace_file(source, destination, backup);
    result->i4 = *error == IO_SUCCESS;
    free(source);
    free(destination);
    free(backup);
    return true;
}

/* GetFileAttributes(path, out error): the attributes, or -1. */
static bool get_file_attributes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[1].p;
    result->i4 = -1;
    PATH_ARG(path, &args[0], error, result, (void)0);
    struct stat info, link;
    *error = stat_both(path, &info, &link, true);
    if (*error == IO_SUCCESS)
        result->i4 = stat_attributes(path, &info, &link);
    free(path);
    return true;
}

/* SetFileAttributes(path, attributes, out error): on Unix only ReadOnly
 * means something (the write bits), and mono's private executable flag. */
static bool set_file_attributes(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[2].p;
    int32_t attributes = args[1].i4;
    result->i4 = 0;
    PATH_ARG(path, &args[0], error, result, (void)0);
    struct stat info;
    if (stat(path, &info) != 0 && (errno != ENOENT || lstat(path, &info) != 0)) {
        *error = path_error(NULL, path);
        free(path);
        return true;
    }
    if (attributes & ATTR_READONLY)
        chmod(path, info.st_mode & ~(mode_t)(S_IWUSR | S_IWGRP | S_IWOTH));
    else
        chmod(path, info.st_mode | S_IWUSR);
    if (attributes & ATTR_SET_EXECUTABLE) {
        mode_t executable = (info.st_mode & S_IRUSR ? S_IXUSR : 0) | (info.st_mode & S_IRGRP ? S_IXGRP : 0) |
                            (info.st_mode & S_IROTH ? S_IXOTH : 0);
        chmod(path, info.st_mode | executable);
    }
    *error = IO_SUCCESS; /* as on mono: chmod's own failures are not reported */
    result->i4 = 1;
    free(path);
    return true;
}

/* FILETIME ticks (100 ns since 1601) of a Unix time. */
#define FILETIME_UNIX_EPOCH 116444736000000000LL
static int64_t filetime_of(struct timespec t) {
    return (int64_t)t.tv_sec * 10000000 + (t.tv_nsec / 1000) * 10 + FILETIME_UNIX_EPOCH;
}

/* GetFileStat(path, out MonoIOStat, out error): MonoIOStat's fields are
 * found by name. Creation time is the earlier of the change and
 * modification times (Unix keeps no birth time), from lstat as mono does. */
static bool get_file_stat(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[2].p;
    LdMethodTable *type = icall_corlib_type(context, "System.IO", "MonoIOStat");
    if (!type)
        return false;
    uint8_t *attributes = icall_field(context, args[1].p, type, "fileAttributes");
    uint8_t *length = icall_field(context, args[1].p, type, "Length");
    uint8_t *creation = icall_field(context, args[1].p, type, "CreationTime");
    uint8_t *access_time = icall_field(context, args[1].p, type, "LastAccessTime");
    uint8_t *write_time = icall_field(context, args[1].p, type, "LastWriteTime");
    if (!attributes || !length || !creation || !access_time || !write_time)
        return false;
    int32_t attr = 0;
    int64_t size = 0, created = 0, accessed = 0, written = 0;
    result->i4 = 0;
    bool oom;
    char *path = path_utf8(&args[0], &oom);
    if (!path && oom)
        return icall_out_of_memory(context);
    struct stat info, link;
    *error = !path ? IO_INVALID_NAME : stat_both(path, &info, &link, false);
    if (*error == IO_SUCCESS) {
        attr = stat_attributes(path, &info, &link);
        size = attr & ATTR_DIRECTORY ? 0 : info.st_size;
        bool modified_first = link.st_mtim.tv_sec < link.st_ctim.tv_sec ||
                              (link.st_mtim.tv_sec == link.st_ctim.tv_sec && link.st_mtim.tv_nsec < link.st_ctim.tv_nsec);
        created = filetime_of(modified_first ? link.st_mtim : link.st_ctim);
        accessed = filetime_of(link.st_atim);
        written = filetime_of(link.st_mtim);
        result->i4 = 1;
    }
    memcpy(attributes, &attr, sizeof attr);
    memcpy(length, &size, sizeof size);
    memcpy(creation, &created, sizeof created);
    memcpy(access_time, &accessed, sizeof accessed);
    memcpy(write_time, &written, sizeof written);
    free(path);
    return true;
}

/*
 * Directory searches. FindFirstFile reads the whole directory at once,
 * keeps the names matching the pattern (mono's glob: '*' any run, '?'
 * one byte, '\' quotes, and "x.*" also matches "x"), sorted by strcmp as
 * mono sorts them; FindNextFile hands them out one by one, skipping
 * names that vanished meanwhile. A handle is the search's address, known
 * to a list so that a stale one is refused rather than followed.
 */
typedef struct IoSearch {
    char *directory;
    char **names;
    size_t count, next;
    struct IoSearch *older;
} IoSearch;

static IoSearch *searches; /* under io.lock */

static bool glob_match(const char *name, const char *pattern) {
    while (*pattern) {
        char c = *pattern++;
        if (c == '*') {
            while (*pattern == '*')
                pattern++;
            if (!*pattern)
                return true;
            for (;; name++) {
                if (glob_match(name, pattern))
                    return true;
                if (!*name)
                    return false;
            }
        }
        if (c == '?') {
            if (!*name++)
                return false;
            continue;
        }
        if (c == '\\' && *pattern)
            c = *pattern++;
        if (*name++ != c)
            return false;
    }
    return !*name;
}

bool io_pattern_matches(const char *name, const char *pattern) {
    if (glob_match(name, pattern))
        return true;
    size_t n = strlen(pattern);
    if (n >= 2 && !strcmp(pattern + n - 2, ".*")) {
        char *shorter = strndup(pattern, n - 2);
        bool match = shorter && glob_match(name, shorter);
        free(shorter);
        return match;
    }
    return false;
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void search_free(IoSearch *search) {
    for (size_t i = 0; i < search->count; i++)
        free(search->names[i]);
    free(search->names);
    free(search->directory);
    free(search);
}

/* The matches of `pattern` (a directory part and a name pattern): a
 * search, or NULL with *error set (FILE_NOT_FOUND when nothing matches). */
static IoSearch *search_start(const char *pattern, int32_t *error) {
    IoSearch *search = calloc(1, sizeof *search);
    const char *slash = strrchr(pattern, '/');
    const char *name_pattern = slash ? slash + 1 : pattern;
    if (!search || !(search->directory = path_directory(pattern))) {
        free(search);
        *error = IO_NOT_ENOUGH_MEMORY;
        return NULL;
    }
    DIR *dir = opendir(search->directory);
    if (!dir) {
        /* an unreadable directory that exists is access denied */
        if (errno == ENOENT && access(search->directory, F_OK) == 0 && access(search->directory, R_OK | X_OK) != 0)
            errno = EACCES;
        *error = path_error(search->directory, NULL);
        search_free(search);
        return NULL;
    }
    size_t capacity = 0;
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (!strcmp(entry->d_name, ".") || !strcmp(entry->d_name, "..") || !io_pattern_matches(entry->d_name, name_pattern))
            continue;
        if (search->count == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            char **grown = realloc(search->names, capacity * sizeof *grown);
            if (!grown)
                break;
            search->names = grown;
        }
        if (!(search->names[search->count] = strdup(entry->d_name)))
            break;
        search->count++;
    }
    closedir(dir);
    if (search->count == 0) {
        *error = IO_FILE_NOT_FOUND;
        search_free(search);
        return NULL;
    }
    qsort(search->names, search->count, sizeof *search->names, compare_names);
    return search;
}

/* The next match that still exists: its name and attributes, or false
 * when there are no more. */
static bool search_next(IoSearch *search, const char **name, int32_t *attributes) {
    while (search->next < search->count) {
        const char *entry = search->names[search->next++];
        size_t size = strlen(search->directory) + strlen(entry) + 2;
        char *full = malloc(size);
        if (!full)
            return false;
        snprintf(full, size, "%s/%s", search->directory, entry);
        struct stat info, link;
        bool found = stat_both(full, &info, &link, false) == IO_SUCCESS;
        if (found)
            *attributes = stat_attributes(full, &info, &link);
        free(full);
        if (found) {
            *name = entry;
            return true;
        }
    }
    return false;
}

/* Stores a found name into an `out string`. */
static bool store_name(VmIcallContext *context, void **slot, const char *name) {
    void *string = name ? vm_new_string_utf8(context->vm, context->thread, name, strlen(name)) : NULL;
    if (name && !string)
        return icall_out_of_memory(context);
    gc_write_barrier((GcObject **)slot, string);
    return true;
}

/* The next match of a search as a malloc'd name (NULL when there are no
 * more, or with *oom when the copy failed) and its attributes. Lock held. */
static char *search_take(IoSearch *search, int32_t *attributes, bool *oom) {
    const char *name = NULL;
    *attributes = 0;
    char *copy = search_next(search, &name, attributes) ? strdup(name) : NULL;
    *oom = name && !copy;
    return copy;
}

/* Fills FindFirstFile's and FindNextFile's out parameters (name,
 * attributes, error) from a match taken under the lock; the string is
 * made after it is released, since making one may collect. */
static bool search_report(VmIcallContext *context, VmSlot *args, char *name, int32_t attributes) {
    *(int32_t *)args[2].p = name ? attributes : 0;
    *(int32_t *)args[3].p = name ? IO_SUCCESS : IO_NO_MORE_FILES;
    bool ok = store_name(context, args[1].p, name);
    free(name);
    return ok;
}

/* FindFirstFile(pattern, out name, out attributes, out error): a search
 * handle, or -1. */
static bool find_first_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[3].p;
    result->p = (void *)(intptr_t)-1;
    *(int32_t *)args[2].p = 0;
    bool oom;
    char *pattern = path_utf8(&args[0], &oom);
    if (!pattern) {
        if (oom)
            return icall_out_of_memory(context);
        *error = IO_PATH_NOT_FOUND;
        return store_name(context, args[1].p, NULL);
    }
    IoSearch *search = search_start(pattern, error);
    free(pattern);
    if (!search)
        return store_name(context, args[1].p, NULL);
    int32_t attributes;
    bool name_oom;
    char *name = search_take(search, &attributes, &name_oom); /* nobody else knows the search yet */
    if (name_oom) {
        search_free(search);
        return icall_out_of_memory(context);
    }
    if (!name) {
        search_free(search);
        bool ok = store_name(context, args[1].p, NULL);
        *error = IO_NO_MORE_FILES;
        return ok;
    }
    pthread_mutex_lock(&io.lock);
    search->older = searches;
    searches = search;
    pthread_mutex_unlock(&io.lock);
    result->p = search;
    return search_report(context, args, name, attributes);
}

/* The live search a handle names, or NULL. Lock held. */
static IoSearch **search_of(void *handle) {
    for (IoSearch **s = &searches; *s; s = &(*s)->older)
        if (*s == handle)
            return s;
    return NULL;
}

/* FindNextFile(handle, out name, out attributes, out error). */
static bool find_next_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t attributes = 0;
    char *name = NULL;
    bool name_oom = false;
    pthread_mutex_lock(&io.lock);
    IoSearch **search = search_of(args[0].p);
    if (search)
        name = search_take(*search, &attributes, &name_oom);
    pthread_mutex_unlock(&io.lock);
    if (name_oom)
        return icall_out_of_memory(context);
    result->i4 = name != NULL;
    if (!search) {
        *(int32_t *)args[2].p = 0;
        *(int32_t *)args[3].p = IO_INVALID_HANDLE;
        return store_name(context, args[1].p, NULL);
    }
    return search_report(context, args, name, attributes);
}

static bool find_close_file(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    pthread_mutex_lock(&io.lock);
    IoSearch **search = search_of(args[0].p);
    IoSearch *closed = search ? *search : NULL;
    if (search)
        *search = closed->older;
    pthread_mutex_unlock(&io.lock);
    if (closed)
        search_free(closed);
    result->i4 = closed != NULL;
    return true;
}

/* SetFileTime(handle, creation, access, write, out error): FILETIME
 * ticks, negative for "leave it"; Unix has no creation time to set. The
 * handle must be a file opened for writing, its name known. */
static bool set_file_time(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[4].p;
    int fd = handle_fd(&args[0]);
    int64_t access_ticks = args[2].i8, write_ticks = args[3].i8;
    result->i4 = 0;
    pthread_mutex_lock(&io.lock);
    IoFile *file = file_of(fd);
    char *name = file && file->name ? strdup(file->name) : NULL;
    bool writable = file && (file->access & ACCESS_WRITE);
    pthread_mutex_unlock(&io.lock);
    struct stat info;
    if (!file)
        *error = IO_INVALID_HANDLE;
    else if (!writable)
        *error = IO_ACCESS_DENIED;
    else if (!name)
        *error = IO_INVALID_HANDLE;
    else if (fstat(fd, &info) != 0 || (access_ticks >= 0 && access_ticks < FILETIME_UNIX_EPOCH) ||
             (write_ticks >= 0 && write_ticks < FILETIME_UNIX_EPOCH))
        *error = IO_INVALID_PARAMETER;
    else {
        struct timeval times[2] = {
            {info.st_atim.tv_sec, info.st_atim.tv_nsec / 1000},
            {info.st_mtim.tv_sec, info.st_mtim.tv_nsec / 1000},
        };
        int64_t ticks[2] = {access_ticks, write_ticks};
        for (int i = 0; i < 2; i++)
            if (ticks[i] >= 0) {
                int64_t since_epoch = ticks[i] - FILETIME_UNIX_EPOCH;
                times[i] = (struct timeval){since_epoch / 10000000, (since_epoch % 10000000) / 10};
            }
        *error = utimes(name, times) == 0 ? IO_SUCCESS : IO_INVALID_PARAMETER;
        result->i4 = *error == IO_SUCCESS;
    }
    free(name);
    return true;
}

/* Lock/Unlock(handle, position, length, out error): POSIX record locks,
 * which exclude other processes; where locking is unsupported it
 * succeeds, as on mono. */
static void lock_region(VmSlot *args, short type) {
    int32_t *error = args[3].p;
    int64_t position = args[1].i8, length = args[2].i8;
    if (type == F_WRLCK && (position < 0 || length < 0)) {
        *error = IO_INVALID_PARAMETER;
        return;
    }
    struct flock region = {.l_type = type, .l_whence = SEEK_SET, .l_start = (off_t)position, .l_len = (off_t)length};
    int r;
    do
        r = fcntl(handle_fd(&args[0]), F_SETLK, &region);
    while (r < 0 && errno == EINTR);
    *error = r == 0 || errno == ENOLCK || errno == EOPNOTSUPP ? IO_SUCCESS : IO_LOCK_VIOLATION;
}

static bool io_lock(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    lock_region(args, F_WRLCK);
    return true;
}

static bool io_unlock(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    lock_region(args, F_UNLCK);
    return true;
}

/* CreatePipe(out read, out write, out error). */
static bool create_pipe(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[2].p;
    int ends[2];
    bool ok = pipe(ends) == 0;
    *error = ok ? IO_SUCCESS : io_error_from_errno(errno);
    *(void **)args[0].p = ok ? (void *)(intptr_t)ends[0] : (void *)(intptr_t)-1;
    *(void **)args[1].p = ok ? (void *)(intptr_t)ends[1] : (void *)(intptr_t)-1;
    result->i4 = ok;
    return true;
}

/* DuplicateHandle(source process, handle, target process, out handle,
 * access, inherit, options, out error): within this process only; the
 * copy shares the original's file record. */
static bool duplicate_handle(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    int32_t *error = args[7].p;
    int fd = handle_fd(&args[1]);
    int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    *(void **)args[3].p = (void *)(intptr_t)copy;
    if (copy < 0) {
        *error = errno == EBADF ? IO_INVALID_HANDLE : io_error_from_errno(errno);
        result->i4 = 0;
        return true;
    }
    pthread_mutex_lock(&io.lock);
    IoFile *file = file_of(fd);
    bool recorded = true;
    if (file) {
        IoFile twin = {file->share, file->name ? strdup(file->name) : NULL, file->access, false};
        recorded = (!file->name || twin.name) && file_record(copy, twin);
        if (recorded)
            twin.share->handles++;
        else
            free(twin.name);
    }
    pthread_mutex_unlock(&io.lock);
    if (!recorded) {
        close(copy);
        return icall_out_of_memory(context);
    }
    *error = IO_SUCCESS;
    result->i4 = 1;
    return true;
}

/* Cancel_internal: there is no pending I/O to cancel, as on mono for Unix. */
static bool cancel(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    *(int32_t *)args[1].p = IO_NOT_SUPPORTED;
    result->i4 = 0;
    return true;
}

/* Path.get_temp_path: as glib's g_get_tmp_dir. */
static bool temp_path(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *names[] = {"TMPDIR", "TMP", "TEMP"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *value = getenv(names[i]);
        if (value && *value)
            return icall_return_utf8(context, value, result);
    }
    return icall_return_utf8(context, "/tmp", result);
}

const VmIcall icall_io[] = {
    {"System.IO.MonoIO::get_ConsoleOutput", console_output},
    {"System.IO.MonoIO::get_ConsoleInput", console_input},
    {"System.IO.MonoIO::get_ConsoleError", console_error},
    {"System.IO.MonoIO::GetFileType", get_file_type},
    {"System.IO.MonoIO::Read", io_read},
    {"System.IO.MonoIO::Write", io_write},
    {"System.IO.MonoIO::Close", io_close},
    {"System.IO.MonoIO::Flush", io_flush},
    {"System.IO.MonoIO::Seek", io_seek},
    {"System.IO.MonoIO::GetLength", io_get_length},
    {"System.IO.MonoIO::SetLength", io_set_length},
    {"System.IO.MonoIO::get_DirectorySeparatorChar", directory_separator},
    {"System.IO.MonoIO::get_AltDirectorySeparatorChar", directory_separator},
    {"System.IO.MonoIO::get_VolumeSeparatorChar", volume_separator},
    {"System.IO.MonoIO::get_PathSeparator", path_separator},
    {"System.ConsoleDriver::Isatty", is_a_tty},
    {"System.IO.MonoIO::Open", io_open},
    {"System.IO.MonoIO::Cancel_internal", cancel},
    {"System.IO.MonoIO::CreateDirectory", create_directory},
    {"System.IO.MonoIO::RemoveDirectory", remove_directory},
    {"System.IO.MonoIO::DeleteFile", delete_file},
    {"System.IO.MonoIO::GetCurrentDirectory", get_current_directory},
    {"System.IO.MonoIO::SetCurrentDirectory", set_current_directory},
    {"System.IO.MonoIO::CopyFile", io_copy_file},
    {"System.IO.MonoIO::MoveFile", io_move_file},
    {"System.IO.MonoIO::ReplaceFile", io_replace_file},
    {"System.IO.MonoIO::GetFileAttributes", get_file_attributes},
    {"System.IO.MonoIO::SetFileAttributes", set_file_attributes},
    {"System.IO.MonoIO::GetFileStat", get_file_stat},
    {"System.IO.MonoIO::FindFirstFile", find_first_file},
    {"System.IO.MonoIO::FindNextFile", find_next_file},
    {"System.IO.MonoIO::FindCloseFile", find_close_file},
    {"System.IO.MonoIO::SetFileTime", set_file_time},
    {"System.IO.MonoIO::Lock", io_lock},
    {"System.IO.MonoIO::Unlock", io_unlock},
    {"System.IO.MonoIO::CreatePipe", create_pipe},
    {"System.IO.MonoIO::DuplicateHandle", duplicate_handle},
    {"System.IO.Path::get_temp_path", temp_path},
};
const uint32_t icall_io_count = ICALL_COUNT(icall_io);
