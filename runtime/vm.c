/* vm.c — the interpreter loop, result delivery between frames, and exception unwinding.
 *
 * The loop keeps the top frame's hot state in C locals (ip, sp, slots, code). Anything that can
 * push or pop frames or move vm->stack (calls, iteration through native continuations, stack
 * growth) saves that state first (SAVE) and reloads it afterwards (LOAD), so the loop never
 * holds a stale pointer. Python calls never recurse in C: a call pushes a frame and the loop goes
 * on with it; a return delivers the value to the frame below (deliver()).
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "builtins.h"
#include "code.h"
#include "dict.h"
#include "exception.h"
#include "floatobj.h"
#include "format.h"
#include "gc.h"
#include "generator.h"
#include "import.h"
#include "match.h"
#include "class.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

typedef Value (*ContFn)(VM *vm, Frame *f, Value incoming);

static const ContFn cont_table[CONT_COUNT] = {
#define CONT(name, fn) fn,
#include "conts.def"
#undef CONT
};

static inline Frame *top_frame(VM *vm)
{
    return &vm->frames[vm->nframes - 1];
}

Value vm_run_native(VM *vm, Frame *f)
{
    uint32_t fi = (uint32_t)(f - vm->frames);
    Value r = cont_table[f->cont](vm, f, VAL_UNDEF);
    if (r != VAL_PENDING) vm_pop_native(vm, &vm->frames[fi]);
    return r;
}

static void pop_frame(VM *vm)
{
    Frame *f = top_frame(vm);
    if (f->kind == FRAME_PYTHON) vm->depth--;
    vm->nframes--;
}

/* Word index of the jump target of the FOR_ITER at `instr` in a suspended frame. */
static uint32_t for_iter_target(Frame *f)
{
    return INSTR_ARG(f->code->words[f->instr]);
}

/* The top frame finished with `v`: pop it and pass v down, running native continuations, until
 * a Python frame can go on (0), the run's entry frame returned (1), or a continuation failed
 * (-1, exception pending, the failing native frame still on top). */
static int deliver(VM *vm, Value v)
{
    for (;;) {
        Frame *done = top_frame(vm);
        uint8_t mode = done->ret_mode;
        uint32_t ret_sp = done->ret_sp;
        pop_frame(vm);
        if (mode == RET_HOST) {
            vm->result = v;
            return 1;
        }
        Frame *caller = top_frame(vm);
        if (caller->kind == FRAME_PYTHON) {
            if (mode == RET_FOR_ITER && v == VAL_EXHAUSTED) {
                caller->sp = ret_sp - 1;
                caller->ip = for_iter_target(caller);
            } else if (mode == RET_SEND && v == VAL_EXHAUSTED) {
                /* yield from: the sub-iterator (below ret_sp) ended; its value replaces it. */
                Value it = vm->stack[ret_sp - 1];
                caller->sp = ret_sp - 1;
                vm->stack[caller->sp++] = IS_GENERATOR(it) ? AS_GENERATOR(it)->retval : VAL_NONE;
                caller->ip = for_iter_target(caller);
            } else {
                caller->sp = ret_sp;
                if (mode != RET_DISCARD) vm->stack[caller->sp++] = v;
                if (mode == RET_PUSH_NULL) vm->stack[caller->sp++] = VAL_UNDEF;
            }
            return 0;
        }
        caller->sp = ret_sp > caller->sp ? caller->sp : ret_sp;
        if (mode == RET_DISCARD) v = VAL_NONE;
        Value r = cont_table[caller->cont](vm, caller, v);
        if (r == VAL_PENDING) return 0;
        if (r == VAL_ERR) return -1;
        v = r;
    }
}

static inline Value *frame_stack_base(VM *vm, Frame *f)
{
    CodeObj *c = f->code;
    return vm->stack + f->base + c->nlocals + c->ncells + c->nfree;
}

/* An exception leaves a generator's frame: the generator is finished, and a StopIteration
 * raised inside it becomes RuntimeError (PEP 479). */
static void leave_generator(VM *vm, Frame *f)
{
    gen_finish(vm, f->gen, VAL_UNDEF);
    if (IS_EXCEPTION(vm->exc) && ops_isinstance(vm->exc, &exc_StopIteration)) {
        Value cause = vm->exc;
        vm_raise(vm, &exc_RuntimeError, "generator raised StopIteration");
        if (IS_EXCEPTION(vm->exc)) {
            AS_EXCEPTION(vm->exc)->cause = cause;
            AS_EXCEPTION(vm->exc)->context = cause;
            AS_EXCEPTION(vm->exc)->suppress_context = true;
        }
    }
}

/* Find a handler for vm->exc, popping frames that have none. `record_top`: add a traceback entry
 * for the top frame first (a fresh raise there). True: the top frame is a Python frame whose ip
 * is the handler. False: the exception escaped the run's entry frame. */
static bool unwind(VM *vm, bool record_top)
{
    bool record = record_top;
    for (;;) {
        Frame *f = top_frame(vm);
        if (f->kind == FRAME_PYTHON) {
            if (record && !exc_add_traceback(vm, vm->exc, f->code, f->instr)) {
                /* Out of memory while recording: the MemoryError replaces the exception. */
            }
            const ExcTableEntry *h = code_find_handler(f->code, f->instr);
            if (h) {
                Value *sp = frame_stack_base(vm, f) + h->depth;
                if (h->push_lasti) *sp++ = val_from_small_int(f->instr);
                *sp++ = vm->exc;
                vm->exc = VAL_UNDEF;
                f->sp = (uint32_t)(sp - vm->stack);
                f->ip = h->target;
                return true;
            }
        }
        if (f->kind == FRAME_NATIVE && (f->flags & FRAME_CATCHES)) {
            /* The continuation sees the exception first and may handle it. */
            f->flags &= (uint8_t)~FRAME_CATCHES;
            Value r = cont_table[f->cont](vm, f, VAL_ERR);
            if (r == VAL_PENDING) return true;
            if (r != VAL_ERR) {
                int d = deliver(vm, r);
                if (d == 0) return true;
                if (d == 1)
                    return false; /* cannot happen: catching frames are never entry frames */
                record = true;
                continue;
            }
        }
        if (f->gen != VAL_UNDEF) leave_generator(vm, f);
        if (f->kind == FRAME_PYTHON && (f->ret_mode == RET_NEXT || f->ret_mode == RET_FOR_ITER) &&
            vm_exc_matches(vm, &exc_StopIteration)) {
            /* A Python __next__ signalled the end to an iterating caller. */
            vm_clear_exc(vm);
            int d = deliver(vm, VAL_EXHAUSTED);
            if (d == 0) return true;
            if (d == 1) return false;
            record = true;
            continue;
        }
        uint8_t mode = f->ret_mode;
        pop_frame(vm);
        if (mode == RET_HOST) return false;
        record = true;
    }
}

/* A call whose operands are at vm->stack[cs]: [callable, self_or_NULL, args...]. Afterwards
 * either a new frame is on top, or the result replaced the operands in the (top) caller. */
static bool do_call(VM *vm, uint32_t cs, int npos, Value kwnames)
{
    Value *s = vm->stack + cs;
    Value callable = s[0];
    uint32_t args = cs + 2;
    if (s[1] != VAL_UNDEF && val_is_kind(callable, OBJ_BOUND_METHOD)) {
        /* [bound, x, args..] (a with-statement's exit call): make room for the bound self. */
        uint32_t n =
            1 + (uint32_t)npos + (kwnames == VAL_UNDEF ? 0 : (uint32_t)AS_TUPLE(kwnames)->len);
        if (!vm_stack_reserve(vm, cs + 2 + n, 1)) return false;
        s = vm->stack + cs;
        memmove(s + 2, s + 1, n * sizeof(Value));
        s[1] = AS_BOUND_METHOD(callable)->self;
        callable = s[0] = AS_BOUND_METHOD(callable)->func;
        top_frame(vm)->sp++;
        args = cs + 1;
        npos += 2;
    } else if (s[1] != VAL_UNDEF) {
        args = cs + 1;
        npos++;
    } else if (val_is_kind(callable, OBJ_BOUND_METHOD)) {
        s[1] = AS_BOUND_METHOD(callable)->self;
        callable = s[0] = AS_BOUND_METHOD(callable)->func;
        args = cs + 1;
        npos++;
    }
    vm->call_ret_mode = RET_PUSH;
    vm->call_ret_sp = cs;
    vm->call_ret_sp_set = true;
    if (IS_FUNCTION(callable))
        return vm_push_python(vm, AS_FUNCTION(callable), args, npos, kwnames);
    if (!val_is_obj(callable)) {
        vm->call_ret_sp_set = false;
        vm_raise(vm, &exc_TypeError, "'%s' object is not callable", vm_type_name(callable));
        return false;
    }
    Value r = vm_call_native(vm, callable, vm->stack + args, npos, kwnames);
    vm->call_ret_mode = RET_PUSH;
    vm->call_ret_sp_set = false;
    if (r == VAL_PENDING) return true;
    if (r == VAL_ERR) return false;
    Frame *f = top_frame(vm);
    vm->stack[cs] = r;
    f->sp = cs + 1;
    return true;
}

