/* parser_params.c — function and lambda parameter lists (CPython 3.11 grammar, "Function
 * parameters" and "Lambda functions") with their invalid_* rules.
 *
 * The def and lambda grammars differ only in that lambda parameters take no annotations and a
 * parameter list is closed by ':' instead of ')'; one implementation serves both, selected by
 * a ParamStyle. Every param_* rule includes the comma that follows the parameter, or checks
 * that the closer comes next, exactly like CPython's.
 */
#include "parser_internal.h"

typedef struct ParamStyle {
    bool lambda;
} ParamStyle;

/* A parameter with its default (NULL in param_maybe_default when there is none). */
typedef struct NameDefault {
    AstArg *arg;
    AstExpr *value;
} NameDefault;

typedef struct NameDefaultSeq {
    int count;
    NameDefault **items;
} NameDefaultSeq;

PARSER_DEFINE_PUSH(push_name_default, NameDefaultSeq, NameDefault *)

/* slash_with_default: parameters before '/' where some have defaults. */
typedef struct SlashWithDefault {
    AstArgSeq plain_names;
    NameDefaultSeq names_with_defaults;
} SlashWithDefault;

/* star_etc: `*args, kwonly..., **kwargs` */
typedef struct StarEtc {
    AstArg *vararg;
    NameDefaultSeq kwonlyargs;
    AstArg *kwarg;
} StarEtc;

static TokenKind closer(ParamStyle style)
{
    return style.lambda ? TOK_COLON : TOK_RPAR;
}

/* ---- single parameters --------------------------------------------------------------------- */

/* star_annotation's '*' bitwise_or (the plain-expression case is covered by `param`). */
static AstExpr *starred_annotation(Parser *p)
{
    int start = p->mark;
    if (!parser_expect(p, TOK_STAR)) return NULL;
    AstExpr *value = parser_bitwise_or(p);
    if (!value) return NULL;
    AstExpr *e = ast_expr_new(p->arena, AST_EXPR_STARRED, parser_extra(p, start));
    if (!e) return parser_no_memory(p);
    e->v.starred.value = value;
    e->v.starred.ctx = AST_CTX_LOAD;
    return e;
}

/* param: NAME annotation?  (lambda_param: NAME); param_star_annotation when `star`:
 * NAME ':' '*' bitwise_or, for `*args: *Ts` */
static AstArg *param(Parser *p, ParamStyle style, bool star)
{
    int start = p->mark;
    Token *name = parser_expect(p, TOK_NAME);
    if (!name) return NULL;
    AstExpr *annotation = NULL;
    if (!style.lambda) {
        int mark = p->mark;
        if (parser_expect(p, TOK_COLON))
            annotation = star ? starred_annotation(p) : parser_expression(p);
        if (p->error) return NULL;
        if (!annotation) p->mark = mark;
    }
    if (star && !annotation) {
        p->mark = start;
        return NULL;
    }
    const char *id = parser_identifier(p, name);
    AstArg *arg = id ? PARSER_NEW(p, AstArg) : NULL;
    if (!arg) return NULL;
    arg->pos = parser_extra(p, start);
    arg->arg = id;
    arg->annotation = annotation;
    return arg;
}

/* invalid_default: a='=' &(')'|',') */
static void *invalid_default(Parser *p)
{
    Token *eq = parser_expect(p, TOK_EQUAL);
    if (eq && (parser_check(p, TOK_RPAR) || parser_check(p, TOK_COMMA)))
        return parser_raise_on(p, parser_token_pos(eq), "expected default value expression");
    return NULL;
}

/* default: '=' expression | invalid_default */
AstExpr *parser_default(Parser *p)
{
    int mark = p->mark;
    if (parser_expect(p, TOK_EQUAL)) {
        AstExpr *value = parser_expression(p);
        if (value || p->error) return value;
    }
    p->mark = mark;
    if (p->call_invalid_rules && !p->error) invalid_default(p);
    p->mark = mark;
    return NULL;
}

