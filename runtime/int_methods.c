/* int_methods.c — int and bool as script-visible types: conversion to and from text (int(),
 * str(), hex()...), the constructors, the methods and members, and the type objects.
 * Arithmetic lives in int.c.
 *
 * Text conversion works in chunks of as many digits as fit one libtommath digit (18 decimal
 * digits at a time), so a 4300-digit conversion costs a few hundred single-digit divisions.
 */
#include <utf8proc.h>

#include "buf.h"
#include "bytes.h"
#include "exception.h"
#include "floatobj.h"
#include "format.h"
#include "int.h"
#include "class.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

/* ---- reading text ------------------------------------------------------------------------- */

/* Value of a digit character in bases up to 36, or 99. */
static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Decimal value of a Unicode Nd code point, or -1. Nd characters come in runs of ten from 0 to 9
 * (a Unicode stability guarantee), so the value is the distance from the run's start mod 10. */
static int unicode_decimal(int32_t cp)
{
    if (utf8proc_category(cp) != UTF8PROC_CATEGORY_ND) return -1;
    int32_t start = cp;
    while (start > 0 && utf8proc_category(start - 1) == UTF8PROC_CATEGORY_ND) start--;
    return (int)((cp - start) % 10);
}

char num_text_char(const char *text, size_t len, size_t *pos, bool utf8)
{
    unsigned char c = (unsigned char)text[*pos];
    if (c < 0x80 || !utf8) {
        (*pos)++;
        return c < 0x80 ? (char)c : '?';
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + *pos,
                                          (utf8proc_ssize_t)(len - *pos), &cp);
    if (n <= 0) {
        (*pos)++;
        return '?';
    }
    *pos += (size_t)n;
    if (unicode_isspace((uint32_t)cp)) return ' ';
    int d = unicode_decimal(cp);
    return d >= 0 ? (char)('0' + d) : '?';
}

typedef enum ParseStatus { PARSE_OK, PARSE_INVALID, PARSE_FAILED } ParseStatus;

/* digits[0..n) (digit characters and underscores, already validated) in `base` as an int. */
static Value int_from_digits(VM *vm, const char *digits, size_t n, int base, bool neg)
{
    uint64_t acc = 0;
    bool overflow = false;
    for (size_t i = 0; i < n && !overflow; i++) {
        if (digits[i] == '_') continue;
        overflow = __builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
                   __builtin_add_overflow(acc, (uint64_t)digit_value(digits[i]), &acc);
    }
    if (!overflow && acc <= (uint64_t)INT64_MAX)
        return int_from_i64(vm, neg ? -(int64_t)acc : (int64_t)acc);
    /* Chunks of k digits: base**k fits one mp_digit. */
    mp_digit chunk_scale = (mp_digit)base;
    int k = 1;
    while (chunk_scale <= MP_DIGIT_MAX / (mp_digit)base) {
        chunk_scale *= (mp_digit)base;
        k++;
    }
    mp_int r;
    mp_err err = mp_init(&r);
    mp_digit chunk = 0, scale = 1;
    for (size_t i = 0; i < n && err == MP_OKAY; i++) {
        if (digits[i] == '_') continue;
        chunk = chunk * (mp_digit)base + (mp_digit)digit_value(digits[i]);
        scale *= (mp_digit)base;
        if (scale == chunk_scale) {
            err = mp_mul_d(&r, scale, &r);
            if (err == MP_OKAY) err = mp_add_d(&r, chunk, &r);
            chunk = 0;
            scale = 1;
        }
    }
    if (err == MP_OKAY && scale > 1) {
        err = mp_mul_d(&r, scale, &r);
        if (err == MP_OKAY) err = mp_add_d(&r, chunk, &r);
    }
    if (err == MP_OKAY && neg) err = mp_neg(&r, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &r);
}

