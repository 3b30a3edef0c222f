/* str_methods.c — the methods of str: searching, splitting, joining, stripping, replacing,
 * padding, translation, encoding and formatting. Case mapping and the isxxx predicates are in
 * str_case.c; the algorithms shared with bytes are in text.c.
 *
 * Method arguments follow CPython 3.11: which ones take keywords, and each error's wording.
 * Indices given to and returned by methods count code points; text.c works on UTF-8 bytes, so
 * indices are converted at the edges (free for ASCII strings, where they coincide).
 */
#include <limits.h>
#include <string.h>

#include "buf.h"
#include "codec.h"
#include "dict.h"
#include "exception.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str_internal.h"
#include "text.h"
#include "tuple.h"
#include "unicode.h"

/* ---- helpers ------------------------------------------------------------------------------- */

/* Allocate a result str of `len` bytes and `nchars` code points after checking the size against
 * the memory limit. */
static StrObj *result_alloc(VM *vm, size_t len, size_t nchars)
{
    if (!mem_would_fit(&vm->mem, len)) {
        vm_raise_nomem(vm);
        return NULL;
    }
    return str_alloc_chars(vm, len, nchars);
}

static Value must_be_str(VM *vm, Value v)
{
    return vm_raise(vm, &exc_TypeError, "must be str, not %s", vm_type_name(v));
}

/* The (sub, start, end) arguments of find, count, startswith...: `from`/`to` are byte offsets of
 * the adjusted bounds; `valid` is false when no match is possible at all (start past the end, or
 * after end). */
typedef struct SearchArgs {
    Value sub;
    int64_t start, end;
    size_t from, to;
    bool valid;
} SearchArgs;

static bool search_args(VM *vm, const char *fname, const Value *args, int nargs, Value kwnames,
                        SearchArgs *sa)
{
    if (!args_no_kw(vm, fname, kwnames) || !text_args_range(vm, fname, nargs - 1, 1, 3)) {
        return false;
    }
    const StrObj *s = AS_STR(args[0]);
    sa->sub = args[1];
    sa->start = 0;
    sa->end = INT64_MAX;
    if (nargs > 2 && !text_arg_bound(vm, args[2], &sa->start)) return false;
    if (nargs > 3 && !text_arg_bound(vm, args[3], &sa->end)) return false;
    text_adjust_bounds(&sa->start, &sa->end, (int64_t)s->nchars);
    sa->valid = sa->start <= (int64_t)s->nchars && sa->start <= sa->end;
    if (!sa->valid) return true;
    sa->from = str_byte_offset(s, (size_t)sa->start);
    if (s->hdr.flags & OBJ_STR_INDEXED) {
        sa->to = str_byte_offset(s, (size_t)sa->end);
    } else {
        sa->to = sa->from + unicode_char_offset(s->data + sa->from, s->len - sa->from,
                                                s->nchars - (size_t)sa->start,
                                                (size_t)(sa->end - sa->start));
    }
    return true;
}

/* ---- find, index, count --------------------------------------------------------------------- */

static Value find_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                         bool reverse, bool raise)
{
    SearchArgs sa;
    if (!search_args(vm, fname, args, nargs, kwnames, &sa)) return VAL_ERR;
    if (!IS_STR(sa.sub)) return must_be_str(vm, sa.sub);
    const StrObj *s = AS_STR(args[0]);
    ptrdiff_t at = -1;
    if (sa.valid) {
        const char *hay = s->data + sa.from;
        size_t hlen = sa.to - sa.from;
        at = reverse ? text_rfind(hay, hlen, str_data(sa.sub), str_len(sa.sub))
                     : text_find(hay, hlen, str_data(sa.sub), str_len(sa.sub));
    }
    if (at < 0) {
        if (raise) return vm_raise(vm, &exc_ValueError, "substring not found");
        return val_from_small_int(-1);
    }
    size_t index = (size_t)sa.start;
    if (!(s->hdr.flags & OBJ_ASCII))
        index += unicode_count_chars(s->data + sa.from, (size_t)at);
    else
        index += (size_t)at;
    return val_from_small_int((int64_t)index);
}

static Value str_m_find(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "find", false, false);
}

