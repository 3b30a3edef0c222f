/* format.h — the format-spec mini-language and %-formatting. format.c, percent.c. */
#ifndef GARTER_FORMAT_H
#define GARTER_FORMAT_H

#include "vm.h"

/* format(value, spec) for the builtin types (int, bool, float, str, complex; others accept only
 * an empty spec and use str()). spec is a str. */
Value format_value(VM *vm, Value value, Value spec);
/* fmt % args for str (bytes: bytes_percent in bytes.c uses the same engine). */
Value format_percent(VM *vm, Value fmt, Value args);
/* str.format / str.format_map: args/kwargs as given to the method. */
Value format_str_method(VM *vm, Value fmt, const Value *args, int nargs, Value kwnames,
                        Value mapping);

#endif
