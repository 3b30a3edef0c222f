/* cont.c — native code that waits for Python: the continuations of conts.def.
 *
 * Each function here is a small state machine whose state lives in its frame's slots (so the GC
 * sees it and a snapshot can store it). It is entered once directly by the native that pushed the
 * frame (incoming == VAL_UNDEF) and then by the interpreter loop each time a Python call or a
 * pending next() it started delivers a value. Frames and the stack may move during any call, so
 * the frame and its slots are re-derived from the frame's index after every call (FRAME/SLOTS).
 */
#include <string.h>

#include "builtins.h"
#include "class.h"
#include "exception.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define FRAME(idx) (&vm->frames[(idx)])
#define SLOTS(idx) (vm->stack + vm->frames[(idx)].base)

/* next() from a continuation, which receives a pending item like any other result: a Python
 * __next__ may run (vm->pending_ok). */
static Value ops_next_routed(VM *vm, Value it)
{
    vm->pending_ok = true;
    Value x = ops_next(vm, it);
    vm->pending_ok = false;
    return x;
}

static uint32_t frame_index(VM *vm, Frame *f)
{
    return (uint32_t)(f - vm->frames);
}

/* A continuation that finishes synchronously in its first step pops its own frame and returns
 * the result to the native that pushed it. Later steps return through deliver(), which pops. */
static Value finish(VM *vm, uint32_t fi, bool first_step, Value result)
{
    if (first_step && result != VAL_PENDING) vm_pop_native(vm, FRAME(fi));
    return result;
}

/* Iterables whose iterators never run Python code: consumed in place, without a frame. */
static bool iterates_synchronously(Value v)
{
    if (!val_is_obj(v)) return false;
    switch (val_as_obj(v)->kind) {
    case OBJ_STR:
    case OBJ_BYTES:
    case OBJ_BYTEARRAY:
    case OBJ_LIST:
    case OBJ_TUPLE:
    case OBJ_DICT:
    case OBJ_SET:
    case OBJ_RANGE:
    case OBJ_DICT_VIEW:
        return true;
    default:
        return false;
    }
}

static Value collect_sync(VM *vm, Value iterable)
{
    Value it = ops_iter(vm, iterable);
    if (it == VAL_ERR) return VAL_ERR;
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value x = ops_next(vm, it);
        if (x == VAL_EXHAUSTED) return list;
        if (x == VAL_ERR || x == VAL_PENDING) return VAL_ERR;
        if (!list_append(vm, list, x)) return VAL_ERR;
    }
}

/* ---- materialize: collect an iterable, then run the native again -------------------------- */

enum { MAT_CALLEE, MAT_ITER, MAT_LIST, MAT_INDEX, MAT_NARGS, MAT_KWNAMES, MAT_PHASE, MAT_ARGS };
#define MAT_PHASE_ITER 2 /* waiting for the iterable's iterator */

Value vm_materialize(VM *vm, Value iterable, const Value *args, int nargs, Value kwnames,
                     int arg_index)
{
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) return iterable;
    if (iterates_synchronously(iterable)) return collect_sync(vm, iterable);
    /* A class's __iter__ is Python code: the continuation asks for the iterator itself. */
    bool needs_iter = class_is_heap_instance(iterable);
    Value it = needs_iter ? iterable : ops_iter(vm, iterable);
    if (it == VAL_ERR) return VAL_ERR;
    Value callee = vm->native_callee;
    /* A bound builtin is re-run through the bound object, which supplies self again. */
    int skip = val_is_kind(callee, OBJ_NATIVE) && AS_NATIVE(callee)->self != VAL_UNDEF ? 1 : 0;
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    size_t ncopy = (size_t)nargs - (size_t)skip + nkw;
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_MATERIALIZE, MAT_ARGS + (uint32_t)ncopy);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[MAT_CALLEE] = callee;
    s[MAT_ITER] = it;
    s[MAT_LIST] = list;
    s[MAT_INDEX] = val_from_small_int(arg_index - skip);
    s[MAT_NARGS] = val_from_small_int(nargs - skip);
    s[MAT_KWNAMES] = kwnames;
    s[MAT_PHASE] = val_from_small_int(needs_iter ? MAT_PHASE_ITER : 0);
    if (ncopy) memcpy(s + MAT_ARGS, args + skip, ncopy * sizeof(Value));
    return cont_materialize(vm, f, VAL_UNDEF);
}

