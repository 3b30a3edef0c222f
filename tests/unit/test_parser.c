/* test_parser.c — the parser (parser.h) and the AST dumper (ast.h).
 *
 * The bulk of the cases come from CPython itself (parser_cases.inc, made by
 * gen_parser_cases.py): trees with positions for valid sources, class/message/location for
 * syntax errors. The hand-written tests below cover shapes worth reading in the test, the
 * constant representation, nesting limits, allocation failure at every step and garbage input.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ast.h"
#include "parser.h"

typedef struct ParserAstCase {
    const char *src;
    const char *dump;
} ParserAstCase;

typedef struct ParserErrorCase {
    const char *src;
    SyntaxErrorKind kind;
    const char *message;
    int lineno, col, end_lineno, end_col;
} ParserErrorCase;

#include "parser_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- helpers --------------------------------------------------------------------------------- */

/* Parses `src` (exec mode unless `eval`); returns the dump (malloc'd; the caller frees) or NULL
 * with *err filled. Checks that every byte went back to the Mem. */
static char *parse_to_dump_mode(const char *src, size_t len, unsigned flags, bool eval,
                                SyntaxErrorInfo *err)
{
    Mem mem;
    mem_init(&mem, NULL, NULL);
    Arena arena;
    arena_init(&arena, &mem);
    AstModule *mod;
    SyntaxErrorInfo local;
    if (!err) err = &local;
    bool ok =
        eval ? parse_eval(&arena, src, len, &mod, err) : parse_module(&arena, src, len, &mod, err);
    char *result = NULL;
    if (ok) {
        size_t n;
        char *dump = ast_dump_module(&mem, mod, flags, &n);
        cr_assert_not_null(dump);
        result = strdup(dump);
        mem_free(&mem, dump, n + 1);
    }
    arena_free_all(&arena);
    cr_assert_eq(mem.live_bytes, 0, "leaked %zu bytes parsing %s", mem.live_bytes, src);
    mem_release(&mem);
    return result;
}

static char *parse_to_dump(const char *src, unsigned flags, SyntaxErrorInfo *err)
{
    return parse_to_dump_mode(src, strlen(src), flags, false, err);
}

/* Asserts the dump (without positions) of `src`. */
static void expect_dump(const char *src, const char *expected)
{
    SyntaxErrorInfo err;
    char *dump = parse_to_dump(src, 0, &err);
    cr_expect_not_null(dump, "%s: unexpected %s at %d:%d", src, err.message, err.lineno,
                       err.col_offset);
    if (dump) cr_expect_str_eq(dump, expected, "for source: %s", src);
    free(dump);
}

/* Asserts the dump of a single expression statement: "(Module [(Expr <expected>)])". */
static void expect_expr(const char *src, const char *expected)
{
    char full[4096];
    snprintf(full, sizeof full, "(Module [(Expr %s)])", expected);
    expect_dump(src, full);
}

static void expect_error(const char *src, SyntaxErrorKind kind, const char *message, int lineno,
                         int col)
{
    SyntaxErrorInfo err;
    char *dump = parse_to_dump(src, 0, &err);
    cr_expect_null(dump, "%s: parsed but expected '%s'", src, message);
    free(dump);
    if (dump) return;
    cr_expect_eq(err.kind, kind, "%s: kind %d, expected %d", src, err.kind, kind);
    cr_expect_str_eq(err.message, message, "for source: %s", src);
    cr_expect_eq(err.lineno, lineno, "%s: line %d, expected %d", src, err.lineno, lineno);
    cr_expect_eq(err.col_offset, col, "%s: col %d, expected %d", src, err.col_offset, col);
}

/* ---- CPython's own answers ---------------------------------------------------------------- */

Test(parser_cpython, valid_sources_match_cpython_ast_with_positions)
{
    for (size_t i = 0; i < COUNT(parser_ast_cases); i++) {
        const ParserAstCase *c = &parser_ast_cases[i];
        SyntaxErrorInfo err;
        char *dump = parse_to_dump(c->src, AST_DUMP_POSITIONS, &err);
        cr_expect_not_null(dump, "case %zu %s: error %s", i, c->src, err.message);
        if (dump) cr_expect_str_eq(dump, c->dump, "case %zu: %s", i, c->src);
        free(dump);
    }
}

Test(parser_cpython, syntax_errors_match_cpython)
{
    for (size_t i = 0; i < COUNT(parser_error_cases); i++) {
        const ParserErrorCase *c = &parser_error_cases[i];
        SyntaxErrorInfo err;
        char *dump = parse_to_dump(c->src, 0, &err);
        cr_expect_null(dump, "case %zu parsed: %s", i, c->src);
        free(dump);
        if (dump) continue;
        cr_expect_eq(err.kind, c->kind, "case %zu kind %d: %s", i, err.kind, c->src);
        cr_expect_str_eq(err.message, c->message, "case %zu: %s", i, c->src);
        cr_expect(err.lineno == c->lineno && err.col_offset == c->col &&
                      err.end_lineno == c->end_lineno && err.end_col_offset == c->end_col,
                  "case %zu %s: at %d:%d-%d:%d, CPython %d:%d-%d:%d", i, c->src, err.lineno,
                  err.col_offset, err.end_lineno, err.end_col_offset, c->lineno, c->col,
                  c->end_lineno, c->end_col);
    }
}

