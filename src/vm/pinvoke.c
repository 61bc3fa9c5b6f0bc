/*
 * pinvoke.c - platform invoke: calling C functions that methods declare
 * with [DllImport], through libffi, and letting C call delegates back.
 *
 * A pinvokeimpl method gets a stub (VmPinvoke) the first time a call to
 * it is transcoded: its ImplMap row read, its parameters classified into
 * the few marshalling kinds Lucid supports, and an ffi_cif made once. The
 * library and entry point are found on the first call, as mono does, so
 * a missing one raises DllNotFoundException or EntryPointNotFoundException
 * at the call, with mono's text. The call itself lets go of the runtime
 * lock (the C function may block): nothing managed is touched between
 * (strings were copied to C memory, arrays and byrefs are passed by
 * address, and the objects behind them stay reachable from the caller's
 * evaluation stack, which the frame's map reports; the collector does not
 * move objects).
 *
 * A delegate passed where C wants a function pointer gets a libffi closure
 * that takes the runtime lock back, invokes the delegate and lets go
 * again. docs/pinvoke.md has the whole design.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <ffi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

/* How one parameter or the result crosses. */
typedef enum PiKind {
    PI_VOID,     /* the result of a void function */
    PI_VALUE,    /* blittable: the value as it sits in memory (integers, floats, IntPtr, pointers, enums, structs) */
    PI_BOOL4,    /* bool as a 4-byte BOOL (the default) */
    PI_BOOL1,    /* bool as one byte ([MarshalAs(UnmanagedType.I1 or U1)]) */
    PI_CHAR1,    /* char as one byte (CharSet.Ansi) */
    PI_ADDRESS,  /* ref/out of a blittable type, or a pointer: the address itself */
    PI_ARRAY,    /* an array of blittable elements: its first element's address (NULL for null) */
    PI_UTF8,     /* string as a NUL-terminated UTF-8 copy (CharSet.Ansi, as mono does on Linux) */
    PI_UTF16,    /* string as a NUL-terminated UTF-16 copy (CharSet.Unicode) */
    PI_DELEGATE, /* a delegate as a function pointer: its thunk */
    PI_BUILDER8, /* StringBuilder as a buffer of its capacity, UTF-8 (Ansi); read back after the call */
    PI_BUILDER16, /* the same in UTF-16 (Unicode) */
} PiKind;

typedef struct PiParam {
    uint8_t kind;         /* PiKind */
    LdMethodTable *type;  /* PI_VALUE: the value's type */
    ffi_type *ffi;
    uint32_t slot;        /* first argument slot */
} PiParam;

struct VmPinvoke {
    struct VmPinvoke *next;
    LdMethod *method;
    char name[300];        /* for messages */
    const char *library;   /* as the ModuleRef names it */
    const char *entry;     /* the symbol */
    bool set_last_error;
    bool resolved;
    void *function;
    uint32_t param_count, arg_slots, result_slots;
    PiParam *params;
    PiParam result;
    ffi_type **ffi_params;
    ffi_cif cif;
};

/* A library opened once, by the name DllImport gave. */
typedef struct PiLibrary {
    struct PiLibrary *next;
    char *name;
    void *handle;
} PiLibrary;

/* A delegate's native thunk. The delegate is held by a strong GC handle,
 * so it lives as long as the runtime (native code may keep the pointer
 * anywhere: docs/pinvoke.md) and the handle follows it when the collector
 * moves it. */
typedef struct PiCallback {
    struct PiCallback *next;
    VmRuntime *vm;
    GcHandle delegate;     /* read it again after anything that may collect */
    LdMethod *invoke;
    ffi_closure *closure;
    void *code;            /* what C calls */
    ffi_cif cif;
    uint32_t param_count, arg_slots;
    PiParam *params;
    PiParam result;
    ffi_type **ffi_params;
} PiCallback;

struct VmPinvokeState {
    VmPinvoke *stubs;
    PiLibrary *libraries;
    PiCallback *callbacks;
    void **owned;          /* ffi_types of structs and their element lists */
    uint32_t owned_count, owned_capacity;
};

/* vm_object_slot kind: a thread's exception thrown by a callback and
 * waiting for the native call to return. */
enum { PI_OBJECT_PENDING = 0x70690002 };

/* The thread inside a native call (so a callback can take the lock back),
 * and the errno of its last call with SetLastError. */
static __thread VmThread *native_thread;
static __thread int32_t last_error;
/* A callback that could not run (the runtime failed) says why here; the
 * native call then fails the program when it returns. */
static __thread char *callback_failure;

static VmPinvokeState *state_of(VmRuntime *vm) {
    if (!vm->pinvoke)
        vm->pinvoke = calloc(1, sizeof *vm->pinvoke);
    return vm->pinvoke;
}

static void *own(VmPinvokeState *state, void *memory) {
    if (!memory)
        return NULL;
    if (state->owned_count == state->owned_capacity) {
        uint32_t capacity = state->owned_capacity ? 2 * state->owned_capacity : 16;
        void **grown = realloc(state->owned, capacity * sizeof *grown);
        if (!grown) {
            free(memory);
            return NULL;
        }
        state->owned = grown;
        state->owned_capacity = capacity;
    }
    state->owned[state->owned_count++] = memory;
    return memory;
}

void vm_pinvoke_destroy(VmRuntime *vm) {
    VmPinvokeState *state = vm->pinvoke;
    if (!state)
        return;
    for (VmPinvoke *stub = state->stubs, *next; stub; stub = next) {
        next = stub->next;
        free(stub->params);
        free(stub->ffi_params);
        free(stub);
    }
    for (PiLibrary *library = state->libraries, *next; library; library = next) {
        next = library->next;
        if (library->handle)
            dlclose(library->handle);
        free(library->name);
        free(library);
    }
    for (PiCallback *callback = state->callbacks, *next; callback; callback = next) {
        next = callback->next;
        gc_handle_free(vm->heap, callback->delegate);
        ffi_closure_free(callback->closure);
        free(callback->params);
        free(callback->ffi_params);
        free(callback);
    }
    for (uint32_t i = 0; i < state->owned_count; i++)
        free(state->owned[i]);
    free(state->owned);
    free(state);
    vm->pinvoke = NULL;
}

int32_t vm_pinvoke_last_error(void) {
    return last_error;
}

void vm_pinvoke_set_last_error(int32_t error) {
    last_error = error;
}

/* ------------------------------------------------------------------ */
/* Classifying types                                                  */
/* ------------------------------------------------------------------ */

