/* vm.h — the VM: its state, frames, errors, and the call protocol that keeps the C stack flat.
 *
 * Frames live in vm->frames; their slots (locals, cells, value stack, or a native continuation's
 * state) live in one contiguous array vm->stack, addressed by index so the array may grow.
 *
 * No C recursion for Python code: a Python-to-Python call pushes a frame and the interpreter loop
 * continues there. Native code that needs a Python result (sorted(key=f), map(f, xs)) pushes a
 * FRAME_NATIVE with a continuation (conts.def), starts the call with vm_call, and returns
 * VAL_PENDING; when the callee returns, the loop calls the continuation with the result. The
 * continuation returns its own final result (the frame is popped and the value delivered to the
 * frame below according to the popped frame's ret_mode), VAL_PENDING again, or VAL_ERR.
 *
 * Invariant: VAL_PENDING is returned only by code that has pushed at least one frame; the bottom
 * one of those frames got ret_mode = vm->call_ret_mode, and vm->call_ret_mode is RET_PUSH again
 * afterwards.
 */
#ifndef GARTER_VM_H
#define GARTER_VM_H

#include <stdarg.h>

#include "garter.h"
#include "mem.h"
#include "object.h"
#include "code.h"

typedef enum ContId {
#define CONT(name, fn) CONT_##name,
#include "conts.def"
#undef CONT
    CONT_COUNT
} ContId;

typedef enum FrameKind { FRAME_PYTHON, FRAME_NATIVE } FrameKind;

/* How a finished frame's result reaches the frame below it. */
typedef enum RetMode {
    RET_PUSH,      /* Python caller: push it; native caller: pass it to its continuation */
    RET_FOR_ITER,  /* Python caller at FOR_ITER: VAL_EXHAUSTED ends the loop, else push it */
    RET_DISCARD,   /* drop it (the caller does not want it) */
    RET_HOST,      /* the entry frame of a run: the run ends with it */
    RET_SEND,      /* Python caller at SEND (yield from): VAL_EXHAUSTED jumps with the return
                      value of the sub-iterator below ret_sp, else push it */
    RET_NEXT,      /* as RET_PUSH, but a StopIteration leaving the frame delivers VAL_EXHAUSTED
                      (a Python __next__ called by an iterating builtin) */
    RET_PUSH_NULL, /* Python caller at LOAD_METHOD: push the value, then NULL */
} RetMode;

enum FrameFlags {
    FRAME_CATCHES = 1 << 0,     /* native: unwinding calls its continuation with VAL_ERR first */
    FRAME_TRUTH_ABOVE = 1 << 1, /* a bool computed for `and`/`or` sits above the operand */
};

typedef struct Frame {
    uint8_t kind;     /* FrameKind */
    uint8_t ret_mode; /* RetMode */
    uint8_t cont;     /* FRAME_NATIVE: ContId */
    uint8_t flags;    /* FrameFlags */
    uint32_t ip;      /* FRAME_PYTHON: next instruction (word index); FRAME_NATIVE: its step */
    uint32_t instr;   /* FRAME_PYTHON: start of the instruction being executed (a suspended
                         frame: the call or FOR_ITER waiting for a result) */
    uint32_t base;    /* index in vm->stack of slot 0 */
    uint32_t sp;     /* index in vm->stack one past the top (saved while the frame is not on top) */
    uint32_t ret_sp; /* the caller's sp once this frame's result is delivered (the result is then
                        pushed there for RET_PUSH); the call's operands above it are dropped */
    CodeObj *code;   /* FRAME_PYTHON */
    Value func;      /* FRAME_PYTHON: the FunctionObj, or VAL_UNDEF for a module body */
    Value globals;   /* FRAME_PYTHON: dict */
    Value locals;    /* class bodies: the namespace dict; else VAL_UNDEF */
    Value gen;       /* a generator's frame: the GeneratorObj; else VAL_UNDEF */
} Frame;

/* The continuation functions (cont.c), one per conts.def entry. */
#define CONT(name, fn) Value fn(VM *vm, Frame *f, Value incoming);
#include "conts.def"
#undef CONT

#define VM_DEFAULT_RECURSION 1000
#define VM_NAME_CACHE 128      /* power of two */
#define VM_ROOT_MEMORY_ERROR 7 /* vm->roots slot of the preallocated MemoryError */

struct GarterVM {
    Mem mem;
    GarterConfig config;

