/* sort.c — list_sort_values: a stable timsort without galloping.
 *
 * The run detection (count_run), the minimum run length and the binary insertion sort are
 * CPython's (listobject.c), so for fewer than 64 items the sequence of comparisons, and hence the
 * result even for inconsistent orders such as lists holding NaN, is exactly CPython's. Longer
 * inputs merge the runs with CPython's stack invariants but a plain linear merge: the result is
 * the same for any consistent order (a stable sort has one answer).
 *
 * Invariant: at every point, including after a failed comparison, `keys` (and `values` in
 * parallel) hold a permutation of the original items, so nothing is lost or duplicated.
 */
#include <string.h>

#include "list.h"
#include "ops.h"
#include "str.h"

#define SORT_MAX_PENDING 85 /* enough for 2**64 items (CPython's MAX_MERGE_PENDING) */

typedef enum SortMode { SORT_GENERIC, SORT_SMALL_INT, SORT_FLOAT, SORT_STR } SortMode;

typedef struct SortState {
    VM *vm;
    SortMode mode;
    Value *keys;
    Value *values; /* moved with keys; NULL when the items are their own keys */
    Value *tmp;    /* merge buffer: tmp_cap keys, then tmp_cap values when values != NULL */
    size_t tmp_cap;
    size_t run_base[SORT_MAX_PENDING];
    size_t run_len[SORT_MAX_PENDING];
    int nruns;
} SortState;

static int str_less(Value a, Value b)
{
    size_t la = str_len(a), lb = str_len(b);
    int c = memcmp(str_data(a), str_data(b), la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb); /* UTF-8 byte order is code point order */
}

/* a < b: 1, 0, or -1 with an exception pending. */
static inline int sort_less(SortState *s, Value a, Value b)
{
    switch (s->mode) {
    case SORT_SMALL_INT:
        return val_as_small_int(a) < val_as_small_int(b);
    case SORT_FLOAT:
        return val_as_float(a) < val_as_float(b);
    case SORT_STR:
        return str_less(a, b);
    default:
        return ops_less(s->vm, a, b);
    }
}

/* Homogeneous keys of the common types compare without dispatch (CPython's pre-sort check). */
static SortMode sort_detect_mode(const Value *keys, size_t n)
{
    Value first = keys[0];
    SortMode mode = val_is_small_int(first)                           ? SORT_SMALL_INT
                    : val_is_float(first)                             ? SORT_FLOAT
                    : IS_STR(first) && vm_type_of(first) == &type_str ? SORT_STR
                                                                      : SORT_GENERIC;
    for (size_t i = 1; i < n && mode != SORT_GENERIC; i++) {
        Value k = keys[i];
        bool same = mode == SORT_SMALL_INT ? val_is_small_int(k)
                    : mode == SORT_FLOAT   ? val_is_float(k)
                                           : IS_STR(k) && vm_type_of(k) == &type_str;
        if (!same) mode = SORT_GENERIC;
    }
    return mode;
}

static void reverse_range(Value *a, size_t lo, size_t hi)
{
    while (lo + 1 < hi) {
        Value t = a[lo];
        a[lo++] = a[--hi];
        a[hi] = t;
    }
}

static void sort_reverse(SortState *s, size_t lo, size_t hi)
{
    reverse_range(s->keys, lo, hi);
    if (s->values) reverse_range(s->values, lo, hi);
}

/* Length of the run starting at lo (strictly descending runs are reported so they can be
 * reversed without breaking stability); 0 on error. */
static size_t count_run(SortState *s, size_t lo, size_t hi, bool *descending)
{
    *descending = false;
    if (lo + 1 == hi) return 1;
    int lt = sort_less(s, s->keys[lo + 1], s->keys[lo]);
    if (lt < 0) return 0;
    size_t n = 2;
    *descending = lt;
    for (size_t i = lo + 2; i < hi; i++, n++) {
        lt = sort_less(s, s->keys[i], s->keys[i - 1]);
        if (lt < 0) return 0;
        if (lt != *descending) break;
    }
    return n;
}

