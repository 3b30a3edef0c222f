/* range.c — range objects over int64 (bounds beyond int64 raise OverflowError) and their
 * iterator. Item i is start + i * step; arithmetic that may leave int64 between two valid values
 * is done modulo 2**64 (uint64_t), which lands on the right int64 result. */
#include <inttypes.h>

#include "buf.h"
#include "container.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "range.h"
#include "str.h"

static inline int64_t wrap_add(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a + (uint64_t)b);
}
static inline int64_t wrap_mul(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a * (uint64_t)b);
}

/* Number of items, or false when it does not fit int64 (e.g. range(-2**63, 2**63-1)). */
static bool range_length(int64_t start, int64_t stop, int64_t step, int64_t *out)
{
    uint64_t span, stride;
    *out = 0;
    if (step > 0) {
        if (start >= stop) return true;
        span = (uint64_t)stop - (uint64_t)start;
        stride = (uint64_t)step;
    } else {
        if (start <= stop) return true;
        span = (uint64_t)start - (uint64_t)stop;
        stride = (uint64_t)0 - (uint64_t)step;
    }
    uint64_t n = (span - 1) / stride + 1;
    if (n > (uint64_t)INT64_MAX) return false;
    *out = (int64_t)n;
    return true;
}

static Value range_new_typed(VM *vm, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0) return vm_raise(vm, &exc_ValueError, "range() arg 3 must not be zero");
    int64_t length;
    if (!range_length(start, stop, step, &length))
        return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    RangeObj *r = gc_new(vm, sizeof(RangeObj), OBJ_RANGE, &type_range);
    if (!r) return VAL_ERR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return val_from_obj(r);
}

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step)
{
    return range_new_typed(vm, start, stop, step);
}

static Value range_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                             Value kwnames)
{
    (void)type;
    if (!args_no_kw(vm, "range", kwnames) || !args_count(vm, "range", nargs, 1, 3)) return VAL_ERR;
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < nargs; i++)
        if (!seq_ssize_arg(vm, args[i], &v[i])) return VAL_ERR;
    if (nargs == 1) return range_new_typed(vm, 0, v[0], 1);
    return range_new_typed(vm, v[0], v[1], v[2]);
}

static inline int64_t range_item(const RangeObj *r, int64_t i)
{
    return wrap_add(r->start, wrap_mul(i, r->step));
}

/* ---- protocol ----------------------------------------------------------------------------- */

static Value range_slice(VM *vm, RangeObj *r, Value slice)
{
    int64_t start, stop, step;
    if (slice_indices(vm, slice, r->length, &start, &stop, &step) < 0) return VAL_ERR;
    __int128 new_start = (__int128)r->start + (__int128)start * r->step;
    __int128 new_stop = (__int128)r->start + (__int128)stop * r->step;
    __int128 new_step = (__int128)step * r->step;
    if (new_start < INT64_MIN || new_start > INT64_MAX || new_stop < INT64_MIN ||
        new_stop > INT64_MAX || new_step < INT64_MIN || new_step > INT64_MAX)
        return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    return range_new_typed(vm, (int64_t)new_start, (int64_t)new_stop, (int64_t)new_step);
}

static Value range_getitem(VM *vm, Value self, Value key)
{
    RangeObj *r = AS_RANGE(self);
    if (val_is_kind(key, OBJ_SLICE)) return range_slice(vm, r, key);
    int64_t i;
    if (IS_BIGINT(key) && !int_to_i64(key, &i))
        return vm_raise(vm, &exc_IndexError, "range object index out of range");
    if (!seq_index(vm, key, r->length, "range", &i)) return VAL_ERR;
    if (i < 0 || i >= r->length)
        return vm_raise(vm, &exc_IndexError, "range object index out of range");
    return int_from_i64(vm, range_item(r, i));
}

static int64_t range_len(VM *vm, Value self)
{
    (void)vm;
    return AS_RANGE(self)->length;
}

