/* float.c — the float type: parsing, arithmetic (including int/float mixes), comparison with
 * exact int semantics, hashing, rounding, methods. Text output is in float_format.c.
 *
 * Floats are inline Values (value.h). Mixed int/float arithmetic converts the int with
 * int_to_double (OverflowError when it does not fit); comparisons never convert and are exact.
 * Numeric operations where one side is complex are passed to complex.c.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "bytes.h"
#include "exception.h"
#include "floatobj.h"
#include "format.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_INF 314159

/* ---- parsing ----------------------------------------------------------------------------- */

/* Digits kept for strtod: a midpoint between doubles has at most 767 significant digits, so
 * keeping 800 and a sticky nonzero digit for the rest rounds exactly as the full text would. */
#define PARSE_MAX_DIGITS 800
#define PARSE_EXP_CLAMP 100000000

static bool ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A cursor over numeric text with CPython's Unicode mapping (num_text_char) and the PEP 515
 * rule that an underscore must sit between two digits. */
typedef struct NumText {
    const char *text;
    size_t len, pos;
    bool utf8;
    char cur, next; /* mapped characters at pos and after it ('\0' past the end) */
    size_t next_pos;
} NumText;

static void numtext_load(NumText *t)
{
    size_t p = t->pos;
    t->cur = p < t->len ? num_text_char(t->text, t->len, &p, t->utf8) : '\0';
    t->next_pos = p;
    size_t q = p;
    t->next = q < t->len ? num_text_char(t->text, t->len, &q, t->utf8) : '\0';
}

static void numtext_advance(NumText *t)
{
    t->pos = t->next_pos;
    numtext_load(t);
}

/* Read digits with single underscores between them; false on a misplaced underscore. `prev`
 * is the character before (so "1_e5" fails: the underscore is not followed by a digit). */
static bool numtext_digits(NumText *t, void (*emit)(void *ctx, char c), void *ctx, size_t *count)
{
    *count = 0;
    while (ascii_digit(t->cur) || t->cur == '_') {
        if (t->cur == '_') {
            if (*count == 0 || !ascii_digit(t->next)) return false;
        } else {
            emit(ctx, t->cur);
            (*count)++;
        }
        numtext_advance(t);
    }
    return true;
}

typedef struct Mantissa {
    char digits[PARSE_MAX_DIGITS + 2];
    int n;
    bool seen_nonzero, sticky, in_fraction;
    int64_t exp_adjust; /* power of ten to apply for digits dropped or after the point */
} Mantissa;

static void mantissa_emit(void *ctx, char c)
{
    Mantissa *m = ctx;
    if (!m->seen_nonzero && c == '0') {
        if (m->in_fraction) m->exp_adjust--;
        return;
    }
    m->seen_nonzero = true;
    if (m->n < PARSE_MAX_DIGITS) {
        m->digits[m->n++] = c;
        if (m->in_fraction) m->exp_adjust--;
    } else {
        m->sticky |= c != '0';
        if (!m->in_fraction) m->exp_adjust++;
    }
}

typedef struct Exponent {
    int64_t value;
} Exponent;

static void exponent_emit(void *ctx, char c)
{
    Exponent *e = ctx;
    if (e->value < PARSE_EXP_CLAMP) e->value = e->value * 10 + (c - '0');
}

static bool match_word(NumText *t, const char *word)
{
    NumText save = *t;
    for (const char *w = word; *w; w++) {
        if ((t->cur | 0x20) != *w) {
            *t = save;
            return false;
        }
        numtext_advance(t);
    }
    return true;
}

/* The decimal part of a float literal; false if malformed. */
static bool parse_decimal(NumText *t, double *out)
{
    Mantissa m = {.n = 0};
    size_t int_digits, frac_digits = 0;
    if (!numtext_digits(t, mantissa_emit, &m, &int_digits)) return false;
    if (t->cur == '.') {
        numtext_advance(t);
        m.in_fraction = true;
        if (!numtext_digits(t, mantissa_emit, &m, &frac_digits)) return false;
    }
    if (int_digits == 0 && frac_digits == 0) return false;
    int64_t exp = 0;
    if (t->cur == 'e' || t->cur == 'E') {
        numtext_advance(t);
        bool neg = false;
        if (t->cur == '+' || t->cur == '-') {
            neg = t->cur == '-';
            numtext_advance(t);
        }
        Exponent e = {0};
        size_t exp_digits;
        if (!numtext_digits(t, exponent_emit, &e, &exp_digits) || exp_digits == 0) return false;
        exp = neg ? -e.value : e.value;
    }
    if (m.n == 0) {
        *out = 0.0;
        return true;
    }
    if (m.sticky) {
        m.digits[m.n++] = '1';
        m.exp_adjust--;
    }
    char text[PARSE_MAX_DIGITS + 32];
    memcpy(text, m.digits, (size_t)m.n);
    /* No decimal point in the text: strtod's locale dependence never shows. */
    snprintf(text + m.n, sizeof text - (size_t)m.n, "e%lld", (long long)(exp + m.exp_adjust));
    *out = strtod(text, NULL);
    return true;
}

