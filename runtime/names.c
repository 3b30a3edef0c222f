/* names.c — interned str values for C string literals (dunder names and the like), cached per
 * VM by the literal's address so that hot lookups (a class's __init__, __add__...) neither
 * allocate nor hash. The strs stay alive through vm->interned. */
#include <string.h>

#include "str.h"
#include "vm.h"

Value vm_name(VM *vm, const char *literal)
{
    size_t mask = VM_NAME_CACHE - 1;
    size_t i = ((uintptr_t)literal >> 3) & mask;
    for (size_t probes = 0; probes < VM_NAME_CACHE; probes++, i = (i + 1) & mask) {
        if (vm->name_keys[i] == literal) return vm->name_values[i];
        if (vm->name_keys[i] == NULL) {
            Value v = str_intern_cstr(vm, literal);
            if (v == VAL_ERR) return VAL_ERR;
            vm->name_keys[i] = literal;
            vm->name_values[i] = v;
            return v;
        }
    }
    return str_intern_cstr(vm, literal); /* the cache is full: still correct, just slower */
}
