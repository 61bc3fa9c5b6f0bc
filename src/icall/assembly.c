/*
 * assembly.c - System.Reflection.Assembly, RuntimeAssembly and
 * RuntimeModule: one object per loaded assembly and per module (an
 * assembly is one module here), found through vm_object_slot, and the
 * assembly's manifest resources, which corlib reads as memory straight
 * from the image (its collation tables come that way).
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "icall/internal.h"

enum { OBJECT_ASSEMBLY = 1, OBJECT_MODULE = 2 };

static void *set_pointer_field(VmIcallContext *context, void *object, const char *field, void *value) {
    void **slot = (void **)icall_field(context, object, ((GcObject *)object)->type, field);
    if (slot)
        *slot = value;
    return slot;
}

/* The RuntimeAssembly of an assembly, made on first use. */
bool icall_assembly_object(VmIcallContext *context, LdAssembly *assembly, void **object) {
    void **slot = vm_object_slot(context->vm, assembly, OBJECT_ASSEMBLY);
    if (!slot)
        return icall_out_of_memory(context);
    if (!*slot) {
        LdMethodTable *type = icall_corlib_type(context, "System.Reflection", "RuntimeAssembly");
        void *made = type ? vm_allocate(context->vm, context->thread, type, type->base_size) : NULL;
        if (!made)
            return type ? icall_out_of_memory(context) : false;
        if (!set_pointer_field(context, made, "_mono_assembly", assembly))
            return false;
        gc_write_barrier((GcObject **)slot, made);
    }
    *object = *slot;
    return true;
}

/* The RuntimeModule of an assembly's (one) module. */
static bool module_object(VmIcallContext *context, LdAssembly *assembly, void **object) {
    void **slot = vm_object_slot(context->vm, assembly, OBJECT_MODULE);
    if (!slot)
        return icall_out_of_memory(context);
    if (!*slot) {
        LdMethodTable *type = icall_corlib_type(context, "System.Reflection", "RuntimeModule");
        void *assembly_object;
        if (!type || !icall_assembly_object(context, assembly, &assembly_object))
            return false;
        void *made = vm_allocate(context->vm, context->thread, type, type->base_size);
        if (!made)
            return icall_out_of_memory(context);
        void **owner = (void **)icall_field(context, made, type, "assembly");
        if (!owner || !set_pointer_field(context, made, "_impl", assembly))
            return false;
        gc_write_barrier((GcObject **)owner, assembly_object);
        const char *slash = strrchr(assembly->path, '/');
        void **name = (void **)icall_field(context, made, type, "name");
        void **scope = (void **)icall_field(context, made, type, "scopename");
        void **fqname = (void **)icall_field(context, made, type, "fqname");
        const char *file = slash ? slash + 1 : assembly->path;
        void *file_string = vm_new_string_utf8(context->vm, context->thread, file, strlen(file));
        void *path_string = vm_new_string_utf8(context->vm, context->thread, assembly->path, strlen(assembly->path));
        if (!name || !scope || !fqname || !file_string || !path_string)
            return name && scope && fqname ? icall_out_of_memory(context) : false;
        gc_write_barrier((GcObject **)name, file_string);
        gc_write_barrier((GcObject **)scope, file_string);
        gc_write_barrier((GcObject **)fqname, path_string);
        gc_write_barrier((GcObject **)slot, made);
    }
    *object = *slot;
    return true;
}

static LdAssembly *assembly_of(VmIcallContext *context, void *assembly_object) {
    void **slot = (void **)icall_field(context, assembly_object, ((GcObject *)assembly_object)->type, "_mono_assembly");
    return slot ? *slot : NULL;
}

/* The assembly of the method `depth` frames out from the caller. */
static bool frame_assembly(VmIcallContext *context, uint32_t depth, VmSlot *result) {
    LdMethod *method;
    uint32_t il_offset;
    if (!vm_frame_at(context->thread, depth, &method, &il_offset)) {
        result->p = NULL;
        return true;
    }
    return icall_assembly_object(context, method->owner->klass->assembly, &result->p);
}

static bool executing_assembly(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return frame_assembly(context, 0, result);
}

static bool calling_assembly(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return frame_assembly(context, 1, result);
}

/* The program's assembly: the outermost frame's, Main's. */
static bool entry_assembly(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdMethod *method = NULL, *outer;
    uint32_t il_offset;
    for (uint32_t depth = 0; vm_frame_at(context->thread, depth, &outer, &il_offset); depth++)
        method = outer;
    if (!method) {
        result->p = NULL;
        return true;
    }
    return icall_assembly_object(context, method->owner->klass->assembly, &result->p);
}

/* The ManifestResource row named `name` whose data is in this file. */
static uint32_t resource_row(const ImgImage *img, const char *name) {
    for (uint32_t rid = 1; rid <= img_row_count(img, IMG_TABLE_MANIFESTRESOURCE); rid++)
        if (!img_get(img, IMG_TABLE_MANIFESTRESOURCE, rid, IMG_MANIFESTRESOURCE_IMPLEMENTATION) &&
            !strcmp(img_get_string(img, IMG_TABLE_MANIFESTRESOURCE, rid, IMG_MANIFESTRESOURCE_NAME), name))
            return rid;
    return 0;
}

