/*
 * vm.c - the runtime object, threads' stacks, and running Main.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"


static LdField *bind_field(LdLoader *loader, const char *type_name, const char *field_name, VmError *error) {
    LdError load_error;
    LdMethodTable *type = ld_corlib_type(loader, "System", type_name, &load_error);
    if (type && ld_type_load(type, &load_error))
        for (uint32_t i = 0; i < type->klass->field_count; i++)
            if (!strcmp(type->klass->fields[i].name, field_name))
                return &type->klass->fields[i];
    vm_fail(error, "corlib contract: System.%s has no field %s", type_name, field_name);
    return NULL;
}

static uint32_t log_flags(const char *value) {
    static const struct {
        const char *name;
        uint32_t flag;
    } names[] = {{"throw", VM_LOG_THROW}, {"transcode", VM_LOG_TRANSCODE}, {"icall", VM_LOG_ICALL}};
    uint32_t flags = 0;
    for (const char *p = value; p && *p;) {
        size_t length = strcspn(p, ",");
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strlen(names[i].name) == length && !strncmp(p, names[i].name, length))
                flags |= names[i].flag;
        p += length + (p[length] == ',');
    }
    return flags;
}

VmRuntime *vm_create(LdLoader *loader, VmError *error) {
    VmRuntime *vm = calloc(1, sizeof *vm);
    if (vm) {
        vm_sync_init(vm);
        vm_threads_init(vm);
    }
    if (!vm || !vm_thread_init(vm, &vm->main_thread) || !vm_thread_stack_bounds(&vm->main_thread)) {
        vm_destroy(vm);
        vm_fail(error, "out of memory creating the runtime");
        return NULL;
    }
    vm->loader = loader;
    vm_gil_acquire(vm, &vm->main_thread); /* the main thread runs managed code from the start */
    vm->labels = vm_interp_labels();
    vm->log = log_flags(getenv("LUCID_LOG"));
    GcConfig config = {.collector = getenv("LUCID_GC"), .scan_roots = vm_scan_roots, .engine = vm};
    GcError gc_error;
    vm->heap = gc_create(&config, &gc_error);
    LdError load_error;
    vm->string_type = ld_corlib_type(loader, "System", "String", &load_error);
    if (!vm->heap || !vm->string_type || !ld_type_load(vm->string_type, &load_error)) {
        vm_fail(error, "%s", vm->heap ? load_error.message : gc_error.message);
        vm_destroy(vm);
        return NULL;
    }
    vm->gc_stress_safepoints = gc_stress_safepoints(vm->heap);
    /* The field binder: fields the runtime itself reads are found by name,
     * and their absence is an error, never a guessed offset. */
    vm->runtime_type = ld_corlib_type(loader, "System", "RuntimeType", &load_error);
    LdMethodTable *intptr = vm->runtime_type ? ld_corlib_type(loader, "System", "IntPtr", &load_error) : NULL;
    vm->intptr_array = intptr ? ld_szarray_of(intptr, &load_error) : NULL;
    if (!vm->runtime_type || !ld_type_load(vm->runtime_type, &load_error) || !vm->intptr_array ||
        !ld_type_load(vm->intptr_array, &load_error)) {
        vm_fail(error, "corlib contract: %s", load_error.message);
        vm_destroy(vm);
        return NULL;
    }
    if (!(vm->exception_message = bind_field(loader, "Exception", "_message", error)) ||
        !(vm->type_handle = bind_field(loader, "Type", "_impl", error)) ||
        !(vm->exception_inner = bind_field(loader, "Exception", "_innerException", error)) ||
        !(vm->exception_trace = bind_field(loader, "Exception", "_stackTrace", error)) ||
        !(vm->type_init_name = bind_field(loader, "TypeInitializationException", "_typeName", error)) ||
        !(vm->delegate_list = bind_field(loader, "MulticastDelegate", "delegates", error)) ||
        !(vm->delegate_target = bind_field(loader, "Delegate", "m_target", error)) ||
        !(vm->delegate_method = bind_field(loader, "Delegate", "method", error))) {
        vm_destroy(vm);
        return NULL;
    }
    return vm;
}

