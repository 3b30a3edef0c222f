/* str_internal.h — what str.c, str_methods.c and str_case.c share; not for other modules. */
#ifndef GARTER_STR_INTERNAL_H
#define GARTER_STR_INTERNAL_H

#include "str.h"

/* A new str of `len` bytes holding `nchars` code points (len <= 1 gives a static singleton). */
Value str_new_counted(VM *vm, const char *utf8, size_t len, size_t nchars);
/* Allocate a str of `len` bytes that will hold `nchars` code points (str_finish must be given
 * the same count): long non-ASCII ones get room for a code point index (str.c). */
StrObj *str_alloc_chars(VM *vm, size_t len, size_t nchars);
/* Byte offset of code point `index` (0 <= index <= nchars), using the index when there is one. */
size_t str_byte_offset(const StrObj *s, size_t index);
/* The empty string (a static singleton). */
Value str_empty_value(void);
/* self itself when it is an exact str, else an exact copy. */
Value str_exact(VM *vm, Value s);

static inline bool str_is_ascii(Value s)
{
    return (AS_STR(s)->hdr.flags & OBJ_ASCII) != 0;
}
static inline bool str_is_exact(Value s)
{
    return val_as_obj(s)->type == &type_str;
}

/* Case mapping and classification methods (str_case.c). */
Value str_m_lower(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_upper(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_swapcase(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_title(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_capitalize(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_casefold(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isalpha(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isalnum(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isdecimal(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isdigit(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isnumeric(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isspace(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_islower(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isupper(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_istitle(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isidentifier(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isprintable(VM *vm, const Value *args, int nargs, Value kwnames);
Value str_m_isascii(VM *vm, const Value *args, int nargs, Value kwnames);

#endif
