/* builtins.c — the builtins namespace and the builtin functions that are not iterator types
 * (those are in builtins_iter.c).
 *
 * The namespace is one static const table sorted by name, shared by every VM, searched by
 * binary search; the exception classes come from exceptions.def in a second table. Each
 * function is a static const NativeObj, so naming a builtin allocates nothing.
 *
 * Builtins that consume a whole iterable (sum, min, max, sorted) get its items through
 * vm_materialize, which returns VAL_PENDING when producing them needs Python code: the builtin
 * then returns VAL_PENDING too and is run again with the collected list (vm.h).
 */
#include "builtins.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include "buf.h"
#include "bytes.h"
#include "dict.h"
#include "class.h"
#include "exception.h"
#include "generator.h"
#include "floatobj.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static size_t kw_count(Value kwnames)
{
    return kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
}

/* Exactly `n` positional arguments and no keywords, with CPython's messages for functions
 * declared METH_O ("len() takes exactly one argument (0 given)") or with a fixed count
 * ("divmod expected 2 arguments, got 1"). */
static bool exact_args(VM *vm, const char *name, int nargs, Value kwnames, int n)
{
    return args_no_kw(vm, name, kwnames) && args_count(vm, name, nargs, n, n);
}

/* Instances of classes written in Python get their dunder method called (abs -> __abs__...);
 * VAL_UNDEF when `x` is not such an instance or has no such method. */
static Value call_dunder(VM *vm, Value x, const char *dunder, const Value *args, int nargs)
{
    if (!(vm_type_of(x)->tflags & TYPE_HEAP)) return VAL_UNDEF;
    Value name = str_intern_cstr(vm, dunder);
    if (name == VAL_ERR) return VAL_ERR;
    Value method = ops_getattr_opt(vm, x, name);
    if (method == VAL_UNDEF || method == VAL_ERR) return method;
    return vm_call(vm, method, args, nargs, VAL_UNDEF); /* args: never NULL, even for none */
}

/* A keyword argument named `name` among `kwnames`, or VAL_UNDEF. */
static bool kw_known(Value key, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (str_eq_cstr(key, names[i])) return true;
    return false;
}

/* Sort keyword arguments into out[] by `names` (keyword-only parameters); an unknown one
 * raises "'x' is an invalid keyword argument for <fname>()". */
static bool kw_only(VM *vm, const char *fname, const Value *args, int nargs, Value kwnames,
                    const char *const *names, int n, Value *out)
{
    for (int i = 0; i < n; i++) out[i] = VAL_UNDEF;
    size_t nkw = kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Value key = AS_TUPLE(kwnames)->items[k];
        if (!kw_known(key, names, n)) {
            vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     str_data(key), fname);
            return false;
        }
        for (int i = 0; i < n; i++)
            if (str_eq_cstr(key, names[i])) out[i] = args[nargs + (int)k];
    }
    return true;
}

/* ---- numbers ------------------------------------------------------------------------------ */

static Value builtin_abs(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "abs", nargs, kwnames, 1)) return VAL_ERR;
    Value x = args[0];
    if (val_is_float(x)) return val_from_float(fabs(val_as_float(x)));
    if (int_check(x)) return int_abs(vm, x);
    if (complex_check(x)) return complex_abs(vm, x);
    Value r = call_dunder(vm, x, "__abs__", &x, 0);
    if (r != VAL_UNDEF) return r;
    return vm_raise(vm, &exc_TypeError, "bad operand type for abs(): '%s'", vm_type_name(x));
}

/* An int argument of bin/oct/hex (bool counts as int). */
static Value int_argument(VM *vm, Value x)
{
    if (val_is_bool(x)) return val_from_small_int(x == VAL_TRUE);
    if (int_check(x)) return x;
    return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    vm_type_name(x));
}

static Value int_to_base(VM *vm, const Value *args, int nargs, Value kwnames, const char *name,
                         int base)
{
    if (!exact_args(vm, name, nargs, kwnames, 1)) return VAL_ERR;
    Value x = int_argument(vm, args[0]);
    if (x == VAL_ERR) return VAL_ERR;
    return int_to_str(vm, int_exact(vm, x), base);
}

static Value builtin_bin(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return int_to_base(vm, args, nargs, kwnames, "bin", 2);
}

static Value builtin_oct(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return int_to_base(vm, args, nargs, kwnames, "oct", 8);
}

static Value builtin_hex(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return int_to_base(vm, args, nargs, kwnames, "hex", 16);
}

static bool is_real(Value v)
{
    return val_is_float(v) || int_check(v);
}

