/*
 * test_io.c - System.IO.MonoIO's internal calls (src/icall/io.c) called
 * directly, in a scratch directory: the Windows semantics corlib expects
 * from them on Unix (error codes, FileShare between handles, DeleteOnClose,
 * copy/move/replace rules, attributes, times, locks, pipes). Calls that
 * make managed strings need a runtime and are covered by the io_* test
 * programs instead.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "icall/internal.h"
#include "unit.h"

static char scratch[256];

static VmIcallFunction io_call(const char *name) {
    for (uint32_t i = 0; i < icall_io_count; i++)
        if (!strcmp(icall_io[i].name, name))
            return icall_io[i].function;
    printf("  no icall %s\n", name);
    exit(1);
}

/* A NUL-terminated UTF-16 copy of scratch/name (ASCII names only). */
static uint16_t *path16(const char *name) {
    static uint16_t buffers[4][300];
    static int next;
    uint16_t *out = buffers[next++ % 4];
    char full[300];
    snprintf(full, sizeof full, "%s/%s", scratch, name);
    size_t i = 0;
    for (; full[i] && i < 299; i++)
        out[i] = (uint16_t)full[i];
    out[i] = 0;
    return out;
}

static char *path8(const char *name) {
    static char full[4][300];
    static int next;
    char *out = full[next++ % 4];
    snprintf(out, 300, "%s/%s", scratch, name);
    return out;
}

static VmIcallContext context;

/* Open(path, mode, access, share, options, out error): the descriptor or -1. */
static int io_open(const char *name, int mode, int access, int share, int options, int32_t *error) {
    VmSlot args[6] = {{.p = path16(name)}, {.i4 = mode}, {.i4 = access}, {.i4 = share}, {.i4 = options}, {.p = error}};
    VmSlot result = {0};
    CHECK(io_call("System.IO.MonoIO::Open")(&context, args, &result));
    return (int)(intptr_t)result.p;
}

static void io_close(int fd) {
    int32_t error = -1;
    VmSlot args[2] = {{.p = (void *)(intptr_t)fd}, {.p = &error}};
    VmSlot result = {0};
    CHECK(io_call("System.IO.MonoIO::Close")(&context, args, &result));
    CHECK_EQ(error, 0);
}

/* A call of shape (path..., out error) -> bool: the error, or 0. */
static int32_t path_call(const char *icall, const char *a, const char *b) {
    int32_t error = -1;
    VmSlot args[3] = {{.p = path16(a)}};
    int n = 1;
    if (b)
        args[n++].p = path16(b);
    args[n].p = &error;
    VmSlot result = {0};
    CHECK(io_call(icall)(&context, args, &result));
    CHECK_EQ(result.i4 != 0, error == 0);
    return error;
}

static void write_file(const char *name, const char *text) {
    FILE *f = fopen(path8(name), "w");
    fputs(text, f);
    fclose(f);
}

static size_t file_size(const char *name) {
    struct stat info;
    return stat(path8(name), &info) == 0 ? (size_t)info.st_size : (size_t)-1;
}

enum { MODE_CREATE_NEW = 1, MODE_CREATE = 2, MODE_OPEN = 3, MODE_TRUNCATE = 5 };
enum { READ = 1, WRITE = 2, READ_WRITE = 3 };
enum { SHARE_NONE = 0, SHARE_READ = 1, SHARE_WRITE = 2, SHARE_READ_WRITE = 3, SHARE_DELETE = 4 };

