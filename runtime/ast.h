/* ast.h — the abstract syntax tree of Python 3.11, modelled on CPython's Parser/Python.asdl.
 *
 * Produced by the parser (parser.h), consumed by the symbol table, the compiler and the checker.
 *
 * Ownership: every node, sequence array, identifier and decoded literal lives in the Arena the
 * parser was given; the whole tree dies with arena_free_all(). Nodes are never freed singly.
 *
 * Shape: each category (AstStmt, AstExpr, AstPattern) is a tagged union: `kind` selects the
 * member of `v`. Kinds that CPython models as separate node types with identical fields share
 * one member of the union:
 *   AST_STMT_ASYNC_FUNCTION_DEF uses v.function_def, AST_STMT_ASYNC_FOR uses v.for_,
 *   AST_STMT_ASYNC_WITH uses v.with, AST_STMT_TRY_STAR uses v.try_,
 *   AST_EXPR_SET_COMP and AST_EXPR_GENERATOR_EXP use v.list_comp.
 * Union members whose CPython name is a C keyword carry a trailing underscore (return_, for_...).
 *
 * Sequences: a counted array per element type, e.g. AstExprSeq { int count; AstExpr **items; }.
 * An empty sequence is { 0, NULL }. Entries are non-NULL except where a field's comment says
 * otherwise (Dict.keys for `**`, arguments.kw_defaults without a default).
 *
 * Identifiers: NUL-terminated UTF-8 (`const char *`), NFKC-normalised as CPython does for
 * non-ASCII names. Optional identifiers and optional children are NULL when absent.
 *
 * Positions: every stmt, expr, pattern, excepthandler, arg, keyword and alias carries an AstPos:
 * 1-based lines, 0-based column offsets counted in UTF-8 bytes, end exclusive — exactly CPython's
 * lineno/col_offset/end_lineno/end_col_offset.
 */
#ifndef GARTER_AST_H
#define GARTER_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "mem.h"

typedef struct AstPos {
    int lineno;
    int col_offset;
    int end_lineno;
    int end_col_offset;
} AstPos;

/* ---- diagnostics --------------------------------------------------------------------------
 * A syntax error found by the lexer or parser (or by any later pass that reports against source
 * positions). Stored by value with a fixed message buffer so reporting one never allocates, which
 * lets out-of-memory travel the same path.
 *
 * Columns are 0-based byte offsets, kept exactly as CPython computes them, quirks included: a
 * column is -1 or -2 where CPython reports an offset of 0 or -1. CPython converts BOTH columns
 * against the text of line `lineno` (without its newline), even when end_lineno differs:
 *     SyntaxError.offset     = col < 0 ? col + 1 : (characters in the first col bytes) + 1
 *     SyntaxError.end_offset = the same for min(end_col, byte length of that line)
 * (.lineno and .end_lineno are lineno and end_lineno). */
typedef enum SyntaxErrorKind {
    SYNTAX_ERROR_SYNTAX,      /* SyntaxError */
    SYNTAX_ERROR_INDENTATION, /* IndentationError */
    SYNTAX_ERROR_TAB,         /* TabError */
    SYNTAX_ERROR_NO_MEMORY,   /* allocation failed: report as MemoryError / limit, not syntax */
} SyntaxErrorKind;

#define SYNTAX_ERROR_MESSAGE_MAX 256

typedef struct SyntaxErrorInfo {
    SyntaxErrorKind kind;
    char message[SYNTAX_ERROR_MESSAGE_MAX]; /* NUL-terminated, CPython's wording */
    int lineno;                             /* 1-based; 0 when unknown */
    int col_offset;                         /* 0-based byte offset in the line */
    int end_lineno;
    int end_col_offset;
} SyntaxErrorInfo;

/* ---- operators and contexts ------------------------------------------------------------- */
typedef enum AstExprContext { AST_CTX_LOAD, AST_CTX_STORE, AST_CTX_DEL } AstExprContext;

typedef enum AstBoolOp { AST_BOOL_AND, AST_BOOL_OR } AstBoolOp;