    /* heap (gc.c) */
    Obj *objects;        /* heap objects that own resources (a destroy slot) or are big */
    Obj *plain_objects;  /* small objects without a destroy slot: pooled memory only */
    size_t plain_bytes;  /* bytes of plain_objects (teardown undoes their accounting at once) */
    size_t gc_threshold; /* collect at the next safe point once mem.live_bytes exceeds it */
    Obj **gray;          /* mark stack */
    size_t gray_len, gray_cap;
    bool gc_stress;     /* collect at every safe point (tests) */
    bool gray_overflow; /* the mark stack could not grow: some objects await a rescan */

    /* frames and slots */
    Frame *frames;
    uint32_t nframes, frames_cap;
    Value *stack;
    uint32_t stack_cap;
    uint32_t depth;        /* Python frames on the frame stack */
    uint32_t max_depth;    /* recursion limit */
    uint8_t call_ret_mode; /* RetMode the next frame pushed by native code gets (see top) */
    bool call_ret_sp_set;  /* the next frame pushed takes ret_sp = call_ret_sp (else the top) */
    uint32_t call_ret_sp;
    Value native_callee;  /* the native callable being run (vm_materialize re-runs it) */
    Value kwnames;        /* set by KW_NAMES for the next CALL */
    bool pending_ok;      /* the caller routes a pending dunder result (class.c) */
    bool last_pended;     /* a bool-returning slot (setitem, setattr) started a Python call */
    bool binop_inplace;   /* ops_binop is evaluating an augmented assignment (class.c) */
    uint64_t class_epoch; /* bumped whenever a class is made or its namespace assigned to:
                             attribute caches compare it */

    /* exceptions */
    Value exc;     /* the exception being raised (propagating), or VAL_UNDEF */
    Value handled; /* the exception being handled (sys.exc_info, bare raise), or VAL_NONE */

    /* strings */
    uint64_t hash_key[2]; /* str/bytes hash key: part of the VM state, travels in snapshots */
    Value interned;       /* dict str -> str */

    /* a run */
    Value main_globals; /* dict */
    Value result;       /* the value the last run's entry frame returned */
    Value builtins_module;
    Value modules;   /* dict: imported modules */
    int limit_fired; /* 0, or a GarterStatus detail (limits.c) */
    char limit_message[96];
    char *traceback_text; /* garter_vm_traceback, allocated in mem */
    size_t traceback_len;
    int exit_status; /* garter_vm_exit_status */
    Value roots[8];  /* temporary roots for the API; VM_ROOT_MEMORY_ERROR is reserved */
    const char *name_keys[VM_NAME_CACHE]; /* vm_name's cache: literal address -> interned str */
    Value name_values[VM_NAME_CACHE];
    Value repr_cache; /* dict id -> str while a container holding class instances is
                         rendered (class.c), else VAL_UNDEF */
};

/* The interned str for a C string literal (a name the runtime looks up often), cached by the
 * literal's address: pass only string literals or other static storage. VAL_ERR on failure. */
Value vm_name(VM *vm, const char *literal);

/* ---- errors ------------------------------------------------------------------------------ */

/* Raise `type` with a printf-formatted message. Always returns VAL_ERR, so callers can write
 * `return vm_raise(vm, &exc_TypeError, "...", ...);`. Format directives: as printf. */
