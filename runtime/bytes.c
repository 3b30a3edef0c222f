/* bytes.c — bytes and bytearray objects: storage, construction, repr, hashing, comparison,
 * concatenation and repetition, indexing and slicing, item and slice assignment (bytearray),
 * iteration, and the type objects. Methods are in bytes_methods.c.
 *
 * Invariants: a BytesObj's data is NUL-terminated and never changes; hash is -1 until computed
 * (the keyed hash of str.c, so b'ab' and 'ab' hash alike, as in CPython). A bytearray's data is
 * NULL when cap == 0, else a block of cap bytes from vm->mem; len <= cap.
 */
#include "bytes.h"

#include <string.h>

#include "bytes_internal.h"
#include "codec.h"
#include "exception.h"
#include "format.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "range.h"
#include "str.h"
#include "text.h"
#include "tuple.h"

/* ---- storage ------------------------------------------------------------------------------- */

BytesObj *bytes_alloc(VM *vm, const TypeObj *type, size_t len)
{
    size_t size;
    if (!mem_size_add(sizeof(BytesObj) + 1, len, &size) || !mem_would_fit(&vm->mem, size)) {
        vm_raise_nomem(vm);
        return NULL;
    }
    BytesObj *b = gc_new(vm, size, OBJ_BYTES, type);
    if (!b) return NULL;
    b->hash = -1;
    b->len = len;
    return b;
}

Value bytes_new(VM *vm, const uint8_t *data, size_t len)
{
    BytesObj *b = bytes_alloc(vm, &type_bytes, len);
    if (!b) return VAL_ERR;
    if (data && len) memcpy(b->data, data, len);
    return val_from_obj(b);
}

static bool bytearray_set_capacity(VM *vm, ByteArrayObj *ba, size_t cap)
{
    uint8_t *data = cap == 0 ? NULL : mem_realloc(&vm->mem, ba->data, ba->cap, cap);
    if (cap == 0)
        mem_free(&vm->mem, ba->data, ba->cap);
    else if (!data) {
        vm_raise_nomem(vm);
        return false;
    }
    ba->data = data;
    ba->cap = cap;
    return true;
}

bool bytearray_resize(VM *vm, ByteArrayObj *ba, size_t newlen)
{
    if (newlen <= ba->cap) {
        ba->len = newlen;
        return true;
    }
    size_t cap = newlen + (newlen >> 3) + 8;
    if (cap < newlen) cap = newlen;
    if (!mem_would_fit(&vm->mem, cap - ba->cap)) {
        vm_raise_nomem(vm);
        return false;
    }
    if (!bytearray_set_capacity(vm, ba, cap)) return false;
    ba->len = newlen;
    return true;
}

static ByteArrayObj *bytearray_alloc(VM *vm, const TypeObj *type, const uint8_t *data, size_t len)
{
    ByteArrayObj *ba = gc_new(vm, sizeof(ByteArrayObj), OBJ_BYTEARRAY, type);
    if (!ba) return NULL;
    if (len && !bytearray_resize(vm, ba, len)) return NULL;
    if (len) {
        if (data)
            memcpy(ba->data, data, len);
        else
            memset(ba->data, 0, len);
    }
    return ba;
}

Value bytearray_new(VM *vm, const uint8_t *data, size_t len)
{
    ByteArrayObj *ba = bytearray_alloc(vm, &type_bytearray, data, len);
    return ba ? val_from_obj(ba) : VAL_ERR;
}

static void bytearray_destroy(VM *vm, Obj *o)
{
    ByteArrayObj *ba = (ByteArrayObj *)o;
    if (ba->cap) mem_free(&vm->mem, ba->data, ba->cap);
    ba->data = NULL;
    ba->len = ba->cap = 0;
}

bool bytes_view(Value v, const uint8_t **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    if (!val_is_obj(v)) return false;
    Obj *o = val_as_obj(v);
    if (o->kind == OBJ_BYTES) {
        *data = ((BytesObj *)o)->data;
        *len = ((BytesObj *)o)->len;
        return true;
    }
    if (o->kind == OBJ_BYTEARRAY) {
        /* A never-grown bytearray has data NULL: give callers a valid pointer. */
        *data = ((ByteArrayObj *)o)->data ? ((ByteArrayObj *)o)->data : (const uint8_t *)"";
        *len = ((ByteArrayObj *)o)->len;
        return true;
    }
    return false;
}

