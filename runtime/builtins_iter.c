/* builtins_iter.c — the iterator classes among the builtins: map, filter, zip, enumerate and
 * reversed. Layouts: builtins.h.
 *
 * No C recursion into Python: a next() that needs a Python result either hands the call over
 * as its own result (map: the function's result *is* the item, so the VM may deliver it
 * directly) or goes through cont.c's continuations (builtin_map_next_slow /
 * builtin_filter_next_slow). The fast paths run only when every inner iterator is known to
 * answer at once (next_is_immediate): asking an iterator that may run Python code for an item
 * from here would leave its result nowhere to go.
 */
#include <string.h>

#include "builtins.h"
#include "exception.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* Nesting beyond this is treated as "may run Python code" (the slow paths do not recurse). */
#define ITER_IMMEDIATE_DEPTH 16

static Value iter_self(VM *vm, Value self)
{
    return self;
}

static void iter_trace(VM *vm, Obj *o)
{
    IterObj *it = (IterObj *)o;
    gc_mark_value(vm, it->seq);
    gc_mark_value(vm, it->aux);
}

static Value iter_alloc(VM *vm, const TypeObj *type, Value seq, Value aux)
{
    IterObj *it = gc_new(vm, sizeof(IterObj), OBJ_ITER, type);
    if (!it) return VAL_ERR;
    it->seq = seq;
    it->aux = aux;
    return val_from_obj(it);
}

static bool is_native_callable(Value fn)
{
    if (IS_NATIVE(fn)) return true;
    return IS_TYPE(fn) && !(AS_TYPE(fn)->tflags & TYPE_HEAP);
}

static bool next_is_immediate(Value it, int depth);

static bool all_immediate(Value tuple, int depth)
{
    TupleObj *t = AS_TUPLE(tuple);
    for (size_t i = 0; i < t->len; i++)
        if (!next_is_immediate(t->items[i], depth)) return false;
    return true;
}

/* Does next() on `it` always answer at once (never VAL_PENDING)? True for the containers'
 * iterators; false for generators, instances of classes and map (whose function may be
 * Python); the other builtin iterators depend on what they wrap. */
static bool next_is_immediate(Value it, int depth)
{
    if (!val_is_kind(it, OBJ_ITER) || depth > ITER_IMMEDIATE_DEPTH) return false;
    const TypeObj *t = val_as_obj(it)->type;
    IterObj *o = AS_ITER(it);
    if (t->tflags & TYPE_HEAP) return false;
    if (t == &type_map) return false;
    if (t == &type_callable_iterator) return o->seq == VAL_NONE || is_native_callable(o->seq);
    if (t == &type_filter) return o->seq == VAL_NONE && next_is_immediate(o->aux, depth + 1);
    if (t == &type_zip) return all_immediate(o->aux, depth + 1);
    if (t == &type_enumerate) return !o->step && next_is_immediate(o->seq, depth + 1);
    return true;
}

/* The iterators of `n` iterables, as a tuple. */
static Value iterators_of(VM *vm, const Value *iterables, size_t n)
{
    Value tuple = tuple_new(vm, n);
    if (tuple == VAL_ERR) return VAL_ERR;
    for (size_t i = 0; i < n; i++) {
        Value it = ops_iter(vm, iterables[i]);
        if (it == VAL_ERR) return VAL_ERR;
        AS_TUPLE(tuple)->items[i] = it;
    }
    return tuple;
}

/* ---- map ----------------------------------------------------------------------------------- */

static Value map_construct(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "map", kwnames)) return VAL_ERR;
    if (nargs < 2) return vm_raise(vm, &exc_TypeError, "map() must have at least two arguments.");
    Value iters = iterators_of(vm, args + 1, (size_t)nargs - 1);
    if (iters == VAL_ERR) return VAL_ERR;
    return iter_alloc(vm, type, args[0], iters);
}

#define MAP_INLINE_ARGS 8

