/*
 * transcode.c - IL to Lucid's internal instructions.
 *
 * One pass over the IL with the evaluation stack's types tracked, after a
 * pre-pass that finds every branch target (so a backward branch can be
 * checked against the state recorded where it lands). Each IL instruction
 * becomes one or a few internal operations specialised by the types on the
 * stack; branch targets become word positions, fixed up at the end.
 *
 * Every check ECMA-335's stack-state rules make possible happens here:
 * underflow, overflow of .maxstack, operand types, agreement of stack
 * states where paths meet, falling off the end. A violation is reported as
 * InvalidProgramException, and nothing unchecked reaches the interpreter.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

typedef enum StackType {
    ST_I4,
    ST_I8,
    ST_I, /* native int: int64 here, but a distinct type for the rules */
    ST_F,
    ST_O,   /* object reference */
    ST_REF, /* managed pointer (&) */
    ST_VT,  /* a value type's value, in as many slots as it needs */
    ST_F4,  /* an F known to hold a float32: arithmetic on two of them rounds to float32, as mono does */
} StackType;

static const char *const stack_type_names[] = {"int32", "int64", "native int", "F", "object reference",
                                               "managed pointer", "value type", "F"};

static bool is_float(StackType type) {
    return type == ST_F || type == ST_F4;
}

/* Stack types a location of the other accepts (III.1.6): int32 and native
 * int interchange, and an F may be stored where a float32 lives (rounded
 * by the store) and the reverse. Managed pointers and native ints
 * interchange too: unverifiable, but valid, and what C# emits for
 * `int* p = &local` and for localloc into a byref local (mono accepts it). */
static bool interchangeable(StackType have, StackType want) {
    return have == want || (have == ST_I4 && want == ST_I) || (have == ST_I && want == ST_I4) ||
           (is_float(have) && is_float(want)) || (have == ST_REF && want == ST_I) || (have == ST_I && want == ST_REF);
}

/* How a value of some declared type sits on the stack and how a store
 * into a location of that type narrows it. */
typedef struct SlotType {
    StackType stack;
    VmOp store;
    LdMethodTable *vt; /* ST_VT: which value type */
    uint32_t slots;    /* how many slots a value takes */
} SlotType;

/* A growable array of uint32s: the GC maps are built in these. */
typedef struct U32Vector {
    uint32_t *items;
    uint32_t count, capacity;
} U32Vector;

typedef struct Transcoder {
    VmRuntime *vm;
    LdMethod *method;
    LdAssembly *assembly;
    ImgMethodBody body;
    LdGenericContext context;
    VmError *error;
    bool failed;

    VmWord *words;
    uint32_t *il_offsets;
    uint32_t word_count, word_capacity;

    StackType *stack;
    LdMethodTable **stack_vt; /* the value type of each ST_VT entry */
    uint32_t depth, max_depth;
    uint32_t slot_depth, max_slots; /* the same stack counted in slots */
    LdMethodTable *constrained;     /* set by constrained. for the next callvirt */
    bool tail_prefix;               /* tail. seen: the next call may release this frame */
    bool readonly_prefix;           /* readonly. seen: the next ldelema skips its type check */
    bool vararg;                    /* a vararg method: a cookie follows the declared arguments */
    uint32_t cookie_slot;
    VmVarargs *varargs;             /* the call sites' descriptions, for the code to own */
    uint32_t next_il;               /* the offset after the instruction being translated */

    SlotType *args, *locals;
    bool *local_pinned; /* pinned locals (`fixed`): their objects must not move */
    uint32_t arg_count, local_count;
    uint32_t *arg_offset, *local_offset; /* slot of each argument and local in the frame */
    uint32_t arg_slots, local_slots;
    bool synchronized;  /* takes a lock for its duration: VM_SYNC_SLOT holds the object */
    uint32_t sync_slot;
    bool returns_value;
    SlotType ret;

    uint32_t *word_at;  /* IL offset -> first word, or UINT32_MAX */
    bool *is_target;    /* IL offset -> some branch lands here */
    bool *throw_block;  /* IL offset of a basic block's start -> the block holds a throw (mono's out-of-line
                           blocks, where it makes corlib exceptions through a helper) */
    uint32_t block_start; /* translate: the basic block the instruction is in */
    LdMethod *callee;     /* the method the last call or newobj called (NULL: an array's) */
    int32_t *target_depth; /* recorded stack depth at a target, -1 before any branch reaches it */
    StackType *target_types; /* code_size * max_depth */
    LdMethodTable **target_vts;

    VmClause *clauses; /* ranges as IL offsets until the end, then words */
    uint32_t clause_count;

    U32Vector gc_points, gc_pool, gc_scratch;
    U32Vector statements; /* IL offsets where the evaluation stack is empty or a call has just returned
                             (VmCode.statement_starts) */
    uint32_t gc_last_map; /* pool index of the last map recorded, UINT32_MAX: none */

    struct Fixup {
        uint32_t word;
        uint32_t il_target;
    } *fixups;
    uint32_t fixup_count, fixup_capacity;
    uint32_t current_il;
} Transcoder;

bool vm_fail(VmError *error, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error->message, sizeof error->message, fmt, ap);
    va_end(ap);
    return false;
}

void vm_method_name(const LdMethod *method, char *buffer, size_t size) {
    char type[190];
    ld_type_name(method->owner, type, sizeof type);
    snprintf(buffer, size, "%s::%.100s", type, method->name);
}

/* A failure names the method and IL offset; InvalidProgramException for
 * IL that breaks the rules, "not implemented yet" for IL Lucid cannot run
 * yet. Only the first failure is kept. */
