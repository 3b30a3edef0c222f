/* ast.c — AST node constructors, kind names and the s-expression dumper.
 *
 * Dump format (one line, no newlines):
 *   node      (Kind field field ...)      fields in Python.asdl order, `-` for an absent child
 *   sequence  [item item ...]
 *   name      bare identifier; Name/Attribute/Subscript/Starred/List/Tuple append their context
 *             only when it is not Load: (Name x Store)
 *   constant  (Constant 31) (Constant 1.5) (Constant 2.0j) (Constant 'text'); an int that does
 *             not fit int64 prints its digits with the base prefix (Constant 0xffffffffffffffffff);
 *             (Constant b'\x00') (Constant None) (Constant True) (Constant ...)
 *   positions with AST_DUMP_POSITIONS: (Name@1:0-1:3 abc) — line:col-endline:endcol
 * Operators print as their CPython class names (Add, NotIn, USub...). The dumper recurses over
 * the tree; it is meant for tests and debugging, not for adversarially deep trees.
 */
#include "ast.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- constructors -------------------------------------------------------------------------- */

AstStmt *ast_stmt_new(Arena *arena, AstStmtKind kind, AstPos pos)
{
    AstStmt *s = arena_calloc(arena, sizeof *s);
    if (!s) return NULL;
    s->kind = kind;
    s->pos = pos;
    return s;
}

AstExpr *ast_expr_new(Arena *arena, AstExprKind kind, AstPos pos)
{
    AstExpr *e = arena_calloc(arena, sizeof *e);
    if (!e) return NULL;
    e->kind = kind;
    e->pos = pos;
    return e;
}

AstPattern *ast_pattern_new(Arena *arena, AstPatternKind kind, AstPos pos)
{
    AstPattern *p = arena_calloc(arena, sizeof *p);
    if (!p) return NULL;
    p->kind = kind;
    p->pos = pos;
    return p;
}

/* ---- names ----------------------------------------------------------------------------------- */

static const char *const stmt_names[AST_STMT_KIND_COUNT] = {
    "FunctionDef", "AsyncFunctionDef",
    "ClassDef",    "Return",
    "Delete",      "Assign",
    "AugAssign",   "AnnAssign",
    "For",         "AsyncFor",
    "While",       "If",
    "With",        "AsyncWith",
    "Match",       "Raise",
    "Try",         "TryStar",
    "Assert",      "Import",
    "ImportFrom",  "Global",
    "Nonlocal",    "Expr",
    "Pass",        "Break",
    "Continue",
};

static const char *const expr_names[AST_EXPR_KIND_COUNT] = {
    "BoolOp",    "NamedExpr", "BinOp",   "UnaryOp",        "Lambda",       "IfExp",    "Dict",
    "Set",       "ListComp",  "SetComp", "DictComp",       "GeneratorExp", "Await",    "Yield",
    "YieldFrom", "Compare",   "Call",    "FormattedValue", "JoinedStr",    "Constant", "Attribute",
    "Subscript", "Starred",   "Name",    "List",           "Tuple",        "Slice",
};

static const char *const pattern_names[AST_PAT_KIND_COUNT] = {
    "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
    "MatchClass", "MatchStar",      "MatchAs",       "MatchOr",
};

static const char *const operator_names[AST_OPERATOR_COUNT] = {
    "Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",      "Pow",
    "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv",
};

static const char *const operator_symbols[AST_OPERATOR_COUNT] = {
    "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
};

static const char *const cmpop_names[AST_CMPOP_COUNT] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};

#define NAME_OR_QUESTION(table, index)                                                             \
    ((unsigned)(index) < sizeof(table) / sizeof((table)[0]) ? (table)[index] : "?")

const char *ast_stmt_kind_name(AstStmtKind kind)
{
    return NAME_OR_QUESTION(stmt_names, kind);
}
const char *ast_expr_kind_name(AstExprKind kind)
{
    return NAME_OR_QUESTION(expr_names, kind);
}

const char *ast_pattern_kind_name(AstPatternKind kind)
{
    return NAME_OR_QUESTION(pattern_names, kind);
}

