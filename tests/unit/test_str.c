/* test_str.c — str, bytes and the string builder: UTF-8 length/indexing/slicing of mixed text,
 * the keyed hash, repr escapes (CPython's table), split/strip edge cases, interning identity,
 * codecs and their error messages, bytearray mutation. Expected values come from CPython 3.11. */
#include <criterion/criterion.h>
#include <string.h>

#include "buf.h"
#include "bytes.h"
#include "exception.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"

static VM *vm;

static void setup(void)
{
    vm = garter_vm_new(NULL);
}
static void teardown(void)
{
    garter_vm_destroy(vm);
}

TestSuite(str, .init = setup, .fini = teardown);

static Value S(const char *s)
{
    Value v = str_from_cstr(vm, s);
    cr_assert_neq(v, VAL_ERR);
    return v;
}

static Value B(const char *s, size_t len)
{
    Value v = bytes_new(vm, (const uint8_t *)s, len);
    cr_assert_neq(v, VAL_ERR);
    return v;
}

static Value I(int64_t i)
{
    return int_from_i64(vm, i);
}

static const char *repr_of(Value v)
{
    Value r = ops_repr(vm, v);
    cr_assert_neq(r, VAL_ERR);
    return str_data(r);
}

/* The pending exception's message; clears it. */
static const char *error_message(const TypeObj *type)
{
    cr_assert(vm_exc_matches(vm, type), "expected %s", type->name);
    Value msg = exc_str(vm, vm->exc);
    cr_assert_neq(msg, VAL_ERR);
    vm_clear_exc(vm);
    return str_data(msg);
}

static Value call_method(Value self, const char *name, const Value *args, int nargs)
{
    const MemberDef *member;
    const MethodDef *def = ops_find_method(vm_type_of(self), name, strlen(name), &member);
    cr_assert_not_null(def, "no method %s", name);
    Value argv[8];
    argv[0] = self;
    for (int i = 0; i < nargs; i++) argv[i + 1] = args[i];
    return def->fn(vm, argv, nargs + 1, VAL_UNDEF);
}

static Value call1(Value self, const char *name, Value a)
{
    return call_method(self, name, &a, 1);
}
static Value call0(Value self, const char *name)
{
    return call_method(self, name, NULL, 0);
}

static Value item(Value s, int64_t i)
{
    Value r = ops_getitem(vm, s, I(i));
    cr_assert_neq(r, VAL_ERR);
    return r;
}

static Value slice(Value s, Value start, Value stop, Value step)
{
    Value r = ops_getitem(vm, s, slice_new(vm, start, stop, step));
    cr_assert_neq(r, VAL_ERR);
    return r;
}

/* ---- UTF-8 ------------------------------------------------------------------------------- */

Test(str, utf8_len_index_slice)
{
    Value s = S("caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80!"); /* 'café 日本 😀!' */
    cr_assert_eq(ops_len(vm, s), 10);
    cr_assert(!(AS_STR(s)->hdr.flags & OBJ_ASCII));
    cr_assert_str_eq(str_data(item(s, 3)), "\xc3\xa9");
    cr_assert_str_eq(str_data(item(s, -2)), "\xf0\x9f\x98\x80");
    cr_assert_str_eq(str_data(item(s, 9)), "!");
    cr_assert_str_eq(str_data(slice(s, I(5), I(7), VAL_NONE)), "\xe6\x97\xa5\xe6\x9c\xac");
    cr_assert_str_eq(str_data(slice(s, I(-2), VAL_NONE, VAL_NONE)), "\xf0\x9f\x98\x80!");
    cr_assert_str_eq(str_data(slice(s, VAL_NONE, VAL_NONE, I(-1))),
                     "!\xf0\x9f\x98\x80 \xe6\x9c\xac\xe6\x97\xa5 \xc3\xa9"
                     "fac");
    cr_assert_str_eq(str_data(slice(s, I(1), VAL_NONE, I(3))), "a  ");
    cr_assert_str_eq(str_data(slice(s, VAL_NONE, VAL_NONE, I(-2))), "! \xe6\x97\xa5\xc3\xa9"
                                                                    "a");
    cr_assert_eq(slice(s, VAL_NONE, VAL_NONE, VAL_NONE), s);
    cr_assert_eq(AS_STR(slice(s, I(5), I(7), VAL_NONE))->nchars, 2);
    cr_assert_eq(ops_getitem(vm, s, I(10)), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_IndexError), "string index out of range");
    cr_assert_eq(ops_getitem(vm, s, S("x")), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_TypeError), "string indices must be integers, not 'str'");
}