typedef enum AstOperator {
    AST_OP_ADD,
    AST_OP_SUB,
    AST_OP_MULT,
    AST_OP_MAT_MULT,
    AST_OP_DIV,
    AST_OP_MOD,
    AST_OP_POW,
    AST_OP_LSHIFT,
    AST_OP_RSHIFT,
    AST_OP_BIT_OR,
    AST_OP_BIT_XOR,
    AST_OP_BIT_AND,
    AST_OP_FLOOR_DIV,
    AST_OPERATOR_COUNT
} AstOperator;

typedef enum AstUnaryOp { AST_UOP_INVERT, AST_UOP_NOT, AST_UOP_UADD, AST_UOP_USUB } AstUnaryOp;

typedef enum AstCmpOp {
    AST_CMP_EQ,
    AST_CMP_NOT_EQ,
    AST_CMP_LT,
    AST_CMP_LTE,
    AST_CMP_GT,
    AST_CMP_GTE,
    AST_CMP_IS,
    AST_CMP_IS_NOT,
    AST_CMP_IN,
    AST_CMP_NOT_IN,
    AST_CMPOP_COUNT
} AstCmpOp;

/* ---- node types ----------------------------------------------------------------------------- */
typedef struct AstStmt AstStmt;
typedef struct AstExpr AstExpr;
typedef struct AstPattern AstPattern;
typedef struct AstArguments AstArguments;
typedef struct AstArg AstArg;
typedef struct AstKeyword AstKeyword;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;
typedef struct AstMatchCase AstMatchCase;
typedef struct AstComprehension AstComprehension;
typedef struct AstExceptHandler AstExceptHandler;
typedef struct AstModule AstModule;

/* Counted arrays (see the header comment). */
#define AST_SEQ(Name, Elem)                                                                        \
    typedef struct Name {                                                                          \
        int count;                                                                                 \
        Elem *items;                                                                               \
    } Name
AST_SEQ(AstStmtSeq, AstStmt *);
AST_SEQ(AstExprSeq, AstExpr *);
AST_SEQ(AstPatternSeq, AstPattern *);
AST_SEQ(AstArgSeq, AstArg *);
AST_SEQ(AstKeywordSeq, AstKeyword *);
AST_SEQ(AstAliasSeq, AstAlias *);
AST_SEQ(AstWithItemSeq, AstWithItem *);
AST_SEQ(AstMatchCaseSeq, AstMatchCase *);
AST_SEQ(AstComprehensionSeq, AstComprehension *);
AST_SEQ(AstExceptHandlerSeq, AstExceptHandler *);
AST_SEQ(AstIdentSeq, const char *);
AST_SEQ(AstCmpOpSeq, AstCmpOp);
#undef AST_SEQ

/* ---- constants ------------------------------------------------------------------------------
 * The value of a Constant expression (and of MatchSingleton). */
typedef enum AstConstKind {
    AST_CONST_NONE,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,
    AST_CONST_FLOAT,
    AST_CONST_IMAGINARY, /* complex(0, imaginary) */
    AST_CONST_STR,
    AST_CONST_BYTES,
} AstConstKind;

typedef struct AstConstant {
    AstConstKind kind;
    union {
        /* AST_CONST_INT: `digits` is the literal without prefix or underscores, hex digits
         * lower-cased (0xFF -> "ff"), NUL-terminated, never empty; base is 2, 8, 10
         * or 16. When `fits` the value is also in `value` (always >= 0: literals carry no sign);
         * otherwise the compiler builds a big int from digits. */
        struct {
            const char *digits;
            int base;
            bool fits;
            int64_t value;
        } int_;
        double float_;    /* AST_CONST_FLOAT */
        double imaginary; /* AST_CONST_IMAGINARY */
        /* AST_CONST_STR: the decoded string as UTF-8 (lone surrogates from \uD800-style escapes
         * are encoded as their 3-byte generalised UTF-8 form). AST_CONST_BYTES: raw bytes.
         * data is NUL-terminated (not counted in len) and may contain NULs. */
        struct {
            const char *data;
            size_t len;
        } str;
    } u;
} AstConstant;

/* ---- module --------------------------------------------------------------------------------- */
typedef enum AstModuleKind {
    AST_MODULE,     /* Module(body): exec mode */
    AST_EXPRESSION, /* Expression(body): eval mode; `expr` is set, `body` empty */
} AstModuleKind;

struct AstModule {
    AstModuleKind kind;
    AstStmtSeq body;
    AstExpr *expr;
};