/* ---- precedence --------------------------------------------------------------------------- */

Test(parser_expr, arithmetic_precedence_and_associativity)
{
    expect_expr("1 + 2 * 3", "(BinOp (Constant 1) Add (BinOp (Constant 2) Mult (Constant 3)))");
    expect_expr("1 - 2 - 3", "(BinOp (BinOp (Constant 1) Sub (Constant 2)) Sub (Constant 3))");
    expect_expr("2 ** 3 ** 4", "(BinOp (Constant 2) Pow (BinOp (Constant 3) Pow (Constant 4)))");
    expect_expr("-2 ** 2", "(UnaryOp USub (BinOp (Constant 2) Pow (Constant 2)))");
    expect_expr("2 ** -1", "(BinOp (Constant 2) Pow (UnaryOp USub (Constant 1)))");
    expect_expr("a @ b // c % d",
                "(BinOp (BinOp (BinOp (Name a) MatMult (Name b)) FloorDiv (Name c)) Mod (Name d))");
    expect_expr("~a << b >> c",
                "(BinOp (BinOp (UnaryOp Invert (Name a)) LShift (Name b)) RShift (Name c))");
    expect_expr("a | b ^ c & d",
                "(BinOp (Name a) BitOr (BinOp (Name b) BitXor (BinOp (Name c) BitAnd (Name d))))");
    expect_expr("a & b + c", "(BinOp (Name a) BitAnd (BinOp (Name b) Add (Name c)))");
}

Test(parser_expr, boolean_comparison_and_conditional)
{
    expect_expr("a or b and not c",
                "(BoolOp Or [(Name a) (BoolOp And [(Name b) (UnaryOp Not (Name c))])])");
    expect_expr("a or b or c", "(BoolOp Or [(Name a) (Name b) (Name c)])");
    expect_expr("a < b <= c == d != e > f >= g",
                "(Compare (Name a) [Lt LtE Eq NotEq Gt GtE] [(Name b) (Name c) (Name d) (Name e) "
                "(Name f) (Name g)])");
    expect_expr("a not in b is not c in d is e",
                "(Compare (Name a) [NotIn IsNot In Is] [(Name b) (Name c) (Name d) (Name e)])");
    expect_expr("not a == b", "(UnaryOp Not (Compare (Name a) [Eq] [(Name b)]))");
    expect_expr("a if b else c if d else e",
                "(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))");
    expect_expr("lambda: a if b else c",
                "(Lambda (arguments [] [] - [] [] - []) (IfExp (Name b) (Name a) (Name c)))");
    expect_expr("(x := 1 + 2)", "(NamedExpr (Name x Store) (BinOp (Constant 1) Add (Constant 2)))");
    expect_expr("a | b < c", "(Compare (BinOp (Name a) BitOr (Name b)) [Lt] [(Name c)])");
}

Test(parser_expr, primaries_and_await)
{
    expect_expr("a.b(c)[d].e",
                "(Attribute (Subscript (Call (Attribute (Name a) b) [(Name c)] []) (Name d)) e)");
    expect_expr("f(x for x in y)",
                "(Call (Name f) [(GeneratorExp (Name x) [(comprehension (Name x Store) (Name y) "
                "[])])] [])");
    expect_expr("f(a, *b, c=1, **d)",
                "(Call (Name f) [(Name a) (Starred (Name b))] [(keyword c (Constant 1)) (keyword - "
                "(Name d))])");
    expect_expr("x[1:2, ::3, ...]",
                "(Subscript (Name x) (Tuple [(Slice (Constant 1) (Constant 2) -) (Slice - - "
                "(Constant 3)) (Constant ...)]))");
    expect_expr("x[a:b]", "(Subscript (Name x) (Slice (Name a) (Name b) -))");
    expect_expr("x[*a]", "(Subscript (Name x) (Tuple [(Starred (Name a))]))");
    expect_dump("async def f():\n    await a.b ** 2\n",
                "(Module [(AsyncFunctionDef f (arguments [] [] - [] [] - []) [(Expr (BinOp (Await "
                "(Attribute (Name a) b)) Pow (Constant 2)))] [] -)])");
}

