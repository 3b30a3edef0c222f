/* test_lexer.c — the tokenizer (lexer.h): token streams, positions and CPython's lexical
 * errors. Streams are compared as text: KIND or KIND(text) separated by spaces.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "lexer.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct Lexed {
    Mem mem;
    Arena arena;
    LexerSource source;
    Lexer lexer;
} Lexed;

static void lexed_open(Lexed *lx, const char *src, size_t len)
{
    mem_init(&lx->mem, NULL, NULL);
    arena_init(&lx->arena, &lx->mem);
    SyntaxErrorInfo err;
    cr_assert(lexer_prepare_source(&lx->arena, src, len, &lx->source, &err), "%s", err.message);
    lexer_init(&lx->lexer, lx->source.text, lx->source.len);
}

static void lexed_close(Lexed *lx)
{
    arena_free_all(&lx->arena);
    cr_expect_eq(lx->mem.live_bytes, 0);
    mem_release(&lx->mem);
}

/* Does the kind print its text? (names, numbers, strings, stray operators) */
static bool shows_text(TokenKind kind)
{
    return kind == TOK_NAME || kind == TOK_NUMBER || kind == TOK_STRING || kind == TOK_OP;
}

/* The token stream of `src` as text, up to ENDMARKER or an error ("ERROR(message)"). */
static void stream(const char *src, char *out, size_t cap)
{
    Lexed lx;
    lexed_open(&lx, src, strlen(src));
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < 1000; i++) {
        Token t;
        bool ok = lexer_next(&lx.lexer, &t);
        const char *sep = used ? " " : "";
        if (!ok) {
            snprintf(out + used, cap - used, "%sERROR(%s)", sep, lx.lexer.error.message);
            break;
        }
        const char *name = t.kind >= TOK_FIRST_KEYWORD && t.kind <= TOK_LAST_KEYWORD
                               ? "KW"
                               : lexer_token_name(t.kind);
        if (shows_text(t.kind) || (t.kind >= TOK_FIRST_KEYWORD && t.kind <= TOK_LAST_KEYWORD))
            used += (size_t)snprintf(out + used, cap - used, "%s%s(%.*s)", sep, name,
                                     (int)(t.end - t.start), lx.source.text + t.start);
        else
            used += (size_t)snprintf(out + used, cap - used, "%s%s", sep, name);
        if (t.kind == TOK_ENDMARKER || used >= cap) break;
    }
    lexed_close(&lx);
}

static void expect_stream(const char *src, const char *expected)
{
    char out[4096];
    stream(src, out, sizeof out);
    cr_expect_str_eq(out, expected, "for source: %s", src);
}

/* ---- streams ------------------------------------------------------------------------------- */

Test(lexer, simple_statement)
{
    expect_stream("x = 1\n", "name(x) = number(1) newline end of input");
    expect_stream("x", "name(x) newline end of input");
    expect_stream("", "end of input");
    expect_stream("# only\n\n", "end of input");
}

Test(lexer, every_operator)
{
    expect_stream("+ - * / // % ** @ << >> & | ^ ~ := < > <= >= == != <>",
                  "+ - * / // % ** @ << >> & | ^ ~ := < > <= >= == != <> newline end of input");
    expect_stream("+= -= *= /= //= %= **= @= <<= >>= &= |= ^= -> ... . , ; :",
                  "+= -= *= /= //= %= **= @= <<= >>= &= |= ^= -> ... . , ; : newline end of "
                  "input");
    expect_stream("a..b", "name(a) . . name(b) newline end of input");
    expect_stream("$ ? ! `",
                  "operator($) operator(?) operator(!) operator(`) newline end of input");
}

Test(lexer, keywords_and_soft_keywords)
{
    expect_stream("if not None: match case _",
                  "KW(if) KW(not) KW(None) : name(match) name(case) name(_) newline end of input");
    expect_stream("async await lambda yield",
                  "KW(async) KW(await) KW(lambda) KW(yield) newline end "
                  "of input");
    expect_stream("iff Truex", "name(iff) name(Truex) newline end of input");
}

