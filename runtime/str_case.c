/* str_case.c — str case mapping (lower, upper, swapcase, title, capitalize, casefold) and the
 * character class predicates (isalpha ... isascii), with CPython 3.11's full Unicode rules:
 * multi-character mappings ('ß'.upper() == 'SS') and the Final_Sigma context of lower().
 * ASCII strings take the byte-wise paths shared with bytes (text.c).
 */
#include <string.h>

#include "buf.h"
#include "ops.h"
#include "str_internal.h"
#include "text.h"
#include "unicode.h"

#define CAPITAL_SIGMA 0x3a3
#define SMALL_SIGMA 0x3c3
#define FINAL_SIGMA 0x3c2

static bool no_args(VM *vm, const char *fname, int nargs, Value kwnames)
{
    return args_no_kw(vm, fname, kwnames) && args_count(vm, fname, nargs - 1, 0, 0);
}

/* ---- case mapping ---------------------------------------------------------------------------- */

/* Is the capital sigma at data[pos] word-final: a cased letter before it and none after it,
 * case-ignorable characters skipped on both sides (CPython's handle_capital_sigma)? */
static bool final_sigma(const char *data, size_t len, size_t pos)
{
    size_t p = pos, n;
    uint32_t c = 0;
    bool found = false;
    while (p > 0) {
        c = unicode_decode_before(data, data + p, &n);
        p -= n;
        if (!unicode_iscaseignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !unicode_iscased(c)) return false;
    unicode_decode(data + pos, &n);
    for (p = pos + n; p < len; p += n) {
        c = unicode_decode(data + p, &n);
        if (!unicode_iscaseignorable(c)) return !unicode_iscased(c);
    }
    return true;
}

/* The full lower-case mapping of the code point cp at data[pos], in context. */
static int lower_at(const char *data, size_t len, size_t pos, uint32_t cp,
                    uint32_t out[UNICODE_CASE_MAX])
{
    if (cp != CAPITAL_SIGMA) return unicode_to_lower(cp, out);
    out[0] = final_sigma(data, len, pos) ? FINAL_SIGMA : SMALL_SIGMA;
    return 1;
}

typedef enum CaseMode {
    CASE_LOWER,
    CASE_UPPER,
    CASE_SWAPCASE,
    CASE_TITLE,
    CASE_CAPITALIZE,
    CASE_CASEFOLD,
} CaseMode;

/* One code point's mapping; *previous_cased carries title()'s state. */
static int map_codepoint(CaseMode mode, const char *data, size_t len, size_t pos, uint32_t cp,
                         bool *previous_cased, uint32_t out[UNICODE_CASE_MAX])
{
    int n;
    switch (mode) {
    case CASE_LOWER:
        return lower_at(data, len, pos, cp, out);
    case CASE_UPPER:
        return unicode_to_upper(cp, out);
    case CASE_CASEFOLD:
        return unicode_casefold(cp, out);
    case CASE_SWAPCASE:
        if (unicode_isupper(cp)) return lower_at(data, len, pos, cp, out);
        if (unicode_islower(cp)) return unicode_to_upper(cp, out);
        out[0] = cp;
        return 1;
    case CASE_TITLE:
        n = *previous_cased ? lower_at(data, len, pos, cp, out) : unicode_to_title(cp, out);
        *previous_cased = unicode_iscased(cp);
        return n;
    case CASE_CAPITALIZE:
        return pos == 0 ? unicode_to_title(cp, out) : lower_at(data, len, pos, cp, out);
    }
    return 0;
}

/* Would an ASCII upper()/lower() change nothing? Then an exact str is its own result. */
static bool ascii_unchanged(const char *data, size_t len, CaseMode mode)
{
    char lo = mode == CASE_UPPER ? 'a' : 'A', hi = mode == CASE_UPPER ? 'z' : 'Z';
    for (size_t i = 0; i < len; i++) {
        if (data[i] >= lo && data[i] <= hi) return false;
    }
    return true;
}

static Value case_map_ascii(VM *vm, Value self, CaseMode mode)
{
    static const TextCase text_modes[] = {
        [CASE_LOWER] = TEXT_LOWER,           [CASE_UPPER] = TEXT_UPPER,
        [CASE_SWAPCASE] = TEXT_SWAPCASE,     [CASE_TITLE] = TEXT_TITLE,
        [CASE_CAPITALIZE] = TEXT_CAPITALIZE, [CASE_CASEFOLD] = TEXT_LOWER,
    };
    const StrObj *s = AS_STR(self);
    if (mode == CASE_CASEFOLD) mode = CASE_LOWER;
    if ((mode == CASE_LOWER || mode == CASE_UPPER) && str_is_exact(self) &&
        ascii_unchanged(s->data, s->len, mode)) {
        return self;
    }
    if (s->len <= 1) {
        char c;
        text_ascii_case(s->data, s->len, text_modes[mode], &c);
        return str_new_counted(vm, &c, s->len, s->len);
    }
    StrObj *r = str_alloc(vm, s->len);
    if (!r) return VAL_ERR;
    text_ascii_case(s->data, s->len, text_modes[mode], r->data);
    return str_finish(r, s->len);
}

static Value case_map(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                      CaseMode mode)
{
    if (!no_args(vm, fname, nargs, kwnames)) return VAL_ERR;
    Value self = args[0];
    if (str_is_ascii(self)) return case_map_ascii(vm, self, mode);
    const StrObj *s = AS_STR(self);
    Buf b;
    buf_init(&b, vm);
    bool previous_cased = false;
    for (size_t pos = 0, n; pos < s->len; pos += n) {
        uint32_t cp = unicode_decode(s->data + pos, &n), out[UNICODE_CASE_MAX];
        int count = map_codepoint(mode, s->data, s->len, pos, cp, &previous_cased, out);
        for (int k = 0; k < count; k++) buf_append_codepoint(&b, out[k]);
    }
    return buf_finish_str(&b);
}

Value str_m_lower(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_map(vm, args, nargs, kwnames, "str.lower", CASE_LOWER);
}

Value str_m_upper(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_map(vm, args, nargs, kwnames, "str.upper", CASE_UPPER);
}

Value str_m_swapcase(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_map(vm, args, nargs, kwnames, "str.swapcase", CASE_SWAPCASE);
}

Value str_m_title(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_map(vm, args, nargs, kwnames, "str.title", CASE_TITLE);
}

Value str_m_capitalize(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_map(vm, args, nargs, kwnames, "str.capitalize", CASE_CAPITALIZE);
}

Value str_m_casefold(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_map(vm, args, nargs, kwnames, "str.casefold", CASE_CASEFOLD);
}

/* ---- predicates ------------------------------------------------------------------------------ */

typedef bool (*CodepointTest)(uint32_t cp);

/* Does every code point pass `test`? Empty strings give `if_empty`. */
static bool all_codepoints(const StrObj *s, CodepointTest test, bool if_empty)
{
    if (s->len == 0) return if_empty;
    for (size_t pos = 0, n; pos < s->len; pos += n) {
        if (!test(unicode_decode(s->data + pos, &n))) return false;
    }
    return true;
}

/* isalpha, isdecimal, isdigit, isnumeric, isalnum: ASCII strings use the bytes rules. */
static Value class_test(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                        TextClass ascii_class, CodepointTest test)
{
    if (!no_args(vm, fname, nargs, kwnames)) return VAL_ERR;
    const StrObj *s = AS_STR(args[0]);
    if (s->hdr.flags & OBJ_ASCII) return val_from_bool(text_ascii_is(s->data, s->len, ascii_class));
    return val_from_bool(all_codepoints(s, test, false));
}

Value str_m_isalpha(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_test(vm, args, nargs, kwnames, "str.isalpha", TEXT_ISALPHA, unicode_isalpha);
}

Value str_m_isalnum(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_test(vm, args, nargs, kwnames, "str.isalnum", TEXT_ISALNUM, unicode_isalnum);
}

Value str_m_isdecimal(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_test(vm, args, nargs, kwnames, "str.isdecimal", TEXT_ISDIGIT, unicode_isdecimal);
}

Value str_m_isdigit(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_test(vm, args, nargs, kwnames, "str.isdigit", TEXT_ISDIGIT, unicode_isdigit);
}

Value str_m_isnumeric(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_test(vm, args, nargs, kwnames, "str.isnumeric", TEXT_ISDIGIT, unicode_isnumeric);
}

Value str_m_isspace(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "str.isspace", nargs, kwnames)) return VAL_ERR;
    return val_from_bool(all_codepoints(AS_STR(args[0]), unicode_isspace, false));
}

