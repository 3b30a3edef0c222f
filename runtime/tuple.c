/* tuple.c — tuple: creation, CPython's xxHash-based hash (cached), sequence protocol, methods,
 * iterator. The empty tuple is one static object shared by every VM. */
#include "tuple.h"

#include <string.h>

#include "container.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "range.h"
#include "str.h"

/* CPython's tuplehash constants (Objects/tupleobject.c, 64-bit). */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#define TUPLE_EMPTY_HASH ((int64_t)5740354900026072187LL) /* hash(()) */

#define TUPLE_MAX_LEN ((SIZE_MAX - sizeof(TupleObj)) / sizeof(Value) / 2)

static const TupleObj tuple_empty_obj = {
    .hdr = OBJ_HEADER_INIT(&type_tuple, OBJ_TUPLE),
    .hash = TUPLE_EMPTY_HASH,
    .len = 0,
};

Value tuple_empty(void)
{
    return val_from_obj(&tuple_empty_obj);
}

static TupleObj *tuple_alloc(VM *vm, const TypeObj *type, size_t n)
{
    if (n > TUPLE_MAX_LEN || !mem_would_fit(&vm->mem, sizeof(TupleObj) + n * sizeof(Value))) {
        vm_raise_nomem(vm);
        return NULL;
    }
    TupleObj *t = gc_new(vm, sizeof(TupleObj) + n * sizeof(Value), OBJ_TUPLE, type);
    if (!t) return NULL;
    t->hash = -1;
    t->len = n;
    return t;
}

Value tuple_new(VM *vm, size_t n)
{
    if (n == 0) return tuple_empty();
    TupleObj *t = tuple_alloc(vm, &type_tuple, n);
    if (!t) return VAL_ERR;
    for (size_t i = 0; i < n; i++) t->items[i] = VAL_NONE;
    return val_from_obj(t);
}

Value tuple_from_array(VM *vm, const Value *items, size_t n)
{
    if (n == 0) return tuple_empty();
    TupleObj *t = tuple_alloc(vm, &type_tuple, n);
    if (!t) return VAL_ERR;
    memcpy(t->items, items, n * sizeof(Value));
    return val_from_obj(t);
}

Value tuple_pack2(VM *vm, Value a, Value b)
{
    TupleObj *t = tuple_alloc(vm, &type_tuple, 2);
    if (!t) return VAL_ERR;
    t->items[0] = a;
    t->items[1] = b;
    return val_from_obj(t);
}

/* ---- hash --------------------------------------------------------------------------------- */

static inline uint64_t tuple_hash_step(uint64_t acc, int64_t lane)
{
    acc += (uint64_t)lane * XXPRIME_2;
    acc = XXROTATE(acc);
    return acc * XXPRIME_1;
}

static inline int64_t tuple_hash_finish(uint64_t acc, size_t n)
{
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

int64_t tuple_hash_lanes(const int64_t *lanes, size_t n)
{
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) acc = tuple_hash_step(acc, lanes[i]);
    return tuple_hash_finish(acc, n);
}

static bool tuple_hash(VM *vm, Value self, int64_t *out)
{
    TupleObj *t = AS_TUPLE(self);
    if (t->hash == -1) {
        uint64_t acc = XXPRIME_5;
        for (size_t i = 0; i < t->len; i++) {
            int64_t lane;
            if (!ops_hash(vm, t->items[i], &lane)) return false;
            acc = tuple_hash_step(acc, lane);
        }
        t->hash = tuple_hash_finish(acc, t->len);
    }
    *out = t->hash;
    return true;
}

/* ---- sequence protocol -------------------------------------------------------------------- */