static bool fail(Transcoder *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(Transcoder *t, const char *fmt, ...) {
    if (t->failed)
        return false;
    t->failed = true;
    char what[240], name[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    vm_method_name(t->method, name, sizeof name);
    vm_fail(t->error, "%s (in %s at IL_%04x)", what, name, t->current_il);
    return false;
}

#define INVALID(t, ...) fail(t, "System.InvalidProgramException: " __VA_ARGS__)
#define NOT_YET(t, ...) fail(t, "not implemented yet: " __VA_ARGS__)

/* ------------------------------------------------------------------ */
/* Emitting                                                           */
/* ------------------------------------------------------------------ */

static bool reserve(Transcoder *t, uint32_t words) {
    if (t->word_count + words <= t->word_capacity)
        return true;
    uint32_t capacity = t->word_capacity ? t->word_capacity * 2 : 64;
    while (capacity < t->word_count + words)
        capacity *= 2;
    VmWord *grown = realloc(t->words, capacity * sizeof *grown);
    uint32_t *offsets = grown ? realloc(t->il_offsets, capacity * sizeof *offsets) : NULL;
    if (grown)
        t->words = grown;
    if (!offsets)
        return fail(t, "out of memory");
    t->il_offsets = offsets;
    t->word_capacity = capacity;
    return true;
}

static void emit_word(Transcoder *t, VmWord word) {
    if (!reserve(t, 1))
        return;
    t->il_offsets[t->word_count] = t->current_il;
    t->words[t->word_count++] = word;
}

static void emit(Transcoder *t, VmOp op) {
    emit_word(t, (VmWord)t->vm->labels[op]);
}

static void emit1(Transcoder *t, VmOp op, VmWord operand) {
    emit(t, op);
    emit_word(t, operand);
}

/* A branch operand: the target's IL offset now, its word position later. */
static void emit_target(Transcoder *t, uint32_t il_target) {
    if (t->fixup_count == t->fixup_capacity) {
        uint32_t capacity = t->fixup_capacity ? t->fixup_capacity * 2 : 16;
        struct Fixup *grown = realloc(t->fixups, capacity * sizeof *grown);
        if (!grown) {
            fail(t, "out of memory");
            return;
        }
        t->fixups = grown;
        t->fixup_capacity = capacity;
    }
    t->fixups[t->fixup_count++] = (struct Fixup){t->word_count, il_target};
    emit_word(t, 0);
}

/* ------------------------------------------------------------------ */
/* The stack                                                          */
/* ------------------------------------------------------------------ */

static uint32_t entry_slots(StackType type, const LdMethodTable *vt) {
    return type == ST_VT ? vm_slots_for(vt->value_size) : 1;
}

static bool push_typed(Transcoder *t, StackType type, LdMethodTable *vt) {
    if (t->depth >= t->max_depth)
        return INVALID(t, "stack overflow: more than .maxstack %u", t->max_depth);
    t->stack_vt[t->depth] = type == ST_VT ? vt : NULL;
    t->stack[t->depth++] = type;
    t->slot_depth += entry_slots(type, vt);
    if (t->slot_depth > t->max_slots)
        t->max_slots = t->slot_depth;
    return true;
}

static bool push(Transcoder *t, StackType type) {
    return push_typed(t, type, NULL);
}

static bool push_slot_type(Transcoder *t, const SlotType *slot) {
    return push_typed(t, slot->stack, slot->vt);
}

static bool pop_typed(Transcoder *t, StackType *type, LdMethodTable **vt) {
    *type = ST_I4;
    *vt = NULL;
    if (t->depth == 0)
        return INVALID(t, "stack underflow");
    *type = t->stack[--t->depth];
    *vt = t->stack_vt[t->depth];
    t->slot_depth -= entry_slots(*type, *vt);
    return true;
}

static bool pop(Transcoder *t, StackType *type) {
    LdMethodTable *vt;
    if (!pop_typed(t, type, &vt))
        return false;
    if (*type == ST_VT)
        return NOT_YET(t, "a value type where this instruction expects a scalar");
    return true;
}

/* The stack is left empty: recompute the slot count from the entries. */
static void reset_stack(Transcoder *t, uint32_t depth) {
    t->depth = depth;
    t->slot_depth = 0;
    for (uint32_t i = 0; i < depth; i++)
        t->slot_depth += entry_slots(t->stack[i], t->stack_vt[i]);
}

/* Room for `extra` slots above the stack, used inside one instruction. */
static void reserve_slots(Transcoder *t, uint32_t extra) {
    if (t->slot_depth + extra > t->max_slots)
        t->max_slots = t->slot_depth + extra;
}

/* Where paths meet, the stacks must agree (III.1.8.1.3). */
static bool merge_state(Transcoder *t, uint32_t target) {
    if (target >= t->body.code_size || t->word_at[target] == UINT32_MAX - 1)
        return INVALID(t, "branch to IL_%04x, which is not an instruction of this method", target);
    StackType *saved = t->target_types + (size_t)target * t->max_depth;
    LdMethodTable **saved_vt = t->target_vts + (size_t)target * t->max_depth;
    if (t->target_depth[target] < 0) {
        t->target_depth[target] = (int32_t)t->depth;
        memcpy(saved, t->stack, t->depth * sizeof *saved);
        memcpy(saved_vt, t->stack_vt, t->depth * sizeof *saved_vt);
        return true;
    }
    bool same = (uint32_t)t->target_depth[target] == t->depth &&
                !memcmp(saved_vt, t->stack_vt, t->depth * sizeof *saved_vt);
    /* A native int meeting a managed pointer is C#'s `fixed` over an
     * array that may be null or empty (a zero on one path, ldelema on the
     * other): the merged entry is a managed pointer, which the GC maps
     * then report as one (a zero is a harmless one). Only before the
     * target's code is made can its state still change. */
    bool forward = target >= t->current_il;
    for (uint32_t i = 0; same && i < t->depth; i++)
        same = saved[i] == t->stack[i] || (is_float(saved[i]) && is_float(t->stack[i])) ||
               (forward && ((saved[i] == ST_I && t->stack[i] == ST_REF) || (saved[i] == ST_REF && t->stack[i] == ST_I)));
    if (!same)
        return INVALID(t, "stack states differ where paths meet at IL_%04x", target);
    for (uint32_t i = 0; i < t->depth; i++)
        if (saved[i] == ST_REF || t->stack[i] == ST_REF)
            saved[i] = t->stack[i] = ST_REF;
        else if (saved[i] != t->stack[i])
            saved[i] = ST_F; /* a float32 on one path only is just an F */
    return true;
}

/* ------------------------------------------------------------------ */
/* GC maps                                                            */
/* ------------------------------------------------------------------ */

static void vector_push(Transcoder *t, U32Vector *v, uint32_t item) {
    if (v->count == v->capacity) {
        uint32_t capacity = v->capacity ? v->capacity * 2 : 32;
        uint32_t *grown = realloc(v->items, capacity * sizeof *grown);
        if (!grown) {
            fail(t, "out of memory");
            return;
        }
        v->items = grown;
        v->capacity = capacity;
    }
    v->items[v->count++] = item;
}

/* The map entries of one value at `slot`: a reference, a managed pointer,
 * or a value type's references at their offsets. */
static void map_value(Transcoder *t, U32Vector *out, StackType type, const LdMethodTable *vt, uint32_t slot) {
    if (type == ST_O) {
        vector_push(t, out, slot << 2 | VM_GC_REF);
    } else if (type == ST_REF) {
        vector_push(t, out, slot << 2 | VM_GC_INTERIOR);
    } else if (type == ST_VT) {
        for (uint32_t i = 0; i < vt->gc_series_count; i++)
            for (uint32_t k = 0; k < vt->gc_series[i].count; k++)
                vector_push(t, out, (slot + vt->gc_series[i].offset / (uint32_t)sizeof(VmSlot) + k) << 2 | VM_GC_REF);
        for (uint32_t i = 0; i < vt->byref_count; i++) /* a ref struct's managed pointers */
            vector_push(t, out, (slot + vt->byref_offsets[i] / (uint32_t)sizeof(VmSlot)) << 2 | VM_GC_INTERIOR);
    }
}

/* Records the evaluation stack's map for the operations emitted from now
 * on, unless it is the map already in force. The scratch vector holds
 * the count and entries being built. */
static void record_stack_map(Transcoder *t, const StackType *types, LdMethodTable *const *vts, uint32_t depth) {
    U32Vector *scratch = &t->gc_scratch;
    scratch->count = 0;
    vector_push(t, scratch, 0);
    uint32_t slot = 0;
    for (uint32_t i = 0; i < depth; i++) {
        map_value(t, scratch, types[i], vts[i], slot);
        slot += entry_slots(types[i], vts[i]);
    }
    if (t->failed)
        return;
    scratch->items[0] = scratch->count - 1;
    if (t->gc_last_map != UINT32_MAX && t->gc_pool.items[t->gc_last_map] == scratch->items[0] &&
        !memcmp(t->gc_pool.items + t->gc_last_map, scratch->items, scratch->count * sizeof *scratch->items))
        return;
    uint32_t at = t->gc_pool.count;
    for (uint32_t i = 0; i < scratch->count; i++)
        vector_push(t, &t->gc_pool, scratch->items[i]);
    U32Vector *points = &t->gc_points;
    if (points->count && points->items[points->count - 2] == t->word_count) {
        points->items[points->count - 1] = at; /* nothing was emitted under the previous map */
    } else {
        vector_push(t, points, t->word_count);
        vector_push(t, points, at);
    }
    t->gc_last_map = at;
}

/* While newobj runs the constructor, the stack holds the new object (or,
 * for a value type, the value and a pointer to it) below the arguments.
 * The arguments' types are still in the stack array above the depth. */
static void record_newobj_map(Transcoder *t, LdMethodTable *owner, uint32_t param_count) {
    uint32_t depth = t->depth + 2 + param_count;
    StackType *types = malloc(depth * sizeof *types);
    LdMethodTable **vts = malloc(depth * sizeof *vts);
    if (!types || !vts) {
        free(types);
        free(vts);
        fail(t, "out of memory");
        return;
    }
    memcpy(types, t->stack, t->depth * sizeof *types);
    memcpy(vts, t->stack_vt, t->depth * sizeof *vts);
    bool value = owner->kind == LD_KIND_VALUETYPE;
    types[t->depth] = value ? ST_VT : ST_O;
    vts[t->depth] = value ? owner : NULL;
    types[t->depth + 1] = value ? ST_REF : ST_O;
    vts[t->depth + 1] = NULL;
    memcpy(types + t->depth + 2, t->stack + t->depth, param_count * sizeof *types);
    memcpy(vts + t->depth + 2, t->stack_vt + t->depth, param_count * sizeof *vts);
    record_stack_map(t, types, vts, depth);
    free(types);
    free(vts);
}

/* The arguments', locals' and clause slots' map, fixed for the method. */
static uint32_t *frame_map(Transcoder *t) {
    U32Vector map = {0};
    vector_push(t, &map, 0);
    for (uint32_t i = 0; i < t->arg_count; i++)
        map_value(t, &map, t->args[i].stack, t->args[i].vt, t->arg_offset[i]);
    for (uint32_t i = 0; i < t->local_count; i++) {
        if (t->local_pinned && t->local_pinned[i] && (t->locals[i].stack == ST_O || t->locals[i].stack == ST_REF))
            vector_push(t, &map, t->local_offset[i] << 2 | VM_GC_PINNED);
        else
            map_value(t, &map, t->locals[i].stack, t->locals[i].vt, t->local_offset[i]);
    }
    for (uint32_t i = 0; i < t->clause_count; i++) /* a catch or filter keeps its exception there */
        if (t->clauses[i].flags == IMG_EH_CATCH || t->clauses[i].flags == IMG_EH_FILTER)
            vector_push(t, &map, t->clauses[i].slot << 2 | VM_GC_REF);
    if (t->synchronized)
        vector_push(t, &map, t->sync_slot << 2 | VM_GC_REF);
    if (t->failed) {
        free(map.items);
        return NULL;
    }
    map.items[0] = map.count - 1;
    return map.items;
}

/* ------------------------------------------------------------------ */
/* Types of arguments, locals, returns                                */
/* ------------------------------------------------------------------ */

static bool slot_type(Transcoder *t, LdMethodTable *type, SlotType *out) {
    LdError error;
    /* A shell's element type is known once it is loaded (Int32 is a struct until then). */
    if (!(type->flags & LD_MT_OPEN) && !ld_type_load(type, &error))
        return fail(t, "System.TypeLoadException: %s", error.message);
    switch (type->elem) {
    case IMG_ELEMENT_BOOLEAN:
    case IMG_ELEMENT_U1: *out = (SlotType){ST_I4, VM_OP_STSLOT_U1, NULL, 1}; return true;
    case IMG_ELEMENT_I1: *out = (SlotType){ST_I4, VM_OP_STSLOT_I1, NULL, 1}; return true;
    case IMG_ELEMENT_CHAR:
    case IMG_ELEMENT_U2: *out = (SlotType){ST_I4, VM_OP_STSLOT_U2, NULL, 1}; return true;
    case IMG_ELEMENT_I2: *out = (SlotType){ST_I4, VM_OP_STSLOT_I2, NULL, 1}; return true;
    case IMG_ELEMENT_I4:
    case IMG_ELEMENT_U4: *out = (SlotType){ST_I4, VM_OP_STSLOT, NULL, 1}; return true;
    case IMG_ELEMENT_I8:
    case IMG_ELEMENT_U8: *out = (SlotType){ST_I8, VM_OP_STSLOT, NULL, 1}; return true;
    case IMG_ELEMENT_I:
    case IMG_ELEMENT_U:
    case IMG_ELEMENT_PTR:
    case IMG_ELEMENT_FNPTR: *out = (SlotType){ST_I, VM_OP_STSLOT, NULL, 1}; return true;
    case IMG_ELEMENT_R4: *out = (SlotType){ST_F4, VM_OP_STSLOT_R4, NULL, 1}; return true;
    case IMG_ELEMENT_R8: *out = (SlotType){ST_F, VM_OP_STSLOT, NULL, 1}; return true;
    case IMG_ELEMENT_CLASS:
    case IMG_ELEMENT_OBJECT:
    case IMG_ELEMENT_STRING:
    case IMG_ELEMENT_SZARRAY:
    case IMG_ELEMENT_ARRAY: *out = (SlotType){ST_O, VM_OP_STSLOT, NULL, 1}; return true;
    case IMG_ELEMENT_BYREF: *out = (SlotType){ST_REF, VM_OP_STSLOT, NULL, 1}; return true;
    case IMG_ELEMENT_VALUETYPE:
    case IMG_ELEMENT_TYPEDBYREF:
        *out = (SlotType){ST_VT, VM_OP_STSLOTS, type, vm_slots_for(type->value_size)};
        return true;
    default: {
        char name[300];
        ld_type_name(type, name, sizeof name);
        return NOT_YET(t, "values of type %s", name);
    }
    }
}

static bool resolve_types(Transcoder *t, ImgMethodSig *sig, SlotType **out, uint32_t *count, bool with_this) {
    LdError error;
    *count = sig->param_count + (with_this ? 1 : 0);
    *out = calloc(*count ? *count : 1, sizeof **out);
    if (!*out)
        return fail(t, "out of memory");
    if (with_this) /* a value type's methods receive a pointer to the value */
        (*out)[0] = (SlotType){t->method->owner->kind == LD_KIND_VALUETYPE ? ST_REF : ST_O, VM_OP_STSLOT, NULL, 1};
    for (uint32_t i = 0; i < sig->param_count; i++) {
        LdMethodTable *type = ld_type_from_sig(t->assembly, sig->params[i], &t->context, &error);
        if (!type)
            return fail(t, "System.TypeLoadException: %s", error.message);
        if (!slot_type(t, type, &(*out)[i + (with_this ? 1 : 0)]))
            return false;
    }
    return true;
}

static bool find_pinned_locals(Transcoder *t, const ImgMethodSig *locals) {
    t->local_pinned = calloc(locals->param_count + 1, sizeof *t->local_pinned);
    if (!t->local_pinned)
        return fail(t, "out of memory");
    for (uint32_t i = 0; i < locals->param_count; i++) {
        const ImgType *type = locals->params[i];
        while (type->kind == IMG_ELEMENT_CMOD_REQD || type->kind == IMG_ELEMENT_CMOD_OPT)
            type = type->inner;
        t->local_pinned[i] = type->kind == IMG_ELEMENT_PINNED;
    }
    return true;
}

static bool read_signature(Transcoder *t) {
    ImgArena arena;
    img_arena_init(&arena);
    bool ok = false;
    ImgMethodSig *sig = img_sig_method(t->method->signature, &arena);
    if (!sig) {
        INVALID(t, "malformed method signature");
    } else if (sig->generic_param_count != t->method->method_arg_count) {
        INVALID(t, "generic method run without its type arguments");
    } else if (resolve_types(t, sig, &t->args, &t->arg_count, (sig->flags & IMG_SIG_HASTHIS) != 0)) {
        t->vararg = (sig->flags & IMG_SIG_KIND_MASK) == IMG_SIG_VARARG;
        t->returns_value = sig->ret->kind != IMG_ELEMENT_VOID;
        ok = true;
        if (t->returns_value) {
            LdError error;
            LdMethodTable *type = ld_type_from_sig(t->assembly, sig->ret, &t->context, &error);
            ok = type ? slot_type(t, type, &t->ret) : fail(t, "System.TypeLoadException: %s", error.message);
        }
    }
    img_arena_free(&arena);
    if (!ok || !t->body.local_var_sig_token)
        return ok;
    uint32_t token = t->body.local_var_sig_token;
    if (IMG_TOKEN_TABLE(token) != IMG_TABLE_STANDALONESIG || !img_token_valid(t->assembly->image, token))
        return INVALID(t, "bad local variable signature token 0x%08x", token);
    img_arena_init(&arena);
    ImgMethodSig *locals = img_sig_locals(
        img_get_blob(t->assembly->image, IMG_TABLE_STANDALONESIG, IMG_TOKEN_RID(token), IMG_STANDALONESIG_SIGNATURE),
        &arena);
    ok = locals ? resolve_types(t, locals, &t->locals, &t->local_count, false) && find_pinned_locals(t, locals)
                : INVALID(t, "malformed local variable signature");
    img_arena_free(&arena);
    return ok;
}

/* Frame slots of arguments then locals, each as many as its type needs. */
static bool assign_offsets(Transcoder *t) {
    t->arg_offset = calloc(t->arg_count + 1, sizeof *t->arg_offset);
    t->local_offset = calloc(t->local_count + 1, sizeof *t->local_offset);
    if (!t->arg_offset || !t->local_offset)
        return fail(t, "out of memory");
    uint32_t slot = 0;
    for (uint32_t i = 0; i < t->arg_count; i++) {
        t->arg_offset[i] = slot;
        slot += t->args[i].slots;
    }
    if (t->vararg)
        t->cookie_slot = slot++; /* the hidden last argument: the call site's VmVarargs */
    t->arg_slots = slot;
    for (uint32_t i = 0; i < t->local_count; i++) {
        t->local_offset[i] = slot;
        slot += t->locals[i].slots;
    }
    t->local_slots = slot - t->arg_slots;
    return true;
}

/* ------------------------------------------------------------------ */
/* Exception handling                                                 */
/* ------------------------------------------------------------------ */

static bool il_inside(uint32_t offset, uint32_t start, uint32_t end) {
    return offset >= start && offset < end;
}

/* The innermost clause whose handler holds this offset, of the given kinds. */
static int enclosing_handler(Transcoder *t, uint32_t offset, bool finally_or_fault) {
    for (uint32_t i = 0; i < t->clause_count; i++) {
        const VmClause *c = &t->clauses[i];
        bool kind = (c->flags == IMG_EH_FINALLY || c->flags == IMG_EH_FAULT) == finally_or_fault;
        if (kind && il_inside(offset, c->handler_start, c->handler_end))
            return (int)i;
    }
    return -1;
}

/* leave: empty the stack, run the finally blocks of the try blocks it
 * exits (innermost first), then branch. */
static bool leave(Transcoder *t, uint32_t target) {
    if (t->depth)
        emit(t, VM_OP_LEAVE_RESET);
    reset_stack(t, 0);
    for (uint32_t i = 0; i < t->clause_count; i++) {
        const VmClause *c = &t->clauses[i];
        if (c->flags == IMG_EH_FINALLY && il_inside(t->current_il, c->try_start, c->try_end) &&
            !il_inside(target, c->try_start, c->try_end)) {
            emit1(t, VM_OP_CALL_FINALLY, (VmWord)c->slot);
            emit_target(t, c->handler_start);
        }
    }
    emit(t, VM_OP_BR);
    emit_target(t, target);
    return merge_state(t, target);
}

/* Reads the method's clauses, gives each a hidden slot, and records the
 * stack state handlers start with: the exception for catch and filter
 * blocks, nothing for finally and fault. */
static bool read_clauses(Transcoder *t) {
    uint32_t count = t->body.eh_count;
    if (!count)
        return true;
    t->clauses = calloc(count, sizeof *t->clauses);
    if (!t->clauses)
        return fail(t, "out of memory");
    t->clause_count = count;
    uint32_t size = t->body.code_size;
    for (uint32_t i = 0; i < count; i++) {
        ImgEhClause c;
        img_eh_clause(&t->body, i, &c);
        VmClause *v = &t->clauses[i];
        v->flags = c.flags;
        v->try_start = c.try_offset;
        v->try_end = c.try_offset + c.try_length;
        v->handler_start = c.handler_offset;
        v->handler_end = c.handler_offset + c.handler_length;
        v->filter_start = c.filter_offset;
        v->slot = t->arg_slots + t->local_slots + i;
        uint32_t starts[2] = {v->try_start, v->handler_start};
        for (int k = 0; k < 2; k++)
            if (starts[k] >= size || t->word_at[starts[k]] != UINT32_MAX)
                return INVALID(t, "exception clause %u does not start at an instruction", i);
        if (c.flags == IMG_EH_CATCH) {
            LdError error;
            if (!img_token_valid(t->assembly->image, c.class_token))
                return INVALID(t, "exception clause %u catches bad token 0x%08x", i, c.class_token);
            v->catch_type = ld_type_from_token(t->assembly, c.class_token, &t->context, &error);
            if (!v->catch_type || !ld_type_load(v->catch_type, &error))
                return fail(t, "System.TypeLoadException: %s", error.message);
        }
        bool with_exception = c.flags == IMG_EH_CATCH || c.flags == IMG_EH_FILTER;
        uint32_t entries[2] = {v->handler_start, c.flags == IMG_EH_FILTER ? v->filter_start : v->handler_start};
        for (int k = 0; k < 2; k++) {
            uint32_t at = entries[k];
            if (at >= size || t->word_at[at] != UINT32_MAX)
                return INVALID(t, "exception clause %u has a handler outside the code", i);
            t->is_target[at] = true;
            t->target_depth[at] = with_exception ? 1 : 0;
            t->target_types[(size_t)at * t->max_depth] = ST_O;
        }
        if (with_exception && t->max_depth == 0)
            return INVALID(t, "a handler receives the exception but .maxstack is 0");
    }
    return true;
}

/* Clause ranges from IL offsets to word positions, once all are emitted. */
static void clause_words(Transcoder *t) {
    for (uint32_t i = 0; i < t->clause_count; i++) {
        VmClause *c = &t->clauses[i];
        uint32_t *fields[5] = {&c->try_start, &c->try_end, &c->handler_start, &c->handler_end, &c->filter_start};
        for (int k = 0; k < 5; k++) {
            if (k == 4 && c->flags != IMG_EH_FILTER)
                continue;
            *fields[k] = *fields[k] >= t->body.code_size ? t->word_count : t->word_at[*fields[k]];
        }
    }
}

/* ------------------------------------------------------------------ */
/* Instructions                                                       */
/* ------------------------------------------------------------------ */

static bool load_slot(Transcoder *t, uint32_t slot, const SlotType *type) {
    if (type->stack == ST_VT) {
        emit1(t, VM_OP_LDSLOTS, (VmWord)slot);
        emit_word(t, (VmWord)type->slots);
    } else {
        VmOp op = type->store == VM_OP_STSLOT_I1   ? VM_OP_LDSLOT_I1
                  : type->store == VM_OP_STSLOT_U1 ? VM_OP_LDSLOT_U1
                  : type->store == VM_OP_STSLOT_I2 ? VM_OP_LDSLOT_I2
                  : type->store == VM_OP_STSLOT_U2 ? VM_OP_LDSLOT_U2
                  : type->store == VM_OP_STSLOT_R4 ? VM_OP_LDSLOT_R4
                                                   : VM_OP_LDSLOT;
        emit1(t, op, (VmWord)slot);
    }
    return push_slot_type(t, type);
}

static bool store_slot(Transcoder *t, uint32_t slot, SlotType want) {
    StackType have;
    LdMethodTable *vt;
    if (!pop_typed(t, &have, &vt))
        return false;
    if (want.stack == ST_VT || have == ST_VT) {
        if (have != want.stack || vt != want.vt)
            return INVALID(t, "storing %s into a location of another type", stack_type_names[have]);
        emit1(t, VM_OP_STSLOTS, (VmWord)slot);
        emit_word(t, (VmWord)want.slots);
        return true;
    }
    /* int32 stores into native int locations and back are allowed (III.1.6). */
    bool ok = interchangeable(have, want.stack);
    if (!ok)
        return INVALID(t, "storing %s into a location of stack type %s", stack_type_names[have],
                       stack_type_names[want.stack]);
    if (have == ST_I4 && want.stack == ST_I) {
        emit(t, VM_OP_WIDEN_I4_TOP);
    }
    emit1(t, want.store, (VmWord)slot);
    return true;
}

static bool arg_access(Transcoder *t, uint32_t index, bool store) {
    if (index >= t->arg_count)
        return INVALID(t, "argument %u does not exist", index);
    uint32_t slot = t->arg_offset[index];
    return store ? store_slot(t, slot, t->args[index]) : load_slot(t, slot, &t->args[index]);
}

static bool local_access(Transcoder *t, uint32_t index, bool store) {
    if (index >= t->local_count)
        return INVALID(t, "local %u does not exist", index);
    uint32_t slot = t->local_offset[index];
    return store ? store_slot(t, slot, t->locals[index]) : load_slot(t, slot, &t->locals[index]);
}

/* ldarga, ldloca: a managed pointer to the slot. Frames do not move, so
 * the pointer stays good for the frame's life. */
static bool address_of(Transcoder *t, uint32_t index, bool local) {
    if (index >= (local ? t->local_count : t->arg_count))
        return INVALID(t, "%s %u does not exist", local ? "local" : "argument", index);
    emit1(t, VM_OP_LDSLOTA, (VmWord)(local ? t->local_offset[index] : t->arg_offset[index]));
    return push(t, ST_REF);
}

/* Binary numeric operations (III.1.5 table 2): int32 with int32, int64 with
 * int64, F with F, native int with native int or int32. */
static bool binary_types(Transcoder *t, StackType *result) {
    StackType b, a;
    *result = ST_I4;
    if (!pop(t, &b) || !pop(t, &a))
        return false;
    if (is_float(a) && is_float(b)) {
        *result = a == ST_F4 && b == ST_F4 ? ST_F4 : ST_F;
    } else if (a == b) {
        *result = a;
    } else if ((a == ST_I && b == ST_I4) || (a == ST_I4 && b == ST_I)) {
        emit(t, a == ST_I4 ? VM_OP_WIDEN_I4_SECOND : VM_OP_WIDEN_I4_TOP);
        *result = ST_I;
    } else if ((a == ST_I && b == ST_REF) || (a == ST_REF && b == ST_I)) {
        *result = ST_I; /* a managed pointer compared with an unmanaged one (unverifiable, as corlib does) */
    } else {
        return INVALID(t, "operands of types %s and %s do not combine", stack_type_names[a], stack_type_names[b]);
    }
    return true;
}

/* ops[0] for int32, ops[1] for int64/native int, ops[2] for F (0 if none). */
/* Managed pointer arithmetic (III.1.5, table 2): & plus or minus an
 * integer is a &, & minus & is a native int (so is an unmanaged pointer
 * minus the pinned & it came from: corlib's SpanHelpers do that, and
 * mono and CoreCLR accept it). Pointers are 64-bit words. */
static bool pointer_arith(Transcoder *t, bool add, bool *handled) {
    *handled = false;
    if (t->depth < 2)
        return true;
    StackType b = t->stack[t->depth - 1], a = t->stack[t->depth - 2];
    bool integer_b = b == ST_I4 || b == ST_I, integer_a = a == ST_I4 || a == ST_I;
    StackType result;
    if (a == ST_REF && integer_b)
        result = ST_REF;
    else if (add && integer_a && b == ST_REF)
        result = ST_REF;
    else if (!add && (a == ST_REF || integer_a) && b == ST_REF)
        result = ST_I; /* & - &, and native int - & as corlib does with a pinned ref and its char* */
    else
        return true;
    *handled = true;
    if (b == ST_I4)
        emit(t, VM_OP_WIDEN_I4_TOP);
    if (a == ST_I4)
        emit(t, VM_OP_WIDEN_I4_SECOND);
    reset_stack(t, t->depth - 2);
    emit(t, add ? VM_OP_ADD_I8 : VM_OP_SUB_I8);
    return push(t, result);
}

static bool arith(Transcoder *t, const VmOp ops[3], bool integers_only, bool compare) {
    StackType type = ST_I4;
    if (ops[0] == VM_OP_ADD_I4 || ops[0] == VM_OP_SUB_I4) {
        bool handled;
        if (!pointer_arith(t, ops[0] == VM_OP_ADD_I4, &handled) || handled)
            return !t->failed;
    }
    if (!binary_types(t, &type))
        return false;
    /* References compare for identity (ceq, beq, bne.un) and against null (cgt.un). */
    if ((type == ST_O || type == ST_REF) &&
        !(compare && (ops[0] == VM_OP_CEQ_I4 || ops[0] == VM_OP_CGT_UN_I4 || ops[0] == VM_OP_CLT_UN_I4)))
        return INVALID(t, "arithmetic on object references");
    VmOp op = type == ST_I4 ? ops[0] : is_float(type) ? ops[2] : ops[1];
    if (is_float(type) && (integers_only || op == VM_OP_NOP))
        return INVALID(t, "integer operation on F");
    emit(t, op);
    if (type == ST_F4 && !compare)
        emit(t, VM_OP_ROUND_R4);
    return push(t, compare ? ST_I4 : type);
}

static bool shift(Transcoder *t, VmOp op_i4, VmOp op_i8) {
    StackType amount, value;
    if (!pop(t, &amount) || !pop(t, &value))
        return false;
    if ((amount != ST_I4 && amount != ST_I) || is_float(value) || value == ST_O)
        return INVALID(t, "shift of %s by %s", stack_type_names[value], stack_type_names[amount]);
    emit(t, value == ST_I4 ? op_i4 : op_i8);
    return push(t, value);
}

static bool unary(Transcoder *t, VmOp op_i4, VmOp op_i8, VmOp op_r8) {
    StackType type;
    if (!pop(t, &type))
        return false;
    VmOp op = type == ST_I4 ? op_i4 : is_float(type) ? op_r8 : op_i8;
    if (op == VM_OP_NOP || type == ST_O)
        return INVALID(t, "operation not defined on %s", stack_type_names[type]);
    emit(t, op);
    return push(t, type);
}

static StackType conv_result(VmConv target) {
    switch (target) {
    case VM_CONV_I8:
    case VM_CONV_U8: return ST_I8;
    case VM_CONV_R4: return ST_F4;
    case VM_CONV_R8:
    case VM_CONV_R_UN: return ST_F;
    default: return ST_I4;
    }
}

/* conv.X, conv.ovf.X and conv.ovf.X.un; native-sized targets are int64. */
static bool conversion(Transcoder *t, VmConv target, bool native, bool checked, bool unsigned_source) {
    StackType from;
    if (!pop(t, &from))
        return false;
    /* An object's address as a number: unverifiable, but C# emits it for
     * `fixed (char* p = text)` and mono accepts it. */
    bool to_native = native || target == VM_CONV_I8 || target == VM_CONV_U8;
    if (from == ST_O && (checked || !to_native))
        return INVALID(t, "conversion of an object reference");
    if (from == ST_O || from == ST_REF)
        from = ST_I;
    VmOp op;
    if (unsigned_source && checked)
        op = from == ST_I4 ? VM_OP_CONV_OVF_UN_I4 : is_float(from) ? VM_OP_CONV_OVF_R8 : VM_OP_CONV_OVF_UN_I8;
    else if (checked)
        op = from == ST_I4 ? VM_OP_CONV_OVF_I4 : is_float(from) ? VM_OP_CONV_OVF_R8 : VM_OP_CONV_OVF_I8;
    else
        op = from == ST_I4 ? VM_OP_CONV_I4 : is_float(from) ? VM_OP_CONV_R8 : VM_OP_CONV_I8;
    emit1(t, op, (VmWord)target);
    return push(t, native ? ST_I : conv_result(target));
}

/* beq and friends: a comparison, then a branch on its int32 result. */
static bool compare_branch(Transcoder *t, const VmOp compare[3], bool branch_if_true, uint32_t target) {
    if (!arith(t, compare, false, true))
        return false;
    StackType ignored;
    pop(t, &ignored);
    emit(t, branch_if_true ? VM_OP_BRTRUE_I4 : VM_OP_BRFALSE_I4);
    emit_target(t, target);
    return merge_state(t, target);
}

static bool truth_branch(Transcoder *t, bool branch_if_true, uint32_t target) {
    StackType type;
    if (!pop(t, &type))
        return false;
    if (is_float(type))
        return INVALID(t, "brtrue/brfalse on F");
    /* An object reference is true when not null: tested as a 64-bit word. */
    emit(t, type == ST_I4 ? (branch_if_true ? VM_OP_BRTRUE_I4 : VM_OP_BRFALSE_I4)
                          : (branch_if_true ? VM_OP_BRTRUE_I8 : VM_OP_BRFALSE_I8));
    emit_target(t, target);
    return merge_state(t, target);
}

/* A MethodDef or Field token inside a generic type names a member of the
 * definition; the code running is an instantiation's, so the member is
 * the instantiation's too. */
static LdMethodTable *instantiated_owner(Transcoder *t, LdMethodTable *owner) {
    LdMethodTable *current = t->method->owner;
    return current->klass->definition == owner ? current : owner;
}

static LdMethod *resolve_method(Transcoder *t, uint32_t token) {
    LdError error;
    const ImgImage *img = t->assembly->image;
    if (!img_token_valid(img, token)) {
        INVALID(t, "bad method token 0x%08x", token);
        return NULL;
    }
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_METHODDEF) {
        uint32_t owner_rid = img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_METHODLIST, IMG_TOKEN_RID(token));
        LdMethodTable *owner = owner_rid ? ld_type_from_typedef(t->assembly, owner_rid, &error) : NULL;
        owner = owner ? instantiated_owner(t, owner) : NULL;
        if (owner && (owner->flags & LD_MT_GENERIC_DEFINITION)) {
            INVALID(t, "MethodDef token into an uninstantiated generic type");
            return NULL;
        }
        if (!owner || !ld_type_load(owner, &error)) {
            fail(t, "System.TypeLoadException: %s", owner ? error.message : "method without a type");
            return NULL;
        }
        for (uint32_t i = 0; i < owner->klass->method_count; i++)
            if (owner->klass->methods[i].rid == IMG_TOKEN_RID(token))
                return &owner->klass->methods[i];
        INVALID(t, "method 0x%08x not found", token);
        return NULL;
    }
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_MEMBERREF) {
        uint32_t rid = IMG_TOKEN_RID(token);
        uint32_t parent = img_get_token(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_CLASS);
        /* A vararg call site of a method of this module names the MethodDef
         * itself (II.22.25); the MemberRef only adds the extra arguments. */
        if (IMG_TOKEN_TABLE(parent) == IMG_TABLE_METHODDEF)
            return resolve_method(t, parent);
        /* A type that cannot be found or loaded is a TypeLoadException; a
         * method missing from a type that loads, a MissingMethodException. */
        LdMethodTable *owner = ld_type_from_token(t->assembly, parent, &t->context, &error);
        if (!owner || !ld_type_load(owner, &error)) {
            fail(t, "System.TypeLoadException: %s", error.message);
            return NULL;
        }
        LdMethod *method = ld_find_method(owner, img_get_string(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_NAME),
                                          t->assembly, img_get_blob(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_SIGNATURE),
                                          &error);
        if (!method)
            fail(t, "System.MissingMethodException: %s", error.message);
        return method;
    }
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_METHODSPEC) {
        uint32_t rid = IMG_TOKEN_RID(token);
        uint32_t method_token = img_get_token(img, IMG_TABLE_METHODSPEC, rid, IMG_METHODSPEC_METHOD);
        if (IMG_TOKEN_TABLE(method_token) == IMG_TABLE_METHODSPEC) {
            INVALID(t, "MethodSpec of a MethodSpec");
            return NULL;
        }
        LdMethod *definition = resolve_method(t, method_token);
        if (!definition)
            return NULL;
        ImgArena arena;
        img_arena_init(&arena);
        ImgMethodSig *inst = img_sig_methodspec(img_get_blob(img, IMG_TABLE_METHODSPEC, rid, IMG_METHODSPEC_INSTANTIATION),
                                                &arena);
        LdMethodTable *args[16];
        LdMethod *method = NULL;
        if (!inst || inst->param_count > 16) {
            inst ? NOT_YET(t, "more than 16 generic method arguments") : INVALID(t, "malformed MethodSpec");
        } else {
            uint32_t i;
            for (i = 0; i < inst->param_count; i++)
                if (!(args[i] = ld_type_from_sig(t->assembly, inst->params[i], &t->context, &error)))
                    break;
            if (i < inst->param_count || !(method = ld_method_instantiate(definition, inst->param_count, args, &error)))
                fail(t, "System.TypeLoadException: %s", error.message);
        }
        img_arena_free(&arena);
        return method;
    }
    INVALID(t, "token 0x%08x does not name a method", token);
    return NULL;
}