bool vm_register_icalls(VmRuntime *vm, const VmIcall *table, uint32_t count, VmError *error) {
    VmIcall *grown = realloc(vm->icalls, (vm->icall_count + count) * sizeof *grown);
    if (!grown)
        return vm_fail(error, "out of memory");
    memcpy(grown + vm->icall_count, table, count * sizeof *grown);
    vm->icalls = grown;
    vm->icall_count += count;
    return true;
}

void *vm_allocate(VmRuntime *vm, VmThread *thread, LdMethodTable *type, size_t size) {
    uint32_t flags = vm_alloc_flags(type) | (size >= GC_LARGE_OBJECT_SIZE ? GC_ALLOC_LARGE : 0);
    return gc_alloc(vm->heap, &thread->alloc, type, size, flags);
}

static uint32_t pointer_hash(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (uint32_t)x;
}

static bool grow_type_objects(struct VmTypeObjects *table) {
    uint32_t capacity = table->types ? (table->mask + 1) * 2 : 256;
    LdMethodTable **types = calloc(capacity, sizeof *types);
    GcObject **objects = calloc(capacity, sizeof *objects);
    if (!types || !objects) {
        free(types);
        free(objects);
        return false;
    }
    for (uint32_t i = 0; table->types && i <= table->mask; i++) {
        if (!table->types[i])
            continue;
        uint32_t at = pointer_hash(table->types[i]) & (capacity - 1);
        while (types[at])
            at = (at + 1) & (capacity - 1);
        types[at] = table->types[i];
        objects[at] = table->objects[i];
    }
    free(table->types);
    free(table->objects);
    table->types = types;
    table->objects = objects;
    table->mask = capacity - 1;
    return true;
}

void *vm_type_object(VmRuntime *vm, VmThread *thread, LdMethodTable *type, VmError *error) {
    struct VmTypeObjects *table = &vm->type_objects;
    uint32_t at = table->types ? pointer_hash(type) & table->mask : 0;
    for (; table->types && table->types[at]; at = (at + 1) & table->mask)
        if (table->types[at] == type)
            return table->objects[at];
    LdMethodTable *runtime_type = vm->runtime_type;
    GcObject *object = gc_alloc(vm->heap, &thread->alloc, runtime_type, runtime_type->base_size,
                                GC_ALLOC_PINNED | GC_ALLOC_CONTAINS_REFS);
    if (!object) {
        vm_fail(error, "System.OutOfMemoryException");
        return NULL;
    }
    /* RuntimeTypeHandle is one pointer: ours is the MethodTable. */
    *(LdMethodTable **)((uint8_t *)object + LD_OBJECT_HEADER_SIZE + vm->type_handle->offset) = type;
    if ((table->count + 1) * 2 > (table->types ? table->mask + 1 : 0) && !grow_type_objects(table)) {
        vm_fail(error, "out of memory");
        return NULL;
    }
    for (at = pointer_hash(type) & table->mask; table->types[at];)
        at = (at + 1) & table->mask;
    table->types[at] = type;
    table->objects[at] = object;
    table->count++;
    return object;
}

LdMethodTable *vm_type_of_object(VmRuntime *vm, const void *type_object) {
    return *(LdMethodTable *const *)((const uint8_t *)type_object + LD_OBJECT_HEADER_SIZE + vm->type_handle->offset);
}

LdLoader *vm_loader(VmRuntime *vm) {
    return vm->loader;
}

static void free_class(VmClass *state) {
    if (state) {
        free(state->statics_plain);
        free(state->statics_refs);
        free(state);
    }
}

/* A type's structs that hold references live boxed in their reference
 * slots: the boxes are made once, with the slots (`kind` says which
 * statics: normal or thread). */
static bool box_struct_statics(VmRuntime *vm, VmThread *thread, LdMethodTable *type, LdStaticKind kind,
                               GcObject **refs) {
    LdClass *c = type->klass;
    for (uint32_t i = 0; i < c->field_count; i++) {
        LdField *f = &c->fields[i];
        if (f->static_kind != kind || f->type->kind != LD_KIND_VALUETYPE)
            continue;
        GcObject *box = vm_allocate(vm, thread, f->type, f->type->base_size);
        if (!box)
            return false;
        gc_write_barrier(&refs[f->offset], box);
    }
    return true;
}

