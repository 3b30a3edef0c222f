/* parser_internal.h — shared machinery of the recursive-descent parser (parser*.c only).
 *
 * The parser follows CPython 3.11's PEG grammar (Grammar/python.gram) rule by rule, with the
 * same semantics: ordered choice with backtracking (save p->mark, restore on failure),
 * memoisation of the rules CPython memoises, and two passes: the first without the `invalid_*`
 * rules; when it fails, a second pass with them enabled (p->call_invalid_rules) to find a
 * specific error message. Left-recursive rules are written as loops.
 *
 * Rule protocol: a rule function returns its result, or NULL when it does not match. NULL with
 * p->error set means an error was raised (p->err is filled) and every caller must unwind at
 * once: after a NULL result, callers check p->error before trying another alternative.
 *
 * Recursion: every recursive cycle of the grammar passes through a rule bracketed by
 * parser_enter()/parser_leave() (directly or via parser_guarded/parser_memoized), which bound the
 * depth, so no input can exhaust the C stack. The bound is a rule count, not a byte budget, so
 * that the same source fails the same way in every build.
 */
#ifndef GARTER_PARSER_INTERNAL_H
#define GARTER_PARSER_INTERNAL_H

#include <stdbool.h>

#include "ast.h"
#include "lexer.h"
#include "parser.h"

/* The deepest rule nesting a parse may reach (CPython's MAXSTACK is 6000 of its smaller
 * rules). 3000 admits 199 nested brackets of any kind (the lexer's limit is 200) and keeps the
 * worst case (3000 nested `not`) near 0.5 MB of C stack in a release build. */
#define PARSER_MAX_DEPTH 3000

typedef struct Memo Memo;

/* A fetched token plus the memo entries of the rules that were tried at it. */
typedef struct ParserToken {
    Token tok;
    Memo *memo;
} ParserToken;

#define PARSER_TOKEN_BLOCK 256

typedef struct Parser {
    Arena *arena;
    Arena scratch; /* parser-only data (memo entries), freed by parser_free */
    Mem *mem;      /* for the token array (freed by parser_free) */
    const char *src;
    size_t src_len;
    Lexer lexer;
    /* Fetched tokens live in fixed blocks so that Token pointers stay valid while more tokens
     * are fetched: token i is blocks[i / PARSER_TOKEN_BLOCK][i % PARSER_TOKEN_BLOCK]. */
    ParserToken **blocks;
    int block_count;
    int block_cap;
    int fill; /* tokens fetched so far */
    int mark; /* index of the next token to consume */
    int depth;
    int base_depth; /* depth at the start (an f-string child continues its parent's) */
    bool call_invalid_rules;
    bool error; /* an error was raised; *err holds it */
    SyntaxErrorInfo *err;
    /* f-string replacement fields are parsed by a child parser over the same source */
    bool fstring;
    int fstring_col;        /* CPython's starting_col_offset: parser errors subtract it */
    int fstring_brace_line; /* the '{': lexer errors on its line are relative to it */
    int fstring_brace_col;
} Parser;

/* ---- setup (parser.c) ------------------------------------------------------------------------ */
void parser_setup(Parser *p, Arena *arena, const char *src, size_t len, SyntaxErrorInfo *err);
void parser_free(Parser *p);

/* Runs `rule` with CPython's two-pass error strategy; NULL with p->err filled on failure. */
void *parser_run(Parser *p, void *(*rule)(Parser *p));

/* ---- tokens (parser.c) ----------------------------------------------------------------------- */

/* Fetched token `index` (< p->fill). */
static inline ParserToken *parser_slot(const Parser *p, int index)
{
    return &p->blocks[index / PARSER_TOKEN_BLOCK][index % PARSER_TOKEN_BLOCK];
}
static inline Token *parser_token(const Parser *p, int index)
{
    return &parser_slot(p, index)->tok;
}

