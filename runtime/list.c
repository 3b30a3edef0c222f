/* list.c — list: storage, the sequence protocol, methods and iterators; plus the sequence helpers
 * of container.h shared with tuple.c. Sorting lives in sort.c. */
#include "list.h"
#include "class.h"

#include <string.h>

#include "buf.h"
#include "container.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

/* Lengths beyond this cannot be allocated anyway; below it size arithmetic cannot overflow. */
#define LIST_MAX_LEN (SIZE_MAX / sizeof(Value) / 4)

/* ---- storage ------------------------------------------------------------------------------ */

static bool list_set_capacity(VM *vm, ListObj *l, size_t cap)
{
    if (cap == l->cap) return true;
    if (cap == 0) {
        mem_free(&vm->mem, l->items, l->cap * sizeof(Value));
        l->items = NULL;
        l->cap = 0;
        return true;
    }
    Value *p = mem_realloc(&vm->mem, l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    if (!p) {
        if (cap < l->cap) { /* a failed shrink is harmless: keep the larger block */
            mem_clear_failure(&vm->mem);
            return true;
        }
        vm_raise_nomem(vm);
        return false;
    }
    l->items = p;
    l->cap = cap;
    return true;
}

/* Set the length to `newlen`, over-allocating as CPython's list_resize does (about 1/8 extra),
 * so that appends are amortised O(1). Items past a shrunk length are simply dropped; items past
 * the old length are uninitialised: the caller fills them. */
static bool list_resize(VM *vm, ListObj *l, size_t newlen)
{
    if (l->cap >= newlen && newlen >= (l->cap >> 1)) {
        l->len = newlen;
        return true;
    }
    if (newlen > LIST_MAX_LEN) {
        vm_raise_nomem(vm);
        return false;
    }
    size_t cap = (newlen + (newlen >> 3) + 6) & ~(size_t)3;
    if (newlen > l->len && newlen - l->len > cap - newlen) cap = (newlen + 3) & ~(size_t)3;
    if (newlen == 0) cap = 0;
    if (!list_set_capacity(vm, l, cap)) return false;
    l->len = newlen;
    return true;
}

static ListObj *list_alloc(VM *vm, const TypeObj *type, size_t capacity)
{
    if (capacity > LIST_MAX_LEN || !mem_would_fit(&vm->mem, capacity * sizeof(Value))) {
        vm_raise_nomem(vm);
        return NULL;
    }
    ListObj *l = gc_new(vm, sizeof(ListObj), OBJ_LIST, type);
    if (!l) return NULL;
    if (capacity && !list_set_capacity(vm, l, capacity)) return NULL;
    return l;
}

Value list_new(VM *vm, size_t capacity)
{
    ListObj *l = list_alloc(vm, &type_list, capacity);
    return l ? val_from_obj(l) : VAL_ERR;
}

Value list_from_array(VM *vm, const Value *items, size_t n)
{
    ListObj *l = list_alloc(vm, &type_list, n);
    if (!l) return VAL_ERR;
    if (n) memcpy(l->items, items, n * sizeof(Value));
    l->len = n;
    return val_from_obj(l);
}

bool list_append(VM *vm, Value list, Value item)
{
    ListObj *l = AS_LIST(list);
    if (l->len < l->cap) {
        l->items[l->len++] = item;
        return true;
    }
    if (!list_resize(vm, l, l->len + 1)) return false;
    l->items[l->len - 1] = item;
    return true;
}

/* `items` may point into the list's own array (xs.extend(xs)). */
bool list_extend_array(VM *vm, Value list, const Value *items, size_t n)
{
    ListObj *l = AS_LIST(list);
    size_t old = l->len;
    if (n == 0) return true;
    bool own = items >= l->items && items < l->items + l->cap;
    size_t offset = own ? (size_t)(items - l->items) : 0;
    if (n > LIST_MAX_LEN - old) {
        vm_raise_nomem(vm);
        return false;
    }
    if (!list_resize(vm, l, old + n)) return false;
    memmove(l->items + old, own ? l->items + offset : items, n * sizeof(Value));
    return true;
}

/* Replace items [lo, hi) with the n values `src` (which must not alias the list). */
static bool list_replace_range(VM *vm, ListObj *l, size_t lo, size_t hi, const Value *src, size_t n)
{
    size_t old = l->len, removed = hi - lo;
    if (n < removed) {
        memmove(l->items + lo + n, l->items + hi, (old - hi) * sizeof(Value));
        if (!list_resize(vm, l, old - (removed - n))) return false;
    } else if (n > removed) {
        if (n - removed > LIST_MAX_LEN - old) {
            vm_raise_nomem(vm);
            return false;
        }
        if (!list_resize(vm, l, old + (n - removed))) return false;
        memmove(l->items + lo + n, l->items + hi, (old - hi) * sizeof(Value));
    }
    if (n) memcpy(l->items + lo, src, n * sizeof(Value));
    return true;
}

static bool list_insert_at(VM *vm, ListObj *l, size_t where, Value item)
{
    return list_replace_range(vm, l, where, where, &item, 1);
}

static void list_remove_at(VM *vm, ListObj *l, size_t where)
{
    memmove(l->items + where, l->items + where + 1, (l->len - where - 1) * sizeof(Value));
    (void)list_resize(vm, l, l->len - 1); /* shrinking never fails */
}

/* ---- helpers shared with tuple.c (container.h) -------------------------------------------- */

static bool type_has_iter(Value v)
{
    for (const TypeObj *t = vm_type_of(v); t; t = t->base)
        if (t->iter) return true;
    return false;
}

Value seq_collect(VM *vm, Value iterable, const char *errmsg)
{
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) return iterable;
    if (errmsg && !type_has_iter(iterable)) return vm_raise(vm, &exc_TypeError, "%s", errmsg);
    Value it = ops_iter(vm, iterable);
    if (it == VAL_ERR) return VAL_ERR;
    if (val_is_kind(it, OBJ_GENERATOR))
        return vm_raise(vm, &exc_TypeError, "a 'generator' cannot be consumed here");
    Value out = list_new(vm, 0);
    if (out == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value x = ops_next(vm, it);
        if (x == VAL_EXHAUSTED) return out;
        if (x == VAL_ERR) return VAL_ERR;
        if (x == VAL_PENDING)
            return vm_raise(vm, &exc_TypeError, "'%s' object cannot be consumed here",
                            vm_type_name(iterable));
        if (!list_append(vm, out, x)) return VAL_ERR;
    }
}

