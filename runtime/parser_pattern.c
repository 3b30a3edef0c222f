/* parser_pattern.c — the match statement and its patterns (CPython 3.11 grammar, "Match
 * statement"). `match`, `case` and `_` are soft keywords: NAME tokens recognised by spelling.
 */
#include "parser_internal.h"

/* A `key: pattern` (mapping) or `name=pattern` (class keyword) pair. */
typedef struct KeyPattern {
    AstExpr *key;
    AstPattern *pattern;
} KeyPattern;

static AstPattern *new_pattern(Parser *p, AstPatternKind kind, int start)
{
    AstPattern *pat = ast_pattern_new(p->arena, kind, parser_extra(p, start));
    if (!pat) parser_no_memory(p);
    return pat;
}

static AstExpr *new_expr(Parser *p, AstExprKind kind, int start)
{
    AstExpr *e = ast_expr_new(p->arena, kind, parser_extra(p, start));
    if (!e) parser_no_memory(p);
    return e;
}

static AstPattern *pattern(Parser *p);
static AstPattern *closed_pattern(Parser *p);

/* ---- literals -------------------------------------------------------------------------------- */

static bool is_imaginary(const AstExpr *e)
{
    return e->kind == AST_EXPR_CONSTANT && e->v.constant.kind == AST_CONST_IMAGINARY;
}

/* NUMBER, optionally negated: signed_number / signed_real_number. `real` applies
 * _PyPegen_ensure_real to the NUMBER. */
static AstExpr *signed_number(Parser *p, bool real)
{
    int start = p->mark;
    bool negative = parser_expect(p, TOK_MINUS) != NULL;
    AstExpr *number = parser_number(p);
    if (!number) return NULL;
    if (real && (number->kind != AST_EXPR_CONSTANT || is_imaginary(number)))
        return parser_raise_on(p, number->pos, "real number required in complex literal");
    if (!negative) return number;
    AstExpr *e = new_expr(p, AST_EXPR_UNARY_OP, start);
    if (!e) return NULL;
    e->v.unary_op.op = AST_UOP_USUB;
    e->v.unary_op.operand = number;
    return e;
}

/* complex_number: signed_real_number ('+' | '-') imaginary_number */
static AstExpr *complex_number(Parser *p)
{
    int start = p->mark;
    AstExpr *real = signed_number(p, true);
    if (!real) return NULL;
    AstOperator op;
    if (parser_expect(p, TOK_PLUS))
        op = AST_OP_ADD;
    else if (parser_expect(p, TOK_MINUS))
        op = AST_OP_SUB;
    else
        return NULL;
    AstExpr *imag = parser_number(p);
    if (!imag) return NULL;
    if (!is_imaginary(imag))
        return parser_raise_on(p, imag->pos, "imaginary number required in complex literal");
    AstExpr *e = new_expr(p, AST_EXPR_BIN_OP, start);
    if (!e) return NULL;
    e->v.bin_op.left = real;
    e->v.bin_op.op = op;
    e->v.bin_op.right = imag;
    return e;
}

/* literal_expr (and the value part of literal_pattern):
 *   signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False' */
static AstExpr *literal_expr(Parser *p)
{
    int start = p->mark;
    AstExpr *e = signed_number(p, false);
    if (e && !parser_check(p, TOK_PLUS) && !parser_check(p, TOK_MINUS) && !p->error) return e;
    if (p->error) return NULL;
    p->mark = start;
    e = complex_number(p);
    if (e || p->error) return e;
    p->mark = start;
    Token *t = parser_peek(p);
    if (!t) return NULL;
    switch (t->kind) {
    case TOK_STRING:
        return parser_strings(p);
    case TOK_NONE:
        p->mark++;
        return parser_constant(p, AST_CONST_NONE, parser_token_pos(t));
    case TOK_TRUE:
        p->mark++;
        return parser_constant(p, AST_CONST_TRUE, parser_token_pos(t));
    case TOK_FALSE:
        p->mark++;
        return parser_constant(p, AST_CONST_FALSE, parser_token_pos(t));
    default:
        return NULL;
    }
}

