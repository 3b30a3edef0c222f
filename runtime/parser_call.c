/* parser_call.c — call arguments (`arguments`, `args`, `kwargs`) and their invalid_* rules.
 *
 * `args` returns a Call node whose func is unset: only its args/keywords and its position are
 * used (CPython builds the same placeholder with _PyPegen_dummy_name).
 */
#include "parser_internal.h"

/* Positional (including *starred) and keyword (including **) arguments in source order. */
typedef struct CallArgs {
    AstExprSeq args;
    int args_cap;
    AstKeywordSeq keywords;
    int keywords_cap;
} CallArgs;

static AstKeyword *new_keyword(Parser *p, const char *arg, AstExpr *value, int start)
{
    AstKeyword *k = PARSER_NEW(p, AstKeyword);
    if (!k) return NULL;
    k->pos = parser_extra(p, start);
    k->arg = arg;
    k->value = value;
    return k;
}

/* invalid_kwarg:
 *   a=('True'|'False'|'None') b='='
 *   a=NAME b='=' expression for_if_clauses
 *   !(NAME '=') a=expression b='=' */
static void *invalid_kwarg(Parser *p)
{
    int mark = p->mark;
    Token *a = parser_peek(p);
    if (!a) return NULL;
    if (a->kind == TOK_TRUE || a->kind == TOK_FALSE || a->kind == TOK_NONE) {
        p->mark++;
        Token *b = parser_expect(p, TOK_EQUAL);
        if (b)
            return parser_raise_range(p, parser_token_pos(a), parser_token_pos(b),
                                      "cannot assign to %s", lexer_token_name(a->kind));
        if (p->error) return NULL;
        p->mark = mark;
    }
    if (a->kind == TOK_NAME && parser_check_at(p, 1, TOK_EQUAL)) {
        p->mark += 2;
        AstComprehensionSeq clauses;
        if (parser_expression(p) && parser_for_if_clauses(p, &clauses))
            return parser_raise_range(p, parser_token_pos(a),
                                      parser_token_pos(parser_token(p, mark + 1)),
                                      "invalid syntax. Maybe you meant '==' or ':=' instead of "
                                      "'='?");
        p->mark = mark;
        return NULL; /* !(NAME '=') rules out the last alternative */
    }
    if (p->error) return NULL;
    AstExpr *e = parser_expression(p);
    Token *b = e ? parser_expect(p, TOK_EQUAL) : NULL;
    if (b)
        return parser_raise_range(p, e->pos, parser_token_pos(b),
                                  "expression cannot contain assignment, perhaps you meant "
                                  "\"==\"?");
    return NULL;
}

/* kwarg_or_starred / kwarg_or_double_starred:
 *   invalid_kwarg | NAME '=' expression | starred_expression (or '**' expression) */
static bool kwarg_item(Parser *p, CallArgs *out, bool double_starred)
{
    int start = p->mark;
    if (p->call_invalid_rules && (invalid_kwarg(p) || p->error)) return false;
    p->mark = start;
    Token *name = parser_expect(p, TOK_NAME);
    if (name && parser_expect(p, TOK_EQUAL)) {
        AstExpr *value = parser_expression(p);
        if (value) {
            const char *arg = parser_identifier(p, name);
            AstKeyword *k = arg ? new_keyword(p, arg, value, start) : NULL;
            return k && push_keyword(p, &out->keywords, &out->keywords_cap, k);
        }
    }
    if (p->error) return false;
    p->mark = start;
    if (double_starred) {
        if (!parser_expect(p, TOK_DOUBLESTAR)) return false;
        AstExpr *value = parser_expression(p);
        AstKeyword *k = value ? new_keyword(p, NULL, value, start) : NULL;
        return k && push_keyword(p, &out->keywords, &out->keywords_cap, k);
    }
    AstExpr *starred = parser_starred_expression(p);
    return starred && push_expr(p, &out->args, &out->args_cap, starred);
}

