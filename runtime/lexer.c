/* lexer.c — Python 3.11 tokenizer. Mirrors CPython's Parser/tokenizer.c (tok_get) closely so
 * that token boundaries, error messages and error positions agree with CPython.
 *
 * Reading model: lx_nextc()/lx_backup() behave like tok_nextc()/tok_backup() over a string
 * source. The line counter advances when the first byte *after* a '\n' is read (CPython pulls
 * the next line in lazily), so at end of input lineno stays on the last line.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#define LX_EOF (-1)
#define LX_TABSIZE 8

static const char *const token_names[TOK_KIND_COUNT] = {
#define TOKEN(name, text) [TOK_##name] = text,
#include "tokens.def"
#undef TOKEN
};

const char *lexer_token_name(TokenKind kind)
{
    return (unsigned)kind < TOK_KIND_COUNT ? token_names[kind] : "?";
}

/* ---- source preparation ------------------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at s[0..avail), or 0 when invalid (strict: no surrogates,
 * no overlongs, nothing above U+10FFFF). */
static size_t utf8_valid_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || c > 0xF4 || avail < n) return 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;
    if (c == 0xED && s[1] >= 0xA0) return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0;
    if (c == 0xF4 && s[1] >= 0x90) return 0;
    return n;
}

static void set_error(SyntaxErrorInfo *err, SyntaxErrorKind kind, int lineno, int col,
                      int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static void set_error(SyntaxErrorInfo *err, SyntaxErrorKind kind, int lineno, int col,
                      int end_lineno, int end_col, const char *fmt, ...)
{
    err->kind = kind;
    err->lineno = lineno;
    err->col_offset = col;
    err->end_lineno = end_lineno;
    err->end_col_offset = end_col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

/* Reports the first invalid UTF-8 byte or NUL of src, as CPython's decoder would. */
static bool check_source_bytes(const char *src, size_t len, SyntaxErrorInfo *err)
{
    int lineno = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\0') {
            set_error(err, SYNTAX_ERROR_SYNTAX, 0, -1, 0, -1,
                      "source code string cannot contain null bytes");
            return false;
        }
        size_t n = utf8_valid_len((const unsigned char *)src + i, len - i);
        if (n == 0) {
            const char *why =
                (c >= 0xC2 && c <= 0xF4) ? "invalid continuation byte" : "invalid start byte";
            set_error(err, SYNTAX_ERROR_SYNTAX, lineno, (int)(i - line_start), lineno, -2,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                      c, (int)(i - line_start), why);
            return false;
        }
        if (c == '\n') {
            lineno++;
            line_start = i + 1;
        }
        i += n;
    }
    return true;
}

bool lexer_prepare_source(Arena *arena, const char *src, size_t len, LexerSource *out,
                          SyntaxErrorInfo *err)
{
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    if (!check_source_bytes(src, len, err)) return false;
    size_t cap;
    if (!mem_size_add(len, 2, &cap)) cap = 0;
    char *text = cap ? arena_alloc(arena, cap) : NULL;
    if (!text) {
        set_error(err, SYNTAX_ERROR_NO_MEMORY, 0, -1, 0, -1, "out of memory");
        return false;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') continue;
            c = '\n';
        }
        text[n++] = c;
    }
    if (n == 0 || text[n - 1] != '\n') text[n++] = '\n';
    text[n] = '\0';
    out->text = text;
    out->len = n;
    return true;
}

/* ---- initialisation ------------------------------------------------------------------------ */

void lexer_init(Lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->lineno = 1;
    lx->atbol = true;
}

void lexer_init_fragment(Lexer *lx, const char *src, size_t len, size_t start, size_t end,
                         int lineno, size_t line_start)
{
    lexer_init(lx, src, len);
    lx->fragment = true;
    lx->frag_open = start - 1;
    lx->frag_end = end;
    lx->cur = start - 1;
    lx->lineno = lineno;
    lx->line_start = line_start;
}

/* ---- character reading --------------------------------------------------------------------- */

