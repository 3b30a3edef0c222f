/* parser_fstring.c — f-string bodies (CPython 3.11's string_parser.c: fstring_find_literal,
 * fstring_find_expr, fstring_compile_expr and the FstringParser state).
 *
 * As in CPython 3.11 an f-string is one STRING token; its replacement fields are found by
 * scanning the body, and each expression is parsed by a child parser that lexes the field's
 * text in place as "(" text ")" (lexer_init_fragment). Because the child reads the real source,
 * every node inside a field carries its true line and column; the FormattedValue and the
 * literal parts take the position of the whole concatenation, as CPython's do.
 */
#include <string.h>

#include "parser_internal.h"

/* ---- the state ----------------------------------------------------------------------------- */

/* The pending literal text as a Constant positioned first..last (make_str_node_and_del). */
static AstExpr *flush_literal(Parser *p, FstringState *st, Token *first, Token *last)
{
    AstPos pos = parser_span(parser_token_pos(first), parser_token_pos(last));
    AstExpr *e = parser_constant(p, AST_CONST_STR, pos);
    if (!e) return NULL;
    if (!st->last_str.data && !parser_strbuf_append(p, &st->last_str, "", 0)) return NULL;
    e->v.constant.u.str.data = st->last_str.data;
    e->v.constant.u.str.len = st->last_str.len;
    st->last_str = (StrBuf){NULL, 0, 0};
    return e;
}

static bool append_value(Parser *p, FstringState *st, AstExpr *e)
{
    return push_expr(p, &st->values, &st->values_cap, e);
}

AstExpr *parser_fstring_finish(Parser *p, FstringState *st, Token *first, Token *last)
{
    if (!st->fmode) return flush_literal(p, st, first, last);
    if (st->last_str.len) {
        AstExpr *literal = flush_literal(p, st, first, last);
        if (!literal || !append_value(p, st, literal)) return NULL;
    }
    AstPos pos = parser_span(parser_token_pos(first), parser_token_pos(last));
    AstExpr *e = ast_expr_new(p->arena, AST_EXPR_JOINED_STR, pos);
    if (!e) return parser_no_memory(p);
    e->v.joined_str.values = st->values;
    return e;
}

/* ---- literal parts -----------------------------------------------------------------------------
 */

/* fstring_find_literal: the literal text up to an un-doubled '{' (or a '}' closing a nested
 * format spec), decoded and appended to the state. Returns 1 when a doubled brace was seen
 * (scanning must continue), 0 otherwise, -1 on error. */
static int find_literal(Parser *p, FstringState *st, const char **str, const char *end, bool raw,
                        int recurse_lvl)
{
    const char *s = *str, *literal_start = s, *literal_end;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* skip \N{...} so its braces are not taken for a field */
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}') {
                    }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    /* a doubled brace: the literal ends after its first half */
                    literal_end = s;
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
    literal_end = s;
done:
    if (literal_end == literal_start) return result;
    StrBuf decoded = {NULL, 0, 0};
    if (!parser_decode_str(p, literal_start, (size_t)(literal_end - literal_start), raw, &decoded))
        return -1;
    if (decoded.len && !parser_strbuf_append(p, &st->last_str, decoded.data, decoded.len))
        return -1;
    return result;
}

/* ---- expressions ------------------------------------------------------------------------- */

/* fstring: star_expressions — the start rule of a child parser */
static void *fstring_rule(Parser *p)
{
    return parser_star_expressions(p);
}

/* CPython's starting_col_offset for a field whose '{' is at `brace` in token t
 * (fstring_find_expr_location): the token's column plus the brace's distance from the token
 * start or from the last newline before it, or nothing when the field starts with a newline.
 * Only error columns use it; node positions are the true ones. */
