/* builtins.h — the builtins namespace: a static const table, shared by every VM. builtins.c. */
#ifndef GARTER_BUILTINS_H
#define GARTER_BUILTINS_H

#include "vm.h"

/* Look up a builtin by name (a str); false if there is none. */
bool builtins_lookup(VM *vm, Value name, Value *out);

#endif
