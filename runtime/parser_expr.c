/* parser_expr.c — expression rules of the grammar, from `expressions` down to `atom`:
 * conditional expressions, lambda, walrus, boolean operators, comparisons, binary and unary
 * operators, await, primaries (attribute, call, subscript, slices) and atoms. Displays and
 * comprehensions are in parser_display.c, call arguments in parser_call.c.
 */
#include <string.h>

#include "parser_internal.h"

/* ---- node builders ------------------------------------------------------------------------ */

static AstExpr *new_expr(Parser *p, AstExprKind kind, AstPos pos)
{
    AstExpr *e = ast_expr_new(p->arena, kind, pos);
    if (!e) parser_no_memory(p);
    return e;
}

static AstExpr *bin_op(Parser *p, AstExpr *left, AstOperator op, AstExpr *right, int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_BIN_OP, parser_extra(p, start));
    if (!e) return NULL;
    e->v.bin_op.left = left;
    e->v.bin_op.op = op;
    e->v.bin_op.right = right;
    return e;
}

static AstExpr *unary_op(Parser *p, AstUnaryOp op, AstExpr *operand, int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_UNARY_OP, parser_extra(p, start));
    if (!e) return NULL;
    e->v.unary_op.op = op;
    e->v.unary_op.operand = operand;
    return e;
}

/* A Tuple (Load) of `elts`. */
static AstExpr *tuple_of(Parser *p, AstExprSeq elts, int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_TUPLE, parser_extra(p, start));
    if (!e) return NULL;
    e->v.tuple.elts = elts;
    e->v.tuple.ctx = AST_CTX_LOAD;
    return e;
}

/* CPython's SOFT_KEYWORD token test (_PyPegen_soft_keyword_token) compares only the NAME's
 * length, so any prefix of "match", "case" or "_" counts: `[c d]` gets no comma hint. */
static bool is_soft_keyword(Parser *p)
{
    static const char *const soft_keywords[] = {"_", "case", "match"};
    Token *t = parser_peek(p);
    if (!t || t->kind != TOK_NAME) return false;
    size_t n = t->end - t->start;
    for (size_t i = 0; i < sizeof soft_keywords / sizeof soft_keywords[0]; i++)
        if (strncmp(soft_keywords[i], parser_token_text(p, t), n) == 0) return true;
    return false;
}

/* `first (',' item)* [',']` as a Tuple, or `first` alone when no comma follows: the shape of
 * `expressions` and `star_expressions`. */
static AstExpr *comma_tuple(Parser *p, AstExpr *(*item)(Parser *p))
{
    int start = p->mark;
    AstExpr *first = item(p);
    if (!first) return NULL;
    if (!parser_check(p, TOK_COMMA)) return p->error ? NULL : first;
    AstExprSeq elts = {0, NULL};
    int cap = 0;
    if (!push_expr(p, &elts, &cap, first)) return NULL;
    while (parser_expect(p, TOK_COMMA)) {
        int mark = p->mark;
        AstExpr *next = item(p);
        if (!next) {
            if (p->error) return NULL;
            p->mark = mark;
            break;
        }
        if (!push_expr(p, &elts, &cap, next)) return NULL;
    }
    if (p->error) return NULL;
    return tuple_of(p, elts, start);
}

/* ---- expressions, expression ------------------------------------------------------------ */

/* expressions: expression (',' expression)+ [','] | expression ',' | expression */
AstExpr *parser_expressions(Parser *p)
{
    return comma_tuple(p, parser_expression);
}

/* The valid alternatives of `expression`:
 *   disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static AstExpr *conditional_expression(Parser *p)
{
    int start = p->mark;
    AstExpr *body = parser_disjunction(p);
    if (!body) return p->error ? NULL : parser_lambdef(p);
    int after_body = p->mark;
    if (parser_expect(p, TOK_IF)) {
        AstExpr *test = parser_disjunction(p);
        if (test && parser_expect(p, TOK_ELSE)) {
            AstExpr *orelse = parser_expression(p);
            if (orelse) {
                AstExpr *e = new_expr(p, AST_EXPR_IF_EXP, parser_extra(p, start));
                if (!e) return NULL;
                e->v.if_exp.test = test;
                e->v.if_exp.body = body;
                e->v.if_exp.orelse = orelse;
                return e;
            }
        }
    }
    if (p->error) return NULL;
    p->mark = after_body;
    return body;
}

/* expression_without_invalid: the same alternatives with the invalid_* rules switched off. */
static AstExpr *expression_without_invalid(Parser *p)
{
    bool saved = p->call_invalid_rules;
    p->call_invalid_rules = false;
    AstExpr *e = conditional_expression(p);
    p->call_invalid_rules = saved;
    return e;
}

