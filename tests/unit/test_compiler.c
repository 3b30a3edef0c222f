/* test_compiler.c — the bytecode compiler: instruction shapes for the main constructs, constant
 * deduplication, stack depths (checked by re-interpreting every code object's stack effects and
 * exception table), exception table entries, SyntaxErrors with CPython's messages and
 * positions, and memory accounting. */
#include <criterion/criterion.h>
#include <string.h>

#include "code.h"
#include "compiler.h"
#include "exception.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static VM *vm;

static void setup(void)
{
    vm = garter_vm_new(NULL);
}
static void teardown(void)
{
    garter_vm_destroy(vm);
}

TestSuite(compiler, .init = setup, .fini = teardown);

static CodeObj *compile_ok(const char *src)
{
    Value v = compile_module(vm, src, strlen(src), "t.py");
    cr_assert_neq(v, VAL_ERR, "compile failed for: %s", src);
    return AS_CODE(v);
}

/* The code object with this qualname, searched depth-first from `c`. */
static CodeObj *find_code(CodeObj *c, const char *qualname)
{
    if (str_eq_cstr(c->qualname, qualname)) return c;
    for (uint32_t i = 0; i < c->nconsts; i++) {
        if (!IS_CODE(c->consts[i])) continue;
        CodeObj *r = find_code(AS_CODE(c->consts[i]), qualname);
        if (r) return r;
    }
    return NULL;
}

/* Space-separated opcode names of a code object. */
static const char *ops_of(const CodeObj *c)
{
    static char buf[8192];
    size_t len = 0;
    buf[0] = 0;
    for (uint32_t ip = 0; ip < c->nwords; ip += code_instr_words[INSTR_OP(c->words[ip])]) {
        const char *name = code_op_names[INSTR_OP(c->words[ip])];
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", len ? " " : "", name);
    }
    return buf;
}

static uint32_t arg_at(const CodeObj *c, int index)
{
    uint32_t ip = 0;
    for (int i = 0; i < index; i++) ip += code_instr_words[INSTR_OP(c->words[ip])];
    return INSTR_ARG(c->words[ip]);
}

static bool is_jump(Opcode op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
           op == OP_SEND;
}

static void visit(const CodeObj *c, int *depth, uint32_t *work, int *nw, uint32_t t, int d)
{
    cr_assert_leq(t, c->nwords, "%s: jump out of the code", str_data(c->qualname));
    if (depth[t] < 0) {
        depth[t] = d;
        work[(*nw)++] = t;
    } else {
        cr_assert_eq(depth[t], d, "%s: inconsistent depth at %u", str_data(c->qualname), t);
    }
}

/* Re-derive stack depths from the final bytecode: every path agrees, never negative, within
 * stacksize, and exception handlers are entered at their table depth (what a verifier checks). */
static void check_depths(const CodeObj *c)
{
    int *depth = malloc(sizeof(int) * (c->nwords + 1));
    uint32_t *work = malloc(sizeof(uint32_t) * (c->nwords + 1) * 2);
    for (uint32_t i = 0; i <= c->nwords; i++) depth[i] = -1;
    int nw = 0, maxd = 0;
    visit(c, depth, work, &nw, 0, 0);
    while (nw) {
        uint32_t ip = work[--nw];
        int d = depth[ip];
        while (ip < c->nwords) {
            Opcode op = INSTR_OP(c->words[ip]);
            uint32_t a = INSTR_ARG(c->words[ip]);
            const ExcTableEntry *h = code_find_handler(c, ip);
            if (h) {
                cr_assert_leq((int)h->depth, d, "%s: handler deeper than stack",
                              str_data(c->qualname));
                visit(c, depth, work, &nw, h->target, h->depth + 1 + h->push_lasti);
            }
            if (is_jump(op)) {
                int td = d + code_stack_effect(op, a, true);
                if (td > maxd) maxd = td;
                visit(c, depth, work, &nw, a, td);
            }
            d += code_stack_effect(op, a, false);
            cr_assert_geq(d, 0, "%s: negative depth at %u", str_data(c->qualname), ip);
            if (d > maxd) maxd = d;
            ip += code_instr_words[op];
            if (op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
                op == OP_RERAISE)
                break;
            cr_assert_lt(ip, c->nwords, "%s: falls off the end", str_data(c->qualname));
            if (depth[ip] >= 0) {
                cr_assert_eq(depth[ip], d, "%s: inconsistent depth", str_data(c->qualname));
                break;
            }
            depth[ip] = d;
        }
    }
    cr_assert_leq((uint32_t)maxd, c->stacksize, "%s: stacksize too small", str_data(c->qualname));
    free(depth);
    free(work);
    for (uint32_t i = 0; i < c->nconsts; i++)
        if (IS_CODE(c->consts[i])) check_depths(AS_CODE(c->consts[i]));
}