static Value str_m_rfind(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "rfind", true, false);
}

static Value str_m_index(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "index", false, true);
}

static Value str_m_rindex(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return find_common(vm, args, nargs, kwnames, "rindex", true, true);
}

static Value str_m_count(VM *vm, const Value *args, int nargs, Value kwnames)
{
    SearchArgs sa;
    if (!search_args(vm, "count", args, nargs, kwnames, &sa)) return VAL_ERR;
    if (!IS_STR(sa.sub)) return must_be_str(vm, sa.sub);
    if (!sa.valid) return val_from_small_int(0);
    if (str_len(sa.sub) == 0) return val_from_small_int(sa.end - sa.start + 1);
    size_t n = text_count(AS_STR(args[0])->data + sa.from, sa.to - sa.from, str_data(sa.sub),
                          str_len(sa.sub), SIZE_MAX);
    return val_from_small_int((int64_t)n);
}

/* ---- startswith, endswith ------------------------------------------------------------------- */

static bool tail_match(const StrObj *s, const SearchArgs *sa, Value affix, bool at_end)
{
    size_t n = str_len(affix);
    if (!sa->valid || sa->to - sa->from < n) return false;
    const char *at = s->data + (at_end ? sa->to - n : sa->from);
    return memcmp(at, str_data(affix), n) == 0;
}