static Value builtin_divmod(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "divmod", nargs, kwnames, 2)) return VAL_ERR;
    Value a = args[0], b = args[1];
    if (int_check(a) && int_check(b)) return int_divmod(vm, a, b);
    if (is_real(a) && is_real(b)) return float_divmod(vm, a, b);
    Value r = call_dunder(vm, a, "__divmod__", &b, 1);
    if (r == VAL_UNDEF || r == VAL_NOTIMPL) r = call_dunder(vm, b, "__rdivmod__", &a, 1);
    if (r != VAL_UNDEF && r != VAL_NOTIMPL) return r;
    return vm_raise(vm, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    vm_type_name(a), vm_type_name(b));
}

static Value builtin_pow(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"base", "exp", "mod"};
    Value p[3];
    if (!args_parse(vm, "pow", args, nargs, kwnames, names, 3, 2, 0, p)) return VAL_ERR;
    if (p[2] == VAL_UNDEF || p[2] == VAL_NONE) {
        vm->pending_ok = true; /* a class's __pow__ result is pow()'s result */
        Value r = ops_binop(vm, p[0], p[1], BINOP_POW, false);
        vm->pending_ok = false;
        return r;
    }
    if (int_check(p[0]) && int_check(p[1]) && int_check(p[2]))
        return int_pow3(vm, p[0], p[1], p[2]);
    return vm_raise(vm, &exc_TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers");
}

/* ndigits of round() as a clamped int64 (CPython clips huge values the same way). */
static bool round_ndigits(VM *vm, Value v, int64_t *out)
{
    if (IS_BIGINT(v)) {
        *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    return ops_index(vm, v, out);
}

/* round(x) for a float: the nearest int, ties to even. */
static Value float_round_to_int(VM *vm, double x)
{
    double rounded = round(x);
    if (fabs(x - rounded) == 0.5) rounded = 2.0 * round(x / 2.0);
    return int_from_double(vm, rounded);
}

static Value builtin_round(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"number", "ndigits"};
    Value p[2];
    if (!args_parse(vm, "round", args, nargs, kwnames, names, 2, 1, 0, p)) return VAL_ERR;
    Value x = p[0], nd = p[1] == VAL_UNDEF ? VAL_NONE : p[1];
    if (val_is_float(x)) {
        if (nd == VAL_NONE) return float_round_to_int(vm, val_as_float(x));
        int64_t ndigits;
        if (!round_ndigits(vm, nd, &ndigits)) return VAL_ERR;
        return val_from_float(float_round(val_as_float(x), ndigits));
    }
    if (int_check(x)) {
        if (nd == VAL_NONE) return int_exact(vm, x);
        if (!int_check(nd))
            return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                            vm_type_name(nd));
        return int_round(vm, x, nd);
    }
    Value r = call_dunder(vm, x, "__round__", &nd, p[1] == VAL_UNDEF ? 0 : 1);
    if (r != VAL_UNDEF) return r;
    return vm_raise(vm, &exc_TypeError, "type %s doesn't define __round__ method", vm_type_name(x));
}

/* ---- sum ---------------------------------------------------------------------------------- */

/* CPython's sum: an exact-int phase in a C integer, then an exact-float phase in a double,
 * then generic addition. Floats are added left to right (no compensated summation in 3.11). */
static Value sum_items(VM *vm, Value result, const Value *items, size_t n)
{
    size_t i = 0;
    int64_t acc;
    if (vm_type_of(result) == &type_int && int_to_i64(result, &acc)) {
        for (; i < n; i++) {
            int64_t v;
            Value x = items[i];
            if (val_is_bool(x))
                v = x == VAL_TRUE;
            else if (!(val_is_small_int(x) || (IS_BIGINT(x) && vm_type_of(x) == &type_int)) ||
                     !int_to_i64(x, &v))
                break;
            int64_t sum;
            if (__builtin_add_overflow(acc, v, &sum)) break;
            acc = sum;
        }
        result = int_from_i64(vm, acc);
        if (result == VAL_ERR) return VAL_ERR;
        if (i < n && (result = ops_binop(vm, result, items[i++], BINOP_ADD, false)) == VAL_ERR)
            return VAL_ERR;
    }
    if (val_is_float(result)) {
        double f = val_as_float(result);
        for (; i < n; i++) {
            Value x = items[i];
            int64_t v;
            if (val_is_float(x))
                f += val_as_float(x);
            else if (val_is_bool(x))
                f += (double)(x == VAL_TRUE);
            else if (int_check(x) && int_to_i64(x, &v))
                f += (double)v;
            else
                break;
        }
        result = val_from_float(f);
    }
    for (; i < n; i++) {
        result = ops_binop(vm, result, items[i], BINOP_ADD, false);
        if (result == VAL_ERR || result == VAL_PENDING) return result;
    }
    return result;
}