/* Static constructors run before first use (II.10.5.3): before a static
 * field access for beforefieldinit types, also before a static method call
 * or an instance creation for the others. The check costs one load once
 * initialised. */
static bool initialised_inside(Transcoder *t, LdMethodTable *type) {
    /* A precise type's static methods and constructors, and a class's
     * instance methods, only run once its initialisation has started. A
     * beforefieldinit type's may run first (its constructors trigger
     * nothing), and so may a struct's instance methods, on a default value. */
    bool is_static_or_ctor = (t->method->flags & 0x0010) || !strcmp(t->method->name, ".ctor");
    return type == t->method->owner && !(type->flags & LD_MT_BEFOREFIELDINIT) &&
           (is_static_or_ctor || type->kind != LD_KIND_VALUETYPE);
}

static bool class_init(Transcoder *t, LdMethodTable *type, bool field_access) {
    if (!(type->flags & LD_MT_HAS_CCTOR) || initialised_inside(t, type))
        return true;
    if ((type->flags & LD_MT_BEFOREFIELDINIT) && !field_access)
        return true;
    if (!vm_class(t->vm, type, t->error)) {
        t->failed = true;
        return false;
    }
    emit1(t, VM_OP_CLASS_INIT, (VmWord)type);
    return true;
}

/* Whether a value of stack type `have` may be passed or stored where `want`
 * is declared (III.1.6: int32 and native int interchange). */
static bool compatible(StackType have, const LdMethodTable *have_vt, const SlotType *want) {
    if (have == ST_VT || want->stack == ST_VT)
        return have == want->stack && have_vt == want->vt;
    return interchangeable(have, want->stack);
}

/* How what a callee returns sits on the stack, its type read in the
 * callee's context; ret is left alone for void. */
static bool callee_return_type(Transcoder *t, LdMethod *callee, const ImgMethodSig *sig, SlotType *ret) {
    if (sig->ret->kind == IMG_ELEMENT_VOID)
        return true;
    LdGenericContext context;
    ld_method_context(callee, &context);
    LdError error;
    LdMethodTable *type = ld_type_from_sig(callee->owner->klass->assembly, sig->ret, &context, &error);
    return type ? slot_type(t, type, ret) : fail(t, "System.TypeLoadException: %s", error.message);
}

/* An argument as the callee's slot holds it, converted in place at this
 * depth below the top: an int32 passed for a native int is widened, and
 * a float32 becomes a float (VmSlot), so that the callee can take its
 * address. Vararg call sites' extra arguments are made the same way. */
static void pass_argument(Transcoder *t, StackType have, const SlotType *want, uint32_t depth) {
    if (have == ST_I4 && want->stack == ST_I)
        emit1(t, VM_OP_WIDEN_I4_AT, (VmWord)depth);
    if (want->stack == ST_F4)
        emit1(t, VM_OP_NARROW_R4_AT, (VmWord)depth);
}

/* Pops and checks arguments against a signature read in the callee's
 * context; with_this adds the receiver (an object, or a pointer to a
 * value type's value); `above` slots (a vararg call's extra arguments)
 * lie on top of them. Returns the slots they took. */
static bool pop_arguments(Transcoder *t, LdMethod *callee, ImgMethodSig *sig, bool with_this, uint32_t above,
                          const char *name, uint32_t *slots) {
    LdGenericContext context;
    ld_method_context(callee, &context);
    *slots = 0;
    for (uint32_t i = sig->param_count; i-- > 0;) {
        LdError error;
        LdMethodTable *type = ld_type_from_sig(callee->owner->klass->assembly, sig->params[i], &context, &error);
        SlotType want;
        StackType have;
        LdMethodTable *vt;
        if (!(type ? slot_type(t, type, &want) : fail(t, "System.TypeLoadException: %s", error.message)) ||
            !pop_typed(t, &have, &vt))
            return false;
        if (!compatible(have, vt, &want))
            return INVALID(t, "argument %u of %s is %s, not %s", i, name, stack_type_names[have],
                           stack_type_names[want.stack]);
        pass_argument(t, have, &want, above + *slots + 1); /* the slots above it are the later arguments' */
        *slots += want.slots;
    }
    if (with_this) {
        StackType have;
        if (!pop(t, &have))
            return false;
        StackType want = callee->owner->kind == LD_KIND_VALUETYPE ? ST_REF : ST_O;
        /* constrained.'s receiver is a pointer: a managed one, or (unverifiable,
         * as C#'s (*p).GetType() through a stackalloc'd p makes) an unmanaged one;
         * an unmanaged pointer may also stand for a value type's managed one, as
         * for any argument (III.1.6): C# calls bp[0].ToString() through it */
        if (have != want && !((have == ST_REF || have == ST_I) && t->constrained) && !(have == ST_I && want == ST_REF))
            return INVALID(t, "receiver of %s is %s, not %s", name, stack_type_names[have], stack_type_names[want]);
        *slots += 1;
    }
    return true;
}

/*
 * constrained. T callvirt M (III.2.1): the receiver is a pointer to a T. A
 * reference type is loaded through it; a value type that implements M
 * itself is called directly with the pointer; otherwise the value is boxed.
 */
static bool nullable_op(Transcoder *t, LdMethodTable *type, VmOp op, uint32_t depth);

static LdMethod *constrain(Transcoder *t, LdMethod *callee, uint32_t receiver_depth) {
    LdMethodTable *type = t->constrained;
    t->constrained = NULL;
    if (type->kind != LD_KIND_VALUETYPE) {
        emit1(t, VM_OP_DEREF_AT, (VmWord)receiver_depth);
        return callee;
    }
    LdMethod *implementation = NULL;
    if (callee->slot != LD_SLOT_NONE && callee->owner->kind == LD_KIND_INTERFACE) {
        for (uint32_t i = 0; i < type->interface_count; i++)
            if (type->interfaces[i].interface == callee->owner && type->interfaces[i].slots) {
                uint32_t slot = type->interfaces[i].slots[callee->slot];
                if (slot < type->vtable_count)
                    implementation = type->vtable[slot];
            }
    } else if (callee->slot != LD_SLOT_NONE && callee->slot < type->vtable_count) {
        implementation = type->vtable[callee->slot];
    } else if (callee->owner == type) {
        implementation = callee;
    }
    if (implementation && implementation->owner == type)
        return implementation; /* called directly: the pointer is its receiver */
    if (type->flags & LD_MT_NULLABLE) { /* boxed as its value, or null (GetType then throws) */
        nullable_op(t, type, VM_OP_BOX_NULLABLE_AT, receiver_depth);
        return callee;
    }
    emit1(t, VM_OP_BOX_AT, (VmWord)receiver_depth);
    emit_word(t, (VmWord)type);
    emit_word(t, 0);
    emit_word(t, 0);
    return callee;
}

/* Delegates: the runtime implements their constructor and Invoke
 * (II.14.6). A delegate holds its target and the LdMethod to call. */
static bool delegate_create(Transcoder *t, LdMethodTable *type) {
    StackType function, target;
    if (!pop(t, &function) || !pop(t, &target))
        return false;
    if (function != ST_I || target != ST_O)
        return INVALID(t, "delegate constructor takes an object and a method pointer");
    emit1(t, VM_OP_NEWDELEGATE, (VmWord)type);
    return push(t, ST_O);
}

/* A call's signature applied to the stack: its arguments popped and
 * checked (the receiver too, with_this), and what it returns. */
static bool pop_call(Transcoder *t, LdMethod *callee, bool with_this, const char *name, uint32_t *slots,
                     SlotType *ret, bool *returns) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(callee->signature, &arena);
    *slots = 0;
    *ret = (SlotType){0};
    bool ok = sig && pop_arguments(t, callee, sig, with_this, 0, name, slots);
    *returns = ok && sig->ret->kind != IMG_ELEMENT_VOID;
    ok = ok && callee_return_type(t, callee, sig, ret);
    if (!sig)
        INVALID(t, "malformed signature of %s", name);
    img_arena_free(&arena);
    return ok;
}

static bool multicast_code(VmRuntime *vm, LdMethod *invoke, VmError *error);

static void tail_prefix(Transcoder *t, uint32_t entries);

static bool unbox_to(Transcoder *t, LdMethodTable *type, bool any);

/* BeginInvoke and EndInvoke: internal calls of the runtime's own
 * (icall/delegate.c), which find the delegate type's signatures from the
 * delegate. EndInvoke's result comes boxed, and is unboxed as declared. */
static bool async_delegate_call(Transcoder *t, LdMethod *method, const char *name) {
    bool begin = !strcmp(method->name, "BeginInvoke");
    const char *helper = begin ? "<lucid>::DelegateBeginInvoke" : "<lucid>::DelegateEndInvoke";
    VmIcallFunction function = NULL;
    for (uint32_t i = 0; i < t->vm->icall_count && !function; i++)
        if (!strcmp(t->vm->icalls[i].name, helper))
            function = t->vm->icalls[i].function;
    if (!function)
        return fail(t, "runtime contract: %s is not registered", helper);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(method->signature, &arena);
    LdMethodTable *ret = NULL;
    LdError error = {{0}};
    if (sig && sig->ret->kind != IMG_ELEMENT_VOID) {
        LdGenericContext context;
        ld_method_context(method, &context);
        ret = ld_type_from_sig(method->owner->klass->assembly, sig->ret, &context, &error);
    }
    bool ok = sig && (sig->ret->kind == IMG_ELEMENT_VOID || ret);
    img_arena_free(&arena);
    if (!ok)
        return fail(t, "System.TypeLoadException: %s", sig ? error.message : "malformed signature");
    uint32_t slots;
    SlotType declared;
    bool returns;
    if (!pop_call(t, method, true, name, &slots, &declared, &returns))
        return false;
    emit1(t, VM_OP_CHECK_NULL_AT, (VmWord)slots);
    emit1(t, VM_OP_CALL_ICALL, (VmWord)function);
    emit_word(t, (VmWord)slots);
    emit_word(t, (VmWord)(returns ? 1 : 0));
    if (!returns)
        return true;
    if (!push(t, ST_O))
        return false;
    return begin || (ld_type_load(ret, &error) ? unbox_to(t, ret, true)
                                               : fail(t, "System.TypeLoadException: %s", error.message));
}

static bool delegate_invoke(Transcoder *t, LdMethod *invoke, const char *name) {
    if (!strcmp(invoke->name, "BeginInvoke") || !strcmp(invoke->name, "EndInvoke"))
        return async_delegate_call(t, invoke, name);
    if (strcmp(invoke->name, "Invoke") != 0)
        return NOT_YET(t, "%s (a runtime method of a delegate)", name);
    uint32_t slots, depth = t->depth;
    SlotType ret;
    bool returns;
    if (!pop_call(t, invoke, true, name, &slots, &ret, &returns))
        return false;
    if (!multicast_code(t->vm, invoke, t->error))
        return !(t->failed = true);
    tail_prefix(t, depth - t->depth);
    emit1(t, VM_OP_DELEGATE_INVOKE, (VmWord)slots);
    emit_word(t, (VmWord)invoke);
    return !returns || push_slot_type(t, &ret);
}

/* An internal call's name as the registry knows it, with its parameter
 * types: "System.Object::GetType()". */
void vm_icall_name(const LdMethod *callee, char *full, size_t size) {
    char name[300];
    vm_method_name(callee, name, sizeof name);
    size_t used = (size_t)snprintf(full, size, "%s(", name);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(callee->signature, &arena);
    LdGenericContext context;
    ld_method_context(callee, &context);
    for (uint32_t i = 0; sig && i < sig->param_count && used < size; i++) {
        LdError error;
        LdMethodTable *type = ld_type_from_sig(callee->owner->klass->assembly, sig->params[i], &context, &error);
        char type_name[200] = "?";
        if (type)
            ld_type_name(type, type_name, sizeof type_name);
        used += (size_t)snprintf(full + used, size - used, "%s%s", i ? "," : "", type_name);
    }
    img_arena_free(&arena);
    if (used < size)
        snprintf(full + used, size - used, ")");
}

LdMethod *vm_find_method(LdMethodTable *type, const char *signature) {
    size_t name_length = strcspn(signature, "(");
    for (uint32_t i = 0; i < type->klass->method_count; i++) {
        LdMethod *method = &type->klass->methods[i];
        if (strlen(method->name) != name_length || strncmp(method->name, signature, name_length))
            continue;
        char full[600];
        vm_icall_name(method, full, sizeof full);
        const char *params = strstr(full, "::");
        if (params && !strcmp(params + 2, signature))
            return method;
    }
    return NULL;
}

/* The registered function of an internal call: by name with parameter
 * types (for overloads), then by name alone. NULL if there is none: the
 * call then throws MissingMethodException if it is ever reached. */
static VmIcallFunction find_icall(Transcoder *t, LdMethod *callee, const char *name) {
    char full[600];
    vm_icall_name(callee, full, sizeof full);
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < t->vm->icall_count; i++)
            if (!strcmp(t->vm->icalls[i].name, pass ? name : full))
                return t->vm->icalls[i].function;
    return NULL;
}

static bool internal_call(Transcoder *t, LdMethod *callee, const char *name, ImgOpcode opcode) {
    bool is_static = (callee->flags & 0x0010) != 0;
    if (opcode == IMG_CEE_NEWOBJ)
        return NOT_YET(t, "constructors implemented by internal calls (%s)", name);
    uint32_t slots;
    SlotType ret;
    bool returns;
    if (!pop_call(t, callee, !is_static, name, &slots, &ret, &returns))
        return false;
    VmIcallFunction function = find_icall(t, callee, name);
    if (ret.slots > 1)
        return NOT_YET(t, "internal calls returning structs (%s)", name);
    /* constrained. T callvirt Object::GetType(): the pointer is dereferenced or boxed */
    if (t->constrained && !constrain(t, callee, slots))
        return false;
    if (t->vm->log & VM_LOG_ICALL) {
        char full[600];
        vm_icall_name(callee, full, sizeof full);
        fprintf(stderr, "lucid: icall %s%s\n", full, function ? "" : " (missing)");
    }
    if (!function) {
        emit1(t, VM_OP_MISSING_ICALL, (VmWord)callee);
        return !returns || push_slot_type(t, &ret);
    }
    if (opcode == IMG_CEE_CALLVIRT && !is_static) /* callvirt checks its receiver, whatever the callee */
        emit1(t, VM_OP_CHECK_NULL_AT, (VmWord)slots);
    emit1(t, VM_OP_CALL_ICALL, (VmWord)function);
    emit_word(t, (VmWord)slots);
    emit_word(t, (VmWord)(returns ? 1 : 0));
    return !returns || push_slot_type(t, &ret);
}

/* A [DllImport] method: its stub (pinvoke.c) says how the arguments
 * cross; the call site pops them as for any call, and CALL_PINVOKE runs
 * with them still on the stack, so the frame's map keeps what native code
 * is given (arrays, delegates) reachable. */
static bool pinvoke_call(Transcoder *t, LdMethod *callee, const char *name, ImgOpcode opcode) {
    if (opcode != IMG_CEE_CALL || !(callee->flags & 0x0010))
        return NOT_YET(t, "platform invoke of instance methods or through %s (%s)", img_opcode_info[opcode].name,
                       name);
    VmError why = {0};
    VmPinvoke *stub = vm_pinvoke_stub(t->vm, callee, &why);
    if (!stub)
        return fail(t, "%s", why.message);
    if (vm_pinvoke_result_slots(stub) > VM_PINVOKE_MAX_RESULT_SLOTS)
        return NOT_YET(t, "platform invoke returning structs over %u bytes (%s)", VM_PINVOKE_MAX_RESULT_SLOTS * 8,
                       name);
    if (!class_init(t, callee->owner, false))
        return false;
    uint32_t slots;
    SlotType ret;
    bool returns;
    if (!pop_call(t, callee, false, name, &slots, &ret, &returns))
        return false;
    if (slots != vm_pinvoke_arg_slots(stub))
        return fail(t, "platform invoke of %s: %u argument slots, the stub expects %u", name, slots,
                    vm_pinvoke_arg_slots(stub));
    emit1(t, VM_OP_CALL_PINVOKE, (VmWord)stub);
    emit_word(t, (VmWord)slots);
    emit_word(t, (VmWord)vm_pinvoke_result_slots(stub));
    return !returns || push_slot_type(t, &ret);
}

/* ldtoken: a RuntimeTypeHandle, RuntimeMethodHandle or RuntimeFieldHandle,
 * each a struct around one pointer: here the loader's LdMethodTable,
 * LdMethod or LdField. */
static LdField *resolve_field(Transcoder *t, uint32_t token);
static LdMethodTable *resolve_type(Transcoder *t, uint32_t token);
static LdMethod *resolve_method(Transcoder *t, uint32_t token);

static bool load_token(Transcoder *t, uint32_t token) {
    const ImgImage *img = t->assembly->image;
    const char *handle;
    void *value;
    uint32_t table = IMG_TOKEN_TABLE(token);
    bool field = table == IMG_TABLE_FIELD;
    if (table == IMG_TABLE_MEMBERREF && img_token_valid(img, token)) {
        ImgBlob sig = img_get_blob(img, IMG_TABLE_MEMBERREF, IMG_TOKEN_RID(token), IMG_MEMBERREF_SIGNATURE);
        field = sig.size && sig.data[0] == IMG_SIG_FIELD;
    }
    if (field) {
        handle = "RuntimeFieldHandle";
        value = resolve_field(t, token);
    } else if (table == IMG_TABLE_METHODDEF || table == IMG_TABLE_MEMBERREF || table == IMG_TABLE_METHODSPEC) {
        handle = "RuntimeMethodHandle";
        value = resolve_method(t, token);
    } else {
        /* typeof(List<>) names an open type: a handle to it needs no layout. */
        handle = "RuntimeTypeHandle";
        LdError error;
        LdMethodTable *type = img_token_valid(img, token) ? ld_type_from_token(t->assembly, token, &t->context, &error) : NULL;
        value = type && (type->flags & LD_MT_OPEN) ? type : resolve_type(t, token);
    }
    if (!value)
        return false;
    LdError error;
    LdMethodTable *type = ld_corlib_type(t->vm->loader, "System", handle, &error);
    if (!type || !ld_type_load(type, &error) || type->value_size != LD_POINTER_SIZE)
        return fail(t, "corlib contract: System.%s is not one pointer", handle);
    emit1(t, VM_OP_LDPTR, (VmWord)value);
    return push_typed(t, ST_VT, type);
}

/* Whether an IL offset lies in a try block, a handler or a filter. */
static bool in_protected_code(Transcoder *t, uint32_t offset) {
    for (uint32_t i = 0; i < t->clause_count; i++) {
        const VmClause *c = &t->clauses[i];
        if (il_inside(offset, c->try_start, c->try_end) || il_inside(offset, c->handler_start, c->handler_end) ||
            (c->flags == IMG_EH_FILTER && il_inside(offset, c->filter_start, c->handler_start)))
            return true;
    }
    return false;
}

/*
 * tail. (III.2.4): the call about to be emitted may release this frame
 * first, so that tail recursion runs in constant stack. Only where ECMA
 * allows it: followed by ret, outside protected blocks and handlers;
 * elsewhere the prefix is ignored and the call is an ordinary one.
 *
 * A managed pointer into the frame being released would dangle, so at run
 * time the call falls back to an ordinary one if one of its arguments
 * points there. Only the slots that can hold such a pointer are checked,
 * and TAIL_PREFIX lists them: managed pointers, native ints (an unmanaged
 * pointer to localloc memory or a local) and a ref struct's pointer words.
 * Integers, floats and references are never pointers into a frame, even
 * when an int64 happens to hold a frame address (the tail call tests of
 * mono/tests compare such addresses to see the frame reused).
 */
static uint32_t pointer_slots(StackType type, const LdMethodTable *vt, uint32_t base, bool emitting, Transcoder *t) {
    uint32_t count = 0;
    if (type == ST_REF || type == ST_I) {
        count = 1;
        if (emitting)
            emit_word(t, (VmWord)base);
    } else if (type == ST_VT) {
        for (uint32_t k = 0; k < vt->byref_count; k++, count++)
            if (emitting)
                emit_word(t, (VmWord)(base + vt->byref_offsets[k] / sizeof(VmSlot)));
    }
    return count;
}

/* The call's arguments are `count` entries described by types and vts,
 * the first in the callee's slot 0. */
