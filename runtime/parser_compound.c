/* parser_compound.c — compound statements (CPython 3.11 grammar, "Compound statements"):
 * function and class definitions with decorators, if/elif/else, while, for, with and
 * try (except, except* and finally), with the invalid_* rules that produce "expected ':'" and
 * "expected an indented block after ..." errors. `match` is in parser_pattern.c.
 */
#include "parser_internal.h"

static AstStmt *new_stmt(Parser *p, AstStmtKind kind, int start)
{
    AstStmt *s = ast_stmt_new(p->arena, kind, parser_extra(p, start));
    if (!s) parser_no_memory(p);
    return s;
}

/* NEWLINE !INDENT — the tail of every "expected an indented block" rule. */
static bool newline_without_indent(Parser *p)
{
    return parser_expect(p, TOK_NEWLINE) && !parser_check(p, TOK_INDENT) && !p->error;
}

static void *raise_missing_block(Parser *p, const char *what, const Token *keyword)
{
    return parser_raise(p, SYNTAX_ERROR_INDENTATION,
                        "expected an indented block after %s on line %d", what, keyword->lineno);
}

/* [else_block]; false only on error. else_block: invalid_else_stmt | 'else' &&':' block */
static bool optional_else(Parser *p, AstStmtSeq *orelse)
{
    int mark = p->mark;
    *orelse = (AstStmtSeq){0, NULL};
    Token *kw = parser_expect(p, TOK_ELSE);
    if (!kw) return !p->error;
    if (p->call_invalid_rules) {
        if (parser_expect(p, TOK_COLON) && newline_without_indent(p)) {
            raise_missing_block(p, "'else' statement", kw);
            return false;
        }
        if (p->error) return false;
        p->mark = mark + 1;
    }
    if (parser_expect_forced(p, TOK_COLON, ":") && parser_block(p, orelse)) return true;
    if (p->error) return false;
    p->mark = mark;
    return true;
}

/* ---- function and class definitions ---------------------------------------------------- */

/* decorators: ('@' named_expression NEWLINE)+ */
static bool decorators(Parser *p, AstExprSeq *out)
{
    int cap = 0;
    *out = (AstExprSeq){0, NULL};
    for (;;) {
        int mark = p->mark;
        if (!parser_expect(p, TOK_AT)) break;
        AstExpr *e = parser_named_expression(p);
        if (!e || !parser_expect(p, TOK_NEWLINE)) {
            p->mark = mark;
            break;
        }
        if (!push_expr(p, out, &cap, e)) return false;
    }
    return out->count > 0 && !p->error;
}

/* '(' [params] ')' of a def; *args is never NULL on success. */
static bool def_parameters(Parser *p, AstArguments **args, bool forced)
{
    if (forced ? !parser_expect_forced(p, TOK_LPAR, "(") : !parser_expect(p, TOK_LPAR))
        return false;
    int mark = p->mark;
    *args = parser_params(p);
    if (!*args) {
        if (p->error) return false;
        p->mark = mark;
        *args = parser_empty_arguments(p);
    }
    return *args && parser_expect(p, TOK_RPAR);
}

/* ['->' expression]; false only on error. */
static bool optional_returns(Parser *p, AstExpr **returns)
{
    int mark = p->mark;
    *returns = NULL;
    if (parser_expect(p, TOK_RARROW)) *returns = parser_expression(p);
    if (!*returns) p->mark = mark;
    return !p->error;
}

/* invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
static void *invalid_def_raw(Parser *p)
{
    parser_expect(p, TOK_ASYNC);
    Token *def = parser_expect(p, TOK_DEF);
    AstArguments *args;
    AstExpr *returns;
    if (def && parser_expect(p, TOK_NAME) && def_parameters(p, &args, false) &&
        optional_returns(p, &returns) && parser_expect(p, TOK_COLON) && newline_without_indent(p))
        return raise_missing_block(p, "function definition", def);
    return NULL;
}

/* function_def_raw:
 *   invalid_def_raw
 *   | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
static AstStmt *function_def_raw(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules && (invalid_def_raw(p) || p->error)) return NULL;
    p->mark = start;
    bool is_async = parser_expect(p, TOK_ASYNC) != NULL;
    Token *name = parser_expect(p, TOK_DEF) ? parser_expect(p, TOK_NAME) : NULL;
    AstArguments *args;
    AstExpr *returns;
    AstStmtSeq body;
    if (!name || !def_parameters(p, &args, true) || !optional_returns(p, &returns) ||
        !parser_expect_forced(p, TOK_COLON, ":") || !parser_block(p, &body))
        return NULL;
    const char *id = parser_identifier(p, name);
    AstStmt *s =
        id ? new_stmt(p, is_async ? AST_STMT_ASYNC_FUNCTION_DEF : AST_STMT_FUNCTION_DEF, start)
           : NULL;
    if (!s) return NULL;
    s->v.function_def.name = id;
    s->v.function_def.args = args;
    s->v.function_def.body = body;
    s->v.function_def.returns = returns;
    return s;
}

/* function_def: decorators function_def_raw | function_def_raw */
static AstStmt *function_def(Parser *p)
{
    AstExprSeq decos = {0, NULL};
    if (parser_check(p, TOK_AT) && !decorators(p, &decos)) return NULL;
    AstStmt *s = function_def_raw(p);
    if (s) s->v.function_def.decorator_list = decos;
    return s;
}

/* ['(' [arguments] ')'] of a class; false only on error. */
static bool class_arguments(Parser *p, AstExpr **arguments)
{
    int mark = p->mark;
    *arguments = NULL;
    if (!parser_expect(p, TOK_LPAR)) return !p->error;
    int inner = p->mark;
    *arguments = parser_arguments(p);
    if (!*arguments) p->mark = inner;
    if (!p->error && parser_expect(p, TOK_RPAR)) return true;
    *arguments = NULL;
    p->mark = mark;
    return !p->error;
}

/* invalid_class_def_raw:
 *   'class' NAME ['(' [arguments] ')'] NEWLINE -> "expected ':'"
 *   | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT */
static void *invalid_class_def_raw(Parser *p)
{
    Token *kw = parser_expect(p, TOK_CLASS);
    AstExpr *arguments;
    if (!kw || !parser_expect(p, TOK_NAME) || !class_arguments(p, &arguments)) return NULL;
    int after = p->mark;
    if (parser_expect(p, TOK_NEWLINE)) return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected ':'");
    p->mark = after;
    if (parser_expect(p, TOK_COLON) && newline_without_indent(p))
        return raise_missing_block(p, "class definition", kw);
    return NULL;
}

/* class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
static AstStmt *class_def_raw(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules && (invalid_class_def_raw(p) || p->error)) return NULL;
    p->mark = start;
    Token *name = parser_expect(p, TOK_CLASS) ? parser_expect(p, TOK_NAME) : NULL;
    AstExpr *arguments;
    AstStmtSeq body;
    if (!name || !class_arguments(p, &arguments) || !parser_expect(p, TOK_COLON) ||
        !parser_block(p, &body))
        return NULL;
    const char *id = parser_identifier(p, name);
    AstStmt *s = id ? new_stmt(p, AST_STMT_CLASS_DEF, start) : NULL;
    if (!s) return NULL;
    s->v.class_def.name = id;
    if (arguments) {
        s->v.class_def.bases = arguments->v.call.args;
        s->v.class_def.keywords = arguments->v.call.keywords;
    }
    s->v.class_def.body = body;
    return s;
}

/* class_def: decorators class_def_raw | class_def_raw */
static AstStmt *class_def(Parser *p)
{
    AstExprSeq decos = {0, NULL};
    if (parser_check(p, TOK_AT) && !decorators(p, &decos)) return NULL;
    AstStmt *s = class_def_raw(p);
    if (s) s->v.class_def.decorator_list = decos;
    return s;
}

/* ---- if, while ----------------------------------------------------------------------------- */

/* invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
 *   KW named_expression NEWLINE -> "expected ':'"
 *   | a=KW named_expression ':' NEWLINE !INDENT */
