/* complex.c — the complex type: construction (numbers and strings), arithmetic with CPython's
 * algorithms (_Py_c_quot, _Py_c_pow, c_powi), repr, hash, equality, real/imag/conjugate/abs.
 * Operands may be int, bool, float or complex; anything else gives VAL_NOTIMPL.
 */
#include <errno.h>
#include <math.h>

#include "buf.h"
#include "exception.h"
#include "floatobj.h"
#include "format.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "str.h"

typedef struct Cx {
    double re, im;
} Cx;

Value complex_new(VM *vm, double real, double imag)
{
    ComplexObj *c = gc_new(vm, sizeof *c, OBJ_COMPLEX, &type_complex);
    if (!c) return VAL_ERR;
    c->real = real;
    c->imag = imag;
    return val_from_obj(c);
}

static Value cx_value(VM *vm, Cx z)
{
    return complex_new(vm, z.re, z.im);
}

/* An int, bool, float or complex operand as a complex; 0 not a number, -1 error, 1 ok. */
static int cx_of(VM *vm, Value v, Cx *out)
{
    if (complex_check(v)) {
        *out = (Cx){AS_COMPLEX(v)->real, AS_COMPLEX(v)->imag};
        return 1;
    }
    if (val_is_float(v)) {
        *out = (Cx){val_as_float(v), 0.0};
        return 1;
    }
    if (!int_check(v)) return 0;
    if (!int_to_double(vm, v, &out->re)) return -1;
    out->im = 0.0;
    return 1;
}

static Cx cx_prod(Cx a, Cx b)
{
    return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* CPython's _Py_c_quot (Smith's method); *zero_div on division by zero. */
static Cx cx_quot(Cx a, Cx b, bool *zero_div)
{
    double abs_bre = fabs(b.re), abs_bim = fabs(b.im);
    if (abs_bre >= abs_bim) {
        if (abs_bre == 0.0) {
            *zero_div = true;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_bim >= abs_bre) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN}; /* a NaN in b */
}

static Cx cx_powu(Cx x, long n)
{
    Cx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = cx_prod(r, p);
        p = cx_prod(p, p);
    }
    return r;
}

Value complex_pow(VM *vm, double ar, double ai, double br, double bi)
{
    Cx a = {ar, ai}, r;
    bool domain = false;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br; /* small integer exponent: repeated multiplication, as CPython */
        r = n > 0 ? cx_powu(a, n) : cx_quot((Cx){1.0, 0.0}, cx_powu(a, -n), &domain);
    } else if (br == 0.0 && bi == 0.0) {
        r = (Cx){1.0, 0.0};
    } else if (ar == 0.0 && ai == 0.0) {
        domain = bi != 0.0 || br < 0.0;
        r = (Cx){0.0, 0.0};
    } else {
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
        if (bi != 0.0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        r = (Cx){len * cos(phase), len * sin(phase)};
    }
    if (domain) return vm_raise(vm, &exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(r.re) || isinf(r.im))
        return vm_raise(vm, &exc_OverflowError, "complex exponentiation");
    return cx_value(vm, r);
}

Value complex_binop(VM *vm, Value a, Value b, BinOp op)
{
    Cx x, y;
    int ka = cx_of(vm, a, &x);
    if (ka <= 0) return ka < 0 ? VAL_ERR : VAL_NOTIMPL;
    int kb = cx_of(vm, b, &y);
    if (kb <= 0) return kb < 0 ? VAL_ERR : VAL_NOTIMPL;
    bool zero_div = false;
    Cx r;
    switch (op) {
    case BINOP_ADD:
        r = (Cx){x.re + y.re, x.im + y.im};
        break;
    case BINOP_SUB:
        r = (Cx){x.re - y.re, x.im - y.im};
        break;
    case BINOP_MUL:
        r = cx_prod(x, y);
        break;
    case BINOP_TRUEDIV:
        r = cx_quot(x, y, &zero_div);
        if (zero_div) return vm_raise(vm, &exc_ZeroDivisionError, "complex division by zero");
        break;
    case BINOP_POW:
        return complex_pow(vm, x.re, x.im, y.re, y.im);
    default:
        return VAL_NOTIMPL;
    }
    return cx_value(vm, r);
}

