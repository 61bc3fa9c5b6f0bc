/*
 * assembly.c - what reflection says about assemblies: the display name
 * ("mscorlib, Version=4.0.0.0, Culture=neutral,
 * PublicKeyToken=b77a5c561934e089") that assembly-qualified type names
 * end with. A public key token is the last 8 bytes of the key's SHA-1,
 * reversed (ECMA-335 II.6.2.1.3), hence the small SHA-1 here. And the
 * assemblies of the running methods (GetExecutingAssembly & co.), and
 * manifest resources, which corlib reads as memory straight from the
 * image (its collation tables come that way).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gc/gc.h"

#include "icall/internal.h"

static uint32_t rotl(uint32_t x, unsigned n) {
    return (x << n) | (x >> (32 - n));
}

static void sha1_block(uint32_t h[5], const uint8_t *block) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)block[4 * i] << 24 | (uint32_t)block[4 * i + 1] << 16 | (uint32_t)block[4 * i + 2] << 8 |
               block[4 * i + 3];
    for (int i = 16; i < 80; i++)
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20)
            f = (b & c) | (~b & d), k = 0x5A827999;
        else if (i < 40)
            f = b ^ c ^ d, k = 0x6ED9EBA1;
        else if (i < 60)
            f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
        else
            f = b ^ c ^ d, k = 0xCA62C1D6;
        uint32_t next = rotl(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rotl(b, 30), b = a, a = next;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

static void sha1(const uint8_t *data, size_t size, uint8_t digest[20]) {
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    size_t full = size / 64 * 64;
    for (size_t i = 0; i < full; i += 64)
        sha1_block(h, data + i);
    uint8_t tail[128] = {0};
    size_t rest = size - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tail_size = rest + 9 <= 64 ? 64 : 128;
    uint64_t bits = (uint64_t)size * 8;
    for (int i = 0; i < 8; i++)
        tail[tail_size - 1 - i] = (uint8_t)(bits >> (8 * i));
    for (size_t i = 0; i < tail_size; i += 64)
        sha1_block(h, tail + i);
    for (int i = 0; i < 20; i++)
        digest[i] = (uint8_t)(h[i / 4] >> (24 - 8 * (i % 4)));
}

/* The public key token in hex, or "null". */
static void key_token(const ImgImage *img, char token[17]) {
    ImgBlob key = img_get_blob(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_PUBLICKEY);
    strcpy(token, "null");
    if (key.size) {
        uint8_t digest[20];
        sha1(key.data, key.size, digest);
        for (int i = 0; i < 8; i++)
            snprintf(token + 2 * i, 3, "%02x", digest[19 - i]);
    }
}

void icall_assembly_display_name(const LdAssembly *assembly, char *buffer, size_t size) {
    const ImgImage *img = assembly->image;
    if (!img_row_count(img, IMG_TABLE_ASSEMBLY)) {
        snprintf(buffer, size, "%s", assembly->name);
        return;
    }
    const char *culture = img_get_string(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_CULTURE);
    char token[17];
    key_token(img, token);
    snprintf(buffer, size, "%s, Version=%u.%u.%u.%u, Culture=%s, PublicKeyToken=%s", assembly->name,
             img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MAJOR), img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MINOR),
             img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_BUILD),
             img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_REVISION), culture[0] ? culture : "neutral", token);
}

/* ------------------------------------------------------------------ */
/* Assembly and module objects                                        */
/* ------------------------------------------------------------------ */

/* An assembly's objects are cached with its first type's (<Module>),
 * one RuntimeAssembly and one RuntimeModule each (member_cache.c). */
static LdMethodTable *anchor_type(VmIcallContext *context, LdAssembly *assembly) {
    LdError error;
    LdMethodTable *type = ld_type_from_typedef(assembly, 1, &error);
    if (!type)
        vm_fail(context->error, "System.TypeLoadException: %s", error.message);
    return type;
}

void *icall_assembly_object(VmIcallContext *context, LdAssembly *assembly) {
    LdMethodTable *anchor = anchor_type(context, assembly);
    LdMethodTable *type = icall_corlib_type(context, "System.Reflection", "RuntimeAssembly");
    bool failed;
    GcObject *object = anchor && type ? icall_cached_member(context, anchor, type, "_mono_assembly", assembly, &failed)
                                      : NULL;
    if (object || !anchor || !type || failed)
        return object;
    if (!(object = vm_allocate(context->vm, context->thread, type, type->base_size)))
        return icall_out_of_memory(context), NULL;
    void **handle = (void **)icall_field(context, object, type, "_mono_assembly");
    if (!handle)
        return NULL;
    *handle = assembly;
    return icall_remember_member(context, anchor, object) ? object : NULL;
}

