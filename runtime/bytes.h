/* bytes.h — bytes and bytearray. Implemented in bytes.c / bytes_methods.c. */
#ifndef GARTER_BYTES_H
#define GARTER_BYTES_H

#include "vm.h"

extern const TypeObj type_bytes;
extern const TypeObj type_bytearray;
extern const TypeObj type_bytes_iterator;
extern const TypeObj type_bytearray_iterator;

/* A new bytes / bytearray holding a copy of data (data == NULL: `len` zero bytes to fill). */
Value bytes_new(VM *vm, const uint8_t *data, size_t len);
Value bytearray_new(VM *vm, const uint8_t *data, size_t len);
/* b'...' with CPython's quote choice and escapes. `prefix` NULL (or "") gives the bytes form;
 * a type name gives "name(b'...')" (bytearray). */
Value bytes_repr(VM *vm, const uint8_t *data, size_t len, const char *prefix);

/* Added by the bytes module for its users: */

/* The contents of a bytes or bytearray (a "bytes-like object"); false for anything else. */
bool bytes_view(Value v, const uint8_t **data, size_t *len);
/* A bytes, or a bytearray when self is one, of the `len` bytes at `data` (text.h piece maker);
 * returns self for the whole of an exact bytes. */
Value bytes_piece(VM *vm, Value self, const char *data, size_t len);
/* The methods of bytes and bytearray (bytes_methods.c), for the type objects in bytes.c. */
extern const MethodDef bytes_methods[];
extern const MethodDef bytearray_methods[];

#endif
