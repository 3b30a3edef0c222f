/* unicode.h — UTF-8 primitives and Unicode character properties (unicode.c).
 *
 * Strings inside Garter are UTF-8. A str may also hold lone surrogates (U+D800..U+DFFF) encoded
 * as three-byte sequences, as '\ud800' literals produce them; every decoder here accepts them,
 * and only codecs (codec.c) reject them. Character properties follow CPython 3.11's str methods
 * (unicodedata 14.0) on top of utf8proc's tables, with small tables for what utf8proc lacks
 * (special casing, digit/numeric values outside category N).
 */
#ifndef GARTER_UNICODE_H
#define GARTER_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UNICODE_MAX 0x10ffff
/* The most code points one character's full case mapping can produce (SpecialCasing.txt). */
#define UNICODE_CASE_MAX 3

/* Number of bytes of the sequence whose lead byte is `lead` (1 for bytes that cannot lead). */
static inline size_t unicode_seq_len(uint8_t lead)
{
    if (lead < 0xc0) return 1;
    if (lead < 0xe0) return 2;
    if (lead < 0xf0) return 3;
    return 4;
}

static inline bool unicode_is_continuation(uint8_t b)
{
    return (b & 0xc0) == 0x80;
}

/* Decode the code point at `s`, which must start a sequence of internal (valid) UTF-8; *len
 * receives its length in bytes. */
static inline uint32_t unicode_decode(const char *s, size_t *len)
{
    const uint8_t *p = (const uint8_t *)s;
    if (p[0] < 0x80) {
        *len = 1;
        return p[0];
    }
    if (p[0] < 0xe0) {
        *len = 2;
        return ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
    }
    if (p[0] < 0xf0) {
        *len = 3;
        return ((uint32_t)(p[0] & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
    }
    *len = 4;
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3f) << 12) |
           ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
}

/* Decode the code point that ends just before `end` (start <= the sequence start). */
uint32_t unicode_decode_before(const char *start, const char *end, size_t *len);

/* Encode cp (<= UNICODE_MAX) into out; returns the number of bytes (1..4). */
size_t unicode_encode(uint32_t cp, char out[4]);
static inline size_t unicode_encoded_len(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Code points in `len` bytes of internal UTF-8. */
size_t unicode_count_chars(const char *s, size_t len);
/* Are all bytes < 0x80? */
bool unicode_is_ascii(const char *s, size_t len);
/* Byte offset of code point `index` (0 <= index <= nchars) in a string of `len` bytes holding
 * `nchars` code points; walks from the nearer end, several bytes at a time. */
size_t unicode_char_offset(const char *s, size_t len, size_t nchars, size_t index);

/* Where and why UTF-8 validation failed, as CPython's decoder reports it: the bad bytes are
 * [start, end) and `reason` is "invalid start byte", "invalid continuation byte" or
 * "unexpected end of data". */
typedef struct Utf8Error {
    size_t start, end;
    const char *reason;
} Utf8Error;

/* Validate strict UTF-8 (no surrogates, no overlongs) from offset `pos`: returns true and sets
 * *nchars to the code points counted, or false with *err describing the first error (nchars
 * then counts the code points before it). */
bool unicode_validate(const uint8_t *s, size_t len, size_t pos, size_t *nchars, Utf8Error *err);

/* ---- character properties (str.isxxx per character, CPython's definitions) ---------------- */

bool unicode_isspace(uint32_t cp);   /* bidi WS/B/S or category Zs */
bool unicode_isalpha(uint32_t cp);   /* categories L* */
bool unicode_isdecimal(uint32_t cp); /* Nd */
bool unicode_isdigit(uint32_t cp);   /* has a digit value (Nd and e.g. superscripts) */
bool unicode_isnumeric(uint32_t cp); /* has a numeric value (also CJK numerals) */
bool unicode_isalnum(uint32_t cp);
bool unicode_isupper(uint32_t cp); /* Lu or Other_Uppercase */
bool unicode_islower(uint32_t cp); /* Ll or Other_Lowercase */
bool unicode_istitle(uint32_t cp); /* Lt */
bool unicode_iscased(uint32_t cp);
bool unicode_iscaseignorable(uint32_t cp);
bool unicode_isprintable(uint32_t cp); /* not Cc Cf Cs Co Cn Zl Zp Zs, except ' ' */
bool unicode_isxidstart(uint32_t cp);
bool unicode_isxidcontinue(uint32_t cp);
/* Line boundaries of str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
bool unicode_islinebreak(uint32_t cp);

/* ---- case mapping: full mappings (SpecialCasing.txt) into out, returning the count --------- */

int unicode_to_upper(uint32_t cp, uint32_t out[UNICODE_CASE_MAX]);
int unicode_to_lower(uint32_t cp, uint32_t out[UNICODE_CASE_MAX]);
int unicode_to_title(uint32_t cp, uint32_t out[UNICODE_CASE_MAX]);
int unicode_casefold(uint32_t cp, uint32_t out[UNICODE_CASE_MAX]);

#endif