const char *ast_operator_name(AstOperator op)
{
    return NAME_OR_QUESTION(operator_names, op);
}
const char *ast_operator_symbol(AstOperator op)
{
    return NAME_OR_QUESTION(operator_symbols, op);
}
const char *ast_cmpop_name(AstCmpOp op)
{
    return NAME_OR_QUESTION(cmpop_names, op);
}

const char *ast_unaryop_name(AstUnaryOp op)
{
    static const char *const names[] = {"Invert", "Not", "UAdd", "USub"};
    return NAME_OR_QUESTION(names, op);
}

const char *ast_boolop_name(AstBoolOp op)
{
    static const char *const names[] = {"And", "Or"};
    return NAME_OR_QUESTION(names, op);
}

const char *ast_context_name(AstExprContext ctx)
{
    static const char *const names[] = {"Load", "Store", "Del"};
    return NAME_OR_QUESTION(names, ctx);
}

/* ---- dump buffer ----------------------------------------------------------------------------- */

typedef struct DumpBuf {
    Mem *mem;
    char *data;
    size_t len;
    size_t cap; /* bytes allocated for data (always > len when data != NULL) */
    bool failed;
    unsigned flags;
} DumpBuf;

static void put_bytes(DumpBuf *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *grown = mem_realloc(b->mem, b->data, b->cap, cap);
        if (!grown) {
            b->failed = true;
            return;
        }
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void put(DumpBuf *b, const char *s)
{
    put_bytes(b, s, strlen(s));
}

static void putf(DumpBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void putf(DumpBuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) put_bytes(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* "(Kind" plus the position suffix when requested. */
static void open_node(DumpBuf *b, const char *kind, const AstPos *pos)
{
    put(b, "(");
    put(b, kind);
    if (pos && (b->flags & AST_DUMP_POSITIONS))
        putf(b, "@%d:%d-%d:%d", pos->lineno, pos->col_offset, pos->end_lineno, pos->end_col_offset);
}

static void close_node(DumpBuf *b)
{
    put(b, ")");
}

/* A field: always preceded by a space. */
static void field_str(DumpBuf *b, const char *s)
{
    put(b, " ");
    put(b, s ? s : "-");
}

static void field_int(DumpBuf *b, long long v)
{
    putf(b, " %lld", v);
}

/* Python-like repr of a str or bytes constant. */
static void put_quoted(DumpBuf *b, const char *s, size_t n, bool is_bytes)
{
    put(b, is_bytes ? "b'" : "'");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'' || c == '\\')
            putf(b, "\\%c", c);
        else if (c == '\n')
            put(b, "\\n");
        else if (c == '\t')
            put(b, "\\t");
        else if (c == '\r')
            put(b, "\\r");
        else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80))
            putf(b, "\\x%02x", c);
        else
            put_bytes(b, (const char *)&c, 1);
    }
    put(b, "'");
}

/* Shortest %g form that reads back as the same double. */
static void put_double(DumpBuf *b, double v)
{
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, v);
        if (strtod(tmp, NULL) == v) break;
    }
    put(b, tmp);
    if (!strpbrk(tmp, ".eEn")) put(b, ".0"); /* 1 -> 1.0, as repr() does */
}

static void put_constant(DumpBuf *b, const AstConstant *c)
{
    switch (c->kind) {
    case AST_CONST_NONE:
        put(b, "None");
        break;
    case AST_CONST_TRUE:
        put(b, "True");
        break;
    case AST_CONST_FALSE:
        put(b, "False");
        break;
    case AST_CONST_ELLIPSIS:
        put(b, "...");
        break;
    case AST_CONST_INT:
        if (c->u.int_.fits) {
            putf(b, "%lld", (long long)c->u.int_.value);
            break;
        }
        put(b, c->u.int_.base == 16  ? "0x"
               : c->u.int_.base == 8 ? "0o"
               : c->u.int_.base == 2 ? "0b"
                                     : "");
        put(b, c->u.int_.digits);
        break;
    case AST_CONST_FLOAT:
        put_double(b, c->u.float_);
        break;
    case AST_CONST_IMAGINARY:
        put_double(b, c->u.imaginary);
        put(b, "j");
        break;
    case AST_CONST_STR:
        put_quoted(b, c->u.str.data, c->u.str.len, false);
        break;
    case AST_CONST_BYTES:
        put_quoted(b, c->u.str.data, c->u.str.len, true);
        break;
    }
}

