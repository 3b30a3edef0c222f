/* call.c — frames and calls: pushing Python and native frames, binding arguments to parameters
 * with CPython's error messages, and vm_call for native code. The interpreter loop (vm.c) uses
 * the same functions, so there is one binding path. */
#include <string.h>

#include "buf.h"
#include "code.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define STACK_MIN 256
#define FRAMES_MIN 16

bool vm_stack_reserve(VM *vm, uint32_t from, uint32_t needed)
{
    uint64_t want = (uint64_t)from + needed;
    if (want <= vm->stack_cap) return true;
    if (want > UINT32_MAX / 2) {
        vm_raise_nomem(vm);
        return false;
    }
    uint32_t cap = vm->stack_cap ? vm->stack_cap : STACK_MIN;
    while (cap < want) cap *= 2;
    Value *grown =
        mem_realloc(&vm->mem, vm->stack, vm->stack_cap * sizeof(Value), cap * sizeof(Value));
    if (!grown) {
        vm_raise_nomem(vm);
        return false;
    }
    vm->stack = grown;
    vm->stack_cap = cap;
    return true;
}

static uint32_t top_sp(VM *vm)
{
    return vm->nframes ? vm->frames[vm->nframes - 1].sp : 0;
}

/* Append a frame record and give it the return routing requested by the pusher (vm.h). */
static Frame *frame_alloc(VM *vm)
{
    if (vm->nframes == vm->frames_cap) {
        uint32_t cap = vm->frames_cap ? vm->frames_cap * 2 : FRAMES_MIN;
        Frame *grown =
            mem_realloc(&vm->mem, vm->frames, vm->frames_cap * sizeof(Frame), cap * sizeof(Frame));
        if (!grown) {
            vm_raise_nomem(vm);
            return NULL;
        }
        vm->frames = grown;
        vm->frames_cap = cap;
    }
    Frame *f = &vm->frames[vm->nframes];
    memset(f, 0, sizeof *f);
    f->ret_mode = vm->call_ret_mode;
    f->ret_sp = vm->call_ret_sp_set ? vm->call_ret_sp : top_sp(vm);
    f->func = f->globals = f->locals = f->gen = VAL_UNDEF;
    vm->call_ret_mode = RET_PUSH;
    vm->call_ret_sp_set = false;
    vm->nframes++;
    return f;
}

Frame *vm_push_native(VM *vm, ContId cont, uint32_t nslots)
{
    uint32_t base = top_sp(vm);
    if (!vm_stack_reserve(vm, base, nslots)) return NULL;
    Frame *f = frame_alloc(vm);
    if (!f) return NULL;
    f->kind = FRAME_NATIVE;
    f->cont = (uint8_t)cont;
    f->base = base;
    f->sp = base + nslots;
    for (uint32_t i = 0; i < nslots; i++) vm->stack[base + i] = VAL_UNDEF;
    return f;
}

void vm_pop_native(VM *vm, Frame *f)
{
    (void)f;
    vm->nframes--;
}

/* ---- argument binding ---------------------------------------------------------------------- */

static const char *fn_name(FunctionObj *fn)
{
    return str_data(fn->qualname);
}

/* "'a', 'b', and 'c'" as CPython lists missing parameters. */
static void list_names(Buf *b, Value *names, int n)
{
    for (int i = 0; i < n; i++) {
        if (i > 0) buf_append_cstr(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        buf_append_char(b, '\'');
        buf_append_str(b, names[i]);
        buf_append_char(b, '\'');
    }
}

static bool raise_missing(VM *vm, FunctionObj *fn, Value *locals, uint32_t from, uint32_t to,
                          const char *kind)
{
    CodeObj *co = fn->code;
    Value missing[64];
    int n = 0;
    for (uint32_t i = from; i < to && n < 64; i++)
        if (locals[i] == VAL_UNDEF) missing[n++] = co->localnames[i];
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "%s() missing %d required %s argument%s: ", fn_name(fn), n, kind,
               n == 1 ? "" : "s");
    list_names(&b, missing, n);
    Value msg = buf_finish_str(&b);
    if (msg != VAL_ERR) vm_raise_arg(vm, &exc_TypeError, msg);
    return false;
}

