/* range.c — range objects and their iterators.
 *
 * Two representations behind one type:
 *   - small (the common case): start, stop, step and length all fit int64 and live in the
 *     RangeObj fields. Item i is start + i * step; arithmetic that may leave int64 between two
 *     valid values is done modulo 2**64 (uint64_t), which lands on the right int64 result.
 *   - big (OBJ_RANGE_BIG): any of them does not fit, e.g. range(10**20). The four values are int
 *     Values in a BigRangeObj and every operation uses int arithmetic (int.h), as CPython does.
 */
#include <inttypes.h>

#include "buf.h"
#include "container.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "range.h"
#include "str.h"

typedef struct BigRangeObj {
    RangeObj base; /* hdr.flags has OBJ_RANGE_BIG; the int64 fields are unused */
    Value start, stop, step, length;
} BigRangeObj;

#define AS_BIG_RANGE(v) ((BigRangeObj *)val_as_obj(v))

static inline bool range_is_big(Value r)
{
    return (val_as_obj(r)->flags & OBJ_RANGE_BIG) != 0;
}
static inline int64_t wrap_add(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a + (uint64_t)b);
}
static inline int64_t wrap_mul(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a * (uint64_t)b);
}

/* ---- construction ------------------------------------------------------------------------- */

/* Number of items when it fits int64 (it does not for range(-2**63, 2**63-1)). */
static bool range_length_i64(int64_t start, int64_t stop, int64_t step, int64_t *out)
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

/* CPython's compute_range_length on int Values; VAL_ERR on failure. */
static Value range_length_big(VM *vm, Value start, Value stop, Value step)
{
    Value lo = start, hi = stop;
    if (int_sign(step) < 0) {
        lo = stop;
        hi = start;
        step = int_negate(vm, step);
        if (step == VAL_ERR) return VAL_ERR;
    }
    if (int_cmp(lo, hi) >= 0) return val_from_small_int(0);
    Value diff = int_binop(vm, hi, lo, BINOP_SUB);
    if (diff == VAL_ERR) return VAL_ERR;
    diff = int_binop(vm, diff, val_from_small_int(1), BINOP_SUB);
    if (diff == VAL_ERR) return VAL_ERR;
    Value n = int_binop(vm, diff, step, BINOP_FLOORDIV);
    return n == VAL_ERR ? VAL_ERR : int_binop(vm, n, val_from_small_int(1), BINOP_ADD);
}

static Value range_alloc_small(VM *vm, int64_t start, int64_t stop, int64_t step, int64_t len)
{
    RangeObj *r = gc_new(vm, sizeof(RangeObj), OBJ_RANGE, &type_range);
    if (!r) return VAL_ERR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return val_from_obj(r);
}

/* range(start, stop, step) from int Values (bools already made ints). */
static Value range_make(VM *vm, Value start, Value stop, Value step)
{
    if (int_sign(step) == 0) return vm_raise(vm, &exc_ValueError, "range() arg 3 must not be zero");
    int64_t a, b, c, len;
    if (int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &c) &&
        range_length_i64(a, b, c, &len))
        return range_alloc_small(vm, a, b, c, len);
    Value length = range_length_big(vm, start, stop, step);
    if (length == VAL_ERR) return VAL_ERR;
    BigRangeObj *r = gc_new(vm, sizeof(BigRangeObj), OBJ_RANGE, &type_range);
    if (!r) return VAL_ERR;
    r->base.hdr.flags |= OBJ_RANGE_BIG;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return val_from_obj(r);
}

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step)
{
    int64_t len;
    if (step == 0) return vm_raise(vm, &exc_ValueError, "range() arg 3 must not be zero");
    if (range_length_i64(start, stop, step, &len))
        return range_alloc_small(vm, start, stop, step, len);
    Value a = int_from_i64(vm, start), b = int_from_i64(vm, stop), c = int_from_i64(vm, step);
    if (a == VAL_ERR || b == VAL_ERR || c == VAL_ERR) return VAL_ERR;
    return range_make(vm, a, b, c);
}

/* An argument of range(): an int (bools become 0/1); TypeError otherwise. */
static Value range_arg(VM *vm, Value v)
{
    if (val_is_bool(v)) return val_from_small_int(v == VAL_TRUE);
    if (val_is_int(v)) return v;
    return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    vm_type_name(v));
}