Test(str, char_offset_matches_naive_walk)
{
    /* Mixed widths around the 8-byte word boundaries of the fast walk. */
    const char *pieces[] = {"a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80"};
    char text[1024];
    size_t len = 0, starts[400], n = 0;
    for (size_t i = 0; i < 300; i++) {
        const char *p = pieces[(i * 7 + i / 5) % 4];
        starts[n++] = len;
        memcpy(text + len, p, strlen(p));
        len += strlen(p);
    }
    starts[n] = len;
    cr_assert_eq(unicode_count_chars(text, len), n);
    for (size_t i = 0; i <= n; i++) {
        cr_assert_eq(unicode_char_offset(text, len, n, i), starts[i], "index %zu", i);
    }
}

Test(str, long_text_index_agrees_with_walk)
{
    /* Long non-ASCII strs carry a code point index: every s[i] and slice must agree with a walk
     * of the text, at and around the index's stride boundaries. */
    const char *pieces[] = {"a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80", "bc"};
    Buf b;
    buf_init(&b, vm);
    for (size_t i = 0; i < 700; i++) buf_append_cstr(&b, pieces[(i * 3 + i / 7) % 5]);
    Value s = buf_finish_str(&b);
    StrObj *str = AS_STR(s);
    cr_assert(str->hdr.flags & OBJ_STR_INDEXED);
    size_t pos = 0;
    for (size_t i = 0; i < str->nchars; i++) {
        size_t n = unicode_seq_len((uint8_t)str->data[pos]);
        Value c = item(s, (int64_t)i);
        cr_assert_eq(str_len(c), n, "index %zu", i);
        cr_assert(memcmp(str_data(c), str->data + pos, n) == 0, "index %zu", i);
        Value tail = slice(s, I((int64_t)i), VAL_NONE, VAL_NONE);
        cr_assert_eq(str_len(tail), str->len - pos, "slice from %zu", i);
        pos += n;
    }
    cr_assert_str_eq(str_data(item(s, -1)), "\xc3\xa9");
    cr_assert_str_eq(str_data(item(s, -1)), str_data(item(s, (int64_t)str->nchars - 1)));
}

Test(str, iteration_yields_code_points)
{
    Value s = S("a\xc3\xa9\xf0\x9f\x98\x80");
    Value it = ops_iter(vm, s);
    cr_assert_str_eq(str_data(ops_next(vm, it)), "a");
    cr_assert_str_eq(str_data(ops_next(vm, it)), "\xc3\xa9");
    cr_assert_str_eq(str_data(ops_next(vm, it)), "\xf0\x9f\x98\x80");
    cr_assert_eq(ops_next(vm, it), VAL_EXHAUSTED);
    /* One-character ASCII strings are shared singletons. */
    cr_assert_eq(item(S("xyz"), 0), item(S("x"), 0));
}

Test(str, checked_utf8_errors_as_cpython)
{
    cr_assert_eq(str_from_utf8_checked(vm, "\xff", 1), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_UnicodeDecodeError),
                     "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    cr_assert_eq(str_from_utf8_checked(vm, "ab\xe6\x97", 4), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_UnicodeDecodeError),
                     "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
    cr_assert_eq(str_from_utf8_checked(vm, "\xed\xa0\x80", 3), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_UnicodeDecodeError),
                     "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation "
                     "byte");
    Value ok = str_from_utf8_checked(vm, "\xe6\x97\xa5", 3);
    cr_assert_eq(AS_STR(ok)->nchars, 1);
}