/* CPython's PyLong_FromString over ASCII text s[0..len) (embedded NULs are invalid). */
static ParseStatus int_parse_ascii(VM *vm, const char *s, size_t len, int base, Value *out)
{
#define PEEK(j) ((j) < len ? s[j] : '\0')
    size_t i = 0;
    while (i < len && is_ascii_space(s[i])) i++;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    bool error_if_nonzero = false;
    char c1 = (char)(PEEK(i + 1) | 0x20);
    if (base == 0) {
        if (PEEK(i) != '0')
            base = 10;
        else if (c1 == 'x')
            base = 16;
        else if (c1 == 'o')
            base = 8;
        else if (c1 == 'b')
            base = 2;
        else {
            base = 10; /* a C-style octal literal is invalid, unless it is zero */
            error_if_nonzero = true;
        }
    }
    if (PEEK(i) == '0' &&
        ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
        i += 2;
        if (PEEK(i) == '_') i++; /* one underscore may follow the prefix */
    }
    if (PEEK(i) == '_') return PARSE_INVALID;
    size_t start = i, ndigits = 0;
    char prev = 0;
    while (i < len && (s[i] == '_' || digit_value(s[i]) < base)) {
        if (s[i] == '_' && prev == '_') return PARSE_INVALID;
        if (s[i] != '_') ndigits++;
        prev = s[i++];
    }
    if (prev == '_') return PARSE_INVALID;
    if (ndigits > INT_MAX_STR_DIGITS && (base & (base - 1)) != 0) {
        vm_raise(vm, &exc_ValueError,
                 "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 INT_MAX_STR_DIGITS, ndigits);
        return PARSE_FAILED;
    }
    size_t digits_end = i;
    while (i < len && is_ascii_space(s[i])) i++;
    if (ndigits == 0 || i != len) return PARSE_INVALID;
    if (error_if_nonzero) {
        for (size_t j = start; j < digits_end; j++)
            if (s[j] != '0' && s[j] != '_') return PARSE_INVALID;
    }
    *out = int_from_digits(vm, s + start, digits_end - start, base, neg);
    return *out == VAL_ERR ? PARSE_FAILED : PARSE_OK;
#undef PEEK
}

/* Parse str (utf8) or bytes text: non-ASCII str text is first mapped to ASCII. */
static ParseStatus int_parse(VM *vm, const char *text, size_t len, int base, bool utf8, Value *out)
{
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++) ascii = (unsigned char)text[i] < 0x80;
    if (ascii || !utf8) return int_parse_ascii(vm, text, len, base, out);
    char *mapped = mem_alloc(&vm->mem, len);
    if (!mapped) {
        vm_raise_nomem(vm);
        return PARSE_FAILED;
    }
    size_t n = 0;
    for (size_t pos = 0; pos < len;) mapped[n++] = num_text_char(text, len, &pos, true);
    ParseStatus st = int_parse_ascii(vm, mapped, n, base, out);
    mem_free(&vm->mem, mapped, len);
    return st;
}

/* "invalid literal for int() with base 10: 'abc'": the repr cut to 200 code points (%.200R). */
static Value int_invalid_literal(VM *vm, Value repr, int base)
{
    if (repr == VAL_ERR) return VAL_ERR;
    const char *r = str_data(repr);
    size_t cut = 0, chars = 0;
    while (cut < str_len(repr) && chars < 200) {
        cut++;
        while (cut < str_len(repr) && ((unsigned char)r[cut] & 0xc0) == 0x80) cut++;
        chars++;
    }
    return vm_raise(vm, &exc_ValueError, "invalid literal for int() with base %d: %.*s", base,
                    (int)cut, r);
}

Value int_from_text(VM *vm, const char *text, size_t len, int base)
{
    Value out;
    ParseStatus st = int_parse(vm, text, len, base, true, &out);
    if (st == PARSE_OK) return out;
    if (st == PARSE_FAILED) return VAL_ERR;
    Value s = str_new(vm, text, len);
    if (s == VAL_ERR) return VAL_ERR;
    return int_invalid_literal(vm, str_repr(vm, s, false), base);
}

static Value int_from_bytes_text(VM *vm, const uint8_t *data, size_t len, int base)
{
    Value out;
    ParseStatus st = int_parse(vm, (const char *)data, len, base, false, &out);
    if (st == PARSE_OK) return out;
    if (st == PARSE_FAILED) return VAL_ERR;
    return int_invalid_literal(vm, bytes_repr(vm, data, len, NULL), base);
}

