/* exception.h — the built-in exception types and exception objects. exception.c.
 *
 * Calling an exception class runs its construct slot: BaseException.__new__ (args = the
 * positional arguments) then the type's own __init__ (keywords such as NameError(name=...),
 * SyntaxError's details tuple, StopIteration.value...). For a class statement's subclass
 * (TYPE_HEAP) construct only does the __new__ part: the VM then calls __init__, which finds
 * BaseException.__init__ (dispatching to the nearest built-in ancestor's initialisation) unless
 * the class overrides it. Per-type attributes (name, obj, msg, filename, lineno, errno...) live
 * in the exception's attribute dict; StopIteration.value and SystemExit.code in `value`. */
#ifndef GARTER_EXCEPTION_H
#define GARTER_EXCEPTION_H

#include "vm.h"

#define EXC(name, base) extern const TypeObj exc_##name;
#include "exceptions.def"
#undef EXC

/* A new exception of `type` with the args tuple `args` (VAL_UNDEF: no args), initialised as
 * `type(*args)` would be (OSError(2, ...) becomes FileNotFoundError, as in CPython). */
Value exc_new(VM *vm, const TypeObj *type, Value args);
/* str(exc) as CPython: '' / the single arg's str / the args tuple's repr; KeyError uses repr. */
Value exc_str(VM *vm, Value exc);
/* Add a traceback entry for a frame the exception passes through: the new entry becomes the
 * head of exc.__traceback__ (the outermost frame comes first, as CPython's tb_next chain). */
bool exc_add_traceback(VM *vm, Value exc, CodeObj *code, uint32_t ip);

/* The context CPython 3.11 records for its "Did you mean" suggestions, on the pending exception
 * (vm->exc), when it is a NameError / AttributeError (subclasses included) that has none yet:
 *   - exc_set_name_context: NameError.name (CPython does this for NameError raised by name
 *     lookups, not for UnboundLocalError);
 *   - exc_set_attribute_context: AttributeError.name and .obj (CPython does this for every
 *     AttributeError coming out of an attribute lookup).
 * Failures to record are ignored (the suggestion is simply not offered). */
void exc_set_name_context(VM *vm, Value name);
void exc_set_attribute_context(VM *vm, Value obj, Value name);

#endif