bool seq_index(VM *vm, Value key, int64_t len, const char *what, int64_t *out)
{
    int64_t i;
    if (val_is_small_int(key)) {
        i = val_as_small_int(key);
    } else if (val_is_bool(key)) {
        i = key == VAL_TRUE;
    } else if (IS_BIGINT(key)) {
        if (!int_to_i64(key, &i)) {
            vm_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
            return false;
        }
    } else {
        vm_raise(vm, &exc_TypeError, "%s indices must be integers or slices, not %s", what,
                 vm_type_name(key));
        return false;
    }
    if (i < 0) i += len;
    *out = i;
    return true;
}

bool seq_ssize_arg(VM *vm, Value v, int64_t *out)
{
    if (val_is_small_int(v)) {
        *out = val_as_small_int(v);
        return true;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    if (IS_BIGINT(v)) {
        if (int_to_i64(v, out)) return true;
        vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
             vm_type_name(v));
    return false;
}

bool seq_search_bound(VM *vm, Value v, int64_t len, int64_t *out)
{
    int64_t i;
    if (val_is_small_int(v)) {
        i = val_as_small_int(v);
    } else if (val_is_bool(v)) {
        i = v == VAL_TRUE;
    } else if (IS_BIGINT(v)) {
        i = int_sign(v) < 0 ? INT64_MIN : INT64_MAX; /* clamped, as CPython's index methods */
    } else {
        vm_raise(vm, &exc_TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    if (i < 0) {
        i = i < -len ? 0 : i + len;
    }
    *out = i;
    return true;
}

Value seq_compare(VM *vm, const Value *a, size_t alen, const Value *b, size_t blen, CmpOp op)
{
    size_t i = 0;
    if (!container_enter(vm, " in comparison")) return VAL_ERR;
    for (; i < alen && i < blen; i++) {
        if (a[i] == b[i]) continue;
        int eq = ops_equal(vm, a[i], b[i]);
        if (eq < 0) {
            container_leave(vm);
            return VAL_ERR;
        }
        if (!eq) break;
    }
    Value r;
    if (i >= alen || i >= blen) {
        switch (op) {
        case CMP_LT:
            r = val_from_bool(alen < blen);
            break;
        case CMP_LE:
            r = val_from_bool(alen <= blen);
            break;
        case CMP_EQ:
            r = val_from_bool(alen == blen);
            break;
        case CMP_NE:
            r = val_from_bool(alen != blen);
            break;
        case CMP_GT:
            r = val_from_bool(alen > blen);
            break;
        default:
            r = val_from_bool(alen >= blen);
            break;
        }
    } else if (op == CMP_EQ) {
        r = VAL_FALSE;
    } else if (op == CMP_NE) {
        r = VAL_TRUE;
    } else {
        r = ops_compare(vm, a[i], b[i], op);
    }
    container_leave(vm);
    return r;
}

Value seq_repr(VM *vm, Value seq, const char *open, const char *close, const char *ellipsis)
{
    Obj *o = val_as_obj(seq);
    int g = container_repr_enter(vm, o);
    if (g < 0) return VAL_ERR;
    if (g > 0) return str_from_cstr(vm, ellipsis);
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, open);
    size_t n;
    /* Re-read the items each time round: an item's repr could change the list. */
    for (size_t i = 0;; i++) {
        const Value *items = seq_items(seq, &n);
        if (i >= n) break;
        Value r = ops_repr(vm, items[i]);
        if (r == VAL_ERR) {
            buf_free(&b);
            container_repr_leave(vm, o);
            return VAL_ERR;
        }
        if (i) buf_append(&b, ", ", 2);
        buf_append_str(&b, r);
    }
    buf_append_cstr(&b, close);
    container_repr_leave(vm, o);
    return buf_finish_str(&b);
}

/* ---- iterators shared by every container (container.h) ------------------------------------ */

Value container_iter_self(VM *vm, Value self)
{
    (void)vm;
    return self;
}

void container_iter_trace(VM *vm, Obj *o)
{
    IterObj *it = (IterObj *)o;
    gc_mark_value(vm, it->seq);
    gc_mark_value(vm, it->aux);
}

Value container_iter_new(VM *vm, const TypeObj *type, Value seq, int64_t index)
{
    IterObj *it = gc_new(vm, sizeof(IterObj), OBJ_ITER, type);
    if (!it) return VAL_ERR;
    it->seq = seq;
    it->aux = VAL_UNDEF;
    it->index = index;
    return val_from_obj(it);
}

/* ---- sequence protocol -------------------------------------------------------------------- */

static Value list_slice(VM *vm, ListObj *l, int64_t start, int64_t step, int64_t n)
{
    ListObj *r = list_alloc(vm, &type_list, (size_t)n);
    if (!r) return VAL_ERR;
    if (step == 1) {
        if (n) memcpy(r->items, l->items + start, (size_t)n * sizeof(Value));
    } else {
        for (int64_t i = 0; i < n; i++) r->items[i] = l->items[start + i * step];
    }
    r->len = (size_t)n;
    return val_from_obj(r);
}

static Value list_getitem(VM *vm, Value self, Value key)
{
    ListObj *l = AS_LIST(self);
    if (val_is_small_int(key)) {
        int64_t i = val_as_small_int(key);
        if (i < 0) i += (int64_t)l->len;
        if (i >= 0 && (uint64_t)i < l->len) return l->items[i];
        return vm_raise(vm, &exc_IndexError, "list index out of range");
    }
    if (val_is_kind(key, OBJ_SLICE)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, key, (int64_t)l->len, &start, &stop, &step);
        if (n < 0) return VAL_ERR;
        return list_slice(vm, l, start, step, n);
    }
    int64_t i;
    if (!seq_index(vm, key, (int64_t)l->len, "list", &i)) return VAL_ERR;
    if (i >= 0 && (uint64_t)i < l->len) return l->items[i];
    return vm_raise(vm, &exc_IndexError, "list index out of range");
}

/* Delete the items of an extended slice (start, step > 0 after normalising, n items). */
static void list_delete_extended(VM *vm, ListObj *l, int64_t start, int64_t step, int64_t n)
{
    size_t w = (size_t)start, removed = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (removed < (size_t)n && r == (size_t)start + removed * (size_t)step) {
            removed++;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    (void)list_resize(vm, l, l->len - removed);
}

static bool list_assign_extended(VM *vm, ListObj *l, int64_t start, int64_t step, int64_t n,
                                 Value value)
{
    Value seq = value;
    if (value == val_from_obj(l)) {
        seq = list_from_array(vm, l->items, l->len);
    } else {
        seq = seq_collect(vm, value, "must assign iterable to extended slice");
    }
    if (seq == VAL_ERR) return false;
    size_t m;
    const Value *src = seq_items(seq, &m);
    if ((int64_t)m != n) {
        vm_raise(vm, &exc_ValueError,
                 "attempt to assign sequence of size %zu to extended slice of size %lld", m,
                 (long long)n);
        return false;
    }
    for (int64_t i = 0; i < n; i++) l->items[start + i * step] = src[i];
    return true;
}

static bool list_setslice(VM *vm, ListObj *l, Value slice, Value value)
{
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, slice, (int64_t)l->len, &start, &stop, &step);
    if (n < 0) return false;
    if (step == 1) {
        if (stop < start) stop = start;
        if (value == VAL_UNDEF)
            return list_replace_range(vm, l, (size_t)start, (size_t)stop, NULL, 0);
        Value seq = value == val_from_obj(l)
                        ? list_from_array(vm, l->items, l->len)
                        : seq_collect(vm, value, "can only assign an iterable");
        if (seq == VAL_ERR) return false;
        size_t m;
        const Value *src = seq_items(seq, &m);
        return list_replace_range(vm, l, (size_t)start, (size_t)stop, src, m);
    }
    if (value != VAL_UNDEF) return list_assign_extended(vm, l, start, step, n, value);
    if (n <= 0) return true;
    if (step < 0) { /* walk the same items upwards */
        start = start + step * (n - 1);
        step = -step;
    }
    list_delete_extended(vm, l, start, step, n);
    return true;
}

/* value == VAL_UNDEF: delete. */
static bool list_setitem(VM *vm, Value self, Value key, Value value)
{
    ListObj *l = AS_LIST(self);
    if (val_is_kind(key, OBJ_SLICE)) return list_setslice(vm, l, key, value);
    int64_t i;
    if (!seq_index(vm, key, (int64_t)l->len, "list", &i)) return false;
    if (i < 0 || (uint64_t)i >= l->len) {
        vm_raise(vm, &exc_IndexError, "list assignment index out of range");
        return false;
    }
    if (value == VAL_UNDEF)
        list_remove_at(vm, l, (size_t)i);
    else
        l->items[i] = value;
    return true;
}

static int64_t list_len(VM *vm, Value self)
{
    (void)vm;
    return (int64_t)AS_LIST(self)->len;
}

/* Index of the first item equal to x in [start, stop), -1 if none, -2 on error. */
static int64_t list_find(VM *vm, ListObj *l, Value x, size_t start, size_t stop)
{
    for (size_t i = start; i < stop && i < l->len; i++) {
        if (l->items[i] == x) return (int64_t)i;
        int eq = ops_equal(vm, l->items[i], x);
        if (eq < 0) return -2;
        if (eq) return (int64_t)i;
    }
    return -1;
}

static int list_contains(VM *vm, Value self, Value item)
{
    int64_t i = list_find(vm, AS_LIST(self), item, 0, SIZE_MAX);
    return i == -2 ? -1 : i >= 0;
}

static Value list_repr(VM *vm, Value self)
{
    if (AS_LIST(self)->len == 0) return str_from_cstr(vm, "[]");
    return seq_repr(vm, self, "[", "]", "[...]");
}

static Value list_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_LIST(a) || !IS_LIST(b)) return VAL_NOTIMPL;
    ListObj *x = AS_LIST(a), *y = AS_LIST(b);
    if (x->len != y->len && (op == CMP_EQ || op == CMP_NE)) return val_from_bool(op == CMP_NE);
    return seq_compare(vm, x->items, x->len, y->items, y->len, op);
}