static int lx_char_at(const Lexer *lx, size_t pos)
{
    if (lx->fragment) {
        if (pos == lx->frag_open) return '(';
        if (pos == lx->frag_end) return ')';
        if (pos == lx->frag_end + 1) return '\n';
        if (pos > lx->frag_end + 1) return LX_EOF;
    } else if (pos >= lx->len) {
        return LX_EOF;
    }
    return (unsigned char)lx->src[pos];
}

static int lx_nextc(Lexer *lx)
{
    if (lx->at_eof) return LX_EOF;
    int c = lx_char_at(lx, lx->cur);
    if (c == LX_EOF) {
        lx->at_eof = true;
        return LX_EOF;
    }
    if (lx->line_pending) {
        lx->line_pending = false;
        lx->lineno++;
        lx->line_start = lx->cur;
    }
    lx->cur++;
    if (c == '\n') lx->line_pending = true;
    return c;
}

static void lx_backup(Lexer *lx, int c)
{
    if (c == LX_EOF) return;
    lx->cur--;
    if (c == '\n') lx->line_pending = false;
}

int lexer_cur_col(const Lexer *lx)
{
    return (int)(lx->cur - lx->line_start);
}

/* Does the input continue with `text`? Consumes nothing. */
static bool lx_lookahead(const Lexer *lx, const char *text)
{
    for (size_t i = 0; text[i]; i++)
        if (lx_char_at(lx, lx->cur + i) != (unsigned char)text[i]) return false;
    return true;
}

/* ---- errors ---------------------------------------------------------------------------------
 * Locations are stored as 0-based byte columns such that CPython's 1-based offset is col + 1
 * (after converting bytes to characters). */

/* Column of the first byte of the character that ends just before lx->cur. */
static int lx_col_before_cur(const Lexer *lx)
{
    if (lx->cur <= lx->line_start) return -1;
    size_t pos = lx->cur - 1;
    while (pos > lx->line_start && ((unsigned char)lx->src[pos] & 0xC0) == 0x80) pos--;
    return (int)(pos - lx->line_start);
}

/* CPython's syntaxerror(): the error points at the character just read. */
static bool lx_syntax_error(Lexer *lx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool lx_syntax_error(Lexer *lx, const char *fmt, ...)
{
    SyntaxErrorInfo *err = &lx->error;
    int col = lx_col_before_cur(lx);
    err->kind = SYNTAX_ERROR_SYNTAX;
    err->lineno = err->end_lineno = lx->lineno;
    err->col_offset = err->end_col_offset = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    lx->failed = true;
    lx->error_overrides = true;
    return false;
}

/* Errors CPython raises from the tokenizer's `done` code (_Pypegen_tokenizer_error). */
static bool lx_done_error(Lexer *lx, SyntaxErrorKind kind, int col, int end_col, const char *msg)
{
    set_error(&lx->error, kind, lx->lineno, col, lx->lineno, end_col, "%s", msg);
    lx->failed = true;
    lx->error_overrides = false;
    return false;
}

/* E_DEDENT, E_EOF: reported at "the current position" of a token without columns. */
static bool lx_position_error(Lexer *lx, SyntaxErrorKind kind, const char *msg)
{
    lx->cur = lx->fragment ? lx->cur : lx->len;
    return lx_done_error(lx, kind, lexer_cur_col(lx) - 1, -2, msg);
}

static bool lx_unclosed_error(Lexer *lx)
{
    int top = lx->level - 1;
    set_error(&lx->error, SYNTAX_ERROR_SYNTAX, lx->parenlinenostack[top], lx->parencolstack[top],
              lx->parenlinenostack[top], -1, "'%c' was never closed", lx->parenstack[top]);
    lx->failed = true;
    lx->error_overrides = false;
    lx->error_unclosed = true;
    return false;
}

/* ---- Unicode identifiers ------------------------------------------------------------------ */

bool lexer_is_id_start(int32_t cp)
{
    if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
        return true;
    default:
        /* Other_ID_Start */
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B ||
               cp == 0x309C;
    }
}

