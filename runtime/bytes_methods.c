/* bytes_methods.c — the methods of bytes and bytearray. Both types share every non-mutating
 * method (results take self's type: bytearray methods return bytearrays); bytearray adds the
 * mutating ones. The algorithms are text.c's, shared with str; character classes and case
 * mappings are ASCII-only, as CPython's.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "bytes_internal.h"
#include "codec.h"
#include "exception.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "text.h"
#include "tuple.h"

/* ---- helpers ------------------------------------------------------------------------------- */

typedef struct View {
    const char *data;
    size_t len;
} View;

static View view_of(Value v)
{
    const uint8_t *data;
    size_t len;
    bytes_view(v, &data, &len);
    return (View){(const char *)data, len};
}

/* "bytes.lower" / "bytearray.lower": CPython's name for the method in argument errors. */
static const char *qualified(char *buf, size_t cap, Value self, const char *name)
{
    snprintf(buf, cap, "%s.%s", bytes_kind_name(self), name);
    return buf;
}

/* A bytes-like argument: TypeError "a bytes-like object is required, not 'str'" otherwise. */
static bool buffer_arg(VM *vm, Value v, View *out)
{
    const uint8_t *data;
    size_t len;
    if (bytes_view(v, &data, &len)) {
        *out = (View){(const char *)data, len};
        return true;
    }
    vm_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", vm_type_name(v));
    return false;
}

/* A result of self's type with `len` bytes to fill, after checking the memory limit. */
static Value result_like(VM *vm, Value self, size_t len, uint8_t **out)
{
    if (!mem_would_fit(&vm->mem, len)) return vm_raise_nomem(vm);
    Value r = bytes_new_like(vm, self, NULL, len);
    if (r != VAL_ERR) *out = bytes_raw(r);
    return r;
}

/* self, or a copy when self is a bytearray (whose methods always return a new object). */
static Value self_or_copy(VM *vm, Value self)
{
    View v = view_of(self);
    if (!bytes_is_bytearray(self) && val_as_obj(self)->type == &type_bytes) return self;
    return bytes_new_like(vm, self, (const uint8_t *)v.data, v.len);
}

/* ---- decode, hex, fromhex ----------------------------------------------------------------- */

static bool codec_name_arg(VM *vm, const char *what, Value v, const char **out)
{
    *out = NULL;
    if (v == VAL_UNDEF) return true;
    if (!IS_STR(v)) {
        vm_raise(vm, &exc_TypeError, "decode() argument '%s' must be str, not %s", what,
                 vm_type_name(v));
        return false;
    }
    *out = str_data(v);
    return true;
}

static Value bytes_m_decode(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (!args_parse(vm, "decode", args + 1, nargs - 1, kwnames, names, 2, 0, 0, a)) {
        return VAL_ERR;
    }
    const char *encoding, *errors;
    if (!codec_name_arg(vm, "encoding", a[0], &encoding) ||
        !codec_name_arg(vm, "errors", a[1], &errors)) {
        return VAL_ERR;
    }
    View v = view_of(args[0]);
    return codec_decode(vm, (const uint8_t *)v.data, v.len, encoding, errors);
}

/* The separator of hex(): one ASCII character given as str or bytes. */
static bool hex_sep_arg(VM *vm, Value v, char *out)
{
    View s;
    if (IS_STR(v)) {
        s = (View){str_data(v), AS_STR(v)->nchars};
    } else if (!bytes_view(v, (const uint8_t **)&s.data, &s.len)) {
        vm_raise(vm, &exc_TypeError, "object of type '%s' has no len()", vm_type_name(v));
        return false;
    }
    if (s.len != 1) {
        vm_raise(vm, &exc_ValueError, "sep must be length 1.");
        return false;
    }
    if ((uint8_t)s.data[0] >= 0x80) {
        vm_raise(vm, &exc_ValueError, "sep must be ASCII.");
        return false;
    }
    *out = s.data[0];
    return true;
}

/* Separator positions: groups of `group` bytes counted from the right (per > 0) or left. */
static bool hex_sep_before(size_t i, size_t len, int64_t per)
{
    if (i == 0 || per == 0) return false;
    size_t group = (size_t)(per < 0 ? -per : per);
    return per > 0 ? (len - i) % group == 0 : i % group == 0;
}