static Value tuple_getitem(VM *vm, Value self, Value key)
{
    TupleObj *t = AS_TUPLE(self);
    if (val_is_small_int(key)) {
        int64_t i = val_as_small_int(key);
        if (i < 0) i += (int64_t)t->len;
        if (i >= 0 && (uint64_t)i < t->len) return t->items[i];
        return vm_raise(vm, &exc_IndexError, "tuple index out of range");
    }
    if (val_is_kind(key, OBJ_SLICE)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, key, (int64_t)t->len, &start, &stop, &step);
        if (n < 0) return VAL_ERR;
        if (step == 1 && n == (int64_t)t->len && vm_type_of(self) == &type_tuple) return self;
        if (n == 0) return tuple_empty();
        TupleObj *r = tuple_alloc(vm, &type_tuple, (size_t)n);
        if (!r) return VAL_ERR;
        for (int64_t i = 0; i < n; i++) r->items[i] = t->items[start + i * step];
        return val_from_obj(r);
    }
    int64_t i;
    if (!seq_index(vm, key, (int64_t)t->len, "tuple", &i)) return VAL_ERR;
    if (i >= 0 && (uint64_t)i < t->len) return t->items[i];
    return vm_raise(vm, &exc_IndexError, "tuple index out of range");
}

static int64_t tuple_len(VM *vm, Value self)
{
    (void)vm;
    return (int64_t)AS_TUPLE(self)->len;
}

static int tuple_contains(VM *vm, Value self, Value item)
{
    TupleObj *t = AS_TUPLE(self);
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] == item) return 1;
        int eq = ops_equal(vm, t->items[i], item);
        if (eq) return eq;
    }
    return 0;
}

static Value tuple_repr(VM *vm, Value self)
{
    size_t n = AS_TUPLE(self)->len;
    if (n == 0) return str_from_cstr(vm, "()");
    return seq_repr(vm, self, "(", n == 1 ? ",)" : ")", "(...)");
}

static Value tuple_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_TUPLE(a) || !IS_TUPLE(b)) return VAL_NOTIMPL;
    TupleObj *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    return seq_compare(vm, x->items, x->len, y->items, y->len, op);
}

static Value tuple_concat(VM *vm, Value a, Value b)
{
    if (!IS_TUPLE(b)) {
        if (container_is_heap_instance(b)) return VAL_NOTIMPL;
        return vm_raise(vm, &exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                        vm_type_name(b));
    }
    TupleObj *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    if (y->len == 0 && vm_type_of(a) == &type_tuple) return a;
    if (x->len == 0 && vm_type_of(b) == &type_tuple) return b;
    TupleObj *r = tuple_alloc(vm, &type_tuple, x->len + y->len);
    if (!r) return VAL_ERR;
    memcpy(r->items, x->items, x->len * sizeof(Value));
    memcpy(r->items + x->len, y->items, y->len * sizeof(Value));
    return val_from_obj(r);
}

static Value tuple_repeat(VM *vm, Value tuple, Value count)
{
    Value ok = seq_check_count(vm, count);
    if (ok != VAL_TRUE) return ok;
    TupleObj *t = AS_TUPLE(tuple);
    size_t total;
    if (!seq_repeat_count(vm, t->len, count, &total)) return VAL_ERR;
    if (total == t->len && vm_type_of(tuple) == &type_tuple) return tuple;
    if (total == 0) return tuple_empty();
    TupleObj *r = tuple_alloc(vm, &type_tuple, total);
    if (!r) return VAL_ERR;
    seq_repeat_into(r->items, t->items, t->len, total);
    return val_from_obj(r);
}

static Value tuple_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (op == BINOP_ADD) return IS_TUPLE(a) ? tuple_concat(vm, a, b) : VAL_NOTIMPL;
    if (op == BINOP_MUL) return IS_TUPLE(a) ? tuple_repeat(vm, a, b) : tuple_repeat(vm, b, a);
    return VAL_NOTIMPL;
}

static Value tuple_iter(VM *vm, Value self)
{
    return container_iter_new(vm, &type_tuple_iterator, self, 0);
}

static void tuple_trace(VM *vm, Obj *o)
{
    TupleObj *t = (TupleObj *)o;
    for (size_t i = 0; i < t->len; i++) gc_mark_value(vm, t->items[i]);
}