static ffi_type *primitive_ffi(uint8_t elem) {
    switch (elem) {
    case IMG_ELEMENT_I1: return &ffi_type_sint8;
    case IMG_ELEMENT_U1: case IMG_ELEMENT_BOOLEAN: return &ffi_type_uint8;
    case IMG_ELEMENT_I2: return &ffi_type_sint16;
    case IMG_ELEMENT_U2: case IMG_ELEMENT_CHAR: return &ffi_type_uint16;
    case IMG_ELEMENT_I4: return &ffi_type_sint32;
    case IMG_ELEMENT_U4: return &ffi_type_uint32;
    case IMG_ELEMENT_I8: return &ffi_type_sint64;
    case IMG_ELEMENT_U8: return &ffi_type_uint64;
    case IMG_ELEMENT_I: case IMG_ELEMENT_U: case IMG_ELEMENT_PTR: case IMG_ELEMENT_FNPTR: return &ffi_type_pointer;
    case IMG_ELEMENT_R4: return &ffi_type_float;
    case IMG_ELEMENT_R8: return &ffi_type_double;
    default: return NULL;
    }
}

static bool is_pointer_like(const LdMethodTable *type) {
    return type->kind == LD_KIND_POINTER || type->kind == LD_KIND_FNPTR;
}

/* A type whose managed and native forms are the same bytes: the integers,
 * floats, IntPtr, pointers, enums, and structs of those (bool and char
 * are not: their native forms depend on marshalling). Its ffi_type, or
 * NULL. A struct's ffi_type is checked against the loader's layout, so a
 * struct whose offsets libffi would not reproduce is refused. */
static ffi_type *blittable_ffi(VmPinvokeState *state, LdMethodTable *type, int depth) {
    LdError error;
    if (depth > 16 || !ld_type_load(type, &error))
        return NULL;
    if (is_pointer_like(type))
        return &ffi_type_pointer;
    if (type->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM))
        return type->elem == IMG_ELEMENT_BOOLEAN || type->elem == IMG_ELEMENT_CHAR ? NULL : primitive_ffi(type->elem);
    if (type->kind != LD_KIND_VALUETYPE || (type->flags & (LD_MT_CONTAINS_REFS | LD_MT_NULLABLE | LD_MT_BYREF_LIKE)))
        return NULL;
    LdClass *klass = type->klass;
    uint32_t count = 0;
    for (uint32_t i = 0; i < klass->field_count; i++)
        count += !(klass->fields[i].flags & LD_FIELD_STATIC);
    if (!count)
        return NULL;
    ffi_type *result = own(state, calloc(1, sizeof *result));
    ffi_type **elements = own(state, calloc(count + 1, sizeof *elements));
    size_t *offsets = calloc(count, sizeof *offsets);
    uint32_t *expected = calloc(count, sizeof *expected);
    bool ok = result && elements && offsets && expected;
    uint32_t n = 0;
    for (uint32_t i = 0; ok && i < klass->field_count; i++) {
        LdField *field = &klass->fields[i];
        if (field->flags & LD_FIELD_STATIC)
            continue;
        /* ffi lays elements out in order: the fields must come in ascending offsets */
        if (n && field->offset < expected[n - 1])
            ok = false;
        expected[n] = field->offset;
        elements[n] = ok ? blittable_ffi(state, field->type, depth + 1) : NULL;
        ok = elements[n++] != NULL;
    }
    if (ok) {
        result->type = FFI_TYPE_STRUCT;
        result->elements = elements;
        ok = ffi_get_struct_offsets(FFI_DEFAULT_ABI, result, offsets) == FFI_OK && result->size == type->value_size;
        for (uint32_t i = 0; ok && i < n; i++)
            ok = offsets[i] == expected[i];
    }
    free(offsets);
    free(expected);
    return ok ? result : NULL;
}

/* Whether a value's managed bytes are its native bytes (blittable): the
 * integers, floats, IntPtr, pointers, enums, and structs of only those,
 * whatever their layout (explicit offsets and overlaps included). bool
 * and char are not: their native forms depend on marshalling. */
static bool same_bytes(LdMethodTable *type, int depth) {
    LdError error;
    if (depth > 16 || !ld_type_load(type, &error))
        return false;
    if (is_pointer_like(type) || (type->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM)))
        return type->elem != IMG_ELEMENT_BOOLEAN && type->elem != IMG_ELEMENT_CHAR;
    if (type->kind != LD_KIND_VALUETYPE || (type->flags & (LD_MT_CONTAINS_REFS | LD_MT_NULLABLE | LD_MT_OPEN)))
        return false;
    for (uint32_t i = 0; i < type->klass->field_count; i++) {
        LdField *field = &type->klass->fields[i];
        if (!(field->flags & LD_FIELD_STATIC) && !same_bytes(field->type, depth + 1))
            return false;
    }
    return true;
}

/* Marshal.SizeOf: a type's size as C sees it. Blittable types are their
 * managed size (explicit offsets and packing included); a struct with
 * bool or char fields is laid out by C's rules with a 4-byte bool and a
 * 1-byte char (the default CharSet, Ansi). Its alignment in *align. -1
 * for what has no native form here (classes, references, generics). */
static int64_t native_layout(LdMethodTable *type, uint32_t *align, int depth) {
    LdError error;
    if (depth > 16 || !ld_type_load(type, &error))
        return -1;
    if (is_pointer_like(type) || (type->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM))) {
        uint32_t size = type->elem == IMG_ELEMENT_BOOLEAN ? 4 : type->elem == IMG_ELEMENT_CHAR ? 1 : type->value_size;
        *align = size;
        return size;
    }
    if (type->kind != LD_KIND_VALUETYPE || (type->flags & (LD_MT_CONTAINS_REFS | LD_MT_NULLABLE | LD_MT_OPEN)))
        return -1;
    if (same_bytes(type, depth)) {
        *align = type->value_align ? type->value_align : 1;
        return type->value_size;
    }
    uint64_t offset = 0;
    uint32_t max_align = 1;
    for (uint32_t i = 0; i < type->klass->field_count; i++) {
        LdField *field = &type->klass->fields[i];
        if (field->flags & LD_FIELD_STATIC)
            continue;
        uint32_t field_align = 1;
        int64_t size = native_layout(field->type, &field_align, depth + 1);
        if (size < 0)
            return -1;
        offset = (offset + field_align - 1) / field_align * field_align + (uint64_t)size;
        if (field_align > max_align)
            max_align = field_align;
    }
    *align = max_align;
    return (int64_t)((offset + max_align - 1) / max_align * max_align);
}