static void emit_tail_prefix(Transcoder *t, const StackType *types, LdMethodTable *const *vts, uint32_t count) {
    uint32_t checks = 0;
    for (uint32_t i = 0, slot = 0; i < count; slot += entry_slots(types[i], vts[i]), i++)
        checks += pointer_slots(types[i], vts[i], slot, false, t);
    emit1(t, VM_OP_TAIL_PREFIX, (VmWord)checks);
    for (uint32_t i = 0, slot = 0; i < count; slot += entry_slots(types[i], vts[i]), i++)
        pointer_slots(types[i], vts[i], slot, true, t);
}

/* The arguments were just popped: `entries` of them, from t->depth up. */
static void tail_prefix(Transcoder *t, uint32_t entries) {
    bool honoured = t->tail_prefix && !t->synchronized && t->next_il < t->body.code_size &&
                    t->body.code[t->next_il] == 0x2A /* ret */ && !in_protected_code(t, t->current_il);
    t->tail_prefix = false;
    if (honoured)
        emit_tail_prefix(t, &t->stack[t->depth], &t->stack_vt[t->depth], entries);
}

/* calli: a function pointer made by ldftn or ldvirtftn (an LdMethod),
 * called with arguments checked against the call site's signature. A
 * vararg call site passes its extra arguments as a vararg call does
 * (vararg_call), the function pointer on top of them. */
static bool pop_extra_arguments(Transcoder *t, const ImgMethodSig *site, uint32_t above, VmVarargs *va,
                                LdMethodTable **types, uint32_t *offsets);
static VmVarargs *new_varargs(Transcoder *t, uint32_t extra);

static bool call_indirect(Transcoder *t, uint32_t token) {
    const ImgImage *img = t->assembly->image;
    if (IMG_TOKEN_TABLE(token) != IMG_TABLE_STANDALONESIG || !img_token_valid(img, token))
        return INVALID(t, "calli with bad signature token 0x%08x", token);
    StackType function;
    if (!pop(t, &function))
        return false;
    if (function != ST_I)
        return INVALID(t, "calli through %s", stack_type_names[function]);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(img_get_blob(img, IMG_TABLE_STANDALONESIG, IMG_TOKEN_RID(token),
                                                    IMG_STANDALONESIG_SIGNATURE), &arena);
    bool ok = sig != NULL;
    if (!ok)
        INVALID(t, "malformed calli signature");
    bool vararg = ok && (sig->flags & IMG_SIG_KIND_MASK) == IMG_SIG_VARARG;
    if (ok && !vararg && (sig->flags & IMG_SIG_KIND_MASK) != IMG_SIG_DEFAULT)
        ok = NOT_YET(t, "calli with unmanaged calling conventions");
    VmVarargs *va = NULL;
    uint32_t fixed = sig ? sig->param_count : 0;
    if (ok && vararg) {
        fixed = sig->sentinel >= 0 ? (uint32_t)sig->sentinel : sig->param_count;
        va = new_varargs(t, sig->param_count - fixed);
        ok = va && pop_extra_arguments(t, sig, 1, va, va->types, va->offsets);
    }
    uint32_t above = va ? va->slots + 1 : 1; /* the extra arguments and the function pointer */
    uint32_t slots = 0;
    for (uint32_t i = fixed; ok && i-- > 0;) {
        LdError error;
        LdMethodTable *type = ld_type_from_sig(t->assembly, sig->params[i], &t->context, &error);
        SlotType want;
        StackType have;
        LdMethodTable *vt;
        ok = (type ? slot_type(t, type, &want) : fail(t, "System.TypeLoadException: %s", error.message)) &&
             pop_typed(t, &have, &vt);
        if (ok && !compatible(have, vt, &want))
            ok = INVALID(t, "calli argument %u is %s, not %s", i, stack_type_names[have], stack_type_names[want.stack]);
        if (ok)
            pass_argument(t, have, &want, above + slots + 1);
        slots += want.slots;
    }
    bool has_this = ok && (sig->flags & IMG_SIG_HASTHIS);
    if (has_this) {
        StackType receiver;
        ok = pop(t, &receiver);
        slots++;
    }
    SlotType ret = {0};
    bool returns = ok && sig->ret->kind != IMG_ELEMENT_VOID;
    if (returns) {
        LdError error;
        LdMethodTable *type = ld_type_from_sig(t->assembly, sig->ret, &t->context, &error);
        ok = type ? slot_type(t, type, &ret) : fail(t, "System.TypeLoadException: %s", error.message);
    }
    img_arena_free(&arena);
    if (!ok)
        return false;
    if (va) {
        va->fixed_slots = slots;
        t->tail_prefix = false; /* the extra arguments stay in this frame */
        reserve_slots(t, slots + va->slots + 1 + slots + 1);
        emit1(t, VM_OP_VARARG_CALLI, (VmWord)va);
        emit1(t, VM_OP_VARARG_RETURN, (VmWord)(va->fixed_slots + va->slots));
        emit_word(t, (VmWord)(returns ? ret.slots : 0));
        return !returns || push_slot_type(t, &ret);
    }
    tail_prefix(t, fixed + (has_this ? 1 : 0));
    emit1(t, VM_OP_CALLI, (VmWord)slots);
    return !returns || push_slot_type(t, &ret);
}

static bool access_of(Transcoder *t, LdMethodTable *type, VmAccess *access, StackType *stack);
static bool pop_value_for(Transcoder *t, LdMethodTable *type, const char *what);

/* Multi-dimensional arrays have no metadata methods: their constructor,
 * Get, Set and Address are the runtime's (II.14.2). */
static bool array_method(Transcoder *t, LdMethodTable *array, const char *name, ImgBlob signature, ImgOpcode opcode) {
    ImgCursor c = img_cursor(signature);
    img_read_u8(&c);
    uint32_t params = img_read_compressed(&c);
    uint32_t rank = array->rank;
    VmAccess access = VM_ACCESS_COUNT;
    StackType stack = ST_VT;
    if (!access_of(t, array->element, &access, &stack))
        return false;
    if (stack == ST_VT)
        access = VM_ACCESS_COUNT;
    bool is_ctor = !strcmp(name, ".ctor"), is_set = !strcmp(name, "Set");
    uint32_t indices = is_ctor ? params : rank;
    if (c.bad || (is_ctor && opcode != IMG_CEE_NEWOBJ) || (is_ctor && params != rank && params != 2 * rank) ||
        (!is_ctor && params != rank + (is_set ? 1 : 0)))
        return INVALID(t, "%s of a rank-%u array with %u parameters", name, rank, params);
    if (is_set && !pop_value_for(t, array->element, "an array element"))
        return false;
    if (!strcmp(name, "Address") && !t->readonly_prefix && ld_is_reference(array->element)) {
        emit1(t, VM_OP_CHECK_ELEMENT_TYPE, (VmWord)array->element); /* as ldelema's (III.4.9) */
        emit_word(t, (VmWord)(rank + 1));
    }
    for (uint32_t i = 0; i < indices; i++) {
        StackType index;
        if (!pop(t, &index))
            return false;
        if (index != ST_I4)
            return NOT_YET(t, "array bounds and indices of type %s", stack_type_names[index]);
    }
    if (is_ctor) {
        emit1(t, VM_OP_NEWARR_MD, (VmWord)array);
        emit_word(t, (VmWord)params);
        return push(t, ST_O);
    }
    StackType object;
    if (!pop(t, &object))
        return false;
    if (object != ST_O)
        return INVALID(t, "%s on %s", name, stack_type_names[object]);
    VmOp op = is_set ? VM_OP_STELEM_MD : !strcmp(name, "Get") ? VM_OP_LDELEM_MD
              : !strcmp(name, "Address") ? VM_OP_LDELEMA_MD : VM_OP_NOP;
    if (op == VM_OP_NOP)
        return INVALID(t, "arrays have no method %s", name);
    emit1(t, op, (VmWord)array);
    emit_word(t, (VmWord)access);
    if (op == VM_OP_LDELEM_MD)
        return push_typed(t, stack, stack == ST_VT ? array->element : NULL);
    return op == VM_OP_STELEM_MD || push(t, ST_REF);
}

/* An integer, char, bool or enum type's size and signedness (its
 * underlying type's, for an enum); 0 for other types. */
static uint32_t integer_size(const LdMethodTable *type, bool *is_signed) {
    if (!(type->flags & (LD_MT_PRIMITIVE | LD_MT_ENUM)))
        return 0;
    uint8_t elem = type->flags & LD_MT_ENUM ? type->element->elem : type->elem;
    *is_signed = elem == IMG_ELEMENT_I1 || elem == IMG_ELEMENT_I2 || elem == IMG_ELEMENT_I4 ||
                 elem == IMG_ELEMENT_I8 || elem == IMG_ELEMENT_I;
    switch (elem) {
    case IMG_ELEMENT_BOOLEAN: case IMG_ELEMENT_I1: case IMG_ELEMENT_U1: return 1;
    case IMG_ELEMENT_CHAR: case IMG_ELEMENT_I2: case IMG_ELEMENT_U2: return 2;
    case IMG_ELEMENT_I4: case IMG_ELEMENT_U4: return 4;
    case IMG_ELEMENT_I8: case IMG_ELEMENT_U8: case IMG_ELEMENT_I: case IMG_ELEMENT_U: return 8;
    default: return 0;
    }
}

/* Array.UnsafeMov<S, R>(S): corlib's IL boxes and unboxes, which fails
 * for an enum and an integer of another size (EnumEqualityComparer casts
 * a byte enum to int through it); mono's JIT moves the value instead, as
 * here for integers and enums: the same bits, widened as S's sign says. */
static bool unsafe_mov(Transcoder *t, LdMethod *callee, bool *handled) {
    LdMethodTable *from = callee->method_args[0], *to = callee->method_args[1];
    LdError error;
    if ((from->flags | to->flags) & LD_MT_OPEN)
        return true;
    if (!ld_type_load(from, &error) || !ld_type_load(to, &error))
        return fail(t, "System.TypeLoadException: %s", error.message);
    bool from_signed, to_signed;
    uint32_t from_size = integer_size(from, &from_signed), to_size = integer_size(to, &to_signed);
    if (!from_size || !to_size)
        return true; /* other types: the IL */
    *handled = true;
    StackType have;
    if (!pop(t, &have))
        return false;
    StackType want = to_size == 8 ? ST_I8 : ST_I4;
    if (have != (from_size == 8 ? ST_I8 : ST_I4))
        return INVALID(t, "UnsafeMov of a %s", stack_type_names[have]);
    if (have == ST_I4 && want == ST_I8)
        emit1(t, VM_OP_CONV_I4, (VmWord)(from_signed ? VM_CONV_I8 : VM_CONV_U8));
    else if (have == ST_I8 && want == ST_I4)
        emit1(t, VM_OP_CONV_I8, (VmWord)VM_CONV_I4);
    return push(t, want);
}

/*
 * Methods the runtime implements itself, whatever their IL says
 * (corlib marks them [Intrinsic] and gives them bodies that throw):
 * ByReference<T>, the managed pointer inside Span<T>, is that pointer;
 * RuntimeHelpers.IsReferenceOrContainsReferences<T>() is known here;
 * Array.UnsafeMov<S, R> moves integers (unsafe_mov).
 */
static bool intrinsic(Transcoder *t, LdMethod *callee, ImgOpcode opcode, bool *handled) {
    LdMethodTable *owner = callee->owner;
    *handled = false;
    if (ld_is_corlib_type(owner, "System", "ByReference`1")) {
        StackType have;
        if (!strcmp(callee->name, ".ctor") && opcode == IMG_CEE_NEWOBJ) {
            *handled = true;
            if (!pop(t, &have))
                return false;
            if (have != ST_REF && have != ST_I)
                return INVALID(t, "ByReference<T> made from %s", stack_type_names[have]);
            return push_typed(t, ST_VT, owner); /* the same word, now a ByReference<T> */
        }
        if (!strcmp(callee->name, "get_Value") && opcode == IMG_CEE_CALL) {
            *handled = true;
            if (!pop(t, &have))
                return false;
            if (have != ST_REF && have != ST_I)
                return INVALID(t, "ByReference<T>.Value through %s", stack_type_names[have]);
            emit1(t, VM_OP_LDFLD_I8, 0);
            return push(t, ST_REF);
        }
    }
    if (ld_is_corlib_type(owner, "System", "Array") && !strcmp(callee->name, "UnsafeMov") &&
        callee->method_arg_count == 2 && opcode == IMG_CEE_CALL)
        return unsafe_mov(t, callee, handled);
    if (ld_is_corlib_type(owner, "System.Runtime.CompilerServices", "RuntimeHelpers") &&
        !strcmp(callee->name, "IsReferenceOrContainsReferences") && callee->method_arg_count == 1) {
        LdMethodTable *type = callee->method_args[0];
        LdError error;
        if (!(type->flags & LD_MT_OPEN) && !ld_type_load(type, &error))
            return fail(t, "System.TypeLoadException: %s", error.message);
        *handled = true;
        emit1(t, VM_OP_LDC_I4, ld_is_reference(type) || (type->flags & LD_MT_CONTAINS_REFS) ? 1 : 0);
        return push(t, ST_I4);
    }
    return true;
}

/* The call site's extra arguments: after the sentinel of its signature
 * (NULL: a MethodDef token, which passes none), with `above` slots (a
 * calli's function pointer) on top of them. Pops and checks them, and
 * fills in where each lies. */
static bool pop_extra_arguments(Transcoder *t, const ImgMethodSig *site, uint32_t above, VmVarargs *va,
                                LdMethodTable **types, uint32_t *offsets) {
    if (!site)
        return true;
    bool ok = true;
    uint32_t first = site->sentinel >= 0 ? (uint32_t)site->sentinel : site->param_count;
    uint32_t depth = 0; /* slots above the one being popped */
    for (uint32_t i = site ? site->param_count : 0; ok && i-- > first;) {
        LdError error;
        LdMethodTable *type = ld_type_from_sig(t->assembly, site->params[i], &t->context, &error);
        SlotType want;
        StackType have;
        LdMethodTable *vt;
        ok = (type ? slot_type(t, type, &want) : fail(t, "System.TypeLoadException: %s", error.message)) &&
             pop_typed(t, &have, &vt);
        if (ok && !compatible(have, vt, &want))
            ok = INVALID(t, "vararg argument %u is %s, not %s", i, stack_type_names[have], stack_type_names[want.stack]);
        if (!ok)
            break;
        /* In memory as declared: a native int widened, a float32 as float32. */
        pass_argument(t, have, &want, above + depth + 1);
        depth += want.slots;
        types[i - first] = type;
        offsets[i - first] = depth; /* its first slot's distance below the top, for now */
    }
    if (ok) {
        va->count = site->param_count - first;
        va->slots = depth;
        for (uint32_t i = 0; i < va->count; i++) /* now from the first extra argument's slot */
            offsets[i] = depth - offsets[i];
    }
    return ok;
}

/* A new call site description, owned by the code being made, with room
 * for `extra` arguments. */
static VmVarargs *new_varargs(Transcoder *t, uint32_t extra) {
    VmVarargs *va = calloc(1, sizeof *va + extra * (sizeof *va->types + sizeof *va->offsets) + 1);
    if (!va) {
        fail(t, "out of memory");
        return NULL;
    }
    va->types = (LdMethodTable **)(va + 1);
    va->offsets = (uint32_t *)(va->types + extra);
    va->next = t->varargs;
    t->varargs = va;
    return va;
}

/*
 * A call to a vararg method (II.15.4.1.3, III.3.19): the fixed arguments
 * are checked against the method, the extra ones against the call site's
 * signature. VARARG_CALL copies the fixed arguments above the extra ones
 * and adds the cookie, so the extra arguments lie right below the callee's
 * frame, still part of the caller's stack (and of its GC map); after the
 * call, VARARG_RETURN moves the result down over them all.
 *
 * newobj of a vararg constructor is VARARG_NEWOBJ: it first makes room
 * below the arguments for what newobj leaves (the object, or the value
 * being constructed) and the receiver, as NEWOBJ and NEWOBJ_VT do; the
 * receiver then counts among the fixed arguments, and VARARG_RETURN drops
 * everything above the made object or value.
 */
static bool vararg_call(Transcoder *t, uint32_t token, LdMethod *callee, ImgOpcode opcode, const char *name) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(callee->signature, &arena);
    ImgMethodSig *site = NULL;
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_MEMBERREF) {
        site = img_sig_method(img_get_blob(t->assembly->image, IMG_TABLE_MEMBERREF, IMG_TOKEN_RID(token),
                                           IMG_MEMBERREF_SIGNATURE), &arena);
        if (!site)
            img_arena_free(&arena);
        if (!site)
            return INVALID(t, "malformed vararg call site signature");
    }
    uint32_t site_params = site ? site->param_count : 0;
    uint32_t extra = sig && site_params > sig->param_count ? site_params - sig->param_count : 0;
    VmVarargs *va = new_varargs(t, extra);
    bool is_static = (callee->flags & 0x0010) != 0, is_newobj = opcode == IMG_CEE_NEWOBJ;
    bool ok = va && (sig != NULL || INVALID(t, "malformed signature of %s", name));
    ok = ok && pop_extra_arguments(t, site, 0, va, va->types, va->offsets);
    ok = ok && (va->count == extra || INVALID(t, "vararg call site of %s does not extend its signature", name));
    ok = ok && pop_arguments(t, callee, sig, !is_static && !is_newobj, va->slots, name, &va->fixed_slots);
    SlotType ret = {0};
    bool returns = ok && sig->ret->kind != IMG_ELEMENT_VOID;
    ok = ok && callee_return_type(t, callee, sig, &ret);
    uint32_t all_params = ok ? sig->param_count + va->count : 0;
    img_arena_free(&arena);
    if (!ok || (is_static && !class_init(t, callee->owner, false)))
        return false;
    if (!is_newobj) {
        reserve_slots(t, va->fixed_slots + va->slots + va->fixed_slots + 1);
        emit1(t, VM_OP_VARARG_CALL, (VmWord)callee);
        emit_word(t, (VmWord)va);
        emit_word(t, (VmWord)(opcode == IMG_CEE_CALLVIRT && callee->slot != LD_SLOT_NONE));
        emit1(t, VM_OP_VARARG_RETURN, (VmWord)(va->fixed_slots + va->slots));
        emit_word(t, (VmWord)(returns ? ret.slots : 0));
        return !returns || push_slot_type(t, &ret);
    }
    LdMethodTable *owner = callee->owner;
    bool value = owner->kind == LD_KIND_VALUETYPE;
    uint32_t made = value ? vm_slots_for(owner->value_size) : 1;
    va->fixed_slots++; /* the receiver */
    reserve_slots(t, made + va->fixed_slots + va->slots + va->fixed_slots + 1);
    record_newobj_map(t, owner, all_params);
    emit1(t, VM_OP_VARARG_NEWOBJ, (VmWord)owner);
    emit_word(t, (VmWord)callee);
    emit_word(t, (VmWord)va);
    emit_word(t, (VmWord)(value ? made : 0));
    emit1(t, VM_OP_VARARG_RETURN, (VmWord)(va->fixed_slots + va->slots));
    emit_word(t, 0);
    SlotType result; /* a primitive (IntPtr(int), ...) is its stack type, not a struct */
    if (!value)
        return push(t, ST_O);
    return slot_type(t, owner, &result) && push_slot_type(t, &result);
}

/*
 * newobj of a String constructor: mono's corlib implements each as an
 * instance method CreateString with the same parameters, whose `this` is
 * unused and which returns the new string. The call gets a null `this`
 * slid under its arguments.
 */
static bool string_constructor(Transcoder *t, LdMethod *constructor, const char *name) {
    char full[600], wanted[620];
    vm_icall_name(constructor, full, sizeof full);
    snprintf(wanted, sizeof wanted, "CreateString%s", strchr(full, '('));
    LdMethod *create = vm_find_method(constructor->owner, wanted);
    if (!create)
        return fail(t, "corlib contract: System.String has no %s", wanted);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(constructor->signature, &arena);
    uint32_t count = sig ? sig->param_count : 0;
    bool ok = sig && count <= t->depth;
    StackType saved[16];
    LdMethodTable *saved_vt[16];
    if (ok && count <= 16) {
        memcpy(saved, t->stack + t->depth - count, count * sizeof *saved);
        memcpy(saved_vt, t->stack_vt + t->depth - count, count * sizeof *saved_vt);
    }
    uint32_t arg_slots = 0;
    ok = ok && count <= 16 && pop_arguments(t, constructor, sig, false, 0, name, &arg_slots);
    img_arena_free(&arena);
    if (!ok)
        return t->failed ? false : INVALID(t, "bad arguments for %s", name);
    /* The null `this` is one slot more than .maxstack promised: it lives
     * only inside this instruction, so it is reserved, not pushed. */
    reserve_slots(t, arg_slots + 1);
    emit1(t, VM_OP_INSERT_NULL, (VmWord)arg_slots);
    uint32_t depth = t->depth + 1 + count;
    StackType *types = malloc(depth * sizeof *types);
    LdMethodTable **vts = malloc(depth * sizeof *vts);
    if (!types || !vts) {
        free(types);
        free(vts);
        return fail(t, "out of memory");
    }
    memcpy(types, t->stack, t->depth * sizeof *types);
    memcpy(vts, t->stack_vt, t->depth * sizeof *vts);
    types[t->depth] = ST_O;
    vts[t->depth] = NULL;
    memcpy(types + t->depth + 1, saved, count * sizeof *types);
    memcpy(vts + t->depth + 1, saved_vt, count * sizeof *vts);
    record_stack_map(t, types, vts, depth);
    free(types);
    free(vts);
    emit1(t, VM_OP_CALL, (VmWord)create);
    return push(t, ST_O);
}