/* seq * count for lists and tuples: the total length, or false with an exception pending. The
 * size is checked against the memory limit up front ([0] * 10**10 fails at once). */
bool seq_repeat_count(VM *vm, size_t len, Value count, size_t *total)
{
    int64_t n;
    if (!seq_ssize_arg(vm, count, &n)) {
        if (vm_exc_matches(vm, &exc_OverflowError)) {
            vm_clear_exc(vm);
            vm_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return false;
    }
    if (n <= 0 || len == 0) {
        *total = 0;
        return true;
    }
    size_t bytes;
    if ((uint64_t)n > LIST_MAX_LEN || !mem_size_mul(len, (size_t)n, total) ||
        *total > LIST_MAX_LEN || !mem_size_mul(*total, sizeof(Value), &bytes) ||
        !mem_would_fit(&vm->mem, bytes)) {
        vm_raise_nomem(vm);
        return false;
    }
    return true;
}

/* Fill dst with `total` items repeating src[0..len). */
static void seq_fill_repeat(Value *dst, const Value *src, size_t len, size_t total)
{
    if (total == 0) return;
    memcpy(dst, src, len * sizeof(Value));
    size_t done = len;
    while (done < total) { /* doubling copies */
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk * sizeof(Value));
        done += chunk;
    }
}