static Value builtin_sum(VM *vm, const Value *args, int nargs, Value kwnames)
{
    size_t nkw = kw_count(kwnames);
    if (nargs < 1)
        return vm_raise(vm, &exc_TypeError, "sum() takes at least 1 positional argument (%d given)",
                        nargs);
    if ((size_t)nargs + nkw > 2)
        return vm_raise(vm, &exc_TypeError, "sum() takes at most 2 arguments (%zu given)",
                        (size_t)nargs + nkw);
    Value start = nargs == 2 ? args[1] : val_from_small_int(0);
    if (nkw) {
        Value key = AS_TUPLE(kwnames)->items[0];
        if (!str_eq_cstr(key, "start"))
            return vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for sum()",
                            str_data(key));
        start = args[nargs];
    }
    if (IS_STR(start))
        return vm_raise(vm, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_BYTES(start))
        return vm_raise(vm, &exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (IS_BYTEARRAY(start))
        return vm_raise(vm, &exc_TypeError,
                        "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value items = vm_materialize(vm, args[0], args, nargs, kwnames, 0);
    if (items == VAL_ERR || items == VAL_PENDING) return items;
    const Value *xs = IS_LIST(items) ? AS_LIST(items)->items : AS_TUPLE(items)->items;
    size_t n = IS_LIST(items) ? AS_LIST(items)->len : AS_TUPLE(items)->len;
    if (class_is_heap_instance(start) || class_sort_needs_python(xs, n))
        return class_sum(vm, start, items); /* additions run a class's __add__/__radd__ */
    if (IS_LIST(items)) return sum_items(vm, start, AS_LIST(items)->items, AS_LIST(items)->len);
    return sum_items(vm, start, AS_TUPLE(items)->items, AS_TUPLE(items)->len);
}

/* ---- min and max -------------------------------------------------------------------------- */

/* Is `x` strictly beyond `best` (x > best for max, x < best for min)? 1, 0 or -1. */
static int minmax_beyond(VM *vm, Value x, Value best, bool is_max)
{
    if (val_is_small_int(x) && val_is_small_int(best)) {
        int64_t a = val_as_small_int(x), b = val_as_small_int(best);
        return is_max ? a > b : a < b;
    }
    if (val_is_float(x) && val_is_float(best)) {
        double a = val_as_float(x), b = val_as_float(best);
        return is_max ? a > b : a < b;
    }
    Value r = ops_compare(vm, x, best, is_max ? CMP_GT : CMP_LT);
    if (r == VAL_ERR) return -1;
    if (val_is_bool(r)) return r == VAL_TRUE;
    return ops_truthy(vm, r);
}

static Value minmax(VM *vm, const Value *args, int nargs, Value kwnames, bool is_max)
{
    static const char *const names[] = {"key", "default"};
    const char *fname = is_max ? "max" : "min";
    if (nargs < 1)
        return vm_raise(vm, &exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    Value kw[2];
    if (!kw_only(vm, fname, args, nargs, kwnames, names, 2, kw)) return VAL_ERR;
    Value key = kw[0] == VAL_NONE ? VAL_UNDEF : kw[0], dflt = kw[1];
    if (nargs > 1 && dflt != VAL_UNDEF)
        return vm_raise(vm, &exc_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        fname);
    Value seq;
    if (nargs == 1) {
        seq = vm_materialize(vm, args[0], args, nargs, kwnames, 0);
        if (seq == VAL_ERR || seq == VAL_PENDING) return seq;
    } else if (key != VAL_UNDEF) {
        seq = tuple_from_array(vm, args, (size_t)nargs);
        if (seq == VAL_ERR) return VAL_ERR;
    } else {
        seq = VAL_UNDEF; /* the positional arguments themselves */
    }
    if (key != VAL_UNDEF) return builtin_minmax_keyed(vm, seq, key, dflt, is_max);
    const Value *items = args;
    size_t n = (size_t)nargs;
    if (seq != VAL_UNDEF) {
        items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
        n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    }
    if (n == 0) {
        if (dflt != VAL_UNDEF) return dflt;
        return vm_raise(vm, &exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    if (class_sort_needs_python(items, n)) {
        /* Comparisons run Python code: a stable sort (descending for max) puts the first
         * extreme item first. */
        Value copy = list_from_array(vm, items, n);
        if (copy == VAL_ERR) return VAL_ERR;
        return class_sort(vm, copy, VAL_UNDEF, is_max, VAL_UNDEF);
    }
    Value best = items[0];
    for (size_t i = 1; i < n; i++) {
        int beyond = minmax_beyond(vm, items[i], best, is_max);
        if (beyond < 0) return VAL_ERR;
        if (beyond) best = items[i];
    }
    return best;
}

static Value builtin_max(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return minmax(vm, args, nargs, kwnames, true);
}

static Value builtin_min(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return minmax(vm, args, nargs, kwnames, false);
}

/* ---- any, all, sorted ---------------------------------------------------------------------- */

/* Containers whose iteration never runs Python code, so any()/all() can run here. */
static bool iterates_in_c(Value v)
{
    if (!val_is_obj(v) || (vm_type_of(v)->tflags & TYPE_HEAP)) return false;
    switch (val_as_obj(v)->kind) {
    case OBJ_STR:
    case OBJ_BYTES:
    case OBJ_BYTEARRAY:
    case OBJ_LIST:
    case OBJ_TUPLE:
    case OBJ_DICT:
    case OBJ_SET:
    case OBJ_RANGE:
    case OBJ_DICT_VIEW:
        return true;
    default:
        return false;
    }
}

static Value any_all(VM *vm, const Value *args, int nargs, Value kwnames, bool is_all)
{
    if (!exact_args(vm, is_all ? "all" : "any", nargs, kwnames, 1)) return VAL_ERR;
    Value x = args[0];
    if (!iterates_in_c(x)) return builtin_any_all_lazy(vm, x, is_all);
    if (IS_LIST(x) || IS_TUPLE(x)) {
        /* Re-read the length each time: a __bool__ could change the list (issue 3). */
        for (size_t i = 0; i < (IS_LIST(x) ? AS_LIST(x)->len : AS_TUPLE(x)->len); i++) {
            Value item = IS_LIST(x) ? AS_LIST(x)->items[i] : AS_TUPLE(x)->items[i];
            int t = ops_truthy(vm, item);
            if (t < 0) return VAL_ERR;
            if (t != is_all) return val_from_bool(!is_all);
        }
        return val_from_bool(is_all);
    }
    Value it = ops_iter(vm, x);
    if (it == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value item = ops_next(vm, it);
        if (item == VAL_EXHAUSTED) return val_from_bool(is_all);
        if (item == VAL_ERR) return VAL_ERR;
        int t = ops_truthy(vm, item);
        if (t < 0) return VAL_ERR;
        if (t != is_all) return val_from_bool(!is_all);
    }
}

static Value builtin_all(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return any_all(vm, args, nargs, kwnames, true);
}

static Value builtin_any(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return any_all(vm, args, nargs, kwnames, false);
}

static Value builtin_sorted(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"key", "reverse"};
    if (nargs != 1)
        return vm_raise(vm, &exc_TypeError, "sorted expected 1 argument, got %d", nargs);
    Value kw[2];
    if (!kw_only(vm, "sort", args, nargs, kwnames, names, 2, kw)) return VAL_ERR;
    int64_t reverse = 0;
    if (kw[1] != VAL_UNDEF && !ops_index(vm, kw[1], &reverse)) return VAL_ERR;
    Value items = vm_materialize(vm, args[0], args, nargs, kwnames, 0);
    if (items == VAL_ERR || items == VAL_PENDING) return items;
    Value list;
    if (IS_LIST(items))
        list = list_from_array(vm, AS_LIST(items)->items, AS_LIST(items)->len);
    else
        list = list_from_array(vm, AS_TUPLE(items)->items, AS_TUPLE(items)->len);
    if (list == VAL_ERR) return VAL_ERR;
    if (kw[0] != VAL_UNDEF && kw[0] != VAL_NONE)
        return list_sort_keyed(vm, list, kw[0], reverse != 0);
    if (class_sort_needs_python(AS_LIST(list)->items, AS_LIST(list)->len))
        return class_sort(vm, list, VAL_UNDEF, reverse != 0, list);
    if (!list_sort_values(vm, AS_LIST(list)->items, NULL, AS_LIST(list)->len, reverse != 0))
        return VAL_ERR;
    return list;
}

/* ---- characters ----------------------------------------------------------------------------- */

static Value builtin_chr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "chr", nargs, kwnames, 1)) return VAL_ERR;
    Value x = args[0];
    int64_t cp;
    if (val_is_bool(x)) {
        cp = x == VAL_TRUE;
    } else if (int_check(x)) {
        if (!int_to_i64(x, &cp) || cp < INT_MIN || cp > INT_MAX)
            return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    } else {
        return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                        vm_type_name(x));
    }
    if (cp < 0 || cp > 0x10ffff)
        return vm_raise(vm, &exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(vm, (uint32_t)cp);
}

