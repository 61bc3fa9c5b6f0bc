/*
 * runtime.c - a program's life around Main, as mono runs it: the
 * application domain's objects are made before Main; an exception that
 * leaves Main goes to AppDomain.UnhandledException and is printed from its
 * own ToString(); ProcessExit runs when the program ends normally.
 */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

/* Runs a managed method from the runtime itself (no managed caller to
 * throw to): false if it threw or could not run. */
static bool run_method(VmIcallContext *context, LdMethod *method, VmSlot *args, VmSlot *result) {
    void *thrown;
    VmError ignored = {0};
    VmSlot none;
    return method && vm_invoke(context->vm, context->thread, method, args, result ? result : &none, &thrown, &ignored);
}

static bool set_string_field(VmIcallContext *context, void *object, const char *field, const char *utf8) {
    void **slot = (void **)icall_field(context, object, ((GcObject *)object)->type, field);
    void *value = slot ? vm_new_string_utf8(context->vm, context->thread, utf8, strlen(utf8)) : NULL;
    if (value)
        gc_write_barrier((GcObject **)slot, value);
    return value != NULL;
}

/* The AppDomain and its AppDomainSetup: the application base is the
 * program's directory, the configuration file the program's path +
 * ".config". */
static bool make_domain(VmIcallContext *context) {
    LdMethodTable *domain_type = icall_corlib_type(context, "System", "AppDomain");
    LdMethodTable *setup_type = icall_corlib_type(context, "System", "AppDomainSetup");
    if (!domain_type || !setup_type)
        return false;
    void *setup = vm_allocate(context->vm, context->thread, setup_type, setup_type->base_size);
    if (!setup)
        return vm_fail(context->error, "out of memory");
    gc_write_barrier((GcObject **)vm_root(context->vm, VM_ROOT_APP_DOMAIN_SETUP), setup);
    void *domain = vm_allocate(context->vm, context->thread, domain_type, domain_type->base_size);
    if (!domain)
        return vm_fail(context->error, "out of memory");
    gc_write_barrier((GcObject **)vm_root(context->vm, VM_ROOT_APP_DOMAIN), domain);
    char **argv;
    vm_command_line(context->vm, &argv);
    char *copy = strdup(argv[0]);
    size_t config_size = strlen(argv[0]) + sizeof ".config";
    char *config = malloc(config_size);
    if (!copy || !config) {
        free(copy);
        free(config);
        return vm_fail(context->error, "out of memory");
    }
    char base[4096];
    snprintf(base, sizeof base, "%s/", dirname(copy));
    snprintf(config, config_size, "%s.config", argv[0]);
    bool ok = set_string_field(context, setup, "application_base", base) &&
              set_string_field(context, setup, "configuration_file", config);
    free(copy);
    free(config);
    return ok || vm_fail(context->error, "corlib contract: AppDomainSetup");
}

/* The corlib contract this runtime implements: Mono 6.8's, named by the
 * GUID corlib carries as Environment.mono_corlib_version (a literal), as
 * mono checks it at start-up. */
#define CORLIB_VERSION "ABB721D6-116A-4555-B4FD-9248146D2051"

static bool check_corlib_version(VmIcallContext *context) {
    LdMethodTable *environment = icall_corlib_type(context, "System", "Environment");
    if (!environment)
        return false;
    const ImgImage *img = environment->klass->assembly->image;
    for (uint32_t i = 0; i < environment->klass->field_count; i++) {
        const LdField *field = &environment->klass->fields[i];
        if (strcmp(field->name, "mono_corlib_version"))
            continue;
        uint32_t end, row = img_find_sorted(img, IMG_TABLE_CONSTANT, IMG_CONSTANT_PARENT,
                                            img_coded_encode(IMG_CODED_HASCONSTANT, 0x04000000u | field->rid), &end);
        ImgBlob blob = row ? img_get_blob(img, IMG_TABLE_CONSTANT, row, IMG_CONSTANT_VALUE) : (ImgBlob){0};
        char version[64];
        size_t n = 0;
        for (size_t k = 0; k + 1 < blob.size && n + 1 < sizeof version; k += 2) /* UTF-16LE, ASCII here */
            version[n++] = (char)blob.data[k];
        version[n] = 0;
        if (!strcmp(version, CORLIB_VERSION))
            return true;
        return vm_fail(context->error, "the corlib in %s is version %s; this runtime implements %s",
                       environment->klass->assembly->path, version, CORLIB_VERSION);
    }
    return vm_fail(context->error, "%s is not Mono 6.8's corlib: it has no Environment.mono_corlib_version",
                   environment->klass->assembly->path);
}

