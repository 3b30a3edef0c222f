/* parser_string.c — literal tokens to constants: numbers, identifiers (NFKC), and string and
 * bytes literals with their escapes and implicit concatenation (CPython's string_parser.c
 * _PyPegen_parsestr / decode_*_with_escapes / _PyPegen_concatenate_strings). f-string bodies
 * are handed to parser_fstring.c.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "parser_internal.h"

/* ---- numbers -----------------------------------------------------------------------------------
 */

/* Copies the literal without underscores (lower-cased), NUL-terminated, into the arena. */
static char *strip_underscores(Parser *p, const char *s, size_t n)
{
    char *out = parser_alloc(p, n + 1);
    if (!out) return NULL;
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '_') continue;
        out[len++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    out[len] = '\0';
    return out;
}

/* Fills an INT constant from `digits` in `base`. */
static void set_int(AstConstant *c, const char *digits, int base)
{
    c->kind = AST_CONST_INT;
    c->u.int_.base = base;
    /* Leading zeros carry no value ("00", "0x00ff"): keep one digit at least. */
    while (digits[0] == '0' && digits[1] != '\0') digits++;
    c->u.int_.digits = digits;
    uint64_t value = 0;
    bool fits = true;
    for (const char *d = digits; *d; d++) {
        int digit = *d <= '9' ? *d - '0' : *d - 'a' + 10;
        if (value > (UINT64_C(0x7fffffffffffffff) - (uint64_t)digit) / (uint64_t)base) {
            fits = false;
            break;
        }
        value = value * (uint64_t)base + (uint64_t)digit;
    }
    c->u.int_.fits = fits;
    c->u.int_.value = fits ? (int64_t)value : 0;
}

AstExpr *parser_parse_number(Parser *p, Token *t)
{
    char *text = strip_underscores(p, parser_token_text(p, t), t->end - t->start);
    if (!text) return NULL;
    AstExpr *e = parser_constant(p, AST_CONST_INT, parser_token_pos(t));
    if (!e) return NULL;
    AstConstant *c = &e->v.constant;
    size_t len = strlen(text);
    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
        set_int(c, text + 2, text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2);
    } else if (text[len - 1] == 'j') {
        text[len - 1] = '\0';
        c->kind = AST_CONST_IMAGINARY;
        c->u.imaginary = strtod(text, NULL);
    } else if (strpbrk(text, ".e")) {
        c->kind = AST_CONST_FLOAT;
        c->u.float_ = strtod(text, NULL);
    } else {
        set_int(c, text, 10);
    }
    return e;
}

/* ---- identifiers ------------------------------------------------------------------------- */

/* NFKC normalisation, as CPython applies to non-ASCII identifiers (PEP 3131). */
static const char *normalize_identifier(Parser *p, const char *s, size_t n)
{
    const utf8proc_option_t options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    utf8proc_ssize_t count =
        utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, NULL, 0, options);
    if (count < 0) return parser_raise(p, SYNTAX_ERROR_SYNTAX, "invalid identifier");
    /* reencode writes up to 4 bytes per code point plus a NUL into the same buffer */
    utf8proc_int32_t *buffer = parser_alloc(p, ((size_t)count + 1) * sizeof *buffer);
    if (!buffer) return NULL;
    utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buffer, count, options);
    if (utf8proc_reencode(buffer, count, options) < 0)
        return parser_raise(p, SYNTAX_ERROR_SYNTAX, "invalid identifier");
    return (const char *)buffer;
}

const char *parser_identifier(Parser *p, Token *t)
{
    const char *s = parser_token_text(p, t);
    size_t n = t->end - t->start;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return normalize_identifier(p, s, n);
    char *id = arena_strndup(p->arena, s, n);
    if (!id) parser_no_memory(p);
    return id;
}

/* ---- buffers ------------------------------------------------------------------------------- */

bool parser_strbuf_append(Parser *p, StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n + 1) cap *= 2;
        char *grown = arena_alloc(p->arena, cap);
        if (!grown) {
            parser_no_memory(p);
            return false;
        }
        if (b->len) memcpy(grown, b->data, b->len);
        b->data = grown;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

