/* builtins.h — the builtins namespace: a static const table, shared by every VM. builtins.c. */
#ifndef GARTER_BUILTINS_H
#define GARTER_BUILTINS_H

#include "vm.h"

/* Look up a builtin by name (a str); false if there is none. */
bool builtins_lookup(VM *vm, Value name, Value *out);

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