/* ---- writing text ------------------------------------------------------------------------- */

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static Value int_limit_error(VM *vm)
{
    return vm_raise(vm, &exc_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    INT_MAX_STR_DIGITS);
}

/* Digits of a uint64 into the end of buf (which holds at least 64 chars); returns the start. */
static char *u64_digits(uint64_t x, int base, char *end)
{
    char *p = end;
    do {
        *--p = digit_chars[x % (unsigned)base];
        x /= (unsigned)base;
    } while (x);
    return p;
}

/* Power-of-two bases: read the bits straight from the mp digits. */
static void mp_write_pow2(const mp_int *m, int shift, char *out, size_t len)
{
    for (size_t k = 0; k < len; k++) {
        uint64_t bitpos = (uint64_t)(len - 1 - k) * (uint64_t)shift;
        unsigned value = 0;
        for (int b = shift - 1; b >= 0; b--) {
            uint64_t at = bitpos + (uint64_t)b;
            size_t digit = (size_t)(at / MP_DIGIT_BIT);
            unsigned bit = (unsigned)(at % MP_DIGIT_BIT);
            unsigned set = digit < (size_t)m->used ? (unsigned)((m->dp[digit] >> bit) & 1) : 0;
            value = (value << 1) | set;
        }
        out[k] = digit_chars[value];
    }
}

/* Other bases: repeated division by base**k, collecting k digits per step. */
static char *mp_write_general(VM *vm, const mp_int *m, int base, size_t *len)
{
    mp_digit scale = (mp_digit)base;
    int k = 1;
    while (scale <= MP_DIGIT_MAX / (mp_digit)base) {
        scale *= (mp_digit)base;
        k++;
    }
    size_t nchunks = (size_t)mp_count_bits(m) / (size_t)k + 2, bytes;
    if (!mem_size_mul(nchunks, sizeof(mp_digit), &bytes)) return (void)vm_raise_nomem(vm), NULL;
    mp_digit *chunks = mem_alloc(&vm->mem, bytes);
    if (!chunks) return (void)vm_raise_nomem(vm), NULL;
    mp_int t;
    mp_err err = mp_init_copy(&t, m);
    size_t count = 0;
    if (err == MP_OKAY) t.sign = MP_ZPOS;
    while (err == MP_OKAY && (t.used != 0 || count == 0))
        err = mp_div_d(&t, scale, &t, &chunks[count++]);
    mp_clear(&t);
    char *out = NULL;
    if (err != MP_OKAY) {
        int_mp_fail(vm, err);
    } else {
        char tmp[72];
        char *first = u64_digits((uint64_t)chunks[count - 1], base, tmp + sizeof tmp);
        size_t first_len = (size_t)(tmp + sizeof tmp - first);
        *len = first_len + (count - 1) * (size_t)k;
        out = mem_alloc(&vm->mem, *len + 1);
        if (!out) {
            vm_raise_nomem(vm);
        } else {
            memcpy(out, first, first_len);
            char *p = out + first_len;
            for (size_t c = count - 1; c-- > 0; p += k) {
                mp_digit x = chunks[c];
                for (int d = k - 1; d >= 0; d--) {
                    p[d] = digit_chars[x % (mp_digit)base];
                    x /= (mp_digit)base;
                }
            }
            out[*len] = '\0';
        }
    }
    mem_free(&vm->mem, chunks, bytes);
    return out;
}

