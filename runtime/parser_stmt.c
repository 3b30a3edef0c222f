/* parser_stmt.c — statement sequences, blocks and simple statements (CPython 3.11 grammar,
 * "General statements" and "Simple statements"): assignment in all its forms, return, raise,
 * pass, del, yield, assert, break, continue, global, nonlocal and imports. Compound statements
 * are in parser_compound.c, match in parser_pattern.c.
 */
#include <string.h>

#include "parser_internal.h"

static AstStmt *new_stmt(Parser *p, AstStmtKind kind, int start)
{
    AstStmt *s = ast_stmt_new(p->arena, kind, parser_extra(p, start));
    if (!s) parser_no_memory(p);
    return s;
}

/* ---- assignment ---------------------------------------------------------------------------- */

/* annotated_rhs: yield_expr | star_expressions */
static AstExpr *annotated_rhs(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = parser_yield_expr(p);
    if (e || p->error) return e;
    p->mark = mark;
    return parser_star_expressions(p);
}

/* ['=' annotated_rhs]; false only on error. */
static bool optional_value(Parser *p, AstExpr **value)
{
    int mark = p->mark;
    *value = NULL;
    if (parser_expect(p, TOK_EQUAL)) *value = annotated_rhs(p);
    if (!*value) p->mark = mark;
    return !p->error;
}

static AstStmt *ann_assign(Parser *p, AstExpr *target, AstExpr *annotation, int simple, int start)
{
    AstExpr *value;
    if (!optional_value(p, &value)) return NULL;
    AstStmt *s = new_stmt(p, AST_STMT_ANN_ASSIGN, start);
    if (!s) return NULL;
    s->v.ann_assign.target = target;
    s->v.ann_assign.annotation = annotation;
    s->v.ann_assign.value = value;
    s->v.ann_assign.simple = simple;
    return s;
}

/* NAME ':' expression ['=' annotated_rhs] */
static AstStmt *simple_annotation(Parser *p)
{
    int start = p->mark;
    Token *name = parser_expect(p, TOK_NAME);
    if (!name || !parser_expect(p, TOK_COLON)) return NULL;
    AstExpr *annotation = parser_expression(p);
    AstExpr *target = annotation ? parser_name(p, name, AST_CTX_STORE) : NULL;
    return target ? ann_assign(p, target, annotation, 1, start) : NULL;
}

/* ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' rhs] */
static AstStmt *complex_annotation(Parser *p)
{
    int start = p->mark;
    AstExpr *target = NULL;
    if (parser_expect(p, TOK_LPAR)) {
        target = parser_single_target(p);
        if (target && !parser_expect(p, TOK_RPAR)) target = NULL;
    }
    if (p->error) return NULL;
    if (!target) {
        p->mark = start;
        target = parser_single_subscript_attribute_target(p);
    }
    if (!target || !parser_expect(p, TOK_COLON)) return NULL;
    AstExpr *annotation = parser_expression(p);
    return annotation ? ann_assign(p, target, annotation, 0, start) : NULL;
}

/* (star_targets '=')+ (yield_expr | star_expressions) !'=' */
static AstStmt *plain_assign(Parser *p)
{
    int start = p->mark;
    AstExprSeq targets = {0, NULL};
    int cap = 0;
    for (;;) {
        int mark = p->mark;
        AstExpr *target = parser_star_targets(p);
        if (!target || !parser_expect(p, TOK_EQUAL)) {
            p->mark = mark;
            break;
        }
        if (!push_expr(p, &targets, &cap, target)) return NULL;
    }
    if (p->error || targets.count == 0) return NULL;
    AstExpr *value = annotated_rhs(p);
    if (!value || parser_check(p, TOK_EQUAL) || p->error) return NULL;
    AstStmt *s = new_stmt(p, AST_STMT_ASSIGN, start);
    if (!s) return NULL;
    s->v.assign.targets = targets;
    s->v.assign.value = value;
    return s;
}