/* exception.ToString(), as UTF-8 (malloc'd), or NULL if it cannot run. */
static char *exception_text(VmIcallContext *context, void *exception) {
    LdMethodTable *object = icall_corlib_type(context, "System", "Object");
    LdMethod *to_string = object ? vm_find_method(object, "ToString()") : NULL;
    LdMethodTable *type = ((GcObject *)exception)->type;
    if (!to_string || to_string->slot >= type->vtable_count)
        return NULL;
    VmSlot args[1] = {{.p = exception}}, text = {0};
    if (!run_method(context, type->vtable[to_string->slot], args, &text) || !text.p)
        return NULL;
    return vm_string_to_utf8(text.p);
}

/* Mono's report of an exception that left Main: the domain's
 * UnhandledException handlers run; without any, "Unhandled Exception:"
 * and the exception; then the "[ERROR] FATAL" line, all on stderr. */
void icall_report_unhandled(VmIcallContext *context, void *exception, const char *fallback) {
    if (!exception) {
        fflush(stdout);
        fprintf(stderr, "\nUnhandled Exception:\n%s\n", fallback);
        return;
    }
    void *domain = *vm_root(context->vm, VM_ROOT_APP_DOMAIN);
    void **handlers = domain ? (void **)icall_field(context, domain, ((GcObject *)domain)->type, "UnhandledException")
                             : NULL;
    bool handled = false;
    if (handlers && *handlers) {
        LdMethodTable *args_type = icall_corlib_type(context, "System", "UnhandledExceptionEventArgs");
        LdMethod *constructor = args_type ? vm_find_method(args_type, ".ctor(System.Object,System.Boolean)") : NULL;
        LdMethod *raise = vm_find_method(((GcObject *)domain)->type,
                                         "DoUnhandledException(System.UnhandledExceptionEventArgs)");
        void *event_args = constructor ? vm_allocate(context->vm, context->thread, args_type, args_type->base_size)
                                       : NULL;
        VmSlot ctor_args[3] = {{.p = event_args}, {.p = exception}, {.i4 = 1}};
        VmSlot raise_args[2] = {{.p = domain}, {.p = event_args}};
        handled = event_args && raise && run_method(context, constructor, ctor_args, NULL);
        handled = handled && run_method(context, raise, raise_args, NULL);
    }
    char *text = exception_text(context, exception);
    const char *shown = text ? text : fallback;
    fflush(stdout);
    if (!handled)
        fprintf(stderr, "\nUnhandled Exception:\n%s\n", shown);
    fprintf(stderr, "[ERROR] FATAL UNHANDLED EXCEPTION: %s\n", shown);
    free(text);
}

void icall_process_exit(VmRuntime *vm, VmThread *thread) {
    VmError error = {0};
    VmIcallContext context = {vm, thread, &error, NULL};
    void *domain = *vm_root(vm, VM_ROOT_APP_DOMAIN);
    void **handlers = domain ? (void **)icall_field(&context, domain, ((GcObject *)domain)->type, "ProcessExit") : NULL;
    if (!handlers || !*handlers)
        return;
    LdMethod *invoke = vm_find_method(((GcObject *)*handlers)->type, "Invoke(System.Object,System.EventArgs)");
    VmSlot args[3] = {{.p = *handlers}, {.p = domain}, {.p = NULL}};
    run_method(&context, invoke, args, NULL);
}

bool icall_run_program(VmRuntime *vm, LdAssembly *program, int argc, char **argv, int *exit_code, VmError *error) {
    VmThread *thread = vm_main_thread(vm);
    VmIcallContext context = {vm, thread, error, NULL};
    void *main_thread;
    if (!check_corlib_version(&context) || !vm_prepare_main(vm, program, argc, argv, error) || !make_domain(&context) ||
        !icall_current_thread(&context, &main_thread) || /* the main thread is thread 1, as on mono */
        !vm_preallocate_exceptions(vm, thread, error) ||
        !icall_start_finalizer(&context))                  /* and the finalizer thread 2 */
        return false;
    error->unhandled = false;
    if (vm_run_main(vm, program, exit_code, error)) {
        vm_wait_foreground_threads(vm, thread);
        icall_process_exit(vm, thread);
        icall_finalize_at_exit(vm, thread);
        return true;
    }
    if (!error->unhandled)
        return false;
    void *exception = vm_take_escaping(thread);
    char fallback[sizeof error->message];
    snprintf(fallback, sizeof fallback, "%s", error->message + strlen("Unhandled Exception:\n"));
    icall_report_unhandled(&context, exception, fallback);
    *exit_code = 1;
    return true;
}
