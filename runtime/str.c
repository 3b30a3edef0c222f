/* str.c — str objects: creation, hashing, interning, comparison, indexing and slicing by code
 * point, concatenation and repetition, iteration, repr, and the type object. The methods are in
 * str_methods.c (and str_case.c), the algorithms shared with bytes in text.c.
 *
 * Invariants: data is internal UTF-8 (unicode.h), NUL-terminated; nchars counts code points;
 * OBJ_ASCII is set exactly when nchars == len, so indices are byte offsets; OBJ_STR_INDEXED
 * means a code point index follows the data (long non-ASCII strs: s[i] without a long walk).
 * hash is -1 until computed: CPython's SipHash-1-3 over CPython's code units, keyed by the VM.
 * Static strs (the empty string and the 128 one-character ASCII strings below) never cache it,
 * since it depends on the VM's key; they are every VM's interned copies.
 */
#include "str.h"
#include "class.h"

#include <stddef.h>
#include <string.h>

#include "buf.h"
#include "codec.h"
#include "bytes.h"
#include "dict.h"
#include "exception.h"
#include "format.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "range.h"
#include "str_internal.h"
#include "text.h"
#include "unicode.h"

/* ---- static singletons ------------------------------------------------------------------- */

/* The layout of a StrObj with room for one byte of data and the NUL: static strs are defined
 * with it (ISO C allows no arrays of structs ending in a flexible array) and used as StrObjs.
 * They are const and never written, through either type. */
typedef struct StaticStr {
    Obj hdr;
    int64_t hash;
    size_t len;
    size_t nchars;
    char data[2];
} StaticStr;

_Static_assert(offsetof(StaticStr, hash) == offsetof(StrObj, hash) &&
                   offsetof(StaticStr, len) == offsetof(StrObj, len) &&
                   offsetof(StaticStr, nchars) == offsetof(StrObj, nchars) &&
                   offsetof(StaticStr, data) == offsetof(StrObj, data),
               "StaticStr must have StrObj's layout");

#define STATIC_STR_HDR                                                                             \
    {                                                                                              \
        .type = &type_str, .gc_next = NULL, .kind = OBJ_STR, .marked = 0,                          \
        .flags = OBJ_STATIC | OBJ_ASCII | OBJ_INTERNED, .size = 0                                  \
    }
#define STATIC_CHAR(c)                                                                             \
    {                                                                                              \
        .hdr = STATIC_STR_HDR, .hash = -1, .len = 1, .nchars = 1, .data = {(char)(c), 0 }          \
    }
#define STATIC_CHARS8(c)                                                                           \
    STATIC_CHAR(c), STATIC_CHAR(c + 1), STATIC_CHAR(c + 2), STATIC_CHAR(c + 3),                    \
        STATIC_CHAR(c + 4), STATIC_CHAR(c + 5), STATIC_CHAR(c + 6), STATIC_CHAR(c + 7)

static const StaticStr str_empty = {
    .hdr = STATIC_STR_HDR, .hash = -1, .len = 0, .nchars = 0, .data = {0, 0}};

static const StaticStr str_ascii_chars[128] = {
    STATIC_CHARS8(0),  STATIC_CHARS8(8),   STATIC_CHARS8(16),  STATIC_CHARS8(24),
    STATIC_CHARS8(32), STATIC_CHARS8(40),  STATIC_CHARS8(48),  STATIC_CHARS8(56),
    STATIC_CHARS8(64), STATIC_CHARS8(72),  STATIC_CHARS8(80),  STATIC_CHARS8(88),
    STATIC_CHARS8(96), STATIC_CHARS8(104), STATIC_CHARS8(112), STATIC_CHARS8(120),
};

Value str_empty_value(void)
{
    return val_from_obj(&str_empty);
}
static inline Value str_ascii_char(uint8_t c)
{
    return val_from_obj(&str_ascii_chars[c]);
}

/* ---- creation ---------------------------------------------------------------------------- */

