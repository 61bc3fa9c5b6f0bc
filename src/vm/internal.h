/*
 * internal.h - what the engine's files share: the internal instruction set,
 * transcoded code, frames and the runtime.
 */
#ifndef LUCID_VM_INTERNAL_H
#define LUCID_VM_INTERNAL_H

#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>

#include "gc/gc.h"
#include "vm/vm.h"


/* Code is an array of words: the address of an operation's label in the
 * interpreter (direct threading), then its operands. */
typedef intptr_t VmWord;

/*
 * The internal instructions. Names say the operation and the stack type it
 * works on: I4 (int32), I8 (int64 and native int, which are the same width
 * here), R8 (the F type; a float32 on the stack is an F holding a value
 * rounded to float32, in an argument or local a float: VmSlot). Operands
 * are listed after the colon.
 */
#define VM_OP_LIST(X)                                                                               \
    X(NOP) X(LDSLOT) /* : slot */ X(STSLOT) /* : slot */                                            \
    X(STSLOT_I1) X(STSLOT_U1) X(STSLOT_I2) X(STSLOT_U2) X(STSLOT_R4) /* : slot, narrowing stores */ \
    X(LDSLOT_I1) X(LDSLOT_U1) X(LDSLOT_I2) X(LDSLOT_U2) /* : slot, loads of what a pointer may have stored */ \
    X(LDSLOT_R4) /* : slot, a float32 argument or local widened to F */ \
    X(LDC_I4) /* : value */ X(LDC_I8) /* : value */ X(LDC_R8) /* : bits */ X(DUP) X(POP)            \
    X(ADD_I4) X(ADD_I8) X(ADD_R8) X(SUB_I4) X(SUB_I8) X(SUB_R8) X(MUL_I4) X(MUL_I8) X(MUL_R8)       \
    X(DIV_I4) X(DIV_I8) X(DIV_R8) X(DIV_UN_I4) X(DIV_UN_I8) X(REM_I4) X(REM_I8) X(REM_R8)           \
    X(REM_UN_I4) X(REM_UN_I8) X(AND_I4) X(AND_I8) X(OR_I4) X(OR_I8) X(XOR_I4) X(XOR_I8)             \
    X(SHL_I4) X(SHL_I8) X(SHR_I4) X(SHR_I8) X(SHR_UN_I4) X(SHR_UN_I8)                               \
    X(NEG_I4) X(NEG_I8) X(NEG_R8) X(NOT_I4) X(NOT_I8)                                               \
    X(ADD_OVF_I4) X(ADD_OVF_I8) X(ADD_OVF_UN_I4) X(ADD_OVF_UN_I8) X(SUB_OVF_I4) X(SUB_OVF_I8)       \
    X(SUB_OVF_UN_I4) X(SUB_OVF_UN_I8) X(MUL_OVF_I4) X(MUL_OVF_I8) X(MUL_OVF_UN_I4) X(MUL_OVF_UN_I8) \
    X(CEQ_I4) X(CEQ_I8) X(CEQ_R8) X(CGT_I4) X(CGT_I8) X(CGT_R8) X(CGT_UN_I4) X(CGT_UN_I8)           \
    X(CGT_UN_R8) X(CLT_I4) X(CLT_I8) X(CLT_R8) X(CLT_UN_I4) X(CLT_UN_I8) X(CLT_UN_R8)               \
    X(WIDEN_I4_TOP) X(WIDEN_I4_SECOND) /* sign-extend an int32 operand mixed with a native int */   \
    X(CONV_I4) X(CONV_I8) X(CONV_R8) /* : target (VmConv) — from int32, int64, F */                 \
    X(CONV_OVF_I4) X(CONV_OVF_I8) X(CONV_OVF_R8) /* : target, checked */                            \
    X(CONV_OVF_UN_I4) X(CONV_OVF_UN_I8) /* : target, source read as unsigned */                     \
    X(BR) /* : target */ X(BRTRUE_I4) X(BRFALSE_I4) X(BRTRUE_I8) X(BRFALSE_I8) /* : target */      \
    X(SWITCH) /* : count, default, targets... */                                                    \
    X(CALL) /* : LdMethod * */ X(RET) X(RET_VOID)                                                 \
    X(CALLVIRT) /* : LdMethod *, argument slots */ X(NEWOBJ) /* : type, constructor, argument slots */                             \
    X(CLASS_INIT) /* : type */ X(LDNULL) X(LDSTR) /* : string object */                            \
    X(NEWARR) /* : array type */ X(LDLEN) X(WIDEN_INDEX) /* : depth (1: top); native-int index checked to int32 */  \
    VM_ACCESS_LIST(X, LDFLD) VM_ACCESS_LIST(X, STFLD) /* : offset from the object */              \
    VM_ACCESS_LIST(X, LDSFLD) VM_ACCESS_LIST(X, STSFLD) /* : address */                           \
    VM_ACCESS_LIST(X, LDELEM) VM_ACCESS_LIST(X, STELEM)                                          \
    X(THROW) X(RETHROW) /* : slot holding the caught exception */                                \
    X(LEAVE_RESET) /* empty the evaluation stack */                                              \
    X(CALL_FINALLY) /* : slot, handler */ X(ENDFINALLY) /* : slot */ X(ENDFILTER)                \
    X(ISINST) X(CASTCLASS) /* : type */                                                           \
    /* value types and managed pointers */                                                        \
    X(LDSLOTS) X(STSLOTS) /* : slot, count */ X(LDSLOTA) /* : slot */ X(DUPN) X(POPN) /* : count */ \
    X(RETN) /* : count */ X(NEWOBJ_VT) /* : constructor, struct slots, argument slots */                          \
    X(LDFLD_VT) X(STFLD_VT) /* : offset, size */ X(LDFLDA) /* : offset */ X(LDPTR) /* : address */  \
    X(LDFLD_VALUE) /* : struct slots, offset, access (VM_ACCESS_COUNT: a struct), size */         \
    X(INITOBJ) /* : size */ X(BOX) X(UNBOX) /* : type */                                          \
    X(DEREF_AT) /* : depth */ X(BOX_AT) /* : depth, type, Nullable<T>'s value offset, has_value offset */ X(STSFLD_VT) /* : address, size */      \
    X(LDELEMA) X(STELEM_VT) /* : element size */                                                               \
    X(CALLI) /* : argument slots */ X(CALL_ICALL) /* : function, argument slots, result slots */ X(NEWARR_MD) /* : type, arguments */                         \
    X(LDELEM_MD) X(STELEM_MD) X(LDELEMA_MD) /* : type, access */ X(LOCALLOC) X(ROUND_R4) X(CKFINITE) X(CPBLK) X(INITBLK)                     \
    X(BOX_NULLABLE) X(UNBOX_NULLABLE) /* : Nullable<T> type, value offset, has_value offset */ X(LDVIRTFTN) /* : method */ X(NEWDELEGATE) /* : type */ X(DELEGATE_INVOKE) /* : argument slots, Invoke */ \
    X(WIDEN_I4_AT) /* : depth */ X(UNBOX_NULLABLE_PTR) /* : Nullable<T> type, value offset, has_value offset */ \
    X(BOX_NULLABLE_AT) /* : depth, Nullable<T> type, value offset, has_value offset: BOX_AT of a Nullable */ \
    X(STATIC_ADDRESS) /* : VmClass, LdField, depth: a thread static's or boxed struct static's address */ \
    X(TAIL_PREFIX) /* : count, argument slots: the next call replaces this frame unless those point into it */ X(CPOBJ) /* : size */ \
    X(MKREFANY) X(REFANYVAL) /* : type */ X(MISSING_ICALL) /* : LdMethod: throws MissingMethodException */ \
    X(VARARG_CALL) /* : method, VmVarargs, virtual */ X(VARARG_RETURN) /* : dropped slots, result slots */ \
    X(VARARG_NEWOBJ) /* : type, constructor, VmVarargs, value slots (0: a class) */ X(VARARG_CALLI) /* : VmVarargs */ \
    X(NARROW_R4_AT) /* : depth: an F becomes float32 bits, as a float32 argument sits in its slot */ \
    X(MULTICAST_NEXT) /* : index slot, end: the invocation list's next delegate */ \
    X(CHECK_ELEMENT_TYPE) /* : type, depth: the array at that depth must have exactly this element type */ \
    X(INSERT_NULL) /* : slots: a null goes under the top `slots` slots (a string constructor's `this`) */ \
    X(POLL) /* before a backward branch: other threads get a turn now and then */ \
    X(CHECK_NULL_AT) /* : depth: callvirt's receiver, that many slots down, must not be null */ \
    X(CALL_PINVOKE) /* : VmPinvoke, argument slots, result slots: a [DllImport] function (pinvoke.c) */ \
    X(SYNC_ENTER) X(SYNC_EXIT) /* : slot: a synchronized method takes and releases its lock (VM_SYNC_SLOT) */