/* ---- shapes ---------------------------------------------------------------------------------- */

Test(compiler, module_names_are_globals)
{
    CodeObj *c = compile_ok("x = 1\ny = x + 2\n");
    cr_assert(c->flags & CODE_MODULE);
    cr_assert_str_eq(ops_of(c), "LOAD_SMALL_INT STORE_GLOBAL LOAD_GLOBAL LOAD_SMALL_INT BINARY_OP "
                                "STORE_GLOBAL LOAD_CONST RETURN_VALUE");
    cr_assert_eq(arg_at(c, 0), SMALL_INT_IMM_BIAS + 1);
}

Test(compiler, function_locals_and_closures)
{
    CodeObj *m = compile_ok("def f(a, b=2):\n"
                            "    def g():\n"
                            "        return a\n"
                            "    return g() + b\n");
    CodeObj *f = find_code(m, "f");
    CodeObj *g = find_code(m, "f.<locals>.g");
    cr_assert(f && g);
    cr_assert_eq(f->argcount, 2);
    cr_assert_eq(f->ncells, 1);
    cr_assert_eq(f->cell2arg[0], 0, "a is a cell holding parameter 0");
    cr_assert_eq(g->nfree, 1);
    cr_assert(strstr(ops_of(f), "LOAD_CLOSURE BUILD_TUPLE LOAD_CONST MAKE_FUNCTION"));
    cr_assert_str_eq(ops_of(g), "LOAD_DEREF RETURN_VALUE");
    cr_assert(strstr(ops_of(m), "LOAD_SMALL_INT BUILD_TUPLE LOAD_CONST MAKE_FUNCTION"));
    cr_assert(IS_STR(g->qualname));
    check_depths(m);
}

Test(compiler, calls_with_keywords_and_methods)
{
    CodeObj *c = compile_ok("f(1, k=2, j=3)\no.m(4)\nf(*a, **k)\n");
    /* A called global pushes its NULL itself (LOAD_GLOBAL's call form). */
    cr_assert_str_eq(ops_of(c), "LOAD_GLOBAL LOAD_SMALL_INT LOAD_SMALL_INT "
                                "LOAD_SMALL_INT KW_NAMES CALL POP_TOP "
                                "LOAD_GLOBAL LOAD_METHOD LOAD_SMALL_INT CALL POP_TOP "
                                "LOAD_GLOBAL LOAD_GLOBAL BUILD_MAP LOAD_GLOBAL "
                                "DICT_MERGE CALL_FUNCTION_EX POP_TOP LOAD_CONST RETURN_VALUE");
    Value kw = c->consts[arg_at(c, 4)];
    cr_assert(IS_TUPLE(kw) && AS_TUPLE(kw)->len == 2);
    cr_assert(str_eq_cstr(AS_TUPLE(kw)->items[0], "k"));
    cr_assert_eq(arg_at(c, 5), 3, "CALL counts keyword values");
    cr_assert_eq(c->stacksize, 5);
    check_depths(c);
}

Test(compiler, chained_comparison)
{
    CodeObj *c = compile_ok("x = a < b < c\n");
    cr_assert_str_eq(ops_of(c), "LOAD_GLOBAL LOAD_GLOBAL SWAP COPY COMPARE_OP "
                                "JUMP_IF_FALSE_OR_POP LOAD_GLOBAL COMPARE_OP JUMP SWAP POP_TOP "
                                "STORE_GLOBAL LOAD_CONST RETURN_VALUE");
    check_depths(c);
}