Value vm_raise(VM *vm, const TypeObj *type, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Value vm_raisev(VM *vm, const TypeObj *type, const char *fmt, va_list ap);
/* Raise an exception instance or an exception class (instantiated with no arguments). */
Value vm_raise_value(VM *vm, Value exc);
/* Raise `type` with a single argument (KeyError(key) keeps the key, not its repr). */
Value vm_raise_arg(VM *vm, const TypeObj *type, Value arg);
/* MemoryError (or a memory limit stop) after an allocation failure. Returns VAL_ERR. */
Value vm_raise_nomem(VM *vm);
/* Is an exception pending whose type is `type` or a subclass? */
bool vm_exc_matches(VM *vm, const TypeObj *type);
/* Drop the pending exception (after handling it in C). */
void vm_clear_exc(VM *vm);

/* ---- calls --------------------------------------------------------------------------------- */

/* Call any callable. Natives run now: their result (or VAL_ERR) is returned. Python functions get
 * a frame pushed and VAL_PENDING is returned: the result will be delivered to the frame that is on
 * top now (see the invariant at the top). From native code that cannot wait, use vm_call_sync. */
Value vm_call(VM *vm, Value callable, const Value *args, int nargs, Value kwnames);

/* Call a callable that is not a Python function or bound method (a builtin, a type, ...) now;
 * sets vm->native_callee. Used by the interpreter loop. */
Value vm_call_native(VM *vm, Value callable, const Value *args, int nargs, Value kwnames);

/* Push a continuation frame with `nslots` state slots (all VAL_UNDEF) and return it. The frame
 * gets ret_mode = vm->call_ret_mode (which is reset to RET_PUSH). NULL on allocation failure
 * (exception pending). The pointer is valid until the next push. */
Frame *vm_push_native(VM *vm, ContId cont, uint32_t nslots);
static inline Value *frame_slots(VM *vm, Frame *f)
{
    return vm->stack + f->base;
}
/* Run the continuation of the native frame `f` just pushed (the top frame) for its first step:
 * its result, or VAL_PENDING with the frame left in place for later steps. A finished frame is
 * popped. */
Value vm_run_native(VM *vm, Frame *f);
/* Pop the top frame, which must be `f` (a native frame finishing synchronously). */
void vm_pop_native(VM *vm, Frame *f);

/* Items of an iterable, for native code that consumes a whole iterable (list(), sum(), join...).
 * Returns a list or tuple (the iterable itself when it is one; never mutate the result unless it
 * is a fresh list — check with `result != iterable`). When producing the items needs Python code
 * (a generator, map with a Python function), returns VAL_PENDING after arranging for the items to
 * be collected and the current native call (vm->native_callee with these args) to be run again
 * with args[arg_index] replaced by the collected list. */
Value vm_materialize(VM *vm, Value iterable, const Value *args, int nargs, Value kwnames,
                     int arg_index);

/* Push a Python frame for `fn` whose arguments are already on the stack at
 * vm->stack[args_base ..] (npos positional values, then one per name in kwnames); they become the
 * frame's first slots (no copy on the fast path). ret_mode/ret_sp as vm_push_native. False with
 * an exception pending (argument errors, RecursionError, MemoryError). */
bool vm_push_python(VM *vm, FunctionObj *fn, uint32_t args_base, int npos, Value kwnames);
/* Push the entry frame of a run: module code with its globals (RET_HOST). */
bool vm_push_module(VM *vm, CodeObj *code, Value globals);
/* Push a frame running module-level code with `globals`, routed like any pushed frame. */
bool vm_push_code(VM *vm, CodeObj *code, Value globals);
/* Run until the entry frame returns (GARTER_OK, result in vm->result) or an exception escapes
 * it (GARTER_EXCEPTION, vm->exc). */
GarterStatus vm_execute(VM *vm);

/* Resume a generator (generator.c's protocol): push its frame with the routing of
 * vm->call_ret_mode/call_ret_sp, `sent` becoming the value of the paused yield (ignored on the
 * first resume), and return VAL_PENDING. VAL_EXHAUSTED when it is already done; VAL_ERR for a
 * running generator or a non-None first send. With `throw` set, the frame is pushed and
 * vm->exc = throw is raised inside it: returns VAL_ERR for the loop to unwind from there. */
Value vm_resume_generator(VM *vm, Value gen, Value sent, Value throw);

/* Make sure the stack has room for `needed` more slots above `from`; may move vm->stack. */
bool vm_stack_reserve(VM *vm, uint32_t from, uint32_t needed);

/* Collect the items of `iterable` (an iterator, or an instance of a class whose __iter__ is run
 * first) into a new list, in a COLLECT frame. Returns the list, VAL_ERR, or VAL_PENDING (the
 * list is delivered later with the routing of vm->call_ret_mode/call_ret_sp). */
Value vm_collect(VM *vm, Value iterable);

/* ---- running ------------------------------------------------------------------------------- */

/* Run a module code object with `globals` until it finishes. Returns GARTER_OK or
 * GARTER_EXCEPTION (vm->exc holds it) or GARTER_LIMIT. */
GarterStatus vm_run_module(VM *vm, CodeObj *code, Value globals);

/* The type of any value (int, float, bool and None included). */
const TypeObj *vm_type_of(Value v);
/* Name of the type of v, for error messages ("int", "str", ...). */
const char *vm_type_name(Value v);

#endif