/* ---- tree walk ----------------------------------------------------------------------------- */

static void dump_expr(DumpBuf *b, const AstExpr *e);
static void dump_stmt(DumpBuf *b, const AstStmt *s);
static void dump_pattern(DumpBuf *b, const AstPattern *p);

static void field_expr(DumpBuf *b, const AstExpr *e)
{
    put(b, " ");
    dump_expr(b, e);
}

#define DUMP_SEQ_FN(fn, Seq, dump_item)                                                            \
    static void fn(DumpBuf *b, Seq seq)                                                            \
    {                                                                                              \
        put(b, " [");                                                                              \
        for (int i = 0; i < seq.count; i++) {                                                      \
            if (i) put(b, " ");                                                                    \
            dump_item(b, seq.items[i]);                                                            \
        }                                                                                          \
        put(b, "]");                                                                               \
    }

static void dump_ident(DumpBuf *b, const char *s)
{
    put(b, s ? s : "-");
}
static void dump_cmpop(DumpBuf *b, AstCmpOp op)
{
    put(b, ast_cmpop_name(op));
}

static void dump_arg(DumpBuf *b, const AstArg *a)
{
    if (!a) {
        put(b, "-");
        return;
    }
    open_node(b, "arg", &a->pos);
    field_str(b, a->arg);
    if (a->annotation) field_expr(b, a->annotation);
    close_node(b);
}

static void dump_keyword(DumpBuf *b, const AstKeyword *k)
{
    open_node(b, "keyword", &k->pos);
    field_str(b, k->arg);
    field_expr(b, k->value);
    close_node(b);
}

static void dump_alias(DumpBuf *b, const AstAlias *a)
{
    open_node(b, "alias", &a->pos);
    field_str(b, a->name);
    if (a->asname) field_str(b, a->asname);
    close_node(b);
}

static void dump_withitem(DumpBuf *b, const AstWithItem *w)
{
    open_node(b, "withitem", NULL);
    field_expr(b, w->context_expr);
    field_expr(b, w->optional_vars);
    close_node(b);
}

DUMP_SEQ_FN(field_exprs, AstExprSeq, dump_expr)
DUMP_SEQ_FN(field_stmts, AstStmtSeq, dump_stmt)
DUMP_SEQ_FN(field_patterns, AstPatternSeq, dump_pattern)
DUMP_SEQ_FN(field_idents, AstIdentSeq, dump_ident)
DUMP_SEQ_FN(field_cmpops, AstCmpOpSeq, dump_cmpop)
DUMP_SEQ_FN(field_args, AstArgSeq, dump_arg)
DUMP_SEQ_FN(field_keywords, AstKeywordSeq, dump_keyword)
DUMP_SEQ_FN(field_aliases, AstAliasSeq, dump_alias)
DUMP_SEQ_FN(field_withitems, AstWithItemSeq, dump_withitem)

static void dump_comprehension(DumpBuf *b, const AstComprehension *c)
{
    open_node(b, c->is_async ? "comprehension async" : "comprehension", NULL);
    field_expr(b, c->target);
    field_expr(b, c->iter);
    field_exprs(b, c->ifs);
    close_node(b);
}

static void dump_handler(DumpBuf *b, const AstExceptHandler *h)
{
    open_node(b, "ExceptHandler", &h->pos);
    field_expr(b, h->type);
    field_str(b, h->name);
    field_stmts(b, h->body);
    close_node(b);
}

static void dump_match_case(DumpBuf *b, const AstMatchCase *c)
{
    open_node(b, "match_case", NULL);
    put(b, " ");
    dump_pattern(b, c->pattern);
    field_expr(b, c->guard);
    field_stmts(b, c->body);
    close_node(b);
}

DUMP_SEQ_FN(field_comprehensions, AstComprehensionSeq, dump_comprehension)
DUMP_SEQ_FN(field_handlers, AstExceptHandlerSeq, dump_handler)
DUMP_SEQ_FN(field_cases, AstMatchCaseSeq, dump_match_case)

