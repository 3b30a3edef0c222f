/* dict_methods.c — the dict type around the table of dict.c: constructor, methods, repr,
 * comparison, `|`; the keys/values/items views with their set operations; the iterators. */
#include <string.h>

#include "buf.h"
#include "container.h"
#include "dict.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* ---- repr, comparison, operators ---------------------------------------------------------- */

static Value dict_repr(VM *vm, Value self)
{
    DictObj *d = AS_DICT(self);
    if (d->nlive == 0) return str_from_cstr(vm, "{}");
    Obj *o = val_as_obj(self);
    int g = container_repr_enter(vm, o);
    if (g) return g < 0 ? VAL_ERR : str_from_cstr(vm, "{...}");
    Buf b;
    buf_init(&b, vm);
    buf_append_char(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) { /* re-read: a repr could mutate the dict */
        DictEntry e = d->entries[i];
        if (e.key == VAL_UNDEF) continue;
        Value kr = ops_repr(vm, e.key);
        Value vr = kr == VAL_ERR ? VAL_ERR : ops_repr(vm, e.value);
        if (vr == VAL_ERR) {
            buf_free(&b);
            container_repr_leave(vm, o);
            return VAL_ERR;
        }
        if (!first) buf_append(&b, ", ", 2);
        first = false;
        buf_append_str(&b, kr);
        buf_append(&b, ": ", 2);
        buf_append_str(&b, vr);
    }
    buf_append_char(&b, '}');
    container_repr_leave(vm, o);
    return buf_finish_str(&b);
}

/* 1 if equal, 0 if not, -1 on error. Order does not matter. */
static int dict_equal(VM *vm, Value a, Value b)
{
    if (dict_len(a) != dict_len(b)) return 0;
    if (!container_enter(vm, " in comparison")) return -1;
    size_t pos = 0;
    Value key, value, other;
    int64_t hash;
    int result = 1;
    while (result == 1 && dict_next_hashed(a, &pos, &key, &value, &hash)) {
        int found = dict_get_hashed(vm, b, key, hash, &other);
        if (found <= 0)
            result = found;
        else if (other != value)
            result = ops_equal(vm, value, other);
    }
    container_leave(vm);
    return result;
}

static Value dict_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) return VAL_NOTIMPL;
    int eq = dict_equal(vm, a, b);
    if (eq < 0) return VAL_ERR;
    return val_from_bool((eq == 1) == (op == CMP_EQ));
}

static Value dict_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (op != BINOP_OR || !IS_DICT(a) || !IS_DICT(b)) return VAL_NOTIMPL;
    Value r = dict_copy(vm, a);
    if (r == VAL_ERR || !dict_update(vm, r, b)) return VAL_ERR;
    return r;
}

static Value dict_getitem(VM *vm, Value self, Value key)
{
    Value v;
    int r = dict_get(vm, self, key, &v);
    if (r > 0) return v;
    if (r < 0) return VAL_ERR;
    return vm_raise_arg(vm, &exc_KeyError, key);
}

static bool dict_setitem(VM *vm, Value self, Value key, Value value)
{
    if (value != VAL_UNDEF) return dict_set(vm, self, key, value);
    int r = dict_del(vm, self, key);
    if (r == 0) vm_raise_arg(vm, &exc_KeyError, key);
    return r == 1;
}

static int dict_contains(VM *vm, Value self, Value key)
{
    Value v;
    return dict_get(vm, self, key, &v);
}

static int64_t dict_len_slot(VM *vm, Value self)
{
    (void)vm;
    return (int64_t)dict_len(self);
}

/* ---- iterators ---------------------------------------------------------------------------- */

/* IterObj fields: seq = the dict (VAL_UNDEF once exhausted), index = next entry position,
 * stop = the dict's length when iteration started (-1 once a change was reported: sticky),
 * step = items still expected. */