int64_t vm_pinvoke_native_size(LdMethodTable *type) {
    uint32_t align;
    return native_layout(type, &align, 0);
}

int64_t vm_pinvoke_native_offset(LdMethodTable *type, const LdField *target) {
    uint32_t align;
    if (native_layout(type, &align, 0) < 0 || (target->flags & LD_FIELD_STATIC))
        return -1;
    if (same_bytes(type, 0))
        return target->offset; /* laid out alike: the managed offset is the native one */
    uint64_t offset = 0;
    for (uint32_t i = 0; i < type->klass->field_count; i++) { /* as native_layout places them */
        LdField *field = &type->klass->fields[i];
        if (field->flags & LD_FIELD_STATIC)
            continue;
        uint32_t field_align = 1;
        int64_t size = native_layout(field->type, &field_align, 1);
        offset = (offset + field_align - 1) / field_align * field_align;
        if (field == target)
            return (int64_t)offset;
        offset += (uint64_t)size;
    }
    return -1;
}

/* A parameter's native type from [MarshalAs]: the FieldMarshal blob's
 * first byte (NATIVE_TYPE_*), or 0 without one. Sequence 0 is the result. */
static uint8_t marshal_as(const LdMethod *method, uint32_t sequence) {
    const ImgImage *img = method->owner->klass->assembly->image;
    uint32_t first, end;
    img_list_range(img, IMG_TABLE_METHODDEF, method->rid, IMG_METHODDEF_PARAMLIST, &first, &end);
    for (uint32_t i = first; i < end; i++) {
        uint32_t rid = img_list_member(img, IMG_TABLE_PARAM, i);
        if (img_get(img, IMG_TABLE_PARAM, rid, IMG_PARAM_SEQUENCE) != sequence)
            continue;
        if (!(img_get(img, IMG_TABLE_PARAM, rid, IMG_PARAM_FLAGS) & 0x2000))
            return 0;
        uint32_t key = img_coded_encode(IMG_CODED_HASFIELDMARSHAL, IMG_TOKEN(IMG_TABLE_PARAM, rid));
        uint32_t row = img_find_sorted(img, IMG_TABLE_FIELDMARSHAL, IMG_FIELDMARSHAL_PARENT, key, NULL);
        if (!row)
            return 0;
        ImgBlob blob = img_get_blob(img, IMG_TABLE_FIELDMARSHAL, row, IMG_FIELDMARSHAL_NATIVETYPE);
        return blob.size ? blob.data[0] : 0;
    }
    return 0;
}

/* [MarshalAs] native types (II.23.4) that change how a value crosses. */
enum {
    NATIVE_I1 = 0x03, NATIVE_U1 = 0x04, NATIVE_I2 = 0x05, NATIVE_U2 = 0x06,
    NATIVE_LPSTR = 0x14, NATIVE_LPWSTR = 0x15, NATIVE_LPUTF8STR = 0x30,
};

/* Classifies one parameter (or the result, `result`) of `method`, whose
 * strings and chars follow `unicode`. false with *why when Lucid cannot
 * marshal it. */
static bool classify(VmPinvokeState *state, const LdMethod *method, uint32_t sequence, LdMethodTable *type,
                     bool unicode, bool result, PiParam *param, const char **why) {
    uint8_t native = marshal_as(method, sequence);
    param->type = type;
    if (!type) {
        param->kind = PI_VOID;
        param->ffi = &ffi_type_void;
        return true;
    }
    if ((type->flags & LD_MT_PRIMITIVE) && type->elem == IMG_ELEMENT_BOOLEAN) {
        bool one = native == NATIVE_I1 || native == NATIVE_U1;
        param->kind = one ? PI_BOOL1 : PI_BOOL4;
        param->ffi = one ? &ffi_type_uint8 : &ffi_type_sint32;
        return true;
    }
    if ((type->flags & LD_MT_PRIMITIVE) && type->elem == IMG_ELEMENT_CHAR) {
        bool wide = native == NATIVE_U2 || native == NATIVE_I2 ? true : native ? false : unicode;
        param->kind = wide ? PI_VALUE : PI_CHAR1;
        param->ffi = wide ? &ffi_type_uint16 : &ffi_type_uint8;
        return true;
    }
    if ((param->ffi = blittable_ffi(state, type, 0))) {
        param->kind = PI_VALUE;
        return true;
    }
    if (same_bytes(type, 0) && type->kind == LD_KIND_VALUETYPE) {
        *why = "structs by value whose fields overlap or are out of order";
        return false;
    }
    param->ffi = &ffi_type_pointer;
    if (type->flags & LD_MT_STRING) {
        bool wide = native == NATIVE_LPWSTR || (native != NATIVE_LPSTR && native != NATIVE_LPUTF8STR && unicode);
        param->kind = wide ? PI_UTF16 : PI_UTF8;
        return true;
    }
    if (type->kind == LD_KIND_BYREF && !result) {
        if (same_bytes(type->element, 0)) {
            param->kind = PI_ADDRESS;
            return true;
        }
        *why = "ref or out of a type that is not blittable";
        return false;
    }
    if (type->kind == LD_KIND_SZARRAY && !result) {
        if (same_bytes(type->element, 0)) {
            param->kind = PI_ARRAY;
            return true;
        }
        *why = "arrays of elements that are not blittable";
        return false;
    }
    if (type->kind == LD_KIND_CLASS && !result && !strcmp(type->klass->ns, "System.Text") &&
        !strcmp(type->klass->name, "StringBuilder")) {
        bool wide = native == NATIVE_LPWSTR || (native != NATIVE_LPSTR && native != NATIVE_LPUTF8STR && unicode);
        param->kind = wide ? PI_BUILDER16 : PI_BUILDER8;
        return true;
    }
    bool base_delegate = !strcmp(type->klass->ns, "System") &&
                         (!strcmp(type->klass->name, "Delegate") || !strcmp(type->klass->name, "MulticastDelegate"));
    if ((type->flags & LD_MT_DELEGATE) && !result && !base_delegate) {
        param->kind = PI_DELEGATE;
        return true;
    }
    if (type->flags & LD_MT_DELEGATE) {
        *why = result ? "delegates as results" : "System.Delegate or MulticastDelegate itself as a parameter";
        return false;
    }
    *why = type->kind == LD_KIND_CLASS ? "classes (StringBuilder, SafeHandle, formatted classes, object)"
                                       : "structs that are not blittable";
    return false;
}