/* invalid_expression:
 *   !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
 *       -> "invalid syntax. Perhaps you forgot a comma?" (inside brackets only)
 *   a=disjunction 'if' b=disjunction !('else'|':') -> "expected 'else' after 'if' expression" */
static void *invalid_expression(Parser *p)
{
    int mark = p->mark;
    bool blocked =
        (parser_check(p, TOK_NAME) && parser_check_at(p, 1, TOK_STRING)) || is_soft_keyword(p);
    if (p->error) return NULL;
    if (!blocked) {
        AstExpr *a = parser_disjunction(p);
        AstExpr *b = a ? expression_without_invalid(p) : NULL;
        if (b) {
            if (parser_is_legacy_stmt(a) || parser_token(p, p->mark - 1)->level == 0) return NULL;
            return parser_raise_range(p, a->pos, b->pos,
                                      "invalid syntax. Perhaps you forgot a comma?");
        }
        if (p->error) return NULL;
    }
    p->mark = mark;
    AstExpr *a = parser_disjunction(p);
    if (a && parser_expect(p, TOK_IF)) {
        AstExpr *b = parser_disjunction(p);
        if (b && !parser_check(p, TOK_ELSE) && !parser_check(p, TOK_COLON) && !p->error)
            return parser_raise_range(p, a->pos, b->pos, "expected 'else' after 'if' expression");
    }
    return NULL;
}

/* invalid_legacy_expression: a=NAME !'(' b=star_expressions  (print x / exec x) */
static void *invalid_legacy_expression(Parser *p)
{
    Token *name = parser_expect(p, TOK_NAME);
    if (!name || parser_check(p, TOK_LPAR)) return NULL;
    AstExpr *b = parser_star_expressions(p);
    if (!b) return NULL;
    AstExpr *a = parser_name(p, name, AST_CTX_LOAD);
    if (!a || !parser_is_legacy_stmt(a)) return NULL;
    return parser_raise_range(p, a->pos, b->pos,
                              "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                              a->v.name.id, a->v.name.id);
}

static void *expression_body(Parser *p)
{
    int mark = p->mark;
    if (p->call_invalid_rules) {
        if (invalid_expression(p) || p->error) return NULL;
        p->mark = mark;
        if (invalid_legacy_expression(p) || p->error) return NULL;
        p->mark = mark;
    }
    return conditional_expression(p);
}

/* expression (memo) */
AstExpr *parser_expression(Parser *p)
{
    return parser_memoized(p, RULE_EXPRESSION, expression_body);
}

/* ---- yield, star expressions, named expressions ----------------------------------------- */

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
AstExpr *parser_yield_expr(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_YIELD)) return NULL;
    if (parser_expect(p, TOK_FROM)) {
        AstExpr *value = parser_expression(p);
        if (value) {
            AstExpr *e = new_expr(p, AST_EXPR_YIELD_FROM, parser_extra(p, start));
            if (e) e->v.yield_from.value = value;
            return e;
        }
        if (p->error) return NULL;
        p->mark = start + 1;
    }
    if (p->error) return NULL;
    int mark = p->mark;
    AstExpr *value = parser_star_expressions(p);
    if (!value) {
        if (p->error) return NULL;
        p->mark = mark;
    }
    AstExpr *e = new_expr(p, AST_EXPR_YIELD, parser_extra(p, start));
    if (e) e->v.yield.value = value;
    return e;
}

/* '*' bitwise_or as a Starred (Load) */
static AstExpr *star_bitwise_or(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_STAR)) return NULL;
    AstExpr *value = parser_bitwise_or(p);
    if (!value) return NULL;
    AstExpr *e = new_expr(p, AST_EXPR_STARRED, parser_extra(p, start));
    if (!e) return NULL;
    e->v.starred.value = value;
    e->v.starred.ctx = AST_CTX_LOAD;
    return e;
}