/* The token at p->mark (fetching it when needed); NULL on a lexing/memory error. */
Token *parser_peek(Parser *p);
/* The kind at p->mark; TOK_ERRORTOKEN after an error. */
TokenKind parser_peek_kind(Parser *p);
/* Consume and return the token at mark if it has `kind`; NULL otherwise (or on error). */
Token *parser_expect(Parser *p, TokenKind kind);
/* Consume a NAME token spelled `keyword` (soft keywords: match, case, _). */
Token *parser_expect_soft(Parser *p, const char *keyword);
/* CPython's `&&tok`: consume `kind` or raise "expected '<text>'" at the token found. */
Token *parser_expect_forced(Parser *p, TokenKind kind, const char *text);
/* Is the token at mark + ahead of `kind`? (fetches as needed; false on error) */
bool parser_check_at(Parser *p, int ahead, TokenKind kind);
static inline bool parser_check(Parser *p, TokenKind kind)
{
    return parser_check_at(p, 0, kind);
}
/* Is the token at mark a NAME spelled `word`? */
bool parser_check_soft(Parser *p, const char *word);
/* The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (for end positions). */
Token *parser_last_nonwhitespace(Parser *p);
/* Token text. */
static inline const char *parser_token_text(const Parser *p, const Token *t)
{
    return p->src + t->start;
}

/* ---- positions ------------------------------------------------------------------------------- */
/* CPython's EXTRA: from the token at start_mark to the last non-whitespace consumed token. */
AstPos parser_extra(Parser *p, int start_mark);
AstPos parser_token_pos(const Token *t);
AstPos parser_span(AstPos from, AstPos to);

/* ---- depth and memo (parser.c) ------------------------------------------------------------- */
bool parser_enter(Parser *p) __attribute__((warn_unused_result));
static inline void *parser_leave(Parser *p, void *result)
{
    p->depth--;
    return result;
}

typedef enum ParserRule {
    RULE_SIMPLE_STMT,
    RULE_BLOCK,
    RULE_EXPRESSION,
    RULE_STAR_EXPRESSION,
    RULE_DISJUNCTION,
    RULE_CONJUNCTION,
    RULE_INVERSION,
    RULE_BITWISE_OR,
    RULE_FACTOR,
    RULE_AWAIT_PRIMARY,
    RULE_PRIMARY,
    RULE_STRINGS,
    RULE_ARGUMENTS,
    RULE_STAR_TARGET,
    RULE_TARGET_WITH_STAR_ATOM,
    RULE_T_PRIMARY,
    RULE_DEL_TARGET,
    RULE_CLOSED_PATTERN,
    RULE_STAR_PATTERN,
    RULE_INVALID_NAMED_EXPRESSION,
    RULE_COUNT
} ParserRule;

/* Runs `body` as a rule: bounds the depth, restores the mark when it fails. */
void *parser_guarded(Parser *p, void *(*body)(Parser *p));
/* Like parser_guarded, memoising the result (success or failure) at the start mark. */
void *parser_memoized(Parser *p, ParserRule rule, void *(*body)(Parser *p));

/* If `rule` was memoised at the current mark: sets *out, moves the mark past it, returns true. */
bool parser_memo_get(Parser *p, ParserRule rule, void **out);
/* Records the result of `rule` started at start_mark (ending at the current mark). */
bool parser_memo_put(Parser *p, int start_mark, ParserRule rule, void *result);

/* ---- errors (parser.c) ------------------------------------------------------------------------
 * Offsets follow CPython's conventions: *_offset arguments are CPython's 1-based byte offsets
 * (stored as offset - 1 in SyntaxErrorInfo). All return NULL for `return parser_raise...`. */
