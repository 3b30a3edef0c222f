/* set.c — set and frozenset: CPython's setobject.c table and algorithms.
 *
 * The table, probing (9 linear probes, then perturbation), growth rule (resize when fill*5 >=
 * mask*3, to used*4, or used*2 above 50000 items) and every operation's insertion order are
 * CPython's, so for the same hashes iteration order is CPython's too (tests print sets of small
 * ints). Entries: key VAL_UNDEF = empty (hash 0), key SET_DUMMY = deleted (hash -1).
 * Invariants: fill = live + dummy entries < table size; the table size is a power of two >= 8.
 */
#include "set.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "container.h"
#include "dict.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define SET_MINSIZE 8
#define SET_LINEAR_PROBES 9
#define SET_PERTURB_SHIFT 5
#define SET_DUMMY VAL_EXHAUSTED
#define SET_MAX_SIZE (SIZE_MAX / sizeof(SetEntry) / 4)

static inline bool set_is_frozen(Value s)
{
    return (val_as_obj(s)->flags & OBJ_FROZEN) != 0;
}
static inline bool entry_live(const SetEntry *e)
{
    return e->key != VAL_UNDEF && e->key != SET_DUMMY;
}

/* ---- table -------------------------------------------------------------------------------- */

static SetEntry *set_table_alloc(VM *vm, size_t size)
{
    if (size > SET_MAX_SIZE) {
        vm_raise_nomem(vm);
        return NULL;
    }
    SetEntry *t = mem_alloc(&vm->mem, size * sizeof(SetEntry));
    if (!t) {
        vm_raise_nomem(vm);
        return NULL;
    }
    for (size_t i = 0; i < size; i++) t[i] = (SetEntry){0, VAL_UNDEF};
    return t;
}

static void set_insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (e->key == VAL_UNDEF) goto found;
        if (i + SET_LINEAR_PROBES <= mask) {
            for (int j = 0; j < SET_LINEAR_PROBES; j++) {
                e++;
                if (e->key == VAL_UNDEF) goto found;
            }
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static bool set_table_resize(VM *vm, SetObj *so, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > SET_MAX_SIZE) {
            vm_raise_nomem(vm);
            return false;
        }
        newsize <<= 1;
    }
    SetEntry *table = set_table_alloc(vm, newsize);
    if (!table) return false;
    SetEntry *old = so->table;
    size_t oldsize = so->mask + 1;
    so->table = table;
    so->mask = newsize - 1;
    so->fill = so->used;
    for (size_t i = 0; i < oldsize; i++)
        if (entry_live(&old[i])) set_insert_clean(table, so->mask, old[i].key, old[i].hash);
    mem_free(&vm->mem, old, oldsize * sizeof(SetEntry));
    return true;
}