/* ---- hash, equality, interning ----------------------------------------------------------- */

Test(str, hash_equal_strings_and_vm_key)
{
    Value a = S("hello world"), b = S("hello world");
    cr_assert_neq(a, b);
    int64_t ha = str_hash(vm, AS_STR(a)), hb = str_hash(vm, AS_STR(b));
    cr_assert_eq(ha, hb);
    cr_assert_neq(ha, -1);
    cr_assert(str_equal(a, b));
    /* The same bytes hash alike as str and bytes (CPython: hash('ab') == hash(b'ab')). */
    int64_t hbytes;
    cr_assert(ops_hash(vm, B("hello world", 11), &hbytes));
    cr_assert_eq(hbytes, ha);
    cr_assert_eq(str_hash(vm, AS_STR(S(""))), 0);
    /* Another key, another hash (fresh strings: hashes are cached per object). */
    vm->hash_key[0] ^= 0x5555;
    int64_t hc = str_hash(vm, AS_STR(S("hello world")));
    cr_assert_neq(hc, ha);
    /* Static one-character strings never cache: they follow the key. */
    int64_t h1 = str_hash(vm, AS_STR(S("q")));
    vm->hash_key[1] ^= 0x7777;
    cr_assert_neq(str_hash(vm, AS_STR(S("q"))), h1);
}

Test(str, hash_matches_cpython_with_zero_key)
{
    /* CPython 3.11 with PYTHONHASHSEED=0 (key 0): same SipHash-1-3 over the same code units. */
    vm->hash_key[0] = vm->hash_key[1] = 0;
    cr_assert_eq(str_hash(vm, AS_STR(S("pear"))), 3751709727703142314);
    cr_assert_eq(str_hash(vm, AS_STR(S("abcdefghijklmnopq"))), 7044894726457044172);
    cr_assert_eq(str_hash(vm, AS_STR(S("\xc3\xa9"))), 6047309291227476195); /* é */
    cr_assert_eq(str_hash(vm, AS_STR(S("\xe6\x97\xa5\xe6\x9c\xac"))),
                 6243316497235261705);                                                /* 日本 */
    cr_assert_eq(str_hash(vm, AS_STR(S("\xf0\x9f\x98\x80x"))), -8926728262118538918); /* 😀x */
}

Test(str, interning_identity)
{
    Value a = str_intern(vm, S("identifier"));
    Value b = str_intern(vm, S("identifier"));
    cr_assert_eq(a, b);
    cr_assert(AS_STR(a)->hdr.flags & OBJ_INTERNED);
    cr_assert_eq(str_intern_cstr(vm, "identifier"), a);
    cr_assert_neq(str_intern_cstr(vm, "other"), a);
    cr_assert_eq(str_intern_cstr(vm, "x"), S("x"));
    cr_assert_eq(str_intern_cstr(vm, ""), S(""));
}

Test(str, compare_code_point_order)
{
    cr_assert_lt(str_cmp(S("abc"), S("abd")), 0);
    cr_assert_lt(str_cmp(S("ab"), S("abc")), 0);
    cr_assert_gt(str_cmp(S("\xef\xbf\xbf"), S("\xed\x9f\xbf")), 0);
    cr_assert_eq(str_cmp(S("same"), S("same")), 0);
    cr_assert(str_eq_cstr(S("name"), "name"));
    cr_assert(!str_eq_cstr(S("name"), "nam"));
}

/* ---- repr -------------------------------------------------------------------------------- */

typedef struct ReprCase {
    const char *text;
    size_t len;
    const char *repr, *ascii;
} ReprCase;