/* RVA statics start as the image's bytes (II.16.3.2). */
static bool copy_rva_statics(LdMethodTable *type, uint8_t *plain, VmError *error) {
    LdClass *c = type->klass;
    const ImgImage *img = c->assembly->image;
    for (uint32_t i = 0; i < c->field_count; i++) {
        LdField *f = &c->fields[i];
        if (!(f->flags & LD_FIELD_HAS_RVA) || f->static_kind != LD_STATIC_PLAIN)
            continue;
        uint32_t end, row = img_find_sorted(img, IMG_TABLE_FIELDRVA, IMG_FIELDRVA_FIELD, f->rid, &end);
        const uint8_t *data = row ? img_rva(img, img_get(img, IMG_TABLE_FIELDRVA, row, IMG_FIELDRVA_RVA),
                                            f->type->value_size)
                                  : NULL;
        if (!data)
            return vm_fail(error, "System.TypeLoadException: the data of RVA static %s::%s is outside the image",
                           c->name, f->name);
        memcpy(plain + f->offset, data, f->type->value_size);
    }
    return true;
}

static bool register_class(VmRuntime *vm, VmClass *state) {
    if (vm->class_count == vm->class_capacity) {
        uint32_t capacity = vm->class_capacity ? vm->class_capacity * 2 : 256;
        VmClass **grown = realloc(vm->classes, capacity * sizeof *grown);
        if (!grown)
            return false;
        vm->classes = grown;
        vm->class_capacity = capacity;
    }
    vm->classes[vm->class_count++] = state;
    return true;
}

VmClass *vm_class(VmRuntime *vm, LdMethodTable *type, VmError *error) {
    LdClass *c = type->klass;
    if (c->engine)
        return c->engine;
    /* An open type (typeof(List<>), !0) is never loaded: it has no statics,
     * only the engine's own slots (its RuntimeType). */
    bool open = (type->flags & (LD_MT_OPEN | LD_MT_GENERIC_DEFINITION)) != 0;
    LdError load_error;
    if (!open && !ld_type_prepare_statics(type, &load_error)) {
        vm_fail(error, "System.TypeLoadException: %s", load_error.message);
        return NULL;
    }
    VmClass *state = calloc(1, sizeof *state);
    uint32_t ref_count = (open ? 0 : c->static_ref_count) + VM_CLASS_HIDDEN_REFS;
    if (state) {
        state->type = type;
        state->statics_plain = calloc(c->static_plain_size ? c->static_plain_size : 1, 1);
        state->statics_refs = calloc(ref_count, sizeof *state->statics_refs);
        state->static_ref_count = ref_count;
    }
    if (!state || !state->statics_plain || !state->statics_refs || !register_class(vm, state)) {
        free_class(state);
        vm_fail(error, "out of memory");
        return NULL;
    }
    state->thread_static_index = !open && (c->thread_static_plain_size || c->thread_static_ref_count)
                                     ? vm->thread_static_types++
                                     : UINT32_MAX;
    /* Without a static constructor there is nothing to run. */
    state->initialized = open || !(type->flags & LD_MT_HAS_CCTOR);
    c->engine = state;
    if (open)
        return state;
    /* Registered first: the boxes' allocation may collect, and the slots
     * already filled must be seen. */
    if (!copy_rva_statics(type, state->statics_plain, error))
        return NULL;
    if (!box_struct_statics(vm, &vm->main_thread, type, LD_STATIC_REF, state->statics_refs)) {
        vm_fail(error, "System.OutOfMemoryException");
        return NULL;
    }
    return state;
}

VmThreadStatics *vm_thread_statics(VmRuntime *vm, VmThread *thread, VmClass *state, VmError *error) {
    uint32_t index = state->thread_static_index;
    if (index >= thread->thread_statics_count) {
        uint32_t count = vm->thread_static_types > index ? vm->thread_static_types : index + 1;
        VmThreadStatics *grown = realloc(thread->thread_statics, count * sizeof *grown);
        if (!grown) {
            vm_fail(error, "out of memory");
            return NULL;
        }
        memset(grown + thread->thread_statics_count, 0, (count - thread->thread_statics_count) * sizeof *grown);
        thread->thread_statics = grown;
        thread->thread_statics_count = count;
    }
    VmThreadStatics *block = &thread->thread_statics[index];
    if (block->plain)
        return block;
    LdClass *c = state->type->klass;
    uint8_t *plain = calloc(c->thread_static_plain_size ? c->thread_static_plain_size : 1, 1);
    GcObject **refs = calloc(c->thread_static_ref_count ? c->thread_static_ref_count : 1, sizeof *refs);
    if (!plain || !refs) {
        free(plain);
        free(refs);
        vm_fail(error, "out of memory");
        return NULL;
    }
    *block = (VmThreadStatics){plain, refs, c->thread_static_ref_count};
    if (!box_struct_statics(vm, thread, state->type, LD_STATIC_THREAD_REF, refs)) {
        vm_fail(error, "System.OutOfMemoryException");
        return NULL;
    }
    return block;
}