static Value affix_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                          bool at_end)
{
    SearchArgs sa;
    if (!search_args(vm, fname, args, nargs, kwnames, &sa)) return VAL_ERR;
    const StrObj *s = AS_STR(args[0]);
    if (IS_STR(sa.sub)) return val_from_bool(tail_match(s, &sa, sa.sub, at_end));
    if (!IS_TUPLE(sa.sub)) {
        return vm_raise(vm, &exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                        fname, vm_type_name(sa.sub));
    }
    const TupleObj *t = AS_TUPLE(sa.sub);
    for (size_t i = 0; i < t->len; i++) {
        if (!IS_STR(t->items[i])) {
            return vm_raise(vm, &exc_TypeError, "tuple for %s must only contain str, not %s", fname,
                            vm_type_name(t->items[i]));
        }
        if (tail_match(s, &sa, t->items[i], at_end)) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value str_m_startswith(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return affix_common(vm, args, nargs, kwnames, "startswith", false);
}

static Value str_m_endswith(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return affix_common(vm, args, nargs, kwnames, "endswith", true);
}

/* ---- split, splitlines, partition ----------------------------------------------------------- */

static Value split_common(VM *vm, const Value *args, int nargs, Value kwnames, bool reverse)
{
    static const char *const names[] = {"sep", "maxsplit"};
    const char *fname = reverse ? "rsplit" : "split";
    Value a[2] = {VAL_UNDEF, VAL_UNDEF};
    if (kwnames == VAL_UNDEF && nargs <= 3) {
        for (int i = 1; i < nargs; i++) a[i - 1] = args[i];
    } else if (!args_parse(vm, fname, args + 1, nargs - 1, kwnames, names, 2, 0, 0, a)) {
        return VAL_ERR;
    }
    int64_t maxsplit = -1;
    if (a[1] != VAL_UNDEF && !text_arg_ssize(vm, a[1], &maxsplit)) return VAL_ERR;
    const char *sep = NULL;
    size_t seplen = 0;
    if (a[0] != VAL_UNDEF && a[0] != VAL_NONE) {
        if (!IS_STR(a[0])) {
            return vm_raise(vm, &exc_TypeError, "must be str or None, not %s", vm_type_name(a[0]));
        }
        sep = str_data(a[0]);
        seplen = str_len(a[0]);
        if (seplen == 0) return vm_raise(vm, &exc_ValueError, "empty separator");
    }
    Value self = args[0];
    if (reverse) {
        return text_rsplit(vm, &text_ops_str, self, str_data(self), str_len(self), sep, seplen,
                           maxsplit);
    }
    return text_split(vm, &text_ops_str, self, str_data(self), str_len(self), sep, seplen,
                      maxsplit);
}

static Value str_m_split(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return split_common(vm, args, nargs, kwnames, false);
}

static Value str_m_rsplit(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return split_common(vm, args, nargs, kwnames, true);
}

/* An int-like flag argument (splitlines(keepends)): ints and bools only, as CPython's "i". */
static bool flag_arg(VM *vm, Value v, bool *out)
{
    int64_t n;
    if (IS_BIGINT(v)) {
        *out = true;
        return true;
    }
    if (!text_arg_ssize(vm, v, &n)) return false;
    *out = n != 0;
    return true;
}

static Value str_m_splitlines(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (!args_parse(vm, "splitlines", args + 1, nargs - 1, kwnames, names, 1, 0, 0, a)) {
        return VAL_ERR;
    }
    bool keepends = false;
    if (a[0] != VAL_UNDEF && !flag_arg(vm, a[0], &keepends)) return VAL_ERR;
    Value self = args[0];
    return text_splitlines(vm, &text_ops_str, self, str_data(self), str_len(self), keepends);
}

static Value partition_common(VM *vm, const Value *args, int nargs, Value kwnames,
                              const char *fname, bool reverse)
{
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname, nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    Value sep = args[1];
    if (!IS_STR(sep)) return must_be_str(vm, sep);
    if (str_len(sep) == 0) return vm_raise(vm, &exc_ValueError, "empty separator");
    Value self = args[0];
    return text_partition(vm, &text_ops_str, self, str_data(self), str_len(self), sep,
                          str_data(sep), str_len(sep), reverse);
}

static Value str_m_partition(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return partition_common(vm, args, nargs, kwnames, "str.partition", false);
}

static Value str_m_rpartition(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return partition_common(vm, args, nargs, kwnames, "str.rpartition", true);
}

/* ---- join ----------------------------------------------------------------------------------- */

/* Can iter() be asked about v? Builtin types without an iter slot are not iterable; a class
 * statement's type may define __iter__, so ops_iter decides for those. */
static bool maybe_iterable(Value v)
{
    const TypeObj *t = vm_type_of(v);
    if (t->tflags & TYPE_HEAP) return true;
    for (; t; t = t->base) {
        if (t->iter) return true;
    }
    return false;
}

static Value join_items(VM *vm, Value sep, const Value *items, size_t n)
{
    if (n == 0) return str_empty_value();
    if (n == 1 && IS_STR(items[0]) && str_is_exact(items[0])) return items[0];
    const StrObj *s = AS_STR(sep);
    size_t total, nchars = s->nchars * (n - 1);
    if (!mem_size_mul(s->len, n - 1, &total)) return vm_raise_nomem(vm);
    for (size_t i = 0; i < n; i++) {
        if (!IS_STR(items[i])) {
            return vm_raise(vm, &exc_TypeError,
                            "sequence item %zu: expected str instance, %s found", i,
                            vm_type_name(items[i]));
        }
        if (!mem_size_add(total, str_len(items[i]), &total)) return vm_raise_nomem(vm);
        nchars += AS_STR(items[i])->nchars;
    }
    StrObj *r = result_alloc(vm, total, nchars);
    if (!r) return VAL_ERR;
    char *out = r->data;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(out, s->data, s->len);
            out += s->len;
        }
        memcpy(out, str_data(items[i]), str_len(items[i]));
        out += str_len(items[i]);
    }
    return str_finish(r, nchars);
}

static Value str_m_join(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "str.join", kwnames) || !args_count(vm, "str.join", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    if (!maybe_iterable(args[1])) {
        return vm_raise(vm, &exc_TypeError, "can only join an iterable");
    }
    Value items = vm_materialize(vm, args[1], args, nargs, kwnames, 1);
    if (items == VAL_PENDING || items == VAL_ERR) return items;
    if (IS_LIST(items)) return join_items(vm, args[0], AS_LIST(items)->items, AS_LIST(items)->len);
    return join_items(vm, args[0], AS_TUPLE(items)->items, AS_TUPLE(items)->len);
}

/* ---- strip, removeprefix, removesuffix ------------------------------------------------------ */