Test(parser_expr, displays_and_comprehensions)
{
    expect_expr("[1, *a, 2]", "(List [(Constant 1) (Starred (Name a)) (Constant 2)])");
    expect_expr("(1,)", "(Tuple [(Constant 1)])");
    expect_expr("()", "(Tuple [])");
    expect_expr("{1, 2}", "(Set [(Constant 1) (Constant 2)])");
    expect_expr("{}", "(Dict [] [])");
    expect_expr("{a: 1, **b}", "(Dict [(Name a) -] [(Constant 1) (Name b)])");
    expect_expr("[x for x in y if x if not x for z in x]",
                "(ListComp (Name x) [(comprehension (Name x Store) (Name y) [(Name x) (UnaryOp "
                "Not (Name x))]) (comprehension (Name z Store) (Name x) [])])");
    expect_expr("{k: v for k, v in d}",
                "(DictComp (Name k) (Name v) [(comprehension (Tuple [(Name k Store) (Name v "
                "Store)] Store) (Name d) [])])");
    expect_expr("{x async for x in y}",
                "(SetComp (Name x) [(comprehension async (Name x Store) (Name y) [])])");
    expect_expr("(yield)", "(Yield -)");
    expect_expr("(yield from a)", "(YieldFrom (Name a))");
}

Test(parser_expr, lambda_parameter_forms)
{
    expect_expr("lambda a, b=1, /, c=2, *d, e, f=3, **g: 0",
                "(Lambda (arguments [(arg a) (arg b)] [(arg c)] (arg d) [(arg e) (arg f)] [- "
                "(Constant 3)] (arg g) [(Constant 1) (Constant 2)]) (Constant 0))");
    expect_expr("lambda *, a: a", "(Lambda (arguments [] [] - [(arg a)] [-] - []) (Name a))");
    expect_expr("lambda *a, **k: 0",
                "(Lambda (arguments [] [] (arg a) [] [] (arg k) []) (Constant 0))");
}

/* ---- statements ------------------------------------------------------------------------------ */

Test(parser_stmt, assignments)
{
    expect_dump("a = b = 1", "(Module [(Assign [(Name a Store) (Name b Store)] (Constant 1))])");
    expect_dump("a, *b = c",
                "(Module [(Assign [(Tuple [(Name a Store) (Starred (Name b Store) Store)] Store)] "
                "(Name c))])");
    expect_dump("x.y[0] += 1",
                "(Module [(AugAssign (Subscript (Attribute (Name x) y) (Constant 0) Store) Add "
                "(Constant 1))])");
    expect_dump("x: int", "(Module [(AnnAssign (Name x Store) (Name int) - 1)])");
    expect_dump("(x): int = 1", "(Module [(AnnAssign (Name x Store) (Name int) (Constant 1) 0)])");
    expect_dump("a.b: c", "(Module [(AnnAssign (Attribute (Name a) b Store) (Name c) - 0)])");
    expect_dump("x = yield", "(Module [(Assign [(Name x Store)] (Yield -))])");
    expect_dump("[a, (b, c)] = d",
                "(Module [(Assign [(List [(Name a Store) (Tuple [(Name b Store) (Name c Store)] "
                "Store)] Store)] (Name d))])");
    expect_dump("del a, b.c, d[0]",
                "(Module [(Delete [(Name a Del) (Attribute (Name b) c Del) (Subscript (Name d) "
                "(Constant 0) Del)])])");
}

Test(parser_stmt, simple_statements)
{
    expect_dump("pass; break; continue", "(Module [(Pass) (Break) (Continue)])");
    expect_dump("return", "(Module [(Return -)])");
    expect_dump("raise E from F", "(Module [(Raise (Name E) (Name F))])");
    expect_dump("raise", "(Module [(Raise - -)])");
    expect_dump("assert x, 'm'", "(Module [(Assert (Name x) (Constant 'm'))])");
    expect_dump("global a, b", "(Module [(Global [a b])])");
    expect_dump("nonlocal a", "(Module [(Nonlocal [a])])");
    expect_dump("import a.b.c as d, e", "(Module [(Import [(alias a.b.c d) (alias e)])])");
    expect_dump("from . import x", "(Module [(ImportFrom - [(alias x)] 1)])");
    expect_dump("from ...a.b import (c as d, e,)",
                "(Module [(ImportFrom a.b [(alias c d) (alias e)] 3)])");
    expect_dump("from a import *", "(Module [(ImportFrom a [(alias *)] 0)])");
}