/* literal_pattern: literal_expr as MatchValue, or MatchSingleton for None/True/False */
static AstPattern *literal_pattern(Parser *p)
{
    int start = p->mark;
    AstExpr *e = literal_expr(p);
    if (!e) return NULL;
    bool singleton = e->kind == AST_EXPR_CONSTANT && (e->v.constant.kind == AST_CONST_NONE ||
                                                      e->v.constant.kind == AST_CONST_TRUE ||
                                                      e->v.constant.kind == AST_CONST_FALSE);
    AstPattern *pat =
        new_pattern(p, singleton ? AST_PAT_MATCH_SINGLETON : AST_PAT_MATCH_VALUE, start);
    if (!pat) return NULL;
    if (singleton)
        pat->v.match_singleton.value = e->v.constant;
    else
        pat->v.match_value.value = e;
    return pat;
}

/* ---- names ------------------------------------------------------------------------------- */

/* !('.' | '(' | '=') */
static bool name_ends_here(Parser *p)
{
    TokenKind k = parser_peek_kind(p);
    return k != TOK_DOT && k != TOK_LPAR && k != TOK_EQUAL && !p->error;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') — returns the identifier */
static const char *capture_target(Parser *p)
{
    int mark = p->mark;
    if (parser_check_soft(p, "_")) return NULL;
    Token *name = parser_expect(p, TOK_NAME);
    if (!name || !name_ends_here(p)) {
        p->mark = mark;
        return NULL;
    }
    return parser_identifier(p, name);
}

/* name_or_attr: NAME ('.' NAME)* as a Name or Attribute chain (Load) */
static AstExpr *name_or_attr(Parser *p)
{
    int start = p->mark;
    Token *first = parser_expect(p, TOK_NAME);
    if (!first) return NULL;
    AstExpr *e = parser_name(p, first, AST_CTX_LOAD);
    while (e) {
        int mark = p->mark;
        if (!parser_expect(p, TOK_DOT)) break;
        Token *name = parser_expect(p, TOK_NAME);
        if (!name) {
            p->mark = mark;
            break;
        }
        const char *attr = parser_identifier(p, name);
        AstExpr *a = attr ? new_expr(p, AST_EXPR_ATTRIBUTE, start) : NULL;
        if (!a) return NULL;
        a->v.attribute.value = e;
        a->v.attribute.attr = attr;
        a->v.attribute.ctx = AST_CTX_LOAD;
        e = a;
    }
    return p->error ? NULL : e;
}

/* attr: name_or_attr '.' NAME — a dotted name with at least one dot */
static AstExpr *attr(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = name_or_attr(p);
    if (e && e->kind == AST_EXPR_ATTRIBUTE) return e;
    p->mark = mark;
    return NULL;
}

/* capture_pattern | wildcard_pattern | value_pattern */
static AstPattern *name_pattern(Parser *p)
{
    int start = p->mark;
    const char *name = capture_target(p);
    if (name || parser_expect_soft(p, "_")) {
        AstPattern *pat = new_pattern(p, AST_PAT_MATCH_AS, start);
        if (pat) pat->v.match_as.name = name;
        return pat;
    }
    if (p->error) return NULL;
    AstExpr *value = attr(p);
    if (!value || !name_ends_here(p)) {
        p->mark = start;
        return NULL;
    }
    AstPattern *pat = new_pattern(p, AST_PAT_MATCH_VALUE, start);
    if (pat) pat->v.match_value.value = value;
    return pat;
}

/* ---- sequences --------------------------------------------------------------------------- */

/* star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
static AstPattern *star_pattern(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_STAR)) return NULL;
    const char *name = capture_target(p);
    if (!name && !parser_expect_soft(p, "_")) {
        p->mark = start;
        return NULL;
    }
    AstPattern *pat = new_pattern(p, AST_PAT_MATCH_STAR, start);
    if (pat) pat->v.match_star.name = name;
    return pat;
}

/* maybe_star_pattern: star_pattern | pattern */
static AstPattern *maybe_star_pattern(Parser *p)
{
    AstPattern *pat = star_pattern(p);
    if (pat || p->error) return pat;
    return pattern(p);
}

/* ','.maybe_star_pattern+ ','?  appended to *seq; *trailing_comma reports the final comma. */
static bool maybe_sequence(Parser *p, AstPatternSeq *seq, int *cap, bool *trailing_comma)
{
    *trailing_comma = false;
    int before = seq->count;
    for (;;) {
        int mark = p->mark;
        AstPattern *pat = maybe_star_pattern(p);
        if (!pat) {
            if (p->error) return false;
            p->mark = mark;
            break;
        }
        if (!push_pattern(p, seq, cap, pat)) return false;
        *trailing_comma = parser_expect(p, TOK_COMMA) != NULL;
        if (!*trailing_comma) break;
    }
    return seq->count > before;
}

/* open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
static bool open_sequence(Parser *p, AstPatternSeq *out)
{
    int mark = p->mark;
    int cap = 0;
    *out = (AstPatternSeq){0, NULL};
    AstPattern *first = maybe_star_pattern(p);
    if (!first || !parser_expect(p, TOK_COMMA)) {
        p->mark = mark;
        return false;
    }
    if (!push_pattern(p, out, &cap, first)) return false;
    bool trailing;
    int after = p->mark;
    if (!maybe_sequence(p, out, &cap, &trailing)) p->mark = after;
    return !p->error;
}

static AstPattern *sequence_node(Parser *p, AstPatternSeq patterns, int start)
{
    AstPattern *pat = new_pattern(p, AST_PAT_MATCH_SEQUENCE, start);
    if (pat) pat->v.match_sequence.patterns = patterns;
    return pat;
}

/* group_pattern: '(' pattern ')'
 * sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
static AstPattern *bracket_pattern(Parser *p)
{
    int start = p->mark;
    AstPatternSeq seq = {0, NULL};
    int cap = 0;
    bool trailing;
    if (parser_expect(p, TOK_LSQB)) {
        if (!maybe_sequence(p, &seq, &cap, &trailing) && p->error) return NULL;
        if (parser_expect(p, TOK_RSQB)) return sequence_node(p, seq, start);
        p->mark = start;
        return NULL;
    }
    if (!parser_expect(p, TOK_LPAR)) return NULL;
    AstPattern *inner = pattern(p);
    if (inner && parser_expect(p, TOK_RPAR)) return inner;
    if (p->error) return NULL;
    p->mark = start + 1;
    if (!open_sequence(p, &seq) && p->error) return NULL;
    if (parser_expect(p, TOK_RPAR)) return sequence_node(p, seq, start);
    p->mark = start;
    return NULL;
}

/* ---- mapping and class patterns ----------------------------------------------------------------
 */

/* key_value_pattern: (literal_expr | attr) ':' pattern */
static KeyPattern *key_value_pattern(Parser *p)
{
    int mark = p->mark;
    AstExpr *key = literal_expr(p);
    if (!key && !p->error) {
        p->mark = mark;
        key = attr(p);
    }
    AstPattern *value = key && parser_expect(p, TOK_COLON) ? pattern(p) : NULL;
    if (!value) {
        p->mark = mark;
        return NULL;
    }
    KeyPattern *kp = PARSER_NEW(p, KeyPattern);
    if (kp) *kp = (KeyPattern){key, value};
    return kp;
}

/* keyword_pattern: NAME '=' pattern  (the key is returned as a Name) */
static KeyPattern *keyword_pattern(Parser *p)
{
    int mark = p->mark;
    Token *name = parser_expect(p, TOK_NAME);
    AstPattern *value = name && parser_expect(p, TOK_EQUAL) ? pattern(p) : NULL;
    AstExpr *key = value ? parser_name(p, name, AST_CTX_LOAD) : NULL;
    if (!key) {
        p->mark = mark;
        return NULL;
    }
    KeyPattern *kp = PARSER_NEW(p, KeyPattern);
    if (kp) *kp = (KeyPattern){key, value};
    return kp;
}

/* ','.item+ of key/pattern pairs, split into keys and patterns. */
static bool key_pattern_list(Parser *p, KeyPattern *(*item)(Parser *p), AstExprSeq *keys,
                             AstPatternSeq *patterns)
{
    int keys_cap = 0, patterns_cap = 0;
    *keys = (AstExprSeq){0, NULL};
    *patterns = (AstPatternSeq){0, NULL};
    for (;;) {
        int mark = p->mark;
        KeyPattern *kp = item(p);
        if (!kp) {
            if (p->error) return false;
            p->mark = keys->count ? mark - 1 : mark; /* give back the comma */
            break;
        }
        if (!push_expr(p, keys, &keys_cap, kp->key)) return false;
        if (!push_pattern(p, patterns, &patterns_cap, kp->pattern)) return false;
        if (!parser_expect(p, TOK_COMMA)) break;
    }
    return keys->count > 0 && !p->error;
}

/* double_star_pattern: '**' pattern_capture_target */
static const char *double_star_pattern(Parser *p)
{
    int mark = p->mark;
    if (!parser_expect(p, TOK_DOUBLESTAR)) return NULL;
    const char *name = capture_target(p);
    if (!name) p->mark = mark;
    return name;
}

/* mapping_pattern:
 *   '{' '}' | '{' double_star_pattern ','? '}'
 *   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}' */
static AstPattern *mapping_pattern(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_LBRACE)) return NULL;
    AstExprSeq keys = {0, NULL};
    AstPatternSeq patterns = {0, NULL};
    const char *rest = NULL;
    if (!parser_check(p, TOK_RBRACE)) {
        int mark = p->mark;
        if (!key_pattern_list(p, key_value_pattern, &keys, &patterns)) p->mark = mark;
        int before_rest = p->mark;
        if (keys.count == 0 || parser_expect(p, TOK_COMMA)) {
            rest = double_star_pattern(p);
            if (!rest) p->mark = before_rest;
        }
        if (keys.count == 0 && !rest) goto fail;
        parser_expect(p, TOK_COMMA);
    }
    if (p->error || !parser_expect(p, TOK_RBRACE)) goto fail;
    AstPattern *pat = new_pattern(p, AST_PAT_MATCH_MAPPING, start);
    if (!pat) return NULL;
    pat->v.match_mapping.keys = keys;
    pat->v.match_mapping.patterns = patterns;
    pat->v.match_mapping.rest = rest;
    return pat;
