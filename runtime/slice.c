/* slice.c — slice objects and the index arithmetic of CPython's PySlice_Unpack and
 * PySlice_AdjustIndices, used by every sequence type. */
#include "buf.h"
#include "container.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

Value slice_new(VM *vm, Value start, Value stop, Value step)
{
    SliceObj *s = gc_new(vm, sizeof(SliceObj), OBJ_SLICE, &type_slice);
    if (!s) return VAL_ERR;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return val_from_obj(s);
}

/* A slice bound: ints (big ones clamped to int64, as PyNumber_AsSsize_t(v, NULL)) and bools. */
static bool slice_bound(VM *vm, Value v, int64_t *out)
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
        if (!int_to_i64(v, out)) *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    vm_raise(vm, &exc_TypeError,
             "slice indices must be integers or None or have an __index__ method");
    return false;
}

/* PySlice_Unpack: None becomes the extreme for the step's direction. */
static bool slice_unpack(VM *vm, const SliceObj *s, int64_t *start, int64_t *stop, int64_t *step)
{
    *step = 1;
    if (s->step != VAL_NONE) {
        if (!slice_bound(vm, s->step, step)) return false;
        if (*step == 0) {
            vm_raise(vm, &exc_ValueError, "slice step cannot be zero");
            return false;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX; /* so that -step cannot overflow */
    }
    if (s->start == VAL_NONE)
        *start = *step < 0 ? INT64_MAX : 0;
    else if (!slice_bound(vm, s->start, start))
        return false;
    if (s->stop == VAL_NONE)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_bound(vm, s->stop, stop))
        return false;
    return true;
}

/* PySlice_AdjustIndices: clamp to the sequence and count the items. */
static int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int64_t slice_indices(VM *vm, Value slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step)
{
    if (!slice_unpack(vm, AS_SLICE(slice), start, stop, step)) return -1;
    return slice_adjust(len, start, stop, *step);
}

/* ---- the slice type ----------------------------------------------------------------------- */

static Value slice_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                             Value kwnames)
{
    (void)type;
    if (!args_no_kw(vm, "slice", kwnames) || !args_count(vm, "slice", nargs, 1, 3)) return VAL_ERR;
    if (nargs == 1) return slice_new(vm, VAL_NONE, args[0], VAL_NONE);
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static Value slice_repr(VM *vm, Value self)
{
    SliceObj *s = AS_SLICE(self);
    Value parts[3] = {s->start, s->stop, s->step};
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, "slice(");
    for (int i = 0; i < 3; i++) {
        Value r = ops_repr(vm, parts[i]);
        if (r == VAL_ERR) {
            buf_free(&b);
            return VAL_ERR;
        }
        if (i) buf_append(&b, ", ", 2);
        buf_append_str(&b, r);
    }
    buf_append_char(&b, ')');
    return buf_finish_str(&b);
}

/* Slices compare as the tuples (start, stop, step); they are unhashable (3.11). */
static Value slice_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!val_is_kind(a, OBJ_SLICE) || !val_is_kind(b, OBJ_SLICE)) return VAL_NOTIMPL;
    SliceObj *x = AS_SLICE(a), *y = AS_SLICE(b);
    Value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
    return seq_compare(vm, xs, 3, ys, 3, op);
}

static void slice_trace(VM *vm, Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    gc_mark_value(vm, s->start);
    gc_mark_value(vm, s->stop);
    gc_mark_value(vm, s->step);
}

static Value slice_m_indices(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "slice.indices", kwnames) ||
        !args_count(vm, "slice.indices", nargs - 1, 1, 1))
        return VAL_ERR;
    int64_t length, start, stop, step;
    if (!seq_ssize_arg(vm, args[1], &length)) return VAL_ERR;
    if (length < 0) return vm_raise(vm, &exc_ValueError, "length should not be negative");
    if (slice_indices(vm, args[0], length, &start, &stop, &step) < 0) return VAL_ERR;
    Value t = tuple_new(vm, 3);
    if (t == VAL_ERR) return VAL_ERR;
    int64_t parts[3] = {start, stop, step};
    for (int i = 0; i < 3; i++) {
        Value v = int_from_i64(vm, parts[i]);
        if (v == VAL_ERR) return VAL_ERR;
        AS_TUPLE(t)->items[i] = v;
    }
    return t;
}

static Value slice_get_start(VM *vm, Value self)
{
    return AS_SLICE(self)->start;
}
static Value slice_get_stop(VM *vm, Value self)
{
    return AS_SLICE(self)->stop;
}
static Value slice_get_step(VM *vm, Value self)
{
    return AS_SLICE(self)->step;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_m_indices, 0},
    {NULL, NULL, 0},
};

static const MemberDef slice_members[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_slice = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "slice",
    .base = &type_object,
    .layout = OBJ_SLICE,
    .methods = slice_methods,
    .members = slice_members,
    .construct = slice_construct,
    .repr = slice_repr,
    .compare = slice_compare,
    .trace = slice_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