/* Find key: 1 with *out = its entry, 0 absent, -1 on a comparison error. */
static int set_lookkey(VM *vm, SetObj *so, Value key, int64_t hash, SetEntry **out)
{
restart:;
    SetEntry *table = so->table;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        int probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        do {
            if (e->key == VAL_UNDEF) return 0;
            if (e->hash == hash && e->key != SET_DUMMY) {
                Value start = e->key;
                if (start == key) {
                    *out = e;
                    return 1;
                }
                int eq = dict_keys_equal(vm, start, key);
                if (eq < 0) return -1;
                if (table != so->table || e->key != start) goto restart;
                if (eq) {
                    *out = e;
                    return 1;
                }
                mask = so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool set_add_entry(VM *vm, SetObj *so, Value key, int64_t hash)
{
restart:;
    SetEntry *table = so->table, *freeslot = NULL, *e;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        e = &table[i];
        int probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        do {
            if (e->key == VAL_UNDEF) goto found_unused_or_dummy;
            if (e->key == SET_DUMMY) {
                freeslot = e; /* the last dummy on the probe path (CPython >= 3.11) */
            } else if (e->hash == hash) {
                Value start = e->key;
                if (start == key) return true;
                int eq = dict_keys_equal(vm, start, key);
                if (eq < 0) return false;
                if (eq) return true;
                if (table != so->table || e->key != start) goto restart;
                mask = so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return true;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if (so->fill * 5 < mask * 3) return true;
    return set_table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_entry(VM *vm, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e;
    int r = set_lookkey(vm, so, key, hash, &e);
    if (r <= 0) return r;
    e->key = SET_DUMMY;
    e->hash = -1;
    so->used--;
    return 1;
}

static int set_contains_entry(VM *vm, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e;
    return set_lookkey(vm, so, key, hash, &e);
}

static bool set_add_key(VM *vm, SetObj *so, Value key)
{
    int64_t hash;
    return dict_hash_key(vm, key, &hash) && set_add_entry(vm, so, key, hash);
}

static int set_contains_key(VM *vm, SetObj *so, Value key)
{
    int64_t hash;
    if (!dict_hash_key(vm, key, &hash)) return -1;
    return set_contains_entry(vm, so, key, hash);
}

static int set_discard_key(VM *vm, SetObj *so, Value key)
{
    int64_t hash;
    if (!dict_hash_key(vm, key, &hash)) return -1;
    return set_discard_entry(vm, so, key, hash);
}

/* Remove everything, back to a table of SET_MINSIZE. */
static void set_clear_internal(VM *vm, SetObj *so)
{
    if (so->mask + 1 != SET_MINSIZE) {
        SetEntry *small = set_table_alloc(vm, SET_MINSIZE);
        if (small) {
            mem_free(&vm->mem, so->table, (so->mask + 1) * sizeof(SetEntry));
            so->table = small;
            so->mask = SET_MINSIZE - 1;
        } else { /* keep the big table, emptied */
            vm_clear_exc(vm);
            mem_clear_failure(&vm->mem);
        }
    }
    for (size_t i = 0; i <= so->mask; i++) so->table[i] = (SetEntry){0, VAL_UNDEF};
    so->fill = so->used = 0;
}

/* set_next: the next live entry at or after *pos. */
static SetEntry *set_next(SetObj *so, size_t *pos)
{
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (entry_live(e)) return e;
    }
    return NULL;
}

/* ---- creation ----------------------------------------------------------------------------- */

Value set_new_typed(VM *vm, const TypeObj *type)
{
    SetEntry *table = set_table_alloc(vm, SET_MINSIZE);
    if (!table) return VAL_ERR;
    SetObj *so = gc_new(vm, sizeof(SetObj), OBJ_SET, type);
    if (!so) {
        mem_free(&vm->mem, table, SET_MINSIZE * sizeof(SetEntry));
        return VAL_ERR;
    }
    so->table = table;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    if (ops_issubclass(type, &type_frozenset)) so->hdr.flags |= OBJ_FROZEN;
    return val_from_obj(so);
}

Value set_new(VM *vm, bool frozen)
{
    return set_new_typed(vm, frozen ? &type_frozenset : &type_set);
}

bool set_add(VM *vm, Value set, Value item)
{
    return set_add_key(vm, AS_SET(set), item);
}

/* CPython's make_new_set_basetype: results of operations on subclasses are plain sets or
 * frozensets. */
static const TypeObj *set_basetype(Value so)
{
    return set_is_frozen(so) ? &type_frozenset : &type_set;
}

/* A new set of the base type of `so` holding `items` (a set, dict or list/tuple; VAL_UNDEF for
 * none). */
static Value set_make_like(VM *vm, Value so, Value items)
{
    Value r = set_new_typed(vm, set_basetype(so));
    if (r == VAL_ERR || items == VAL_UNDEF) return r;
    return set_update_internal(vm, r, items) ? r : VAL_ERR;
}

static Value set_copy(VM *vm, Value so)
{
    return set_make_like(vm, so, so);
}

/* A set that is being looked up as a key (x in s, s.remove(x) with x a set) is looked up as
 * the equal frozenset, as CPython does; other unhashable keys keep their TypeError. */
static Value set_key_as_frozen(VM *vm, Value key)
{
    if (!IS_SET(key) || set_is_frozen(key) || !vm_exc_matches(vm, &exc_TypeError)) return VAL_ERR;
    vm_clear_exc(vm);
    Value fs = set_new_typed(vm, &type_frozenset);
    if (fs == VAL_ERR || !set_update_internal(vm, fs, key)) return VAL_ERR;
    return fs;
}

int set_contains(VM *vm, Value set, Value item)
{
    int r = set_contains_key(vm, AS_SET(set), item);
    if (r >= 0) return r;
    Value fs = set_key_as_frozen(vm, item);
    return fs == VAL_ERR ? -1 : set_contains_key(vm, AS_SET(set), fs);
}

/* ---- the algorithms of CPython's set operations ------------------------------------------- */

static bool set_merge(VM *vm, SetObj *so, SetObj *other)
{
    if (so == other || other->used == 0) return true;
    /* One big resize at the start rather than incremental ones. */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        !set_table_resize(vm, so, (so->used + other->used) * 2))
        return false;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++)
            if (entry_live(&other->table[i])) so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return true;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++)
            if (entry_live(&other->table[i]))
                set_insert_clean(so->table, so->mask, other->table[i].key, other->table[i].hash);
        return true;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (entry_live(&e) && !set_add_entry(vm, so, e.key, e.hash)) return false;
    }
    return true;
}

bool set_update_internal(VM *vm, Value set, Value other)
{
    SetObj *so = AS_SET(set);
    if (IS_SET(other)) return set_merge(vm, so, AS_SET(other));
    if (IS_DICT(other)) {
        size_t n = dict_len(other);
        if ((so->fill + n) * 5 >= so->mask * 3 && !set_table_resize(vm, so, (so->used + n) * 2))
            return false;
        size_t pos = 0;
        Value key, value;
        int64_t hash;
        while (dict_next_hashed(other, &pos, &key, &value, &hash))
            if (!set_add_entry(vm, so, key, hash)) return false;
        return true;
    }
    for (size_t i = 0;; i++) { /* re-read: a key's __eq__ could change `other` */
        size_t n;
        const Value *xs = seq_items(other, &n);
        if (i >= n) return true;
        if (!set_add_key(vm, so, xs[i])) return false;
    }
}

bool set_update(VM *vm, Value set, Value other)
{
    return set_update_internal(vm, set, other);
}

Value set_constant_frozenset(VM *vm, const Value *items, size_t n)
{
    Value first = set_new(vm, true);
    Value tuple = first == VAL_ERR ? VAL_ERR : tuple_from_array(vm, items, n);
    if (tuple == VAL_ERR || !set_update_internal(vm, first, tuple)) return VAL_ERR;
    Value order = seq_collect(vm, first, NULL);
    Value rebuilt = order == VAL_ERR ? VAL_ERR : set_new(vm, true);
    if (rebuilt == VAL_ERR || !set_update_internal(vm, rebuilt, order)) return VAL_ERR;
    return rebuilt;
}

/* Calls fn(vm, so, key, hash) for each item of other (a set, dict or list/tuple), hashing list
 * items. Stops at the first result other than 0 and returns it. */
typedef int (*SetItemFn)(VM *vm, SetObj *so, Value key, int64_t hash, void *ctx);

static int set_for_each(VM *vm, SetObj *so, Value other, SetItemFn fn, void *ctx)
{
    if (IS_SET(other)) {
        size_t pos = 0;
        SetEntry *e;
        while ((e = set_next(AS_SET(other), &pos))) {
            int r = fn(vm, so, e->key, e->hash, ctx);
            if (r) return r;
        }
        return 0;
    }
    if (IS_DICT(other)) {
        size_t pos = 0;
        Value key, value;
        int64_t hash;
        while (dict_next_hashed(other, &pos, &key, &value, &hash)) {
            int r = fn(vm, so, key, hash, ctx);
            if (r) return r;
        }
        return 0;
    }
    for (size_t i = 0;; i++) {
        size_t n;
        const Value *xs = seq_items(other, &n);
        if (i >= n) return 0;
        Value key = xs[i];
        int64_t hash;
        if (!dict_hash_key(vm, key, &hash)) return -1;
        int r = fn(vm, so, key, hash, ctx);
        if (r) return r;
    }
}

static int each_intersect(VM *vm, SetObj *so, Value key, int64_t hash, void *ctx)
{
    int r = set_contains_entry(vm, so, key, hash);
    if (r <= 0) return r;
    return set_add_entry(vm, AS_SET(*(Value *)ctx), key, hash) ? 0 : -1;
}

Value set_intersection_internal(VM *vm, Value set, Value other)
{
    if (other == set) return set_copy(vm, set);
    Value result = set_make_like(vm, set, VAL_UNDEF);
    if (result == VAL_ERR) return VAL_ERR;
    if (IS_SET(other) && set_len(other) > set_len(set)) { /* iterate the smaller one */
        Value t = set;
        set = other;
        other = t;
    }
    return set_for_each(vm, AS_SET(set), other, each_intersect, &result) < 0 ? VAL_ERR : result;
}

static int each_discard(VM *vm, SetObj *so, Value key, int64_t hash, void *ctx)
{
    (void)ctx;
    return set_discard_entry(vm, so, key, hash) < 0 ? -1 : 0;
}

bool set_difference_update_internal(VM *vm, Value set, Value other)
{
    SetObj *so = AS_SET(set);
    if (other == set) {
        set_clear_internal(vm, so);
        return true;
    }
    if (set_for_each(vm, so, other, each_discard, NULL) < 0) return false;
    /* More than 1/4 dummies: resize them away. */
    if (so->fill - so->used <= so->mask / 4) return true;
    return set_table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int each_not_in_dict(VM *vm, SetObj *result, Value key, int64_t hash, void *ctx)
{
    Value v;
    int r = dict_get_hashed(vm, *(Value *)ctx, key, hash, &v);
    if (r) return r < 0 ? -1 : 0;
    return set_add_entry(vm, result, key, hash) ? 0 : -1;
}

static int each_not_in_set(VM *vm, SetObj *result, Value key, int64_t hash, void *ctx)
{
    int r = set_contains_entry(vm, AS_SET(*(Value *)ctx), key, hash);
    if (r) return r < 0 ? -1 : 0;
    return set_add_entry(vm, result, key, hash) ? 0 : -1;
}

static Value set_difference(VM *vm, Value set, Value other)
{
    size_t other_size;
    if (IS_SET(other))
        other_size = set_len(other);
    else if (IS_DICT(other))
        other_size = dict_len(other);
    else
        other_size = 0;
    if ((!IS_SET(other) && !IS_DICT(other)) || (set_len(set) >> 2) > other_size) {
        Value r = set_copy(vm, set);
        if (r == VAL_ERR || !set_difference_update_internal(vm, r, other)) return VAL_ERR;
        return r;
    }
    Value result = set_make_like(vm, set, VAL_UNDEF);
    if (result == VAL_ERR) return VAL_ERR;
    SetItemFn fn = IS_DICT(other) ? each_not_in_dict : each_not_in_set;
    return set_for_each(vm, AS_SET(result), set, fn, &other) < 0 ? VAL_ERR : result;
}

static int each_toggle(VM *vm, SetObj *so, Value key, int64_t hash, void *ctx)
{
    (void)ctx;
    int r = set_discard_entry(vm, so, key, hash);
    if (r < 0) return -1;
    if (r == 0 && !set_add_entry(vm, so, key, hash)) return -1;
    return 0;
}

bool set_symmetric_difference_update_internal(VM *vm, Value set, Value other)
{
    SetObj *so = AS_SET(set);
    if (other == set) {
        set_clear_internal(vm, so);
        return true;
    }
    if (!IS_SET(other) && !IS_DICT(other)) {
        other = set_make_like(vm, set, other);
        if (other == VAL_ERR) return false;
    }
    return set_for_each(vm, so, other, each_toggle, NULL) >= 0;
}

static Value set_symmetric_difference(VM *vm, Value set, Value other)
{
    Value r = set_make_like(vm, set, other);
    if (r == VAL_ERR || !set_symmetric_difference_update_internal(vm, r, set)) return VAL_ERR;
    return r;
}

static int each_missing_from(VM *vm, SetObj *so, Value key, int64_t hash, void *ctx)
{
    (void)ctx;
    int r = set_contains_entry(vm, so, key, hash);
    return r < 0 ? -1 : r == 0 ? 1 : 0;
}

/* so <= other, with other a set. */
static int set_issubset_set(VM *vm, Value so, Value other)
{
    if (set_len(so) > set_len(other)) return 0;
    int r = set_for_each(vm, AS_SET(other), so, each_missing_from, NULL);
    return r < 0 ? -1 : r == 0;
}

/* so >= other: every item of other (set, dict or list/tuple) is in so. */
static int set_issuperset_items(VM *vm, Value so, Value other)
{
    if (IS_SET(other)) return set_issubset_set(vm, other, so);
    int r = set_for_each(vm, AS_SET(so), other, each_missing_from, NULL);
    return r < 0 ? -1 : r == 0;
}

static int each_found(VM *vm, SetObj *so, Value key, int64_t hash, void *ctx)
{
    (void)ctx;
    return set_contains_entry(vm, so, key, hash);
}

static int set_isdisjoint_items(VM *vm, Value so, Value other)
{
    if (so == other) return set_len(so) == 0;
    if (IS_SET(other) && set_len(other) > set_len(so)) {
        Value t = so;
        so = other;
        other = t;
    }
    int r = set_for_each(vm, AS_SET(so), other, each_found, NULL);
    return r < 0 ? -1 : r == 0;
}

/* ---- slots -------------------------------------------------------------------------------- */

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* frozenset hash: CPython's algorithm (the xor of shuffled entry hashes, then dispersed). */
static bool frozenset_hash(VM *vm, Value self, int64_t *out)
{
    (void)vm;
    SetObj *so = AS_SET(self);
    if (so->hash == -1) {
        uint64_t hash = 0;
        for (size_t i = 0; i <= so->mask; i++)
            if (entry_live(&so->table[i])) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
        hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == (uint64_t)-1) hash = 590923713UL;
        so->hash = (int64_t)hash;
    }
    *out = so->hash;
    return true;
}

static Value set_repr(VM *vm, Value self)
{
    const TypeObj *t = vm_type_of(self);
    bool plain = t == &type_set;
    if (set_len(self) == 0) {
        Buf b;
        buf_init(&b, vm);
        buf_printf(&b, "%s()", t->name);
        return buf_finish_str(&b);
    }
    Obj *o = val_as_obj(self);
    int g = container_repr_enter(vm, o);
    if (g) {
        if (g < 0) return VAL_ERR;
        Buf b;
        buf_init(&b, vm);
        buf_printf(&b, "%s(...)", t->name);
        return buf_finish_str(&b);
    }
    Value items = seq_collect(vm, self, NULL);
    Buf b;
    buf_init(&b, vm);
    if (!plain) buf_printf(&b, "%s(", t->name);
    buf_append_char(&b, '{');
    size_t n = 0;
    const Value *xs = items == VAL_ERR ? NULL : seq_items(items, &n);
    for (size_t i = 0; i < n; i++) {
        Value r = ops_repr(vm, xs[i]);
        if (r == VAL_ERR) {
            items = VAL_ERR;
            break;
        }
        if (i) buf_append(&b, ", ", 2);
        buf_append_str(&b, r);
    }
    container_repr_leave(vm, o);
    if (items == VAL_ERR) {
        buf_free(&b);
        return VAL_ERR;
    }
    buf_append_cstr(&b, plain ? "}" : "})");
    return buf_finish_str(&b);
}

static Value set_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_SET(b)) return VAL_NOTIMPL;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (set_len(a) != set_len(b))
            r = 0;
        else if (AS_SET(a)->hash != -1 && AS_SET(b)->hash != -1 &&
                 AS_SET(a)->hash != AS_SET(b)->hash)
            r = 0;
        else
            r = set_issubset_set(vm, a, b);
        if (op == CMP_NE && r >= 0) r = !r;
        break;
    case CMP_LE:
        r = set_issubset_set(vm, a, b);
        break;
    case CMP_GE:
        r = set_issubset_set(vm, b, a);
        break;
    case CMP_LT:
        r = set_len(a) < set_len(b) ? set_issubset_set(vm, a, b) : 0;
        break;
    default:
        r = set_len(a) > set_len(b) ? set_issubset_set(vm, b, a) : 0;
        break;
    }
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value set_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (!IS_SET(a) || !IS_SET(b)) return VAL_NOTIMPL;
    switch (op) {
    case BINOP_OR: {
        Value r = set_copy(vm, a);
        if (r == VAL_ERR || a == b || set_update_internal(vm, r, b)) return r;
        return VAL_ERR;
    }
    case BINOP_AND:
        return set_intersection_internal(vm, a, b);
    case BINOP_SUB:
        return set_difference(vm, a, b);
    case BINOP_XOR:
        return set_symmetric_difference(vm, a, b);
    default:
        return VAL_NOTIMPL;
    }
}