static Value dict_iter_new(VM *vm, const TypeObj *type, Value dict, bool reverse)
{
    DictObj *d = AS_DICT(dict);
    int64_t start = reverse ? (d->nlive ? (int64_t)d->nentries - 1 : -1) : 0;
    Value it = container_iter_new(vm, type, dict, start);
    if (it == VAL_ERR) return VAL_ERR;
    AS_ITER(it)->stop = (int64_t)d->nlive;
    AS_ITER(it)->step = (int64_t)d->nlive;
    return it;
}

static bool dict_iter_check_size(VM *vm, IterObj *it, DictObj *d)
{
    if (it->stop == (int64_t)d->nlive) return true;
    it->stop = -1;
    vm_raise(vm, &exc_RuntimeError, "dictionary changed size during iteration");
    return false;
}

/* The next entry going forward: 1 found, 0 exhausted, -1 error. */
static int dict_iter_step(VM *vm, IterObj *it, DictEntry *out)
{
    if (it->seq == VAL_UNDEF) return 0;
    DictObj *d = AS_DICT(it->seq);
    if (!dict_iter_check_size(vm, it, d)) return -1;
    size_t i = (size_t)it->index;
    while (i < d->nentries && d->entries[i].key == VAL_UNDEF) i++;
    if (i >= d->nentries) {
        it->seq = VAL_UNDEF;
        return 0;
    }
    if (it->step == 0) {
        it->seq = VAL_UNDEF;
        vm_raise(vm, &exc_RuntimeError, "dictionary keys changed during iteration");
        return -1;
    }
    it->index = (int64_t)i + 1;
    it->step--;
    *out = d->entries[i];
    return 1;
}

static int dict_reviter_step(VM *vm, IterObj *it, DictEntry *out)
{
    if (it->seq == VAL_UNDEF) return 0;
    DictObj *d = AS_DICT(it->seq);
    if (!dict_iter_check_size(vm, it, d)) return -1;
    int64_t i = it->index;
    while (i >= 0 && ((size_t)i >= d->nentries || d->entries[i].key == VAL_UNDEF)) i--;
    if (i < 0) {
        it->seq = VAL_UNDEF;
        return 0;
    }
    it->index = i - 1;
    it->step--;
    *out = d->entries[i];
    return 1;
}

typedef enum DictIterWhat { ITER_KEYS, ITER_VALUES, ITER_ITEMS } DictIterWhat;

static Value dict_iter_result(VM *vm, int r, const DictEntry *e, DictIterWhat what)
{
    if (r <= 0) return r < 0 ? VAL_ERR : VAL_EXHAUSTED;
    switch (what) {
    case ITER_KEYS:
        return e->key;
    case ITER_VALUES:
        return e->value;
    default:
        return tuple_pack2(vm, e->key, e->value);
    }
}

static Value dict_keyiter_next(VM *vm, Value self)
{
    DictEntry e;
    return dict_iter_result(vm, dict_iter_step(vm, AS_ITER(self), &e), &e, ITER_KEYS);
}
static Value dict_valueiter_next(VM *vm, Value self)
{
    DictEntry e;
    return dict_iter_result(vm, dict_iter_step(vm, AS_ITER(self), &e), &e, ITER_VALUES);
}
static Value dict_itemiter_next(VM *vm, Value self)
{
    DictEntry e;
    return dict_iter_result(vm, dict_iter_step(vm, AS_ITER(self), &e), &e, ITER_ITEMS);
}
static Value dict_revkeyiter_next(VM *vm, Value self)
{
    DictEntry e;
    return dict_iter_result(vm, dict_reviter_step(vm, AS_ITER(self), &e), &e, ITER_KEYS);
}
static Value dict_revvalueiter_next(VM *vm, Value self)
{
    DictEntry e;
    return dict_iter_result(vm, dict_reviter_step(vm, AS_ITER(self), &e), &e, ITER_VALUES);
}
static Value dict_revitemiter_next(VM *vm, Value self)
{
    DictEntry e;
    return dict_iter_result(vm, dict_reviter_step(vm, AS_ITER(self), &e), &e, ITER_ITEMS);
}

