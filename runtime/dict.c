/* dict.c — the dict table: CPython's compact ordered dict.
 *
 * Layout (object.h): `entries` holds the items in insertion order (a deleted one keeps its place
 * with key == VAL_UNDEF until the next resize compacts the array); `indices` is an open-addressing
 * table of nbuckets (a power of two) positions into entries, probed with CPython's perturbation
 * sequence. Invariants:
 *   - nlive <= nentries <= entry_cap == DICT_USABLE(nbuckets), so the index table is never more
 *     than 2/3 full and every probe sequence reaches an empty slot;
 *   - a non-negative index always names a live entry (deleting writes DICT_DUMMY);
 *   - version changes on every mutation (inline caches compare it).
 * Key equality is identity, then equal hash and ops_equal (1 == 1.0 == True are one key); strs
 * compare by pointer, then by hash and bytes.
 */
#include "dict.h"

#include <string.h>

#include "container.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define DICT_EMPTY (-1)
#define DICT_DUMMY (-2)
#define DICT_MINSIZE 8
#define DICT_PERTURB_SHIFT 5
#define DICT_USABLE(nbuckets) (((nbuckets) << 1) / 3)
#define DICT_MAX_BUCKETS ((size_t)1 << 30) /* entry positions are int32_t */

/* ---- keys --------------------------------------------------------------------------------- */

bool dict_hash_key(VM *vm, Value key, int64_t *out)
{
    if (val_is_small_int(key)) {
        int64_t i = val_as_small_int(key); /* |i| < 2**47: hash(i) == i, except -1 */
        *out = i == -1 ? -2 : i;
        return true;
    }
    if (IS_STR(key)) {
        StrObj *s = AS_STR(key);
        *out = s->hash != -1 ? s->hash : str_hash(vm, s);
        return true;
    }
    return ops_hash(vm, key, out);
}

int dict_keys_equal(VM *vm, Value a, Value b)
{
    if (IS_STR(a) && IS_STR(b)) return str_equal(a, b);
    if (val_is_small_int(a) && val_is_small_int(b)) return 0;
    return ops_equal(vm, a, b);
}

/* ---- lookup ------------------------------------------------------------------------------- */

/* The entry position of `key`, DICT_EMPTY when absent, or -3 on a comparison error. *slot gets
 * the index-table slot holding it. */
static int64_t dict_find(VM *vm, DictObj *d, Value key, int64_t hash, size_t *slot)
{
    if (d->nbuckets == 0) return DICT_EMPTY;
    size_t mask = d->nbuckets - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == DICT_EMPTY) return DICT_EMPTY;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                uint64_t version = d->version;
                int eq = dict_keys_equal(vm, e->key, key);
                if (eq < 0) return -3;
                if (version != d->version) /* mutated by __eq__: start over, as CPython */
                    return dict_find(vm, d, key, hash, slot);
                if (eq) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first slot for `hash` that holds no entry (empty or dummy). */
static size_t dict_free_slot(const DictObj *d, int64_t hash)
{
    size_t mask = d->nbuckets - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (d->indices[i] >= 0) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

int64_t dict_find_str(VM *vm, Value dict, Value key)
{
    DictObj *d = AS_DICT(dict);
    if (d->nbuckets == 0) return -1;
    StrObj *k = AS_STR(key);
    int64_t hash = k->hash != -1 ? k->hash : str_hash(vm, k);
    size_t mask = d->nbuckets - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == DICT_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash && IS_STR(e->key) && str_equal(e->key, key)) return ix;
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

bool dict_get_str(VM *vm, Value dict, Value key, Value *out)
{
    int64_t ix = dict_find_str(vm, dict, key);
    if (ix < 0) return false;
    *out = AS_DICT(dict)->entries[ix].value;
    return true;
}

int dict_get_hashed(VM *vm, Value dict, Value key, int64_t hash, Value *out)
{
    size_t slot;
    int64_t ix = dict_find(vm, AS_DICT(dict), key, hash, &slot);
    if (ix == -3) return -1;
    if (ix < 0) return 0;
    *out = AS_DICT(dict)->entries[ix].value;
    return 1;
}

int dict_get(VM *vm, Value dict, Value key, Value *out)
{
    int64_t hash;
    if (!dict_hash_key(vm, key, &hash)) return -1;
    return dict_get_hashed(vm, dict, key, hash, out);
}

/* ---- resizing ----------------------------------------------------------------------------- */

/* Rebuild with at least `min_buckets` index slots (rounded up to a power of two, as CPython's
 * calculate_log2_keysize): live entries are compacted in order and re-indexed. On allocation
 * failure the dict is unchanged. */
static bool dict_resize(VM *vm, DictObj *d, size_t min_buckets)
{
    size_t nbuckets = DICT_MINSIZE;
    while (nbuckets < min_buckets || DICT_USABLE(nbuckets) < d->nlive) {
        if (nbuckets >= DICT_MAX_BUCKETS) {
            vm_raise_nomem(vm);
            return false;
        }
        nbuckets <<= 1;
    }
    size_t cap = DICT_USABLE(nbuckets);
    int32_t *indices = mem_alloc(&vm->mem, nbuckets * sizeof(int32_t));
    DictEntry *entries = indices ? mem_alloc(&vm->mem, cap * sizeof(DictEntry)) : NULL;
    if (!entries) {
        mem_free(&vm->mem, indices, nbuckets * sizeof(int32_t));
        vm_raise_nomem(vm);
        return false;
    }
    memset(indices, 0xff, nbuckets * sizeof(int32_t)); /* all DICT_EMPTY (-1) */
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != VAL_UNDEF) entries[n++] = d->entries[i];
    mem_free(&vm->mem, d->indices, d->nbuckets * sizeof(int32_t));
    mem_free(&vm->mem, d->entries, d->entry_cap * sizeof(DictEntry));
    d->indices = indices;
    d->entries = entries;
    d->nbuckets = nbuckets;
    d->entry_cap = cap;
    d->nentries = n;
    for (size_t i = 0; i < n; i++) d->indices[dict_free_slot(d, entries[i].hash)] = (int32_t)i;
    return true;
}

