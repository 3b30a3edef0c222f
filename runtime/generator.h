/* generator.h — generator objects (generator.c). The interpreter loop creates them
 * (RETURN_GENERATOR), suspends them (YIELD_VALUE) and finishes them (return, or an exception
 * leaving the frame); resuming goes through vm_resume_generator (vm.h). */
#ifndef GARTER_GENERATOR_H
#define GARTER_GENERATOR_H

#include "vm.h"

extern const TypeObj type_generator;

/* Make a generator from the running frame `f` (at its RETURN_GENERATOR; `resume_ip` is the next
 * instruction, `sp` one past its top). VAL_ERR on allocation failure. */
Value gen_create(VM *vm, Frame *f, uint32_t resume_ip, uint32_t sp);
/* Save the running generator frame `f` at a yield (sp one past its top, the yielded value
 * already popped). */
void gen_suspend(VM *vm, Frame *f, uint32_t resume_ip, uint32_t sp);
/* The generator of frame `f` finished: with a return value (retval), or by an exception
 * (retval VAL_UNDEF). Its saved slots are released. */
void gen_finish(VM *vm, Value gen, Value retval);
/* next(gen[, default]) for Python callers: StopIteration(value) at the end unless a default is
 * given (VAL_UNDEF: none). Returns the item, VAL_ERR or VAL_PENDING. */
Value gen_next_for_python(VM *vm, Value gen, Value dflt);

#endif