fail:
    p->mark = start;
    return NULL;
}

/* positional_patterns: ','.pattern+ (a trailing comma is left unconsumed) */
static bool positional_patterns(Parser *p, AstPatternSeq *out)
{
    int cap = 0;
    *out = (AstPatternSeq){0, NULL};
    for (;;) {
        int mark = p->mark;
        AstPattern *pat = pattern(p);
        if (!pat) {
            if (p->error) return false;
            p->mark = out->count ? mark - 1 : mark;
            break;
        }
        if (!push_pattern(p, out, &cap, pat)) return false;
        if (!parser_expect(p, TOK_COMMA)) break;
    }
    return out->count > 0 && !p->error;
}

/* invalid_class_pattern:
 *   name_or_attr '(' [positional_patterns ','] keyword_patterns ',' a=positional_patterns */
static void *invalid_class_pattern(Parser *p, int args_start)
{
    p->mark = args_start;
    AstPatternSeq positional, late;
    AstExprSeq keys;
    AstPatternSeq values;
    if (!(positional_patterns(p, &positional) && parser_expect(p, TOK_COMMA))) p->mark = args_start;
    if (!p->error && key_pattern_list(p, keyword_pattern, &keys, &values) &&
        parser_expect(p, TOK_COMMA) && positional_patterns(p, &late))
        return parser_raise_range(p, late.items[0]->pos, late.items[late.count - 1]->pos,
                                  "positional patterns follow keyword patterns");
    return NULL;
}

