/* float.h — float and complex. Implemented in float.c (and complex.c). */
#ifndef GARTER_FLOAT_H
#define GARTER_FLOAT_H

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
/* round(d, ndigits) with CPython's correctly rounded algorithm. */
double float_round(double d, int64_t ndigits);
/* Python hash of a double (consistent with int_hash for integral values). */
int64_t float_hash(double d);
/* Convert an int/float/bool value to double, raising TypeError "must be real number, not str". */
bool float_coerce(VM *vm, Value v, double *out);
Value complex_new(VM *vm, double real, double imag);

#endif