static const ReprCase repr_cases[] = {
    {"plain", 5, "'plain'", "'plain'"},
    {"it's", 4, "\"it's\"", "\"it's\""},
    {"say \"hi\"", 8, "'say \"hi\"'", "'say \"hi\"'"},
    {"both ' and \"", 12, "'both \\' and \"'", "'both \\' and \"'"},
    {"tab\011here", 8, "'tab\\there'", "'tab\\there'"},
    {"nl\012", 3, "'nl\\n'", "'nl\\n'"},
    {"\\", 1, "'\\\\'", "'\\\\'"},
    {"\000\037\177", 3, "'\\x00\\x1f\\x7f'", "'\\x00\\x1f\\x7f'"},
    {"\303\251\346\227\245\360\237\230\200", 9, "'\303\251\346\227\245\360\237\230\200'",
     "'\\xe9\\u65e5\\U0001f600'"},
    {"\342\200\213", 3, "'\\u200b'", "'\\u200b'"},
    {"\302\200\302\237\302\240", 6, "'\\x80\\x9f\\xa0'", "'\\x80\\x9f\\xa0'"},
    {"\342\200\250", 3, "'\\u2028'", "'\\u2028'"},
    {"\363\240\200\201", 4, "'\\U000e0001'", "'\\U000e0001'"},
    {"\355\237\277", 3, "'\\ud7ff'", "'\\ud7ff'"},
    {"\356\200\200", 3, "'\\ue000'", "'\\ue000'"},
    {"\364\217\277\277", 4, "'\\U0010ffff'", "'\\U0010ffff'"},
    {"a\015b", 3, "'a\\rb'", "'a\\rb'"},
    {"", 0, "''", "''"},
    {"\355\240\200", 3, "'\\ud800'", "'\\ud800'"},
};

Test(str, repr_escapes_table)
{
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        const ReprCase *c = &repr_cases[i];
        Value s = str_new(vm, c->text, c->len);
        cr_assert_str_eq(str_data(str_repr(vm, s, false)), c->repr, "case %zu", i);
        cr_assert_str_eq(str_data(str_repr(vm, s, true)), c->ascii, "case %zu", i);
    }
}

Test(str, bytes_repr)
{
    cr_assert_str_eq(repr_of(B("a'", 2)), "b\"a'\"");
    cr_assert_str_eq(repr_of(B("\"'", 2)), "b'\"\\''");
    cr_assert_str_eq(repr_of(bytearray_new(vm, (const uint8_t *)"\0\t\x7f\x80", 4)),
                     "bytearray(b'\\x00\\t\\x7f\\x80')");
    cr_assert_str_eq(repr_of(bytearray_new(vm, NULL, 0)), "bytearray(b'')");
}

/* ---- methods ----------------------------------------------------------------------------- */

Test(str, split_edge_cases)
{
    cr_assert_str_eq(repr_of(call0(S("  a  b\t\nc  "), "split")), "['a', 'b', 'c']");
    cr_assert_str_eq(repr_of(call0(S(""), "split")), "[]");
    cr_assert_str_eq(repr_of(call0(S("   "), "split")), "[]");
    cr_assert_str_eq(repr_of(call1(S(""), "split", S(","))), "['']");
    cr_assert_str_eq(repr_of(call1(S("a,,b,"), "split", S(","))), "['a', '', 'b', '']");
    Value args[2] = {VAL_NONE, I(1)};
    cr_assert_str_eq(repr_of(call_method(S(" a b "), "split", args, 2)), "['a', 'b ']");
    cr_assert_str_eq(repr_of(call_method(S(" a b "), "rsplit", args, 2)), "[' a', 'b']");
    /* Unicode white space (U+3000, U+0085) and \x1c separate; U+200B does not. */
    cr_assert_str_eq(repr_of(call0(S("a\xe3\x80\x80"
                                     "b\xc2\x85"
                                     "c\x1c"
                                     "d\xe2\x80\x8b"
                                     "e"),
                                   "split")),
                     "['a', 'b', 'c', 'd\\u200be']");
    cr_assert_str_eq(repr_of(call0(S("x\xe3\x80\x80y\xe3\x80\x80"), "rsplit")), "['x', 'y']");
    cr_assert_eq(call1(S("a"), "split", S("")), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError), "empty separator");
    cr_assert_eq(call1(S("a"), "split", I(1)), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_TypeError), "must be str or None, not int");
    cr_assert_str_eq(repr_of(call1(S("a\r\nb\rc\n\xe2\x80\xa8"
                                     "d"),
                                   "splitlines", VAL_TRUE)),
                     "['a\\r\\n', 'b\\r', 'c\\n', '\\u2028', 'd']");
}

