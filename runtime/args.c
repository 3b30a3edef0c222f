/* args.c — argument checking for native functions, with CPython's messages. */
#include <string.h>

#include "exception.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

bool args_no_kw(VM *vm, const char *fname, Value kwnames)
{
    if (kwnames == VAL_UNDEF || AS_TUPLE(kwnames)->len == 0) return true;
    vm_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool args_count(VM *vm, const char *fname, int nargs, int min, int max)
{
    if (nargs >= min && nargs <= max) return true;
    if (min == max) {
        if (min == 0)
            vm_raise(vm, &exc_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
        else if (min == 1)
            vm_raise(vm, &exc_TypeError, "%s() takes exactly one argument (%d given)", fname,
                     nargs);
        else
            vm_raise(vm, &exc_TypeError, "%s expected %d arguments, got %d", fname, min, nargs);
    } else if (nargs < min) {
        vm_raise(vm, &exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                 min == 1 ? "" : "s", nargs);
    } else {
        vm_raise(vm, &exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                 max == 1 ? "" : "s", nargs);
    }
    return false;
}

static int param_index(const char *const *names, int nparams, Value key)
{
    for (int i = 0; i < nparams; i++)
        if (str_eq_cstr(key, names[i])) return i;
    return -1;
}

bool args_parse(VM *vm, const char *fname, const Value *args, int nargs, Value kwnames,
                const char *const *names, int nparams, int nrequired, int npositional_only,
                Value *out)
{
    if (nargs > nparams) {
        vm_raise(vm, &exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, nparams,
                 nparams == 1 ? "" : "s", nargs);
        return false;
    }
    for (int i = 0; i < nparams; i++) out[i] = i < nargs ? args[i] : VAL_UNDEF;
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    for (size_t k = 0; k < nkw; k++) {
        Value key = AS_TUPLE(kwnames)->items[k];
        int idx = param_index(names, nparams, key);
        if (idx < 0 || idx < npositional_only) {
            vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     str_data(key), fname);
            return false;
        }
        if (out[idx] != VAL_UNDEF) {
            vm_raise(vm, &exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                     fname, names[idx], idx + 1);
            return false;
        }
        out[idx] = args[nargs + k];
    }
    for (int i = 0; i < nrequired; i++)
        if (out[i] == VAL_UNDEF) {
            vm_raise(vm, &exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                     names[i], i + 1);
            return false;
        }
    return true;
}
