/* container.h — internals shared by the container implementations (list.c, sort.c, tuple.c,
 * dict.c, dict_methods.c, set.c, range.c, slice.c). Not part of any contract: other modules use
 * list.h, tuple.h, dict.h, set.h and range.h.
 *
 * Recursion: repr and comparison of nested containers recurse in C (CPython does the same). The
 * depth is charged to vm->depth, CPython's own rule (Py_EnterRecursiveCall shares the counter
 * with Python calls), so `x = [x]`-style nesting 10**5 deep raises RecursionError instead of
 * overflowing the C stack. Every enter is paired with a leave before the function returns, so
 * vm->depth is unchanged whenever Python code can run.
 */
#ifndef GARTER_CONTAINER_H
#define GARTER_CONTAINER_H

#include "exception.h"
#include "vm.h"

/* Obj flag: this list/tuple/dict/set/view is being repr'd (the recursion guard: a container met
 * again while its own repr is in progress prints as [...] / {...} / (...)). Top bit of the flags,
 * so it cannot collide with the ObjFlags of object.h. */
#define OBJ_REPR_ACTIVE (1u << 15)
/* Obj flag: a range whose bounds or length do not fit int64 (range.c's BigRangeObj layout). */
#define OBJ_RANGE_BIG (1u << 14)

/* Charge one level of C recursion; false with RecursionError pending at the limit. `where`
 * completes CPython's message ("" or " while getting the repr of an object"). */
static inline bool container_enter(VM *vm, const char *where)
{
    if (vm->depth >= vm->max_depth) {
        vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    vm->depth++;
    return true;
}

static inline void container_leave(VM *vm)
{
    vm->depth--;
}

/* Start the repr of container `o`: 1 if its repr is already in progress (print the ellipsis
 * form), 0 if entered (call container_repr_leave when done), -1 on RecursionError. Static
 * objects (the empty tuple) hold nothing and are never flagged. */
static inline int container_repr_enter(VM *vm, Obj *o)
{
    if (o->flags & OBJ_REPR_ACTIVE) return 1;
    if (!container_enter(vm, " while getting the repr of an object")) return -1;
    if (!(o->flags & OBJ_STATIC)) o->flags |= OBJ_REPR_ACTIVE;
    return 0;
}

static inline void container_repr_leave(VM *vm, Obj *o)
{
    if (!(o->flags & OBJ_STATIC)) o->flags &= (uint16_t)~OBJ_REPR_ACTIVE;
    container_leave(vm);
}

/* A list or tuple holding the items of `iterable`, for slots that cannot use vm_materialize
 * (setitem, binop): `iterable` itself when it is a list or tuple, else a fresh list. A value that
 * is not iterable raises TypeError(errmsg) (errmsg NULL: "'int' object is not iterable");
 * iterables whose iteration would need Python code raise TypeError. VAL_ERR on failure.
 * (list.c) */
Value seq_collect(VM *vm, Value iterable, const char *errmsg);

/* The items of a list or tuple (any layout-compatible subclass). */
static inline Value *seq_items(Value seq, size_t *len)
{
    if (val_as_obj(seq)->kind == OBJ_LIST) {
        *len = AS_LIST(seq)->len;
        return AS_LIST(seq)->items;
    }
    *len = AS_TUPLE(seq)->len;
    return AS_TUPLE(seq)->items;
}

/* Is `v` an instance of a class statement's type (which may define reflected operators)? Such
 * operands get NotImplemented instead of an immediate TypeError from sequence operators. */
static inline bool container_is_heap_instance(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TYPE_HEAP);
}

/* Normalise a sequence index given as a Value: false with CPython's TypeError
 * "<what> indices must be integers or slices, not str" (or IndexError for ints beyond int64)
 * pending. The index is not range-checked; negative ones get len added. (list.c) */
bool seq_index(VM *vm, Value key, int64_t len, const char *what, int64_t *out);
/* An int argument converted as CPython's "n" format (Py_ssize_t): TypeError "'str' object cannot
 * be interpreted as an integer", OverflowError beyond int64. (list.c) */
