/* tuple.h — tuple. Implemented in tuple.c. */
#ifndef GARTER_TUPLE_H
#define GARTER_TUPLE_H

#include "vm.h"

extern const TypeObj type_tuple;
extern const TypeObj type_tuple_iterator;

/* A tuple of n items, all VAL_NONE; the caller fills items[] before the tuple escapes. */
Value tuple_new(VM *vm, size_t n);
Value tuple_from_array(VM *vm, const Value *items, size_t n);
Value tuple_pack2(VM *vm, Value a, Value b);
/* The empty tuple (a static singleton). */
Value tuple_empty(void);

#endif