static void open_modes_and_errors(void) {
    int32_t error;
    CHECK_EQ(io_open("missing", MODE_OPEN, READ, SHARE_READ, 0, &error), -1);
    CHECK_EQ(error, 2); /* FILE_NOT_FOUND: the directory exists */
    CHECK_EQ(io_open("nodir/missing", MODE_OPEN, READ, SHARE_READ, 0, &error), -1);
    CHECK_EQ(error, 3); /* PATH_NOT_FOUND */
    int fd = io_open("a", MODE_CREATE_NEW, WRITE, SHARE_NONE, 0, &error);
    CHECK(fd >= 0);
    CHECK_EQ(error, 0);
    io_close(fd);
    CHECK_EQ(io_open("a", MODE_CREATE_NEW, WRITE, SHARE_NONE, 0, &error), -1);
    CHECK_EQ(error, 80); /* FILE_EXISTS */
    write_file("a", "12345");
    fd = io_open("a", MODE_TRUNCATE, WRITE, SHARE_NONE, 0, &error);
    CHECK(fd >= 0);
    io_close(fd);
    CHECK_EQ(file_size("a"), 0);
    fd = io_open("", MODE_OPEN, READ_WRITE, SHARE_READ, 0, &error); /* a directory opens read-only */
    CHECK(fd >= 0);
    if (fd >= 0)
        io_close(fd);
    CHECK_EQ(io_open("a", MODE_OPEN, READ, SHARE_READ, 0x4000, &error), -1); /* Encrypted */
    CHECK_EQ(error, 6000);
    VmSlot null_path[6] = {{.p = NULL}, {.i4 = MODE_OPEN}, {.i4 = READ}, {.i4 = 0}, {.i4 = 0}, {.p = &error}};
    VmSlot result;
    CHECK(io_call("System.IO.MonoIO::Open")(&context, null_path, &result));
    CHECK_EQ(error, 123); /* INVALID_NAME */
}

static void sharing_between_handles(void) {
    int32_t error;
    write_file("s", "shared");
    int first = io_open("s", MODE_OPEN, READ, SHARE_READ, 0, &error);
    CHECK(first >= 0);
    int second = io_open("s", MODE_OPEN, READ, SHARE_READ_WRITE, 0, &error);
    CHECK(second >= 0);
    CHECK_EQ(io_open("s", MODE_OPEN, WRITE, SHARE_READ_WRITE, 0, &error), -1);
    CHECK_EQ(error, 32); /* SHARING_VIOLATION: shared for reading only */
    io_close(second);
    io_close(first);
    first = io_open("s", MODE_OPEN, READ_WRITE, SHARE_NONE, 0, &error);
    CHECK(first >= 0);
    CHECK_EQ(io_open("s", MODE_OPEN, READ, SHARE_READ_WRITE, 0, &error), -1);
    CHECK_EQ(error, 32);
    CHECK_EQ(path_call("System.IO.MonoIO::MoveFile", "s", "s2"), 32); /* no FileShare.Delete */
    io_close(first);
    first = io_open("s", MODE_OPEN, READ, SHARE_READ | SHARE_DELETE, 0, &error);
    CHECK_EQ(path_call("System.IO.MonoIO::MoveFile", "s", "s2"), 0);
    io_close(first);
    CHECK_EQ(access(path8("s2"), F_OK), 0);
    /* the handle of a closed file no longer counts */
    first = io_open("s2", MODE_OPEN, READ_WRITE, SHARE_NONE, 0, &error);
    CHECK(first >= 0);
    io_close(first);
}

static void read_write_access_of_handles(void) {
    int32_t error;
    write_file("rw", "abc");
    int fd = io_open("rw", MODE_OPEN, READ, SHARE_READ, 0, &error);
    uint8_t array[LD_ARRAY_DATA_OFFSET + 8] = {0};
    uint64_t length = 8;
    memcpy(array + LD_ARRAY_LENGTH_OFFSET, &length, sizeof length);
    VmSlot args[5] = {{.p = (void *)(intptr_t)fd}, {.p = array}, {.i4 = 0}, {.i4 = 3}, {.p = &error}};
    VmSlot result;
    CHECK(io_call("System.IO.MonoIO::Write")(&context, args, &result));
    CHECK_EQ(result.i4, -1);
    CHECK_EQ(error, 5); /* ACCESS_DENIED: opened for reading */
    CHECK(io_call("System.IO.MonoIO::Read")(&context, args, &result));
    CHECK_EQ(result.i4, 3);
    CHECK(!memcmp(array + LD_ARRAY_DATA_OFFSET, "abc", 3));
    io_close(fd);
}

static void delete_on_close(void) {
    int32_t error;
    int fd = io_open("doomed", MODE_CREATE, READ_WRITE, SHARE_NONE, 0x04000000, &error);
    CHECK(fd >= 0);
    CHECK_EQ(access(path8("doomed"), F_OK), 0);
    io_close(fd);
    CHECK(access(path8("doomed"), F_OK) != 0);
}

