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
 * Every instruction of ECMA-335 Partition III is transcoded (docs/vm.md,
 * docs/engine-tests.md). What the engine cannot do yet stops the program
 * with "not implemented yet" naming the instruction and method, never
 * silently; invalid IL raises InvalidProgramException in the caller.
 * This header is what the layers above (internal calls, P/Invoke, the
 * command line) may use: calls into managed code, strings, arrays,
 * exceptions, threads and monitors, and the runtime's roots.
 */
#ifndef LUCID_VM_H
#define LUCID_VM_H

#include <stdbool.h>
#include <stdint.h>

#include "loader/loader.h"

typedef struct VmError {
    char message[1024];
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

/* What a callvirt of `method` on `receiver` (not null) reaches, as the
 * interpreter dispatches it; NULL with *error set when it cannot. */
LdMethod *vm_virtual_target(VmRuntime *vm, void *receiver, LdMethod *method, VmError *error);

/* Calls a managed method from C (an internal call re-entering managed
 * code): args as the method takes them, `this` first; result has room
 * for the return value's slots (a struct may take several). false when an
 * exception left the method (*exception holds it, for the caller to throw
 * or handle) or the program must stop (*exception NULL, *error says why). */
bool vm_invoke(VmRuntime *vm, VmThread *thread, LdMethod *method, VmSlot *args, VmSlot *result, void **exception,
               VmError *error);

/* A value of `type` as it sits in memory (a field, an array element, a
 * box's data) to the slots an argument of that type takes, and a result
 * (a stack value: a float32 is an F) back to memory; how many slots that
 * is. References are one slot. */
uint32_t vm_value_to_slots(const LdMethodTable *type, const void *data, VmSlot *slots);
void vm_slots_to_value(const LdMethodTable *type, const VmSlot *slots, void *data);
uint32_t vm_value_slots(const LdMethodTable *type);

/*
 * Platform invoke (pinvoke.c, docs/pinvoke.md): [DllImport] methods are
 * called through libffi. What Marshal's internal calls need: the errno the
 * thread's last SetLastError call left (and Marshal.SetLastWin32Error's
 * store), and a delegate's native function pointer (made on first
 * request, alive as long as the runtime; NULL and context->error if the
 * delegate's signature cannot be marshalled) and the delegate behind one
 * (NULL if it is not a thunk of this runtime).
 */
typedef struct VmPinvoke VmPinvoke;
int32_t vm_pinvoke_last_error(void);
void vm_pinvoke_set_last_error(int32_t error);
void *vm_pinvoke_delegate_pointer(VmIcallContext *context, void *delegate);
void *vm_pinvoke_thunk_delegate(VmRuntime *vm, void *code);
/* Marshal.SizeOf's answer for a type; -1 if it has no native form. */
int64_t vm_pinvoke_native_size(LdMethodTable *type);
/* Marshal.OffsetOf's answer for one of a type's instance fields; -1 if the
 * type has no native form. */
int64_t vm_pinvoke_native_offset(LdMethodTable *type, const LdField *field);

/* Stack walking for System.Diagnostics: the managed frame `depth` levels
 * out from the innermost one (the caller of the running internal call),
 * and the frames an exception went through (index 0: where it was
 * thrown). false past the last frame. */
bool vm_frame_at(VmThread *thread, uint32_t depth, LdMethod **method, uint32_t *il_offset);
bool vm_exception_frame(VmRuntime *vm, void *exception, uint32_t index, LdMethod **method, uint32_t *il_offset);
/* An internal call that ran managed code (reflection's InternalInvoke)
 * passing on an exception that code threw: the exception's trace gets a
 * frame for the internal call's wrapper, as mono's shows
 * "(wrapper managed-to-native) ...", and its next throw, from the
 * internal call's caller, extends that trace rather than starting anew.
 * vm_exception_frame gives such a frame the IL offset VM_TRACE_WRAPPER.
 * false (and *error) only when memory runs out. */
#define VM_TRACE_WRAPPER UINT32_MAX
bool vm_trace_through_icall(VmRuntime *vm, VmThread *thread, void *exception, LdMethod *icall, VmError *error);

/* "System.Object::GetType()": an internal call's registry name, which
 * also names its wrapper frame in stack traces. */
void vm_icall_name(const LdMethod *callee, char *full, size_t size);

/* A type's own method by name and parameter types, as internal calls are
 * named: ".ctor(System.String)", "ToString()". NULL if it has none. */
LdMethod *vm_find_method(LdMethodTable *type, const char *signature);

/* Fills *error and returns false, for `return vm_fail(...)`. */
bool vm_fail(VmError *error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A corlib exception for an internal call to throw: `what` is
 * "System.Type: message". NULL (and *error) if it cannot be made. */
void *vm_new_exception(VmRuntime *vm, VmThread *thread, const char *what, VmError *error);
/* The exceptions thrown when making one is impossible, made at startup as
 * a CLR does: OutOfMemoryException (when memory for an exception runs
 * out), StackOverflowException (always: there is no stack left to run its
 * constructor on), NullReferenceException (when memory runs out making
 * one). */
bool vm_preallocate_exceptions(VmRuntime *vm, VmThread *thread, VmError *error);
/* An exception made by running its corlib constructor with up to two
 * string arguments (NULL: fewer): ("System.ArgumentNullException",
 * "obj", NULL) runs .ctor(string paramName). */
void *vm_new_exception_args(VmRuntime *vm, VmThread *thread, const char *type_name, const char *first,
                            const char *second, VmError *error);
/* Objects the runtime itself keeps alive, each in a slot the GC scans. */
typedef enum VmRoot {
    VM_ROOT_EPHEMERON_TOMBSTONE, /* GC.get_ephemeron_tombstone's marker object */
    VM_ROOT_APP_DOMAIN,          /* the one System.AppDomain */
    VM_ROOT_APP_DOMAIN_SETUP,    /* its AppDomainSetup */
    VM_ROOT_APP_DOMAIN_DATA,     /* AppDomain.SetData's pairs: an object[] of keys and values */
    VM_ROOT_REMOTING_CONTEXT,    /* the default System.Runtime.Remoting.Contexts.Context */
    VM_ROOT_OUT_OF_MEMORY,       /* preallocated exceptions (vm_preallocate_exceptions) */
    VM_ROOT_STACK_OVERFLOW,
    VM_ROOT_NULL_REFERENCE,
    VM_ROOT_COUNT
} VmRoot;
void **vm_root(VmRuntime *vm, VmRoot which);
/* The slot holding a thread's System.Threading.Thread object (a GC
 * root), and the next managed thread id (1 for the main thread). */
void **vm_thread_object(VmThread *thread);
int32_t vm_next_managed_thread_id(VmRuntime *vm);
/* Bytes this thread has allocated (GC.GetAllocatedBytesForCurrentThread). */
uint64_t vm_thread_allocated_bytes(VmThread *thread);
/* A GC-scanned slot for the managed object that stands for a runtime
 * thing (an assembly's RuntimeAssembly, a module's RuntimeModule ...),
 * keyed by that thing's address and a kind, so each has one object. NULL
 * when memory runs out. Store through gc_write_barrier. */
void **vm_object_slot(VmRuntime *vm, const void *key, uint32_t kind);
/* The heap, for the internal calls of System.GC. */
struct GcHeap *vm_heap(VmRuntime *vm);
/* A new object of this type and size, zeroed, for internal calls. */
void *vm_allocate(VmRuntime *vm, VmThread *thread, LdMethodTable *type, size_t size);
/* A new one-dimensional array of `length` zeroed elements (its type loaded
 * first: NULL if that fails or memory runs out). */
void *vm_new_array(VmRuntime *vm, VmThread *thread, LdMethodTable *array_type, uint32_t length);

/*
 * Strings (text.c). Making one may collect; each returns NULL when memory
 * runs out. C text is UTF-8; conversions replace what cannot be encoded
 * with U+FFFD, and the malloc'd results are the caller's to free.
 */
void *vm_new_string(VmRuntime *vm, VmThread *thread, const uint16_t *chars, uint32_t length);
void *vm_new_string_utf8(VmRuntime *vm, VmThread *thread, const char *utf8, size_t size);
int32_t vm_string_length(const void *string);
uint16_t *vm_string_chars(const void *string);
char *vm_string_to_utf8(const void *string);
/* The interned string equal to this one, or NULL; with add, a copy is
 * interned if there was none (NULL: out of memory). */
void *vm_intern_string(VmRuntime *vm, void *string, bool add);
char *vm_utf16_to_utf8(const uint16_t *chars, size_t length, size_t *size);
uint16_t *vm_utf8_to_utf16(const char *utf8, size_t size, uint32_t *length);

/* The System.RuntimeType object of a type: one per type, never moving.
 * NULL (and *error) if it cannot be made. */
void *vm_type_object(VmRuntime *vm, VmThread *thread, LdMethodTable *type, VmError *error);
/* The type a RuntimeType object describes. */
LdMethodTable *vm_type_of_object(VmRuntime *vm, const void *type_object);
/* A slot, scanned by the GC, where the internal calls keep a type's
 * reflection objects (an object[] they manage), so that each member has
 * one. Store into it through gc_write_barrier. NULL and *error on failure. */
void **vm_reflection_cache(VmRuntime *vm, LdMethodTable *type, VmError *error);

/* One pointer the internal calls keep per runtime (C-side state, such as
 * reflection's records of properties and events, which the loader does
 * not have): the slot, and what frees its content when the runtime is
 * destroyed. Holds no managed references: the GC does not scan it. */
void **vm_icall_data(VmRuntime *vm, void (*release)(void *data));
/* The finalizer thread's state (icall/finalizer.c), released with the
 * runtime by the function given. */
void **vm_finalizer_state(VmRuntime *vm);
void vm_set_finalizer_release(VmRuntime *vm, void (*release)(void *state));

/* Runs a type's static constructor if it has not run, as a first access
 * would (RuntimeHelpers.RunClassConstructor). false with *exception (a
 * TypeInitializationException, the same one on every later attempt) or
 * *error (*exception NULL) set. */
bool vm_class_initialize(VmRuntime *vm, VmThread *thread, LdMethodTable *type, void **exception, VmError *error);
/* The address of a static field's value (a thread static's: this thread's),
 * its type's static constructor run first as a first access would run it.
 * NULL with *exception (what the constructor threw, as a
 * TypeInitializationException) or *error (*exception NULL) set. */
void *vm_static_field_address(VmRuntime *vm, VmThread *thread, LdField *field, void **exception, VmError *error);

/* Whether a value of type `from` may be stored where `to` is expected (the
 * rules of castclass, isinst and stelem.ref). */
bool vm_assignable(const LdMethodTable *from, const LdMethodTable *to);

/* The command line, for Environment.GetCommandLineArgs: the program's
 * full path, then its arguments. */
int vm_command_line(VmRuntime *vm, char ***argv);
/* Environment.ExitCode: what the process exits with after a void Main. */
int *vm_exit_code(VmRuntime *vm);

/*
 * Hash codes and monitors (sync.c), kept in the object's sync word. The
 * calls that wait block this thread; a timeout of -1 waits forever.
 */
typedef enum VmMonitorResult {
    VM_MONITOR_TAKEN,     /* entered; for a wait: pulsed (and re-entered) */
    VM_MONITOR_TIMED_OUT, /* for a wait: re-entered all the same */
    VM_MONITOR_NOT_OWNER, /* wait: the thread does not hold the lock */
    VM_MONITOR_NO_MEMORY,
} VmMonitorResult;
int32_t vm_object_hash(VmRuntime *vm, void *object);
VmMonitorResult vm_monitor_enter(VmRuntime *vm, VmThread *thread, void *object, int32_t timeout_ms);
bool vm_monitor_exit(VmRuntime *vm, VmThread *thread, void *object); /* false: not the owner */
bool vm_monitor_owned(VmRuntime *vm, VmThread *thread, void *object);
bool vm_monitor_locked(VmRuntime *vm, void *object);
VmMonitorResult vm_monitor_wait(VmRuntime *vm, VmThread *thread, void *object, int32_t timeout_ms);
bool vm_monitor_pulse(VmRuntime *vm, VmThread *thread, void *object, bool all); /* false: not the owner */

bool vm_register_icalls(VmRuntime *vm, const VmIcall *table, uint32_t count, VmError *error);
LdLoader *vm_loader(VmRuntime *vm);

VmRuntime *vm_create(LdLoader *loader, VmError *error);
/* Frees the runtime; false (and nothing freed) while other threads still
 * run (background threads at the end of the program), whose process must
 * then end without running exit handlers. */
bool vm_destroy(VmRuntime *vm);

/*
 * Threads (threads.c). Managed code runs only while a thread holds the
 * runtime's lock: around anything that may block, a thread brackets the
 * wait with vm_blocking_begin/end and touches no managed object between.
 */
void vm_blocking_begin(VmThread *thread);
void vm_blocking_end(VmThread *thread);
/* Starts a thread running body(thread, argument) with the lock held;
 * NULL (and *error) if it cannot start. The caller holds a reference to
 * the returned thread and gives it back with vm_thread_release. */
typedef void (*VmThreadBody)(VmThread *thread, void *argument);
VmThread *vm_thread_start(VmRuntime *vm, VmThreadBody body, void *argument, bool background, VmError *error);
void vm_thread_release(VmRuntime *vm, VmThread *thread);
/* Waits (timeout -1: forever) for the thread to end; whether it has. */
bool vm_thread_join(VmThread *self, VmThread *thread, int32_t timeout_ms);
/* Waits for every foreground thread to end (the end of the program). */
void vm_wait_foreground_threads(VmRuntime *vm, VmThread *self);
VmRuntime *vm_of_thread(VmThread *thread);

/* Whether the thread's stacks (managed and C) have room for another deep
 * call chain (RuntimeHelpers.SufficientExecutionStack). */
bool vm_sufficient_stack(VmThread *thread);

/* The thread that runs Main. */
VmThread *vm_main_thread(VmRuntime *vm);
/* The exception that left the last vm_interpret on this thread, taken
 * (the thread no longer holds it); NULL if none. */
void *vm_take_escaping(VmThread *thread);

/* Records the command line (the program's arguments after its name) for
 * Environment.GetCommandLineArgs, before anything runs. */
bool vm_prepare_main(VmRuntime *vm, LdAssembly *program, int argc, char **argv, VmError *error);
/* Runs the module initializer, the entry point's type initializer and the
 * entry point. Returns false and fills *error if the program could not run
 * to completion (error->unhandled: an exception left Main, and
 * vm_take_escaping gives it); else stores Main's exit code (for a void
 * Main, Environment.ExitCode). */
bool vm_run_main(VmRuntime *vm, LdAssembly *program, int *exit_code, VmError *error);

#endif