static bool raise_too_many(VM *vm, FunctionObj *fn, int npos, int nkwonly_given)
{
    CodeObj *co = fn->code;
    int ndefaults = fn->defaults == VAL_UNDEF ? 0 : (int)AS_TUPLE(fn->defaults)->len;
    int max = (int)co->argcount, min = max - ndefaults;
    char takes[64];
    if (min < max)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", min, max);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", max, max == 1 ? "" : "s");
    if (nkwonly_given)
        vm_raise(vm, &exc_TypeError,
                 "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) "
                 "were given",
                 fn_name(fn), takes, npos, npos == 1 ? "" : "s", nkwonly_given,
                 nkwonly_given == 1 ? "" : "s");
    else
        vm_raise(vm, &exc_TypeError, "%s() takes %s but %d %s given", fn_name(fn), takes, npos,
                 npos == 1 ? "was" : "were");
    return false;
}

static int param_lookup(CodeObj *co, uint32_t nnamed, Value key)
{
    for (uint32_t i = 0; i < nnamed; i++)
        if (co->localnames[i] == key) return (int)i;
    for (uint32_t i = 0; i < nnamed; i++)
        if (str_equal(co->localnames[i], key)) return (int)i;
    return -1;
}

static bool bind_keywords(VM *vm, FunctionObj *fn, Value *locals, const Value *kwvals,
                          Value kwnames, Value kwdict)
{
    CodeObj *co = fn->code;
    uint32_t nnamed = co->argcount + co->kwonlyargcount;
    TupleObj *names = AS_TUPLE(kwnames);
    for (size_t k = 0; k < names->len; k++) {
        Value key = names->items[k];
        int j = param_lookup(co, nnamed, key);
        if (j >= 0 && (uint32_t)j < co->posonlyargcount) {
            if (kwdict != VAL_UNDEF)
                j = -1;
            else {
                vm_raise(vm, &exc_TypeError,
                         "%s() got some positional-only arguments passed as keyword arguments: "
                         "'%s'",
                         fn_name(fn), str_data(key));
                return false;
            }
        }
        if (j < 0) {
            if (kwdict == VAL_UNDEF) {
                vm_raise(vm, &exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                         fn_name(fn), str_data(key));
                return false;
            }
            if (!dict_set(vm, kwdict, key, kwvals[k])) return false;
            continue;
        }
        if (locals[j] != VAL_UNDEF) {
            vm_raise(vm, &exc_TypeError, "%s() got multiple values for argument '%s'", fn_name(fn),
                     str_data(key));
            return false;
        }
        locals[j] = kwvals[k];
    }
    return true;
}

static bool apply_defaults(VM *vm, FunctionObj *fn, Value *locals, int npos)
{
    CodeObj *co = fn->code;
    uint32_t argc = co->argcount;
    if ((uint32_t)npos < argc) {
        size_t ndef = fn->defaults == VAL_UNDEF ? 0 : AS_TUPLE(fn->defaults)->len;
        uint32_t first_default = argc - (uint32_t)ndef;
        for (uint32_t i = (uint32_t)npos; i < argc; i++)
            if (locals[i] == VAL_UNDEF && i >= first_default)
                locals[i] = AS_TUPLE(fn->defaults)->items[i - first_default];
        for (uint32_t i = 0; i < argc; i++)
            if (locals[i] == VAL_UNDEF) return raise_missing(vm, fn, locals, 0, argc, "positional");
    }
    for (uint32_t i = argc; i < argc + co->kwonlyargcount; i++) {
        if (locals[i] != VAL_UNDEF) continue;
        Value d;
        if (fn->kwdefaults != VAL_UNDEF && dict_get_str(vm, fn->kwdefaults, co->localnames[i], &d))
            locals[i] = d;
    }
    for (uint32_t i = argc; i < argc + co->kwonlyargcount; i++)
        if (locals[i] == VAL_UNDEF)
            return raise_missing(vm, fn, locals, argc, argc + co->kwonlyargcount, "keyword-only");
    return true;
}