static void directories_and_attributes(void) {
    CHECK_EQ(path_call("System.IO.MonoIO::CreateDirectory", "d", NULL), 0);
    CHECK_EQ(path_call("System.IO.MonoIO::CreateDirectory", "d", NULL), 80);
    CHECK_EQ(path_call("System.IO.MonoIO::CreateDirectory", "x/y", NULL), 3);
    write_file("d/f", "x");
    write_file("d/.hidden", "x");
    CHECK_EQ(path_call("System.IO.MonoIO::RemoveDirectory", "d", NULL), 145); /* DIR_NOT_EMPTY */
    int32_t error;
    VmSlot args[3] = {{.p = path16("d")}, {.p = &error}};
    VmSlot result;
    CHECK(io_call("System.IO.MonoIO::GetFileAttributes")(&context, args, &result));
    CHECK_EQ(result.i4 & 0x10, 0x10); /* Directory */
    args[0].p = path16("d/f");
    CHECK(io_call("System.IO.MonoIO::GetFileAttributes")(&context, args, &result));
    CHECK(result.i4 == 0x80 || result.i4 == 0x1); /* Normal, or ReadOnly if not writable */
    args[0].p = path16("d/.hidden");
    CHECK(io_call("System.IO.MonoIO::GetFileAttributes")(&context, args, &result));
    CHECK_EQ(result.i4 & 0x2, 0x2); /* Hidden */
    args[0].p = path16("d/none");
    CHECK(io_call("System.IO.MonoIO::GetFileAttributes")(&context, args, &result));
    CHECK_EQ(result.i4, -1);
    CHECK_EQ(error, 2);
    VmSlot set[3] = {{.p = path16("d/f")}, {.i4 = 0x1}, {.p = &error}};
    CHECK(io_call("System.IO.MonoIO::SetFileAttributes")(&context, set, &result));
    struct stat info;
    CHECK_EQ(stat(path8("d/f"), &info), 0);
    CHECK_EQ(info.st_mode & 0222, 0);
    set[1].i4 = 0x80;
    CHECK(io_call("System.IO.MonoIO::SetFileAttributes")(&context, set, &result));
    CHECK_EQ(stat(path8("d/f"), &info), 0);
    CHECK(info.st_mode & S_IWUSR);
    CHECK_EQ(path_call("System.IO.MonoIO::DeleteFile", "d/f", NULL), 0);
    CHECK_EQ(path_call("System.IO.MonoIO::DeleteFile", "d/f", NULL), 2);
    CHECK_EQ(path_call("System.IO.MonoIO::DeleteFile", "nodir/f", NULL), 3);
    CHECK_EQ(path_call("System.IO.MonoIO::DeleteFile", "d/.hidden", NULL), 0);
    CHECK_EQ(path_call("System.IO.MonoIO::RemoveDirectory", "d", NULL), 0);
}

/* CopyFile(source, target, overwrite, out error). */
static int32_t copy(const char *from, const char *to, bool overwrite) {
    int32_t error = -1;
    VmSlot args[4] = {{.p = path16(from)}, {.p = path16(to)}, {.i4 = overwrite}, {.p = &error}};
    VmSlot result;
    CHECK(io_call("System.IO.MonoIO::CopyFile")(&context, args, &result));
    return error;
}

static void copy_move_replace(void) {
    write_file("c1", "copy me");
    write_file("c2", "old");
    CHECK_EQ(copy("c1", "c3", false), 0);
    CHECK_EQ(file_size("c3"), 7);
    CHECK_EQ(copy("c1", "c2", false), 183); /* ALREADY_EXISTS */
    CHECK_EQ(copy("c1", "c1", true), 32);   /* onto itself */
    CHECK_EQ(copy("c1", "c2", true), 0);
    CHECK_EQ(file_size("c2"), 7);
    CHECK_EQ(copy("none", "c4", false), 2);
    CHECK_EQ(path_call("System.IO.MonoIO::MoveFile", "c3", "c2"), 183); /* onto another file */
    CHECK_EQ(path_call("System.IO.MonoIO::MoveFile", "c3", "nodir/c"), 3);
    CHECK_EQ(path_call("System.IO.MonoIO::MoveFile", "c3", "c5"), 0);
    CHECK_EQ(path_call("System.IO.MonoIO::MoveFile", "none", "c6"), 2);
    write_file("r-new", "new!");
    int32_t error = -1;
    VmSlot args[5] = {{.p = path16("r-new")}, {.p = path16("c2")}, {.p = path16("c2.bak")}, {.i4 = 0}, {.p = &error}};
    VmSlot result;
    CHECK(io_call("System.IO.MonoIO::ReplaceFile")(&context, args, &result));
    CHECK_EQ(error, 0);
    CHECK_EQ(file_size("c2"), 4);
    CHECK_EQ(file_size("c2.bak"), 7);
    CHECK(access(path8("r-new"), F_OK) != 0);
}