Value str_m_isprintable(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "str.isprintable", nargs, kwnames)) return VAL_ERR;
    return val_from_bool(all_codepoints(AS_STR(args[0]), unicode_isprintable, true));
}

Value str_m_isascii(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "str.isascii", nargs, kwnames)) return VAL_ERR;
    return val_from_bool(str_is_ascii(args[0]));
}

/* islower / isupper: no code point of the other case (or title case), at least one cased. */
static bool one_case(const StrObj *s, bool upper)
{
    bool cased = false;
    for (size_t pos = 0, n; pos < s->len; pos += n) {
        uint32_t cp = unicode_decode(s->data + pos, &n);
        bool is_upper = unicode_isupper(cp), is_lower = unicode_islower(cp);
        if ((upper ? is_lower : is_upper) || unicode_istitle(cp)) return false;
        cased = cased || (upper ? is_upper : is_lower);
    }
    return cased;
}

static Value case_test(VM *vm, const Value *args, int nargs, Value kwnames, const char *fname,
                       bool upper)
{
    if (!no_args(vm, fname, nargs, kwnames)) return VAL_ERR;
    const StrObj *s = AS_STR(args[0]);
    if (s->hdr.flags & OBJ_ASCII) {
        return val_from_bool(text_ascii_is(s->data, s->len, upper ? TEXT_ISUPPER : TEXT_ISLOWER));
    }
    return val_from_bool(one_case(s, upper));
}