static bool set_string(VmIcallContext *context, GcObject *object, const char *field, const char *text) {
    GcObject **slot = (GcObject **)icall_field(context, object, object->type, field);
    GcObject *value = slot ? vm_new_string_utf8(context->vm, context->thread, text, strlen(text)) : NULL;
    if (slot && value)
        gc_write_barrier(slot, value);
    return slot && (value || icall_out_of_memory(context));
}

static void *module_object(VmIcallContext *context, LdAssembly *assembly) {
    LdMethodTable *anchor = anchor_type(context, assembly);
    LdMethodTable *type = icall_corlib_type(context, "System.Reflection", "RuntimeModule");
    bool failed;
    GcObject *object = anchor && type ? icall_cached_member(context, anchor, type, "_impl", assembly->image, &failed)
                                      : NULL;
    if (object || !anchor || !type || failed)
        return object;
    GcObject *owner = icall_assembly_object(context, assembly);
    if (!owner || !(object = vm_allocate(context->vm, context->thread, type, type->base_size)))
        return owner ? (icall_out_of_memory(context), NULL) : NULL;
    void **handle = (void **)icall_field(context, object, type, "_impl");
    GcObject **assembly_field = (GcObject **)icall_field(context, object, type, "assembly");
    int32_t *token = (int32_t *)icall_field(context, object, type, "token");
    if (!handle || !assembly_field || !token)
        return NULL;
    *handle = assembly->image;
    *token = 0x00000001; /* the Module row */
    gc_write_barrier(assembly_field, owner);
    const char *slash = strrchr(assembly->path ? assembly->path : "", '/');
    const char *file = slash ? slash + 1 : assembly->path ? assembly->path : assembly->name;
    const ImgImage *img = assembly->image;
    const char *scope = img_row_count(img, IMG_TABLE_MODULE) ? img_get_string(img, IMG_TABLE_MODULE, 1, IMG_MODULE_NAME)
                                                             : file;
    if (!set_string(context, object, "fqname", assembly->path ? assembly->path : file) ||
        !set_string(context, object, "name", file) || !set_string(context, object, "scopename", scope))
        return NULL;
    return icall_remember_member(context, anchor, object) ? object : NULL;
}

static LdAssembly *assembly_of_object(VmIcallContext *context, void *object) {
    void **handle = (void **)icall_field(context, object, ((GcObject *)object)->type, "_mono_assembly");
    return handle ? *handle : NULL;
}

LdAssembly *icall_assembly_of(VmIcallContext *context, void *object) {
    if (!strcmp(((GcObject *)object)->type->klass->name, "RuntimeModule")) {
        GcObject **owner = (GcObject **)icall_field(context, object, ((GcObject *)object)->type, "assembly");
        return owner && *owner ? assembly_of_object(context, *owner) : NULL;
    }
    return assembly_of_object(context, object);
}

static LdMethodTable *self_type(VmIcallContext *context, VmSlot *args) {
    LdMethodTable *type = vm_type_of_object(context->vm, args[0].p);
    while (type->kind == LD_KIND_SZARRAY || type->kind == LD_KIND_ARRAY || type->kind == LD_KIND_POINTER ||
           type->kind == LD_KIND_BYREF)
        type = type->element;
    return type;
}

static bool type_assembly(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return (result->p = icall_assembly_object(context, self_type(context, args)->klass->assembly)) != NULL;
}

static bool type_module(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    return (result->p = module_object(context, self_type(context, args)->klass->assembly)) != NULL;
}

/* The program's assembly: loaded right after corlib. Lucid cannot yet
 * name the calling method's assembly, which mono would use here. */
static LdAssembly *program_assembly(VmIcallContext *context) {
    LdLoader *loader = vm_loader(context->vm);
    return ld_assembly_count(loader) > 1 ? ld_assembly_at(loader, 1) : ld_corlib(loader);
}