static Value bytes_m_hex(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const char digits[] = "0123456789abcdef";
    Value a[2];
    if (!args_parse(vm, "hex", args + 1, nargs - 1, kwnames, names, 2, 0, 0, a)) return VAL_ERR;
    char sep = 0;
    int64_t per = 1;
    if (a[0] != VAL_UNDEF && !hex_sep_arg(vm, a[0], &sep)) return VAL_ERR;
    if (a[1] != VAL_UNDEF && !text_arg_ssize(vm, a[1], &per)) return VAL_ERR;
    if (a[0] == VAL_UNDEF) per = 0;
    View v = view_of(args[0]);
    Buf b;
    buf_init(&b, vm);
    for (size_t i = 0; i < v.len; i++) {
        uint8_t c = (uint8_t)v.data[i];
        if (hex_sep_before(i, v.len, per)) buf_append_char(&b, sep);
        buf_append_char(&b, digits[c >> 4]);
        buf_append_char(&b, digits[c & 15]);
    }
    return buf_finish_str(&b);
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex / bytearray.fromhex (a classmethod: args[0] is the type). */
static Value bytes_m_fromhex(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "fromhex", kwnames) || !args_count(vm, "fromhex", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    if (!IS_STR(args[1])) {
        return vm_raise(vm, &exc_TypeError, "fromhex() argument must be str, not %s",
                        vm_type_name(args[1]));
    }
    const char *s = str_data(args[1]);
    size_t len = str_len(args[1]), i = 0;
    Buf b;
    buf_init(&b, vm);
    for (;;) {
        while (i < len && text_ascii_isspace((uint8_t)s[i])) i++;
        if (i >= len) break;
        int hi = hex_digit(s[i]), lo = i + 1 < len ? hex_digit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            buf_free(&b);
            return vm_raise(vm, &exc_ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %zu",
                            hi < 0 ? i : i + 1);
        }
        buf_append_char(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    Value r = buf_finish_bytes(&b);
    const TypeObj *type = AS_TYPE(args[0]);
    if (r == VAL_ERR || type->layout != OBJ_BYTEARRAY) return r;
    return bytearray_new(vm, AS_BYTES(r)->data, AS_BYTES(r)->len);
}

/* ---- find, index, count, startswith, endswith --------------------------------------------- */

/* The (sub, start, end) arguments of find-like methods, bounds adjusted to the data. */
typedef struct SearchArgs {
    View sub;
    uint8_t byte; /* storage when sub was given as an int */
    int64_t start, end;
    bool valid; /* start <= len and start <= end */
} SearchArgs;

static bool search_bounds(VM *vm, const char *fname, const Value *args, int nargs, Value kwnames,
                          SearchArgs *sa)
{
    if (!args_no_kw(vm, fname, kwnames) || !text_args_range(vm, fname, nargs - 1, 1, 3)) {
        return false;
    }
    sa->start = 0;
    sa->end = INT64_MAX;
    if (nargs > 2 && !text_arg_bound(vm, args[2], &sa->start)) return false;
    if (nargs > 3 && !text_arg_bound(vm, args[3], &sa->end)) return false;
    int64_t len = (int64_t)view_of(args[0]).len;
    text_adjust_bounds(&sa->start, &sa->end, len);
    sa->valid = sa->start <= len && sa->start <= sa->end;
    return true;
}

/* sub of find/count/index: bytes-like, or an int taken as one byte. */
static bool search_args(VM *vm, const char *fname, const Value *args, int nargs, Value kwnames,
                        SearchArgs *sa)
{
    if (!search_bounds(vm, fname, args, nargs, kwnames, sa)) return false;
    Value sub = args[1];
    const uint8_t *data;
    if (bytes_view(sub, &data, &sa->sub.len)) {
        sa->sub.data = (const char *)data;
        return true;
    }
    if (val_is_int(sub) || val_is_bool(sub)) {
        if (!bytes_byte_arg(vm, sub, BYTE_RANGE_MSG, &sa->byte)) return false;
        sa->sub = (View){(const char *)&sa->byte, 1};
        return true;
    }
    vm_raise(vm, &exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
             vm_type_name(sub));
    return false;
}

static Value find_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                         bool reverse, bool raise)
{
    SearchArgs sa;
    if (!search_args(vm, fname, args, nargs, kwnames, &sa)) return VAL_ERR;
    View v = view_of(args[0]);
    ptrdiff_t at = -1;
    if (sa.valid) {
        const char *hay = v.data + sa.start;
        size_t hlen = (size_t)(sa.end - sa.start);
        at = reverse ? text_rfind(hay, hlen, sa.sub.data, sa.sub.len)
                     : text_find(hay, hlen, sa.sub.data, sa.sub.len);
    }
    if (at >= 0) return val_from_small_int(sa.start + at);
    if (raise) return vm_raise(vm, &exc_ValueError, "subsection not found");
    return val_from_small_int(-1);
}

static Value bytes_m_find(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "find", false, false);
}

