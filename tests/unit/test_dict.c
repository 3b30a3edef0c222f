/* test_dict.c — the dict table: insertion order, deletion, resizing, key equality across
 * int/float/bool, str keys, views and iteration errors. */
#include <criterion/criterion.h>
#include <string.h>

#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

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

TestSuite(dict, .init = setup, .fini = teardown);

static Value I(int64_t i)
{
    return int_from_i64(vm, i);
}
static Value S(const char *s)
{
    return str_from_cstr(vm, s);
}

static const char *repr_of(Value v)
{
    Value r = ops_repr(vm, v);
    cr_assert_neq(r, VAL_ERR);
    return str_data(r);
}

/* Calls a method by name with positional arguments. */
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

Test(dict, insert_lookup_delete_many_keys)
{
    Value d = dict_new(vm);
    const int64_t n = 20000;
    for (int64_t i = 0; i < n; i++) cr_assert(dict_set(vm, d, I(i * 7919 % 100003), I(i)));
    cr_assert_eq(dict_len(d), (size_t)n);
    for (int64_t i = 0; i < n; i++) {
        Value v;
        cr_assert_eq(dict_get(vm, d, I(i * 7919 % 100003), &v), 1);
        cr_assert_eq(v, I(i));
    }
    /* Delete every other key, then check order and membership. */
    for (int64_t i = 0; i < n; i += 2) cr_assert_eq(dict_del(vm, d, I(i * 7919 % 100003)), 1);
    cr_assert_eq(dict_del(vm, d, I(0)), 0);
    cr_assert_eq(dict_len(d), (size_t)(n / 2));
    size_t pos = 0;
    Value k, v;
    int64_t expect = 1;
    while (dict_next(d, &pos, &k, &v)) {
        cr_assert_eq(v, I(expect));
        cr_assert_eq(k, I(expect * 7919 % 100003));
        expect += 2;
    }
    cr_assert_eq(expect, n + 1);
    /* Re-inserting deleted keys appends them at the end. */
    cr_assert(dict_set(vm, d, I(0), S("zero")));
    pos = 0;
    Value last = VAL_UNDEF;
    while (dict_next(d, &pos, &k, &v)) last = k;
    cr_assert_eq(last, I(0));
    assert_no_leaks();
}

Test(dict, one_equals_one_point_zero_equals_true)
{
    Value d = dict_new(vm);
    cr_assert(dict_set(vm, d, I(1), S("int")));
    cr_assert(dict_set(vm, d, val_from_float(1.0), S("float")));
    cr_assert(dict_set(vm, d, VAL_TRUE, S("bool")));
    cr_assert_eq(dict_len(d), 1);
    cr_assert_str_eq(repr_of(d), "{1: 'bool'}");
    Value v;
    cr_assert_eq(dict_get(vm, d, val_from_float(1.0), &v), 1);
    cr_assert_str_eq(str_data(v), "bool");
    cr_assert_eq(dict_del(vm, d, VAL_TRUE), 1);
    cr_assert_eq(dict_len(d), 0);
    assert_no_leaks();
}

Test(dict, str_keys_by_value_and_identity)
{
    Value d = dict_new(vm);
    Value a1 = S("spam"), a2 = S("spam");
    cr_assert_neq(a1, a2);
    cr_assert(dict_set(vm, d, a1, I(1)));
    cr_assert(dict_set(vm, d, a2, I(2)));
    cr_assert_eq(dict_len(d), 1);
    Value v;
    cr_assert(dict_get_str(vm, d, S("spam"), &v));
    cr_assert_eq(v, I(2));
    cr_assert_not(dict_get_str(vm, d, S("eggs"), &v));
    cr_assert_geq(dict_find_str(vm, d, a2), 0);
    cr_assert_eq(dict_find_str(vm, d, S("ham")), -1);
    assert_no_leaks();
}

Test(dict, version_changes_on_every_mutation)
{
    Value d = dict_new(vm);
    uint64_t v0 = AS_DICT(d)->version;
    cr_assert(dict_set(vm, d, S("a"), I(1)));
    uint64_t v1 = AS_DICT(d)->version;
    cr_assert_neq(v0, v1);
    cr_assert(dict_set(vm, d, S("a"), I(2)));
    uint64_t v2 = AS_DICT(d)->version;
    cr_assert_neq(v1, v2);
    cr_assert_eq(dict_del(vm, d, S("a")), 1);
    cr_assert_neq(AS_DICT(d)->version, v2);
    assert_no_leaks();
}

Test(dict, repr_and_recursion)
{
    Value d = dict_new(vm);
    cr_assert_str_eq(repr_of(d), "{}");
    cr_assert(dict_set(vm, d, S("a"), I(1)));
    cr_assert(dict_set(vm, d, I(2), tuple_pack2(vm, I(3), S("x"))));
    cr_assert_str_eq(repr_of(d), "{'a': 1, 2: (3, 'x')}");
    cr_assert(dict_set(vm, d, S("self"), d));
    cr_assert_str_eq(repr_of(d), "{'a': 1, 2: (3, 'x'), 'self': {...}}");
    Value l = list_new(vm, 0);
    cr_assert(list_append(vm, l, l));
    cr_assert_str_eq(repr_of(l), "[[...]]");
    assert_no_leaks();
}