Test(compiler, constants_are_deduplicated_by_type)
{
    CodeObj *c = compile_ok("a = (0, 0.0, False, -0.0, 0.0, 'x', 'x', 100000000000000000000)\n"
                            "b = 0.0\nc = 'x'\n");
    Value t = c->consts[arg_at(c, 0)];
    cr_assert(IS_TUPLE(t), "a constant tuple is folded");
    cr_assert_eq(AS_TUPLE(t)->len, 8);
    uint32_t kb = arg_at(c, 2), kc = arg_at(c, 4);
    cr_assert(val_is_float(c->consts[kb]) && val_as_float(c->consts[kb]) == 0.0);
    cr_assert(str_eq_cstr(c->consts[kc], "x"));
    for (uint32_t i = 0; i < c->nconsts; i++)
        for (uint32_t j = i + 1; j < c->nconsts; j++)
            cr_assert_neq(c->consts[i], c->consts[j], "duplicate constant");
}

Test(compiler, generators_and_yield_from)
{
    CodeObj *m = compile_ok("def g(x):\n    y = yield x\n    yield from y\n");
    CodeObj *g = find_code(m, "g");
    cr_assert(g->flags & CODE_GENERATOR);
    cr_assert_str_eq(ops_of(g), "RETURN_GENERATOR LOAD_FAST YIELD_VALUE STORE_FAST LOAD_FAST "
                                "GET_YIELD_FROM_ITER LOAD_CONST SEND YIELD_VALUE JUMP POP_TOP "
                                "LOAD_CONST RETURN_VALUE");
    check_depths(m);
}

Test(compiler, comprehension_is_a_function)
{
    CodeObj *m = compile_ok("def f(xs):\n    return [x * 2 for x in xs if x]\n");
    CodeObj *lc = find_code(m, "f.<locals>.<listcomp>");
    cr_assert(lc);
    cr_assert_eq(lc->argcount, 1);
    cr_assert(str_eq_cstr(lc->localnames[0], ".0"));
    cr_assert_str_eq(ops_of(lc), "BUILD_LIST LOAD_FAST FOR_ITER STORE_FAST LOAD_FAST "
                                 "POP_JUMP_IF_FALSE LOAD_FAST LOAD_SMALL_INT BINARY_OP "
                                 "LIST_APPEND JUMP RETURN_VALUE");
    cr_assert(strstr(ops_of(find_code(m, "f")), "MAKE_FUNCTION LOAD_FAST GET_ITER CALL"));
    check_depths(m);
}

Test(compiler, class_with_super_gets_classcell)
{
    CodeObj *m = compile_ok("class C(B):\n    def m(self):\n        return super().m()\n");
    CodeObj *c = find_code(m, "C");
    cr_assert(c->flags & CODE_CLASS_BODY);
    cr_assert_eq(c->ncells, 1);
    cr_assert(str_eq_cstr(c->cellnames[0], "__class__"));
    cr_assert(strstr(ops_of(c), "LOAD_CLOSURE COPY STORE_NAME RETURN_VALUE"));
    cr_assert(strstr(ops_of(m), "LOAD_BUILD_CLASS PUSH_NULL LOAD_CONST MAKE_FUNCTION LOAD_CONST "
                                "LOAD_GLOBAL CALL STORE_GLOBAL"));
    CodeObj *meth = find_code(m, "C.m");
    cr_assert_eq(meth->nfree, 1);
    check_depths(m);
}

/* ---- exception table ----------------------------------------------------------------------------
 */

Test(compiler, try_finally_table)
{
    CodeObj *m = compile_ok("def f():\n"
                            "    try:\n"
                            "        g()\n"
                            "    finally:\n"
                            "        h()\n");
    CodeObj *f = find_code(m, "f");
    cr_assert_eq(f->nexc, 2);
    const ExcTableEntry *body = &f->exctable[0], *cleanup = &f->exctable[1];
    cr_assert_eq(body->start, 0);
    cr_assert_eq(body->depth, 0);
    cr_assert_eq(body->push_lasti, 0);
    cr_assert_eq(INSTR_OP(f->words[body->target]), OP_PUSH_EXC_INFO);
    cr_assert_eq(cleanup->start, body->target, "the finally copy runs under the cleanup handler");
    cr_assert_eq(cleanup->depth, 1);
    cr_assert_eq(cleanup->push_lasti, 1);
    cr_assert_eq(INSTR_OP(f->words[cleanup->target]), OP_COPY);
    cr_assert_eq(code_find_handler(f, 0), body);
    cr_assert_null(code_find_handler(f, body->end));
    cr_assert(strstr(ops_of(f), "RERAISE COPY POP_EXCEPT RERAISE"));
    check_depths(m);
}