static Value bytes_m_rfind(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "rfind", true, false);
}

static Value bytes_m_index(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "index", false, true);
}

static Value bytes_m_rindex(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "rindex", true, true);
}

static Value bytes_m_count(VM *vm, const Value *args, int nargs, Value kwnames)
{
    SearchArgs sa;
    if (!search_args(vm, "count", args, nargs, kwnames, &sa)) return VAL_ERR;
    if (!sa.valid) return val_from_small_int(0);
    View v = view_of(args[0]);
    size_t n = text_count(v.data + sa.start, (size_t)(sa.end - sa.start), sa.sub.data, sa.sub.len,
                          SIZE_MAX);
    return val_from_small_int((int64_t)n);
}

static bool tail_match(View v, const SearchArgs *sa, View affix, bool at_end)
{
    if (!sa->valid || (size_t)(sa->end - sa->start) < affix.len) return false;
    const char *at = v.data + (at_end ? (size_t)sa->end - affix.len : (size_t)sa->start);
    return memcmp(at, affix.data, affix.len) == 0;
}

static Value affix_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                          bool at_end)
{
    SearchArgs sa;
    if (!search_bounds(vm, fname, args, nargs, kwnames, &sa)) return VAL_ERR;
    View v = view_of(args[0]), affix;
    Value arg = args[1];
    const uint8_t *data;
    if (bytes_view(arg, &data, &affix.len)) {
        affix.data = (const char *)data;
        return val_from_bool(tail_match(v, &sa, affix, at_end));
    }
    if (!IS_TUPLE(arg)) {
        return vm_raise(vm, &exc_TypeError,
                        "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                        vm_type_name(arg));
    }
    const TupleObj *t = AS_TUPLE(arg);
    for (size_t i = 0; i < t->len; i++) {
        if (!buffer_arg(vm, t->items[i], &affix)) return VAL_ERR;
        if (tail_match(v, &sa, affix, at_end)) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value bytes_m_startswith(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return affix_common(vm, args, nargs, kwnames, "startswith", false);
}

static Value bytes_m_endswith(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return affix_common(vm, args, nargs, kwnames, "endswith", true);
}

/* ---- split, splitlines, partition, join --------------------------------------------------- */

static Value split_common(VM *vm, const Value *args, int nargs, Value kwnames, bool reverse)
{
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (!args_parse(vm, reverse ? "rsplit" : "split", args + 1, nargs - 1, kwnames, names, 2, 0, 0,
                    a)) {
        return VAL_ERR;
    }
    int64_t maxsplit = -1;
    if (a[1] != VAL_UNDEF && !text_arg_ssize(vm, a[1], &maxsplit)) return VAL_ERR;
    View sep = {NULL, 0};
    if (a[0] != VAL_UNDEF && a[0] != VAL_NONE) {
        if (!buffer_arg(vm, a[0], &sep)) return VAL_ERR;
        if (sep.len == 0) return vm_raise(vm, &exc_ValueError, "empty separator");
    }
    Value self = args[0];
    View v = view_of(self);
    if (reverse) {
        return text_rsplit(vm, &text_ops_bytes, self, v.data, v.len, sep.data, sep.len, maxsplit);
    }
    return text_split(vm, &text_ops_bytes, self, v.data, v.len, sep.data, sep.len, maxsplit);
}

static Value bytes_m_split(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return split_common(vm, args, nargs, kwnames, false);
}

static Value bytes_m_rsplit(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return split_common(vm, args, nargs, kwnames, true);
}

static Value bytes_m_splitlines(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (!args_parse(vm, "splitlines", args + 1, nargs - 1, kwnames, names, 1, 0, 0, a)) {
        return VAL_ERR;
    }
    int64_t keepends = 0;
    if (a[0] != VAL_UNDEF && !IS_BIGINT(a[0]) && !text_arg_ssize(vm, a[0], &keepends)) {
        return VAL_ERR;
    }
    View v = view_of(args[0]);
    return text_splitlines(vm, &text_ops_bytes, args[0], v.data, v.len,
                           keepends != 0 || IS_BIGINT(a[0]));
}

static Value partition_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *name,
                              bool reverse)
{
    char fname[32];
    qualified(fname, sizeof fname, args[0], name);
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname, nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    View sep;
    if (!buffer_arg(vm, args[1], &sep)) return VAL_ERR;
    if (sep.len == 0) return vm_raise(vm, &exc_ValueError, "empty separator");
    Value self = args[0], sep_value = args[1];
    /* bytes puts the separator object itself in the result; bytearray a new bytearray. */
    if (bytes_is_bytearray(self)) {
        sep_value = bytearray_new(vm, (const uint8_t *)sep.data, sep.len);
        if (sep_value == VAL_ERR) return VAL_ERR;
    }
    View v = view_of(self);
    return text_partition(vm, &text_ops_bytes, self, v.data, v.len, sep_value, sep.data, sep.len,
                          reverse);
}

static Value bytes_m_partition(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return partition_common(vm, args, nargs, kwnames, "partition", false);
}

static Value bytes_m_rpartition(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return partition_common(vm, args, nargs, kwnames, "rpartition", true);
}

static Value join_items(VM *vm, Value self, const Value *items, size_t n)
{
    View sep = view_of(self);
    size_t total;
    if (!mem_size_mul(sep.len, n ? n - 1 : 0, &total)) return vm_raise_nomem(vm);
    for (size_t i = 0; i < n; i++) {
        const uint8_t *data;
        size_t len;
        if (!bytes_view(items[i], &data, &len)) {
            return vm_raise(vm, &exc_TypeError,
                            "sequence item %zu: expected a bytes-like object, %s found", i,
                            vm_type_name(items[i]));
        }
        if (!mem_size_add(total, len, &total)) return vm_raise_nomem(vm);
    }
    uint8_t *out = NULL;
    Value r = result_like(vm, self, total, &out);
    if (r == VAL_ERR) return VAL_ERR;
    for (size_t i = 0; i < n; i++) {
        View item = view_of(items[i]);
        if (i > 0 && sep.len) {
            memcpy(out, sep.data, sep.len);
            out += sep.len;
        }
        if (item.len) memcpy(out, item.data, item.len);
        out += item.len;
    }
    return r;
}

static Value bytes_m_join(VM *vm, const Value *args, int nargs, Value kwnames)
{
    char fname[32];
    qualified(fname, sizeof fname, args[0], "join");
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname, nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    if (!bytes_maybe_iterable(args[1])) {
        return vm_raise(vm, &exc_TypeError, "can only join an iterable");
    }
    Value items = vm_materialize(vm, args[1], args, nargs, kwnames, 1);
    if (items == VAL_PENDING || items == VAL_ERR) return items;
    if (IS_LIST(items)) return join_items(vm, args[0], AS_LIST(items)->items, AS_LIST(items)->len);
    return join_items(vm, args[0], AS_TUPLE(items)->items, AS_TUPLE(items)->len);
}

/* ---- strip, removeprefix, replace ---------------------------------------------------------- */

static Value strip_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *name,
                          int sides)
{
    char fname[32];
    qualified(fname, sizeof fname, args[0], name);
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, name, nargs - 1, 0, 1)) {
        return VAL_ERR;
    }
    View chars = {NULL, 0};
    if (nargs > 1 && args[1] != VAL_NONE && !buffer_arg(vm, args[1], &chars)) return VAL_ERR;
    View v = view_of(args[0]);
    size_t start, end;
    text_strip_bounds(&text_ops_bytes, v.data, v.len, chars.data, chars.len, sides, &start, &end);
    return bytes_piece(vm, args[0], v.data + start, end - start);
}