static int error_column_base(const Parser *p, const Token *t, size_t brace)
{
    size_t s = brace + 1;
    bool newline_after_brace = true;
    for (; s < p->src_len && p->src[s] != '}' && p->src[s] != '\n'; s++) {
        if (p->src[s] != ' ' && p->src[s] != '\t' && p->src[s] != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    if (newline_after_brace) return t->col_offset;
    size_t start = brace;
    while (start > t->start && p->src[start] != '\n') start--;
    int cols = (int)(brace - start) - (p->src[start] == '\n' ? 1 : 0);
    return t->col_offset + cols;
}

/* fstring_compile_expr: parses src[expr_start, expr_end) (just after a '{'). */
static AstExpr *compile_expr(Parser *p, const Token *t, const char *expr_start,
                             const char *expr_end)
{
    const char *s = expr_start;
    while (s < expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) s++;
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: expression required before '%c'",
                                *expr_end);
        return parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: empty expression not allowed");
    }
    size_t start = (size_t)(expr_start - p->src), end = (size_t)(expr_end - p->src);
    size_t brace = start - 1, line_start = brace;
    while (line_start > 0 && p->src[line_start - 1] != '\n') line_start--;
    int lineno = t->lineno; /* the brace's line: the token's first line plus its newlines */
    for (size_t i = t->start; i < brace; i++)
        if (p->src[i] == '\n') lineno++;
    Parser child;
    parser_setup(&child, p->arena, p->src, p->src_len, p->err);
    lexer_init_fragment(&child.lexer, p->src, p->src_len, start, end, lineno, line_start);
    child.fstring = true;
    child.fstring_col = error_column_base(p, t, brace);
    child.fstring_brace_line = lineno;
    child.fstring_brace_col = (int)(brace - line_start);
    child.depth = child.base_depth = p->depth;
    AstExpr *e = parser_run(&child, fstring_rule);
    parser_free(&child);
    if (!e) p->error = true;
    return e;
}

/* The scan state of fstring_find_expr over a replacement field's expression text. */
typedef struct ExprScan {
    char quote_char;  /* inside a string literal of the expression: its quote */
    int string_type;  /* 1 or 3 (triple-quoted) */
    int nested_depth; /* open brackets */
    char parenstack[LEXER_MAX_LEVEL];
} ExprScan;

/* Inside a string literal of the expression: leaves it at its closing quote(s). */
static void scan_in_string(ExprScan *sc, const char **str, const char *end)
{
    char ch = **str;
    if (ch != sc->quote_char) return;
    if (sc->string_type == 3) {
        if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
            *str += 2;
            sc->string_type = 0;
            sc->quote_char = 0;
        }
    } else {
        sc->string_type = 0;
        sc->quote_char = 0;
    }
}