bool lexer_is_id_continue(int32_t cp)
{
    if (lexer_is_id_start(cp)) return true;
    if (cp < 128) return cp >= '0' && cp <= '9';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        /* Other_ID_Continue */
        return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }
}

/* Python's str.isprintable() for one code point. */
static bool is_printable(int32_t cp)
{
    if (cp == ' ') return true;
    switch (utf8proc_category(cp)) {
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

/* CPython's verify_identifier: the NAME src[tok_start, cur) contains non-ASCII bytes. */
static bool lx_verify_identifier(Lexer *lx)
{
    const unsigned char *s = (const unsigned char *)lx->src;
    size_t pos = lx->tok_start;
    bool first = true;
    while (pos < lx->cur) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + pos, (utf8proc_ssize_t)(lx->cur - pos), &cp);
        if (n <= 0) return lx_syntax_error(lx, "invalid character");
        bool ok = first ? lexer_is_id_start(cp) : lexer_is_id_continue(cp);
        pos += (size_t)n;
        if (!ok) {
            lx->cur = pos; /* the error points at the offending character */
            if (is_printable(cp))
                return lx_syntax_error(lx, "invalid character '%.*s' (U+%04X)", (int)n,
                                       (const char *)s + pos - n, (unsigned)cp);
            return lx_syntax_error(lx, "invalid non-printable character U+%04X", (unsigned)cp);
        }
        first = false;
    }
    return true;
}

static bool is_identifier_start_byte(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_identifier_byte(int c)
{
    return is_identifier_start_byte(c) || (c >= '0' && c <= '9');
}

static TokenKind keyword_kind(const char *text, size_t len)
{
    static const struct {
        const char *text;
        TokenKind kind;
    } keywords[] = {
#define TOKEN(name, text) /* not a keyword */
#define KEYWORD(name, text) {text, TOK_##name},
#include "tokens.def"
#undef KEYWORD
#undef TOKEN
    };
    if (len < 2 || len > 8) return TOK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].text) == len && memcmp(keywords[i].text, text, len) == 0)
            return keywords[i].kind;
    return TOK_NAME;
}

/* ---- indentation --------------------------------------------------------------------------- */

/* CPython's tok_continuation_line(): after a backslash. Returns the next char or LX_EOF-2 on
 * error (the error is recorded). */
#define LX_FAIL (-2)
static int lx_continuation_line(Lexer *lx)
{
    int c = lx_nextc(lx);
    if (c != '\n') {
        /* E_LINECONT: CPython reports the character after the backslash */
        lx_done_error(lx, SYNTAX_ERROR_SYNTAX, lexer_cur_col(lx) - 1, -1,
                      "unexpected character after line continuation character");
        return LX_FAIL;
    }
    c = lx_nextc(lx);
    if (c == LX_EOF) {
        lx_position_error(lx, SYNTAX_ERROR_SYNTAX, "unexpected EOF while parsing");
        return LX_FAIL;
    }
    lx_backup(lx, c);
    return c;
}

static bool lx_tab_error(Lexer *lx)
{
    return lx_done_error(lx, SYNTAX_ERROR_TAB, 0, -1,
                         "inconsistent use of tabs and spaces in indentation");
}

/* Compares the new line's indentation with the stack and queues INDENT/DEDENT tokens. */
static bool lx_apply_indent(Lexer *lx, int col, int altcol)
{
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) return lx_tab_error(lx);
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= LEXER_MAX_INDENT)
            return lx_done_error(lx, SYNTAX_ERROR_INDENTATION, 0, -1,
                                 "too many levels of indentation");
        if (altcol <= lx->altindstack[lx->indent]) return lx_tab_error(lx);
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            /* E_DEDENT: CPython moves to the end of the line before reporting. */
            while (lx_char_at(lx, lx->cur) != '\n' && lx_char_at(lx, lx->cur) != LX_EOF) lx->cur++;
            lx->cur++;
            return lx_done_error(lx, SYNTAX_ERROR_INDENTATION, lexer_cur_col(lx) - 1, -2,
                                 "unindent does not match any outer indentation level");
        }
        if (altcol != lx->altindstack[lx->indent]) return lx_tab_error(lx);
    }
    return true;
}

