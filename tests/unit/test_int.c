/* test_int.c — int: text conversion in every base (CPython's table from gen_int_cases.py), the
 * 4300-digit limit both ways, big arithmetic, hashing, true division, pow with a modulus, and
 * the memory accounting of libtommath digits. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "exception.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"

#include "int_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static VM *vm;

static void setup(void)
{
    vm = garter_vm_new(NULL);
}
static void teardown(void)
{
    garter_vm_destroy(vm);
}

TestSuite(int, .init = setup, .fini = teardown);

static Value D(const char *decimal)
{
    Value v = int_from_text(vm, decimal, strlen(decimal), 10);
    cr_assert_neq(v, VAL_ERR, "parse %s", decimal);
    return v;
}

static const char *S(Value v, int base)
{
    Value s = int_to_str(vm, v, base);
    cr_assert_neq(s, VAL_ERR);
    return str_data(s);
}

/* The pending exception's message; clears it. */
static const char *error_message(const TypeObj *type)
{
    cr_assert(vm_exc_matches(vm, type), "expected %s", type->name);
    Value msg = exc_str(vm, vm->exc);
    cr_assert_neq(msg, VAL_ERR);
    vm_clear_exc(vm);
    return str_data(msg);
}

Test(int, parse_every_base)
{
    for (size_t i = 0; i < COUNT(base_cases); i++) {
        const BaseCase *c = &base_cases[i];
        Value v = int_from_text(vm, c->text, strlen(c->text), c->base);
        cr_assert_neq(v, VAL_ERR, "int(%s, %d)", c->text, c->base);
        cr_assert_str_eq(S(v, 10), c->decimal, "int(%s, %d)", c->text, c->base);
        /* int_digits gives the magnitude back in the same base */
        size_t len;
        char *digits = int_digits(vm, v, c->base, &len);
        cr_assert_not_null(digits);
        const char *text = c->text[0] == '-' ? c->text + 1 : c->text;
        cr_assert_eq(len, strlen(text));
        for (size_t k = 0; k < len; k++) cr_assert_eq(digits[k], text[k] | 0x20);
        mem_free(&vm->mem, digits, len + 1);
    }
}

Test(int, repr_bin_oct_hex)
{
    for (size_t i = 0; i < COUNT(repr_cases); i++) {
        const ReprCase *c = &repr_cases[i];
        Value v = D(c->decimal);
        cr_assert_str_eq(S(v, 10), c->decimal);
        cr_assert_str_eq(S(v, 2), c->bin);
        cr_assert_str_eq(S(v, 8), c->oct);
        cr_assert_str_eq(S(v, 16), c->hex);
        /* base 0 reads the prefixes back */
        Value back = int_from_text(vm, c->hex, strlen(c->hex), 0);
        cr_assert_eq(int_cmp(back, v), 0);
    }
}

Test(int, literal_rules)
{
    static const struct {
        const char *text;
        int base;
        const char *result; /* NULL: invalid */
    } cases[] = {
        {"  12  ", 10, "12"},
        {"+12", 10, "12"},
        {"-0", 10, "0"},
        {"1_000", 10, "1000"},
        {"1__0", 10, NULL},
        {"_1", 10, NULL},
        {"1_", 10, NULL},
        {"0x_1f", 16, "31"},
        {"0x1f", 0, "31"},
        {"0b101", 0, "5"},
        {"0o17", 0, "15"},
        {"010", 0, NULL},
        {"00", 0, "0"},
        {"0_0", 0, "0"},
        {"0b", 0, NULL},
        {"", 10, NULL},
        {" ", 10, NULL},
        {"- 1", 10, NULL},
        {"1.5", 10, NULL},
        {"z", 36, "35"},
        {"\xd9\xa1\xd9\xa2", 10, "12"},
        {"\xc2\xa0"
         "7\xe3\x80\x80",
         10, "7"},
        {"12\xc3\xa9", 10, NULL},
    };
    for (size_t i = 0; i < COUNT(cases); i++) {
        Value v = int_from_text(vm, cases[i].text, strlen(cases[i].text), cases[i].base);
        if (cases[i].result) {
            cr_assert_neq(v, VAL_ERR, "int(%s)", cases[i].text);
            cr_assert_str_eq(S(v, 10), cases[i].result);
        } else {
            cr_assert_eq(v, VAL_ERR, "int(%s) should fail", cases[i].text);
            vm_clear_exc(vm);
        }
    }
    Value v = int_from_text(vm, "abc", 3, 10);
    cr_assert_eq(v, VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError),
                     "invalid literal for int() with base 10: 'abc'");
    v = int_from_text(vm, "010", 3, 0);
    cr_assert_str_eq(error_message(&exc_ValueError),
                     "invalid literal for int() with base 0: '010'");
}

