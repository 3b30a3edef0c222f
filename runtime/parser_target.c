/* parser_target.c — assignment and deletion targets (CPython 3.11 grammar, "Assignment
 * targets"): star_targets, single_target, del_targets and the t_primary chain they share.
 *
 * t_primary is a primary that is *followed* by a trailer ('(' '[' '.'); the target rules then
 * require the final attribute or subscript to be the last trailer (!t_lookahead), which is how
 * `a.b[c] = v` stores into a subscript while `a.b[c]() = v` is rejected.
 */
#include "parser_internal.h"

static AstExpr *new_expr(Parser *p, AstExprKind kind, AstPos pos)
{
    AstExpr *e = ast_expr_new(p->arena, kind, pos);
    if (!e) parser_no_memory(p);
    return e;
}

/* t_lookahead: '(' | '[' | '.' */
static bool t_lookahead(Parser *p)
{
    TokenKind k = parser_peek_kind(p);
    return k == TOK_LPAR || k == TOK_LSQB || k == TOK_DOT;
}

static AstExpr *attribute_node(Parser *p, AstExpr *value, Token *name, AstExprContext ctx,
                               int start)
{
    const char *attr = parser_identifier(p, name);
    AstExpr *e = attr ? new_expr(p, AST_EXPR_ATTRIBUTE, parser_extra(p, start)) : NULL;
    if (!e) return NULL;
    e->v.attribute.value = value;
    e->v.attribute.attr = attr;
    e->v.attribute.ctx = ctx;
    return e;
}

static AstExpr *subscript_node(Parser *p, AstExpr *value, AstExpr *slice, AstExprContext ctx,
                               int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_SUBSCRIPT, parser_extra(p, start));
    if (!e) return NULL;
    e->v.subscript.value = value;
    e->v.subscript.slice = slice;
    e->v.subscript.ctx = ctx;
    return e;
}

/* One growth step of t_primary after `e`, in CPython's order — '.' NAME, '[' slices ']',
 * genexp (tried whatever the next token, as in `primary`), '(' [arguments] ')' — each followed
 * by t_lookahead. */