/* ---- the code point index ----------------------------------------------------------------
 * A long non-ASCII str made by this module carries, after its data's NUL (4-byte aligned), the
 * byte offsets of code points STR_INDEX_STRIDE, 2 * STR_INDEX_STRIDE, ... so that s[i] and
 * slicing walk at most STRIDE - 1 code points instead of up to half the string. It is part of
 * the immutable object, built once by str_finish; OBJ_STR_INDEXED says it is there. */

#define STR_INDEX_STRIDE 32
#define STR_INDEX_MIN_LEN 256 /* bytes: shorter strs are walked (fast enough) */

static inline size_t index_start(size_t len)
{
    return (len + 1 + 3) & ~(size_t)3;
}
static inline size_t index_entries(size_t nchars)
{
    return nchars ? (nchars - 1) / STR_INDEX_STRIDE : 0;
}
static inline const uint32_t *index_table(const StrObj *s)
{
    return (const uint32_t *)(const void *)(s->data + index_start(s->len));
}

static void index_build(StrObj *s)
{
    uint32_t *table = (uint32_t *)(void *)(s->data + index_start(s->len));
    size_t entries = index_entries(s->nchars), count = 0, k = 0;
    for (size_t pos = 0; pos < s->len && k < entries; pos++) {
        if (unicode_is_continuation((uint8_t)s->data[pos])) continue;
        if (count > 0 && count % STR_INDEX_STRIDE == 0) table[k++] = (uint32_t)pos;
        count++;
    }
}

size_t str_byte_offset(const StrObj *s, size_t index)
{
    if (s->hdr.flags & OBJ_ASCII) return index;
    if (index >= s->nchars) return s->len;
    size_t k = index / STR_INDEX_STRIDE;
    if (!(s->hdr.flags & OBJ_STR_INDEXED) || k == 0) {
        return unicode_char_offset(s->data, s->len, s->nchars, index);
    }
    size_t base = index_table(s)[k - 1], skipped = k * STR_INDEX_STRIDE;
    return base +
           unicode_char_offset(s->data + base, s->len - base, s->nchars - skipped, index - skipped);
}

/* ---- creation ---------------------------------------------------------------------------- */

static StrObj *str_alloc_sized(VM *vm, const TypeObj *type, size_t len, size_t extra)
{
    size_t size;
    if (!mem_size_add(sizeof(StrObj) + 1, len, &size) || !mem_size_add(size, extra, &size)) {
        vm_raise_nomem(vm);
        return NULL;
    }
    StrObj *s = gc_new(vm, size, OBJ_STR, type);
    if (!s) return NULL;
    s->hash = -1;
    s->len = len;
    s->data[len] = '\0';
    return s;
}

static StrObj *str_alloc_typed(VM *vm, const TypeObj *type, size_t len)
{
    return str_alloc_sized(vm, type, len, 0);
}

StrObj *str_alloc(VM *vm, size_t len)
{
    return str_alloc_typed(vm, &type_str, len);
}

StrObj *str_alloc_chars(VM *vm, size_t len, size_t nchars)
{
    bool indexed = nchars != len && len >= STR_INDEX_MIN_LEN && len < UINT32_MAX;
    size_t extra = indexed ? index_start(len) - (len + 1) + index_entries(nchars) * 4 : 0;
    StrObj *s = str_alloc_sized(vm, &type_str, len, extra);
    if (s && indexed) s->hdr.flags |= OBJ_STR_INDEXED;
    return s;
}

Value str_finish(StrObj *s, size_t nchars)
{
    s->nchars = nchars;
    if (nchars == s->len) s->hdr.flags |= OBJ_ASCII;
    if (s->hdr.flags & OBJ_STR_INDEXED) index_build(s);
    return val_from_obj(s);
}

/* One-byte and empty results are the singletons. */
Value str_new_counted(VM *vm, const char *utf8, size_t len, size_t nchars)
{
    if (len <= 1) return len == 0 ? str_empty_value() : str_ascii_char((uint8_t)utf8[0]);
    StrObj *s = str_alloc_chars(vm, len, nchars);
    if (!s) return VAL_ERR;
    memcpy(s->data, utf8, len);
    return str_finish(s, nchars);
}