/* The code point of a one-character str (lone surrogates are stored as 3-byte sequences). */
static uint32_t decode_one(const unsigned char *p)
{
    if (*p < 0x80) return *p;
    int n = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
    uint32_t cp = *p & (0xff >> (n + 1));
    for (int i = 1; i < n; i++) cp = (cp << 6) | (p[i] & 0x3f);
    return cp;
}

static Value builtin_ord(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "ord", nargs, kwnames, 1)) return VAL_ERR;
    Value c = args[0];
    size_t len;
    if (IS_STR(c)) {
        len = AS_STR(c)->nchars;
        if (len == 1) return val_from_small_int(decode_one((const unsigned char *)str_data(c)));
    } else if (IS_BYTES(c) || IS_BYTEARRAY(c)) {
        const uint8_t *data = IS_BYTES(c) ? AS_BYTES(c)->data : AS_BYTEARRAY(c)->data;
        len = IS_BYTES(c) ? AS_BYTES(c)->len : AS_BYTEARRAY(c)->len;
        if (len == 1) return val_from_small_int(data[0]);
    } else {
        return vm_raise(vm, &exc_TypeError, "ord() expected string of length 1, but %s found",
                        vm_type_name(c));
    }
    return vm_raise(vm, &exc_TypeError,
                    "ord() expected a character, but string of length %zu found", len);
}