static Value tuple_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                             Value kwnames)
{
    if (!args_no_kw(vm, "tuple", kwnames) || !args_count(vm, "tuple", nargs, 0, 1)) return VAL_ERR;
    if (nargs == 0 && type == &type_tuple) return tuple_empty();
    Value items = nargs ? vm_materialize(vm, args[0], args, nargs, kwnames, 0) : tuple_empty();
    if (items == VAL_ERR || items == VAL_PENDING) return items;
    if (items == args[0] && vm_type_of(items) == &type_tuple && type == &type_tuple) return items;
    size_t n;
    const Value *src = seq_items(items, &n);
    if (n == 0 && type == &type_tuple) return tuple_empty();
    TupleObj *t = tuple_alloc(vm, type, n);
    if (!t) return VAL_ERR;
    if (n) memcpy(t->items, src, n * sizeof(Value));
    return val_from_obj(t);
}

/* ---- methods ------------------------------------------------------------------------------ */

static Value tuple_m_count(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "tuple.count", kwnames) || !args_count(vm, "tuple.count", nargs - 1, 1, 1))
        return VAL_ERR;
    TupleObj *t = AS_TUPLE(args[0]);
    int64_t count = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] == args[1]) {
            count++;
            continue;
        }
        int eq = ops_equal(vm, t->items[i], args[1]);
        if (eq < 0) return VAL_ERR;
        count += eq;
    }
    return val_from_small_int(count);
}

static Value tuple_m_index(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "tuple.index", kwnames) || !args_count(vm, "index", nargs - 1, 1, 3))
        return VAL_ERR;
    TupleObj *t = AS_TUPLE(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && !seq_search_bound(vm, args[2], (int64_t)t->len, &start)) return VAL_ERR;
    if (nargs > 3 && !seq_search_bound(vm, args[3], (int64_t)t->len, &stop)) return VAL_ERR;
    for (int64_t i = start; i < stop && (uint64_t)i < t->len; i++) {
        if (t->items[i] == args[1]) return val_from_small_int(i);
        int eq = ops_equal(vm, t->items[i], args[1]);
        if (eq < 0) return VAL_ERR;
        if (eq) return val_from_small_int(i);
    }
    return vm_raise(vm, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_m_getitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "tuple.__getitem__", kwnames) ||
        !args_count(vm, "tuple.__getitem__", nargs - 1, 1, 1))
        return VAL_ERR;
    return tuple_getitem(vm, args[0], args[1]);
}

static Value tuple_m_contains(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "tuple.__contains__", kwnames) ||
        !args_count(vm, "tuple.__contains__", nargs - 1, 1, 1))
        return VAL_ERR;
    int r = tuple_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value tuple_m_len(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "tuple.__len__", kwnames) ||
        !args_count(vm, "tuple.__len__", nargs - 1, 0, 0))
        return VAL_ERR;
    return val_from_small_int((int64_t)AS_TUPLE(args[0])->len);
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_m_count, 0},         {"index", tuple_m_index, 0},
    {"__getitem__", tuple_m_getitem, 0}, {"__contains__", tuple_m_contains, 0},
    {"__len__", tuple_m_len, 0},         {NULL, NULL, 0},
};

const TypeObj type_tuple = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "tuple",
    .base = &type_object,
    .layout = OBJ_TUPLE,
    .tflags = TYPE_BASETYPE,
    .methods = tuple_methods,
    .construct = tuple_construct,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .compare = tuple_compare,
    .binop = tuple_binop,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .trace = tuple_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- iterator ----------------------------------------------------------------------------- */

static Value tuple_iter_next(VM *vm, Value self)
{
    (void)vm;
    IterObj *it = AS_ITER(self);
    if (it->seq == VAL_UNDEF) return VAL_EXHAUSTED;
    TupleObj *t = AS_TUPLE(it->seq);
    if ((uint64_t)it->index < t->len) return t->items[it->index++];
    it->seq = VAL_UNDEF;
    return VAL_EXHAUSTED;
}

const TypeObj type_tuple_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "tuple_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = container_iter_self,
    .next = tuple_iter_next,
    .trace = container_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
