/* test_traceback.c — exceptions, the builtins table and CPython 3.11's report formatting:
 * marker lines under traceback source lines, SyntaxError displays, chains, notes and
 * suggestions. The expected texts were produced by CPython 3.11 (its C printer, which is what
 * reports an uncaught exception). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "builtins.h"
#include "compiler.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "traceback.h"
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

TestSuite(traceback, .init = setup, .fini = teardown);

/* ---- marker lines -------------------------------------------------------------------------- */

typedef struct MarkerCase {
    const char *line;
    SourceLoc loc;
    const char *expected;
} MarkerCase;

/* The source line of a traceback entry, the failing instruction's position (co_positions) and
 * the marker line CPython printed under it ("" when none). */
static const MarkerCase marker_cases[] = {
    {"c = (a) + b", {3, 3, 4, 11}, "        ~~~~^~~\n"},   /* binop_paren_left#0 */
    {"c = a  +   b", {3, 3, 4, 12}, "        ~~~^~~~~\n"}, /* binop_spaces#0 */
    {"c = a//b", {3, 3, 4, 8}, "        ~^^~\n"},          /* binop_twochar#0 */
    {"c = a[ 5 ]", {2, 2, 4, 10}, "        ~^^^^^\n"},     /* sub_spaces#0 */
    {"c = a [5]", {2, 2, 4, 9}, "        ~~^^^\n"},        /* sub_space_before#0 */
    {"c = a[1:2]", {2, 2, 4, 10}, "        ~^^^^^\n"},     /* slice#0 */
    {"a + b", {3, 3, 0, 5}, "    ~~^~~\n"},                /* wholeline_binop#0 */
    {"f()   ", {2, 2, 0, 3}, "    ^^^\n"},                 /* trailing_spaces#0 */
    {"def f(): 1/0", {1, 1, 9, 12}, "             ~^~\n"}, /* trailing_spaces#1 */
    {"f()  # hi", {2, 2, 0, 3}, "    ^^^\n"},              /* trailing_comment#0 */
    {"def f(): 1/0", {1, 1, 9, 12}, "             ~^~\n"}, /* trailing_comment#1 */
    {"f()", {3, 3, 0, 3}, ""},                             /* tab_indent#0 */
    {"\treturn 1/0", {2, 2, 8, 11}, "           ~^~\n"},   /* tab_indent#1 */
    {"x = \"\xc3"
     "\xa9"
     "\" + str(f())",
     {2, 2, 15, 18},
     "                  ^^^\n"},                           /* nonascii#0 */
    {"def f(): 1/0", {1, 1, 9, 12}, "             ~^~\n"}, /* nonascii#1 */
    /* nonascii2#0 */
    {"x = \"\xc3"
     "\xa9"
     "\xc3"
     "\xa9"
     "\" and 1/\xc3"
     "\xa9"
     "",
     {2, 2, 15, 19},
     "                 ~^~\n"},
    {"x = f(1,", {3, 4, 4, 8}, "        ^^^^\n"},                    /* multiline_call#0 */
    {"    return 1/0", {2, 2, 11, 14}, "           ~^~\n"},          /* multiline_call#1 */
    {"c = (a +", {3, 4, 5, 6}, "         ^^^\n"},                    /* multiline_binop#0 */
    {"c = ((a)) + b", {3, 3, 4, 13}, "        ~~~~~~^~~\n"},         /* nested_paren_op#0 */
    {"c = a + (b)", {3, 3, 4, 11}, "        ~~^~~~~\n"},             /* paren_right#0 */
    {"c = (a + b)", {3, 3, 5, 10}, "         ~~^~~\n"},              /* op_in_parens#0 */
    {"c = a ** -1", {2, 2, 4, 11}, "        ~~^^~~~\n"},             /* pow#0 */
    {"c = a.foo", {2, 2, 4, 9}, "        ^^^^^\n"},                  /* attr#0 */
    {"a += \"x\"", {2, 2, 0, 8}, ""},                                /* augassign#0 */
    {"c = a < \"x\"", {2, 2, 4, 11}, "        ^^^^^^^\n"},           /* compare#0 */
    {"c = -a", {2, 2, 4, 6}, "        ^^\n"},                        /* unary#0 */
    {"c = a[\"x\"][\"y\"]", {2, 2, 4, 15}, "        ~~~~~~^^^^^\n"}, /* subscript_chain#0 */
    {"c = 1 + f()", {2, 2, 4, 11}, "        ~~^~~~~\n"},             /* call_in_binop#0 */
    /* raise_inline#0 */
    {"if True: raise ValueError(\"x\")", {1, 1, 9, 30}, "             ^^^^^^^^^^^^^^^^^^^^^\n"},
    {"c = f\"{a[3]}\"", {2, 2, 7, 11}, "           ~^^^\n"},             /* fstring#0 */
    {"d [\"a\" ]", {2, 2, 0, 8}, "    ~~^^^^^^\n"},                      /* dict_sub_space#0 */
    {"x = d[", {2, 3, 4, 6}, "        ^^\n"},                            /* sub_newline#0 */
    {"c = a + b   ", {3, 3, 4, 9}, "        ~~^~~\n"},                   /* trailing_ws_binop#0 */
    {"c = a * 2 + b - 3", {3, 3, 4, 13}, "        ~~~~~~^~~\n"},         /* chain_binop#0 */
    {"n = d[\"count\"] + 1", {2, 2, 4, 18}, "        ~~~~~~~~~~~^~~\n"}, /* sub_in_binop#0 */
    {"f()", {5, 5, 0, 3}, ""},                                           /* deep_indent#0 */
    {"            return [][0]", {4, 4, 19, 24}, "           ~~^^^\n"},  /* deep_indent#1 */
    {"print(g(1, 2))", {2, 2, 6, 13}, "          ^^^^^^^\n"},            /* call_args#0 */
    {"d[1, 2]", {2, 2, 0, 7}, "    ~^^^^^^\n"},                          /* sub_tuple#0 */
    {"c = a + b  # note", {3, 3, 4, 9}, "        ~~^~~\n"},              /* binop_comment#0 */
    /* nonascii_sub#0 */
    {"d[\"\xc3"
     "\xa9"
     "\"] + d[\"\xc3"
     "\xbc"
     "\"]",
     {2, 2, 0, 7},
     "    ~^^^^^\n"},
    {"f()", {2, 2, 0, 3}, ""},                                        /* lambda#0 */
    {"f = lambda: [][1]", {1, 1, 12, 17}, "                ~~^^^\n"}, /* lambda#1 */
    {"x[0][5]", {2, 2, 0, 7}, "    ~~~~^^^\n"},                       /* method_sub#0 */
    {"x = (\"a\"", {1, 2, 5, 8}, "         ^^^\n"},                   /* string_concat_paren#0 */
    {"c = a + ((b))", {3, 3, 4, 13}, "        ~~^~~~~~~\n"},  /* binop_nested_parens_right#0 */
    {"f()", {3, 3, 0, 3}, ""},                                /* formfeed_indent#0 */
    {" \f   return 1/0", {2, 2, 12, 15}, "           ~^~\n"}, /* formfeed_indent#1 */
    {"c = a @ a", {2, 2, 4, 9}, "        ~~^~~\n"},           /* matmul#0 */
    {"c = a << \"x\"", {2, 2, 4, 12}, "        ~~^^~~~~\n"},  /* shift#0 */
    {"c = a // 0", {2, 2, 4, 10}, "        ~~^^~~\n"},        /* floordiv_spaces#0 */
};