static bool manifest_module(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    return assembly && (result->p = module_object(context, assembly)) != NULL;
}

static bool assembly_full_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    char name[512];
    if (!assembly)
        return false;
    icall_assembly_display_name(assembly, name, sizeof name);
    return icall_return_utf8(context, name, result);
}

static bool assembly_location(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    return assembly && icall_return_utf8(context, assembly->path ? assembly->path : "", result);
}

/* Assembly.InternalGetType(module, name, throwOnError, ignoreCase). */
static bool assembly_get_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    if (!assembly)
        return false;
    if (!args[2].p)
        return icall_throw_argument_null(context, "name");
    char *name = vm_string_to_utf8(args[2].p);
    if (!name)
        return icall_out_of_memory(context);
    /* Only this assembly's types unless the name says otherwise. */
    LdMethodTable *type = strchr(name, ',') || strchr(name, '[')
                              ? icall_parse_type_name(vm_loader(context->vm), name, strlen(name), assembly, args[4].i4)
                              : NULL;
    if (!type && !strchr(name, ',')) {
        type = icall_find_type_in(assembly, name, args[4].i4);
        if (type && type->klass->assembly != assembly) /* forwarded elsewhere: not this assembly's */
            type = NULL;
    }
    free(name);
    if (!type) {
        if (args[3].i4)
            return icall_throw(context, "System.TypeLoadException: Could not load the type from the assembly.");
        result->p = NULL;
        return true;
    }
    return (result->p = vm_type_object(context->vm, context->thread, type, context->error)) != NULL;
}

/* RuntimeTypeHandle.internal_from_name(name, ref stackMark, callerAssembly,
 * throwOnError, ignoreCase, reflectionOnly): searched in the named
 * assembly, else the caller's (the program's), then corlib; null if none
 * (corlib throws when asked to). */
static bool type_from_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    char *name = args[0].p ? vm_string_to_utf8(args[0].p) : NULL;
    if (!name)
        return args[0].p ? icall_out_of_memory(context) : icall_throw_argument_null(context, "typeName");
    LdAssembly *scope = args[2].p ? assembly_of_object(context, args[2].p) : program_assembly(context);
    LdMethodTable *type = icall_parse_type_name(vm_loader(context->vm), name, strlen(name), scope, args[4].i4);
    free(name);
    if (!type) {
        result->p = NULL;
        return true;
    }
    return (result->p = vm_type_object(context->vm, context->thread, type, context->error)) != NULL;
}

/* AssemblyName.GetNativeName(assembly): a MonoAssemblyName (by corlib's
 * field names) kept for the runtime's life, with its strings and the
 * length-prefixed public key blob after it. */
static bool native_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = args[0].p;
    LdMethodTable *shape = icall_corlib_type(context, "Mono", "MonoAssemblyName");
    if (!assembly || !shape)
        return assembly ? false : icall_throw_argument_null(context, "assembly");
    const ImgImage *img = assembly->image;
    bool has_row = img_row_count(img, IMG_TABLE_ASSEMBLY) != 0;
    const char *culture = has_row ? img_get_string(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_CULTURE) : "";
    ImgBlob key = has_row ? img_get_blob(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_PUBLICKEY) : (ImgBlob){0};
    size_t name_length = strlen(assembly->name) + 1, culture_length = strlen(culture) + 1;
    size_t size = shape->value_size + name_length + culture_length + 4 + key.size;
    bool fresh;
    uint8_t *native = icall_kept_memory(context, assembly, size, &fresh);
    if (!native)
        return false;
    result->p = native;
    if (!fresh)
        return true;
    uint8_t *name = native + shape->value_size, *culture_copy = name + name_length, *blob = culture_copy + culture_length;
    memcpy(name, assembly->name, name_length);
    memcpy(culture_copy, culture, culture_length);
    /* II.23.2 compressed length, then the key. */
    size_t prefix = key.size < 0x80 ? 1 : key.size < 0x4000 ? 2 : 4;
    if (prefix == 1)
        blob[0] = (uint8_t)key.size;
    else if (prefix == 2)
        blob[0] = (uint8_t)(0x80 | key.size >> 8), blob[1] = (uint8_t)key.size;
    else
        blob[0] = (uint8_t)(0xC0 | key.size >> 24), blob[1] = (uint8_t)(key.size >> 16), blob[2] = (uint8_t)(key.size >> 8),
        blob[3] = (uint8_t)key.size;
    memcpy(blob + prefix, key.data, key.size);
    struct {
        const char *field;
        size_t size;
        uint64_t value;
    } values[] = {
        {"name", 8, (uint64_t)(uintptr_t)name},
        {"culture", 8, (uint64_t)(uintptr_t)culture_copy},
        {"public_key", 8, key.size ? (uint64_t)(uintptr_t)blob : 0},
        {"hash_alg", 4, has_row ? img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_HASHALG) : 0},
        {"flags", 4, has_row ? img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_FLAGS) : 0},
        {"major", 2, has_row ? img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MAJOR) : 0},
        {"minor", 2, has_row ? img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_MINOR) : 0},
        {"build", 2, has_row ? img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_BUILD) : 0},
        {"revision", 2, has_row ? img_get(img, IMG_TABLE_ASSEMBLY, 1, IMG_ASSEMBLY_REVISION) : 0},
    };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        uint8_t *field = icall_field(context, native, shape, values[i].field);
        if (!field)
            return false;
        memcpy(field, &values[i].value, values[i].size); /* little-endian */
    }
    uint8_t *token = icall_field(context, native, shape, "public_key_token");
    if (!token)
        return false;
    char hex[17];
    key_token(img, hex);
    if (key.size)
        memcpy(token, hex, 16);
    return true;
}