/* [sign] (inf | infinity | nan | decimal) at t's position; false (t unusable) if none. */
static bool numtext_float(NumText *t, double *out)
{
    bool neg = false;
    if (t->cur == '+' || t->cur == '-') {
        neg = t->cur == '-';
        numtext_advance(t);
    }
    double value;
    if (match_word(t, "infinity") || match_word(t, "inf")) {
        value = INFINITY;
    } else if (match_word(t, "nan")) {
        value = NAN;
    } else if (!parse_decimal(t, &value)) {
        return false;
    }
    *out = neg ? -value : value;
    return true;
}

static bool num_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool float_scan(const char *text, size_t len, size_t *pos, bool utf8, double *out)
{
    NumText t = {.text = text, .len = len, .pos = *pos, .utf8 = utf8};
    numtext_load(&t);
    if (!numtext_float(&t, out)) return false;
    *pos = t.pos;
    return true;
}

static bool float_parse_text(const char *text, size_t len, bool utf8, double *out)
{
    NumText t = {.text = text, .len = len, .pos = 0, .utf8 = utf8};
    numtext_load(&t);
    while (num_space(t.cur)) numtext_advance(&t);
    if (!numtext_float(&t, out)) return false;
    while (num_space(t.cur)) numtext_advance(&t);
    return t.pos >= len;
}

bool float_parse(const char *text, size_t len, double *out)
{
    return float_parse_text(text, len, true, out);
}

Value float_from_text(VM *vm, const char *text, size_t len, Value orig)
{
    double d;
    bool utf8 = IS_STR(orig);
    if (float_parse_text(text, len, utf8, &d)) return val_from_float(d);
    Value repr =
        utf8 ? str_repr(vm, orig, false) : bytes_repr(vm, (const uint8_t *)text, len, NULL);
    if (repr == VAL_ERR) return VAL_ERR;
    return vm_raise(vm, &exc_ValueError, "could not convert string to float: %s", str_data(repr));
}

/* ---- hashing ------------------------------------------------------------------------------------
 */

