/* text.c — search, split, strip, replace and padding shared by str and bytes. See text.h. */
#include "text.h"

#include <string.h>

#include "bytes.h"
#include "exception.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

/* White space of str.split(): ASCII \t\n\v\f\r \x1c-\x1f and space; lead bytes of the non-ASCII
 * ones (U+0085, U+00A0: C2; U+1680: E1; U+2000..U+205F: E2; U+3000: E3) need decoding. */
static const uint8_t str_space[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [0x1c] = 1, [0x1d] = 1,
    [0x1e] = 1, [0x1f] = 1, [' '] = 1,  [0xc2] = 2, [0xe1] = 2, [0xe2] = 2, [0xe3] = 2,
};

/* Line boundaries of str.splitlines(); U+0085 starts with C2, U+2028/U+2029 with E2. */
static const uint8_t str_linebreak[256] = {
    ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [0x1c] = 1,
    [0x1d] = 1, [0x1e] = 1, [0xc2] = 2, [0xe2] = 2,
};

static const uint8_t bytes_space[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
};

static const uint8_t bytes_linebreak[256] = {['\n'] = 1, ['\r'] = 1};

const TextOps text_ops_str = {
    .utf8 = true,
    .space = str_space,
    .linebreak = str_linebreak,
    .piece = str_piece,
};

const TextOps text_ops_bytes = {
    .utf8 = false,
    .space = bytes_space,
    .linebreak = bytes_linebreak,
    .piece = bytes_piece,
};

/* ---- characters ----------------------------------------------------------------------------- */

static inline size_t char_len(const TextOps *ops, const char *p)
{
    return ops->utf8 ? unicode_seq_len((uint8_t)*p) : 1;
}

/* Start of the character that ends at data[pos] (pos > 0). */
static inline size_t char_start_before(const TextOps *ops, const char *data, size_t pos)
{
    pos--;
    if (ops->utf8) {
        while (pos > 0 && unicode_is_continuation((uint8_t)data[pos])) pos--;
    }
    return pos;
}

/* Length of the white space (or line break) character at p, 0 if it is not one. */
static size_t class_at(const uint8_t *table, bool (*is)(uint32_t), const char *p)
{
    uint8_t kind = table[(uint8_t)*p];
    if (kind != 2) return kind;
    size_t n;
    uint32_t cp = unicode_decode(p, &n);
    return is(cp) ? n : 0;
}

static inline size_t space_at(const TextOps *ops, const char *p)
{
    return class_at(ops->space, unicode_isspace, p);
}

/* Length of the white space character ending at data[pos] (pos > 0), or 0. */
static size_t space_before(const TextOps *ops, const char *data, size_t pos)
{
    uint8_t last = (uint8_t)data[pos - 1];
    if (last < 0x80 || !ops->utf8) return ops->space[last] == 1;
    size_t start = char_start_before(ops, data, pos);
    size_t n = space_at(ops, data + start);
    return n == pos - start ? n : 0;
}

/* ---- search --------------------------------------------------------------------------------- */

ptrdiff_t text_find(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    if (nlen == 0) return 0;
    if (nlen > hlen) return -1;
    const char *hit = nlen == 1 ? memchr(hay, needle[0], hlen) : memmem(hay, hlen, needle, nlen);
    return hit ? hit - hay : -1;
}

/* Reverse Horspool: the byte under the needle's first position decides the shift, to the
 * nearest occurrence of that byte in needle[1..]. */
static ptrdiff_t rfind_horspool(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    size_t shift[256];
    for (size_t c = 0; c < 256; c++) shift[c] = nlen;
    for (size_t k = nlen - 1; k >= 1; k--) shift[(uint8_t)needle[k]] = k;
    size_t pos = hlen - nlen;
    for (;;) {
        if (hay[pos] == needle[0] && memcmp(hay + pos, needle, nlen) == 0) return (ptrdiff_t)pos;
        size_t step = shift[(uint8_t)hay[pos]];
        if (pos < step) return -1;
        pos -= step;
    }
}