/* ','.item+ over kwarg_item; true when at least one item matched. */
static bool kwarg_list(Parser *p, CallArgs *out, bool double_starred)
{
    int mark = p->mark;
    if (!kwarg_item(p, out, double_starred)) {
        p->mark = mark;
        return false;
    }
    for (;;) {
        mark = p->mark;
        if (!parser_expect(p, TOK_COMMA) || !kwarg_item(p, out, double_starred)) {
            p->mark = mark;
            break;
        }
    }
    return !p->error;
}

/* kwargs:
 *   ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *   | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+ */
static bool kwargs(Parser *p, CallArgs *out)
{
    int start = p->mark;
    CallArgs saved = *out;
    if (kwarg_list(p, out, false)) {
        int mark = p->mark;
        CallArgs after_starred = *out;
        if (parser_expect(p, TOK_COMMA) && kwarg_list(p, out, true)) return true;
        if (p->error) return false;
        p->mark = mark;
        *out = after_starred;
        return true;
    }
    if (p->error) return false;
    p->mark = start;
    *out = saved;
    return kwarg_list(p, out, true);
}

/* starred_expression | (assignment_expression | expression !':=') !'=' */
static AstExpr *positional_arg(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = parser_starred_expression(p);
    if (e || p->error) return e;
    p->mark = mark;
    e = parser_assignment_expression(p);
    if (!e && !p->error) {
        p->mark = mark;
        e = parser_expression(p);
        if (e && parser_check(p, TOK_COLONEQUAL)) e = NULL;
    }
    if (e && !parser_check(p, TOK_EQUAL) && !p->error) return e;
    p->mark = mark;
    return NULL;
}

static AstExpr *call_args_node(Parser *p, const CallArgs *ca, int start)
{
    AstExpr *e = ast_expr_new(p->arena, AST_EXPR_CALL, parser_extra(p, start));
    if (!e) return parser_no_memory(p);
    e->v.call.args = ca->args;
    e->v.call.keywords = ca->keywords;
    return e;
}

/* ','.positional_arg+ appended to ca->args; false when none matched. */
static bool positional_args(Parser *p, CallArgs *ca)
{
    AstExpr *first = positional_arg(p);
    if (!first || !push_expr(p, &ca->args, &ca->args_cap, first)) return false;
    for (;;) {
        int mark = p->mark;
        AstExpr *next = parser_expect(p, TOK_COMMA) ? positional_arg(p) : NULL;
        if (!next) {
            if (p->error) return false;
            p->mark = mark;
            return true;
        }
        if (!push_expr(p, &ca->args, &ca->args_cap, next)) return false;
    }
}

/* args:
 *   ','.positional_arg+ [',' kwargs]   (starred kwargs entries join the positional args)
 *   | kwargs */
static void *args_body(Parser *p)
{
    int start = p->mark;
    CallArgs ca = {{0, NULL}, 0, {0, NULL}, 0};
    if (positional_args(p, &ca)) {
        int mark = p->mark;
        CallArgs saved = ca;
        if (!(parser_expect(p, TOK_COMMA) && kwargs(p, &ca))) {
            if (p->error) return NULL;
            p->mark = mark;
            ca = saved;
        }
        return call_args_node(p, &ca, start);
    }
    if (p->error) return NULL;
    p->mark = start;
    ca = (CallArgs){{0, NULL}, 0, {0, NULL}, 0};
    return kwargs(p, &ca) ? call_args_node(p, &ca, start) : NULL;
}

AstExpr *parser_args(Parser *p)
{
    return parser_guarded(p, args_body);
}