Value complex_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (op != CMP_EQ && op != CMP_NE) return VAL_NOTIMPL;
    Value c = complex_check(a) ? a : b, other = complex_check(a) ? b : a;
    double re = AS_COMPLEX(c)->real, im = AS_COMPLEX(c)->imag;
    bool equal;
    if (complex_check(other)) {
        equal = re == AS_COMPLEX(other)->real && im == AS_COMPLEX(other)->imag;
    } else if (val_is_float(other)) {
        equal = im == 0.0 && re == val_as_float(other);
    } else if (int_check(other)) {
        /* exact, as float == int */
        equal = im == 0.0 && !isnan(re) && int_cmp_double(other, re) == 0;
    } else {
        return VAL_NOTIMPL;
    }
    (void)vm;
    return val_from_bool(op == CMP_EQ ? equal : !equal);
}

Value complex_abs(VM *vm, Value z)
{
    double re = AS_COMPLEX(z)->real, im = AS_COMPLEX(z)->imag;
    if (isinf(re) || isinf(im)) return val_from_float(INFINITY);
    if (isnan(re) || isnan(im)) return val_from_float(NAN);
    double r = hypot(re, im);
    if (isinf(r)) return vm_raise(vm, &exc_OverflowError, "absolute value too large");
    return val_from_float(r);
}

/* ---- text --------------------------------------------------------------------------------- */

static Value complex_repr(VM *vm, Value self)
{
    double re = AS_COMPLEX(self)->real, im = AS_COMPLEX(self)->imag;
    Buf b;
    buf_init(&b, vm);
    if (re == 0.0 && !signbit(re)) {
        float_format(&b, im, 'r', 0, 0);
        buf_append_char(&b, 'j');
    } else {
        buf_append_char(&b, '(');
        float_format(&b, re, 'r', 0, 0);
        float_format(&b, im, 'r', 0, FLOAT_FMT_SIGN);
        buf_append_cstr(&b, "j)");
    }
    return buf_finish_str(&b);
}

/* Skip ASCII and Unicode whitespace from pos. */
static size_t cx_skip_space(const char *s, size_t len, size_t pos, bool utf8)
{
    while (pos < len) {
        size_t next = pos;
        if (num_text_char(s, len, &next, utf8) != ' ' && !(s[pos] >= '\t' && s[pos] <= '\r')) break;
        pos = next;
    }
    return pos;
}

/* CPython's complex_from_string_inner: [(] <float> | <float>j | <float><signed-float>j |
 * <float><sign>j | <sign>j | j [)], with surrounding whitespace. */
static bool complex_parse(const char *s, size_t len, bool utf8, Cx *out)
{
#define AT(p) ((p) < len ? s[p] : '\0')
    size_t pos = cx_skip_space(s, len, 0, utf8);
    bool bracket = AT(pos) == '(';
    if (bracket) pos = cx_skip_space(s, len, pos + 1, utf8);
    double x = 0.0, y = 0.0, z;
    if (float_scan(s, len, &pos, utf8, &z)) {
        char c = AT(pos);
        if (c == '+' || c == '-') {
            x = z;
            if (!float_scan(s, len, &pos, utf8, &y)) {
                y = c == '+' ? 1.0 : -1.0;
                pos++;
            }
            if ((AT(pos) | 0x20) != 'j') return false;
            pos++;
        } else if ((c | 0x20) == 'j') {
            y = z;
            pos++;
        } else {
            x = z;
        }
    } else {
        char c = AT(pos);
        y = c == '-' ? -1.0 : 1.0;
        if (c == '+' || c == '-') pos++;
        if ((AT(pos) | 0x20) != 'j') return false;
        pos++;
    }
    pos = cx_skip_space(s, len, pos, utf8);
    if (bracket) {
        if (AT(pos) != ')') return false;
        pos = cx_skip_space(s, len, pos + 1, utf8);
    }
#undef AT
    *out = (Cx){x, y};
    return pos == len;
}

/* ---- constructor, methods, slots ------------------------------------------------------------ */

static bool cx_number_check(Value v)
{
    return complex_check(v) || val_is_float(v) || int_check(v);
}

