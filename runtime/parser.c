/* parser.c — parser entry points and shared machinery: token fetching, memoisation, the depth
 * bound, error raising with CPython's locations, and the two-pass error strategy of CPython's
 * _PyPegen_run_parser. The grammar rules live in parser_stmt.c, parser_expr.c,
 * parser_target.c, parser_params.c, parser_pattern.c and parser_string.c.
 */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"

struct Memo {
    ParserRule rule;
    int end_mark;
    void *result;
    Memo *next;
};

/* ---- setup --------------------------------------------------------------------------------- */

void parser_setup(Parser *p, Arena *arena, const char *src, size_t len, SyntaxErrorInfo *err)
{
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->mem = arena->mem;
    p->src = src;
    p->src_len = len;
    p->err = err;
    arena_init(&p->scratch, p->mem);
    lexer_init(&p->lexer, src, len);
}

void parser_free(Parser *p)
{
    for (int i = 0; i < p->block_count; i++)
        mem_free(p->mem, p->blocks[i], PARSER_TOKEN_BLOCK * sizeof *p->blocks[i]);
    if (p->blocks) mem_free(p->mem, p->blocks, (size_t)p->block_cap * sizeof *p->blocks);
    p->blocks = NULL;
    p->block_count = p->block_cap = p->fill = 0;
    arena_free_all(&p->scratch);
}

void *parser_alloc(Parser *p, size_t size)
{
    void *block = arena_calloc(p->arena, size);
    if (!block) parser_no_memory(p);
    return block;
}

void *parser_seq_grow(Parser *p, void *items, int count, int *cap, size_t elem_size)
{
    int new_cap = *cap ? *cap * 2 : 4;
    size_t bytes;
    if (new_cap < 0 || !mem_size_mul((size_t)new_cap, elem_size, &bytes))
        return parser_no_memory(p);
    void *grown = arena_alloc(p->arena, bytes);
    if (!grown) return parser_no_memory(p);
    if (count) memcpy(grown, items, (size_t)count * elem_size);
    *cap = new_cap;
    return grown;
}

/* ---- errors -------------------------------------------------------------------------------- */

void *parser_no_memory(Parser *p)
{
    if (p->error && p->err->kind == SYNTAX_ERROR_NO_MEMORY) return NULL;
    p->error = true;
    p->err->kind = SYNTAX_ERROR_NO_MEMORY;
    snprintf(p->err->message, sizeof p->err->message, "out of memory");
    p->err->lineno = p->err->end_lineno = 0;
    p->err->col_offset = p->err->end_col_offset = -1;
    return NULL;
}

/* CPython's _PyPegen_raise_error_known_location: offsets are 1-based (CPython's). In an f-string
 * child parser the message gains "f-string: " and columns become relative to the '{'. */
static void raise_va(Parser *p, SyntaxErrorKind kind, int lineno, int offset, int end_lineno,
                     int end_offset, const char *fmt, va_list ap)
{
    SyntaxErrorInfo *err = p->err;
    p->error = true;
    err->kind = kind;
    size_t used = 0;
    if (p->fstring) {
        /* CPython shifts the tokens of the field's first line by starting_col_offset and
         * subtracts it from every error column: first-line columns end up relative to the '{',
         * later lines relative to starting_col_offset. */
        used = (size_t)snprintf(err->message, sizeof err->message, "f-string: ");
        offset -= lineno == p->fstring_brace_line ? p->fstring_brace_col : p->fstring_col;
        end_offset -= end_lineno == p->fstring_brace_line ? p->fstring_brace_col : p->fstring_col;
    }
    vsnprintf(err->message + used, sizeof err->message - used, fmt, ap);
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->col_offset = offset - 1;
    err->end_col_offset = end_offset - 1;
}