Test(parser_stmt, compound_statements)
{
    expect_dump("if a:\n    pass\nelif b:\n    pass\nelse:\n    x\n",
                "(Module [(If (Name a) [(Pass)] [(If (Name b) [(Pass)] [(Expr (Name x))])])])");
    expect_dump("while a: pass\nelse: pass\n", "(Module [(While (Name a) [(Pass)] [(Pass)])])");
    expect_dump("for a, b in c: pass",
                "(Module [(For (Tuple [(Name a Store) (Name b Store)] Store) (Name c) [(Pass)] "
                "[])])");
    expect_dump("with a as b, c: pass",
                "(Module [(With [(withitem (Name a) (Name b Store)) (withitem (Name c) -)] "
                "[(Pass)])])");
    expect_dump("with (a as b, c,): pass",
                "(Module [(With [(withitem (Name a) (Name b Store)) (withitem (Name c) -)] "
                "[(Pass)])])");
    expect_dump("try:\n  a\nexcept E as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  f\n",
                "(Module [(Try [(Expr (Name a))] [(ExceptHandler (Name E) e [(Expr (Name b))]) "
                "(ExceptHandler - - [(Expr (Name c))])] [(Expr (Name d))] [(Expr (Name f))])])");
    expect_dump("try:\n  a\nexcept* E:\n  b\n",
                "(Module [(TryStar [(Expr (Name a))] [(ExceptHandler (Name E) - [(Expr (Name "
                "b))])] [] [])])");
    expect_dump("@d\n@e(1)\ndef f(a, /, b: int = 2, *c, d, **e) -> r:\n    return\n",
                "(Module [(FunctionDef f (arguments [(arg a)] [(arg b (Name int))] (arg c) [(arg "
                "d)] [-] (arg e) [(Constant 2)]) [(Return -)] [(Name d) (Call (Name e) [(Constant "
                "1)] [])] (Name r))])");
    expect_dump("class C(A, metaclass=M):\n    x = 1\n",
                "(Module [(ClassDef C [(Name A)] [(keyword metaclass (Name M))] [(Assign [(Name x "
                "Store)] (Constant 1))] [])])");
    expect_dump(
        "async def f():\n  async for a in b: pass\n  async with c: pass\n",
        "(Module [(AsyncFunctionDef f (arguments [] [] - [] [] - []) [(AsyncFor (Name a "
        "Store) (Name b) [(Pass)] []) (AsyncWith [(withitem (Name c) -)] [(Pass)])] [] -)])");
}

Test(parser_stmt, match_statement)
{
    expect_dump("match x:\n"
                "  case [1, *rest] if rest: pass\n"
                "  case {'a': 1, **kw}: pass\n"
                "  case P(1, y=0) | Q(): pass\n"
                "  case -1 | 2j | -3+4j | None: pass\n"
                "  case a.b as c: pass\n"
                "  case _: pass\n",
                "(Module [(Match (Name x) [(match_case (MatchSequence [(MatchValue (Constant 1)) "
                "(MatchStar rest)]) (Name rest) [(Pass)]) (match_case (MatchMapping [(Constant "
                "'a')] [(MatchValue (Constant 1))] kw) - [(Pass)]) (match_case (MatchOr "
                "[(MatchClass (Name P) [(MatchValue (Constant 1))] [y] [(MatchValue (Constant "
                "0))]) (MatchClass (Name Q) [] [] [])]) - [(Pass)]) (match_case (MatchOr "
                "[(MatchValue (UnaryOp USub (Constant 1))) (MatchValue (Constant 2.0j)) "
                "(MatchValue (BinOp (UnaryOp USub (Constant 3)) Add (Constant 4.0j))) "
                "(MatchSingleton None)]) - [(Pass)]) (match_case (MatchAs (MatchValue (Attribute "
                "(Name a) b)) c) - [(Pass)]) (match_case (MatchAs - -) - [(Pass)])])])");
    /* soft keywords remain usable as names */
    expect_dump("match = case = _ = 1",
                "(Module [(Assign [(Name match Store) (Name case Store) (Name _ Store)] (Constant "
                "1))])");
    expect_dump("match(x)", "(Module [(Expr (Call (Name match) [(Name x)] []))])");
}

Test(parser_stmt, eval_mode)
{
    SyntaxErrorInfo err;
    char *dump = parse_to_dump_mode("a, b\n\n", 6, 0, true, &err);
    cr_assert_not_null(dump);
    cr_expect_str_eq(dump, "(Expression (Tuple [(Name a) (Name b)]))");
    free(dump);
    dump = parse_to_dump_mode("x = 1", 5, 0, true, &err);
    cr_expect_null(dump);
    cr_expect_str_eq(err.message, "invalid syntax");
    free(dump);
}

/* ---- constants ------------------------------------------------------------------------------- */

/* Parses "x = <literal>" and returns the Constant (the arena stays alive in *arena). */
static const AstConstant *parse_constant(Mem *mem, Arena *arena, const char *src)
{
    mem_init(mem, NULL, NULL);
    arena_init(arena, mem);
    AstModule *mod;
    SyntaxErrorInfo err;
    cr_assert(parse_module(arena, src, strlen(src), &mod, &err), "%s: %s", src, err.message);
    const AstExpr *e = mod->body.items[0]->v.expr.value;
    cr_assert_eq(e->kind, AST_EXPR_CONSTANT);
    return &e->v.constant;
}

static void release(Mem *mem, Arena *arena)
{
    arena_free_all(arena);
    cr_expect_eq(mem->live_bytes, 0);
    mem_release(mem);
}