#define DICT_ITER_TYPE(cname, pyname, nextfn)                                                      \
    const TypeObj cname = {                                                                        \
        .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),                                              \
        .name = pyname,                                                                            \
        .base = &type_object,                                                                      \
        .layout = OBJ_ITER,                                                                        \
        .tflags = TYPE_ITERATOR,                                                                   \
        .iter = container_iter_self,                                                               \
        .next = nextfn,                                                                            \
        .trace = container_iter_trace,                                                             \
        .dict = VAL_UNDEF,                                                                         \
        .mro = VAL_UNDEF,                                                                          \
    }

DICT_ITER_TYPE(type_dict_keyiterator, "dict_keyiterator", dict_keyiter_next);
DICT_ITER_TYPE(type_dict_valueiterator, "dict_valueiterator", dict_valueiter_next);
DICT_ITER_TYPE(type_dict_itemiterator, "dict_itemiterator", dict_itemiter_next);
DICT_ITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator", dict_revkeyiter_next);
DICT_ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator", dict_revvalueiter_next);
DICT_ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator", dict_revitemiter_next);

static Value dict_iter(VM *vm, Value self)
{
    return dict_iter_new(vm, &type_dict_keyiterator, self, false);
}

/* ---- views -------------------------------------------------------------------------------- */

static Value dict_view_new(VM *vm, const TypeObj *type, Value dict)
{
    DictViewObj *v = gc_new(vm, sizeof(DictViewObj), OBJ_DICT_VIEW, type);
    if (!v) return VAL_ERR;
    v->dict = dict;
    return val_from_obj(v);
}

static bool is_keys_view(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &type_dict_keys;
}
static bool is_items_view(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &type_dict_items;
}
static bool is_set_like_view(Value v)
{
    return is_keys_view(v) || is_items_view(v);
}

static int64_t dict_view_len(VM *vm, Value self)
{
    (void)vm;
    return (int64_t)dict_len(AS_DICT_VIEW(self)->dict);
}

static void dict_view_trace(VM *vm, Obj *o)
{
    gc_mark_value(vm, ((DictViewObj *)o)->dict);
}

static Value dict_keys_iter(VM *vm, Value self)
{
    return dict_iter_new(vm, &type_dict_keyiterator, AS_DICT_VIEW(self)->dict, false);
}
static Value dict_values_iter(VM *vm, Value self)
{
    return dict_iter_new(vm, &type_dict_valueiterator, AS_DICT_VIEW(self)->dict, false);
}
static Value dict_items_iter(VM *vm, Value self)
{
    return dict_iter_new(vm, &type_dict_itemiterator, AS_DICT_VIEW(self)->dict, false);
}

static int dict_keys_contains(VM *vm, Value self, Value key)
{
    return dict_contains(vm, AS_DICT_VIEW(self)->dict, key);
}

static int dict_items_contains(VM *vm, Value self, Value item)
{
    if (!IS_TUPLE(item) || AS_TUPLE(item)->len != 2) return 0;
    Value found;
    int r = dict_get(vm, AS_DICT_VIEW(self)->dict, AS_TUPLE(item)->items[0], &found);
    if (r <= 0) return r;
    Value want = AS_TUPLE(item)->items[1];
    return found == want ? 1 : ops_equal(vm, found, want);
}

static int dict_values_contains(VM *vm, Value self, Value item)
{
    Value dict = AS_DICT_VIEW(self)->dict;
    size_t pos = 0;
    Value key, value;
    while (dict_next(dict, &pos, &key, &value)) {
        if (value == item) return 1;
        int eq = ops_equal(vm, value, item);
        if (eq) return eq;
    }
    return 0;
}