/* The arguments of a class pattern, up to and including ')':
 *   ')' | positional_patterns ','? ')' | keyword_patterns ','? ')'
 *   | positional_patterns ',' keyword_patterns ','? ')' */
static bool class_pattern_arguments(Parser *p, AstPatternSeq *positional, AstExprSeq *names,
                                    AstPatternSeq *values)
{
    *positional = *values = (AstPatternSeq){0, NULL};
    *names = (AstExprSeq){0, NULL};
    int mark = p->mark;
    if (!positional_patterns(p, positional)) p->mark = mark;
    mark = p->mark;
    bool comma_ok = positional->count == 0 || parser_expect(p, TOK_COMMA);
    if (!(comma_ok && key_pattern_list(p, keyword_pattern, names, values))) {
        p->mark = mark;
        *names = (AstExprSeq){0, NULL};
        *values = (AstPatternSeq){0, NULL};
    }
    if (p->error) return false;
    if (positional->count || names->count) parser_expect(p, TOK_COMMA);
    return parser_expect(p, TOK_RPAR) != NULL;
}

/* class_pattern: name_or_attr '(' <class_pattern_arguments> | invalid_class_pattern */
static AstPattern *class_pattern(Parser *p)
{
    int start = p->mark;
    AstExpr *cls = name_or_attr(p);
    if (!cls || !parser_expect(p, TOK_LPAR)) return NULL;
    int args_start = p->mark;
    AstPatternSeq positional, kwd_patterns;
    AstExprSeq kwd_names;
    if (!class_pattern_arguments(p, &positional, &kwd_names, &kwd_patterns)) {
        if (p->call_invalid_rules && !p->error) invalid_class_pattern(p, args_start);
        p->mark = start;
        return NULL;
    }
    AstIdentSeq kwd_attrs = {0, NULL};
    int cap = 0;
    for (int i = 0; i < kwd_names.count; i++)
        if (!push_ident(p, &kwd_attrs, &cap, kwd_names.items[i]->v.name.id)) return NULL;
    AstPattern *pat = new_pattern(p, AST_PAT_MATCH_CLASS, start);
    if (!pat) return NULL;
    pat->v.match_class.cls = cls;
    pat->v.match_class.patterns = positional;
    pat->v.match_class.kwd_attrs = kwd_attrs;
    pat->v.match_class.kwd_patterns = kwd_patterns;
    return pat;
}