/* The end of one parameter: ',' or, without consuming it, the closer. */
static bool param_end(Parser *p, ParamStyle style)
{
    return parser_expect(p, TOK_COMMA) || parser_check(p, closer(style));
}

/* param_no_default: param ',' | param &')' */
static AstArg *param_no_default(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    AstArg *arg = param(p, style, false);
    if (arg && param_end(p, style)) return arg;
    p->mark = mark;
    return NULL;
}

/* param_with_default / param_maybe_default: param default ',' | param default &')' */
static NameDefault *param_default(Parser *p, ParamStyle style, bool default_required)
{
    int mark = p->mark;
    AstArg *arg = param(p, style, false);
    if (arg) {
        int after_param = p->mark;
        AstExpr *value = parser_default(p);
        if (!value && !p->error && !default_required) p->mark = after_param;
        if ((value || !default_required) && param_end(p, style)) {
            NameDefault *nd = PARSER_NEW(p, NameDefault);
            if (nd) *nd = (NameDefault){arg, value};
            return nd;
        }
    }
    p->mark = mark;
    return NULL;
}

/* ---- repetitions --------------------------------------------------------------------------- */

/* param_no_default* (false only on error) */
static bool params_no_default(Parser *p, ParamStyle style, AstArgSeq *out)
{
    int cap = 0;
    *out = (AstArgSeq){0, NULL};
    AstArg *arg;
    while ((arg = param_no_default(p, style)))
        if (!push_arg(p, out, &cap, arg)) return false;
    return !p->error;
}

/* param_with_default* or param_maybe_default* (false only on error) */
static bool params_default(Parser *p, ParamStyle style, bool required, NameDefaultSeq *out)
{
    int cap = 0;
    *out = (NameDefaultSeq){0, NULL};
    NameDefault *nd;
    while ((nd = param_default(p, style, required)))
        if (!push_name_default(p, out, &cap, nd)) return false;
    return !p->error;
}

/* '/' followed by ',' or the closer */
static bool slash_end(Parser *p, ParamStyle style)
{
    return parser_expect(p, TOK_SLASH) && param_end(p, style);
}

/* slash_no_default: param_no_default+ '/' (',' | &')') */
static bool slash_no_default(Parser *p, ParamStyle style, AstArgSeq *out)
{
    int mark = p->mark;
    if (params_no_default(p, style, out) && out->count > 0 && slash_end(p, style)) return true;
    p->mark = mark;
    return false;
}

/* slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
static bool slash_with_default(Parser *p, ParamStyle style, SlashWithDefault *out)
{
    int mark = p->mark;
    if (params_no_default(p, style, &out->plain_names) &&
        params_default(p, style, true, &out->names_with_defaults) &&
        out->names_with_defaults.count > 0 && slash_end(p, style))
        return true;
    p->mark = mark;
    return false;
}

/* ---- star_etc and kwds ------------------------------------------------------------------- */

/* invalid_kwds / invalid_lambda_kwds */
static void *invalid_kwds(Parser *p, ParamStyle style)
{
    if (!parser_expect(p, TOK_DOUBLESTAR) || !param(p, style, false)) return NULL;
    Token *eq = parser_expect(p, TOK_EQUAL);
    if (eq)
        return parser_raise_on(p, parser_token_pos(eq),
                               "var-keyword argument cannot have default value");
    if (!parser_expect(p, TOK_COMMA)) return NULL;
    int after_comma = p->mark;
    AstArg *next = param(p, style, false);
    if (next) return parser_raise_on(p, next->pos, "arguments cannot follow var-keyword argument");
    if (p->error) return NULL;
    p->mark = after_comma;
    Token *t = parser_peek(p);
    if (t && (t->kind == TOK_STAR || t->kind == TOK_DOUBLESTAR || t->kind == TOK_SLASH))
        return parser_raise_on(p, parser_token_pos(t),
                               "arguments cannot follow var-keyword argument");
    return NULL;
}