/* get_code_base(assembly, escaped): a file: URI of its path. */
static bool code_base(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    if (!assembly)
        return false;
    char uri[4200];
    snprintf(uri, sizeof uri, "file://%s", assembly->path ? assembly->path : assembly->name);
    return icall_return_utf8(context, uri, result);
}

/* The assembly of the method `depth` frames out from the caller. */
static bool frame_assembly(VmIcallContext *context, uint32_t depth, VmSlot *result) {
    LdMethod *method;
    uint32_t il_offset;
    if (!vm_frame_at(context->thread, depth, &method, &il_offset)) {
        result->p = NULL;
        return true;
    }
    return (result->p = icall_assembly_object(context, method->owner->klass->assembly)) != NULL;
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
    return (result->p = icall_assembly_object(context, method->owner->klass->assembly)) != NULL;
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
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
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
    void *module_object_ref = module_object(context, assembly);
    if (!module_object_ref)
        return false;
    gc_write_barrier((GcObject **)module, module_object_ref);
    *size = (int32_t)bytes;
    result->p = (void *)data;
    return true;
}

static bool manifest_resource_names(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
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
    const ImgImage *img = args[0].p; /* RuntimeModule._impl: the module's image */
    void *array = args[1].p;
    if (!img || !array || *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET) < 16)
        return icall_throw_argument(context, "a 16-byte array is needed", "guid");
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

/* GetManifestResourceInfoInternal(name, ManifestResourceInfo info): a
 * resource of this file is embedded in the manifest file (ResourceLocation
 * Embedded | ContainedInManifestFile); resources in other files or
 * assemblies are not followed yet, and answer as missing. */
static bool manifest_resource_info(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    GcObject *info = args[2].p;
    if (!assembly)
        return false;
    if (!args[1].p)
        return icall_throw_argument_null(context, "name");
    if (!info)
        return icall_throw_argument_null(context, "info");
    char *name = vm_string_to_utf8(args[1].p);
    if (!name)
        return icall_out_of_memory(context);
    uint32_t rid = resource_row(assembly->image, name);
    free(name);
    result->i4 = rid != 0;
    if (!rid)
        return true;
    int32_t *location = (int32_t *)icall_field(context, info, info->type, "<ResourceLocation>k__BackingField");
    if (!location)
        return false;
    *location = 1 | 4;
    return true;
}

/* GetAotIdInternal(byte[]): no assembly here is ahead-of-time compiled. */
static bool aot_id(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = 0;
    return true;
}

/* Writes a MonoAssemblyName field by corlib's name (little-endian). */
static bool set_name_field(VmIcallContext *context, uint8_t *native, LdMethodTable *shape, const char *field,
                           uint64_t value, size_t size) {
    uint8_t *at = icall_field(context, native, shape, field);
    if (at)
        memcpy(at, &value, size);
    return at != NULL;
}

