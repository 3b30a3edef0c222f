/* test_float.c — float: shortest repr, hash, round(x, n), parsing and format() against CPython's
 * answers (gen_float_cases.py), plus the special cases of float arithmetic. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "buf.h"
#include "exception.h"
#include "floatobj.h"
#include "format.h"
#include "int.h"
#include "ops.h"
#include "str.h"

#include "float_cases.inc"

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

TestSuite(float, .init = setup, .fini = teardown);

static double from_bits(unsigned long long bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static const char *repr_of(double d)
{
    static char buf[FLOAT_REPR_MAX];
    float_repr(d, buf);
    return buf;
}

static const char *error_message(const TypeObj *type)
{
    cr_assert(vm_exc_matches(vm, type), "expected %s", type->name);
    Value msg = exc_str(vm, vm->exc);
    cr_assert_neq(msg, VAL_ERR);
    vm_clear_exc(vm);
    return str_data(msg);
}

Test(float, repr_and_hash)
{
    for (size_t i = 0; i < COUNT(repr_cases); i++) {
        double d = from_bits(repr_cases[i].bits);
        cr_assert_str_eq(repr_of(d), repr_cases[i].repr);
        if (!isnan(d)) cr_assert_eq(float_hash(d), repr_cases[i].hash, "hash(%s)", repr_of(d));
        Value s = float_to_str(vm, d);
        cr_assert_str_eq(str_data(s), repr_cases[i].repr);
    }
}

Test(float, hash_matches_int)
{
    for (int64_t i = -1000; i <= 1000; i += 7)
        cr_assert_eq(float_hash((double)i), int_hash(val_from_small_int(i)));
    Value big = int_from_double(vm, 1e100);
    cr_assert_eq(float_hash(1e100), int_hash(big));
}

Test(float, round_ndigits)
{
    for (size_t i = 0; i < COUNT(round_cases); i++) {
        const RoundCase *c = &round_cases[i];
        double d = from_bits(c->bits);
        double r = float_round(d, c->ndigits);
        if (strcmp(c->result, "OverflowError") == 0) {
            cr_assert(isinf(r) && isfinite(d));
            continue;
        }
        cr_assert_str_eq(repr_of(r), c->result, "round(%s, %d)", repr_of(d), c->ndigits);
    }
    cr_assert_str_eq(repr_of(float_round(2.675, 2)), "2.67");
    cr_assert_str_eq(repr_of(float_round(0.5, 0)), "0.0");
    cr_assert_str_eq(repr_of(float_round(1.5, 0)), "2.0");
    cr_assert_str_eq(repr_of(float_round(-0.5, 0)), "-0.0");
    cr_assert_str_eq(repr_of(float_round(1250.0, -2)), "1200.0");
    cr_assert_str_eq(repr_of(float_round(1350.0, -2)), "1400.0");
    cr_assert(isinf(float_round(1.7976931348623157e308, -308)));
}

Test(float, parse)
{
    for (size_t i = 0; i < COUNT(parse_cases); i++) {
        const ParseCase *c = &parse_cases[i];
        double d;
        bool ok = float_parse(c->text, strlen(c->text), &d);
        if (strcmp(c->repr, "ValueError") == 0) {
            cr_assert(!ok, "float(%s) should fail", c->text);
        } else {
            cr_assert(ok, "float(%s)", c->text);
            cr_assert_str_eq(repr_of(d), c->repr, "float(%s)", c->text);
        }
    }
    Value s = str_from_cstr(vm, "abc");
    cr_assert_eq(float_from_text(vm, "abc", 3, s), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError), "could not convert string to float: 'abc'");
}

Test(float, format_specs)
{
    for (size_t i = 0; i < COUNT(format_cases); i++) {
        const FormatCase *c = &format_cases[i];
        Value spec = str_from_cstr(vm, c->spec);
        Value r = format_value(vm, val_from_float(from_bits(c->bits)), spec);
        if (strncmp(c->result, "ValueError: ", 12) == 0) {
            cr_assert_eq(r, VAL_ERR);
            cr_assert_str_eq(error_message(&exc_ValueError), c->result + 12);
        } else {
            cr_assert_neq(r, VAL_ERR, "format(%s, '%s')", repr_of(from_bits(c->bits)), c->spec);
            cr_assert_str_eq(str_data(r), c->result, "format(%s, '%s')",
                             repr_of(from_bits(c->bits)), c->spec);
        }
    }
}

static Value op(double x, double y, BinOp o)
{
    return float_binop(vm, val_from_float(x), val_from_float(y), o);
}

Test(float, arithmetic_special_cases)
{
    cr_assert_eq(op(1.0, 0.0, BINOP_TRUEDIV), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError), "float division by zero");
    cr_assert_eq(op(1.0, 0.0, BINOP_FLOORDIV), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError), "float floor division by zero");
    cr_assert_eq(op(1.0, 0.0, BINOP_MOD), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError), "float modulo");
    cr_assert_eq(op(0.0, -1.0, BINOP_POW), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ZeroDivisionError),
                     "0.0 cannot be raised to a negative power");
    cr_assert_eq(op(10.0, 400.0, BINOP_POW), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_OverflowError), "(34, 'Numerical result out of range')");
    /* Python's sign rules for // and % */
    cr_assert_str_eq(repr_of(val_as_float(op(-7.5, 2.0, BINOP_FLOORDIV))), "-4.0");
    cr_assert_str_eq(repr_of(val_as_float(op(-7.5, 2.0, BINOP_MOD))), "0.5");
    cr_assert_str_eq(repr_of(val_as_float(op(7.5, -2.0, BINOP_MOD))), "-0.5");
    cr_assert_str_eq(repr_of(val_as_float(op(0.0, -1.0, BINOP_MOD))), "-0.0");
    /* a negative base with a fractional exponent gives a complex */
    Value c = op(-8.0, 1.0 / 3.0, BINOP_POW);
    cr_assert(complex_check(c));
    cr_assert_str_eq(str_data(ops_repr(vm, c)), "(1.0000000000000002+1.7320508075688772j)");
    /* mixed with ints: exact comparisons, converted arithmetic */
    Value big = int_from_double(vm, 9007199254740992.0);
    big = int_binop(vm, big, val_from_small_int(1), BINOP_ADD);
    cr_assert_eq(float_compare(vm, big, val_from_float(9007199254740992.0), CMP_GT), VAL_TRUE);
    cr_assert_eq(float_compare(vm, val_from_float(NAN), val_from_small_int(1), CMP_NE), VAL_TRUE);
    cr_assert_eq(float_compare(vm, val_from_float(NAN), val_from_small_int(1), CMP_EQ), VAL_FALSE);
    Value half = float_binop(vm, val_from_small_int(1), val_from_float(2.0), BINOP_TRUEDIV);
    cr_assert_str_eq(repr_of(val_as_float(half)), "0.5");
}