static Value range_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                             Value kwnames)
{
    (void)type;
    if (!args_no_kw(vm, "range", kwnames) || !args_count(vm, "range", nargs, 1, 3)) return VAL_ERR;
    Value v[3] = {val_from_small_int(0), val_from_small_int(0), val_from_small_int(1)};
    for (int i = 0; i < nargs; i++) {
        v[i] = range_arg(vm, args[i]);
        if (v[i] == VAL_ERR) return VAL_ERR;
    }
    if (nargs == 1) return range_make(vm, val_from_small_int(0), v[0], val_from_small_int(1));
    return range_make(vm, v[0], v[1], v[2]);
}

/* ---- the four values, whatever the representation ----------------------------------------- */

typedef struct RangeValues {
    Value start, stop, step, length;
} RangeValues;

static bool range_values(VM *vm, Value self, RangeValues *out)
{
    if (range_is_big(self)) {
        BigRangeObj *r = AS_BIG_RANGE(self);
        *out = (RangeValues){r->start, r->stop, r->step, r->length};
        return true;
    }
    RangeObj *r = AS_RANGE(self);
    out->start = int_from_i64(vm, r->start);
    out->stop = int_from_i64(vm, r->stop);
    out->step = int_from_i64(vm, r->step);
    out->length = int_from_i64(vm, r->length);
    return out->start != VAL_ERR && out->stop != VAL_ERR && out->step != VAL_ERR &&
           out->length != VAL_ERR;
}

/* start + i * step on int Values. */
static Value range_item_big(VM *vm, const RangeValues *rv, Value i)
{
    Value offset = int_binop(vm, i, rv->step, BINOP_MUL);
    return offset == VAL_ERR ? VAL_ERR : int_binop(vm, rv->start, offset, BINOP_ADD);
}

static inline int64_t range_item(const RangeObj *r, int64_t i)
{
    return wrap_add(r->start, wrap_mul(i, r->step));
}

/* ---- protocol ----------------------------------------------------------------------------- */

/* A slice bound for big ranges (_PySlice_GetLongIndices): None gives `dflt`; negative values
 * count from the end; the result is clamped to [lower, upper]. */