/* kwds: invalid_kwds | '**' param_no_default */
static AstArg *kwds(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    if (p->call_invalid_rules && (invalid_kwds(p, style) || p->error)) return NULL;
    p->mark = mark;
    if (!parser_expect(p, TOK_DOUBLESTAR)) return NULL;
    AstArg *arg = param_no_default(p, style);
    if (!arg) p->mark = mark;
    return arg;
}

/* (param_no_default | ',') */
static bool param_no_default_or_comma(Parser *p, ParamStyle style)
{
    return param_no_default(p, style) || (!p->error && parser_expect(p, TOK_COMMA));
}

/* invalid_star_etc / invalid_lambda_star_etc */
static void *invalid_star_etc(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    Token *star = parser_expect(p, TOK_STAR);
    if (!star) return NULL;
    TokenKind close = closer(style);
    if (parser_check(p, close) || (parser_expect(p, TOK_COMMA) &&
                                   (parser_check(p, close) || parser_check(p, TOK_DOUBLESTAR)))) {
        if (style.lambda)
            return parser_raise(p, SYNTAX_ERROR_SYNTAX, "named arguments must follow bare *");
        return parser_raise_on(p, parser_token_pos(star), "named arguments must follow bare *");
    }
    p->mark = mark + 1;
    if (param(p, style, false)) {
        Token *eq = parser_expect(p, TOK_EQUAL);
        if (eq)
            return parser_raise_on(p, parser_token_pos(eq),
                                   "var-positional argument cannot have default value");
    }
    p->mark = mark + 1;
    NameDefaultSeq ignored;
    if (param_no_default_or_comma(p, style) && params_default(p, style, false, &ignored)) {
        Token *again = parser_expect(p, TOK_STAR);
        if (again && param_no_default_or_comma(p, style))
            return parser_raise_on(p, parser_token_pos(again), "* argument may appear only once");
    }
    return NULL;
}

/* star_etc:
 *   invalid_star_etc
 *   | '*' param_no_default param_maybe_default* [kwds]
 *   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
 *   | '*' ',' param_maybe_default+ [kwds]
 *   | kwds */
static StarEtc *star_etc(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    if (p->call_invalid_rules && (invalid_star_etc(p, style) || p->error)) return NULL;
    p->mark = mark;
    StarEtc *se = PARSER_NEW(p, StarEtc);
    if (!se) return NULL;
    if (parser_expect(p, TOK_STAR)) {
        int after_star = p->mark;
        se->vararg = param_no_default(p, style);
        if (!se->vararg && !style.lambda && !p->error) {
            se->vararg = param(p, style, true);
            if (se->vararg && !param_end(p, style)) se->vararg = NULL;
            if (!se->vararg) p->mark = after_star;
        }
        bool bare = !se->vararg && !p->error && parser_expect(p, TOK_COMMA);
        if ((se->vararg || bare) && params_default(p, style, false, &se->kwonlyargs) &&
            (se->vararg || se->kwonlyargs.count > 0)) {
            int before_kwds = p->mark;
            se->kwarg = kwds(p, style);
            if (!se->kwarg) p->mark = before_kwds;
            return p->error ? NULL : se;
        }
        if (p->error) return NULL;
        p->mark = mark;
        se->vararg = NULL;
    }
    se->kwarg = kwds(p, style);
    return se->kwarg ? se : NULL;
}

/* Optional [star_etc]. */
static StarEtc *optional_star_etc(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    StarEtc *se = star_etc(p, style);
    if (!se) p->mark = mark;
    return se;
}

/* ---- building arguments -------------------------------------------------------------------- */

static bool append_names(Parser *p, AstArgSeq *dst, int *cap, const NameDefaultSeq *src)
{
    for (int i = 0; i < src->count; i++)
        if (!push_arg(p, dst, cap, src->items[i]->arg)) return false;
    return true;
}

static bool append_defaults(Parser *p, AstExprSeq *dst, int *cap, const NameDefaultSeq *src)
{
    for (int i = 0; i < src->count; i++)
        if (!push_expr(p, dst, cap, src->items[i]->value)) return false;
    return true;
}