Test(int, digit_limit)
{
    char *text = malloc(5001);
    memset(text, '1', 5000);
    text[5000] = '\0';
    cr_assert_eq(int_from_text(vm, text, 5000, 10), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError),
                     "Exceeds the limit (4300 digits) for integer string conversion: value has "
                     "5000 digits; use sys.set_int_max_str_digits() to increase the limit");
    /* powers of two are not limited */
    Value hex = int_from_text(vm, text, 5000, 16);
    cr_assert_neq(hex, VAL_ERR);
    cr_assert_eq(int_bit_length(hex), 19997);
    /* exactly 4300 digits is fine, both ways */
    Value ok = int_from_text(vm, text, 4300, 10);
    cr_assert_neq(ok, VAL_ERR);
    cr_assert_eq(str_len(int_to_str(vm, ok, 10)), 4300);
    Value big = int_binop(vm, ok, val_from_small_int(10), BINOP_MUL);
    cr_assert_eq(int_to_str(vm, big, 10), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError),
                     "Exceeds the limit (4300 digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit");
    Value neg = int_negate(vm, ok);
    cr_assert_eq(str_len(int_to_str(vm, neg, 10)), 4301);
    free(text);
}

static void check_op(Value a, Value b, BinOp op, const char *expected, const char *what)
{
    Value r = int_binop(vm, a, b, op);
    cr_assert_neq(r, VAL_ERR, "%s", what);
    cr_assert_str_eq(S(r, 10), expected, "%s of %s and %s", what, S(a, 10), S(b, 10));
}

Test(int, big_arithmetic)
{
    for (size_t i = 0; i < COUNT(arith_cases); i++) {
        const ArithCase *c = &arith_cases[i];
        Value a = D(c->a), b = D(c->b);
        check_op(a, b, BINOP_ADD, c->sum, "+");
        check_op(a, b, BINOP_SUB, c->diff, "-");
        check_op(a, b, BINOP_MUL, c->prod, "*");
        check_op(a, b, BINOP_FLOORDIV, c->floordiv, "//");
        check_op(a, b, BINOP_MOD, c->mod, "%");
        check_op(a, b, BINOP_AND, c->and_, "&");
        check_op(a, b, BINOP_OR, c->or_, "|");
        check_op(a, b, BINOP_XOR, c->xor_, "^");
        check_op(a, val_from_small_int(c->shift), BINOP_LSHIFT, c->lshift, "<<");
        check_op(a, val_from_small_int(c->shift), BINOP_RSHIFT, c->rshift, ">>");
        cr_assert_eq(int_hash(a), c->hash_a, "hash(%s)", c->a);
        Value q = int_binop(vm, a, b, BINOP_TRUEDIV);
        if (strcmp(c->truediv, "OverflowError") == 0) {
            cr_assert_eq(q, VAL_ERR);
            vm_clear_exc(vm);
        } else {
            char buf[FLOAT_REPR_MAX];
            cr_assert_neq(q, VAL_ERR);
            float_repr(val_as_float(q), buf);
            cr_assert_str_eq(buf, c->truediv, "%s / %s", c->a, c->b);
        }
        /* normalisation: a - a is the small 0 */
        cr_assert_eq(int_binop(vm, a, a, BINOP_SUB), val_from_small_int(0));
    }
}

Test(int, pow_with_modulus)
{
    for (size_t i = 0; i < COUNT(powmod_cases); i++) {
        const PowModCase *c = &powmod_cases[i];
        Value r = int_pow3(vm, D(c->base), D(c->exp), D(c->mod));
        if (strcmp(c->result, "ValueError") == 0) {
            cr_assert_str_eq(error_message(&exc_ValueError),
                             "base is not invertible for the given modulus");
        } else {
            cr_assert_neq(r, VAL_ERR);
            cr_assert_str_eq(S(r, 10), c->result);
        }
    }
    cr_assert_eq(int_pow3(vm, val_from_small_int(2), val_from_small_int(3), val_from_small_int(0)),
                 VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError), "pow() 3rd argument cannot be 0");
}