static Value unpack_items(VM *vm, Value seq);
static bool may_pend(Value v);
static Value items_or_pend(VM *vm, uint32_t slot);
static const char *callable_name(Value callable, char *buf, size_t size);

/* CALL_FUNCTION_EX: spread the args sequence and kwargs dict into a normal call. */
static bool do_call_ex(VM *vm, uint32_t cs, Value args, Value kwargs)
{
    if (!IS_TUPLE(args) && !IS_LIST(args)) {
        Value items = unpack_items(vm, args);
        if (items == VAL_ERR) {
            if (vm_exc_matches(vm, &exc_TypeError) && !ops_callable(args)) {
                vm_clear_exc(vm);
                char name[128];
                vm_raise(vm, &exc_TypeError, "%s argument after * must be an iterable, not %s",
                         callable_name(vm->stack[cs], name, sizeof name), vm_type_name(args));
            }
            return false;
        }
        args = items;
    }
    size_t npos = IS_TUPLE(args) ? AS_TUPLE(args)->len : AS_LIST(args)->len;
    const Value *pos = IS_TUPLE(args) ? AS_TUPLE(args)->items : AS_LIST(args)->items;
    size_t nkw = kwargs == VAL_UNDEF ? 0 : dict_len(kwargs);
    Value kwnames = VAL_UNDEF;
    if (nkw) {
        kwnames = tuple_new(vm, nkw);
        if (kwnames == VAL_ERR) return false;
    }
    if (npos + nkw > INT32_MAX || !vm_stack_reserve(vm, cs + 2, (uint32_t)(npos + nkw) + 1))
        return false;
    Value *dst = vm->stack + cs + 2;
    memmove(dst, pos, npos * sizeof(Value));
    size_t it = 0, k = 0;
    Value key, value;
    while (nkw && dict_next(kwargs, &it, &key, &value)) {
        if (!IS_STR(key)) {
            vm_raise(vm, &exc_TypeError, "keywords must be strings");
            return false;
        }
        AS_TUPLE(kwnames)->items[k] = key;
        dst[npos + k++] = value;
    }
    top_frame(vm)->sp = cs + 2 + (uint32_t)(npos + nkw);
    return do_call(vm, cs, (int)npos, kwnames);
}

/* How CPython names a callable in call errors (_PyObject_FunctionStr): "__main__.f()",
 * "len()", or "int object". Writes into buf. */
static const char *callable_name(Value callable, char *buf, size_t size)
{
    if (IS_FUNCTION(callable)) {
        FunctionObj *fn = AS_FUNCTION(callable);
        const char *mod = IS_STR(fn->module) ? str_data(fn->module) : NULL;
        if (mod && strcmp(mod, "builtins") != 0)
            snprintf(buf, size, "%s.%s()", mod, str_data(fn->qualname));
        else
            snprintf(buf, size, "%s()", str_data(fn->qualname));
    } else if (IS_NATIVE(callable)) {
        snprintf(buf, size, "%s()", AS_NATIVE(callable)->def->name);
    } else if (IS_TYPE(callable)) {
        snprintf(buf, size, "%s()", AS_TYPE(callable)->name);
    } else {
        snprintf(buf, size, "%s object", vm_type_name(callable));
    }
    return buf;
}

static Value unpack_error(VM *vm, size_t expected, size_t got, bool at_least)
{
    if (got < expected)
        return vm_raise(vm, &exc_ValueError,
                        "not enough values to unpack (expected %s%zu, got %zu)",
                        at_least ? "at least " : "", expected, got);
    return vm_raise(vm, &exc_ValueError, "too many values to unpack (expected %zu)", expected);
}

/* Items of an unpacking source as a list or tuple (sync iteration). */
static Value unpack_items(VM *vm, Value seq)
{
    if (IS_TUPLE(seq) || IS_LIST(seq)) return seq;
    Value it = ops_iter(vm, seq);
    if (it == VAL_ERR) {
        if (vm_exc_matches(vm, &exc_TypeError) && !ops_callable(seq)) {
            vm_clear_exc(vm);
            return vm_raise(vm, &exc_TypeError, "cannot unpack non-iterable %s object",
                            vm_type_name(seq));
        }
        return VAL_ERR;
    }
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value x = ops_next(vm, it);
        if (x == VAL_EXHAUSTED) return list;
        if (x == VAL_ERR) return VAL_ERR;
        if (x == VAL_PENDING)
            return vm_raise(vm, &exc_NotImplementedError,
                            "unpacking this iterator needs Python code to run");
        if (!list_append(vm, list, x)) return VAL_ERR;
    }
}

/* Can iterating v run Python code (a generator, map with a Python function...)? */
static bool may_pend(Value v)
{
    if (!val_is_obj(v)) return false;
    switch (val_as_obj(v)->kind) {
    case OBJ_LIST:
    case OBJ_TUPLE:
    case OBJ_STR:
    case OBJ_BYTES:
    case OBJ_BYTEARRAY:
    case OBJ_DICT:
    case OBJ_SET:
    case OBJ_RANGE:
    case OBJ_DICT_VIEW:
        return false;
    default:
        return true;
    }
}

/* The items of the iterable in stack slot `slot` for an unpacking instruction. When collecting
 * them may run Python code, the instruction is set to run again once the collected list has
 * replaced the iterable in that slot: returns VAL_PENDING. */
static Value items_or_pend(VM *vm, uint32_t slot)
{
    Value seq = vm->stack[slot];
    if (!may_pend(seq)) return unpack_items(vm, seq);
    /* A class's __iter__ runs inside the COLLECT continuation; other iterables are checked
     * here so that non-iterables get CPython's message. */
    Value it = class_is_heap_instance(seq) ? seq : ops_iter(vm, seq);
    if (it == VAL_ERR) return unpack_items(vm, seq);
    uint32_t fi = vm->nframes - 1;
    uint32_t resume = vm->frames[fi].ip;
    vm->frames[fi].ip = vm->frames[fi].instr;
    vm->frames[fi].sp = slot + 1;
    vm->call_ret_mode = RET_PUSH;
    vm->call_ret_sp = slot;
    vm->call_ret_sp_set = true;
    Value r = vm_collect(vm, it);
    vm->call_ret_mode = RET_PUSH;
    vm->call_ret_sp_set = false;
    if (r != VAL_PENDING) vm->frames[fi].ip = resume;
    return r;
}

static void seq_view(Value seq, const Value **items, size_t *n)
{
    if (IS_TUPLE(seq)) {
        *items = AS_TUPLE(seq)->items;
        *n = AS_TUPLE(seq)->len;
    } else {
        *items = AS_LIST(seq)->items;
        *n = AS_LIST(seq)->len;
    }
}

static Value format_op(VM *vm, Value v, uint32_t flags, Value spec)
{
    switch (flags & 3) {
    case 1:
        v = ops_str(vm, v);
        break;
    case 2:
        v = ops_repr(vm, v);
        break;
    case 3:
        v = ops_ascii(vm, v);
        break;
    default:
        break;
    }
    /* A pending conversion (a class's __str__/__repr__) delivers the final text itself: only
     * routed when there is no format spec. */
    if (v == VAL_ERR || v == VAL_PENDING) return v;
    if (spec == VAL_UNDEF) {
        if (IS_STR(v) && vm_type_of(v) == &type_str) return v;
        if (val_is_small_int(v)) return int_to_str(vm, v, 10);
        spec = str_new(vm, "", 0);
        if (spec == VAL_ERR) return VAL_ERR;
    }
    return format_value(vm, v, spec);
}