void *parser_raise_at(Parser *p, SyntaxErrorKind kind, int lineno, int offset, int end_lineno,
                      int end_offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, kind, lineno, offset, end_lineno, end_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

/* RAISE_SYNTAX_ERROR: located at the last token fetched. */
void *parser_raise(Parser *p, SyntaxErrorKind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (p->fill == 0) {
        raise_va(p, kind, 0, 0, 0, 0, fmt, ap);
    } else {
        const Token *t = parser_token(p, p->fill - 1);
        int offset = t->col_offset == -1 ? lexer_cur_col(&p->lexer) : t->col_offset + 1;
        int end_offset = t->end_col_offset != -1 ? t->end_col_offset + 1 : -1;
        raise_va(p, kind, t->lineno, offset, t->end_lineno, end_offset, fmt, ap);
    }
    va_end(ap);
    return NULL;
}

void *parser_raise_on(Parser *p, AstPos where, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, SYNTAX_ERROR_SYNTAX, where.lineno, where.col_offset + 1, where.end_lineno,
             where.end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_range(Parser *p, AstPos from, AstPos to, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, SYNTAX_ERROR_SYNTAX, from.lineno, from.col_offset + 1, to.end_lineno,
             to.end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* RAISE_SYNTAX_ERROR_STARTING_FROM: the end is the tokenizer's current position. */
void *parser_raise_from(Parser *p, AstPos from, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, SYNTAX_ERROR_SYNTAX, from.lineno, from.col_offset + 1, p->lexer.lineno,
             lexer_cur_col(&p->lexer), fmt, ap);
    va_end(ap);
    return NULL;
}

/* Copies a lexer error; in an f-string child, columns on the line of the '{' are made relative
 * to it (CPython lexes the replacement field as a separate string). */
static void take_lexer_error(Parser *p)
{
    *p->err = p->lexer.error;
    p->error = true;
    if (p->fstring && p->err->lineno == p->fstring_brace_line) {
        p->err->col_offset -= p->fstring_brace_col;
        if (p->err->end_col_offset >= 0) p->err->end_col_offset -= p->fstring_brace_col;
    }
}

/* ---- tokens -------------------------------------------------------------------------------- */

/* Makes room for token p->fill: adds a block when the last one is full. */
static bool reserve_token(Parser *p)
{
    if (p->fill < p->block_count * PARSER_TOKEN_BLOCK) return true;
    if (p->block_count == p->block_cap) {
        int new_cap = p->block_cap ? p->block_cap * 2 : 8;
        ParserToken **grown =
            mem_realloc(p->mem, p->blocks, (size_t)p->block_cap * sizeof *p->blocks,
                        (size_t)new_cap * sizeof *p->blocks);
        if (!grown) return false;
        p->blocks = grown;
        p->block_cap = new_cap;
    }
    ParserToken *block = mem_alloc(p->mem, PARSER_TOKEN_BLOCK * sizeof *block);
    if (!block) return false;
    p->blocks[p->block_count++] = block;
    return true;
}

static bool fill_token(Parser *p)
{
    if (!reserve_token(p)) {
        parser_no_memory(p);
        return false;
    }
    ParserToken *slot = parser_slot(p, p->fill++);
    slot->memo = NULL;
    if (!lexer_next(&p->lexer, &slot->tok)) {
        take_lexer_error(p);
        return false;
    }
    return true;
}

Token *parser_peek(Parser *p)
{
    if (p->error) return NULL;
    if (p->mark == p->fill && !fill_token(p)) return NULL;
    return parser_token(p, p->mark);
}

TokenKind parser_peek_kind(Parser *p)
{
    Token *t = parser_peek(p);
    return t ? t->kind : TOK_ERRORTOKEN;
}

bool parser_check_at(Parser *p, int ahead, TokenKind kind)
{
    if (p->error) return false;
    while (p->mark + ahead >= p->fill)
        if (!fill_token(p)) return false;
    return parser_token(p, p->mark + ahead)->kind == kind;
}

Token *parser_expect(Parser *p, TokenKind kind)
{
    Token *t = parser_peek(p);
    if (!t || t->kind != kind) return NULL;
    p->mark++;
    return t;
}

bool parser_check_soft(Parser *p, const char *word)
{
    Token *t = parser_peek(p);
    size_t n = strlen(word);
    return t && t->kind == TOK_NAME && t->end - t->start == n &&
           memcmp(p->src + t->start, word, n) == 0;
}

Token *parser_expect_soft(Parser *p, const char *keyword)
{
    if (!parser_check_soft(p, keyword)) return NULL;
    return parser_token(p, p->mark++);
}

Token *parser_expect_forced(Parser *p, TokenKind kind, const char *text)
{
    Token *t = parser_peek(p);
    if (!t) return NULL;
    if (t->kind != kind)
        return parser_raise_at(p, SYNTAX_ERROR_SYNTAX, t->lineno, t->col_offset + 1, t->end_lineno,
                               t->end_col_offset + 1, "expected '%s'", text);
    p->mark++;
    return t;
}

static bool is_whitespace_token(TokenKind kind)
{
    return kind == TOK_ENDMARKER || kind == TOK_NEWLINE || kind == TOK_INDENT || kind == TOK_DEDENT;
}

Token *parser_last_nonwhitespace(Parser *p)
{
    int m = p->mark - 1;
    while (m > 0 && is_whitespace_token(parser_token(p, m)->kind)) m--;
    return m >= 0 ? parser_token(p, m) : NULL;
}

/* ---- positions ----------------------------------------------------------------------------- */

AstPos parser_token_pos(const Token *t)
{
    return (AstPos){t->lineno, t->col_offset, t->end_lineno, t->end_col_offset};
}

AstPos parser_span(AstPos from, AstPos to)
{
    return (AstPos){from.lineno, from.col_offset, to.end_lineno, to.end_col_offset};
}

AstPos parser_extra(Parser *p, int start_mark)
{
    const Token *first = parser_token(p, start_mark);
    const Token *last = parser_last_nonwhitespace(p);
    if (!last) last = first;
    return (AstPos){first->lineno, first->col_offset, last->end_lineno, last->end_col_offset};
}

/* ---- depth and memo -------------------------------------------------------------------------- */

bool parser_enter(Parser *p)
{
    if (p->error) return false;
    if (++p->depth > PARSER_MAX_DEPTH) {
        p->depth--;
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "too many nested expressions");
        return false;
    }
    return true;
}

bool parser_memo_get(Parser *p, ParserRule rule, void **out)
{
    if (!parser_peek(p)) return false;
    for (Memo *m = parser_slot(p, p->mark)->memo; m; m = m->next) {
        if (m->rule == rule) {
            *out = m->result;
            p->mark = m->end_mark;
            return true;
        }
    }
    return false;
}

bool parser_memo_put(Parser *p, int start_mark, ParserRule rule, void *result)
{
    if (p->error) return false;
    Memo *m = arena_alloc(&p->scratch, sizeof *m);
    if (!m) {
        parser_no_memory(p);
        return false;
    }
    m->rule = rule;
    m->end_mark = p->mark;
    m->result = result;
    m->next = parser_slot(p, start_mark)->memo;
    parser_slot(p, start_mark)->memo = m;
    return true;
}

void *parser_guarded(Parser *p, void *(*body)(Parser *p))
{
    if (!parser_enter(p)) return NULL;
    int start = p->mark;
    void *result = body(p);
    p->depth--;
    if (p->error) return NULL;
    if (!result) p->mark = start;
    return result;
}

void *parser_memoized(Parser *p, ParserRule rule, void *(*body)(Parser *p))
{
    void *result;
    if (parser_memo_get(p, rule, &result)) return result;
    if (p->error || !parser_enter(p)) return NULL;
    int start = p->mark;
    result = body(p);
    p->depth--;
    if (p->error) return NULL;
    if (!result) p->mark = start;
    if (!parser_memo_put(p, start, rule, result)) return NULL;
    return result;
}

/* ---- the two-pass driver --------------------------------------------------------------------- */

static void reset_for_error_pass(Parser *p)
{
    for (int i = 0; i < p->fill; i++) parser_slot(p, i)->memo = NULL;
    p->mark = 0;
    p->depth = p->base_depth;
    p->call_invalid_rules = true;
}

/* CPython's _PyPegen_tokenize_full_source_to_check_for_errors: a later tokenizer error, or an
 * earlier unclosed bracket, replaces a parser error. */
static void check_rest_of_source(Parser *p)
{
    if (p->fill == 0) return;
    int err_line = parser_token(p, p->fill - 1)->lineno;
    Token tok;
    for (;;) {
        if (!lexer_next(&p->lexer, &tok)) break;
        if (tok.kind == TOK_ENDMARKER) return;
    }
    Lexer *lx = &p->lexer;
    if (lx->error_overrides) {
        take_lexer_error(p);
    } else if (lx->level != 0 && lx->parenlinenostack[lx->level - 1] < err_line) {
        int top = lx->level - 1;
        parser_raise_at(p, SYNTAX_ERROR_SYNTAX, lx->parenlinenostack[top],
                        lx->parencolstack[top] + 1, lx->parenlinenostack[top], 0,
                        "'%c' was never closed", lx->parenstack[top]);
    }
}

/* CPython's _Pypegen_set_syntax_error, after both passes failed. */
static void set_syntax_error(Parser *p, const Token *last_token)
{
    if (p->error) {
        if (p->err->kind != SYNTAX_ERROR_NO_MEMORY && !p->lexer.failed) check_rest_of_source(p);
        return;
    }
    if (last_token->kind == TOK_INDENT || last_token->kind == TOK_DEDENT) {
        parser_raise(p, SYNTAX_ERROR_INDENTATION,
                     last_token->kind == TOK_INDENT ? "unexpected indent" : "unexpected unindent");
        return;
    }
    parser_raise_at(p, SYNTAX_ERROR_SYNTAX, last_token->lineno, last_token->col_offset + 1,
                    last_token->end_lineno, last_token->end_col_offset + 1, "invalid syntax");
    check_rest_of_source(p);
}

void *parser_run(Parser *p, void *(*rule)(Parser *p))
{
    void *result = rule(p);
    if (result) return result;
    if (p->error && p->err->kind == SYNTAX_ERROR_NO_MEMORY) return NULL;
    if (p->fill == 0) {
        parser_raise(p, SYNTAX_ERROR_SYNTAX, "error at start before reading any input");
        return NULL;
    }
    Token last_token = *parser_token(p, p->fill - 1);
    if (!p->error) {
        reset_for_error_pass(p);
        (void)rule(p);
    }
    if (p->error && p->err->kind == SYNTAX_ERROR_NO_MEMORY) return NULL;
    set_syntax_error(p, &last_token);
    return NULL;
}

/* ---- node helpers ------------------------------------------------------------------------ */

AstExpr *parser_name(Parser *p, Token *t, AstExprContext ctx)
{
    const char *id = parser_identifier(p, t);
    if (!id) return NULL;
    AstExpr *e = ast_expr_new(p->arena, AST_EXPR_NAME, parser_token_pos(t));
    if (!e) return parser_no_memory(p);
    e->v.name.id = id;
    e->v.name.ctx = ctx;
    return e;
}

AstExpr *parser_constant(Parser *p, AstConstKind kind, AstPos pos)
{
    AstExpr *e = ast_expr_new(p->arena, AST_EXPR_CONSTANT, pos);
    if (!e) return parser_no_memory(p);
    e->v.constant.kind = kind;
    return e;
}

static AstExpr *copy_expr(Parser *p, const AstExpr *e)
{
    AstExpr *copy = PARSER_NEW(p, AstExpr);
    if (copy) *copy = *e;
    return copy;
}

static bool set_context_seq(Parser *p, AstExprSeq *seq, AstExprContext ctx)
{
    AstExprSeq out = {0, NULL};
    int cap = 0;
    for (int i = 0; i < seq->count; i++) {
        AstExpr *item = parser_set_context(p, seq->items[i], ctx);
        if (!item || !push_expr(p, &out, &cap, item)) return false;
    }
    *seq = out;
    return true;
}

AstExpr *parser_set_context(Parser *p, AstExpr *e, AstExprContext ctx)
{
    AstExpr *copy;
    switch (e->kind) {
    case AST_EXPR_NAME:
    case AST_EXPR_ATTRIBUTE:
    case AST_EXPR_SUBSCRIPT:
        copy = copy_expr(p, e);
        if (!copy) return NULL;
        if (e->kind == AST_EXPR_NAME)
            copy->v.name.ctx = ctx;
        else if (e->kind == AST_EXPR_ATTRIBUTE)
            copy->v.attribute.ctx = ctx;
        else
            copy->v.subscript.ctx = ctx;
        return copy;
    case AST_EXPR_STARRED:
        copy = copy_expr(p, e);
        if (!copy) return NULL;
        copy->v.starred.ctx = ctx;
        copy->v.starred.value = parser_set_context(p, e->v.starred.value, ctx);
        return copy->v.starred.value ? copy : NULL;
    case AST_EXPR_LIST:
    case AST_EXPR_TUPLE:
        copy = copy_expr(p, e);
        if (!copy) return NULL;
        copy->v.list.ctx = ctx;
        return set_context_seq(p, &copy->v.list.elts, ctx) ? copy : NULL;
    default:
        return e;
    }
}

const char *parser_expr_name(const AstExpr *e)
{
    switch (e->kind) {
    case AST_EXPR_ATTRIBUTE:
        return "attribute";
    case AST_EXPR_SUBSCRIPT:
        return "subscript";
    case AST_EXPR_STARRED:
        return "starred";
    case AST_EXPR_NAME:
        return "name";
    case AST_EXPR_LIST:
        return "list";
    case AST_EXPR_TUPLE:
        return "tuple";
    case AST_EXPR_LAMBDA:
        return "lambda";
    case AST_EXPR_CALL:
        return "function call";
    case AST_EXPR_BOOL_OP:
    case AST_EXPR_BIN_OP:
    case AST_EXPR_UNARY_OP:
        return "expression";
    case AST_EXPR_GENERATOR_EXP:
        return "generator expression";
    case AST_EXPR_YIELD:
    case AST_EXPR_YIELD_FROM:
        return "yield expression";
    case AST_EXPR_AWAIT:
        return "await expression";
    case AST_EXPR_LIST_COMP:
        return "list comprehension";
    case AST_EXPR_SET_COMP:
        return "set comprehension";
    case AST_EXPR_DICT_COMP:
        return "dict comprehension";
    case AST_EXPR_DICT:
        return "dict literal";
    case AST_EXPR_SET:
        return "set display";
    case AST_EXPR_JOINED_STR:
    case AST_EXPR_FORMATTED_VALUE:
        return "f-string expression";
    case AST_EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case AST_CONST_NONE:
            return "None";
        case AST_CONST_FALSE:
            return "False";
        case AST_CONST_TRUE:
            return "True";
        case AST_CONST_ELLIPSIS:
            return "ellipsis";
        default:
            return "literal";
        }
    case AST_EXPR_COMPARE:
        return "comparison";
    case AST_EXPR_IF_EXP:
        return "conditional expression";
    case AST_EXPR_NAMED_EXPR:
        return "named expression";
    default:
        return "expression";
    }
}