void seq_repeat_into(Value *dst, const Value *src, size_t len, size_t total)
{
    seq_fill_repeat(dst, src, len, total);
}

/* Is `count` usable as a repeat count? Otherwise CPython's TypeError (or NotImplemented for
 * instances of classes, which may define __rmul__). */
Value seq_check_count(VM *vm, Value count)
{
    if (val_is_int(count) || val_is_bool(count)) return VAL_TRUE;
    if (container_is_heap_instance(count)) return VAL_NOTIMPL;
    return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    vm_type_name(count));
}

static Value list_repeat(VM *vm, Value list, Value count)
{
    Value ok = seq_check_count(vm, count);
    if (ok != VAL_TRUE) return ok;
    ListObj *l = AS_LIST(list);
    size_t total;
    if (!seq_repeat_count(vm, l->len, count, &total)) return VAL_ERR;
    ListObj *r = list_alloc(vm, &type_list, total);
    if (!r) return VAL_ERR;
    seq_fill_repeat(r->items, l->items, l->len, total);
    r->len = total;
    return val_from_obj(r);
}

static Value list_concat(VM *vm, Value a, Value b)
{
    if (!IS_LIST(b)) {
        if (container_is_heap_instance(b)) return VAL_NOTIMPL;
        return vm_raise(vm, &exc_TypeError, "can only concatenate list (not \"%s\") to list",
                        vm_type_name(b));
    }
    ListObj *x = AS_LIST(a), *y = AS_LIST(b);
    ListObj *r = list_alloc(vm, &type_list, x->len + y->len);
    if (!r) return VAL_ERR;
    if (x->len) memcpy(r->items, x->items, x->len * sizeof(Value));
    if (y->len) memcpy(r->items + x->len, y->items, y->len * sizeof(Value));
    r->len = x->len + y->len;
    return val_from_obj(r);
}