/* ---- statements ------------------------------------------------------------------------------ */
typedef enum AstStmtKind {
    AST_STMT_FUNCTION_DEF,
    AST_STMT_ASYNC_FUNCTION_DEF,
    AST_STMT_CLASS_DEF,
    AST_STMT_RETURN,
    AST_STMT_DELETE,
    AST_STMT_ASSIGN,
    AST_STMT_AUG_ASSIGN,
    AST_STMT_ANN_ASSIGN,
    AST_STMT_FOR,
    AST_STMT_ASYNC_FOR,
    AST_STMT_WHILE,
    AST_STMT_IF,
    AST_STMT_WITH,
    AST_STMT_ASYNC_WITH,
    AST_STMT_MATCH,
    AST_STMT_RAISE,
    AST_STMT_TRY,
    AST_STMT_TRY_STAR,
    AST_STMT_ASSERT,
    AST_STMT_IMPORT,
    AST_STMT_IMPORT_FROM,
    AST_STMT_GLOBAL,
    AST_STMT_NONLOCAL,
    AST_STMT_EXPR,
    AST_STMT_PASS,
    AST_STMT_BREAK,
    AST_STMT_CONTINUE,
    AST_STMT_KIND_COUNT
} AstStmtKind;

struct AstStmt {
    AstStmtKind kind;
    AstPos pos;
    union {
        struct {
            const char *name;
            AstArguments *args; /* never NULL */
            AstStmtSeq body;
            AstExprSeq decorator_list;
            AstExpr *returns; /* NULL when no `->` annotation */
        } function_def;
        struct {
            const char *name;
            AstExprSeq bases;
            AstKeywordSeq keywords;
            AstStmtSeq body;
            AstExprSeq decorator_list;
        } class_def;
        struct {
            AstExpr *value; /* NULL for a bare `return` */
        } return_;
        struct {
            AstExprSeq targets;
        } delete_;
        struct {
            AstExprSeq targets; /* `a = b = 1` has two targets */
            AstExpr *value;
        } assign;
        struct {
            AstExpr *target;
            AstOperator op;
            AstExpr *value;
        } aug_assign;
        struct {
            AstExpr *target;
            AstExpr *annotation;
            AstExpr *value; /* NULL for `x: int` */
            int simple;     /* 1 when target is a bare Name not in parentheses */
        } ann_assign;
        struct {
            AstExpr *target;
            AstExpr *iter;
            AstStmtSeq body;
            AstStmtSeq orelse;
        } for_;
        struct {
            AstExpr *test;
            AstStmtSeq body;
            AstStmtSeq orelse;
        } while_;
        struct {
            AstExpr *test;
            AstStmtSeq body;
            AstStmtSeq orelse; /* `elif` is a nested If as the only statement of orelse */
        } if_;
        struct {
            AstWithItemSeq items;
            AstStmtSeq body;
        } with;
        struct {
            AstExpr *subject;
            AstMatchCaseSeq cases;
        } match;
        struct {
            AstExpr *exc;   /* NULL for a bare `raise` */
            AstExpr *cause; /* NULL without `from` */
        } raise;
        struct {
            AstStmtSeq body;
            AstExceptHandlerSeq handlers;
            AstStmtSeq orelse;
            AstStmtSeq finalbody;
        } try_;
        struct {
            AstExpr *test;
            AstExpr *msg; /* may be NULL */
        } assert_;
        struct {
            AstAliasSeq names;
        } import;
        struct {
            const char *module; /* NULL for `from . import x` */
            AstAliasSeq names;  /* a single alias "*" for `import *` */
            int level;          /* number of leading dots */
        } import_from;
        struct {
            AstIdentSeq names;
        } global, nonlocal;
        struct {
            AstExpr *value;
        } expr;
    } v;
};