int64_t float_hash(double d)
{
    if (isinf(d)) return d > 0 ? HASH_INF : -HASH_INF;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* CPython's _Py_HashDouble: consume 28 bits of mantissa at a time, modulo 2**61 - 1. */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & HASH_MODULUS) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* ---- arithmetic ----------------------------------------------------------------------------- */

bool float_coerce(VM *vm, Value v, double *out)
{
    if (val_is_float(v)) {
        *out = val_as_float(v);
        return true;
    }
    if (int_check(v)) return int_to_double(vm, v, out);
    vm_raise(vm, &exc_TypeError, "must be real number, not %s", vm_type_name(v));
    return false;
}

static bool is_odd_integer(double d)
{
    return fmod(fabs(d), 2.0) == 1.0;
}

Value float_pow(VM *vm, double x, double y)
{
    if (y == 0) return val_from_float(1.0);
    if (isnan(x)) return val_from_float(x);
    if (isnan(y)) return val_from_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return val_from_float(1.0);
        return val_from_float((y > 0) == (ax > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return val_from_float(odd ? x : fabs(x));
        return val_from_float(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0) {
        if (y < 0)
            return vm_raise(vm, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return val_from_float(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) return complex_pow(vm, x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return val_from_float(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r))
        return vm_raise(vm, &exc_OverflowError, "(%d, 'Numerical result out of range')", ERANGE);
    return val_from_float(negate ? -r : r);
}

/* CPython's float_divmod: floor quotient and modulo with the sign of the divisor. */
static void float_divmod_raw(double x, double y, double *floordiv, double *mod)
{
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *floordiv = fd;
    *mod = m;
}

static double float_mod_raw(double x, double y)
{
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static Value float_arith(VM *vm, double x, double y, BinOp op)
{
    double q, m;
    switch (op) {
    case BINOP_ADD:
        return val_from_float(x + y);
    case BINOP_SUB:
        return val_from_float(x - y);
    case BINOP_MUL:
        return val_from_float(x * y);
    case BINOP_TRUEDIV:
        if (y == 0) return vm_raise(vm, &exc_ZeroDivisionError, "float division by zero");
        return val_from_float(x / y);
    case BINOP_FLOORDIV:
        if (y == 0) return vm_raise(vm, &exc_ZeroDivisionError, "float floor division by zero");
        float_divmod_raw(x, y, &q, &m);
        return val_from_float(q);
    case BINOP_MOD:
        if (y == 0) return vm_raise(vm, &exc_ZeroDivisionError, "float modulo");
        return val_from_float(float_mod_raw(x, y));
    case BINOP_POW:
        return float_pow(vm, x, y);
    default:
        return VAL_NOTIMPL;
    }
}

/* Is v usable as a real operand (int, bool or float)? */
static bool real_check(Value v)
{
    return val_is_float(v) || int_check(v);
}

Value float_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (complex_check(a) || complex_check(b)) return complex_binop(vm, a, b, op);
    if (!real_check(a) || !real_check(b)) return VAL_NOTIMPL;
    if (!val_is_float(a) && !val_is_float(b)) return int_binop(vm, a, b, op);
    switch (op) { /* only these mix with floats: no work (or errors) for the others */
    case BINOP_ADD:
    case BINOP_SUB:
    case BINOP_MUL:
    case BINOP_TRUEDIV:
    case BINOP_FLOORDIV:
    case BINOP_MOD:
    case BINOP_POW:
        break;
    default:
        return VAL_NOTIMPL;
    }
    double x, y;
    if (!float_coerce(vm, a, &x) || !float_coerce(vm, b, &y)) return VAL_ERR;
    return float_arith(vm, x, y, op);
}

Value float_divmod(VM *vm, Value a, Value b)
{
    double x, y, q, m;
    if (!float_coerce(vm, a, &x) || !float_coerce(vm, b, &y)) return VAL_ERR;
    if (y == 0) return vm_raise(vm, &exc_ZeroDivisionError, "float divmod()");
    float_divmod_raw(x, y, &q, &m);
    return tuple_pack2(vm, val_from_float(q), val_from_float(m));
}

Value float_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (complex_check(a) || complex_check(b)) return complex_compare(vm, a, b, op);
    if (!real_check(a) || !real_check(b)) return VAL_NOTIMPL;
    if (val_is_float(a) && val_is_float(b)) {
        double x = val_as_float(a), y = val_as_float(b);
        switch (op) {
        case CMP_LT:
            return val_from_bool(x < y);
        case CMP_LE:
            return val_from_bool(x <= y);
        case CMP_EQ:
            return val_from_bool(x == y);
        case CMP_NE:
            return val_from_bool(x != y);
        case CMP_GT:
            return val_from_bool(x > y);
        case CMP_GE:
            return val_from_bool(x >= y);
        }
    }
    if (!val_is_float(a) && !val_is_float(b))
        return val_from_bool(num_cmp_holds(int_cmp(a, b), op));
    /* One int, one float: exact comparison; NaN is unordered. */
    double f = val_as_float(val_is_float(a) ? a : b);
    if (isnan(f)) return val_from_bool(op == CMP_NE);
    int c = int_cmp_double(val_is_float(a) ? b : a, f);
    if (val_is_float(a)) c = -c;
    return val_from_bool(num_cmp_holds(c, op));
}

/* ---- constructor and methods ---------------------------------------------------------------- */

static Value float_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                             Value kwnames)
{
    (void)type;
    if (!args_no_kw(vm, "float", kwnames) || !args_count(vm, "float", nargs, 0, 1)) return VAL_ERR;
    if (nargs == 0) return val_from_float(0.0);
    Value x = args[0];
    if (val_is_float(x)) return x;
    double d;
    if (int_check(x)) return int_to_double(vm, x, &d) ? val_from_float(d) : VAL_ERR;
    if (IS_STR(x)) return float_from_text(vm, str_data(x), str_len(x), x);
    if (IS_BYTES(x))
        return float_from_text(vm, (const char *)AS_BYTES(x)->data, AS_BYTES(x)->len, x);
    if (IS_BYTEARRAY(x))
        return float_from_text(vm, (const char *)AS_BYTEARRAY(x)->data, AS_BYTEARRAY(x)->len, x);
    return vm_raise(vm, &exc_TypeError,
                    "float() argument must be a string or a real number, not '%s'",
                    vm_type_name(x));
}

static bool no_args(VM *vm, const char *name, int nargs, Value kwnames)
{
    return args_no_kw(vm, name, kwnames) && args_count(vm, name, nargs - 1, 0, 0);
}

static Value float_m_self(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return no_args(vm, "float.conjugate", nargs, kwnames) ? args[0] : VAL_ERR;
}

static Value float_m_is_integer(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "float.is_integer", nargs, kwnames)) return VAL_ERR;
    double d = val_as_float(args[0]);
    return val_from_bool(isfinite(d) && floor(d) == d);
}

static Value float_m_trunc(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "float.__trunc__", nargs, kwnames)) return VAL_ERR;
    return int_from_double(vm, val_as_float(args[0]));
}