static int64_t set_len_slot(VM *vm, Value self)
{
    (void)vm;
    return (int64_t)set_len(self);
}

static int set_contains_slot(VM *vm, Value self, Value item)
{
    return set_contains(vm, self, item);
}

static void set_trace(VM *vm, Obj *o)
{
    SetObj *so = (SetObj *)o;
    gc_mark_value(vm, so->attrs); /* 0 (never set) is not an object */
    for (size_t i = 0; i <= so->mask; i++)
        if (entry_live(&so->table[i])) gc_mark_value(vm, so->table[i].key);
}

static void set_destroy(VM *vm, Obj *o)
{
    SetObj *so = (SetObj *)o;
    mem_free(&vm->mem, so->table, (so->mask + 1) * sizeof(SetEntry));
    so->table = NULL;
    so->mask = 0;
}

/* ---- iterator ----------------------------------------------------------------------------- */

/* IterObj: seq = the set (VAL_UNDEF once exhausted), index = next table position, stop = the
 * set's size when iteration started (-1 after a change was reported), step = items left. */
static Value set_iter(VM *vm, Value self)
{
    Value it = container_iter_new(vm, &type_set_iterator, self, 0);
    if (it == VAL_ERR) return VAL_ERR;
    AS_ITER(it)->stop = AS_ITER(it)->step = (int64_t)set_len(self);
    return it;
}