ptrdiff_t text_rfind(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    if (nlen == 0) return (ptrdiff_t)hlen;
    if (nlen > hlen) return -1;
    if (nlen == 1) {
        const char *hit = memrchr(hay, needle[0], hlen);
        return hit ? hit - hay : -1;
    }
    if (hlen >= 64) return rfind_horspool(hay, hlen, needle, nlen);
    for (size_t pos = hlen - nlen + 1; pos-- > 0;) {
        if (hay[pos] == needle[0] && memcmp(hay + pos, needle, nlen) == 0) return (ptrdiff_t)pos;
    }
    return -1;
}

size_t text_count(const char *hay, size_t hlen, const char *needle, size_t nlen, size_t maxcount)
{
    if (nlen == 0) return hlen < maxcount ? hlen + 1 : maxcount;
    size_t count = 0, pos = 0;
    if (nlen == 1) {
        for (size_t i = 0; i < hlen; i++) count += hay[i] == needle[0];
        return count < maxcount ? count : maxcount;
    }
    while (count < maxcount) {
        ptrdiff_t at = text_find(hay + pos, hlen - pos, needle, nlen);
        if (at < 0) break;
        count++;
        pos += (size_t)at + nlen;
    }
    return count;
}

/* ---- splitting ------------------------------------------------------------------------------ */

static bool add_piece(VM *vm, const TextOps *ops, Value list, Value self, const char *data,
                      size_t len)
{
    Value piece = ops->piece(vm, self, data, len);
    return piece != VAL_ERR && list_append(vm, list, piece);
}

static uint64_t split_limit(int64_t maxsplit)
{
    return maxsplit < 0 ? UINT64_MAX : (uint64_t)maxsplit;
}

/* CPython's whitespace split (stringlib/split.h): runs of white space separate pieces; once
 * maxsplit pieces are made, the rest (minus leading white space) is the last piece. */
static Value split_whitespace(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                              int64_t maxsplit)
{
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    uint64_t left = split_limit(maxsplit);
    size_t i = 0, n;
    while (left-- > 0) {
        while (i < len && (n = space_at(ops, data + i)) != 0) i += n;
        if (i == len) return list;
        size_t j = i++;
        while (i < len && space_at(ops, data + i) == 0) i++;
        if (!add_piece(vm, ops, list, self, data + j, i - j)) return VAL_ERR;
    }
    while (i < len && (n = space_at(ops, data + i)) != 0) i += n;
    if (i < len && !add_piece(vm, ops, list, self, data + i, len - i)) return VAL_ERR;
    return list;
}

Value text_split(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                 const char *sep, size_t seplen, int64_t maxsplit)
{
    if (!sep) return split_whitespace(vm, ops, self, data, len, maxsplit);
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    uint64_t left = split_limit(maxsplit);
    size_t pos = 0;
    for (; left > 0; left--) {
        ptrdiff_t at = text_find(data + pos, len - pos, sep, seplen);
        if (at < 0) break;
        if (!add_piece(vm, ops, list, self, data + pos, (size_t)at)) return VAL_ERR;
        pos += (size_t)at + seplen;
    }
    if (!add_piece(vm, ops, list, self, data + pos, len - pos)) return VAL_ERR;
    return list;
}