static Value list_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (op == BINOP_ADD) return IS_LIST(a) ? list_concat(vm, a, b) : VAL_NOTIMPL;
    if (op == BINOP_MUL) return IS_LIST(a) ? list_repeat(vm, a, b) : list_repeat(vm, b, a);
    return VAL_NOTIMPL;
}

static Value list_iter(VM *vm, Value self)
{
    return container_iter_new(vm, &type_list_iterator, self, 0);
}

static void list_trace(VM *vm, Obj *o)
{
    ListObj *l = (ListObj *)o;
    gc_mark_value(vm, l->attrs); /* 0 (never set) is not an object */
    for (size_t i = 0; i < l->len; i++) gc_mark_value(vm, l->items[i]);
}

static void list_destroy(VM *vm, Obj *o)
{
    ListObj *l = (ListObj *)o;
    mem_free(&vm->mem, l->items, l->cap * sizeof(Value));
    l->items = NULL;
    l->cap = l->len = 0;
}

/* Replace the contents of `self` with the items of an iterable (list(), list.__init__). */
static Value list_fill(VM *vm, Value self, const Value *args, int nargs, Value kwnames,
                       int arg_index)
{
    Value items = vm_materialize(vm, args[arg_index], args, nargs, kwnames, arg_index);
    if (items == VAL_ERR || items == VAL_PENDING) return items;
    if (items == self) return VAL_NONE;
    size_t n;
    const Value *src = seq_items(items, &n);
    if (!list_resize(vm, AS_LIST(self), 0) || !list_extend_array(vm, self, src, n)) return VAL_ERR;
    return VAL_NONE;
}

