/* test_list.c — list storage and methods, slicing, sort stability and CPython's exact sort
 * results for inconsistent orders (NaN), tuple and range basics. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exception.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

#include "container_expect.inc"

static VM *vm;

static void setup(void)
{
    vm = garter_vm_new(NULL);
}
static void teardown(void)
{
    garter_vm_destroy(vm);
}

/* Every container buffer is freed with its exact size: once all objects are freed, only the
 * VM's own blocks remain accounted. Called at the end of each test. */
static void assert_no_leaks(void)
{
    gc_free_all(vm);
    size_t rest = sizeof(VM) + vm->stack_cap * sizeof(Value) + vm->frames_cap * sizeof(Frame);
    if (vm->traceback_text) rest += vm->traceback_len + 1;
    cr_assert_eq(vm->mem.live_bytes, rest, "leaked or miscounted %zd bytes",
                 (ssize_t)(vm->mem.live_bytes - rest));
}

TestSuite(list, .init = setup, .fini = teardown);

static Value I(int64_t i)
{
    return int_from_i64(vm, i);
}

static const char *repr_of(Value v)
{
    Value r = ops_repr(vm, v);
    cr_assert_neq(r, VAL_ERR);
    return str_data(r);
}

static Value call_method(Value self, const char *name, const Value *args, int nargs)
{
    const MemberDef *member;
    const MethodDef *def = ops_find_method(vm_type_of(self), name, strlen(name), &member);
    cr_assert_not_null(def, "no method %s", name);
    Value argv[8];
    argv[0] = self;
    for (int i = 0; i < nargs; i++) argv[i + 1] = args[i];
    return def->fn(vm, argv, nargs + 1, VAL_UNDEF);
}

static Value range_list(int64_t n)
{
    Value l = list_new(vm, 0);
    for (int64_t i = 0; i < n; i++) cr_assert(list_append(vm, l, I(i)));
    return l;
}

Test(list, append_growth_and_extend_self)
{
    Value l = range_list(1000);
    cr_assert_eq(AS_LIST(l)->len, 1000);
    cr_assert_geq(AS_LIST(l)->cap, 1000);
    cr_assert(list_extend_array(vm, l, AS_LIST(l)->items, AS_LIST(l)->len));
    cr_assert_eq(AS_LIST(l)->len, 2000);
    cr_assert_eq(AS_LIST(l)->items[1999], I(999));
    assert_no_leaks();
}

Test(list, sort_is_stable_with_keys)
{
    /* Items 0..999 keyed by item % 7: equal keys must keep ascending item order. */
    size_t n = 1000;
    Value l = range_list((int64_t)n);
    Value *keys = malloc(n * sizeof(Value));
    for (size_t i = 0; i < n; i++) keys[i] = I((int64_t)((i * 7919) % 7));
    cr_assert(list_sort_values(vm, AS_LIST(l)->items, keys, n, false));
    for (size_t i = 1; i < n; i++) {
        int64_t a, b, ka, kb;
        int_to_i64(AS_LIST(l)->items[i - 1], &a);
        int_to_i64(AS_LIST(l)->items[i], &b);
        int_to_i64(keys[i - 1], &ka);
        int_to_i64(keys[i], &kb);
        cr_assert(ka < kb || (ka == kb && a < b), "unstable at %zu", i);
    }
    /* reverse=True keeps equal items in their original order too (CPython). */
    for (size_t i = 0; i < n; i++) {
        AS_LIST(l)->items[i] = I((int64_t)i);
        keys[i] = I((int64_t)((i * 7919) % 7));
    }
    cr_assert(list_sort_values(vm, AS_LIST(l)->items, keys, n, true));
    for (size_t i = 1; i < n; i++) {
        int64_t a, b, ka, kb;
        int_to_i64(AS_LIST(l)->items[i - 1], &a);
        int_to_i64(AS_LIST(l)->items[i], &b);
        int_to_i64(keys[i - 1], &ka);
        int_to_i64(keys[i], &kb);
        cr_assert(ka > kb || (ka == kb && a < b), "unstable reverse at %zu", i);
    }
    free(keys);
    assert_no_leaks();
}