/* augassign: '+=' | '-=' | ... ; false when the token is not one. */
static bool augassign(Parser *p, AstOperator *op)
{
    static const struct {
        TokenKind token;
        AstOperator op;
    } table[] = {
        {TOK_PLUSEQUAL, AST_OP_ADD},
        {TOK_MINEQUAL, AST_OP_SUB},
        {TOK_STAREQUAL, AST_OP_MULT},
        {TOK_ATEQUAL, AST_OP_MAT_MULT},
        {TOK_SLASHEQUAL, AST_OP_DIV},
        {TOK_PERCENTEQUAL, AST_OP_MOD},
        {TOK_AMPEREQUAL, AST_OP_BIT_AND},
        {TOK_VBAREQUAL, AST_OP_BIT_OR},
        {TOK_CIRCUMFLEXEQUAL, AST_OP_BIT_XOR},
        {TOK_LEFTSHIFTEQUAL, AST_OP_LSHIFT},
        {TOK_RIGHTSHIFTEQUAL, AST_OP_RSHIFT},
        {TOK_DOUBLESTAREQUAL, AST_OP_POW},
        {TOK_DOUBLESLASHEQUAL, AST_OP_FLOOR_DIV},
    };
    TokenKind kind = parser_peek_kind(p);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (table[i].token == kind) {
            *op = table[i].op;
            p->mark++;
            return true;
        }
    }
    return false;
}

/* single_target augassign ~ (yield_expr | star_expressions). *cut is set once the operator
 * matched: then no other alternative of `assignment` may be tried. */