/* A closing bracket of the expression; false (error raised) when it does not match. */
static bool scan_close_bracket(Parser *p, ExprScan *sc, char ch)
{
    if (!sc->nested_depth) {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: unmatched '%c'", ch);
        return false;
    }
    char opening = sc->parenstack[--sc->nested_depth];
    if ((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
        (opening == '{' && ch == '}'))
        return true;
    parser_raise(p, SYNTAX_ERROR_SYNTAX,
                 "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                 opening);
    return false;
}

/* One character of the scan; returns 1 to stop (end of the expression), 0 to go on, -1 on
 * error. */
static int scan_expr_char(Parser *p, ExprScan *sc, const char **str, const char *end)
{
    char ch = **str;
    if (ch == '\\') {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string expression part cannot include a backslash");
        return -1;
    }
    if (sc->quote_char) {
        scan_in_string(sc, str, end);
        return 0;
    }
    if (ch == '\'' || ch == '"') {
        bool triple = *str + 2 < end && (*str)[1] == ch && (*str)[2] == ch;
        sc->string_type = triple ? 3 : 1;
        if (triple) *str += 2;
        sc->quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
        if (sc->nested_depth >= LEXER_MAX_LEVEL) {
            parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: too many nested parenthesis");
            return -1;
        }
        sc->parenstack[sc->nested_depth++] = ch;
    } else if (ch == '#') {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string expression part cannot include '#'");
        return -1;
    } else if (sc->nested_depth == 0 &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (*str + 1 < end && (*str)[1] == '=' && ch != ':' && ch != '}') {
            *str += 1; /* != == <= >= are operators, not the end of the expression */
            return 0;
        }
        return (ch == '>' || ch == '<') ? 0 : 1;
    } else if (ch == ']' || ch == '}' || ch == ')') {
        return scan_close_bracket(p, sc, ch) ? 0 : -1;
    }
    return 0;
}

/* Scans the expression of a field starting at *str; leaves *str at its end. */
static bool scan_expr(Parser *p, const char **str, const char *end)
{
    ExprScan sc = {0, 0, 0, {0}};
    for (; *str < end; (*str)++) {
        int r = scan_expr_char(p, &sc, str, end);
        if (r < 0) return false;
        if (r > 0) break;
    }
    if (sc.quote_char) {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: unterminated string");
        return false;
    }
    if (sc.nested_depth) {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: unmatched '%c'",
                     sc.parenstack[sc.nested_depth - 1]);
        return false;
    }
    return true;
}

static bool unexpected_end(Parser *p)
{
    parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: expecting '}'");
    return false;
}

static bool is_py_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The `=`, `!conversion` and `:format_spec` that may follow a field's expression. */
static bool field_suffix(Parser *p, FstringState *st, const char **str, const char *end,
                         const char *expr_start, bool raw, int recurse_lvl, Token *first, Token *t,
                         Token *last, int *conversion, AstExpr **spec, bool *debug)
{
    if (**str == '=') {
        *str += 1;
        while (*str < end && is_py_space(**str)) *str += 1;
        if (*str >= end) return unexpected_end(p);
        /* the expression text (with the '=' and spaces) joins the literal text */
        if (!parser_strbuf_append(p, &st->last_str, expr_start, (size_t)(*str - expr_start)))
            return false;
        *debug = true;
    }
    if (**str == '!') {
        *str += 1;
        if (*str >= end) return unexpected_end(p);
        *conversion = (unsigned char)**str;
        *str += 1;
        if (*conversion != 's' && *conversion != 'r' && *conversion != 'a') {
            parser_raise(p, SYNTAX_ERROR_SYNTAX,
                         "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    if (*str >= end) return unexpected_end(p);
    if (**str == ':') {
        *str += 1;
        if (*str >= end) return unexpected_end(p);
        FstringState spec_state = {{NULL, 0, 0}, {0, NULL}, 0, false};
        if (!parser_fstring_concat(p, &spec_state, str, end, raw, recurse_lvl + 1, first, t, last))
            return false;
        *spec = parser_fstring_finish(p, &spec_state, t, t);
        if (!*spec) return false;
    }
    if (*str >= end || **str != '}') return unexpected_end(p);
    *str += 1;
    return true;
}

/* fstring_find_expr: the replacement field at *str (a '{'), appended to the state as a
 * FormattedValue (after any pending literal). */
static bool find_expr(Parser *p, FstringState *st, const char **str, const char *end, bool raw,
                      int recurse_lvl, Token *first, Token *t, Token *last)
{
    if (recurse_lvl >= 2) {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: expressions nested too deeply");
        return false;
    }
    *str += 1;
    const char *expr_start = *str;
    if (!scan_expr(p, str, end)) return false;
    if (*str >= end) return unexpected_end(p);
    AstExpr *value = compile_expr(p, t, expr_start, *str);
    if (!value) return false;
    int conversion = -1;
    AstExpr *spec = NULL;
    bool debug = false;
    if (!field_suffix(p, st, str, end, expr_start, raw, recurse_lvl, first, t, last, &conversion,
                      &spec, &debug))
        return false;
    if (debug && !spec && conversion == -1) conversion = 'r';
    if (st->last_str.len) {
        AstExpr *literal = flush_literal(p, st, first, last);
        if (!literal || !append_value(p, st, literal)) return false;
    }
    AstPos pos = parser_span(parser_token_pos(first), parser_token_pos(last));
    AstExpr *e = ast_expr_new(p->arena, AST_EXPR_FORMATTED_VALUE, pos);
    if (!e) {
        parser_no_memory(p);
        return false;
    }
    e->v.formatted_value.value = value;
    e->v.formatted_value.conversion = conversion;
    e->v.formatted_value.format_spec = spec;
    return append_value(p, st, e);
}

/* _PyPegen_FstringParser_ConcatFstring */
bool parser_fstring_concat(Parser *p, FstringState *st, const char **str, const char *end, bool raw,
                           int recurse_lvl, Token *first, Token *t, Token *last)
{
    st->fmode = true;
    for (;;) {
        int result = find_literal(p, st, str, end, raw, recurse_lvl);
        if (result < 0) return false;
        if (result == 1) continue;
        if (*str >= end || **str == '}') break;
        if (!find_expr(p, st, str, end, raw, recurse_lvl, first, t, last)) return false;
    }
    if (recurse_lvl == 0 && *str < end - 1) {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "f-string: unexpected end of string");
        return false;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) return unexpected_end(p);
    return true;
}