static Value bytes_m_strip(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return strip_common(vm, args, nargs, kwnames, "strip", TEXT_STRIP_BOTH);
}

static Value bytes_m_lstrip(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return strip_common(vm, args, nargs, kwnames, "lstrip", TEXT_STRIP_LEFT);
}

static Value bytes_m_rstrip(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return strip_common(vm, args, nargs, kwnames, "rstrip", TEXT_STRIP_RIGHT);
}

static Value remove_affix(VM *vm, const Value *args, int nargs, Value kwnames, const char *name,
                          bool suffix)
{
    char fname[32];
    qualified(fname, sizeof fname, args[0], name);
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname, nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    View affix, v = view_of(args[0]);
    if (!buffer_arg(vm, args[1], &affix)) return VAL_ERR;
    if (affix.len > 0 && affix.len <= v.len) {
        if (!suffix && memcmp(v.data, affix.data, affix.len) == 0) {
            return bytes_piece(vm, args[0], v.data + affix.len, v.len - affix.len);
        }
        if (suffix && memcmp(v.data + v.len - affix.len, affix.data, affix.len) == 0) {
            return bytes_piece(vm, args[0], v.data, v.len - affix.len);
        }
    }
    return self_or_copy(vm, args[0]);
}

static Value bytes_m_removeprefix(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return remove_affix(vm, args, nargs, kwnames, "removeprefix", false);
}

static Value bytes_m_removesuffix(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return remove_affix(vm, args, nargs, kwnames, "removesuffix", true);
}