static void *invalid_condition_stmt(Parser *p, TokenKind keyword, const char *what)
{
    int mark = p->mark;
    Token *kw = parser_expect(p, keyword);
    if (!kw || !parser_named_expression(p)) return NULL;
    int after = p->mark;
    if (parser_expect(p, TOK_NEWLINE)) return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected ':'");
    p->mark = after;
    if (parser_expect(p, TOK_COLON) && newline_without_indent(p)) {
        /* CPython's invalid_if_stmt rebinds `a` to the condition: its line is reported */
        Token cond = *parser_token(p, mark + 1);
        return raise_missing_block(p, what, keyword == TOK_IF ? &cond : kw);
    }
    return NULL;
}

/* KW named_expression ':' block — the head shared by if, elif and while. */
static bool condition_and_block(Parser *p, TokenKind keyword, AstExpr **test, AstStmtSeq *body)
{
    if (!parser_expect(p, keyword)) return false;
    *test = parser_named_expression(p);
    return *test && parser_expect(p, TOK_COLON) && parser_block(p, body);
}

/* if_stmt / elif_stmt:
 *   invalid_*_stmt
 *   | KW named_expression ':' block elif_stmt
 *   | KW named_expression ':' block [else_block] */
static AstStmt *if_stmt(Parser *p, TokenKind keyword)
{
    int start = p->mark;
    const char *what = keyword == TOK_IF ? "'if' statement" : "'elif' statement";
    if (p->call_invalid_rules && (invalid_condition_stmt(p, keyword, what) || p->error))
        return NULL;
    p->mark = start;
    AstExpr *test;
    AstStmtSeq body, orelse = {0, NULL};
    if (!parser_enter(p)) return NULL;
    bool ok = condition_and_block(p, keyword, &test, &body);
    AstStmt *elif = NULL;
    if (ok && parser_check(p, TOK_ELIF)) {
        int mark = p->mark;
        elif = if_stmt(p, TOK_ELIF);
        if (!elif) p->mark = mark;
    }
    p->depth--;
    if (!ok || p->error) return NULL;
    int cap = 0;
    if (elif ? !push_stmt(p, &orelse, &cap, elif) : !optional_else(p, &orelse)) return NULL;
    AstStmt *s = new_stmt(p, AST_STMT_IF, start);
    if (!s) return NULL;
    s->v.if_.test = test;
    s->v.if_.body = body;
    s->v.if_.orelse = orelse;
    return s;
}

/* while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
static AstStmt *while_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules &&
        (invalid_condition_stmt(p, TOK_WHILE, "'while' statement") || p->error))
        return NULL;
    p->mark = start;
    AstExpr *test;
    AstStmtSeq body, orelse;
    if (!condition_and_block(p, TOK_WHILE, &test, &body) || !optional_else(p, &orelse)) return NULL;
    AstStmt *s = new_stmt(p, AST_STMT_WHILE, start);
    if (!s) return NULL;
    s->v.while_.test = test;
    s->v.while_.body = body;
    s->v.while_.orelse = orelse;
    return s;
}

/* ---- for ----------------------------------------------------------------------------------- */

/* invalid_for_stmt:
 *   [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE -> "expected ':'"
 *   | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT */
static void *invalid_for_stmt(Parser *p)
{
    parser_expect(p, TOK_ASYNC);
    Token *kw = parser_expect(p, TOK_FOR);
    if (!kw || !parser_star_targets(p) || !parser_expect(p, TOK_IN) || !parser_star_expressions(p))
        return NULL;
    int after = p->mark;
    if (parser_expect(p, TOK_NEWLINE)) return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected ':'");
    p->mark = after;
    if (parser_expect(p, TOK_COLON) && newline_without_indent(p))
        return raise_missing_block(p, "'for' statement", kw);
    return NULL;
}

/* for_stmt:
 *   invalid_for_stmt
 *   | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
 *   | invalid_for_target */