static char *trimmed_copy(const char *start, const char *end) {
    while (start < end && (*start == ' ' || *start == '\t'))
        start++;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    if (end - start >= 2 && *start == '"' && end[-1] == '"') /* a quoted name */
        start++, end--;
    char *copy = malloc((size_t)(end - start) + 1);
    if (copy) {
        memcpy(copy, start, (size_t)(end - start));
        copy[end - start] = 0;
    }
    return copy;
}

/* "1.2", "1.2.3" or "1.2.3.4" (missing parts 0); false otherwise. */
static bool parse_version(const char *text, uint16_t parts[4]) {
    int count = 0;
    const char *p = text;
    while (count < 4) {
        if (*p < '0' || *p > '9')
            return false;
        unsigned long value = strtoul(p, (char **)&p, 10);
        if (value > 65535)
            return false;
        parts[count++] = (uint16_t)value;
        if (*p != '.')
            break;
        p++;
    }
    return *p == 0 && count >= 2;
}

/* AssemblyName.ParseAssemblyName(utf8 name, out MonoAssemblyName,
 * out bool versionDefined, out bool tokenDefined): a display name as mono
 * reads one ("Name, Version=1.2.3.4, Culture=neutral, PublicKeyToken=..."):
 * false for an empty name, an unknown key, a malformed version or token.
 * Its strings are malloc'd; FreeAssemblyName frees them. */
static bool parse_assembly_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    const char *text = args[0].p;
    uint8_t *native = args[1].p, *version_defined = args[2].p, *token_defined = args[3].p;
    LdMethodTable *shape = icall_corlib_type(context, "Mono", "MonoAssemblyName");
    if (!shape)
        return false;
    memset(native, 0, shape->value_size);
    *version_defined = *token_defined = 0;
    result->i4 = 0;
    if (!text)
        return true;
    const char *comma = strchr(text, ',');
    char *name = trimmed_copy(text, comma ? comma : text + strlen(text)), *culture = NULL;
    uint16_t version[4] = {0};
    char token[17] = "";
    bool ok = name && name[0], retargetable = false;
    while (ok && comma) {
        const char *part = comma + 1;
        comma = strchr(part, ',');
        const char *end = comma ? comma : part + strlen(part), *equals = memchr(part, '=', (size_t)(end - part));
        char *key = equals ? trimmed_copy(part, equals) : NULL, *value = equals ? trimmed_copy(equals + 1, end) : NULL;
        if (!key || !value) {
            ok = false;
        } else if (!strcasecmp(key, "Version")) {
            ok = parse_version(value, version);
            *version_defined = 1;
        } else if (!strcasecmp(key, "Culture")) {
            free(culture);
            culture = strdup(strcasecmp(value, "neutral") ? value : "");
            ok = culture != NULL;
        } else if (!strcasecmp(key, "PublicKeyToken")) {
            *token_defined = 1;
            if (strcasecmp(value, "null")) {
                ok = strlen(value) == 16 && strspn(value, "0123456789abcdefABCDEF") == 16;
                for (int i = 0; ok && i < 16; i++)
                    token[i] = (char)(value[i] | 0x20); /* lower case */
            }
        } else if (!strcasecmp(key, "ProcessorArchitecture")) {
            static const char *const archs[] = {"None", "MSIL", "X86", "IA64", "Amd64", "Arm"};
            ok = false;
            for (int i = 0; i < 6; i++)
                if (!strcasecmp(value, archs[i]))
                    ok = set_name_field(context, native, shape, "arch", (uint64_t)i, 2);
        } else if (!strcasecmp(key, "Retargetable")) {
            retargetable = !strcasecmp(value, "Yes");
            ok = retargetable || !strcasecmp(value, "No");
        } else {
            ok = false; /* mono rejects keys it does not know (PublicKey= is not read here either) */
        }
        free(key);
        free(value);
    }
    if (retargetable && !(*version_defined && *token_defined))
        ok = false; /* as mono: only a full reference can be retargetable */
    if (ok) {
        static const char *const parts[] = {"major", "minor", "build", "revision"};
        for (int i = 0; ok && i < 4; i++)
            ok = set_name_field(context, native, shape, parts[i], version[i], 2);
        uint8_t *token_field = ok ? icall_field(context, native, shape, "public_key_token") : NULL;
        if (token_field)
            memcpy(token_field, token, 17);
        ok = token_field && set_name_field(context, native, shape, "flags", retargetable ? 0x100 : 0, 4) &&
             set_name_field(context, native, shape, "name", (uint64_t)(uintptr_t)name, 8) &&
             set_name_field(context, native, shape, "culture", (uint64_t)(uintptr_t)culture, 8);
    }
    if (!ok) {
        free(name);
        free(culture);
        memset(native, 0, shape->value_size);
        return true;
    }
    result->i4 = 1;
    return true;
}