Value str_new(VM *vm, const char *utf8, size_t len)
{
    return str_new_counted(vm, utf8, len, len <= 1 ? len : unicode_count_chars(utf8, len));
}

Value str_from_cstr(VM *vm, const char *s)
{
    return str_new(vm, s, strlen(s));
}

Value str_from_codepoint(VM *vm, uint32_t cp)
{
    if (cp < 0x80) return str_ascii_char((uint8_t)cp);
    char enc[4];
    return str_new_counted(vm, enc, unicode_encode(cp, enc), 1);
}

Value str_from_utf8_checked(VM *vm, const char *data, size_t len)
{
    size_t nchars;
    Utf8Error err;
    if (!unicode_validate((const uint8_t *)data, len, 0, &nchars, &err)) {
        return codec_raise_utf8_error(vm, (const uint8_t *)data, len, &err);
    }
    return str_new_counted(vm, data, len, nchars);
}

Value str_piece(VM *vm, Value s, const char *data, size_t len)
{
    StrObj *str = AS_STR(s);
    if (len == str->len && str_is_exact(s)) return s;
    bool ascii = (str->hdr.flags & OBJ_ASCII) != 0;
    return str_new_counted(vm, data, len, ascii || len <= 1 ? len : unicode_count_chars(data, len));
}

/* An exact str copy of a str subclass instance (str(), interning). */
Value str_exact(VM *vm, Value s)
{
    if (str_is_exact(s)) return s;
    return str_new_counted(vm, str_data(s), str_len(s), AS_STR(s)->nchars);
}

/* ---- hashing ----------------------------------------------------------------------------- */

#define SIP_ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIP_ROUND                                                                                  \
    do {                                                                                           \
        v0 += v1;                                                                                  \
        v1 = SIP_ROTL(v1, 13);                                                                     \
        v1 ^= v0;                                                                                  \
        v0 = SIP_ROTL(v0, 32);                                                                     \
        v2 += v3;                                                                                  \
        v3 = SIP_ROTL(v3, 16);                                                                     \
        v3 ^= v2;                                                                                  \
        v0 += v3;                                                                                  \
        v3 = SIP_ROTL(v3, 21);                                                                     \
        v3 ^= v0;                                                                                  \
        v2 += v1;                                                                                  \
        v1 = SIP_ROTL(v1, 17);                                                                     \
        v1 ^= v2;                                                                                  \
        v2 = SIP_ROTL(v2, 32);                                                                     \
    } while (0)

/* SipHash-1-3 (CPython's string hash), fed incrementally so a str can be hashed in CPython's
 * representation without building it. State: the four lanes, the bytes of the current partial
 * block (little-endian in `tail`), and the total length. */
typedef struct SipState {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;
    unsigned ntail;
    size_t total;
} SipState;

static void sip_init(SipState *st, const uint64_t key[2])
{
    st->v0 = key[0] ^ 0x736f6d6570736575ULL;
    st->v1 = key[1] ^ 0x646f72616e646f6dULL;
    st->v2 = key[0] ^ 0x6c7967656e657261ULL;
    st->v3 = key[1] ^ 0x7465646279746573ULL;
    st->tail = 0;
    st->ntail = 0;
    st->total = 0;
}

static inline void sip_block(SipState *st, uint64_t m)
{
    uint64_t v0 = st->v0, v1 = st->v1, v2 = st->v2, v3 = st->v3;
    v3 ^= m;
    SIP_ROUND;
    v0 ^= m;
    st->v0 = v0, st->v1 = v1, st->v2 = v2, st->v3 = v3;
}

static inline void sip_byte(SipState *st, uint8_t byte)
{
    st->tail |= (uint64_t)byte << (8 * st->ntail);
    st->total++;
    if (++st->ntail == 8) {
        sip_block(st, st->tail);
        st->tail = 0;
        st->ntail = 0;
    }
}

/* Whole blocks straight from memory (little-endian loads: hashes, and so dict and set layouts,
 * do not depend on the host's byte order), then the remaining bytes one by one. */