Value bytes_piece(VM *vm, Value self, const char *data, size_t len)
{
    if (bytes_is_bytearray(self)) return bytearray_new(vm, (const uint8_t *)data, len);
    if (len == AS_BYTES(self)->len && val_as_obj(self)->type == &type_bytes) return self;
    return bytes_new(vm, (const uint8_t *)data, len);
}

Value bytes_new_like(VM *vm, Value self, const uint8_t *data, size_t len)
{
    return bytes_is_bytearray(self) ? bytearray_new(vm, data, len) : bytes_new(vm, data, len);
}

/* ---- conversions ------------------------------------------------------------------------- */

bool bytes_byte_arg(VM *vm, Value v, const char *range_msg, uint8_t *out)
{
    int64_t n;
    if (val_is_small_int(v)) {
        n = val_as_small_int(v);
    } else if (val_is_bool(v)) {
        n = v == VAL_TRUE;
    } else if (IS_BIGINT(v)) {
        n = -1;
    } else {
        vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 vm_type_name(v));
        return false;
    }
    if (n < 0 || n > 255) {
        vm_raise(vm, &exc_ValueError, "%s", range_msg);
        return false;
    }
    *out = (uint8_t)n;
    return true;
}

bool bytes_append_items(VM *vm, Buf *b, const Value *items, size_t n, const char *range_msg)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t byte;
        if (!bytes_byte_arg(vm, items[i], range_msg, &byte)) return false;
        buf_append_char(b, (char)byte);
    }
    return true;
}

bool bytes_maybe_iterable(Value v)
{
    const TypeObj *t = vm_type_of(v);
    if (t->tflags & TYPE_HEAP) return true;
    for (; t; t = t->base) {
        if (t->iter) return true;
    }
    return false;
}

/* The items of a list or tuple as a byte string (a new bytes). */
static Value bytes_from_seq(VM *vm, Value seq, const char *range_msg)
{
    const Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    size_t n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    Buf b;
    buf_init(&b, vm);
    if (!bytes_append_items(vm, &b, items, n, range_msg)) {
        buf_free(&b);
        return VAL_ERR;
    }
    return buf_finish_bytes(&b);
}

/* ---- repr -------------------------------------------------------------------------------- */

Value bytes_repr(VM *vm, const uint8_t *data, size_t len, const char *prefix)
{
    bool has_single = memchr(data, '\'', len) != NULL;
    char quote = has_single && !memchr(data, '"', len) ? '"' : '\'';
    bool wrapped = prefix && prefix[0];
    /* CPython's bytearray repr escapes a single quote even inside double quotes. */
    char escaped = wrapped ? '\'' : quote;
    Buf b;
    buf_init(&b, vm);
    if (wrapped) {
        buf_append_cstr(&b, prefix);
        buf_append_char(&b, '(');
    }
    buf_append_char(&b, 'b');
    buf_append_char(&b, quote);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = data[i];
        if (c == (uint8_t)escaped || c == '\\') {
            buf_append_char(&b, '\\');
            buf_append_char(&b, (char)c);
        } else if (c == '\t')
            buf_append(&b, "\\t", 2);
        else if (c == '\n')
            buf_append(&b, "\\n", 2);
        else if (c == '\r')
            buf_append(&b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f)
            buf_printf(&b, "\\x%02x", c);
        else
            buf_append_char(&b, (char)c);
    }
    buf_append_char(&b, quote);
    if (wrapped) buf_append_char(&b, ')');
    return buf_finish_str(&b);
}

static Value bytes_repr_slot(VM *vm, Value self)
{
    const uint8_t *data;
    size_t len;
    bytes_view(self, &data, &len);
    if (!bytes_is_bytearray(self)) return bytes_repr(vm, data, len, NULL);
    return bytes_repr(vm, data, len, val_as_obj(self)->type->name);
}

/* ---- hash, comparison -------------------------------------------------------------------- */

static bool bytes_hash_slot(VM *vm, Value self, int64_t *out)
{
    BytesObj *b = AS_BYTES(self);
    if (b->hash == -1) b->hash = str_hash_bytes(vm, b->data, b->len);
    *out = b->hash;
    return true;
}