/* The general case: arguments are copied aside, locals cleared, then bound. */
static bool bind_general(VM *vm, FunctionObj *fn, Value *locals, int npos, Value kwnames)
{
    CodeObj *co = fn->code;
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    size_t nin = (size_t)npos + nkw;
    Value small[16];
    Value *in = nin <= 16 ? small : mem_alloc(&vm->mem, nin * sizeof(Value));
    if (!in) {
        vm_raise_nomem(vm);
        return false;
    }
    memcpy(in, locals, nin * sizeof(Value));
    for (uint32_t i = 0; i < co->nlocals; i++) locals[i] = VAL_UNDEF;
    bool ok = false;
    uint32_t argc = co->argcount;
    uint32_t slot = argc + co->kwonlyargcount;
    Value kwdict = VAL_UNDEF;
    int nbound = npos < (int)argc ? npos : (int)argc;
    for (int i = 0; i < nbound; i++) locals[i] = in[i];
    if (co->flags & CODE_VARARGS) {
        Value rest =
            npos > (int)argc ? tuple_from_array(vm, in + argc, (size_t)npos - argc) : tuple_empty();
        if (rest == VAL_ERR) goto done;
        locals[slot++] = rest;
    } else if (npos > (int)argc) {
        int kwonly_given = 0;
        for (size_t k = 0; k < nkw; k++) {
            int j =
                param_lookup(co, co->argcount + co->kwonlyargcount, AS_TUPLE(kwnames)->items[k]);
            if (j >= (int)argc) kwonly_given++;
        }
        raise_too_many(vm, fn, npos, kwonly_given);
        goto done;
    }
    if (co->flags & CODE_VARKEYWORDS) {
        kwdict = dict_new(vm);
        if (kwdict == VAL_ERR) goto done;
        locals[slot++] = kwdict;
    }
    if (nkw && !bind_keywords(vm, fn, locals, in + npos, kwnames, kwdict)) goto done;
    ok = apply_defaults(vm, fn, locals, npos);
done:
    if (in != small) mem_free(&vm->mem, in, nin * sizeof(Value));
    return ok;
}

static bool setup_cells(VM *vm, FunctionObj *fn, Value *slots)
{
    CodeObj *co = fn->code;
    Value *cells = slots + co->nlocals;
    for (uint32_t i = 0; i < co->ncells; i++) {
        CellObj *cell = gc_new(vm, sizeof(CellObj), OBJ_CELL, &type_cell);
        if (!cell) return false;
        int32_t arg = co->cell2arg ? co->cell2arg[i] : -1;
        cell->value = arg >= 0 ? slots[arg] : VAL_UNDEF;
        cells[i] = val_from_obj(cell);
    }
    Value *frees = cells + co->ncells;
    for (uint32_t i = 0; i < co->nfree; i++) frees[i] = AS_TUPLE(fn->closure)->items[i];
    return true;
}