static void reverse_list(Value list)
{
    ListObj *l = AS_LIST(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

/* Pieces are collected right to left, then the list is reversed. */
static Value rsplit_whitespace(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                               int64_t maxsplit)
{
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    uint64_t left = split_limit(maxsplit);
    size_t i = len, n;
    while (left-- > 0) {
        while (i > 0 && (n = space_before(ops, data, i)) != 0) i -= n;
        if (i == 0) break;
        size_t j = i;
        i = char_start_before(ops, data, i);
        while (i > 0 && space_before(ops, data, i) == 0) i = char_start_before(ops, data, i);
        if (!add_piece(vm, ops, list, self, data + i, j - i)) return VAL_ERR;
    }
    while (i > 0 && (n = space_before(ops, data, i)) != 0) i -= n;
    if (i > 0 && !add_piece(vm, ops, list, self, data, i)) return VAL_ERR;
    reverse_list(list);
    return list;
}

Value text_rsplit(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                  const char *sep, size_t seplen, int64_t maxsplit)
{
    if (!sep) return rsplit_whitespace(vm, ops, self, data, len, maxsplit);
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    uint64_t left = split_limit(maxsplit);
    size_t end = len;
    for (; left > 0; left--) {
        ptrdiff_t at = text_rfind(data, end, sep, seplen);
        if (at < 0) break;
        size_t after = (size_t)at + seplen;
        if (!add_piece(vm, ops, list, self, data + after, end - after)) return VAL_ERR;
        end = (size_t)at;
    }
    if (!add_piece(vm, ops, list, self, data, end)) return VAL_ERR;
    reverse_list(list);
    return list;
}

Value text_splitlines(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                      bool keepends)
{
    Value list = list_new(vm, 0);
    if (list == VAL_ERR) return VAL_ERR;
    size_t i = 0;
    while (i < len) {
        size_t start = i, brk = 0;
        while (i < len && (brk = class_at(ops->linebreak, unicode_islinebreak, data + i)) == 0) {
            i++;
        }
        size_t eol = i;
        if (i < len) {
            if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n') brk = 2;
            i += brk;
            if (keepends) eol = i;
        }
        if (!add_piece(vm, ops, list, self, data + start, eol - start)) return VAL_ERR;
    }
    return list;
}

Value text_partition(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                     Value sep_value, const char *sep, size_t seplen, bool reverse)
{
    ptrdiff_t at = reverse ? text_rfind(data, len, sep, seplen) : text_find(data, len, sep, seplen);
    Value parts[3];
    if (at < 0) {
        Value whole = ops->piece(vm, self, data, len);
        Value empty = ops->piece(vm, self, data, 0);
        if (whole == VAL_ERR || empty == VAL_ERR) return VAL_ERR;
        parts[0] = reverse ? empty : whole;
        parts[1] = empty;
        parts[2] = reverse ? whole : empty;
    } else {
        size_t after = (size_t)at + seplen;
        parts[0] = ops->piece(vm, self, data, (size_t)at);
        parts[1] = sep_value;
        parts[2] = ops->piece(vm, self, data + after, len - after);
        if (parts[0] == VAL_ERR || parts[2] == VAL_ERR) return VAL_ERR;
    }
    return tuple_from_array(vm, parts, 3);
}

/* ---- strip ---------------------------------------------------------------------------------- */

static void strip_space(const TextOps *ops, const char *data, int sides, size_t *start, size_t *end)
{
    size_t n;
    if (sides & TEXT_STRIP_LEFT) {
        while (*start < *end && (n = space_at(ops, data + *start)) != 0) *start += n;
    }
    if (sides & TEXT_STRIP_RIGHT) {
        while (*end > *start && (n = space_before(ops, data, *end)) != 0) *end -= n;
    }
}

/* Byte-wise stripping with a set of bytes. Also right for UTF-8 data when every character to
 * strip is ASCII: a multi-byte character's bytes are all >= 0x80, never in the set. */
static void strip_byteset(const char *data, const char *chars, size_t charslen, int sides,
                          size_t *start, size_t *end)
{
    uint8_t set[256] = {0};
    for (size_t i = 0; i < charslen; i++) set[(uint8_t)chars[i]] = 1;
    if (sides & TEXT_STRIP_LEFT) {
        while (*start < *end && set[(uint8_t)data[*start]]) (*start)++;
    }
    if (sides & TEXT_STRIP_RIGHT) {
        while (*end > *start && set[(uint8_t)data[*end - 1]]) (*end)--;
    }
}

/* UTF-8 stripping with non-ASCII characters to strip: a character is in the set when its
 * encoding occurs in `chars` (self-synchronisation makes that exact). */
static void strip_utf8(const TextOps *ops, const char *data, const char *chars, size_t charslen,
                       int sides, size_t *start, size_t *end)
{
    if (sides & TEXT_STRIP_LEFT) {
        while (*start < *end) {
            size_t n = char_len(ops, data + *start);
            if (text_find(chars, charslen, data + *start, n) < 0) break;
            *start += n;
        }
    }
    if (sides & TEXT_STRIP_RIGHT) {
        while (*end > *start) {
            size_t cstart = char_start_before(ops, data, *end);
            if (text_find(chars, charslen, data + cstart, *end - cstart) < 0) break;
            *end = cstart;
        }
    }
}

void text_strip_bounds(const TextOps *ops, const char *data, size_t len, const char *chars,
                       size_t charslen, int sides, size_t *start, size_t *end)
{
    *start = 0;
    *end = len;
    if (!chars)
        strip_space(ops, data, sides, start, end);
    else if (!ops->utf8 || unicode_is_ascii(chars, charslen))
        strip_byteset(data, chars, charslen, sides, start, end);
    else
        strip_utf8(ops, data, chars, charslen, sides, start, end);
}

/* ---- replace -------------------------------------------------------------------------------- */

bool text_replace_size(const TextOps *ops, const char *data, size_t len, size_t nchars,
                       const char *old, size_t oldlen, size_t newlen, int64_t count,
                       size_t *matches, size_t *size)
{
    size_t limit = count < 0 ? SIZE_MAX : (size_t)count;
    if (oldlen == 0) {
        *matches = nchars < limit ? nchars + 1 : limit;
    } else {
        *matches = text_count(data, len, old, oldlen, limit);
    }
    if (newlen >= oldlen) {
        size_t grow;
        return mem_size_mul(*matches, newlen - oldlen, &grow) && mem_size_add(len, grow, size);
    }
    *size = len - *matches * (oldlen - newlen);
    return true;
}

void text_replace_into(const TextOps *ops, const char *data, size_t len, const char *old,
                       size_t oldlen, const char *new_text, size_t newlen, size_t matches,
                       char *out)
{
    size_t pos = 0;
    for (size_t k = 0; k < matches; k++) {
        size_t at;
        if (oldlen == 0) {
            at = pos;
        } else {
            at = pos + (size_t)text_find(data + pos, len - pos, old, oldlen);
        }
        memcpy(out, data + pos, at - pos);
        out += at - pos;
        memcpy(out, new_text, newlen);
        out += newlen;
        pos = at + oldlen;
        if (oldlen == 0 && pos < len) {
            size_t n = char_len(ops, data + pos);
            memcpy(out, data + pos, n);
            out += n;
            pos += n;
        }
    }
    memcpy(out, data + pos, len - pos);
}

/* ---- expandtabs and padding ----------------------------------------------------------------- */

bool text_expandtabs_size(const TextOps *ops, const char *data, size_t len, int64_t tabsize,
                          size_t *size, size_t *nchars)
{
    size_t total = 0, chars = 0, column = 0;
    for (size_t i = 0; i < len; i += char_len(ops, data + i)) {
        size_t n = char_len(ops, data + i), add = n, cols = 1;
        if (data[i] == '\t') {
            add = cols = tabsize > 0 ? (size_t)tabsize - column % (size_t)tabsize : 0;
        }
        if (!mem_size_add(total, add, &total) || !mem_size_add(chars, cols, &chars)) return false;
        column = (data[i] == '\n' || data[i] == '\r') ? 0 : column + cols;
    }
    *size = total;
    *nchars = chars;
    return true;
}

void text_expandtabs_into(const TextOps *ops, const char *data, size_t len, int64_t tabsize,
                          char *out)
{
    size_t column = 0;
    for (size_t i = 0; i < len;) {
        if (data[i] == '\t') {
            size_t spaces = tabsize > 0 ? (size_t)tabsize - column % (size_t)tabsize : 0;
            memset(out, ' ', spaces);
            out += spaces;
            column += spaces;
            i++;
            continue;
        }
        size_t n = char_len(ops, data + i);
        memcpy(out, data + i, n);
        out += n;
        column = (data[i] == '\n' || data[i] == '\r') ? 0 : column + 1;
        i += n;
    }
}

void text_pad_into(const char *data, size_t len, const char *fill, size_t filllen, size_t left,
                   size_t right, char *out)
{
    for (size_t k = 0; k < left; k++, out += filllen) memcpy(out, fill, filllen);
    memcpy(out, data, len);
    out += len;
    for (size_t k = 0; k < right; k++, out += filllen) memcpy(out, fill, filllen);
}

/* ---- ASCII case and classes ----------------------------------------------------------------- */

static inline bool ascii_lower(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}
static inline bool ascii_upper(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

static inline char ascii_map(uint8_t c, bool to_upper)
{
    if (to_upper) return ascii_lower(c) ? (char)(c - 32) : (char)c;
    return ascii_upper(c) ? (char)(c + 32) : (char)c;
}

/* title(): a letter is upper-cased after an uncased character, lower-cased after a cased one. */
static void ascii_title(const char *data, size_t len, char *out)
{
    bool previous_cased = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)data[i];
        bool cased = ascii_lower(c) || ascii_upper(c);
        out[i] = cased ? ascii_map(c, !previous_cased) : (char)c;
        previous_cased = cased;
    }
}

void text_ascii_case(const char *data, size_t len, TextCase mode, char *out)
{
    switch (mode) {
    case TEXT_UPPER:
    case TEXT_LOWER:
        for (size_t i = 0; i < len; i++) out[i] = ascii_map((uint8_t)data[i], mode == TEXT_UPPER);
        break;
    case TEXT_SWAPCASE:
        for (size_t i = 0; i < len; i++) {
            uint8_t c = (uint8_t)data[i];
            out[i] = ascii_map(c, ascii_lower(c));
        }
        break;
    case TEXT_TITLE:
        ascii_title(data, len, out);
        break;
    case TEXT_CAPITALIZE:
        for (size_t i = 0; i < len; i++) out[i] = ascii_map((uint8_t)data[i], i == 0);
        break;
    }
}

static bool ascii_all(const char *data, size_t len, TextClass cls)
{
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)data[i];
        bool alpha = ascii_lower(c) || ascii_upper(c), digit = c >= '0' && c <= '9';
        bool ok = cls == TEXT_ISALPHA ? alpha : cls == TEXT_ISDIGIT ? digit : alpha || digit;
        if (!ok) return false;
    }
    return len > 0;
}