/* The view's items as a fresh list (its iteration order). */
static Value dict_view_list(VM *vm, Value view)
{
    Value dict = AS_DICT_VIEW(view)->dict;
    Value list = list_new(vm, dict_len(dict));
    if (list == VAL_ERR) return VAL_ERR;
    const TypeObj *t = val_as_obj(view)->type;
    size_t pos = 0;
    Value key, value;
    while (dict_next(dict, &pos, &key, &value)) {
        Value x = t == &type_dict_keys     ? key
                  : t == &type_dict_values ? value
                                           : tuple_pack2(vm, key, value);
        if (x == VAL_ERR || !list_append(vm, list, x)) return VAL_ERR;
    }
    return list;
}

static Value dict_view_repr(VM *vm, Value self)
{
    Obj *o = val_as_obj(self);
    int g = container_repr_enter(vm, o);
    if (g) return g < 0 ? VAL_ERR : str_from_cstr(vm, "...");
    Value list = dict_view_list(vm, self);
    Value inner = list == VAL_ERR ? VAL_ERR : ops_repr(vm, list);
    container_repr_leave(vm, o);
    if (inner == VAL_ERR) return VAL_ERR;
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "%s(", o->type->name);
    buf_append_str(&b, inner);
    buf_append_char(&b, ')');
    return buf_finish_str(&b);
}

/* The items of any iterable operand of a view operation: a set or dict as is (set.c handles
 * them directly), else a list/tuple. */
static Value view_operand(VM *vm, Value v)
{
    if (IS_SET(v) || IS_DICT(v)) return v;
    if (is_set_like_view(v)) return dict_view_list(vm, v);
    return seq_collect(vm, v, NULL);
}

/* CPython's dictviews_to_set: set(dict) for a keys view (the dict's fast path), else set(x). */
static Value view_to_set(VM *vm, Value v)
{
    Value s = set_new(vm, false);
    if (s == VAL_ERR) return VAL_ERR;
    Value items = is_keys_view(v) ? AS_DICT_VIEW(v)->dict : view_operand(vm, v);
    if (items == VAL_ERR || !set_update_internal(vm, s, items)) return VAL_ERR;
    return s;
}

/* (a & b) with at least one a keys/items view: CPython's _PyDictView_Intersect. */
static Value dict_view_and(VM *vm, Value a, Value b)
{
    Value self = a, other = b;
    if (!is_set_like_view(self)) {
        self = b;
        other = a;
    }
    size_t len_self = dict_len(AS_DICT_VIEW(self)->dict);
    if (IS_SET(other) && vm_type_of(other) == &type_set && len_self <= set_len(other)) {
        Value items = dict_view_list(vm, self);
        return items == VAL_ERR ? VAL_ERR : set_intersection_internal(vm, other, items);
    }
    if (is_set_like_view(other) && dict_len(AS_DICT_VIEW(other)->dict) > len_self) {
        Value t = self;
        self = other;
        other = t;
    }
    Value result = set_new(vm, false);
    Value items = result == VAL_ERR ? VAL_ERR : view_operand(vm, other);
    if (items == VAL_ERR) return VAL_ERR;
    int (*contains)(VM *, Value, Value) =
        is_keys_view(self) ? dict_keys_contains : dict_items_contains;
    if (IS_SET(items) || IS_DICT(items)) { /* iterate sets and dicts in their own order */
        items = seq_collect(vm, items, NULL);
        if (items == VAL_ERR) return VAL_ERR;
    }
    size_t n;
    const Value *xs = seq_items(items, &n);
    for (size_t i = 0; i < n; i++) {
        int r = contains(vm, self, xs[i]);
        if (r < 0 || (r && !set_add(vm, result, xs[i]))) return VAL_ERR;
    }
    return result;
}