void *parser_raise(Parser *p, SyntaxErrorKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *parser_raise_at(Parser *p, SyntaxErrorKind kind, int lineno, int offset, int end_lineno,
                      int end_offset, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE / _STARTING_FROM over node positions. */
void *parser_raise_on(Parser *p, AstPos where, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *parser_raise_range(Parser *p, AstPos from, AstPos to, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void *parser_raise_from(Parser *p, AstPos from, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *parser_no_memory(Parser *p);

/* ---- node helpers (parser.c) ----------------------------------------------------------------- */
AstExpr *parser_name(Parser *p, Token *t, AstExprContext ctx);
AstExpr *parser_constant(Parser *p, AstConstKind kind, AstPos pos);
/* CPython's _PyPegen_set_expr_context: a copy of `e` (and its elements) with context `ctx`. */
AstExpr *parser_set_context(Parser *p, AstExpr *e, AstExprContext ctx);
/* CPython's _PyPegen_get_expr_name: "function call", "literal", "tuple"... */
const char *parser_expr_name(const AstExpr *e);

typedef enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;
/* RAISE_SYNTAX_ERROR_INVALID_TARGET: raises "cannot assign to ..." / "cannot delete ...". */
void *parser_raise_invalid_target(Parser *p, TargetsType type, AstExpr *e);
/* CPython's _PyPegen_check_legacy_stmt: is `e` the Name print or exec? */
bool parser_is_legacy_stmt(const AstExpr *e);

/* ---- sequences ----------------------------------------------------------------------------------
 * Built in the arena by doubling; abandoned partial arrays are garbage until the arena dies.
 * Each push returns false (with the error raised) when the arena is exhausted. */
void *parser_seq_grow(Parser *p, void *items, int count, int *cap, size_t elem_size);

#define PARSER_DEFINE_PUSH(fn, Seq, Elem)                                                          \
    static inline bool fn(Parser *p, Seq *seq, int *cap, Elem item)                                \
    {                                                                                              \
        if (seq->count == *cap) {                                                                  \
            Elem *grown = parser_seq_grow(p, seq->items, seq->count, cap, sizeof(Elem));           \
            if (!grown) return false;                                                              \
            seq->items = grown;                                                                    \
        }                                                                                          \
        seq->items[seq->count++] = item;                                                           \
        return true;                                                                               \
    }
PARSER_DEFINE_PUSH(push_expr, AstExprSeq, AstExpr *)
PARSER_DEFINE_PUSH(push_stmt, AstStmtSeq, AstStmt *)
PARSER_DEFINE_PUSH(push_pattern, AstPatternSeq, AstPattern *)
PARSER_DEFINE_PUSH(push_arg, AstArgSeq, AstArg *)
PARSER_DEFINE_PUSH(push_keyword, AstKeywordSeq, AstKeyword *)
PARSER_DEFINE_PUSH(push_alias, AstAliasSeq, AstAlias *)
PARSER_DEFINE_PUSH(push_withitem, AstWithItemSeq, AstWithItem *)
PARSER_DEFINE_PUSH(push_case, AstMatchCaseSeq, AstMatchCase *)
PARSER_DEFINE_PUSH(push_comprehension, AstComprehensionSeq, AstComprehension *)
PARSER_DEFINE_PUSH(push_handler, AstExceptHandlerSeq, AstExceptHandler *)
PARSER_DEFINE_PUSH(push_ident, AstIdentSeq, const char *)
PARSER_DEFINE_PUSH(push_cmpop, AstCmpOpSeq, AstCmpOp)

/* Allocation in the parser's arena; raises out-of-memory on failure. */
void *parser_alloc(Parser *p, size_t size);
#define PARSER_NEW(p, Type) ((Type *)parser_alloc((p), sizeof(Type)))

/* ---- rules shared between files ------------------------------------------------------------ */

/* parser_expr.c */
AstExpr *parser_expression(Parser *p);
AstExpr *parser_named_expression(Parser *p);
AstExpr *parser_assignment_expression(Parser *p); /* NAME ':=' ~ expression */
AstExpr *parser_star_expressions(Parser *p);
AstExpr *parser_star_named_expression(Parser *p);
AstExpr *parser_expressions(Parser *p);
AstExpr *parser_yield_expr(Parser *p);
AstExpr *parser_disjunction(Parser *p);
AstExpr *parser_bitwise_or(Parser *p);
AstExpr *parser_strings(Parser *p);
AstExpr *parser_number(Parser *p); /* NUMBER token */
bool parser_star_named_expressions(Parser *p, AstExprSeq *out);
AstExpr *parser_slices(Parser *p);
AstExpr *parser_atom(Parser *p);
AstExpr *parser_starred_expression(Parser *p);
AstExpr *parser_lambdef(Parser *p);

/* parser_display.c */
AstExpr *parser_list(Parser *p);
AstExpr *parser_tuple(Parser *p);
AstExpr *parser_genexp(Parser *p);
AstExpr *parser_list_or_listcomp(Parser *p); /* &'[' (list | listcomp) */
AstExpr *parser_brace_atom(Parser *p);       /* &'{' (dict | set | dictcomp | setcomp) */
/* invalid_for_target: ASYNC? 'for' star_expressions (raises or returns NULL) */
void *parser_invalid_for_target(Parser *p);

/* parser_display.c (comprehension clauses) */
bool parser_for_if_clauses(Parser *p, AstComprehensionSeq *out);
/* The last `if` of the last clause, else its iterable (error ranges end there). */
AstExpr *parser_last_comprehension_item(const AstComprehensionSeq *seq);

/* parser_call.c */
AstExpr *parser_args(Parser *p);
AstExpr *parser_arguments(Parser *p); /* a Call carrying args and keywords, or NULL */

/* parser_target.c */
AstExpr *parser_star_targets(Parser *p);
AstExpr *parser_star_target(Parser *p);
AstExpr *parser_single_target(Parser *p);
AstExpr *parser_single_subscript_attribute_target(Parser *p);
bool parser_del_targets(Parser *p, AstExprSeq *out);
AstExpr *parser_t_primary(Parser *p);

/* parser_params.c */
AstArguments *parser_params(Parser *p);        /* def parameters (may be NULL = none) */
AstArguments *parser_lambda_params(Parser *p); /* lambda parameters */
AstArguments *parser_empty_arguments(Parser *p);
AstExpr *parser_default(Parser *p);

/* parser_stmt.c */
bool parser_statements(Parser *p, AstStmtSeq *out);
bool parser_block(Parser *p, AstStmtSeq *out);
AstStmt *parser_compound_stmt(Parser *p);

/* parser_pattern.c */
AstStmt *parser_match_stmt(Parser *p);

/* parser_string.c */
/* CPython's _PyPegen_concatenate_strings over tokens first..last (token indices). */
AstExpr *parser_concatenate_strings(Parser *p, int first, int last);
/* NUMBER token text to a Constant. */
AstExpr *parser_parse_number(Parser *p, Token *t);
/* NFKC-normalised identifier for a NAME token. */
const char *parser_identifier(Parser *p, Token *t);

/* A growable byte buffer in the arena, for building string constants. */
typedef struct StrBuf {
    char *data;
    size_t len;
    size_t cap;
} StrBuf;
bool parser_strbuf_append(Parser *p, StrBuf *b, const char *s, size_t n);
/* Appends the str literal body s[0, len) to *out, decoding escapes unless `raw`. Raises
 * CPython's "(unicode error) ..." SyntaxError on a bad escape. */
bool parser_decode_str(Parser *p, const char *s, size_t len, bool raw, StrBuf *out);

/* parser_fstring.c — the state of one concatenation (CPython's FstringParser). */
typedef struct FstringState {
    StrBuf last_str; /* pending literal text (not yet a Constant) */
    AstExprSeq values;
    int values_cap;
    bool fmode; /* an f-string took part: the result is a JoinedStr */
} FstringState;
/* Parses the body [*str, end) of one f-string token t into the state. */
bool parser_fstring_concat(Parser *p, FstringState *st, const char **str, const char *end, bool raw,
                           int recurse_lvl, Token *first, Token *t, Token *last);
/* The Constant or JoinedStr for the whole state, positioned first..last. */
AstExpr *parser_fstring_finish(Parser *p, FstringState *st, Token *first, Token *last);

#endif