Test(compiler, return_and_break_run_finally_and_exits)
{
    CodeObj *m = compile_ok("def f(xs, cm):\n"
                            "    for x in xs:\n"
                            "        with cm:\n"
                            "            try:\n"
                            "                if x: return x\n"
                            "                break\n"
                            "            except E as e:\n"
                            "                continue\n"
                            "            finally:\n"
                            "                print(x)\n");
    check_depths(m);
    CodeObj *f = find_code(m, "f");
    cr_assert(strstr(ops_of(f), "BEFORE_WITH"));
    cr_assert(strstr(ops_of(f), "WITH_EXCEPT_START POP_JUMP_IF_TRUE RERAISE"));
}

Test(compiler, match_statement)
{
    CodeObj *m = compile_ok("def f(x):\n"
                            "    match x:\n"
                            "        case [1, *rest]: return rest\n"
                            "        case {'k': v, **kw}: return v\n"
                            "        case P(a, b=2) | Q(a): return a\n"
                            "        case None: pass\n"
                            "        case _: return 0\n");
    CodeObj *f = find_code(m, "f");
    const char *ops = ops_of(f);
    cr_assert(strstr(ops, "MATCH_SEQUENCE"));
    cr_assert(strstr(ops, "MATCH_MAPPING"));
    cr_assert(strstr(ops, "MATCH_KEYS"));
    cr_assert(strstr(ops, "COPY_DICT_WITHOUT_KEYS"));
    cr_assert(strstr(ops, "MATCH_CLASS"));
    check_depths(m);
}

Test(compiler, positions_cover_the_node)
{
    CodeObj *c = compile_ok("x = 1\ny = (a +\n     b)\n");
    uint32_t ip = 0;
    while (INSTR_OP(c->words[ip]) != OP_BINARY_OP) ip += code_instr_words[INSTR_OP(c->words[ip])];
    SourceLoc l = c->locs[ip];
    cr_assert_eq(l.line, 2);
    cr_assert_eq(l.end_line, 3);
    cr_assert_eq(l.col, 5);
    cr_assert_eq(l.end_col, 6);
    cr_assert_eq(code_line_at(c, 0), 1);
}

Test(compiler, big_program_is_consistent)
{
    const char *src = "import os.path as p\n"
                      "from m import a, b as c\n"
                      "@dec\n"
                      "class K(Base, metaclass=M):\n"
                      "    x: int = 1\n"
                      "    def f(self, *a, k=1, **kw):\n"
                      "        nonlocal_ = [y for y in a if (z := y)]\n"
                      "        return {**kw, 'a': a}, {*a}, f'{k!r:>{k}}'\n"
                      "async def co():\n"
                      "    await x\n"
                      "def gen():\n"
                      "    try:\n"
                      "        yield 1\n"
                      "    except (A, B) as e:\n"
                      "        raise C from e\n"
                      "    else:\n"
                      "        pass\n"
                      "    finally:\n"
                      "        del x[1:2], y.z\n"
                      "    while x < 3:\n"
                      "        x += 1\n"
                      "        if x: continue\n"
                      "    else:\n"
                      "        assert x, 'msg'\n"
                      "lam = lambda q, *r: (q, r)\n"
                      "a, *b, c = d = e\n";
    check_depths(compile_ok(src));
}

/* ---- errors ------------------------------------------------------------------------------------
 */