/* UTF-8 (generalised: surrogates are encoded like any code point) for cp <= 0x10FFFF. */
static bool append_code_point(Parser *p, StrBuf *b, uint32_t cp)
{
    char out[4];
    size_t n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return parser_strbuf_append(p, b, out, n);
}

/* ---- \N{name} ---------------------------------------------------------------------------- */

typedef struct UnicodeName {
    const char *name;
    uint32_t code_point;
} UnicodeName;

static const UnicodeName unicode_names[] = {
#define UNICODE_NAME(name, cp) {name, cp},
#include "unicode_names.def"
#undef UNICODE_NAME
};

/* Case-insensitive comparison of name[0, n) with the upper-case table entry. */
static int compare_name(const char *name, size_t n, const char *entry)
{
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)name[i];
        if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
        int e = (unsigned char)entry[i];
        if (e == '\0' || c != e) return c - e;
    }
    return entry[n] == '\0' ? 0 : -1;
}

/* The code point named name[0, n): the built-in table, or CJK UNIFIED IDEOGRAPH-XXXX. */
static bool lookup_unicode_name(const char *name, size_t n, uint32_t *cp)
{
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    size_t cjk_len = sizeof cjk - 1;
    if (n > cjk_len && n <= cjk_len + 5 && compare_name(name, cjk_len, cjk) <= 0 &&
        compare_name(name, cjk_len, cjk) >= 0) {
        char hex[6] = {0};
        memcpy(hex, name + cjk_len, n - cjk_len);
        char *end;
        unsigned long v = strtoul(hex, &end, 16);
        bool ideograph = (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
                         (v >= 0x20000 && v <= 0x2A6DF);
        if (*end == '\0' && ideograph) {
            *cp = (uint32_t)v;
            return true;
        }
        return false;
    }
    size_t lo = 0, hi = sizeof unicode_names / sizeof unicode_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = compare_name(name, n, unicode_names[mid].name);
        if (cmp == 0) {
            *cp = unicode_names[mid].code_point;
            return true;
        }
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

/* ---- escapes ------------------------------------------------------------------------------- */

/* The decoder's view of a literal body: CPython first rewrites every non-ASCII character as a
 * 10-byte \UXXXXXXXX escape, so error positions count those as 10. */
typedef struct Escapes {
    const char *s;
    size_t len;
    size_t pos;  /* next byte of s */
    size_t tpos; /* the same position in CPython's rewritten buffer */
} Escapes;

static void *escape_error(Parser *p, size_t start, size_t end, unsigned char first,
                          const char *message)
{
    if (end == start + 1)
        return parser_raise(p, SYNTAX_ERROR_SYNTAX,
                            "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in "
                            "position %zu: %s",
                            first, start, message);
    return parser_raise(p, SYNTAX_ERROR_SYNTAX,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%zu-%zu: %s",
                        start, end - 1, message);
}

static int hex_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* \xXX, \uXXXX, \UXXXXXXXX after the letter; `start` is the backslash's rewritten position. */
static bool hex_escape(Parser *p, Escapes *e, int count, size_t start, StrBuf *out)
{
    static const char *const messages[] = {"truncated \\xXX escape", "truncated \\uXXXX escape",
                                           "truncated \\UXXXXXXXX escape"};
    const char *message = messages[count == 2 ? 0 : count == 4 ? 1 : 2];
    uint32_t cp = 0;
    for (int i = 0; i < count; i++, e->pos++, e->tpos++) {
        int digit = e->pos < e->len ? hex_value((unsigned char)e->s[e->pos]) : -1;
        if (digit < 0) {
            escape_error(p, start, e->tpos, '\\', message);
            return false;
        }
        cp = cp * 16 + (uint32_t)digit;
    }
    if (cp > 0x10FFFF) {
        escape_error(p, start, e->tpos, '\\', "illegal Unicode character");
        return false;
    }
    return append_code_point(p, out, cp);
}

/* \N{name} after the 'N'. */
static bool named_escape(Parser *p, Escapes *e, size_t start, StrBuf *out)
{
    const char *message = "malformed \\N character escape";
    if (e->pos < e->len && e->s[e->pos] == '{') {
        size_t name_start = ++e->pos;
        e->tpos++;
        while (e->pos < e->len && e->s[e->pos] != '}') e->pos++, e->tpos++;
        if (e->pos < e->len && e->pos > name_start) {
            e->pos++, e->tpos++;
            uint32_t cp;
            if (lookup_unicode_name(e->s + name_start, e->pos - 1 - name_start, &cp))
                return append_code_point(p, out, cp);
            message = "unknown Unicode character name";
        }
    }
    escape_error(p, start, e->tpos, '\\', message);
    return false;
}

/* One escape of a str literal; e->pos is just after the backslash. */
static bool str_escape(Parser *p, Escapes *e, StrBuf *out)
{
    size_t start = e->tpos - 1;
    unsigned char c = (unsigned char)e->s[e->pos++];
    e->tpos++;
    switch (c) {
    case '\n':
        return true;
    case '\\':
    case '\'':
    case '"':
        return parser_strbuf_append(p, out, (const char *)&c, 1);
    case 'a':
        return parser_strbuf_append(p, out, "\a", 1);
    case 'b':
        return parser_strbuf_append(p, out, "\b", 1);
    case 'f':
        return parser_strbuf_append(p, out, "\f", 1);
    case 'n':
        return parser_strbuf_append(p, out, "\n", 1);
    case 'r':
        return parser_strbuf_append(p, out, "\r", 1);
    case 't':
        return parser_strbuf_append(p, out, "\t", 1);
    case 'v':
        return parser_strbuf_append(p, out, "\v", 1);
    case 'x':
        return hex_escape(p, e, 2, start, out);
    case 'u':
        return hex_escape(p, e, 4, start, out);
    case 'U':
        return hex_escape(p, e, 8, start, out);
    case 'N':
        return named_escape(p, e, start, out);
    default:
        break;
    }
    if (c >= '0' && c <= '7') {
        uint32_t cp = c - '0';
        for (int i = 0; i < 2 && e->pos < e->len && e->s[e->pos] >= '0' && e->s[e->pos] <= '7';
             i++, e->pos++, e->tpos++)
            cp = cp * 8 + (uint32_t)(e->s[e->pos] - '0');
        return append_code_point(p, out, cp);
    }
    /* an unknown escape keeps its backslash (CPython warns) */
    e->pos--, e->tpos--;
    return parser_strbuf_append(p, out, "\\", 1);
}

bool parser_decode_str(Parser *p, const char *s, size_t len, bool raw, StrBuf *out)
{
    if (raw || !memchr(s, '\\', len)) return parser_strbuf_append(p, out, s, len);
    Escapes e = {s, len, 0, 0};
    while (e.pos < len) {
        unsigned char c = (unsigned char)s[e.pos];
        if (c == '\\' && (e.pos + 1 >= len || (unsigned char)s[e.pos + 1] >= 0x80)) {
            /* CPython rewrites this backslash as \u005c: a literal backslash */
            if (!parser_strbuf_append(p, out, "\\", 1)) return false;
            e.pos++, e.tpos += 6;
        } else if (c == '\\') {
            e.pos++, e.tpos++;
            if (!str_escape(p, &e, out)) return false;
        } else {
            size_t run = 1;
            if (c >= 0x80) {
                while (e.pos + run < len && ((unsigned char)s[e.pos + run] & 0xC0) == 0x80) run++;
                e.tpos += 10;
            } else {
                e.tpos++;
            }
            if (!parser_strbuf_append(p, out, s + e.pos, run)) return false;
            e.pos += run;
        }
    }
    return true;
}

/* _PyBytes_DecodeEscape: the body of a bytes literal. */
static bool decode_bytes(Parser *p, const char *s, size_t len, bool raw, StrBuf *out)
{
    if (raw || !memchr(s, '\\', len)) return parser_strbuf_append(p, out, s, len);
    size_t i = 0;
    while (i < len) {
        char c = s[i++];
        if (c != '\\' || i >= len) {
            if (!parser_strbuf_append(p, out, &c, 1)) return false;
            continue;
        }
        char esc = s[i++];
        static const char simple_from[] = "\\'\"bftnrva";
        static const char simple_to[] = "\\'\"\b\f\t\n\r\v\a";
        const char *hit = strchr(simple_from, esc);
        unsigned char byte;
        if (esc == '\n') continue;
        if (hit && esc) {
            byte = (unsigned char)simple_to[hit - simple_from];
        } else if (esc >= '0' && esc <= '7') {
            unsigned v = (unsigned)(esc - '0');
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            byte = (unsigned char)v;
        } else if (esc == 'x') {
            int hi = i + 1 < len ? hex_value((unsigned char)s[i]) : -1;
            int lo = i + 1 < len ? hex_value((unsigned char)s[i + 1]) : -1;
            if (hi < 0 || lo < 0) {
                parser_raise(p, SYNTAX_ERROR_SYNTAX,
                             "(value error) invalid \\x escape at position %zu", i - 2);
                return false;
            }
            byte = (unsigned char)(hi * 16 + lo);
            i += 2;
        } else {
            byte = '\\';
            i--;
        }
        if (!parser_strbuf_append(p, out, (const char *)&byte, 1)) return false;
    }
    return true;
}

/* ---- one literal token ------------------------------------------------------------------------
 */

/* A STRING token split into prefix flags and body (CPython's _PyPegen_parsestr). */
typedef struct StringToken {
    bool bytes;
    bool raw;
    bool fstring;
    const char *body;
    size_t len;
} StringToken;

static void split_string_token(const Parser *p, const Token *t, StringToken *st)
{
    const char *s = parser_token_text(p, t);
    size_t n = t->end - t->start;
    *st = (StringToken){false, false, false, NULL, 0};
    while (*s != '\'' && *s != '"') {
        char c = *s++;
        n--;
        if (c == 'b' || c == 'B')
            st->bytes = true;
        else if (c == 'r' || c == 'R')
            st->raw = true;
        else if (c == 'f' || c == 'F')
            st->fstring = true;
    }
    size_t quote_len = (n >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    st->body = s + quote_len;
    st->len = n - 2 * quote_len;
}

/* ---- concatenation ------------------------------------------------------------------------- */

static AstExpr *bytes_constant(Parser *p, StrBuf *bytes, Token *first, Token *last)
{
    AstPos pos = parser_span(parser_token_pos(first), parser_token_pos(last));
    AstExpr *e = parser_constant(p, AST_CONST_BYTES, pos);
    if (!e) return NULL;
    if (!bytes->data && !parser_strbuf_append(p, bytes, "", 0)) return NULL;
    e->v.constant.u.str.data = bytes->data;
    e->v.constant.u.str.len = bytes->len;
    return e;
}

/* Adds one token of a concatenation; *bytesmode is fixed by the first token. */
static bool concatenate_one(Parser *p, FstringState *state, StrBuf *bytes, int index,
                            bool *bytesmode, Token *first, Token *last)
{
    Token *t = parser_token(p, index);
    StringToken st;
    split_string_token(p, t, &st);
    if (st.bytes) {
        for (size_t i = 0; i < st.len; i++) {
            if ((unsigned char)st.body[i] >= 0x80) {
                parser_raise_on(p, parser_token_pos(t),
                                "bytes can only contain ASCII literal characters");
                return false;
            }
        }
    }
    StrBuf decoded = {NULL, 0, 0};
    if (!st.fstring && !st.bytes && !parser_decode_str(p, st.body, st.len, st.raw, &decoded))
        return false;
    if (!st.fstring && st.bytes && !decode_bytes(p, st.body, st.len, st.raw, bytes)) return false;
    if (t != first && *bytesmode != st.bytes) {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "cannot mix bytes and nonbytes literals");
        return false;
    }
    *bytesmode = st.bytes;
    if (st.fstring) {
        const char *str = st.body;
        return parser_fstring_concat(p, state, &str, st.body + st.len, st.raw, 0, first, t, last);
    }
    if (st.bytes) return true;
    return parser_strbuf_append(p, &state->last_str, decoded.data ? decoded.data : "", decoded.len);
}

AstExpr *parser_concatenate_strings(Parser *p, int first_index, int last_index)
{
    Token *first = parser_token(p, first_index);
    Token *last = parser_token(p, last_index);
    FstringState state = {{NULL, 0, 0}, {0, NULL}, 0, false};
    StrBuf bytes = {NULL, 0, 0};
    bool bytesmode = false;
    for (int i = first_index; i <= last_index; i++)
        if (!concatenate_one(p, &state, &bytes, i, &bytesmode, first, last)) return NULL;
    if (bytesmode) return bytes_constant(p, &bytes, first, last);
    return parser_fstring_finish(p, &state, first, last);
}