bool dict_reserve(VM *vm, Value dict, size_t n)
{
    DictObj *d = AS_DICT(dict);
    if (d->nentries + n <= d->entry_cap) return true;
    if (n > DICT_MAX_BUCKETS) {
        vm_raise_nomem(vm);
        return false;
    }
    /* Enough buckets that 2/3 of them hold every item (CPython's estimate_log2_keysize). */
    return dict_resize(vm, d, ((d->nlive + n) * 3 + 1) / 2);
}

/* ---- mutation ----------------------------------------------------------------------------- */

/* Append a key known to be absent. */
static bool dict_insert_new(VM *vm, DictObj *d, Value key, int64_t hash, Value value)
{
    /* Full: grow to 3 * len buckets (CPython's GROWTH_RATE), compacting deleted entries. */
    if (d->nentries == d->entry_cap && !dict_resize(vm, d, d->nlive * 3)) return false;
    size_t ix = d->nentries++;
    d->entries[ix] = (DictEntry){hash, key, value};
    d->indices[dict_free_slot(d, hash)] = (int32_t)ix;
    d->nlive++;
    d->version++;
    return true;
}

bool dict_set_hashed(VM *vm, Value dict, Value key, int64_t hash, Value value)
{
    DictObj *d = AS_DICT(dict);
    size_t slot;
    int64_t ix = dict_find(vm, d, key, hash, &slot);
    if (ix == -3) return false;
    if (ix >= 0) {
        d->entries[ix].value = value;
        d->version++;
        return true;
    }
    return dict_insert_new(vm, d, key, hash, value);
}

bool dict_set(VM *vm, Value dict, Value key, Value value)
{
    int64_t hash;
    if (!dict_hash_key(vm, key, &hash)) return false;
    return dict_set_hashed(vm, dict, key, hash, value);
}

static void dict_remove_at(DictObj *d, size_t slot, int64_t ix)
{
    d->indices[slot] = DICT_DUMMY;
    d->entries[ix].key = VAL_UNDEF;
    d->entries[ix].value = VAL_UNDEF;
    d->nlive--;
    d->version++;
}

int dict_del_hashed(VM *vm, Value dict, Value key, int64_t hash)
{
    DictObj *d = AS_DICT(dict);
    size_t slot;
    int64_t ix = dict_find(vm, d, key, hash, &slot);
    if (ix == -3) return -1;
    if (ix < 0) return 0;
    dict_remove_at(d, slot, ix);
    return 1;
}

int dict_del(VM *vm, Value dict, Value key)
{
    int64_t hash;
    if (!dict_hash_key(vm, key, &hash)) return -1;
    return dict_del_hashed(vm, dict, key, hash);
}