/* Position of the int `v` in r, or -1. */
static int64_t range_index_of_int(const RangeObj *r, Value v)
{
    int64_t x;
    if (val_is_bool(v))
        x = v == VAL_TRUE;
    else if (!int_to_i64(v, &x))
        return -1;
    uint64_t offset, stride;
    if (r->step > 0) {
        if (x < r->start || x >= r->stop) return -1;
        offset = (uint64_t)x - (uint64_t)r->start;
        stride = (uint64_t)r->step;
    } else {
        if (x > r->start || x <= r->stop) return -1;
        offset = (uint64_t)r->start - (uint64_t)x;
        stride = (uint64_t)0 - (uint64_t)r->step;
    }
    if (offset % stride) return -1;
    return (int64_t)(offset / stride);
}

static bool range_int_like(Value v)
{
    return val_is_int(v) || val_is_bool(v);
}

/* Generic search for non-int items (2.0 in range(3)): compares every item. -1 none, -2 error. */
static int64_t range_search(VM *vm, const RangeObj *r, Value x, int64_t *count)
{
    int64_t first = -1;
    for (int64_t i = 0; i < r->length; i++) {
        Value item = int_from_i64(vm, range_item(r, i));
        if (item == VAL_ERR) return -2;
        int eq = ops_equal(vm, item, x);
        if (eq < 0) return -2;
        if (!eq) continue;
        if (first < 0) first = i;
        if (!count) return first;
        (*count)++;
    }
    return first;
}

static int range_contains(VM *vm, Value self, Value item)
{
    RangeObj *r = AS_RANGE(self);
    if (range_int_like(item)) return range_index_of_int(r, item) >= 0;
    int64_t i = range_search(vm, r, item, NULL);
    return i == -2 ? -1 : i >= 0;
}

static Value range_repr(VM *vm, Value self)
{
    RangeObj *r = AS_RANGE(self);
    Buf b;
    buf_init(&b, vm);
    if (r->step == 1)
        buf_printf(&b, "range(%" PRId64 ", %" PRId64 ")", r->start, r->stop);
    else
        buf_printf(&b, "range(%" PRId64 ", %" PRId64 ", %" PRId64 ")", r->start, r->stop, r->step);
    return buf_finish_str(&b);
}

/* Ranges are equal when they are equal as sequences (CPython's range_equals). */
static bool range_equal(const RangeObj *a, const RangeObj *b)
{
    if (a == b) return true;
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    if (a->length == 1) return true;
    return a->step == b->step;
}