/* Sort [lo, hi) given that [lo, start) is sorted: CPython's binarysort. */
static bool binary_insertion(SortState *s, size_t lo, size_t hi, size_t start)
{
    if (start == lo) start++;
    for (; start < hi; start++) {
        Value pivot = s->keys[start];
        size_t l = lo, r = start;
        do { /* pivot >= all in [lo, l), pivot < all in [r, start) */
            size_t p = l + ((r - l) >> 1);
            int lt = sort_less(s, pivot, s->keys[p]);
            if (lt < 0) return false;
            if (lt)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        memmove(s->keys + l + 1, s->keys + l, (start - l) * sizeof(Value));
        s->keys[l] = pivot;
        if (s->values) {
            Value v = s->values[start];
            memmove(s->values + l + 1, s->values + l, (start - l) * sizeof(Value));
            s->values[l] = v;
        }
    }
    return true;
}

static size_t compute_minrun(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static bool sort_reserve_tmp(SortState *s, size_t need)
{
    if (need <= s->tmp_cap) return true;
    size_t per = s->values ? 2 : 1;
    Value *p = mem_realloc(&s->vm->mem, s->tmp, s->tmp_cap * per * sizeof(Value),
                           need * per * sizeof(Value));
    if (!p) {
        vm_raise_nomem(s->vm);
        return false;
    }
    s->tmp = p;
    s->tmp_cap = need;
    return true;
}

static void move_items(SortState *s, size_t dst, const Value *src_keys, const Value *src_vals,
                       size_t n)
{
    memmove(s->keys + dst, src_keys, n * sizeof(Value));
    if (s->values) memmove(s->values + dst, src_vals, n * sizeof(Value));
}

/* Merge adjacent sorted runs [a, a+na) and [a+na, a+na+nb) with na <= nb: run A goes to tmp and
 * the merge fills from the left. Ties take from A, which keeps the sort stable. */
static bool merge_lo(SortState *s, size_t a, size_t na, size_t nb)
{
    Value *tk = s->tmp, *tv = s->tmp + s->tmp_cap;
    memcpy(tk, s->keys + a, na * sizeof(Value));
    if (s->values) memcpy(tv, s->values + a, na * sizeof(Value));
    size_t pa = 0, pb = a + na, end = a + na + nb, dst = a;
    bool ok = true;
    while (pa < na && pb < end) {
        int lt = sort_less(s, s->keys[pb], tk[pa]);
        if (lt < 0) {
            ok = false;
            break;
        }
        if (lt) {
            s->keys[dst] = s->keys[pb];
            if (s->values) s->values[dst] = s->values[pb];
            pb++;
        } else {
            s->keys[dst] = tk[pa];
            if (s->values) s->values[dst] = tv[pa];
            pa++;
        }
        dst++;
    }
    move_items(s, dst, tk + pa, tv + pa, na - pa); /* the rest of A, also after an error */
    return ok;
}

/* As merge_lo for na > nb: run B goes to tmp and the merge fills from the right. */
static bool merge_hi(SortState *s, size_t a, size_t na, size_t nb)
{
    Value *tk = s->tmp, *tv = s->tmp + s->tmp_cap;
    size_t b = a + na;
    memcpy(tk, s->keys + b, nb * sizeof(Value));
    if (s->values) memcpy(tv, s->values + b, nb * sizeof(Value));
    size_t pa = na, pb = nb, dst = a + na + nb; /* counts remaining; dst one past the next slot */
    bool ok = true;
    while (pa > 0 && pb > 0) {
        int lt = sort_less(s, tk[pb - 1], s->keys[a + pa - 1]);
        if (lt < 0) {
            ok = false;
            break;
        }
        dst--;
        if (lt) {
            pa--;
            s->keys[dst] = s->keys[a + pa];
            if (s->values) s->values[dst] = s->values[a + pa];
        } else {
            pb--;
            s->keys[dst] = tk[pb];
            if (s->values) s->values[dst] = tv[pb];
        }
    }
    move_items(s, a + pa, tk, tv, pb); /* the rest of B lands just after the rest of A */
    return ok;
}

static bool merge_at(SortState *s, int i)
{
    size_t a = s->run_base[i], na = s->run_len[i], nb = s->run_len[i + 1];
    s->run_len[i] = na + nb;
    if (i == s->nruns - 3) {
        s->run_base[i + 1] = s->run_base[i + 2];
        s->run_len[i + 1] = s->run_len[i + 2];
    }
    s->nruns--;
    /* Already in order (common for nearly sorted input): nothing to move. */
    int lt = sort_less(s, s->keys[a + na], s->keys[a + na - 1]);
    if (lt <= 0) return lt == 0;
    if (!sort_reserve_tmp(s, na < nb ? na : nb)) return false;
    return na <= nb ? merge_lo(s, a, na, nb) : merge_hi(s, a, na, nb);
}

/* CPython 3.10's merge_collapse: keeps run lengths decreasing like Fibonacci numbers. */
static bool merge_collapse(SortState *s)
{
    size_t *len = s->run_len;
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if ((n > 0 && len[n - 1] <= len[n] + len[n + 1]) ||
            (n > 1 && len[n - 2] <= len[n - 1] + len[n])) {
            if (len[n - 1] < len[n + 1]) n--;
            if (!merge_at(s, n)) return false;
        } else if (len[n] <= len[n + 1]) {
            if (!merge_at(s, n)) return false;
        } else {
            break;
        }
    }
    return true;
}

static bool merge_force_collapse(SortState *s)
{
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if (n > 0 && s->run_len[n - 1] < s->run_len[n + 1]) n--;
        if (!merge_at(s, n)) return false;
    }
    return true;
}

static bool timsort(SortState *s, size_t n)
{
    size_t minrun = compute_minrun(n), lo = 0;
    while (lo < n) {
        bool descending;
        size_t run = count_run(s, lo, n, &descending);
        if (run == 0) return false;
        if (descending) sort_reverse(s, lo, lo + run);
        if (run < minrun) {
            size_t force = n - lo <= minrun ? n - lo : minrun;
            if (!binary_insertion(s, lo, lo + force, lo + run)) return false;
            run = force;
        }
        s->run_base[s->nruns] = lo;
        s->run_len[s->nruns] = run;
        s->nruns++;
        if (!merge_collapse(s)) return false;
        lo += run;
    }
    return merge_force_collapse(s);
}

bool list_sort_values(VM *vm, Value *items, Value *keys, size_t n, bool reverse)
{
    if (n < 2) return true;
    SortState s = {.vm = vm, .keys = keys ? keys : items, .values = keys ? items : NULL};
    /* CPython reverses before and after a reverse sort, so equal items keep their order. */
    if (reverse) sort_reverse(&s, 0, n);
    s.mode = sort_detect_mode(s.keys, n);
    bool ok = timsort(&s, n);
    if (reverse) sort_reverse(&s, 0, n);
    mem_free(&vm->mem, s.tmp, s.tmp_cap * (s.values ? 2 : 1) * sizeof(Value));
    return ok;
}