static Value strip_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                          int sides)
{
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname + 4, nargs - 1, 0, 1)) {
        return VAL_ERR;
    }
    const char *chars = NULL;
    size_t charslen = 0;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (!IS_STR(args[1])) {
            return vm_raise(vm, &exc_TypeError, "%s arg must be None or str", fname + 4);
        }
        chars = str_data(args[1]);
        charslen = str_len(args[1]);
    }
    Value self = args[0];
    size_t start, end;
    text_strip_bounds(&text_ops_str, str_data(self), str_len(self), chars, charslen, sides, &start,
                      &end);
    return str_piece(vm, self, str_data(self) + start, end - start);
}

static Value str_m_strip(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return strip_common(vm, args, nargs, kwnames, "str.strip", TEXT_STRIP_BOTH);
}

static Value str_m_lstrip(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return strip_common(vm, args, nargs, kwnames, "str.lstrip", TEXT_STRIP_LEFT);
}

static Value str_m_rstrip(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return strip_common(vm, args, nargs, kwnames, "str.rstrip", TEXT_STRIP_RIGHT);
}

static Value remove_affix(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                          bool suffix)
{
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname, nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    Value self = args[0], affix = args[1];
    if (!IS_STR(affix)) {
        return vm_raise(vm, &exc_TypeError, "%s() argument must be str, not %s", fname + 4,
                        vm_type_name(affix));
    }
    size_t len = str_len(self), n = str_len(affix);
    const char *data = str_data(self);
    if (n == 0 || n > len) return str_exact(vm, self);
    if (!suffix && memcmp(data, str_data(affix), n) == 0) {
        return str_piece(vm, self, data + n, len - n);
    }
    if (suffix && memcmp(data + len - n, str_data(affix), n) == 0) {
        return str_piece(vm, self, data, len - n);
    }
    return str_exact(vm, self);
}

static Value str_m_removeprefix(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return remove_affix(vm, args, nargs, kwnames, "str.removeprefix", false);
}

static Value str_m_removesuffix(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return remove_affix(vm, args, nargs, kwnames, "str.removesuffix", true);
}

/* ---- replace, expandtabs -------------------------------------------------------------------- */

static Value str_m_replace(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "str.replace", kwnames) || !args_count(vm, "replace", nargs - 1, 2, 3)) {
        return VAL_ERR;
    }
    for (int i = 1; i <= 2; i++) {
        if (!IS_STR(args[i])) {
            return vm_raise(vm, &exc_TypeError, "replace() argument %d must be str, not %s", i,
                            vm_type_name(args[i]));
        }
    }
    int64_t count = -1;
    if (nargs > 3 && !text_arg_ssize(vm, args[3], &count)) return VAL_ERR;
    const StrObj *s = AS_STR(args[0]), *old = AS_STR(args[1]), *new_text = AS_STR(args[2]);
    size_t matches, size;
    if (!text_replace_size(&text_ops_str, s->data, s->len, s->nchars, old->data, old->len,
                           new_text->len, count, &matches, &size)) {
        return vm_raise_nomem(vm);
    }
    if (matches == 0) return str_exact(vm, args[0]);
    size_t nchars = s->nchars - matches * old->nchars + matches * new_text->nchars;
    StrObj *r = result_alloc(vm, size, nchars);
    if (!r) return VAL_ERR;
    text_replace_into(&text_ops_str, s->data, s->len, old->data, old->len, new_text->data,
                      new_text->len, matches, r->data);
    return str_finish(r, nchars);
}

static Value str_m_expandtabs(VM *vm, const Value *args, int nargs, Value kwnames)
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
    Value self = args[0];
    const StrObj *s = AS_STR(self);
    if (!memchr(s->data, '\t', s->len)) return str_exact(vm, self);
    size_t size, nchars;
    if (!text_expandtabs_size(&text_ops_str, s->data, s->len, tabsize, &size, &nchars)) {
        return vm_raise_nomem(vm);
    }
    StrObj *r = result_alloc(vm, size, nchars);
    if (!r) return VAL_ERR;
    text_expandtabs_into(&text_ops_str, s->data, s->len, tabsize, r->data);
    return str_finish(r, nchars);
}

/* ---- padding -------------------------------------------------------------------------------- */

