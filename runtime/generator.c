/* generator.c — generator objects: creation, suspension, and the Python-visible methods.
 *
 * A generator runs on an ordinary Python frame while active; between resumptions its slots are
 * copied into the object. Resuming from the interpreter (FOR_ITER, SEND) or from native
 * consumers (list(gen), sum(gen)...) uses the `next` slot, which ends with VAL_EXHAUSTED. The
 * Python-visible methods (__next__, send, throw, close) and next() go through a GEN_METHOD
 * continuation that turns the end into StopIteration(value), as Python callers expect.
 */
#include "generator.h"

#include <string.h>

#include "buf.h"
#include "exception.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

static void release_slots(VM *vm, GeneratorObj *g)
{
    mem_free(&vm->mem, g->slots, (size_t)g->cap * sizeof(Value));
    g->slots = NULL;
    g->nslots = 0;
}

Value gen_create(VM *vm, Frame *f, uint32_t resume_ip, uint32_t sp)
{
    CodeObj *co = f->code;
    uint32_t cap = co->nlocals + co->ncells + co->nfree + co->stacksize;
    GeneratorObj *g = gc_new(vm, sizeof(GeneratorObj), OBJ_GENERATOR, &type_generator);
    if (!g) return VAL_ERR;
    g->func = f->func;
    g->retval = VAL_NONE;
    g->name = AS_FUNCTION(f->func)->name;
    g->qualname = AS_FUNCTION(f->func)->qualname;
    g->slots = mem_alloc(&vm->mem, (size_t)cap * sizeof(Value));
    if (!g->slots) {
        g->state = GEN_DONE;
        return vm_raise_nomem(vm);
    }
    g->cap = cap;
    g->nslots = sp - f->base;
    memcpy(g->slots, vm->stack + f->base, g->nslots * sizeof(Value));
    g->ip = resume_ip;
    g->state = GEN_CREATED;
    return val_from_obj(g);
}

void gen_suspend(VM *vm, Frame *f, uint32_t resume_ip, uint32_t sp)
{
    GeneratorObj *g = AS_GENERATOR(f->gen);
    g->nslots = sp - f->base;
    memcpy(g->slots, vm->stack + f->base, g->nslots * sizeof(Value));
    g->ip = resume_ip;
    g->state = GEN_SUSPENDED;
}

void gen_finish(VM *vm, Value gen, Value retval)
{
    GeneratorObj *g = AS_GENERATOR(gen);
    g->state = GEN_DONE;
    g->retval = retval == VAL_UNDEF ? VAL_NONE : retval;
    release_slots(vm, g);
}

/* ---- the Python-visible protocol ---------------------------------------------------------- */

enum { GM_GEN, GM_MODE, GM_DEFAULT, GM_NSLOTS };
enum GenMethodMode { GM_NEXT, GM_CLOSE };

static Value raise_stop(VM *vm, Value gen)
{
    Value retval = AS_GENERATOR(gen)->retval;
    Value args = retval == VAL_NONE ? VAL_UNDEF : tuple_from_array(vm, &retval, 1);
    if (args == VAL_ERR) return VAL_ERR;
    Value stop = exc_new(vm, &exc_StopIteration, args);
    if (stop == VAL_ERR) return VAL_ERR;
    if (retval != VAL_NONE) AS_EXCEPTION(stop)->value = retval;
    return vm_raise_value(vm, stop);
}

/* Push the GEN_METHOD frame, then resume `gen` above it. */
static Value start(VM *vm, Value gen, enum GenMethodMode mode, Value dflt, Value sent, Value throw)
{
    Frame *f = vm_push_native(vm, CONT_GEN_METHOD, GM_NSLOTS);
    if (!f) return VAL_ERR;
    if (mode == GM_CLOSE) f->flags |= FRAME_CATCHES;
    Value *s = frame_slots(vm, f);
    s[GM_GEN] = gen;
    s[GM_MODE] = val_from_small_int(mode);
    s[GM_DEFAULT] = dflt;
    uint32_t fi = vm->nframes - 1;
    Value r = vm_resume_generator(vm, gen, sent, throw);
    if (r == VAL_PENDING) return r;
    if (r == VAL_ERR && throw != VAL_UNDEF && vm->nframes > fi + 1) return VAL_ERR;
    /* Finished without running: answer directly. */
    Value result = cont_gen_method(vm, &vm->frames[fi], r);
    if (result != VAL_PENDING) vm_pop_native(vm, &vm->frames[fi]);
    return result;
}