Value str_m_islower(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_test(vm, args, nargs, kwnames, "str.islower", false);
}

Value str_m_isupper(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return case_test(vm, args, nargs, kwnames, "str.isupper", true);
}

/* Upper and title case only after uncased characters, lower case only after cased ones. */
static bool is_titled(const StrObj *s)
{
    bool cased = false, previous_cased = false;
    for (size_t pos = 0, n; pos < s->len; pos += n) {
        uint32_t cp = unicode_decode(s->data + pos, &n);
        if (unicode_isupper(cp) || unicode_istitle(cp)) {
            if (previous_cased) return false;
            previous_cased = cased = true;
        } else if (unicode_islower(cp)) {
            if (!previous_cased) return false;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return cased;
}

Value str_m_istitle(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "str.istitle", nargs, kwnames)) return VAL_ERR;
    const StrObj *s = AS_STR(args[0]);
    if (s->hdr.flags & OBJ_ASCII)
        return val_from_bool(text_ascii_is(s->data, s->len, TEXT_ISTITLE));
    return val_from_bool(is_titled(s));
}

Value str_m_isidentifier(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!no_args(vm, "str.isidentifier", nargs, kwnames)) return VAL_ERR;
    const StrObj *s = AS_STR(args[0]);
    if (s->len == 0) return VAL_FALSE;
    size_t n;
    if (!unicode_isxidstart(unicode_decode(s->data, &n))) return VAL_FALSE;
    for (size_t pos = n; pos < s->len; pos += n) {
        if (!unicode_isxidcontinue(unicode_decode(s->data + pos, &n))) return VAL_FALSE;
    }
    return VAL_TRUE;
}
