/*
 * arg_iterator.c - System.ArgIterator: walking a vararg method's extra
 * arguments; and TypedReference.ToObject. A RuntimeArgumentHandle is the address of the callee's cookie
 * slot, which holds the call site's VmVarargs; the extra arguments lie in
 * the slots just below the callee's declared arguments (vm.h).
 *
 * ArgIterator's fields (sig, args, next_arg, num_args) and TypedReference's
 * (type, Value, Type) are found by name, never at assumed offsets.
 */
#include "icall/internal.h"

typedef struct Iterator {
    const VmVarargs **sig;
    uint8_t **args; /* the first extra argument's slot */
    int32_t *next_arg, *num_args;
} Iterator;

static uint8_t *field(VmIcallContext *context, void *base, const char *type_name, const char *name) {
    LdMethodTable *type = icall_corlib_type(context, "System", type_name);
    return type ? icall_field(context, base, type, name) : NULL;
}

static bool bind(VmIcallContext *context, void *self, Iterator *it) {
    it->sig = (const VmVarargs **)field(context, self, "ArgIterator", "sig");
    it->args = (uint8_t **)field(context, self, "ArgIterator", "args");
    it->next_arg = (int32_t *)field(context, self, "ArgIterator", "next_arg");
    it->num_args = (int32_t *)field(context, self, "ArgIterator", "num_args");
    return it->sig && it->args && it->next_arg && it->num_args;
}

/* TypedReference: the argument's type, its address, its type again. */
static bool typed_reference(VmIcallContext *context, void *result, LdMethodTable *type, void *value) {
    void **type_word = (void **)field(context, result, "TypedReference", "type");
    void **value_word = (void **)field(context, result, "TypedReference", "Value");
    void **klass_word = (void **)field(context, result, "TypedReference", "Type");
    if (!type_word || !value_word || !klass_word)
        return false;
    *type_word = *klass_word = type;
    *value_word = value;
    return true;
}

/* Setup(argsp, start): argsp is the RuntimeArgumentHandle's pointer;
 * start, if not null, the address of the argument to begin with. */
static bool setup(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    Iterator it;
    if (!bind(context, args[0].p, &it))
        return false;
    VmSlot *cookie = args[1].p;
    const VmVarargs *va = cookie->p;
    *it.sig = va;
    *it.args = (uint8_t *)(cookie - va->fixed_slots - va->slots);
    *it.num_args = (int32_t)va->count;
    *it.next_arg = 0;
    for (uint32_t i = 0; args[2].p && i < va->count; i++)
        if (*it.args + va->offsets[i] * sizeof(VmSlot) == (uint8_t *)args[2].p)
            *it.next_arg = (int32_t)i;
    return true;
}

static void *argument(const Iterator *it, uint32_t i) {
    return *it->args + (*it->sig)->offsets[i] * sizeof(VmSlot);
}

/* IntGetNextArg(res): managed code checked that one is left. */
static bool next_arg(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    Iterator it;
    if (!bind(context, args[0].p, &it))
        return false;
    uint32_t i = (uint32_t)*it.next_arg;
    if (i >= (*it.sig)->count)
        return vm_fail(context->error, "ArgIterator: no argument left");
    *it.next_arg = (int32_t)i + 1;
    return typed_reference(context, args[1].p, (*it.sig)->types[i], argument(&it, i));
}

/* IntGetNextArgWithType(res, type): the next argument of that type, the
 * ones before it skipped; a null reference if none is left. */
static bool next_arg_with_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    (void)result;
    Iterator it;
    if (!bind(context, args[0].p, &it))
        return false;
    for (uint32_t i = (uint32_t)*it.next_arg; i < (*it.sig)->count; i++) {
        if ((*it.sig)->types[i] != args[2].p)
            continue;
        *it.next_arg = (int32_t)i + 1;
        return typed_reference(context, args[1].p, (*it.sig)->types[i], argument(&it, i));
    }
    return typed_reference(context, args[1].p, NULL, NULL);
}

static bool next_arg_type(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    Iterator it;
    if (!bind(context, args[0].p, &it))
        return false;
    uint32_t i = (uint32_t)*it.next_arg;
    result->p = i < (*it.sig)->count ? (*it.sig)->types[i] : NULL;
    return true;
}

/* TypedReference.ToObject: the value it refers to, boxed as its type (a
 * reference as itself); null for an empty TypedReference. */
static bool typed_reference_to_object(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    void **type_word = (void **)field(context, args[0].p, "TypedReference", "type");
    void **value_word = (void **)field(context, args[0].p, "TypedReference", "Value");
    if (!type_word || !value_word)
        return false;
    if (!*type_word || !*value_word) {
        result->p = NULL;
        return true;
    }
    return icall_box(context, *type_word, *value_word, result);
}

const VmIcall icall_arg_iterator[] = {
    {"System.TypedReference::InternalToObject", typed_reference_to_object},
    {"System.ArgIterator::Setup", setup},
    {"System.ArgIterator::IntGetNextArg", next_arg},
    {"System.ArgIterator::IntGetNextArgWithType", next_arg_with_type},
    {"System.ArgIterator::IntGetNextArgType", next_arg_type},
};
const uint32_t icall_arg_iterator_count = ICALL_COUNT(icall_arg_iterator);