Value cont_gen_method(VM *vm, Frame *f, Value incoming)
{
    Value *s = frame_slots(vm, f);
    Value gen = s[GM_GEN];
    if (val_as_small_int(s[GM_MODE]) == GM_CLOSE) {
        if (incoming == VAL_ERR) {
            /* GeneratorExit (or StopIteration) leaving the generator means it closed. */
            if (vm_exc_matches(vm, &exc_GeneratorExit) || vm_exc_matches(vm, &exc_StopIteration)) {
                vm_clear_exc(vm);
                return VAL_NONE;
            }
            return VAL_ERR;
        }
        if (incoming == VAL_EXHAUSTED) return VAL_NONE;
        return vm_raise(vm, &exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (incoming == VAL_ERR) return VAL_ERR;
    if (incoming != VAL_EXHAUSTED) return incoming;
    if (s[GM_DEFAULT] != VAL_UNDEF) return s[GM_DEFAULT];
    return raise_stop(vm, gen);
}

Value gen_next_for_python(VM *vm, Value gen, Value dflt)
{
    return start(vm, gen, GM_NEXT, dflt, VAL_NONE, VAL_UNDEF);
}

static Value gen_m_next(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__next__", kwnames) || !args_count(vm, "__next__", nargs - 1, 0, 0))
        return VAL_ERR;
    return start(vm, args[0], GM_NEXT, VAL_UNDEF, VAL_NONE, VAL_UNDEF);
}

static Value gen_m_send(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "send", kwnames) || !args_count(vm, "send", nargs - 1, 1, 1))
        return VAL_ERR;
    return start(vm, args[0], GM_NEXT, VAL_UNDEF, args[1], VAL_UNDEF);
}

/* throw(exc) / throw(type[, value]): raise it at the paused yield. */
static Value gen_m_throw(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "throw", kwnames) || !args_count(vm, "throw", nargs - 1, 1, 3))
        return VAL_ERR;
    Value exc = args[1];
    if (IS_TYPE(exc) && (AS_TYPE(exc)->tflags & TYPE_EXCEPTION)) {
        Value eargs = VAL_UNDEF;
        if (nargs > 2 && args[2] != VAL_NONE) {
            if (IS_EXCEPTION(args[2])) {
                exc = args[2];
                goto ready;
            }
            eargs = IS_TUPLE(args[2]) ? args[2] : tuple_from_array(vm, &args[2], 1);
            if (eargs == VAL_ERR) return VAL_ERR;
        }
        exc = exc_new(vm, AS_TYPE(exc), eargs);
        if (exc == VAL_ERR) return VAL_ERR;
    } else if (!IS_EXCEPTION(exc)) {
        return vm_raise(vm, &exc_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        vm_type_name(exc));
    }
ready:
    return start(vm, args[0], GM_NEXT, VAL_UNDEF, VAL_NONE, exc);
}

static Value gen_m_close(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "close", kwnames) || !args_count(vm, "close", nargs - 1, 0, 0))
        return VAL_ERR;
    GeneratorObj *g = AS_GENERATOR(args[0]);
    if (g->state == GEN_CREATED || g->state == GEN_DONE) {
        if (g->state == GEN_CREATED) gen_finish(vm, args[0], VAL_NONE);
        return VAL_NONE;
    }
    Value exit = exc_new(vm, &exc_GeneratorExit, VAL_UNDEF);
    if (exit == VAL_ERR) return VAL_ERR;
    return start(vm, args[0], GM_CLOSE, VAL_UNDEF, VAL_NONE, exit);
}

static Value gen_m_iter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return args[0];
}

static const MethodDef gen_methods[] = {
    {"__next__", gen_m_next, 0}, {"send", gen_m_send, 0},     {"throw", gen_m_throw, 0},
    {"close", gen_m_close, 0},   {"__iter__", gen_m_iter, 0}, {NULL, NULL, 0},
};

/* ---- slots --------------------------------------------------------------------------------- */

static Value gen_iter(VM *vm, Value self)
{
    return self;
}

static Value gen_next(VM *vm, Value self)
{
    return vm_resume_generator(vm, self, VAL_NONE, VAL_UNDEF);
}

static Value gen_repr(VM *vm, Value self)
{
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, "<generator object ");
    buf_append_str(&b, AS_GENERATOR(self)->qualname);
    buf_printf(&b, " at %p>", (void *)val_as_obj(self));
    return buf_finish_str(&b);
}

static void gen_trace(VM *vm, Obj *o)
{
    GeneratorObj *g = (GeneratorObj *)o;
    gc_mark_value(vm, g->func);
    gc_mark_value(vm, g->retval);
    gc_mark_value(vm, g->name);
    gc_mark_value(vm, g->qualname);
    for (uint32_t i = 0; i < g->nslots; i++) gc_mark_value(vm, g->slots[i]);
}

static void gen_destroy(VM *vm, Obj *o)
{
    release_slots(vm, (GeneratorObj *)o);
}

static Value gen_get_name(VM *vm, Value self)
{
    return AS_GENERATOR(self)->name;
}
static Value gen_get_qualname(VM *vm, Value self)
{
    return AS_GENERATOR(self)->qualname;
}
static Value gen_get_running(VM *vm, Value self)
{
    return val_from_bool(AS_GENERATOR(self)->state == GEN_RUNNING);
}

/* Deliberately absent (the sandbox wall): gi_frame, gi_code, gi_yieldfrom internals. */
static const MemberDef gen_members[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_generator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "generator",
    .base = &type_object,
    .layout = OBJ_GENERATOR,
    .tflags = TYPE_ITERATOR,
    .methods = gen_methods,
    .members = gen_members,
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .trace = gen_trace,
    .destroy = gen_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