void **vm_finalizer_state(VmRuntime *vm) {
    return &vm->finalizer;
}

void vm_set_finalizer_release(VmRuntime *vm, void (*release)(void *state)) {
    vm->finalizer_release = release;
}

void **vm_icall_data(VmRuntime *vm, void (*release)(void *data)) {
    vm->icall_data_release = release;
    return &vm->icall_data;
}

void **vm_reflection_cache(VmRuntime *vm, LdMethodTable *type, VmError *error) {
    VmClass *state = vm_class(vm, type, error);
    return state ? (void **)vm_class_hidden(state, VM_CLASS_REF_REFLECTION) : NULL;
}

/* Strings: Mono's shape, int32 length and NUL-terminated UTF-16. */
static uint32_t utf16_hash(const uint8_t *bytes, uint32_t length) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < 2 * length; i++)
        h = (h ^ bytes[i]) * 16777619u;
    return h;
}

static bool same_string(const GcObject *s, const uint8_t *utf16le, uint32_t length) {
    const uint8_t *p = (const uint8_t *)s;
    return *(const int32_t *)(p + LD_STRING_LENGTH_OFFSET) == (int32_t)length &&
           !memcmp(p + LD_STRING_CHARS_OFFSET, utf16le, 2 * (size_t)length);
}

/* The interned string with these characters, or NULL. */
static GcObject *interned(VmInterned *table, const uint8_t *utf16le, uint32_t length) {
    uint32_t h = utf16_hash(utf16le, length);
    for (uint32_t slot = table->strings ? h & table->mask : 0; table->strings; slot = (slot + 1) & table->mask) {
        if (!table->strings[slot])
            break;
        if (same_string(table->strings[slot], utf16le, length))
            return table->strings[slot];
    }
    return NULL;
}

/* Adds a string known not to be there yet; false when memory runs out. */
static bool intern_add(VmInterned *table, GcObject *s) {
    if ((table->count + 1) * 2 > (table->strings ? table->mask + 1 : 0)) {
        uint32_t capacity = table->strings ? (table->mask + 1) * 2 : 256;
        GcObject **grown = calloc(capacity, sizeof *grown);
        if (!grown)
            return false;
        for (uint32_t i = 0; table->strings && i <= table->mask; i++) {
            GcObject *old = table->strings[i];
            if (!old)
                continue;
            uint32_t at = utf16_hash((uint8_t *)vm_string_chars(old), (uint32_t)vm_string_length(old)) & (capacity - 1);
            while (grown[at])
                at = (at + 1) & (capacity - 1);
            grown[at] = old;
        }
        free(table->strings);
        table->strings = grown;
        table->mask = capacity - 1;
    }
    uint32_t slot = utf16_hash((uint8_t *)vm_string_chars(s), (uint32_t)vm_string_length(s)) & table->mask;
    while (table->strings[slot])
        slot = (slot + 1) & table->mask;
    table->strings[slot] = s;
    table->count++;
    return true;
}

/* Literal strings are interned (II.24.2.4: ldstr of equal literals gives
 * the same object). Pinned, since code embeds their addresses. */
GcObject *vm_intern(VmRuntime *vm, const uint8_t *utf16le, uint32_t length, VmError *error) {
    GcObject *s = interned(&vm->interned, utf16le, length);
    if (s)
        return s;
    size_t size = LD_STRING_CHARS_OFFSET + 2 * ((size_t)length + 1);
    s = gc_alloc(vm->heap, &vm->main_thread.alloc, vm->string_type, size, GC_ALLOC_PINNED);
    if (!s) {
        vm_fail(error, "System.OutOfMemoryException");
        return NULL;
    }
    *(int32_t *)((uint8_t *)s + LD_STRING_LENGTH_OFFSET) = (int32_t)length;
    memcpy((uint8_t *)s + LD_STRING_CHARS_OFFSET, utf16le, 2 * (size_t)length);
    if (!intern_add(&vm->interned, s)) {
        vm_fail(error, "out of memory");
        return NULL;
    }
    return s;
}