static void sip_bytes(SipState *st, const uint8_t *p, size_t len)
{
    if (st->ntail == 0) {
        for (; len >= 8; len -= 8, p += 8) {
            uint64_t m = 0;
            for (int i = 7; i >= 0; i--) m = (m << 8) | p[i];
            sip_block(st, m);
            st->total += 8;
        }
    }
    for (size_t i = 0; i < len; i++) sip_byte(st, p[i]);
}

static uint64_t sip_final(SipState *st)
{
    uint64_t v0 = st->v0, v1 = st->v1, v2 = st->v2, v3 = st->v3;
    uint64_t b = ((uint64_t)st->total << 56) | st->tail;
    v3 ^= b;
    SIP_ROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND;
    SIP_ROUND;
    SIP_ROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

/* CPython's _Py_HashBytes: 0 for empty data, never -1. */
static int64_t hash_result(SipState *st)
{
    if (st->total == 0) return 0;
    int64_t h = (int64_t)sip_final(st);
    return h == -1 ? -2 : h;
}

int64_t str_hash_bytes(VM *vm, const void *data, size_t len)
{
    SipState st;
    sip_init(&st, vm->hash_key);
    sip_bytes(&st, data, len);
    return hash_result(&st);
}

/* CPython hashes a str's code units in its compact form: 1, 2 or 4 bytes per code point by the
 * largest one. Hashing the same units keeps hash(s) equal to CPython's under the same key (with
 * key 0: PYTHONHASHSEED=0), so sets of strs iterate in CPython's order. */
static int64_t hash_wide(VM *vm, const StrObj *s)
{
    uint32_t max = 0;
    for (size_t pos = 0, n; pos < s->len; pos += n) {
        uint32_t cp = unicode_decode(s->data + pos, &n);
        if (cp > max) max = cp;
    }
    unsigned width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    SipState st;
    sip_init(&st, vm->hash_key);
    for (size_t pos = 0, n; pos < s->len; pos += n) {
        uint32_t cp = unicode_decode(s->data + pos, &n);
        for (unsigned k = 0; k < width; k++) sip_byte(&st, (uint8_t)(cp >> (8 * k)));
    }
    return hash_result(&st);
}

int64_t str_hash(VM *vm, StrObj *s)
{
    if (s->hash != -1) return s->hash;
    int64_t h = (s->hdr.flags & OBJ_ASCII) ? str_hash_bytes(vm, s->data, s->len) : hash_wide(vm, s);
    if (!(s->hdr.flags & OBJ_STATIC)) s->hash = h;
    return h;
}

/* ---- interning --------------------------------------------------------------------------- */

Value str_intern(VM *vm, Value s)
{
    StrObj *str = AS_STR(s);
    if (str->hdr.flags & OBJ_INTERNED) return s;
    if (str->len <= 1)
        return str->len == 0 ? str_empty_value() : str_ascii_char((uint8_t)str->data[0]);
    if (vm->interned == VAL_UNDEF) {
        vm->interned = dict_new(vm);
        if (vm->interned == VAL_ERR) {
            vm->interned = VAL_UNDEF;
            return VAL_ERR;
        }
    }
    Value found;
    int r = dict_get(vm, vm->interned, s, &found);
    if (r < 0) return VAL_ERR;
    if (r == 1) return found;
    s = str_exact(vm, s);
    if (s == VAL_ERR || !dict_set(vm, vm->interned, s, s)) return VAL_ERR;
    AS_STR(s)->hdr.flags |= OBJ_INTERNED;
    return s;
}

Value str_intern_cstr(VM *vm, const char *s)
{
    Value str = str_from_cstr(vm, s);
    return str == VAL_ERR ? VAL_ERR : str_intern(vm, str);
}

/* ---- comparison -------------------------------------------------------------------------- */

bool str_equal(Value a, Value b)
{
    if (a == b) return true;
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    if (x->len != y->len) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    /* Two distinct interned strings always differ. */
    if ((x->hdr.flags & y->hdr.flags & OBJ_INTERNED) != 0) return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

bool str_eq_cstr(Value s, const char *c)
{
    size_t n = strlen(c);
    return str_len(s) == n && memcmp(str_data(s), c, n) == 0;
}

/* UTF-8 byte order is code point order (surrogates included), so memcmp decides. */
int str_cmp(Value a, Value b)
{
    if (a == b) return 0;
    size_t la = str_len(a), lb = str_len(b);
    int c = memcmp(str_data(a), str_data(b), la < lb ? la : lb);
    if (c != 0) return c < 0 ? -1 : 1;
    return la < lb ? -1 : la > lb;
}

static Value str_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_STR(a) || !IS_STR(b)) return VAL_NOTIMPL;
    if (op == CMP_EQ) return val_from_bool(str_equal(a, b));
    if (op == CMP_NE) return val_from_bool(!str_equal(a, b));
    int c = str_cmp(a, b);
    switch (op) {
    case CMP_LT:
        return val_from_bool(c < 0);
    case CMP_LE:
        return val_from_bool(c <= 0);
    case CMP_GT:
        return val_from_bool(c > 0);
    default:
        return val_from_bool(c >= 0);
    }
}