/* The iterator of the iterable in slot `slot` of frame fi, asked for from a continuation (a
 * class's __iter__ may pend). On success the slot holds the iterator and true is returned with
 * *out = VAL_UNDEF; otherwise *out is VAL_PENDING or VAL_ERR. `incoming` is the delivered
 * iterator when resuming. */
static bool acquire_iterator(VM *vm, uint32_t fi, int slot, Value incoming, Value *out)
{
    Value it = incoming;
    if (it == VAL_UNDEF) {
        vm->pending_ok = true;
        it = ops_iter(vm, SLOTS(fi)[slot]);
        vm->pending_ok = false;
    }
    if (it == VAL_PENDING || it == VAL_ERR) {
        *out = it;
        return false;
    }
    SLOTS(fi)[slot] = it;
    *out = VAL_UNDEF;
    return true;
}

Value cont_materialize(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = frame_index(vm, f);
    bool first = incoming == VAL_UNDEF;
    if (val_as_small_int(SLOTS(fi)[MAT_PHASE]) == 1) return incoming; /* the re-run's result */
    Value x = incoming;
    if (val_as_small_int(SLOTS(fi)[MAT_PHASE]) == MAT_PHASE_ITER) {
        if (incoming == VAL_ERR) return VAL_ERR;
        Value r;
        if (!acquire_iterator(vm, fi, MAT_ITER, incoming, &r))
            return r == VAL_PENDING ? r : finish(vm, fi, first, r);
        SLOTS(fi)[MAT_PHASE] = val_from_small_int(0);
        x = VAL_UNDEF;
    }
    for (;;) {
        if (x == VAL_UNDEF) x = ops_next_routed(vm, SLOTS(fi)[MAT_ITER]);
        if (x == VAL_PENDING) return VAL_PENDING;
        if (x == VAL_ERR) return finish(vm, fi, first, VAL_ERR);
        if (x == VAL_EXHAUSTED) break;
        if (!list_append(vm, SLOTS(fi)[MAT_LIST], x)) return finish(vm, fi, first, VAL_ERR);
        x = VAL_UNDEF;
    }
    /* Everything came synchronously: the native that asked goes on with the list itself. */
    if (first) return finish(vm, fi, true, SLOTS(fi)[MAT_LIST]);
    Value *s = SLOTS(fi);
    int nargs = (int)val_as_small_int(s[MAT_NARGS]);
    s[MAT_ARGS + val_as_small_int(s[MAT_INDEX])] = s[MAT_LIST];
    s[MAT_PHASE] = val_from_small_int(1);
    /* The re-run may push frames and move the stack: give it a copy of its arguments. */
    size_t n = (size_t)FRAME(fi)->sp - FRAME(fi)->base - MAT_ARGS;
    Value copy[16];
    if (n > 16) return vm_raise(vm, &exc_TypeError, "too many arguments");
    memcpy(copy, s + MAT_ARGS, n * sizeof(Value));
    return vm_call(vm, s[MAT_CALLEE], copy, nargs, s[MAT_KWNAMES]);
}

/* ---- map and filter ------------------------------------------------------------------------ */

enum { MAP_IT, MAP_NEXT_INNER, MAP_ARGS, MAP_PHASE, MAP_NSLOTS };

Value builtin_map_next_slow(VM *vm, Value it)
{
    size_t n = AS_TUPLE(AS_ITER(it)->aux)->len;
    Value args = tuple_new(vm, n);
    if (args == VAL_ERR) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_MAP_NEXT, MAP_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[MAP_IT] = it;
    s[MAP_NEXT_INNER] = val_from_small_int(0);
    s[MAP_ARGS] = args;
    s[MAP_PHASE] = val_from_small_int(0);
    return cont_map_next(vm, f, VAL_UNDEF);
}