Test(lexer, indentation)
{
    expect_stream("if a:\n    b\n    if c:\n        d\ne\n",
                  "KW(if) name(a) : newline indent name(b) newline KW(if) name(c) : newline indent "
                  "name(d) newline dedent dedent name(e) newline end of input");
    /* blank lines and comment lines do not count */
    expect_stream("if a:\n\n  # c\n    b\n",
                  "KW(if) name(a) : newline indent name(b) newline dedent end of input");
    /* a tab and eight spaces are the same column but not consistently the same */
    expect_stream("if a:\n\tb\n        c\n",
                  "KW(if) name(a) : newline indent name(b) newline ERROR(inconsistent use of tabs "
                  "and spaces in indentation)");
    expect_stream("if a:\n\tb\n\tc\n", "KW(if) name(a) : newline indent name(b) newline name(c) "
                                       "newline dedent end of input");
    expect_stream("if a:\n  b", "KW(if) name(a) : newline indent name(b) newline dedent end of "
                                "input");
}

Test(lexer, brackets_join_lines)
{
    expect_stream("x = (1,\n  2\n)\n", "name(x) = ( number(1) , number(2) ) newline end of input");
    expect_stream("[\n\n# c\n]", "[ ] newline end of input");
    expect_stream("x = 1 + \\\n  2\n", "name(x) = number(1) + number(2) newline end of input");
    expect_stream("a = 1  # comment\nb",
                  "name(a) = number(1) newline name(b) newline end of input");
}

Test(lexer, numbers)
{
    expect_stream("0 00 1_000 0x_fF 0o17 0B1_0 1.5 1. .5 1e10 1E-5 1_0.0_1e+1_0 3j 1.5J 0j",
                  "number(0) number(00) number(1_000) number(0x_fF) number(0o17) number(0B1_0) "
                  "number(1.5) number(1.) number(.5) number(1e10) number(1E-5) "
                  "number(1_0.0_1e+1_0) number(3j) number(1.5J) number(0j) newline end of input");
    /* a number may touch the keywords that can follow it */
    expect_stream("1if x else 2",
                  "number(1) KW(if) name(x) KW(else) number(2) newline end of input");
    expect_stream("0in x", "number(0) KW(in) name(x) newline end of input");
    expect_stream("1.e", "ERROR(invalid decimal literal)");
}

Test(lexer, string_prefixes)
{
    expect_stream("r'a' u'b' b'c' br'd' Rb'e' f'f' fR'g' rF'h' BR'i' U\"j\"",
                  "string(r'a') string(u'b') string(b'c') string(br'd') string(Rb'e') "
                  "string(f'f') string(fR'g') string(rF'h') string(BR'i') string(U\"j\") newline "
                  "end of input");
    expect_stream("ur'x'", "name(ur) string('x') newline end of input");
    expect_stream("bf'x'", "name(bf) string('x') newline end of input");
    expect_stream("'''a\n'b'\n''' \"\"\"\"\"\" 'it\\'s' \"\\\\\"",
                  "string('''a\n'b'\n''') string(\"\"\"\"\"\") string('it\\'s') string(\"\\\\\") "
                  "newline end of input");
    expect_stream("f'{a!r:{b}}' f\"{'x'}\"",
                  "string(f'{a!r:{b}}') string(f\"{'x'}\") newline end of input");
}

Test(lexer, unicode_names)
{
    expect_stream("\xc3\xa9t\xc3\xa9 = \xe5\x90\x8d",
                  "name(\xc3\xa9t\xc3\xa9) = name(\xe5\x90\x8d) newline end of input");
    expect_stream("x = \xe2\x82\xac", "name(x) = ERROR(invalid character '\xe2\x82\xac' (U+20AC))");
    expect_stream("x\xe2\x80\x8b", "ERROR(invalid non-printable character U+200B)");
    expect_stream("\x01", "ERROR(invalid non-printable character U+0001)");
}

/* ---- positions ----------------------------------------------------------------------------- */