static Value builtin_ascii(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "ascii", nargs, kwnames, 1)) return VAL_ERR;
    return ops_ascii(vm, args[0]);
}

static Value builtin_repr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "repr", nargs, kwnames, 1)) return VAL_ERR;
    if (class_needs_render(vm, args[0])) return class_render(vm, args[0], false);
    vm->pending_ok = true; /* a Python __repr__'s result is repr()'s result */
    Value r = ops_repr(vm, args[0]);
    vm->pending_ok = false;
    return r;
}

static Value builtin_format(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "format", kwnames) || !args_count(vm, "format", nargs, 1, 2))
        return VAL_ERR;
    Value spec = nargs == 2 ? args[1] : str_intern_cstr(vm, "");
    if (spec == VAL_ERR) return VAL_ERR;
    if (!IS_STR(spec))
        return vm_raise(vm, &exc_TypeError, "format() argument 2 must be str, not %s",
                        vm_type_name(spec));
    Value r = call_dunder(vm, args[0], "__format__", &spec, 1);
    if (r != VAL_UNDEF) return r;
    return format_value(vm, args[0], spec);
}

/* ---- objects and attributes ------------------------------------------------------------------ */

static Value builtin_callable(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "callable", nargs, kwnames, 1)) return VAL_ERR;
    return val_from_bool(ops_callable(args[0]));
}

static Value builtin_hash(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "hash", nargs, kwnames, 1)) return VAL_ERR;
    int64_t h;
    if (!ops_hash(vm, args[0], &h)) return VAL_ERR;
    return int_from_i64(vm, h);
}

/* A number unique to the object while it lives: its address, or the value's own bits for
 * values that are not heap objects (small ints, floats, singletons). */
static Value builtin_id(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "id", nargs, kwnames, 1)) return VAL_ERR;
    Value x = args[0];
    if (val_is_obj(x)) return int_from_u64(vm, (uint64_t)(uintptr_t)val_as_obj(x));
    return int_from_u64(vm, x);
}

static Value builtin_len(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "len", nargs, kwnames, 1)) return VAL_ERR;
    if (class_is_heap_instance(args[0])) {
        Value fn = class_lookup(vm, vm_type_of(args[0]), "__len__");
        if (fn != VAL_UNDEF) {
            vm->pending_ok = true;
            Value r = class_call_dunder(vm, fn, args, 1, "__len__");
            vm->pending_ok = false;
            return r;
        }
    }
    int64_t n = ops_len(vm, args[0]);
    if (n < 0) return VAL_ERR;
    return int_from_i64(vm, n);
}

/* The attribute name argument of getattr/hasattr/setattr/delattr. */
static bool attr_name(VM *vm, Value name)
{
    if (IS_STR(name)) return true;
    vm_raise(vm, &exc_TypeError, "attribute name must be string, not '%s'", vm_type_name(name));
    return false;
}