static AstExpr *t_primary_step(Parser *p, AstExpr *e, int start)
{
    int mark = p->mark;
    AstExpr *grown = NULL;
    if (parser_expect(p, TOK_DOT)) {
        Token *name = parser_expect(p, TOK_NAME);
        if (name && t_lookahead(p)) grown = attribute_node(p, e, name, AST_CTX_LOAD, start);
    } else if (parser_expect(p, TOK_LSQB)) {
        AstExpr *slice = parser_slices(p);
        if (slice && parser_expect(p, TOK_RSQB) && t_lookahead(p))
            grown = subscript_node(p, e, slice, AST_CTX_LOAD, start);
    }
    if (grown || p->error) return grown;
    p->mark = mark;
    AstExpr *genexp = parser_genexp(p);
    if (genexp && t_lookahead(p)) {
        grown = new_expr(p, AST_EXPR_CALL, parser_extra(p, start));
        int cap = 0;
        if (grown) grown->v.call.func = e;
        if (grown && !push_expr(p, &grown->v.call.args, &cap, genexp)) return NULL;
        return grown;
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (parser_expect(p, TOK_LPAR)) {
        AstExpr *arguments = parser_arguments(p);
        if (!arguments) p->mark = mark + 1;
        if (!p->error && parser_expect(p, TOK_RPAR) && t_lookahead(p)) {
            grown = new_expr(p, AST_EXPR_CALL, parser_extra(p, start));
            if (!grown) return NULL;
            grown->v.call.func = e;
            if (arguments) {
                grown->v.call.args = arguments->v.call.args;
                grown->v.call.keywords = arguments->v.call.keywords;
            }
        }
    }
    if (!grown) p->mark = mark;
    return p->error ? NULL : grown;
}

/* t_primary (left-recursive, memoised): seeded by `atom &t_lookahead` */
static void *t_primary_body(Parser *p)
{
    int start = p->mark;
    AstExpr *e = parser_atom(p);
    if (!e || !t_lookahead(p)) return NULL;
    for (;;) {
        AstExpr *grown = t_primary_step(p, e, start);
        if (!grown) break;
        e = grown;
    }
    return p->error ? NULL : e;
}

AstExpr *parser_t_primary(Parser *p)
{
    return parser_memoized(p, RULE_T_PRIMARY, t_primary_body);
}

/* t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in context ctx:
 * single_subscript_attribute_target and the first alternatives of the other target rules. */
static AstExpr *attribute_or_subscript_target(Parser *p, AstExprContext ctx)
{
    int start = p->mark;
    AstExpr *value = parser_t_primary(p);
    if (!value) return NULL;
    int after = p->mark;
    if (parser_expect(p, TOK_DOT)) {
        Token *name = parser_expect(p, TOK_NAME);
        if (name && !t_lookahead(p) && !p->error) return attribute_node(p, value, name, ctx, start);
    }
    if (p->error) return NULL;
    p->mark = after;
    if (parser_expect(p, TOK_LSQB)) {
        AstExpr *slice = parser_slices(p);
        if (slice && parser_expect(p, TOK_RSQB) && !t_lookahead(p) && !p->error)
            return subscript_node(p, value, slice, ctx, start);
    }
    p->mark = start;
    return NULL;
}

AstExpr *parser_single_subscript_attribute_target(Parser *p)
{
    return attribute_or_subscript_target(p, AST_CTX_STORE);
}

/* A List or Tuple target over `elts`. */
static AstExpr *target_sequence(Parser *p, AstExprKind kind, AstExprSeq elts, AstExprContext ctx,
                                int start)
{
    AstExpr *e = new_expr(p, kind, parser_extra(p, start));
    if (!e) return NULL;
    e->v.list.elts = elts;
    e->v.list.ctx = ctx;
    return e;
}

/* `','.item+ [',']`; *trailing_comma tells whether the list ended with a comma. */
static bool target_list(Parser *p, AstExpr *(*item)(Parser *p), AstExprSeq *out,
                        bool *trailing_comma)
{
    AstExprSeq seq = {0, NULL};
    int cap = 0;
    AstExpr *first = item(p);
    if (!first || !push_expr(p, &seq, &cap, first)) return false;
    *trailing_comma = false;
    for (;;) {
        int mark = p->mark;
        if (!parser_expect(p, TOK_COMMA)) break;
        AstExpr *next = item(p);
        if (!next) {
            if (p->error) return false;
            p->mark = mark + 1;
            *trailing_comma = true;
            break;
        }
        if (!push_expr(p, &seq, &cap, next)) return false;
    }
    *out = seq;
    return !p->error;
}

static AstExpr *target_with_star_atom(Parser *p);

/* star_atom:
 *   NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
 *   | '[' [star_targets_list_seq] ']' */
static AstExpr *star_atom(Parser *p)
{
    int start = p->mark;
    Token *name = parser_expect(p, TOK_NAME);
    if (name) return parser_name(p, name, AST_CTX_STORE);
    bool paren = parser_check(p, TOK_LPAR);
    if (!paren && !parser_check(p, TOK_LSQB)) return NULL;
    p->mark++;
    if (paren) {
        AstExpr *inner = target_with_star_atom(p);
        if (inner && parser_expect(p, TOK_RPAR)) return parser_set_context(p, inner, AST_CTX_STORE);
        if (p->error) return NULL;
        p->mark = start + 1;
    }
    AstExprSeq elts = {0, NULL};
    bool trailing = false;
    if (!target_list(p, parser_star_target, &elts, &trailing)) {
        if (p->error) return NULL;
        p->mark = start + 1;
        elts = (AstExprSeq){0, NULL};
    } else if (paren && elts.count == 1 && !trailing) {
        /* star_targets_tuple_seq needs a comma after a single target */
        p->mark = start;
        return NULL;
    }
    if (!parser_expect(p, paren ? TOK_RPAR : TOK_RSQB)) {
        p->mark = start;
        return NULL;
    }
    return target_sequence(p, paren ? AST_EXPR_TUPLE : AST_EXPR_LIST, elts, AST_CTX_STORE, start);
}

/* target_with_star_atom (memo): attribute/subscript target | star_atom */
static void *target_with_star_atom_body(Parser *p)
{
    AstExpr *e = attribute_or_subscript_target(p, AST_CTX_STORE);
    if (e || p->error) return e;
    return star_atom(p);
}

static AstExpr *target_with_star_atom(Parser *p)
{
    return parser_memoized(p, RULE_TARGET_WITH_STAR_ATOM, target_with_star_atom_body);
}

/* star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
static void *star_target_body(Parser *p)
{
    int start = p->mark;
    if (parser_expect(p, TOK_STAR)) {
        if (parser_check(p, TOK_STAR)) return NULL;
        AstExpr *inner = parser_star_target(p);
        if (!inner) return NULL;
        inner = parser_set_context(p, inner, AST_CTX_STORE);
        AstExpr *e = inner ? new_expr(p, AST_EXPR_STARRED, parser_extra(p, start)) : NULL;
        if (!e) return NULL;
        e->v.starred.value = inner;
        e->v.starred.ctx = AST_CTX_STORE;
        return e;
    }
    return target_with_star_atom(p);
}

AstExpr *parser_star_target(Parser *p)
{
    return parser_memoized(p, RULE_STAR_TARGET, star_target_body);
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
AstExpr *parser_star_targets(Parser *p)
{
    int start = p->mark;
    AstExpr *first = parser_star_target(p);
    if (!first) return NULL;
    if (!parser_check(p, TOK_COMMA)) return p->error ? NULL : first;
    p->mark = start;
    AstExprSeq elts;
    bool trailing;
    if (!target_list(p, parser_star_target, &elts, &trailing)) return NULL;
    return target_sequence(p, AST_EXPR_TUPLE, elts, AST_CTX_STORE, start);
}

/* single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
AstExpr *parser_single_target(Parser *p)
{
    int start = p->mark;
    AstExpr *e = parser_single_subscript_attribute_target(p);
    if (e || p->error) return e;
    Token *name = parser_expect(p, TOK_NAME);
    if (name) return parser_name(p, name, AST_CTX_STORE);
    if (!parser_expect(p, TOK_LPAR)) return NULL;
    if (!parser_enter(p)) return NULL;
    e = parser_single_target(p);
    parser_leave(p, NULL);
    if (e && parser_expect(p, TOK_RPAR)) return e;
    p->mark = start;
    return NULL;
}

/* ---- del targets --------------------------------------------------------------------------- */

static AstExpr *del_target(Parser *p);

/* del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
static AstExpr *del_t_atom(Parser *p)
{
    int start = p->mark;
    Token *name = parser_expect(p, TOK_NAME);
    if (name) return parser_name(p, name, AST_CTX_DEL);
    bool paren = parser_check(p, TOK_LPAR);
    if (!paren && !parser_check(p, TOK_LSQB)) return NULL;
    p->mark++;
    if (paren) {
        AstExpr *inner = del_target(p);
        if (inner && parser_expect(p, TOK_RPAR)) return parser_set_context(p, inner, AST_CTX_DEL);
        if (p->error) return NULL;
        p->mark = start + 1;
    }
    AstExprSeq elts = {0, NULL};
    if (!parser_del_targets(p, &elts)) {
        if (p->error) return NULL;
        p->mark = start + 1;
        elts = (AstExprSeq){0, NULL};
    }
    if (!parser_expect(p, paren ? TOK_RPAR : TOK_RSQB)) {
        p->mark = start;
        return NULL;
    }
    return target_sequence(p, paren ? AST_EXPR_TUPLE : AST_EXPR_LIST, elts, AST_CTX_DEL, start);
}

/* del_target (memo): attribute/subscript target (Del) | del_t_atom */
static void *del_target_body(Parser *p)
{
    AstExpr *e = attribute_or_subscript_target(p, AST_CTX_DEL);
    if (e || p->error) return e;
    return del_t_atom(p);
}

static AstExpr *del_target(Parser *p)
{
    return parser_memoized(p, RULE_DEL_TARGET, del_target_body);
}

/* del_targets: ','.del_target+ [','] */
bool parser_del_targets(Parser *p, AstExprSeq *out)
{
    bool trailing;
    return target_list(p, del_target, out, &trailing);
}