Test(int, errors)
{
    Value one = val_from_small_int(1), zero = val_from_small_int(0);
    cr_assert_eq(int_binop(vm, one, zero, BINOP_FLOORDIV), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError), "integer division or modulo by zero");
    cr_assert_eq(int_binop(vm, one, zero, BINOP_MOD), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError), "integer modulo by zero");
    cr_assert_eq(int_binop(vm, one, zero, BINOP_TRUEDIV), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError), "division by zero");
    cr_assert_eq(int_binop(vm, zero, val_from_small_int(-1), BINOP_POW), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError),
                     "0.0 cannot be raised to a negative power");
    cr_assert_eq(int_binop(vm, one, val_from_small_int(-1), BINOP_LSHIFT), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError), "negative shift count");
    cr_assert_eq(int_from_double(vm, NAN), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError), "cannot convert float NaN to integer");
    cr_assert_eq(int_from_double(vm, -INFINITY), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_OverflowError), "cannot convert float infinity to integer");
    double d;
    cr_assert(!int_to_double(vm,
                             D("1"
                               "000000000000000000000000000000000000000000000000000000000"
                               "0000000000000000000000000000000000000000000000000000000000"
                               "0000000000000000000000000000000000000000000000000000000000"
                               "0000000000000000000000000000000000000000000000000000000000"
                               "0000000000000000000000000000000000000000000000000000000000"
                               "00000000000000000000000000000000000000000000000000000000000"),
                             &d));
    cr_assert_str_eq(error_message(&exc_OverflowError), "int too large to convert to float");
}

Test(int, small_and_big_boundaries)
{
    Value max = val_from_small_int(SMALL_INT_MAX), min = val_from_small_int(SMALL_INT_MIN);
    Value above = int_binop(vm, max, val_from_small_int(1), BINOP_ADD);
    cr_assert(IS_BIGINT(above));
    cr_assert_str_eq(S(above, 10), "140737488355328");
    cr_assert_eq(int_binop(vm, above, val_from_small_int(1), BINOP_SUB), max);
    Value below = int_binop(vm, min, val_from_small_int(1), BINOP_SUB);
    cr_assert(IS_BIGINT(below));
    cr_assert_eq(int_negate(vm, int_negate(vm, min)), min);
    cr_assert_eq(int_cmp(int_binop(vm, min, val_from_small_int(-1), BINOP_FLOORDIV), above), 0);
    int64_t x;
    cr_assert(int_to_i64(int_from_i64(vm, INT64_MIN), &x) && x == INT64_MIN);
    cr_assert(int_to_i64(int_from_u64(vm, INT64_MAX), &x) && x == INT64_MAX);
    cr_assert(!int_to_i64(int_from_u64(vm, UINT64_MAX), &x));
    /* exact comparison with doubles around 2**53 and 2**64 */
    Value p53 = D("9007199254740993");
    cr_assert_eq(int_cmp_double(p53, 9007199254740992.0), 1);
    cr_assert_eq(int_cmp_double(D("18446744073709551616"), 18446744073709551616.0), 0);
    cr_assert_eq(int_cmp_double(D("-18446744073709551617"), -18446744073709551616.0), -1);
    cr_assert_eq(int_cmp_double(D("100000000000000000000000"), 1e23), 1);
    cr_assert_eq(int_hash(val_from_small_int(-1)), -2);
    cr_assert_eq(int_hash(D("2305843009213693951")), 0);
}

Test(int, memory_is_charged_and_returned)
{
    gc_collect(vm);
    size_t before = vm->mem.live_bytes;
    Value big = D("1234567890123456789012345678901234567890123456789012345678901234567890");
    cr_assert(IS_BIGINT(big));
    size_t charged = (size_t)AS_BIGINT(big)->n.alloc * sizeof(mp_digit);
    cr_assert_geq(vm->mem.live_bytes, before + charged);
    big = VAL_UNDEF;
    gc_collect(vm);
    cr_assert_eq(vm->mem.live_bytes, before);
}

Test(int, huge_results_fail_at_once)
{
    Value two = val_from_small_int(2);
    cr_assert_eq(int_binop(vm, two, D("1000000000000"), BINOP_POW), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_MemoryError));
    vm_clear_exc(vm);
    cr_assert_eq(int_binop(vm, two, D("100000000000000000000"), BINOP_LSHIFT), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_OverflowError), "too many digits in integer");
    /* under a memory limit, a result that cannot fit is refused before computing */
    vm->mem.max_bytes = vm->mem.live_bytes + 100000;
    cr_assert_eq(int_binop(vm, val_from_small_int(10), val_from_small_int(1000000), BINOP_POW),
                 VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_MemoryError));
    vm_clear_exc(vm);
    mem_clear_failure(&vm->mem);
    vm->mem.max_bytes = 0;
    /* 0, 1 and -1 to a huge power are fine */
    Value huge = D("100000000000000000000000000001");
    cr_assert_eq(int_binop(vm, val_from_small_int(-1), huge, BINOP_POW), val_from_small_int(-1));
    cr_assert_eq(int_binop(vm, val_from_small_int(1), huge, BINOP_POW), val_from_small_int(1));
}