static AstStmt *for_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules && (invalid_for_stmt(p) || p->error)) return NULL;
    p->mark = start;
    bool is_async = parser_expect(p, TOK_ASYNC) != NULL;
    AstExpr *target = parser_expect(p, TOK_FOR) ? parser_star_targets(p) : NULL;
    if (target && parser_expect(p, TOK_IN)) {
        /* the cut: from here a failure fails the whole for_stmt */
        AstExpr *iter = parser_star_expressions(p);
        AstStmtSeq body, orelse;
        if (!iter || !parser_expect(p, TOK_COLON) || !parser_block(p, &body) ||
            !optional_else(p, &orelse))
            return NULL;
        AstStmt *s = new_stmt(p, is_async ? AST_STMT_ASYNC_FOR : AST_STMT_FOR, start);
        if (!s) return NULL;
        s->v.for_.target = target;
        s->v.for_.iter = iter;
        s->v.for_.body = body;
        s->v.for_.orelse = orelse;
        return s;
    }
    if (p->error) return NULL;
    p->mark = start;
    if (p->call_invalid_rules) parser_invalid_for_target(p);
    return NULL;
}

/* ---- with ---------------------------------------------------------------------------------- */

/* invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') */
static void *invalid_with_item(Parser *p)
{
    if (!parser_expression(p) || !parser_expect(p, TOK_AS)) return NULL;
    AstExpr *a = parser_expression(p);
    if (a &&
        (parser_check(p, TOK_COMMA) || parser_check(p, TOK_RPAR) || parser_check(p, TOK_COLON)))
        return parser_raise_invalid_target(p, STAR_TARGETS, a);
    return NULL;
}

/* with_item:
 *   expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
static AstWithItem *with_item(Parser *p)
{
    int mark = p->mark;
    AstExpr *context = parser_expression(p);
    if (!context) return NULL;
    int after = p->mark;
    AstExpr *vars = NULL;
    if (parser_expect(p, TOK_AS)) {
        vars = parser_star_target(p);
        if (vars && !(parser_check(p, TOK_COMMA) || parser_check(p, TOK_RPAR) ||
                      parser_check(p, TOK_COLON)))
            vars = NULL;
    }
    if (p->error) return NULL;
    if (!vars) {
        p->mark = mark;
        if (p->call_invalid_rules && (invalid_with_item(p) || p->error)) return NULL;
        p->mark = after;
    }
    AstWithItem *item = PARSER_NEW(p, AstWithItem);
    if (!item) return NULL;
    item->context_expr = context;
    item->optional_vars = vars;
    return item;
}

/* ','.with_item+ */
static bool with_items(Parser *p, AstWithItemSeq *out)
{
    int cap = 0;
    *out = (AstWithItemSeq){0, NULL};
    for (;;) {
        int mark = p->mark;
        AstWithItem *item = with_item(p);
        if (!item) {
            if (p->error || out->count == 0) return false;
            p->mark = mark - 1; /* give back the comma */
            break;
        }
        if (!push_withitem(p, out, &cap, item)) return false;
        if (!parser_expect(p, TOK_COMMA)) break;
    }
    return !p->error;
}

/* ','.(expression ['as' star_target])+  or, in parentheses, over `expressions`. */
static bool loose_with_items(Parser *p, bool parenthesized)
{
    int count = 0;
    for (;;) {
        int mark = p->mark;
        AstExpr *e = parenthesized ? parser_expressions(p) : parser_expression(p);
        if (!e) {
            if (p->error || count == 0) return false;
            p->mark = mark - 1;
            return true;
        }
        count++;
        int after = p->mark;
        if (!(parser_expect(p, TOK_AS) && parser_star_target(p))) p->mark = after;
        if (p->error) return false;
        if (!parser_expect(p, TOK_COMMA)) return true;
    }
}

/* The item list of an invalid_with_stmt rule: ',' separated, or '(' ... ','? ')'. */
static bool loose_with_head(Parser *p, bool parenthesized)
{
    parser_expect(p, TOK_ASYNC);
    if (!parser_expect(p, TOK_WITH)) return false;
    if (!parenthesized) return loose_with_items(p, false);
    if (!parser_expect(p, TOK_LPAR) || !loose_with_items(p, true)) return false;
    parser_expect(p, TOK_COMMA);
    return parser_expect(p, TOK_RPAR) != NULL;
}