Test(lexer, token_positions)
{
    Lexed lx;
    const char *src = "if x:\n    y = '''a\nb''' + 10\n";
    lexed_open(&lx, src, strlen(src));
    static const struct {
        TokenKind kind;
        int line, col, end_line, end_col;
    } expected[] = {
        {TOK_IF, 1, 0, 1, 2},          {TOK_NAME, 1, 3, 1, 4},     {TOK_COLON, 1, 4, 1, 5},
        {TOK_NEWLINE, 1, 5, 1, 5},     {TOK_INDENT, 2, -1, 2, -1}, {TOK_NAME, 2, 4, 2, 5},
        {TOK_EQUAL, 2, 6, 2, 7},       {TOK_STRING, 2, 8, 3, 4},   {TOK_PLUS, 3, 5, 3, 6},
        {TOK_NUMBER, 3, 7, 3, 9},      {TOK_NEWLINE, 3, 9, 3, 9},  {TOK_DEDENT, 3, -1, 3, -1},
        {TOK_ENDMARKER, 3, -1, 3, -1},
    };
    for (size_t i = 0; i < COUNT(expected); i++) {
        Token t;
        cr_assert(lexer_next(&lx.lexer, &t));
        cr_expect_eq(t.kind, expected[i].kind, "token %zu: kind %s", i, lexer_token_name(t.kind));
        cr_expect(t.lineno == expected[i].line && t.col_offset == expected[i].col &&
                      t.end_lineno == expected[i].end_line &&
                      t.end_col_offset == expected[i].end_col,
                  "token %zu (%s) at %d:%d-%d:%d", i, lexer_token_name(t.kind), t.lineno,
                  t.col_offset, t.end_lineno, t.end_col_offset);
    }
    lexed_close(&lx);
}

Test(lexer, bracket_levels)
{
    Lexed lx;
    lexed_open(&lx, "(a[b])", 6);
    int levels[] = {1, 1, 2, 2, 1, 0};
    for (size_t i = 0; i < COUNT(levels); i++) {
        Token t;
        cr_assert(lexer_next(&lx.lexer, &t));
        cr_expect_eq(t.level, levels[i], "token %zu", i);
    }
    lexed_close(&lx);
}

/* ---- errors -------------------------------------------------------------------------------- */

typedef struct LexError {
    const char *src;
    SyntaxErrorKind kind;
    const char *message;
    int lineno, col, end_col;
} LexError;

/* Messages and locations checked against CPython 3.11 (col = SyntaxError.offset - 1). */
static const LexError lex_errors[] = {
    {"x = 0777", SYNTAX_ERROR_SYNTAX,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 4, 5},
    {"x = 1_", SYNTAX_ERROR_SYNTAX, "invalid decimal literal", 1, 5, 5},
    {"x = 1__0", SYNTAX_ERROR_SYNTAX, "invalid decimal literal", 1, 5, 5},
    {"x = 0b2", SYNTAX_ERROR_SYNTAX, "invalid digit '2' in binary literal", 1, 6, 6},
    {"x = 0o8", SYNTAX_ERROR_SYNTAX, "invalid digit '8' in octal literal", 1, 6, 6},
    {"x = 0x", SYNTAX_ERROR_SYNTAX, "invalid hexadecimal literal", 1, 5, 5},
    {"x = 1a", SYNTAX_ERROR_SYNTAX, "invalid decimal literal", 1, 4, 4},
    {"x = 1jj", SYNTAX_ERROR_SYNTAX, "invalid imaginary literal", 1, 5, 5},
    {"x = 1e+", SYNTAX_ERROR_SYNTAX, "invalid decimal literal", 1, 6, 6},
    {"x = 'abc", SYNTAX_ERROR_SYNTAX, "unterminated string literal (detected at line 1)", 1, 4, 4},
    {"x = \"\"\"abc\n\ndef", SYNTAX_ERROR_SYNTAX,
     "unterminated triple-quoted string literal (detected at line 3)", 1, 4, 4},
    {"a\\ b", SYNTAX_ERROR_SYNTAX, "unexpected character after line continuation character", 1, 2,
     -1},
    {"a = 1\\", SYNTAX_ERROR_SYNTAX, "unexpected EOF while parsing", 1, 6, -2},
    {"(\n", SYNTAX_ERROR_SYNTAX, "'(' was never closed", 1, 0, -1},
    {")", SYNTAX_ERROR_SYNTAX, "unmatched ')'", 1, 0, 0},
    {"(]", SYNTAX_ERROR_SYNTAX, "closing parenthesis ']' does not match opening parenthesis '('", 1,
     1, 1},
    {"if x:\n    y\n  z", SYNTAX_ERROR_INDENTATION,
     "unindent does not match any outer indentation level", 3, 3, -2},
    {"if x:\n\tpass\n        pass", SYNTAX_ERROR_TAB,
     "inconsistent use of tabs and spaces in indentation", 3, 0, -1},
};