/* ---- concatenation and repetition -------------------------------------------------------- */

Value str_concat(VM *vm, Value a, Value b)
{
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    if (y->len == 0 && str_is_exact(a)) return a;
    if (x->len == 0 && str_is_exact(b)) return b;
    size_t len;
    if (!mem_size_add(x->len, y->len, &len)) return vm_raise_nomem(vm);
    StrObj *s = str_alloc_chars(vm, len, x->nchars + y->nchars);
    if (!s) return VAL_ERR;
    memcpy(s->data, x->data, x->len);
    memcpy(s->data + x->len, y->data, y->len);
    return str_finish(s, x->nchars + y->nchars);
}

/* Fill dst[0..total) with copies of src[0..len) by doubling. */
static void repeat_fill(char *dst, const char *src, size_t len, size_t total)
{
    if (len == 1) {
        memset(dst, src[0], total);
        return;
    }
    size_t done = len < total ? len : total;
    memcpy(dst, src, done);
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
}

/* The repeat count of s * n: false with OverflowError for ints beyond int64 (CPython's
 * "cannot fit 'int' into an index-sized integer"); negative big ints count as 0. */
static bool repeat_count(VM *vm, Value n, int64_t *count)
{
    if (val_is_small_int(n)) {
        *count = val_as_small_int(n);
        return true;
    }
    if (val_is_bool(n)) {
        *count = n == VAL_TRUE;
        return true;
    }
    if (int_to_i64(n, count)) return true;
    if (int_sign(n) < 0) {
        *count = 0;
        return true;
    }
    vm_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
}

static Value str_repeat(VM *vm, Value s, Value n)
{
    int64_t count;
    if (!repeat_count(vm, n, &count)) return VAL_ERR;
    StrObj *str = AS_STR(s);
    if (count <= 0 || str->len == 0) return str_empty_value();
    if (count == 1 && str_is_exact(s)) return s;
    size_t len, nchars;
    if (!mem_size_mul(str->len, (size_t)count, &len) || !mem_would_fit(&vm->mem, len)) {
        return vm_raise_nomem(vm);
    }
    nchars = str->nchars * (size_t)count;
    StrObj *r = str_alloc_chars(vm, len, nchars);
    if (!r) return VAL_ERR;
    repeat_fill(r->data, str->data, str->len, len);
    return str_finish(r, nchars);
}

/* An operand of a class statement's type may define the reflected operator, so it gets
 * NotImplemented rather than an immediate TypeError. */
static bool is_heap_instance(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TYPE_HEAP);
}