Test(str, strip_edge_cases)
{
    cr_assert_str_eq(str_data(call0(S(" \t\n x y \x1f\xe3\x80\x80"), "strip")), "x y");
    cr_assert_str_eq(str_data(call0(S("   "), "strip")), "");
    cr_assert_str_eq(str_data(call1(S("xxaxx"), "strip", S("x"))), "a");
    cr_assert_str_eq(str_data(call1(S("xxaxx"), "lstrip", S("x"))), "axx");
    cr_assert_str_eq(str_data(call1(S("xxaxx"), "rstrip", S("x"))), "xxa");
    cr_assert_str_eq(str_data(call1(S("\xc3\xa9"
                                      "a\xc3\xa9"),
                                    "strip", S("\xc3\xa9"))),
                     "a");
    cr_assert_str_eq(str_data(call1(S("\xc3\xa9"
                                      "a\xc3\xa8"),
                                    "strip", S("\xc3\xa8"))),
                     "\xc3\xa9"
                     "a");
    cr_assert_str_eq(str_data(call1(S("abc"), "strip", VAL_NONE)), "abc");
    Value same = S("unchanged");
    cr_assert_eq(call0(same, "strip"), same);
    cr_assert_eq(call1(S("a"), "strip", I(1)), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_TypeError), "strip arg must be None or str");
}

Test(str, search_and_replace)
{
    Value s = S("caf\xc3\xa9 caf\xc3\xa9");
    cr_assert_eq(call1(s, "find", S("\xc3\xa9")), I(3));
    cr_assert_eq(call1(s, "rfind", S("\xc3\xa9")), I(8));
    cr_assert_eq(call1(s, "count", S("")), I(10));
    cr_assert_eq(call1(s, "index", S("z")), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError), "substring not found");
    Value args[3] = {S("\xc3\xa9"), S("e!"), I(1)};
    cr_assert_str_eq(str_data(call_method(s, "replace", args, 3)), "cafe! caf\xc3\xa9");
    Value empty[2] = {S(""), S("-")};
    cr_assert_str_eq(str_data(call_method(S("\xc3\xa9\xe6\x97\xa5"), "replace", empty, 2)),
                     "-\xc3\xa9-\xe6\x97\xa5-");
    Value bounds[3] = {S("a"), I(2), I(-1)};
    cr_assert_eq(call_method(S("aaaa"), "count", bounds, 3), I(1));
    cr_assert_eq(call1(S("abc"), "startswith", tuple_pack2(vm, S("x"), S("ab"))), VAL_TRUE);
}