/* Types of a signature, in the method's generic context. */
static LdMethodTable *sig_type(const LdMethod *method, const ImgType *type, VmError *error) {
    if (type->kind == IMG_ELEMENT_VOID)
        return NULL;
    LdGenericContext context;
    ld_method_context(method, &context);
    LdError load_error;
    LdMethodTable *result = ld_type_from_sig(method->owner->klass->assembly, type, &context, &load_error);
    if (!result)
        vm_fail(error, "System.TypeLoadException: %s", load_error.message);
    return result;
}

/* The parameters' and result's kinds, ffi types and slots, and the cif,
 * for a method (the P/Invoke target, or a delegate's Invoke). */
typedef struct PiShape {
    uint32_t param_count, arg_slots;
    PiParam *params;
    PiParam result;
    ffi_type **ffi_params;
} PiShape;

static bool shape_of(VmPinvokeState *state, const LdMethod *method, const LdMethod *marshal_source, bool unicode,
                     bool has_this, PiShape *shape, const char *name, VmError *error) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(method->signature, &arena);
    bool ok = sig != NULL;
    if (!ok)
        vm_fail(error, "System.InvalidProgramException: malformed signature of %s", name);
    if (ok && (sig->sentinel >= 0 || (sig->flags & IMG_SIG_KIND_MASK) == IMG_SIG_VARARG))
        ok = vm_fail(error, "not implemented yet: platform invoke of vararg functions (%s)", name);
    if (ok) {
        shape->param_count = sig->param_count;
        shape->params = calloc(sig->param_count + 1, sizeof *shape->params);
        shape->ffi_params = calloc(sig->param_count + 1, sizeof *shape->ffi_params);
        ok = (shape->params && shape->ffi_params) || vm_fail(error, "out of memory");
    }
    uint32_t slot = has_this ? 1 : 0;
    for (uint32_t i = 0; ok && i <= sig->param_count; i++) {
        bool result = i == sig->param_count;
        const ImgType *sig_param = result ? sig->ret : sig->params[i];
        LdMethodTable *type = sig_type(method, sig_param, error);
        if (!type && sig_param->kind != IMG_ELEMENT_VOID) {
            ok = false;
            break;
        }
        PiParam *param = result ? &shape->result : &shape->params[i];
        const char *why = NULL;
        if (!classify(state, marshal_source, result ? 0 : i + 1, type, unicode, result, param, &why)) {
            char type_name[200];
            ld_type_name(type, type_name, sizeof type_name);
            ok = vm_fail(error, "not implemented yet: marshalling %s (%s, %s of %s)", why, type_name,
                         result ? "the result" : "a parameter", name);
            break;
        }
        if (result)
            break;
        param->slot = slot;
        shape->ffi_params[i] = param->ffi;
        slot += vm_value_slots(type);
    }
    shape->arg_slots = slot;
    img_arena_free(&arena);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Stubs                                                              */
/* ------------------------------------------------------------------ */

/* ImplMap flags (II.23.1.8). */
enum { IMPLMAP_CHARSET_MASK = 0x6, IMPLMAP_CHARSET_UNICODE = 0x4, IMPLMAP_CHARSET_AUTO = 0x6,
       IMPLMAP_LAST_ERROR = 0x40, IMPLMAP_CALLCONV_MASK = 0x700, IMPLMAP_CALLCONV_THISCALL = 0x400 };

VmPinvoke *vm_pinvoke_stub(VmRuntime *vm, LdMethod *method, VmError *error) {
    VmPinvokeState *state = state_of(vm);
    if (!state) {
        vm_fail(error, "out of memory");
        return NULL;
    }
    for (VmPinvoke *stub = state->stubs; stub; stub = stub->next)
        if (stub->method == method)
            return stub;
    char name[300];
    vm_method_name(method, name, sizeof name);
    const ImgImage *img = method->owner->klass->assembly->image;
    uint32_t key = img_coded_encode(IMG_CODED_MEMBERFORWARDED, IMG_TOKEN(IMG_TABLE_METHODDEF, method->rid));
    uint32_t row = key == UINT32_MAX ? 0 : img_find_sorted(img, IMG_TABLE_IMPLMAP, IMG_IMPLMAP_MEMBER, key, NULL);
    uint32_t scope = row ? img_get(img, IMG_TABLE_IMPLMAP, row, IMG_IMPLMAP_SCOPE) : 0;
    if (!row || !scope || scope > img_row_count(img, IMG_TABLE_MODULEREF)) {
        vm_fail(error, "System.TypeLoadException: %s is pinvokeimpl without an ImplMap row naming its module", name);
        return NULL;
    }
    uint32_t flags = img_get(img, IMG_TABLE_IMPLMAP, row, IMG_IMPLMAP_FLAGS);
    if ((flags & IMPLMAP_CALLCONV_MASK) == IMPLMAP_CALLCONV_THISCALL) {
        vm_fail(error, "not implemented yet: platform invoke with the thiscall convention (%s)", name);
        return NULL;
    }
    VmPinvoke *stub = calloc(1, sizeof *stub);
    if (!stub) {
        vm_fail(error, "out of memory");
        return NULL;
    }
    stub->method = method;
    snprintf(stub->name, sizeof stub->name, "%s", name);
    stub->library = img_get_string(img, IMG_TABLE_MODULEREF, scope, IMG_MODULEREF_NAME);
    stub->entry = img_get_string(img, IMG_TABLE_IMPLMAP, row, IMG_IMPLMAP_IMPORTNAME);
    if (!*stub->entry)
        stub->entry = method->name;
    stub->set_last_error = (flags & IMPLMAP_LAST_ERROR) != 0;
    /* Auto is Ansi off Windows, as on mono. */
    bool unicode = (flags & IMPLMAP_CHARSET_MASK) == IMPLMAP_CHARSET_UNICODE;
    PiShape shape = {0};
    bool ok = shape_of(state, method, method, unicode, false, &shape, name, error);
    stub->param_count = shape.param_count;
    stub->arg_slots = shape.arg_slots;
    stub->params = shape.params;
    stub->result = shape.result;
    stub->ffi_params = shape.ffi_params;
    if (ok) {
        stub->result_slots = stub->result.kind == PI_VOID ? 0
                             : stub->result.kind == PI_VALUE ? vm_value_slots(stub->result.type) : 1;
        ok = ffi_prep_cif(&stub->cif, FFI_DEFAULT_ABI, stub->param_count, stub->result.ffi, stub->ffi_params) ==
                 FFI_OK ||
             vm_fail(error, "libffi cannot describe the call to %s", name);
    }
    if (!ok) {
        free(stub->params);
        free(stub->ffi_params);
        free(stub);
        return NULL;
    }
    stub->next = state->stubs;
    state->stubs = stub;
    return stub;
}