static Value str_binop(VM *vm, Value a, Value b, BinOp op)
{
    switch (op) {
    case BINOP_ADD:
        if (!IS_STR(a)) return VAL_NOTIMPL;
        if (IS_STR(b)) return str_concat(vm, a, b);
        if (is_heap_instance(b)) return VAL_NOTIMPL;
        return vm_raise(vm, &exc_TypeError, "can only concatenate str (not \"%s\") to str",
                        vm_type_name(b));
    case BINOP_MUL: {
        Value s = IS_STR(a) ? a : b, n = IS_STR(a) ? b : a;
        if (val_is_int(n) || val_is_bool(n)) return str_repeat(vm, s, n);
        if (is_heap_instance(n)) return VAL_NOTIMPL;
        return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        vm_type_name(n));
    }
    case BINOP_MOD:
        if (!IS_STR(a)) return VAL_NOTIMPL;
        return format_percent(vm, a, b);
    default:
        return VAL_NOTIMPL;
    }
}

/* ---- indexing and slicing ---------------------------------------------------------------- */

/* The code point at index i (0 <= i < nchars) as a str. */
static Value str_char_at(VM *vm, StrObj *s, size_t i)
{
    if (s->hdr.flags & OBJ_ASCII) return str_ascii_char((uint8_t)s->data[i]);
    size_t off = str_byte_offset(s, i);
    return str_new_counted(vm, s->data + off, unicode_seq_len((uint8_t)s->data[off]), 1);
}

/* s[start:stop] for 0 <= start <= stop <= nchars. */
static Value str_substr(VM *vm, Value self, size_t start, size_t stop)
{
    StrObj *s = AS_STR(self);
    if (start == 0 && stop == s->nchars && str_is_exact(self)) return self;
    if (s->hdr.flags & OBJ_ASCII) return str_piece(vm, self, s->data + start, stop - start);
    size_t from = str_byte_offset(s, start), to;
    if (s->hdr.flags & OBJ_STR_INDEXED)
        to = str_byte_offset(s, stop);
    else
        to = from +
             unicode_char_offset(s->data + from, s->len - from, s->nchars - start, stop - start);
    return str_new_counted(vm, s->data + from, to - from, stop - start);
}

/* A slice with a step other than 1: `count` code points from index start, step apart. */
static Value str_stepped(VM *vm, StrObj *s, int64_t start, int64_t step, size_t count)
{
    if (s->hdr.flags & OBJ_ASCII) {
        StrObj *r = str_alloc(vm, count);
        if (!r) return VAL_ERR;
        for (size_t k = 0; k < count; k++) r->data[k] = s->data[start + (int64_t)k * step];
        return str_finish(r, count);
    }
    Buf b;
    buf_init(&b, vm);
    size_t off = str_byte_offset(s, (size_t)start);
    for (size_t k = 0; k < count; k++) {
        size_t n = unicode_seq_len((uint8_t)s->data[off]);
        buf_append(&b, s->data + off, n);
        if (k + 1 == count) break;
        /* Walk |step| code points from off, forwards or backwards. */
        for (int64_t m = step > 0 ? step : -step; m > 0; m--) {
            if (step > 0)
                off += unicode_seq_len((uint8_t)s->data[off]);
            else
                do off--;
                while (unicode_is_continuation((uint8_t)s->data[off]));
        }
    }
    return buf_finish_str(&b);
}

static Value str_slice(VM *vm, Value self, Value slice)
{
    StrObj *s = AS_STR(self);
    int64_t start, stop, step;
    int64_t count = slice_indices(vm, slice, (int64_t)s->nchars, &start, &stop, &step);
    if (count < 0) return VAL_ERR;
    if (count == 0) return str_empty_value();
    if (step == 1) return str_substr(vm, self, (size_t)start, (size_t)start + (size_t)count);
    return str_stepped(vm, s, start, step, (size_t)count);
}

static Value str_getitem(VM *vm, Value self, Value key)
{
    StrObj *s = AS_STR(self);
    int64_t i;
    if (val_is_small_int(key)) {
        i = val_as_small_int(key);
    } else if (val_is_kind(key, OBJ_SLICE)) {
        return str_slice(vm, self, key);
    } else if (val_is_bool(key) || IS_BIGINT(key)) {
        if (!ops_index(vm, key, &i)) return VAL_ERR;
    } else {
        return vm_raise(vm, &exc_TypeError, "string indices must be integers, not '%s'",
                        vm_type_name(key));
    }
    if (i < 0) i += (int64_t)s->nchars;
    if (i < 0 || (uint64_t)i >= s->nchars) {
        return vm_raise(vm, &exc_IndexError, "string index out of range");
    }
    return str_char_at(vm, s, (size_t)i);
}