/* invalid_with_stmt_indent (indent) or invalid_with_stmt (missing ':'), both shapes. */
static void *invalid_with_stmt(Parser *p, bool indent)
{
    int mark = p->mark;
    for (int parenthesized = 0; parenthesized < 2; parenthesized++) {
        p->mark = mark;
        if (loose_with_head(p, parenthesized)) {
            if (!indent && parser_expect(p, TOK_NEWLINE))
                return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected ':'");
            if (indent && parser_expect(p, TOK_COLON) && newline_without_indent(p)) {
                int kw = mark + (parser_token(p, mark)->kind == TOK_ASYNC ? 1 : 0);
                return raise_missing_block(p, "'with' statement", parser_token(p, kw));
            }
        }
        if (p->error) return NULL;
    }
    return NULL;
}

/* with_stmt:
 *   invalid_with_stmt_indent
 *   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
 *   | [ASYNC] 'with' ','.with_item+ ':' block
 *   | invalid_with_stmt */
static AstStmt *with_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules && (invalid_with_stmt(p, true) || p->error)) return NULL;
    p->mark = start;
    bool is_async = parser_expect(p, TOK_ASYNC) != NULL;
    if (!parser_expect(p, TOK_WITH)) return NULL;
    int after_with = p->mark;
    AstWithItemSeq items;
    AstStmtSeq body;
    bool ok = false;
    if (parser_expect(p, TOK_LPAR) && with_items(p, &items)) {
        parser_expect(p, TOK_COMMA);
        ok = parser_expect(p, TOK_RPAR) && parser_expect(p, TOK_COLON) && parser_block(p, &body);
    }
    if (!ok && !p->error) {
        p->mark = after_with;
        ok = with_items(p, &items) && parser_expect(p, TOK_COLON) && parser_block(p, &body);
    }
    if (p->error) return NULL;
    if (!ok) {
        p->mark = start;
        if (p->call_invalid_rules) invalid_with_stmt(p, false);
        return NULL;
    }
    AstStmt *s = new_stmt(p, is_async ? AST_STMT_ASYNC_WITH : AST_STMT_WITH, start);
    if (!s) return NULL;
    s->v.with.items = items;
    s->v.with.body = body;
    return s;
}

/* ---- try ------------------------------------------------------------------------------------- */

/* ['as' NAME] of an except clause; false only on error. */
static bool except_name(Parser *p, const char **name)
{
    int mark = p->mark;
    *name = NULL;
    if (!parser_expect(p, TOK_AS)) return !p->error;
    Token *t = parser_expect(p, TOK_NAME);
    if (!t) {
        p->mark = mark;
        return !p->error;
    }
    *name = parser_identifier(p, t);
    return *name != NULL;
}

/* invalid_except_stmt_indent / invalid_except_star_stmt_indent:
 *   a='except' ['*'] expression ['as' NAME] ':' NEWLINE !INDENT
 *   | a='except' ':' NEWLINE !INDENT               (plain except only) */
static void *invalid_except_indent(Parser *p, bool star)
{
    int mark = p->mark;
    const char *what = star ? "'except*' statement" : "'except' statement";
    Token *kw = parser_expect(p, TOK_EXCEPT);
    const char *name;
    if (!kw || (star && !parser_expect(p, TOK_STAR))) return NULL;
    if (parser_expression(p) && except_name(p, &name) && parser_expect(p, TOK_COLON) &&
        newline_without_indent(p))
        return raise_missing_block(p, what, kw);
    if (p->error || star) return NULL;
    p->mark = mark + 1;
    if (parser_expect(p, TOK_COLON) && newline_without_indent(p))
        return raise_missing_block(p, what, kw);
    return NULL;
}

/* invalid_except_stmt */
static void *invalid_except_stmt(Parser *p)
{
    int mark = p->mark;
    if (!parser_expect(p, TOK_EXCEPT)) return NULL;
    parser_expect(p, TOK_STAR);
    AstExpr *a = parser_expression(p);
    const char *name;
    if (a && parser_expect(p, TOK_COMMA) && parser_expressions(p) && except_name(p, &name) &&
        parser_expect(p, TOK_COLON))
        return parser_raise_from(p, a->pos, "multiple exception types must be parenthesized");
    if (p->error) return NULL;
    p->mark = mark + 1;
    parser_expect(p, TOK_STAR);
    if (parser_expression(p) && except_name(p, &name) && parser_expect(p, TOK_NEWLINE))
        return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected ':'");
    if (p->error) return NULL;
    p->mark = mark + 1;
    if (parser_expect(p, TOK_NEWLINE)) return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected ':'");
    p->mark = mark + 1;
    if (parser_expect(p, TOK_STAR) &&
        (parser_expect(p, TOK_NEWLINE) || parser_expect(p, TOK_COLON)))
        return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected one or more exception types");
    return NULL;
}