Test(list, sort_large_mixed_runs)
{
    size_t n = 5000;
    Value l = list_new(vm, 0);
    uint64_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        int64_t v = (i % 1000 < 500) ? (int64_t)i : (int64_t)(x >> 40);
        cr_assert(list_append(vm, l, i % 3 ? I(v) : val_from_float((double)v + 0.5)));
    }
    cr_assert(list_sort_values(vm, AS_LIST(l)->items, NULL, n, false));
    for (size_t i = 1; i < n; i++)
        cr_assert_eq(ops_less(vm, AS_LIST(l)->items[i], AS_LIST(l)->items[i - 1]), 0);
    assert_no_leaks();
}

Test(list, sort_with_nan_matches_cpython)
{
    for (size_t c = 0; c < sizeof nan_cases / sizeof nan_cases[0]; c++) {
        const NanCase *nc = &nan_cases[c];
        Value l = list_new(vm, 0);
        for (size_t i = 0; i < nc->n; i++) cr_assert(list_append(vm, l, val_from_float(nc->in[i])));
        cr_assert(list_sort_values(vm, AS_LIST(l)->items, NULL, nc->n, false));
        for (size_t i = 0; i < nc->n; i++) {
            double got = val_as_float(AS_LIST(l)->items[i]), want = nc->out[i];
            cr_assert(isnan(want) ? isnan(got) : got == want, "case %zu item %zu", c, i);
        }
    }
    assert_no_leaks();
}

Test(list, sort_error_keeps_all_items)
{
    Value l = range_list(100);
    cr_assert(list_append(vm, l, str_from_cstr(vm, "x")));
    cr_assert_not(list_sort_values(vm, AS_LIST(l)->items, NULL, AS_LIST(l)->len, false));
    cr_assert(vm_exc_matches(vm, &exc_TypeError));
    vm_clear_exc(vm);
    int64_t sum = 0;
    for (size_t i = 0; i < AS_LIST(l)->len; i++) {
        int64_t v;
        if (val_is_int(AS_LIST(l)->items[i]) && int_to_i64(AS_LIST(l)->items[i], &v)) sum += v;
    }
    cr_assert_eq(sum, 4950);
    assert_no_leaks();
}

Test(list, slices)
{
    Value l = range_list(10);
    Value s = slice_new(vm, I(1), I(8), I(3));
    cr_assert_str_eq(repr_of(ops_getitem(vm, l, s)), "[1, 4, 7]");
    cr_assert_str_eq(repr_of(ops_getitem(vm, l, slice_new(vm, VAL_NONE, VAL_NONE, I(-4)))),
                     "[9, 5, 1]");
    /* Extended slice assignment must match sizes. */
    cr_assert_not(ops_setitem(vm, l, s, range_list(2)));
    cr_assert(vm_exc_matches(vm, &exc_ValueError));
    vm_clear_exc(vm);
    cr_assert(ops_setitem(vm, l, s, range_list(3)));
    cr_assert_str_eq(repr_of(l), "[0, 0, 2, 3, 1, 5, 6, 2, 8, 9]");
    cr_assert(ops_delitem(vm, l, slice_new(vm, VAL_NONE, VAL_NONE, I(-2))));
    cr_assert_str_eq(repr_of(l), "[0, 2, 1, 6, 8]");
    cr_assert(ops_setitem(vm, l, slice_new(vm, I(1), I(3), VAL_NONE), l));
    cr_assert_str_eq(repr_of(l), "[0, 0, 2, 1, 6, 8, 6, 8]");
    cr_assert(ops_delitem(vm, l, slice_new(vm, I(2), VAL_NONE, VAL_NONE)));
    cr_assert_str_eq(repr_of(l), "[0, 0]");
    assert_no_leaks();
}

Test(list, methods)
{
    Value l = range_list(5);
    Value args[2] = {I(-2), I(99)};
    cr_assert_eq(call_method(l, "insert", args, 2), VAL_NONE);
    cr_assert_str_eq(repr_of(l), "[0, 1, 2, 99, 3, 4]");
    cr_assert_eq(call_method(l, "pop", NULL, 0), I(4));
    cr_assert_eq(call_method(l, "index", &args[1], 1), I(3));
    cr_assert_eq(call_method(l, "remove", &args[1], 1), VAL_NONE);
    cr_assert_eq(call_method(l, "remove", &args[1], 1), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_ValueError));
    vm_clear_exc(vm);
    cr_assert_eq(call_method(l, "reverse", NULL, 0), VAL_NONE);
    cr_assert_str_eq(repr_of(l), "[3, 2, 1, 0]");
    cr_assert_eq(call_method(l, "sort", NULL, 0), VAL_NONE);
    cr_assert_str_eq(repr_of(l), "[0, 1, 2, 3]");
    Value three = I(3);
    cr_assert_str_eq(repr_of(ops_binop(vm, l, three, BINOP_MUL, false)),
                     "[0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3]");
    cr_assert_eq(ops_binop(vm, l, tuple_empty(), BINOP_ADD, false), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_TypeError));
    vm_clear_exc(vm);
    assert_no_leaks();
}