Test(lexer, errors_match_cpython)
{
    for (size_t i = 0; i < COUNT(lex_errors); i++) {
        const LexError *e = &lex_errors[i];
        Lexed lx;
        lexed_open(&lx, e->src, strlen(e->src));
        Token t;
        bool ok = true;
        for (int n = 0; n < 100 && ok; n++) {
            ok = lexer_next(&lx.lexer, &t);
            if (ok && t.kind == TOK_ENDMARKER) break;
        }
        cr_expect(!ok, "%s: no error", e->src);
        const SyntaxErrorInfo *err = &lx.lexer.error;
        cr_expect_eq(err->kind, e->kind, "%s", e->src);
        cr_expect_str_eq(err->message, e->message, "%s", e->src);
        cr_expect(err->lineno == e->lineno && err->col_offset == e->col &&
                      err->end_col_offset == e->end_col,
                  "%s: at %d:%d-%d, expected %d:%d-%d", e->src, err->lineno, err->col_offset,
                  err->end_col_offset, e->lineno, e->col, e->end_col);
        lexed_close(&lx);
    }
}

Test(lexer, limits)
{
    char src[512];
    memset(src, '(', 201);
    src[201] = '\0';
    char out[8192];
    stream(src, out, sizeof out);
    cr_expect(strstr(out, "ERROR(too many nested parentheses)") != NULL, "%s", out);
}

Test(lexer, source_preparation)
{
    Mem mem;
    mem_init(&mem, NULL, NULL);
    Arena arena;
    arena_init(&arena, &mem);
    LexerSource s;
    SyntaxErrorInfo err;
    cr_assert(lexer_prepare_source(&arena,
                                   "\xef\xbb\xbf"
                                   "a\r\nb\rc",
                                   9, &s, &err));
    cr_expect_eq(s.len, 6);
    cr_expect(memcmp(s.text, "a\nb\nc\n", 6) == 0);
    cr_expect(!lexer_prepare_source(&arena, "a\0b", 3, &s, &err));
    cr_expect_str_eq(err.message, "source code string cannot contain null bytes");
    cr_expect(!lexer_prepare_source(&arena, "ok\n\xed\xa0\x80", 6, &s, &err));
    cr_expect_eq(err.lineno, 2);
    cr_expect(!lexer_prepare_source(&arena, "\xc0\x80", 2, &s, &err));
    arena_free_all(&arena);
    cr_expect_eq(mem.live_bytes, 0);
    mem_release(&mem);
}

Test(lexer, fragment_mode_wraps_in_parentheses)
{
    /* an f-string field "a + b" lexed in place, as "(a + b)" */
    const char *src = "f'{a + b}'\n";
    Lexer lx;
    lexer_init_fragment(&lx, src, strlen(src), 3, 8, 1, 0);
    char out[256];
    size_t used = 0;
    Token t;
    do {
        cr_assert(lexer_next(&lx, &t), "%s", lx.error.message);
        used += (size_t)snprintf(out + used, sizeof out - used, "%s@%d ", lexer_token_name(t.kind),
                                 t.col_offset);
    } while (t.kind != TOK_ENDMARKER);
    cr_expect_str_eq(out, "(@2 name@3 +@5 name@7 )@8 newline@9 end of input@-1 ");
}