static Value set_iter_next(VM *vm, Value self)
{
    IterObj *it = AS_ITER(self);
    if (it->seq == VAL_UNDEF) return VAL_EXHAUSTED;
    SetObj *so = AS_SET(it->seq);
    if (it->stop != (int64_t)so->used) {
        it->stop = -1;
        return vm_raise(vm, &exc_RuntimeError, "Set changed size during iteration");
    }
    size_t pos = (size_t)it->index;
    SetEntry *e = set_next(so, &pos);
    it->index = (int64_t)pos;
    if (!e) {
        it->seq = VAL_UNDEF;
        return VAL_EXHAUSTED;
    }
    it->step--;
    return e->key;
}

const TypeObj type_set_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "set_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = container_iter_self,
    .next = set_iter_next,
    .trace = container_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- methods ------------------------------------------------------------------------------ */

/* "set.add" / "frozenset.copy": the name CPython's argument errors use. */
static const char *set_fname(Value self, const char *method, char *buf, size_t size)
{
    snprintf(buf, size, "%s.%s", set_is_frozen(self) ? "frozenset" : "set", method);
    return buf;
}

static bool set_check_args(VM *vm, const Value *args, int nargs, Value kwnames, const char *method,
                           int min, int max)
{
    char buf[64];
    const char *fname = set_fname(args[0], method, buf, sizeof buf);
    return args_no_kw(vm, fname, kwnames) && args_count(vm, fname, nargs - 1, min, max);
}

