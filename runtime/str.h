/* str.h — str objects. Implemented in str.c (core: creation, hashing, comparison, indexing) and
 * str_methods.c (the methods). Text is UTF-8; len and indices count code points. */
#ifndef GARTER_STR_H
#define GARTER_STR_H

#include "vm.h"

extern const TypeObj type_str;
extern const TypeObj type_str_iterator;

/* A new str from valid UTF-8 (the caller guarantees validity). VAL_ERR on allocation failure. */
Value str_new(VM *vm, const char *utf8, size_t len);
Value str_from_cstr(VM *vm, const char *s);
/* Validate UTF-8 first; raises UnicodeDecodeError as CPython's bytes.decode('utf-8'). */
Value str_from_utf8_checked(VM *vm, const char *data, size_t len);
/* The VM's unique copy of an equal string (for identifiers, attribute names, dict keys). */
Value str_intern(VM *vm, Value s);
Value str_intern_cstr(VM *vm, const char *s);
/* Allocate an uninitialised str of `len` bytes and `nchars` code points; fill data then call
 * str_finish (which sets the ASCII flag). */
StrObj *str_alloc(VM *vm, size_t len);
Value str_finish(StrObj *s, size_t nchars);

int64_t str_hash(VM *vm, StrObj *s);
bool str_equal(Value a, Value b); /* both str */
/* Compare with a C string (for names). */
bool str_eq_cstr(Value s, const char *c);
int str_cmp(Value a, Value b); /* code point order: -1, 0, 1 */
Value str_concat(VM *vm, Value a, Value b);
/* repr(s) with CPython's quote choice and escapes; `ascii_only` escapes non-ASCII (ascii()). */
Value str_repr(VM *vm, Value s, bool ascii_only);
static inline const char *str_data(Value s) { return AS_STR(s)->data; }
static inline size_t str_len(Value s) { return AS_STR(s)->len; }

#endif