uint32_t vm_pinvoke_arg_slots(const VmPinvoke *stub) {
    return stub->arg_slots;
}

uint32_t vm_pinvoke_result_slots(const VmPinvoke *stub) {
    return stub->result_slots;
}

/* ------------------------------------------------------------------ */
/* Libraries                                                          */
/* ------------------------------------------------------------------ */

/* Mono's /etc/mono/config maps these names to files (dllmap). */
static const char *const dll_map[][2] = {
    {"libc", "libc.so.6"},
    {"intl", "libc.so.6"},
    {"libintl", "libc.so.6"},
    {"System.Native", "/usr/lib/libmono-native.so"},
    {"System.Net.Security.Native", "/usr/lib/libmono-native.so"},
    {"MonoPosixHelper", "/usr/lib/libMonoPosixHelper.so"},
};

static void *try_open(const char *directory, const char *prefix, const char *name, const char *suffix) {
    char path[4096];
    int n = snprintf(path, sizeof path, "%s%s%s%s%s", directory ? directory : "", directory ? "/" : "", prefix,
                     name, suffix);
    if (n < 0 || (size_t)n >= sizeof path)
        return NULL;
    return dlopen(path, RTLD_LAZY);
}

/* Mono's probing: the name mapped as mono's config maps it; then, for the
 * name and the name without ".dll", in the program's directory and then
 * the system's: lib<name>.so, <name>.so, and the name as given. */
static void *open_library(VmRuntime *vm, const LdMethod *method, const char *library) {
    const char *name = library;
    for (size_t i = 0; i < sizeof dll_map / sizeof dll_map[0]; i++)
        if (!strcmp(dll_map[i][0], library))
            name = dll_map[i][1];
    if (name[0] == '/')
        return dlopen(name, RTLD_LAZY);
    char base[1024];
    snprintf(base, sizeof base, "%s", name);
    size_t length = strlen(base);
    bool dll = length > 4 && !strcasecmp(base + length - 4, ".dll");
    const char *path = method->owner->klass->assembly->path;
    char directory[4096] = "";
    if (path && strchr(path, '/')) {
        snprintf(directory, sizeof directory, "%s", path);
        *strrchr(directory, '/') = 0;
        if (!directory[0])
            strcpy(directory, "/");
    } else if (path) {
        strcpy(directory, "."); /* a program named without a directory */
    }
    for (int variant = 0; variant < (dll ? 2 : 1); variant++) {
        if (variant)
            base[length - 4] = 0;
        for (int where = directory[0] ? 0 : 1; where < 2; where++) {
            const char *dir = where ? NULL : directory;
            void *handle = try_open(dir, "lib", base, ".so");
            if (!handle)
                handle = try_open(dir, "", base, ".so");
            if (!handle && (dir || strchr(base, '/') == NULL))
                handle = try_open(dir, "", base, "");
            if (handle)
                return handle;
        }
    }
    return NULL;
}

static void *library_handle(VmRuntime *vm, const LdMethod *method, const char *library) {
    VmPinvokeState *state = vm->pinvoke;
    for (PiLibrary *known = state->libraries; known; known = known->next)
        if (!strcmp(known->name, library))
            return known->handle;
    void *handle = open_library(vm, method, library);
    if (!handle)
        return NULL; /* tried again next time, as mono does */
    PiLibrary *known = calloc(1, sizeof *known);
    char *copy = strdup(library);
    if (!known || !copy) {
        free(known);
        free(copy);
        return handle; /* opened all the same; dlopen counts references */
    }
    *known = (PiLibrary){state->libraries, copy, handle};
    state->libraries = known;
    return handle;
}

/* The exception mono raises for a missing library or symbol. */
static bool throw_not_found(VmIcallContext *context, const char *type, const char *what) {
    char message[700];
    snprintf(message, sizeof message, "%s: %s assembly:<unknown assembly> type:<unknown type> member:(null)", type,
             what);
    context->exception = vm_new_exception(context->vm, context->thread, message, context->error);
    return false;
}

static bool resolve(VmIcallContext *context, VmPinvoke *stub) {
    void *handle = library_handle(context->vm, stub->method, stub->library);
    if (!handle)
        return throw_not_found(context, "System.DllNotFoundException", stub->library);
    void *function = dlsym(handle, stub->entry);
    if (!function)
        return throw_not_found(context, "System.EntryPointNotFoundException", stub->entry);
    stub->function = function;
    stub->resolved = true;
    return true;
}

/* ------------------------------------------------------------------ */
/* Callbacks                                                          */
/* ------------------------------------------------------------------ */

static bool to_slots(VmRuntime *vm, VmThread *thread, const PiParam *param, const void *native, VmSlot *slots,
                     VmError *error);
static void from_result(const PiParam *param, const VmSlot *slots, void *native);

/* Runs the delegate for C: its arguments converted to slots, its result
 * back. false when it did not return normally: *exception (or, with it
 * NULL, *error) says why. */
static bool run_callback(PiCallback *callback, VmThread *thread, void *ret, void **args, void **exception,
                         VmError *error) {
    /* On the C stack, which the collector scans: converting an argument
     * may allocate (a string), and collect, while earlier ones wait here. */
    VmSlot slots[VM_PINVOKE_MAX_CALLBACK_SLOTS + 1];
    memset(slots, 0, sizeof slots);
    VmSlot result[VM_PINVOKE_MAX_RESULT_SLOTS] = {{0}};
    bool ok = callback->arg_slots <= VM_PINVOKE_MAX_CALLBACK_SLOTS ||
              vm_fail(error, "not implemented yet: native callbacks whose arguments take more than %u slots",
                      VM_PINVOKE_MAX_CALLBACK_SLOTS);
    if (ok) {
        /* The arguments first: converting them may allocate, and collect. */
        for (uint32_t i = 0; ok && i < callback->param_count; i++)
            ok = to_slots(callback->vm, thread, &callback->params[i], args[i], slots + callback->params[i].slot, error);
        slots[0].p = gc_handle_target(callback->vm->heap, callback->delegate);
        ok = ok && vm_invoke(callback->vm, thread, callback->invoke, slots, result, exception, error);
    }
    if (ok)
        from_result(&callback->result, result, ret);
    else if (callback->result.kind != PI_VOID)
        memset(ret, 0, callback->result.ffi->size > sizeof(ffi_arg) ? callback->result.ffi->size : sizeof(ffi_arg));
    return ok;
}

/* A thread native code started, calling a thunk: it joins the runtime for
 * the call. Nothing is below it to catch an exception, so one that
 * escapes ends the program, as an unhandled exception on any thread does. */
