/* exception.h — the built-in exception types and exception objects. exception.c. */
#ifndef GARTER_EXCEPTION_H
#define GARTER_EXCEPTION_H

#include "vm.h"

#define EXC(name, base) extern const TypeObj exc_##name;
#include "exceptions.def"
#undef EXC

/* A new exception of `type` with the args tuple `args` (VAL_UNDEF: no args). */
Value exc_new(VM *vm, const TypeObj *type, Value args);
/* str(exc) as CPython: '' / the single arg's str / the args tuple's repr; KeyError uses repr. */
Value exc_str(VM *vm, Value exc);
/* Add a traceback entry for a frame the exception passes through. */
bool exc_add_traceback(VM *vm, Value exc, CodeObj *code, uint32_t ip);

#endif