/* d1.items() ^ d2.items(): CPython's dictitems_xor. */
static Value dict_items_xor(VM *vm, Value a, Value b)
{
    Value d2 = AS_DICT_VIEW(b)->dict;
    Value temp = dict_copy(vm, AS_DICT_VIEW(a)->dict);
    Value result = temp == VAL_ERR ? VAL_ERR : set_new(vm, false);
    if (result == VAL_ERR) return VAL_ERR;
    size_t pos = 0;
    Value key, val2, val1;
    int64_t hash;
    while (dict_next_hashed(d2, &pos, &key, &val2, &hash)) {
        int found = dict_get_hashed(vm, temp, key, hash, &val1);
        if (found < 0) return VAL_ERR;
        int same = found ? (val1 == val2 ? 1 : ops_equal(vm, val1, val2)) : 0;
        if (same < 0) return VAL_ERR;
        if (same) {
            if (dict_del_hashed(vm, temp, key, hash) < 0) return VAL_ERR;
        } else {
            Value pair = tuple_pack2(vm, key, val2);
            if (pair == VAL_ERR || !set_add(vm, result, pair)) return VAL_ERR;
        }
    }
    Value rest = dict_view_new(vm, &type_dict_items, temp);
    Value items = rest == VAL_ERR ? VAL_ERR : dict_view_list(vm, rest);
    if (items == VAL_ERR || !set_update_internal(vm, result, items)) return VAL_ERR;
    return result;
}

static Value dict_view_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (op == BINOP_AND) return dict_view_and(vm, a, b);
    if (op == BINOP_XOR && is_items_view(a) && is_items_view(b)) return dict_items_xor(vm, a, b);
    if (op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR) return VAL_NOTIMPL;
    Value result = view_to_set(vm, a);
    if (result == VAL_ERR) return VAL_ERR;
    Value other = view_operand(vm, b);
    if (other == VAL_ERR) return VAL_ERR;
    bool ok = op == BINOP_OR    ? set_update_internal(vm, result, other)
              : op == BINOP_SUB ? set_difference_update_internal(vm, result, other)
                                : set_symmetric_difference_update_internal(vm, result, other);
    return ok ? result : VAL_ERR;
}

/* Is every item of `a` in `b`? (Both set-like: sets or keys/items views.) */
static int all_contained_in(VM *vm, Value a, Value b)
{
    Value items = seq_collect(vm, a, NULL);
    if (items == VAL_ERR) return -1;
    size_t n;
    const Value *xs = seq_items(items, &n);
    for (size_t i = 0; i < n; i++) {
        int r = ops_contains(vm, b, xs[i]);
        if (r <= 0) return r;
    }
    return 1;
}

static Value dict_view_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_SET(b) && !is_set_like_view(b)) return VAL_NOTIMPL;
    int64_t la = ops_len(vm, a), lb = ops_len(vm, b);
    if (la < 0 || lb < 0) return VAL_ERR;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) ok = all_contained_in(vm, a, b);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT:
        ok = la < lb ? all_contained_in(vm, a, b) : 0;
        break;
    case CMP_LE:
        ok = la <= lb ? all_contained_in(vm, a, b) : 0;
        break;
    case CMP_GT:
        ok = la > lb ? all_contained_in(vm, b, a) : 0;
        break;
    case CMP_GE:
        ok = la >= lb ? all_contained_in(vm, b, a) : 0;
        break;
    }
    return ok < 0 ? VAL_ERR : val_from_bool(ok);
}

static Value dict_view_m_isdisjoint(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "isdisjoint", kwnames) || !args_count(vm, "isdisjoint", nargs - 1, 1, 1))
        return VAL_ERR;
    Value self = args[0], other = args[1];
    if (self == other) return val_from_bool(dict_len(AS_DICT_VIEW(self)->dict) == 0);
    if (IS_SET(other) || is_set_like_view(other)) {
        int64_t ls = ops_len(vm, self), lo = ops_len(vm, other);
        if (lo > ls) {
            self = args[1];
            other = args[0];
        }
    }
    Value items = seq_collect(vm, other, NULL);
    if (items == VAL_ERR) return VAL_ERR;
    size_t n;
    const Value *xs = seq_items(items, &n);
    for (size_t i = 0; i < n; i++) {
        int r = ops_contains(vm, self, xs[i]);
        if (r < 0) return VAL_ERR;
        if (r) return VAL_FALSE;
    }
    return VAL_TRUE;
}