/* ---- expressions ---------------------------------------------------------------------------- */
typedef enum AstExprKind {
    AST_EXPR_BOOL_OP,
    AST_EXPR_NAMED_EXPR,
    AST_EXPR_BIN_OP,
    AST_EXPR_UNARY_OP,
    AST_EXPR_LAMBDA,
    AST_EXPR_IF_EXP,
    AST_EXPR_DICT,
    AST_EXPR_SET,
    AST_EXPR_LIST_COMP,
    AST_EXPR_SET_COMP,
    AST_EXPR_DICT_COMP,
    AST_EXPR_GENERATOR_EXP,
    AST_EXPR_AWAIT,
    AST_EXPR_YIELD,
    AST_EXPR_YIELD_FROM,
    AST_EXPR_COMPARE,
    AST_EXPR_CALL,
    AST_EXPR_FORMATTED_VALUE,
    AST_EXPR_JOINED_STR,
    AST_EXPR_CONSTANT,
    AST_EXPR_ATTRIBUTE,
    AST_EXPR_SUBSCRIPT,
    AST_EXPR_STARRED,
    AST_EXPR_NAME,
    AST_EXPR_LIST,
    AST_EXPR_TUPLE,
    AST_EXPR_SLICE,
    AST_EXPR_KIND_COUNT
} AstExprKind;

struct AstExpr {
    AstExprKind kind;
    AstPos pos;
    union {
        struct {
            AstBoolOp op;
            AstExprSeq values; /* two or more; `a or b or c` is one BoolOp */
        } bool_op;
        struct {
            AstExpr *target; /* always a Name (Store) */
            AstExpr *value;
        } named_expr;
        struct {
            AstExpr *left;
            AstOperator op;
            AstExpr *right;
        } bin_op;
        struct {
            AstUnaryOp op;
            AstExpr *operand;
        } unary_op;
        struct {
            AstArguments *args; /* never NULL */
            AstExpr *body;
        } lambda;
        struct {
            AstExpr *test;
            AstExpr *body;
            AstExpr *orelse;
        } if_exp;
        struct {
            AstExprSeq keys; /* keys.items[i] is NULL for a `**mapping` entry */
            AstExprSeq values;
        } dict;
        struct {
            AstExprSeq elts;
        } set;
        struct {
            AstExpr *elt;
            AstComprehensionSeq generators;
        } list_comp; /* also SetComp and GeneratorExp */
        struct {
            AstExpr *key;
            AstExpr *value;
            AstComprehensionSeq generators;
        } dict_comp;
        struct {
            AstExpr *value; /* NULL only for a bare `yield` */
        } await, yield, yield_from;
        struct {
            AstExpr *left;
            AstCmpOpSeq ops;
            AstExprSeq comparators; /* same count as ops */
        } compare;
        struct {
            AstExpr *func;
            AstExprSeq args; /* Starred entries for `*args` */
            AstKeywordSeq keywords;
        } call;
        struct {
            AstExpr *value;
            int conversion;       /* -1 (none), 's', 'r' or 'a' */
            AstExpr *format_spec; /* NULL or a JoinedStr */
        } formatted_value;
        struct {
            AstExprSeq values; /* Constant (STR) and FormattedValue parts */
        } joined_str;
        AstConstant constant;
        struct {
            AstExpr *value;
            const char *attr;
            AstExprContext ctx;
        } attribute;
        struct {
            AstExpr *value;
            AstExpr *slice; /* a Slice, a Tuple (possibly of Slices) or any expression */
            AstExprContext ctx;
        } subscript;
        struct {
            AstExpr *value;
            AstExprContext ctx;
        } starred;
        struct {
            const char *id;
            AstExprContext ctx;
        } name;
        struct {
            AstExprSeq elts;
            AstExprContext ctx;
        } list, tuple;
        struct {
            AstExpr *lower; /* each may be NULL */
            AstExpr *upper;
            AstExpr *step;
        } slice;
    } v;
};

/* ---- helper nodes ---------------------------------------------------------------------------- */
struct AstComprehension {
    AstExpr *target; /* Store context */
    AstExpr *iter;
    AstExprSeq ifs;
    bool is_async;
};

struct AstExceptHandler {
    AstPos pos;
    AstExpr *type;    /* NULL for a bare `except:` */
    const char *name; /* NULL without `as` */
    AstStmtSeq body;
};

struct AstArguments {
    AstArgSeq posonlyargs;
    AstArgSeq args;
    AstArg *vararg; /* NULL unless `*name` */
    AstArgSeq kwonlyargs;
    AstExprSeq kw_defaults; /* same count as kwonlyargs; NULL entries have no default */
    AstArg *kwarg;          /* NULL unless `**name` */
    AstExprSeq defaults;    /* defaults of the last defaults.count of posonlyargs + args */
};

struct AstArg {
    AstPos pos;
    const char *arg;
    AstExpr *annotation; /* NULL when absent (always NULL in lambdas) */
};