static void field_arguments(DumpBuf *b, const AstArguments *a)
{
    put(b, " ");
    open_node(b, "arguments", NULL);
    field_args(b, a->posonlyargs);
    field_args(b, a->args);
    put(b, " ");
    dump_arg(b, a->vararg);
    field_args(b, a->kwonlyargs);
    field_exprs(b, a->kw_defaults);
    put(b, " ");
    dump_arg(b, a->kwarg);
    field_exprs(b, a->defaults);
    close_node(b);
}

/* The context suffix of target-capable expressions (omitted for Load). */
static void field_ctx(DumpBuf *b, AstExprContext ctx)
{
    if (ctx != AST_CTX_LOAD) field_str(b, ast_context_name(ctx));
}

static void dump_expr_fields(DumpBuf *b, const AstExpr *e)
{
    switch (e->kind) {
    case AST_EXPR_BOOL_OP:
        field_str(b, ast_boolop_name(e->v.bool_op.op));
        field_exprs(b, e->v.bool_op.values);
        break;
    case AST_EXPR_NAMED_EXPR:
        field_expr(b, e->v.named_expr.target);
        field_expr(b, e->v.named_expr.value);
        break;
    case AST_EXPR_BIN_OP:
        field_expr(b, e->v.bin_op.left);
        field_str(b, ast_operator_name(e->v.bin_op.op));
        field_expr(b, e->v.bin_op.right);
        break;
    case AST_EXPR_UNARY_OP:
        field_str(b, ast_unaryop_name(e->v.unary_op.op));
        field_expr(b, e->v.unary_op.operand);
        break;
    case AST_EXPR_LAMBDA:
        field_arguments(b, e->v.lambda.args);
        field_expr(b, e->v.lambda.body);
        break;
    case AST_EXPR_IF_EXP:
        field_expr(b, e->v.if_exp.test);
        field_expr(b, e->v.if_exp.body);
        field_expr(b, e->v.if_exp.orelse);
        break;
    case AST_EXPR_DICT:
        field_exprs(b, e->v.dict.keys);
        field_exprs(b, e->v.dict.values);
        break;
    case AST_EXPR_SET:
        field_exprs(b, e->v.set.elts);
        break;
    case AST_EXPR_LIST_COMP:
    case AST_EXPR_SET_COMP:
    case AST_EXPR_GENERATOR_EXP:
        field_expr(b, e->v.list_comp.elt);
        field_comprehensions(b, e->v.list_comp.generators);
        break;
    case AST_EXPR_DICT_COMP:
        field_expr(b, e->v.dict_comp.key);
        field_expr(b, e->v.dict_comp.value);
        field_comprehensions(b, e->v.dict_comp.generators);
        break;
    case AST_EXPR_AWAIT:
    case AST_EXPR_YIELD:
    case AST_EXPR_YIELD_FROM:
        field_expr(b, e->v.await.value);
        break;
    case AST_EXPR_COMPARE:
        field_expr(b, e->v.compare.left);
        field_cmpops(b, e->v.compare.ops);
        field_exprs(b, e->v.compare.comparators);
        break;
    case AST_EXPR_CALL:
        field_expr(b, e->v.call.func);
        field_exprs(b, e->v.call.args);
        field_keywords(b, e->v.call.keywords);
        break;
    case AST_EXPR_FORMATTED_VALUE:
        field_expr(b, e->v.formatted_value.value);
        field_int(b, e->v.formatted_value.conversion);
        field_expr(b, e->v.formatted_value.format_spec);
        break;
    case AST_EXPR_JOINED_STR:
        field_exprs(b, e->v.joined_str.values);
        break;
    case AST_EXPR_CONSTANT:
        put(b, " ");
        put_constant(b, &e->v.constant);
        break;
    case AST_EXPR_ATTRIBUTE:
        field_expr(b, e->v.attribute.value);
        field_str(b, e->v.attribute.attr);
        field_ctx(b, e->v.attribute.ctx);
        break;
    case AST_EXPR_SUBSCRIPT:
        field_expr(b, e->v.subscript.value);
        field_expr(b, e->v.subscript.slice);
        field_ctx(b, e->v.subscript.ctx);
        break;
    case AST_EXPR_STARRED:
        field_expr(b, e->v.starred.value);
        field_ctx(b, e->v.starred.ctx);
        break;
    case AST_EXPR_NAME:
        field_str(b, e->v.name.id);
        field_ctx(b, e->v.name.ctx);
        break;
    case AST_EXPR_LIST:
    case AST_EXPR_TUPLE:
        field_exprs(b, e->v.list.elts);
        field_ctx(b, e->v.list.ctx);
        break;
    case AST_EXPR_SLICE:
        field_expr(b, e->v.slice.lower);
        field_expr(b, e->v.slice.upper);
        field_expr(b, e->v.slice.step);
        break;
    case AST_EXPR_KIND_COUNT:
        break;
    }
}