Value cont_map_next(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = frame_index(vm, f);
    bool first = incoming == VAL_UNDEF;
    if (val_as_small_int(SLOTS(fi)[MAP_PHASE]) == 1) return incoming;
    Value x = incoming;
    for (;;) {
        Value *s = SLOTS(fi);
        IterObj *map = AS_ITER(s[MAP_IT]);
        TupleObj *inner = AS_TUPLE(map->aux);
        int64_t i = val_as_small_int(s[MAP_NEXT_INNER]);
        if ((size_t)i == inner->len) break;
        if (x == VAL_UNDEF) x = ops_next_routed(vm, inner->items[i]);
        if (x == VAL_PENDING) return VAL_PENDING;
        if (x == VAL_ERR || x == VAL_EXHAUSTED) return finish(vm, fi, first, x);
        s = SLOTS(fi);
        AS_TUPLE(s[MAP_ARGS])->items[i] = x;
        s[MAP_NEXT_INNER] = val_from_small_int(i + 1);
        x = VAL_UNDEF;
    }
    Value *s = SLOTS(fi);
    s[MAP_PHASE] = val_from_small_int(1);
    TupleObj *args = AS_TUPLE(s[MAP_ARGS]);
    Value r = vm_call(vm, AS_ITER(s[MAP_IT])->seq, args->items, (int)args->len, VAL_UNDEF);
    return finish(vm, fi, first, r);
}

enum { FILTER_IT, FILTER_ITEM, FILTER_PHASE, FILTER_NSLOTS };