struct AstKeyword {
    AstPos pos;
    const char *arg; /* NULL for `**mapping` */
    AstExpr *value;
};

struct AstAlias {
    AstPos pos;
    const char *name; /* dotted name as written ("a.b.c"), or "*" */
    const char *asname;
};

struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars; /* NULL without `as`; Store context */
};

struct AstMatchCase {
    AstPattern *pattern;
    AstExpr *guard; /* NULL without `if` */
    AstStmtSeq body;
};

/* ---- patterns -------------------------------------------------------------------------------- */
typedef enum AstPatternKind {
    AST_PAT_MATCH_VALUE,
    AST_PAT_MATCH_SINGLETON,
    AST_PAT_MATCH_SEQUENCE,
    AST_PAT_MATCH_MAPPING,
    AST_PAT_MATCH_CLASS,
    AST_PAT_MATCH_STAR,
    AST_PAT_MATCH_AS,
    AST_PAT_MATCH_OR,
    AST_PAT_KIND_COUNT
} AstPatternKind;

struct AstPattern {
    AstPatternKind kind;
    AstPos pos;
    union {
        struct {
            AstExpr *value; /* a literal, signed/complex number, or dotted Attribute */
        } match_value;
        struct {
            AstConstant value; /* NONE, TRUE or FALSE */
        } match_singleton;
        struct {
            AstPatternSeq patterns;
        } match_sequence;
        struct {
            AstExprSeq keys;
            AstPatternSeq patterns; /* same count as keys */
            const char *rest;       /* `**rest`, or NULL */
        } match_mapping;
        struct {
            AstExpr *cls; /* Name or Attribute chain */
            AstPatternSeq patterns;
            AstIdentSeq kwd_attrs;
            AstPatternSeq kwd_patterns; /* same count as kwd_attrs */
        } match_class;
        struct {
            const char *name; /* NULL for `*_` */
        } match_star;
        struct {
            AstPattern *pattern; /* NULL for a capture or `_` */
            const char *name;    /* NULL for `_` */
        } match_as;
        struct {
            AstPatternSeq patterns; /* two or more */
        } match_or;
    } v;
};

/* ---- constructors and helpers (ast.c) ------------------------------------------------------ */

/* Zeroed nodes of the given kind at `pos`, allocated in `arena`; NULL when out of memory. */
AstStmt *ast_stmt_new(Arena *arena, AstStmtKind kind, AstPos pos)
    __attribute__((warn_unused_result));
AstExpr *ast_expr_new(Arena *arena, AstExprKind kind, AstPos pos)
    __attribute__((warn_unused_result));
AstPattern *ast_pattern_new(Arena *arena, AstPatternKind kind, AstPos pos)
    __attribute__((warn_unused_result));

/* CPython's class names ("FunctionDef", "BinOp", "MatchAs", "Add", "NotIn", "Load"...). */
const char *ast_stmt_kind_name(AstStmtKind kind);
const char *ast_expr_kind_name(AstExprKind kind);
const char *ast_pattern_kind_name(AstPatternKind kind);
const char *ast_operator_name(AstOperator op);
const char *ast_unaryop_name(AstUnaryOp op);
const char *ast_cmpop_name(AstCmpOp op);
const char *ast_boolop_name(AstBoolOp op);
const char *ast_context_name(AstExprContext ctx);

/* The source symbol of a binary operator ("+", "//", "@"...), as used in error messages. */
const char *ast_operator_symbol(AstOperator op);

/* Flags for the dumpers. */
enum { AST_DUMP_POSITIONS = 1 }; /* append @line:col-endline:endcol to every positioned node */

/* A compact s-expression dump of a tree (format documented in ast.c), for tests and debugging.
 * Returns a NUL-terminated string allocated from `mem` (free with mem_free(mem, s, *len + 1)),
 * or NULL when out of memory. */
char *ast_dump_module(Mem *mem, const AstModule *mod, unsigned flags, size_t *len)
    __attribute__((warn_unused_result));
char *ast_dump_expr(Mem *mem, const AstExpr *expr, unsigned flags, size_t *len)
    __attribute__((warn_unused_result));
char *ast_dump_stmt(Mem *mem, const AstStmt *stmt, unsigned flags, size_t *len)
    __attribute__((warn_unused_result));

#endif