Test(traceback, marker_lines)
{
    for (size_t i = 0; i < sizeof marker_cases / sizeof *marker_cases; i++) {
        const MarkerCase *c = &marker_cases[i];
        Buf b;
        buf_init(&b, vm);
        traceback_append_markers(vm, &b, c->line, strlen(c->line), &c->loc);
        cr_assert(!b.failed);
        cr_assert(b.len == strlen(c->expected) && memcmp(b.data, c->expected, b.len) == 0,
                  "case %zu (%s): got [%.*s]", i, c->line, (int)b.len, b.data);
        buf_free(&b);
    }
}

Test(traceback, marker_unknown_position)
{
    SourceLoc loc = {3, 3, -1, -1};
    Buf b;
    buf_init(&b, vm);
    traceback_append_markers(vm, &b, "x = y", 5, &loc);
    cr_assert_eq(b.len, 0);
    buf_free(&b);
}

/* ---- SyntaxError displays ------------------------------------------------------------------- */

#define SE_NONE INT64_MIN
#define SE_TRUE (INT64_MIN + 1)

typedef struct SyntaxCase {
    const char *msg, *filename; /* NULL: None */
    int64_t lineno, offset;
    const char *text;
    int64_t end_lineno, end_offset;
    const char *expected;
} SyntaxCase;