/* islower/isupper: at least one cased character, none of the other case. */
static bool ascii_one_case(const char *data, size_t len, bool upper)
{
    bool cased = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)data[i];
        if (upper ? ascii_lower(c) : ascii_upper(c)) return false;
        cased = cased || (upper ? ascii_upper(c) : ascii_lower(c));
    }
    return cased;
}

static bool ascii_istitle(const char *data, size_t len)
{
    bool cased = false, previous_cased = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)data[i];
        if (ascii_upper(c) || ascii_lower(c)) {
            if (ascii_upper(c) == previous_cased) return false;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return cased;
}

bool text_ascii_is(const char *data, size_t len, TextClass cls)
{
    switch (cls) {
    case TEXT_ISLOWER:
        return ascii_one_case(data, len, false);
    case TEXT_ISUPPER:
        return ascii_one_case(data, len, true);
    case TEXT_ISTITLE:
        return ascii_istitle(data, len);
    default:
        return ascii_all(data, len, cls);
    }
}

/* ---- method arguments ------------------------------------------------------------------------ */

bool text_args_range(VM *vm, const char *fname, int nargs, int min, int max)
{
    if (nargs < min) {
        vm_raise(vm, &exc_TypeError, "%s() takes at least %d argument%s (%d given)", fname, min,
                 min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        vm_raise(vm, &exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, max,
                 max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

bool text_arg_ssize(VM *vm, Value v, int64_t *out)
{
    if (val_is_small_int(v)) {
        *out = val_as_small_int(v);
        return true;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    if (IS_BIGINT(v)) {
        if (int_to_i64(v, out)) return true;
        vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
             vm_type_name(v));
    return false;
}

bool text_arg_bound(VM *vm, Value v, int64_t *out)
{
    if (v == VAL_UNDEF || v == VAL_NONE) return true;
    if (val_is_small_int(v)) {
        *out = val_as_small_int(v);
        return true;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    if (IS_BIGINT(v)) {
        if (!int_to_i64(v, out)) *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    vm_raise(vm, &exc_TypeError,
             "slice indices must be integers or None or have an __index__ method");
    return false;
}