Test(parser_constant, integers)
{
    static const struct {
        const char *src, *digits;
        int base;
        bool fits;
        int64_t value;
    } cases[] = {
        {"0", "0", 10, true, 0},
        {"1_000_000", "1000000", 10, true, 1000000},
        {"0xFF", "ff", 16, true, 255},
        {"0o_17", "17", 8, true, 15},
        {"0B101", "101", 2, true, 5},
        {"00_0", "0", 10, true, 0},
        {"9223372036854775807", "9223372036854775807", 10, true, INT64_MAX},
        {"9223372036854775808", "9223372036854775808", 10, false, 0},
        {"0x1_0000_0000_0000_0000", "10000000000000000", 16, false, 0},
    };
    for (size_t i = 0; i < COUNT(cases); i++) {
        Mem mem;
        Arena arena;
        const AstConstant *c = parse_constant(&mem, &arena, cases[i].src);
        cr_expect_eq(c->kind, AST_CONST_INT, "%s", cases[i].src);
        cr_expect_str_eq(c->u.int_.digits, cases[i].digits, "%s", cases[i].src);
        cr_expect_eq(c->u.int_.base, cases[i].base, "%s", cases[i].src);
        cr_expect_eq(c->u.int_.fits, cases[i].fits, "%s", cases[i].src);
        if (cases[i].fits) cr_expect_eq(c->u.int_.value, cases[i].value, "%s", cases[i].src);
        release(&mem, &arena);
    }
}

Test(parser_constant, floats_and_imaginary)
{
    Mem mem;
    Arena arena;
    const AstConstant *c = parse_constant(&mem, &arena, "1_0.2_5e-1_0");
    cr_expect_eq(c->kind, AST_CONST_FLOAT);
    cr_expect_eq(c->u.float_, 10.25e-10);
    release(&mem, &arena);
    c = parse_constant(&mem, &arena, ".5j");
    cr_expect_eq(c->kind, AST_CONST_IMAGINARY);
    cr_expect_eq(c->u.imaginary, 0.5);
    release(&mem, &arena);
    c = parse_constant(&mem, &arena, "1e400");
    cr_expect_eq(c->kind, AST_CONST_FLOAT);
    cr_expect(c->u.float_ > 1e308);
    release(&mem, &arena);
}

static void expect_str_constant(const char *src, AstConstKind kind, const char *data, size_t len)
{
    Mem mem;
    Arena arena;
    const AstConstant *c = parse_constant(&mem, &arena, src);
    cr_expect_eq(c->kind, kind, "%s", src);
    cr_expect_eq(c->u.str.len, len, "%s: length %zu", src, c->u.str.len);
    cr_expect(memcmp(c->u.str.data, data, len) == 0, "%s", src);
    cr_expect_eq(c->u.str.data[len], '\0', "%s: not NUL-terminated", src);
    release(&mem, &arena);
}

Test(parser_constant, strings_and_bytes)
{
    expect_str_constant("'a\\tb\\n\\\\\\'\\x41\\101\\u00e9\\U0001F600\\N{BULLET}\\q'",
                        AST_CONST_STR, "a\tb\n\\'AA\xc3\xa9\xf0\x9f\x98\x80\xe2\x80\xa2\\q", 19);
    expect_str_constant("'\\0'", AST_CONST_STR, "\0", 1);
    expect_str_constant("'\\ud800'", AST_CONST_STR, "\xed\xa0\x80", 3);
    expect_str_constant("r'\\n' R\"\\x\"", AST_CONST_STR, "\\n\\x", 4);
    expect_str_constant("'a' \"b\" '''c''' \"\"\"d\"\"\"", AST_CONST_STR, "abcd", 4);
    expect_str_constant("'line\\\ncontinued'", AST_CONST_STR, "linecontinued", 13);
    expect_str_constant("b'\\x00\\xff\\377a' rb'\\n'", AST_CONST_BYTES,
                        "\0\xff\xff"
                        "a\\n",
                        6);
    expect_str_constant("u'\\N{greek small letter alpha}'", AST_CONST_STR, "\xce\xb1", 2);
    expect_str_constant("''", AST_CONST_STR, "", 0);
    expect_str_constant("b''", AST_CONST_BYTES, "", 0);
}

Test(parser_constant, fstrings)
{
    expect_expr(
        "f'a{b!r:>{w}}c'",
        "(JoinedStr [(Constant 'a') (FormattedValue (Name b) 114 (JoinedStr [(Constant '>') "
        "(FormattedValue (Name w) -1 -)])) (Constant 'c')])");
    expect_expr("f'{x=}'", "(JoinedStr [(Constant 'x=') (FormattedValue (Name x) 114 -)])");
    expect_expr("f'{x = :>5}'",
                "(JoinedStr [(Constant 'x = ') (FormattedValue (Name x) -1 (JoinedStr [(Constant "
                "'>5')]))])");
    expect_expr("'a' f'{b}' 'c'",
                "(JoinedStr [(Constant 'a') (FormattedValue (Name b) -1 -) (Constant 'c')])");
    expect_expr("f'{{}}'", "(JoinedStr [(Constant '{}')])");
    expect_expr("f''", "(JoinedStr [])");
    expect_expr("f'{\"a\" if x else \"b\"}'",
                "(JoinedStr [(FormattedValue (IfExp (Name x) (Constant 'a') (Constant 'b')) -1 "
                "-)])");
    expect_expr("f'{a!s}{b!a}'",
                "(JoinedStr [(FormattedValue (Name a) 115 -) (FormattedValue (Name b) 97 -)])");
    /* the expression's positions are the real ones, even on a later line */
    SyntaxErrorInfo err;
    char *dump = parse_to_dump("x = (1,\n  f'{ab + c}')", AST_DUMP_POSITIONS, &err);
    cr_assert_not_null(dump);
    cr_expect(strstr(dump, "(BinOp@2:5-2:11 (Name@2:5-2:7 ab) Add (Name@2:10-2:11 c))"), "%s",
              dump);
    free(dump);
}