/* ---- pattern, closed_pattern, or_pattern, as_pattern ------------------------------------------
 */

/* closed_pattern (memo): literal | capture | wildcard | value | group | sequence | mapping |
 * class */
static void *closed_pattern_body(Parser *p)
{
    int start = p->mark;
    AstPattern *pat = literal_pattern(p);
    if (pat || p->error) return pat;
    p->mark = start;
    pat = name_pattern(p);
    if (pat || p->error) return pat;
    p->mark = start;
    pat = bracket_pattern(p);
    if (pat || p->error) return pat;
    p->mark = start;
    pat = mapping_pattern(p);
    if (pat || p->error) return pat;
    p->mark = start;
    return class_pattern(p);
}

static AstPattern *closed_pattern(Parser *p)
{
    return parser_memoized(p, RULE_CLOSED_PATTERN, closed_pattern_body);
}

/* or_pattern: '|'.closed_pattern+ */
static AstPattern *or_pattern(Parser *p)
{
    int start = p->mark;
    AstPattern *first = closed_pattern(p);
    if (!first) return NULL;
    AstPatternSeq alts = {0, NULL};
    int cap = 0;
    for (;;) {
        int mark = p->mark;
        if (!parser_expect(p, TOK_VBAR)) break;
        AstPattern *next = closed_pattern(p);
        if (!next) {
            if (p->error) return NULL;
            p->mark = mark;
            break;
        }
        if (alts.count == 0 && !push_pattern(p, &alts, &cap, first)) return NULL;
        if (!push_pattern(p, &alts, &cap, next)) return NULL;
    }
    if (p->error) return NULL;
    if (alts.count == 0) return first;
    AstPattern *pat = new_pattern(p, AST_PAT_MATCH_OR, start);
    if (pat) pat->v.match_or.patterns = alts;
    return pat;
}

/* invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression */
static void *invalid_as_pattern(Parser *p)
{
    if (!or_pattern(p) || !parser_expect(p, TOK_AS)) return NULL;
    Token *underscore = parser_expect_soft(p, "_");
    if (underscore)
        return parser_raise_on(p, parser_token_pos(underscore), "cannot use '_' as a target");
    if (parser_check(p, TOK_NAME) || p->error) return NULL;
    AstExpr *e = parser_expression(p);
    return e ? parser_raise_on(p, e->pos, "invalid pattern target") : NULL;
}

/* pattern: as_pattern | or_pattern, where
 * as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
static void *pattern_body(Parser *p)
{
    int start = p->mark;
    AstPattern *inner = or_pattern(p);
    if (inner && parser_expect(p, TOK_AS)) {
        const char *name = capture_target(p);
        if (name) {
            AstPattern *pat = new_pattern(p, AST_PAT_MATCH_AS, start);
            if (!pat) return NULL;
            pat->v.match_as.pattern = inner;
            pat->v.match_as.name = name;
            return pat;
        }
    }
    if (p->error) return NULL;
    p->mark = start;
    if (p->call_invalid_rules && (invalid_as_pattern(p) || p->error)) return NULL;
    p->mark = start;
    return or_pattern(p);
}

static AstPattern *pattern(Parser *p)
{
    return parser_guarded(p, pattern_body);
}

/* patterns: open_sequence_pattern (as MatchSequence) | pattern */
static AstPattern *patterns(Parser *p)
{
    int start = p->mark;
    AstPatternSeq seq;
    if (open_sequence(p, &seq)) return sequence_node(p, seq, start);
    if (p->error) return NULL;
    p->mark = start;
    return pattern(p);
}