bool vm_push_python(VM *vm, FunctionObj *fn, uint32_t args_base, int npos, Value kwnames)
{
    CodeObj *co = fn->code;
    if (vm->depth >= vm->max_depth) {
        vm->call_ret_mode = RET_PUSH;
        vm->call_ret_sp_set = false;
        vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    if (!co->caches && !cache_ensure(vm, co)) return false;
    uint32_t nslots = co->nlocals + co->ncells + co->nfree + co->stacksize;
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    uint32_t nin = (uint32_t)npos + (uint32_t)nkw;
    if (!vm_stack_reserve(vm, args_base, (nslots > nin ? nslots : nin) + 1)) return false;
    Value *slots = vm->stack + args_base;
    bool simple = nkw == 0 && (uint32_t)npos == co->argcount && co->kwonlyargcount == 0 &&
                  !(co->flags & (CODE_VARARGS | CODE_VARKEYWORDS));
    if (simple) {
        for (uint32_t i = (uint32_t)npos; i < co->nlocals; i++) slots[i] = VAL_UNDEF;
    } else if (!bind_general(vm, fn, slots, npos, kwnames)) {
        vm->call_ret_mode = RET_PUSH;
        vm->call_ret_sp_set = false;
        return false;
    }
    if ((co->ncells || co->nfree) && !setup_cells(vm, fn, slots)) return false;
    Frame *f = frame_alloc(vm);
    if (!f) return false;
    f->kind = FRAME_PYTHON;
    f->code = co;
    f->func = val_from_obj(fn);
    f->globals = fn->globals;
    f->base = args_base;
    f->sp = args_base + co->nlocals + co->ncells + co->nfree;
    f->ip = 0;
    vm->depth++;
    return true;
}

/* ---- calls from native code ---------------------------------------------------------------- */

/* Call a native callable (builtin function, bound builtin, descriptor, type) now. */
static Value call_native_now(VM *vm, Value callable, const Value *args, int nargs, Value kwnames)
{
    Obj *o = val_as_obj(callable);
    if (o->kind == OBJ_NATIVE) {
        NativeObj *n = (NativeObj *)o;
        if (n->self == VAL_UNDEF) {
            if (n->native_kind == NATIVE_DESCRIPTOR) {
                if (nargs < 1)
                    return vm_raise(vm, &exc_TypeError, "unbound method %s.%s() needs an argument",
                                    n->owner->name, n->def->name);
                if (vm_type_of(args[0]) != n->owner && !ops_isinstance(args[0], n->owner))
                    return vm_raise(vm, &exc_TypeError,
                                    "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                                    "object",
                                    n->def->name, n->owner->name, vm_type_name(args[0]));
            }
            return n->def->fn(vm, args, nargs, kwnames);
        }
        /* Bound: prepend self. */
        size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
        size_t total = (size_t)nargs + nkw + 1;
        Value small[8];
        Value *full = total <= 8 ? small : mem_alloc(&vm->mem, total * sizeof(Value));
        if (!full) return vm_raise_nomem(vm);
        full[0] = n->self;
        if (total > 1) memcpy(full + 1, args, (total - 1) * sizeof(Value));
        Value r = n->def->fn(vm, full, nargs + 1, kwnames);
        if (full != small) mem_free(&vm->mem, full, total * sizeof(Value));
        return r;
    }
    if (o->kind == OBJ_TYPE) {
        const TypeObj *t = (const TypeObj *)o;
        const TypeObj *c = t;
        while (c && !c->construct) c = c->base;
        if (!c) return vm_raise(vm, &exc_TypeError, "cannot create '%s' instances", t->name);
        return c->construct(vm, t, args, nargs, kwnames);
    }
    for (const TypeObj *t = o->type; t; t = t->base)
        if (t->call) return t->call(vm, callable, args, nargs, kwnames);
    return vm_raise(vm, &exc_TypeError, "'%s' object is not callable", vm_type_name(callable));
}

Value vm_call(VM *vm, Value callable, const Value *args, int nargs, Value kwnames)
{
    if (!val_is_obj(callable))
        return vm_raise(vm, &exc_TypeError, "'%s' object is not callable", vm_type_name(callable));
    Value self = VAL_UNDEF;
    if (IS_FUNCTION(callable) || val_is_kind(callable, OBJ_BOUND_METHOD)) {
        if (val_is_kind(callable, OBJ_BOUND_METHOD)) {
            self = AS_BOUND_METHOD(callable)->self;
            callable = AS_BOUND_METHOD(callable)->func;
            if (!IS_FUNCTION(callable)) {
                /* A bound native or other callable: call it with self prepended. */
                size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
                Value buf[16];
                if ((size_t)nargs + nkw + 1 > 16)
                    return vm_raise(vm, &exc_TypeError, "too many arguments");
                buf[0] = self;
                if (nargs + nkw) memcpy(buf + 1, args, ((size_t)nargs + nkw) * sizeof(Value));
                return vm_call(vm, callable, buf, nargs + 1, kwnames);
            }
        }
        size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
        uint32_t base = top_sp(vm);
        uint32_t nin = (uint32_t)nargs + (uint32_t)nkw + (self != VAL_UNDEF);
        if (!vm_stack_reserve(vm, base, nin)) return VAL_ERR;
        Value *dst = vm->stack + base;
        if (self != VAL_UNDEF) *dst++ = self;
        if (nargs + nkw) memcpy(dst, args, ((size_t)nargs + nkw) * sizeof(Value));
        if (!vm_push_python(vm, AS_FUNCTION(callable), base, nargs + (self != VAL_UNDEF), kwnames))
            return VAL_ERR;
        return VAL_PENDING;
    }
    Value saved = vm->native_callee;
    vm->native_callee = callable;
    Value r = call_native_now(vm, callable, args, nargs, kwnames);
    vm->native_callee = saved;
    return r;
}

Value vm_call_native(VM *vm, Value callable, const Value *args, int nargs, Value kwnames)
{
    vm->native_callee = callable;
    vm->pending_ok = false; /* natives that pass a dunder's result through grant it themselves */
    return call_native_now(vm, callable, args, nargs, kwnames);
}

bool vm_push_module(VM *vm, CodeObj *code, Value globals)
{
    vm->call_ret_mode = RET_HOST;
    vm->call_ret_sp_set = false;
    return vm_push_code(vm, code, globals);
}

bool vm_push_code(VM *vm, CodeObj *code, Value globals)
{
    uint32_t base = top_sp(vm);
    uint32_t nslots = code->nlocals + code->ncells + code->nfree + code->stacksize;
    if (!cache_ensure(vm, code) || !vm_stack_reserve(vm, base, nslots + 1)) return false;
    Frame *f = frame_alloc(vm);
    if (!f) return false;
    f->kind = FRAME_PYTHON;
    f->code = code;
    f->globals = globals;
    f->base = base;
    for (uint32_t i = 0; i < code->nlocals + code->ncells + code->nfree; i++)
        vm->stack[base + i] = VAL_UNDEF;
    f->sp = base + code->nlocals + code->ncells + code->nfree;
    vm->depth++;
    return true;
}

Value vm_resume_generator(VM *vm, Value gen, Value sent, Value throw)
{
    GeneratorObj *g = AS_GENERATOR(gen);
    FunctionObj *fn = AS_FUNCTION(g->func);
    if (g->state == GEN_RUNNING)
        return vm_raise(vm, &exc_ValueError, "generator already executing");
    if (g->state == GEN_DONE) {
        if (throw != VAL_UNDEF) return vm_raise_value(vm, throw);
        return VAL_EXHAUSTED;
    }
    if (g->state == GEN_CREATED && throw == VAL_UNDEF && sent != VAL_NONE && sent != VAL_UNDEF)
        return vm_raise(vm, &exc_TypeError,
                        "can't send non-None value to a just-started generator");
    if (vm->depth >= vm->max_depth)
        return vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded");
    uint32_t base = top_sp(vm);
    if (!vm_stack_reserve(vm, base, g->cap + 1)) return VAL_ERR;
    memcpy(vm->stack + base, g->slots, g->nslots * sizeof(Value));
    Frame *f = frame_alloc(vm);
    if (!f) return VAL_ERR;
    f->kind = FRAME_PYTHON;
    f->code = fn->code;
    f->func = g->func;
    f->globals = fn->globals;
    f->gen = gen;
    f->base = base;
    f->sp = base + g->nslots;
    f->ip = g->ip;
    f->instr = g->ip ? g->ip - 1 : 0; /* the paused YIELD_VALUE (or RETURN_GENERATOR) */
    if (g->state == GEN_SUSPENDED && throw == VAL_UNDEF)
        vm->stack[f->sp++] = sent == VAL_UNDEF ? VAL_NONE : sent;
    g->state = GEN_RUNNING;
    vm->depth++;
    if (throw != VAL_UNDEF) return vm_raise_value(vm, throw);
    return VAL_PENDING;
}