/* Measures the indentation at the beginning of a line. Sets *blankline for lines holding only
 * whitespace and/or a comment, which do not affect indentation. */
static bool lx_measure_indent(Lexer *lx, bool *blankline)
{
    int col = 0, altcol = 0, cont_line_col = 0;
    int c;
    for (;;) {
        c = lx_nextc(lx);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / LX_TABSIZE + 1) * LX_TABSIZE;
            altcol = altcol + 1;
        } else if (c == '\014') {
            col = altcol = 0;
        } else if (c == '\\') {
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (lx_continuation_line(lx) == LX_FAIL) return false;
        } else {
            break;
        }
    }
    lx_backup(lx, c);
    *blankline = (c == '#' || c == '\n');
    if (*blankline || lx->level > 0) return true;
    if (cont_line_col) col = altcol = cont_line_col;
    return lx_apply_indent(lx, col, altcol);
}

/* ---- tokens -------------------------------------------------------------------------------- */

/* Fills the position fields of *tok for the text src[start, end). */
static void lx_make_token(Lexer *lx, Token *tok, TokenKind kind, size_t start, size_t end)
{
    size_t line_start = kind == TOK_STRING ? lx->multi_line_start : lx->line_start;
    tok->kind = kind;
    tok->start = start;
    tok->end = end;
    tok->lineno = kind == TOK_STRING ? lx->first_lineno : lx->lineno;
    tok->end_lineno = lx->lineno;
    tok->col_offset = start >= line_start ? (int)(start - line_start) : -1;
    tok->end_col_offset = end >= lx->line_start ? (int)(end - lx->line_start) : -1;
}

/* A token without extent (INDENT, DEDENT, ENDMARKER). */
static void lx_make_marker(Lexer *lx, Token *tok, TokenKind kind)
{
    tok->kind = kind;
    tok->start = tok->end = lx->cur;
    tok->lineno = tok->end_lineno = lx->lineno;
    tok->col_offset = tok->end_col_offset = -1;
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_hex_digit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* CPython's verify_end_of_number(): a number directly followed by a name character is an error,
 * except before the keywords that may legally follow a number (`1if x else y`). */
static bool lx_verify_end_of_number(Lexer *lx, int c, const char *kind)
{
    bool keyword_follows = false;
    if (c == 'a')
        keyword_follows = lx_lookahead(lx, "nd");
    else if (c == 'e')
        keyword_follows = lx_lookahead(lx, "lse");
    else if (c == 'f')
        keyword_follows = lx_lookahead(lx, "or");
    else if (c == 'o')
        keyword_follows = lx_lookahead(lx, "r");
    else if (c == 'n')
        keyword_follows = lx_lookahead(lx, "ot");
    else if (c == 'i') {
        int c2 = lx_char_at(lx, lx->cur);
        keyword_follows = c2 == 'f' || c2 == 'n' || c2 == 's';
    }
    if (keyword_follows) return true;                      /* CPython warns here (SyntaxWarning) */
    if (c != LX_EOF && c < 128 && is_identifier_byte(c)) { /* non-ASCII: lexed as a NAME next */
        lx_backup(lx, c);
        return lx_syntax_error(lx, "invalid %s literal", kind);
    }
    return true;
}

/* CPython's tok_decimal_tail(): digits with single underscores. Returns the char after them, or
 * LX_FAIL after an error. */
static int lx_decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do {
            c = lx_nextc(lx);
        } while (is_digit(c));
        if (c != '_') break;
        c = lx_nextc(lx);
        if (!is_digit(c)) {
            lx_backup(lx, c);
            lx_syntax_error(lx, "invalid decimal literal");
            return LX_FAIL;
        }
    }
    return c;
}