static Value complex_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                               Value kwnames)
{
    static const char *const names[] = {"real", "imag"};
    Value a[2];
    (void)type;
    if (!args_parse(vm, "complex", args, nargs, kwnames, names, 2, 0, 0, a)) return VAL_ERR;
    Value r = a[0] == VAL_UNDEF ? val_from_small_int(0) : a[0], i = a[1];
    if (complex_check(r) && i == VAL_UNDEF) return r;
    if (IS_STR(r)) {
        if (i != VAL_UNDEF)
            return vm_raise(vm, &exc_TypeError,
                            "complex() can't take second arg if first is a string");
        Cx z;
        if (!complex_parse(str_data(r), str_len(r), true, &z))
            return vm_raise(vm, &exc_ValueError, "complex() arg is a malformed string");
        return cx_value(vm, z);
    }
    if (i != VAL_UNDEF && IS_STR(i))
        return vm_raise(vm, &exc_TypeError, "complex() second arg can't be a string");
    if (!cx_number_check(r))
        return vm_raise(vm, &exc_TypeError,
                        "complex() first argument must be a string or a number, not '%s'",
                        vm_type_name(r));
    if (i != VAL_UNDEF && !cx_number_check(i))
        return vm_raise(vm, &exc_TypeError, "complex() second argument must be a number, not '%s'",
                        vm_type_name(i));
    Cx cr, ci = {0.0, 0.0};
    if (cx_of(vm, r, &cr) < 0 || (i != VAL_UNDEF && cx_of(vm, i, &ci) < 0)) return VAL_ERR;
    if (i == VAL_UNDEF) return cx_value(vm, cr);
    /* real + imag * 1j where either may itself be complex; the corrections apply only then,
     * so that complex(0, -0.0) keeps its negative zero (as CPython) */
    if (complex_check(i)) cr.re -= ci.im;
    if (complex_check(r)) ci.re += cr.im;
    return cx_value(vm, (Cx){cr.re, ci.re});
}

static Value complex_m_conjugate(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "conjugate", kwnames) || !args_count(vm, "conjugate", nargs - 1, 0, 0))
        return VAL_ERR;
    return complex_new(vm, AS_COMPLEX(args[0])->real, -AS_COMPLEX(args[0])->imag);
}

static Value complex_m_abs(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__abs__", kwnames) || !args_count(vm, "__abs__", nargs - 1, 0, 0))
        return VAL_ERR;
    return complex_abs(vm, args[0]);
}

static Value complex_m_format(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__format__", kwnames) || !args_count(vm, "__format__", nargs - 1, 1, 1))
        return VAL_ERR;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                        vm_type_name(args[1]));
    return format_value(vm, args[0], args[1]);
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_m_conjugate, 0},
    {"__abs__", complex_m_abs, 0},
    {"__format__", complex_m_format, 0},
    {NULL, NULL, 0},
};

static Value complex_get_real(VM *vm, Value self)
{
    (void)vm;
    return val_from_float(AS_COMPLEX(self)->real);
}

static Value complex_get_imag(VM *vm, Value self)
{
    (void)vm;
    return val_from_float(AS_COMPLEX(self)->imag);
}

static const MemberDef complex_members[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

static bool complex_hash(VM *vm, Value self, int64_t *out)
{
    (void)vm;
    /* CPython: hash(real) + 1000003 * hash(imag), in unsigned arithmetic */
    uint64_t h = (uint64_t)float_hash(AS_COMPLEX(self)->real) +
                 (uint64_t)1000003 * (uint64_t)float_hash(AS_COMPLEX(self)->imag);
    *out = (int64_t)h == -1 ? -2 : (int64_t)h;
    return true;
}

static Value complex_unary(VM *vm, Value a, UnaryOp op)
{
    double re = AS_COMPLEX(a)->real, im = AS_COMPLEX(a)->imag;
    if (op == UNARY_NEG) return complex_new(vm, -re, -im);
    if (op == UNARY_POS) return complex_new(vm, re, im);
    return VAL_NOTIMPL;
}

static int complex_truth(VM *vm, Value self)
{
    (void)vm;
    return AS_COMPLEX(self)->real != 0.0 || AS_COMPLEX(self)->imag != 0.0;
}

const TypeObj type_complex = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "complex",
    .base = &type_object,
    .layout = OBJ_COMPLEX,
    .tflags = TYPE_BASETYPE,
    .methods = complex_methods,
    .members = complex_members,
    .construct = complex_construct,
    .repr = complex_repr,
    .hash = complex_hash,
    .compare = float_compare,
    .binop = float_binop,
    .unary = complex_unary,
    .truth = complex_truth,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
