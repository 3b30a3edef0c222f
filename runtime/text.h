/* text.h — the algorithms str and bytes/bytearray share, written once over byte strings
 * (text.c): substring search, split, splitlines, strip, replace, partition, padding, expandtabs
 * and the ASCII case mappings and predicates.
 *
 * Substring search on UTF-8 is search on code points: UTF-8 is self-synchronising, so a match of
 * a whole encoded needle always starts and ends on character boundaries. Where characters matter
 * (splitting on white space, an empty replace pattern, columns, widths) a TextOps says whether the
 * data is UTF-8 text (str) or raw bytes, and how to make a result piece.
 */
#ifndef GARTER_TEXT_H
#define GARTER_TEXT_H

#include <stddef.h>

#include "vm.h"

/* Make a result piece (a str, bytes or bytearray) of `len` bytes at `data`, which lies inside
 * the data of `self` (the object the method was called on). */
typedef Value (*TextPieceFn)(VM *vm, Value self, const char *data, size_t len);

typedef struct TextOps {
    bool utf8; /* str: characters are UTF-8 sequences; else one byte each */
    /* Per byte: 0 = not white space / not a line break, 1 = a one-byte one, 2 = a UTF-8 lead byte
     * that may start one (decode and ask unicode.h). */
    const uint8_t *space;
    const uint8_t *linebreak;
    TextPieceFn piece;
} TextOps;

extern const TextOps text_ops_str;   /* str (any) */
extern const TextOps text_ops_bytes; /* bytes and bytearray (piece follows self's type) */

/* ---- search -------------------------------------------------------------------------------- */

/* Offset of the first / last occurrence of needle in hay, or -1. An empty needle matches at 0 /
 * at hlen. */
ptrdiff_t text_find(const char *hay, size_t hlen, const char *needle, size_t nlen);
ptrdiff_t text_rfind(const char *hay, size_t hlen, const char *needle, size_t nlen);
/* Non-overlapping occurrences, at most maxcount (an empty needle occurs hlen + 1 times in bytes;
 * str callers count characters themselves). */
size_t text_count(const char *hay, size_t hlen, const char *needle, size_t nlen, size_t maxcount);

/* ---- splitting ------------------------------------------------------------------------------ */

/* s.split(sep, maxsplit) / s.rsplit(...) as a new list; sep == NULL splits on runs of white
 * space. maxsplit < 0 means no limit. The caller has rejected an empty sep. */
Value text_split(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                 const char *sep, size_t seplen, int64_t maxsplit);
Value text_rsplit(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                  const char *sep, size_t seplen, int64_t maxsplit);
Value text_splitlines(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                      bool keepends);
/* (head, sep, tail) of the first (reverse: last) occurrence of sep; the caller has rejected an
 * empty sep. `sep_value` is the separator object put in the middle when found. */
Value text_partition(VM *vm, const TextOps *ops, Value self, const char *data, size_t len,
                     Value sep_value, const char *sep, size_t seplen, bool reverse);

/* ---- strip ---------------------------------------------------------------------------------- */

enum { TEXT_STRIP_LEFT = 1, TEXT_STRIP_RIGHT = 2, TEXT_STRIP_BOTH = 3 };

/* The bounds [*start, *end) left after stripping white space (chars == NULL) or any character
 * of `chars` from the sides in `sides`. */
void text_strip_bounds(const TextOps *ops, const char *data, size_t len, const char *chars,
                       size_t charslen, int sides, size_t *start, size_t *end);

/* ---- building ------------------------------------------------------------------------------- */

/* Size of data.replace(old, new, count) (count < 0: all), with `nchars` characters in data (bytes:
 * len); false when it overflows. *matches receives the number of replacements. */
bool text_replace_size(const TextOps *ops, const char *data, size_t len, size_t nchars,
                       const char *old, size_t oldlen, size_t newlen, int64_t count,
                       size_t *matches, size_t *size);
/* Write the replacement of `matches` occurrences into out (text_replace_size bytes). */
void text_replace_into(const TextOps *ops, const char *data, size_t len, const char *old,
                       size_t oldlen, const char *new_text, size_t newlen, size_t matches,
                       char *out);

/* expandtabs: size of the result (false on overflow), then the result. */
bool text_expandtabs_size(const TextOps *ops, const char *data, size_t len, int64_t tabsize,
                          size_t *size, size_t *nchars);
void text_expandtabs_into(const TextOps *ops, const char *data, size_t len, int64_t tabsize,
                          char *out);

/* Write `left` copies of fill, data, `right` copies of fill into out (center/ljust/rjust). */
void text_pad_into(const char *data, size_t len, const char *fill, size_t filllen, size_t left,
                   size_t right, char *out);
/* CPython's split of `margin` padding columns for center(). */
static inline size_t text_center_left(size_t margin, size_t width)
{
    return margin / 2 + (margin & width & 1);
}

/* ---- ASCII case and classes (bytes methods; str methods on ASCII strings) -------------------- */

typedef enum TextCase {
    TEXT_UPPER,
    TEXT_LOWER,
    TEXT_SWAPCASE,
    TEXT_TITLE,
    TEXT_CAPITALIZE,
} TextCase;

void text_ascii_case(const char *data, size_t len, TextCase mode, char *out);

typedef enum TextClass {
    TEXT_ISALPHA,
    TEXT_ISDIGIT,
    TEXT_ISALNUM,
    TEXT_ISLOWER,
    TEXT_ISUPPER,
    TEXT_ISTITLE,
} TextClass;

/* bytes.isalpha() etc. (false for empty data). */
bool text_ascii_is(const char *data, size_t len, TextClass cls);

/* ---- method arguments (str and bytes methods) ----------------------------------------------- */

/* Positional count check with CPython's older wording: "find() takes at least 1 argument (0
 * given)" / "at most 3 arguments (4 given)". nargs excludes self. */
bool text_args_range(VM *vm, const char *fname, int nargs, int min, int max);
/* An int argument converted as Py_ssize_t: TypeError "'float' object cannot be interpreted as an
 * integer", OverflowError "Python int too large to convert to C ssize_t". */
bool text_arg_ssize(VM *vm, Value v, int64_t *out);
/* A start/end argument of find, count, startswith...: VAL_UNDEF or None leave *out unchanged;
 * ints beyond int64 are clamped; others raise CPython's "slice indices must be integers or None
 * or have an __index__ method". */
bool text_arg_bound(VM *vm, Value v, int64_t *out);
/* CPython's ADJUST_INDICES: negative bounds count from the end, end is clipped to len. start may
 * remain > len (then nothing matches, not even an empty string). */
static inline void text_adjust_bounds(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
}

static inline bool text_ascii_isspace(uint8_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

#endif