Test(str, case_mapping_full_unicode)
{
    cr_assert_str_eq(str_data(call0(S("stra\xc3\x9f"
                                      "e"),
                                    "upper")),
                     "STRASSE");
    cr_assert_str_eq(str_data(call0(S("\xce\x91\xce\xa3"), "lower")), "\xce\xb1\xcf\x82");
    cr_assert_str_eq(str_data(call0(S("\xce\x91\xce\xa3\xce\xb1"), "lower")),
                     "\xce\xb1\xcf\x83\xce\xb1");
    cr_assert_str_eq(str_data(call0(S("\xc3\x9f"), "title")), "Ss");
    cr_assert_str_eq(str_data(call0(S("they're bill's"), "title")), "They'Re Bill'S");
    cr_assert_str_eq(str_data(call0(S("\xc3\x9f"), "casefold")), "ss");
    cr_assert_str_eq(str_data(call0(S("hELLO"), "swapcase")), "Hello");
    cr_assert_eq(call0(S("\xc2\xb2"), "isdigit"), VAL_TRUE);
    cr_assert_eq(call0(S("\xc2\xb2"), "isdecimal"), VAL_FALSE);
    cr_assert_eq(call0(S("\xe4\xb8\x80"), "isnumeric"), VAL_TRUE);
    cr_assert_eq(call0(S("\xc3\xa9t\xc3\xa9"), "isidentifier"), VAL_TRUE);
    cr_assert_eq(call0(S(""), "isprintable"), VAL_TRUE);
}

Test(str, join_and_padding)
{
    Value items[3] = {S("a"), S("\xc3\xa9"), S("c")};
    Value list = list_from_array(vm, items, 3);
    Value r = call1(S(", "), "join", list);
    cr_assert_str_eq(str_data(r), "a, \xc3\xa9, c");
    cr_assert_eq(AS_STR(r)->nchars, 7);
    items[1] = I(1);
    cr_assert_eq(call1(S(""), "join", list_from_array(vm, items, 3)), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_TypeError),
                     "sequence item 1: expected str instance, int found");
    Value center[2] = {I(6), S("*")};
    cr_assert_str_eq(str_data(call_method(S("abc"), "center", center, 2)), "*abc**");
    cr_assert_str_eq(str_data(call1(S("-12"), "zfill", I(6))), "-00012");
    Value bad_fill[2] = {I(5), S("ab")};
    cr_assert_eq(call_method(S("a"), "center", bad_fill, 2), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_TypeError),
                     "The fill character must be exactly one character long");
}

Test(str, repeat_and_concat)
{
    Value r = ops_binop(vm, S("ab"), I(3), BINOP_MUL, false);
    cr_assert_str_eq(str_data(r), "ababab");
    cr_assert_str_eq(str_data(ops_binop(vm, I(-2), S("ab"), BINOP_MUL, false)), "");
    cr_assert_eq(ops_binop(vm, S("ab"), I((int64_t)1 << 46), BINOP_MUL, false), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_MemoryError));
    vm_clear_exc(vm);
    cr_assert_str_eq(str_data(str_concat(vm, S("\xc3\xa9"), S("x"))), "\xc3\xa9x");
    cr_assert_eq(ops_binop(vm, S("a"), I(1), BINOP_ADD, false), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_TypeError),
                     "can only concatenate str (not \"int\") to str");
}

/* ---- codecs, bytes, bytearray ------------------------------------------------------------ */

Test(str, encode_decode_errors)
{
    cr_assert_eq(call1(S("\xc3\xa9"), "encode", S("ascii")), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_UnicodeEncodeError),
                     "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in "
                     "range(128)");
    Value args[2] = {S("ascii"), S("backslashreplace")};
    cr_assert_str_eq(repr_of(call_method(S("\xc3\xa9"
                                           "a\xe6\x97\xa5"),
                                         "encode", args, 2)),
                     "b'\\\\xe9a\\\\u65e5'");
    cr_assert_str_eq(repr_of(call1(S("\xc3\xa9"), "encode", S("latin-1"))), "b'\\xe9'");
    Value dec[2] = {S("utf-8"), S("replace")};
    cr_assert_str_eq(str_data(call_method(B("\xff"
                                            "a\xe6\x97",
                                            4),
                                          "decode", dec, 2)),
                     "\xef\xbf\xbd"
                     "a\xef\xbf\xbd");
    cr_assert_eq(call1(B("x", 1), "decode", S("foo")), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_LookupError), "unknown encoding: foo");
}