static Value bytes_m_replace(VM *vm, const Value *args, int nargs, Value kwnames)
{
    char fname[32];
    qualified(fname, sizeof fname, args[0], "replace");
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, "replace", nargs - 1, 2, 3)) {
        return VAL_ERR;
    }
    View old, new_text, v = view_of(args[0]);
    if (!buffer_arg(vm, args[1], &old) || !buffer_arg(vm, args[2], &new_text)) return VAL_ERR;
    int64_t count = -1;
    if (nargs > 3 && !text_arg_ssize(vm, args[3], &count)) return VAL_ERR;
    size_t matches, size;
    if (!text_replace_size(&text_ops_bytes, v.data, v.len, v.len, old.data, old.len, new_text.len,
                           count, &matches, &size)) {
        return vm_raise_nomem(vm);
    }
    if (matches == 0) return self_or_copy(vm, args[0]);
    uint8_t *out = NULL;
    Value r = result_like(vm, args[0], size, &out);
    if (r == VAL_ERR) return VAL_ERR;
    if (size) {
        text_replace_into(&text_ops_bytes, v.data, v.len, old.data, old.len, new_text.data,
                          new_text.len, matches, (char *)out);
    }
    return r;
}

/* ---- expandtabs, padding ------------------------------------------------------------------- */

static Value bytes_m_expandtabs(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (!args_parse(vm, "expandtabs", args + 1, nargs - 1, kwnames, names, 1, 0, 0, a)) {
        return VAL_ERR;
    }
    int64_t tabsize = 8;
    if (a[0] != VAL_UNDEF) {
        if (!text_arg_ssize(vm, a[0], &tabsize)) return VAL_ERR;
        if (tabsize > INT_MAX || tabsize < INT_MIN) {
            return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
        }
    }
    View v = view_of(args[0]);
    size_t size, nchars;
    if (!text_expandtabs_size(&text_ops_bytes, v.data, v.len, tabsize, &size, &nchars)) {
        return vm_raise_nomem(vm);
    }
    uint8_t *out = NULL;
    Value r = result_like(vm, args[0], size, &out);
    if (r != VAL_ERR && size)
        text_expandtabs_into(&text_ops_bytes, v.data, v.len, tabsize, (char *)out);
    return r;
}

/* Pad self to `width` bytes with `left` + the rest copies of fill on the sides. */
static Value pad(VM *vm, Value self, int64_t width, char fill, bool center, bool fill_left)
{
    View v = view_of(self);
    if (width <= (int64_t)v.len) return self_or_copy(vm, self);
    size_t margin = (size_t)width - v.len, left;
    if (center)
        left = text_center_left(margin, (size_t)width);
    else
        left = fill_left ? margin : 0;
    uint8_t *out = NULL;
    Value r = result_like(vm, self, (size_t)width, &out);
    if (r != VAL_ERR) text_pad_into(v.data, v.len, &fill, 1, left, margin - left, (char *)out);
    return r;
}

static Value pad_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *name,
                        bool center, bool fill_left)
{
    char fname[32];
    qualified(fname, sizeof fname, args[0], name);
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, name, nargs - 1, 1, 2)) {
        return VAL_ERR;
    }
    int64_t width;
    if (!text_arg_ssize(vm, args[1], &width)) return VAL_ERR;
    char fill = ' ';
    if (nargs > 2) {
        const uint8_t *data;
        size_t len;
        if (!bytes_view(args[2], &data, &len) || len != 1) {
            return vm_raise(vm, &exc_TypeError,
                            "%s() argument 2 must be a byte string of length 1, not %s", name,
                            vm_type_name(args[2]));
        }
        fill = (char)data[0];
    }
    return pad(vm, args[0], width, fill, center, fill_left);
}

static Value bytes_m_center(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return pad_common(vm, args, nargs, kwnames, "center", true, false);
}

static Value bytes_m_ljust(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return pad_common(vm, args, nargs, kwnames, "ljust", false, false);
}

static Value bytes_m_rjust(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return pad_common(vm, args, nargs, kwnames, "rjust", false, true);
}

