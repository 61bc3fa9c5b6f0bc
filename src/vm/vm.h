/*
 * vm.h - the execution engine: transcoding IL into Lucid's internal
 * instruction form, and the interpreter that runs it.
 *
 * A method is transcoded on its first call. The transcoder walks the IL
 * once, tracking the type of every evaluation-stack slot as ECMA-335's
 * stack-state rules allow, and emits operations specialised by type
 * (add.i4, add.r8, ...) with tokens resolved and branch targets as direct
 * positions. Invalid IL is found here, never while running.
 *
 * The interpreter dispatches with computed goto over that code and keeps
 * managed frames on a stack of its own: a managed call pushes a frame and
 * jumps, it does not recurse on the C stack, so deep recursion is detected
 * and stack walks read frames directly.
 *
 * What exists today is the first slice: static methods over the primitive
 * numeric types (locals, arguments, arithmetic, comparisons, conversions,
 * branches, switch, calls, return). Anything else stops the program with
 * "not implemented yet" naming the instruction and method, never silently.
 */
#ifndef LUCID_VM_H
#define LUCID_VM_H

#include <stdbool.h>
#include <stdint.h>

#include "loader/loader.h"

typedef struct VmError {
    char message[400];
    bool unhandled; /* the program threw an exception nothing caught; message says which */
} VmError;

/*
 * One evaluation-stack, argument or local slot. Every value of the numeric
 * stack types (int32, int64, native int, F) fits one slot; an int32 is kept
 * in i4 and the rest of the slot is not read. A value type takes
 * as many consecutive slots as its size needs.
 *
 * A float32 argument or local holds its value as a float in r4, not as an
 * F: its address (ldarga, ldloca, ref and out parameters, a Single
 * method's receiver) is then a float32 location, as every reader of the
 * pointer expects. Only the evaluation stack holds F (r8), so loads widen
 * and stores narrow, and a call narrows each float32 argument in place
 * before the callee's frame takes it over (internal calls included: they
 * read a float32 parameter from r4). Results are stack values: a float32
 * is returned as an F.
 */
typedef union VmSlot {
    int32_t i4;
    uint32_t u4;
    int64_t i8;
    uint64_t u8;
    double r8;
    float r4;
    void *p;
} VmSlot;

typedef struct VmRuntime VmRuntime;
typedef struct VmThread VmThread;

/*
 * A vararg call site's extra arguments (those after the sentinel), as the
 * callee sees them. The caller leaves them on its stack right below the
 * callee's frame and passes this description as a hidden last argument,
 * the cookie; `arglist` gives the cookie's address as the
 * RuntimeArgumentHandle, and ArgIterator walks the arguments with it.
 */
typedef struct VmVarargs {
    struct VmVarargs *next;  /* the calling method's code owns a list of them */
    uint32_t count;          /* extra arguments */
    uint32_t slots;          /* the slots they take */
    uint32_t fixed_slots;    /* the callee's declared arguments' slots (this included): the cookie follows */
    struct LdMethodTable **types; /* each extra argument's type */
    uint32_t *offsets;       /* each one's first slot, counted from the first extra argument's */
} VmVarargs;

/*
 * Internal calls: methods marked internalcall are C functions registered
 * by name ("Namespace.Type::Method", or with the parameter types
 * "Namespace.Type::Method(System.Int32&,System.Int32)" where the name is
 * overloaded). A function reads its arguments from args (the receiver
 * first), writes a result, and either returns true, or sets
 * context->exception to throw a managed exception, or fails the program
 * through context->error.
 */
typedef struct VmIcallContext {
    VmRuntime *vm;
    VmThread *thread;
    VmError *error;
    void *exception; /* GcObject * to throw */
} VmIcallContext;

typedef bool (*VmIcallFunction)(VmIcallContext *context, VmSlot *args, VmSlot *result);

typedef struct VmIcall {
    const char *name;
    VmIcallFunction function;
} VmIcall;

/* Fills *error and returns false, for `return vm_fail(...)`. */
bool vm_fail(VmError *error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A corlib exception for an internal call to throw: `what` is
 * "System.Type: message". NULL (and *error) if it cannot be made. */
void *vm_new_exception(VmRuntime *vm, VmThread *thread, const char *what, VmError *error);
/* A new object of this type and size, zeroed, for internal calls. */
void *vm_allocate(VmRuntime *vm, VmThread *thread, LdMethodTable *type, size_t size);

/* The System.RuntimeType object of a type: one per type, never moving.
 * NULL (and *error) if it cannot be made. */
void *vm_type_object(VmRuntime *vm, VmThread *thread, LdMethodTable *type, VmError *error);
/* The type a RuntimeType object describes. */
LdMethodTable *vm_type_of_object(VmRuntime *vm, const void *type_object);
/* A slot, scanned by the GC, where the internal calls keep a type's
 * reflection objects (an object[] they manage), so that each member has
 * one. Store into it through gc_write_barrier. NULL and *error on failure. */
void **vm_reflection_cache(VmRuntime *vm, LdMethodTable *type, VmError *error);

/* Whether a value of type `from` may be stored where `to` is expected (the
 * rules of castclass, isinst and stelem.ref). */
bool vm_assignable(const LdMethodTable *from, const LdMethodTable *to);

bool vm_register_icalls(VmRuntime *vm, const VmIcall *table, uint32_t count, VmError *error);
LdLoader *vm_loader(VmRuntime *vm);

VmRuntime *vm_create(LdLoader *loader, VmError *error);
void vm_destroy(VmRuntime *vm);

/* Run the assembly's entry point with these arguments (after the program
 * name). Returns false and fills *error if the program could not run to
 * completion; else stores Main's exit code (0 for a void Main). */
bool vm_run_main(VmRuntime *vm, LdAssembly *program, int argc, char **argv, int *exit_code, VmError *error);

#endif