static Value builtin_getattr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "getattr", kwnames) || !args_count(vm, "getattr", nargs, 2, 3) ||
        !attr_name(vm, args[1]))
        return VAL_ERR;
    if (nargs == 2) {
        vm->pending_ok = true; /* a property or __getattr__ result is getattr()'s result */
        Value r = ops_getattr(vm, args[0], args[1]);
        vm->pending_ok = false;
        return r;
    }
    Value r = ops_getattr_opt(vm, args[0], args[1]);
    return r == VAL_UNDEF ? args[2] : r;
}

static Value builtin_hasattr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "hasattr", nargs, kwnames, 2) || !attr_name(vm, args[1])) return VAL_ERR;
    Value r = ops_getattr_opt(vm, args[0], args[1]);
    if (r == VAL_ERR) return VAL_ERR;
    return val_from_bool(r != VAL_UNDEF);
}

/* setattr/delattr: a class's __setattr__ / __delattr__ / property setter may run Python code,
 * whose result (None) is then setattr()'s. */
static Value set_or_delete(VM *vm, Value obj, Value name, Value value)
{
    vm->pending_ok = true;
    vm->last_pended = false;
    bool ok = ops_setattr(vm, obj, name, value);
    vm->pending_ok = false;
    if (!ok) return VAL_ERR;
    if (vm->last_pended) {
        vm->last_pended = false;
        return VAL_PENDING;
    }
    return VAL_NONE;
}

static Value builtin_setattr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "setattr", nargs, kwnames, 3) || !attr_name(vm, args[1])) return VAL_ERR;
    return set_or_delete(vm, args[0], args[1], args[2]);
}

static Value builtin_delattr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "delattr", nargs, kwnames, 2) || !attr_name(vm, args[1])) return VAL_ERR;
    return set_or_delete(vm, args[0], args[1], VAL_UNDEF);
}

/* isinstance/issubclass against a type or a (nested) tuple of types. -1 on error; `depth`
 * bounds the nesting as CPython's recursion limit does. */
