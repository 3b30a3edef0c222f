/* bytes_internal.h — what bytes.c and bytes_methods.c share; not for other modules. */
#ifndef GARTER_BYTES_INTERNAL_H
#define GARTER_BYTES_INTERNAL_H

#include "buf.h"
#include "bytes.h"

/* Messages for an int outside 0..255: bytes() says "bytes", bytearray operations "byte". */
#define BYTES_RANGE_MSG "bytes must be in range(0, 256)"
#define BYTE_RANGE_MSG "byte must be in range(0, 256)"

/* A bytes of `len` bytes (contents zeroed) of `type` (bytes or a subclass). */
BytesObj *bytes_alloc(VM *vm, const TypeObj *type, size_t len);
/* A bytes, or a bytearray when self is one, holding a copy of data (NULL: zeroed). */
Value bytes_new_like(VM *vm, Value self, const uint8_t *data, size_t len);
/* Set a bytearray's length, growing its storage geometrically; new bytes are uninitialised. */
bool bytearray_resize(VM *vm, ByteArrayObj *ba, size_t newlen);
/* An int in 0..255 (CPython's errors: TypeError for non-ints, ValueError `range_msg`). */
bool bytes_byte_arg(VM *vm, Value v, const char *range_msg, uint8_t *out);
/* Append the bytes of `source`: a bytes-like object, or a list/tuple of ints. */
bool bytes_append_items(VM *vm, Buf *b, const Value *items, size_t n, const char *range_msg);
/* Is the value's type possibly iterable (a builtin with an iter slot, or a class statement's)? */
bool bytes_maybe_iterable(Value v);

static inline bool bytes_is_bytearray(Value v)
{
    return val_as_obj(v)->kind == OBJ_BYTEARRAY;
}
/* The writable storage of a fresh result (bytearray storage is NULL while empty). */
static inline uint8_t *bytes_raw(Value v)
{
    return bytes_is_bytearray(v) ? AS_BYTEARRAY(v)->data : AS_BYTES(v)->data;
}

/* "bytes" or "bytearray": how CPython names self's type in method messages. */
static inline const char *bytes_kind_name(Value self)
{
    return bytes_is_bytearray(self) ? "bytearray" : "bytes";
}

#endif