static Value bytes_m_zfill(VM *vm, const Value *args, int nargs, Value kwnames)
{
    char fname[32];
    qualified(fname, sizeof fname, args[0], "zfill");
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname, nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    int64_t width;
    if (!text_arg_ssize(vm, args[1], &width)) return VAL_ERR;
    size_t len = view_of(args[0]).len;
    Value r = pad(vm, args[0], width, '0', false, true);
    if (r == VAL_ERR || width <= (int64_t)len) return r;
    uint8_t *out = bytes_raw(r);
    size_t fill = (size_t)width - len;
    if (out[fill] == '+' || out[fill] == '-') {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return r;
}

/* ---- case mapping and classes (ASCII) ----------------------------------------------------- */

static bool no_args(VM *vm, Value self, const char *name, int nargs, Value kwnames)
{
    char fname[32];
    qualified(fname, sizeof fname, self, name);
    return args_no_kw(vm, fname, kwnames) && args_count(vm, fname, nargs - 1, 0, 0);
}

static Value case_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *name,
                         TextCase mode)
{
    if (!no_args(vm, args[0], name, nargs, kwnames)) return VAL_ERR;
    View v = view_of(args[0]);
    uint8_t *out = NULL;
    Value r = result_like(vm, args[0], v.len, &out);
    if (r != VAL_ERR && v.len) text_ascii_case(v.data, v.len, mode, (char *)out);
    return r;
}

static Value bytes_m_upper(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_common(vm, args, nargs, kwnames, "upper", TEXT_UPPER);
}

static Value bytes_m_lower(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_common(vm, args, nargs, kwnames, "lower", TEXT_LOWER);
}

static Value bytes_m_swapcase(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_common(vm, args, nargs, kwnames, "swapcase", TEXT_SWAPCASE);
}

static Value bytes_m_title(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_common(vm, args, nargs, kwnames, "title", TEXT_TITLE);
}

static Value bytes_m_capitalize(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_common(vm, args, nargs, kwnames, "capitalize", TEXT_CAPITALIZE);
}

static Value class_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *name,
                          TextClass cls)
{
    if (!no_args(vm, args[0], name, nargs, kwnames)) return VAL_ERR;
    View v = view_of(args[0]);
    return val_from_bool(text_ascii_is(v.data, v.len, cls));
}

static Value bytes_m_isalpha(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_common(vm, args, nargs, kwnames, "isalpha", TEXT_ISALPHA);
}

static Value bytes_m_isdigit(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_common(vm, args, nargs, kwnames, "isdigit", TEXT_ISDIGIT);
}

static Value bytes_m_isalnum(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_common(vm, args, nargs, kwnames, "isalnum", TEXT_ISALNUM);
}

static Value bytes_m_islower(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_common(vm, args, nargs, kwnames, "islower", TEXT_ISLOWER);
}

static Value bytes_m_isupper(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_common(vm, args, nargs, kwnames, "isupper", TEXT_ISUPPER);
}

static Value bytes_m_istitle(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_common(vm, args, nargs, kwnames, "istitle", TEXT_ISTITLE);
}

static Value bytes_m_isspace(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, args[0], "isspace", nargs, kwnames)) return VAL_ERR;
    View v = view_of(args[0]);
    for (size_t i = 0; i < v.len; i++) {
        if (!text_ascii_isspace((uint8_t)v.data[i])) return VAL_FALSE;
    }
    return val_from_bool(v.len > 0);
}

static Value bytes_m_isascii(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, args[0], "isascii", nargs, kwnames)) return VAL_ERR;
    View v = view_of(args[0]);
    for (size_t i = 0; i < v.len; i++) {
        if ((uint8_t)v.data[i] >= 0x80) return VAL_FALSE;
    }
    return VAL_TRUE;
}

/* ---- translate, maketrans ------------------------------------------------------------------ */

static Value bytes_m_translate(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"table", "delete"};
    Value a[2];
    if (!args_parse(vm, "translate", args + 1, nargs - 1, kwnames, names, 2, 1, 1, a)) {
        return VAL_ERR;
    }
    View table = {NULL, 0}, del = {"", 0}, v = view_of(args[0]);
    if (a[0] != VAL_NONE) {
        if (!buffer_arg(vm, a[0], &table)) return VAL_ERR;
        if (table.len != 256) {
            return vm_raise(vm, &exc_ValueError, "translation table must be 256 characters long");
        }
    }
    if (a[1] != VAL_UNDEF && !buffer_arg(vm, a[1], &del)) return VAL_ERR;
    bool deleted[256] = {false};
    for (size_t i = 0; i < del.len; i++) deleted[(uint8_t)del.data[i]] = true;
    Buf b;
    buf_init(&b, vm);
    for (size_t i = 0; i < v.len; i++) {
        uint8_t c = (uint8_t)v.data[i];
        if (!deleted[c]) buf_append_char(&b, table.data ? table.data[c] : (char)c);
    }
    Value r = buf_finish_bytes(&b);
    if (r == VAL_ERR || !bytes_is_bytearray(args[0])) return r;
    return bytearray_new(vm, AS_BYTES(r)->data, AS_BYTES(r)->len);
}