static Value range_slice_bound(VM *vm, Value v, Value dflt, Value length, Value lower, Value upper)
{
    if (v == VAL_NONE) return dflt;
    if (val_is_bool(v)) v = val_from_small_int(v == VAL_TRUE);
    if (!val_is_int(v))
        return vm_raise(vm, &exc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
    if (int_sign(v) < 0) {
        v = int_binop(vm, v, length, BINOP_ADD);
        if (v == VAL_ERR) return VAL_ERR;
        return int_cmp(v, lower) < 0 ? lower : v;
    }
    return int_cmp(v, upper) > 0 ? upper : v;
}

/* r[slice] on int Values: CPython's compute_slice. */
static Value range_slice_big(VM *vm, Value self, const SliceObj *s)
{
    RangeValues rv;
    if (!range_values(vm, self, &rv)) return VAL_ERR;
    Value step = s->step == VAL_NONE ? val_from_small_int(1) : range_arg(vm, s->step);
    if (step == VAL_ERR) {
        vm_clear_exc(vm);
        return vm_raise(vm, &exc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
    }
    if (int_sign(step) == 0) return vm_raise(vm, &exc_ValueError, "slice step cannot be zero");
    bool negative = int_sign(step) < 0;
    Value lower = val_from_small_int(negative ? -1 : 0);
    Value upper = negative ? int_binop(vm, rv.length, lower, BINOP_ADD) : rv.length;
    if (upper == VAL_ERR) return VAL_ERR;
    Value start =
        range_slice_bound(vm, s->start, negative ? upper : lower, rv.length, lower, upper);
    if (start == VAL_ERR) return VAL_ERR;
    Value stop = range_slice_bound(vm, s->stop, negative ? lower : upper, rv.length, lower, upper);
    if (stop == VAL_ERR) return VAL_ERR;
    Value substep = int_binop(vm, step, rv.step, BINOP_MUL);
    Value substart = substep == VAL_ERR ? VAL_ERR : range_item_big(vm, &rv, start);
    Value substop = substart == VAL_ERR ? VAL_ERR : range_item_big(vm, &rv, stop);
    if (substop == VAL_ERR) return VAL_ERR;
    return range_make(vm, substart, substop, substep);
}

static Value range_slice(VM *vm, Value self, Value slice)
{
    const SliceObj *s = AS_SLICE(slice);
    bool big_bounds = IS_BIGINT(s->start) || IS_BIGINT(s->stop) || IS_BIGINT(s->step);
    if (!range_is_big(self) && !big_bounds) {
        RangeObj *r = AS_RANGE(self);
        int64_t start, stop, step;
        if (slice_indices(vm, slice, r->length, &start, &stop, &step) < 0) return VAL_ERR;
        __int128 new_start = (__int128)r->start + (__int128)start * r->step;
        __int128 new_stop = (__int128)r->start + (__int128)stop * r->step;
        __int128 new_step = (__int128)step * r->step;
        if (new_start >= INT64_MIN && new_start <= INT64_MAX && new_stop >= INT64_MIN &&
            new_stop <= INT64_MAX && new_step >= INT64_MIN && new_step <= INT64_MAX)
            return range_new(vm, (int64_t)new_start, (int64_t)new_stop, (int64_t)new_step);
    }
    return range_slice_big(vm, self, s);
}

static Value range_getitem_big(VM *vm, Value self, Value index)
{
    RangeValues rv;
    if (!range_values(vm, self, &rv)) return VAL_ERR;
    if (int_sign(index) < 0) {
        index = int_binop(vm, index, rv.length, BINOP_ADD);
        if (index == VAL_ERR) return VAL_ERR;
    }
    if (int_sign(index) < 0 || int_cmp(index, rv.length) >= 0)
        return vm_raise(vm, &exc_IndexError, "range object index out of range");
    return range_item_big(vm, &rv, index);
}

static Value range_getitem(VM *vm, Value self, Value key)
{
    if (val_is_kind(key, OBJ_SLICE)) return range_slice(vm, self, key);
    if (range_is_big(self)) {
        if (val_is_bool(key)) key = val_from_small_int(key == VAL_TRUE);
        if (!val_is_int(key))
            return vm_raise(vm, &exc_TypeError, "range indices must be integers or slices, not %s",
                            vm_type_name(key));
        return range_getitem_big(vm, self, key);
    }
    RangeObj *r = AS_RANGE(self);
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
    if (!range_is_big(self)) return AS_RANGE(self)->length;
    int64_t n;
    if (int_to_i64(AS_BIG_RANGE(self)->length, &n)) return n;
    vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_truth(VM *vm, Value self)
{
    (void)vm;
    if (range_is_big(self)) return int_sign(AS_BIG_RANGE(self)->length) != 0;
    return AS_RANGE(self)->length != 0;
}

/* Position of the int `v` in a small range, or -1. */
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

/* Position of the int `v` in any range: an int Value, VAL_NONE when absent, or VAL_ERR. */
static Value range_position(VM *vm, Value self, Value v)
{
    if (!range_is_big(self)) {
        int64_t i = range_index_of_int(AS_RANGE(self), v);
        return i < 0 ? VAL_NONE : int_from_i64(vm, i);
    }
    if (val_is_bool(v)) v = val_from_small_int(v == VAL_TRUE);
    BigRangeObj *r = AS_BIG_RANGE(self);
    bool up = int_sign(r->step) > 0;
    int lo = int_cmp(v, r->start), hi = int_cmp(v, r->stop);
    if (up ? (lo < 0 || hi >= 0) : (lo > 0 || hi <= 0)) return VAL_NONE;
    Value offset = int_binop(vm, v, r->start, BINOP_SUB);
    Value rem = offset == VAL_ERR ? VAL_ERR : int_binop(vm, offset, r->step, BINOP_MOD);
    if (rem == VAL_ERR) return VAL_ERR;
    if (int_sign(rem) != 0) return VAL_NONE;
    return int_binop(vm, offset, r->step, BINOP_FLOORDIV);
}

static bool range_int_like(Value v)
{
    return val_is_int(v) || val_is_bool(v);
}

/* Generic search for non-int items (2.0 in range(3)): compares every item of a small range (a
 * big one is searched up to int64 positions). -1 none, -2 error. */
static int64_t range_search(VM *vm, Value self, Value x, int64_t *count)
{
    int64_t first = -1, n = range_is_big(self) ? INT64_MAX : AS_RANGE(self)->length;
    RangeValues rv;
    if (range_is_big(self) && !range_values(vm, self, &rv)) return -2;
    for (int64_t i = 0; i < n; i++) {
        Value item;
        if (range_is_big(self)) {
            Value index = int_from_i64(vm, i);
            if (index == VAL_ERR) return -2;
            if (int_cmp(index, rv.length) >= 0) break;
            item = range_item_big(vm, &rv, index);
        } else {
            item = int_from_i64(vm, range_item(AS_RANGE(self), i));
        }
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
    if (range_int_like(item)) {
        Value pos = range_position(vm, self, item);
        return pos == VAL_ERR ? -1 : pos != VAL_NONE;
    }
    int64_t i = range_search(vm, self, item, NULL);
    return i == -2 ? -1 : i >= 0;
}

static Value range_repr(VM *vm, Value self)
{
    RangeValues rv;
    if (!range_values(vm, self, &rv)) return VAL_ERR;
    Value parts[3] = {rv.start, rv.stop, rv.step};
    bool unit_step = int_cmp(rv.step, val_from_small_int(1)) == 0;
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, "range(");
    for (int i = 0; i < (unit_step ? 2 : 3); i++) {
        Value s = int_to_str(vm, parts[i], 10);
        if (s == VAL_ERR) {
            buf_free(&b);
            return VAL_ERR;
        }
        if (i) buf_append(&b, ", ", 2);
        buf_append_str(&b, s);
    }
    buf_append_char(&b, ')');
    return buf_finish_str(&b);
}

/* Ranges are equal when they are equal as sequences (CPython's range_equals). */
static bool range_equal(VM *vm, Value a, Value b, bool *out)
{
    RangeValues x, y;
    if (!range_values(vm, a, &x) || !range_values(vm, b, &y)) return false;
    if (a == b)
        *out = true;
    else if (int_cmp(x.length, y.length) != 0)
        *out = false;
    else if (int_sign(x.length) == 0)
        *out = true;
    else if (int_cmp(x.start, y.start) != 0)
        *out = false;
    else if (int_cmp(x.length, val_from_small_int(1)) == 0)
        *out = true;
    else
        *out = int_cmp(x.step, y.step) == 0;
    return true;
}

static Value range_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!val_is_kind(a, OBJ_RANGE) || !val_is_kind(b, OBJ_RANGE) || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPL;
    bool eq;
    if (!range_is_big(a) && !range_is_big(b)) {
        const RangeObj *x = AS_RANGE(a), *y = AS_RANGE(b);
        eq = x->length == y->length &&
             (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
    } else if (!range_equal(vm, a, b, &eq)) {
        return VAL_ERR;
    }
    return val_from_bool(eq == (op == CMP_EQ));
}

/* hash((len, start, step)) with None for the parts that do not matter (CPython's range_hash). */
static bool range_hash(VM *vm, Value self, int64_t *out)
{
    RangeValues rv;
    if (!range_values(vm, self, &rv)) return false;
    int64_t lanes[3];
    if (!ops_hash(vm, rv.length, &lanes[0]) || !ops_hash(vm, VAL_NONE, &lanes[1])) return false;
    lanes[2] = lanes[1];
    if (int_sign(rv.length) != 0) {
        if (!ops_hash(vm, rv.start, &lanes[1])) return false;
        if (int_cmp(rv.length, val_from_small_int(1)) != 0 && !ops_hash(vm, rv.step, &lanes[2]))
            return false;
    }
    *out = tuple_hash_lanes(lanes, 3);
    return true;
}

static void range_trace(VM *vm, Obj *o)
{
    if (!(o->flags & OBJ_RANGE_BIG)) return;
    BigRangeObj *r = (BigRangeObj *)o;
    gc_mark_value(vm, r->start);
    gc_mark_value(vm, r->stop);
    gc_mark_value(vm, r->step);
    gc_mark_value(vm, r->length);
}

/* ---- iterators ---------------------------------------------------------------------------- */

/* range_iterator: index = the next value, step = the stride, stop = how many values are left. */
static Value range_iter_from(VM *vm, int64_t first, int64_t step, int64_t count)
{
    Value it = container_iter_new(vm, &type_range_iterator, VAL_UNDEF, first);
    if (it == VAL_ERR) return VAL_ERR;
    AS_ITER(it)->step = step;
    AS_ITER(it)->stop = count;
    return it;
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

/* longrange_iterator (big ranges): aux = the next value, seq = the step (int Values), stop = how
 * many values are left (capped at INT64_MAX: nobody iterates further). */
static Value longrange_iter_next(VM *vm, Value self)
{
    IterObj *it = AS_ITER(self);
    if (it->stop <= 0) return VAL_EXHAUSTED;
    Value v = it->aux;
    Value next = int_binop(vm, v, it->seq, BINOP_ADD);
    if (next == VAL_ERR) return VAL_ERR;
    it->aux = next;
    it->stop--;
    return v;
}

static const TypeObj type_longrange_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "longrange_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = container_iter_self,
    .next = longrange_iter_next,
    .trace = container_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

static Value longrange_iter_new(VM *vm, Value first, Value step, Value length)
{
    Value it = container_iter_new(vm, &type_longrange_iterator, step, 0);
    if (it == VAL_ERR) return VAL_ERR;
    int64_t n;
    AS_ITER(it)->aux = first;
    AS_ITER(it)->stop = int_to_i64(length, &n) ? n : INT64_MAX;
    return it;
}

static Value range_iter(VM *vm, Value self)
{
    if (range_is_big(self)) {
        BigRangeObj *r = AS_BIG_RANGE(self);
        return longrange_iter_new(vm, r->start, r->step, r->length);
    }
    RangeObj *r = AS_RANGE(self);
    return range_iter_from(vm, r->start, r->step, r->length);
}

static Value range_reversed(VM *vm, Value self)
{
    if (!range_is_big(self)) {
        RangeObj *r = AS_RANGE(self);
        int64_t last = range_item(r, r->length - 1);
        return range_iter_from(vm, last, (int64_t)((uint64_t)0 - (uint64_t)r->step), r->length);
    }
    RangeValues rv;
    if (!range_values(vm, self, &rv)) return VAL_ERR;
    Value last_index = int_binop(vm, rv.length, val_from_small_int(1), BINOP_SUB);
    Value last = last_index == VAL_ERR ? VAL_ERR : range_item_big(vm, &rv, last_index);
    Value step = last == VAL_ERR ? VAL_ERR : int_negate(vm, rv.step);
    if (step == VAL_ERR) return VAL_ERR;
    return longrange_iter_new(vm, last, step, rv.length);
}

/* ---- methods and members ------------------------------------------------------------------ */

static Value range_m_reversed(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.__reversed__", kwnames) ||
        !args_count(vm, "range.__reversed__", nargs - 1, 0, 0))
        return VAL_ERR;
    return range_reversed(vm, args[0]);
}

static Value range_m_index(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.index", kwnames) || !args_count(vm, "range.index", nargs - 1, 1, 1))
        return VAL_ERR;
    if (range_int_like(args[1])) {
        Value pos = range_position(vm, args[0], args[1]);
        if (pos != VAL_NONE) return pos;
        Value s = ops_repr(vm, args[1]);
        if (s == VAL_ERR) return VAL_ERR;
        return vm_raise(vm, &exc_ValueError, "%s is not in range", str_data(s));
    }
    int64_t i = range_search(vm, args[0], args[1], NULL);
    if (i == -2) return VAL_ERR;
    if (i < 0) return vm_raise(vm, &exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, i);
}

static Value range_m_count(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "range.count", kwnames) || !args_count(vm, "range.count", nargs - 1, 1, 1))
        return VAL_ERR;
    if (range_int_like(args[1])) {
        Value pos = range_position(vm, args[0], args[1]);
        return pos == VAL_ERR ? VAL_ERR : val_from_small_int(pos != VAL_NONE);
    }
    int64_t count = 0;
    if (range_search(vm, args[0], args[1], &count) == -2) return VAL_ERR;
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
    int64_t n = range_len(vm, args[0]);
    return n < 0 ? VAL_ERR : int_from_i64(vm, n);
}

static Value range_get_start(VM *vm, Value self)
{
    if (range_is_big(self)) return AS_BIG_RANGE(self)->start;
    return int_from_i64(vm, AS_RANGE(self)->start);
}

static Value range_get_stop(VM *vm, Value self)
{
    if (range_is_big(self)) return AS_BIG_RANGE(self)->stop;
    return int_from_i64(vm, AS_RANGE(self)->stop);
}

static Value range_get_step(VM *vm, Value self)
{
    if (range_is_big(self)) return AS_BIG_RANGE(self)->step;
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
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .trace = range_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