static int class_matches(VM *vm, Value obj, Value classinfo, bool instance, int depth)
{
    if (IS_TYPE(classinfo)) {
        if (instance) return ops_isinstance(obj, AS_TYPE(classinfo));
        if (!IS_TYPE(obj)) {
            vm_raise(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return ops_issubclass(AS_TYPE(obj), AS_TYPE(classinfo));
    }
    if (IS_TUPLE(classinfo)) {
        if (depth > 200) {
            vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded in %s",
                     instance ? "__instancecheck__" : "__subclasscheck__");
            return -1;
        }
        TupleObj *t = AS_TUPLE(classinfo);
        for (size_t i = 0; i < t->len; i++) {
            int r = class_matches(vm, obj, t->items[i], instance, depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    if (instance) {
        vm_raise(vm, &exc_TypeError,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
    } else if (!IS_TYPE(obj)) {
        vm_raise(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
    } else {
        vm_raise(vm, &exc_TypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return -1;
}

static Value builtin_isinstance(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "isinstance", nargs, kwnames, 2)) return VAL_ERR;
    int r = class_matches(vm, args[0], args[1], true, 0);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

static Value builtin_issubclass(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!exact_args(vm, "issubclass", nargs, kwnames, 2)) return VAL_ERR;
    int r = class_matches(vm, args[0], args[1], false, 0);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

/* ---- iteration ------------------------------------------------------------------------------ */

static Value builtin_iter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "iter", kwnames) || !args_count(vm, "iter", nargs, 1, 2)) return VAL_ERR;
    if (nargs == 1) {
        vm->pending_ok = true; /* a Python __iter__'s result is iter()'s result */
        Value r = ops_iter(vm, args[0]);
        vm->pending_ok = false;
        return r;
    }
    if (!ops_callable(args[0]))
        return vm_raise(vm, &exc_TypeError, "iter(v, w): v must be callable");
    return builtins_callable_iter_new(vm, args[0], args[1]);
}

static Value builtin_next(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "next", kwnames) || !args_count(vm, "next", nargs, 1, 2)) return VAL_ERR;
    if (IS_GENERATOR(args[0]))
        return gen_next_for_python(vm, args[0], nargs == 2 ? args[1] : VAL_UNDEF);
    if (class_is_heap_instance(args[0]) && nargs == 1) {
        /* StopIteration from a Python __next__ reaches next()'s caller as it is. */
        Value fn = class_lookup(vm, vm_type_of(args[0]), "__next__");
        if (fn != VAL_UNDEF) {
            vm->pending_ok = true;
            Value r = class_call_dunder(vm, fn, args, 1, "__next__");
            vm->pending_ok = false;
            return r;
        }
    }
    Value r = ops_next(vm, args[0]);
    if (r != VAL_EXHAUSTED) return r; /* an item, VAL_ERR, or VAL_PENDING for the VM */
    if (nargs == 2) return args[1];
    Value stop = exc_new(vm, &exc_StopIteration, VAL_UNDEF);
    if (stop == VAL_ERR) return VAL_ERR;
    return vm_raise_value(vm, stop);
}

/* ---- print ---------------------------------------------------------------------------------- */

/* sep= and end=: None means the default. */
static bool print_text_arg(VM *vm, const char *what, Value v, const char *dflt, const char **text,
                           size_t *len)
{
    if (v == VAL_UNDEF || v == VAL_NONE) {
        *text = dflt;
        *len = strlen(dflt);
        return true;
    }
    if (!IS_STR(v)) {
        vm_raise(vm, &exc_TypeError, "%s must be None or a string, not %s", what, vm_type_name(v));
        return false;
    }
    *text = str_data(v);
    *len = str_len(v);
    return true;
}

static Value builtin_print(VM *vm, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"sep", "end", "file", "flush"};
    Value kw[4];
    if (!kw_only(vm, "print", args, nargs, kwnames, names, 4, kw)) return VAL_ERR;
    /* Instances of classes: their __str__ is Python code, run before printing anything. */
    if (class_args_need_str(vm, args, nargs))
        return class_str_args_then_rerun(vm, args, nargs, kwnames);
    Buf b;
    buf_init(&b, vm);
    const char *sep, *end;
    size_t sep_len, end_len;
    if (!print_text_arg(vm, "sep", kw[0], " ", &sep, &sep_len) ||
        !print_text_arg(vm, "end", kw[1], "\n", &end, &end_len)) {
        buf_free(&b);
        return VAL_ERR;
    }
    if (kw[2] != VAL_UNDEF && kw[2] != VAL_NONE) {
        Value write = str_intern_cstr(vm, "write");
        if (write == VAL_ERR) return VAL_ERR;
        Value method = ops_getattr_opt(vm, kw[2], write);
        if (method == VAL_ERR) return VAL_ERR;
        if (method == VAL_UNDEF)
            return vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute 'write'",
                            vm_type_name(kw[2]));
        return vm_raise(vm, &exc_TypeError, "print() to a file object is not supported");
    }
    /* One write for the whole line; when a str() fails, what CPython would already have
     * written (the earlier arguments and the separator) is written first. */
    Value result = VAL_NONE;
    for (int i = 0; i < nargs && result == VAL_NONE; i++) {
        if (i > 0) buf_append(&b, sep, sep_len);
        Value s = ops_str(vm, args[i]);
        if (s == VAL_ERR)
            result = VAL_ERR;
        else
            buf_append_str(&b, s);
    }
    if (result == VAL_NONE) buf_append(&b, end, end_len);
    if (b.failed) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    if (vm->config.write_stdout && b.len)
        vm->config.write_stdout(vm->config.write_ud, b.data, b.len);
    buf_free(&b);
    return result;
}

/* ---- the table ------------------------------------------------------------------------------ */

#define BUILTIN_FN(name_)                                                                          \
    static const MethodDef def_##name_ = {#name_, builtin_##name_, 0};                             \
    static const NativeObj native_##name_ = {                                                      \
        .hdr = OBJ_HEADER_INIT(&type_builtin_function, OBJ_NATIVE),                                \
        .def = &def_##name_,                                                                       \
        .self = VAL_UNDEF,                                                                         \
        .owner = NULL,                                                                             \
        .native_kind = NATIVE_FUNCTION,                                                            \
    };

BUILTIN_FN(abs)
BUILTIN_FN(all)
BUILTIN_FN(any)
BUILTIN_FN(ascii)
BUILTIN_FN(bin)
BUILTIN_FN(callable)
BUILTIN_FN(chr)
BUILTIN_FN(delattr)
BUILTIN_FN(divmod)
BUILTIN_FN(format)
BUILTIN_FN(getattr)
BUILTIN_FN(hasattr)
BUILTIN_FN(hash)
BUILTIN_FN(hex)
BUILTIN_FN(id)
BUILTIN_FN(isinstance)
BUILTIN_FN(issubclass)
BUILTIN_FN(iter)
BUILTIN_FN(len)
BUILTIN_FN(max)
BUILTIN_FN(min)
BUILTIN_FN(next)
BUILTIN_FN(oct)
BUILTIN_FN(ord)
BUILTIN_FN(pow)
BUILTIN_FN(print)
BUILTIN_FN(repr)
BUILTIN_FN(round)
BUILTIN_FN(setattr)
BUILTIN_FN(sorted)
BUILTIN_FN(sum)
#undef BUILTIN_FN

