/* parser_display.c — tuple, list, set and dict displays, comprehensions and generator
 * expressions, with their invalid_* rules (CPython 3.11 grammar, "Literals" and
 * "Comprehensions & Generators").
 */
#include "parser_internal.h"

/* A `key: value` or `**value` (key NULL) entry of a dict display. */
typedef struct KeyValue {
    AstExpr *key;
    AstExpr *value;
} KeyValue;

static AstExpr *new_expr(Parser *p, AstExprKind kind, AstPos pos)
{
    AstExpr *e = ast_expr_new(p->arena, kind, pos);
    if (!e) parser_no_memory(p);
    return e;
}

/* A List/Tuple/Set display over `elts`. */
static AstExpr *sequence_display(Parser *p, AstExprKind kind, AstExprSeq elts, int start)
{
    AstExpr *e = new_expr(p, kind, parser_extra(p, start));
    if (!e) return NULL;
    if (kind == AST_EXPR_SET) {
        e->v.set.elts = elts;
    } else {
        e->v.list.elts = elts;
        e->v.list.ctx = AST_CTX_LOAD;
    }
    return e;
}

/* (assignment_expression | expression !':=') */
static AstExpr *genexp_element(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = parser_assignment_expression(p);
    if (e || p->error) return e;
    p->mark = mark;
    e = parser_expression(p);
    if (e && !parser_check(p, TOK_COLONEQUAL) && !p->error) return e;
    p->mark = mark;
    return NULL;
}

/* ---- comprehension clauses ------------------------------------------------------------------ */

/* invalid_for_target: ASYNC? 'for' a=star_expressions */
void *parser_invalid_for_target(Parser *p)
{
    parser_expect(p, TOK_ASYNC);
    if (!parser_expect(p, TOK_FOR)) return NULL;
    AstExpr *a = parser_star_expressions(p);
    return a ? parser_raise_invalid_target(p, FOR_TARGETS, a) : NULL;
}

/* ('if' disjunction)* */
static bool comprehension_ifs(Parser *p, AstExprSeq *ifs)
{
    int cap = 0;
    for (;;) {
        int mark = p->mark;
        if (!parser_expect(p, TOK_IF)) break;
        AstExpr *cond = parser_disjunction(p);
        if (!cond) {
            if (p->error) return false;
            p->mark = mark;
            break;
        }
        if (!push_expr(p, ifs, &cap, cond)) return false;
    }
    return !p->error;
}

/* for_if_clause:
 *   [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target */