static AstStmt *aug_assign(Parser *p, bool *cut)
{
    int start = p->mark;
    AstExpr *target = parser_single_target(p);
    AstOperator op;
    if (!target || !augassign(p, &op)) return NULL;
    *cut = true;
    AstExpr *value = annotated_rhs(p);
    if (!value) return NULL;
    AstStmt *s = new_stmt(p, AST_STMT_AUG_ASSIGN, start);
    if (!s) return NULL;
    s->v.aug_assign.target = target;
    s->v.aug_assign.op = op;
    s->v.aug_assign.value = value;
    return s;
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
static AstExpr *invalid_ann_assign_target(Parser *p)
{
    int mark = p->mark;
    AstExpr *e = parser_list(p);
    if (e || p->error) return e;
    p->mark = mark;
    e = parser_tuple(p);
    if (e || p->error) return e;
    p->mark = mark;
    if (!parser_expect(p, TOK_LPAR) || !parser_enter(p)) return NULL;
    e = invalid_ann_assign_target(p);
    p->depth--;
    if (e && parser_expect(p, TOK_RPAR)) return e;
    p->mark = mark;
    return NULL;
}

/* invalid_assignment, the annotation alternatives. */
static void *invalid_annotation(Parser *p, int mark)
{
    AstExpr *a = invalid_ann_assign_target(p);
    if (a && parser_expect(p, TOK_COLON) && parser_expression(p))
        return parser_raise_on(p, a->pos, "only single target (not %s) can be annotated",
                               parser_expr_name(a));
    if (p->error) return NULL;
    p->mark = mark;
    a = parser_star_named_expression(p);
    if (a && parser_expect(p, TOK_COMMA)) {
        AstExprSeq more;
        for (;;) {
            int m = p->mark;
            if (!parser_star_named_expressions(p, &more)) {
                p->mark = m;
                break;
            }
        }
        if (!p->error && parser_expect(p, TOK_COLON) && parser_expression(p))
            return parser_raise_on(p, a->pos, "only single target (not tuple) can be annotated");
    }
    if (p->error) return NULL;
    p->mark = mark;
    a = parser_expression(p);
    if (a && parser_expect(p, TOK_COLON) && parser_expression(p))
        return parser_raise_on(p, a->pos, "illegal target for annotation");
    return NULL;
}

/* (star_targets '=')* */
static void skip_assign_targets(Parser *p)
{
    for (;;) {
        int mark = p->mark;
        if (!parser_star_targets(p) || !parser_expect(p, TOK_EQUAL)) {
            p->mark = mark;
            return;
        }
    }
}

/* invalid_assignment */
static void *invalid_assignment(Parser *p)
{
    int mark = p->mark;
    if (invalid_annotation(p, mark) || p->error) return NULL;
    p->mark = mark;
    skip_assign_targets(p);
    int after_targets = p->mark;
    AstExpr *a = parser_star_expressions(p);
    if (a && parser_expect(p, TOK_EQUAL)) return parser_raise_invalid_target(p, STAR_TARGETS, a);
    if (p->error) return NULL;
    p->mark = after_targets;
    a = parser_yield_expr(p);
    if (a && parser_expect(p, TOK_EQUAL))
        return parser_raise_on(p, a->pos, "assignment to yield expression not possible");
    if (p->error) return NULL;
    p->mark = mark;
    a = parser_star_expressions(p);
    AstOperator op;
    if (a && augassign(p, &op) && annotated_rhs(p))
        return parser_raise_on(p, a->pos, "'%s' is an illegal expression for augmented assignment",
                               parser_expr_name(a));
    return NULL;
}

/* assignment */
static AstStmt *assignment(Parser *p)
{
    int mark = p->mark;
    AstStmt *(*const plain_forms[])(Parser *) = {simple_annotation, complex_annotation,
                                                 plain_assign};
    for (size_t i = 0; i < 3; i++) {
        AstStmt *s = plain_forms[i](p);
        if (s || p->error) return s;
        p->mark = mark;
    }
    bool cut = false;
    AstStmt *s = aug_assign(p, &cut);
    if (s || p->error || cut) return s;
    p->mark = mark;
    if (p->call_invalid_rules) invalid_assignment(p);
    return NULL;
}

/* ---- other simple statements ----------------------------------------------------------------- */

static AstStmt *expr_stmt(Parser *p, AstExpr *value, int start)
{
    AstStmt *s = new_stmt(p, AST_STMT_EXPR, start);
    if (s) s->v.expr.value = value;
    return s;
}

/* return_stmt: 'return' [star_expressions] */
static AstStmt *return_stmt(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_RETURN)) return NULL;
    int mark = p->mark;
    AstExpr *value = parser_star_expressions(p);
    if (!value) {
        if (p->error) return NULL;
        p->mark = mark;
    }
    AstStmt *s = new_stmt(p, AST_STMT_RETURN, start);
    if (s) s->v.return_.value = value;
    return s;
}

/* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
static AstStmt *raise_stmt(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_RAISE)) return NULL;
    AstExpr *exc = parser_expression(p), *cause = NULL;
    if (exc) {
        int mark = p->mark;
        if (parser_expect(p, TOK_FROM)) cause = parser_expression(p);
        if (!cause) p->mark = mark;
    }
    if (p->error) return NULL;
    if (!exc) p->mark = start + 1;
    AstStmt *s = new_stmt(p, AST_STMT_RAISE, start);
    if (!s) return NULL;
    s->v.raise.exc = exc;
    s->v.raise.cause = cause;
    return s;
}

/* global_stmt / nonlocal_stmt: keyword ','.NAME+ */
static AstStmt *names_stmt(Parser *p, TokenKind keyword, AstStmtKind kind)
{
    int start = p->mark;
    if (!parser_expect(p, keyword)) return NULL;
    AstIdentSeq names = {0, NULL};
    int cap = 0;
    do {
        Token *name = parser_expect(p, TOK_NAME);
        if (!name) {
            if (names.count == 0) return NULL;
            p->mark--; /* the trailing comma is not part of the statement */
            break;
        }
        const char *id = parser_identifier(p, name);
        if (!id || !push_ident(p, &names, &cap, id)) return NULL;
    } while (parser_expect(p, TOK_COMMA));
    if (p->error) return NULL;
    AstStmt *s = new_stmt(p, kind, start);
    if (s) s->v.global.names = names;
    return s;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static AstStmt *del_stmt(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_DEL)) return NULL;
    AstExprSeq targets;
    if (parser_del_targets(p, &targets) &&
        (parser_check(p, TOK_SEMI) || parser_check(p, TOK_NEWLINE))) {
        AstStmt *s = new_stmt(p, AST_STMT_DELETE, start);
        if (s) s->v.delete_.targets = targets;
        return s;
    }
    if (p->error || !p->call_invalid_rules) return NULL;
    p->mark = start + 1;
    AstExpr *a = parser_star_expressions(p);
    if (a) parser_raise_invalid_target(p, DEL_TARGETS, a);
    return NULL;
}