/* String.Intern and IsInterned: as on mono, interning characters not seen
 * before makes a pinned copy (the string passed in is not the one kept). */
void *vm_intern_string(VmRuntime *vm, void *string, bool add) {
    GcObject *s = interned(&vm->interned, (uint8_t *)vm_string_chars(string), (uint32_t)vm_string_length(string));
    if (s || !add)
        return s;
    VmError error;
    return vm_intern(vm, (const uint8_t *)vm_string_chars(string), (uint32_t)vm_string_length(string), &error);
}

void *vm_new_array(VmRuntime *vm, VmThread *thread, LdMethodTable *array_type, uint32_t length) {
    /* A shell has no element size yet: its array would be too small. */
    LdError error;
    if (!ld_type_load(array_type, &error))
        return NULL;
    size_t size = array_type->base_size + (size_t)array_type->component_size * length;
    uint32_t flags = (array_type->flags & LD_MT_CONTAINS_REFS) ? GC_ALLOC_CONTAINS_REFS : 0;
    if (size >= GC_LARGE_OBJECT_SIZE)
        flags |= GC_ALLOC_LARGE;
    GcObject *array = gc_alloc(vm->heap, &thread->alloc, array_type, size, flags);
    if (array)
        *(uint64_t *)((uint8_t *)array + LD_ARRAY_LENGTH_OFFSET) = length;
    return array;
}

static void free_method_code(LdMethod *method, void *unused) {
    (void)unused;
    VmCode *code = method->engine;
    if (code) {
        free(code->clauses);
        free(code->words);
        free(code->il_offsets);
        free(code->statement_starts);
        free(code->gc_frame_map);
        free(code->gc_points);
        free(code->gc_pool);
        while (code->varargs) {
            VmVarargs *next = code->varargs->next;
            free(code->varargs);
            code->varargs = next;
        }
        free(code);
        method->engine = NULL;
    }
}

static void free_type_state(LdMethodTable *type, void *unused) {
    free_class(type->klass->engine);
    type->klass->engine = NULL;
    for (uint32_t i = 0; i < type->klass->method_count; i++)
        free_method_code(&type->klass->methods[i], unused);
}

bool vm_destroy(VmRuntime *vm) {
    if (!vm)
        return true;
    /* Background threads may still be blocked on the runtime's locks: the
     * process is ending, and they end with it, so nothing is torn down
     * under them. */
    if (vm->threads)
        return false;
    if (vm->icall_data_release)
        vm->icall_data_release(vm->icall_data);
    if (vm->finalizer_release)
        vm->finalizer_release(vm->finalizer);
    /* Transcoded code and statics hang off the loader's types and methods. */
    if (vm->loader)
        ld_visit(vm->loader, free_type_state, free_method_code, NULL);
    vm_pinvoke_destroy(vm);
    vm_thread_free(&vm->main_thread);
    pthread_cond_destroy(&vm->main_thread.finished_changed);
    free(vm->interned.strings);
    vm_sync_destroy(vm);
    free(vm->keyed_objects.keys);
    free(vm->keyed_objects.kinds);
    free(vm->keyed_objects.objects);
    free(vm->icalls);
    free(vm->argv);
    free(vm->program_path);
    free(vm->classes);
    free(vm->type_objects.types);
    free(vm->type_objects.objects);
    gc_destroy(vm->heap);
    free(vm);
    return true;
}

/* Runs a type's static constructor before Main (the entry point's type,
 * the module's <Module>). An exception leaving it is the program's
 * unhandled exception, wrapped as a TypeInitializationException as mono
 * reports it. */
