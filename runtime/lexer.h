/* lexer.h — Python 3.11 tokens from UTF-8 source, one at a time (CPython's Parser/tokenizer.c).
 *
 * The lexer is pull-based: the parser asks for the next token when it needs one, so a lexing
 * error is reported only when the parser reaches it, exactly as in CPython. It never allocates:
 * the indentation and bracket stacks are fixed arrays bounded by CPython's limits (100 levels of
 * indentation, 200 nested brackets), and tokens point into the source by byte offset.
 *
 * Input contract: `src` is the normalised source made by lexer_prepare_source(): valid UTF-8,
 * no NUL bytes, "\n" line ends only, ending with "\n" (CPython's translate_newlines).
 *
 * Positions: lines are 1-based, columns 0-based byte offsets from the line start. INDENT, DEDENT
 * and ENDMARKER have no extent: their columns are -1, as in CPython's token records.
 *
 * Errors: a failing lexer_next() returns false and fills the lexer's SyntaxErrorInfo with
 * CPython's message and location; the lexer then stays failed. `error_overrides` tells whether
 * CPython would let this error replace an earlier generic parser error (tokenizer errors raised
 * with syntaxerror() do; indentation and continuation-line errors do not).
 */
#ifndef GARTER_LEXER_H
#define GARTER_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"
#include "mem.h"

typedef enum TokenKind {
#define TOKEN(name, text) TOK_##name,
#include "tokens.def"
#undef TOKEN
    TOK_KIND_COUNT
} TokenKind;

#define TOK_FIRST_KEYWORD TOK_FALSE
#define TOK_LAST_KEYWORD TOK_YIELD

/* CPython's limits (tokenizer.h MAXINDENT / MAXLEVEL). */
#define LEXER_MAX_INDENT 100
#define LEXER_MAX_LEVEL 200

typedef struct Token {
    TokenKind kind;
    size_t start; /* token text is src[start, end) */
    size_t end;
    int lineno; /* first line (a triple-quoted string may span several) */
    int col_offset;
    int end_lineno;
    int end_col_offset;
    int level;   /* bracket depth after this token (CPython's token->level) */
    int cur_col; /* lexer column (bytes from the line start) right after the token was made;
                    CPython reports this for errors at tokens without columns */
} Token;

/* Lexer state. Fields are private to lexer.c except where noted. */
typedef struct Lexer {
    const char *src;
    size_t len;        /* bytes of src */
    size_t cur;        /* next position to read */
    size_t line_start; /* position of the current line's first byte */
    int lineno;
    bool line_pending; /* a '\n' was consumed: the next read starts a new line */
    bool at_eof;       /* CPython's tok->done == E_EOF */
    bool atbol;        /* at the beginning of a logical line: measure indentation */
    bool failed;
    int pendin; /* pending INDENTs (> 0) or DEDENTs (< 0) */
    int indent; /* top of indstack */
    int indstack[LEXER_MAX_INDENT];
    int altindstack[LEXER_MAX_INDENT]; /* widths with tabs counted as 1, for TabError */
    int level;                         /* bracket depth; public (read by the parser) */
    char parenstack[LEXER_MAX_LEVEL];
    int parenlinenostack[LEXER_MAX_LEVEL];
    int parencolstack[LEXER_MAX_LEVEL];
    /* Fragment mode (an f-string replacement field): the text src[frag_start, frag_end) is
     * lexed as if written "(" text ")" + "\n", the parentheses sitting on the braces. */
    bool fragment;
    size_t frag_open; /* position of the virtual '(' (the '{') */
    size_t frag_end;  /* position of the virtual ')' */
    /* Token start bookkeeping. */
    size_t tok_start;
    int first_lineno;
    size_t multi_line_start;
    bool error_overrides;  /* public: see the header comment */
    bool error_unclosed;   /* public: the error is "'(' was never closed" (end of input) */
    SyntaxErrorInfo error; /* public: valid after lexer_next() returned false */
} Lexer;

/* Result of lexer_prepare_source(). */
typedef struct LexerSource {
    const char *text; /* normalised copy, in the arena */
    size_t len;
} LexerSource;

/* Normalise raw source for lexing: skip a UTF-8 BOM, turn "\r\n" and "\r" into "\n", append a
 * final "\n" when missing, and reject NUL bytes and invalid UTF-8 (false with `err` filled; kind
 * SYNTAX_ERROR_NO_MEMORY when the arena fails). */
bool lexer_prepare_source(Arena *arena, const char *src, size_t len, LexerSource *out,
                          SyntaxErrorInfo *err) __attribute__((warn_unused_result));

/* Start lexing a whole normalised source. */
void lexer_init(Lexer *lx, const char *src, size_t len);

/* Start lexing the f-string replacement field src[start, end) (start is just after '{'), found
 * on line `lineno` whose first byte is at `line_start`. */
void lexer_init_fragment(Lexer *lx, const char *src, size_t len, size_t start, size_t end,
                         int lineno, size_t line_start);

/* Next token into *tok. After ENDMARKER, keeps returning ENDMARKER. False on a lexing error. */
bool lexer_next(Lexer *lx, Token *tok) __attribute__((warn_unused_result));

/* Column CPython's tokenizer would report for "the current position" (tok->cur - line_start). */
int lexer_cur_col(const Lexer *lx);

/* The spelling/description of a token kind ("(", "name", "if"...). */
const char *lexer_token_name(TokenKind kind);

/* Is the code point valid at the start / inside an identifier (XID_Start / XID_Continue)? */
bool lexer_is_id_start(int32_t cp);
bool lexer_is_id_continue(int32_t cp);

#endif
