/* int.h — int (small inline, libtommath beyond) and bool. Implemented in int.c.
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

#endif
