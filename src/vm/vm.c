/*
 * vm.c - the runtime object, threads' stacks, and running Main.
 */
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

static bool thread_init(VmThread *thread) {
    thread->slots = calloc(VM_SLOT_STACK_SIZE, sizeof *thread->slots);
    thread->frames = calloc(VM_FRAME_STACK_SIZE, sizeof *thread->frames);
    thread->slots_end = thread->slots + VM_SLOT_STACK_SIZE;
    thread->frames_end = thread->frames + VM_FRAME_STACK_SIZE;
    return thread->slots && thread->frames;
}

VmRuntime *vm_create(LdLoader *loader, VmError *error) {
    VmRuntime *vm = calloc(1, sizeof *vm);
    if (!vm || !thread_init(&vm->main_thread)) {
        vm_destroy(vm);
        vm_fail(error, "out of memory creating the runtime");
        return NULL;
    }
    vm->loader = loader;
    vm->labels = vm_interp_labels();
    return vm;
}

static void free_code(LdMethodTable *type) {
    for (uint32_t i = 0; i < type->klass->method_count; i++) {
        VmCode *code = type->klass->methods[i].engine;
        if (code) {
            free(code->words);
            free(code->il_offsets);
            free(code);
            type->klass->methods[i].engine = NULL;
        }
    }
}

void vm_destroy(VmRuntime *vm) {
    if (!vm)
        return;
    /* Transcoded code hangs off the loader's methods; give it back. */
    for (uint32_t a = 0; vm->loader && a < ld_assembly_count(vm->loader); a++) {
        LdAssembly *assembly = ld_assembly_at(vm->loader, a);
        for (uint32_t rid = 1; rid <= img_row_count(assembly->image, IMG_TABLE_TYPEDEF); rid++)
            if (assembly->typedefs[rid])
                free_code(assembly->typedefs[rid]);
    }
    free(vm->main_thread.slots);
    free(vm->main_thread.frames);
    free(vm);
}

bool vm_run_main(VmRuntime *vm, LdAssembly *program, int argc, char **argv, int *exit_code, VmError *error) {
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
    if (owner->flags & LD_MT_HAS_CCTOR)
        return vm_fail(error, "not implemented yet: static constructors (%s has one)", owner->klass->name);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(main->signature, &arena);
    bool takes_args = sig && sig->param_count == 1;
    bool shape_ok = sig && sig->param_count <= 1 && !(sig->flags & IMG_SIG_HASTHIS);
    img_arena_free(&arena);
    (void)argc;
    (void)argv;
    if (!shape_ok)
        return vm_fail(error, "the entry point must be static and take no arguments or string[]");
    if (takes_args)
        return vm_fail(error, "not implemented yet: Main(string[] args), which needs arrays and strings");
    VmSlot result = {0};
    if (!vm_interpret(vm, &vm->main_thread, main, NULL, &result, error))
        return false;
    *exit_code = ((VmCode *)main->engine)->returns_value ? result.i4 : 0;
    return true;
}