static bool append_args(Parser *p, AstArgSeq *dst, int *cap, const AstArgSeq *src)
{
    for (int i = 0; i < src->count; i++)
        if (!push_arg(p, dst, cap, src->items[i])) return false;
    return true;
}

/* CPython's _PyPegen_make_arguments. Any part may be NULL. */
static AstArguments *make_arguments(Parser *p, const AstArgSeq *slash_without_default,
                                    const SlashWithDefault *slash_with_default,
                                    const AstArgSeq *plain_names,
                                    const NameDefaultSeq *names_with_default, const StarEtc *star)
{
    AstArguments *a = PARSER_NEW(p, AstArguments);
    if (!a) return NULL;
    int posonly_cap = 0, args_cap = 0, defaults_cap = 0, kwonly_cap = 0, kwdefaults_cap = 0;
    bool ok = true;
    if (slash_without_default) {
        a->posonlyargs = *slash_without_default;
    } else if (slash_with_default) {
        ok = append_args(p, &a->posonlyargs, &posonly_cap, &slash_with_default->plain_names) &&
             append_names(p, &a->posonlyargs, &posonly_cap,
                          &slash_with_default->names_with_defaults) &&
             append_defaults(p, &a->defaults, &defaults_cap,
                             &slash_with_default->names_with_defaults);
    }
    if (ok && plain_names) ok = append_args(p, &a->args, &args_cap, plain_names);
    if (ok && names_with_default)
        ok = append_names(p, &a->args, &args_cap, names_with_default) &&
             append_defaults(p, &a->defaults, &defaults_cap, names_with_default);
    if (ok && star) {
        a->vararg = star->vararg;
        a->kwarg = star->kwarg;
        ok = append_names(p, &a->kwonlyargs, &kwonly_cap, &star->kwonlyargs) &&
             append_defaults(p, &a->kw_defaults, &kwdefaults_cap, &star->kwonlyargs);
    }
    return ok ? a : NULL;
}

AstArguments *parser_empty_arguments(Parser *p)
{
    return PARSER_NEW(p, AstArguments);
}

/* parameters (and lambda_parameters): the five alternatives of the grammar. */
static AstArguments *parameters(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    AstArgSeq slash_plain, plain;
    NameDefaultSeq with_default;
    SlashWithDefault slash;
    if (slash_no_default(p, style, &slash_plain)) {
        if (params_no_default(p, style, &plain) && params_default(p, style, true, &with_default))
            return make_arguments(p, &slash_plain, NULL, &plain, &with_default,
                                  optional_star_etc(p, style));
        return NULL;
    }
    if (p->error) return NULL;
    if (slash_with_default(p, style, &slash)) {
        if (params_default(p, style, true, &with_default))
            return make_arguments(p, NULL, &slash, NULL, &with_default,
                                  optional_star_etc(p, style));
        return NULL;
    }
    if (p->error || !params_no_default(p, style, &plain)) return NULL;
    if (!params_default(p, style, true, &with_default)) return NULL;
    if (plain.count > 0 || with_default.count > 0) {
        StarEtc *star = optional_star_etc(p, style);
        if (p->error) return NULL;
        return make_arguments(p, NULL, NULL, &plain, &with_default, star);
    }
    p->mark = mark;
    StarEtc *star = star_etc(p, style);
    return star ? make_arguments(p, NULL, NULL, NULL, NULL, star) : NULL;
}

/* ---- invalid_parameters ------------------------------------------------------------------- */

/* (slash_no_default | slash_with_default) */
static bool any_slash(Parser *p, ParamStyle style)
{
    AstArgSeq plain;
    SlashWithDefault slash;
    return slash_no_default(p, style, &plain) ||
           (!p->error && slash_with_default(p, style, &slash));
}

/* param_no_default* invalid_parameters_helper a=param_no_default, where the helper is
 * slash_with_default | param_with_default+ */