static Value dict_view_m_reversed(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__reversed__", kwnames) ||
        !args_count(vm, "__reversed__", nargs - 1, 0, 0))
        return VAL_ERR;
    const TypeObj *t = val_as_obj(args[0])->type;
    const TypeObj *it = t == &type_dict_keys     ? &type_dict_reversekeyiterator
                        : t == &type_dict_values ? &type_dict_reversevalueiterator
                                                 : &type_dict_reverseitemiterator;
    return dict_iter_new(vm, it, AS_DICT_VIEW(args[0])->dict, true);
}

static const MethodDef dict_setview_methods[] = {
    {"isdisjoint", dict_view_m_isdisjoint, 0},
    {"__reversed__", dict_view_m_reversed, 0},
    {NULL, NULL, 0},
};

static const MethodDef dict_values_methods[] = {
    {"__reversed__", dict_view_m_reversed, 0},
    {NULL, NULL, 0},
};

const TypeObj type_dict_keys = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "dict_keys",
    .base = &type_object,
    .layout = OBJ_DICT_VIEW,
    .methods = dict_setview_methods,
    .repr = dict_view_repr,
    .compare = dict_view_compare,
    .binop = dict_view_binop,
    .len = dict_view_len,
    .contains = dict_keys_contains,
    .iter = dict_keys_iter,
    .trace = dict_view_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_dict_items = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "dict_items",
    .base = &type_object,
    .layout = OBJ_DICT_VIEW,
    .methods = dict_setview_methods,
    .repr = dict_view_repr,
    .compare = dict_view_compare,
    .binop = dict_view_binop,
    .len = dict_view_len,
    .contains = dict_items_contains,
    .iter = dict_items_iter,
    .trace = dict_view_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* values views compare and hash by identity and support no set operations (CPython). */
const TypeObj type_dict_values = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "dict_values",
    .base = &type_object,
    .layout = OBJ_DICT_VIEW,
    .methods = dict_values_methods,
    .repr = dict_view_repr,
    .len = dict_view_len,
    .contains = dict_values_contains,
    .iter = dict_values_iter,
    .trace = dict_view_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- constructor and update --------------------------------------------------------------- */

/* d.update(other, **kw) / dict(other, **kw) with `other` = args[arg_index] (VAL_UNDEF: none).
 * The keywords follow args[nargs - 1]. */
static Value dict_update_args(VM *vm, Value self, const Value *args, int nargs, Value kwnames,
                              int arg_index)
{
    if (arg_index < nargs) {
        Value other = args[arg_index];
        if (!IS_DICT(other)) {
            other = vm_materialize(vm, other, args, nargs, kwnames, arg_index);
            if (other == VAL_ERR || other == VAL_PENDING) return other;
        }
        if (!dict_update(vm, self, other)) return VAL_ERR;
    }
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    for (size_t k = 0; k < nkw; k++)
        if (!dict_set(vm, self, AS_TUPLE(kwnames)->items[k], args[nargs + (int)k])) return VAL_ERR;
    return VAL_NONE;
}

static Value dict_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                            Value kwnames)
{
    if (!args_count(vm, "dict", nargs, 0, 1)) return VAL_ERR;
    Value d = dict_new_typed(vm, type);
    if (d == VAL_ERR) return VAL_ERR;
    Value r = dict_update_args(vm, d, args, nargs, kwnames, 0);
    return r == VAL_NONE ? d : r;
}

/* ---- methods ------------------------------------------------------------------------------ */

static Value dict_m_get(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.get", kwnames) || !args_count(vm, "get", nargs - 1, 1, 2))
        return VAL_ERR;
    Value v;
    int r = dict_get(vm, args[0], args[1], &v);
    if (r < 0) return VAL_ERR;
    return r ? v : nargs > 2 ? args[2] : VAL_NONE;
}