/* One name: a static object, or (object NULL) a singleton value. */
typedef struct BuiltinEntry {
    const char *name;
    const void *object;
    Value value;
} BuiltinEntry;

#define FN(name_)                                                                                  \
    {                                                                                              \
#name_, &native_##name_, VAL_UNDEF                                                         \
    }
#define TYPE(name_, type_)                                                                         \
    {                                                                                              \
        name_, &type_, VAL_UNDEF                                                                   \
    }

/* Sorted by strcmp (tests/unit/test_builtins.c checks it): upper case, then '_', then lower. */
static const BuiltinEntry builtin_table[] = {
    {"Ellipsis", NULL, VAL_ELLIPSIS},
    {"NotImplemented", NULL, VAL_NOTIMPL},
    {"__debug__", NULL, VAL_TRUE},
    FN(abs),
    FN(all),
    FN(any),
    FN(ascii),
    FN(bin),
    TYPE("bool", type_bool),
    TYPE("bytearray", type_bytearray),
    TYPE("bytes", type_bytes),
    FN(callable),
    FN(chr),
    TYPE("classmethod", type_classmethod),
    TYPE("complex", type_complex),
    FN(delattr),
    TYPE("dict", type_dict),
    FN(divmod),
    TYPE("enumerate", type_enumerate),
    TYPE("filter", type_filter),
    TYPE("float", type_float),
    FN(format),
    TYPE("frozenset", type_frozenset),
    FN(getattr),
    FN(hasattr),
    FN(hash),
    FN(hex),
    FN(id),
    TYPE("int", type_int),
    FN(isinstance),
    FN(issubclass),
    FN(iter),
    FN(len),
    TYPE("list", type_list),
    TYPE("map", type_map),
    FN(max),
    FN(min),
    FN(next),
    TYPE("object", type_object),
    FN(oct),
    FN(ord),
    FN(pow),
    FN(print),
    TYPE("property", type_property),
    TYPE("range", type_range),
    FN(repr),
    TYPE("reversed", type_reversed),
    FN(round),
    TYPE("set", type_set),
    FN(setattr),
    TYPE("slice", type_slice),
    FN(sorted),
    TYPE("staticmethod", type_staticmethod),
    TYPE("str", type_str),
    FN(sum),
    TYPE("super", type_super),
    TYPE("tuple", type_tuple),
    TYPE("type", type_type),
    TYPE("zip", type_zip),
};

#undef FN
#undef TYPE

/* The exception classes, in exceptions.def order (searched linearly, names compared by length
 * first). */
typedef struct ExceptionEntry {
    const char *name;
    size_t len;
    const TypeObj *type;
} ExceptionEntry;

static const ExceptionEntry exception_table[] = {
#define EXC(name_, base_) {#name_, sizeof(#name_) - 1, &exc_##name_},
#include "exceptions.def"
#undef EXC
};

static int name_compare(const char *data, size_t len, const char *entry)
{
    size_t elen = strlen(entry);
    int c = memcmp(data, entry, len < elen ? len : elen);
    if (c) return c;
    return len < elen ? -1 : len > elen;
}

bool builtins_lookup(VM *vm, Value name, Value *out)
{
    const char *data = str_data(name);
    size_t len = str_len(name);
    size_t lo = 0, hi = sizeof builtin_table / sizeof *builtin_table;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = name_compare(data, len, builtin_table[mid].name);
        if (c == 0) {
            const BuiltinEntry *e = &builtin_table[mid];
            *out = e->object ? val_from_obj(e->object) : e->value;
            return true;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (len == 0 || data[0] < 'A' || data[0] > 'Z') return false;
    for (size_t i = 0; i < sizeof exception_table / sizeof *exception_table; i++) {
        const ExceptionEntry *e = &exception_table[i];
        if (e->len == len && memcmp(e->name, data, len) == 0) {
            *out = val_from_obj(e->type);
            return true;
        }
    }
    return false;
}

const char *builtins_name_at(size_t index)
{
    if (index < sizeof builtin_table / sizeof *builtin_table) return builtin_table[index].name;
    index -= sizeof builtin_table / sizeof *builtin_table;
    if (index < sizeof exception_table / sizeof *exception_table)
        return exception_table[index].name;
    return NULL;
}