/* call, callvirt and newobj. */
static bool call(Transcoder *t, uint32_t token, ImgOpcode opcode) {
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_MEMBERREF && img_token_valid(t->assembly->image, token)) {
        const ImgImage *img = t->assembly->image;
        uint32_t rid = IMG_TOKEN_RID(token);
        uint32_t parent = img_get_token(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_CLASS);
        if (IMG_TOKEN_TABLE(parent) == IMG_TABLE_TYPESPEC) {
            LdError error;
            LdMethodTable *owner = ld_type_from_token(t->assembly, parent, &t->context, &error);
            if (!owner)
                return fail(t, "System.TypeLoadException: %s", error.message);
            if (owner->kind == LD_KIND_ARRAY) {
                t->callee = NULL;
                if (!ld_type_load(owner, &error))
                    return fail(t, "System.TypeLoadException: %s", error.message);
                return array_method(t, owner, img_get_string(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_NAME),
                                    img_get_blob(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_SIGNATURE), opcode);
            }
        }
    }
    LdMethod *callee = resolve_method(t, token);
    t->callee = callee;
    if (!callee)
        return false;
    bool handled;
    if (!intrinsic(t, callee, opcode, &handled) || handled)
        return !t->failed;
    char name[300];
    vm_method_name(callee, name, sizeof name);
    LdMethodTable *owner = callee->owner;
    bool is_static = (callee->flags & 0x0010) != 0;
    if (t->constrained && opcode != IMG_CEE_CALLVIRT)
        return INVALID(t, "constrained. must prefix callvirt");
    if ((owner->flags & LD_MT_DELEGATE) && opcode != IMG_CEE_NEWOBJ && (callee->impl_flags & 0x3) == 0x3)
        return delegate_invoke(t, callee, name);
    if ((owner->flags & LD_MT_DELEGATE) && opcode == IMG_CEE_NEWOBJ)
        return delegate_create(t, owner);
    if (opcode == IMG_CEE_NEWOBJ && (owner->flags & LD_MT_STRING) && !strcmp(callee->name, ".ctor"))
        return string_constructor(t, callee, name);
    if (callee->impl_flags & 0x1000)
        return internal_call(t, callee, name, opcode);
    /* A platform invoke Lucid answers itself (corlib's Interop+Sys, the
     * System.Native shim mono ships as libmono-native) runs as an internal
     * call: its C function does the marshalling. Any other goes to C
     * through pinvoke.c. */
    if ((callee->flags & 0x2000) && find_icall(t, callee, name))
        return internal_call(t, callee, name, opcode);
    if (callee->flags & 0x2000)
        return pinvoke_call(t, callee, name, opcode);
    if ((callee->impl_flags & 0x3) != 0)
        return NOT_YET(t, "native methods (%s)", name);
    if (opcode != IMG_CEE_CALL && is_static)
        return INVALID(t, "%s of static method %s", img_opcode_info[opcode].name, name);
    if (opcode == IMG_CEE_NEWOBJ) {
        if (strcmp(callee->name, ".ctor") != 0)
            return INVALID(t, "newobj of %s, which is not a constructor", name);
        if (owner->flags & (LD_MT_ABSTRACT))
            return fail(t, "System.InstantiationException: %s is abstract", owner->klass->name);
        if (owner->flags & (LD_MT_STRING | LD_MT_DELEGATE) || owner->kind == LD_KIND_SZARRAY ||
            owner->kind == LD_KIND_ARRAY)
            return NOT_YET(t, "creating strings, delegates and arrays through newobj (%s)", name);
    }
    /* A constructor called as a base constructor (call, not newobj) is a
     * first use too (II.10.5.3.1). */
    bool constructor = opcode == IMG_CEE_NEWOBJ || !strcmp(callee->name, ".ctor");
    if ((is_static || constructor) && !class_init(t, owner, false))
        return false;
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(callee->signature, &arena);
    bool ok = sig != NULL;
    if (!ok)
        INVALID(t, "malformed signature of %s", name);
    if (ok && (sig->flags & IMG_SIG_KIND_MASK) == IMG_SIG_VARARG) {
        img_arena_free(&arena);
        return vararg_call(t, token, callee, opcode, name);
    }
    if (ok && sig->generic_param_count != callee->method_arg_count)
        ok = INVALID(t, "call to generic method %s without its type arguments", name);
    uint32_t arg_slots = 0;
    ok = ok && pop_arguments(t, callee, sig, !is_static && opcode != IMG_CEE_NEWOBJ, 0, name, &arg_slots);
    SlotType ret = {0};
    bool returns = ok && sig->ret->kind != IMG_ELEMENT_VOID;
    ok = ok && callee_return_type(t, callee, sig, &ret);
    uint32_t sig_param_count = ok ? sig->param_count : 0;
    img_arena_free(&arena);
    if (!ok)
        return false;
    if (opcode == IMG_CEE_NEWOBJ) {
        record_newobj_map(t, owner, sig_param_count);
        if (owner->kind == LD_KIND_VALUETYPE) {
            emit1(t, VM_OP_NEWOBJ_VT, (VmWord)callee);
            emit_word(t, (VmWord)vm_slots_for(owner->value_size));
            emit_word(t, (VmWord)arg_slots);
            SlotType made; /* a primitive (IntPtr(int), ...) is its stack type, not a struct */
            return slot_type(t, owner, &made) && push_slot_type(t, &made);
        }
        emit(t, VM_OP_NEWOBJ);
        emit_word(t, (VmWord)owner);
        emit_word(t, (VmWord)callee);
        emit_word(t, (VmWord)arg_slots);
        return push(t, ST_O);
    }
    if (t->constrained && !(callee = constrain(t, callee, arg_slots)))
        return false;
    tail_prefix(t, sig_param_count + (is_static ? 0 : 1));
    if (opcode == IMG_CEE_CALLVIRT && callee->owner->kind != LD_KIND_VALUETYPE) {
        /* callvirt on a non-virtual method still checks the receiver for null. */
        emit1(t, VM_OP_CALLVIRT, (VmWord)callee);
        emit_word(t, (VmWord)arg_slots);
    } else {
        emit1(t, VM_OP_CALL, (VmWord)callee);
    }
    return !returns || push_slot_type(t, &ret);
}

/* ------------------------------------------------------------------ */
/* Fields, strings, arrays                                            */
/* ------------------------------------------------------------------ */

/* The flavour of access for a location of this type, and what a load
 * pushes. */
static bool access_of(Transcoder *t, LdMethodTable *type, VmAccess *access, StackType *stack) {
    SlotType slot;
    if (!slot_type(t, type, &slot))
        return false;
    *stack = slot.stack;
    switch (type->elem) {
    case IMG_ELEMENT_I1: *access = VM_ACCESS_I1; break;
    case IMG_ELEMENT_BOOLEAN:
    case IMG_ELEMENT_U1: *access = VM_ACCESS_U1; break;
    case IMG_ELEMENT_I2: *access = VM_ACCESS_I2; break;
    case IMG_ELEMENT_CHAR:
    case IMG_ELEMENT_U2: *access = VM_ACCESS_U2; break;
    case IMG_ELEMENT_I4:
    case IMG_ELEMENT_U4: *access = VM_ACCESS_I4; break;
    case IMG_ELEMENT_R4: *access = VM_ACCESS_R4; break;
    case IMG_ELEMENT_R8: *access = VM_ACCESS_R8; break;
    default: *access = slot.stack == ST_O ? VM_ACCESS_REF : VM_ACCESS_I8; break;
    }
    return true;
}

static bool unique_field_name(const LdMethodTable *type, const char *name) {
    uint32_t count = 0;
    for (uint32_t i = 0; i < type->klass->field_count; i++)
        count += !strcmp(type->klass->fields[i].name, name);
    return count <= 1;
}

/* Whether a field's declared type is the one a MemberRef's signature
 * names, both read as declared (in the definition's context, where !0 is
 * still the parameter). */
static bool field_has_declared_type(Transcoder *t, const LdMethodTable *type, const LdField *field, ImgBlob wanted) {
    LdGenericContext context;
    ld_context_of(type->klass->definition ? type->klass->definition : type, &context);
    LdAssembly *assembly = type->klass->assembly;
    ImgArena arena;
    img_arena_init(&arena);
    ImgType *want = img_sig_field(wanted, &arena);
    ImgType *have = img_sig_field(img_get_blob(assembly->image, IMG_TABLE_FIELD, field->rid, IMG_FIELD_SIGNATURE), &arena);
    LdError error;
    LdMethodTable *a = want ? ld_type_from_sig(t->assembly, want, &context, &error) : NULL;
    LdMethodTable *b = have ? ld_type_from_sig(assembly, have, &context, &error) : NULL;
    img_arena_free(&arena);
    return a && a == b;
}

static LdField *resolve_field(Transcoder *t, uint32_t token) {
    LdError error;
    const ImgImage *img = t->assembly->image;
    if (!img_token_valid(img, token)) {
        INVALID(t, "bad field token 0x%08x", token);
        return NULL;
    }
    LdMethodTable *owner = NULL;
    const char *name;
    uint32_t rid = IMG_TOKEN_RID(token);
    if (IMG_TOKEN_TABLE(token) == IMG_TABLE_FIELD) {
        uint32_t owner_rid = img_list_owner(img, IMG_TABLE_TYPEDEF, IMG_TYPEDEF_FIELDLIST, rid);
        owner = owner_rid ? ld_type_from_typedef(t->assembly, owner_rid, &error) : NULL;
        owner = owner ? instantiated_owner(t, owner) : NULL;
        name = img_get_string(img, IMG_TABLE_FIELD, rid, IMG_FIELD_NAME);
    } else if (IMG_TOKEN_TABLE(token) == IMG_TABLE_MEMBERREF) {
        owner = ld_type_from_token(t->assembly, img_get_token(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_CLASS),
                                   &t->context, &error);
        name = img_get_string(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_NAME);
    } else {
        INVALID(t, "token 0x%08x is not a field", token);
        return NULL;
    }
    if (owner && (owner->flags & LD_MT_GENERIC_DEFINITION)) {
        INVALID(t, "field token into an uninstantiated generic type");
        return NULL;
    }
    if (!owner || !ld_type_load(owner, &error)) {
        fail(t, "System.TypeLoadException: %s", owner ? error.message : "field without a type");
        return NULL;
    }
    /* Fields are found by name up the hierarchy; C# never overloads them,
     * but IL may (two fields a, of !T and int32): then the MemberRef's
     * type picks one. */
    for (LdMethodTable *type = owner; type; type = type->parent)
        for (uint32_t i = 0; i < type->klass->field_count; i++)
            if (!strcmp(type->klass->fields[i].name, name) &&
                (IMG_TOKEN_TABLE(token) != IMG_TABLE_FIELD || type->klass->fields[i].rid == rid) &&
                (IMG_TOKEN_TABLE(token) != IMG_TABLE_FIELD && type == owner && !unique_field_name(type, name)
                     ? field_has_declared_type(t, type, &type->klass->fields[i], img_get_blob(img, IMG_TABLE_MEMBERREF, rid, IMG_MEMBERREF_SIGNATURE))
                     : true))
                return &type->klass->fields[i];
    fail(t, "System.MissingFieldException: %s::%s", owner->klass->name, name);
    return NULL;
}

/* Loads or stores at (pointer on the stack) + offset, for a location of
 * the given type; the value is on top for a store. */
static bool emit_memory(Transcoder *t, LdMethodTable *type, uint32_t offset, bool store) {
    VmAccess access;
    StackType stack;
    if (!access_of(t, type, &access, &stack))
        return false;
    if (stack == ST_VT) {
        emit1(t, store ? VM_OP_STFLD_VT : VM_OP_LDFLD_VT, (VmWord)offset);
        emit_word(t, (VmWord)type->value_size);
    } else {
        emit1(t, (VmOp)((store ? VM_OP_STFLD_I1 : VM_OP_LDFLD_I1) + access), (VmWord)offset);
    }
    return store || push_typed(t, stack, stack == ST_VT ? type : NULL);
}

/* Pops a value for a store into a location of this type and checks it. */
static bool pop_value_for(Transcoder *t, LdMethodTable *type, const char *what) {
    SlotType want;
    StackType have;
    LdMethodTable *vt;
    if (!slot_type(t, type, &want) || !pop_typed(t, &have, &vt))
        return false;
    if (!compatible(have, vt, &want))
        return INVALID(t, "storing %s into %s of stack type %s", stack_type_names[have], what,
                       stack_type_names[want.stack]);
    if (have == ST_I4 && want.stack == ST_I)
        emit(t, VM_OP_WIDEN_I4_TOP);
    return true;
}

static void *static_address(Transcoder *t, LdField *field) {
    VmClass *state = vm_class(t->vm, field->owner, t->error);
    if (!state) {
        t->failed = true;
        return NULL;
    }
    return field->static_kind == LD_STATIC_REF ? (void *)&state->statics_refs[field->offset]
                                               : (void *)(state->statics_plain + field->offset);
}

static bool static_field_ready(Transcoder *t, LdField *field) {
    if (!vm_class(t->vm, field->owner, t->error)) /* lays the statics out */
        return !(t->failed = true);
    if (field->static_kind == LD_STATIC_NONE)
        return INVALID(t, "static field %s has no storage", field->name);
    return class_init(t, field->owner, true);
}

/* A thread static, or a struct kept boxed in a reference slot, has no
 * address fixed at transcode time. */
static bool static_is_indirect(const LdField *field) {
    return field->static_kind == LD_STATIC_THREAD_PLAIN || field->static_kind == LD_STATIC_THREAD_REF ||
           (field->static_kind == LD_STATIC_REF && field->type->kind == LD_KIND_VALUETYPE);
}

/* Such a static's address, computed when the code runs and slipped below
 * the top `depth` slots (the value a store is about to write). */
static void static_indirect_address(Transcoder *t, LdField *field, uint32_t depth) {
    reserve_slots(t, depth + 1);
    emit1(t, VM_OP_STATIC_ADDRESS, (VmWord)field->owner->klass->engine);
    emit_word(t, (VmWord)field);
    emit_word(t, (VmWord)depth);
}

static bool static_access(Transcoder *t, LdField *field, bool store) {
    VmAccess access;
    StackType stack;
    void *address;
    if (!static_field_ready(t, field) || !access_of(t, field->type, &access, &stack))
        return false;
    if (static_is_indirect(field)) {
        static_indirect_address(t, field, store ? entry_slots(stack, field->type) : 0);
        return emit_memory(t, field->type, 0, store);
    }
    if (!(address = static_address(t, field)))
        return false;
    if (stack == ST_VT) {
        if (store) {
            emit1(t, VM_OP_STSFLD_VT, (VmWord)address);
            emit_word(t, (VmWord)field->type->value_size);
            return true;
        }
        emit1(t, VM_OP_LDPTR, (VmWord)address);
        return emit_memory(t, field->type, 0, false);
    }
    emit1(t, (VmOp)((store ? VM_OP_STSFLD_I1 : VM_OP_LDSFLD_I1) + access), (VmWord)address);
    return store || push_typed(t, stack, NULL);
}

static bool field_access(Transcoder *t, uint32_t token, ImgOpcode opcode) {
    LdField *field = resolve_field(t, token);
    if (!field)
        return false;
    bool is_static = (field->flags & LD_FIELD_STATIC) != 0;
    bool wants_static = opcode == IMG_CEE_LDSFLD || opcode == IMG_CEE_STSFLD;
    if (is_static != wants_static)
        return INVALID(t, "%s on %s field %s", img_opcode_info[opcode].name, is_static ? "static" : "instance",
                       field->name);
    if (field->flags & LD_FIELD_LITERAL)
        return INVALID(t, "%s of literal field %s", img_opcode_info[opcode].name, field->name);
    bool store = opcode == IMG_CEE_STFLD || opcode == IMG_CEE_STSFLD;
    if (store && !pop_value_for(t, field->type, field->name))
        return false;
    if (is_static)
        return static_access(t, field, store);
    StackType base;
    LdMethodTable *base_vt;
    if (!pop_typed(t, &base, &base_vt))
        return false;
    switch (base) {
    case ST_O:
        if (field->owner->kind == LD_KIND_VALUETYPE)
            return INVALID(t, "field %s of a value type through an object reference", field->name);
        return emit_memory(t, field->type, LD_OBJECT_HEADER_SIZE + field->offset, store);
    case ST_REF:
    case ST_I:
        return emit_memory(t, field->type, field->offset, store);
    case ST_VT: {
        if (store)
            return INVALID(t, "stfld into a value on the stack");
        VmAccess access;
        StackType stack;
        if (!access_of(t, field->type, &access, &stack))
            return false;
        emit1(t, VM_OP_LDFLD_VALUE, (VmWord)vm_slots_for(base_vt->value_size));
        emit_word(t, (VmWord)field->offset);
        emit_word(t, (VmWord)(stack == ST_VT ? VM_ACCESS_COUNT : access));
        emit_word(t, (VmWord)field->type->value_size);
        return push_typed(t, stack, stack == ST_VT ? field->type : NULL);
    }
    default:
        return INVALID(t, "%s on %s", img_opcode_info[opcode].name, stack_type_names[base]);
    }
}

static bool field_address(Transcoder *t, uint32_t token, bool is_static) {
    LdField *field = resolve_field(t, token);
    if (!field)
        return false;
    if (((field->flags & LD_FIELD_STATIC) != 0) != is_static || (field->flags & LD_FIELD_LITERAL))
        return INVALID(t, "field address of %s", field->name);
    if (is_static) {
        void *address = NULL;
        if (!static_field_ready(t, field))
            return false;
        if (static_is_indirect(field))
            static_indirect_address(t, field, 0);
        else if ((address = static_address(t, field)))
            emit1(t, VM_OP_LDPTR, (VmWord)address);
        return !t->failed && push(t, ST_REF);
    }
    StackType base;
    if (!pop(t, &base))
        return false;
    if (base != ST_O && base != ST_REF && base != ST_I)
        return INVALID(t, "ldflda on %s", stack_type_names[base]);
    if (base == ST_I) {
        /* An unmanaged pointer is only arithmetic: &p->f of a null p is f's
         * offset, as mono computes it (an access through it faults later). */
        if (field->offset) {
            emit1(t, VM_OP_LDC_I8, (VmWord)field->offset);
            emit(t, VM_OP_ADD_I8);
            reserve_slots(t, 2); /* the pointer (popped) and the offset */
        }
        return push(t, ST_I);
    }
    emit1(t, VM_OP_LDFLDA, (VmWord)((base == ST_O ? LD_OBJECT_HEADER_SIZE : 0) + field->offset));
    return push(t, ST_REF);
}

/* ldind.* and stind.*: a pointer (managed or native) and, for a store, the value. */
static bool indirect(Transcoder *t, VmAccess access, StackType stack, bool store) {
    StackType value = stack, pointer;
    if (store && !pop(t, &value))
        return false;
    if (!pop(t, &pointer))
        return false;
    if (pointer != ST_REF && pointer != ST_I)
        return INVALID(t, "indirection through %s", stack_type_names[pointer]);
    if (store && !interchangeable(value, stack))
        return INVALID(t, "storing %s through a pointer to %s", stack_type_names[value], stack_type_names[stack]);
    if (store && value == ST_I4 && stack == ST_I)
        emit(t, VM_OP_WIDEN_I4_TOP);
    emit1(t, (VmOp)((store ? VM_OP_STFLD_I1 : VM_OP_LDFLD_I1) + access), 0);
    return store || push(t, stack);
}

static LdMethodTable *resolve_type(Transcoder *t, uint32_t token);

/* ldobj and stobj: a value of any type through a pointer. */
static bool object_access(Transcoder *t, uint32_t token, bool store) {
    LdMethodTable *type = resolve_type(t, token);
    if (!type || (store && !pop_value_for(t, type, "an object")))
        return false;
    StackType pointer;
    if (!pop(t, &pointer))
        return false;
    if (pointer != ST_REF && pointer != ST_I)
        return INVALID(t, "%s through %s", store ? "stobj" : "ldobj", stack_type_names[pointer]);
    return emit_memory(t, type, 0, store);
}

static bool init_object(Transcoder *t, uint32_t token) {
    LdMethodTable *type = resolve_type(t, token);
    StackType pointer;
    if (!type || !pop(t, &pointer))
        return false;
    if (pointer != ST_REF && pointer != ST_I)
        return INVALID(t, "initobj through %s", stack_type_names[pointer]);
    emit1(t, VM_OP_INITOBJ, (VmWord)type->value_size);
    return true;
}

/* Nullable<T> boxes as null or as a boxed T, and unboxes from either
 * (III.4.1, III.4.33): the operations need its two fields' offsets.
 * BOX_NULLABLE_AT also takes the depth of the pointer it boxes through. */
static bool nullable_op(Transcoder *t, LdMethodTable *type, VmOp op, uint32_t depth) {
    const LdField *value = NULL, *has_value = NULL;
    for (uint32_t i = 0; i < type->klass->field_count; i++) {
        const LdField *f = &type->klass->fields[i];
        if (!strcmp(f->name, "value"))
            value = f;
        else if (!strcmp(f->name, "hasValue"))
            has_value = f;
    }
    if (!value || !has_value)
        return fail(t, "corlib contract: Nullable`1 lacks value or hasValue");
    if (!ld_type_load(type->element, &(LdError){{0}}))
        return fail(t, "System.TypeLoadException: %s", type->element->klass->name);
    if (op == VM_OP_BOX_NULLABLE_AT) {
        emit1(t, op, (VmWord)depth);
        emit_word(t, (VmWord)type);
    } else {
        emit1(t, op, (VmWord)type);
    }
    emit_word(t, (VmWord)value->offset);
    emit_word(t, (VmWord)has_value->offset);
    return true;
}