/* _PyPegen_arguments_parsing_error */
static void *arguments_parsing_error(Parser *p, const AstExpr *call)
{
    bool keyword_unpacking = false;
    for (int i = 0; i < call->v.call.keywords.count; i++)
        if (!call->v.call.keywords.items[i]->arg) keyword_unpacking = true;
    return parser_raise(p, SYNTAX_ERROR_SYNTAX,
                        keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
}

/* invalid_arguments, first alternative (as CPython 3.11.7 has it):
 *   ((','.positional_arg+ ',' kwargs) | kwargs) ',' a='*'
 * -> "iterable argument unpacking follows keyword argument unpacking" at the '*' */
static void *keyword_then_star(Parser *p, int mark)
{
    CallArgs ca = {{0, NULL}, 0, {0, NULL}, 0};
    bool matched = positional_args(p, &ca) && parser_expect(p, TOK_COMMA) && kwargs(p, &ca);
    if (!matched) {
        if (p->error) return NULL;
        p->mark = mark;
        ca = (CallArgs){{0, NULL}, 0, {0, NULL}, 0};
        matched = kwargs(p, &ca);
    }
    Token *star = matched && parser_expect(p, TOK_COMMA) ? parser_expect(p, TOK_STAR) : NULL;
    if (!star) return NULL;
    return parser_raise_on(p, parser_token_pos(star),
                           "iterable argument unpacking follows keyword argument unpacking");
}

/* invalid_arguments, alternatives 1-3. */
static void *invalid_arguments_head(Parser *p, int mark)
{
    if (keyword_then_star(p, mark) || p->error) return NULL;
    p->mark = mark;
    AstComprehensionSeq clauses;
    AstExpr *a = parser_expression(p);
    if (a && parser_for_if_clauses(p, &clauses) && parser_expect(p, TOK_COMMA)) {
        int after = p->mark;
        if (!parser_args(p) && !p->error) {
            p->mark = after;
            AstComprehensionSeq more;
            if (!(parser_expression(p) && parser_for_if_clauses(p, &more))) p->mark = after;
        }
        if (p->error) return NULL;
        return parser_raise_range(p, a->pos, parser_last_comprehension_item(&clauses)->pos,
                                  "Generator expression must be parenthesized");
    }
    if (p->error) return NULL;
    p->mark = mark;
    Token *name = parser_expect(p, TOK_NAME);
    Token *eq = name ? parser_expect(p, TOK_EQUAL) : NULL;
    if (eq && parser_expression(p) && parser_for_if_clauses(p, &clauses))
        return parser_raise_range(p, parser_token_pos(name), parser_token_pos(eq),
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return NULL;
}

/* invalid_arguments:
 *   a=args ',' '*'
 *   a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
 *   a=NAME b='=' expression for_if_clauses
 *   a=args b=for_if_clauses        (a bare generator among other arguments)
 *   args ',' a=expression b=for_if_clauses
 *   a=args ',' args                (positional after keyword arguments) */
static void *invalid_arguments(Parser *p)
{
    int mark = p->mark;
    if (invalid_arguments_head(p, mark) || p->error) return NULL;
    p->mark = mark;
    AstComprehensionSeq clauses;
    AstExpr *a = parser_args(p);
    if (a && parser_for_if_clauses(p, &clauses)) {
        int n = a->v.call.args.count;
        if (n <= 1) return NULL;
        return parser_raise_range(p, a->v.call.args.items[n - 1]->pos,
                                  parser_last_comprehension_item(&clauses)->pos,
                                  "Generator expression must be parenthesized");
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (parser_args(p) && parser_expect(p, TOK_COMMA)) {
        AstExpr *e = parser_expression(p);
        if (e && parser_for_if_clauses(p, &clauses))
            return parser_raise_range(p, e->pos, parser_last_comprehension_item(&clauses)->pos,
                                      "Generator expression must be parenthesized");
    }
    if (p->error) return NULL;
    p->mark = mark;
    a = parser_args(p);
    if (a && parser_expect(p, TOK_COMMA) && parser_args(p)) return arguments_parsing_error(p, a);
    return NULL;
}

/* arguments (memo): args [','] &')' | invalid_arguments */
static void *arguments_body(Parser *p)
{
    int mark = p->mark;
    AstExpr *a = parser_args(p);
    if (a) {
        parser_expect(p, TOK_COMMA);
        if (parser_check(p, TOK_RPAR)) return a;
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (p->call_invalid_rules) invalid_arguments(p);
    return NULL;
}

AstExpr *parser_arguments(Parser *p)
{
    return parser_memoized(p, RULE_ARGUMENTS, arguments_body);
}
