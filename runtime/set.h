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
/* set.update(other) with CPython's algorithm for each kind of operand (set_update_internal): a
 * set or frozenset is merged table to table, a dict adds its keys, a list or tuple its items in
 * order. Iteration order afterwards is CPython's, which SET_UPDATE ({*a, *b} and folded constant
 * displays) needs. Other iterables must be materialized into a list first. */
bool set_update(VM *vm, Value set, Value other);
/* The frozenset constant CPython's compiler makes for a set display of n > 2 constants
 * ({1, 2, 3} compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1): the items inserted in
 * order, then rebuilt from that frozenset's iteration order (merge_consts does this), so that
 * printing the display gives CPython's order. */
Value set_constant_frozenset(VM *vm, const Value *items, size_t n);

#endif