static Value bytes_compare(VM *vm, Value a, Value b, CmpOp op)
{
    const uint8_t *x, *y;
    size_t lx, ly;
    if (!bytes_view(a, &x, &lx) || !bytes_view(b, &y, &ly)) return VAL_NOTIMPL;
    if ((op == CMP_EQ || op == CMP_NE) && lx != ly) return val_from_bool(op == CMP_NE);
    int c = memcmp(x, y, lx < ly ? lx : ly);
    if (c == 0) c = lx < ly ? -1 : lx > ly;
    switch (op) {
    case CMP_LT:
        return val_from_bool(c < 0);
    case CMP_LE:
        return val_from_bool(c <= 0);
    case CMP_EQ:
        return val_from_bool(c == 0);
    case CMP_NE:
        return val_from_bool(c != 0);
    case CMP_GT:
        return val_from_bool(c > 0);
    default:
        return val_from_bool(c >= 0);
    }
}

/* ---- concatenation and repetition -------------------------------------------------------- */

static bool is_heap_instance(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TYPE_HEAP);
}

static Value bytes_concat(VM *vm, Value a, Value b)
{
    const uint8_t *x, *y;
    size_t lx, ly, len;
    bytes_view(a, &x, &lx);
    if (!bytes_view(b, &y, &ly)) {
        if (is_heap_instance(b)) return VAL_NOTIMPL;
        return vm_raise(vm, &exc_TypeError, "can't concat %s to %s", vm_type_name(b),
                        vm_type_name(a));
    }
    if (!mem_size_add(lx, ly, &len)) return vm_raise_nomem(vm);
    if (!bytes_is_bytearray(a) && ly == 0 && val_as_obj(a)->type == &type_bytes) return a;
    Value r = bytes_new_like(vm, a, NULL, len);
    if (r == VAL_ERR) return VAL_ERR;
    uint8_t *out = bytes_raw(r);
    if (len) {
        memcpy(out, x, lx);
        memcpy(out + lx, y, ly);
    }
    return r;
}

static Value bytes_repeat(VM *vm, Value self, Value n)
{
    int64_t count;
    if (!int_to_i64(val_is_bool(n) ? val_from_small_int(n == VAL_TRUE) : n, &count)) {
        if (int_sign(n) < 0)
            count = 0;
        else
            return vm_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    const uint8_t *data;
    size_t len, total;
    bytes_view(self, &data, &len);
    if (count <= 0) count = 0;
    if (count == 1 && val_as_obj(self)->type == &type_bytes) return self;
    if (!mem_size_mul(len, (size_t)count, &total) || !mem_would_fit(&vm->mem, total)) {
        return vm_raise_nomem(vm);
    }
    Value r = bytes_new_like(vm, self, NULL, total);
    if (r == VAL_ERR) return VAL_ERR;
    uint8_t *out = bytes_raw(r);
    for (size_t done = 0; done < total; done += len) memcpy(out + done, data, len);
    return r;
}

static Value bytes_binop(VM *vm, Value a, Value b, BinOp op)
{
    const uint8_t *adata;
    size_t alen;
    bool a_bytes = bytes_view(a, &adata, &alen);
    switch (op) {
    case BINOP_ADD:
        return a_bytes ? bytes_concat(vm, a, b) : VAL_NOTIMPL;
    case BINOP_MUL: {
        Value self = a_bytes ? a : b, count = a_bytes ? b : a;
        if (val_is_int(count) || val_is_bool(count)) return bytes_repeat(vm, self, count);
        if (is_heap_instance(count)) return VAL_NOTIMPL;
        return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        vm_type_name(count));
    }
    case BINOP_MOD: {
        if (!a_bytes) return VAL_NOTIMPL;
        Value r = format_percent_bytes(vm, adata, alen, b);
        if (r == VAL_ERR || !bytes_is_bytearray(a)) return r;
        return bytearray_new(vm, AS_BYTES(r)->data, AS_BYTES(r)->len);
    }
    default:
        return VAL_NOTIMPL;
    }
}

/* ---- indexing ---------------------------------------------------------------------------- */

/* A key as an index, with CPython's messages: "byte indices must be integers or slices, not
 * str" (bytes) or "bytearray indices ...". */
static bool index_key(VM *vm, Value self, Value key, int64_t *out)
{
    if (val_is_small_int(key)) {
        *out = val_as_small_int(key);
        return true;
    }
    if (val_is_bool(key) || IS_BIGINT(key)) return ops_index(vm, key, out);
    vm_raise(vm, &exc_TypeError, "%s indices must be integers or slices, not %s",
             bytes_is_bytearray(self) ? "bytearray" : "byte", vm_type_name(key));
    return false;
}