static Value build_string(VM *vm, Value *items, uint32_t n)
{
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++) total += str_len(items[i]);
    Buf b;
    buf_init(&b, vm);
    for (uint32_t i = 0; i < n; i++) buf_append(&b, str_data(items[i]), str_len(items[i]));
    (void)total;
    return buf_finish_str(&b);
}

static Value load_global(VM *vm, Value globals, Value name)
{
    Value v;
    if (dict_get_str(vm, globals, name, &v)) return v;
    if (builtins_lookup(vm, name, &v)) return v;
    vm_raise(vm, &exc_NameError, "name '%s' is not defined", str_data(name));
    exc_set_name_context(vm, name);
    return VAL_ERR;
}

/* Does the instance's own dict hold `name` (so it hides a method of its class)? */
static bool instance_shadows(VM *vm, Value obj, Value name)
{
    Value dict = VAL_UNDEF, v;
    if (val_is_kind(obj, OBJ_INSTANCE))
        dict = AS_INSTANCE(obj)->dict;
    else if (val_is_kind(obj, OBJ_EXCEPTION))
        dict = AS_EXCEPTION(obj)->dict;
    return dict != VAL_UNDEF && dict_get_str(vm, dict, name, &v);
}

/* LOAD_GLOBAL's cache: a name found in globals is remembered by its entry position (valid while
 * that entry still holds the same key, whatever its value becomes); a builtin by the globals
 * dict's version (any change to globals could shadow it). */
#define GLOBAL_CACHE_ENTRY ((uint64_t)1 << 63)

static void global_cache_fill(InlineCache *c, DictObj *g, Value name, Value v)
{
    c->key = g;
    for (size_t i = g->nentries; i-- > 0;)
        if (g->entries[i].key == name) {
            c->version = GLOBAL_CACHE_ENTRY | i;
            return;
        }
    c->version = g->version;
    c->value = v;
}

static Value make_function(VM *vm, Frame *f, Value *sp, uint32_t flags, Value **out_sp)
{
    Value code = *--sp;
    Value closure = (flags & 8) ? *--sp : VAL_UNDEF;
    Value annotations = (flags & 4) ? *--sp : VAL_UNDEF; /* (name, value, ...) */
    Value kwdefaults = (flags & 2) ? *--sp : VAL_UNDEF;
    Value defaults = (flags & 1) ? *--sp : VAL_UNDEF;
    *out_sp = sp;
    FunctionObj *fn = gc_new(vm, sizeof(FunctionObj), OBJ_FUNCTION, &type_function);
    if (!fn) return VAL_ERR;
    CodeObj *co = AS_CODE(code);
    fn->code = co;
    fn->globals = f->globals;
    fn->defaults = defaults;
    fn->kwdefaults = kwdefaults;
    fn->closure = closure;
    fn->name = co->name;
    fn->qualname = co->qualname;
    fn->doc = co->nconsts && IS_STR(co->consts[0]) ? co->consts[0] : VAL_NONE;
    fn->dict = VAL_UNDEF;
    Value modname = VAL_NONE, key = vm_name(vm, "__name__");
    if (key == VAL_ERR) return VAL_ERR;
    if (!dict_get_str(vm, f->globals, key, &modname)) modname = VAL_NONE;
    fn->module = modname;
    if (IS_TUPLE(annotations)) {
        /* __annotations__ lives in the function's attribute dict. */
        Value ann = dict_new(vm), d = ann == VAL_ERR ? VAL_ERR : dict_new(vm);
        Value k = d == VAL_ERR ? VAL_ERR : vm_name(vm, "__annotations__");
        if (k == VAL_ERR) return VAL_ERR;
        TupleObj *t = AS_TUPLE(annotations);
        for (size_t i = 0; i + 1 < t->len; i += 2)
            if (!dict_set(vm, ann, t->items[i], t->items[i + 1])) return VAL_ERR;
        if (!dict_set(vm, d, k, ann)) return VAL_ERR;
        fn->dict = d;
    }
    return val_from_obj(fn);
}

static bool raise_from_stack(VM *vm, Value exc, Value cause, bool has_cause)
{
    if (IS_TYPE(exc)) {
        if (!(AS_TYPE(exc)->tflags & TYPE_EXCEPTION)) {
            vm_raise(vm, &exc_TypeError, "exceptions must derive from BaseException");
            return false;
        }
        exc = exc_new(vm, AS_TYPE(exc), VAL_UNDEF);
        if (exc == VAL_ERR) return false;
    } else if (!IS_EXCEPTION(exc)) {
        vm_raise(vm, &exc_TypeError, "exceptions must derive from BaseException");
        return false;
    }
    if (has_cause) {
        if (IS_TYPE(cause) && (AS_TYPE(cause)->tflags & TYPE_EXCEPTION)) {
            cause = exc_new(vm, AS_TYPE(cause), VAL_UNDEF);
            if (cause == VAL_ERR) return false;
        } else if (cause != VAL_NONE && !IS_EXCEPTION(cause)) {
            vm_raise(vm, &exc_TypeError, "exception causes must derive from BaseException");
            return false;
        }
        AS_EXCEPTION(exc)->cause = cause;
        AS_EXCEPTION(exc)->suppress_context = true;
    }
    vm_raise_value(vm, exc);
    return false;
}

