/*
 * appdomain.c - System.AppDomain: the one application domain (Lucid has
 * no others), its AppDomainSetup, and its SetData/GetData store. The
 * objects are made at startup (icall_start_program) and kept as runtime
 * roots.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

static bool current_domain(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = *vm_root(context->vm, VM_ROOT_APP_DOMAIN);
    return result->p || vm_fail(context->error, "the application domain was not set up");
}

static bool get_setup(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = *vm_root(context->vm, VM_ROOT_APP_DOMAIN_SETUP);
    return true;
}

/* The friendly name is the program's file name, as on mono. */
static bool friendly_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    char **argv;
    vm_command_line(context->vm, &argv);
    const char *slash = strrchr(argv[0], '/');
    return icall_return_utf8(context, slash ? slash + 1 : argv[0], result);
}

/* AppDomainSetup's field for GetData's reserved names, or NULL. */
static const char *setup_field_for(const char *name) {
    static const char *const names[][2] = {
        {"APPBASE", "application_base"},         {"APP_CONFIG_FILE", "configuration_file"},
        {"DYNAMIC_BASE", "dynamic_base"},        {"APP_NAME", "application_name"},
        {"CACHE_BASE", "cache_path"},            {"PRIVATE_BINPATH", "private_bin_path"},
        {"BINPATH_PROBE_ONLY", "private_bin_path_probe"}, {"SHADOW_COPY_DIRS", "shadow_copy_directories"},
        {"FORCE_CACHE_INSTALL", "shadow_copy_files"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(names[i][0], name))
            return names[i][1];
    return NULL;
}

static bool same_string(void *a, void *b) {
    int32_t length = vm_string_length(a);
    return length == vm_string_length(b) && !memcmp(vm_string_chars(a), vm_string_chars(b), 2 * (size_t)length);
}

/* The data store: an object[] of key, value pairs; the index of `name`'s
 * key, or of the first free pair, or the length if full. */
static uint64_t data_index(void *store, void *name) {
    uint64_t length = store ? *(uint64_t *)((uint8_t *)store + LD_ARRAY_LENGTH_OFFSET) : 0;
    void **items = store ? (void **)((uint8_t *)store + LD_ARRAY_DATA_OFFSET) : NULL;
    for (uint64_t i = 0; i < length; i += 2)
        if (!items[i] || same_string(items[i], name))
            return i;
    return length;
}

static bool get_data(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[1].p)
        return icall_throw_argument_null(context, "name");
    char *name = vm_string_to_utf8(args[1].p);
    if (!name)
        return icall_out_of_memory(context);
    const char *field = setup_field_for(name);
    free(name);
    if (field) {
        void *setup = *vm_root(context->vm, VM_ROOT_APP_DOMAIN_SETUP);
        void **slot = (void **)icall_field(context, setup, ((GcObject *)setup)->type, field);
        result->p = slot ? *slot : NULL;
        return slot != NULL;
    }
    void *store = *vm_root(context->vm, VM_ROOT_APP_DOMAIN_DATA);
    uint64_t i = data_index(store, args[1].p);
    void **items = store ? (void **)((uint8_t *)store + LD_ARRAY_DATA_OFFSET) : NULL;
    uint64_t length = store ? *(uint64_t *)((uint8_t *)store + LD_ARRAY_LENGTH_OFFSET) : 0;
    result->p = i < length && items[i] ? items[i + 1] : NULL;
    return true;
}

static bool set_data(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[1].p)
        return icall_throw_argument_null(context, "name");
    void **root = vm_root(context->vm, VM_ROOT_APP_DOMAIN_DATA);
    uint64_t i = data_index(*root, args[1].p);
    uint64_t length = *root ? *(uint64_t *)((uint8_t *)*root + LD_ARRAY_LENGTH_OFFSET) : 0;
    if (i == length) { /* full: twice as many pairs */
        LdMethodTable *object = icall_corlib_type(context, "System", "Object");
        LdError error;
        LdMethodTable *array_type = object ? ld_szarray_of(object, &error) : NULL;
        if (!array_type || !ld_type_load(array_type, &error))
            return object ? vm_fail(context->error, "corlib contract: object[]") : false;
        void *grown = vm_new_array(context->vm, context->thread, array_type, (uint32_t)(length ? 2 * length : 16));
        if (!grown)
            return icall_out_of_memory(context);
        for (uint64_t k = 0; k < length; k++)
            icall_store_element(grown, (uint32_t)k, ((void **)((uint8_t *)*root + LD_ARRAY_DATA_OFFSET))[k]);
        gc_write_barrier((GcObject **)root, grown);
    }
    icall_store_element(*root, (uint32_t)i, args[1].p);
    icall_store_element(*root, (uint32_t)i + 1, args[2].p);
    return true;
}

/* Remoting contexts: the one default Context, made by corlib on demand. */
static bool get_context(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void **slot = vm_root(context->vm, VM_ROOT_REMOTING_CONTEXT);
    if (!*slot) {
        LdMethodTable *type = icall_corlib_type(context, "System.Runtime.Remoting.Contexts", "Context");
        LdMethod *constructor = type ? vm_find_method(type, ".ctor()") : NULL;
        void *object = constructor ? vm_allocate(context->vm, context->thread, type, type->base_size) : NULL;
        if (!object)
            return constructor ? icall_out_of_memory(context) : vm_fail(context->error, "corlib contract: Context");
        VmSlot ctor_args[1] = {{.p = object}}, none;
        void *thrown;
        if (!vm_invoke(context->vm, context->thread, constructor, ctor_args, &none, &thrown, context->error)) {
            context->exception = thrown;
            return false;
        }
        gc_write_barrier((GcObject **)slot, object);
    }
    result->p = *slot;
    return true;
}

/* Context.RegisterContext(ctx) and ReleaseContext(ctx): mono records each
 * context so that its context-static data can be freed with it. Lucid
 * keeps context-static fields as ordinary statics (one domain, whose
 * default context lives as long as the runtime), so a context owns no
 * data of its own and there is nothing to record or free. */
static bool register_context(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)context, (void)args, (void)result;
    return true;
}

/* No code access security: mono's SecurityManager reports it off. */
static bool security_enabled(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

/* Remoting: no object is a transparent proxy (no other domains). */
static bool is_transparent_proxy(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

const VmIcall icall_appdomain[] = {
    {"System.Runtime.Remoting.RemotingServices::IsTransparentProxy", is_transparent_proxy},
    {"System.Security.SecurityManager::get_SecurityEnabled", security_enabled},
    {"System.Security.SecurityManager::get_RequiresElevatedPermissions", security_enabled},
    {"System.AppDomain::getCurDomain", current_domain},
    {"System.AppDomain::getRootDomain", current_domain},
    {"System.AppDomain::getSetup", get_setup},
    {"System.AppDomain::getFriendlyName", friendly_name},
    {"System.AppDomain::GetData", get_data},
    {"System.AppDomain::SetData", set_data},
    {"System.AppDomain::InternalGetContext", get_context},
    {"System.AppDomain::InternalGetDefaultContext", get_context},
    {"System.Runtime.Remoting.Contexts.Context::RegisterContext", register_context},
    {"System.Runtime.Remoting.Contexts.Context::ReleaseContext", register_context},
};
const uint32_t icall_appdomain_count = ICALL_COUNT(icall_appdomain);
