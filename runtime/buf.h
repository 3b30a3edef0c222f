/* buf.h — a growable byte buffer on the VM's allocator, for building strings (repr, join,
 * formatting). On allocation failure the buffer records it and further appends are ignored;
 * buf_finish_str then raises MemoryError. */
#ifndef GARTER_BUF_H
#define GARTER_BUF_H

#include <stdarg.h>
#include "vm.h"

typedef struct Buf {
    VM *vm;
    char *data;
    size_t len, cap;
    bool failed;
    char inline_data[128];
} Buf;

void buf_init(Buf *b, VM *vm);
void buf_append(Buf *b, const char *data, size_t len);
void buf_append_cstr(Buf *b, const char *s);
void buf_append_char(Buf *b, char c);
/* Append the UTF-8 encoding of code point cp. */
void buf_append_codepoint(Buf *b, uint32_t cp);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append the str value s (must be a str). */
void buf_append_str(Buf *b, Value s);
/* Make a str from the contents (must be valid UTF-8) and release the buffer; VAL_ERR on failure. */
Value buf_finish_str(Buf *b);
/* Make a bytes object from the contents and release the buffer. */
Value buf_finish_bytes(Buf *b);
/* Release the buffer without making anything. */
void buf_free(Buf *b);

#endif