static int str_contains(VM *vm, Value self, Value item)
{
    if (!IS_STR(item)) {
        vm_raise(vm, &exc_TypeError, "'in <string>' requires string as left operand, not %s",
                 vm_type_name(item));
        return -1;
    }
    return text_find(str_data(self), str_len(self), str_data(item), str_len(item)) >= 0;
}

static int64_t str_length(VM *vm, Value self)
{
    return (int64_t)AS_STR(self)->nchars;
}

static int str_truth(VM *vm, Value self)
{
    return AS_STR(self)->len != 0;
}

static bool str_hash_slot(VM *vm, Value self, int64_t *out)
{
    *out = str_hash(vm, AS_STR(self));
    return true;
}

/* ---- iteration --------------------------------------------------------------------------- */

/* IterObj: seq = the str, index = byte offset of the next code point. */
static Value str_iter(VM *vm, Value self)
{
    const TypeObj *type = str_is_ascii(self) ? &type_str_ascii_iterator : &type_str_iterator;
    IterObj *it = gc_new(vm, sizeof(IterObj), OBJ_ITER, type);
    if (!it) return VAL_ERR;
    it->seq = self;
    it->aux = VAL_UNDEF;
    return val_from_obj(it);
}

static Value str_iter_next(VM *vm, Value self)
{
    IterObj *it = AS_ITER(self);
    StrObj *s = AS_STR(it->seq);
    size_t pos = (size_t)it->index;
    if (pos >= s->len) return VAL_EXHAUSTED;
    uint8_t lead = (uint8_t)s->data[pos];
    if (lead < 0x80) {
        it->index++;
        return str_ascii_char(lead);
    }
    size_t n = unicode_seq_len(lead);
    it->index += (int64_t)n;
    return str_new_counted(vm, s->data + pos, n, 1);
}

static Value str_ascii_iter_next(VM *vm, Value self)
{
    IterObj *it = AS_ITER(self);
    StrObj *s = AS_STR(it->seq);
    if ((uint64_t)it->index >= s->len) return VAL_EXHAUSTED;
    return str_ascii_char((uint8_t)s->data[it->index++]);
}

static Value str_iter_self(VM *vm, Value self)
{
    return self;
}

static void str_iter_trace(VM *vm, Obj *o)
{
    gc_mark_value(vm, ((IterObj *)o)->seq);
}

/* A str holds no references. The explicit empty trace keeps gc.c from inheriting object's
 * (which would read the hash as an instance dict). */
static void str_trace(VM *vm, Obj *o) {}

/* ---- repr -------------------------------------------------------------------------------- */

/* Does an ASCII byte need escaping in a repr quoted with `quote`? */
static inline bool repr_plain(uint8_t c, char quote)
{
    return c >= 0x20 && c < 0x7f && c != '\\' && c != (uint8_t)quote;
}

static void repr_escape_ascii(Buf *b, uint8_t c)
{
    switch (c) {
    case '\t':
        buf_append(b, "\\t", 2);
        break;
    case '\n':
        buf_append(b, "\\n", 2);
        break;
    case '\r':
        buf_append(b, "\\r", 2);
        break;
    case '\\':
        buf_append(b, "\\\\", 2);
        break;
    case '\'':
        buf_append(b, "\\'", 2);
        break;
    case '"':
        buf_append(b, "\\\"", 2);
        break;
    default:
        buf_printf(b, "\\x%02x", c);
        break;
    }
}

static void repr_codepoint(Buf *b, const char *p, size_t n, uint32_t cp, bool ascii_only)
{
    if (!ascii_only && unicode_isprintable(cp))
        buf_append(b, p, n);
    else if (cp <= 0xff)
        buf_printf(b, "\\x%02x", cp);
    else if (cp <= 0xffff)
        buf_printf(b, "\\u%04x", cp);
    else
        buf_printf(b, "\\U%08x", cp);
}