/* ---- match statement ----------------------------------------------------------------------- */

/* guard: 'if' named_expression; optional (false only on error) */
static bool optional_guard(Parser *p, AstExpr **guard)
{
    int mark = p->mark;
    *guard = NULL;
    if (parser_expect(p, TOK_IF)) *guard = parser_named_expression(p);
    if (!*guard) p->mark = mark;
    return !p->error;
}

/* invalid_case_block / invalid_match_stmt: after the head, NEWLINE -> "expected ':'", or
 * ':' NEWLINE !INDENT -> "expected an indented block after '<what>' statement on line N" */
static void *invalid_block_after(Parser *p, const Token *kw, const char *what)
{
    int after = p->mark;
    if (parser_expect(p, TOK_NEWLINE)) return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected ':'");
    p->mark = after;
    if (parser_expect(p, TOK_COLON) && parser_expect(p, TOK_NEWLINE) &&
        !parser_check(p, TOK_INDENT) && !p->error)
        return parser_raise(p, SYNTAX_ERROR_INDENTATION,
                            "expected an indented block after '%s' statement on line %d", what,
                            kw->lineno);
    return NULL;
}

/* case_block: invalid_case_block | "case" patterns guard? ':' block */
static AstMatchCase *case_block(Parser *p)
{
    int start = p->mark;
    AstPattern *pat;
    AstExpr *guard;
    if (p->call_invalid_rules) {
        Token *kw = parser_expect_soft(p, "case");
        if (kw && (pat = patterns(p)) && optional_guard(p, &guard) &&
            (invalid_block_after(p, kw, "case") || p->error))
            return NULL;
        if (p->error) return NULL;
        p->mark = start;
    }
    if (!parser_expect_soft(p, "case")) return NULL;
    AstStmtSeq body;
    pat = patterns(p);
    if (!pat || !optional_guard(p, &guard) || !parser_expect(p, TOK_COLON) ||
        !parser_block(p, &body))
        return NULL;
    AstMatchCase *c = PARSER_NEW(p, AstMatchCase);
    if (!c) return NULL;
    c->pattern = pat;
    c->guard = guard;
    c->body = body;
    return c;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static AstExpr *subject_expr(Parser *p)
{
    int start = p->mark;
    AstExpr *first = parser_star_named_expression(p);
    if (first && parser_expect(p, TOK_COMMA)) {
        AstExprSeq elts = {0, NULL}, rest = {0, NULL};
        int cap = 0, mark = p->mark;
        if (!parser_star_named_expressions(p, &rest)) p->mark = mark;
        if (p->error || !push_expr(p, &elts, &cap, first)) return NULL;
        for (int i = 0; i < rest.count; i++)
            if (!push_expr(p, &elts, &cap, rest.items[i])) return NULL;
        AstExpr *e = new_expr(p, AST_EXPR_TUPLE, start);
        if (!e) return NULL;
        e->v.tuple.elts = elts;
        e->v.tuple.ctx = AST_CTX_LOAD;
        return e;
    }
    if (p->error) return NULL;
    p->mark = start;
    return parser_named_expression(p);
}

/* match_stmt:
 *   "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
static void *match_stmt_body(Parser *p)
{
    int start = p->mark;
    Token *kw = parser_expect_soft(p, "match");
    if (!kw) return NULL;
    AstExpr *subject = subject_expr(p);
    if (subject && parser_expect(p, TOK_COLON) && parser_expect(p, TOK_NEWLINE) &&
        parser_expect(p, TOK_INDENT)) {
        AstMatchCaseSeq cases = {0, NULL};
        int cap = 0;
        AstMatchCase *c;
        while ((c = case_block(p)))
            if (!push_case(p, &cases, &cap, c)) return NULL;
        if (cases.count && !p->error && parser_expect(p, TOK_DEDENT)) {
            AstStmt *s = ast_stmt_new(p->arena, AST_STMT_MATCH, parser_extra(p, start));
            if (!s) return parser_no_memory(p);
            s->v.match.subject = subject;
            s->v.match.cases = cases;
            return s;
        }
    }
    if (p->error || !p->call_invalid_rules) return NULL;
    p->mark = start + 1;
    if (subject_expr(p)) invalid_block_after(p, kw, "match");
    return NULL;
}

AstStmt *parser_match_stmt(Parser *p)
{
    return parser_guarded(p, match_stmt_body);
}