/* Pad to `width` code points with `left` + `right` copies of the fill character. */
static Value pad(VM *vm, Value self, int64_t width, const char *fill, size_t filllen, bool center,
                 bool fill_left)
{
    const StrObj *s = AS_STR(self);
    if (width <= (int64_t)s->nchars) return str_exact(vm, self);
    size_t margin = (size_t)width - s->nchars, left;
    if (center)
        left = text_center_left(margin, (size_t)width);
    else
        left = fill_left ? margin : 0;
    size_t size;
    if (!mem_size_mul(margin, filllen, &size) || !mem_size_add(size, s->len, &size)) {
        return vm_raise_nomem(vm);
    }
    StrObj *r = result_alloc(vm, size, (size_t)width);
    if (!r) return VAL_ERR;
    text_pad_into(s->data, s->len, fill, filllen, left, margin - left, r->data);
    return str_finish(r, (size_t)width);
}

static Value pad_common(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                        bool center, bool fill_left)
{
    if (!args_no_kw(vm, fname, kwnames) || !args_count(vm, fname + 4, nargs - 1, 1, 2)) {
        return VAL_ERR;
    }
    int64_t width;
    if (!text_arg_ssize(vm, args[1], &width)) return VAL_ERR;
    const char *fill = " ";
    size_t filllen = 1;
    if (nargs > 2) {
        Value f = args[2];
        if (!IS_STR(f)) {
            return vm_raise(vm, &exc_TypeError,
                            "The fill character must be a unicode character, not %s",
                            vm_type_name(f));
        }
        if (AS_STR(f)->nchars != 1) {
            return vm_raise(vm, &exc_TypeError,
                            "The fill character must be exactly one character long");
        }
        fill = str_data(f);
        filllen = str_len(f);
    }
    return pad(vm, args[0], width, fill, filllen, center, fill_left);
}

static Value str_m_center(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return pad_common(vm, args, nargs, kwnames, "str.center", true, false);
}

static Value str_m_ljust(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return pad_common(vm, args, nargs, kwnames, "str.ljust", false, false);
}

static Value str_m_rjust(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return pad_common(vm, args, nargs, kwnames, "str.rjust", false, true);
}

static Value str_m_zfill(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "str.zfill", kwnames) || !args_count(vm, "str.zfill", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    int64_t width;
    if (!text_arg_ssize(vm, args[1], &width)) return VAL_ERR;
    Value r = pad(vm, args[0], width, "0", 1, false, true);
    if (r == VAL_ERR || width <= (int64_t)AS_STR(args[0])->nchars) return r;
    /* A leading sign moves to the front, ahead of the zeros. */
    StrObj *z = AS_STR(r);
    size_t fill = (size_t)width - AS_STR(args[0])->nchars;
    if (z->data[fill] == '+' || z->data[fill] == '-') {
        z->data[0] = z->data[fill];
        z->data[fill] = '0';
    }
    return r;
}

/* ---- translate, maketrans ------------------------------------------------------------------- */

/* table[cp]: 1 found (*out set), 0 no mapping (LookupError), -1 error. */
static int translate_lookup(VM *vm, Value table, uint32_t cp, Value *out)
{
    Value key = val_from_small_int(cp);
    if (vm_type_of(table) == &type_dict) return dict_get(vm, table, key, out);
    Value r = ops_getitem(vm, table, key);
    if (r == VAL_ERR) {
        if (!vm_exc_matches(vm, &exc_LookupError)) return -1;
        vm_clear_exc(vm);
        return 0;
    }
    if (r == VAL_PENDING) {
        vm_raise(vm, &exc_TypeError,
                 "translate() tables with Python __getitem__ are not supported");
        return -1;
    }
    *out = r;
    return 1;
}

/* Append the translation of cp (its mapping is `mapped`, VAL_UNDEF for none). */
static bool translate_emit(VM *vm, Buf *b, const char *p, size_t n, Value mapped)
{
    if (mapped == VAL_UNDEF) {
        buf_append(b, p, n);
    } else if (mapped == VAL_NONE) {
        /* deleted */
    } else if (IS_STR(mapped)) {
        buf_append_str(b, mapped);
    } else if (val_is_int(mapped) || val_is_bool(mapped)) {
        int64_t m = mapped == VAL_TRUE;
        bool fits = val_is_bool(mapped) || int_to_i64(mapped, &m);
        if (!fits || m < 0 || m > UNICODE_MAX) {
            vm_raise(vm, &exc_ValueError, "character mapping must be in range(0x110000)");
            return false;
        }
        buf_append_codepoint(b, (uint32_t)m);
    } else {
        vm_raise(vm, &exc_TypeError, "character mapping must return integer, None or str");
        return false;
    }
    return true;
}

