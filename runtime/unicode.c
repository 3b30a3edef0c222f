/* unicode.c — UTF-8 primitives and character properties. See unicode.h.
 *
 * Categories and simple case mappings come from utf8proc; the tables below add what utf8proc
 * does not carry and CPython's str methods use: multi-character case mappings (SpecialCasing.txt,
 * unconditional part), digit values outside category Nd, and numeric values of CJK ideographs.
 * They were produced from CPython 3.11's unicodedata (Unicode 14.0).
 */
#include "unicode.h"

#include <string.h>
#include <utf8proc.h>

/* ---- UTF-8 ----------------------------------------------------------------------------------- */

#define WORD_HIGH_BITS ((uint64_t)0x8080808080808080)

static inline uint64_t load_word(const char *p)
{
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}

/* Continuation bytes (10xxxxxx) in a word: bit 7 set and bit 6 clear. Shifting left by one moves
 * each byte's bit 6 into its own bit 7 (the bit crossing into the next byte is masked off). */
static inline int word_continuations(uint64_t w)
{
    return __builtin_popcountll(w & ~(w << 1) & WORD_HIGH_BITS);
}

uint32_t unicode_decode_before(const char *start, const char *end, size_t *len)
{
    const char *p = end - 1;
    while (p > start && unicode_is_continuation((uint8_t)*p)) p--;
    return unicode_decode(p, len);
}

size_t unicode_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

size_t unicode_count_chars(const char *s, size_t len)
{
    size_t continuations = 0, i = 0;
    for (; i + 8 <= len; i += 8) continuations += (size_t)word_continuations(load_word(s + i));
    for (; i < len; i++) continuations += unicode_is_continuation((uint8_t)s[i]);
    return len - continuations;
}

bool unicode_is_ascii(const char *s, size_t len)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= len; i += 8) acc |= load_word(s + i);
    for (; i < len; i++) acc |= (uint8_t)s[i];
    return (acc & WORD_HIGH_BITS) == 0;
}

/* Offset of the code point `skip` lead bytes after offset 0 (a whole word is skipped while it
 * holds no more leads than remain to skip, so the target is never inside a skipped word). */
static size_t offset_forward(const char *s, size_t len, size_t skip)
{
    size_t pos = 0;
    while (pos + 8 <= len) {
        size_t leads = 8 - (size_t)word_continuations(load_word(s + pos));
        if (leads > skip) break;
        skip -= leads;
        pos += 8;
    }
    for (; pos < len; pos++) {
        if (unicode_is_continuation((uint8_t)s[pos])) continue;
        if (skip == 0) break;
        skip--;
    }
    return pos;
}

/* Offset of the `back`-th code point counted from the end (back >= 1). A word is skipped only
 * while it holds fewer leads than remain, so the target lead is found by the byte loop. */
static size_t offset_backward(const char *s, size_t pos, size_t back)
{
    while (pos >= 8) {
        size_t leads = 8 - (size_t)word_continuations(load_word(s + pos - 8));
        if (leads >= back) break;
        back -= leads;
        pos -= 8;
    }
    while (back > 0) {
        pos--;
        if (!unicode_is_continuation((uint8_t)s[pos])) back--;
    }
    return pos;
}

size_t unicode_char_offset(const char *s, size_t len, size_t nchars, size_t index)
{
    if (nchars == len) return index;
    if (index >= nchars) return len;
    if (index <= nchars / 2) return offset_forward(s, len, index);
    return offset_backward(s, len, nchars - index);
}

/* CPython's UTF-8 decoder error classification (Objects/stringlib/codecs.h): returns 0 when
 * the sequence at s[0] is valid (setting *seq), else fills *err. */
static bool utf8_bad(size_t pos, size_t nbytes, const char *reason, Utf8Error *err)
{
    err->start = pos;
    err->end = pos + nbytes;
    err->reason = reason;
    return false;
}

static bool utf8_truncated(size_t pos, size_t len, Utf8Error *err)
{
    return utf8_bad(pos, len - pos, "unexpected end of data", err);
}