static Value bytes_slice(VM *vm, Value self, Value slice)
{
    const uint8_t *data;
    size_t len;
    bytes_view(self, &data, &len);
    int64_t start, stop, step;
    int64_t count = slice_indices(vm, slice, (int64_t)len, &start, &stop, &step);
    if (count < 0) return VAL_ERR;
    if (step == 1) return bytes_piece(vm, self, (const char *)data + start, (size_t)count);
    Value r = bytes_new_like(vm, self, NULL, (size_t)count);
    if (r == VAL_ERR) return VAL_ERR;
    uint8_t *out = bytes_raw(r);
    for (int64_t k = 0; k < count; k++) out[k] = data[start + k * step];
    return r;
}

static Value bytes_getitem(VM *vm, Value self, Value key)
{
    if (val_is_kind(key, OBJ_SLICE)) return bytes_slice(vm, self, key);
    int64_t i;
    if (!index_key(vm, self, key, &i)) return VAL_ERR;
    const uint8_t *data;
    size_t len;
    bytes_view(self, &data, &len);
    if (i < 0) i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) {
        return vm_raise(vm, &exc_IndexError, "%s",
                        bytes_is_bytearray(self) ? "bytearray index out of range"
                                                 : "index out of range");
    }
    return val_from_small_int(data[i]);
}

static int bytes_contains(VM *vm, Value self, Value item)
{
    const uint8_t *data, *sub;
    size_t len, sublen;
    bytes_view(self, &data, &len);
    if (bytes_view(item, &sub, &sublen)) {
        return text_find((const char *)data, len, (const char *)sub, sublen) >= 0;
    }
    if (val_is_int(item) || val_is_bool(item)) {
        uint8_t byte;
        if (!bytes_byte_arg(vm, item, BYTE_RANGE_MSG, &byte)) return -1;
        return memchr(data, byte, len) != NULL;
    }
    vm_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", vm_type_name(item));
    return -1;
}

static int64_t bytes_length(VM *vm, Value self)
{
    const uint8_t *data;
    size_t len;
    bytes_view(self, &data, &len);
    return (int64_t)len;
}

static int bytes_truth(VM *vm, Value self)
{
    return bytes_length(vm, self) != 0;
}

/* ---- bytearray item and slice assignment ------------------------------------------------- */

/* The bytes of a value assigned to a slice: bytes-like (copied, so ba[:] = ba works) or an
 * iterable of ints; returned as a bytes object. */