static Value list_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                            Value kwnames)
{
    if (!args_no_kw(vm, "list", kwnames) || !args_count(vm, "list", nargs, 0, 1)) return VAL_ERR;
    if (nargs == 0) {
        ListObj *l = list_alloc(vm, type, 0);
        return l ? val_from_obj(l) : VAL_ERR;
    }
    Value items = vm_materialize(vm, args[0], args, nargs, kwnames, 0);
    if (items == VAL_ERR || items == VAL_PENDING) return items;
    /* A fresh list from materialize is ours to keep. */
    if (items != args[0] && type == &type_list && vm_type_of(items) == &type_list) return items;
    size_t n;
    const Value *src = seq_items(items, &n);
    ListObj *l = list_alloc(vm, type, n);
    if (!l) return VAL_ERR;
    if (n) memcpy(l->items, src, n * sizeof(Value));
    l->len = n;
    return val_from_obj(l);
}

/* ---- methods ------------------------------------------------------------------------------ */

static Value list_m_append(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.append", kwnames) || !args_count(vm, "list.append", nargs - 1, 1, 1))
        return VAL_ERR;
    return list_append(vm, args[0], args[1]) ? VAL_NONE : VAL_ERR;
}

static Value list_m_extend(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.extend", kwnames) || !args_count(vm, "list.extend", nargs - 1, 1, 1))
        return VAL_ERR;
    Value items = args[1];
    if (!IS_LIST(items) && !IS_TUPLE(items)) {
        items = vm_materialize(vm, args[1], args, nargs, kwnames, 1);
        if (items == VAL_ERR || items == VAL_PENDING) return items;
    }
    size_t n;
    const Value *src = seq_items(items, &n);
    return list_extend_array(vm, args[0], src, n) ? VAL_NONE : VAL_ERR;
}

static Value list_m_insert(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.insert", kwnames) || !args_count(vm, "insert", nargs - 1, 2, 2))
        return VAL_ERR;
    ListObj *l = AS_LIST(args[0]);
    int64_t where;
    if (!seq_ssize_arg(vm, args[1], &where)) return VAL_ERR;
    int64_t n = (int64_t)l->len;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    return list_insert_at(vm, l, (size_t)where, args[2]) ? VAL_NONE : VAL_ERR;
}

static Value list_m_remove(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.remove", kwnames) || !args_count(vm, "list.remove", nargs - 1, 1, 1))
        return VAL_ERR;
    ListObj *l = AS_LIST(args[0]);
    int64_t i = list_find(vm, l, args[1], 0, SIZE_MAX);
    if (i == -2) return VAL_ERR;
    if (i < 0) return vm_raise(vm, &exc_ValueError, "list.remove(x): x not in list");
    list_remove_at(vm, l, (size_t)i);
    return VAL_NONE;
}

static Value list_m_pop(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.pop", kwnames) || !args_count(vm, "pop", nargs - 1, 0, 1))
        return VAL_ERR;
    ListObj *l = AS_LIST(args[0]);
    int64_t i = -1;
    if (nargs > 1 && !seq_ssize_arg(vm, args[1], &i)) return VAL_ERR;
    if (l->len == 0) return vm_raise(vm, &exc_IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len)
        return vm_raise(vm, &exc_IndexError, "pop index out of range");
    Value item = l->items[i];
    list_remove_at(vm, l, (size_t)i);
    return item;
}

static Value list_m_clear(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.clear", kwnames) || !args_count(vm, "list.clear", nargs - 1, 0, 0))
        return VAL_ERR;
    (void)list_resize(vm, AS_LIST(args[0]), 0);
    return VAL_NONE;
}

static Value list_m_index(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.index", kwnames) || !args_count(vm, "index", nargs - 1, 1, 3))
        return VAL_ERR;
    ListObj *l = AS_LIST(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && !seq_search_bound(vm, args[2], (int64_t)l->len, &start)) return VAL_ERR;
    if (nargs > 3 && !seq_search_bound(vm, args[3], (int64_t)l->len, &stop)) return VAL_ERR;
    int64_t i = list_find(vm, l, args[1], (size_t)start, (size_t)stop);
    if (i == -2) return VAL_ERR;
    if (i >= 0) return val_from_small_int(i);
    Value r = ops_repr(vm, args[1]);
    if (r == VAL_ERR) return VAL_ERR;
    return vm_raise(vm, &exc_ValueError, "%s is not in list", str_data(r));
}