bool seq_ssize_arg(VM *vm, Value v, int64_t *out);
/* A start/stop bound of index(x, start, stop): clamped big ints, negative ones counted from the
 * end and clipped at 0. (list.c) */
bool seq_search_bound(VM *vm, Value v, int64_t len, int64_t *out);

/* Lexicographic rich comparison of two item arrays with CPython's list/tuple rules. (list.c) */
Value seq_compare(VM *vm, const Value *a, size_t alen, const Value *b, size_t blen, CmpOp op);

/* Repr of a list or tuple `seq`: its items through ops_repr between `open` and `close`, or
 * `ellipsis` when seq's repr is already in progress. (list.c) */
Value seq_repr(VM *vm, Value seq, const char *open, const char *close, const char *ellipsis);

/* Repeat counts (seq * n): seq_check_count returns VAL_TRUE for an int, VAL_NOTIMPL for an
 * instance of a class, else raises "can't multiply sequence by non-int of type 'float'".
 * seq_repeat_count gives the total length (0 for n <= 0), raising MemoryError up front when it
 * cannot fit. seq_repeat_into fills dst[0..total) with copies of src[0..len). (list.c) */
Value seq_check_count(VM *vm, Value count);
bool seq_repeat_count(VM *vm, size_t len, Value count, size_t *total);
void seq_repeat_into(Value *dst, const Value *src, size_t len, size_t total);

/* Every native iterator of the containers is an IterObj (object.h): iter returns itself and
 * trace marks seq and aux. container_iter_new makes one with aux VAL_UNDEF. (list.c) */
Value container_iter_self(VM *vm, Value self);
void container_iter_trace(VM *vm, Obj *o);
Value container_iter_new(VM *vm, const TypeObj *type, Value seq, int64_t index);

/* hash() of a tuple whose items hash to lanes[0..n) (CPython's tuplehash). (tuple.c) */
int64_t tuple_hash_lanes(const int64_t *lanes, size_t n);

/* ---- dict internals (dict.c) --------------------------------------------------------------- */

/* Hash a key as dict and set do (fast paths for small ints and strs). */
bool dict_hash_key(VM *vm, Value key, int64_t *out);
/* Compare two keys whose hashes are equal and which are not identical: 1, 0, -1. */
int dict_keys_equal(VM *vm, Value a, Value b);
/* Lookup / store / delete with the hash already known. */
int dict_get_hashed(VM *vm, Value dict, Value key, int64_t hash, Value *out);
bool dict_set_hashed(VM *vm, Value dict, Value key, int64_t hash, Value value);
int dict_del_hashed(VM *vm, Value dict, Value key, int64_t hash);
/* Like dict_next, also giving the stored hash. */
bool dict_next_hashed(Value dict, size_t *pos, Value *key, Value *value, int64_t *hash);
/* A new dict of `type` (dict or a subclass), empty. */
Value dict_new_typed(VM *vm, const TypeObj *type);
/* A shallow copy as a plain dict. */
Value dict_copy(VM *vm, Value dict);
/* Remove every item. */
void dict_clear(VM *vm, Value dict);
/* Make room for `n` more items without further resizing. */
bool dict_reserve(VM *vm, Value dict, size_t n);
/* Remove and return the last item (1), 0 when empty. */
int dict_pop_last(VM *vm, Value dict, Value *key, Value *value);
void dict_trace(VM *vm, Obj *o);
void dict_destroy(VM *vm, Obj *o);

/* ---- set internals (set.c) ----------------------------------------------------------------- */

/* A new empty set/frozenset of `type` (or a subclass). */
Value set_new_typed(VM *vm, const TypeObj *type);
/* CPython's set_update_internal: `other` is a set, a dict, or a list/tuple of items. */
bool set_update_internal(VM *vm, Value set, Value other);
/* set.difference_update / symmetric_difference_update with one operand of the same kinds. */
bool set_difference_update_internal(VM *vm, Value set, Value other);
bool set_symmetric_difference_update_internal(VM *vm, Value set, Value other);
/* set.intersection(other) with other a set or a list/tuple: a new set. */
Value set_intersection_internal(VM *vm, Value set, Value other);
static inline size_t set_len(Value set)
{
    return AS_SET(set)->used;
}

#endif