static Value float_m_floor(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "float.__floor__", nargs, kwnames)) return VAL_ERR;
    return int_from_double(vm, floor(val_as_float(args[0])));
}

static Value float_m_ceil(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "float.__ceil__", nargs, kwnames)) return VAL_ERR;
    return int_from_double(vm, ceil(val_as_float(args[0])));
}

static Value float_m_abs(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "float.__abs__", nargs, kwnames)) return VAL_ERR;
    return val_from_float(fabs(val_as_float(args[0])));
}

static Value float_m_round(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__round__", kwnames) || !args_count(vm, "__round__", nargs - 1, 0, 1))
        return VAL_ERR;
    double d = val_as_float(args[0]);
    if (nargs == 1 || args[1] == VAL_NONE) {
        double r = round(d);
        if (fabs(d - r) == 0.5) r = 2.0 * round(d / 2.0); /* ties to even */
        return int_from_double(vm, r);
    }
    if (!int_check(args[1]))
        return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                        vm_type_name(args[1]));
    int64_t n;
    if (!int_to_i64(args[1], &n)) n = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    double r = float_round(d, n);
    if (isinf(r) && isfinite(d))
        return vm_raise(vm, &exc_OverflowError, "rounded value too large to represent");
    return val_from_float(r);
}

static Value float_m_as_integer_ratio(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "float.as_integer_ratio", nargs, kwnames)) return VAL_ERR;
    double d = val_as_float(args[0]);
    if (isinf(d))
        return vm_raise(vm, &exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return vm_raise(vm, &exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = int_from_double(vm, m), den = val_from_small_int(1);
    if (num == VAL_ERR) return VAL_ERR;
    Value shift = val_from_small_int(e > 0 ? e : -e);
    if (e > 0)
        num = int_binop(vm, num, shift, BINOP_LSHIFT);
    else
        den = int_binop(vm, den, shift, BINOP_LSHIFT);
    if (num == VAL_ERR || den == VAL_ERR) return VAL_ERR;
    return tuple_pack2(vm, num, den);
}

static Value float_m_hex(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "float.hex", nargs, kwnames)) return VAL_ERR;
    double x = val_as_float(args[0]);
    if (!isfinite(x)) return float_to_str(vm, x);
    if (x == 0) return str_from_cstr(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    /* CPython's float_hex: 1 + 13 hex digits, the exponent of the leading digit. */
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[20];
    int n = 0;
    digits[n++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    digits[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    digits[n] = '\0';
    char out[48];
    snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+',
             e < 0 ? -e : e);
    return str_from_cstr(vm, out);
}

static bool hex_digit(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* float.fromhex: validate CPython's grammar, then let strtod (exact for hex) round. The text
 * handed to strtod has no point ("0xHHHHp<exp>"), so the C locale never matters. */
static Value float_fromhex_text(VM *vm, const char *s, size_t len)
{
    size_t i = 0, end = len;
    while (i < end && num_space(s[i])) i++;
    while (end > i && num_space(s[end - 1])) end--;
    double d;
    if (float_parse_text(s + i, end - i, false, &d) && !isfinite(d)) return val_from_float(d);
    size_t j = i, total = end - i + 32;
    char *text = mem_alloc(&vm->mem, total);
    if (!text) return vm_raise_nomem(vm);
    size_t n = 0, ndigits = 0;
    int64_t exp = 0, frac_digits = 0;
    if (j < end && (s[j] == '+' || s[j] == '-')) {
        if (s[j] == '-') text[n++] = '-';
        j++;
    }
    text[n++] = '0';
    text[n++] = 'x';
    if (j + 1 < end && s[j] == '0' && (s[j + 1] | 0x20) == 'x') j += 2;
    for (bool point = false; j < end; j++) {
        if (s[j] == '.' && !point) {
            point = true;
        } else if (hex_digit(s[j])) {
            text[n++] = s[j];
            ndigits++;
            frac_digits += point;
        } else {
            break;
        }
    }
    bool ok = ndigits > 0;
    if (ok && j < end && (s[j] | 0x20) == 'p') {
        j++;
        bool neg = j < end && s[j] == '-';
        if (j < end && (s[j] == '+' || s[j] == '-')) j++;
        size_t exp_start = j;
        for (; j < end && ascii_digit(s[j]); j++)
            if (exp < PARSE_EXP_CLAMP) exp = exp * 10 + (s[j] - '0');
        ok = j > exp_start;
        if (neg) exp = -exp;
    }
    ok = ok && j == end;
    if (ok) {
        snprintf(text + n, total - n, "p%lld", (long long)(exp - 4 * frac_digits));
        d = strtod(text, NULL);
    }
    mem_free(&vm->mem, text, total);
    if (!ok) return vm_raise(vm, &exc_ValueError, "invalid hexadecimal floating-point string");
    if (isinf(d))
        return vm_raise(vm, &exc_OverflowError,
                        "hexadecimal value too large to represent as a float");
    return val_from_float(d);
}

static Value float_m_fromhex(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "fromhex", kwnames) || !args_count(vm, "fromhex", nargs - 1, 1, 1))
        return VAL_ERR;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &exc_TypeError, "bad argument type for built-in operation");
    return float_fromhex_text(vm, str_data(args[1]), str_len(args[1]));
}