static Value range_compare(VM *vm, Value a, Value b, CmpOp op)
{
    (void)vm;
    if (!val_is_kind(a, OBJ_RANGE) || !val_is_kind(b, OBJ_RANGE) || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPL;
    return val_from_bool(range_equal(AS_RANGE(a), AS_RANGE(b)) == (op == CMP_EQ));
}

/* hash(int) for any int64 (CPython: modulo 2**61 - 1, sign kept, -1 -> -2). */
static int64_t hash_i64(int64_t v)
{
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    uint64_t magnitude = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(magnitude % modulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* hash((len, start, step)) with None for the parts that do not matter (CPython's range_hash). */
static bool range_hash(VM *vm, Value self, int64_t *out)
{
    RangeObj *r = AS_RANGE(self);
    int64_t none_hash;
    if (!ops_hash(vm, VAL_NONE, &none_hash)) return false;
    int64_t lanes[3] = {hash_i64(r->length), none_hash, none_hash};
    if (r->length != 0) {
        lanes[1] = hash_i64(r->start);
        if (r->length != 1) lanes[2] = hash_i64(r->step);
    }
    *out = tuple_hash_lanes(lanes, 3);
    return true;
}

/* ---- iterator ----------------------------------------------------------------------------- */

/* IterObj: index = the next value, step = the stride, stop = how many values are left. */
static Value range_iter_from(VM *vm, int64_t first, int64_t step, int64_t count)
{
    Value it = container_iter_new(vm, &type_range_iterator, VAL_UNDEF, first);
    if (it == VAL_ERR) return VAL_ERR;
    AS_ITER(it)->step = step;
    AS_ITER(it)->stop = count;
    return it;
}

static Value range_iter(VM *vm, Value self)
{
    RangeObj *r = AS_RANGE(self);
    return range_iter_from(vm, r->start, r->step, r->length);
}

static Value range_iter_next(VM *vm, Value self)
{
    IterObj *it = AS_ITER(self);
    if (it->stop <= 0) return VAL_EXHAUSTED;
    int64_t v = it->index;
    it->index = wrap_add(v, it->step);
    it->stop--;
    if (small_int_fits(v)) return val_from_small_int(v);
    return int_from_i64(vm, v);
}

const TypeObj type_range_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "range_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = container_iter_self,
    .next = range_iter_next,
    .trace = container_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- methods and members ------------------------------------------------------------------ */

static Value range_m_reversed(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.__reversed__", kwnames) ||
        !args_count(vm, "range.__reversed__", nargs - 1, 0, 0))
        return VAL_ERR;
    RangeObj *r = AS_RANGE(args[0]);
    int64_t last = range_item(r, r->length - 1);
    return range_iter_from(vm, last, (int64_t)((uint64_t)0 - (uint64_t)r->step), r->length);
}

static Value range_m_index(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.index", kwnames) || !args_count(vm, "range.index", nargs - 1, 1, 1))
        return VAL_ERR;
    RangeObj *r = AS_RANGE(args[0]);
    if (range_int_like(args[1])) {
        int64_t i = range_index_of_int(r, args[1]);
        if (i >= 0) return int_from_i64(vm, i);
        Value s = ops_repr(vm, args[1]);
        if (s == VAL_ERR) return VAL_ERR;
        return vm_raise(vm, &exc_ValueError, "%s is not in range", str_data(s));
    }
    int64_t i = range_search(vm, r, args[1], NULL);
    if (i == -2) return VAL_ERR;
    if (i < 0) return vm_raise(vm, &exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, i);
}

static Value range_m_count(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.count", kwnames) || !args_count(vm, "range.count", nargs - 1, 1, 1))
        return VAL_ERR;
    RangeObj *r = AS_RANGE(args[0]);
    if (range_int_like(args[1])) return val_from_small_int(range_index_of_int(r, args[1]) >= 0);
    int64_t count = 0;
    if (range_search(vm, r, args[1], &count) == -2) return VAL_ERR;
    return int_from_i64(vm, count);
}

static Value range_m_getitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.__getitem__", kwnames) ||
        !args_count(vm, "range.__getitem__", nargs - 1, 1, 1))
        return VAL_ERR;
    return range_getitem(vm, args[0], args[1]);
}

static Value range_m_contains(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.__contains__", kwnames) ||
        !args_count(vm, "range.__contains__", nargs - 1, 1, 1))
        return VAL_ERR;
    int r = range_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value range_m_len(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.__len__", kwnames) ||
        !args_count(vm, "range.__len__", nargs - 1, 0, 0))
        return VAL_ERR;
    return int_from_i64(vm, AS_RANGE(args[0])->length);
}

static Value range_get_start(VM *vm, Value self)
{
    return int_from_i64(vm, AS_RANGE(self)->start);
}
static Value range_get_stop(VM *vm, Value self)
{
    return int_from_i64(vm, AS_RANGE(self)->stop);
}
static Value range_get_step(VM *vm, Value self)
{
    return int_from_i64(vm, AS_RANGE(self)->step);
}

static const MethodDef range_methods[] = {
    {"__reversed__", range_m_reversed, 0},
    {"index", range_m_index, 0},
    {"count", range_m_count, 0},
    {"__getitem__", range_m_getitem, 0},
    {"__contains__", range_m_contains, 0},
    {"__len__", range_m_len, 0},
    {NULL, NULL, 0},
};

static const MemberDef range_members[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_range = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "range",
    .base = &type_object,
    .layout = OBJ_RANGE,
    .methods = range_methods,
    .members = range_members,
    .construct = range_construct,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