/* star_expression (memo): '*' bitwise_or | expression */
static void *star_expression_body(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = star_bitwise_or(p);
    if (e || p->error) return e;
    p->mark = mark;
    return parser_expression(p);
}

static AstExpr *star_expression(Parser *p)
{
    return parser_memoized(p, RULE_STAR_EXPRESSION, star_expression_body);
}

/* star_expressions: like expressions, over star_expression */
AstExpr *parser_star_expressions(Parser *p)
{
    return comma_tuple(p, star_expression);
}

/* star_named_expression: '*' bitwise_or | named_expression */
AstExpr *parser_star_named_expression(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = star_bitwise_or(p);
    if (e || p->error) return e;
    p->mark = mark;
    return parser_named_expression(p);
}

/* star_named_expressions: ','.star_named_expression+ [','] */
bool parser_star_named_expressions(Parser *p, AstExprSeq *out)
{
    AstExprSeq elts = {0, NULL};
    int cap = 0;
    AstExpr *first = parser_star_named_expression(p);
    if (!first || !push_expr(p, &elts, &cap, first)) return false;
    for (;;) {
        int mark = p->mark;
        if (!parser_expect(p, TOK_COMMA)) break;
        AstExpr *next = parser_star_named_expression(p);
        if (!next) {
            if (p->error) return false;
            p->mark = mark;
            break;
        }
        if (!push_expr(p, &elts, &cap, next)) return false;
    }
    if (p->error) return false;
    parser_expect(p, TOK_COMMA);
    *out = elts;
    return !p->error;
}

/* assignment_expression: NAME ':=' ~ expression */
AstExpr *parser_assignment_expression(Parser *p)
{
    int start = p->mark;
    Token *name = parser_expect(p, TOK_NAME);
    if (!name || !parser_expect(p, TOK_COLONEQUAL)) return NULL;
    AstExpr *value = parser_expression(p);
    if (!value) return NULL;
    AstExpr *target = parser_name(p, name, AST_CTX_STORE);
    AstExpr *e = target ? new_expr(p, AST_EXPR_NAMED_EXPR, parser_extra(p, start)) : NULL;
    if (!e) return NULL;
    e->v.named_expr.target = target;
    e->v.named_expr.value = value;
    return e;
}

/* Does `=` or `:=` follow? (the lookahead !('='|':=')) */
static bool assignment_follows(Parser *p)
{
    return parser_check(p, TOK_EQUAL) || parser_check(p, TOK_COLONEQUAL);
}