static AstComprehension *for_if_clause(Parser *p)
{
    int mark = p->mark;
    bool is_async = parser_expect(p, TOK_ASYNC) != NULL;
    if (parser_expect(p, TOK_FOR)) {
        AstExpr *target = parser_star_targets(p);
        if (target && parser_expect(p, TOK_IN)) {
            AstExpr *iter = parser_disjunction(p);
            if (!iter) return NULL; /* the cut: no other alternative is tried */
            AstComprehension *c = PARSER_NEW(p, AstComprehension);
            if (!c || !comprehension_ifs(p, &c->ifs)) return NULL;
            c->target = target;
            c->iter = iter;
            c->is_async = is_async;
            return c;
        }
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (p->call_invalid_rules) parser_invalid_for_target(p);
    p->mark = mark;
    return NULL;
}

/* for_if_clauses: for_if_clause+ */
bool parser_for_if_clauses(Parser *p, AstComprehensionSeq *out)
{
    AstComprehensionSeq seq = {0, NULL};
    int cap = 0;
    for (;;) {
        int mark = p->mark;
        AstComprehension *c = for_if_clause(p);
        if (!c) {
            if (p->error) return false;
            p->mark = mark;
            break;
        }
        if (!push_comprehension(p, &seq, &cap, c)) return false;
    }
    *out = seq;
    return seq.count > 0;
}

/* The last expression of a comprehension clause: its last `if`, else its iterable. */
static AstExpr *last_comprehension_item(const AstComprehensionSeq *seq)
{
    const AstComprehension *c = seq->items[seq->count - 1];
    return c->ifs.count ? c->ifs.items[c->ifs.count - 1] : c->iter;
}

AstExpr *parser_last_comprehension_item(const AstComprehensionSeq *seq)
{
    return last_comprehension_item(seq);
}

/* invalid_comprehension:
 *   ('[' | '(' | '{') a=starred_expression for_if_clauses
 *   ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
 *   ('[' | '{') a=star_named_expression b=',' for_if_clauses */
static void *invalid_comprehension(Parser *p)
{
    int mark = p->mark;
    TokenKind open = parser_peek_kind(p);
    if (open != TOK_LSQB && open != TOK_LPAR && open != TOK_LBRACE) return NULL;
    p->mark++;
    AstComprehensionSeq clauses;
    AstExpr *a = parser_starred_expression(p);
    if (a && parser_for_if_clauses(p, &clauses))
        return parser_raise_on(p, a->pos, "iterable unpacking cannot be used in comprehension");
    if (p->error || open == TOK_LPAR) return NULL;
    p->mark = mark + 1;
    a = parser_star_named_expression(p);
    if (!a || !parser_expect(p, TOK_COMMA)) return NULL;
    int after_comma = p->mark;
    Token *comma = parser_token(p, after_comma - 1);
    AstExprSeq rest;
    if (parser_star_named_expressions(p, &rest) && parser_for_if_clauses(p, &clauses))
        return parser_raise_range(p, a->pos, rest.items[rest.count - 1]->pos,
                                  "did you forget parentheses around the comprehension target?");
    if (p->error) return NULL;
    p->mark = after_comma;
    if (parser_for_if_clauses(p, &clauses))
        return parser_raise_range(p, a->pos, parser_token_pos(comma),
                                  "did you forget parentheses around the comprehension target?");
    return NULL;
}

/* A comprehension node: `open elt for_if_clauses close`. */
static AstExpr *comprehension(Parser *p, AstExprKind kind, TokenKind open, TokenKind close,
                              AstExpr *(*element)(Parser *p))
{
    int start = p->mark;
    if (parser_expect(p, open)) {
        AstExpr *elt = element(p);
        AstComprehensionSeq clauses;
        if (elt && parser_for_if_clauses(p, &clauses) && parser_expect(p, close)) {
            AstExpr *e = new_expr(p, kind, parser_extra(p, start));
            if (!e) return NULL;
            e->v.list_comp.elt = elt;
            e->v.list_comp.generators = clauses;
            return e;
        }
    }
    if (p->error) return NULL;
    p->mark = start;
    if (p->call_invalid_rules) invalid_comprehension(p);
    p->mark = start;
    return NULL;
}

/* genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_compr. */
AstExpr *parser_genexp(Parser *p)
{
    return comprehension(p, AST_EXPR_GENERATOR_EXP, TOK_LPAR, TOK_RPAR, genexp_element);
}

/* ---- tuple and list ---------------------------------------------------------------------- */

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
AstExpr *parser_tuple(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_LPAR)) return NULL;
    AstExprSeq elts = {0, NULL};
    int cap = 0;
    int mark = p->mark;
    AstExpr *first = parser_star_named_expression(p);
    if (first && parser_expect(p, TOK_COMMA)) {
        AstExprSeq rest = {0, NULL};
        int rest_mark = p->mark;
        if (!parser_star_named_expressions(p, &rest)) {
            if (p->error) return NULL;
            p->mark = rest_mark;
        }
        if (!push_expr(p, &elts, &cap, first)) return NULL;
        for (int i = 0; i < rest.count; i++)
            if (!push_expr(p, &elts, &cap, rest.items[i])) return NULL;
    } else {
        if (p->error) return NULL;
        p->mark = mark;
    }
    if (!parser_expect(p, TOK_RPAR)) {
        p->mark = start;
        return NULL;
    }
    return sequence_display(p, AST_EXPR_TUPLE, elts, start);
}