static Value dict_m_setdefault(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.setdefault", kwnames) ||
        !args_count(vm, "setdefault", nargs - 1, 1, 2))
        return VAL_ERR;
    int64_t hash;
    if (!dict_hash_key(vm, args[1], &hash)) return VAL_ERR;
    Value v;
    int r = dict_get_hashed(vm, args[0], args[1], hash, &v);
    if (r) return r < 0 ? VAL_ERR : v;
    Value dflt = nargs > 2 ? args[2] : VAL_NONE;
    return dict_set_hashed(vm, args[0], args[1], hash, dflt) ? dflt : VAL_ERR;
}

static Value dict_m_pop(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.pop", kwnames) || !args_count(vm, "pop", nargs - 1, 1, 2))
        return VAL_ERR;
    int64_t hash;
    if (!dict_hash_key(vm, args[1], &hash)) return VAL_ERR;
    Value v;
    int r = dict_get_hashed(vm, args[0], args[1], hash, &v);
    if (r < 0) return VAL_ERR;
    if (r == 0) return nargs > 2 ? args[2] : vm_raise_arg(vm, &exc_KeyError, args[1]);
    return dict_del_hashed(vm, args[0], args[1], hash) < 0 ? VAL_ERR : v;
}

static Value dict_m_popitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.popitem", kwnames) ||
        !args_count(vm, "dict.popitem", nargs - 1, 0, 0))
        return VAL_ERR;
    Value key, value;
    if (!dict_pop_last(vm, args[0], &key, &value)) {
        Value msg = str_from_cstr(vm, "popitem(): dictionary is empty");
        return msg == VAL_ERR ? VAL_ERR : vm_raise_arg(vm, &exc_KeyError, msg);
    }
    return tuple_pack2(vm, key, value);
}

static Value dict_m_update(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_count(vm, "update", nargs - 1, 0, 1)) return VAL_ERR;
    return dict_update_args(vm, args[0], args, nargs, kwnames, 1);
}

static Value dict_m_init(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_count(vm, "dict", nargs - 1, 0, 1)) return VAL_ERR;
    return dict_update_args(vm, args[0], args, nargs, kwnames, 1);
}

static Value dict_m_fromkeys(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.fromkeys", kwnames) || !args_count(vm, "fromkeys", nargs - 1, 1, 2))
        return VAL_ERR;
    Value keys = args[1];
    if (!IS_DICT(keys)) {
        keys = vm_materialize(vm, keys, args, nargs, kwnames, 1);
        if (keys == VAL_ERR || keys == VAL_PENDING) return keys;
    }
    const TypeObj *type = IS_TYPE(args[0]) ? AS_TYPE(args[0]) : &type_dict;
    Value d = dict_new_typed(vm, type);
    if (d == VAL_ERR) return VAL_ERR;
    Value value = nargs > 2 ? args[2] : VAL_NONE;
    if (IS_DICT(keys)) {
        size_t pos = 0;
        Value k, v;
        int64_t hash;
        if (!dict_reserve(vm, d, dict_len(keys))) return VAL_ERR;
        while (dict_next_hashed(keys, &pos, &k, &v, &hash))
            if (!dict_set_hashed(vm, d, k, hash, value)) return VAL_ERR;
        return d;
    }
    size_t n;
    const Value *xs = seq_items(keys, &n);
    for (size_t i = 0; i < n; i++)
        if (!dict_set(vm, d, xs[i], value)) return VAL_ERR;
    return d;
}

static Value dict_m_copy(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.copy", kwnames) || !args_count(vm, "dict.copy", nargs - 1, 0, 0))
        return VAL_ERR;
    return dict_copy(vm, args[0]);
}