static void times_locks_pipes_duplicates(void) {
    int32_t error;
    int fd = io_open("t", MODE_CREATE, READ_WRITE, SHARE_READ_WRITE, 0, &error);
    CHECK(fd >= 0);
    int64_t ticks = 116444736000000000LL + 1000000000LL * 10000000LL; /* 2001-09-09 01:46:40 UTC */
    VmSlot times[5] = {{.p = (void *)(intptr_t)fd}, {.i8 = -1}, {.i8 = ticks}, {.i8 = ticks + 10000000}, {.p = &error}};
    VmSlot result;
    CHECK(io_call("System.IO.MonoIO::SetFileTime")(&context, times, &result));
    CHECK_EQ(error, 0);
    struct stat info;
    CHECK_EQ(stat(path8("t"), &info), 0);
    CHECK_EQ(info.st_atime, 1000000000);
    CHECK_EQ(info.st_mtime, 1000000001);
    times[2].i8 = 5; /* before 1970 */
    CHECK(io_call("System.IO.MonoIO::SetFileTime")(&context, times, &result));
    CHECK_EQ(error, 87);
    VmSlot lock[4] = {{.p = (void *)(intptr_t)fd}, {.i8 = 0}, {.i8 = 10}, {.p = &error}};
    CHECK(io_call("System.IO.MonoIO::Lock")(&context, lock, &result));
    CHECK_EQ(error, 0);
    CHECK(io_call("System.IO.MonoIO::Unlock")(&context, lock, &result));
    CHECK_EQ(error, 0);
    lock[1].i8 = -1;
    CHECK(io_call("System.IO.MonoIO::Lock")(&context, lock, &result));
    CHECK_EQ(error, 87);
    void *copy_handle = NULL;
    VmSlot dup[8] = {{.p = NULL}, {.p = (void *)(intptr_t)fd}, {.p = NULL}, {.p = &copy_handle},
                     {.i4 = 0},   {.i4 = 0},                  {.i4 = 0},    {.p = &error}};
    CHECK(io_call("System.IO.MonoIO::DuplicateHandle")(&context, dup, &result));
    CHECK_EQ(error, 0);
    int twin = (int)(intptr_t)copy_handle;
    CHECK(twin >= 0 && twin != fd);
    io_close(fd);
    /* the duplicate still holds the file's share entry: SHARE_READ_WRITE admits */
    int again = io_open("t", MODE_OPEN, READ, SHARE_READ_WRITE, 0, &error);
    CHECK(again >= 0);
    io_close(again);
    io_close(twin);
    void *read_end = NULL, *write_end = NULL;
    VmSlot pipe_args[3] = {{.p = &read_end}, {.p = &write_end}, {.p = &error}};
    CHECK(io_call("System.IO.MonoIO::CreatePipe")(&context, pipe_args, &result));
    CHECK_EQ(error, 0);
    CHECK_EQ(write((int)(intptr_t)write_end, "p", 1), 1);
    char c = 0;
    CHECK_EQ(read((int)(intptr_t)read_end, &c, 1), 1);
    CHECK_EQ(c, 'p');
    VmSlot type_args[2] = {{.p = read_end}, {.p = &error}};
    CHECK(io_call("System.IO.MonoIO::GetFileType")(&context, type_args, &result));
    CHECK_EQ(result.i4, 3); /* Pipe */
    io_close((int)(intptr_t)read_end);
    io_close((int)(intptr_t)write_end);
}