static Value float_m_format(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__format__", kwnames) || !args_count(vm, "__format__", nargs - 1, 1, 1))
        return VAL_ERR;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                        vm_type_name(args[1]));
    return format_value(vm, args[0], args[1]);
}

static const MethodDef float_methods[] = {
    {"conjugate", float_m_self, 0},
    {"is_integer", float_m_is_integer, 0},
    {"as_integer_ratio", float_m_as_integer_ratio, 0},
    {"hex", float_m_hex, 0},
    {"fromhex", float_m_fromhex, METH_CLASS},
    {"__float__", float_m_self, 0},
    {"__int__", float_m_trunc, 0},
    {"__trunc__", float_m_trunc, 0},
    {"__floor__", float_m_floor, 0},
    {"__ceil__", float_m_ceil, 0},
    {"__abs__", float_m_abs, 0},
    {"__round__", float_m_round, 0},
    {"__format__", float_m_format, 0},
    {NULL, NULL, 0},
};

static Value float_get_real(VM *vm, Value self)
{
    (void)vm;
    return self;
}

static Value float_get_imag(VM *vm, Value self)
{
    (void)vm, (void)self;
    return val_from_float(0.0);
}

static const MemberDef float_members[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

/* ---- slots ------------------------------------------------------------------------------------
 */

static Value float_repr_slot(VM *vm, Value self)
{
    return float_to_str(vm, val_as_float(self));
}

static bool float_hash_slot(VM *vm, Value self, int64_t *out)
{
    (void)vm;
    *out = float_hash(val_as_float(self));
    return true;
}

static Value float_unary_slot(VM *vm, Value a, UnaryOp op)
{
    (void)vm;
    double d = val_as_float(a);
    switch (op) {
    case UNARY_NEG:
        return val_from_float(-d);
    case UNARY_POS:
        return a;
    case UNARY_INVERT:
        return VAL_NOTIMPL;
    }
    return VAL_NOTIMPL;
}

static int float_truth_slot(VM *vm, Value self)
{
    (void)vm;
    return val_as_float(self) != 0.0;
}

const TypeObj type_float = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "float",
    .base = &type_object,
    .layout = OBJ_KIND_COUNT, /* floats are inline values: no heap layout */
    .methods = float_methods,
    .members = float_members,
    .construct = float_construct,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .compare = float_compare,
    .binop = float_binop,
    .unary = float_unary_slot,
    .truth = float_truth_slot,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