/* Is b a valid second byte after lead? (excludes overlongs, surrogates, > U+10FFFF) */
static bool utf8_second_ok(uint8_t lead, uint8_t b)
{
    if (!unicode_is_continuation(b)) return false;
    if (lead == 0xe0) return b >= 0xa0;
    if (lead == 0xed) return b < 0xa0;
    if (lead == 0xf0) return b >= 0x90;
    if (lead == 0xf4) return b < 0x90;
    return true;
}

static bool utf8_check_seq(const uint8_t *s, size_t len, size_t pos, size_t *seq, Utf8Error *err)
{
    uint8_t lead = s[pos];
    if (lead < 0xc2 || lead > 0xf4) return utf8_bad(pos, 1, "invalid start byte", err);
    size_t need = unicode_seq_len(lead);
    size_t avail = len - pos;
    for (size_t k = 1; k < need; k++) {
        if (k >= avail) return utf8_truncated(pos, len, err);
        bool ok = k == 1 ? utf8_second_ok(lead, s[pos + 1]) : unicode_is_continuation(s[pos + k]);
        if (!ok) return utf8_bad(pos, k, "invalid continuation byte", err);
    }
    *seq = need;
    return true;
}

bool unicode_validate(const uint8_t *s, size_t len, size_t pos, size_t *nchars, Utf8Error *err)
{
    size_t count = 0;
    while (pos < len) {
        if (pos + 8 <= len && (load_word((const char *)s + pos) & WORD_HIGH_BITS) == 0) {
            pos += 8;
            count += 8;
            continue;
        }
        if (s[pos] < 0x80) {
            pos++;
            count++;
            continue;
        }
        size_t seq;
        if (!utf8_check_seq(s, len, pos, &seq, err)) {
            *nchars = count;
            return false;
        }
        pos += seq;
        count++;
    }
    *nchars = count;
    return true;
}

/* ---- property tables ------------------------------------------------------------------------ */

typedef struct UnicodeRange {
    uint32_t first, last;
} UnicodeRange;