/* assert_stmt: 'assert' expression [',' expression] */
static AstStmt *assert_stmt(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_ASSERT)) return NULL;
    AstExpr *test = parser_expression(p), *msg = NULL;
    if (!test) return NULL;
    int mark = p->mark;
    if (parser_expect(p, TOK_COMMA)) msg = parser_expression(p);
    if (p->error) return NULL;
    if (!msg) p->mark = mark;
    AstStmt *s = new_stmt(p, AST_STMT_ASSERT, start);
    if (!s) return NULL;
    s->v.assert_.test = test;
    s->v.assert_.msg = msg;
    return s;
}

static AstStmt *keyword_stmt(Parser *p, AstStmtKind kind)
{
    int start = p->mark++;
    return new_stmt(p, kind, start);
}

/* ---- imports ------------------------------------------------------------------------------- */

/* dotted_name: NAME ('.' NAME)* joined with dots, each part normalised. */
static const char *dotted_name(Parser *p)
{
    int start = p->mark;
    if (!parser_check(p, TOK_NAME)) return NULL;
    size_t total = 0;
    int parts = 0;
    for (;;) {
        Token *name = parser_expect(p, TOK_NAME);
        if (!name) {
            p->mark--; /* give back the dot */
            break;
        }
        total += name->end - name->start + 1;
        parts++;
        if (!parser_expect(p, TOK_DOT)) break;
    }
    if (p->error) return NULL;
    if (parts == 1) return parser_identifier(p, parser_token(p, start));
    /* Normalised parts may be longer than the source text: join after normalising. */
    const char **ids = parser_alloc(p, (size_t)parts * sizeof *ids);
    if (!ids) return NULL;
    total = 0;
    for (int i = 0; i < parts; i++) {
        ids[i] = parser_identifier(p, parser_token(p, start + 2 * i));
        if (!ids[i]) return NULL;
        total += strlen(ids[i]) + 1;
    }
    char *joined = parser_alloc(p, total);
    if (!joined) return NULL;
    char *out = joined;
    for (int i = 0; i < parts; i++) {
        size_t n = strlen(ids[i]);
        memcpy(out, ids[i], n);
        out += n;
        *out++ = i + 1 < parts ? '.' : '\0';
    }
    return joined;
}

static AstAlias *new_alias(Parser *p, const char *name, const char *asname, int start)
{
    AstAlias *a = PARSER_NEW(p, AstAlias);
    if (!a) return NULL;
    a->pos = parser_extra(p, start);
    a->name = name;
    a->asname = asname;
    return a;
}

/* ['as' NAME]; false only on error. */
static bool optional_asname(Parser *p, const char **asname)
{
    int mark = p->mark;
    *asname = NULL;
    if (!parser_expect(p, TOK_AS)) return !p->error;
    Token *name = parser_expect(p, TOK_NAME);
    if (!name) {
        p->mark = mark;
        return !p->error;
    }
    *asname = parser_identifier(p, name);
    return *asname != NULL;
}