static Value bytes_m_maketrans(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "maketrans", kwnames) || !args_count(vm, "maketrans", nargs, 2, 2)) {
        return VAL_ERR;
    }
    View from, to;
    if (!buffer_arg(vm, args[0], &from) || !buffer_arg(vm, args[1], &to)) return VAL_ERR;
    if (from.len != to.len) {
        return vm_raise(vm, &exc_ValueError, "maketrans arguments must have same length");
    }
    uint8_t table[256];
    for (size_t i = 0; i < 256; i++) table[i] = (uint8_t)i;
    for (size_t i = 0; i < from.len; i++) table[(uint8_t)from.data[i]] = (uint8_t)to.data[i];
    return bytes_new(vm, table, 256);
}

/* ---- bytearray mutation -------------------------------------------------------------------- */

static Value ba_append(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "bytearray.append", kwnames) ||
        !args_count(vm, "bytearray.append", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    uint8_t byte;
    if (!bytes_byte_arg(vm, args[1], BYTE_RANGE_MSG, &byte)) return VAL_ERR;
    ByteArrayObj *ba = AS_BYTEARRAY(args[0]);
    if (!bytearray_resize(vm, ba, ba->len + 1)) return VAL_ERR;
    ba->data[ba->len - 1] = byte;
    return VAL_NONE;
}

/* Append n bytes; src may be ba's own storage (ba.extend(ba)), which resizing may move. */
static bool ba_append_bytes(VM *vm, ByteArrayObj *ba, const uint8_t *src, size_t n)
{
    bool own = src == ba->data && n;
    size_t old = ba->len;
    if (!bytearray_resize(vm, ba, old + n)) return false;
    if (n) memcpy(ba->data + old, own ? ba->data : src, n);
    return true;
}

static Value ba_extend(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "bytearray.extend", kwnames) ||
        !args_count(vm, "bytearray.extend", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    ByteArrayObj *ba = AS_BYTEARRAY(args[0]);
    const uint8_t *data;
    size_t len;
    if (bytes_view(args[1], &data, &len)) {
        return ba_append_bytes(vm, ba, data, len) ? VAL_NONE : VAL_ERR;
    }
    if (!bytes_maybe_iterable(args[1])) {
        return vm_raise(vm, &exc_TypeError, "can't extend bytearray with %s",
                        vm_type_name(args[1]));
    }
    Value items = vm_materialize(vm, args[1], args, nargs, kwnames, 1);
    if (items == VAL_PENDING || items == VAL_ERR) return items;
    const Value *xs = IS_LIST(items) ? AS_LIST(items)->items : AS_TUPLE(items)->items;
    size_t n = IS_LIST(items) ? AS_LIST(items)->len : AS_TUPLE(items)->len;
    Buf b;
    buf_init(&b, vm);
    if (!bytes_append_items(vm, &b, xs, n, BYTE_RANGE_MSG) || b.failed) {
        bool failed = b.failed;
        buf_free(&b);
        return failed ? vm_raise_nomem(vm) : VAL_ERR;
    }
    bool ok = ba_append_bytes(vm, ba, (const uint8_t *)b.data, b.len);
    buf_free(&b);
    return ok ? VAL_NONE : VAL_ERR;
}

static Value ba_pop(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "bytearray.pop", kwnames) || !args_count(vm, "pop", nargs - 1, 0, 1)) {
        return VAL_ERR;
    }
    ByteArrayObj *ba = AS_BYTEARRAY(args[0]);
    int64_t i = -1;
    if (nargs > 1 && !text_arg_ssize(vm, args[1], &i)) return VAL_ERR;
    if (ba->len == 0) return vm_raise(vm, &exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)ba->len;
    if (i < 0 || (uint64_t)i >= ba->len) {
        return vm_raise(vm, &exc_IndexError, "pop index out of range");
    }
    uint8_t byte = ba->data[i];
    memmove(ba->data + i, ba->data + i + 1, ba->len - (size_t)i - 1);
    ba->len--;
    return val_from_small_int(byte);
}

static Value ba_insert(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "bytearray.insert", kwnames) ||
        !args_count(vm, "insert", nargs - 1, 2, 2)) {
        return VAL_ERR;
    }
    ByteArrayObj *ba = AS_BYTEARRAY(args[0]);
    int64_t i;
    uint8_t byte;
    if (!text_arg_ssize(vm, args[1], &i) || !bytes_byte_arg(vm, args[2], BYTE_RANGE_MSG, &byte)) {
        return VAL_ERR;
    }
    int64_t len = (int64_t)ba->len;
    if (i < 0 && (i += len) < 0) i = 0;
    if (i > len) i = len;
    if (!bytearray_resize(vm, ba, ba->len + 1)) return VAL_ERR;
    memmove(ba->data + i + 1, ba->data + i, (size_t)(len - i));
    ba->data[i] = byte;
    return VAL_NONE;
}