static bool run_type_initializer(VmRuntime *vm, LdMethodTable *type, VmError *error) {
    VmClass *state = vm_class(vm, type, error);
    if (!state)
        return false;
    if (state->initialized)
        return true;
    state->initialized = true;
    for (uint32_t i = 0; i < type->klass->method_count; i++) {
        LdMethod *m = &type->klass->methods[i];
        VmSlot none;
        if (strcmp(m->name, ".cctor") || !(m->flags & 0x0010) || vm_interpret(vm, &vm->main_thread, m, NULL, &none, error))
            continue;
        if (error->unhandled && vm->main_thread.escaping) {
            VmError ignored;
            GcObject *wrapped = vm_type_initialization_exception(vm, &vm->main_thread, type, vm->main_thread.escaping,
                                                                 &ignored);
            if (wrapped)
                vm->main_thread.escaping = wrapped;
        }
        return false;
    }
    return true;
}

static uint32_t key_hash(const void *key, uint32_t kind) {
    uint64_t x = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull ^ kind;
    return (uint32_t)(x >> 32);
}

static bool grow_keyed(struct VmObjectTable *table) {
    uint32_t capacity = table->keys ? 2 * (table->mask + 1) : 64;
    const void **keys = calloc(capacity, sizeof *keys);
    uint32_t *kinds = calloc(capacity, sizeof *kinds);
    GcObject **objects = calloc(capacity, sizeof *objects);
    if (!keys || !kinds || !objects) {
        free(keys);
        free(kinds);
        free(objects);
        return false;
    }
    for (uint32_t i = 0; table->keys && i <= table->mask; i++) {
        if (!table->keys[i])
            continue;
        uint32_t at = key_hash(table->keys[i], table->kinds[i]) & (capacity - 1);
        while (keys[at])
            at = (at + 1) & (capacity - 1);
        keys[at] = table->keys[i];
        kinds[at] = table->kinds[i];
        objects[at] = table->objects[i];
    }
    free(table->keys);
    free(table->kinds);
    free(table->objects);
    table->keys = keys;
    table->kinds = kinds;
    table->objects = objects;
    table->mask = capacity - 1;
    return true;
}

void **vm_object_slot(VmRuntime *vm, const void *key, uint32_t kind) {
    struct VmObjectTable *table = &vm->keyed_objects;
    if ((table->count + 1) * 2 > (table->keys ? table->mask + 1 : 0) && !grow_keyed(table))
        return NULL;
    uint32_t at = key_hash(key, kind) & table->mask;
    while (table->keys[at] && (table->keys[at] != key || table->kinds[at] != kind))
        at = (at + 1) & table->mask;
    if (!table->keys[at]) {
        table->keys[at] = key;
        table->kinds[at] = kind;
        table->count++;
    }
    return (void **)&table->objects[at];
}

VmRuntime *vm_of_thread(VmThread *thread) {
    return thread->vm;
}

VmThread *vm_main_thread(VmRuntime *vm) {
    return &vm->main_thread;
}

void *vm_take_escaping(VmThread *thread) {
    void *exception = thread->escaping;
    thread->escaping = NULL;
    return exception;
}

void **vm_root(VmRuntime *vm, VmRoot which) {
    return (void **)&vm->roots[which];
}

void **vm_thread_object(VmThread *thread) {
    return (void **)&thread->managed;
}

int32_t vm_next_managed_thread_id(VmRuntime *vm) {
    return __atomic_add_fetch(&vm->next_managed_thread_id, 1, __ATOMIC_RELAXED);
}

uint64_t vm_thread_allocated_bytes(VmThread *thread) {
    return gc_allocated_bytes(&thread->alloc);
}

struct GcHeap *vm_heap(VmRuntime *vm) {
    return vm->heap;
}

int vm_command_line(VmRuntime *vm, char ***argv) {
    *argv = vm->argv;
    return vm->argc;
}

int *vm_exit_code(VmRuntime *vm) {
    return &vm->exit_code;
}

/* Mono reports the program by its absolute path. */
static bool save_command_line(VmRuntime *vm, LdAssembly *program, int argc, char **argv) {
    vm->program_path = realpath(program->path, NULL);
    if (!vm->program_path)
        vm->program_path = strdup(program->path);
    vm->argv = malloc(((size_t)argc + 1) * sizeof *vm->argv);
    if (!vm->program_path || !vm->argv)
        return false;
    vm->argv[0] = vm->program_path;
    memcpy(vm->argv + 1, argv, (size_t)argc * sizeof *argv);
    vm->argc = argc + 1;
    return true;
}

