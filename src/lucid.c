/*
 * lucid.c - the command line: `lucid [options] program.exe [args...]` and
 * the tool verbs (`lucid dis`).
 *
 * Exit codes: a program's own exit code when one runs; 2 for a file that
 * cannot be read or is not a well-formed image; 64 for a usage error.
 */
#include <stdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libgen.h>

#include "diag/diag.h"
#include "icall/icall.h"
#include "image/image.h"
#include "loader/loader.h"
#include "lucid.h"
#include "vm/vm.h"

#define EXIT_BAD_IMAGE 2
#define EXIT_USAGE 64

static void usage(FILE *out) {
    fputs("usage: lucid [options] program.exe [args...]\n"
          "       lucid dis [--headers] [--type NAME] [--method NAME] assembly.dll\n"
          "       lucid --version\n"
          "\n"
          "dis prints metadata and IL in IL assembler syntax. --type selects one type by\n"
          "full name (Namespace.Name, nested types as Outer/Inner); --method selects\n"
          "methods by name or Type::Name; --headers adds PE, CLI and table headers.\n",
          out);
}

static ImgImage *open_image(const char *path) {
    ImgError error;
    ImgImage *img = img_open_file(path, &error);
    if (!img) {
        if (error.io)
            fprintf(stderr, "lucid: %s: %s\n", path, error.message);
        else
            fprintf(stderr, "lucid: %s: bad image: %s\n", path, error.message);
    }
    return img;
}

static int command_dis(int argc, char **argv) {
    DiagDisOptions options = {0};
    const char *path = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--type") == 0 && i + 1 < argc) {
            options.type_filter = argv[++i];
        } else if (strcmp(argv[i], "--method") == 0 && i + 1 < argc) {
            options.method_filter = argv[++i];
        } else if (strcmp(argv[i], "--headers") == 0) {
            options.headers = true;
        } else if (argv[i][0] == '-' || path) {
            usage(stderr);
            return EXIT_USAGE;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ImgImage *img = open_image(path);
    if (!img)
        return EXIT_BAD_IMAGE;
    DiagDisReport report;
    unsigned problems = diag_disassemble(stdout, img, &options, &report);
    img_close(img);
    if (fflush(stdout) != 0) {
        perror("lucid: stdout");
        return 1;
    }
    if (problems) {
        if (problems == 1)
            fprintf(stderr, "lucid: %s: bad image: %s\n", path, report.first_problem);
        else
            fprintf(stderr, "lucid: %s: bad image: %s (and %u more problems)\n", path, report.first_problem,
                    problems - 1);
        return EXIT_BAD_IMAGE;
    }
    return 0;
}

/* lucid program.exe [args...]: load, run Main, exit with its code. A
 * program Lucid cannot run to the end exits 1 with the reason, as an
 * unhandled exception does on mono. */
static int command_run(int argc, char **argv) {
    const char *path = argv[0];
    char *dir_copy = strdup(path);
    LdConfig config = {.program_dir = dir_copy ? dirname(dir_copy) : ".", .lucid_path = getenv("LUCID_PATH"),
                       .pinned_types = getenv("LUCID_GCPinnedTypes")};
    LdError load_error;
    LdLoader *loader = ld_create(&config, &load_error);
    if (!loader) {
        fprintf(stderr, "lucid: %s\n", load_error.message);
        free(dir_copy);
        return 1;
    }
    int status = 1;
    LdAssembly *program = ld_load_file(loader, path, &load_error);
    if (!program) {
        fprintf(stderr, "lucid: %s\n", load_error.message);
        status = strstr(load_error.message, "bad image") || strstr(load_error.message, "No such file") ? 2 : 1;
    } else {
        VmError error;
        VmRuntime *vm = vm_create(loader, &error);
        int exit_code = 0;
        error.unhandled = false;
        if (vm && icall_register_all(vm, &error) && icall_run_program(vm, program, argc - 1, argv + 1, &exit_code, &error))
            status = exit_code;
        else if (error.unhandled)
            fprintf(stderr, "%s\n", error.message); /* mono's first lines */
        else
            fprintf(stderr, "lucid: %s\n", error.message);
        if (!vm_destroy(vm)) {
            /* Background threads are still running: they end with the
             * process, now, as on mono; nothing is freed under them. */
            fflush(NULL);
            _exit(status);
        }
    }
    ld_destroy(loader);
    free(dir_copy);
    return status;
}

int main(int argc, char **argv) {
    /* The character set of the environment's locale becomes the Console's
     * encoding, as on mono; only LC_CTYPE, so number formatting in C stays
     * the "C" locale's. */
    setlocale(LC_CTYPE, "");
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("lucid %s\n", LUCID_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "dis") == 0)
        return command_dis(argc - 2, argv + 2);
    return command_run(argc - 1, argv + 1);
}