static AstExceptHandler *new_handler(Parser *p, AstExpr *type, const char *name, AstStmtSeq body,
                                     int start)
{
    AstExceptHandler *h = PARSER_NEW(p, AstExceptHandler);
    if (!h) return NULL;
    h->pos = parser_extra(p, start);
    h->type = type;
    h->name = name;
    h->body = body;
    return h;
}

/* except_block / except_star_block */
static AstExceptHandler *except_block(Parser *p, bool star)
{
    int start = p->mark;
    if (p->call_invalid_rules && (invalid_except_indent(p, star) || p->error)) return NULL;
    p->mark = start;
    if (!parser_expect(p, TOK_EXCEPT)) return NULL;
    if (!star || parser_expect(p, TOK_STAR)) {
        AstExpr *type = parser_expression(p);
        const char *name;
        AstStmtSeq body;
        if (type && except_name(p, &name) && parser_expect(p, TOK_COLON) && parser_block(p, &body))
            return new_handler(p, type, name, body, start);
        if (p->error) return NULL;
        p->mark = start + 1;
        if (!star && parser_expect(p, TOK_COLON) && parser_block(p, &body))
            return new_handler(p, NULL, NULL, body, start);
    }
    if (p->error) return NULL;
    p->mark = start;
    if (p->call_invalid_rules) invalid_except_stmt(p);
    return NULL;
}

/* except_block+ (or except_star_block+) */
static bool except_blocks(Parser *p, bool star, AstExceptHandlerSeq *out)
{
    int cap = 0;
    *out = (AstExceptHandlerSeq){0, NULL};
    for (;;) {
        int mark = p->mark;
        AstExceptHandler *h = except_block(p, star);
        if (!h) {
            if (p->error) return false;
            p->mark = mark;
            break;
        }
        if (!push_handler(p, out, &cap, h)) return false;
    }
    return out->count > 0;
}

/* finally_block: invalid_finally_stmt | 'finally' &&':' block */
static bool finally_block(Parser *p, AstStmtSeq *out)
{
    int mark = p->mark;
    Token *kw = parser_expect(p, TOK_FINALLY);
    if (!kw) return false;
    if (p->call_invalid_rules && parser_expect(p, TOK_COLON) && newline_without_indent(p)) {
        raise_missing_block(p, "'finally' statement", kw);
        return false;
    }
    if (p->error) return false;
    p->mark = mark + 1;
    return parser_expect_forced(p, TOK_COLON, ":") && parser_block(p, out);
}

/* block* after 'try' ':' in invalid_try_stmt */
static void skip_blocks(Parser *p)
{
    AstStmtSeq ignored;
    for (;;) {
        int mark = p->mark;
        if (!parser_block(p, &ignored)) {
            p->mark = mark;
            return;
        }
    }
}

/* invalid_try_stmt */
static void *invalid_try_stmt(Parser *p)
{
    Token *kw = parser_expect(p, TOK_TRY);
    if (!kw || !parser_expect(p, TOK_COLON)) return NULL;
    int after_colon = p->mark;
    if (newline_without_indent(p)) return raise_missing_block(p, "'try' statement", kw);
    if (p->error) return NULL;
    p->mark = after_colon;
    AstStmtSeq body;
    if (parser_block(p, &body) && !parser_check(p, TOK_EXCEPT) && !parser_check(p, TOK_FINALLY) &&
        !p->error)
        return parser_raise(p, SYNTAX_ERROR_SYNTAX, "expected 'except' or 'finally' block");
    for (int star = 0; star < 2 && !p->error; star++) {
        p->mark = after_colon;
        skip_blocks(p);
        AstExceptHandlerSeq handlers;
        if (!except_blocks(p, star, &handlers)) continue;
        Token *except = parser_expect(p, TOK_EXCEPT);
        if (!except) continue;
        const char *name;
        if (!star) {
            Token *s = parser_expect(p, TOK_STAR);
            if (s && parser_expression(p) && except_name(p, &name) && parser_expect(p, TOK_COLON))
                return parser_raise_range(p, parser_token_pos(except), parser_token_pos(s),
                                          "cannot have both 'except' and 'except*' on the same "
                                          "'try'");
            continue;
        }
        int after = p->mark;
        if (!(parser_expression(p) && except_name(p, &name))) p->mark = after;
        if (!p->error && parser_expect(p, TOK_COLON))
            return parser_raise_on(p, parser_token_pos(except),
                                   "cannot have both 'except' and 'except*' on the same 'try'");
    }
    return NULL;
}

