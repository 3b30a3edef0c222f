/* set.h — set and frozenset, CPython's table so iteration order matches. set.c. */
#ifndef GARTER_SET_H
#define GARTER_SET_H

#include "vm.h"

extern const TypeObj type_set;
extern const TypeObj type_frozenset;
extern const TypeObj type_set_iterator;

Value set_new(VM *vm, bool frozen);
bool set_add(VM *vm, Value set, Value item);
int set_contains(VM *vm, Value set, Value item); /* 1, 0, -1 */

#endif