/* RuntimeMarshal.FreeAssemblyName(ref MonoAssemblyName, freeStruct): the
 * strings ParseAssemblyName allocated (no other name reaches it here). */
static bool free_assembly_name(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    uint8_t *native = args[0].p;
    LdMethodTable *shape = icall_corlib_type(context, "Mono", "MonoAssemblyName");
    if (!shape || !native)
        return shape != NULL;
    static const char *const owned[] = {"name", "culture", "public_key"};
    for (int i = 0; i < 3; i++) {
        void **field = (void **)icall_field(context, native, shape, owned[i]);
        if (!field)
            return false;
        free(*field);
        *field = NULL;
    }
    if (args[1].i4)
        free(native);
    return true;
}

/* Whether a TypeDef is visible outside its assembly: public, or nested
 * public in a type that is. */
static bool typedef_exported(const ImgImage *img, uint32_t rid) {
    for (int depth = 0; depth < 64; depth++) {
        uint32_t visibility = img_get(img, IMG_TABLE_TYPEDEF, rid, IMG_TYPEDEF_FLAGS) & 7;
        if (visibility != 2) /* 1 public, 2 nested public */
            return visibility == 1;
        uint32_t row = img_find_sorted(img, IMG_TABLE_NESTEDCLASS, IMG_NESTEDCLASS_NESTED, rid, NULL);
        if (!row)
            return false;
        rid = img_get(img, IMG_TABLE_NESTEDCLASS, row, IMG_NESTEDCLASS_ENCLOSING);
    }
    return false;
}

/* Assembly.GetTypes(exportedOnly): its TypeDefs in table order, without
 * <Module> (row 1), as mono lists them. */
static bool assembly_types(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    if (!assembly)
        return false;
    const ImgImage *img = assembly->image;
    uint32_t rows = img_row_count(img, IMG_TABLE_TYPEDEF), count = 0;
    LdMethodTable **types = malloc((rows ? rows : 1) * sizeof *types);
    if (!types)
        return icall_out_of_memory(context);
    for (uint32_t rid = 2; rid <= rows; rid++) {
        if (args[1].i4 && !typedef_exported(img, rid))
            continue;
        LdError error;
        if (!(types[count++] = ld_type_from_typedef(assembly, rid, &error))) {
            free(types);
            return icall_throw(context, "System.TypeLoadException: a type of the assembly cannot be loaded");
        }
    }
    result->p = icall_type_array(context, count, types, true);
    free(types);
    return result->p != NULL;
}

/* RuntimeAssembly.get_EntryPoint(): the MethodInfo of the method the CLI
 * header names, or null (a library). */
static bool entry_point(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = NULL;
    LdAssembly *assembly = assembly_of_object(context, args[0].p);
    if (!assembly)
        return false;
    const ImgImage *img = assembly->image;
    uint32_t token = img->entry_point;
    if (IMG_TOKEN_TABLE(token) != IMG_TABLE_METHODDEF || !img_token_valid(img, token))
        return true;
    uint32_t owner_rid = img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, IMG_TOKEN_RID(token));
    LdError error;
    LdMethodTable *owner = owner_rid ? ld_type_from_typedef(assembly, owner_rid, &error) : NULL;
    if (!owner || !ld_type_load(owner, &error))
        return true;
    for (uint32_t i = 0; i < owner->klass->method_count; i++)
        if (owner->klass->methods[i].rid == IMG_TOKEN_RID(token))
            return (result->p = icall_method_object(context, &owner->klass->methods[i], NULL)) != NULL;
    return true;
}

/* An assembly already loaded under this simple name, or NULL. */
static LdAssembly *loaded_named(LdLoader *loader, const char *name) {
    for (uint32_t i = 0; i < ld_assembly_count(loader); i++)
        if (!strcmp(ld_assembly_at(loader, i)->name, name))
            return ld_assembly_at(loader, i);
    return NULL;
}

