/* parser.h — Python 3.11 source to AST (see ast.h for the tree).
 *
 * The parser is CPython's PEG grammar hand-written as recursive descent, including the second
 * "invalid_*" pass that produces CPython's specific SyntaxError messages and positions.
 *
 * Memory: the tree, identifiers and literals are allocated in `arena`; temporary parser state
 * (the token array) comes from arena->mem and is released before returning. On failure nothing
 * but arena blocks remain: arena_free_all() releases everything either way.
 *
 * Errors: false is returned with *err filled. err->kind is SYNTAX_ERROR_SYNTAX,
 * SYNTAX_ERROR_INDENTATION or SYNTAX_ERROR_TAB with CPython's message and location, or
 * SYNTAX_ERROR_NO_MEMORY when an allocation failed (message "out of memory"). Input nested
 * deeper than the parser's bound fails with the SyntaxError "too many nested expressions"
 * (CPython raises MemoryError there) instead of overflowing the C stack; CPython's own limits
 * apply first where they exist (200 nested brackets: "too many nested parentheses"; 100
 * indentation levels: "too many levels of indentation"). The deepest accepted input needs about
 * 0.5 MB of C stack (release build; sanitizer builds several times more).
 *
 * The tree is NOT depth-bounded: left-associative chains (`a + a + ... + a`, `x[0][0]...`,
 * `a.b.c...`) are parsed iteratively and may nest 100000 deep. Recursive consumers must bound
 * their own recursion, as CPython's compiler does ("maximum recursion depth exceeded during
 * compilation").
 *
 * Source: UTF-8 (invalid UTF-8 or a NUL byte is a SyntaxError); a leading BOM is skipped;
 * "\r\n" and "\r" line ends are accepted.
 */
#ifndef GARTER_PARSER_H
#define GARTER_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"

/* Parse a module (exec mode: CPython's `file` rule). *out is an AST_MODULE. */
bool parse_module(Arena *arena, const char *src, size_t len, AstModule **out, SyntaxErrorInfo *err)
    __attribute__((warn_unused_result));

/* Parse an expression (eval mode: CPython's `eval` rule, `expressions NEWLINE* ENDMARKER`).
 * *out is an AST_EXPRESSION whose `expr` is set. */
bool parse_eval(Arena *arena, const char *src, size_t len, AstModule **out, SyntaxErrorInfo *err)
    __attribute__((warn_unused_result));

#endif