static void *invalid_default_order(Parser *p, ParamStyle style)
{
    AstArgSeq plain;
    NameDefaultSeq with_default;
    SlashWithDefault slash;
    if (!params_no_default(p, style, &plain)) return NULL;
    int mark = p->mark;
    if (!slash_with_default(p, style, &slash)) {
        if (p->error || !params_default(p, style, true, &with_default)) return NULL;
        if (with_default.count == 0) {
            p->mark = mark;
            return NULL;
        }
    }
    AstArg *a = param_no_default(p, style);
    if (a) return parser_raise_on(p, a->pos, "non-default argument follows default argument");
    return NULL;
}

/* param_no_default* a='(' param_no_default+ ','? b=')'
 * (lambda: lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')') */
static void *invalid_parenthesized(Parser *p, ParamStyle style)
{
    AstArgSeq plain;
    if (!params_no_default(p, style, &plain)) return NULL;
    Token *open = parser_expect(p, TOK_LPAR);
    if (!open) return NULL;
    int count = 0;
    if (style.lambda) {
        while (param(p, style, false)) {
            count++;
            int mark = p->mark;
            if (!parser_expect(p, TOK_COMMA)) break;
            if (!parser_check(p, TOK_NAME)) {
                p->mark = mark;
                break;
            }
        }
    } else {
        ParamStyle inner = {false};
        while (param_no_default(p, inner)) count++;
    }
    if (count == 0 || p->error) return NULL;
    parser_expect(p, TOK_COMMA);
    Token *close = parser_expect(p, TOK_RPAR);
    if (!close) return NULL;
    return parser_raise_range(p, parser_token_pos(open), parser_token_pos(close),
                              style.lambda ? "Lambda expression parameters cannot be parenthesized"
                                           : "Function parameters cannot be parenthesized");
}

/* The alternatives of invalid_parameters about '/' and '*' placement. */
static void *invalid_slash(Parser *p, ParamStyle style, int mark)
{
    NameDefaultSeq maybe;
    p->mark = mark;
    Token *slash = parser_expect(p, TOK_SLASH);
    if (slash && parser_expect(p, TOK_COMMA))
        return parser_raise_on(p, parser_token_pos(slash), "at least one argument must precede /");
    p->mark = mark;
    if (any_slash(p, style) && params_default(p, style, false, &maybe)) {
        Token *again = parser_expect(p, TOK_SLASH);
        if (again) return parser_raise_on(p, parser_token_pos(again), "/ may appear only once");
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (!any_slash(p, style)) p->mark = mark;
    if (!p->error && params_default(p, style, false, &maybe) && parser_expect(p, TOK_STAR) &&
        param_no_default_or_comma(p, style) && params_default(p, style, false, &maybe)) {
        Token *late = parser_expect(p, TOK_SLASH);
        if (late) return parser_raise_on(p, parser_token_pos(late), "/ must be ahead of *");
    }
    if (p->error) return NULL;
    p->mark = mark;
    if (params_default(p, style, false, &maybe) && maybe.count > 0 && parser_expect(p, TOK_SLASH)) {
        Token *star = parser_expect(p, TOK_STAR);
        if (star)
            return parser_raise_on(p, parser_token_pos(star), "expected comma between / and *");
    }
    return NULL;
}

/* invalid_parameters / invalid_lambda_parameters */
static void *invalid_parameters(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    if (invalid_default_order(p, style) || p->error) return NULL;
    p->mark = mark;
    if (invalid_parenthesized(p, style) || p->error) return NULL;
    return invalid_slash(p, style, mark);
}

/* params: invalid_parameters | parameters  (and lambda_params likewise) */
static AstArguments *params_with_style(Parser *p, ParamStyle style)
{
    int mark = p->mark;
    if (p->call_invalid_rules && (invalid_parameters(p, style) || p->error)) return NULL;
    p->mark = mark;
    if (!parser_enter(p)) return NULL;
    AstArguments *a = parameters(p, style);
    p->depth--;
    if (!a) p->mark = mark;
    return p->error ? NULL : a;
}

AstArguments *parser_params(Parser *p)
{
    return params_with_style(p, (ParamStyle){false});
}

AstArguments *parser_lambda_params(Parser *p)
{
    return params_with_style(p, (ParamStyle){true});
}