/* AppDomain.LoadAssembly(assemblyRef, evidence, refOnly, ref stackMark):
 * by display name, as mono binds one: an assembly loaded under that simple
 * name; else, for a strong name (a PublicKeyToken), the search path and the
 * GAC; else only the program's own directory. null when there is none, and
 * corlib throws FileNotFoundException. Versions are not compared. */
static bool load_assembly(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->p = NULL; /* args[0] is the AppDomain */
    if (!args[1].p)
        return icall_throw_argument_null(context, "assemblyRef");
    char *display = vm_string_to_utf8(args[1].p);
    if (!display)
        return icall_out_of_memory(context);
    char name[256];
    size_t length = strcspn(display, ",");
    while (length && display[length - 1] == ' ')
        length--;
    const char *start = display;
    while (length && *start == ' ')
        start++, length--;
    snprintf(name, sizeof name, "%.*s", (int)length, start);
    const char *token = strstr(display, "PublicKeyToken=");
    bool strong = token && strncmp(token + 15, "null", 4) != 0;
    free(display);
    LdLoader *loader = vm_loader(context->vm);
    LdAssembly *assembly = name[0] ? loaded_named(loader, name) : NULL;
    LdError error;
    if (!assembly && name[0] && strong) {
        assembly = ld_load_by_name(loader, name, &error);
    } else if (!assembly && name[0] && !strchr(name, '/')) {
        const char *program = program_assembly(context)->path;
        const char *slash = program ? strrchr(program, '/') : NULL;
        static const char *const extensions[] = {".dll", ".exe"};
        for (unsigned e = 0; slash && !assembly && e < 2; e++) {
            char path[4096];
            snprintf(path, sizeof path, "%.*s/%s%s", (int)(slash - program), program, name, extensions[e]);
            FILE *probe = fopen(path, "rb");
            if (probe) {
                fclose(probe);
                assembly = ld_load_file(loader, path, &error);
            }
        }
    }
    if (assembly && !(result->p = icall_assembly_object(context, assembly)))
        return false;
    return true;
}

const VmIcall icall_assembly[] = {
    {"System.AppDomain::LoadAssembly", load_assembly},
    {"System.Reflection.Assembly::GetTypes", assembly_types},
    {"System.Reflection.RuntimeAssembly::get_EntryPoint", entry_point},
    {"System.Reflection.AssemblyName::ParseAssemblyName", parse_assembly_name},
    {"Mono.RuntimeMarshal::FreeAssemblyName", free_assembly_name},
    {"System.Reflection.RuntimeAssembly::GetAotIdInternal", aot_id},
    {"System.Reflection.RuntimeAssembly::GetManifestResourceInfoInternal", manifest_resource_info},
    {"System.Reflection.AssemblyName::GetNativeName", native_name},
    {"System.Reflection.RuntimeAssembly::get_code_base", code_base},
    {"System.RuntimeTypeHandle::GetAssembly", type_assembly},
    {"System.RuntimeTypeHandle::GetModule", type_module},
    {"System.RuntimeTypeHandle::internal_from_name", type_from_name},
    {"System.Reflection.Assembly::GetExecutingAssembly", executing_assembly},
    {"System.Reflection.Assembly::GetCallingAssembly", calling_assembly},
    {"System.Reflection.Assembly::GetEntryAssembly", entry_assembly},
    {"System.Reflection.RuntimeAssembly::GetManifestResourceInternal", manifest_resource},
    {"System.Reflection.RuntimeAssembly::GetManifestResourceNames", manifest_resource_names},
    {"System.Reflection.RuntimeAssembly::get_global_assembly_cache", global_assembly_cache},
    {"System.Reflection.RuntimeAssembly::get_ReflectionOnly", reflection_only},
    {"System.Reflection.RuntimeModule::GetGuidInternal", module_guid},
    {"System.Reflection.Assembly::InternalGetType", assembly_get_type},
    {"System.Reflection.RuntimeAssembly::GetManifestModuleInternal", manifest_module},
    {"System.Reflection.RuntimeAssembly::get_fullname", assembly_full_name},
    {"System.Reflection.RuntimeAssembly::get_location", assembly_location},
};
const uint32_t icall_assembly_count = ICALL_COUNT(icall_assembly);
