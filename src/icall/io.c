/*
 * io.c - System.IO.MonoIO: files and the console through POSIX. A handle
 * is the file descriptor itself (stdin is 0), as on mono for Unix; errors
 * come back as the Win32 error codes of corlib's MonoIOError, which is
 * what FileStream and friends turn into exceptions.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
    IO_SHARING_VIOLATION = 32,
    IO_HANDLE_DISK_FULL = 39,
    IO_FILE_EXISTS = 80,
    IO_INVALID_PARAMETER = 87,
    IO_BROKEN_PIPE = 109,
    IO_INVALID_NAME = 123,
    IO_DIR_NOT_EMPTY = 145,
    IO_ALREADY_EXISTS = 183,
    IO_FILENAME_EXCED_RANGE = 206,
    IO_NOT_SAME_DEVICE = 17,
    IO_GEN_FAILURE = 31,
};

/* The MonoIOError for an errno, as mono's w32file layer maps them. */
int32_t io_error_from_errno(int error) {
    switch (error) {
    case 0: return IO_SUCCESS;
    case EACCES:
    case EPERM:
    case EROFS: return IO_ACCESS_DENIED;
    case EAGAIN: return IO_SHARING_VIOLATION;
    case EBUSY: return IO_ACCESS_DENIED;
    case EEXIST: return IO_FILE_EXISTS;
    case EISDIR: return IO_FILE_NOT_FOUND;
    case ENFILE:
    case EMFILE: return IO_TOO_MANY_OPEN_FILES;
    case ENOENT: return IO_FILE_NOT_FOUND;
    case ENOTDIR: return IO_PATH_NOT_FOUND;
    case ENOSPC: return IO_HANDLE_DISK_FULL;
    case ENOTEMPTY: return IO_DIR_NOT_EMPTY;
    case ENAMETOOLONG: return IO_FILENAME_EXCED_RANGE;
    case EBADF: return IO_INVALID_HANDLE;
    case EINVAL: return IO_INVALID_PARAMETER;
    case EXDEV: return IO_NOT_SAME_DEVICE;
    case EPIPE: return IO_BROKEN_PIPE;
    case ENOMEM: return IO_NOT_ENOUGH_MEMORY;
    default: return IO_GEN_FAILURE;
    }
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
};
const uint32_t icall_io_count = ICALL_COUNT(icall_io);