Test(list, compare_and_contains)
{
    Value a = range_list(3), b = range_list(4);
    cr_assert_eq(ops_compare(vm, a, b, CMP_LT), VAL_TRUE);
    cr_assert_eq(ops_compare(vm, a, b, CMP_EQ), VAL_FALSE);
    cr_assert_eq(ops_compare(vm, b, a, CMP_GE), VAL_TRUE);
    cr_assert_eq(ops_contains(vm, b, val_from_float(3.0)), 1);
    cr_assert_eq(ops_contains(vm, b, I(4)), 0);
    assert_no_leaks();
}

Test(list, deep_nesting_raises_recursion_error)
{
    Value l = list_new(vm, 0);
    for (int i = 0; i < 5000; i++) {
        Value outer = list_new(vm, 1);
        cr_assert(list_append(vm, outer, l));
        l = outer;
    }
    cr_assert_eq(ops_repr(vm, l), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_RecursionError));
    vm_clear_exc(vm);
    cr_assert_eq(vm->depth, 0);
    assert_no_leaks();
}

Test(list, tuple_basics)
{
    Value one[1] = {I(1)};
    cr_assert_str_eq(repr_of(tuple_from_array(vm, one, 1)), "(1,)");
    cr_assert_str_eq(repr_of(tuple_empty()), "()");
    cr_assert_eq(tuple_new(vm, 0), tuple_empty());
    Value t = tuple_pack2(vm, I(1), I(2));
    cr_assert_str_eq(repr_of(ops_binop(vm, t, t, BINOP_ADD, false)), "(1, 2, 1, 2)");
    cr_assert_eq(ops_compare(vm, t, tuple_pack2(vm, I(1), I(3)), CMP_LT), VAL_TRUE);
    assert_no_leaks();
}

Test(list, range_basics)
{
    Value r = range_new(vm, 0, 10, 3);
    cr_assert_str_eq(repr_of(r), "range(0, 10, 3)");
    cr_assert_eq(ops_len(vm, r), 4);
    cr_assert_eq(ops_getitem(vm, r, I(-1)), I(9));
    cr_assert_eq(ops_contains(vm, r, I(6)), 1);
    cr_assert_eq(ops_contains(vm, r, I(7)), 0);
    cr_assert_str_eq(repr_of(ops_getitem(vm, r, slice_new(vm, VAL_NONE, VAL_NONE, I(-1)))),
                     "range(9, -3, -3)");
    Value it = ops_iter(vm, range_new(vm, 5, 0, -2));
    cr_assert_eq(ops_next(vm, it), I(5));
    cr_assert_eq(ops_next(vm, it), I(3));
    cr_assert_eq(ops_next(vm, it), I(1));
    cr_assert_eq(ops_next(vm, it), VAL_EXHAUSTED);
    assert_no_leaks();
}

/* ---- allocation failures ------------------------------------------------------------------ */

typedef struct Capture {
    char data[4096];
    size_t len;
} Capture;

static void capture_write(void *ud, const char *data, size_t len)
{
    Capture *c = ud;
    size_t room = sizeof c->data - 1 - c->len;
    if (len > room) len = room;
    memcpy(c->data + c->len, data, len);
    c->len += len;
    c->data[c->len] = '\0';
}

/* Counts live blocks through the hook itself, independently of Mem's accounting. */
static void *counting_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    long *live_blocks = ud;
    (void)old_size;
    if (new_size == 0) {
        if (ptr) --*live_blocks;
        free(ptr);
        return NULL;
    }
    if (!ptr) ++*live_blocks;
    return realloc(ptr, new_size);
}