static void errno_mapping(void) {
    CHECK_EQ(io_error_from_errno(0), 0);
    CHECK_EQ(io_error_from_errno(ENOENT), 2);
    CHECK_EQ(io_error_from_errno(ENOTDIR), 2);
    CHECK_EQ(io_error_from_errno(EACCES), 5);
    CHECK_EQ(io_error_from_errno(EEXIST), 80);
    CHECK_EQ(io_error_from_errno(ENOTEMPTY), 145);
    CHECK_EQ(io_error_from_errno(EISDIR), 82);
    CHECK_EQ(io_error_from_errno(EXDEV), 50); /* mono has no mapping for it: NOT_SUPPORTED */
}

static void find_patterns(void) {
    CHECK(io_pattern_matches("a.txt", "*"));
    CHECK(io_pattern_matches("a.txt", "*.txt"));
    CHECK(!io_pattern_matches("a.txt.bak", "*.txt"));
    CHECK(io_pattern_matches("ab.txt", "a?.txt"));
    CHECK(!io_pattern_matches("a.txt", "a?.txt"));
    CHECK(!io_pattern_matches("abc.txt", "a?.txt")); /* '?' is exactly one, unlike Windows' */
    CHECK(io_pattern_matches("data", "data.*"));     /* "x.*" also matches "x" */
    CHECK(io_pattern_matches("data.json", "data.*"));
    CHECK(io_pattern_matches("a*b", "a\\*b"));       /* quoted star */
    CHECK(!io_pattern_matches("axb", "a\\*b"));
    CHECK(io_pattern_matches("x", "**x**"));
    CHECK(!io_pattern_matches("A.TXT", "*.txt")); /* case matters, as on mono without MONO_IOMAP */
    CHECK(io_pattern_matches("", "*"));
    CHECK(!io_pattern_matches("", "?"));
    /* FindFirstFile's failures (a match makes a managed string: the io_*
     * programs cover those) */
    CHECK_EQ(path_call("System.IO.MonoIO::CreateDirectory", "find", NULL), 0);
    write_file("find/a.txt", "x");
    void *name = (void *)1;
    int32_t attributes = -1, error = -1;
    VmSlot args[4] = {{.p = path16("find/*.cs")}, {.p = &name}, {.p = &attributes}, {.p = &error}};
    VmSlot result;
    CHECK(io_call("System.IO.MonoIO::FindFirstFile")(&context, args, &result));
    CHECK_EQ((intptr_t)result.p, -1);
    CHECK_EQ(error, 2); /* nothing matches: FILE_NOT_FOUND */
    CHECK(name == NULL);
    args[0].p = path16("nodir/*");
    CHECK(io_call("System.IO.MonoIO::FindFirstFile")(&context, args, &result));
    CHECK_EQ((intptr_t)result.p, -1);
    CHECK_EQ(error, 3); /* PATH_NOT_FOUND */
    VmSlot next[4] = {{.p = (void *)0x1234}, {.p = &name}, {.p = &attributes}, {.p = &error}};
    CHECK(io_call("System.IO.MonoIO::FindNextFile")(&context, next, &result));
    CHECK_EQ(result.i4, 0);
    CHECK_EQ(error, 6); /* not a search handle: INVALID_HANDLE */
    VmSlot close_args[1] = {{.p = (void *)0x1234}};
    CHECK(io_call("System.IO.MonoIO::FindCloseFile")(&context, close_args, &result));
    CHECK_EQ(result.i4, 0);
}

int main(void) {
    snprintf(scratch, sizeof scratch, "/tmp/lucid-test-io-%d", (int)getpid());
    if (mkdir(scratch, 0777) != 0) {
        perror(scratch);
        return 1;
    }
    RUN(open_modes_and_errors);
    RUN(sharing_between_handles);
    RUN(read_write_access_of_handles);
    RUN(delete_on_close);
    RUN(directories_and_attributes);
    RUN(copy_move_replace);
    RUN(times_locks_pipes_duplicates);
    RUN(errno_mapping);
    RUN(find_patterns);
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", scratch);
    if (system(command) != 0)
        printf("  could not remove %s\n", scratch);
    UNIT_END();
}