/* A method argument: sets and dicts as they are, other iterables materialized. */
static Value set_operand(VM *vm, const Value *args, int nargs, Value kwnames, int i)
{
    Value v = args[i];
    if (IS_SET(v) || IS_DICT(v) || IS_LIST(v) || IS_TUPLE(v)) return v;
    return vm_materialize(vm, v, args, nargs, kwnames, i);
}

#define SET_OPERAND(var, i)                                                                        \
    Value var = set_operand(vm, args, nargs, kwnames, (i));                                        \
    if (var == VAL_ERR || var == VAL_PENDING) return var

static Value set_m_add(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "add", 1, 1)) return VAL_ERR;
    return set_add(vm, args[0], args[1]) ? VAL_NONE : VAL_ERR;
}

/* discard (must_exist false) and remove (true). */
static Value set_remove_common(VM *vm, Value self, Value key, bool must_exist)
{
    int r = set_discard_key(vm, AS_SET(self), key);
    if (r < 0) {
        Value fs = set_key_as_frozen(vm, key);
        if (fs == VAL_ERR) return VAL_ERR;
        r = set_discard_key(vm, AS_SET(self), fs);
        if (r < 0) return VAL_ERR;
    }
    if (r == 0 && must_exist) return vm_raise_arg(vm, &exc_KeyError, key);
    return VAL_NONE;
}