static void dump_expr(DumpBuf *b, const AstExpr *e)
{
    if (!e) {
        put(b, "-");
        return;
    }
    open_node(b, ast_expr_kind_name(e->kind), &e->pos);
    dump_expr_fields(b, e);
    close_node(b);
}

static void dump_function_def(DumpBuf *b, const AstStmt *s)
{
    field_str(b, s->v.function_def.name);
    field_arguments(b, s->v.function_def.args);
    field_stmts(b, s->v.function_def.body);
    field_exprs(b, s->v.function_def.decorator_list);
    field_expr(b, s->v.function_def.returns);
}

static void dump_stmt_fields(DumpBuf *b, const AstStmt *s)
{
    switch (s->kind) {
    case AST_STMT_FUNCTION_DEF:
    case AST_STMT_ASYNC_FUNCTION_DEF:
        dump_function_def(b, s);
        break;
    case AST_STMT_CLASS_DEF:
        field_str(b, s->v.class_def.name);
        field_exprs(b, s->v.class_def.bases);
        field_keywords(b, s->v.class_def.keywords);
        field_stmts(b, s->v.class_def.body);
        field_exprs(b, s->v.class_def.decorator_list);
        break;
    case AST_STMT_RETURN:
        field_expr(b, s->v.return_.value);
        break;
    case AST_STMT_DELETE:
        field_exprs(b, s->v.delete_.targets);
        break;
    case AST_STMT_ASSIGN:
        field_exprs(b, s->v.assign.targets);
        field_expr(b, s->v.assign.value);
        break;
    case AST_STMT_AUG_ASSIGN:
        field_expr(b, s->v.aug_assign.target);
        field_str(b, ast_operator_name(s->v.aug_assign.op));
        field_expr(b, s->v.aug_assign.value);
        break;
    case AST_STMT_ANN_ASSIGN:
        field_expr(b, s->v.ann_assign.target);
        field_expr(b, s->v.ann_assign.annotation);
        field_expr(b, s->v.ann_assign.value);
        field_int(b, s->v.ann_assign.simple);
        break;
    case AST_STMT_FOR:
    case AST_STMT_ASYNC_FOR:
        field_expr(b, s->v.for_.target);
        field_expr(b, s->v.for_.iter);
        field_stmts(b, s->v.for_.body);
        field_stmts(b, s->v.for_.orelse);
        break;
    case AST_STMT_WHILE:
    case AST_STMT_IF:
        field_expr(b, s->v.if_.test);
        field_stmts(b, s->v.if_.body);
        field_stmts(b, s->v.if_.orelse);
        break;
    case AST_STMT_WITH:
    case AST_STMT_ASYNC_WITH:
        field_withitems(b, s->v.with.items);
        field_stmts(b, s->v.with.body);
        break;
    case AST_STMT_MATCH:
        field_expr(b, s->v.match.subject);
        field_cases(b, s->v.match.cases);
        break;
    case AST_STMT_RAISE:
        field_expr(b, s->v.raise.exc);
        field_expr(b, s->v.raise.cause);
        break;
    case AST_STMT_TRY:
    case AST_STMT_TRY_STAR:
        field_stmts(b, s->v.try_.body);
        field_handlers(b, s->v.try_.handlers);
        field_stmts(b, s->v.try_.orelse);
        field_stmts(b, s->v.try_.finalbody);
        break;
    case AST_STMT_ASSERT:
        field_expr(b, s->v.assert_.test);
        field_expr(b, s->v.assert_.msg);
        break;
    case AST_STMT_IMPORT:
        field_aliases(b, s->v.import.names);
        break;
    case AST_STMT_IMPORT_FROM:
        field_str(b, s->v.import_from.module);
        field_aliases(b, s->v.import_from.names);
        field_int(b, s->v.import_from.level);
        break;
    case AST_STMT_GLOBAL:
    case AST_STMT_NONLOCAL:
        field_idents(b, s->v.global.names);
        break;
    case AST_STMT_EXPR:
        field_expr(b, s->v.expr.value);
        break;
    case AST_STMT_PASS:
    case AST_STMT_BREAK:
    case AST_STMT_CONTINUE:
    case AST_STMT_KIND_COUNT:
        break;
    }
}