/* GetManifestResourceInternal(name, out int size, out Module module): the
 * resource's bytes in the mapped image (a length-prefixed blob in the
 * resources directory), or zero. */
static bool manifest_resource(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of(context, args[0].p);
    int32_t *size = args[2].p;
    void **module = args[3].p;
    result->p = NULL;
    *size = 0;
    if (!assembly)
        return false;
    if (!args[1].p)
        return icall_throw_argument_null(context, "name");
    char *name = vm_string_to_utf8(args[1].p);
    if (!name)
        return icall_out_of_memory(context);
    const ImgImage *img = assembly->image;
    uint32_t rid = resource_row(img, name);
    free(name);
    if (!rid)
        return true;
    uint32_t offset = img_get(img, IMG_TABLE_MANIFESTRESOURCE, rid, IMG_MANIFESTRESOURCE_OFFSET);
    uint32_t directory = img->resources_rva, directory_size = img->resources_size;
    const uint8_t *length = directory_size >= 4 && offset <= directory_size - 4 ? img_rva(img, directory + offset, 4)
                                                                               : NULL;
    uint32_t bytes = length ? (uint32_t)length[0] | (uint32_t)length[1] << 8 | (uint32_t)length[2] << 16 |
                                  (uint32_t)length[3] << 24
                            : 0;
    const uint8_t *data = length && bytes <= directory_size - offset - 4 && bytes <= INT32_MAX
                              ? img_rva(img, directory + offset + 4, bytes)
                              : NULL;
    if (!data)
        return vm_fail(context->error, "%s: bad image: resource %u lies outside the resources directory",
                       assembly->path, rid);
    void *module_object_ref;
    if (!module_object(context, assembly, &module_object_ref))
        return false;
    gc_write_barrier((GcObject **)module, module_object_ref);
    *size = (int32_t)bytes;
    result->p = (void *)data;
    return true;
}

static bool manifest_resource_names(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of(context, args[0].p);
    if (!assembly)
        return false;
    const ImgImage *img = assembly->image;
    uint32_t count = img_row_count(img, IMG_TABLE_MANIFESTRESOURCE);
    if (!(result->p = icall_new_string_array(context, count)))
        return false;
    for (uint32_t rid = 1; rid <= count; rid++) {
        const char *name = img_get_string(img, IMG_TABLE_MANIFESTRESOURCE, rid, IMG_MANIFESTRESOURCE_NAME);
        void *s = vm_new_string_utf8(context->vm, context->thread, name, strlen(name));
        if (!s)
            return icall_out_of_memory(context);
        icall_store_element(result->p, rid - 1, s);
    }
    return true;
}

static bool manifest_module(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of(context, args[0].p);
    return assembly && module_object(context, assembly, &result->p);
}

static bool location(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of(context, args[0].p);
    return assembly && icall_return_utf8(context, assembly->path, result);
}

static bool global_assembly_cache(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

static bool reflection_only(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

/* GetGuidInternal(IntPtr module, byte[] guid): the module's MVID. */
static bool module_guid(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = args[0].p;
    void *array = args[1].p;
    if (!assembly || !array || *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET) < 16)
        return icall_throw_argument(context, "a 16-byte array is needed", "guid");
    const ImgImage *img = assembly->image;
    const uint8_t *mvid = img_row_count(img, IMG_TABLE_MODULE) ? img_guid(img, img_get(img, IMG_TABLE_MODULE, 1,
                                                                                      IMG_MODULE_MVID))
                                                               : NULL;
    uint8_t *bytes = (uint8_t *)array + LD_ARRAY_DATA_OFFSET;
    if (mvid)
        memcpy(bytes, mvid, 16);
    else
        memset(bytes, 0, 16);
    return true;
}

const VmIcall icall_assembly[] = {
    {"System.Reflection.Assembly::GetExecutingAssembly", executing_assembly},
    {"System.Reflection.Assembly::GetCallingAssembly", calling_assembly},
    {"System.Reflection.Assembly::GetEntryAssembly", entry_assembly},
    {"System.Reflection.RuntimeAssembly::GetManifestResourceInternal", manifest_resource},
    {"System.Reflection.RuntimeAssembly::GetManifestResourceNames", manifest_resource_names},
    {"System.Reflection.RuntimeAssembly::GetManifestModuleInternal", manifest_module},
    {"System.Reflection.RuntimeAssembly::get_location", location},
    {"System.Reflection.RuntimeAssembly::get_global_assembly_cache", global_assembly_cache},
    {"System.Reflection.RuntimeAssembly::get_ReflectionOnly", reflection_only},
    {"System.Reflection.RuntimeModule::GetGuidInternal", module_guid},
};
const uint32_t icall_assembly_count = ICALL_COUNT(icall_assembly);