static Value map_next(VM *vm, Value self)
{
    IterObj *m = AS_ITER(self);
    TupleObj *inner = AS_TUPLE(m->aux);
    size_t n = inner->len;
    if (!all_immediate(m->aux, 0)) return builtin_map_next_slow(vm, self);
    Value small[MAP_INLINE_ARGS];
    Value *items = small;
    if (n > MAP_INLINE_ARGS) {
        Value tuple = tuple_new(vm, n); /* GC-visible scratch: no collection happens here */
        if (tuple == VAL_ERR) return VAL_ERR;
        items = AS_TUPLE(tuple)->items;
    }
    for (size_t i = 0; i < n; i++) {
        Value x = ops_next(vm, inner->items[i]);
        if (x == VAL_EXHAUSTED || x == VAL_ERR) return x;
        items[i] = x;
    }
    /* The function's result is the item: a Python function's frame delivers it where this
     * next() was asked for (vm.h's call protocol), so its VAL_PENDING passes through. */
    return vm_call(vm, m->seq, items, (int)n, VAL_UNDEF);
}

/* ---- filter -------------------------------------------------------------------------------- */

static Value filter_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                              Value kwnames)
{
    if (!args_no_kw(vm, "filter", kwnames)) return VAL_ERR;
    if (nargs != 2)
        return vm_raise(vm, &exc_TypeError, "filter expected 2 arguments, got %d", nargs);
    Value it = ops_iter(vm, args[1]);
    if (it == VAL_ERR) return VAL_ERR;
    return iter_alloc(vm, type, args[0], it);
}

static Value filter_next(VM *vm, Value self)
{
    IterObj *f = AS_ITER(self);
    Value fn = f->seq;
    bool truth_only = fn == VAL_NONE || fn == val_from_obj(&type_bool);
    if (!(truth_only || is_native_callable(fn)) || !next_is_immediate(f->aux, 0))
        return builtin_filter_next_slow(vm, self);
    for (;;) {
        Value x = ops_next(vm, f->aux);
        if (x == VAL_EXHAUSTED || x == VAL_ERR) return x;
        Value verdict = x;
        if (!truth_only) {
            verdict = vm_call(vm, fn, &x, 1, VAL_UNDEF);
            /* A builtin predicate answers at once (those that run Python code are not used as
             * predicates in practice; the slow path is for Python functions). */
            if (verdict == VAL_ERR || verdict == VAL_PENDING) return verdict;
        }
        int keep = ops_truthy(vm, verdict);
        if (keep < 0) return VAL_ERR;
        if (keep) return x;
    }
}

/* ---- zip ----------------------------------------------------------------------------------- */

/* zip's item maker, called by map's slow path with one item per inner iterator. */
static Value zip_pack(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return tuple_from_array(vm, args, (size_t)nargs);
}

static const MethodDef zip_pack_def = {"zip", zip_pack, 0};
static const NativeObj zip_pack_native = {
    .hdr = OBJ_HEADER_INIT(&type_builtin_function, OBJ_NATIVE),
    .def = &zip_pack_def,
    .self = VAL_UNDEF,
    .owner = NULL,
    .native_kind = NATIVE_FUNCTION,
};

static Value zip_construct(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    int strict = 0;
    for (size_t k = 0; k < nkw; k++) {
        Value key = AS_TUPLE(kwnames)->items[k];
        if (!str_eq_cstr(key, "strict"))
            return vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for zip()",
                            str_data(key));
        strict = ops_truthy(vm, args[nargs + (int)k]);
        if (strict < 0) return VAL_ERR;
    }
    Value iters = iterators_of(vm, args, (size_t)nargs);
    if (iters == VAL_ERR) return VAL_ERR;
    Value z = iter_alloc(vm, type, val_from_obj(&zip_pack_native), iters);
    if (z != VAL_ERR) AS_ITER(z)->index = strict;
    return z;
}

/* zip(strict=True) found inner iterator i exhausted: CPython's ValueErrors, or the end when
 * every iterator ended together. */
static Value zip_strict_end(VM *vm, TupleObj *inner, size_t i)
{
    if (i > 0)
        return vm_raise(vm, &exc_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                        i + 1, i == 1 ? " " : "s 1-", i);
    for (i = 1; i < inner->len; i++) {
        Value x = ops_next(vm, inner->items[i]);
        if (x == VAL_ERR) return VAL_ERR;
        if (x != VAL_EXHAUSTED)
            return vm_raise(vm, &exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                            i + 1, i == 1 ? " " : "s 1-", i);
    }
    return VAL_EXHAUSTED;
}