static Value str_m_translate(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "str.translate", kwnames) ||
        !args_count(vm, "str.translate", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    const StrObj *s = AS_STR(args[0]);
    Value table = args[1];
    Value ascii_cache[128]; /* lookups of ASCII code points, made once per call */
    for (size_t i = 0; i < 128; i++) ascii_cache[i] = VAL_EXHAUSTED;
    Buf b;
    buf_init(&b, vm);
    for (size_t pos = 0; pos < s->len;) {
        size_t n;
        uint32_t cp = unicode_decode(s->data + pos, &n);
        Value mapped = cp < 128 ? ascii_cache[cp] : VAL_EXHAUSTED;
        if (mapped == VAL_EXHAUSTED) {
            int found = translate_lookup(vm, table, cp, &mapped);
            if (found < 0) goto fail;
            if (found == 0) mapped = VAL_UNDEF;
            if (cp < 128) ascii_cache[cp] = mapped;
        }
        if (!translate_emit(vm, &b, s->data + pos, n, mapped)) goto fail;
        pos += n;
    }
    return buf_finish_str(&b);
fail:
    buf_free(&b);
    return VAL_ERR;
}

/* str.maketrans(dict): keys of length-1 strs become their code points. */
static Value maketrans_dict(VM *vm, Value x)
{
    if (!IS_DICT(x)) {
        return vm_raise(vm, &exc_TypeError,
                        "if you give only one argument to maketrans it must be a dict");
    }
    Value result = dict_new(vm);
    if (result == VAL_ERR) return VAL_ERR;
    size_t pos = 0;
    Value key, value;
    while (dict_next(x, &pos, &key, &value)) {
        if (IS_STR(key)) {
            if (AS_STR(key)->nchars != 1) {
                return vm_raise(vm, &exc_ValueError,
                                "string keys in translate table must be of length 1");
            }
            size_t n;
            key = val_from_small_int(unicode_decode(str_data(key), &n));
        } else if (!val_is_int(key) && !val_is_bool(key)) {
            return vm_raise(vm, &exc_TypeError,
                            "keys in translate table must be strings or integers");
        }
        if (!dict_set(vm, result, key, value)) return VAL_ERR;
    }
    return result;
}

static Value codepoint_value(const char *p, size_t *n)
{
    return val_from_small_int(unicode_decode(p, n));
}

static Value str_m_maketrans(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "maketrans", kwnames) || !args_count(vm, "maketrans", nargs, 1, 3)) {
        return VAL_ERR;
    }
    if (nargs == 1) return maketrans_dict(vm, args[0]);
    if (!IS_STR(args[0])) {
        return vm_raise(vm, &exc_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
    }
    for (int i = 1; i < nargs; i++) {
        if (!IS_STR(args[i])) {
            return vm_raise(vm, &exc_TypeError, "maketrans() argument %d must be str, not %s",
                            i + 1, vm_type_name(args[i]));
        }
    }
    const StrObj *x = AS_STR(args[0]), *y = AS_STR(args[1]);
    if (x->nchars != y->nchars) {
        return vm_raise(vm, &exc_ValueError,
                        "the first two maketrans arguments must have equal length");
    }
    Value result = dict_new(vm);
    if (result == VAL_ERR) return VAL_ERR;
    for (size_t px = 0, py = 0, nx, ny; px < x->len; px += nx, py += ny) {
        Value from = codepoint_value(x->data + px, &nx), to = codepoint_value(y->data + py, &ny);
        if (!dict_set(vm, result, from, to)) return VAL_ERR;
    }
    if (nargs == 3) {
        const StrObj *z = AS_STR(args[2]);
        for (size_t pz = 0, nz; pz < z->len; pz += nz) {
            if (!dict_set(vm, result, codepoint_value(z->data + pz, &nz), VAL_NONE)) return VAL_ERR;
        }
    }
    return result;
}