static AstStmt *try_node(Parser *p, AstStmtKind kind, AstStmtSeq body, AstExceptHandlerSeq handlers,
                         AstStmtSeq orelse, AstStmtSeq finalbody, int start)
{
    AstStmt *s = new_stmt(p, kind, start);
    if (!s) return NULL;
    s->v.try_.body = body;
    s->v.try_.handlers = handlers;
    s->v.try_.orelse = orelse;
    s->v.try_.finalbody = finalbody;
    return s;
}

/* try_stmt:
 *   invalid_try_stmt
 *   | 'try' &&':' block finally_block
 *   | 'try' &&':' block except_block+ [else_block] [finally_block]
 *   | 'try' &&':' block except_star_block+ [else_block] [finally_block] */
static AstStmt *try_stmt(Parser *p)
{
    int start = p->mark;
    if (p->call_invalid_rules && (invalid_try_stmt(p) || p->error)) return NULL;
    p->mark = start;
    AstStmtSeq body, orelse = {0, NULL}, finalbody = {0, NULL};
    AstExceptHandlerSeq handlers = {0, NULL};
    if (!parser_expect(p, TOK_TRY) || !parser_expect_forced(p, TOK_COLON, ":") ||
        !parser_block(p, &body))
        return NULL;
    int after_body = p->mark;
    if (finally_block(p, &finalbody))
        return try_node(p, AST_STMT_TRY, body, handlers, orelse, finalbody, start);
    for (int star = 0; star < 2 && !p->error; star++) {
        p->mark = after_body;
        if (!except_blocks(p, star, &handlers)) continue;
        if (!optional_else(p, &orelse)) return NULL;
        int mark = p->mark;
        if (!finally_block(p, &finalbody)) {
            if (p->error) return NULL;
            p->mark = mark;
            finalbody = (AstStmtSeq){0, NULL};
        }
        return try_node(p, star ? AST_STMT_TRY_STAR : AST_STMT_TRY, body, handlers, orelse,
                        finalbody, start);
    }
    return NULL;
}

/* ---- compound_stmt ------------------------------------------------------------------------- */

static void *compound_stmt_body(Parser *p)
{
    int mark = p->mark;
    AstStmt *s;
    switch (parser_peek_kind(p)) {
    case TOK_DEF:
        return function_def(p);
    case TOK_IF:
        return if_stmt(p, TOK_IF);
    case TOK_CLASS:
        return class_def(p);
    case TOK_WITH:
        return with_stmt(p);
    case TOK_FOR:
        return for_stmt(p);
    case TOK_TRY:
        return try_stmt(p);
    case TOK_WHILE:
        return while_stmt(p);
    case TOK_AT:
        s = function_def(p);
        if (s || p->error) return s;
        p->mark = mark;
        return class_def(p);
    case TOK_ASYNC:
        s = function_def(p);
        if (s || p->error) return s;
        p->mark = mark;
        s = with_stmt(p);
        if (s || p->error) return s;
        p->mark = mark;
        return for_stmt(p);
    case TOK_NAME:
        return parser_match_stmt(p);
    default:
        return NULL;
    }
}

/* compound_stmt (guarded: nested blocks recurse through here) */
AstStmt *parser_compound_stmt(Parser *p)
{
    return parser_guarded(p, compound_stmt_body);
}