/* invalid_named_expression (memo), alternatives 2 and 3. */
static void *invalid_named_assign(Parser *p, int mark)
{
    p->mark = mark;
    Token *name = parser_expect(p, TOK_NAME);
    if (name && parser_expect(p, TOK_EQUAL)) {
        AstExpr *b = parser_bitwise_or(p);
        if (b && !assignment_follows(p) && !p->error)
            return parser_raise_range(p, parser_token_pos(name), b->pos,
                                      "invalid syntax. Maybe you meant '==' or ':=' instead of "
                                      "'='?");
    }
    if (p->error) return NULL;
    p->mark = mark;
    TokenKind k = parser_peek_kind(p);
    if (k == TOK_TRUE || k == TOK_NONE || k == TOK_FALSE) return NULL;
    AstExpr *(*const excluded[])(Parser *) = {parser_list, parser_tuple, parser_genexp};
    for (int i = 0; i < 3; i++) {
        bool matched = excluded[i](p) != NULL;
        p->mark = mark;
        if (matched || p->error) return NULL;
    }
    p->mark = mark;
    AstExpr *a = parser_bitwise_or(p);
    if (a && parser_expect(p, TOK_EQUAL) && parser_bitwise_or(p) && !assignment_follows(p) &&
        !p->error)
        return parser_raise_on(p, a->pos,
                               "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                               parser_expr_name(a));
    return NULL;
}

static void *invalid_named_expression_body(Parser *p)
{
    int mark = p->mark;
    AstExpr *a = parser_expression(p);
    if (a && parser_expect(p, TOK_COLONEQUAL) && parser_expression(p))
        return parser_raise_on(p, a->pos, "cannot use assignment expressions with %s",
                               parser_expr_name(a));
    if (p->error) return NULL;
    return invalid_named_assign(p, mark);
}

static void *invalid_named_expression(Parser *p)
{
    return parser_memoized(p, RULE_INVALID_NAMED_EXPRESSION, invalid_named_expression_body);
}

/* named_expression: assignment_expression | invalid_named_expression | expression !':=' */
AstExpr *parser_named_expression(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = parser_assignment_expression(p);
    if (e || p->error) return e;
    p->mark = mark;
    if (p->call_invalid_rules) {
        if (invalid_named_expression(p) || p->error) return NULL;
        p->mark = mark;
    }
    e = parser_expression(p);
    if (e && !parser_check(p, TOK_COLONEQUAL) && !p->error) return e;
    p->mark = mark;
    return NULL;
}

/* ---- boolean operators and comparisons ------------------------------------------------------ */

/* a=item (op item)+ as a BoolOp, or the single item. */
static AstExpr *bool_chain(Parser *p, TokenKind op_token, AstBoolOp op, AstExpr *(*item)(Parser *p))
{
    int start = p->mark;
    AstExpr *first = item(p);
    if (!first) return NULL;
    AstExprSeq values = {0, NULL};
    int cap = 0;
    for (;;) {
        int mark = p->mark;
        if (!parser_expect(p, op_token)) break;
        AstExpr *next = item(p);
        if (!next) {
            if (p->error) return NULL;
            p->mark = mark;
            break;
        }
        if (values.count == 0 && !push_expr(p, &values, &cap, first)) return NULL;
        if (!push_expr(p, &values, &cap, next)) return NULL;
    }
    if (p->error) return NULL;
    if (values.count == 0) return first;
    AstExpr *e = new_expr(p, AST_EXPR_BOOL_OP, parser_extra(p, start));
    if (!e) return NULL;
    e->v.bool_op.op = op;
    e->v.bool_op.values = values;
    return e;
}

static AstExpr *comparison(Parser *p);
static AstExpr *conjunction(Parser *p);
static AstExpr *inversion(Parser *p);

static void *disjunction_body(Parser *p)
{
    return bool_chain(p, TOK_OR, AST_BOOL_OR, conjunction);
}
static void *conjunction_body(Parser *p)
{
    return bool_chain(p, TOK_AND, AST_BOOL_AND, inversion);
}

/* disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
AstExpr *parser_disjunction(Parser *p)
{
    return parser_memoized(p, RULE_DISJUNCTION, disjunction_body);
}

/* conjunction (memo): inversion ('and' inversion)+ | inversion */
static AstExpr *conjunction(Parser *p)
{
    return parser_memoized(p, RULE_CONJUNCTION, conjunction_body);
}

/* inversion (memo): 'not' inversion | comparison */
static void *inversion_body(Parser *p)
{
    int start = p->mark;
    if (parser_expect(p, TOK_NOT)) {
        AstExpr *operand = inversion(p);
        if (operand) return unary_op(p, AST_UOP_NOT, operand, start);
        if (p->error) return NULL;
        p->mark = start;
    }
    return comparison(p);
}

static AstExpr *inversion(Parser *p)
{
    return parser_memoized(p, RULE_INVERSION, inversion_body);
}

/* compare_op_bitwise_or_pair's operator part. */
static bool compare_op(Parser *p, AstCmpOp *op)
{
    switch (parser_peek_kind(p)) {
    case TOK_EQEQUAL:
        *op = AST_CMP_EQ;
        break;
    case TOK_NOTEQUAL:
        *op = AST_CMP_NOT_EQ;
        break;
    case TOK_LESSEQUAL:
        *op = AST_CMP_LTE;
        break;
    case TOK_LESS:
        *op = AST_CMP_LT;
        break;
    case TOK_GREATEREQUAL:
        *op = AST_CMP_GTE;
        break;
    case TOK_GREATER:
        *op = AST_CMP_GT;
        break;
    case TOK_IN:
        *op = AST_CMP_IN;
        break;
    case TOK_NOT:
        if (!parser_check_at(p, 1, TOK_IN)) return false;
        p->mark++;
        *op = AST_CMP_NOT_IN;
        break;
    case TOK_IS:
        if (parser_check_at(p, 1, TOK_NOT)) {
            p->mark++;
            *op = AST_CMP_IS_NOT;
        } else {
            *op = AST_CMP_IS;
        }
        break;
    default:
        return false;
    }
    p->mark++;
    return true;
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
static AstExpr *comparison(Parser *p)
{
    int start = p->mark;
    AstExpr *left = parser_bitwise_or(p);
    if (!left) return NULL;
    AstCmpOpSeq ops = {0, NULL};
    AstExprSeq comparators = {0, NULL};
    int ops_cap = 0, comparators_cap = 0;
    for (;;) {
        int mark = p->mark;
        AstCmpOp op;
        AstExpr *right = compare_op(p, &op) ? parser_bitwise_or(p) : NULL;
        if (!right) {
            if (p->error) return NULL;
            p->mark = mark;
            break;
        }
        if (!push_cmpop(p, &ops, &ops_cap, op)) return NULL;
        if (!push_expr(p, &comparators, &comparators_cap, right)) return NULL;
    }
    if (ops.count == 0) return left;
    AstExpr *e = new_expr(p, AST_EXPR_COMPARE, parser_extra(p, start));
    if (!e) return NULL;
    e->v.compare.left = left;
    e->v.compare.ops = ops;
    e->v.compare.comparators = comparators;
    return e;
}

/* ---- binary operators ------------------------------------------------------------------------
 * Each level is CPython's left-recursive rule `a=level op b=next | next`, written as a loop. */

typedef struct BinaryLevel {
    AstExpr *(*next)(Parser *p);
    TokenKind tokens[5];
    AstOperator ops[5];
    int count;
} BinaryLevel;

static AstExpr *factor(Parser *p);
static AstExpr *binary_level(Parser *p, const BinaryLevel *level);

static AstExpr *term(Parser *p)
{
    static const BinaryLevel level = {
        factor,
        {TOK_STAR, TOK_SLASH, TOK_DOUBLESLASH, TOK_PERCENT, TOK_AT},
        {AST_OP_MULT, AST_OP_DIV, AST_OP_FLOOR_DIV, AST_OP_MOD, AST_OP_MAT_MULT},
        5};
    return binary_level(p, &level);
}

static AstExpr *sum(Parser *p)
{
    static const BinaryLevel level = {term, {TOK_PLUS, TOK_MINUS}, {AST_OP_ADD, AST_OP_SUB}, 2};
    return binary_level(p, &level);
}

static AstExpr *shift_expr(Parser *p)
{
    static const BinaryLevel level = {
        sum, {TOK_LEFTSHIFT, TOK_RIGHTSHIFT}, {AST_OP_LSHIFT, AST_OP_RSHIFT}, 2};
    return binary_level(p, &level);
}

static AstExpr *bitwise_and(Parser *p)
{
    static const BinaryLevel level = {shift_expr, {TOK_AMPER}, {AST_OP_BIT_AND}, 1};
    return binary_level(p, &level);
}

static AstExpr *bitwise_xor(Parser *p)
{
    static const BinaryLevel level = {bitwise_and, {TOK_CIRCUMFLEX}, {AST_OP_BIT_XOR}, 1};
    return binary_level(p, &level);
}

static void *bitwise_or_body(Parser *p)
{
    static const BinaryLevel level = {bitwise_xor, {TOK_VBAR}, {AST_OP_BIT_OR}, 1};
    return binary_level(p, &level);
}

/* bitwise_or (memoised, as CPython memoises left-recursive rules) */
AstExpr *parser_bitwise_or(Parser *p)
{
    return parser_memoized(p, RULE_BITWISE_OR, bitwise_or_body);
}

static AstExpr *binary_level(Parser *p, const BinaryLevel *level)
{
    int start = p->mark;
    AstExpr *left = level->next(p);
    if (!left) return NULL;
    for (;;) {
        int mark = p->mark;
        TokenKind kind = parser_peek_kind(p);
        int i = 0;
        while (i < level->count && level->tokens[i] != kind) i++;
        if (i == level->count) break;
        p->mark++;
        AstExpr *right = level->next(p);
        if (!right) {
            if (p->error) return NULL;
            p->mark = mark;
            break;
        }
        left = bin_op(p, left, level->ops[i], right, start);
        if (!left) return NULL;
    }
    return p->error ? NULL : left;
}

/* ---- unary, power, await ------------------------------------------------------------------ */

static AstExpr *await_primary(Parser *p);

/* factor (memo): '+' factor | '-' factor | '~' factor | power */
static void *factor_body(Parser *p)
{
    int start = p->mark;
    AstUnaryOp op;
    switch (parser_peek_kind(p)) {
    case TOK_PLUS:
        op = AST_UOP_UADD;
        break;
    case TOK_MINUS:
        op = AST_UOP_USUB;
        break;
    case TOK_TILDE:
        op = AST_UOP_INVERT;
        break;
    default:
        op = AST_UOP_NOT;
        break; /* not a unary operator: power */
    }
    if (op != AST_UOP_NOT) {
        p->mark++;
        AstExpr *operand = factor(p);
        if (operand) return unary_op(p, op, operand, start);
        if (p->error) return NULL;
        p->mark = start;
    }
    /* power: await_primary '**' factor | await_primary */
    AstExpr *base = await_primary(p);
    if (!base) return NULL;
    int mark = p->mark;
    if (parser_expect(p, TOK_DOUBLESTAR)) {
        AstExpr *exponent = factor(p);
        if (exponent) return bin_op(p, base, AST_OP_POW, exponent, start);
        if (p->error) return NULL;
        p->mark = mark;
    }
    return p->error ? NULL : base;
}

static AstExpr *factor(Parser *p)
{
    return parser_memoized(p, RULE_FACTOR, factor_body);
}

static AstExpr *primary(Parser *p);

/* await_primary (memo): AWAIT primary | primary */
static void *await_primary_body(Parser *p)
{
    int start = p->mark;
    if (parser_expect(p, TOK_AWAIT)) {
        AstExpr *value = primary(p);
        if (!value) return NULL;
        AstExpr *e = new_expr(p, AST_EXPR_AWAIT, parser_extra(p, start));
        if (e) e->v.await.value = value;
        return e;
    }
    return primary(p);
}

static AstExpr *await_primary(Parser *p)
{
    return parser_memoized(p, RULE_AWAIT_PRIMARY, await_primary_body);
}

/* ---- primary ------------------------------------------------------------------------------ */

static AstExpr *attribute_of(Parser *p, AstExpr *value, Token *name, int start)
{
    const char *attr = parser_identifier(p, name);
    AstExpr *e = attr ? new_expr(p, AST_EXPR_ATTRIBUTE, parser_extra(p, start)) : NULL;
    if (!e) return NULL;
    e->v.attribute.value = value;
    e->v.attribute.attr = attr;
    e->v.attribute.ctx = AST_CTX_LOAD;
    return e;
}

static AstExpr *call_of(Parser *p, AstExpr *func, AstExpr *arguments, int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_CALL, parser_extra(p, start));
    if (!e) return NULL;
    e->v.call.func = func;
    if (arguments) {
        e->v.call.args = arguments->v.call.args;
        e->v.call.keywords = arguments->v.call.keywords;
    }
    return e;
}

/* A call whose only argument is a bare generator expression: f(x for x in y). */
static AstExpr *call_with_genexp(Parser *p, AstExpr *func, AstExpr *genexp, int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_CALL, parser_extra(p, start));
    if (!e) return NULL;
    int cap = 0;
    e->v.call.func = func;
    return push_expr(p, &e->v.call.args, &cap, genexp) ? e : NULL;
}