static Value ba_remove(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "bytearray.remove", kwnames) ||
        !args_count(vm, "bytearray.remove", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    ByteArrayObj *ba = AS_BYTEARRAY(args[0]);
    uint8_t byte;
    if (!bytes_byte_arg(vm, args[1], BYTE_RANGE_MSG, &byte)) return VAL_ERR;
    uint8_t *at = ba->len ? memchr(ba->data, byte, ba->len) : NULL;
    if (!at) return vm_raise(vm, &exc_ValueError, "value not found in bytearray");
    memmove(at, at + 1, ba->len - (size_t)(at - ba->data) - 1);
    ba->len--;
    return VAL_NONE;
}

static Value ba_clear(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, args[0], "clear", nargs, kwnames)) return VAL_ERR;
    AS_BYTEARRAY(args[0])->len = 0;
    return VAL_NONE;
}

static Value ba_copy(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, args[0], "copy", nargs, kwnames)) return VAL_ERR;
    View v = view_of(args[0]);
    return bytearray_new(vm, (const uint8_t *)v.data, v.len);
}

static Value ba_reverse(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, args[0], "reverse", nargs, kwnames)) return VAL_ERR;
    ByteArrayObj *ba = AS_BYTEARRAY(args[0]);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        uint8_t t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    return VAL_NONE;
}

/* ---- the tables ---------------------------------------------------------------------------- */

/* The methods bytes and bytearray share. */
#define BYTES_COMMON_METHODS                                                                       \
    {"decode", bytes_m_decode, 0}, {"hex", bytes_m_hex, 0},                                        \
        {"fromhex", bytes_m_fromhex, METH_CLASS}, {"find", bytes_m_find, 0},                       \
        {"rfind", bytes_m_rfind, 0}, {"index", bytes_m_index, 0}, {"rindex", bytes_m_rindex, 0},   \
        {"count", bytes_m_count, 0}, {"startswith", bytes_m_startswith, 0},                        \
        {"endswith", bytes_m_endswith, 0}, {"split", bytes_m_split, 0},                            \
        {"rsplit", bytes_m_rsplit, 0}, {"splitlines", bytes_m_splitlines, 0},                      \
        {"partition", bytes_m_partition, 0}, {"rpartition", bytes_m_rpartition, 0},                \
        {"join", bytes_m_join, 0}, {"strip", bytes_m_strip, 0}, {"lstrip", bytes_m_lstrip, 0},     \
        {"rstrip", bytes_m_rstrip, 0}, {"removeprefix", bytes_m_removeprefix, 0},                  \
        {"removesuffix", bytes_m_removesuffix, 0}, {"replace", bytes_m_replace, 0},                \
        {"expandtabs", bytes_m_expandtabs, 0}, {"center", bytes_m_center, 0},                      \
        {"ljust", bytes_m_ljust, 0}, {"rjust", bytes_m_rjust, 0}, {"zfill", bytes_m_zfill, 0},     \
        {"upper", bytes_m_upper, 0}, {"lower", bytes_m_lower, 0},                                  \
        {"swapcase", bytes_m_swapcase, 0}, {"title", bytes_m_title, 0},                            \
        {"capitalize", bytes_m_capitalize, 0}, {"isalpha", bytes_m_isalpha, 0},                    \
        {"isdigit", bytes_m_isdigit, 0}, {"isalnum", bytes_m_isalnum, 0},                          \
        {"islower", bytes_m_islower, 0}, {"isupper", bytes_m_isupper, 0},                          \
        {"istitle", bytes_m_istitle, 0}, {"isspace", bytes_m_isspace, 0},                          \
        {"isascii", bytes_m_isascii, 0}, {"translate", bytes_m_translate, 0},                      \
    {                                                                                              \
        "maketrans", bytes_m_maketrans, METH_STATIC                                                \
    }

const MethodDef bytes_methods[] = {
    BYTES_COMMON_METHODS,
    {NULL, NULL, 0},
};

const MethodDef bytearray_methods[] = {
    BYTES_COMMON_METHODS,   {"append", ba_append, 0}, {"extend", ba_extend, 0},
    {"pop", ba_pop, 0},     {"insert", ba_insert, 0}, {"remove", ba_remove, 0},
    {"clear", ba_clear, 0}, {"copy", ba_copy, 0},     {"reverse", ba_reverse, 0},
    {NULL, NULL, 0},
};