static Value zip_next(VM *vm, Value self)
{
    IterObj *z = AS_ITER(self);
    TupleObj *inner = AS_TUPLE(z->aux);
    if (inner->len == 0) return VAL_EXHAUSTED;
    if (!all_immediate(z->aux, 0)) {
        if (z->index)
            return vm_raise(vm, &exc_TypeError,
                            "zip(strict=True) over iterators that run Python code is not "
                            "supported yet");
        return builtin_map_next_slow(vm, self); /* same layout as map: see builtins.h */
    }
    Value result = tuple_new(vm, inner->len);
    if (result == VAL_ERR) return VAL_ERR;
    for (size_t i = 0; i < inner->len; i++) {
        Value x = ops_next(vm, inner->items[i]);
        if (x == VAL_ERR) return VAL_ERR;
        if (x == VAL_EXHAUSTED) return z->index ? zip_strict_end(vm, inner, i) : x;
        AS_TUPLE(result)->items[i] = x;
    }
    return result;
}

/* ---- enumerate ----------------------------------------------------------------------------- */

static Value enumerate_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                                 Value kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    if ((size_t)nargs + nkw > 2)
        return vm_raise(vm, &exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                        (size_t)nargs + nkw);
    for (size_t k = 0; k < nkw; k++) {
        /* CPython names a keyword that repeats a positional argument "invalid". */
        Value key = AS_TUPLE(kwnames)->items[k];
        if ((nargs >= 1 && str_eq_cstr(key, "iterable")) ||
            (nargs >= 2 && str_eq_cstr(key, "start")))
            return vm_raise(vm, &exc_TypeError,
                            "'%s' is an invalid keyword argument for enumerate()", str_data(key));
    }
    Value p[2];
    if (!args_parse(vm, "enumerate", args, nargs, kwnames, names, 2, 0, 0, p)) return VAL_ERR;
    if (p[0] == VAL_UNDEF)
        return vm_raise(vm, &exc_TypeError, "enumerate() missing required argument 'iterable'");
    Value start = val_from_small_int(0);
    if (p[1] != VAL_UNDEF) {
        if (!int_check(p[1]))
            return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                            vm_type_name(p[1]));
        start = int_exact(vm, p[1]);
        if (start == VAL_ERR) return VAL_ERR;
    }
    Value it = ops_iter(vm, p[0]);
    if (it == VAL_ERR) return VAL_ERR;
    return iter_alloc(vm, type, it, start);
}

/* (count, item), advancing the count. */
static Value enumerate_pair(VM *vm, IterObj *e, Value item)
{
    Value count = e->aux;
    Value pair = tuple_pack2(vm, count, item);
    if (pair == VAL_ERR) return VAL_ERR;
    Value next;
    if (val_is_small_int(count) && val_as_small_int(count) < SMALL_INT_MAX)
        next = val_from_small_int(val_as_small_int(count) + 1);
    else
        next = int_binop(vm, count, val_from_small_int(1), BINOP_ADD);
    if (next == VAL_ERR) return VAL_ERR;
    e->aux = next;
    return pair;
}

/* Called by map's slow path with (enumerate object, item). */
static Value enumerate_step(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return enumerate_pair(vm, AS_ITER(args[0]), args[1]);
}

static const MethodDef enumerate_step_def = {"enumerate", enumerate_step, 0};

/* The inner iterator may run Python code: borrow map's slow path with a one-iterator map whose
 * function is enumerate_step bound to this enumerate object. The map replaces the inner
 * iterator in `seq` for good (step = 1 records it), so later items need no new objects. */
static Value enumerate_next_slow(VM *vm, Value self)
{
    IterObj *e = AS_ITER(self);
    if (!e->step) {
        Value step = native_new_bound(vm, &enumerate_step_def, self);
        if (step == VAL_ERR) return VAL_ERR;
        Value inner = tuple_from_array(vm, &e->seq, 1);
        if (inner == VAL_ERR) return VAL_ERR;
        Value shim = iter_alloc(vm, &type_map, step, inner);
        if (shim == VAL_ERR) return VAL_ERR;
        e->seq = shim;
        e->step = 1;
    }
    return builtin_map_next_slow(vm, e->seq);
}