static AstExpr *subscript_of(Parser *p, AstExpr *value, AstExpr *slice, int start)
{
    AstExpr *e = new_expr(p, AST_EXPR_SUBSCRIPT, parser_extra(p, start));
    if (!e) return NULL;
    e->v.subscript.value = value;
    e->v.subscript.slice = slice;
    e->v.subscript.ctx = AST_CTX_LOAD;
    return e;
}

/* One trailer of `primary` after `e`, in CPython's order:
 *   '.' NAME | genexp | '(' [arguments] ')' | '[' slices ']'
 * genexp is tried whatever the next token: in the error pass its invalid_comprehension
 * alternative also starts at '[' and '{' (so `x {a b}` reports the missing comma inside).
 * Returns the extended primary, or NULL (mark restored) when no trailer applies. */
static AstExpr *primary_trailer(Parser *p, AstExpr *e, int start)
{
    int mark = p->mark;
    if (parser_expect(p, TOK_DOT)) {
        Token *name = parser_expect(p, TOK_NAME);
        if (name) return attribute_of(p, e, name, start);
        p->mark = mark;
        return NULL;
    }
    AstExpr *genexp = p->error ? NULL : parser_genexp(p);
    if (genexp) return call_with_genexp(p, e, genexp, start);
    if (p->error) return NULL;
    p->mark = mark;
    if (parser_expect(p, TOK_LPAR)) {
        AstExpr *arguments = parser_arguments(p);
        if (!arguments) {
            if (p->error) return NULL;
            p->mark = mark + 1;
        }
        if (parser_expect(p, TOK_RPAR)) return call_of(p, e, arguments, start);
    } else if (parser_expect(p, TOK_LSQB)) {
        AstExpr *slice = parser_slices(p);
        if (slice && parser_expect(p, TOK_RSQB)) return subscript_of(p, e, slice, start);
    }
    p->mark = mark;
    return NULL;
}