/* box: a value type's value becomes an object; a reference stays itself. */
/* Generic code tests a T against null with `box T; brtrue` (C#'s
 * `x != null`): for a value type the box is never null and never used
 * again, so it is not made - the value is dropped and the branch tests a
 * constant (what CoreCLR's importer does too). Not when the branch is a
 * branch target itself: other paths reach it with their own operand. */
static bool box_only_tested(Transcoder *t) {
    if (t->next_il >= t->body.code_size || t->is_target[t->next_il])
        return false;
    ImgInstr next;
    img_il_decode(t->body.code, t->body.code_size, t->next_il, &next);
    return next.opcode == IMG_CEE_BRTRUE || next.opcode == IMG_CEE_BRTRUE_S || next.opcode == IMG_CEE_BRFALSE ||
           next.opcode == IMG_CEE_BRFALSE_S;
}

/* The words of a value of `type` that was just popped off the stack. */
static bool drop_value(Transcoder *t, LdMethodTable *type) {
    SlotType slot;
    if (!slot_type(t, type, &slot))
        return false;
    if (slot.stack == ST_VT)
        emit1(t, VM_OP_POPN, (VmWord)entry_slots(ST_VT, type));
    else
        emit(t, VM_OP_POP);
    return true;
}

static bool box(Transcoder *t, uint32_t token) {
    LdMethodTable *type = resolve_type(t, token);
    if (!type || !pop_value_for(t, type, "a box"))
        return false;
    if (ld_is_reference(type))
        return push(t, ST_O);
    if (type->flags & LD_MT_NULLABLE)
        return nullable_op(t, type, VM_OP_BOX_NULLABLE, 0) && push(t, ST_O);
    if (type->kind != LD_KIND_VALUETYPE)
        return NOT_YET(t, "boxing %s", type->klass->name);
    if (box_only_tested(t)) {
        if (!drop_value(t, type))
            return false;
        emit1(t, VM_OP_LDC_I8, 1);
        return push(t, ST_I8);
    }
    emit1(t, VM_OP_BOX, (VmWord)type);
    return push(t, ST_O);
}

/* unbox gives a pointer into the box; unbox.any the value (or, for a
 * reference type, acts as castclass). */
static bool unbox(Transcoder *t, uint32_t token, bool any) {
    LdMethodTable *type = resolve_type(t, token);
    return type && unbox_to(t, type, any);
}

static bool unbox_to(Transcoder *t, LdMethodTable *type, bool any) {
    StackType object;
    if (!pop(t, &object))
        return false;
    if (object != ST_O)
        return INVALID(t, "unbox of %s", stack_type_names[object]);
    if (any && ld_is_reference(type)) {
        emit1(t, VM_OP_CASTCLASS, (VmWord)type);
        return push(t, ST_O);
    }
    if ((type->flags & LD_MT_NULLABLE) && !any) /* a pointer to a new Nullable<T> made from the box */
        return nullable_op(t, type, VM_OP_UNBOX_NULLABLE_PTR, 0) && push(t, ST_REF);
    if (type->flags & LD_MT_NULLABLE)
        return nullable_op(t, type, VM_OP_UNBOX_NULLABLE, 0) && push_typed(t, ST_VT, type);
    if (type->kind != LD_KIND_VALUETYPE)
        return INVALID(t, "unbox to %s", type->klass->name);
    emit1(t, VM_OP_UNBOX, (VmWord)type);
    if (!any)
        return push(t, ST_REF);
    return emit_memory(t, type, 0, false);
}

static bool load_string(Transcoder *t, uint32_t token) {
    const uint8_t *chars;
    uint32_t length;
    if (IMG_TOKEN_TABLE(token) != IMG_TOKEN_STRING ||
        !img_user_string(t->assembly->image, IMG_TOKEN_RID(token), &chars, &length))
        return INVALID(t, "bad string token 0x%08x", token);
    GcObject *string = vm_intern(t->vm, chars, length, t->error);
    if (!string) {
        t->failed = true;
        return false;
    }
    emit1(t, VM_OP_LDSTR, (VmWord)string);
    return push(t, ST_O);
}

static LdMethodTable *resolve_type(Transcoder *t, uint32_t token) {
    LdError error;
    if (!img_token_valid(t->assembly->image, token)) {
        INVALID(t, "bad type token 0x%08x", token);
        return NULL;
    }
    LdMethodTable *type = ld_type_from_token(t->assembly, token, &t->context, &error);
    if (!type || !ld_type_load(type, &error)) {
        fail(t, "System.TypeLoadException: %s", error.message);
        return NULL;
    }
    return type;
}

/* An array index is int32 or native int; a native int is checked into
 * int32 range, since arrays hold fewer than 2^31 elements here. An int64
 * is a native int on this 64-bit runtime, as mono and CoreCLR take it
 * (their own IL tests index arrays with ldc.i8). */
/* The index of an array access, popped; `above` slots (a value to store)
 * lie above it on the stack. */
static bool pop_index(Transcoder *t, uint32_t above) {
    StackType index;
    if (!pop(t, &index))
        return false;
    if (index == ST_I || index == ST_I8)
        emit1(t, VM_OP_WIDEN_INDEX, (VmWord)(above + 1));
    else if (index != ST_I4)
        return INVALID(t, "array index of type %s", stack_type_names[index]);
    return true;
}

static bool new_array(Transcoder *t, uint32_t token) {
    LdMethodTable *element = resolve_type(t, token);
    LdError error;
    LdMethodTable *array = element ? ld_szarray_of(element, &error) : NULL;
    if (element && (!array || !ld_type_load(array, &error)))
        return fail(t, "System.TypeLoadException: %s", error.message);
    if (!array)
        return false;
    if (!pop_index(t, 0))
        return false;
    emit1(t, VM_OP_NEWARR, (VmWord)array);
    return push(t, ST_O);
}

/* ldelem.* and stelem.*; element is NULL for the .ref forms. */
static bool element_access(Transcoder *t, VmAccess access, StackType stack, bool store) {
    StackType value = ST_I4, array;
    if (store && !pop(t, &value))
        return false;
    if (!pop_index(t, store ? 1 : 0) || !pop(t, &array))
        return false;
    if (array != ST_O)
        return INVALID(t, "array operand of type %s", stack_type_names[array]);
    if (store && !interchangeable(value, stack))
        return INVALID(t, "storing %s into an array element of stack type %s", stack_type_names[value],
                       stack_type_names[stack]);
    if (store && value == ST_I4 && stack == ST_I)
        emit(t, VM_OP_WIDEN_I4_TOP);
    emit(t, (VmOp)((store ? VM_OP_STELEM_I1 : VM_OP_LDELEM_I1) + access));
    return store || push(t, stack);
}

/* ldelema: bounds-checked pointer to an element; ldelem/stelem <T> of a
 * struct go through it. */
static bool element_address(Transcoder *t, uint32_t size) {
    StackType array;
    if (!pop_index(t, 0) || !pop(t, &array))
        return false;
    if (array != ST_O)
        return INVALID(t, "array operand of type %s", stack_type_names[array]);
    emit1(t, VM_OP_LDELEMA, (VmWord)size);
    return push(t, ST_REF);
}

static bool element_access_typed(Transcoder *t, uint32_t token, bool store) {
    LdMethodTable *type = resolve_type(t, token);
    VmAccess access;
    StackType stack;
    if (!type || !access_of(t, type, &access, &stack))
        return false;
    if (stack != ST_VT)
        return element_access(t, access, stack, store);
    if (store) {
        StackType array;
        if (!pop_value_for(t, type, "an array element") || !pop_index(t, entry_slots(ST_VT, type)) ||
            !pop(t, &array))
            return false;
        if (array != ST_O)
            return INVALID(t, "array operand of type %s", stack_type_names[array]);
        emit1(t, VM_OP_STELEM_VT, (VmWord)type->value_size);
        return true;
    }
    StackType pointer;
    return element_address(t, type->value_size) && pop(t, &pointer) && emit_memory(t, type, 0, false);
}

/* The parameter types of a method, read in its own context. */
static bool same_parameters(Transcoder *t, LdMethod *a, LdMethod *b) {
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *x = img_sig_method(a->signature, &arena), *y = img_sig_method(b->signature, &arena);
    bool same = x && y && x->param_count == y->param_count &&
                (x->flags & IMG_SIG_HASTHIS) == (y->flags & IMG_SIG_HASTHIS) &&
                (x->flags & IMG_SIG_KIND_MASK) == (y->flags & IMG_SIG_KIND_MASK);
    LdGenericContext ca, cb;
    ld_method_context(a, &ca);
    ld_method_context(b, &cb);
    for (uint32_t i = 0; same && i < x->param_count; i++) {
        LdError error;
        same = ld_type_from_sig(a->owner->klass->assembly, x->params[i], &ca, &error) ==
               ld_type_from_sig(b->owner->klass->assembly, y->params[i], &cb, &error);
    }
    same = same && ld_type_from_sig(a->owner->klass->assembly, x->ret, &ca, &(LdError){{0}}) ==
                       ld_type_from_sig(b->owner->klass->assembly, y->ret, &cb, &(LdError){{0}});
    img_arena_free(&arena);
    return same;
}

/*
 * jmp (III.3.37): leave this method for another of the same signature,
 * which receives this frame's arguments as they are now. It is a tail
 * call with the arguments reloaded: they are copied onto the stack, the
 * call replaces the frame, and (should it fall back to an ordinary call)
 * its result is returned.
 */
static bool jump(Transcoder *t, uint32_t token) {
    LdMethod *callee = resolve_method(t, token);
    if (!callee)
        return false;
    if (t->depth)
        return INVALID(t, "jmp with values on the stack");
    if (in_protected_code(t, t->current_il))
        return INVALID(t, "jmp out of a protected block or handler");
    if (t->synchronized)
        return NOT_YET(t, "jmp out of a synchronized method");
    if (!same_parameters(t, callee, t->method))
        return INVALID(t, "jmp to %s, whose signature differs", callee->name);
    if ((callee->impl_flags & 0x1000) || (callee->flags & 0x2000) || (callee->impl_flags & 0x3) ||
        (callee->owner->flags & LD_MT_DELEGATE))
        return NOT_YET(t, "jmp to a method without an IL body (%s)", callee->name);
    if ((callee->flags & 0x0010) && !class_init(t, callee->owner, false))
        return false;
    reserve_slots(t, t->arg_slots);
    if (t->arg_slots) {
        emit1(t, VM_OP_LDSLOTS, 0);
        emit_word(t, (VmWord)t->arg_slots);
    }
    StackType types[t->arg_count ? t->arg_count : 1];
    LdMethodTable *vts[t->arg_count ? t->arg_count : 1];
    for (uint32_t i = 0; i < t->arg_count; i++) {
        types[i] = t->args[i].stack;
        vts[i] = t->args[i].vt;
    }
    emit_tail_prefix(t, types, vts, t->arg_count);
    emit1(t, VM_OP_CALL, (VmWord)callee);
    if (!t->returns_value)
        emit(t, VM_OP_RET_VOID);
    else if (t->ret.stack == ST_VT)
        emit1(t, VM_OP_RETN, (VmWord)t->ret.slots);
    else
        emit(t, VM_OP_RET);
    return true;
}

/*
 * Typed references (II.14.4.2): a TypedReference is three words, Mono's
 * shape: the type (a RuntimeTypeHandle: our LdMethodTable), the managed
 * pointer (reported to the GC as interior, LdMethodTable.byref_offsets),
 * and the type again (Mono's klass).
 */
static LdMethodTable *typed_reference_type_of(Transcoder *t) {
    LdError error;
    LdMethodTable *type = ld_corlib_type(t->vm->loader, "System", "TypedReference", &error);
    if (!type || !ld_type_load(type, &error) || type->value_size != 3 * LD_POINTER_SIZE) {
        fail(t, "corlib contract: System.TypedReference is not three words");
        return NULL;
    }
    return type;
}

static bool make_typed_reference(Transcoder *t, uint32_t token) {
    LdMethodTable *type = resolve_type(t, token), *typed = typed_reference_type_of(t);
    StackType pointer;
    if (!type || !typed || !pop(t, &pointer))
        return false;
    if (pointer != ST_REF && pointer != ST_I)
        return INVALID(t, "mkrefany of %s", stack_type_names[pointer]);
    emit1(t, VM_OP_MKREFANY, (VmWord)type);
    return push_typed(t, ST_VT, typed);
}

static bool pop_typed_reference(Transcoder *t, const char *what) {
    LdMethodTable *typed = typed_reference_type_of(t), *vt;
    StackType have;
    if (!typed || !pop_typed(t, &have, &vt))
        return false;
    if (have != ST_VT || vt != typed)
        return INVALID(t, "%s of %s", what, stack_type_names[have]);
    return true;
}

static bool typed_reference_value(Transcoder *t, uint32_t token) {
    LdMethodTable *type = resolve_type(t, token);
    if (!type || !pop_typed_reference(t, "refanyval"))
        return false;
    emit1(t, VM_OP_REFANYVAL, (VmWord)type);
    return push(t, ST_REF);
}

/* The type word is first: dropping the other two leaves a RuntimeTypeHandle. */
static bool typed_reference_type(Transcoder *t) {
    LdError error;
    LdMethodTable *handle = ld_corlib_type(t->vm->loader, "System", "RuntimeTypeHandle", &error);
    if (!pop_typed_reference(t, "refanytype"))
        return false;
    if (!handle || !ld_type_load(handle, &error) || handle->value_size != LD_POINTER_SIZE)
        return fail(t, "corlib contract: System.RuntimeTypeHandle is not one pointer");
    emit1(t, VM_OP_POPN, 2);
    return push_typed(t, ST_VT, handle);
}

/* arglist: the RuntimeArgumentHandle of a vararg method's extra
 * arguments, which is the address of its cookie slot (frames never move). */
static bool argument_list(Transcoder *t) {
    LdError error;
    LdMethodTable *handle = ld_corlib_type(t->vm->loader, "System", "RuntimeArgumentHandle", &error);
    if (!t->vararg)
        return INVALID(t, "arglist outside a vararg method");
    if (!handle || !ld_type_load(handle, &error) || handle->value_size != LD_POINTER_SIZE)
        return fail(t, "corlib contract: System.RuntimeArgumentHandle is not one pointer");
    emit1(t, VM_OP_LDSLOTA, (VmWord)t->cookie_slot);
    return push_typed(t, ST_VT, handle);
}

/* cpobj: the value of a type from one address to another (a reference, for
 * a reference type), through the write barrier. */
static bool copy_object(Transcoder *t, uint32_t token) {
    LdMethodTable *type = resolve_type(t, token);
    StackType source, destination;
    if (!type || !pop(t, &source) || !pop(t, &destination))
        return false;
    if ((source != ST_REF && source != ST_I) || (destination != ST_REF && destination != ST_I))
        return INVALID(t, "cpobj from %s to %s", stack_type_names[source], stack_type_names[destination]);
    emit1(t, VM_OP_CPOBJ, (VmWord)type->value_size);
    return true;
}

static bool ret(Transcoder *t) {
    if (t->returns_value && t->ret.stack == ST_VT) {
        StackType have;
        LdMethodTable *vt;
        if (!pop_typed(t, &have, &vt))
            return false;
        if (have != ST_VT || vt != t->ret.vt)
            return INVALID(t, "returning %s from a method returning a value type", stack_type_names[have]);
        if (t->depth)
            return INVALID(t, "stack not empty at return");
        if (t->synchronized)
            emit1(t, VM_OP_SYNC_EXIT, (VmWord)t->sync_slot);
        emit1(t, VM_OP_RETN, (VmWord)t->ret.slots);
        return true;
    }
    if (t->returns_value) {
        StackType have;
        if (!pop(t, &have))
            return false;
        if (!interchangeable(have, t->ret.stack))
            return INVALID(t, "returning %s from a method returning %s", stack_type_names[have],
                           stack_type_names[t->ret.stack]);
        if (have == ST_I4 && t->ret.stack == ST_I)
            emit(t, VM_OP_WIDEN_I4_TOP);
        if (have == ST_F && t->ret.stack == ST_F4)
            emit(t, VM_OP_ROUND_R4); /* a float32 result is a float32 */
    }
    if (t->depth)
        return INVALID(t, "stack not empty at return");
    if (t->synchronized)
        emit1(t, VM_OP_SYNC_EXIT, (VmWord)t->sync_slot);
    emit(t, t->returns_value ? VM_OP_RET : VM_OP_RET_VOID);
    return true;
}

static bool switch_(Transcoder *t, const ImgInstr *in) {
    StackType type;
    if (!pop(t, &type))
        return false;
    if (type != ST_I4)
        return INVALID(t, "switch on %s", stack_type_names[type]);
    uint32_t count = in->operand.sw.count;
    emit1(t, VM_OP_SWITCH, (VmWord)count);
    emit_target(t, in->offset + in->size); /* out of range: fall through */
    for (uint32_t i = 0; i < count && !t->failed; i++) {
        int64_t target = img_il_switch_target(in, i);
        if (target < 0 || target >= t->body.code_size)
            return INVALID(t, "switch target outside the method");
        emit_target(t, (uint32_t)target);
        if (!merge_state(t, (uint32_t)target))
            return false;
    }
    return true;
}

static const VmOp OPS_ADD[3] = {VM_OP_ADD_I4, VM_OP_ADD_I8, VM_OP_ADD_R8};
static const VmOp OPS_SUB[3] = {VM_OP_SUB_I4, VM_OP_SUB_I8, VM_OP_SUB_R8};
static const VmOp OPS_MUL[3] = {VM_OP_MUL_I4, VM_OP_MUL_I8, VM_OP_MUL_R8};
static const VmOp OPS_DIV[3] = {VM_OP_DIV_I4, VM_OP_DIV_I8, VM_OP_DIV_R8};
static const VmOp OPS_DIV_UN[3] = {VM_OP_DIV_UN_I4, VM_OP_DIV_UN_I8, VM_OP_NOP};
static const VmOp OPS_REM[3] = {VM_OP_REM_I4, VM_OP_REM_I8, VM_OP_REM_R8};
static const VmOp OPS_REM_UN[3] = {VM_OP_REM_UN_I4, VM_OP_REM_UN_I8, VM_OP_NOP};
static const VmOp OPS_AND[3] = {VM_OP_AND_I4, VM_OP_AND_I8, VM_OP_NOP};
static const VmOp OPS_OR[3] = {VM_OP_OR_I4, VM_OP_OR_I8, VM_OP_NOP};
static const VmOp OPS_XOR[3] = {VM_OP_XOR_I4, VM_OP_XOR_I8, VM_OP_NOP};
static const VmOp OPS_ADD_OVF[3] = {VM_OP_ADD_OVF_I4, VM_OP_ADD_OVF_I8, VM_OP_NOP};
static const VmOp OPS_ADD_OVF_UN[3] = {VM_OP_ADD_OVF_UN_I4, VM_OP_ADD_OVF_UN_I8, VM_OP_NOP};
static const VmOp OPS_SUB_OVF[3] = {VM_OP_SUB_OVF_I4, VM_OP_SUB_OVF_I8, VM_OP_NOP};
static const VmOp OPS_SUB_OVF_UN[3] = {VM_OP_SUB_OVF_UN_I4, VM_OP_SUB_OVF_UN_I8, VM_OP_NOP};
static const VmOp OPS_MUL_OVF[3] = {VM_OP_MUL_OVF_I4, VM_OP_MUL_OVF_I8, VM_OP_NOP};
static const VmOp OPS_MUL_OVF_UN[3] = {VM_OP_MUL_OVF_UN_I4, VM_OP_MUL_OVF_UN_I8, VM_OP_NOP};
static const VmOp OPS_CEQ[3] = {VM_OP_CEQ_I4, VM_OP_CEQ_I8, VM_OP_CEQ_R8};
static const VmOp OPS_CGT[3] = {VM_OP_CGT_I4, VM_OP_CGT_I8, VM_OP_CGT_R8};
static const VmOp OPS_CGT_UN[3] = {VM_OP_CGT_UN_I4, VM_OP_CGT_UN_I8, VM_OP_CGT_UN_R8};
static const VmOp OPS_CLT[3] = {VM_OP_CLT_I4, VM_OP_CLT_I8, VM_OP_CLT_R8};
static const VmOp OPS_CLT_UN[3] = {VM_OP_CLT_UN_I4, VM_OP_CLT_UN_I8, VM_OP_CLT_UN_R8};
/* What bge, bge.un, ble and ble.un branch on the negation of. */
static const VmOp OPS_BGE_NOT[3] = {VM_OP_CLT_I4, VM_OP_CLT_I8, VM_OP_CLT_UN_R8};
static const VmOp OPS_BGE_UN_NOT[3] = {VM_OP_CLT_UN_I4, VM_OP_CLT_UN_I8, VM_OP_CLT_R8};
static const VmOp OPS_BLE_NOT[3] = {VM_OP_CGT_I4, VM_OP_CGT_I8, VM_OP_CGT_UN_R8};
static const VmOp OPS_BLE_UN_NOT[3] = {VM_OP_CGT_UN_I4, VM_OP_CGT_UN_I8, VM_OP_CGT_R8};