/* `open [star_named_expressions] close` (list) or `open star_named_expressions close` (set). */
static AstExpr *plain_display(Parser *p, AstExprKind kind, TokenKind open, TokenKind close,
                              bool allow_empty)
{
    int start = p->mark;
    if (!parser_expect(p, open)) return NULL;
    AstExprSeq elts = {0, NULL};
    int mark = p->mark;
    if (!parser_star_named_expressions(p, &elts)) {
        if (p->error || !allow_empty) goto fail;
        p->mark = mark;
    }
    if (parser_expect(p, close)) return sequence_display(p, kind, elts, start);
fail:
    p->mark = start;
    return NULL;
}

/* list: '[' [star_named_expressions] ']' */
AstExpr *parser_list(Parser *p)
{
    return plain_display(p, AST_EXPR_LIST, TOK_LSQB, TOK_RSQB, true);
}

/* &'[' (list | listcomp) */
AstExpr *parser_list_or_listcomp(Parser *p)
{
    AstExpr *e = parser_list(p);
    if (e || p->error) return e;
    return comprehension(p, AST_EXPR_LIST_COMP, TOK_LSQB, TOK_RSQB, parser_named_expression);
}

/* ---- dict and set ---------------------------------------------------------------------------- */

/* kvpair: expression ':' expression */
static KeyValue *kvpair(Parser *p)
{
    int mark = p->mark;
    AstExpr *key = parser_expression(p);
    if (key && parser_expect(p, TOK_COLON)) {
        AstExpr *value = parser_expression(p);
        if (value) {
            KeyValue *kv = PARSER_NEW(p, KeyValue);
            if (kv) *kv = (KeyValue){key, value};
            return kv;
        }
    }
    p->mark = mark;
    return NULL;
}

/* double_starred_kvpair: '**' bitwise_or | kvpair */
static KeyValue *double_starred_kvpair(Parser *p)
{
    int mark = p->mark;
    if (parser_expect(p, TOK_DOUBLESTAR)) {
        AstExpr *value = parser_bitwise_or(p);
        if (value) {
            KeyValue *kv = PARSER_NEW(p, KeyValue);
            if (kv) *kv = (KeyValue){NULL, value};
            return kv;
        }
        if (p->error) return NULL;
        p->mark = mark;
    }
    if (p->error) return NULL;
    return kvpair(p);
}

/* ','.double_starred_kvpair+ (without the optional trailing comma). Returns the entries as
 * parallel keys/values sequences. */
static bool kvpair_list(Parser *p, AstExprSeq *keys, AstExprSeq *values)
{
    int keys_cap = 0, values_cap = 0;
    *keys = *values = (AstExprSeq){0, NULL};
    KeyValue *kv = double_starred_kvpair(p);
    while (kv) {
        if (!push_expr(p, keys, &keys_cap, kv->key)) return false;
        if (!push_expr(p, values, &values_cap, kv->value)) return false;
        int mark = p->mark;
        if (!parser_expect(p, TOK_COMMA)) break;
        kv = double_starred_kvpair(p);
        if (!kv) p->mark = mark;
    }
    return !p->error && keys->count > 0;
}

static AstExpr *dict_of(Parser *p, AstExprSeq keys, AstExprSeq values, int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_DICT, parser_extra(p, start));
    if (!e) return NULL;
    e->v.dict.keys = keys;
    e->v.dict.values = values;
    return e;
}

/* The alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair:
 *   expression ':' a='*' bitwise_or | expression a=':' &('}'|',') */
