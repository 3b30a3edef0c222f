/* bytes.h — bytes and bytearray. Implemented in bytes.c / bytes_methods.c. */
#ifndef GARTER_BYTES_H
#define GARTER_BYTES_H

#include "vm.h"

extern const TypeObj type_bytes;
extern const TypeObj type_bytearray;

Value bytes_new(VM *vm, const uint8_t *data, size_t len);
Value bytearray_new(VM *vm, const uint8_t *data, size_t len);
Value bytes_repr(VM *vm, const uint8_t *data, size_t len, const char *prefix);

#endif