/* Whether control can continue to the next instruction. */
static bool falls_through(ImgOpcode op) {
    if (op == IMG_CEE_JMP)
        return false;
    switch (img_opcode_info[op].flow) {
    case IMG_FLOW_BRANCH:
    case IMG_FLOW_RETURN:
    case IMG_FLOW_THROW: return false;
    default: return true;
    }
}

static bool instruction(Transcoder *t, const ImgInstr *in) {
    uint32_t target = (uint32_t)in->operand.target;
    if (img_opcode_info[in->opcode].operand == IMG_OPERAND_SHORT_BRANCH ||
        img_opcode_info[in->opcode].operand == IMG_OPERAND_BRANCH) {
        if (in->operand.target < 0 || in->operand.target >= t->body.code_size)
            return INVALID(t, "branch target outside the method");
        if (target <= t->current_il) /* a loop: other threads get a turn now and then */
            emit(t, VM_OP_POLL);
    }
    switch (in->opcode) {
    case IMG_CEE_NOP:
    case IMG_CEE_BREAK: return true; /* without a debugger attached, break does nothing (as on mono) */
    case IMG_CEE_LDARG_0: case IMG_CEE_LDARG_1: case IMG_CEE_LDARG_2: case IMG_CEE_LDARG_3:
        return arg_access(t, in->opcode - IMG_CEE_LDARG_0, false);
    case IMG_CEE_LDARG_S: case IMG_CEE_LDARG: return arg_access(t, (uint32_t)in->operand.i, false);
    case IMG_CEE_STARG_S: case IMG_CEE_STARG: return arg_access(t, (uint32_t)in->operand.i, true);
    case IMG_CEE_LDLOC_0: case IMG_CEE_LDLOC_1: case IMG_CEE_LDLOC_2: case IMG_CEE_LDLOC_3:
        return local_access(t, in->opcode - IMG_CEE_LDLOC_0, false);
    case IMG_CEE_LDLOC_S: case IMG_CEE_LDLOC: return local_access(t, (uint32_t)in->operand.i, false);
    case IMG_CEE_STLOC_0: case IMG_CEE_STLOC_1: case IMG_CEE_STLOC_2: case IMG_CEE_STLOC_3:
        return local_access(t, in->opcode - IMG_CEE_STLOC_0, true);
    case IMG_CEE_STLOC_S: case IMG_CEE_STLOC: return local_access(t, (uint32_t)in->operand.i, true);
    case IMG_CEE_LDC_I4_M1: case IMG_CEE_LDC_I4_0: case IMG_CEE_LDC_I4_1: case IMG_CEE_LDC_I4_2:
    case IMG_CEE_LDC_I4_3: case IMG_CEE_LDC_I4_4: case IMG_CEE_LDC_I4_5: case IMG_CEE_LDC_I4_6:
    case IMG_CEE_LDC_I4_7: case IMG_CEE_LDC_I4_8:
        emit1(t, VM_OP_LDC_I4, (VmWord)((int)in->opcode - IMG_CEE_LDC_I4_0));
        return push(t, ST_I4);
    case IMG_CEE_LDC_I4_S: case IMG_CEE_LDC_I4: emit1(t, VM_OP_LDC_I4, (VmWord)in->operand.i); return push(t, ST_I4);
    case IMG_CEE_LDC_I8: emit1(t, VM_OP_LDC_I8, (VmWord)in->operand.i); return push(t, ST_I8);
    case IMG_CEE_LDC_R4:
    case IMG_CEE_LDC_R8: {
        VmWord bits;
        memcpy(&bits, &in->operand.r, sizeof bits);
        emit1(t, VM_OP_LDC_R8, bits);
        return push(t, in->opcode == IMG_CEE_LDC_R4 ? ST_F4 : ST_F);
    }
    case IMG_CEE_DUP: {
        StackType type;
        LdMethodTable *vt;
        if (!pop_typed(t, &type, &vt))
            return false;
        if (type == ST_VT)
            emit1(t, VM_OP_DUPN, (VmWord)entry_slots(type, vt));
        else
            emit(t, VM_OP_DUP);
        return push_typed(t, type, vt) && push_typed(t, type, vt);
    }
    case IMG_CEE_POP: {
        StackType type;
        LdMethodTable *vt;
        if (!pop_typed(t, &type, &vt))
            return false;
        if (type == ST_VT)
            emit1(t, VM_OP_POPN, (VmWord)entry_slots(type, vt));
        else
            emit(t, VM_OP_POP);
        return true;
    }
    case IMG_CEE_LDARGA_S: case IMG_CEE_LDARGA: return address_of(t, (uint32_t)in->operand.i, false);
    case IMG_CEE_LDLOCA_S: case IMG_CEE_LDLOCA: return address_of(t, (uint32_t)in->operand.i, true);
    case IMG_CEE_CONSTRAINED:
        if (!(t->constrained = resolve_type(t, in->operand.token)))
            return false;
        return true;
    case IMG_CEE_LDFLDA: case IMG_CEE_LDSFLDA: return field_address(t, in->operand.token, in->opcode == IMG_CEE_LDSFLDA);
    case IMG_CEE_LDIND_I1: return indirect(t, VM_ACCESS_I1, ST_I4, false);
    case IMG_CEE_LDIND_U1: return indirect(t, VM_ACCESS_U1, ST_I4, false);
    case IMG_CEE_LDIND_I2: return indirect(t, VM_ACCESS_I2, ST_I4, false);
    case IMG_CEE_LDIND_U2: return indirect(t, VM_ACCESS_U2, ST_I4, false);
    case IMG_CEE_LDIND_I4: case IMG_CEE_LDIND_U4: return indirect(t, VM_ACCESS_I4, ST_I4, false);
    case IMG_CEE_LDIND_I8: return indirect(t, VM_ACCESS_I8, ST_I8, false);
    case IMG_CEE_LDIND_I: return indirect(t, VM_ACCESS_I8, ST_I, false);
    case IMG_CEE_LDIND_R4: return indirect(t, VM_ACCESS_R4, ST_F4, false);
    case IMG_CEE_LDIND_R8: return indirect(t, VM_ACCESS_R8, ST_F, false);
    case IMG_CEE_LDIND_REF: return indirect(t, VM_ACCESS_REF, ST_O, false);
    case IMG_CEE_STIND_I1: return indirect(t, VM_ACCESS_I1, ST_I4, true);
    case IMG_CEE_STIND_I2: return indirect(t, VM_ACCESS_I2, ST_I4, true);
    case IMG_CEE_STIND_I4: return indirect(t, VM_ACCESS_I4, ST_I4, true);
    case IMG_CEE_STIND_I8: return indirect(t, VM_ACCESS_I8, ST_I8, true);
    case IMG_CEE_STIND_I: return indirect(t, VM_ACCESS_I8, ST_I, true);
    case IMG_CEE_STIND_R4: return indirect(t, VM_ACCESS_R4, ST_F4, true);
    case IMG_CEE_STIND_R8: return indirect(t, VM_ACCESS_R8, ST_F, true);
    case IMG_CEE_STIND_REF: return indirect(t, VM_ACCESS_REF, ST_O, true);
    case IMG_CEE_LDOBJ: case IMG_CEE_STOBJ: return object_access(t, in->operand.token, in->opcode == IMG_CEE_STOBJ);
    case IMG_CEE_INITOBJ: return init_object(t, in->operand.token);
    case IMG_CEE_BOX: return box(t, in->operand.token);
    case IMG_CEE_UNBOX: case IMG_CEE_UNBOX_ANY: return unbox(t, in->operand.token, in->opcode == IMG_CEE_UNBOX_ANY);
    case IMG_CEE_ADD: return arith(t, OPS_ADD, false, false);
    case IMG_CEE_SUB: return arith(t, OPS_SUB, false, false);
    case IMG_CEE_MUL: return arith(t, OPS_MUL, false, false);
    case IMG_CEE_DIV: return arith(t, OPS_DIV, false, false);
    case IMG_CEE_DIV_UN: return arith(t, OPS_DIV_UN, true, false);
    case IMG_CEE_REM: return arith(t, OPS_REM, false, false);
    case IMG_CEE_REM_UN: return arith(t, OPS_REM_UN, true, false);
    case IMG_CEE_AND: return arith(t, OPS_AND, true, false);
    case IMG_CEE_OR: return arith(t, OPS_OR, true, false);
    case IMG_CEE_XOR: return arith(t, OPS_XOR, true, false);
    case IMG_CEE_ADD_OVF: return arith(t, OPS_ADD_OVF, true, false);
    case IMG_CEE_ADD_OVF_UN: return arith(t, OPS_ADD_OVF_UN, true, false);
    case IMG_CEE_SUB_OVF: return arith(t, OPS_SUB_OVF, true, false);
    case IMG_CEE_SUB_OVF_UN: return arith(t, OPS_SUB_OVF_UN, true, false);
    case IMG_CEE_MUL_OVF: return arith(t, OPS_MUL_OVF, true, false);
    case IMG_CEE_MUL_OVF_UN: return arith(t, OPS_MUL_OVF_UN, true, false);
    case IMG_CEE_SHL: return shift(t, VM_OP_SHL_I4, VM_OP_SHL_I8);
    case IMG_CEE_SHR: return shift(t, VM_OP_SHR_I4, VM_OP_SHR_I8);
    case IMG_CEE_SHR_UN: return shift(t, VM_OP_SHR_UN_I4, VM_OP_SHR_UN_I8);
    case IMG_CEE_NEG: return unary(t, VM_OP_NEG_I4, VM_OP_NEG_I8, VM_OP_NEG_R8);
    case IMG_CEE_NOT: return unary(t, VM_OP_NOT_I4, VM_OP_NOT_I8, VM_OP_NOP);
    case IMG_CEE_CEQ: return arith(t, OPS_CEQ, false, true);
    case IMG_CEE_CGT: return arith(t, OPS_CGT, false, true);
    case IMG_CEE_CGT_UN: return arith(t, OPS_CGT_UN, false, true);
    case IMG_CEE_CLT: return arith(t, OPS_CLT, false, true);
    case IMG_CEE_CLT_UN: return arith(t, OPS_CLT_UN, false, true);
    case IMG_CEE_CONV_I1: return conversion(t, VM_CONV_I1, false, false, false);
    case IMG_CEE_CONV_U1: return conversion(t, VM_CONV_U1, false, false, false);
    case IMG_CEE_CONV_I2: return conversion(t, VM_CONV_I2, false, false, false);
    case IMG_CEE_CONV_U2: return conversion(t, VM_CONV_U2, false, false, false);
    case IMG_CEE_CONV_I4: return conversion(t, VM_CONV_I4, false, false, false);
    case IMG_CEE_CONV_U4: return conversion(t, VM_CONV_U4, false, false, false);
    case IMG_CEE_CONV_I8: return conversion(t, VM_CONV_I8, false, false, false);
    case IMG_CEE_CONV_U8: return conversion(t, VM_CONV_U8, false, false, false);
    case IMG_CEE_CONV_I: return conversion(t, VM_CONV_I8, true, false, false);
    case IMG_CEE_CONV_U: return conversion(t, VM_CONV_U8, true, false, false);
    case IMG_CEE_CONV_R4: return conversion(t, VM_CONV_R4, false, false, false);
    case IMG_CEE_CONV_R8: return conversion(t, VM_CONV_R8, false, false, false);
    case IMG_CEE_CONV_R_UN: return conversion(t, VM_CONV_R_UN, false, false, false);
    case IMG_CEE_CONV_OVF_I1: return conversion(t, VM_CONV_I1, false, true, false);
    case IMG_CEE_CONV_OVF_U1: return conversion(t, VM_CONV_U1, false, true, false);
    case IMG_CEE_CONV_OVF_I2: return conversion(t, VM_CONV_I2, false, true, false);
    case IMG_CEE_CONV_OVF_U2: return conversion(t, VM_CONV_U2, false, true, false);
    case IMG_CEE_CONV_OVF_I4: return conversion(t, VM_CONV_I4, false, true, false);
    case IMG_CEE_CONV_OVF_U4: return conversion(t, VM_CONV_U4, false, true, false);
    case IMG_CEE_CONV_OVF_I8: return conversion(t, VM_CONV_I8, false, true, false);
    case IMG_CEE_CONV_OVF_U8: return conversion(t, VM_CONV_U8, false, true, false);
    case IMG_CEE_CONV_OVF_I: return conversion(t, VM_CONV_I8, true, true, false);
    case IMG_CEE_CONV_OVF_U: return conversion(t, VM_CONV_U8, true, true, false);
    case IMG_CEE_CONV_OVF_I1_UN: return conversion(t, VM_CONV_I1, false, true, true);
    case IMG_CEE_CONV_OVF_U1_UN: return conversion(t, VM_CONV_U1, false, true, true);
    case IMG_CEE_CONV_OVF_I2_UN: return conversion(t, VM_CONV_I2, false, true, true);
    case IMG_CEE_CONV_OVF_U2_UN: return conversion(t, VM_CONV_U2, false, true, true);
    case IMG_CEE_CONV_OVF_I4_UN: return conversion(t, VM_CONV_I4, false, true, true);
    case IMG_CEE_CONV_OVF_U4_UN: return conversion(t, VM_CONV_U4, false, true, true);
    case IMG_CEE_CONV_OVF_I8_UN: return conversion(t, VM_CONV_I8, false, true, true);
    case IMG_CEE_CONV_OVF_U8_UN: return conversion(t, VM_CONV_U8, false, true, true);
    case IMG_CEE_CONV_OVF_I_UN: return conversion(t, VM_CONV_I8, true, true, true);
    case IMG_CEE_CONV_OVF_U_UN: return conversion(t, VM_CONV_U8, true, true, true);
    case IMG_CEE_BR: case IMG_CEE_BR_S:
        emit(t, VM_OP_BR);
        emit_target(t, target);
        return merge_state(t, target);
    case IMG_CEE_BRTRUE: case IMG_CEE_BRTRUE_S: return truth_branch(t, true, target);
    case IMG_CEE_BRFALSE: case IMG_CEE_BRFALSE_S: return truth_branch(t, false, target);
    case IMG_CEE_BEQ: case IMG_CEE_BEQ_S: return compare_branch(t, OPS_CEQ, true, target);
    case IMG_CEE_BNE_UN: case IMG_CEE_BNE_UN_S: return compare_branch(t, OPS_CEQ, false, target);
    /* bge branches on "not less": for integers the signed clt, for F clt.un
     * (less or unordered, so NaN does not branch); bge.un the reverse. The
     * same holds for ble/ble.un with cgt. */
    case IMG_CEE_BGE: case IMG_CEE_BGE_S: return compare_branch(t, OPS_BGE_NOT, false, target);
    case IMG_CEE_BGE_UN: case IMG_CEE_BGE_UN_S: return compare_branch(t, OPS_BGE_UN_NOT, false, target);
    case IMG_CEE_BGT: case IMG_CEE_BGT_S: return compare_branch(t, OPS_CGT, true, target);
    case IMG_CEE_BGT_UN: case IMG_CEE_BGT_UN_S: return compare_branch(t, OPS_CGT_UN, true, target);
    case IMG_CEE_BLE: case IMG_CEE_BLE_S: return compare_branch(t, OPS_BLE_NOT, false, target);
    case IMG_CEE_BLE_UN: case IMG_CEE_BLE_UN_S: return compare_branch(t, OPS_BLE_UN_NOT, false, target);
    case IMG_CEE_BLT: case IMG_CEE_BLT_S: return compare_branch(t, OPS_CLT, true, target);
    case IMG_CEE_BLT_UN: case IMG_CEE_BLT_UN_S: return compare_branch(t, OPS_CLT_UN, true, target);
    case IMG_CEE_SWITCH: return switch_(t, in);
    case IMG_CEE_LEAVE: case IMG_CEE_LEAVE_S: return leave(t, target);
    case IMG_CEE_ISINST:
    case IMG_CEE_CASTCLASS: {
        LdMethodTable *type = resolve_type(t, in->operand.token);
        StackType object;
        if (!type || !pop(t, &object))
            return false;
        if (object != ST_O)
            return INVALID(t, "%s of %s", img_opcode_info[in->opcode].name, stack_type_names[object]);
        /* A Nullable<T> is boxed as a T, so that is what the cast tests (III.4.6). */
        if (type->kind == LD_KIND_VALUETYPE && (type->flags & LD_MT_NULLABLE))
            type = type->element;
        emit1(t, in->opcode == IMG_CEE_ISINST ? VM_OP_ISINST : VM_OP_CASTCLASS, (VmWord)type);
        return push(t, ST_O);
    }
    case IMG_CEE_THROW: {
        StackType type;
        if (!pop(t, &type))
            return false;
        if (type != ST_O)
            return INVALID(t, "throw of %s", stack_type_names[type]);
        emit(t, VM_OP_THROW);
        return true;
    }
    case IMG_CEE_RETHROW: {
        int clause = enclosing_handler(t, in->offset, false);
        if (clause < 0 || (t->clauses[clause].flags != IMG_EH_CATCH && t->clauses[clause].flags != IMG_EH_FILTER))
            return INVALID(t, "rethrow outside a catch handler");
        emit1(t, VM_OP_RETHROW, (VmWord)t->clauses[clause].slot);
        return true;
    }
    case IMG_CEE_ENDFINALLY: {
        int clause = enclosing_handler(t, in->offset, true);
        if (clause < 0)
            return INVALID(t, "endfinally outside a finally or fault handler");
        emit1(t, VM_OP_ENDFINALLY, (VmWord)t->clauses[clause].slot);
        reset_stack(t, 0);
        return true;
    }
    case IMG_CEE_ENDFILTER: {
        StackType type;
        if (!pop(t, &type))
            return false;
        if (type != ST_I4 || t->depth)
            return INVALID(t, "endfilter needs exactly an int32 on the stack");
        emit(t, VM_OP_ENDFILTER);
        return true;
    }
    case IMG_CEE_CALL:
    case IMG_CEE_CALLVIRT:
    case IMG_CEE_NEWOBJ: return call(t, in->operand.token, in->opcode);
    case IMG_CEE_LDFLD: case IMG_CEE_STFLD: case IMG_CEE_LDSFLD: case IMG_CEE_STSFLD:
        return field_access(t, in->operand.token, in->opcode);
    case IMG_CEE_LDNULL: emit(t, VM_OP_LDNULL); return push(t, ST_O);
    case IMG_CEE_LDFTN:
    case IMG_CEE_LDVIRTFTN: {
        LdMethod *method = resolve_method(t, in->operand.token);
        if (!method)
            return false;
        if (in->opcode == IMG_CEE_LDVIRTFTN) {
            StackType object;
            if (!pop(t, &object))
                return false;
            if (object != ST_O)
                return INVALID(t, "ldvirtftn on %s", stack_type_names[object]);
            emit1(t, VM_OP_LDVIRTFTN, (VmWord)method);
        } else {
            emit1(t, VM_OP_LDPTR, (VmWord)method);
        }
        return push(t, ST_I);
    }
    case IMG_CEE_LDSTR: return load_string(t, in->operand.token);
    case IMG_CEE_NEWARR: return new_array(t, in->operand.token);
    case IMG_CEE_LDLEN: {
        StackType array;
        if (!pop(t, &array))
            return false;
        if (array != ST_O)
            return INVALID(t, "ldlen of %s", stack_type_names[array]);
        emit(t, VM_OP_LDLEN);
        return push(t, ST_I);
    }
    case IMG_CEE_LDELEM_I1: return element_access(t, VM_ACCESS_I1, ST_I4, false);
    case IMG_CEE_LDELEM_U1: return element_access(t, VM_ACCESS_U1, ST_I4, false);
    case IMG_CEE_LDELEM_I2: return element_access(t, VM_ACCESS_I2, ST_I4, false);
    case IMG_CEE_LDELEM_U2: return element_access(t, VM_ACCESS_U2, ST_I4, false);
    case IMG_CEE_LDELEM_I4: case IMG_CEE_LDELEM_U4: return element_access(t, VM_ACCESS_I4, ST_I4, false);
    case IMG_CEE_LDELEM_I8: return element_access(t, VM_ACCESS_I8, ST_I8, false);
    case IMG_CEE_LDELEM_I: return element_access(t, VM_ACCESS_I8, ST_I, false);
    case IMG_CEE_LDELEM_R4: return element_access(t, VM_ACCESS_R4, ST_F4, false);
    case IMG_CEE_LDELEM_R8: return element_access(t, VM_ACCESS_R8, ST_F, false);
    case IMG_CEE_LDELEM_REF: return element_access(t, VM_ACCESS_REF, ST_O, false);
    case IMG_CEE_STELEM_I1: return element_access(t, VM_ACCESS_I1, ST_I4, true);
    case IMG_CEE_STELEM_I2: return element_access(t, VM_ACCESS_I2, ST_I4, true);
    case IMG_CEE_STELEM_I4: return element_access(t, VM_ACCESS_I4, ST_I4, true);
    case IMG_CEE_STELEM_I8: return element_access(t, VM_ACCESS_I8, ST_I8, true);
    case IMG_CEE_STELEM_I: return element_access(t, VM_ACCESS_I8, ST_I, true);
    case IMG_CEE_STELEM_R4: return element_access(t, VM_ACCESS_R4, ST_F4, true);
    case IMG_CEE_STELEM_R8: return element_access(t, VM_ACCESS_R8, ST_F, true);
    case IMG_CEE_STELEM_REF: return element_access(t, VM_ACCESS_REF, ST_O, true);
    case IMG_CEE_LDELEMA: {
        LdMethodTable *type = resolve_type(t, in->operand.token);
        if (!type)
            return false;
        /* A reference element's address is only handed out for the exact
         * element type, or a covariant array could be written wrongly
         * through it (III.4.9); readonly. waives the check. */
        if (!t->readonly_prefix && ld_is_reference(type)) {
            emit1(t, VM_OP_CHECK_ELEMENT_TYPE, (VmWord)type);
            emit_word(t, 2); /* [array][index] */
        }
        t->readonly_prefix = false;
        return element_address(t, type->kind == LD_KIND_VALUETYPE ? type->value_size : LD_POINTER_SIZE);
    }
    case IMG_CEE_READONLY: t->readonly_prefix = true; return true;
    /* Alignment, volatility and the no. hints change nothing for an
     * interpreter that performs every access as written. */
    case IMG_CEE_UNALIGNED: case IMG_CEE_VOLATILE: case IMG_CEE_NO: return true;
    case IMG_CEE_TAIL: t->tail_prefix = true; return true;
    case IMG_CEE_JMP: return jump(t, in->operand.token);
    case IMG_CEE_ARGLIST: return argument_list(t);
    case IMG_CEE_MKREFANY: return make_typed_reference(t, in->operand.token);
    case IMG_CEE_REFANYVAL: return typed_reference_value(t, in->operand.token);
    case IMG_CEE_REFANYTYPE: return typed_reference_type(t);
    case IMG_CEE_CPOBJ: return copy_object(t, in->operand.token);
    case IMG_CEE_SIZEOF: {
        LdMethodTable *type = resolve_type(t, in->operand.token);
        if (!type)
            return false;
        emit1(t, VM_OP_LDC_I4, (VmWord)(type->kind == LD_KIND_VALUETYPE ? type->value_size : LD_POINTER_SIZE));
        return push(t, ST_I4);
    }
    case IMG_CEE_CALLI: return call_indirect(t, in->operand.token);
    case IMG_CEE_LDTOKEN: return load_token(t, in->operand.token);
    case IMG_CEE_LOCALLOC: {
        StackType size;
        if (!pop(t, &size))
            return false;
        if (size != ST_I && size != ST_I4)
            return INVALID(t, "localloc of %s bytes", stack_type_names[size]);
        if (t->depth)
            return INVALID(t, "localloc with other values on the stack");
        if (size == ST_I4)
            emit(t, VM_OP_WIDEN_I4_TOP); /* an unsigned count, but never near 2^31 here */
        emit(t, VM_OP_LOCALLOC);
        return push(t, ST_I);
    }
    case IMG_CEE_CKFINITE: {
        StackType type;
        if (!pop(t, &type))
            return false;
        if (!is_float(type))
            return INVALID(t, "ckfinite on %s", stack_type_names[type]);
        emit(t, VM_OP_CKFINITE);
        return push(t, type);
    }
    case IMG_CEE_CPBLK:
    case IMG_CEE_INITBLK: {
        StackType size, value, address;
        if (!pop(t, &size) || !pop(t, &value) || !pop(t, &address))
            return false;
        bool ok = size == ST_I4 && (address == ST_I || address == ST_REF) &&
                  (in->opcode == IMG_CEE_INITBLK ? value == ST_I4 : (value == ST_I || value == ST_REF));
        if (!ok)
            return INVALID(t, "%s operands", img_opcode_info[in->opcode].name);
        emit(t, in->opcode == IMG_CEE_CPBLK ? VM_OP_CPBLK : VM_OP_INITBLK);
        return true;
    }
    case IMG_CEE_LDELEM: return element_access_typed(t, in->operand.token, false);
    case IMG_CEE_STELEM: return element_access_typed(t, in->operand.token, true);
    case IMG_CEE_RET: return ret(t);
    default: return INVALID(t, "unknown instruction %u", (unsigned)in->opcode); /* every one of Partition III is above */
    }
}