static Value set_m_discard(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "discard", 1, 1)) return VAL_ERR;
    return set_remove_common(vm, args[0], args[1], false);
}

static Value set_m_remove(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "remove", 1, 1)) return VAL_ERR;
    return set_remove_common(vm, args[0], args[1], true);
}

static Value set_m_pop(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "pop", 0, 0)) return VAL_ERR;
    SetObj *so = AS_SET(args[0]);
    if (so->used == 0) {
        Value msg = str_from_cstr(vm, "pop from an empty set");
        return msg == VAL_ERR ? VAL_ERR : vm_raise_arg(vm, &exc_KeyError, msg);
    }
    /* CPython's finger: continue from where the last pop stopped. */
    size_t i = so->finger & so->mask;
    while (!entry_live(&so->table[i])) i = (i + 1) & so->mask;
    Value key = so->table[i].key;
    so->table[i] = (SetEntry){-1, SET_DUMMY};
    so->used--;
    so->finger = i + 1;
    return key;
}

static Value set_m_clear(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "clear", 0, 0)) return VAL_ERR;
    set_clear_internal(vm, AS_SET(args[0]));
    return VAL_NONE;
}

static Value set_m_copy(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "copy", 0, 0)) return VAL_ERR;
    if (vm_type_of(args[0]) == &type_frozenset) return args[0];
    return set_copy(vm, args[0]);
}