static void dump_stmt(DumpBuf *b, const AstStmt *s)
{
    open_node(b, ast_stmt_kind_name(s->kind), &s->pos);
    dump_stmt_fields(b, s);
    close_node(b);
}

static void dump_pattern_fields(DumpBuf *b, const AstPattern *p)
{
    switch (p->kind) {
    case AST_PAT_MATCH_VALUE:
        field_expr(b, p->v.match_value.value);
        break;
    case AST_PAT_MATCH_SINGLETON:
        put(b, " ");
        put_constant(b, &p->v.match_singleton.value);
        break;
    case AST_PAT_MATCH_SEQUENCE:
        field_patterns(b, p->v.match_sequence.patterns);
        break;
    case AST_PAT_MATCH_MAPPING:
        field_exprs(b, p->v.match_mapping.keys);
        field_patterns(b, p->v.match_mapping.patterns);
        field_str(b, p->v.match_mapping.rest);
        break;
    case AST_PAT_MATCH_CLASS:
        field_expr(b, p->v.match_class.cls);
        field_patterns(b, p->v.match_class.patterns);
        field_idents(b, p->v.match_class.kwd_attrs);
        field_patterns(b, p->v.match_class.kwd_patterns);
        break;
    case AST_PAT_MATCH_STAR:
        field_str(b, p->v.match_star.name);
        break;
    case AST_PAT_MATCH_AS:
        put(b, " ");
        dump_pattern(b, p->v.match_as.pattern);
        field_str(b, p->v.match_as.name);
        break;
    case AST_PAT_MATCH_OR:
        field_patterns(b, p->v.match_or.patterns);
        break;
    case AST_PAT_KIND_COUNT:
        break;
    }
}

static void dump_pattern(DumpBuf *b, const AstPattern *p)
{
    if (!p) {
        put(b, "-");
        return;
    }
    open_node(b, ast_pattern_kind_name(p->kind), &p->pos);
    dump_pattern_fields(b, p);
    close_node(b);
}

/* ---- entry points -------------------------------------------------------------------------- */

static char *dump_finish(DumpBuf *b, size_t *len)
{
    if (!b->failed && !b->data) put(b, "");
    if (b->failed) {
        if (b->data) mem_free(b->mem, b->data, b->cap);
        return NULL;
    }
    /* Shrink to the exact size so the caller can free with len + 1. */
    char *exact = mem_realloc(b->mem, b->data, b->cap, b->len + 1);
    if (!exact) {
        mem_free(b->mem, b->data, b->cap);
        return NULL;
    }
    if (len) *len = b->len;
    return exact;
}

char *ast_dump_module(Mem *mem, const AstModule *mod, unsigned flags, size_t *len)
{
    DumpBuf b = {.mem = mem, .flags = flags};
    if (mod->kind == AST_EXPRESSION) {
        put(&b, "(Expression");
        field_expr(&b, mod->expr);
    } else {
        put(&b, "(Module");
        field_stmts(&b, mod->body);
    }
    put(&b, ")");
    return dump_finish(&b, len);
}

char *ast_dump_expr(Mem *mem, const AstExpr *expr, unsigned flags, size_t *len)
{
    DumpBuf b = {.mem = mem, .flags = flags};
    dump_expr(&b, expr);
    return dump_finish(&b, len);
}

char *ast_dump_stmt(Mem *mem, const AstStmt *stmt, unsigned flags, size_t *len)
{
    DumpBuf b = {.mem = mem, .flags = flags};
    dump_stmt(&b, stmt);
    return dump_finish(&b, len);
}