Test(dict, unhashable_key)
{
    Value d = dict_new(vm);
    cr_assert_not(dict_set(vm, d, list_new(vm, 0), I(1)));
    cr_assert(vm_exc_matches(vm, &exc_TypeError));
    vm_clear_exc(vm);
    assert_no_leaks();
}

Test(dict, popitem_and_pop)
{
    Value d = dict_new(vm);
    for (int i = 0; i < 5; i++) cr_assert(dict_set(vm, d, I(i), I(i * i)));
    Value item = call_method(d, "popitem", NULL, 0);
    cr_assert_str_eq(repr_of(item), "(4, 16)");
    Value args[2] = {I(2), S("dflt")};
    cr_assert_eq(call_method(d, "pop", args, 2), I(4));
    cr_assert_str_eq(str_data(call_method(d, "pop", args, 2)), "dflt");
    cr_assert_eq(call_method(d, "pop", args, 1), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_KeyError));
    vm_clear_exc(vm);
    cr_assert_str_eq(repr_of(d), "{0: 0, 1: 1, 3: 9}");
    for (int i = 0; i < 3; i++) cr_assert_neq(call_method(d, "popitem", NULL, 0), VAL_ERR);
    cr_assert_eq(call_method(d, "popitem", NULL, 0), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_KeyError));
    vm_clear_exc(vm);
    assert_no_leaks();
}

Test(dict, views_and_set_operations)
{
    Value d = dict_new(vm);
    for (int i = 0; i < 4; i++) cr_assert(dict_set(vm, d, I(i), I(10 * i)));
    Value keys = call_method(d, "keys", NULL, 0);
    Value items = call_method(d, "items", NULL, 0);
    Value values = call_method(d, "values", NULL, 0);
    cr_assert_str_eq(repr_of(keys), "dict_keys([0, 1, 2, 3])");
    cr_assert_str_eq(repr_of(items), "dict_items([(0, 0), (1, 10), (2, 20), (3, 30)])");
    cr_assert_str_eq(repr_of(values), "dict_values([0, 10, 20, 30])");
    Value other[3] = {I(2), I(3), I(7)};
    Value l = list_from_array(vm, other, 3);
    cr_assert_str_eq(repr_of(ops_binop(vm, keys, l, BINOP_AND, false)), "{2, 3}");
    cr_assert_str_eq(repr_of(ops_binop(vm, keys, l, BINOP_OR, false)), "{0, 1, 2, 3, 7}");
    cr_assert_str_eq(repr_of(ops_binop(vm, keys, l, BINOP_SUB, false)), "{0, 1}");
    cr_assert_str_eq(repr_of(ops_binop(vm, keys, l, BINOP_XOR, false)), "{0, 1, 7}");
    cr_assert_eq(ops_contains(vm, items, tuple_pack2(vm, I(1), I(10))), 1);
    cr_assert_eq(ops_contains(vm, items, tuple_pack2(vm, I(1), I(11))), 0);
    cr_assert_eq(ops_len(vm, values), 4);
    assert_no_leaks();
}

Test(dict, iteration_detects_size_change)
{
    Value d = dict_new(vm);
    cr_assert(dict_set(vm, d, I(1), I(1)));
    cr_assert(dict_set(vm, d, I(2), I(2)));
    Value it = ops_iter(vm, d);
    cr_assert_eq(ops_next(vm, it), I(1));
    cr_assert(dict_set(vm, d, I(3), I(3)));
    cr_assert_eq(ops_next(vm, it), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_RuntimeError));
    vm_clear_exc(vm);
    cr_assert_eq(ops_next(vm, it), VAL_ERR); /* sticky */
    vm_clear_exc(vm);
    assert_no_leaks();
}

Test(dict, equality_ignores_order)
{
    Value a = dict_new(vm), b = dict_new(vm);
    for (int i = 0; i < 50; i++) cr_assert(dict_set(vm, a, I(i), I(-i)));
    for (int i = 49; i >= 0; i--) cr_assert(dict_set(vm, b, I(i), I(-i)));
    cr_assert_eq(ops_equal(vm, a, b), 1);
    cr_assert(dict_set(vm, b, I(0), I(1)));
    cr_assert_eq(ops_equal(vm, a, b), 0);
    assert_no_leaks();
}

Test(dict, update_from_pairs_errors)
{
    Value d = dict_new(vm);
    Value bad = list_new(vm, 0);
    cr_assert(list_append(vm, bad, I(1)));
    cr_assert_not(dict_update(vm, d, bad));
    cr_assert(vm_exc_matches(vm, &exc_TypeError));
    vm_clear_exc(vm);
    Value triple[3] = {I(1), I(2), I(3)};
    Value pairs = list_new(vm, 0);
    cr_assert(list_append(vm, pairs, tuple_from_array(vm, triple, 3)));
    cr_assert_not(dict_update(vm, d, pairs));
    cr_assert(vm_exc_matches(vm, &exc_ValueError));
    vm_clear_exc(vm);
    assert_no_leaks();
}