/* Memory accesses come in one flavour per kind of location: the small
 * integers widen to int32 on load, float32 widens to F, REF stores go
 * through the write barrier. */
#define VM_ACCESS_LIST(X, family) \
    X(family##_I1) X(family##_U1) X(family##_I2) X(family##_U2) X(family##_I4) X(family##_I8) \
    X(family##_R4) X(family##_R8) X(family##_REF)

typedef enum VmAccess {
    VM_ACCESS_I1, VM_ACCESS_U1, VM_ACCESS_I2, VM_ACCESS_U2, VM_ACCESS_I4, VM_ACCESS_I8,
    VM_ACCESS_R4, VM_ACCESS_R8, VM_ACCESS_REF, VM_ACCESS_COUNT
} VmAccess;

typedef enum VmOp {
#define VM_OP_ENUM(name) VM_OP_##name,
    VM_OP_LIST(VM_OP_ENUM)
#undef VM_OP_ENUM
    VM_OP_COUNT
} VmOp;

/* Conversion targets: what conv.* produces. */
typedef enum VmConv {
    VM_CONV_I1, VM_CONV_U1, VM_CONV_I2, VM_CONV_U2, VM_CONV_I4, VM_CONV_U4,
    VM_CONV_I8, VM_CONV_U8, VM_CONV_R4, VM_CONV_R8, VM_CONV_R_UN,
} VmConv;

/* An exception clause with its ranges as word positions. Each clause owns
 * a hidden frame slot: a catch or filter keeps the exception there (for
 * rethrow), a finally or fault the position to continue at when it ends. */
typedef struct VmClause {
    uint32_t flags; /* ImgEhKind */
    uint32_t try_start, try_end;
    uint32_t handler_start, handler_end;
    uint32_t filter_start;
    LdMethodTable *catch_type;
    uint32_t slot;
} VmClause;

/* A synchronized method (MethodImplAttributes.Synchronized) keeps the
 * object it locked, `this` or its type's RuntimeType, in its last local
 * slot, after the clauses' slots: its returns release it, and so does the
 * unwinder when an exception leaves the frame. */
#define VM_METHOD_SYNCHRONIZED 0x0020u
#define VM_SYNC_SLOT(code) ((code)->arg_slots + (code)->local_slots - 1)

/* A finally's continuation slot holds this while an exception unwinds
 * through it: ENDFINALLY then resumes unwinding instead of jumping. */
#define VM_RESUME_UNWINDING ((void *)1)

/* A transcoded method. */
typedef struct VmCode {
    VmWord *words;
    uint32_t word_count;
    uint32_t arg_slots;   /* arguments come first in the frame... */
    uint32_t local_slots; /* ...then locals... */
    uint32_t stack_slots; /* ...then the evaluation stack, at most this deep */
    bool returns_value;
    VmVarargs *varargs;   /* descriptions of its vararg call sites (VARARG_CALL operands) */
    /* IL offset of each word that starts an operation, for error messages
     * and the debugger. */
    uint32_t *il_offsets;
    /* The IL offsets, ascending, where the evaluation stack is empty (the
     * starts of statements) or a call or newobj has just returned: where
     * mono's JIT, without symbols, places the sequence points its stack
     * traces take their IL offsets from (method-to-ir.c; but not after a
     * corlib exception made in a block that throws, which it compiles to a
     * helper call). A trace reports the last one at or before the
     * instruction, as mono does. */
    uint32_t statement_count;
    uint32_t *statement_starts;
    uint32_t clause_count;
    VmClause *clauses; /* innermost first, as in the metadata */
    /* Where the frame holds references, for the GC (docs/vm.md, "Roots").
     * A map is a count and then entries, each a slot number shifted left
     * by two with VM_GC_REF or VM_GC_INTERIOR. gc_frame_map covers the
     * arguments, locals and clause slots (slots counted from fp). The
     * evaluation stack's map changes with the position: gc_points holds
     * (word position, index into gc_pool) pairs in ascending positions,
     * each map in force from its position to the next (slots counted from
     * the frame's stack_base). */
    uint32_t *gc_frame_map;
    uint32_t gc_point_count;
    uint32_t *gc_points;
    uint32_t *gc_pool;
} VmCode;

#define VM_GC_REF 1u      /* an object reference (or null) */
#define VM_GC_INTERIOR 2u /* a managed pointer: into an object, or anywhere else */
/* A pinned local (`fixed`): a reference or managed pointer whose object
 * must not move while the local holds it, since native pointers taken
 * from it are not reported. */
#define VM_GC_PINNED (VM_GC_REF | VM_GC_INTERIOR)

static inline uint32_t vm_slots_for(uint32_t bytes) {
    return (bytes + sizeof(VmSlot) - 1) / sizeof(VmSlot);
}

/* A managed frame: where its slots are and where its caller resumes.
 * ip and sp are what a stack walk (the GC's, first) reads: they are
 * recorded at safepoints, so they are exact whenever the GC can run. In a
 * frame that has called another, ip is the call and sp where the callee's
 * arguments begin (they are the callee's now). */
typedef struct VmFrame {
    LdMethod *method;
    VmCode *code;
    const VmWord *resume; /* the caller's next operation, for the callee's return */
    VmSlot *fp;           /* first argument slot */
    uint8_t *localloc_mark; /* the thread's localloc top when the frame began: freed back to it */
    const VmWord *ip;       /* the operation running */
    VmSlot *sp;             /* the top of the evaluation stack */
    VmSlot *stack_base;     /* where the evaluation stack starts */
    bool borrowed;          /* a filter's frame: its arguments and locals are the frame's it filters for */
    LdMethodTable *initializing; /* a static constructor's frame, run by CLASS_INIT: the type it initialises */
} VmFrame;

#define VM_SLOT_STACK_SIZE (1u << 20)  /* slots: 8 MB */
#define VM_FRAME_STACK_SIZE (1u << 16) /* managed frames */
#define VM_LOCALLOC_SIZE (1u << 20)    /* bytes for localloc (stackalloc), per thread */

/* An exception escaping a static constructor stops there (II.10.5.3.3):
 * the caller gets a TypeInitializationException instead. */
#define VM_CLAUSE_CLASS_INIT UINT32_MAX
/* An exception nothing in an invocation of the interpreter catches leaves
 * it from its base frame (vm_interpret). */
#define VM_CLAUSE_ESCAPE (UINT32_MAX - 1)

/* An exception on its way from a throw to its handler (pass two). */
typedef struct VmUnwind {
    GcObject *exception;
    VmFrame *handler_frame; /* NULL while not unwinding */
    uint32_t handler_clause; /* VM_CLAUSE_CLASS_INIT: the exception leaves handler_frame, a static constructor */
    uint32_t next_clause;   /* in the frame being unwound */
    VmFrame *at;            /* the frame whose finally or fault block runs (entered at next_clause - 1) */
    bool restores;          /* thrown from such a block: the unwind it interrupted waits on VmThread.saved_unwinds */
} VmUnwind;

/* An unwind interrupted by an exception thrown from one of its finally
 * blocks (Console.WriteLine in a finally may throw and catch inside
 * corlib): it resumes when that exception is caught within the block, and
 * is dropped if the exception leaves the block. */
typedef struct VmSavedUnwind {
    VmUnwind unwind;
    uint32_t position;
} VmSavedUnwind;

/*
 * Thread statics ([ThreadStatic]): each thread keeps, for every type that
 * has some (at the type's VmClass.thread_static_index), a block made on the
 * thread's first access: plain bytes, zeroed, and reference slots, laid
 * out as the loader says (LD_STATIC_THREAD_PLAIN / _REF offsets). A struct
 * that holds references is boxed in its slot, the box made with the block.
 * The GC scans refs[0, ref_count) of every block of every thread; nothing
 * else in a block holds references.
 */
typedef struct VmThreadStatics {
    uint8_t *plain;
    GcObject **refs;
    uint32_t ref_count;
} VmThreadStatics;

struct VmThread {
    VmRuntime *vm;
    VmSlot *slots, *slots_end;
    VmFrame *frames, *frames_end;
    VmFrame *top;           /* the innermost frame, as of the last safepoint; NULL: none */
    uintptr_t stack_high;   /* the top (highest address) of the thread's C stack */
    uint8_t *localloc, *localloc_top, *localloc_end;
    GcAllocContext alloc;
    VmUnwind unwind;
    VmSavedUnwind *saved_unwinds;   /* a stack, innermost last */
    uint32_t saved_unwind_count, saved_unwind_capacity;
    GcObject *escaping;       /* the exception that left the last vm_interpret, if it ended so */
    GcObject *managed;        /* its System.Threading.Thread, made on first use */
    uint32_t unwind_position; /* position in the frame being unwound */
    VmThreadStatics *thread_statics; /* by VmClass.thread_static_index; a NULL plain: not made yet */
    uint32_t thread_statics_count;
    /* threads.c */
    pthread_t pthread;
    struct VmThread *next_thread; /* in vm->threads (not the main thread) */
    uintptr_t stack_low;          /* while it does not hold the GIL: where its C stack ends; 0 while it does */
    uint32_t poll_countdown;      /* calls and backward branches until it offers the GIL */
    bool background;              /* the process does not wait for it */
    bool finished;                /* under threads_lock */
    uint32_t references;          /* under threads_lock: the running thread, the managed Thread */
    pthread_cond_t finished_changed;
};

#define VM_POLL_INTERVAL 4096u

/*
 * Per-type engine state (LdClass.engine): statics and class initialisation.
 *
 * statics_refs is a GC root (every VmClass is listed in VmRuntime.classes):
 * first the type's reference statics, at the LdField offsets the loader
 * gave them, where a value type that holds references is stored boxed (as
 * CoreCLR does; the box is made with the VmClass and never replaced, so
 * the GC only ever scans arrays of object pointers); then
 * VM_CLASS_HIDDEN_REFS slots of the engine's own (vm_class_hidden).
 * static_ref_count counts them all. statics_plain holds everything else,
 * RVA statics included, their initial bytes copied from the image.
 */
typedef struct VmClass {
    LdMethodTable *type;
    uint8_t *statics_plain;
    GcObject **statics_refs;
    uint32_t static_ref_count;
    uint32_t thread_static_index; /* in VmThread.thread_statics; UINT32_MAX: no thread statics */
    bool initialized; /* set when the static constructor starts (II.10.5.3.2) */
} VmClass;

/* An exception's stack trace, as Exception._stackTrace holds it: an
 * IntPtr[] of pairs, one per frame from the thrower outwards. The
 * encoding is the runtime's own (StackTrace.get_trace decodes it). */
typedef struct VmTraceEntry {
    LdMethod *method;
    uintptr_t il_offset;
} VmTraceEntry;

/* The engine's own reference slots after a type's statics. */
enum {
    VM_CLASS_REF_INIT_ERROR,  /* the TypeInitializationException its static constructor ended in */
    VM_CLASS_REF_REFLECTION,  /* an object[] of its members' reflection objects (vm_reflection_cache) */
    VM_CLASS_HIDDEN_REFS
};

static inline GcObject **vm_class_hidden(VmClass *state, uint32_t which) {
    return &state->statics_refs[state->static_ref_count - VM_CLASS_HIDDEN_REFS + which];
}


/* Interned string literals, by content. */
typedef struct VmInterned {
    uint32_t mask, count;
    GcObject **strings;
} VmInterned;

struct VmRuntime {
    LdLoader *loader;
    GcHeap *heap;
    bool gc_stress_safepoints; /* LUCID_GCStress=2: collect at every safepoint */
    const void *const *labels; /* the interpreter's label per VmOp */
    /* What interface and generic virtual calls reached, by (declared
     * method, receiver type), direct-mapped: they search the receiver's
     * interface map and instantiate the override, which a loop of such
     * calls would repeat (interp.c, dispatch_cached). Changed under the GIL. */
    struct VmDispatchEntry {
        const LdMethod *declared;
        const LdMethodTable *type;
        LdMethod *callee;
    } dispatch_cache[256];
    VmThread main_thread;
    VmInterned interned;
    /* One System.RuntimeType per type, so Type == is reference equality
     * (ARCHITECTURE.md section 4): made on first use, pinned, by the
     * MethodTable they describe. */
    struct VmTypeObjects {
        uint32_t mask, count;
        LdMethodTable **types;
        GcObject **objects;
    } type_objects;
    LdMethodTable *runtime_type;  /* System.RuntimeType */
    LdField *type_handle;         /* System.Type::_impl, a RuntimeTypeHandle holding the MethodTable */
    LdMethodTable *string_type;
    LdMethodTable *intptr_array;  /* IntPtr[], the shape of stack traces */
    LdField *exception_message; /* System.Exception::_message, bound by name */
    LdField *exception_inner;   /* System.Exception::_innerException */
    LdField *exception_trace;   /* System.Exception::_stackTrace: the frames it went through (VmTraceEntry) */
    LdField *type_init_name;    /* System.TypeInitializationException::_typeName */
    LdField *delegate_target;   /* System.Delegate::m_target */
    LdField *delegate_method;   /* System.Delegate::method: the LdMethod to call */
    LdField *delegate_list;     /* System.MulticastDelegate::delegates: the invocation list, or null */
    VmIcall *icalls;            /* registered internal calls, by name */
    uint32_t icall_count;
    uint32_t log;               /* VM_LOG_* from LUCID_LOG */
    int argc;                   /* the command line as Environment.GetCommandLineArgs gives it: */
    char **argv;                /* the program's full path, then its arguments (not owned) */
    char *program_path;         /* owned: argv[0] */
    int exit_code;              /* Environment.ExitCode */
    pthread_mutex_t sync_lock;  /* guards every sync word's change and every monitor (sync.c) */
    /* threads.c: the GIL (a ticket lock) and the registry of threads. */
    pthread_mutex_t gil_lock;
    pthread_cond_t gil_turn;
    uint64_t gil_next_ticket, gil_serving;
    pthread_mutex_t threads_lock;
    pthread_cond_t threads_changed;
    VmThread *threads;           /* every running thread but the main one, changed under the GIL */
    uint32_t foreground_threads; /* under threads_lock: started, not background, not finished */
    struct VmSyncBlock *sync_blocks;
    uint32_t sync_block_count;       /* blocks in sync_blocks */
    uint32_t sync_sweep_at;          /* free dead objects' blocks when the count reaches this */
    uint32_t sync_sweep_collections; /* gen0 collection count at the last sweep */
    uint32_t hash_seed;
    GcObject *roots[VM_ROOT_COUNT];
    /* vm_object_slot's table: (key, kind) -> object, open addressing. */
    struct VmObjectTable {
        uint32_t mask, count;
        const void **keys;
        uint32_t *kinds;
        GcObject **objects;
    } keyed_objects;
    int32_t next_managed_thread_id;
    VmClass **classes;          /* every type's engine state, for the GC to scan statics */
    uint32_t class_count, class_capacity;
    uint32_t thread_static_types; /* VmClass.thread_static_index values handed out */
    void *icall_data;             /* vm_icall_data */
    void (*icall_data_release)(void *data);
    void *finalizer;              /* vm_finalizer_state */
    void (*finalizer_release)(void *state);
    struct VmPinvokeState *pinvoke; /* pinvoke.c: stubs, libraries, delegates' thunks; NULL until used */
};

/* LUCID_LOG=throw,transcode: what the engine reports on stderr as it runs. */
#define VM_LOG_THROW 0x1u     /* every exception thrown: type, method, IL offset */
#define VM_LOG_TRANSCODE 0x2u /* every method transcoded */
#define VM_LOG_ICALL 0x4u     /* every internal call bound (once per call site), and every missing one */

/* What the collector must know of an instance of `type` at allocation. */
static inline uint32_t vm_alloc_flags(const LdMethodTable *type) {
    return (type->flags & LD_MT_CONTAINS_REFS ? GC_ALLOC_CONTAINS_REFS : 0) |
           (type->flags & LD_MT_HAS_FINALIZER ? GC_ALLOC_FINALIZE : 0) |
           (type->flags & LD_MT_ALLOC_PINNED ? GC_ALLOC_PINNED : 0);
}

/* vm.c */
VmClass *vm_class(VmRuntime *vm, LdMethodTable *type, VmError *error); /* statics ready, not initialised */
GcObject *vm_intern(VmRuntime *vm, const uint8_t *utf16le, uint32_t length, VmError *error);
/* This thread's block of a type's thread statics, made on first use (may
 * allocate: boxes of structs that hold references). NULL and *error when
 * memory runs out. */
VmThreadStatics *vm_thread_statics(VmRuntime *vm, VmThread *thread, VmClass *state, VmError *error);


/* threads.c */
void vm_threads_init(VmRuntime *vm);
bool vm_thread_init(VmRuntime *vm, VmThread *thread);
void vm_thread_free(VmThread *thread);
/* A thread the runtime did not start (native code calling a delegate's
 * thunk) joins for a while: attach registers it and takes the lock,
 * detach gives both back and frees it. NULL when memory runs out. */
VmThread *vm_thread_attach(VmRuntime *vm);
void vm_thread_detach(VmThread *thread);
void vm_gil_acquire(VmRuntime *vm, VmThread *thread);
void vm_gil_release(VmRuntime *vm, VmThread *thread);
void vm_gil_poll(VmRuntime *vm, VmThread *thread);

/* sync.c */
typedef struct VmSyncBlock VmSyncBlock;
void vm_sync_init(VmRuntime *vm);
void vm_sync_destroy(VmRuntime *vm);

/* transcode.c */
bool vm_transcode(VmRuntime *vm, LdMethod *method, VmError *error);
/* "[mscorlib]System.String::Concat" for messages */
void vm_method_name(const LdMethod *method, char *buffer, size_t size);

/* pinvoke.c: a [DllImport] method's stub (made once, when a call to it is
 * first transcoded: NULL and *error if Lucid cannot marshal its
 * signature), and the call, which reads the arguments from args and
 * writes the result's slots, or sets context->exception. */
typedef struct VmPinvokeState VmPinvokeState;
#define VM_PINVOKE_MAX_RESULT_SLOTS 8 /* a struct result of up to 64 bytes */
#define VM_PINVOKE_MAX_CALLBACK_SLOTS 64 /* the arguments of a native callback */
VmPinvoke *vm_pinvoke_stub(VmRuntime *vm, LdMethod *method, VmError *error);
uint32_t vm_pinvoke_arg_slots(const VmPinvoke *stub);
uint32_t vm_pinvoke_result_slots(const VmPinvoke *stub);
bool vm_pinvoke_call(VmIcallContext *context, VmPinvoke *stub, VmSlot *args, VmSlot *result);
void vm_pinvoke_destroy(VmRuntime *vm);

/* roots.c */
void vm_scan_roots(void *engine, GcRootVisitor visit, void *context);
bool vm_thread_stack_bounds(VmThread *thread);

/* interp.c */
const void *const *vm_interp_labels(void);
bool vm_interpret(VmRuntime *vm, VmThread *thread, LdMethod *method, VmSlot *args, VmSlot *result, VmError *error);
/* The TypeInitializationException for `type` around `inner`. */
void *vm_type_initialization_exception(VmRuntime *vm, VmThread *thread, LdMethodTable *type, void *inner,
                                       VmError *error);

#endif