/* ---- encode, format ------------------------------------------------------------------------- */

/* A codec name argument: VAL_UNDEF gives NULL (the default). */
static bool name_arg(VM *vm, const char *fname, const char *what, Value v, const char **out)
{
    *out = NULL;
    if (v == VAL_UNDEF) return true;
    if (!IS_STR(v)) {
        vm_raise(vm, &exc_TypeError, "%s() argument '%s' must be str, not %s", fname, what,
                 vm_type_name(v));
        return false;
    }
    *out = str_data(v);
    return true;
}

static Value str_m_encode(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (!args_parse(vm, "encode", args + 1, nargs - 1, kwnames, names, 2, 0, 0, a)) {
        return VAL_ERR;
    }
    const char *encoding, *errors;
    if (!name_arg(vm, "encode", "encoding", a[0], &encoding) ||
        !name_arg(vm, "encode", "errors", a[1], &errors)) {
        return VAL_ERR;
    }
    return codec_encode(vm, args[0], encoding, errors);
}

static Value str_m_format(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return format_str_method(vm, args[0], args + 1, nargs - 1, kwnames, VAL_UNDEF);
}

static Value str_m_format_map(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "str.format_map", kwnames) ||
        !args_count(vm, "str.format_map", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    return format_str_method(vm, args[0], NULL, 0, VAL_UNDEF, args[1]);
}

static Value str_m_dunder_format(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "str.__format__", kwnames) ||
        !args_count(vm, "str.__format__", nargs - 1, 1, 1)) {
        return VAL_ERR;
    }
    if (!IS_STR(args[1])) {
        return vm_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                        vm_type_name(args[1]));
    }
    return format_value(vm, args[0], args[1]);
}

/* ---- the table ------------------------------------------------------------------------------ */

const MethodDef str_methods[] = {
    {"find", str_m_find, 0},
    {"rfind", str_m_rfind, 0},
    {"index", str_m_index, 0},
    {"rindex", str_m_rindex, 0},
    {"count", str_m_count, 0},
    {"startswith", str_m_startswith, 0},
    {"endswith", str_m_endswith, 0},
    {"split", str_m_split, 0},
    {"rsplit", str_m_rsplit, 0},
    {"splitlines", str_m_splitlines, 0},
    {"partition", str_m_partition, 0},
    {"rpartition", str_m_rpartition, 0},
    {"join", str_m_join, 0},
    {"strip", str_m_strip, 0},
    {"lstrip", str_m_lstrip, 0},
    {"rstrip", str_m_rstrip, 0},
    {"removeprefix", str_m_removeprefix, 0},
    {"removesuffix", str_m_removesuffix, 0},
    {"replace", str_m_replace, 0},
    {"expandtabs", str_m_expandtabs, 0},
    {"center", str_m_center, 0},
    {"ljust", str_m_ljust, 0},
    {"rjust", str_m_rjust, 0},
    {"zfill", str_m_zfill, 0},
    {"translate", str_m_translate, 0},
    {"maketrans", str_m_maketrans, METH_STATIC},
    {"encode", str_m_encode, 0},
    {"format", str_m_format, 0},
    {"format_map", str_m_format_map, 0},
    {"__format__", str_m_dunder_format, 0},
    {"lower", str_m_lower, 0},
    {"upper", str_m_upper, 0},
    {"swapcase", str_m_swapcase, 0},
    {"title", str_m_title, 0},
    {"capitalize", str_m_capitalize, 0},
    {"casefold", str_m_casefold, 0},
    {"isalpha", str_m_isalpha, 0},
    {"isalnum", str_m_isalnum, 0},
    {"isdecimal", str_m_isdecimal, 0},
    {"isdigit", str_m_isdigit, 0},
    {"isnumeric", str_m_isnumeric, 0},
    {"isspace", str_m_isspace, 0},
    {"islower", str_m_islower, 0},
    {"isupper", str_m_isupper, 0},
    {"istitle", str_m_istitle, 0},
    {"isidentifier", str_m_isidentifier, 0},
    {"isprintable", str_m_isprintable, 0},
    {"isascii", str_m_isascii, 0},
    {NULL, NULL, 0},
};
