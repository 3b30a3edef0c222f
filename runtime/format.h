/* format.h — the format-spec mini-language and %-formatting: format.c, percent.c, format_str.c. */
#ifndef GARTER_FORMAT_H
#define GARTER_FORMAT_H

#include "vm.h"

/* No formatting operation builds a result larger than this (bytes): beyond it MemoryError is
 * raised at once, memory limit or not. */
#define FORMAT_MAX_OUTPUT ((size_t)1 << 31)

/* format(value, spec) for the builtin types (int, bool, float, str, complex; others accept only
 * an empty spec and use str()). spec is a str. */
Value format_value(VM *vm, Value value, Value spec);
/* fmt % args for str (bytes: bytes_percent in bytes.c uses the same engine). */
Value format_percent(VM *vm, Value fmt, Value args);
/* fmt % args for bytes: the bytes result (bytearray % wraps it). %s/%b take bytes-likes,
 * %c an int in range(256) or one byte, %r/%a give ascii(). */
Value format_percent_bytes(VM *vm, const uint8_t *fmt, size_t len, Value args);
/* str.format (mapping VAL_UNDEF) / str.format_map (mapping given): `args` holds the `nargs`
 * positional arguments after self, then one value per name in `kwnames` (the NativeFn layout
 * shifted past self). */
Value format_str_method(VM *vm, Value fmt, const Value *args, int nargs, Value kwnames,
                        Value mapping);
/* Append format(value, spec[0..len)) to `out` (a Buf) without making a str for the spec or the
 * result: str.format and f-strings use it. False with an exception pending on error. */
struct Buf;
bool format_append(struct Buf *out, Value value, const char *spec, size_t len);

#endif
