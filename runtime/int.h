/* int.h — int (small inline, libtommath beyond) and bool. Implemented in int.c (arithmetic) and
 * int_methods.c (text conversion, constructors, methods, the type objects).
 * libtommath allocates digits with the C allocator (the Debian build cannot be redirected), so
 * int.c charges every mp_int's digit storage to vm->mem explicitly (mem accounting stays exact,
 * the limit is enforced), and checks result sizes before large operations (pow, shifts, repeat). */
#ifndef GARTER_INT_H
#define GARTER_INT_H

#include "vm.h"

extern const TypeObj type_int;
extern const TypeObj type_bool;

/* CPython's limit on int<->decimal str conversions (sys.int_info.default_max_str_digits). */
#define INT_MAX_STR_DIGITS 4300

Value int_from_i64(VM *vm, int64_t i);
Value int_from_u64(VM *vm, uint64_t u);
/* int(d) for a finite double (truncates); ValueError/OverflowError for nan/inf as CPython. */
Value int_from_double(VM *vm, double d);
/* Parse digits as int(text, base) does (base 0 = literal rules: prefixes, no leading zeros),
 * including whitespace, sign, underscores, and the 4300-digit limit. Raises CPython's
 * "invalid literal for int() with base 10: 'x'" on failure. */
Value int_from_text(VM *vm, const char *text, size_t len, int base);
/* Exact value to int64_t; false (no exception) when it does not fit. */
bool int_to_i64(Value v, int64_t *out);
/* To double, raising OverflowError "int too large to convert to float" when it does not fit. */
bool int_to_double(VM *vm, Value v, double *out);
/* str(v) in base 10 (honouring the 4300-digit limit) or repr-style with prefix for 2/8/16
 * (bin/oct/hex: "0b101", "-0x1f"). */
Value int_to_str(VM *vm, Value v, int base);
/* Python hash of an int (modulo 2^61 - 1, -1 maps to -2), equal to hash(float(v)) when exact. */
int64_t int_hash(Value v);
/* Three-way compare of two ints: -1, 0, 1. */
int int_cmp(Value a, Value b);
/* Compare an int with a double exactly (CPython semantics, NaN handled by the caller). */
int int_cmp_double(Value a, double b);
int int_sign(Value v);
/* Arithmetic on ints (both operands int or bool); VAL_ERR on error (ZeroDivisionError...). */
Value int_binop(VM *vm, Value a, Value b, BinOp op);
/* pow(a, b, mod) with CPython's rules (negative exponents with a modulus: modular inverse). */
Value int_pow3(VM *vm, Value base, Value exp, Value mod);
Value int_negate(VM *vm, Value a);

/* ---- shared with float.c, complex.c and format.c ----------------------------------------- */

/* A read-only mp_int over a small int or bool, on the caller's stack (no allocation). */
typedef struct IntView {
    mp_int m;
    mp_digit digits[3];
} IntView;
/* The mp_int of any int or bool: the BigIntObj's own, or `view` filled in. Never write to it. */
const mp_int *int_view(Value v, IntView *view);
/* The value of a small int or bool. */
int64_t int_small_of(Value v);
/* Take ownership of `m` (initialised) and return it as a normalised int; clears `m` on error. */
Value int_from_mp(VM *vm, mp_int *m);
/* Take ownership of `m` as a BigIntObj of `type` (int subclasses keep any value this way). */
Value int_wrap_mp(VM *vm, mp_int *m, const TypeObj *type);
/* Raise the exception for a libtommath error code; returns VAL_ERR. */
Value int_mp_fail(VM *vm, mp_err err);
/* Would an int of `bits` bits fit the memory limit (and libtommath)? Raises MemoryError if not. */
bool int_size_ok(VM *vm, uint64_t bits);
/* Give back a BigIntObj's digits (the type's destroy slot). */
void int_destroy(VM *vm, Obj *self);
/* Number of bits of |v| (0 for 0). */
uint64_t int_bit_length(Value v);
/* Plain int with the value of v (int subclass instances and bools become int). */
Value int_exact(VM *vm, Value v);
Value int_abs(VM *vm, Value v);
Value int_invert(VM *vm, Value v);
/* divmod(a, b) for ints: a tuple (a // b, a % b). */
Value int_divmod(VM *vm, Value a, Value b);
/* round(v, ndigits) for ints v and ndigits (negative ndigits rounds to tens, half to even). */
Value int_round(VM *vm, Value v, Value ndigits);
/* Does `c` (-1, 0, 1 from a three-way comparison) satisfy op? */
static inline bool num_cmp_holds(int c, CmpOp op)
{
    switch (op) {
    case CMP_LT:
        return c < 0;
    case CMP_LE:
        return c <= 0;
    case CMP_EQ:
        return c == 0;
    case CMP_NE:
        return c != 0;
    case CMP_GT:
        return c > 0;
    case CMP_GE:
        return c >= 0;
    }
    return false;
}
/* Is v an int, a bool or an int subclass instance? */
static inline bool int_check(Value v)
{
    return val_is_small_int(v) || val_is_bool(v) || IS_BIGINT(v);
}
/* Digits of |v| in `base` (2..36; lowercase), NUL-terminated, allocated in vm->mem with
 * *len + 1 bytes (free with mem_free). Base 10 honours the 4300-digit limit (ValueError).
 * NULL with an exception pending on failure. */
char *int_digits(VM *vm, Value v, int base, size_t *len);
/* One character of numeric text for int()/float()/complex() parsing, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII sees it: ASCII as is, Unicode whitespace ' ',
 * Unicode decimal digits '0'..'9', any other non-ASCII '?'. With utf8 false (bytes), bytes
 * >= 0x80 are '?'. Advances *pos past the character. */
char num_text_char(const char *text, size_t len, size_t *pos, bool utf8);

#endif
