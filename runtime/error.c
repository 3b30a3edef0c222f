/* error.c — raising exceptions from C (vm.h's error API). */
#include <stdio.h>

#include "exception.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* Make `exc` the propagating exception, chaining the one being handled as its __context__ (as
 * CPython's _PyErr_SetObject, which also breaks any cycle this would create). */
static void set_propagating(VM *vm, Value exc)
{
    Value handled = vm->handled;
    if (handled != VAL_NONE && handled != VAL_UNDEF && handled != exc && IS_EXCEPTION(exc)) {
        /* Cut a cycle: if exc already appears in handled's context chain, unlink it there. */
        Value o = handled;
        while (IS_EXCEPTION(o)) {
            Value ctx = AS_EXCEPTION(o)->context;
            if (ctx == exc) {
                AS_EXCEPTION(o)->context = VAL_NONE;
                break;
            }
            o = ctx;
        }
        AS_EXCEPTION(exc)->context = handled;
    }
    vm->exc = exc;
}

Value vm_raise_value(VM *vm, Value exc)
{
    if (IS_TYPE(exc)) {
        exc = exc_new(vm, AS_TYPE(exc), VAL_UNDEF);
        if (exc == VAL_ERR) return VAL_ERR;
    }
    set_propagating(vm, exc);
    return VAL_ERR;
}

Value vm_raise_arg(VM *vm, const TypeObj *type, Value arg)
{
    Value args = tuple_from_array(vm, &arg, 1);
    if (args == VAL_ERR) return VAL_ERR;
    Value exc = exc_new(vm, type, args);
    if (exc == VAL_ERR) return VAL_ERR;
    set_propagating(vm, exc);
    return VAL_ERR;
}

Value vm_raisev(VM *vm, const TypeObj *type, const char *fmt, va_list ap)
{
    char small[256];
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    Value msg;
    if (n < 0) {
        msg = str_from_cstr(vm, fmt);
    } else if ((size_t)n < sizeof small) {
        msg = str_new(vm, small, (size_t)n);
    } else {
        char *big = mem_alloc(&vm->mem, (size_t)n + 1);
        if (!big) return vm_raise_nomem(vm);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        msg = str_new(vm, big, (size_t)n);
        mem_free(&vm->mem, big, (size_t)n + 1);
    }
    if (msg == VAL_ERR) return VAL_ERR;
    return vm_raise_arg(vm, type, msg);
}

Value vm_raise(VM *vm, const TypeObj *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value r = vm_raisev(vm, type, fmt, ap);
    va_end(ap);
    return r;
}

Value vm_raise_nomem(VM *vm)
{
    /* Allocating here could fail again (and recurse): raise the MemoryError instance made when
     * the VM was created. A limit stop (issue 4) is recorded in mem->failed for the loop. */
    mem_clear_failure(&vm->mem);
    Value exc = vm->roots[VM_ROOT_MEMORY_ERROR];
    if (IS_EXCEPTION(exc)) {
        AS_EXCEPTION(exc)->traceback = VAL_NONE;
        AS_EXCEPTION(exc)->context = VAL_NONE;
        AS_EXCEPTION(exc)->cause = VAL_NONE;
    }
    vm->exc = exc;
    return VAL_ERR;
}

bool vm_exc_matches(VM *vm, const TypeObj *type)
{
    if (vm->exc == VAL_UNDEF) return false;
    if (IS_TYPE(vm->exc)) return ops_issubclass(AS_TYPE(vm->exc), type);
    return ops_isinstance(vm->exc, type);
}

void vm_clear_exc(VM *vm)
{
    vm->exc = VAL_UNDEF;
}