static void expect_error(const char *src, const TypeObj *type, const char *msg, int lineno,
                         int offset, int end_lineno, int end_offset)
{
    Value v = compile_module(vm, src, strlen(src), "t.py");
    cr_assert_eq(v, VAL_ERR, "expected an error for: %s", src);
    Value exc = vm->exc;
    cr_assert(IS_EXCEPTION(exc));
    cr_assert_eq(val_as_obj(exc)->type, type);
    Value args = AS_EXCEPTION(exc)->args;
    cr_assert(IS_TUPLE(args) && AS_TUPLE(args)->len == 2);
    cr_assert(str_eq_cstr(AS_TUPLE(args)->items[0], msg), "got: %s",
              str_data(AS_TUPLE(args)->items[0]));
    Value loc = AS_TUPLE(args)->items[1];
    const Value *it = AS_TUPLE(loc)->items;
    cr_assert(str_eq_cstr(it[0], "t.py"));
    cr_assert_eq(val_as_small_int(it[1]), lineno, "%s: lineno", msg);
    cr_assert_eq(val_as_small_int(it[2]), offset, "%s: offset", msg);
    cr_assert_eq(val_as_small_int(it[4]), end_lineno, "%s: end_lineno", msg);
    cr_assert_eq(val_as_small_int(it[5]), end_offset, "%s: end_offset", msg);
    vm_clear_exc(vm);
}

Test(compiler, symtable_errors)
{
    expect_error("def f():\n  print(x); global x\n", &exc_SyntaxError,
                 "name 'x' is used prior to global declaration", 2, 13, 2, 21);
    expect_error("nonlocal x\n", &exc_SyntaxError,
                 "nonlocal declaration not allowed at module level", 1, 1, 1, 11);
    expect_error("def f():\n  nonlocal x\n", &exc_SyntaxError, "no binding for nonlocal 'x' found",
                 2, 3, 2, 13);
    expect_error("def f(a, a): pass\n", &exc_SyntaxError,
                 "duplicate argument 'a' in function definition", 1, 10, 1, 11);
    expect_error("[(yield 1) for x in y]\n", &exc_SyntaxError, "'yield' inside list comprehension",
                 1, 3, 1, 10);
    expect_error("[i for i in (j := y)]\n", &exc_SyntaxError,
                 "assignment expression cannot be used in a comprehension iterable expression", 1,
                 14, 1, 20);
}

Test(compiler, compiler_errors)
{
    expect_error("x = 1\nreturn x\n", &exc_SyntaxError, "'return' outside function", 2, 1, 2, 9);
    expect_error("yield 1\n", &exc_SyntaxError, "'yield' outside function", 1, 1, 1, 8);
    expect_error("break\n", &exc_SyntaxError, "'break' outside loop", 1, 1, 1, 6);
    expect_error("if 1:\n  continue\n", &exc_SyntaxError, "'continue' not properly in loop", 2, 3,
                 2, 11);
    expect_error("await x\n", &exc_SyntaxError, "'await' outside function", 1, 1, 1, 8);
    expect_error("f(a=1, a=2)\n", &exc_SyntaxError, "keyword argument repeated: a", 1, 8, 1, 11);
    expect_error("match x:\n  case y: pass\n  case 1: pass\n", &exc_SyntaxError,
                 "name capture 'y' makes remaining patterns unreachable", 2, 8, 2, 9);
    expect_error("a, *b, *c = x\n", &exc_SyntaxError, "multiple starred expressions in assignment",
                 1, 1, 1, 10);
}

Test(compiler, parser_errors_become_syntax_errors)
{
    expect_error("x = (1 +\n  $)\n", &exc_SyntaxError, "invalid syntax", 2, 3, 2, 4);
}

static void *counting_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    long long *live = ud;
    *live += (long long)new_size - (long long)(ptr ? old_size : 0);
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

/* Everything the compiler allocates (code objects, their arrays, the AST arena, SyntaxErrors)
 * is released: after destroying the VM no byte is left. */
Test(compiler, no_leaks)
{
    long long live = 0;
    GarterConfig cfg;
    garter_config_init(&cfg);
    cfg.alloc = counting_alloc;
    cfg.alloc_ud = &live;
    VM *v2 = garter_vm_new(&cfg);
    const char *ok = "def f(x):\n    return [y for y in x]\nclass C:\n    def m(self): super()\n";
    cr_assert_neq(compile_module(v2, ok, strlen(ok), "t.py"), VAL_ERR);
    cr_assert_eq(compile_module(v2, "def f(:\n", 8, "t.py"), VAL_ERR);
    vm_clear_exc(v2);
    cr_assert_eq(compile_module(v2, "break\n", 6, "t.py"), VAL_ERR);
    vm_clear_exc(v2);
    garter_vm_destroy(v2);
    cr_assert_eq(live, 0, "leaked %lld bytes", live);
}