/* ','.(dotted_as_name | import_from_as_name)+ ; dotted selects dotted_name over NAME. */
static bool alias_list(Parser *p, bool dotted, AstAliasSeq *out)
{
    AstAliasSeq seq = {0, NULL};
    int cap = 0;
    for (;;) {
        int start = p->mark;
        const char *name = NULL;
        if (dotted) {
            name = dotted_name(p);
        } else {
            Token *t = parser_expect(p, TOK_NAME);
            if (t) name = parser_identifier(p, t);
        }
        const char *asname;
        if (!name || !optional_asname(p, &asname)) {
            if (p->error || seq.count == 0) return false;
            p->mark = start - 1; /* give back the comma */
            break;
        }
        AstAlias *a = new_alias(p, name, asname, start);
        if (!a || !push_alias(p, &seq, &cap, a)) return false;
        if (!parser_expect(p, TOK_COMMA)) break;
    }
    *out = seq;
    return !p->error;
}

/* import_name: 'import' dotted_as_names */
static AstStmt *import_name(Parser *p)
{
    int start = p->mark;
    AstAliasSeq names;
    if (!parser_expect(p, TOK_IMPORT) || !alias_list(p, true, &names)) return NULL;
    AstStmt *s = new_stmt(p, AST_STMT_IMPORT, start);
    if (s) s->v.import.names = names;
    return s;
}

/* import_from_targets:
 *   '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
 *   | invalid_import_from_targets */
static bool import_from_targets(Parser *p, AstAliasSeq *out)
{
    int start = p->mark;
    if (parser_expect(p, TOK_LPAR)) {
        if (alias_list(p, false, out)) {
            parser_expect(p, TOK_COMMA);
            if (parser_expect(p, TOK_RPAR)) return true;
        }
        if (p->error) return false;
        p->mark = start;
    }
    if (alias_list(p, false, out) && !parser_check(p, TOK_COMMA) && !p->error) return true;
    if (p->error) return false;
    p->mark = start;
    Token *star = parser_expect(p, TOK_STAR);
    if (star) {
        AstAlias *a = new_alias(p, "*", NULL, start);
        int cap = 0;
        *out = (AstAliasSeq){0, NULL};
        return a && push_alias(p, out, &cap, a);
    }
    if (p->error || !p->call_invalid_rules) return false;
    if (alias_list(p, false, out) && parser_expect(p, TOK_COMMA) && parser_check(p, TOK_NEWLINE))
        parser_raise(p, SYNTAX_ERROR_SYNTAX,
                     "trailing comma not allowed without surrounding parentheses");
    return false;
}

/* import_from:
 *   'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *   | 'from' ('.' | '...')+ 'import' import_from_targets */
