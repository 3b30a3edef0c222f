/* dict.h — dict (compact, ordered) and its views. Implemented in dict.c / dict_methods.c.
 * Lookups hash and compare with ops_hash/ops_equal (strs compare by identity first). */
#ifndef GARTER_DICT_H
#define GARTER_DICT_H

#include "vm.h"

extern const TypeObj type_dict;
extern const TypeObj type_dict_keys, type_dict_values, type_dict_items;
extern const TypeObj type_dict_keyiterator, type_dict_valueiterator, type_dict_itemiterator;
extern const TypeObj type_dict_reversekeyiterator, type_dict_reversevalueiterator,
    type_dict_reverseitemiterator;

Value dict_new(VM *vm);
/* 1 found (*out set), 0 absent, -1 error (unhashable key...). */
int dict_get(VM *vm, Value dict, Value key, Value *out);
/* Lookup by a str key (identifiers); never fails. */
bool dict_get_str(VM *vm, Value dict, Value key, Value *out);
/* The entry position of a str key in AS_DICT(dict)->entries, or -1 when absent; never fails.
 * For inline caches: the position stays valid while AS_DICT(dict)->version is unchanged. */
int64_t dict_find_str(VM *vm, Value dict, Value key);
bool dict_set(VM *vm, Value dict, Value key, Value value);
/* 1 deleted, 0 absent, -1 error. */
int dict_del(VM *vm, Value dict, Value key);
/* Iterate: start with *pos = 0; returns false at the end. */
bool dict_next(Value dict, size_t *pos, Value *key, Value *value);
static inline size_t dict_len(Value dict)
{
    return AS_DICT(dict)->nlive;
}
/* d.update(other) for a dict or an iterable of pairs already materialized. */
bool dict_update(VM *vm, Value dict, Value other);

#endif