/* ---- source handling ---------------------------------------------------------------------------
 */

Test(parser_source, bom_crlf_and_bad_bytes)
{
    expect_dump("\xef\xbb\xbfx = 1", "(Module [(Assign [(Name x Store)] (Constant 1))])");
    expect_dump("if a:\r\n  b\r\nc\r", "(Module [(If (Name a) [(Expr (Name b))] []) (Expr (Name "
                                       "c))])");
    expect_dump("x = '''a\r\nb'''", "(Module [(Assign [(Name x Store)] (Constant 'a\\nb'))])");
    expect_dump("", "(Module [])");
    expect_dump("\n\n# only a comment\n", "(Module [])");
    SyntaxErrorInfo err;
    char *dump = parse_to_dump_mode("x = 1\0", 6, 0, false, &err);
    cr_expect_null(dump);
    cr_expect_str_eq(err.message, "source code string cannot contain null bytes");
    dump = parse_to_dump("x = '\xff'", 0, &err);
    cr_expect_null(dump);
    cr_expect(strncmp(err.message, "(unicode error) 'utf-8' codec can't decode byte 0xff", 50) == 0,
              "%s", err.message);
    cr_expect_eq(err.lineno, 1);
    cr_expect_eq(err.col_offset, 5);
}

Test(parser_source, unicode_identifiers_are_nfkc_normalised)
{
    expect_dump("\xc3\xa9t\xc3\xa9 = 1",
                "(Module [(Assign [(Name \xc3\xa9t\xc3\xa9 Store)] (Constant "
                "1))])");
    /* U+FB01 LATIN SMALL LIGATURE FI normalises to "fi" */
    expect_dump("\xef\xac\x81 = 1", "(Module [(Assign [(Name fi Store)] (Constant 1))])");
    expect_error("x = a\xe2\x82\xac", SYNTAX_ERROR_SYNTAX,
                 "invalid character '\xe2\x82\xac' (U+20AC)", 1, 5);
}

/* ---- hand-picked error shapes ---------------------------------------------------------- */