char *int_digits(VM *vm, Value v, int base, size_t *len)
{
    IntView view;
    const mp_int *m = int_view(v, &view);
    uint64_t bits = (uint64_t)mp_count_bits(m);
    if (base == 10 && bits > 14000 &&
        (double)(bits - 1) * 0.30102999566398120 >= INT_MAX_STR_DIGITS)
        return (void)int_limit_error(vm), NULL;
    char *out;
    if (bits <= 64) {
        char tmp[72];
        bool neg = m->sign == MP_NEG;
        int64_t x;
        uint64_t mag =
            int_to_i64(v, &x) ? (neg ? 0 - (uint64_t)x : (uint64_t)x) : mp_get_mag_u64(m);
        char *p = u64_digits(mag, base, tmp + sizeof tmp);
        *len = (size_t)(tmp + sizeof tmp - p);
        out = mem_strndup(&vm->mem, p, *len);
        if (!out) vm_raise_nomem(vm);
        return out;
    }
    if ((base & (base - 1)) == 0) {
        int shift = __builtin_ctz((unsigned)base);
        *len = (size_t)((bits + (uint64_t)shift - 1) / (uint64_t)shift);
        out = mem_alloc(&vm->mem, *len + 1);
        if (!out) return (void)vm_raise_nomem(vm), NULL;
        mp_write_pow2(m, shift, out, *len);
        out[*len] = '\0';
        return out;
    }
    out = mp_write_general(vm, m, base, len);
    if (out && base == 10 && *len > INT_MAX_STR_DIGITS) {
        mem_free(&vm->mem, out, *len + 1);
        return (void)int_limit_error(vm), NULL;
    }
    return out;
}

/* Decimal str of a small value without any intermediate allocation. */
static Value int_small_str(VM *vm, int64_t x)
{
    char tmp[32];
    char *p = u64_digits(x < 0 ? 0 - (uint64_t)x : (uint64_t)x, 10, tmp + sizeof tmp);
    if (x < 0) *--p = '-';
    return str_new(vm, p, (size_t)(tmp + sizeof tmp - p));
}

Value int_to_str(VM *vm, Value v, int base)
{
    if (base == 10 && !val_is_obj(v)) return int_small_str(vm, int_small_of(v));
    size_t len;
    char *digits = int_digits(vm, v, base, &len);
    if (!digits) return VAL_ERR;
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    bool neg = int_sign(v) < 0;
    size_t plen = strlen(prefix), total = len + plen + (neg ? 1 : 0);
    StrObj *s = str_alloc(vm, total);
    Value result = VAL_ERR;
    if (s) {
        char *p = s->data;
        if (neg) *p++ = '-';
        memcpy(p, prefix, plen);
        memcpy(p + plen, digits, len);
        s->data[total] = '\0';
        result = str_finish(s, total);
    }
    mem_free(&vm->mem, digits, len + 1);
    return result;
}

/* ---- constructors ------------------------------------------------------------------------- */

/* An instance of an int subclass `type` with the value of int v. */
static Value int_subclass_new(VM *vm, const TypeObj *type, Value v)
{
    if (type == &type_int || v == VAL_ERR) return v;
    IntView view;
    mp_int m;
    if (mp_init_copy(&m, int_view(v, &view)) != MP_OKAY) return vm_raise_nomem(vm);
    return int_wrap_mp(vm, &m, type);
}

static bool int_base_arg(VM *vm, Value base_arg, int *base)
{
    int64_t b;
    if (!ops_index(vm, base_arg, &b)) return false;
    if (b != 0 && (b < 2 || b > 36)) {
        vm_raise(vm, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return false;
    }
    *base = (int)b;
    return true;
}

static Value int_convert(VM *vm, Value x, int base, bool base_given)
{
    if (IS_STR(x)) return int_from_text(vm, str_data(x), str_len(x), base);
    if (IS_BYTES(x)) return int_from_bytes_text(vm, AS_BYTES(x)->data, AS_BYTES(x)->len, base);
    if (IS_BYTEARRAY(x))
        return int_from_bytes_text(vm, AS_BYTEARRAY(x)->data, AS_BYTEARRAY(x)->len, base);
    if (base_given)
        return vm_raise(vm, &exc_TypeError, "int() can't convert non-string with explicit base");
    if (int_check(x)) return int_exact(vm, x);
    if (val_is_float(x)) return int_from_double(vm, val_as_float(x));
    return vm_raise(vm, &exc_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, "
                    "not '%s'",
                    vm_type_name(x));
}

static Value int_construct(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"x", "base"};
    Value a[2];
    if (!args_parse(vm, "int", args, nargs, kwnames, names, 2, 0, 1, a)) return VAL_ERR;
    int base = 10;
    if (a[1] != VAL_UNDEF && !int_base_arg(vm, a[1], &base)) return VAL_ERR;
    if (a[0] == VAL_UNDEF) {
        if (a[1] != VAL_UNDEF) return vm_raise(vm, &exc_TypeError, "int() missing string argument");
        return int_subclass_new(vm, type, val_from_small_int(0));
    }
    return int_subclass_new(vm, type, int_convert(vm, a[0], base, a[1] != VAL_UNDEF));
}