static const SyntaxCase syntax_cases[] = {
    {"bad", "f.py", 3, 5, "  foo bar baz\n", 3, 8,
     "  File \"f.py\", line 3\n    foo bar baz\n      ^^^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 1, "x = (1,\n", 2, 3,
     "  File \"f.py\", line 1\n    x = (1,\n    ^^^^^^^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 0, "abc\n", 1, 2, "  File \"f.py\", line 1\n    abc\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, -3, "abc\n", 1, 2, "  File \"f.py\", line 1\n    abc\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 10, "abc\n", 1, 20,
     "  File \"f.py\", line 1\n    abc\n       ^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 2, "abc", 1, 2,
     "  File \"f.py\", line 1\n    abc\n     ^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 2, "\t\tabc def\n", 1, 9,
     "  File \"f.py\", line 1\n    abc def\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 2, "abc\ndef\n", 1, 6,
     "  File \"f.py\", line 1\n    abc\ndef\n     ^^^^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 6, "abc\ndef\n", 1, 7,
     "  File \"f.py\", line 1\n    def\n     ^\nSyntaxError: bad\n"},
    {"bad", NULL, 1, 2, "abc", SE_NONE, SE_NONE,
     "  File \"<string>\", line 1\n    abc\n     ^\nSyntaxError: bad\n"},
    {"bad", "f.py", 7, SE_NONE, "abc\n", SE_NONE, SE_NONE,
     "  File \"f.py\", line 7\n    abc\nSyntaxError: bad\n"},
    {"bad", "f.py", 7, 2, NULL, 7, 3, "  File \"f.py\", line 7\nSyntaxError: bad\n"},
    {"", "f.py", 1, 2, "abc\n", 1, 3, "  File \"f.py\", line 1\n    abc\n     ^\nSyntaxError\n"},
    {NULL, "f.py", 1, 2, "abc\n", 1, 3, "  File \"f.py\", line 1\n    abc\n     ^\nSyntaxError\n"},
    {"bad", "f.py", 1, 3,
     "\xc3"
     "\xa9"
     " = 1 +\n",
     1, 6,
     "  File \"f.py\", line 1\n    \xc3"
     "\xa9"
     " = 1 +\n      ^^^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 5, "    \n", 1, 6,
     "  File \"f.py\", line 1\n    \n    ^\nSyntaxError: bad\n"},
    {"bad", "f.py", 2, 1, "x\n", 1, 2, "  File \"f.py\", line 2\n    x\n    ^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 4, "abcdef\n", 1, 2,
     "  File \"f.py\", line 1\n    abcdef\n       ^\nSyntaxError: bad\n"},
    {"bad", "f.py", 1, 2, "abcdef\n", 1, 0,
     "  File \"f.py\", line 1\n    abcdef\n     ^\nSyntaxError: bad\n"},
    {"bad", "f.py", SE_TRUE, 2, "abcdef\n", 1, 4,
     "  File \"f.py\", line 1\n    abcdef\n     ^^\nSyntaxError: bad\n"},
};

static Value str_or_none(const char *s)
{
    return s ? str_from_cstr(vm, s) : VAL_NONE;
}

static Value int_or_none(int64_t i)
{
    if (i == SE_NONE) return VAL_NONE;
    if (i == SE_TRUE) return VAL_TRUE;
    return int_from_i64(vm, i);
}

static void assert_report(Value exc, const char *expected)
{
    cr_assert_neq(exc, VAL_ERR);
    Buf b;
    buf_init(&b, vm);
    traceback_format(vm, exc, &b);
    cr_assert(!b.failed);
    cr_assert(b.len == strlen(expected) && memcmp(b.data, expected, b.len) == 0,
              "expected [%s] got [%.*s]", expected, (int)b.len, b.data);
    buf_free(&b);
}

Test(traceback, syntax_error_display)
{
    for (size_t i = 0; i < sizeof syntax_cases / sizeof *syntax_cases; i++) {
        const SyntaxCase *c = &syntax_cases[i];
        Value details[6] = {str_or_none(c->filename),   int_or_none(c->lineno),
                            int_or_none(c->offset),     str_or_none(c->text),
                            int_or_none(c->end_lineno), int_or_none(c->end_offset)};
        Value args[2] = {str_or_none(c->msg), tuple_from_array(vm, details, 6)};
        Value exc = exc_new(vm, &exc_SyntaxError, tuple_from_array(vm, args, 2));
        assert_report(exc, c->expected);
    }
}

/* ---- exceptions ------------------------------------------------------------------------------ */

static Value make(const TypeObj *type, const Value *args, int nargs)
{
    Value e = vm_call(vm, val_from_obj(type), args, nargs, VAL_UNDEF);
    cr_assert_neq(e, VAL_ERR);
    return e;
}

static Value make_kw(const TypeObj *type, const Value *args, int nargs, const char *k1,
                     const char *k2)
{
    Value names[2] = {str_intern_cstr(vm, k1), k2 ? str_intern_cstr(vm, k2) : VAL_NONE};
    Value kwnames = tuple_from_array(vm, names, k2 ? 2 : 1);
    Value e = vm_call(vm, val_from_obj(type), args, nargs, kwnames);
    cr_assert_neq(e, VAL_ERR);
    return e;
}

static Value S(const char *s)
{
    return str_from_cstr(vm, s);
}

static void assert_str(Value v, const char *expected)
{
    cr_assert_neq(v, VAL_ERR);
    cr_assert(IS_STR(v));
    cr_assert_str_eq(str_data(v), expected);
}

static Value attr(Value obj, const char *name)
{
    return ops_getattr(vm, obj, str_intern_cstr(vm, name));
}

Test(traceback, exception_str_and_repr)
{
    Value one = S("x");
    Value two[2] = {val_from_small_int(1), S("b")};
    assert_str(ops_repr(vm, make(&exc_ValueError, &one, 1)), "ValueError('x')");
    assert_str(ops_repr(vm, make(&exc_ValueError, NULL, 0)), "ValueError()");
    assert_str(ops_repr(vm, make(&exc_ValueError, two, 2)), "ValueError(1, 'b')");
    assert_str(ops_str(vm, make(&exc_ValueError, two, 2)), "(1, 'b')");
    assert_str(ops_str(vm, make(&exc_KeyError, &one, 1)), "'x'");
    assert_str(ops_str(vm, make(&exc_KeyError, NULL, 0)), "");
    Value os[3] = {val_from_small_int(2), S("No such file"), S("f.txt")};
    Value e = make(&exc_OSError, os, 3);
    cr_assert_eq(vm_type_of(e), &exc_FileNotFoundError);
    assert_str(ops_str(vm, e), "[Errno 2] No such file: 'f.txt'");
    assert_str(ops_repr(vm, e), "FileNotFoundError(2, 'No such file')");
    Value ude[5] = {S("utf-8"), S("x"), val_from_small_int(0), val_from_small_int(1), S("r")};
    cr_assert_eq(vm_call(vm, val_from_obj(&exc_UnicodeDecodeError), ude, 5, VAL_UNDEF), VAL_ERR);
    vm_clear_exc(vm);
}

Test(traceback, exception_attributes)
{
    Value one = S("x");
    Value stop = make(&exc_StopIteration, &one, 1);
    assert_str(attr(stop, "value"), "x");
    cr_assert_eq(attr(make(&exc_StopIteration, NULL, 0), "value"), VAL_NONE);
    Value name = S("n");
    Value ne = make_kw(&exc_NameError, (Value[]){one, name}, 1, "name", NULL);
    assert_str(attr(ne, "name"), "n");
    cr_assert_eq(attr(make(&exc_NameError, &one, 1), "name"), VAL_NONE);
    cr_assert_eq(vm_call(vm, val_from_obj(&exc_ValueError), (Value[]){one, one}, 1,
                         tuple_from_array(vm, (Value[]){str_intern_cstr(vm, "x")}, 1)),
                 VAL_ERR);
    assert_str(ops_str(vm, vm->exc), "ValueError() takes no keyword arguments");
    vm_clear_exc(vm);
    Value info[4] = {S("/a/b/f.py"), val_from_small_int(3), val_from_small_int(2), S("t")};
    Value se = make(&exc_SyntaxError, (Value[]){S("m"), tuple_from_array(vm, info, 4)}, 2);
    assert_str(ops_str(vm, se), "m (f.py, line 3)");
    cr_assert_eq(attr(se, "end_lineno"), VAL_NONE);
    cr_assert_eq(val_as_small_int(attr(se, "lineno")), 3);
}

Test(traceback, add_note_and_chain_members)
{
    Value e = make(&exc_ValueError, NULL, 0);
    Value add = attr(e, "add_note");
    Value bad = val_from_small_int(1);
    cr_assert_eq(vm_call(vm, add, &bad, 1, VAL_UNDEF), VAL_ERR);
    assert_str(ops_str(vm, vm->exc), "note must be a str, not 'int'");
    vm_clear_exc(vm);
    cr_assert_eq(ops_setattr(vm, e, str_intern_cstr(vm, "__cause__"), bad), false);
    assert_str(ops_str(vm, vm->exc), "exception cause must be None or derive from BaseException");
    vm_clear_exc(vm);
    Value other = make(&exc_TypeError, NULL, 0);
    cr_assert(ops_setattr(vm, e, str_intern_cstr(vm, "__cause__"), other));
    cr_assert_eq(attr(e, "__suppress_context__"), VAL_TRUE);
}

/* ---- reports without a traceback ------------------------------------------------------------ */

Test(traceback, report_chains)
{
    Value a = make(&exc_ValueError, (Value[]){S("a")}, 1);
    Value b = make(&exc_TypeError, (Value[]){S("b")}, 1);
    Value c = make(&exc_KeyError, (Value[]){S("c")}, 1);
    assert_report(a, "ValueError: a\n");
    AS_EXCEPTION(b)->context = a;
    assert_report(b, "ValueError: a\n\nDuring handling of the above exception, another exception "
                     "occurred:\n\nTypeError: b\n");
    AS_EXCEPTION(b)->suppress_context = true;
    assert_report(b, "TypeError: b\n");
    AS_EXCEPTION(b)->suppress_context = false;
    AS_EXCEPTION(c)->cause = b;
    assert_report(c, "ValueError: a\n\nDuring handling of the above exception, another exception "
                     "occurred:\n\nTypeError: b\n\nThe above exception was the direct cause of "
                     "the following exception:\n\nKeyError: 'c'\n");
    AS_EXCEPTION(a)->context = b; /* a cycle */
    assert_report(b, "ValueError: a\n\nDuring handling of the above exception, another exception "
                     "occurred:\n\nTypeError: b\n");
    assert_report(make(&exc_ValueError, NULL, 0), "ValueError\n");
    assert_report(make(&exc_KeyError, (Value[]){S("")}, 1), "KeyError: ''\n");
}

Test(traceback, report_notes)
{
    Value a = make(&exc_ValueError, (Value[]){S("a")}, 1);
    Value add = attr(a, "add_note");
    const char *notes[] = {"n1\nn2", "", "x\n"};
    for (int i = 0; i < 3; i++) {
        Value note = S(notes[i]);
        cr_assert_eq(vm_call(vm, add, &note, 1, VAL_UNDEF), VAL_NONE);
    }
    assert_report(a, "ValueError: a\nn1\nn2\n\nx\n\n");
}

Test(traceback, report_suggestions)
{
    Value msg = S("'str' object has no attribute 'uper'");
    Value e = make_kw(&exc_AttributeError, (Value[]){msg, S("uper"), S("s")}, 1, "name", "obj");
    assert_report(e, "AttributeError: 'str' object has no attribute 'uper'. Did you mean: "
                     "'upper'?\n");
    Value list = tuple_empty();
    e = make_kw(&exc_AttributeError, (Value[]){S("x"), S("zzzzzz"), list}, 1, "name", "obj");
    assert_report(e, "AttributeError: x\n");
    /* NameError suggestions need a traceback (the frame's names). */
    e = make_kw(&exc_NameError, (Value[]){S("m"), S("lenn")}, 1, "name", NULL);
    assert_report(e, "NameError: m\n");
    Value info[6] = {S("f.py"),        val_from_small_int(2), val_from_small_int(5),
                     S("    x = 1\n"), val_from_small_int(2), val_from_small_int(9)};
    e = make(&exc_IndentationError,
             (Value[]){S("unexpected indent"), tuple_from_array(vm, info, 6)}, 2);
    assert_report(e, "  File \"f.py\", line 2\n    x = 1\n    ^\n"
                     "IndentationError: unexpected indent\n");
}

/* ---- the builtins table ---------------------------------------------------------------------- */

Test(traceback, builtins_table)
{
    /* Sorted names first (binary search), then the exception classes: the first name out of
     * order must start the exceptions, and every later name must be one. */
    const char *prev = NULL;
    bool in_exceptions = false;
    size_t i = 0;
    for (const char *name; (name = builtins_name_at(i)) != NULL; i++) {
        Value v;
        cr_assert(builtins_lookup(vm, str_from_cstr(vm, name), &v), "%s not found", name);
        if (prev && strcmp(prev, name) >= 0) in_exceptions = true;
        if (in_exceptions)
            cr_assert(IS_TYPE(v) && (AS_TYPE(v)->tflags & TYPE_EXCEPTION), "%s out of order", name);
        prev = name;
    }
    cr_assert(in_exceptions);
    cr_assert_gt(i, 100);
    Value v;
    cr_assert(builtins_lookup(vm, S("len"), &v) && IS_NATIVE(v));
    cr_assert(builtins_lookup(vm, S("ZeroDivisionError"), &v) &&
              v == val_from_obj(&exc_ZeroDivisionError));
    cr_assert(builtins_lookup(vm, S("NotImplemented"), &v) && v == VAL_NOTIMPL);
    cr_assert(!builtins_lookup(vm, S("open"), &v));
    cr_assert(!builtins_lookup(vm, S("eval"), &v));
    cr_assert(!builtins_lookup(vm, S("Zzz"), &v));
}

Test(traceback, system_exit)
{
    Value e = make(&exc_SystemExit, (Value[]){S("bye")}, 1);
    assert_report(e, "bye\n");
    cr_assert_eq(traceback_exit_status(vm, e), 1);
    e = make(&exc_SystemExit, (Value[]){val_from_small_int(3)}, 1);
    assert_report(e, "");
    cr_assert_eq(traceback_exit_status(vm, e), 3);
    e = make(&exc_SystemExit, NULL, 0);
    assert_report(e, "");
    cr_assert_eq(traceback_exit_status(vm, e), 0);
    cr_assert_eq(traceback_exit_status(vm, make(&exc_ValueError, NULL, 0)), 1);
}

/* Run `source` as a module and return the exception it ends with, given the NameError context
 * the VM records (exc_set_name_context) when it is not already there. */
static Value run_failing(const char *source)
{
    Value code = compile_module(vm, source, strlen(source), "t.py");
    cr_assert_neq(code, VAL_ERR);
    vm->roots[0] = code;
    Value globals = dict_new(vm);
    vm->main_globals = globals;
    cr_assert_eq(vm_run_module(vm, AS_CODE(code), globals), GARTER_EXCEPTION);
    Value exc = vm->exc;
    if (vm_type_of(exc) == &exc_NameError) {
        const char *msg = str_data(AS_TUPLE(AS_EXCEPTION(exc)->args)->items[0]);
        const char *q = strchr(msg, '\'');
        Value name = str_new(vm, q + 1, (size_t)(strchr(q + 1, '\'') - q - 1));
        exc_set_name_context(vm, name);
    }
    vm->exc = VAL_UNDEF;
    return exc;
}

static void assert_last_line(Value exc, const char *expected)
{
    Buf b;
    buf_init(&b, vm);
    traceback_format(vm, exc, &b);
    cr_assert(!b.failed && b.len > 0);
    size_t start = b.len - 1;
    while (start > 0 && b.data[start - 1] != '\n') start--;
    size_t n = b.len - start;
    cr_assert(n == strlen(expected) && memcmp(b.data + start, expected, n) == 0, "got [%.*s]",
              (int)n, b.data + start);
    buf_free(&b);
}

Test(traceback, name_suggestions)
{
    assert_last_line(run_failing("counter = 1\nprint(countr)\n"),
                     "NameError: name 'countr' is not defined. Did you mean: 'counter'?\n");
    assert_last_line(run_failing("def f(value):\n    return valeu\nf(1)\n"),
                     "NameError: name 'valeu' is not defined. Did you mean: 'value'?\n");
    assert_last_line(run_failing("lenn([1])\n"),
                     "NameError: name 'lenn' is not defined. Did you mean: 'len'?\n");
    assert_last_line(run_failing("def f(a, b):\n    x = 1\n    return a + y\nf(1, 2)\n"),
                     "NameError: name 'y' is not defined\n");
}
