/* match.h — the runtime side of the match statement (match.c): CPython 3.11's MATCH_*
 * instructions. */
#ifndef GARTER_MATCH_H
#define GARTER_MATCH_H

#include "vm.h"

/* Does a sequence pattern apply (list, tuple, range, ... but not str/bytes/bytearray)? */
bool match_is_sequence(Value subject);
/* Does a mapping pattern apply (dict)? */
bool match_is_mapping(Value subject);
/* The values of `keys` (a tuple) in the mapping, as a tuple, or None if one is missing. */
Value match_keys(VM *vm, Value subject, Value keys);
/* A class pattern: None if subject is not an instance of cls, else the tuple of its `npos`
 * positional attributes (through __match_args__) followed by those named in kwnames. */
Value match_class(VM *vm, Value subject, Value cls, uint32_t npos, Value kwnames);
/* {**rest}: a copy of the mapping without `keys`. */
Value dict_without_keys(VM *vm, Value subject, Value keys);

#endif
