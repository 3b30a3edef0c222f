/* floatobj.h — float and complex (named so it cannot shadow the C library's <float.h>). Implemented
 * in float.c (type, parsing, arithmetic), float_format.c (repr and PyOS_double_to_string),
 * float_ryu.c (shortest digits) and complex.c. */
#ifndef GARTER_FLOAT_H
#define GARTER_FLOAT_H

#include <float.h>

#include "vm.h"

extern const TypeObj type_float;
extern const TypeObj type_complex;

/* repr(d) exactly as CPython: the shortest string that round-trips, with CPython's choice of
 * fixed or exponent notation ("1e+16", "1e-05", "0.1", "inf", "nan", "-0.0"). `buf` must hold
 * at least FLOAT_REPR_MAX bytes; returns the length. */
#define FLOAT_REPR_MAX 32
size_t float_repr(double d, char *buf);
/* Parse a float as float(str) does (whitespace, underscores per PEP 515, inf/nan, sign);
 * false when the text is not a float. */
bool float_parse(const char *text, size_t len, double *out);
/* round(d, ndigits) with CPython's correctly rounded algorithm. An overflow gives inf from a
 * finite d: the caller raises OverflowError "rounded value too large to represent". */
double float_round(double d, int64_t ndigits);
/* Python hash of a double (consistent with int_hash for integral values). */
int64_t float_hash(double d);
/* Convert an int/float/bool value to double, raising TypeError "must be real number, not str". */
bool float_coerce(VM *vm, Value v, double *out);
Value complex_new(VM *vm, double real, double imag);

/* ---- shared with int.c, complex.c, format.c and percent.c ---------------------------------- */

/* The numeric binary operation when at least one side is a float or complex and the other an
 * int, bool, float or complex: the binop slot of float and complex (int's slot delegates mixed
 * operands here). VAL_NOTIMPL for any other operand. */
Value float_binop(VM *vm, Value a, Value b, BinOp op);
/* Likewise for comparisons (complex supports == and != only). */
Value float_compare(VM *vm, Value a, Value b, CmpOp op);
/* x ** y as CPython: ZeroDivisionError for 0.0 ** negative, OverflowError on overflow, and a
 * complex result for a negative base with a non-integer exponent. */
Value float_pow(VM *vm, double x, double y);
/* divmod(a, b) where a and b are int/bool/float and at least one is a float. */
Value float_divmod(VM *vm, Value a, Value b);
/* Is v a float? */
static inline bool float_check(Value v)
{
    return val_is_float(v);
}

/* Flags of float_format, as CPython's Py_DTSF_*. */
enum FloatFormatFlags {
    FLOAT_FMT_SIGN = 1 << 0,      /* always add a sign ('+' for non-negative) */
    FLOAT_FMT_ADD_DOT_0 = 1 << 1, /* "1.0" rather than "1" when the result looks integral */
    FLOAT_FMT_ALT = 1 << 2,       /* '#': keep trailing zeros and the decimal point */
    FLOAT_FMT_NO_NEG_0 = 1 << 3,  /* 'z': a result that rounds to zero has no '-' */
};
/* Format d as CPython's PyOS_double_to_string(d, type, precision, flags): `type` is one of
 * 'e' 'E' 'f' 'F' 'g' 'G' 'r' (repr: shortest round-trip, precision ignored). Appends to `out`
 * (a Buf, buf.h); an over-large precision marks the buffer failed (MemoryError on finish). */
struct Buf;
void float_format(struct Buf *out, double d, char type, int64_t precision, int flags);
/* The shortest digits that read back as d (finite; the sign is ignored), nearest d among those,
 * as CPython's dtoa mode 0 (float_ryu.c): writes at most 17 digits (no trailing zeros; "0" for
 * zero), sets *decpt so that |d| ~ 0.DIGITS * 10**decpt, returns the digit count. */
int float_shortest_digits(double d, char *digits, int *decpt);
/* repr(d) as a str value. */
Value float_to_str(VM *vm, double d);
/* Parse text as float() does, raising ValueError "could not convert string to float: ..." with
 * the repr of `orig` (the str or bytes the text came from). */
Value float_from_text(VM *vm, const char *text, size_t len, Value orig);

/* Scan [sign](inf|infinity|nan|decimal) at text[*pos] (no whitespace), as float() reads it
 * (Unicode digits when utf8, PEP 515 underscores); on success advance *pos past it. */
bool float_scan(const char *text, size_t len, size_t *pos, bool utf8, double *out);

/* complex.c */
Value complex_binop(VM *vm, Value a, Value b, BinOp op);
Value complex_compare(VM *vm, Value a, Value b, CmpOp op);
/* (ar + ai j) ** (br + bi j) with CPython's rules and errors. */
Value complex_pow(VM *vm, double ar, double ai, double br, double bi);
/* abs(z): OverflowError "absolute value too large" when it overflows. */
Value complex_abs(VM *vm, Value z);
static inline bool complex_check(Value v)
{
    return val_is_kind(v, OBJ_COMPLEX);
}

#endif