/* String.Empty is the runtime's to set (mono's corlib has no static
 * constructor for it): the interned "". */
static bool set_string_empty(VmRuntime *vm, VmError *error) {
    VmClass *state = vm_class(vm, vm->string_type, error);
    if (!state)
        return false;
    LdField *empty = NULL;
    for (uint32_t i = 0; i < vm->string_type->klass->field_count; i++)
        if (!strcmp(vm->string_type->klass->fields[i].name, "Empty"))
            empty = &vm->string_type->klass->fields[i];
    if (!empty || empty->static_kind != LD_STATIC_REF)
        return vm_fail(error, "corlib contract: System.String has no static field Empty");
    GcObject *interned = vm_intern(vm, (const uint8_t *)"", 0, error);
    if (!interned)
        return false;
    gc_write_barrier(&state->statics_refs[empty->offset], interned);
    return true;
}

bool vm_prepare_main(VmRuntime *vm, LdAssembly *program, int argc, char **argv, VmError *error) {
    return (save_command_line(vm, program, argc, argv) || vm_fail(error, "out of memory")) &&
           set_string_empty(vm, error);
}

bool vm_run_main(VmRuntime *vm, LdAssembly *program, int *exit_code, VmError *error) {
    char **argv = vm->argv + 1;
    int argc = vm->argc - 1;
    const ImgImage *img = program->image;
    uint32_t token = img->entry_point;
    if (IMG_TOKEN_TABLE(token) != IMG_TABLE_METHODDEF || !img_token_valid(img, token))
        return vm_fail(error, "%s has no entry point (token 0x%08x)", program->name, token);
    uint32_t owner_rid = img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, IMG_TOKEN_RID(token));
    LdError load_error;
    LdMethodTable *owner = owner_rid ? ld_type_from_typedef(program, owner_rid, &load_error) : NULL;
    if (!owner || !ld_type_load(owner, &load_error))
        return vm_fail(error, "System.TypeLoadException: %s", owner ? load_error.message : "entry point without a type");
    LdMethod *main = NULL;
    for (uint32_t i = 0; i < owner->klass->method_count; i++)
        if (owner->klass->methods[i].rid == IMG_TOKEN_RID(token))
            main = &owner->klass->methods[i];
    if (!main)
        return vm_fail(error, "entry point 0x%08x not found", token);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(main->signature, &arena);
    bool takes_args = sig && sig->param_count == 1;
    bool shape_ok = sig && sig->param_count <= 1 && !(sig->flags & IMG_SIG_HASTHIS);
    img_arena_free(&arena);
    if (!shape_ok)
        return vm_fail(error, "the entry point must be static and take no arguments or string[]");
    VmSlot args[1] = {{0}};
    if (takes_args) {
        LdMethodTable *strings = ld_szarray_of(vm->string_type, &load_error);
        if (!strings || !ld_type_load(strings, &load_error))
            return vm_fail(error, "%s", load_error.message);
        GcObject *array = vm_new_array(vm, &vm->main_thread, strings, (uint32_t)argc);
        for (int i = 0; array && i < argc; i++) {
            /* Arguments are UTF-8; Mono decodes them the same way. */
            GcObject *s = vm_new_string_utf8(vm, &vm->main_thread, argv[i], strlen(argv[i]));
            if (!s)
                return vm_fail(error, "System.OutOfMemoryException");
            gc_write_barrier((GcObject **)((uint8_t *)array + LD_ARRAY_DATA_OFFSET) + i, s);
        }
        if (!array)
            return vm_fail(error, "System.OutOfMemoryException");
        args[0].p = array;
    }
    /* The module's initializer, then the entry point's type, run before
     * Main, as for any static method called from outside its type. */
    LdMethodTable *module = ld_type_from_typedef(program, 1, &load_error);
    if ((module && ld_type_load(module, &load_error) && !run_type_initializer(vm, module, error)) ||
        !run_type_initializer(vm, owner, error))
        return false;
    VmSlot result = {0};
    if (!vm_interpret(vm, &vm->main_thread, main, args, &result, error))
        return false;
    *exit_code = ((VmCode *)main->engine)->returns_value ? result.i4 : vm->exit_code;
    return true;
}