static bool in_ranges(const UnicodeRange *r, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].first)
            hi = mid;
        else if (cp > r[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN_TABLE(table, cp) in_ranges((table), sizeof(table) / sizeof((table)[0]), (cp))

/* Characters with a digit value outside category Nd (superscripts, circled digits...). */
static const UnicodeRange digit_extra[] = {
    {0xb2, 0xb3},       {0xb9, 0xb9},       {0x1369, 0x1371},   {0x19da, 0x19da},
    {0x2070, 0x2070},   {0x2074, 0x2079},   {0x2080, 0x2089},   {0x2460, 0x2468},
    {0x2474, 0x247c},   {0x2488, 0x2490},   {0x24ea, 0x24ea},   {0x24f5, 0x24fd},
    {0x24ff, 0x24ff},   {0x2776, 0x277e},   {0x2780, 0x2788},   {0x278a, 0x2792},
    {0x10a40, 0x10a43}, {0x10e60, 0x10e68}, {0x11052, 0x1105a}, {0x1f100, 0x1f10a},
};

/* Characters outside category N with a numeric value (CJK numerals, from Unihan). */
static const UnicodeRange numeric_extra[] = {
    {0x3405, 0x3405},   {0x3483, 0x3483},   {0x382a, 0x382a},   {0x3b4d, 0x3b4d},
    {0x4e00, 0x4e00},   {0x4e03, 0x4e03},   {0x4e07, 0x4e07},   {0x4e09, 0x4e09},
    {0x4e5d, 0x4e5d},   {0x4e8c, 0x4e8c},   {0x4e94, 0x4e94},   {0x4e96, 0x4e96},
    {0x4ebf, 0x4ec0},   {0x4edf, 0x4edf},   {0x4ee8, 0x4ee8},   {0x4f0d, 0x4f0d},
    {0x4f70, 0x4f70},   {0x5104, 0x5104},   {0x5146, 0x5146},   {0x5169, 0x5169},
    {0x516b, 0x516b},   {0x516d, 0x516d},   {0x5341, 0x5341},   {0x5343, 0x5345},
    {0x534c, 0x534c},   {0x53c1, 0x53c4},   {0x56db, 0x56db},   {0x58f1, 0x58f1},
    {0x58f9, 0x58f9},   {0x5e7a, 0x5e7a},   {0x5efe, 0x5eff},   {0x5f0c, 0x5f0e},
    {0x5f10, 0x5f10},   {0x62fe, 0x62fe},   {0x634c, 0x634c},   {0x67d2, 0x67d2},
    {0x6f06, 0x6f06},   {0x7396, 0x7396},   {0x767e, 0x767e},   {0x8086, 0x8086},
    {0x842c, 0x842c},   {0x8cae, 0x8cae},   {0x8cb3, 0x8cb3},   {0x8d30, 0x8d30},
    {0x9621, 0x9621},   {0x9646, 0x9646},   {0x964c, 0x964c},   {0x9678, 0x9678},
    {0x96f6, 0x96f6},   {0xf96b, 0xf96b},   {0xf973, 0xf973},   {0xf978, 0xf978},
    {0xf9b2, 0xf9b2},   {0xf9d1, 0xf9d1},   {0xf9d3, 0xf9d3},   {0xf9fd, 0xf9fd},
    {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200e2, 0x200e2}, {0x20121, 0x20121},
    {0x2092a, 0x2092a}, {0x20983, 0x20983}, {0x2098c, 0x2098c}, {0x2099c, 0x2099c},
    {0x20aea, 0x20aea}, {0x20afd, 0x20afd}, {0x20b19, 0x20b19}, {0x22390, 0x22390},
    {0x22998, 0x22998}, {0x23b1b, 0x23b1b}, {0x2626d, 0x2626d}, {0x2f890, 0x2f890},
};

/* White space as str.isspace: bidirectional class WS, B or S, or category Zs. */
static const UnicodeRange space_chars[] = {
    {0x09, 0x0d},     {0x1c, 0x20},     {0x85, 0x85},     {0xa0, 0xa0},     {0x1680, 0x1680},
    {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};

static inline utf8proc_category_t category(uint32_t cp)
{
    return utf8proc_category((utf8proc_int32_t)cp);
}

bool unicode_isspace(uint32_t cp)
{
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
    return IN_TABLE(space_chars, cp);
}

bool unicode_islinebreak(uint32_t cp)
{
    return (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 || cp == 0x2028 ||
           cp == 0x2029;
}

bool unicode_isalpha(uint32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool unicode_isdecimal(uint32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool unicode_isdigit(uint32_t cp)
{
    return unicode_isdecimal(cp) || (cp >= 0xb2 && IN_TABLE(digit_extra, cp));
}

bool unicode_isnumeric(uint32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    utf8proc_category_t c = category(cp);
    if (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO) return true;
    return cp >= 0x3405 && IN_TABLE(numeric_extra, cp);
}

bool unicode_isalnum(uint32_t cp)
{
    return unicode_isalpha(cp) || unicode_isnumeric(cp);
}

bool unicode_isupper(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_isupper((utf8proc_int32_t)cp);
}

/* Modifier letters that Unicode 15 made Other_Lowercase (utf8proc) but 14.0 (CPython 3.11) not. */
static bool lowercase_since_15(uint32_t cp)
{
    return cp == 0x10fc || (cp >= 0xa7f2 && cp <= 0xa7f4) || cp == 0xab69;
}

bool unicode_islower(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    if (category(cp) == UTF8PROC_CATEGORY_LL) return true;
    return utf8proc_islower((utf8proc_int32_t)cp) && !lowercase_since_15(cp);
}

bool unicode_istitle(uint32_t cp)
{
    return cp >= 0x80 && category(cp) == UTF8PROC_CATEGORY_LT;
}

bool unicode_iscased(uint32_t cp)
{
    return unicode_isupper(cp) || unicode_islower(cp) || unicode_istitle(cp);
}

/* Case_Ignorable: Mn Me Cf Lm Sk, and Word_Break MidLetter/MidNumLet/Single_Quote. */
bool unicode_iscaseignorable(uint32_t cp)
{
    switch (cp) {
    case 0x27:
    case 0x2e:
    case 0x3a:
    case 0x5e:
    case 0x60:
    case 0xa8:
    case 0xad:
    case 0xaf:
    case 0xb4:
    case 0xb7:
    case 0xb8:
    case 0x387:
    case 0x55f:
    case 0x5f4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xfe13:
    case 0xfe52:
    case 0xfe55:
    case 0xff07:
    case 0xff0e:
    case 0xff1a:
        return true;
    default:
        break;
    }
    if (cp < 0x80) return false;
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_SK:
        return true;
    default:
        return false;
    }
}

bool unicode_isprintable(uint32_t cp)
{
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
    switch (category(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

/* Other_ID_Start (PropList.txt). */
static bool other_id_start(uint32_t cp)
{
    return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212e;
}

/* Letters that are not XID_Continue (hence not XID_Start): their NFKC forms are not identifiers
 * or they are Pattern_Syntax. */
static const UnicodeRange xid_excluded[] = {
    {0x37a, 0x37a},   {0x2e2f, 0x2e2f}, {0x309b, 0x309c}, {0xfc5e, 0xfc63}, {0xfdfa, 0xfdfb},
    {0xfe70, 0xfe70}, {0xfe72, 0xfe72}, {0xfe74, 0xfe74}, {0xfe76, 0xfe76}, {0xfe78, 0xfe78},
    {0xfe7a, 0xfe7a}, {0xfe7c, 0xfe7c}, {0xfe7e, 0xfe7e},
};

/* XID_Continue characters that may not start an identifier (NFKC forms start with a mark). */
static bool xid_continue_only(uint32_t cp)
{
    return cp == 0xe33 || cp == 0xeb3 || cp == 0xff9e || cp == 0xff9f;
}

/* Other_ID_Continue (PropList.txt). */
static bool other_id_continue(uint32_t cp)
{
    return cp == 0xb7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19da;
}

/* Letters, letter numbers and Other_ID_Start, before the NFKC exclusions. */
static bool id_start_category(uint32_t cp)
{
    utf8proc_category_t c = category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_NL ||
           other_id_start(cp);
}

bool unicode_isxidstart(uint32_t cp)
{
    if (cp < 0x80) return cp == '_' || unicode_isalpha(cp);
    return id_start_category(cp) && !xid_continue_only(cp) && !IN_TABLE(xid_excluded, cp);
}

bool unicode_isxidcontinue(uint32_t cp)
{
    if (cp < 0x80) return cp == '_' || unicode_isalpha(cp) || unicode_isdecimal(cp);
    if (IN_TABLE(xid_excluded, cp)) return false;
    if (id_start_category(cp) || other_id_continue(cp)) return true;
    utf8proc_category_t c = category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND ||
           c == UTF8PROC_CATEGORY_PC;
}

/* ---- case mapping --------------------------------------------------------------------------- */

/* Characters whose full upper, lower or title mapping is not their simple one (SpecialCasing.txt,
 * unconditional entries), sorted by code point. Unused slots are 0. */
typedef struct SpecialCase {
    uint32_t cp;
    uint32_t upper[UNICODE_CASE_MAX], lower[UNICODE_CASE_MAX], title[UNICODE_CASE_MAX];
} SpecialCase;

static const SpecialCase special_cases[] = {
    {0xdf, {0x53, 0x53, 0}, {0xdf, 0, 0}, {0x53, 0x73, 0}},
    {0x130, {0x130, 0, 0}, {0x69, 0x307, 0}, {0x130, 0, 0}},
    {0x149, {0x2bc, 0x4e, 0}, {0x149, 0, 0}, {0x2bc, 0x4e, 0}},
    {0x1f0, {0x4a, 0x30c, 0}, {0x1f0, 0, 0}, {0x4a, 0x30c, 0}},
    {0x390, {0x399, 0x308, 0x301}, {0x390, 0, 0}, {0x399, 0x308, 0x301}},
    {0x3b0, {0x3a5, 0x308, 0x301}, {0x3b0, 0, 0}, {0x3a5, 0x308, 0x301}},
    {0x587, {0x535, 0x552, 0}, {0x587, 0, 0}, {0x535, 0x582, 0}},
    {0x1e96, {0x48, 0x331, 0}, {0x1e96, 0, 0}, {0x48, 0x331, 0}},
    {0x1e97, {0x54, 0x308, 0}, {0x1e97, 0, 0}, {0x54, 0x308, 0}},
    {0x1e98, {0x57, 0x30a, 0}, {0x1e98, 0, 0}, {0x57, 0x30a, 0}},
    {0x1e99, {0x59, 0x30a, 0}, {0x1e99, 0, 0}, {0x59, 0x30a, 0}},
    {0x1e9a, {0x41, 0x2be, 0}, {0x1e9a, 0, 0}, {0x41, 0x2be, 0}},
    {0x1f50, {0x3a5, 0x313, 0}, {0x1f50, 0, 0}, {0x3a5, 0x313, 0}},
    {0x1f52, {0x3a5, 0x313, 0x300}, {0x1f52, 0, 0}, {0x3a5, 0x313, 0x300}},
    {0x1f54, {0x3a5, 0x313, 0x301}, {0x1f54, 0, 0}, {0x3a5, 0x313, 0x301}},
    {0x1f56, {0x3a5, 0x313, 0x342}, {0x1f56, 0, 0}, {0x3a5, 0x313, 0x342}},
    {0x1f80, {0x1f08, 0x399, 0}, {0x1f80, 0, 0}, {0x1f88, 0, 0}},
    {0x1f81, {0x1f09, 0x399, 0}, {0x1f81, 0, 0}, {0x1f89, 0, 0}},
    {0x1f82, {0x1f0a, 0x399, 0}, {0x1f82, 0, 0}, {0x1f8a, 0, 0}},
    {0x1f83, {0x1f0b, 0x399, 0}, {0x1f83, 0, 0}, {0x1f8b, 0, 0}},
    {0x1f84, {0x1f0c, 0x399, 0}, {0x1f84, 0, 0}, {0x1f8c, 0, 0}},
    {0x1f85, {0x1f0d, 0x399, 0}, {0x1f85, 0, 0}, {0x1f8d, 0, 0}},
    {0x1f86, {0x1f0e, 0x399, 0}, {0x1f86, 0, 0}, {0x1f8e, 0, 0}},
    {0x1f87, {0x1f0f, 0x399, 0}, {0x1f87, 0, 0}, {0x1f8f, 0, 0}},
    {0x1f88, {0x1f08, 0x399, 0}, {0x1f80, 0, 0}, {0x1f88, 0, 0}},
    {0x1f89, {0x1f09, 0x399, 0}, {0x1f81, 0, 0}, {0x1f89, 0, 0}},
    {0x1f8a, {0x1f0a, 0x399, 0}, {0x1f82, 0, 0}, {0x1f8a, 0, 0}},
    {0x1f8b, {0x1f0b, 0x399, 0}, {0x1f83, 0, 0}, {0x1f8b, 0, 0}},
    {0x1f8c, {0x1f0c, 0x399, 0}, {0x1f84, 0, 0}, {0x1f8c, 0, 0}},
    {0x1f8d, {0x1f0d, 0x399, 0}, {0x1f85, 0, 0}, {0x1f8d, 0, 0}},
    {0x1f8e, {0x1f0e, 0x399, 0}, {0x1f86, 0, 0}, {0x1f8e, 0, 0}},
    {0x1f8f, {0x1f0f, 0x399, 0}, {0x1f87, 0, 0}, {0x1f8f, 0, 0}},
    {0x1f90, {0x1f28, 0x399, 0}, {0x1f90, 0, 0}, {0x1f98, 0, 0}},
    {0x1f91, {0x1f29, 0x399, 0}, {0x1f91, 0, 0}, {0x1f99, 0, 0}},
    {0x1f92, {0x1f2a, 0x399, 0}, {0x1f92, 0, 0}, {0x1f9a, 0, 0}},
    {0x1f93, {0x1f2b, 0x399, 0}, {0x1f93, 0, 0}, {0x1f9b, 0, 0}},
    {0x1f94, {0x1f2c, 0x399, 0}, {0x1f94, 0, 0}, {0x1f9c, 0, 0}},
    {0x1f95, {0x1f2d, 0x399, 0}, {0x1f95, 0, 0}, {0x1f9d, 0, 0}},
    {0x1f96, {0x1f2e, 0x399, 0}, {0x1f96, 0, 0}, {0x1f9e, 0, 0}},
    {0x1f97, {0x1f2f, 0x399, 0}, {0x1f97, 0, 0}, {0x1f9f, 0, 0}},
    {0x1f98, {0x1f28, 0x399, 0}, {0x1f90, 0, 0}, {0x1f98, 0, 0}},
    {0x1f99, {0x1f29, 0x399, 0}, {0x1f91, 0, 0}, {0x1f99, 0, 0}},
    {0x1f9a, {0x1f2a, 0x399, 0}, {0x1f92, 0, 0}, {0x1f9a, 0, 0}},
    {0x1f9b, {0x1f2b, 0x399, 0}, {0x1f93, 0, 0}, {0x1f9b, 0, 0}},
    {0x1f9c, {0x1f2c, 0x399, 0}, {0x1f94, 0, 0}, {0x1f9c, 0, 0}},
    {0x1f9d, {0x1f2d, 0x399, 0}, {0x1f95, 0, 0}, {0x1f9d, 0, 0}},
    {0x1f9e, {0x1f2e, 0x399, 0}, {0x1f96, 0, 0}, {0x1f9e, 0, 0}},
    {0x1f9f, {0x1f2f, 0x399, 0}, {0x1f97, 0, 0}, {0x1f9f, 0, 0}},
    {0x1fa0, {0x1f68, 0x399, 0}, {0x1fa0, 0, 0}, {0x1fa8, 0, 0}},
    {0x1fa1, {0x1f69, 0x399, 0}, {0x1fa1, 0, 0}, {0x1fa9, 0, 0}},
    {0x1fa2, {0x1f6a, 0x399, 0}, {0x1fa2, 0, 0}, {0x1faa, 0, 0}},
    {0x1fa3, {0x1f6b, 0x399, 0}, {0x1fa3, 0, 0}, {0x1fab, 0, 0}},
    {0x1fa4, {0x1f6c, 0x399, 0}, {0x1fa4, 0, 0}, {0x1fac, 0, 0}},
    {0x1fa5, {0x1f6d, 0x399, 0}, {0x1fa5, 0, 0}, {0x1fad, 0, 0}},
    {0x1fa6, {0x1f6e, 0x399, 0}, {0x1fa6, 0, 0}, {0x1fae, 0, 0}},
    {0x1fa7, {0x1f6f, 0x399, 0}, {0x1fa7, 0, 0}, {0x1faf, 0, 0}},
    {0x1fa8, {0x1f68, 0x399, 0}, {0x1fa0, 0, 0}, {0x1fa8, 0, 0}},
    {0x1fa9, {0x1f69, 0x399, 0}, {0x1fa1, 0, 0}, {0x1fa9, 0, 0}},
    {0x1faa, {0x1f6a, 0x399, 0}, {0x1fa2, 0, 0}, {0x1faa, 0, 0}},
    {0x1fab, {0x1f6b, 0x399, 0}, {0x1fa3, 0, 0}, {0x1fab, 0, 0}},
    {0x1fac, {0x1f6c, 0x399, 0}, {0x1fa4, 0, 0}, {0x1fac, 0, 0}},
    {0x1fad, {0x1f6d, 0x399, 0}, {0x1fa5, 0, 0}, {0x1fad, 0, 0}},
    {0x1fae, {0x1f6e, 0x399, 0}, {0x1fa6, 0, 0}, {0x1fae, 0, 0}},
    {0x1faf, {0x1f6f, 0x399, 0}, {0x1fa7, 0, 0}, {0x1faf, 0, 0}},
    {0x1fb2, {0x1fba, 0x399, 0}, {0x1fb2, 0, 0}, {0x1fba, 0x345, 0}},
    {0x1fb3, {0x391, 0x399, 0}, {0x1fb3, 0, 0}, {0x1fbc, 0, 0}},
    {0x1fb4, {0x386, 0x399, 0}, {0x1fb4, 0, 0}, {0x386, 0x345, 0}},
    {0x1fb6, {0x391, 0x342, 0}, {0x1fb6, 0, 0}, {0x391, 0x342, 0}},
    {0x1fb7, {0x391, 0x342, 0x399}, {0x1fb7, 0, 0}, {0x391, 0x342, 0x345}},
    {0x1fbc, {0x391, 0x399, 0}, {0x1fb3, 0, 0}, {0x1fbc, 0, 0}},
    {0x1fc2, {0x1fca, 0x399, 0}, {0x1fc2, 0, 0}, {0x1fca, 0x345, 0}},
    {0x1fc3, {0x397, 0x399, 0}, {0x1fc3, 0, 0}, {0x1fcc, 0, 0}},
    {0x1fc4, {0x389, 0x399, 0}, {0x1fc4, 0, 0}, {0x389, 0x345, 0}},
    {0x1fc6, {0x397, 0x342, 0}, {0x1fc6, 0, 0}, {0x397, 0x342, 0}},
    {0x1fc7, {0x397, 0x342, 0x399}, {0x1fc7, 0, 0}, {0x397, 0x342, 0x345}},
    {0x1fcc, {0x397, 0x399, 0}, {0x1fc3, 0, 0}, {0x1fcc, 0, 0}},
    {0x1fd2, {0x399, 0x308, 0x300}, {0x1fd2, 0, 0}, {0x399, 0x308, 0x300}},
    {0x1fd3, {0x399, 0x308, 0x301}, {0x1fd3, 0, 0}, {0x399, 0x308, 0x301}},
    {0x1fd6, {0x399, 0x342, 0}, {0x1fd6, 0, 0}, {0x399, 0x342, 0}},
    {0x1fd7, {0x399, 0x308, 0x342}, {0x1fd7, 0, 0}, {0x399, 0x308, 0x342}},
    {0x1fe2, {0x3a5, 0x308, 0x300}, {0x1fe2, 0, 0}, {0x3a5, 0x308, 0x300}},
    {0x1fe3, {0x3a5, 0x308, 0x301}, {0x1fe3, 0, 0}, {0x3a5, 0x308, 0x301}},
    {0x1fe4, {0x3a1, 0x313, 0}, {0x1fe4, 0, 0}, {0x3a1, 0x313, 0}},
    {0x1fe6, {0x3a5, 0x342, 0}, {0x1fe6, 0, 0}, {0x3a5, 0x342, 0}},
    {0x1fe7, {0x3a5, 0x308, 0x342}, {0x1fe7, 0, 0}, {0x3a5, 0x308, 0x342}},
    {0x1ff2, {0x1ffa, 0x399, 0}, {0x1ff2, 0, 0}, {0x1ffa, 0x345, 0}},
    {0x1ff3, {0x3a9, 0x399, 0}, {0x1ff3, 0, 0}, {0x1ffc, 0, 0}},
    {0x1ff4, {0x38f, 0x399, 0}, {0x1ff4, 0, 0}, {0x38f, 0x345, 0}},
    {0x1ff6, {0x3a9, 0x342, 0}, {0x1ff6, 0, 0}, {0x3a9, 0x342, 0}},
    {0x1ff7, {0x3a9, 0x342, 0x399}, {0x1ff7, 0, 0}, {0x3a9, 0x342, 0x345}},
    {0x1ffc, {0x3a9, 0x399, 0}, {0x1ff3, 0, 0}, {0x1ffc, 0, 0}},
    {0xfb00, {0x46, 0x46, 0}, {0xfb00, 0, 0}, {0x46, 0x66, 0}},
    {0xfb01, {0x46, 0x49, 0}, {0xfb01, 0, 0}, {0x46, 0x69, 0}},
    {0xfb02, {0x46, 0x4c, 0}, {0xfb02, 0, 0}, {0x46, 0x6c, 0}},
    {0xfb03, {0x46, 0x46, 0x49}, {0xfb03, 0, 0}, {0x46, 0x66, 0x69}},
    {0xfb04, {0x46, 0x46, 0x4c}, {0xfb04, 0, 0}, {0x46, 0x66, 0x6c}},
    {0xfb05, {0x53, 0x54, 0}, {0xfb05, 0, 0}, {0x53, 0x74, 0}},
    {0xfb06, {0x53, 0x54, 0}, {0xfb06, 0, 0}, {0x53, 0x74, 0}},
    {0xfb13, {0x544, 0x546, 0}, {0xfb13, 0, 0}, {0x544, 0x576, 0}},
    {0xfb14, {0x544, 0x535, 0}, {0xfb14, 0, 0}, {0x544, 0x565, 0}},
    {0xfb15, {0x544, 0x53b, 0}, {0xfb15, 0, 0}, {0x544, 0x56b, 0}},
    {0xfb16, {0x54e, 0x546, 0}, {0xfb16, 0, 0}, {0x54e, 0x576, 0}},
    {0xfb17, {0x544, 0x53d, 0}, {0xfb17, 0, 0}, {0x544, 0x56d, 0}},
};

static const SpecialCase *special_case(uint32_t cp)
{
    size_t lo = 0, hi = sizeof special_cases / sizeof special_cases[0];
    if (cp < 0xdf) return NULL;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < special_cases[mid].cp)
            hi = mid;
        else if (cp > special_cases[mid].cp)
            lo = mid + 1;
        else
            return &special_cases[mid];
    }
    return NULL;
}

static int copy_mapping(const uint32_t *from, uint32_t out[UNICODE_CASE_MAX])
{
    int n = 0;
    while (n < UNICODE_CASE_MAX && from[n] != 0) {
        out[n] = from[n];
        n++;
    }
    return n;
}

int unicode_to_upper(uint32_t cp, uint32_t out[UNICODE_CASE_MAX])
{
    if (cp < 0x80) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const SpecialCase *sc = special_case(cp);
    if (sc) return copy_mapping(sc->upper, out);
    out[0] = (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
    return 1;
}

int unicode_to_lower(uint32_t cp, uint32_t out[UNICODE_CASE_MAX])
{
    if (cp < 0x80) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const SpecialCase *sc = special_case(cp);
    if (sc) return copy_mapping(sc->lower, out);
    out[0] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    return 1;
}

int unicode_to_title(uint32_t cp, uint32_t out[UNICODE_CASE_MAX])
{
    if (cp < 0x80) return unicode_to_upper(cp, out);
    const SpecialCase *sc = special_case(cp);
    if (sc) return copy_mapping(sc->title, out);
    out[0] = (uint32_t)utf8proc_totitle((utf8proc_int32_t)cp);
    return 1;
}

int unicode_casefold(uint32_t cp, uint32_t out[UNICODE_CASE_MAX])
{
    if (cp < 0x80) return unicode_to_lower(cp, out);
    utf8proc_int32_t folded[UNICODE_CASE_MAX];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, folded, UNICODE_CASE_MAX,
                                                 UTF8PROC_CASEFOLD, &boundclass);
    if (n < 1 || n > UNICODE_CASE_MAX) return unicode_to_lower(cp, out);
    for (utf8proc_ssize_t i = 0; i < n; i++) out[i] = (uint32_t)folded[i];
    return (int)n;
}