static Value set_m_update(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "update", 0, INT32_MAX)) return VAL_ERR;
    for (int i = 1; i < nargs; i++) {
        SET_OPERAND(other, i);
        if (!set_update_internal(vm, args[0], other)) return VAL_ERR;
    }
    return VAL_NONE;
}

static Value set_m_union(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "union", 0, INT32_MAX)) return VAL_ERR;
    /* Pending on an operand drops the partial result: the re-run starts afresh. */
    Value result = set_copy(vm, args[0]);
    for (int i = 1; i < nargs && result != VAL_ERR; i++) {
        if (args[i] == args[0]) continue;
        SET_OPERAND(other, i);
        if (!set_update_internal(vm, result, other)) return VAL_ERR;
    }
    return result;
}

static Value set_intersection_multi(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (nargs == 1) return set_copy(vm, args[0]);
    Value result = args[0];
    for (int i = 1; i < nargs; i++) {
        SET_OPERAND(other, i);
        result = set_intersection_internal(vm, result, other);
        if (result == VAL_ERR) return VAL_ERR;
    }
    return result;
}

static Value set_m_intersection(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "intersection", 0, INT32_MAX)) return VAL_ERR;
    return set_intersection_multi(vm, args, nargs, kwnames);
}

static void set_swap_bodies(SetObj *a, SetObj *b)
{
    SetObj t = *a;
    a->table = b->table;
    a->mask = b->mask;
    a->fill = b->fill;
    a->used = b->used;
    a->hash = b->hash;
    b->table = t.table;
    b->mask = t.mask;
    b->fill = t.fill;
    b->used = t.used;
    b->hash = t.hash;
}

static Value set_m_intersection_update(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "intersection_update", 0, INT32_MAX))
        return VAL_ERR;
    Value tmp = set_intersection_multi(vm, args, nargs, kwnames);
    if (tmp == VAL_ERR || tmp == VAL_PENDING) return tmp;
    set_swap_bodies(AS_SET(args[0]), AS_SET(tmp)); /* tmp is garbage now, with the old table */
    return VAL_NONE;
}

static Value set_m_difference(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "difference", 0, INT32_MAX)) return VAL_ERR;
    if (nargs == 1) return set_copy(vm, args[0]);
    SET_OPERAND(first, 1);
    Value result = set_difference(vm, args[0], first);
    for (int i = 2; i < nargs && result != VAL_ERR; i++) {
        SET_OPERAND(other, i);
        if (!set_difference_update_internal(vm, result, other)) return VAL_ERR;
    }
    return result;
}

static Value set_m_difference_update(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "difference_update", 0, INT32_MAX))
        return VAL_ERR;
    for (int i = 1; i < nargs; i++) {
        SET_OPERAND(other, i);
        if (!set_difference_update_internal(vm, args[0], other)) return VAL_ERR;
    }
    return VAL_NONE;
}

static Value set_m_symmetric_difference(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "symmetric_difference", 1, 1)) return VAL_ERR;
    SET_OPERAND(other, 1);
    return set_symmetric_difference(vm, args[0], other);
}

static Value set_m_symmetric_difference_update(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "symmetric_difference_update", 1, 1))
        return VAL_ERR;
    SET_OPERAND(other, 1);
    return set_symmetric_difference_update_internal(vm, args[0], other) ? VAL_NONE : VAL_ERR;
}