static Value bool_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                            Value kwnames)
{
    (void)type;
    if (!args_no_kw(vm, "bool", kwnames) || !args_count(vm, "bool", nargs, 0, 1)) return VAL_ERR;
    if (nargs == 0) return VAL_FALSE;
    /* A class's __bool__ / __len__ is Python code: its (converted) result is bool()'s. */
    if (class_is_heap_instance(args[0])) return class_truth(vm, args[0]);
    int t = ops_truthy(vm, args[0]);
    return t < 0 ? VAL_ERR : val_from_bool(t);
}

/* ---- methods ------------------------------------------------------------------------------ */

/* A method without arguments; `name` as CPython qualifies it in messages ("int.bit_length"). */
static bool int_no_args(VM *vm, const char *name, int nargs, Value kwnames)
{
    return args_no_kw(vm, name, kwnames) && args_count(vm, name, nargs - 1, 0, 0);
}

static Value int_m_exact(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!int_no_args(vm, "int.conjugate", nargs, kwnames)) return VAL_ERR;
    return int_exact(vm, args[0]);
}

static Value int_m_abs(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!int_no_args(vm, "int.__abs__", nargs, kwnames)) return VAL_ERR;
    return int_abs(vm, args[0]);
}

static Value int_m_float(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!int_no_args(vm, "int.__float__", nargs, kwnames)) return VAL_ERR;
    double d;
    return int_to_double(vm, args[0], &d) ? val_from_float(d) : VAL_ERR;
}

static Value int_m_bit_length(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!int_no_args(vm, "int.bit_length", nargs, kwnames)) return VAL_ERR;
    return int_from_u64(vm, int_bit_length(args[0]));
}

static Value int_m_bit_count(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!int_no_args(vm, "int.bit_count", nargs, kwnames)) return VAL_ERR;
    IntView view;
    const mp_int *m = int_view(args[0], &view);
    uint64_t count = 0;
    for (int i = 0; i < m->used; i++) count += (uint64_t)__builtin_popcountll(m->dp[i]);
    return int_from_u64(vm, count);
}

static Value int_m_as_integer_ratio(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!int_no_args(vm, "int.as_integer_ratio", nargs, kwnames)) return VAL_ERR;
    Value n = int_exact(vm, args[0]);
    if (n == VAL_ERR) return VAL_ERR;
    return tuple_pack2(vm, n, val_from_small_int(1));
}

static Value int_m_round(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__round__", kwnames) || !args_count(vm, "__round__", nargs - 1, 0, 1))
        return VAL_ERR;
    if (nargs == 1) return int_exact(vm, args[0]); /* round(x, None) never gets here */
    if (!int_check(args[1]))
        return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                        vm_type_name(args[1]));
    return int_round(vm, args[0], args[1]);
}

static Value int_m_format(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__format__", kwnames) || !args_count(vm, "__format__", nargs - 1, 1, 1))
        return VAL_ERR;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                        vm_type_name(args[1]));
    return format_value(vm, args[0], args[1]);
}