Test(parser_errors, common_messages)
{
    expect_error("if x\n  pass", SYNTAX_ERROR_SYNTAX, "expected ':'", 1, 4);
    expect_error("x = (1,\n", SYNTAX_ERROR_SYNTAX, "'(' was never closed", 1, 4);
    expect_error("x = [1 2]", SYNTAX_ERROR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1,
                 5);
    expect_error("1 = x", SYNTAX_ERROR_SYNTAX,
                 "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0);
    expect_error("f() = 1", SYNTAX_ERROR_SYNTAX,
                 "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0);
    expect_error("(a, 1) = 2", SYNTAX_ERROR_SYNTAX, "cannot assign to literal", 1, 4);
    expect_error("del f()", SYNTAX_ERROR_SYNTAX, "cannot delete function call", 1, 4);
    expect_error("  x", SYNTAX_ERROR_INDENTATION, "unexpected indent", 1, 1);
    expect_error("for x in y:\npass", SYNTAX_ERROR_INDENTATION,
                 "expected an indented block after 'for' statement on line 1", 2, 0);
    expect_error("if x:\n    y\n  z", SYNTAX_ERROR_INDENTATION,
                 "unindent does not match any outer indentation level", 3, 3);
    expect_error("if x:\n        a\n\tb", SYNTAX_ERROR_TAB,
                 "inconsistent use of tabs and spaces in indentation", 3, 0);
    expect_error("x = 'abc", SYNTAX_ERROR_SYNTAX,
                 "unterminated string literal (detected at line 1)", 1, 4);
    expect_error("(]", SYNTAX_ERROR_SYNTAX,
                 "closing parenthesis ']' does not match opening parenthesis '('", 1, 1);
    expect_error("(\n]", SYNTAX_ERROR_SYNTAX,
                 "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 0);
    expect_error(")", SYNTAX_ERROR_SYNTAX, "unmatched ')'", 1, 0);
    /* a later tokenizer error beats a generic parser error (CPython checks the whole source) */
    expect_error("x = = 1\ny = 'abc", SYNTAX_ERROR_SYNTAX,
                 "unterminated string literal (detected at line 2)", 2, 4);
}

/* ---- nesting limits -----------------------------------------------------------------------------
 */

static char *repeat(const char *unit, int count, const char *tail)
{
    size_t n = strlen(unit), t = strlen(tail);
    char *s = malloc(n * (size_t)count + t + 1);
    for (int i = 0; i < count; i++) memcpy(s + n * (size_t)i, unit, n);
    memcpy(s + n * (size_t)count, tail, t + 1);
    return s;
}

/* Parsing `unit` x 100000 + tail fails with `message` well within a second. */
static void expect_deep_failure(const char *unit, const char *tail, const char *message)
{
    char *src = repeat(unit, 100000, tail);
    clock_t start = clock();
    SyntaxErrorInfo err;
    char *dump = parse_to_dump(src, 0, &err);
    double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    cr_expect_null(dump, "100000 x '%s' parsed", unit);
    cr_expect_eq(err.kind, SYNTAX_ERROR_SYNTAX);
    cr_expect_str_eq(err.message, message, "for 100000 x '%s'", unit);
    cr_expect_lt(seconds, 1.0, "100000 x '%s' took %.2fs", unit, seconds);
    free(dump);
    free(src);
}

Test(parser_limits, deep_nesting_fails_cleanly)
{
    expect_deep_failure("(", "", "too many nested parentheses");
    expect_deep_failure("[", "1", "too many nested parentheses");
    expect_deep_failure("{", "", "too many nested parentheses");
    expect_deep_failure("-", "1", "too many nested expressions");
    expect_deep_failure("not ", "x", "too many nested expressions");
    expect_deep_failure("lambda: ", "x", "too many nested expressions");
    expect_deep_failure("a if b else ", "c", "too many nested expressions");
    expect_deep_failure("2**", "2", "too many nested expressions");
    expect_deep_failure("~", "x", "too many nested expressions");
    expect_deep_failure("+", "x", "too many nested expressions");
}

Test(parser_limits, deep_but_legal_nesting_parses)
{
    char *open = repeat("(", 199, "x");
    char *src = repeat(")", 199, "");
    char *full = malloc(strlen(open) + strlen(src) + 1);
    strcpy(full, open);
    strcat(full, src);
    char *dump = parse_to_dump(full, 0, NULL);
    cr_expect_str_eq(dump ? dump : "", "(Module [(Expr (Name x))])");
    free(dump);
    free(full);
    free(open);
    free(src);
    char *minus = repeat("-", 1000, "1");
    dump = parse_to_dump(minus, 0, NULL);
    cr_expect_not_null(dump);
    free(dump);
    free(minus);
    /* A long left-associative chain is parsed iteratively. The tree is 100000 deep: later
     * passes (and the recursive dumper) must bound their own recursion, as CPython's compiler
     * does ("maximum recursion depth exceeded during compilation"). */
    char *chain = repeat("a + ", 100000, "a");
    Mem mem;
    mem_init(&mem, NULL, NULL);
    Arena arena;
    arena_init(&arena, &mem);
    AstModule *mod;
    SyntaxErrorInfo err;
    cr_expect(parse_module(&arena, chain, strlen(chain), &mod, &err), "%s", err.message);
    arena_free_all(&arena);
    mem_release(&mem);
    free(chain);
}

Test(parser_limits, indentation_depth)
{
    char src[20000];
    size_t n = 0;
    for (int level = 0; level < 101; level++) {
        memset(src + n, ' ', (size_t)level);
        n += (size_t)level;
        memcpy(src + n, "if 1:\n", 6);
        n += 6;
    }
    memset(src + n, ' ', 101);
    n += 101;
    strcpy(src + n, "pass\n");
    SyntaxErrorInfo err;
    char *dump = parse_to_dump(src, 0, &err);
    cr_expect_null(dump);
    cr_expect_eq(err.kind, SYNTAX_ERROR_INDENTATION);
    cr_expect_str_eq(err.message, "too many levels of indentation");
    free(dump);
}

/* ---- allocation failure --------------------------------------------------------------------- */

static const char oom_program[] =
    "import os, sys as system\n"
    "from .pkg import (a as b, c)\n"
    "@decorator(1, key=2)\n"
    "class Point(Base, metaclass=Meta):\n"
    "    '''doc'''\n"
    "    x: int = 0\n"
    "    def __init__(self, x, /, y=2, *args, z, **kw) -> None:\n"
    "        self.x, self.y = x, y\n"
    "        total = sum(v ** 2 for v in (x, y) if v)\n"
    "        data = {k: [i async for i in v] for k, v in kw.items()}\n"
    "        label = f'{self.x!r:>{width}} and {y=}' 'tail' \"\"\"more\"\"\"\n"
    "        try:\n"
    "            raise ValueError(label) from None\n"
    "        except (ValueError, TypeError) as e:\n"
    "            pass\n"
    "        finally:\n"
    "            del data[0], total\n"
    "        with open(f) as g, lock: yield\n"
    "        match x:\n"
    "            case [1, *rest] | {'k': _, **more} if rest: return -1.5e3j\n"
    "            case Point(x=0, y=b'\\x00'): return lambda a, *b: a @ b\n"
    "        while not (a < b <= c is not d): continue\n"
    "        global g1; nonlocal n1\n"
    "        assert x[1:2, ::3], 'msg'\n"
    "        return (yield from gen()), [*a, *b], {**c}\n";

/* Fails the Nth allocation for every N until the parse needs no more; every failure must be an
 * out-of-memory error that leaves nothing allocated. */
static uint64_t fail_every_allocation(const char *src, bool expect_success)
{
    bool succeeded = false;
    uint64_t n = 1;
    for (; n < 100000 && !succeeded; n++) {
        Mem mem;
        mem_init(&mem, NULL, NULL);
        mem.fail_at = n;
        Arena arena;
        arena_init(&arena, &mem);
        arena_set_chunk_size(&arena, 64);
        AstModule *mod;
        SyntaxErrorInfo err;
        succeeded = parse_module(&arena, src, strlen(src), &mod, &err);
        bool hit = mem.attempts >= n;
        if (!succeeded && expect_success)
            cr_assert_eq(err.kind, SYNTAX_ERROR_NO_MEMORY, "N=%lu: %s", (unsigned long)n,
                         err.message);
        if (!succeeded && !expect_success && hit && err.kind != SYNTAX_ERROR_NO_MEMORY)
            cr_assert_fail("N=%lu: allocation failed but error is '%s'", (unsigned long)n,
                           err.message);
        arena_free_all(&arena);
        cr_assert_eq(mem.live_bytes, 0, "N=%lu leaked %zu bytes", (unsigned long)n, mem.live_bytes);
        mem_release(&mem);
        if (!expect_success && !hit) break; /* the error is a real syntax error */
    }
    if (expect_success) cr_expect(succeeded, "never succeeded");
    return n;
}

Test(parser_memory, allocation_failure_at_every_step)
{
    uint64_t steps = fail_every_allocation(oom_program, true);
    cr_expect_gt(steps, 50, "only %lu allocations were exercised", (unsigned long)steps);
}

Test(parser_memory, allocation_failure_in_error_paths)
{
    cr_expect_gt(
        fail_every_allocation("def f(x):\n  return [a for a in b if c] + {1: (2, 3\n", false), 5);
    cr_expect_gt(fail_every_allocation("x = f'{a b}'\n", false), 5);
    cr_expect_gt(fail_every_allocation("class C:\n  def f(self): pass\n  x = = 1\n", false), 5);
}

/* ---- garbage input -------------------------------------------------------------------------- */

typedef struct Lcg {
    uint64_t state;
} Lcg;

static uint32_t lcg_next(Lcg *g)
{
    g->state = g->state * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(g->state >> 33);
}

/* Parses `src` and only checks that nothing leaks and the result is coherent. */
static void parse_anything(const char *src, size_t len)
{
    Mem mem;
    mem_init(&mem, NULL, NULL);
    Arena arena;
    arena_init(&arena, &mem);
    AstModule *mod;
    SyntaxErrorInfo err;
    if (parse_module(&arena, src, len, &mod, &err)) {
        size_t n;
        char *dump = ast_dump_module(&mem, mod, AST_DUMP_POSITIONS, &n);
        cr_assert_not_null(dump);
        mem_free(&mem, dump, n + 1);
    } else {
        cr_assert(err.message[0] != '\0', "an error without a message");
    }
    arena_free_all(&arena);
    cr_assert_eq(mem.live_bytes, 0);
    mem_release(&mem);
}

Test(parser_fuzz, random_bytes_never_crash)
{
    static const char alphabet[] = "abcxyz_019 \t\n\n\n()[]{}:;,.=+-*/%@<>!~^|&'\"\\#f{}jeE"
                                   "\xc3\xa9\xff\x80";
    Lcg g = {12345};
    char buf[256];
    for (int round = 0; round < 4000; round++) {
        size_t len = lcg_next(&g) % sizeof buf;
        bool raw_bytes = round % 4 == 0;
        for (size_t i = 0; i < len; i++) {
            uint32_t r = lcg_next(&g);
            buf[i] = raw_bytes ? (char)(r & 0xFF) : alphabet[r % (sizeof alphabet - 1)];
        }
        parse_anything(buf, len);
    }
}

Test(parser_fuzz, mutated_programs_never_crash)
{
    Lcg g = {987654321};
    size_t base_len = strlen(oom_program);
    char *buf = malloc(base_len + 64);
    static const char inserts[] = "()[]{}:,=*'\"f\n\t \\#@.";
    for (int round = 0; round < 3000; round++) {
        memcpy(buf, oom_program, base_len);
        size_t len = base_len;
        int edits = 1 + (int)(lcg_next(&g) % 4);
        for (int e = 0; e < edits; e++) {
            size_t at = lcg_next(&g) % len;
            uint32_t op = lcg_next(&g) % 3;
            if (op == 0 && len > 1) {
                memmove(buf + at, buf + at + 1, len - at - 1);
                len--;
            } else if (op == 1) {
                memmove(buf + at + 1, buf + at, len - at);
                buf[at] = inserts[lcg_next(&g) % (sizeof inserts - 1)];
                len++;
            } else {
                buf[at] = inserts[lcg_next(&g) % (sizeof inserts - 1)];
            }
        }
        parse_anything(buf, len);
    }
    free(buf);
}