static int exc_match(VM *vm, Value exc, Value type)
{
    if (IS_TUPLE(type)) {
        for (size_t i = 0; i < AS_TUPLE(type)->len; i++) {
            int r = exc_match(vm, exc, AS_TUPLE(type)->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!IS_TYPE(type) || !(AS_TYPE(type)->tflags & TYPE_EXCEPTION)) {
        vm_raise(vm, &exc_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return ops_isinstance(exc, AS_TYPE(type));
}

/* __enter__ and __exit__ of a context manager, bound to it. */
static bool with_methods(VM *vm, Value mgr, Value *enter, Value *exit)
{
    const TypeObj *t = vm_type_of(mgr);
    Value fe = class_lookup(vm, t, "__enter__"), fx = class_lookup(vm, t, "__exit__");
    if (fe == VAL_UNDEF || fx == VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "'%s' object does not support the context manager protocol%s",
                 t->name, fe == VAL_UNDEF ? "" : " (missed __exit__ method)");
        return false;
    }
    BoundMethodObj *be = gc_new(vm, sizeof *be, OBJ_BOUND_METHOD, &type_method);
    BoundMethodObj *bx = be ? gc_new(vm, sizeof *bx, OBJ_BOUND_METHOD, &type_method) : NULL;
    if (!bx) return false;
    be->func = fe;
    be->self = mgr;
    bx->func = fx;
    bx->self = mgr;
    *enter = val_from_obj(be);
    *exit = val_from_obj(bx);
    return true;
}

static Value unsupported(VM *vm, const char *what)
{
    return vm_raise(vm, &exc_NotImplementedError, "%s is not supported yet", what);
}

/* ---- the loop ------------------------------------------------------------------------------ */

#define LOAD()                                                                                     \
    do {                                                                                           \
        f = top_frame(vm);                                                                         \
        code = f->code;                                                                            \
        words = code->words;                                                                       \
        ip = words + f->ip;                                                                        \
        slots = vm->stack + f->base;                                                               \
        sp = vm->stack + f->sp;                                                                    \
        consts = code->consts;                                                                     \
        names = code->names;                                                                       \
    } while (0)
#define SAVE()                                                                                     \
    do {                                                                                           \
        f->ip = (uint32_t)(ip - words);                                                            \
        f->instr = (uint32_t)(instr - words);                                                      \
        f->sp = (uint32_t)(sp - vm->stack);                                                        \
    } while (0)

/* Backward jumps and calls: where the collector may run (every live value is on the stack). */
#define SAFE_POINT()                                                                               \
    do {                                                                                           \
        if (vm->mem.live_bytes > vm->gc_threshold || vm->gc_stress) {                              \
            SAVE();                                                                                \
            gc_maybe_collect(vm);                                                                  \
        }                                                                                          \
    } while (0)

/* Around an operation whose dunder may run Python code: the result (if it pends) replaces
 * stack slot `slot` with routing `mode`; ROUTE_END re-arms nothing. */
#define ROUTE(slot, mode)                                                                          \
    do {                                                                                           \
        vm->call_ret_mode = (mode);                                                                \
        vm->call_ret_sp = (uint32_t)(slot);                                                        \
        vm->call_ret_sp_set = true;                                                                \
        vm->pending_ok = true;                                                                     \
    } while (0)
#define ROUTE_END()                                                                                \
    do {                                                                                           \
        vm->call_ret_mode = RET_PUSH;                                                              \
        vm->call_ret_sp_set = false;                                                               \
        vm->pending_ok = false;                                                                    \
    } while (0)
#define SLOT_OF(p) ((uint32_t)((p)-vm->stack))
/* After a routed operation: a pending result continues in the pushed frame. */
#define PENDED(r)                                                                                  \
    do {                                                                                           \
        if ((r) == VAL_PENDING) {                                                                  \
            LOAD();                                                                                \
            DISPATCH();                                                                            \
        }                                                                                          \
    } while (0)

/* The truth value of an instance of a class (its __bool__ or __len__ runs as Python code):
 * TRUTH_IN_PLACE replaces the operand with a bool (for instructions that consume it); if the
 * call pends, the instruction runs again once the bool is in place. */
#define TRUTH_IN_PLACE()                                                                           \
    do {                                                                                           \
        SAVE();                                                                                    \
        f->ip = f->instr;                                                                          \
        ROUTE(SLOT_OF(sp - 1), RET_PUSH);                                                          \
        Value truth_ = class_truth(vm, TOP());                                                     \
        ROUTE_END();                                                                               \
        PENDED(truth_);                                                                            \
        f->ip = (uint32_t)(ip - words);                                                            \
        CHECK(truth_);                                                                             \
        TOP() = truth_;                                                                            \
    } while (0)
/* For `a or b` / `a and b`, which keep the operand: the bool is delivered above it and the
 * frame flag FRAME_TRUTH_ABOVE tells the re-run instruction to take it from there. */
#define TRUTH_KEEPING_OPERAND(t)                                                                   \
    do {                                                                                           \
        if (f->flags & FRAME_TRUTH_ABOVE) {                                                        \
            f->flags &= (uint8_t)~FRAME_TRUTH_ABOVE;                                               \
            (t) = POP() == VAL_TRUE;                                                               \
        } else if (class_is_heap_instance(TOP())) {                                                \
            SAVE();                                                                                \
            f->ip = f->instr;                                                                      \
            f->flags |= FRAME_TRUTH_ABOVE;                                                         \
            ROUTE(SLOT_OF(sp), RET_PUSH);                                                          \
            Value truth_ = class_truth(vm, TOP());                                                 \
            ROUTE_END();                                                                           \
            PENDED(truth_);                                                                        \
            f->flags &= (uint8_t)~FRAME_TRUTH_ABOVE;                                               \
            f->ip = (uint32_t)(ip - words);                                                        \
            CHECK(truth_);                                                                         \
            (t) = truth_ == VAL_TRUE;                                                              \
        } else {                                                                                   \
            (t) = ops_truthy(vm, TOP());                                                           \
        }                                                                                          \
    } while (0)

/* The top of the stack replaced by `expr`, an operation whose dunder may run Python code (the
 * result then arrives through the routing). */
#define REPLACE_TOP_ROUTED(expr)                                                                   \
    do {                                                                                           \
        SAVE();                                                                                    \
        ROUTE(SLOT_OF(sp - 1), RET_PUSH);                                                          \
        Value routed_ = (expr);                                                                    \
        ROUTE_END();                                                                               \
        PENDED(routed_);                                                                           \
        CHECK(routed_);                                                                            \
        TOP() = routed_;                                                                           \
    } while (0)

#define ARG (w >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define CHECK(v)                                                                                   \
    do {                                                                                           \
        if ((v) == VAL_ERR) goto error;                                                            \
    } while (0)

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#endif

#ifdef USE_COMPUTED_GOTO
#define CASE(name) L_##name:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        instr = ip;                                                                                \
        w = *ip++;                                                                                 \
        goto *dispatch[w & 0xff];                                                                  \
    } while (0)
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch_top
#endif

GarterStatus vm_execute(VM *vm)
{
#ifdef USE_COMPUTED_GOTO
    static const void *const dispatch[OP_COUNT] = {
#define OP(name, words, effect, doc) &&L_##name,
#include "opcodes.def"
#undef OP
    };
#endif
    Frame *f;
    CodeObj *code;
    const uint32_t *words, *ip, *instr = NULL;
    Value *slots, *sp, *consts, *names;
    uint32_t w;

    LOAD();
    instr = ip;
#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch_top:
    instr = ip;
    w = *ip++;
    switch ((Opcode)(w & 0xff)) {
#endif

    CASE(NOP)
    {
        DISPATCH();
    }
    CASE(POP_TOP)
    {
        sp--;
        DISPATCH();
    }
    CASE(PUSH_NULL)
    {
        PUSH(VAL_UNDEF);
        DISPATCH();
    }
    CASE(COPY)
    {
        Value v = PEEK(ARG);
        PUSH(v);
        DISPATCH();
    }
    CASE(SWAP)
    {
        Value t = TOP();
        TOP() = PEEK(ARG);
        PEEK(ARG) = t;
        DISPATCH();
    }
    CASE(LOAD_CONST)
    {
        PUSH(consts[ARG]);
        DISPATCH();
    }
    CASE(LOAD_SMALL_INT)
    {
        PUSH(val_from_small_int((int64_t)ARG - SMALL_INT_IMM_BIAS));
        DISPATCH();
    }
    CASE(RETURN_VALUE)
    {
        Value v = POP();
        SAVE();
        if (f->gen != VAL_UNDEF) {
            gen_finish(vm, f->gen, v);
            v = VAL_EXHAUSTED;
        }
        int r = deliver(vm, v);
        if (r == 1) return GARTER_OK;
        if (r < 0) goto unwind_top;
        LOAD();
        DISPATCH();
    }
    CASE(LOAD_FAST)
    {
        Value v = slots[ARG];
        if (v == VAL_UNDEF) {
            vm_raise(vm, &exc_UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value",
                     str_data(code->localnames[ARG]));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_FAST)
    {
        slots[ARG] = POP();
        DISPATCH();
    }
    CASE(DELETE_FAST)
    {
        if (slots[ARG] == VAL_UNDEF) {
            vm_raise(vm, &exc_UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value",
                     str_data(code->localnames[ARG]));
            goto error;
        }
        slots[ARG] = VAL_UNDEF;
        DISPATCH();
    }
    CASE(LOAD_DEREF)
    {
        Value v = AS_CELL(slots[code->nlocals + ARG])->value;
        if (v == VAL_UNDEF) {
            uint32_t i = ARG;
            if (i < code->ncells)
                vm_raise(vm, &exc_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a "
                         "value",
                         str_data(code->cellnames[i]));
            else
                vm_raise(vm, &exc_NameError,
                         "cannot access free variable '%s' where it is not associated with a "
                         "value in enclosing scope",
                         str_data(code->freenames[i - code->ncells]));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_DEREF)
    {
        AS_CELL(slots[code->nlocals + ARG])->value = POP();
        DISPATCH();
    }
    CASE(DELETE_DEREF)
    {
        AS_CELL(slots[code->nlocals + ARG])->value = VAL_UNDEF;
        DISPATCH();
    }
    CASE(LOAD_CLOSURE)
    {
        PUSH(slots[code->nlocals + ARG]);
        DISPATCH();
    }
    CASE(LOAD_GLOBAL)
    {
        InlineCache *c = &code->caches[*ip++];
        Value name = names[ARG >> 1];
        DictObj *g = AS_DICT(f->globals);
        Value v = VAL_UNDEF;
        if (c->key == g) {
            if (c->version & GLOBAL_CACHE_ENTRY) {
                uint64_t i = c->version & ~GLOBAL_CACHE_ENTRY;
                if (i < g->nentries && g->entries[i].key == name) v = g->entries[i].value;
            } else if (c->version == g->version) {
                v = c->value;
            }
        }
        if (v == VAL_UNDEF) {
            v = load_global(vm, f->globals, name);
            CHECK(v);
            global_cache_fill(c, g, name, v);
        }
        PUSH(v);
        if (ARG & 1) PUSH(VAL_UNDEF);
        DISPATCH();
    }
    CASE(STORE_GLOBAL)
    {
        Value v = POP();
        if (!dict_set(vm, f->globals, names[ARG], v)) goto error;
        DISPATCH();
    }
    CASE(DELETE_GLOBAL)
    {
        int r = dict_del(vm, f->globals, names[ARG]);
        if (r < 0) goto error;
        if (r == 0) {
            vm_raise(vm, &exc_NameError, "name '%s' is not defined", str_data(names[ARG]));
            exc_set_name_context(vm, names[ARG]);
            goto error;
        }
        DISPATCH();
    }
    CASE(LOAD_NAME)
    {
        Value v;
        if (f->locals != VAL_UNDEF && dict_get_str(vm, f->locals, names[ARG], &v)) {
            PUSH(v);
            DISPATCH();
        }
        v = load_global(vm, f->globals, names[ARG]);
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_NAME)
    {
        Value v = POP();
        Value ns = f->locals != VAL_UNDEF ? f->locals : f->globals;
        if (!dict_set(vm, ns, names[ARG], v)) goto error;
        DISPATCH();
    }
    CASE(DELETE_NAME)
    {
        Value ns = f->locals != VAL_UNDEF ? f->locals : f->globals;
        int r = dict_del(vm, ns, names[ARG]);
        if (r < 0) goto error;
        if (r == 0) {
            vm_raise(vm, &exc_NameError, "name '%s' is not defined", str_data(names[ARG]));
            exc_set_name_context(vm, names[ARG]);
            goto error;
        }
        DISPATCH();
    }
    CASE(LOAD_ATTR)
    {
        InlineCache *c = &code->caches[*ip++];
        Value obj = TOP();
        const TypeObj *t = vm_type_of(obj);
        if ((t->tflags & TYPE_HEAP) && val_is_kind(obj, OBJ_INSTANCE)) {
            /* A name the class (and its bases) does not define lives in the instance dict:
             * cached per instruction while no class changed (vm->class_epoch). */
            if (c->key != t || c->version != vm->class_epoch) {
                const MethodDef *def;
                Value found = class_lookup_def(vm, t, names[ARG], NULL, &def);
                c->key = t;
                c->version = vm->class_epoch;
                c->value = found == VAL_UNDEF && !def ? VAL_FALSE : VAL_TRUE;
            }
            Value dict = AS_INSTANCE(obj)->dict, v;
            if (c->value == VAL_FALSE && dict != VAL_UNDEF &&
                dict_get_str(vm, dict, names[ARG], &v)) {
                TOP() = v;
                DISPATCH();
            }
        }
        SAVE();
        ROUTE(SLOT_OF(sp - 1), RET_PUSH);
        Value v = ops_getattr(vm, TOP(), names[ARG]);
        ROUTE_END();
        PENDED(v);
        CHECK(v);
        TOP() = v;
        DISPATCH();
    }
    CASE(STORE_ATTR)
    {
        InlineCache *c = &code->caches[*ip++];
        Value obj = POP();
        Value v = POP();
        const TypeObj *t = vm_type_of(obj);
        if ((t->tflags & TYPE_HEAP) && val_is_kind(obj, OBJ_INSTANCE)) {
            /* No __setattr__ and no class attribute of that name (a property): a plain store
             * into the instance dict, cached per instruction while no class changed. */
            if (c->key != t || c->version != vm->class_epoch) {
                const MethodDef *def;
                Value found = class_lookup_def(vm, t, names[ARG], NULL, &def);
                bool plain =
                    found == VAL_UNDEF && !def && class_lookup(vm, t, "__setattr__") == VAL_UNDEF;
                c->key = t;
                c->version = vm->class_epoch;
                c->value = val_from_bool(plain);
            }
            if (c->value == VAL_TRUE) {
                InstanceObj *inst = AS_INSTANCE(obj);
                if (inst->dict == VAL_UNDEF) {
                    Value d = dict_new(vm);
                    CHECK(d);
                    inst->dict = d;
                }
                if (!dict_set(vm, inst->dict, names[ARG], v)) goto error;
                DISPATCH();
            }
        }
        SAVE();
        ROUTE(SLOT_OF(sp), RET_DISCARD);
        bool ok = ops_setattr(vm, obj, names[ARG], v);
        ROUTE_END();
        if (!ok) goto error;
        if (vm->last_pended) {
            vm->last_pended = false;
            LOAD();
        }
        DISPATCH();
    }
    CASE(DELETE_ATTR)
    {
        Value obj = POP();
        SAVE();
        ROUTE(SLOT_OF(sp), RET_DISCARD);
        bool ok = ops_setattr(vm, obj, names[ARG], VAL_UNDEF);
        ROUTE_END();
        if (!ok) goto error;
        if (vm->last_pended) {
            vm->last_pended = false;
            LOAD();
        }
        DISPATCH();
    }
    CASE(LOAD_METHOD)
    {
        InlineCache *c = &code->caches[*ip++];
        Value obj = TOP();
        const TypeObj *t = vm_type_of(obj);
        if (c->key == t) {
            TOP() = c->value;
            PUSH(obj);
            DISPATCH();
        }
        /* Methods of static builtin types never change, so the descriptor is cached by type. */
        if ((t->hdr.flags & OBJ_STATIC) && !t->getattr && !IS_TYPE(obj) &&
            !val_is_kind(obj, OBJ_MODULE)) {
            const MemberDef *member;
            const MethodDef *def =
                ops_find_method(t, str_data(names[ARG]), str_len(names[ARG]), &member);
            if (def && !(def->flags & (METH_STATIC | METH_CLASS))) {
                Value d = native_new_descriptor(vm, def, t);
                CHECK(d);
                c->key = t;
                c->value = d;
                TOP() = d;
                PUSH(obj);
                DISPATCH();
            }
        }
        if (t->tflags & TYPE_HEAP) {
            /* A function found on the class and not shadowed by the instance: no bound
             * method object is made. */
            const MethodDef *def;
            Value found = class_lookup_def(vm, t, names[ARG], NULL, &def);
            if (IS_FUNCTION(found) && !def && !instance_shadows(vm, obj, names[ARG])) {
                TOP() = found;
                PUSH(obj);
                DISPATCH();
            }
        }
        SAVE();
        ROUTE(SLOT_OF(sp - 1), RET_PUSH_NULL);
        Value v = ops_getattr(vm, obj, names[ARG]);
        ROUTE_END();
        PENDED(v);
        CHECK(v);
        TOP() = v;
        PUSH(VAL_UNDEF);
        DISPATCH();
    }
    CASE(BINARY_SUBSCR)
    {
        Value key = POP();
        Value c = TOP();
        if (IS_LIST(c) && val_is_small_int(key)) {
            int64_t i = val_as_small_int(key);
            ListObj *l = AS_LIST(c);
            if (i < 0) i += (int64_t)l->len;
            if (i >= 0 && (uint64_t)i < l->len) {
                TOP() = l->items[i];
                DISPATCH();
            }
        }
        SAVE();
        ROUTE(SLOT_OF(sp - 1), RET_PUSH);
        Value v = ops_getitem(vm, c, key);
        ROUTE_END();
        PENDED(v);
        CHECK(v);
        TOP() = v;
        DISPATCH();
    }
    CASE(STORE_SUBSCR)
    {
        Value key = POP();
        Value c = POP();
        Value v = POP();
        if (IS_LIST(c) && val_is_small_int(key)) {
            int64_t i = val_as_small_int(key);
            ListObj *l = AS_LIST(c);
            if (i < 0) i += (int64_t)l->len;
            if (i >= 0 && (uint64_t)i < l->len) {
                l->items[i] = v;
                DISPATCH();
            }
        }
        SAVE();
        ROUTE(SLOT_OF(sp), RET_DISCARD);
        bool ok = ops_setitem(vm, c, key, v);
        ROUTE_END();
        if (!ok) goto error;
        if (vm->last_pended) {
            vm->last_pended = false;
            LOAD();
        }
        DISPATCH();
    }
    CASE(DELETE_SUBSCR)
    {
        Value key = POP();
        Value c = POP();
        SAVE();
        ROUTE(SLOT_OF(sp), RET_DISCARD);
        bool ok = ops_delitem(vm, c, key);
        ROUTE_END();
        if (!ok) goto error;
        if (vm->last_pended) {
            vm->last_pended = false;
            LOAD();
        }
        DISPATCH();
    }
    CASE(BUILD_SLICE)
    {
        Value step = ARG == 3 ? POP() : VAL_NONE;
        Value hi = POP();
        Value lo = TOP();
        Value s = slice_new(vm, lo, hi, step);
        CHECK(s);
        TOP() = s;
        DISPATCH();
    }
    CASE(BINARY_OP)
    {
        Value b = POP();
        Value a = TOP();
        uint32_t op = ARG & 0x7f;
        if (val_is_small_int(a) && val_is_small_int(b)) {
            int64_t x = val_as_small_int(a), y = val_as_small_int(b), r;
            switch (op) {
            case BINOP_ADD:
                r = x + y;
                goto small_result;
            case BINOP_SUB:
                r = x - y;
                goto small_result;
            case BINOP_MUL:
                if (__builtin_mul_overflow(x, y, &r)) break;
                goto small_result;
            case BINOP_AND:
                r = x & y;
                goto small_result;
            case BINOP_OR:
                r = x | y;
                goto small_result;
            case BINOP_XOR:
                r = x ^ y;
                goto small_result;
            case BINOP_FLOORDIV:
                if (y == 0) break;
                r = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
                goto small_result;
            case BINOP_MOD:
                if (y == 0) break;
                r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) r += y;
                goto small_result;
            default:
                break;
            }
            goto slow_binop;
        small_result:
            if (small_int_fits(r)) {
                TOP() = val_from_small_int(r);
                DISPATCH();
            }
            goto slow_binop;
        }
        if (val_is_float(a) && val_is_float(b)) {
            double x = val_as_float(a), y = val_as_float(b);
            switch (op) {
            case BINOP_ADD:
                TOP() = val_from_float(x + y);
                DISPATCH();
            case BINOP_SUB:
                TOP() = val_from_float(x - y);
                DISPATCH();
            case BINOP_MUL:
                TOP() = val_from_float(x * y);
                DISPATCH();
            case BINOP_TRUEDIV:
                if (y != 0.0) {
                    TOP() = val_from_float(x / y);
                    DISPATCH();
                }
                break;
            default:
                break;
            }
        }
        if (IS_STR(a) && IS_STR(b) && op == BINOP_ADD) {
            Value r = str_concat(vm, a, b);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
    slow_binop : {
        SAVE();
        ROUTE(SLOT_OF(sp - 1), RET_PUSH);
        Value r = ops_binop(vm, a, b, (BinOp)op, (ARG & BINOP_INPLACE_FLAG) != 0);
        ROUTE_END();
        PENDED(r);
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    }
    CASE(UNARY_NEGATIVE)
    {
        Value a = TOP();
        if (val_is_small_int(a) && val_as_small_int(a) != SMALL_INT_MIN) {
            TOP() = val_from_small_int(-val_as_small_int(a));
            DISPATCH();
        }
        REPLACE_TOP_ROUTED(ops_unary(vm, a, UNARY_NEG));
        DISPATCH();
    }
    CASE(UNARY_POSITIVE)
    {
        REPLACE_TOP_ROUTED(ops_unary(vm, TOP(), UNARY_POS));
        DISPATCH();
    }
    CASE(UNARY_INVERT)
    {
        REPLACE_TOP_ROUTED(ops_unary(vm, TOP(), UNARY_INVERT));
        DISPATCH();
    }
    CASE(UNARY_NOT)
    {
        if (class_is_heap_instance(TOP())) TRUTH_IN_PLACE();
        int t = ops_truthy(vm, TOP());
        if (t < 0) goto error;
        TOP() = val_from_bool(!t);
        DISPATCH();
    }
    CASE(COMPARE_OP)
    {
        Value b = POP();
        Value a = TOP();
        SAVE();
        ROUTE(SLOT_OF(sp - 1), RET_PUSH);
        Value r = ops_compare(vm, a, b, (CmpOp)ARG);
        ROUTE_END();
        PENDED(r);
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    CASE(IS_OP)
    {
        Value b = POP();
        bool same = TOP() == b;
        TOP() = val_from_bool(ARG ? !same : same);
        DISPATCH();
    }
    CASE(CONTAINS_OP)
    {
        Value container = POP();
        if (class_is_heap_instance(container)) {
            Value fn = class_lookup(vm, vm_type_of(container), "__contains__");
            if (fn != VAL_UNDEF) {
                Value args[2] = {container, TOP()};
                SAVE();
                ROUTE(SLOT_OF(sp - 1), RET_PUSH);
                Value r = class_call_as_bool(vm, fn, args, 2, ARG != 0, false, false);
                ROUTE_END();
                PENDED(r);
                CHECK(r);
                TOP() = r;
                DISPATCH();
            }
        }
        int r = ops_contains(vm, container, TOP());
        if (r < 0) goto error;
        TOP() = val_from_bool(ARG ? !r : r);
        DISPATCH();
    }
    CASE(JUMP)
    {
        const uint32_t *target = words + ARG;
        if (target <= instr) SAFE_POINT();
        ip = target;
        DISPATCH();
    }
    CASE(POP_JUMP_IF_FALSE)
    {
        if (class_is_heap_instance(TOP())) TRUTH_IN_PLACE();
        /* Collect before popping: the tested value must stay reachable while it is used. */
        if (ARG <= (uint32_t)(instr - words)) SAFE_POINT();
        Value v = POP();
        if (v == VAL_FALSE) {
            ip = words + ARG;
        } else if (v != VAL_TRUE) {
            int t = ops_truthy(vm, v);
            if (t < 0) goto error;
            if (!t) ip = words + ARG;
        }
        DISPATCH();
    }
    CASE(POP_JUMP_IF_TRUE)
    {
        if (class_is_heap_instance(TOP())) TRUTH_IN_PLACE();
        /* Collect before popping: the tested value must stay reachable while it is used. */
        if (ARG <= (uint32_t)(instr - words)) SAFE_POINT();
        Value v = POP();
        if (v == VAL_TRUE) {
            ip = words + ARG;
        } else if (v != VAL_FALSE) {
            int t = ops_truthy(vm, v);
            if (t < 0) goto error;
            if (t) ip = words + ARG;
        }
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NONE)
    {
        if (POP() == VAL_NONE) ip = words + ARG;
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NOT_NONE)
    {
        if (POP() != VAL_NONE) ip = words + ARG;
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP)
    {
        int t;
        TRUTH_KEEPING_OPERAND(t);
        if (t < 0) goto error;
        if (!t)
            ip = words + ARG;
        else
            sp--;
        DISPATCH();
    }
    CASE(JUMP_IF_TRUE_OR_POP)
    {
        int t;
        TRUTH_KEEPING_OPERAND(t);
        if (t < 0) goto error;
        if (t)
            ip = words + ARG;
        else
            sp--;
        DISPATCH();
    }
    CASE(GET_ITER)
    {
        REPLACE_TOP_ROUTED(ops_iter(vm, TOP()));
        DISPATCH();
    }
    CASE(FOR_ITER)
    {
        Value it = TOP();
        SAVE();
        ROUTE(f->sp, RET_FOR_ITER);
        Value v = ops_next(vm, it);
        ROUTE_END();
        if (v == VAL_PENDING) {
            LOAD();
            DISPATCH();
        }
        if (v == VAL_EXHAUSTED) {
            sp--;
            ip = words + ARG;
            DISPATCH();
        }
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    CASE(UNPACK_SEQUENCE)
    {
        uint32_t n = ARG;
        SAVE();
        Value items = items_or_pend(vm, (uint32_t)(sp - 1 - vm->stack));
        if (items == VAL_PENDING) {
            LOAD();
            DISPATCH();
        }
        sp--;
        CHECK(items);
        const Value *src;
        size_t len;
        seq_view(items, &src, &len);
        if (len != n) {
            unpack_error(vm, n, len, false);
            goto error;
        }
        for (uint32_t i = 0; i < n; i++) PUSH(src[n - 1 - i]);
        DISPATCH();
    }
    CASE(UNPACK_EX)
    {
        uint32_t before = ARG & 0xff, after = ARG >> 8;
        SAVE();
        Value items = items_or_pend(vm, (uint32_t)(sp - 1 - vm->stack));
        if (items == VAL_PENDING) {
            LOAD();
            DISPATCH();
        }
        sp--;
        CHECK(items);
        const Value *src;
        size_t len;
        seq_view(items, &src, &len);
        if (len < (size_t)before + after) {
            unpack_error(vm, (size_t)before + after, len, true);
            goto error;
        }
        for (uint32_t i = 0; i < after; i++) PUSH(src[len - 1 - i]);
        Value mid = list_from_array(vm, src + before, len - before - after);
        CHECK(mid);
        PUSH(mid);
        for (uint32_t i = 0; i < before; i++) PUSH(src[before - 1 - i]);
        DISPATCH();
    }
    CASE(BUILD_TUPLE)
    {
        uint32_t n = ARG;
        Value t = tuple_from_array(vm, sp - n, n);
        CHECK(t);
        sp -= n;
        PUSH(t);
        DISPATCH();
    }
    CASE(BUILD_LIST)
    {
        uint32_t n = ARG;
        Value l = list_from_array(vm, sp - n, n);
        CHECK(l);
        sp -= n;
        PUSH(l);
        DISPATCH();
    }
    CASE(BUILD_SET)
    {
        uint32_t n = ARG;
        Value s = set_new(vm, false);
        CHECK(s);
        for (uint32_t i = 0; i < n; i++)
            if (!set_add(vm, s, sp[-(int)n + (int)i])) goto error;
        sp -= n;
        PUSH(s);
        DISPATCH();
    }
    CASE(BUILD_MAP)
    {
        uint32_t n = ARG;
        Value d = dict_new(vm);
        CHECK(d);
        Value *pairs = sp - 2 * n;
        for (uint32_t i = 0; i < n; i++)
            if (!dict_set(vm, d, pairs[2 * i], pairs[2 * i + 1])) goto error;
        sp = pairs;
        PUSH(d);
        DISPATCH();
    }
    CASE(BUILD_STRING)
    {
        uint32_t n = ARG;
        Value s = build_string(vm, sp - n, n);
        CHECK(s);
        sp -= n;
        PUSH(s);
        DISPATCH();
    }
    CASE(LIST_APPEND)
    {
        Value v = POP();
        if (!list_append(vm, PEEK(ARG), v)) goto error;
        DISPATCH();
    }
    CASE(SET_ADD)
    {
        Value v = POP();
        if (!set_add(vm, PEEK(ARG), v)) goto error;
        DISPATCH();
    }
    CASE(MAP_ADD)
    {
        Value v = POP();
        Value k = POP();
        if (!dict_set(vm, PEEK(ARG), k, v)) goto error;
        DISPATCH();
    }
    CASE(LIST_EXTEND)
    {
        Value it = TOP();
        SAVE();
        Value items = items_or_pend(vm, (uint32_t)(sp - 1 - vm->stack));
        if (items == VAL_PENDING) {
            LOAD();
            DISPATCH();
        }
        sp--;
        Value list = PEEK(ARG);
        if (items == VAL_ERR) {
            if (vm_exc_matches(vm, &exc_TypeError)) {
                vm_clear_exc(vm);
                vm_raise(vm, &exc_TypeError, "Value after * must be an iterable, not %s",
                         vm_type_name(it));
            }
            goto error;
        }
        const Value *src;
        size_t len;
        seq_view(items, &src, &len);
        if (!list_extend_array(vm, list, src, len)) goto error;
        DISPATCH();
    }
    CASE(SET_UPDATE)
    {
        Value it = TOP();
        SAVE();
        /* set_update merges sets, dicts, lists and tuples in CPython's order. */
        Value items =
            IS_SET(it) || IS_DICT(it) ? it : items_or_pend(vm, (uint32_t)(sp - 1 - vm->stack));
        if (items == VAL_PENDING) {
            LOAD();
            DISPATCH();
        }
        sp--;
        Value set = PEEK(ARG);
        CHECK(items);
        if (!set_update(vm, set, items)) goto error;
        DISPATCH();
    }
    CASE(DICT_UPDATE)
    {
        Value m = POP();
        if (!IS_DICT(m)) {
            vm_raise(vm, &exc_TypeError, "'%s' object is not a mapping", vm_type_name(m));
            goto error;
        }
        if (!dict_update(vm, PEEK(ARG), m)) goto error;
        DISPATCH();
    }
    CASE(DICT_MERGE)
    {
        Value m = POP();
        Value d = PEEK(ARG);
        if (!IS_DICT(m)) {
            vm_raise(vm, &exc_TypeError, "argument after ** must be a mapping, not %s",
                     vm_type_name(m));
            goto error;
        }
        size_t pos = 0;
        Value k, v, existing;
        while (dict_next(m, &pos, &k, &v)) {
            if (!IS_STR(k)) {
                vm_raise(vm, &exc_TypeError, "keywords must be strings");
                goto error;
            }
            if (dict_get_str(vm, d, k, &existing)) {
                char name[128];
                vm_raise(vm, &exc_TypeError, "%s got multiple values for keyword argument '%s'",
                         callable_name(PEEK(ARG + 3), name, sizeof name), str_data(k));
                goto error;
            }
            if (!dict_set(vm, d, k, v)) goto error;
        }
        DISPATCH();
    }
    CASE(LIST_TO_TUPLE)
    {
        ListObj *l = AS_LIST(TOP());
        Value t = tuple_from_array(vm, l->items, l->len);
        CHECK(t);
        TOP() = t;
        DISPATCH();
    }
    CASE(FORMAT_VALUE)
    {
        Value spec = (ARG & 4) ? POP() : VAL_UNDEF;
        SAVE();
        if (spec == VAL_UNDEF) ROUTE(SLOT_OF(sp - 1), RET_PUSH);
        Value r = spec == VAL_UNDEF && (ARG & 3) != 3 && class_needs_render(vm, TOP())
                      ? class_render(vm, TOP(), (ARG & 3) != 2)
                      : format_op(vm, TOP(), ARG, spec);
        ROUTE_END();
        PENDED(r);
        CHECK(r);
        TOP() = r;
        DISPATCH();
    }
    CASE(KW_NAMES)
    {
        vm->kwnames = consts[ARG];
        DISPATCH();
    }
    CASE(CALL)
    {
        uint32_t argc = ARG;
        Value kw = vm->kwnames;
        vm->kwnames = VAL_UNDEF;
        uint32_t nkw = kw == VAL_UNDEF ? 0 : (uint32_t)AS_TUPLE(kw)->len;
        Value *cs = sp - argc - 2;
        SAVE();
        SAFE_POINT();
        if (!do_call(vm, (uint32_t)(cs - vm->stack), (int)(argc - nkw), kw)) goto error_reload;
        LOAD();
        DISPATCH();
    }
    CASE(CALL_FUNCTION_EX)
    {
        if (!(ARG & 1) && may_pend(TOP())) {
            SAVE();
            Value items = items_or_pend(vm, (uint32_t)(sp - 1 - vm->stack));
            if (items == VAL_PENDING) {
                LOAD();
                DISPATCH();
            }
            CHECK(items);
            TOP() = items;
        }
        Value kwargs = (ARG & 1) ? POP() : VAL_UNDEF;
        Value args = POP();
        Value *cs = sp - 2;
        SAVE();
        if (!do_call_ex(vm, (uint32_t)(cs - vm->stack), args, kwargs)) goto error_reload;
        LOAD();
        DISPATCH();
    }
    CASE(MAKE_FUNCTION)
    {
        Value *new_sp;
        Value fn = make_function(vm, f, sp, ARG, &new_sp);
        CHECK(fn);
        sp = new_sp;
        PUSH(fn);
        DISPATCH();
    }
    CASE(RAISE_VARARGS)
    {
        if (ARG == 0) {
            if (vm->handled == VAL_NONE || vm->handled == VAL_UNDEF) {
                vm_raise(vm, &exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            vm->exc = vm->handled;
            SAVE();
            goto unwind_top;
        }
        Value cause = ARG == 2 ? POP() : VAL_UNDEF;
        Value exc = POP();
        SAVE();
        raise_from_stack(vm, exc, cause, ARG == 2);
        goto error;
    }
    CASE(PUSH_EXC_INFO)
    {
        Value exc = TOP();
        TOP() = vm->handled;
        PUSH(exc);
        vm->handled = exc;
        DISPATCH();
    }
    CASE(POP_EXCEPT)
    {
        vm->handled = POP();
        DISPATCH();
    }
    CASE(CHECK_EXC_MATCH)
    {
        Value type = POP();
        int r = exc_match(vm, TOP(), type);
        if (r < 0) goto error;
        PUSH(val_from_bool(r));
        DISPATCH();
    }
    CASE(RERAISE)
    {
        vm->exc = POP();
        SAVE();
        goto unwind_top;
    }
    CASE(LOAD_ASSERTION_ERROR)
    {
        PUSH(val_from_obj(&exc_AssertionError));
        DISPATCH();
    }
    CASE(IMPORT_NAME)
    {
        sp -= 2; /* level, fromlist: only absolute imports of Garter's own modules */
        SAVE();
        ROUTE(SLOT_OF(sp), RET_PUSH);
        Value m = import_module(vm, names[ARG]);
        ROUTE_END();
        PENDED(m);
        CHECK(m);
        PUSH(m);
        DISPATCH();
    }
    CASE(IMPORT_FROM)
    {
        SAVE();
        Value v = import_from(vm, TOP(), names[ARG]);
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    CASE(IMPORT_STAR)
    {
        Value m = POP();
        SAVE();
        if (!import_star(vm, m, f->locals != VAL_UNDEF ? f->locals : f->globals)) goto error;
        DISPATCH();
    }
    CASE(LOAD_BUILD_CLASS)
    {
        Value bc = native_new_bound(vm, &class_build_class_def, VAL_UNDEF);
        CHECK(bc);
        PUSH(bc);
        DISPATCH();
    }
    CASE(BEFORE_WITH)
    {
        /* [.. mgr] -> [.. exit enter_result]; __enter__ may run Python code. */
        Value mgr = TOP();
        Value enter, exit;
        SAVE();
        if (!with_methods(vm, mgr, &enter, &exit)) goto error;
        TOP() = exit;
        ROUTE(SLOT_OF(sp), RET_PUSH);
        Value r = vm_call(vm, enter, NULL, 0, VAL_UNDEF);
        ROUTE_END();
        PENDED(r);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    CASE(WITH_EXCEPT_START)
    {
        /* [.. exit lasti prev exc] -> [.. exit lasti prev exc exit(type, exc, tb)] */
        Value exc = TOP();
        Value exit = PEEK(4);
        Value args[3] = {val_from_obj(vm_type_of(exc)), exc,
                         IS_EXCEPTION(exc) ? AS_EXCEPTION(exc)->traceback : VAL_NONE};
        SAVE();
        ROUTE(SLOT_OF(sp), RET_PUSH);
        Value r = vm_call(vm, exit, args, 3, VAL_UNDEF);
        ROUTE_END();
        PENDED(r);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    CASE(RETURN_GENERATOR)
    {
        SAVE();
        Value gen = gen_create(vm, f, f->ip, f->sp);
        CHECK(gen);
        int r = deliver(vm, gen);
        if (r == 1) return GARTER_OK;
        if (r < 0) goto unwind_top;
        LOAD();
        DISPATCH();
    }
    CASE(YIELD_VALUE)
    {
        Value v = POP();
        SAVE();
        gen_suspend(vm, f, f->ip, f->sp);
        int r = deliver(vm, v);
        if (r == 1) return GARTER_OK;
        if (r < 0) goto unwind_top;
        LOAD();
        DISPATCH();
    }
    CASE(GET_YIELD_FROM_ITER)
    {
        if (!IS_GENERATOR(TOP())) {
            Value it = ops_iter(vm, TOP());
            CHECK(it);
            TOP() = it;
        }
        DISPATCH();
    }
    CASE(SEND)
    {
        Value v = POP();
        Value it = TOP();
        SAVE();
        vm->call_ret_mode = RET_SEND;
        vm->call_ret_sp = f->sp;
        vm->call_ret_sp_set = true;
        Value r;
        if (IS_GENERATOR(it)) {
            r = vm_resume_generator(vm, it, v, VAL_UNDEF);
        } else if (v == VAL_NONE) {
            vm->pending_ok = true;
            r = ops_next(vm, it);
            vm->pending_ok = false;
        } else {
            r = vm_raise(vm, &exc_TypeError, "can't send a value to a non-generator iterator");
        }
        vm->call_ret_mode = RET_PUSH;
        vm->call_ret_sp_set = false;
        if (r == VAL_PENDING) {
            LOAD();
            DISPATCH();
        }
        CHECK(r);
        if (r == VAL_EXHAUSTED) {
            TOP() = IS_GENERATOR(it) ? AS_GENERATOR(it)->retval : VAL_NONE;
            ip = words + ARG;
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }
    CASE(GET_AWAITABLE)
    {
        unsupported(vm, "await");
        goto error;
    }
    CASE(GET_LEN)
    {
        int64_t n = ops_len(vm, TOP());
        if (n < 0) goto error;
        Value len = int_from_i64(vm, n);
        CHECK(len);
        PUSH(len);
        DISPATCH();
    }
    CASE(MATCH_MAPPING)
    {
        bool is_mapping = match_is_mapping(TOP());
        PUSH(val_from_bool(is_mapping));
        DISPATCH();
    }
    CASE(MATCH_SEQUENCE)
    {
        bool is_sequence = match_is_sequence(TOP());
        PUSH(val_from_bool(is_sequence));
        DISPATCH();
    }
    CASE(MATCH_KEYS)
    {
        Value values = match_keys(vm, PEEK(2), TOP());
        CHECK(values);
        PUSH(values);
        DISPATCH();
    }
    CASE(MATCH_CLASS)
    {
        Value kwnames = POP();
        Value cls = POP();
        Value attrs = match_class(vm, TOP(), cls, ARG, kwnames);
        CHECK(attrs);
        TOP() = attrs;
        DISPATCH();
    }
    CASE(COPY_DICT_WITHOUT_KEYS)
    {
        Value rest = dict_without_keys(vm, PEEK(2), TOP());
        CHECK(rest);
        TOP() = rest;
        DISPATCH();
    }
    CASE(SETUP_ANNOTATIONS)
    {
        Value ns = f->locals != VAL_UNDEF ? f->locals : f->globals;
        Value name = vm_name(vm, "__annotations__");
        CHECK(name);
        Value existing;
        if (!dict_get_str(vm, ns, name, &existing)) {
            Value d = dict_new(vm);
            CHECK(d);
            if (!dict_set(vm, ns, name, d)) goto error;
        }
        DISPATCH();
    }
    CASE(UNSUPPORTED)
    {
        unsupported(vm, str_data(consts[ARG]));
        goto error;
    }
#ifndef USE_COMPUTED_GOTO
default:
    break;
}
#endif

error :
    /* An exception raised by the instruction at `instr` of the top frame. */
    SAVE();
error_reload : if (!unwind(vm, true)) return GARTER_EXCEPTION;
LOAD();
DISPATCH();
unwind_top :
    /* Re-raise (bare raise, RERAISE) or a failed continuation: no new traceback entry for the
     * top frame. */
    if (!unwind(vm, false)) return GARTER_EXCEPTION;
LOAD();
DISPATCH();
}

GarterStatus vm_run_module(VM *vm, CodeObj *code, Value globals)
{
    if (!vm_push_module(vm, code, globals)) return GARTER_EXCEPTION;
    return vm_execute(vm);
}