static Value set_m_issubset(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "issubset", 1, 1)) return VAL_ERR;
    SET_OPERAND(other, 1);
    if (!IS_SET(other)) {
        other = set_make_like(vm, args[0], other);
        if (other == VAL_ERR) return VAL_ERR;
    }
    int r = set_issubset_set(vm, args[0], other);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value set_m_issuperset(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "issuperset", 1, 1)) return VAL_ERR;
    SET_OPERAND(other, 1);
    int r = set_issuperset_items(vm, args[0], other);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value set_m_isdisjoint(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "isdisjoint", 1, 1)) return VAL_ERR;
    SET_OPERAND(other, 1);
    int r = set_isdisjoint_items(vm, args[0], other);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value set_m_contains(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "__contains__", 1, 1)) return VAL_ERR;
    int r = set_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value set_m_len(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "__len__", 0, 0)) return VAL_ERR;
    return val_from_small_int((int64_t)set_len(args[0]));
}

static Value set_m_iter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!set_check_args(vm, args, nargs, kwnames, "__iter__", 0, 0)) return VAL_ERR;
    return set_iter(vm, args[0]);
}

static Value set_m_init(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "set", kwnames) || !args_count(vm, "set", nargs - 1, 0, 1)) return VAL_ERR;
    if (nargs > 1) {
        SET_OPERAND(items, 1);
        if (items == args[0]) return VAL_NONE;
        set_clear_internal(vm, AS_SET(args[0]));
        return set_update_internal(vm, args[0], items) ? VAL_NONE : VAL_ERR;
    }
    set_clear_internal(vm, AS_SET(args[0]));
    return VAL_NONE;
}

static Value set_construct(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    bool frozen = ops_issubclass(type, &type_frozenset);
    const char *name = frozen ? "frozenset" : "set";
    if (!args_no_kw(vm, name, kwnames) || !args_count(vm, name, nargs, 0, 1)) return VAL_ERR;
    if (nargs == 0) return set_new_typed(vm, type);
    if (type == &type_frozenset && vm_type_of(args[0]) == &type_frozenset) return args[0];
    SET_OPERAND(items, 0);
    Value s = set_new_typed(vm, type);
    if (s == VAL_ERR || !set_update_internal(vm, s, items)) return VAL_ERR;
    return s;
}

static const MethodDef set_methods[] = {
    {"add", set_m_add, 0},
    {"discard", set_m_discard, 0},
    {"remove", set_m_remove, 0},
    {"pop", set_m_pop, 0},
    {"clear", set_m_clear, 0},
    {"copy", set_m_copy, 0},
    {"update", set_m_update, 0},
    {"union", set_m_union, 0},
    {"intersection", set_m_intersection, 0},
    {"intersection_update", set_m_intersection_update, 0},
    {"difference", set_m_difference, 0},
    {"difference_update", set_m_difference_update, 0},
    {"symmetric_difference", set_m_symmetric_difference, 0},
    {"symmetric_difference_update", set_m_symmetric_difference_update, 0},
    {"issubset", set_m_issubset, 0},
    {"issuperset", set_m_issuperset, 0},
    {"isdisjoint", set_m_isdisjoint, 0},
    {"__contains__", set_m_contains, 0},
    {"__len__", set_m_len, 0},
    {"__iter__", set_m_iter, 0},
    {"__init__", set_m_init, 0},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_m_copy, 0},
    {"union", set_m_union, 0},
    {"intersection", set_m_intersection, 0},
    {"difference", set_m_difference, 0},
    {"symmetric_difference", set_m_symmetric_difference, 0},
    {"issubset", set_m_issubset, 0},
    {"issuperset", set_m_issuperset, 0},
    {"isdisjoint", set_m_isdisjoint, 0},
    {"__contains__", set_m_contains, 0},
    {"__len__", set_m_len, 0},
    {"__iter__", set_m_iter, 0},
    {NULL, NULL, 0},
};

const TypeObj type_set = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "set",
    .base = &type_object,
    .layout = OBJ_SET,
    .tflags = TYPE_BASETYPE,
    .methods = set_methods,
    .construct = set_construct,
    .repr = set_repr,
    .compare = set_compare,
    .binop = set_binop,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .trace = set_trace,
    .destroy = set_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_frozenset = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "frozenset",
    .base = &type_object,
    .layout = OBJ_SET,
    .tflags = TYPE_BASETYPE,
    .methods = frozenset_methods,
    .construct = set_construct,
    .repr = set_repr,
    .hash = frozenset_hash,
    .compare = set_compare,
    .binop = set_binop,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .iter = set_iter,
    .trace = set_trace,
    .destroy = set_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
