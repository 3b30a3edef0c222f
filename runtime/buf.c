/* buf.c — growable byte buffer for building strings. See buf.h.
 *
 * Invariants: data points at inline_data until the first growth, then at a block of `cap` bytes
 * from vm->mem; len <= cap. Once an allocation fails, `failed` stays set, appends do nothing and
 * the finish functions raise MemoryError.
 */
#include "buf.h"

#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "str.h"
#include "unicode.h"

void buf_init(Buf *b, VM *vm)
{
    b->vm = vm;
    b->data = b->inline_data;
    b->len = 0;
    b->cap = sizeof b->inline_data;
    b->failed = false;
}

static bool buf_is_inline(const Buf *b)
{
    return b->data == b->inline_data;
}

/* Make room for `extra` more bytes (doubling); false once failed. */
static bool buf_reserve(Buf *b, size_t extra)
{
    size_t need;
    if (b->failed) return false;
    if (!mem_size_add(b->len, extra, &need)) {
        b->failed = true;
        return false;
    }
    if (need <= b->cap) return true;
    size_t cap = b->cap;
    while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *data;
    if (buf_is_inline(b)) {
        data = mem_alloc(&b->vm->mem, cap);
        if (data) memcpy(data, b->inline_data, b->len);
    } else {
        data = mem_realloc(&b->vm->mem, b->data, b->cap, cap);
    }
    if (!data) {
        b->failed = true;
        return false;
    }
    b->data = data;
    b->cap = cap;
    return true;
}

void buf_append(Buf *b, const char *data, size_t len)
{
    if (len == 0 || !buf_reserve(b, len)) return;
    memcpy(b->data + b->len, data, len);
    b->len += len;
}

void buf_append_cstr(Buf *b, const char *s)
{
    buf_append(b, s, strlen(s));
}

void buf_append_char(Buf *b, char c)
{
    if (b->len < b->cap) {
        b->data[b->len++] = c;
        return;
    }
    buf_append(b, &c, 1);
}

void buf_append_codepoint(Buf *b, uint32_t cp)
{
    char enc[4];
    buf_append(b, enc, unicode_encode(cp, enc));
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[64];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        buf_append(b, small, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n + 1)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_append_str(Buf *b, Value s)
{
    buf_append(b, str_data(s), str_len(s));
}

void buf_free(Buf *b)
{
    if (!buf_is_inline(b)) mem_free(&b->vm->mem, b->data, b->cap);
    b->data = b->inline_data;
    b->len = 0;
    b->cap = sizeof b->inline_data;
}

Value buf_finish_str(Buf *b)
{
    if (b->failed) {
        buf_free(b);
        return vm_raise_nomem(b->vm);
    }
    Value result = str_new(b->vm, b->data, b->len);
    buf_free(b);
    return result;
}

Value buf_finish_bytes(Buf *b)
{
    if (b->failed) {
        buf_free(b);
        return vm_raise_nomem(b->vm);
    }
    Value result = bytes_new(b->vm, (const uint8_t *)b->data, b->len);
    buf_free(b);
    return result;
}