static void foreign_callback(PiCallback *callback, void *ret, void **args) {
    VmThread *thread = vm_thread_attach(callback->vm);
    if (!thread) {
        fprintf(stderr, "lucid: out of memory attaching a native thread to run a callback\n");
        abort();
    }
    VmError error = {0};
    void *exception = NULL;
    native_thread = NULL;
    if (!run_callback(callback, thread, ret, args, &exception, &error)) {
        fprintf(stderr, "lucid: %s left a native callback on a thread started by native code\n",
                exception ? "an exception" : error.message);
        exit(1);
    }
    vm_thread_detach(thread);
}

/* Runs on whatever thread C calls the thunk from: a runtime thread inside
 * a native call (which let go of the lock there) takes the lock back for
 * the delegate's run; any other thread is attached for it. */
static void callback_entry(ffi_cif *cif, void *ret, void **args, void *user) {
    PiCallback *callback = user;
    VmThread *thread = native_thread;
    if (!thread) {
        foreign_callback(callback, ret, args);
        return;
    }
    VmRuntime *vm = callback->vm;
    vm_blocking_end(thread);
    native_thread = NULL;
    VmError error = {0};
    void *exception = NULL;
    void **pending = vm_object_slot(vm, thread, PI_OBJECT_PENDING);
    bool ok = pending && !*pending; /* after an exception, later callbacks of the same call do nothing */
    if (ok && !run_callback(callback, thread, ret, args, &exception, &error)) {
        /* Nothing can unwind through C frames: the exception waits until the
         * native call returns, and is thrown there (docs/pinvoke.md). */
        pending = vm_object_slot(vm, thread, PI_OBJECT_PENDING);
        if (exception && pending && !*pending)
            gc_write_barrier((GcObject **)pending, exception);
        else if (!exception && !callback_failure)
            callback_failure = strdup(error.message[0] ? error.message : "out of memory in a native callback");
    } else if (!ok && callback->result.kind != PI_VOID) {
        memset(ret, 0, callback->result.ffi->size > sizeof(ffi_arg) ? callback->result.ffi->size : sizeof(ffi_arg));
    }
    native_thread = thread;
    vm_blocking_begin(thread);
}

/* The native function pointer of a delegate, made on first request. */
static void *delegate_thunk(VmIcallContext *context, void *delegate) {
    if (!delegate)
        return NULL;
    VmRuntime *vm = context->vm;
    VmPinvokeState *state = state_of(vm);
    if (!state) {
        vm_fail(context->error, "out of memory making a delegate's native thunk");
        return NULL;
    }
    for (PiCallback *known = state->callbacks; known; known = known->next)
        if (gc_handle_target(vm->heap, known->delegate) == delegate)
            return known->code;
    LdMethodTable *type = ((GcObject *)delegate)->type;
    LdMethod *invoke = NULL;
    for (uint32_t i = 0; i < type->klass->method_count; i++)
        if (!strcmp(type->klass->methods[i].name, "Invoke"))
            invoke = &type->klass->methods[i];
    char name[300];
    if (!invoke) {
        vm_fail(context->error, "delegate type %s has no Invoke", type->klass->name);
        return NULL;
    }
    vm_method_name(invoke, name, sizeof name);
    PiCallback *callback = calloc(1, sizeof *callback);
    if (!callback) {
        vm_fail(context->error, "out of memory making a delegate's native thunk");
        return NULL;
    }
    PiShape shape = {0};
    /* A delegate's strings are Ansi unless [UnmanagedFunctionPointer] says
     * otherwise; Lucid reads no such attribute yet. */
    bool ok = shape_of(state, invoke, invoke, false, true, &shape, name, context->error);
    callback->vm = vm;
    callback->invoke = invoke;
    callback->param_count = shape.param_count;
    callback->arg_slots = shape.arg_slots;
    callback->params = shape.params;
    callback->result = shape.result;
    callback->ffi_params = shape.ffi_params;
    for (uint32_t i = 0; ok && i < callback->param_count; i++)
        if (callback->params[i].kind == PI_ARRAY || callback->params[i].kind == PI_DELEGATE ||
            callback->params[i].kind == PI_UTF16)
            ok = vm_fail(context->error, "not implemented yet: native callbacks taking arrays, delegates or "
                                         "Unicode strings (%s)", name);
    if (ok && (callback->result.kind == PI_UTF8 || callback->result.kind == PI_UTF16))
        ok = vm_fail(context->error, "not implemented yet: native callbacks returning strings (%s)", name);
    ok = ok && (ffi_prep_cif(&callback->cif, FFI_DEFAULT_ABI, callback->param_count, callback->result.ffi,
                             callback->ffi_params) == FFI_OK ||
                vm_fail(context->error, "libffi cannot describe %s", name));
    if (ok) {
        callback->closure = ffi_closure_alloc(sizeof(ffi_closure), &callback->code);
        ok = (callback->closure &&
              ffi_prep_closure_loc(callback->closure, &callback->cif, callback_entry, callback, callback->code) ==
                  FFI_OK) ||
             vm_fail(context->error, "libffi cannot make a closure for %s", name);
    }
    if (ok && !(callback->delegate = gc_handle_new(vm->heap, GC_HANDLE_NORMAL, delegate, NULL)))
        ok = vm_fail(context->error, "out of memory making a delegate's native thunk");
    if (!ok) {
        if (callback->closure)
            ffi_closure_free(callback->closure);
        free(callback->params);
        free(callback->ffi_params);
        free(callback);
        return NULL;
    }
    callback->next = state->callbacks;
    state->callbacks = callback;
    return callback->code;
}

void *vm_pinvoke_delegate_pointer(VmIcallContext *context, void *delegate) {
    return delegate_thunk(context, delegate);
}