int dict_pop_last(VM *vm, Value dict, Value *key, Value *value)
{
    (void)vm;
    DictObj *d = AS_DICT(dict);
    if (d->nlive == 0) return 0;
    size_t ix = d->nentries;
    while (d->entries[ix - 1].key == VAL_UNDEF) ix--;
    ix--;
    DictEntry *e = &d->entries[ix];
    *key = e->key;
    *value = e->value;
    /* The entry's slot is on its hash's probe sequence. */
    size_t mask = d->nbuckets - 1, perturb = (size_t)e->hash, i = (size_t)e->hash & mask;
    while (d->indices[i] != (int32_t)ix) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    dict_remove_at(d, i, (int64_t)ix);
    d->nentries = ix; /* popping from the end keeps popitem() O(1) amortised */
    return 1;
}

void dict_clear(VM *vm, Value dict)
{
    DictObj *d = AS_DICT(dict);
    mem_free(&vm->mem, d->indices, d->nbuckets * sizeof(int32_t));
    mem_free(&vm->mem, d->entries, d->entry_cap * sizeof(DictEntry));
    d->indices = NULL;
    d->entries = NULL;
    d->nbuckets = d->entry_cap = d->nentries = d->nlive = 0;
    d->version++;
}

/* ---- whole-dict operations ---------------------------------------------------------------- */

Value dict_new_typed(VM *vm, const TypeObj *type)
{
    DictObj *d = gc_new(vm, sizeof(DictObj), OBJ_DICT, type);
    return d ? val_from_obj(d) : VAL_ERR;
}

Value dict_new(VM *vm)
{
    return dict_new_typed(vm, &type_dict);
}

bool dict_next_hashed(Value dict, size_t *pos, Value *key, Value *value, int64_t *hash)
{
    DictObj *d = AS_DICT(dict);
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key == VAL_UNDEF) continue;
        *key = e->key;
        *value = e->value;
        if (hash) *hash = e->hash;
        return true;
    }
    return false;
}

bool dict_next(Value dict, size_t *pos, Value *key, Value *value)
{
    return dict_next_hashed(dict, pos, key, value, NULL);
}

Value dict_copy(VM *vm, Value dict)
{
    Value r = dict_new(vm);
    if (r == VAL_ERR || !dict_update(vm, r, dict)) return VAL_ERR;
    return r;
}

/* One element of an update sequence: a list/tuple (or other iterable) of exactly 2 items. */
static bool dict_update_pair(VM *vm, Value dict, Value item, size_t index)
{
    Value seq = item;
    if (!IS_LIST(item) && !IS_TUPLE(item)) {
        seq = seq_collect(vm, item, "");
        if (seq == VAL_ERR) {
            if (vm_exc_matches(vm, &exc_TypeError)) {
                vm_clear_exc(vm);
                vm_raise(vm, &exc_TypeError,
                         "cannot convert dictionary update sequence element #%zu to a sequence",
                         index);
            }
            return false;
        }
    }
    size_t n;
    const Value *kv = seq_items(seq, &n);
    if (n != 2) {
        vm_raise(vm, &exc_ValueError,
                 "dictionary update sequence element #%zu has length %zu; 2 is required", index, n);
        return false;
    }
    return dict_set(vm, dict, kv[0], kv[1]);
}

bool dict_update(VM *vm, Value dict, Value other)
{
    if (IS_DICT(other)) {
        if (other == dict) return true;
        DictObj *o = AS_DICT(other);
        if (!dict_reserve(vm, dict, o->nlive)) return false;
        bool empty = AS_DICT(dict)->nlive == 0;
        for (size_t i = 0; i < o->nentries; i++) {
            DictEntry *e = &o->entries[i];
            if (e->key == VAL_UNDEF) continue;
            bool ok = empty ? dict_insert_new(vm, AS_DICT(dict), e->key, e->hash, e->value)
                            : dict_set_hashed(vm, dict, e->key, e->hash, e->value);
            if (!ok) return false;
        }
        return true;
    }
    size_t n;
    const Value *items = seq_items(other, &n);
    for (size_t i = 0; i < n; i++) {
        if (!dict_update_pair(vm, dict, items[i], i)) return false;
        items = seq_items(other, &n); /* a key's __eq__ could have changed `other` */
    }
    return true;
}

void dict_trace(VM *vm, Obj *o)
{
    DictObj *d = (DictObj *)o;
    gc_mark_value(vm, d->attrs); /* 0 (never set) is not an object */
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark_value(vm, d->entries[i].key);
        gc_mark_value(vm, d->entries[i].value);
    }
}

void dict_destroy(VM *vm, Obj *o)
{
    DictObj *d = (DictObj *)o;
    mem_free(&vm->mem, d->indices, d->nbuckets * sizeof(int32_t));
    mem_free(&vm->mem, d->entries, d->entry_cap * sizeof(DictEntry));
    d->indices = NULL;
    d->entries = NULL;
    d->nbuckets = d->entry_cap = 0;
}