Value str_repr(VM *vm, Value s, bool ascii_only)
{
    const char *data = str_data(s);
    size_t len = str_len(s);
    bool has_single = memchr(data, '\'', len) != NULL;
    char quote = has_single && !memchr(data, '"', len) ? '"' : '\'';
    Buf b;
    buf_init(&b, vm);
    buf_append_char(&b, quote);
    size_t i = 0;
    while (i < len) {
        size_t run = i;
        while (run < len && repr_plain((uint8_t)data[run], quote)) run++;
        buf_append(&b, data + i, run - i);
        i = run;
        if (i >= len) break;
        uint8_t c = (uint8_t)data[i];
        if (c < 0x80) {
            repr_escape_ascii(&b, c);
            i++;
            continue;
        }
        size_t n;
        uint32_t cp = unicode_decode(data + i, &n);
        repr_codepoint(&b, data + i, n, cp, ascii_only);
        i += n;
    }
    buf_append_char(&b, quote);
    return buf_finish_str(&b);
}

static Value str_repr_slot(VM *vm, Value self)
{
    return str_repr(vm, self, false);
}

static Value str_str_slot(VM *vm, Value self)
{
    return str_exact(vm, self);
}

/* ---- construction ------------------------------------------------------------------------ */

/* str(bytes, encoding, errors): decode a bytes-like object. */
static Value str_decode_arg(VM *vm, Value obj, Value encoding, Value errors)
{
    const char *names[2] = {NULL, NULL};
    Value given[2] = {encoding, errors};
    static const char *const what[2] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++) {
        if (given[i] == VAL_UNDEF) continue;
        if (!IS_STR(given[i])) {
            return vm_raise(vm, &exc_TypeError, "str() argument '%s' must be str, not %s", what[i],
                            vm_type_name(given[i]));
        }
        names[i] = str_data(given[i]);
    }
    const uint8_t *data;
    size_t len;
    if (obj == VAL_UNDEF) return str_empty_value();
    if (!bytes_view(obj, &data, &len)) {
        if (IS_STR(obj)) return vm_raise(vm, &exc_TypeError, "decoding str is not supported");
        return vm_raise(vm, &exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                        vm_type_name(obj));
    }
    return codec_decode(vm, data, len, names[0], names[1]);
}

static Value str_construct(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3];
    if (!args_parse(vm, "str", args, nargs, kwnames, names, 3, 0, 0, a)) return VAL_ERR;
    Value r;
    if (a[1] != VAL_UNDEF || a[2] != VAL_UNDEF)
        r = str_decode_arg(vm, a[0], a[1], a[2]);
    else if (a[0] == VAL_UNDEF)
        r = str_empty_value();
    else {
        if (type == &type_str && class_needs_render(vm, a[0])) return class_render(vm, a[0], true);
        if (type == &type_str) vm->pending_ok = true; /* a Python __str__'s result is str()'s */
        r = ops_str(vm, a[0]);
        vm->pending_ok = false;
    }
    if (r == VAL_ERR || r == VAL_PENDING || type == &type_str) return r;
    StrObj *sub = str_alloc_typed(vm, type, str_len(r));
    if (!sub) return VAL_ERR;
    memcpy(sub->data, str_data(r), str_len(r));
    return str_finish(sub, AS_STR(r)->nchars);
}

/* ---- type objects ------------------------------------------------------------------------ */

const TypeObj type_str = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "str",
    .base = &type_object,
    .layout = OBJ_STR,
    .tflags = TYPE_BASETYPE,
    .methods = str_methods,
    .construct = str_construct,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .compare = str_compare,
    .binop = str_binop,
    .truth = str_truth,
    .len = str_length,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .trace = str_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_str_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "str_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = str_iter_self,
    .next = str_iter_next,
    .trace = str_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_str_ascii_iterator = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "str_ascii_iterator",
    .base = &type_object,
    .layout = OBJ_ITER,
    .tflags = TYPE_ITERATOR,
    .iter = str_iter_self,
    .next = str_ascii_iter_next,
    .trace = str_iter_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