static Value enumerate_next(VM *vm, Value self)
{
    IterObj *e = AS_ITER(self);
    if (e->step || !next_is_immediate(e->seq, 0)) return enumerate_next_slow(vm, self);
    Value x = ops_next(vm, e->seq);
    if (x == VAL_EXHAUSTED || x == VAL_ERR) return x;
    return enumerate_pair(vm, e, x);
}

/* ---- reversed ------------------------------------------------------------------------------ */

/* For a str, `stop` is the byte offset just past the next character to return. */
static Value reversed_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                                Value kwnames)
{
    if (!args_no_kw(vm, "reversed", kwnames)) return VAL_ERR;
    if (nargs != 1)
        return vm_raise(vm, &exc_TypeError, "reversed expected 1 argument, got %d", nargs);
    Value seq = args[0];
    const TypeObj *t = vm_type_of(seq);
    if (t->tflags & TYPE_HEAP) {
        /* A class's __reversed__ (inherited from a builtin base or written in Python). */
        Value name = str_intern_cstr(vm, "__reversed__");
        if (name == VAL_ERR) return VAL_ERR;
        Value method = ops_getattr_opt(vm, seq, name);
        if (method == VAL_ERR) return VAL_ERR;
        if (method != VAL_UNDEF) return vm_call(vm, method, &seq, 0, VAL_UNDEF);
    } else {
        const MemberDef *member;
        const MethodDef *def = ops_find_method(t, "__reversed__", 12, &member);
        if (def) return def->fn(vm, &seq, 1, VAL_UNDEF);
    }
    int64_t len;
    switch (val_is_obj(seq) ? val_as_obj(seq)->kind : OBJ_KIND_COUNT) {
    case OBJ_TUPLE:
        len = (int64_t)AS_TUPLE(seq)->len;
        break;
    case OBJ_STR:
        len = (int64_t)AS_STR(seq)->nchars;
        break;
    case OBJ_BYTES:
        len = (int64_t)AS_BYTES(seq)->len;
        break;
    case OBJ_BYTEARRAY:
        len = (int64_t)AS_BYTEARRAY(seq)->len;
        break;
    case OBJ_LIST:
        len = (int64_t)AS_LIST(seq)->len;
        break;
    default:
        return vm_raise(vm, &exc_TypeError, "'%s' object is not reversible", t->name);
    }
    Value r = iter_alloc(vm, type, seq, VAL_UNDEF);
    if (r == VAL_ERR) return VAL_ERR;
    AS_ITER(r)->index = len - 1;
    if (IS_STR(seq)) AS_ITER(r)->stop = (int64_t)str_len(seq);
    return r;
}

/* The character of a str that ends at byte offset r->stop, stepping back over it. */
static Value reversed_str_char(VM *vm, IterObj *r)
{
    const unsigned char *data = (const unsigned char *)str_data(r->seq);
    int64_t end = r->stop, start = end - 1;
    while (start > 0 && (data[start] & 0xc0) == 0x80) start--;
    r->stop = start;
    uint32_t cp = data[start];
    if (cp >= 0x80) {
        int n = (int)(end - start);
        cp &= 0xff >> (n + 1);
        for (int i = 1; i < n; i++) cp = (cp << 6) | (data[start + i] & 0x3f);
    }
    return str_from_codepoint(vm, cp);
}

static Value reversed_next(VM *vm, Value self)
{
    IterObj *r = AS_ITER(self);
    if (r->index < 0) return VAL_EXHAUSTED;
    Value seq = r->seq, item;
    if (IS_TUPLE(seq)) {
        item = AS_TUPLE(seq)->items[r->index];
    } else if (IS_STR(seq)) {
        item = reversed_str_char(vm, r);
    } else if (IS_LIST(seq) && r->index >= (int64_t)AS_LIST(seq)->len) {
        r->index = -1; /* the list shrank under us: stop, as CPython */
        return VAL_EXHAUSTED;
    } else {
        item = ops_getitem(vm, seq, val_from_small_int(r->index));
        if (item == VAL_ERR && vm_exc_matches(vm, &exc_IndexError)) {
            vm_clear_exc(vm);
            r->index = -1;
            return VAL_EXHAUSTED;
        }
    }
    if (item == VAL_ERR) return VAL_ERR;
    r->index--;
    return item;
}