static const char container_program[] =
    "xs = [i * 3 % 17 for i in range(40)]\n"
    "xs.sort(); xs.reverse(); xs.extend(range(5)); xs[2:5] = [9, 9]; del xs[::3]\n"
    "t = tuple(xs) + (1, 2)\n"
    "d = {k: [k] * 2 for k in 'abcdef'}\n"
    "d.update(x=1, y=(2, 3)); d.pop('a'); d.setdefault('z', {})\n"
    "s = set(xs) | {100, 200}; s &= set(range(50)); fs = frozenset(s)\n"
    "v = d.keys() & {'b', 'c'}\n"
    "r = range(10**20)[::7]\n"
    "big = range(3, 100, 4)\n"
    "print(xs, t, d, s, hash(fs) == hash(frozenset(s)), sorted(v), r[3], list(big[::-5]))\n"
    "print(sorted(d.items(), key=lambda kv: kv[0])[:2], repr(d.values()), [1, [2, (3, {4: "
    "{5}})]])\n"
    "big_d = {i: str(i) for i in range(300)}\n"
    "for i in range(0, 300, 3): del big_d[i]\n"
    "big_s = set(range(500)) - set(range(0, 500, 7))\n"
    "srt = sorted([(i * 7919) % 1000 for i in range(200)], reverse=True)\n"
    "print(len(big_d), len(big_s), srt[:3], list(big_d)[:3], [0] * 3 * 2, sorted(big_s)[-2:])\n";

static const char container_output[] =
    "[16, 9, 14, 14, 13, 12, 12, 11, 10, 10, 9, 9, 8, 7, 6, 6, 5, 5, 4, 3, 3, 2, 1, 1, 0, 0, 1, 2, "
    "4] (16, 9, 14, 14, 13, 12, 12, 11, 10, 10, 9, 9, 8, 7, 6, 6, 5, 5, 4, 3, 3, 2, 1, 1, 0, 0, 1, "
    "2, 4, 1, 2) {'b': ['b', 'b'], 'c': ['c', 'c'], 'd': ['d', 'd'], 'e': ['e', 'e'], 'f': ['f', "
    "'f'], 'x': 1, 'y': (2, 3), 'z': {}} {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16} "
    "True ['b', 'c'] 21 [99, 79, 59, 39, 19]\n"
    "[('b', ['b', 'b']), ('c', ['c', 'c'])] dict_values([['b', 'b'], ['c', 'c'], ['d', 'd'], ['e', "
    "'e'], ['f', 'f'], 1, (2, 3), {}]) [1, [2, (3, {4: {5}})]]\n"
    "200 428 [987, 984, 981] [1, 2, 4] [0, 0, 0, 0, 0, 0] [498, 499]\n";

/* Fail the Nth allocation for every N until the program runs through: every container path
 * must end in OK or an exception (MemoryError), never crash, and leave nothing allocated. */
Test(list, containers_survive_every_allocation_failure, .timeout = 300)
{
    bool completed = false;
    for (uint64_t n = 1; n < 100000 && !completed; n++) {
        long live_blocks = 0;
        Capture out = {0};
        GarterConfig config;
        garter_config_init(&config);
        config.write_stdout = capture_write;
        config.write_ud = &out;
        config.alloc = counting_alloc;
        config.alloc_ud = &live_blocks;
        GarterVM *gvm = garter_vm_new(&config);
        if (!gvm) continue;
        gvm->mem.fail_at = n + gvm->mem.attempts;
        GarterStatus status =
            garter_run_source(gvm, container_program, strlen(container_program), "prog.py");
        /* A failure while compiling is reported as a syntax error. */
        cr_assert(status == GARTER_OK || status == GARTER_EXCEPTION ||
                      status == GARTER_SYNTAX_ERROR,
                  "n=%lu status=%d", (unsigned long)n, status);
        if (status == GARTER_OK && gvm->mem.attempts < gvm->mem.fail_at) {
            completed = true;
            cr_assert_str_eq(out.data, container_output);
        }
        garter_vm_destroy(gvm);
        cr_assert_eq(live_blocks, 0, "n=%lu leaked %ld blocks", (unsigned long)n, live_blocks);
    }
    cr_assert(completed);
}

/* Collecting at every safe point must not change anything (every container traces its Values). */
Test(list, containers_under_gc_stress)
{
    Capture out = {0};
    GarterConfig config;
    garter_config_init(&config);
    config.write_stdout = capture_write;
    config.write_ud = &out;
    config.debug_flags = GARTER_DEBUG_GC_STRESS;
    GarterVM *gvm = garter_vm_new(&config);
    cr_assert_not_null(gvm);
    cr_assert_eq(garter_run_source(gvm, container_program, strlen(container_program), "prog.py"),
                 GARTER_OK);
    cr_assert_str_eq(out.data, container_output);
    garter_vm_destroy(gvm);
}