/* The delegate whose thunk this is, or NULL. */
void *vm_pinvoke_thunk_delegate(VmRuntime *vm, void *code) {
    VmPinvokeState *state = vm->pinvoke;
    for (PiCallback *known = state ? state->callbacks : NULL; known; known = known->next)
        if (known->code == code)
            return gc_handle_target(vm->heap, known->delegate);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Converting                                                         */
/* ------------------------------------------------------------------ */

/* A native argument (of a callback) to the slots the delegate takes. */
static bool to_slots(VmRuntime *vm, VmThread *thread, const PiParam *param, const void *native, VmSlot *slots,
                     VmError *error) {
    switch (param->kind) {
    case PI_VALUE:
        vm_value_to_slots(param->type, native, slots);
        return true;
    case PI_BOOL4: slots[0].i4 = *(const int32_t *)native != 0; return true;
    case PI_BOOL1: slots[0].i4 = *(const uint8_t *)native != 0; return true;
    case PI_CHAR1: slots[0].i4 = *(const uint8_t *)native; return true;
    case PI_ADDRESS: slots[0].p = *(void *const *)native; return true;
    case PI_UTF8: {
        const char *text = *(const char *const *)native;
        slots[0].p = NULL;
        if (text && !(slots[0].p = vm_new_string_utf8(vm, thread, text, strlen(text))))
            return vm_fail(error, "out of memory");
        return true;
    }
    default: return vm_fail(error, "not implemented yet: this parameter of a native callback");
    }
}

/* A delegate's result to what C expects: integers narrower than a
 * register are widened, as libffi wants closures to. */
static void from_result(const PiParam *param, const VmSlot *slots, void *native) {
    switch (param->kind) {
    case PI_VOID: return;
    case PI_BOOL4: *(ffi_sarg *)native = slots[0].i4 != 0; return;
    case PI_BOOL1: *(ffi_arg *)native = slots[0].i4 != 0; return;
    case PI_CHAR1: *(ffi_arg *)native = (uint8_t)slots[0].i4; return;
    case PI_VALUE:
        if (param->type->kind != LD_KIND_VALUETYPE || (param->type->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM))) {
            switch (param->ffi->type) {
            case FFI_TYPE_SINT8: *(ffi_sarg *)native = (int8_t)slots[0].i4; return;
            case FFI_TYPE_UINT8: *(ffi_arg *)native = (uint8_t)slots[0].i4; return;
            case FFI_TYPE_SINT16: *(ffi_sarg *)native = (int16_t)slots[0].i4; return;
            case FFI_TYPE_UINT16: *(ffi_arg *)native = (uint16_t)slots[0].i4; return;
            case FFI_TYPE_SINT32: *(ffi_sarg *)native = slots[0].i4; return;
            case FFI_TYPE_UINT32: *(ffi_arg *)native = slots[0].u4; return;
            default: break;
            }
        }
        vm_slots_to_value(param->type, slots, native);
        return;
    default: *(void **)native = slots[0].p; return;
    }
}

/* An argument's slots to the value in memory, and a result in memory to
 * its slots: the engine keeps a float32 argument as a float (r4) and a
 * float32 result as an F (vm.h). vm_value_to_slots makes argument slots
 * and vm_slots_to_value reads result slots (what a callback needs); a
 * native call needs the other two directions, and only float32 differs. */
static void argument_to_memory(const LdMethodTable *type, const VmSlot *slots, void *data) {
    if ((type->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM)) && type->elem == IMG_ELEMENT_R4)
        memcpy(data, &slots[0].r4, sizeof(float));
    else
        vm_slots_to_value(type, slots, data);
}

static void memory_to_result(const LdMethodTable *type, const void *data, VmSlot *slots) {
    if ((type->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM)) && type->elem == IMG_ELEMENT_R4) {
        float value;
        memcpy(&value, data, sizeof value);
        slots[0].r8 = value;
    } else {
        vm_value_to_slots(type, data, slots);
    }
}

/* ------------------------------------------------------------------ */
/* Calling                                                            */
/* ------------------------------------------------------------------ */

/* Calls a StringBuilder method by its registry-style signature. */
static bool builder_call(VmIcallContext *context, void *builder, const char *signature, VmSlot *args,
                         uint32_t count, VmSlot *result) {
    LdMethod *method = vm_find_method(((GcObject *)builder)->type, signature);
    if (!method)
        return vm_fail(context->error, "corlib contract: System.Text.StringBuilder::%s is missing", signature);
    VmSlot all[3] = {{.p = builder}};
    for (uint32_t i = 0; i < count && i < 2; i++)
        all[i + 1] = args[i];
    VmSlot none;
    return vm_invoke(context->vm, context->thread, method, all, result ? result : &none, &context->exception,
                     context->error);
}

/* A StringBuilder's buffer for C, as mono makes it: room for its capacity
 * (or its text, if longer) and a NUL, holding its text. NULL and
 * context->exception or ->error on failure. */
static void *builder_buffer(VmIcallContext *context, void *builder, bool wide, uint32_t *capacity) {
    VmSlot count = {0}, text = {0};
    if (!builder_call(context, builder, "get_Capacity()", NULL, 0, &count) ||
        !builder_call(context, builder, "ToString()", NULL, 0, &text))
        return NULL;
    uint32_t length = text.p ? (uint32_t)vm_string_length(text.p) : 0;
    *capacity = count.i4 > 0 ? (uint32_t)count.i4 : 0;
    if (wide) {
        size_t chars = (*capacity > length ? *capacity : length) + 1;
        uint16_t *buffer = calloc(chars, 2);
        if (buffer && length)
            memcpy(buffer, vm_string_chars(text.p), (size_t)length * 2);
        if (!buffer)
            vm_fail(context->error, "out of memory");
        return buffer;
    }
    size_t size;
    char *utf8 = text.p ? vm_utf16_to_utf8(vm_string_chars(text.p), length, &size) : NULL;
    if (text.p && !utf8) {
        vm_fail(context->error, "out of memory");
        return NULL;
    }
    size = utf8 ? strlen(utf8) : 0;
    size_t room = (*capacity > size ? *capacity : size) + 1;
    char *buffer = calloc(room, 1);
    if (buffer && size)
        memcpy(buffer, utf8, size);
    free(utf8);
    if (!buffer)
        vm_fail(context->error, "out of memory");
    return buffer;
}

/* After the call: the builder's text becomes what C left in the buffer,
 * up to its capacity, as mono reads it back. */
static bool builder_read_back(VmIcallContext *context, void *builder, const void *buffer, bool wide,
                              uint32_t capacity) {
    void *text;
    if (wide) {
        const uint16_t *chars = buffer;
        uint32_t length = 0;
        while (length < capacity && chars[length])
            length++;
        text = vm_new_string(context->vm, context->thread, chars, length);
    } else {
        const char *bytes = buffer;
        size_t size = strnlen(bytes, capacity);
        text = vm_new_string_utf8(context->vm, context->thread, bytes, size);
    }
    if (!text)
        return vm_fail(context->error, "out of memory");
    VmSlot argument = {.p = text};
    return builder_call(context, builder, "Clear()", NULL, 0, NULL) &&
           builder_call(context, builder, "Append(System.String)", &argument, 1, NULL);
}

/* Largest struct passed or returned by value through the stack buffer;
 * bigger ones are allocated. */