/* byteorder argument: true for 'little'. */
static bool byteorder_arg(VM *vm, const char *fname, Value v, bool *little)
{
    if (v == VAL_UNDEF) {
        *little = false;
        return true;
    }
    if (!IS_STR(v)) {
        vm_raise(vm, &exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                 vm_type_name(v));
        return false;
    }
    if (str_eq_cstr(v, "little") || str_eq_cstr(v, "big")) {
        *little = str_eq_cstr(v, "little");
        return true;
    }
    vm_raise(vm, &exc_ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

/* Bits needed for v in two's complement (signed) or unsigned. */
static uint64_t int_bits_needed(VM *vm, Value v, bool is_signed, bool *ok)
{
    *ok = true;
    if (!is_signed) return int_bit_length(v);
    if (int_sign(v) >= 0) return int_bit_length(v) + 1;
    Value inv = int_invert(vm, v); /* ~v = -v - 1 >= 0 */
    if (inv == VAL_ERR) {
        *ok = false;
        return 0;
    }
    return int_bit_length(inv) + 1;
}

/* Little-endian two's complement bytes of v (which fits `len` bytes) into out. */
static bool int_fill_bytes(VM *vm, Value v, uint8_t *out, size_t len)
{
    int64_t x;
    if (int_to_i64(v, &x)) {
        for (size_t i = 0; i < len; i++)
            out[i] = i < 8 ? (uint8_t)((uint64_t)x >> (8 * i)) : (x < 0 ? 0xff : 0);
        return true;
    }
    IntView view;
    mp_int m, wrap;
    mp_err err = mp_init_multi(&m, &wrap, NULL);
    if (err == MP_OKAY) err = mp_copy(int_view(v, &view), &m);
    if (err == MP_OKAY && m.sign == MP_NEG) {
        err = mp_2expt(&wrap, (int)(len * 8));
        if (err == MP_OKAY) err = mp_add(&m, &wrap, &m);
    }
    size_t n = err == MP_OKAY ? mp_ubin_size(&m) : 0, written;
    if (err == MP_OKAY) {
        memset(out, 0, len);
        err = mp_to_ubin(&m, out + (len - n), n, &written);
    }
    mp_clear_multi(&m, &wrap, NULL);
    if (err != MP_OKAY) return (void)int_mp_fail(vm, err), false;
    for (size_t i = 0; i < len / 2; i++) { /* big-endian to little-endian */
        uint8_t t = out[i];
        out[i] = out[len - 1 - i];
        out[len - 1 - i] = t;
    }
    return true;
}

static Value int_m_to_bytes(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (nargs - 1 > 2)
        return vm_raise(vm, &exc_TypeError,
                        "to_bytes() takes at most 2 positional arguments (%d given)", nargs - 1);
    if (!args_parse(vm, "to_bytes", args + 1, nargs - 1, kwnames, names, 3, 0, 0, a))
        return VAL_ERR;
    int64_t length = 1;
    bool little, is_signed = false;
    if (a[0] != VAL_UNDEF && !ops_index(vm, a[0], &length)) return VAL_ERR;
    if (length < 0) return vm_raise(vm, &exc_ValueError, "length argument must be non-negative");
    if (!byteorder_arg(vm, "to_bytes", a[1], &little)) return VAL_ERR;
    if (a[2] != VAL_UNDEF) {
        int t = ops_truthy(vm, a[2]);
        if (t < 0) return VAL_ERR;
        is_signed = t;
    }
    Value v = args[0];
    if (!is_signed && int_sign(v) < 0)
        return vm_raise(vm, &exc_OverflowError, "can't convert negative int to unsigned");
    bool ok;
    uint64_t bits = int_bits_needed(vm, v, is_signed, &ok);
    if (!ok) return VAL_ERR;
    if (bits > (uint64_t)length * 8)
        return vm_raise(vm, &exc_OverflowError, "int too big to convert");
    if (!mem_would_fit(&vm->mem, (size_t)length)) return vm_raise_nomem(vm);
    uint8_t *buf = mem_alloc(&vm->mem, (size_t)length);
    if (!buf) return vm_raise_nomem(vm);
    Value result = VAL_ERR;
    if (int_fill_bytes(vm, v, buf, (size_t)length)) {
        for (size_t i = 0; !little && i < (size_t)length / 2; i++) {
            uint8_t t = buf[i];
            buf[i] = buf[length - 1 - i];
            buf[length - 1 - i] = t;
        }
        result = bytes_new(vm, buf, (size_t)length);
    }
    mem_free(&vm->mem, buf, (size_t)length);
    return result;
}

/* The bytes of from_bytes' argument: bytes-likes directly, lists/tuples of ints copied. */
static bool from_bytes_data(VM *vm, Value src, const uint8_t **data, size_t *len, uint8_t **owned)
{
    *owned = NULL;
    if (IS_BYTES(src)) {
        *data = AS_BYTES(src)->data;
        *len = AS_BYTES(src)->len;
        return true;
    }
    if (IS_BYTEARRAY(src)) {
        *data = AS_BYTEARRAY(src)->data;
        *len = AS_BYTEARRAY(src)->len;
        return true;
    }
    if (IS_STR(src)) {
        vm_raise(vm, &exc_TypeError, "cannot convert 'str' object to bytes");
        return false;
    }
    const Value *items = IS_LIST(src) ? AS_LIST(src)->items : AS_TUPLE(src)->items;
    size_t n = IS_LIST(src) ? AS_LIST(src)->len : AS_TUPLE(src)->len;
    uint8_t *buf = mem_alloc(&vm->mem, n);
    if (!buf) return (void)vm_raise_nomem(vm), false;
    for (size_t i = 0; i < n; i++) {
        int64_t b;
        if (!ops_index(vm, items[i], &b) ||
            ((b < 0 || b > 255) &&
             (vm_raise(vm, &exc_ValueError, "bytes must be in range(0, 256)"), true))) {
            mem_free(&vm->mem, buf, n);
            return false;
        }
        buf[i] = (uint8_t)b;
    }
    *data = *owned = buf;
    *len = n;
    return true;
}

static Value int_from_byte_array(VM *vm, const uint8_t *data, size_t len, bool little,
                                 bool is_signed)
{
    mp_int m;
    mp_err err = mp_init(&m);
    uint8_t *be = NULL;
    if (err == MP_OKAY && little && len > 0) {
        be = mem_alloc(&vm->mem, len);
        if (!be) {
            mp_clear(&m);
            return vm_raise_nomem(vm);
        }
        for (size_t i = 0; i < len; i++) be[i] = data[len - 1 - i];
    }
    const uint8_t *msb_first = be ? be : data;
    if (err == MP_OKAY) err = mp_from_ubin(&m, msb_first, len);
    if (err == MP_OKAY && is_signed && len > 0 && (msb_first[0] & 0x80)) {
        mp_int wrap;
        err = mp_init(&wrap);
        if (err == MP_OKAY) err = mp_2expt(&wrap, (int)(len * 8));
        if (err == MP_OKAY) err = mp_sub(&m, &wrap, &m);
        mp_clear(&wrap);
    }
    if (be) mem_free(&vm->mem, be, len);
    if (err != MP_OKAY) {
        mp_clear(&m);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &m);
}

static Value int_m_from_bytes(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (nargs - 1 > 2)
        return vm_raise(vm, &exc_TypeError,
                        "from_bytes() takes at most 2 positional arguments (%d given)", nargs - 1);
    if (!args_parse(vm, "from_bytes", args + 1, nargs - 1, kwnames, names, 3, 1, 0, a))
        return VAL_ERR;
    bool little, is_signed = false;
    if (!byteorder_arg(vm, "from_bytes", a[1], &little)) return VAL_ERR;
    if (a[2] != VAL_UNDEF) {
        int t = ops_truthy(vm, a[2]);
        if (t < 0) return VAL_ERR;
        is_signed = t;
    }
    Value src = a[0];
    if (!IS_BYTES(src) && !IS_BYTEARRAY(src) && !IS_STR(src)) {
        src = vm_materialize(vm, src, args, nargs, kwnames, 1);
        if (src == VAL_ERR || src == VAL_PENDING) return src;
    }
    const uint8_t *data;
    size_t len;
    uint8_t *owned;
    if (!from_bytes_data(vm, src, &data, &len, &owned)) return VAL_ERR;
    Value v = int_from_byte_array(vm, data, len, little, is_signed);
    if (owned) mem_free(&vm->mem, owned, len);
    const TypeObj *cls = AS_TYPE(args[0]);
    if (v == VAL_ERR || cls == &type_int) return v;
    if (cls == &type_bool) return val_from_bool(int_sign(v) != 0);
    return int_subclass_new(vm, cls, v);
}

static const MethodDef int_methods[] = {
    {"conjugate", int_m_exact, 0},
    {"bit_length", int_m_bit_length, 0},
    {"bit_count", int_m_bit_count, 0},
    {"to_bytes", int_m_to_bytes, 0},
    {"from_bytes", int_m_from_bytes, METH_CLASS},
    {"as_integer_ratio", int_m_as_integer_ratio, 0},
    {"__index__", int_m_exact, 0},
    {"__int__", int_m_exact, 0},
    {"__trunc__", int_m_exact, 0},
    {"__floor__", int_m_exact, 0},
    {"__ceil__", int_m_exact, 0},
    {"__float__", int_m_float, 0},
    {"__abs__", int_m_abs, 0},
    {"__round__", int_m_round, 0},
    {"__format__", int_m_format, 0},
    {NULL, NULL, 0},
};

static Value int_get_self(VM *vm, Value self)
{
    return int_exact(vm, self);
}
static Value int_get_zero(VM *vm, Value self)
{
    (void)vm, (void)self;
    return val_from_small_int(0);
}
static Value int_get_one(VM *vm, Value self)
{
    (void)vm, (void)self;
    return val_from_small_int(1);
}

static const MemberDef int_members[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

/* ---- slots -------------------------------------------------------------------------------- */

static Value int_repr_slot(VM *vm, Value self)
{
    return int_to_str(vm, self, 10);
}

static bool int_hash_slot(VM *vm, Value self, int64_t *out)
{
    (void)vm;
    *out = int_hash(self);
    return true;
}

static Value int_compare_slot(VM *vm, Value a, Value b, CmpOp op)
{
    if (int_check(a) && int_check(b)) return val_from_bool(num_cmp_holds(int_cmp(a, b), op));
    return float_compare(vm, a, b, op);
}

static Value int_binop_slot(VM *vm, Value a, Value b, BinOp op)
{
    if (int_check(a) && int_check(b)) return int_binop(vm, a, b, op);
    return float_binop(vm, a, b, op);
}

static Value int_unary_slot(VM *vm, Value a, UnaryOp op)
{
    switch (op) {
    case UNARY_NEG:
        return int_negate(vm, a);
    case UNARY_POS:
        return int_exact(vm, a);
    case UNARY_INVERT:
        return int_invert(vm, a);
    }
    return VAL_NOTIMPL;
}

static int int_truth_slot(VM *vm, Value self)
{
    (void)vm;
    return int_sign(self) != 0;
}

const TypeObj type_int = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "int",
    .base = &type_object,
    .layout = OBJ_BIGINT,
    .tflags = TYPE_BASETYPE,
    .methods = int_methods,
    .members = int_members,
    .construct = int_construct,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .compare = int_compare_slot,
    .binop = int_binop_slot,
    .unary = int_unary_slot,
    .truth = int_truth_slot,
    .destroy = int_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

static Value bool_repr_slot(VM *vm, Value self)
{
    return str_from_cstr(vm, self == VAL_TRUE ? "True" : "False");
}

/* & | ^ of two bools stay bools; everything else is int arithmetic. */
static Value bool_binop_slot(VM *vm, Value a, Value b, BinOp op)
{
    if (val_is_bool(a) && val_is_bool(b)) {
        bool x = a == VAL_TRUE, y = b == VAL_TRUE;
        if (op == BINOP_AND) return val_from_bool(x & y);
        if (op == BINOP_OR) return val_from_bool(x | y);
        if (op == BINOP_XOR) return val_from_bool(x ^ y);
    }
    return int_binop_slot(vm, a, b, op);
}

const TypeObj type_bool = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "bool",
    .base = &type_int,
    .layout = OBJ_BIGINT,
    .construct = bool_construct,
    .repr = bool_repr_slot,
    .hash = int_hash_slot,
    .compare = int_compare_slot,
    .binop = bool_binop_slot,
    .unary = int_unary_slot,
    .truth = int_truth_slot,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