static Value dict_m_clear(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.clear", kwnames) || !args_count(vm, "dict.clear", nargs - 1, 0, 0))
        return VAL_ERR;
    dict_clear(vm, args[0]);
    return VAL_NONE;
}

static Value dict_m_keys(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.keys", kwnames) || !args_count(vm, "dict.keys", nargs - 1, 0, 0))
        return VAL_ERR;
    return dict_view_new(vm, &type_dict_keys, args[0]);
}

static Value dict_m_values(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.values", kwnames) || !args_count(vm, "dict.values", nargs - 1, 0, 0))
        return VAL_ERR;
    return dict_view_new(vm, &type_dict_values, args[0]);
}

static Value dict_m_items(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.items", kwnames) || !args_count(vm, "dict.items", nargs - 1, 0, 0))
        return VAL_ERR;
    return dict_view_new(vm, &type_dict_items, args[0]);
}

static Value dict_m_reversed(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.__reversed__", kwnames) ||
        !args_count(vm, "dict.__reversed__", nargs - 1, 0, 0))
        return VAL_ERR;
    return dict_iter_new(vm, &type_dict_reversekeyiterator, args[0], true);
}

static Value dict_m_getitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.__getitem__", kwnames) ||
        !args_count(vm, "dict.__getitem__", nargs - 1, 1, 1))
        return VAL_ERR;
    return dict_getitem(vm, args[0], args[1]);
}

static Value dict_m_setitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__setitem__", kwnames) || !args_count(vm, "__setitem__", nargs - 1, 2, 2))
        return VAL_ERR;
    return dict_set(vm, args[0], args[1], args[2]) ? VAL_NONE : VAL_ERR;
}

static Value dict_m_delitem(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.__delitem__", kwnames) ||
        !args_count(vm, "dict.__delitem__", nargs - 1, 1, 1))
        return VAL_ERR;
    return dict_setitem(vm, args[0], args[1], VAL_UNDEF) ? VAL_NONE : VAL_ERR;
}

static Value dict_m_contains(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.__contains__", kwnames) ||
        !args_count(vm, "dict.__contains__", nargs - 1, 1, 1))
        return VAL_ERR;
    int r = dict_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value dict_m_len(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.__len__", kwnames) ||
        !args_count(vm, "dict.__len__", nargs - 1, 0, 0))
        return VAL_ERR;
    return val_from_small_int((int64_t)dict_len(args[0]));
}

static Value dict_m_iter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.__iter__", kwnames) ||
        !args_count(vm, "dict.__iter__", nargs - 1, 0, 0))
        return VAL_ERR;
    return dict_iter(vm, args[0]);
}

static const MethodDef dict_methods[] = {
    {"get", dict_m_get, 0},
    {"setdefault", dict_m_setdefault, 0},
    {"pop", dict_m_pop, 0},
    {"popitem", dict_m_popitem, 0},
    {"update", dict_m_update, 0},
    {"fromkeys", dict_m_fromkeys, METH_CLASS},
    {"copy", dict_m_copy, 0},
    {"clear", dict_m_clear, 0},
    {"keys", dict_m_keys, 0},
    {"values", dict_m_values, 0},
    {"items", dict_m_items, 0},
    {"__reversed__", dict_m_reversed, 0},
    {"__init__", dict_m_init, 0},
    {"__getitem__", dict_m_getitem, 0},
    {"__setitem__", dict_m_setitem, 0},
    {"__delitem__", dict_m_delitem, 0},
    {"__contains__", dict_m_contains, 0},
    {"__len__", dict_m_len, 0},
    {"__iter__", dict_m_iter, 0},
    {NULL, NULL, 0},
};

const TypeObj type_dict = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "dict",
    .base = &type_object,
    .layout = OBJ_DICT,
    .tflags = TYPE_BASETYPE,
    .methods = dict_methods,
    .construct = dict_construct,
    .repr = dict_repr,
    .compare = dict_compare,
    .binop = dict_binop,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .trace = dict_trace,
    .destroy = dict_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