/* ---- iter(callable, sentinel) --------------------------------------------------------------- */

/* seq = the callable (None once the sentinel was seen), aux = the sentinel. */
Value builtins_callable_iter_new(VM *vm, Value callable, Value sentinel)
{
    return iter_alloc(vm, &type_callable_iterator, callable, sentinel);
}

/* The item `x` the callable returned: the end when it equals the sentinel (for good). */
static Value callable_iter_check(VM *vm, IterObj *c, Value x)
{
    int eq = ops_equal(vm, x, c->aux);
    if (eq < 0) return VAL_ERR;
    if (!eq) return x;
    c->seq = VAL_NONE;
    return VAL_EXHAUSTED;
}

/* Called by map's slow path with (callable_iterator, item). */
static Value callable_iter_step(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return callable_iter_check(vm, AS_ITER(args[0]), args[1]);
}

static const MethodDef callable_iter_step_def = {"callable_iterator", callable_iter_step, 0};

/* A Python callable: map's slow path over a map with no inner iterators (which calls the
 * callable on every next), whose function is callable_iter_step bound to this iterator. */
static Value callable_iter_next_slow(VM *vm, Value self)
{
    Value calls = iter_alloc(vm, &type_map, AS_ITER(self)->seq, tuple_empty());
    if (calls == VAL_ERR) return VAL_ERR;
    Value inner = tuple_from_array(vm, &calls, 1);
    if (inner == VAL_ERR) return VAL_ERR;
    Value step = native_new_bound(vm, &callable_iter_step_def, self);
    if (step == VAL_ERR) return VAL_ERR;
    Value shim = iter_alloc(vm, &type_map, step, inner);
    if (shim == VAL_ERR) return VAL_ERR;
    return builtin_map_next_slow(vm, shim);
}

static Value callable_iter_next(VM *vm, Value self)
{
    IterObj *c = AS_ITER(self);
    if (c->seq == VAL_NONE) return VAL_EXHAUSTED;
    if (!is_native_callable(c->seq)) return callable_iter_next_slow(vm, self);
    Value x = vm_call(vm, c->seq, &c->aux, 0, VAL_UNDEF); /* no arguments (pointer unused) */
    if (x == VAL_ERR || x == VAL_PENDING) return x;
    return callable_iter_check(vm, c, x);
}

static Value callable_iter_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                                     Value kwnames)
{
    return vm_raise(vm, &exc_TypeError, "cannot create 'callable_iterator' instances");
}

/* ---- the types ----------------------------------------------------------------------------- */

#define ITER_TYPE(var, name_, construct_, next_)                                                   \
    const TypeObj var = {                                                                          \
        .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),                                              \
        .name = name_,                                                                             \
        .base = &type_object,                                                                      \
        .layout = OBJ_ITER,                                                                        \
        .tflags = TYPE_BASETYPE | TYPE_ITERATOR,                                                   \
        .construct = construct_,                                                                   \
        .iter = iter_self,                                                                         \
        .next = next_,                                                                             \
        .trace = iter_trace,                                                                       \
        .dict = VAL_UNDEF,                                                                         \
        .mro = VAL_UNDEF,                                                                          \
    };

ITER_TYPE(type_map, "map", map_construct, map_next)
ITER_TYPE(type_filter, "filter", filter_construct, filter_next)
ITER_TYPE(type_zip, "zip", zip_construct, zip_next)
ITER_TYPE(type_enumerate, "enumerate", enumerate_construct, enumerate_next)
ITER_TYPE(type_reversed, "reversed", reversed_construct, reversed_next)
ITER_TYPE(type_callable_iterator, "callable_iterator", callable_iter_construct, callable_iter_next)
#undef ITER_TYPE