static void *invalid_value_after_colon(Parser *p, int mark)
{
    p->mark = mark;
    if (parser_expression(p) && parser_expect(p, TOK_COLON)) {
        Token *star = parser_expect(p, TOK_STAR);
        if (star && parser_bitwise_or(p))
            return parser_raise_from(p, parser_token_pos(star),
                                     "cannot use a starred expression in a dictionary value");
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (parser_expression(p)) {
        Token *colon = parser_expect(p, TOK_COLON);
        if (colon && (parser_check(p, TOK_RBRACE) || parser_check(p, TOK_COMMA)))
            return parser_raise_on(p, parser_token_pos(colon),
                                   "expression expected after dictionary key and ':'");
    }
    return NULL;
}

/* invalid_kvpair: a=expression !(':') | <invalid_value_after_colon> */
static void *invalid_kvpair(Parser *p)
{
    int mark = p->mark;
    AstExpr *a = parser_expression(p);
    if (a && !parser_check(p, TOK_COLON) && !p->error)
        return parser_raise_at(p, SYNTAX_ERROR_SYNTAX, a->pos.lineno, a->pos.end_col_offset,
                               a->pos.end_lineno, 0, "':' expected after dictionary key");
    if (p->error) return NULL;
    return invalid_value_after_colon(p, mark);
}

/* invalid_double_starred_kvpairs:
 *   ','.double_starred_kvpair+ ',' invalid_kvpair | <invalid_value_after_colon> */
static void *invalid_double_starred_kvpairs(Parser *p)
{
    int mark = p->mark;
    AstExprSeq keys, values;
    if (kvpair_list(p, &keys, &values) && parser_expect(p, TOK_COMMA) && invalid_kvpair(p))
        return NULL;
    if (p->error) return NULL;
    return invalid_value_after_colon(p, mark);
}

/* dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'  (the
 * second alternative needs no closing brace to raise its errors) */
static AstExpr *dict(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_LBRACE)) return NULL;
    AstExprSeq keys = {0, NULL}, values = {0, NULL};
    if (kvpair_list(p, &keys, &values)) {
        parser_expect(p, TOK_COMMA);
    } else {
        if (p->error) return NULL;
        p->mark = start + 1;
    }
    if (parser_expect(p, TOK_RBRACE)) return dict_of(p, keys, values, start);
    if (p->error) return NULL;
    /* CPython guards only the alternatives that consist of a single invalid_* rule, so this
     * one runs in the first pass too */
    p->mark = start + 1;
    invalid_double_starred_kvpairs(p);
    p->mark = start;
    return NULL;
}

/* invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
static void *invalid_dict_comprehension(Parser *p)
{
    if (!parser_expect(p, TOK_LBRACE)) return NULL;
    Token *stars = parser_expect(p, TOK_DOUBLESTAR);
    AstComprehensionSeq clauses;
    if (stars && parser_bitwise_or(p) && parser_for_if_clauses(p, &clauses) &&
        parser_expect(p, TOK_RBRACE))
        return parser_raise_on(p, parser_token_pos(stars),
                               "dict unpacking cannot be used in dict comprehension");
    return NULL;
}

/* dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
static AstExpr *dictcomp(Parser *p)
{
    int start = p->mark;
    if (parser_expect(p, TOK_LBRACE)) {
        KeyValue *kv = kvpair(p);
        AstComprehensionSeq clauses;
        if (kv && parser_for_if_clauses(p, &clauses) && parser_expect(p, TOK_RBRACE)) {
            AstExpr *e = new_expr(p, AST_EXPR_DICT_COMP, parser_extra(p, start));
            if (!e) return NULL;
            e->v.dict_comp.key = kv->key;
            e->v.dict_comp.value = kv->value;
            e->v.dict_comp.generators = clauses;
            return e;
        }
    }
    if (p->error) return NULL;
    p->mark = start;
    if (p->call_invalid_rules) invalid_dict_comprehension(p);
    p->mark = start;
    return NULL;
}

/* &'{' (dict | set | dictcomp | setcomp) */
AstExpr *parser_brace_atom(Parser *p)
{
    AstExpr *e = dict(p);
    if (e || p->error) return e;
    e = plain_display(p, AST_EXPR_SET, TOK_LBRACE, TOK_RBRACE, false);
    if (e || p->error) return e;
    e = dictcomp(p);
    if (e || p->error) return e;
    return comprehension(p, AST_EXPR_SET_COMP, TOK_LBRACE, TOK_RBRACE, parser_named_expression);
}