#define PI_INLINE_BYTES 64

bool vm_pinvoke_call(VmIcallContext *context, VmPinvoke *stub, VmSlot *args, VmSlot *result) {
    if (!stub->resolved && !resolve(context, stub))
        return false;
    VmRuntime *vm = context->vm;
    VmThread *thread = context->thread;
    uint32_t n = stub->param_count;
    void *values_inline[16];
    uint64_t storage_inline[16];
    void **values = n <= 16 ? values_inline : calloc(n, sizeof *values);
    uint64_t *storage = n <= 16 ? storage_inline : calloc(n, sizeof *storage);
    void **owned = calloc(n + 1, sizeof *owned); /* C copies and buffers to free after the call */
    uint32_t *capacities = calloc(n + 1, sizeof *capacities); /* StringBuilders' */
    bool ok = values && storage && owned && capacities;
    if (!ok)
        vm_fail(context->error, "out of memory calling %s", stub->name);
    for (uint32_t i = 0; ok && i < n; i++) {
        const PiParam *param = &stub->params[i];
        VmSlot *slot = args + param->slot;
        values[i] = &storage[i];
        storage[i] = 0;
        switch (param->kind) {
        case PI_VALUE:
            if (param->type->value_size <= sizeof storage[i]) {
                argument_to_memory(param->type, slot, &storage[i]);
            } else {
                owned[i] = malloc(param->type->value_size);
                if (!owned[i]) {
                    ok = vm_fail(context->error, "out of memory calling %s", stub->name);
                    break;
                }
                argument_to_memory(param->type, slot, owned[i]);
                values[i] = owned[i];
            }
            break;
        case PI_BOOL4: *(int32_t *)&storage[i] = slot->i4 != 0; break;
        case PI_BOOL1: *(uint8_t *)&storage[i] = slot->i4 != 0; break;
        case PI_CHAR1: *(uint8_t *)&storage[i] = (uint8_t)slot->i4; break;
        case PI_ADDRESS: *(void **)&storage[i] = slot->p; break;
        case PI_ARRAY:
            if (slot->p)
                *(void **)&storage[i] = (uint8_t *)slot->p + ((GcObject *)slot->p)->type->base_size;
            break;
        case PI_UTF8:
        case PI_UTF16:
            if (slot->p) {
                if (param->kind == PI_UTF8) {
                    owned[i] = vm_string_to_utf8(slot->p);
                } else {
                    size_t chars = (size_t)vm_string_length(slot->p);
                    owned[i] = malloc((chars + 1) * 2);
                    if (owned[i]) {
                        memcpy(owned[i], vm_string_chars(slot->p), chars * 2);
                        ((uint16_t *)owned[i])[chars] = 0;
                    }
                }
                if (!owned[i]) {
                    ok = vm_fail(context->error, "out of memory calling %s", stub->name);
                    break;
                }
                *(void **)&storage[i] = owned[i];
            }
            break;
        case PI_DELEGATE:
            if (slot->p && !(*(void **)&storage[i] = delegate_thunk(context, slot->p)))
                ok = false;
            break;
        case PI_BUILDER8:
        case PI_BUILDER16:
            if (slot->p) {
                owned[i] = builder_buffer(context, slot->p, param->kind == PI_BUILDER16, &capacities[i]);
                ok = owned[i] != NULL;
                *(void **)&storage[i] = owned[i];
            }
            break;
        default:
            ok = vm_fail(context->error, "platform invoke: bad marshalling kind in %s", stub->name);
        }
    }
    uint64_t returned_inline[PI_INLINE_BYTES / 8 + 1] = {0};
    size_t return_size = stub->result.ffi->size > sizeof(ffi_arg) ? stub->result.ffi->size : sizeof(ffi_arg);
    void *returned = return_size <= sizeof returned_inline ? (void *)returned_inline : calloc(1, return_size);
    if (ok && !returned)
        ok = vm_fail(context->error, "out of memory calling %s", stub->name);
    if (ok) {
        /* The lock is let go: C may block, and may call delegates back. */
        VmThread *outer = native_thread;
        native_thread = thread;
        vm_blocking_begin(thread);
        /* errno is not cleared first: mono reads whatever the call left */
        ffi_call(&stub->cif, FFI_FN(stub->function), returned, values);
        if (stub->set_last_error)
            last_error = errno;
        vm_blocking_end(thread);
        native_thread = outer;
    }
    if (ok && callback_failure) {
        vm_fail(context->error, "%s", callback_failure);
        free(callback_failure);
        callback_failure = NULL;
        ok = false;
    }
    void **pending = ok ? vm_object_slot(vm, thread, PI_OBJECT_PENDING) : NULL;
    if (ok && pending && *pending) {
        context->exception = *pending;
        gc_write_barrier((GcObject **)pending, NULL);
        ok = false;
    }
    for (uint32_t i = 0; ok && i < n; i++)
        if ((stub->params[i].kind == PI_BUILDER8 || stub->params[i].kind == PI_BUILDER16) && owned[i])
            ok = builder_read_back(context, args[stub->params[i].slot].p, owned[i],
                                   stub->params[i].kind == PI_BUILDER16, capacities[i]);
    for (uint32_t i = 0; owned && i < n; i++)
        free(owned[i]);
    free(owned);
    free(capacities);
    if (values != values_inline)
        free(values);
    if (storage != storage_inline)
        free(storage);
    if (ok) {
        switch (stub->result.kind) {
        case PI_VOID: break;
        case PI_VALUE: memory_to_result(stub->result.type, returned, result); break;
        case PI_BOOL4: result->i4 = *(int32_t *)returned != 0; break;
        case PI_BOOL1: result->i4 = *(uint8_t *)returned != 0; break;
        case PI_CHAR1: result->i4 = *(uint8_t *)returned; break;
        case PI_UTF8:
        case PI_UTF16: {
            /* The callee gave us the text: mono copies it and frees it with
             * g_free, which is free. */
            void *text = *(void **)returned;
            result->p = NULL;
            if (text) {
                if (stub->result.kind == PI_UTF8) {
                    result->p = vm_new_string_utf8(vm, thread, text, strlen(text));
                } else {
                    uint32_t length = 0;
                    while (((uint16_t *)text)[length])
                        length++;
                    result->p = vm_new_string(vm, thread, text, length);
                }
                free(text);
                if (!result->p)
                    ok = vm_fail(context->error, "out of memory");
            }
            break;
        }
        default: *(void **)result = *(void **)returned; break;
        }
    }
    if (returned != (void *)returned_inline)
        free(returned);
    return ok;
}
