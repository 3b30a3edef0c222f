/* str.h — str objects. Implemented in str.c (core: creation, hashing, comparison, indexing) and
 * str_methods.c (the methods). Text is UTF-8; len and indices count code points. */
#ifndef GARTER_STR_H
#define GARTER_STR_H

#include "vm.h"

extern const TypeObj type_str;
extern const TypeObj type_str_iterator;
extern const TypeObj type_str_ascii_iterator; /* iter() of an ASCII str, as CPython 3.11 */

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
static inline const char *str_data(Value s)
{
    return AS_STR(s)->data;
}

/* Added by the str module for its users: */

/* A str of one code point (chr()); ASCII ones are static singletons. */
Value str_from_codepoint(VM *vm, uint32_t cp);
/* A str of the `len` bytes at `data`, which lie inside s's data on character boundaries (a
 * substring: slices, split pieces). Returns s itself when that is the whole of an exact str. */
Value str_piece(VM *vm, Value s, const char *data, size_t len);
/* The keyed hash (SipHash-1-3 with vm->hash_key) of a byte string, never -1; str and bytes use
 * it, so equal ASCII str and bytes hash alike. */
int64_t str_hash_bytes(VM *vm, const void *data, size_t len);
/* The methods of str (str_methods.c), for the type object in str.c. */
extern const MethodDef str_methods[];
static inline size_t str_len(Value s)
{
    return AS_STR(s)->len;
}

#endif
