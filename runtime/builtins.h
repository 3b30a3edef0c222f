/* builtins.h — the builtins namespace: a static const table, shared by every VM. builtins.c. */
#ifndef GARTER_BUILTINS_H
#define GARTER_BUILTINS_H

#include "vm.h"

/* Look up a builtin by name (a str); false if there is none. */
bool builtins_lookup(VM *vm, Value name, Value *out);
/* The names of the namespace, one per index from 0 (sorted functions and types first, then the
 * exception classes in exceptions.def order); NULL past the end. */
const char *builtins_name_at(size_t index);

/* The iterator types that are builtins (builtins_iter.c). All are IterObj (object.h):
 *   map:       seq = the function, aux = tuple of the inner iterators;
 *   filter:    seq = the function or None, aux = the inner iterator;
 *   zip:       seq = a native that packs its arguments into a tuple, aux = tuple of the inner
 *              iterators (so map's slow path serves zip too), index = 1 when strict;
 *   enumerate: seq = the inner iterator, aux = the next count (an int); once the inner
 *              iterator turned out to need Python code, seq is a map over it that makes the
 *              pairs (step = 1);
 *   reversed:  seq = the sequence, index = the next position (-1 once exhausted). */
extern const TypeObj type_map, type_filter, type_zip, type_enumerate, type_reversed;
/* iter(callable, sentinel): seq = the callable (None once exhausted), aux = the sentinel. */
extern const TypeObj type_callable_iterator;
Value builtins_callable_iter_new(VM *vm, Value callable, Value sentinel);

/* Slow paths that may run Python code (implemented in cont.c with continuations). Each returns
 * the result, VAL_ERR, or VAL_PENDING (see vm.h). */
/* min()/max() with key= over materialized items (a list or tuple); dflt is VAL_UNDEF if absent. */
Value builtin_minmax_keyed(VM *vm, Value items, Value key, Value dflt, bool is_max);
/* any()/all() over any iterable, stopping at the first decisive item. */
Value builtin_any_all_lazy(VM *vm, Value iterable, bool is_all);
/* next() of a map / filter iterator whose function or inner iterators may run Python code:
 * returns the item, VAL_EXHAUSTED, VAL_ERR or VAL_PENDING. */
Value builtin_map_next_slow(VM *vm, Value it);
Value builtin_filter_next_slow(VM *vm, Value it);

#endif