static Value list_m_count(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.count", kwnames) || !args_count(vm, "list.count", nargs - 1, 1, 1))
        return VAL_ERR;
    ListObj *l = AS_LIST(args[0]);
    int64_t count = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (l->items[i] == args[1]) {
            count++;
            continue;
        }
        int eq = ops_equal(vm, l->items[i], args[1]);
        if (eq < 0) return VAL_ERR;
        count += eq;
    }
    return val_from_small_int(count);
}

static void values_reverse(Value *items, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

static Value list_m_reverse(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.reverse", kwnames) ||
        !args_count(vm, "list.reverse", nargs - 1, 0, 0))
        return VAL_ERR;
    values_reverse(AS_LIST(args[0])->items, AS_LIST(args[0])->len);
    return VAL_NONE;
}

static Value list_m_copy(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.copy", kwnames) || !args_count(vm, "list.copy", nargs - 1, 0, 0))
        return VAL_ERR;
    return list_from_array(vm, AS_LIST(args[0])->items, AS_LIST(args[0])->len);
}

/* Sort with keys computed by a native callable (len, str.lower, ...), which answers at once. */
static Value list_sort_native_key(VM *vm, ListObj *l, Value key, bool reverse)
{
    size_t n = l->len;
    if (n == 0) return VAL_NONE;
    Value *keys = mem_alloc(&vm->mem, n * sizeof(Value));
    if (!keys) return vm_raise_nomem(vm);
    for (size_t i = 0; i < n; i++) {
        Value k = vm_call(vm, key, &l->items[i], 1, VAL_UNDEF);
        if (k == VAL_ERR || l->len != n) {
            mem_free(&vm->mem, keys, n * sizeof(Value));
            if (k == VAL_ERR) return VAL_ERR;
            return vm_raise(vm, &exc_ValueError, "list modified during sort");
        }
        keys[i] = k;
    }
    bool ok = list_sort_values(vm, l->items, keys, n, reverse);
    mem_free(&vm->mem, keys, n * sizeof(Value));
    return ok ? VAL_NONE : VAL_ERR;
}

static Value list_m_sort(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"key", "reverse"};
    Value opts[2];
    if (nargs > 1) return vm_raise(vm, &exc_TypeError, "sort() takes no positional arguments");
    if (!args_parse(vm, "sort", args + 1, 0, kwnames, names, 2, 0, 0, opts)) return VAL_ERR;
    int64_t reverse = 0;
    if (opts[1] != VAL_UNDEF && !seq_ssize_arg(vm, opts[1], &reverse)) return VAL_ERR;
    Value key = opts[0] == VAL_UNDEF ? VAL_NONE : opts[0];
    ListObj *l = AS_LIST(args[0]);
    if (key == VAL_NONE && class_sort_needs_python(l->items, l->len))
        return class_sort(vm, args[0], VAL_UNDEF, reverse != 0, VAL_NONE);
    if (key == VAL_NONE)
        return list_sort_values(vm, l->items, NULL, l->len, reverse != 0) ? VAL_NONE : VAL_ERR;
    if (IS_NATIVE(key)) return list_sort_native_key(vm, l, key, reverse != 0);
    return list_sort_keyed(vm, args[0], key, reverse != 0);
}

static Value list_m_imul(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.__imul__", kwnames) ||
        !args_count(vm, "list.__imul__", nargs - 1, 1, 1))
        return VAL_ERR;
    Value ok = seq_check_count(vm, args[1]);
    if (ok != VAL_TRUE) return ok;
    ListObj *l = AS_LIST(args[0]);
    size_t total, len = l->len;
    if (!seq_repeat_count(vm, len, args[1], &total)) return VAL_ERR;
    if (!list_resize(vm, l, total)) return VAL_ERR;
    seq_fill_repeat(l->items, l->items, len, total);
    return args[0];
}

static Value list_m_reversed(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.__reversed__", kwnames) ||
        !args_count(vm, "list.__reversed__", nargs - 1, 0, 0))
        return VAL_ERR;
    return container_iter_new(vm, &type_list_reverseiterator, args[0],
                              (int64_t)AS_LIST(args[0])->len - 1);
}