Test(str, bytes_methods_and_hex)
{
    cr_assert_str_eq(repr_of(call0(B("a b  c", 6), "split")), "[b'a', b'b', b'c']");
    cr_assert_str_eq(repr_of(call1(B("abc", 3), "hex", S(":"))), "'61:62:63'");
    const MemberDef *member;
    const MethodDef *fromhex = ops_find_method(&type_bytes, "fromhex", 7, &member);
    Value fargs[2] = {val_from_obj(&type_bytes), S(" 01 ff ")};
    cr_assert_str_eq(repr_of(fromhex->fn(vm, fargs, 2, VAL_UNDEF)), "b'\\x01\\xff'");
    cr_assert_eq(call1(B("abc", 3), "find", I(98)), I(1));
    cr_assert_eq(call1(B("abc", 3), "index", B("x", 1)), VAL_ERR);
    cr_assert_str_eq(error_message(&exc_ValueError), "subsection not found");
    cr_assert_eq(ops_contains(vm, B("abc", 3), I(300)), -1);
    cr_assert_str_eq(error_message(&exc_ValueError), "byte must be in range(0, 256)");
}

Test(str, bytearray_mutation)
{
    Value ba = bytearray_new(vm, (const uint8_t *)"abcdef", 6);
    cr_assert(ops_setitem(vm, ba, I(0), I(65)));
    cr_assert(ops_setitem(vm, ba, slice_new(vm, I(1), I(3), VAL_NONE), B("XYZ", 3)));
    cr_assert_str_eq(repr_of(ba), "bytearray(b'AXYZdef')");
    cr_assert(ops_delitem(vm, ba, slice_new(vm, VAL_NONE, VAL_NONE, I(2))));
    cr_assert_str_eq(repr_of(ba), "bytearray(b'XZe')");
    cr_assert_eq(call1(ba, "append", I(33)), VAL_NONE);
    cr_assert_eq(call1(ba, "extend", ba), VAL_NONE);
    cr_assert_str_eq(repr_of(ba), "bytearray(b'XZe!XZe!')");
    cr_assert_eq(call0(ba, "pop"), I(33));
    cr_assert_eq(call0(ba, "reverse"), VAL_NONE);
    cr_assert_str_eq(repr_of(ba), "bytearray(b'eZX!eZX')");
    cr_assert(!ops_setitem(vm, ba, slice_new(vm, VAL_NONE, VAL_NONE, I(2)), B("ab", 2)));
    cr_assert_str_eq(error_message(&exc_ValueError),
                     "attempt to assign bytes of size 2 to extended slice of size 4");
    cr_assert(!ops_setitem(vm, ba, I(0), I(256)));
    cr_assert_str_eq(error_message(&exc_ValueError), "byte must be in range(0, 256)");
}

/* ---- buf --------------------------------------------------------------------------------- */

Test(str, buf_grows_past_inline_storage)
{
    Buf b;
    buf_init(&b, vm);
    for (int i = 0; i < 1000; i++) buf_printf(&b, "%d,", i % 10);
    buf_append_codepoint(&b, 0x1f600);
    Value s = buf_finish_str(&b);
    cr_assert_eq(AS_STR(s)->len, 2004);
    cr_assert_eq(AS_STR(s)->nchars, 2001);
    cr_assert_str_eq(str_data(s) + 1998, "9,\xf0\x9f\x98\x80");
}

Test(str, buf_failure_is_sticky)
{
    vm->mem.max_bytes = vm->mem.live_bytes + 512;
    Buf b;
    buf_init(&b, vm);
    char chunk[100];
    memset(chunk, 'x', sizeof chunk);
    for (int i = 0; i < 100; i++) buf_append(&b, chunk, sizeof chunk);
    cr_assert(b.failed);
    cr_assert_eq(buf_finish_str(&b), VAL_ERR);
    cr_assert(vm_exc_matches(vm, &exc_MemoryError));
    vm_clear_exc(vm);
    vm->mem.max_bytes = 0;
    mem_clear_failure(&vm->mem);
}