/* Digits of a 0x/0o/0b literal after its prefix; `c` is the char after the prefix. */
static bool lx_radix_digits(Lexer *lx, int c, int radix, const char *kind, int *after)
{
    do {
        if (c == '_') c = lx_nextc(lx);
        bool ok = radix == 16 ? is_hex_digit(c) : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(c))
                return lx_syntax_error(lx, "invalid digit '%c' in %s literal", c, kind);
            lx_backup(lx, c);
            return lx_syntax_error(lx, "invalid %s literal", kind);
        }
        do {
            c = lx_nextc(lx);
        } while (radix == 16 ? is_hex_digit(c) : (c >= '0' && c < '0' + radix));
    } while (c == '_');
    if (radix != 16 && is_digit(c))
        return lx_syntax_error(lx, "invalid digit '%c' in %s literal", c, kind);
    if (!lx_verify_end_of_number(lx, c, kind)) return false;
    *after = c;
    return true;
}

/* The fraction/exponent/imaginary tail of a decimal number. `c` is the char after the integer
 * part; `state` says where to enter: 0 = after the integer part, 1 = just after '.', 2 = at an
 * exponent letter, 3 = at 'j'. */
static bool lx_number_tail(Lexer *lx, int c, int state, int *after)
{
    if (state == 0 && c == '.') {
        c = lx_nextc(lx);
        state = 1;
    }
    if (state == 1 && is_digit(c)) {
        c = lx_decimal_tail(lx);
        if (c == LX_FAIL) return false;
    }
    if (state <= 2 && (c == 'e' || c == 'E')) {
        int e = c;
        c = lx_nextc(lx);
        if (c == '+' || c == '-') {
            c = lx_nextc(lx);
            if (!is_digit(c)) {
                lx_backup(lx, c);
                return lx_syntax_error(lx, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            lx_backup(lx, c);
            if (!lx_verify_end_of_number(lx, e, "decimal")) return false;
            lx_backup(lx, e);
            *after = LX_EOF; /* the number ends before the 'e' */
            return true;
        }
        c = lx_decimal_tail(lx);
        if (c == LX_FAIL) return false;
    }
    if (c == 'j' || c == 'J') {
        c = lx_nextc(lx);
        if (!lx_verify_end_of_number(lx, c, "imaginary")) return false;
    } else if (!lx_verify_end_of_number(lx, c, "decimal")) {
        return false;
    }
    *after = c;
    return true;
}

/* A number starting with '0' (the '0' is consumed). */
static bool lx_zero_number(Lexer *lx, int *after)
{
    int c = lx_nextc(lx);
    if (c == 'x' || c == 'X') return lx_radix_digits(lx, lx_nextc(lx), 16, "hexadecimal", after);
    if (c == 'o' || c == 'O') return lx_radix_digits(lx, lx_nextc(lx), 8, "octal", after);
    if (c == 'b' || c == 'B') return lx_radix_digits(lx, lx_nextc(lx), 2, "binary", after);
    bool nonzero = false;
    for (;;) {
        if (c == '_') {
            c = lx_nextc(lx);
            if (!is_digit(c)) {
                lx_backup(lx, c);
                return lx_syntax_error(lx, "invalid decimal literal");
            }
        }
        if (c != '0') break;
        c = lx_nextc(lx);
    }
    size_t zeros_end = lx->cur;
    if (is_digit(c)) {
        nonzero = true;
        c = lx_decimal_tail(lx);
        if (c == LX_FAIL) return false;
    }
    if (c == '.') return lx_number_tail(lx, lx_nextc(lx), 1, after);
    if (c == 'e' || c == 'E') return lx_number_tail(lx, c, 2, after);
    if (c == 'j' || c == 'J') return lx_number_tail(lx, c, 3, after);
    if (nonzero) {
        lx_backup(lx, c);
        int col = (int)(lx->tok_start - lx->line_start);
        set_error(&lx->error, SYNTAX_ERROR_SYNTAX, lx->lineno, col, lx->lineno,
                  (int)(zeros_end - lx->line_start) - 1,
                  "leading zeros in decimal integer literals are not permitted; "
                  "use an 0o prefix for octal integers");
        lx->failed = true;
        lx->error_overrides = true;
        return false;
    }
    if (!lx_verify_end_of_number(lx, c, "decimal")) return false;
    *after = c;
    return true;
}

/* NUMBER; `c` is its first char (a digit, or '.' followed by a digit). */
static bool lx_number(Lexer *lx, int c, Token *tok)
{
    int after = LX_EOF;
    bool ok;
    if (c == '.') {
        ok = lx_number_tail(lx, lx_nextc(lx), 1, &after);
    } else if (c == '0') {
        ok = lx_zero_number(lx, &after);
    } else {
        int next = lx_decimal_tail(lx);
        ok = next != LX_FAIL && lx_number_tail(lx, next, 0, &after);
    }
    if (!ok) return false;
    lx_backup(lx, after);
    lx_make_token(lx, tok, TOK_NUMBER, lx->tok_start, lx->cur);
    return true;
}

/* STRING: the prefix has been read and `quote` is the opening quote just consumed. */
static bool lx_string(Lexer *lx, int quote, Token *tok)
{
    int quote_size = 1, end_quote_size = 0;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;
    int c = lx_nextc(lx);
    if (c == quote) {
        c = lx_nextc(lx);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; /* empty string */
    }
    if (c != quote) lx_backup(lx, c);
    while (end_quote_size != quote_size) {
        c = lx_nextc(lx);
        if (c == LX_EOF || (quote_size == 1 && c == '\n')) {
            int detected_at = lx->lineno;
            lx->cur = lx->tok_start + 1;
            lx->line_start = lx->multi_line_start;
            lx->lineno = lx->first_lineno;
            if (quote_size == 3)
                return lx_syntax_error(lx,
                                       "unterminated triple-quoted string literal (detected at "
                                       "line %d)",
                                       detected_at);
            return lx_syntax_error(lx, "unterminated string literal (detected at line %d)",
                                   detected_at);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') lx_nextc(lx);
        }
    }
    lx_make_token(lx, tok, TOK_STRING, lx->tok_start, lx->cur);
    return true;
}

/* NAME, keyword or prefixed STRING starting with `c`. */
static bool lx_name_or_string(Lexer *lx, int c, Token *tok)
{
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = lx_nextc(lx);
        if (c == '"' || c == '\'') return lx_string(lx, c, tok);
    }
    bool nonascii = false;
    while (c != LX_EOF && is_identifier_byte(c)) {
        if (c >= 128) nonascii = true;
        c = lx_nextc(lx);
    }
    lx_backup(lx, c);
    if (nonascii && !lx_verify_identifier(lx)) return false;
    lx_make_token(lx, tok, TOK_NAME, lx->tok_start, lx->cur);
    tok->kind = keyword_kind(lx->src + lx->tok_start, lx->cur - lx->tok_start);
    return true;
}

static TokenKind two_char_token(int c1, int c2)
{
    switch (c1) {
    case '!':
        return c2 == '=' ? TOK_NOTEQUAL : TOK_OP;
    case '%':
        return c2 == '=' ? TOK_PERCENTEQUAL : TOK_OP;
    case '&':
        return c2 == '=' ? TOK_AMPEREQUAL : TOK_OP;
    case '*':
        return c2 == '*' ? TOK_DOUBLESTAR : c2 == '=' ? TOK_STAREQUAL : TOK_OP;
    case '+':
        return c2 == '=' ? TOK_PLUSEQUAL : TOK_OP;
    case '-':
        return c2 == '=' ? TOK_MINEQUAL : c2 == '>' ? TOK_RARROW : TOK_OP;
    case '/':
        return c2 == '/' ? TOK_DOUBLESLASH : c2 == '=' ? TOK_SLASHEQUAL : TOK_OP;
    case ':':
        return c2 == '=' ? TOK_COLONEQUAL : TOK_OP;
    case '<':
        return c2 == '<'   ? TOK_LEFTSHIFT
               : c2 == '=' ? TOK_LESSEQUAL
               : c2 == '>' ? TOK_LTGT
                           : TOK_OP;
    case '=':
        return c2 == '=' ? TOK_EQEQUAL : TOK_OP;
    case '>':
        return c2 == '=' ? TOK_GREATEREQUAL : c2 == '>' ? TOK_RIGHTSHIFT : TOK_OP;
    case '@':
        return c2 == '=' ? TOK_ATEQUAL : TOK_OP;
    case '^':
        return c2 == '=' ? TOK_CIRCUMFLEXEQUAL : TOK_OP;
    case '|':
        return c2 == '=' ? TOK_VBAREQUAL : TOK_OP;
    default:
        return TOK_OP;
    }
}

static TokenKind three_char_token(TokenKind two, int c3)
{
    if (c3 != '=') return TOK_OP;
    switch (two) {
    case TOK_DOUBLESTAR:
        return TOK_DOUBLESTAREQUAL;
    case TOK_DOUBLESLASH:
        return TOK_DOUBLESLASHEQUAL;
    case TOK_LEFTSHIFT:
        return TOK_LEFTSHIFTEQUAL;
    case TOK_RIGHTSHIFT:
        return TOK_RIGHTSHIFTEQUAL;
    default:
        return TOK_OP;
    }
}

static TokenKind one_char_token(int c)
{
    switch (c) {
    case '%':
        return TOK_PERCENT;
    case '&':
        return TOK_AMPER;
    case '(':
        return TOK_LPAR;
    case ')':
        return TOK_RPAR;
    case '*':
        return TOK_STAR;
    case '+':
        return TOK_PLUS;
    case ',':
        return TOK_COMMA;
    case '-':
        return TOK_MINUS;
    case '.':
        return TOK_DOT;
    case '/':
        return TOK_SLASH;
    case ':':
        return TOK_COLON;
    case ';':
        return TOK_SEMI;
    case '<':
        return TOK_LESS;
    case '=':
        return TOK_EQUAL;
    case '>':
        return TOK_GREATER;
    case '@':
        return TOK_AT;
    case '[':
        return TOK_LSQB;
    case ']':
        return TOK_RSQB;
    case '^':
        return TOK_CIRCUMFLEX;
    case '{':
        return TOK_LBRACE;
    case '|':
        return TOK_VBAR;
    case '}':
        return TOK_RBRACE;
    case '~':
        return TOK_TILDE;
    default:
        return TOK_OP;
    }
}

/* Tracks bracket nesting for the one-character bracket `c`. */
static bool lx_track_bracket(Lexer *lx, int c)
{
    if (c == '(' || c == '[' || c == '{') {
        if (lx->level >= LEXER_MAX_LEVEL) return lx_syntax_error(lx, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenlinenostack[lx->level] = lx->lineno;
        lx->parencolstack[lx->level] = (int)(lx->tok_start - lx->line_start);
        lx->level++;
    } else if (c == ')' || c == ']' || c == '}') {
        if (!lx->level) return lx_syntax_error(lx, "unmatched '%c'", c);
        lx->level--;
        int opening = lx->parenstack[lx->level];
        if ((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))
            return true;
        if (lx->parenlinenostack[lx->level] != lx->lineno)
            return lx_syntax_error(lx,
                                   "closing parenthesis '%c' does not match opening parenthesis "
                                   "'%c' on line %d",
                                   c, opening, lx->parenlinenostack[lx->level]);
        return lx_syntax_error(
            lx, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening);
    }
    return true;
}

/* Operators, delimiters and stray characters. */
static bool lx_operator(Lexer *lx, int c, Token *tok)
{
    int c2 = lx_nextc(lx);
    TokenKind kind = two_char_token(c, c2);
    if (kind != TOK_OP) {
        int c3 = lx_nextc(lx);
        TokenKind three = three_char_token(kind, c3);
        if (three != TOK_OP)
            kind = three;
        else
            lx_backup(lx, c3);
        lx_make_token(lx, tok, kind, lx->tok_start, lx->cur);
        return true;
    }
    lx_backup(lx, c2);
    if (!lx_track_bracket(lx, c)) return false;
    if (c < 128 && !is_printable(c))
        return lx_syntax_error(lx, "invalid non-printable character U+%04X", (unsigned)c);
    lx_make_token(lx, tok, one_char_token(c), lx->tok_start, lx->cur);
    return true;
}

/* '.', '...' or a number like ".5". */
static bool lx_dot(Lexer *lx, Token *tok)
{
    int c = lx_nextc(lx);
    if (is_digit(c)) {
        lx_backup(lx, c);
        return lx_number(lx, '.', tok);
    }
    if (c == '.') {
        int c3 = lx_nextc(lx);
        if (c3 == '.') {
            lx_make_token(lx, tok, TOK_ELLIPSIS, lx->tok_start, lx->cur);
            return true;
        }
        lx_backup(lx, c3);
    }
    lx_backup(lx, c);
    lx_make_token(lx, tok, TOK_DOT, lx->tok_start, lx->cur);
    return true;
}

/* Skips blanks and a comment; returns the first significant char (tok_start is set to it, or to
 * the '#' of a comment as CPython does). */
static int lx_skip_blanks(Lexer *lx)
{
    int c;
    do {
        c = lx_nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\014');
    lx->tok_start = lx->cur - (c == LX_EOF ? 0 : 1);
    if (c == '#') {
        while (c != LX_EOF && c != '\n') c = lx_nextc(lx);
    }
    return c;
}

static bool lx_finish(Lexer *lx, Token *tok, bool ok)
{
    tok->level = lx->level;
    tok->cur_col = lexer_cur_col(lx);
    if (!ok) tok->kind = TOK_ERRORTOKEN;
    return ok;
}

/* The body of lexer_next(): CPython's tok_get(). */
static bool lx_get(Lexer *lx, Token *tok)
{
    bool blankline;
    int c;
nextline:
    blankline = false;
    if (lx->atbol) {
        lx->atbol = false;
        if (!lx_measure_indent(lx, &blankline)) return false;
    }
    lx->tok_start = lx->cur;
    if (lx->pendin != 0) {
        lx_make_marker(lx, tok, lx->pendin < 0 ? TOK_DEDENT : TOK_INDENT);
        lx->pendin += lx->pendin < 0 ? 1 : -1;
        return true;
    }
again:
    c = lx_skip_blanks(lx);
    if (c == LX_EOF) {
        if (lx->level) return lx_unclosed_error(lx);
        lx_make_marker(lx, tok, TOK_ENDMARKER);
        return true;
    }
    if (is_identifier_start_byte(c)) return lx_name_or_string(lx, c, tok);
    if (c == '\n') {
        lx->atbol = true;
        if (blankline || lx->level > 0) goto nextline;
        lx_make_token(lx, tok, TOK_NEWLINE, lx->tok_start, lx->cur - 1);
        return true;
    }
    if (c == '.') return lx_dot(lx, tok);
    if (is_digit(c)) return lx_number(lx, c, tok);
    if (c == '\'' || c == '"') return lx_string(lx, c, tok);
    if (c == '\\') {
        if (lx_continuation_line(lx) == LX_FAIL) return false;
        goto again;
    }
    return lx_operator(lx, c, tok);
}

bool lexer_next(Lexer *lx, Token *tok)
{
    memset(tok, 0, sizeof *tok);
    if (lx->failed) {
        lx_make_marker(lx, tok, TOK_ERRORTOKEN);
        return lx_finish(lx, tok, false);
    }
    return lx_finish(lx, tok, lx_get(lx, tok));
}