static Value list_m_init(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list", kwnames) || !args_count(vm, "list", nargs - 1, 0, 1))
        return VAL_ERR;
    if (nargs == 1) {
        (void)list_resize(vm, AS_LIST(args[0]), 0);
        return VAL_NONE;
    }
    return list_fill(vm, args[0], args, nargs, kwnames, 1);
}

static Value list_m_getitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.__getitem__", kwnames) ||
        !args_count(vm, "list.__getitem__", nargs - 1, 1, 1))
        return VAL_ERR;
    return list_getitem(vm, args[0], args[1]);
}

static Value list_m_setitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__setitem__", kwnames) || !args_count(vm, "__setitem__", nargs - 1, 2, 2))
        return VAL_ERR;
    return list_setitem(vm, args[0], args[1], args[2]) ? VAL_NONE : VAL_ERR;
}

static Value list_m_delitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.__delitem__", kwnames) ||
        !args_count(vm, "list.__delitem__", nargs - 1, 1, 1))
        return VAL_ERR;
    return list_setitem(vm, args[0], args[1], VAL_UNDEF) ? VAL_NONE : VAL_ERR;
}

static Value list_m_contains(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.__contains__", kwnames) ||
        !args_count(vm, "list.__contains__", nargs - 1, 1, 1))
        return VAL_ERR;
    int r = list_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value list_m_len(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.__len__", kwnames) ||
        !args_count(vm, "list.__len__", nargs - 1, 0, 0))
        return VAL_ERR;
    return val_from_small_int((int64_t)AS_LIST(args[0])->len);
}

static Value list_m_iter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "list.__iter__", kwnames) ||
        !args_count(vm, "list.__iter__", nargs - 1, 0, 0))
        return VAL_ERR;
    return list_iter(vm, args[0]);
}

static const MethodDef list_methods[] = {
    {"append", list_m_append, 0},
    {"extend", list_m_extend, 0},
    {"insert", list_m_insert, 0},
    {"remove", list_m_remove, 0},
    {"pop", list_m_pop, 0},
    {"clear", list_m_clear, 0},
    {"index", list_m_index, 0},
    {"count", list_m_count, 0},
    {"sort", list_m_sort, 0},
    {"reverse", list_m_reverse, 0},
    {"copy", list_m_copy, 0},
    {"__reversed__", list_m_reversed, 0},
    {"__imul__", list_m_imul, 0},
    {"__init__", list_m_init, 0},
    {"__getitem__", list_m_getitem, 0},
    {"__setitem__", list_m_setitem, 0},
    {"__delitem__", list_m_delitem, 0},
    {"__contains__", list_m_contains, 0},
    {"__len__", list_m_len, 0},
    {"__iter__", list_m_iter, 0},
    {NULL, NULL, 0},
};

const TypeObj type_list = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "list",
    .base = &type_object,
    .layout = OBJ_LIST,
    .tflags = TYPE_BASETYPE,
    .methods = list_methods,
    .construct = list_construct,
    .repr = list_repr,
    .compare = list_compare,
    .binop = list_binop,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .trace = list_trace,
    .destroy = list_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- iterators ---------------------------------------------------------------------------- */

/* Sees items appended during the loop (CPython); once exhausted it stays exhausted. */
static Value list_iter_next(VM *vm, Value self)
{
    (void)vm;
    IterObj *it = AS_ITER(self);
    if (it->seq == VAL_UNDEF) return VAL_EXHAUSTED;
    ListObj *l = AS_LIST(it->seq);
    if ((uint64_t)it->index < l->len) return l->items[it->index++];
    it->seq = VAL_UNDEF;
    return VAL_EXHAUSTED;
}

static Value list_reviter_next(VM *vm, Value self)
{
    (void)vm;
    IterObj *it = AS_ITER(self);
    if (it->seq == VAL_UNDEF) return VAL_EXHAUSTED;
    ListObj *l = AS_LIST(it->seq);
    if (it->index >= 0 && (uint64_t)it->index < l->len) return l->items[it->index--];
    it->seq = VAL_UNDEF;
    return VAL_EXHAUSTED;
}

const TypeObj type_list_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "list_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = container_iter_self,
    .next = list_iter_next,
    .trace = container_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_list_reverseiterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "list_reverseiterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = container_iter_self,
    .next = list_reviter_next,
    .trace = container_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