static Value assigned_bytes(VM *vm, Value value)
{
    const uint8_t *data;
    size_t len;
    if (bytes_view(value, &data, &len)) return bytes_new(vm, data, len);
    if (IS_STR(value) || val_is_int(value) || val_is_bool(value)) {
        return vm_raise(vm, &exc_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    if (!bytes_maybe_iterable(value)) {
        return vm_raise(vm, &exc_TypeError, "cannot convert '%s' object to bytearray",
                        vm_type_name(value));
    }
    Value it = ops_iter(vm, value);
    if (it == VAL_ERR) return VAL_ERR;
    Buf b;
    buf_init(&b, vm);
    for (;;) {
        Value x = ops_next(vm, it);
        uint8_t byte;
        if (x == VAL_EXHAUSTED) return buf_finish_bytes(&b);
        if (x == VAL_PENDING) {
            vm_raise(vm, &exc_TypeError, "slice assignment from this iterable is not supported");
        }
        if (x == VAL_ERR || x == VAL_PENDING || !bytes_byte_arg(vm, x, BYTE_RANGE_MSG, &byte)) {
            buf_free(&b);
            return VAL_ERR;
        }
        buf_append_char(&b, (char)byte);
    }
}

/* Replace ba[start:stop] (step 1) with `n` bytes from src (src may be NULL when n == 0). */
static bool bytearray_splice(VM *vm, ByteArrayObj *ba, size_t start, size_t stop,
                             const uint8_t *src, size_t n)
{
    size_t old = stop - start, tail = ba->len - stop, newlen = ba->len - old + n;
    if (n > old && !bytearray_resize(vm, ba, newlen)) return false;
    if (tail) memmove(ba->data + start + n, ba->data + stop, tail);
    if (n) memcpy(ba->data + start, src, n);
    ba->len = newlen;
    return true;
}

/* Delete the `count` items start, start+step, ... (step != 1). */
static void bytearray_delete_stepped(ByteArrayObj *ba, int64_t start, int64_t step, int64_t count)
{
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    size_t write = (size_t)start;
    for (size_t read = (size_t)start; read < ba->len; read++) {
        bool deleted = (int64_t)read >= start && ((int64_t)read - start) % step == 0 &&
                       ((int64_t)read - start) / step < count;
        if (!deleted) ba->data[write++] = ba->data[read];
    }
    ba->len = write;
}

static bool bytearray_set_slice(VM *vm, Value self, Value slice, Value value)
{
    ByteArrayObj *ba = AS_BYTEARRAY(self);
    int64_t start, stop, step;
    int64_t count = slice_indices(vm, slice, (int64_t)ba->len, &start, &stop, &step);
    if (count < 0) return false;
    Value src = VAL_UNDEF;
    if (value != VAL_UNDEF && (src = assigned_bytes(vm, value)) == VAL_ERR) return false;
    const uint8_t *data = src == VAL_UNDEF ? NULL : AS_BYTES(src)->data;
    size_t n = src == VAL_UNDEF ? 0 : AS_BYTES(src)->len;
    if (step == 1) {
        if (stop < start) stop = start;
        return bytearray_splice(vm, ba, (size_t)start, (size_t)stop, data, n);
    }
    if (src == VAL_UNDEF) {
        bytearray_delete_stepped(ba, start, step, count);
        return true;
    }
    if ((int64_t)n != count) {
        vm_raise(vm, &exc_ValueError,
                 "attempt to assign bytes of size %zu to extended slice of size %lld", n,
                 (long long)count);
        return false;
    }
    for (int64_t k = 0; k < count; k++) ba->data[start + k * step] = data[k];
    return true;
}

static bool bytearray_setitem(VM *vm, Value self, Value key, Value value)
{
    if (val_is_kind(key, OBJ_SLICE)) return bytearray_set_slice(vm, self, key, value);
    ByteArrayObj *ba = AS_BYTEARRAY(self);
    int64_t i;
    if (!index_key(vm, self, key, &i)) return false;
    if (i < 0) i += (int64_t)ba->len;
    if (i < 0 || (uint64_t)i >= ba->len) {
        vm_raise(vm, &exc_IndexError, "bytearray index out of range");
        return false;
    }
    if (value == VAL_UNDEF) return bytearray_splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0);
    uint8_t byte;
    if (!bytes_byte_arg(vm, value, BYTE_RANGE_MSG, &byte)) return false;
    ba->data[i] = byte;
    return true;
}

/* ---- iteration --------------------------------------------------------------------------- */

/* IterObj: seq = the bytes or bytearray, index = position of the next byte. */
static Value bytes_iter(VM *vm, Value self)
{
    const TypeObj *type =
        bytes_is_bytearray(self) ? &type_bytearray_iterator : &type_bytes_iterator;
    IterObj *it = gc_new(vm, sizeof(IterObj), OBJ_ITER, type);
    if (!it) return VAL_ERR;
    it->seq = self;
    it->aux = VAL_UNDEF;
    return val_from_obj(it);
}

static Value bytes_iter_next(VM *vm, Value self)
{
    IterObj *it = AS_ITER(self);
    const uint8_t *data;
    size_t len;
    bytes_view(it->seq, &data, &len);
    if ((uint64_t)it->index >= len) return VAL_EXHAUSTED;
    return val_from_small_int(data[it->index++]);
}

static Value bytes_iter_self(VM *vm, Value self)
{
    return self;
}

static void bytes_iter_trace(VM *vm, Obj *o)
{
    gc_mark_value(vm, ((IterObj *)o)->seq);
}

/* bytes and bytearray hold no references. The explicit empty trace keeps gc.c from inheriting
 * object's (which would read the hash or length as an instance dict). */
static void bytes_trace(VM *vm, Obj *o) {}

/* ---- construction ------------------------------------------------------------------------ */

/* The initial contents given to bytes() / bytearray() (CPython's bytes_new / bytearray___init__
 * rules), as a bytes-like value: `source` itself when it is one. May pend (iterables). */
static Value construct_contents(VM *vm, const char *tname, const Value *args, int nargs,
                                Value kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    static const char *const what[] = {NULL, "encoding", "errors"};
    Value a[3];
    if (!args_parse(vm, tname, args, nargs, kwnames, names, 3, 0, 0, a)) return VAL_ERR;
    for (int i = 1; i < 3; i++) {
        if (a[i] != VAL_UNDEF && !IS_STR(a[i])) {
            return vm_raise(vm, &exc_TypeError, "%s() argument '%s' must be str, not %s", tname,
                            what[i], vm_type_name(a[i]));
        }
    }
    Value source = a[0], encoding = a[1], errors = a[2];
    if (source == VAL_UNDEF || encoding != VAL_UNDEF || errors != VAL_UNDEF || IS_STR(source)) {
        if (encoding != VAL_UNDEF && IS_STR(source)) {
            return codec_encode(vm, source, str_data(encoding),
                                errors == VAL_UNDEF ? NULL : str_data(errors));
        }
        if (source == VAL_UNDEF && encoding == VAL_UNDEF && errors == VAL_UNDEF) {
            return bytes_new(vm, NULL, 0);
        }
        const char *msg = encoding != VAL_UNDEF ? "encoding without a string argument"
                          : IS_STR(source)      ? "string argument without an encoding"
                                                : "errors without a string argument";
        return vm_raise(vm, &exc_TypeError, "%s", msg);
    }
    const uint8_t *data;
    size_t len;
    if (bytes_view(source, &data, &len)) return source;
    const char *range_msg = strcmp(tname, "bytearray") == 0 ? BYTE_RANGE_MSG : BYTES_RANGE_MSG;
    if (val_is_int(source) || val_is_bool(source)) {
        int64_t count;
        if (!ops_index(vm, source, &count)) {
            vm_clear_exc(vm);
            return vm_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        if (count < 0) return vm_raise(vm, &exc_ValueError, "negative count");
        return bytes_new(vm, NULL, (size_t)count);
    }
    if (!bytes_maybe_iterable(source)) {
        return vm_raise(vm, &exc_TypeError, "cannot convert '%s' object to %s",
                        vm_type_name(source), tname);
    }
    /* Index 0 is the source whether given by position or (alone) by keyword. */
    Value items = vm_materialize(vm, source, args, nargs, kwnames, 0);
    if (items == VAL_ERR || items == VAL_PENDING) return items;
    return bytes_from_seq(vm, items, range_msg);
}

static Value bytes_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                             Value kwnames)
{
    Value contents = construct_contents(vm, "bytes", args, nargs, kwnames);
    if (contents == VAL_ERR || contents == VAL_PENDING) return contents;
    if (type == &type_bytes && val_as_obj(contents)->type == &type_bytes) return contents;
    const uint8_t *data;
    size_t len;
    bytes_view(contents, &data, &len);
    BytesObj *b = bytes_alloc(vm, type, len);
    if (!b) return VAL_ERR;
    memcpy(b->data, data, len);
    return val_from_obj(b);
}

static Value bytearray_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                                 Value kwnames)
{
    Value contents = construct_contents(vm, "bytearray", args, nargs, kwnames);
    if (contents == VAL_ERR || contents == VAL_PENDING) return contents;
    const uint8_t *data;
    size_t len;
    bytes_view(contents, &data, &len);
    ByteArrayObj *ba = bytearray_alloc(vm, type, data, len);
    return ba ? val_from_obj(ba) : VAL_ERR;
}

/* ---- type objects ------------------------------------------------------------------------ */

const TypeObj type_bytes = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "bytes",
    .base = &type_object,
    .layout = OBJ_BYTES,
    .tflags = TYPE_BASETYPE,
    .methods = bytes_methods,
    .construct = bytes_construct,
    .repr = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .compare = bytes_compare,
    .binop = bytes_binop,
    .truth = bytes_truth,
    .len = bytes_length,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .trace = bytes_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_bytearray = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "bytearray",
    .base = &type_object,
    .layout = OBJ_BYTEARRAY,
    .tflags = TYPE_BASETYPE,
    .methods = bytearray_methods,
    .construct = bytearray_construct,
    .repr = bytes_repr_slot,
    .compare = bytes_compare,
    .binop = bytes_binop,
    .truth = bytes_truth,
    .len = bytes_length,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .trace = bytes_trace,
    .destroy = bytearray_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_bytes_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "bytes_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
    .trace = bytes_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_bytearray_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "bytearray_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
    .trace = bytes_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