/* CPython's _PyPegen_get_invalid_target. */
static AstExpr *invalid_target(AstExpr *e, TargetsType type)
{
    if (!e) return NULL;
    switch (e->kind) {
    case AST_EXPR_LIST:
    case AST_EXPR_TUPLE:
        for (int i = 0; i < e->v.list.elts.count; i++) {
            AstExpr *child = invalid_target(e->v.list.elts.items[i], type);
            if (child) return child;
        }
        return NULL;
    case AST_EXPR_STARRED:
        if (type == DEL_TARGETS) return e;
        return invalid_target(e->v.starred.value, type);
    case AST_EXPR_COMPARE:
        /* `for a in b` parses `a in b` as a comparison: look at its left side */
        if (type == FOR_TARGETS) {
            if (e->v.compare.ops.items[0] == AST_CMP_IN)
                return invalid_target(e->v.compare.left, type);
            return NULL;
        }
        return e;
    case AST_EXPR_NAME:
    case AST_EXPR_SUBSCRIPT:
    case AST_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

void *parser_raise_invalid_target(Parser *p, TargetsType type, AstExpr *e)
{
    AstExpr *target = invalid_target(e, type);
    if (!target) return NULL;
    const char *fmt = type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
    return parser_raise_on(p, target->pos, fmt, parser_expr_name(target));
}

bool parser_is_legacy_stmt(const AstExpr *e)
{
    return e->kind == AST_EXPR_NAME &&
           (strcmp(e->v.name.id, "print") == 0 || strcmp(e->v.name.id, "exec") == 0);
}

/* ---- start rules ----------------------------------------------------------------------------- */

/* file: [statements] ENDMARKER */
static void *file_rule(Parser *p)
{
    int mark = p->mark;
    AstStmtSeq body = {0, NULL};
    if (!parser_statements(p, &body)) {
        if (p->error) return NULL;
        p->mark = mark;
    }
    if (!parser_expect(p, TOK_ENDMARKER)) return NULL;
    AstModule *mod = PARSER_NEW(p, AstModule);
    if (!mod) return NULL;
    mod->kind = AST_MODULE;
    mod->body = body;
    return mod;
}

/* eval: expressions NEWLINE* ENDMARKER */
static void *eval_rule(Parser *p)
{
    AstExpr *e = parser_expressions(p);
    if (!e) return NULL;
    while (parser_expect(p, TOK_NEWLINE)) {
    }
    if (!parser_expect(p, TOK_ENDMARKER)) return NULL;
    AstModule *mod = PARSER_NEW(p, AstModule);
    if (!mod) return NULL;
    mod->kind = AST_EXPRESSION;
    mod->expr = e;
    return mod;
}

static bool parse_with(Arena *arena, const char *src, size_t len, void *(*rule)(Parser *),
                       AstModule **out, SyntaxErrorInfo *err)
{
    memset(err, 0, sizeof *err);
    *out = NULL;
    LexerSource source;
    if (!lexer_prepare_source(arena, src, len, &source, err)) return false;
    Parser p;
    parser_setup(&p, arena, source.text, source.len, err);
    *out = parser_run(&p, rule);
    parser_free(&p);
    return *out != NULL;
}

bool parse_module(Arena *arena, const char *src, size_t len, AstModule **out, SyntaxErrorInfo *err)
{
    return parse_with(arena, src, len, file_rule, out, err);
}

bool parse_eval(Arena *arena, const char *src, size_t len, AstModule **out, SyntaxErrorInfo *err)
{
    return parse_with(arena, src, len, eval_rule, out, err);
}