Value builtin_filter_next_slow(VM *vm, Value it)
{
    Frame *f = vm_push_native(vm, CONT_FILTER_NEXT, FILTER_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[FILTER_IT] = it;
    s[FILTER_PHASE] = val_from_small_int(0);
    return cont_filter_next(vm, f, VAL_UNDEF);
}

/* Phase 0: waiting for the next item of the inner iterator; phase 1: for the predicate. */
Value cont_filter_next(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = frame_index(vm, f);
    bool first = incoming == VAL_UNDEF;
    Value x = incoming;
    for (;;) {
        Value *s = SLOTS(fi);
        IterObj *filter = AS_ITER(s[FILTER_IT]);
        if (val_as_small_int(s[FILTER_PHASE]) == 0) {
            Value inner = IS_TUPLE(filter->aux) ? AS_TUPLE(filter->aux)->items[0] : filter->aux;
            if (x == VAL_UNDEF) x = ops_next_routed(vm, inner);
            if (x == VAL_PENDING) return VAL_PENDING;
            if (x == VAL_ERR || x == VAL_EXHAUSTED) return finish(vm, fi, first, x);
            s = SLOTS(fi);
            s[FILTER_ITEM] = x;
            s[FILTER_PHASE] = val_from_small_int(1);
            if (filter->seq != VAL_NONE) {
                x = vm_call(vm, filter->seq, &x, 1, VAL_UNDEF);
                if (x == VAL_PENDING) return VAL_PENDING;
                if (x == VAL_ERR) return finish(vm, fi, first, VAL_ERR);
            }
        }
        int keep = ops_truthy(vm, x);
        if (keep < 0) return finish(vm, fi, first, VAL_ERR);
        s = SLOTS(fi);
        s[FILTER_PHASE] = val_from_small_int(0);
        if (keep) return finish(vm, fi, first, s[FILTER_ITEM]);
        x = VAL_UNDEF;
    }
}

/* ---- key functions: sort, min, max ------------------------------------------------------------
 */

enum KeyedMode { KEYED_SORT, KEYED_SORTED, KEYED_MIN, KEYED_MAX };
enum { KEY_MODE, KEY_ITEMS, KEY_FN, KEY_KEYS, KEY_INDEX, KEY_EXTRA, KEY_NSLOTS };

static Value keyed_start(VM *vm, enum KeyedMode mode, Value items, Value key, Value extra)
{
    size_t n = IS_LIST(items) ? AS_LIST(items)->len : AS_TUPLE(items)->len;
    Value keys = list_new(vm, n);
    if (keys == VAL_ERR) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_KEYED, KEY_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[KEY_MODE] = val_from_small_int(mode);
    s[KEY_ITEMS] = items;
    s[KEY_FN] = key;
    s[KEY_KEYS] = keys;
    s[KEY_INDEX] = val_from_small_int(0);
    s[KEY_EXTRA] = extra;
    return cont_keyed(vm, f, VAL_UNDEF);
}

static bool is_running(VM *vm, const char *native_name)
{
    Value c = vm->native_callee;
    return val_is_kind(c, OBJ_NATIVE) && strcmp(AS_NATIVE(c)->def->name, native_name) == 0;
}

Value list_sort_keyed(VM *vm, Value list, Value key, bool reverse)
{
    enum KeyedMode mode = is_running(vm, "sorted") ? KEYED_SORTED : KEYED_SORT;
    return keyed_start(vm, mode, list, key, val_from_bool(reverse));
}

Value builtin_minmax_keyed(VM *vm, Value items, Value key, Value dflt, bool is_max)
{
    return keyed_start(vm, is_max ? KEYED_MAX : KEYED_MIN, items, key, dflt);
}

static Value keyed_finish(VM *vm, Value *s)
{
    enum KeyedMode mode = (enum KeyedMode)val_as_small_int(s[KEY_MODE]);
    Value items = s[KEY_ITEMS];
    ListObj *keys = AS_LIST(s[KEY_KEYS]);
    if (mode == KEYED_SORT || mode == KEYED_SORTED) {
        ListObj *l = AS_LIST(items);
        if (keys->len != l->len) return vm_raise(vm, &exc_ValueError, "list modified during sort");
        if (class_sort_needs_python(keys->items, keys->len)) {
            /* The caller (deliver or the first step) pops this frame; the sort runs above. */
            return class_sort(vm, items, s[KEY_KEYS], s[KEY_EXTRA] == VAL_TRUE,
                              mode == KEYED_SORTED ? items : VAL_NONE);
        }
        if (!list_sort_values(vm, l->items, keys->items, l->len, s[KEY_EXTRA] == VAL_TRUE))
            return VAL_ERR;
        return mode == KEYED_SORTED ? items : VAL_NONE;
    }
    const Value *xs = IS_LIST(items) ? AS_LIST(items)->items : AS_TUPLE(items)->items;
    if (keys->len == 0) {
        if (s[KEY_EXTRA] != VAL_UNDEF) return s[KEY_EXTRA];
        return vm_raise(vm, &exc_ValueError, "%s() arg is an empty sequence",
                        mode == KEYED_MAX ? "max" : "min");
    }
    if (class_sort_needs_python(keys->items, keys->len)) {
        Value copy = list_from_array(vm, xs, keys->len);
        Value keycopy = copy == VAL_ERR ? VAL_ERR : list_from_array(vm, keys->items, keys->len);
        if (keycopy == VAL_ERR) return VAL_ERR;
        return class_sort(vm, copy, keycopy, mode == KEYED_MAX, VAL_UNDEF);
    }
    size_t best = 0;
    for (size_t i = 1; i < keys->len; i++) {
        int better = mode == KEYED_MAX ? ops_less(vm, keys->items[best], keys->items[i])
                                       : ops_less(vm, keys->items[i], keys->items[best]);
        if (better < 0) return VAL_ERR;
        if (better) best = i;
    }
    return xs[best];
}

Value cont_keyed(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = frame_index(vm, f);
    bool first = incoming == VAL_UNDEF;
    Value k = incoming;
    {
        /* Every key is in: what arrives now is the result of the Python-comparison sort. */
        Value items = SLOTS(fi)[KEY_ITEMS];
        size_t n = IS_LIST(items) ? AS_LIST(items)->len : AS_TUPLE(items)->len;
        if (!first && (size_t)val_as_small_int(SLOTS(fi)[KEY_INDEX]) >= n) return incoming;
    }
    for (;;) {
        Value *s = SLOTS(fi);
        Value items = s[KEY_ITEMS];
        size_t n = IS_LIST(items) ? AS_LIST(items)->len : AS_TUPLE(items)->len;
        int64_t i = val_as_small_int(s[KEY_INDEX]);
        if (k != VAL_UNDEF) {
            if (!list_append(vm, SLOTS(fi)[KEY_KEYS], k)) return finish(vm, fi, first, VAL_ERR);
            s = SLOTS(fi);
            s[KEY_INDEX] = val_from_small_int(++i);
        }
        if ((size_t)i >= n) break;
        Value item = IS_LIST(items) ? AS_LIST(items)->items[i] : AS_TUPLE(items)->items[i];
        k = vm_call(vm, s[KEY_FN], &item, 1, VAL_UNDEF);
        if (k == VAL_PENDING) return VAL_PENDING;
        if (k == VAL_ERR) return finish(vm, fi, first, VAL_ERR);
    }
    return finish(vm, fi, first, keyed_finish(vm, SLOTS(fi)));
}

/* ---- any / all ------------------------------------------------------------------------------- */

enum { ANY_IT, ANY_IS_ALL, ANY_NSLOTS };

Value builtin_any_all_lazy(VM *vm, Value iterable, bool is_all)
{
    Value it = ops_iter(vm, iterable);
    if (it == VAL_ERR) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_ANY_ALL, ANY_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[ANY_IT] = it;
    s[ANY_IS_ALL] = val_from_bool(is_all);
    return cont_any_all(vm, f, VAL_UNDEF);
}

Value cont_any_all(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = frame_index(vm, f);
    bool first = incoming == VAL_UNDEF;
    bool is_all = SLOTS(fi)[ANY_IS_ALL] == VAL_TRUE;
    Value x = incoming;
    for (;;) {
        if (x == VAL_UNDEF) x = ops_next_routed(vm, SLOTS(fi)[ANY_IT]);
        if (x == VAL_PENDING) return VAL_PENDING;
        if (x == VAL_ERR) return finish(vm, fi, first, VAL_ERR);
        if (x == VAL_EXHAUSTED) return finish(vm, fi, first, val_from_bool(is_all));
        int t = ops_truthy(vm, x);
        if (t < 0) return finish(vm, fi, first, VAL_ERR);
        if (t != is_all) return finish(vm, fi, first, val_from_bool(!is_all));
        x = VAL_UNDEF;
    }
}

/* ---- collect: the items of an iterator, for the interpreter's unpacking instructions ------ */

enum { COLLECT_ITER, COLLECT_LIST, COLLECT_HAVE_ITER, COLLECT_NSLOTS };

Value vm_collect(VM *vm, Value iterable)
{
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_COLLECT, COLLECT_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[COLLECT_ITER] = iterable;
    s[COLLECT_LIST] = list;
    s[COLLECT_HAVE_ITER] = VAL_FALSE;
    return cont_collect(vm, f, VAL_UNDEF);
}

Value cont_collect(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = frame_index(vm, f);
    bool first = incoming == VAL_UNDEF;
    Value x = incoming;
    if (SLOTS(fi)[COLLECT_HAVE_ITER] == VAL_FALSE) {
        if (incoming == VAL_ERR) return VAL_ERR;
        Value r;
        if (!acquire_iterator(vm, fi, COLLECT_ITER, incoming, &r))
            return r == VAL_PENDING ? r : finish(vm, fi, first, r);
        SLOTS(fi)[COLLECT_HAVE_ITER] = VAL_TRUE;
        x = VAL_UNDEF;
    }
    for (;;) {
        if (x == VAL_UNDEF) x = ops_next_routed(vm, SLOTS(fi)[COLLECT_ITER]);
        if (x == VAL_PENDING) return VAL_PENDING;
        if (x == VAL_ERR) return finish(vm, fi, first, VAL_ERR);
        if (x == VAL_EXHAUSTED) return finish(vm, fi, first, SLOTS(fi)[COLLECT_LIST]);
        if (!list_append(vm, SLOTS(fi)[COLLECT_LIST], x)) return finish(vm, fi, first, VAL_ERR);
        x = VAL_UNDEF;
    }
}