static void *primary_body(Parser *p)
{
    int start = p->mark;
    AstExpr *e = parser_atom(p);
    while (e) {
        AstExpr *longer = primary_trailer(p, e, start);
        if (!longer) break;
        e = longer;
    }
    return p->error ? NULL : e;
}

/* primary: left-recursive over attribute, call, genexp call and subscript trailers */
static AstExpr *primary(Parser *p)
{
    return parser_memoized(p, RULE_PRIMARY, primary_body);
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static AstExpr *slice(Parser *p)
{
    int start = p->mark;
    AstExpr *parts[3] = {NULL, NULL, NULL};
    parts[0] = parser_expression(p);
    if (!parts[0]) {
        if (p->error) return NULL;
        p->mark = start;
    }
    if (parser_expect(p, TOK_COLON)) {
        for (int i = 1; i < 3; i++) {
            if (i == 2 && !parser_expect(p, TOK_COLON)) break;
            int mark = p->mark;
            parts[i] = parser_expression(p);
            if (!parts[i]) {
                if (p->error) return NULL;
                p->mark = mark;
            }
        }
        if (p->error) return NULL;
        AstExpr *e = new_expr(p, AST_EXPR_SLICE, parser_extra(p, start));
        if (!e) return NULL;
        e->v.slice.lower = parts[0];
        e->v.slice.upper = parts[1];
        e->v.slice.step = parts[2];
        return e;
    }
    if (p->error) return NULL;
    p->mark = start;
    return parser_named_expression(p);
}

static AstExpr *slice_or_starred(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = slice(p);
    if (e || p->error) return e;
    p->mark = mark;
    return parser_starred_expression(p);
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
AstExpr *parser_slices(Parser *p)
{
    int start = p->mark;
    AstExpr *first = slice(p);
    if (first && !parser_check(p, TOK_COMMA)) return p->error ? NULL : first;
    if (p->error) return NULL;
    p->mark = start;
    first = slice_or_starred(p);
    if (!first) return NULL;
    AstExprSeq elts = {0, NULL};
    int cap = 0;
    if (!push_expr(p, &elts, &cap, first)) return NULL;
    for (;;) {
        int mark = p->mark;
        if (!parser_expect(p, TOK_COMMA)) break;
        AstExpr *next = slice_or_starred(p);
        if (!next) {
            if (p->error) return NULL;
            p->mark = mark;
            break;
        }
        if (!push_expr(p, &elts, &cap, next)) return NULL;
    }
    if (p->error) return NULL;
    parser_expect(p, TOK_COMMA);
    return p->error ? NULL : tuple_of(p, elts, start);
}

/* ---- atoms --------------------------------------------------------------------------------- */

/* invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
static void *invalid_group(Parser *p)
{
    int mark = p->mark;
    if (!parser_expect(p, TOK_LPAR)) return NULL;
    AstExpr *a = parser_starred_expression(p);
    if (a && parser_expect(p, TOK_RPAR))
        return parser_raise_on(p, a->pos, "cannot use starred expression here");
    if (p->error) return NULL;
    p->mark = mark + 1;
    Token *stars = parser_expect(p, TOK_DOUBLESTAR);
    if (stars && parser_expression(p) && parser_expect(p, TOK_RPAR))
        return parser_raise_on(p, parser_token_pos(stars),
                               "cannot use double starred expression here");
    return NULL;
}

/* group: '(' (yield_expr | named_expression) ')' | invalid_group */
static AstExpr *group(Parser *p)
{
    int mark = p->mark;
    if (parser_expect(p, TOK_LPAR)) {
        AstExpr *e = parser_yield_expr(p);
        if (!e && !p->error) {
            p->mark = mark + 1;
            e = parser_named_expression(p);
        }
        if (e && parser_expect(p, TOK_RPAR)) return e;
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (p->call_invalid_rules && (invalid_group(p) || p->error)) return NULL;
    p->mark = mark;
    return NULL;
}

/* &'(' (tuple | group | genexp) */
static AstExpr *paren_atom(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = parser_tuple(p);
    if (e || p->error) return e;
    p->mark = mark;
    e = group(p);
    if (e || p->error) return e;
    p->mark = mark;
    return parser_genexp(p);
}

static AstExpr *keyword_constant(Parser *p, AstConstKind kind)
{
    Token *t = parser_peek(p);
    p->mark++;
    return parser_constant(p, kind, parser_token_pos(t));
}

static void *atom_body(Parser *p)
{
    Token *t = parser_peek(p);
    if (!t) return NULL;
    switch (t->kind) {
    case TOK_NAME:
        p->mark++;
        return parser_name(p, t, AST_CTX_LOAD);
    case TOK_TRUE:
        return keyword_constant(p, AST_CONST_TRUE);
    case TOK_FALSE:
        return keyword_constant(p, AST_CONST_FALSE);
    case TOK_NONE:
        return keyword_constant(p, AST_CONST_NONE);
    case TOK_ELLIPSIS:
        return keyword_constant(p, AST_CONST_ELLIPSIS);
    case TOK_STRING:
        return parser_strings(p);
    case TOK_NUMBER:
        return parser_number(p);
    case TOK_LPAR:
        return paren_atom(p);
    case TOK_LSQB:
        return parser_list_or_listcomp(p);
    case TOK_LBRACE:
        return parser_brace_atom(p);
    default:
        return NULL;
    }
}

/* atom (guarded: the recursion of nested brackets passes through here) */
AstExpr *parser_atom(Parser *p)
{
    return parser_guarded(p, atom_body);
}

/* NUMBER */
AstExpr *parser_number(Parser *p)
{
    Token *t = parser_expect(p, TOK_NUMBER);
    return t ? parser_parse_number(p, t) : NULL;
}

/* strings (memo): STRING+ */
static void *strings_body(Parser *p)
{
    int first = p->mark;
    while (parser_expect(p, TOK_STRING)) {
    }
    if (p->error || p->mark == first) return NULL;
    return parser_concatenate_strings(p, first, p->mark - 1);
}

AstExpr *parser_strings(Parser *p)
{
    return parser_memoized(p, RULE_STRINGS, strings_body);
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static void *lambdef_body(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_LAMBDA)) return NULL;
    int mark = p->mark;
    AstArguments *args = parser_lambda_params(p);
    if (!args) {
        if (p->error) return NULL;
        p->mark = mark;
        args = parser_empty_arguments(p);
        if (!args) return NULL;
    }
    if (!parser_expect(p, TOK_COLON)) return NULL;
    AstExpr *body = parser_expression(p);
    if (!body) return NULL;
    AstExpr *e = new_expr(p, AST_EXPR_LAMBDA, parser_extra(p, start));
    if (!e) return NULL;
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    return e;
}

AstExpr *parser_lambdef(Parser *p)
{
    return parser_guarded(p, lambdef_body);
}

/* starred_expression: '*' expression */
AstExpr *parser_starred_expression(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_STAR)) return NULL;
    AstExpr *value = parser_expression(p);
    if (!value) return NULL;
    AstExpr *e = new_expr(p, AST_EXPR_STARRED, parser_extra(p, start));
    if (!e) return NULL;
    e->v.starred.value = value;
    e->v.starred.ctx = AST_CTX_LOAD;
    return e;
}
