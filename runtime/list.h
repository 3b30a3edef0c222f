/* list.h — list. Implemented in list.c (core, methods) and sort.c (stable merge sort). */
#ifndef GARTER_LIST_H
#define GARTER_LIST_H

#include "vm.h"

extern const TypeObj type_list;
extern const TypeObj type_list_iterator;
extern const TypeObj type_list_reverseiterator;

/* An empty list with room for `capacity` items. */
Value list_new(VM *vm, size_t capacity);
Value list_from_array(VM *vm, const Value *items, size_t n);
bool list_append(VM *vm, Value list, Value item);
/* Append n items; `items` may point into the list itself. */
bool list_extend_array(VM *vm, Value list, const Value *items, size_t n);
/* Sort `items` in place, stably, by `keys` (or by the items when keys == NULL) with ops_less;
 * false with an exception pending if a comparison fails (the order is then unspecified). */
bool list_sort_values(VM *vm, Value *items, Value *keys, size_t n, bool reverse);

/* Sort `list` in place by key(item) where key may be a Python function (cont.c). Returns None
 * (or the list itself when the running native is sorted()), VAL_ERR, or VAL_PENDING. */
Value list_sort_keyed(VM *vm, Value list, Value key, bool reverse);

#endif