static AstStmt *import_from(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_FROM)) return NULL;
    int level = 0;
    for (;;) {
        if (parser_expect(p, TOK_DOT))
            level += 1;
        else if (parser_expect(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    int after_dots = p->mark;
    const char *module = dotted_name(p);
    if (!module) {
        if (p->error || level == 0) return NULL;
        p->mark = after_dots;
    }
    AstAliasSeq names;
    if (!parser_expect(p, TOK_IMPORT) || !import_from_targets(p, &names)) return NULL;
    AstStmt *s = new_stmt(p, AST_STMT_IMPORT_FROM, start);
    if (!s) return NULL;
    s->v.import_from.module = module;
    s->v.import_from.names = names;
    s->v.import_from.level = level;
    return s;
}

/* ---- simple_stmt, simple_stmts, statements ---------------------------------------------- */

/* The keyword-led alternatives of simple_stmt (after assignment and star_expressions). */
static AstStmt *keyword_simple_stmt(Parser *p)
{
    int start = p->mark;
    switch (parser_peek_kind(p)) {
    case TOK_RETURN:
        return return_stmt(p);
    case TOK_IMPORT:
        return import_name(p);
    case TOK_FROM:
        return import_from(p);
    case TOK_RAISE:
        return raise_stmt(p);
    case TOK_PASS:
        return keyword_stmt(p, AST_STMT_PASS);
    case TOK_DEL:
        return del_stmt(p);
    case TOK_YIELD: {
        AstExpr *value = parser_yield_expr(p);
        return value ? expr_stmt(p, value, start) : NULL;
    }
    case TOK_ASSERT:
        return assert_stmt(p);
    case TOK_BREAK:
        return keyword_stmt(p, AST_STMT_BREAK);
    case TOK_CONTINUE:
        return keyword_stmt(p, AST_STMT_CONTINUE);
    case TOK_GLOBAL:
        return names_stmt(p, TOK_GLOBAL, AST_STMT_GLOBAL);
    case TOK_NONLOCAL:
        return names_stmt(p, TOK_NONLOCAL, AST_STMT_NONLOCAL);
    default:
        return NULL;
    }
}

/* simple_stmt (memo): assignment | star_expressions | &'return' return_stmt | ... */
static void *simple_stmt_body(Parser *p)
{
    int start = p->mark;
    AstStmt *s = assignment(p);
    if (s || p->error) return s;
    p->mark = start;
    AstExpr *e = parser_star_expressions(p);
    if (e) return expr_stmt(p, e, start);
    if (p->error) return NULL;
    p->mark = start;
    return keyword_simple_stmt(p);
}

static AstStmt *simple_stmt(Parser *p)
{
    return parser_memoized(p, RULE_SIMPLE_STMT, simple_stmt_body);
}

/* simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
static bool simple_stmts(Parser *p, AstStmtSeq *out)
{
    int start = p->mark;
    AstStmtSeq seq = {0, NULL};
    int cap = 0;
    for (;;) {
        int mark = p->mark;
        AstStmt *s = simple_stmt(p);
        if (!s) {
            if (p->error || seq.count == 0) goto fail;
            p->mark = mark;
            break;
        }
        if (!push_stmt(p, &seq, &cap, s)) return false;
        if (!parser_expect(p, TOK_SEMI)) break;
    }
    if (!parser_expect(p, TOK_NEWLINE)) goto fail;
    *out = seq;
    return true;
fail:
    p->mark = start;
    return false;
}

/* statement: compound_stmt | simple_stmts — appended to *seq */
static bool statement(Parser *p, AstStmtSeq *seq, int *cap)
{
    int mark = p->mark;
    AstStmt *s = parser_compound_stmt(p);
    if (s) return push_stmt(p, seq, cap, s);
    if (p->error) return false;
    p->mark = mark;
    AstStmtSeq simple;
    if (!simple_stmts(p, &simple)) return false;
    for (int i = 0; i < simple.count; i++)
        if (!push_stmt(p, seq, cap, simple.items[i])) return false;
    return true;
}

/* statements: statement+ */
bool parser_statements(Parser *p, AstStmtSeq *out)
{
    AstStmtSeq seq = {0, NULL};
    int cap = 0;
    for (;;) {
        int mark = p->mark;
        if (!statement(p, &seq, &cap)) {
            if (p->error) return false;
            p->mark = mark;
            break;
        }
    }
    *out = seq;
    return seq.count > 0;
}

/* block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
static void *block_body(Parser *p)
{
    int mark = p->mark;
    AstStmtSeq *body = PARSER_NEW(p, AstStmtSeq);
    if (!body) return NULL;
    if (parser_expect(p, TOK_NEWLINE) && parser_expect(p, TOK_INDENT) &&
        parser_statements(p, body) && parser_expect(p, TOK_DEDENT))
        return body;
    if (p->error) return NULL;
    p->mark = mark;
    if (simple_stmts(p, body)) return body;
    if (p->error) return NULL;
    p->mark = mark;
    if (p->call_invalid_rules && parser_expect(p, TOK_NEWLINE) && !parser_check(p, TOK_INDENT) &&
        !p->error)
        parser_raise(p, SYNTAX_ERROR_INDENTATION, "expected an indented block");
    return NULL;
}

bool parser_block(Parser *p, AstStmtSeq *out)
{
    AstStmtSeq *body = parser_memoized(p, RULE_BLOCK, block_body);
    if (!body) return false;
    *out = *body;
    return true;
}
