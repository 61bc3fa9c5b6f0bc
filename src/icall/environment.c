/*
 * environment.c - System.Environment: the command line, environment
 * variables, the platform and the machine, exiting.
 *
 * Lucid runs on Linux only, so the platform is Unix (PlatformID 4) and the
 * newline "\n", as for mono on Linux.
 */
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "icall/internal.h"

extern char **environ;

static bool get_platform(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 4; /* PlatformID.Unix */
    return true;
}

static bool get_new_line(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return icall_return_utf8(context, "\n", result);
}

/* The name comes as UTF-8 from corlib's SafeStringMarshal. */
static bool get_variable(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *value = args[0].p ? getenv(args[0].p) : NULL;
    if (!value) {
        result->p = NULL;
        return true;
    }
    return icall_return_utf8(context, value, result);
}

static bool variable_names(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    uint32_t count = 0;
    for (char **e = environ; *e; e++)
        count += strchr(*e, '=') != NULL;
    void *array = icall_new_string_array(context, count);
    if (!array)
        return false;
    result->p = array;
    uint32_t i = 0;
    for (char **e = environ; *e && i < count; e++) {
        const char *equals = strchr(*e, '=');
        if (!equals)
            continue;
        void *name = vm_new_string_utf8(context->vm, context->thread, *e, (size_t)(equals - *e));
        if (!name)
            return icall_out_of_memory(context);
        icall_store_element(result->p, i++, name);
    }
    return true;
}

/* Both strings come as (char *, length) pairs; a null value unsets. */
static bool set_variable(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    char *name = vm_utf16_to_utf8(args[0].p, (size_t)args[1].i4, NULL);
    char *value = args[2].p ? vm_utf16_to_utf8(args[2].p, (size_t)args[3].i4, NULL) : NULL;
    bool ok = name && (args[2].p == NULL || value);
    if (ok && value && *value)
        setenv(name, value, 1);
    else if (ok)
        unsetenv(name);
    free(name);
    free(value);
    return ok || icall_out_of_memory(context);
}

static bool command_line_args(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    char **argv;
    int argc = vm_command_line(context->vm, &argv);
    void *array = icall_new_string_array(context, (uint32_t)argc);
    if (!array)
        return false;
    result->p = array;
    for (int i = 0; i < argc; i++) {
        void *s = vm_new_string_utf8(context->vm, context->thread, argv[i], strlen(argv[i]));
        if (!s)
            return icall_out_of_memory(context);
        icall_store_element(result->p, (uint32_t)i, s);
    }
    return true;
}

static bool processor_count(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    result->i4 = n > 0 ? (int32_t)n : 1;
    return true;
}

/* Milliseconds since boot, wrapping as an int32 does. */
static bool tick_count(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    result->i4 = (int32_t)(uint32_t)((uint64_t)now.tv_sec * 1000 + (uint64_t)now.tv_nsec / 1000000);
    return true;
}

/* DateTime.GetSystemTimeAsFileTime: UTC now in FILETIME ticks (100 ns
 * since 1601). */
static bool system_time_as_file_time(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    result->i8 = (int64_t)now.tv_sec * 10000000 + now.tv_nsec / 100 + 116444736000000000LL;
    return true;
}

static bool get_exit_code(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = *vm_exit_code(context->vm);
    return true;
}

static bool set_exit_code(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    *vm_exit_code(context->vm) = args[0].i4;
    return true;
}

/* Environment.Exit: the process ends here. Console output has no buffer
 * of ours to lose (MonoIO writes straight to the descriptor). */
static bool environment_exit(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    icall_process_exit(context->vm, context->thread);
    icall_finalize_at_exit(context->vm, context->thread);
    fflush(NULL);
    exit(args[0].i4);
}

static bool has_shutdown_started(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

static bool is_64bit_os(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 1;
    return true;
}

static bool page_size(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = (int32_t)sysconf(_SC_PAGESIZE);
    return true;
}

static bool machine_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    char name[256];
    if (gethostname(name, sizeof name) != 0)
        snprintf(name, sizeof name, "mono");
    name[sizeof name - 1] = 0;
    char *dot = strchr(name, '.'); /* mono reports the short name */
    if (dot)
        *dot = 0;
    return icall_return_utf8(context, name, result);
}

static bool user_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    struct passwd *entry = getpwuid(getuid());
    const char *name = entry && entry->pw_name ? entry->pw_name : getenv("USER");
    return icall_return_utf8(context, name ? name : "Unknown", result);
}

static bool home_directory(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *home = getenv("HOME");
    struct passwd *entry = home ? NULL : getpwuid(getuid());
    if (!home && entry)
        home = entry->pw_dir;
    return icall_return_utf8(context, home ? home : "/", result);
}

/* GetMachineConfigPath(): the 4.5 profile's machine.config under mono's
 * configuration directory ($MONO_CFG_DIR, else /etc, as Debian's mono is
 * built), which corlib reads for its crypto and remoting settings. */
static bool machine_config_path(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *dir = getenv("MONO_CFG_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/mono/4.5/machine.config", dir && *dir ? dir : "/etc");
    return icall_return_utf8(context, path, result);
}

/* "Unix 6.1.0.18": the kernel release's leading numbers, as mono gives. */
static bool os_version(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    struct utsname name;
    if (uname(&name) != 0)
        return icall_return_utf8(context, "0.0.0.0", result);
    char version[sizeof name.release];
    size_t n = 0;
    for (const char *p = name.release; *p && n + 1 < sizeof version && (*p == '.' || (*p >= '0' && *p <= '9')); p++)
        version[n++] = *p;
    version[n] = 0;
    return icall_return_utf8(context, version, result);
}

static bool fail_fast(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    char *message = args[0].p ? vm_string_to_utf8(args[0].p) : NULL;
    fprintf(stderr, "%s\n", message ? message : "");
    free(message);
    fflush(NULL);
    abort();
}

const VmIcall icall_environment[] = {
    {"System.Environment::get_Platform", get_platform},
    {"System.Environment::GetNewLine", get_new_line},
    {"System.Environment::internalGetEnvironmentVariable_native", get_variable},
    {"System.Environment::GetEnvironmentVariableNames", variable_names},
    {"System.Environment::InternalSetEnvironmentVariable", set_variable},
    {"System.Environment::GetCommandLineArgs", command_line_args},
    {"System.Environment::get_ProcessorCount", processor_count},
    {"System.Environment::get_TickCount", tick_count},
    {"System.DateTime::GetSystemTimeAsFileTime", system_time_as_file_time},
    {"System.Environment::get_ExitCode", get_exit_code},
    {"System.Environment::set_ExitCode", set_exit_code},
    {"System.Environment::Exit", environment_exit},
    {"System.Environment::get_HasShutdownStarted", has_shutdown_started},
    {"System.Environment::GetIs64BitOperatingSystem", is_64bit_os},
    {"System.Environment::GetPageSize", page_size},
    {"System.Environment::get_MachineName", machine_name},
    {"System.Environment::get_UserName", user_name},
    {"System.Environment::internalGetHome", home_directory},
    {"System.Environment::GetOSVersionString", os_version},
    {"System.Environment::GetMachineConfigPath", machine_config_path},
    {"System.Environment::FailFast", fail_fast},
};
const uint32_t icall_environment_count = ICALL_COUNT(icall_environment);