/* ------------------------------------------------------------------ */
/* The method                                                         */
/* ------------------------------------------------------------------ */

/* Where mono's JIT starts a new basic block after an instruction. */
static bool ends_block(ImgOpcode op) {
    uint8_t flow = img_opcode_info[op].flow;
    return flow == IMG_FLOW_BRANCH || flow == IMG_FLOW_COND_BRANCH || flow == IMG_FLOW_RETURN || flow == IMG_FLOW_THROW;
}

/* Pre-pass: instruction starts and branch targets. */
static bool scan(Transcoder *t) {
    uint32_t offset = 0;
    while (offset < t->body.code_size) {
        ImgInstr in;
        t->current_il = offset;
        if (!img_il_decode(t->body.code, t->body.code_size, offset, &in))
            return INVALID(t, "undecodable instruction");
        t->word_at[offset] = UINT32_MAX; /* an instruction starts here */
        for (uint32_t k = offset + 1; k < offset + in.size; k++)
            t->word_at[k] = UINT32_MAX - 1; /* the middle of one */
        uint8_t operand = img_opcode_info[in.opcode].operand;
        if ((operand == IMG_OPERAND_BRANCH || operand == IMG_OPERAND_SHORT_BRANCH) && in.operand.target >= 0 &&
            in.operand.target < t->body.code_size)
            t->is_target[in.operand.target] = true;
        for (uint32_t i = 0; in.opcode == IMG_CEE_SWITCH && i < in.operand.sw.count; i++) {
            int64_t target = img_il_switch_target(&in, i);
            if (target >= 0 && target < t->body.code_size)
                t->is_target[target] = true;
        }
        offset += in.size;
    }
    /* Basic blocks as mono's JIT cuts them: at branch targets and after
     * branches; those that hold a throw are marked. */
    uint32_t block = 0;
    bool after_branch = false;
    for (offset = 0; offset < t->body.code_size;) {
        ImgInstr in;
        img_il_decode(t->body.code, t->body.code_size, offset, &in);
        if (t->is_target[offset] || after_branch)
            block = offset;
        if (in.opcode == IMG_CEE_THROW)
            t->throw_block[block] = true;
        after_branch = ends_block(in.opcode);
        offset += in.size;
    }
    return true;
}

/* Whether mono's JIT places a sequence point after this newobj: not for a
 * delegate (made by its own helper), nor when it makes a corlib exception
 * (from at most two strings) in a block that throws, which it compiles as
 * a call to a helper instead. */
static bool newobj_sequence_point(Transcoder *t) {
    LdMethod *ctor = t->callee;
    LdMethodTable *type = ctor ? ctor->owner : NULL;
    if (type && (type->flags & LD_MT_DELEGATE))
        return false;
    if (!type || !t->throw_block[t->block_start] || type->klass->assembly != ld_corlib(t->assembly->loader))
        return true;
    bool exception = false;
    for (LdMethodTable *p = type; p && !exception; p = p->parent)
        exception = ld_is_corlib_type(p, "System", "Exception");
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(ctor->signature, &arena);
    bool strings = sig && sig->param_count <= 2;
    for (uint32_t i = 0; strings && i < sig->param_count; i++)
        strings = sig->params[i]->kind == IMG_ELEMENT_STRING;
    img_arena_free(&arena);
    return !(exception && strings);
}

/* A synchronized method's prologue, before its first instruction (which
 * a branch may come back to): the object to lock into its slot, locked. */
static bool synchronized_prologue(Transcoder *t) {
    t->sync_slot = t->arg_slots + t->local_slots + t->clause_count;
    reserve_slots(t, 1);
    record_stack_map(t, t->stack, t->stack_vt, 0);
    if (!(t->method->flags & 0x0010)) { /* a static method's slot stays null: SYNC_ENTER locks its type */
        emit1(t, VM_OP_LDSLOT, 0);
        emit1(t, VM_OP_STSLOT, (VmWord)t->sync_slot);
    }
    emit1(t, VM_OP_SYNC_ENTER, (VmWord)t->sync_slot);
    return true;
}

static bool translate(Transcoder *t) {
    uint32_t offset = 0;
    bool reachable = true, after_branch = false;
    if (t->synchronized && !synchronized_prologue(t))
        return false;
    while (offset < t->body.code_size && !t->failed) {
        ImgInstr in;
        t->current_il = offset;
        img_il_decode(t->body.code, t->body.code_size, offset, &in);
        if (t->is_target[offset] || after_branch)
            t->block_start = offset;
        if (t->is_target[offset]) {
            if (reachable && !merge_state(t, offset))
                return false;
            if (!reachable) {
                if (t->target_depth[offset] < 0)
                    t->target_depth[offset] = 0; /* only backward branches reach it: empty (III.1.7.5) */
                uint32_t depth = (uint32_t)t->target_depth[offset];
                memcpy(t->stack, t->target_types + (size_t)offset * t->max_depth, depth * sizeof *t->stack);
                memcpy(t->stack_vt, t->target_vts + (size_t)offset * t->max_depth, depth * sizeof *t->stack_vt);
                reset_stack(t, depth);
            }
        } else if (!reachable) {
            reset_stack(t, 0);
        }
        if (t->constrained && in.opcode != IMG_CEE_CALLVIRT && in.opcode != IMG_CEE_CONSTRAINED)
            return INVALID(t, "constrained. must prefix callvirt");
        t->word_at[offset] = t->word_count;
        t->next_il = offset + in.size;
        if (t->depth == 0 && (!t->statements.count || t->statements.items[t->statements.count - 1] != offset))
            vector_push(t, &t->statements, offset);
        record_stack_map(t, t->stack, t->stack_vt, t->depth);
        if (!instruction(t, &in))
            return false;
        bool call = in.opcode == IMG_CEE_CALL || in.opcode == IMG_CEE_CALLVIRT || in.opcode == IMG_CEE_CALLI;
        if (((call && !t->tail_prefix) || (in.opcode == IMG_CEE_NEWOBJ && newobj_sequence_point(t))) &&
            t->next_il < t->body.code_size)
            vector_push(t, &t->statements, t->next_il); /* after a call: mono's other kind of sequence point */
        if (in.opcode != IMG_CEE_TAIL)
            t->tail_prefix = false;
        if (in.opcode != IMG_CEE_READONLY)
            t->readonly_prefix = false;
        reachable = falls_through(in.opcode);
        after_branch = ends_block(in.opcode);
        offset += in.size;
    }
    if (reachable && !t->failed) {
        t->current_il = t->body.code_size;
        return INVALID(t, "control falls off the end of the method");
    }
    return !t->failed;
}

static void free_transcoder(Transcoder *t) {
    while (t->varargs) {
        VmVarargs *next = t->varargs->next;
        free(t->varargs);
        t->varargs = next;
    }
    free(t->words);
    free(t->il_offsets);
    free(t->stack);
    free(t->args);
    free(t->locals);
    free(t->local_pinned);
    free(t->word_at);
    free(t->is_target);
    free(t->throw_block);
    free(t->target_depth);
    free(t->target_types);
    free(t->fixups);
    free(t->clauses);
    free(t->stack_vt);
    free(t->target_vts);
    free(t->arg_offset);
    free(t->local_offset);
    free(t->gc_points.items);
    free(t->gc_pool.items);
    free(t->statements.items);
    free(t->gc_scratch.items);
}

/* The transcoded code, with branch targets as addresses and its GC maps,
 * becomes the method's (if all went well). */
static bool finish_code(Transcoder *t, bool ok) {
    if (ok)
        clause_words(t);
    for (uint32_t i = 0; ok && i < t->fixup_count; i++) {
        uint32_t word = t->word_at[t->fixups[i].il_target];
        t->words[t->fixups[i].word] = (VmWord)word; /* index now; a pointer once the array stops moving */
    }
    uint32_t *gc_frame_map = ok ? frame_map(t) : NULL;
    ok = ok && gc_frame_map;
    VmCode *code = ok ? calloc(1, sizeof *code) : NULL;
    if (ok && !code)
        ok = fail(t, "out of memory");
    if (!ok) {
        free(gc_frame_map);
        return false;
    }
    for (uint32_t i = 0; i < t->fixup_count; i++)
        t->words[t->fixups[i].word] = (VmWord)(t->words + t->words[t->fixups[i].word]);
    code->words = t->words;
    code->il_offsets = t->il_offsets;
    code->word_count = t->word_count;
    code->arg_slots = t->arg_slots;
    code->local_slots = t->local_slots + t->clause_count + (t->synchronized ? 1 : 0);
    code->clause_count = t->clause_count;
    code->clauses = t->clauses;
    t->clauses = NULL;
    code->stack_slots = t->max_slots;
    code->returns_value = t->returns_value;
    code->varargs = t->varargs;
    t->varargs = NULL;
    code->gc_frame_map = gc_frame_map;
    code->gc_point_count = t->gc_points.count / 2;
    code->gc_points = t->gc_points.items;
    code->gc_pool = t->gc_pool.items;
    t->gc_points.items = t->gc_pool.items = NULL;
    code->statement_count = t->statements.count;
    code->statement_starts = t->statements.items;
    t->statements.items = NULL;
    t->words = NULL;
    t->il_offsets = NULL;
    t->method->engine = code;
    return true;
}

/*
 * A delegate type's Invoke as code of its own, for multicast delegates: it
 * calls every delegate of the invocation list (MulticastDelegate.delegates;
 * a delegate without one is its own list) in order, each through the
 * single-target DELEGATE_INVOKE, and returns the last one's result.
 * DELEGATE_INVOKE of a multicast delegate runs it as an ordinary frame:
 *
 *   loop: MULTICAST_NEXT index, end   (pushes the next delegate, or jumps)
 *         LDSLOT(S) the parameters
 *         DELEGATE_INVOKE; STSLOT(S) result
 *         BR loop
 *   end:  LDSLOT(S) result; RET(N)     (or RET_VOID)
 */
static bool multicast_body(Transcoder *t) {
    enum { LOOP, END };
    uint32_t index_slot = t->local_offset[0];
    t->word_at[LOOP] = t->word_count;
    record_stack_map(t, t->stack, t->stack_vt, t->depth);
    emit1(t, VM_OP_MULTICAST_NEXT, (VmWord)index_slot);
    emit_target(t, END);
    if (!push(t, ST_O))
        return false;
    for (uint32_t i = 1; i < t->arg_count; i++) {
        if (t->args[i].stack == ST_F4) { /* passed on as its slot holds it, a float */
            emit1(t, VM_OP_LDSLOT, (VmWord)t->arg_offset[i]);
            if (!push_slot_type(t, &t->args[i]))
                return false;
        } else if (!load_slot(t, t->arg_offset[i], &t->args[i])) {
            return false;
        }
    }
    record_stack_map(t, t->stack, t->stack_vt, t->depth);
    emit1(t, VM_OP_DELEGATE_INVOKE, (VmWord)t->arg_slots);
    emit_word(t, (VmWord)t->method);
    reset_stack(t, 0);
    if (t->returns_value && (!push_slot_type(t, &t->ret) || !store_slot(t, t->local_offset[1], t->ret)))
        return false;
    emit(t, VM_OP_BR);
    emit_target(t, LOOP);
    t->word_at[END] = t->word_count;
    record_stack_map(t, t->stack, t->stack_vt, t->depth);
    if (t->returns_value && !load_slot(t, t->local_offset[1], &t->locals[1]))
        return false;
    return ret(t);
}

static bool multicast_code(VmRuntime *vm, LdMethod *invoke, VmError *error) {
    if (invoke->engine)
        return true;
    Transcoder t = {.vm = vm, .method = invoke, .assembly = invoke->owner->klass->assembly, .error = error,
                    .gc_last_map = UINT32_MAX};
    ld_method_context(invoke, &t.context);
    ImgArena arena;
    img_arena_init(&arena);
    ImgMethodSig *sig = img_sig_method(invoke->signature, &arena);
    bool ok = sig && resolve_types(&t, sig, &t.args, &t.arg_count, true);
    t.returns_value = ok && sig->ret->kind != IMG_ELEMENT_VOID;
    if (t.returns_value) {
        LdError load_error;
        LdMethodTable *type = ld_type_from_sig(t.assembly, sig->ret, &t.context, &load_error);
        ok = type ? slot_type(&t, type, &t.ret) : fail(&t, "System.TypeLoadException: %s", load_error.message);
    }
    if (!sig)
        INVALID(&t, "malformed signature of a delegate's Invoke");
    img_arena_free(&arena);
    /* Locals: the list's index, and the last result. */
    t.local_count = t.returns_value ? 2 : 1;
    t.locals = calloc(2, sizeof *t.locals);
    t.max_depth = t.arg_count + 1;
    t.stack = calloc(t.max_depth + 1, sizeof *t.stack);
    t.stack_vt = calloc(t.max_depth + 1, sizeof *t.stack_vt);
    t.word_at = calloc(2, sizeof *t.word_at);
    t.body.code_size = 2;
    if (ok && (!t.locals || !t.stack || !t.stack_vt || !t.word_at))
        ok = fail(&t, "out of memory");
    if (ok) {
        t.locals[0] = (SlotType){ST_I4, VM_OP_STSLOT, NULL, 1};
        t.locals[1] = t.ret;
    }
    ok = ok && assign_offsets(&t) && multicast_body(&t);
    ok = finish_code(&t, ok);
    free_transcoder(&t);
    return ok;
}

/*
 * An internal call reached as a method of its own (through a virtual
 * call, a delegate, ldftn or from C): code that loads the arguments and
 * calls the C function, as a direct call site would.
 */
static bool icall_stub(VmRuntime *vm, LdMethod *method, VmError *error, bool pinvoke) {
    Transcoder t = {.vm = vm, .method = method, .assembly = method->owner->klass->assembly, .error = error,
                    .gc_last_map = UINT32_MAX};
    ld_method_context(method, &t.context);
    t.body.code_size = 1;
    bool ok = read_signature(&t);
    t.max_depth = t.arg_count + 1;
    t.stack = calloc(t.max_depth + 1, sizeof *t.stack);
    t.stack_vt = calloc(t.max_depth + 1, sizeof *t.stack_vt);
    t.word_at = calloc(2, sizeof *t.word_at);
    if (ok && (!t.stack || !t.stack_vt || !t.word_at))
        ok = fail(&t, "out of memory");
    ok = ok && assign_offsets(&t);
    for (uint32_t i = 0; ok && i < t.arg_count; i++)
        ok = load_slot(&t, t.arg_offset[i], &t.args[i]);
    char name[300];
    vm_method_name(method, name, sizeof name);
    if (pinvoke && !find_icall(&t, method, name)) /* one Lucid answers itself is an internal call */
        ok = ok && pinvoke_call(&t, method, name, IMG_CEE_CALL) && ret(&t);
    else
        ok = ok && internal_call(&t, method, name, IMG_CEE_CALL) && ret(&t);
    ok = finish_code(&t, ok);
    free_transcoder(&t);
    return ok;
}

bool vm_transcode(VmRuntime *vm, LdMethod *method, VmError *error) {
    if (method->engine)
        return true;
    if (method->impl_flags & 0x1000)
        return icall_stub(vm, method, error, false);
    if (method->flags & 0x2000)
        return icall_stub(vm, method, error, true); /* a [DllImport] method reached through a delegate or ldftn */
    Transcoder t = {.vm = vm, .method = method, .assembly = method->owner->klass->assembly, .error = error,
                    .gc_last_map = UINT32_MAX, .synchronized = (method->impl_flags & VM_METHOD_SYNCHRONIZED) != 0};
    ld_method_context(method, &t.context);
    char err[160];
    if ((method->owner->flags & LD_MT_DELEGATE) && (method->impl_flags & 0x3) == 0x3 && !strcmp(method->name, "Invoke"))
        return multicast_code(vm, method, error); /* a delegate's Invoke, called from C */
    if (!method->rva || (method->impl_flags & 0x3) != 0) {
        char name[300];
        vm_method_name(method, name, sizeof name);
        return vm_fail(error, "not implemented yet: methods without IL bodies (%s)", name);
    } else if (!img_method_body(t.assembly->image, method->rva, &t.body, err, sizeof err)) {
        return INVALID(&t, "bad method body: %s", err);
    }
    uint32_t size = t.body.code_size;
    t.max_depth = t.body.max_stack;
    t.stack = calloc(t.max_depth + 1, sizeof *t.stack);
    t.stack_vt = calloc(t.max_depth + 1, sizeof *t.stack_vt);
    t.target_vts = calloc((size_t)(size + 1) * (t.max_depth + 1), sizeof *t.target_vts);
    t.word_at = calloc(size + 1, sizeof *t.word_at);
    t.is_target = calloc(size + 1, sizeof *t.is_target);
    t.throw_block = calloc(size + 1, sizeof *t.throw_block);
    t.target_depth = malloc((size + 1) * sizeof *t.target_depth);
    t.target_types = calloc((size_t)(size + 1) * (t.max_depth + 1), sizeof *t.target_types);
    bool ok = t.stack && t.stack_vt && t.target_vts && t.word_at && t.is_target && t.target_depth && t.target_types;
    if (!ok)
        fail(&t, "out of memory");
    for (uint32_t i = 0; ok && i <= size; i++)
        t.target_depth[i] = -1;
    ok = ok && read_signature(&t) && assign_offsets(&t) && scan(&t) && read_clauses(&t) && translate(&t);
    ok = finish_code(&t, ok);
    if (ok && (vm->log & VM_LOG_TRANSCODE)) {
        char name[300];
        vm_method_name(method, name, sizeof name);
        fprintf(stderr, "lucid: transcoded %s: %u IL bytes, %u words\n", name, size,
                ((VmCode *)method->engine)->word_count);
    }
    free_transcoder(&t);
    return ok;
}
