/* format.c — format(value, spec): the format-spec mini-language
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * for str, int, bool, float and complex, with CPython's layout rules (calc_number_widths,
 * fill_number, InsertThousandsGrouping) and error messages.
 *
 * Numbers are laid out as  [lpad] [sign] [prefix] [spad] [grouped digits] [rest] [rpad]  where
 * `rest` is everything after the integer digits (decimal point, fraction, exponent, '%'). With
 * '0' fill and '=' alignment the zero padding is part of the grouped digits ("00,001,234").
 */
#include <math.h>
#include <string.h>

#include "buf.h"
#include "exception.h"
#include "floatobj.h"
#include "format.h"
#include "int.h"
#include "ops.h"
#include "str.h"

typedef struct FormatSpec {
    char fill[5]; /* UTF-8 of the fill character */
    uint8_t fill_len;
    bool fill_given, align_given;
    char align; /* '<' '>' '^' '=' */
    char sign;  /* '+' ' ' '-' or 0 */
    bool no_neg_0, alternate;
    char thousands; /* ',' '_' or 0 */
    int64_t width;  /* -1: none */
    int64_t precision;
    uint32_t type; /* code point, 0: none */
} FormatSpec;

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Length of the UTF-8 sequence starting with byte c. */
static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

static uint32_t utf8_decode(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 1) return u[0];
    uint32_t cp = u[0] & (0x7f >> n);
    for (size_t i = 1; i < n; i++) cp = (cp << 6) | (u[i] & 0x3f);
    return cp;
}

/* Bytes taken by the first `chars` code points of s[0..n). */
static size_t utf8_prefix(const char *s, size_t n, size_t chars)
{
    size_t i = 0;
    while (i < n && chars > 0) {
        i += utf8_len((unsigned char)s[i]);
        chars--;
    }
    return i < n ? i : n;
}

static bool spec_integer(VM *vm, const char *s, size_t n, size_t *pos, int64_t *out)
{
    int64_t v = 0;
    size_t start = *pos;
    while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[*pos] - '0';
        if (v > (INT64_MAX - d) / 10) {
            vm_raise(vm, &exc_ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + d;
        (*pos)++;
    }
    *out = *pos > start ? v : -1;
    return true;
}

static bool unknown_code(VM *vm, uint32_t type, const char *type_name)
{
    if (type > 32 && type < 128)
        vm_raise(vm, &exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                 (char)type, type_name);
    else
        vm_raise(vm, &exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", type,
                 type_name);
    return false;
}

/* Validation CPython does on the spec alone: grouping only with the types that allow it. */
static bool spec_check_grouping(VM *vm, FormatSpec *f)
{
    if (!f->thousands) return true;
    switch (f->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
        return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
        if (f->thousands == '_') return true;
        break;
    default:
        break;
    }
    if (f->type > 32 && f->type < 128)
        vm_raise(vm, &exc_ValueError, "Cannot specify '%c' with '%c'.", f->thousands,
                 (char)f->type);
    else
        vm_raise(vm, &exc_ValueError, "Cannot specify '%c' with '\\x%x'.", f->thousands, f->type);
    return false;
}

/* CPython's parse_internal_render_format_spec. */
static bool spec_parse(VM *vm, const char *s, size_t n, char default_align, uint32_t default_type,
                       const char *type_name, FormatSpec *f)
{
    *f = (FormatSpec){.fill = " ",
                      .fill_len = 1,
                      .align = default_align,
                      .width = -1,
                      .precision = -1,
                      .type = default_type};
    size_t pos = 0, first = n ? utf8_len((unsigned char)s[0]) : 0;
    if (n > first && is_align(s[first])) {
        memcpy(f->fill, s, first);
        f->fill_len = (uint8_t)first;
        f->align = s[first];
        f->fill_given = f->align_given = true;
        pos = first + 1;
    } else if (n > 0 && is_align(s[0])) {
        f->align = s[0];
        f->align_given = true;
        pos = 1;
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
    if (pos < n && s[pos] == 'z') f->no_neg_0 = true, pos++;
    if (pos < n && s[pos] == '#') f->alternate = true, pos++;
    if (!f->fill_given && pos < n && s[pos] == '0') {
        f->fill[0] = '0';
        f->fill_len = 1;
        if (!f->align_given && default_align == '>') f->align = '=';
        pos++;
    }
    if (!spec_integer(vm, s, n, &pos, &f->width)) return false;
    if (pos < n && s[pos] == ',') f->thousands = ',', pos++;
    if (pos < n && s[pos] == '_') {
        if (f->thousands) goto both;
        f->thousands = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',' && f->thousands == '_') goto both;
    if (pos < n && s[pos] == '.') {
        pos++;
        if (!spec_integer(vm, s, n, &pos, &f->precision)) return false;
        if (f->precision < 0) {
            vm_raise(vm, &exc_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (pos < n) {
        size_t k = utf8_len((unsigned char)s[pos]);
        if (pos + k < n) {
            vm_raise(vm, &exc_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
                     (int)n, s, type_name);
            return false;
        }
        f->type = utf8_decode(s + pos, k);
    }
    return spec_check_grouping(vm, f);
both:
    vm_raise(vm, &exc_ValueError, "Cannot specify both ',' and '_'.");
    return false;
}

/* ---- padding and number layout ------------------------------------------------------------ */

static void append_fill(Buf *out, const FormatSpec *f, int64_t count)
{
    if (count <= 0) return;
    if (f->fill_len == 1) {
        char chunk[64];
        memset(chunk, f->fill[0], sizeof chunk);
        while (count > 0) {
            int64_t k = count < 64 ? count : 64;
            buf_append(out, chunk, (size_t)k);
            count -= k;
        }
        return;
    }
    for (int64_t i = 0; i < count && !out->failed; i++) buf_append(out, f->fill, f->fill_len);
}

/* Refuse a width that cannot fit in memory before padding towards it (without a memory limit,
 * past FORMAT_MAX_OUTPUT: the host would only discover it by failing, or worse). */
static bool width_fits(Buf *out, const FormatSpec *f)
{
    if (f->width < 4096) return true;
    size_t bytes;
    if (!mem_size_mul((size_t)f->width, f->fill_len, &bytes) || bytes > FORMAT_MAX_OUTPUT ||
        !mem_would_fit(&out->vm->mem, bytes)) {
        vm_raise_nomem(out->vm);
        return false;
    }
    return true;
}

/* Write text of `chars` code points aligned in the width (strings, complex). */
static void append_aligned(Buf *out, const FormatSpec *f, const char *text, size_t len,
                           size_t chars)
{
    int64_t pad = f->width > (int64_t)chars ? f->width - (int64_t)chars : 0, left = 0;
    if (f->align == '>')
        left = pad;
    else if (f->align == '^')
        left = pad / 2;
    append_fill(out, f, left);
    buf_append(out, text, len);
    append_fill(out, f, pad - left);
}

typedef struct NumParts {
    bool negative;
    const char *prefix; /* "0x" etc. or "" */
    const char *digits; /* the integer digits, grouped */
    size_t n_digits;
    const char *rest; /* what follows the digits: ".5e+10", "%", the 'c' character */
    size_t rest_len, rest_chars;
} NumParts;

/* CPython's InsertThousandsGrouping, right to left into `rev` (reversed output): groups of
 * `group` digits (0: no grouping) separated by `sep`, padded with '0' digits to min_width. */
typedef struct Grouping {
    char *rev;
    size_t len;
    const char *digits;
    int64_t remaining, min_width;
    bool use_sep;
    char sep;
} Grouping;

/* Emit one group of `l` places: the last digits left, then zeros for the places beyond them. */
static void group_emit(Grouping *g, int64_t l)
{
    int64_t zeros = l - g->remaining > 0 ? l - g->remaining : 0;
    int64_t chars = g->remaining < l ? g->remaining : l;
    if (chars < 0) chars = 0;
    if (g->use_sep) g->rev[g->len++] = g->sep;
    for (int64_t i = 0; i < chars; i++) g->rev[g->len++] = g->digits[g->remaining - 1 - i];
    for (int64_t i = 0; i < zeros; i++) g->rev[g->len++] = '0';
    g->remaining -= chars;
    g->min_width -= l;
}

static size_t group_digits(char *rev, const char *digits, size_t n, int64_t min_width, int group,
                           char sep)
{
    Grouping g = {
        .rev = rev, .digits = digits, .remaining = (int64_t)n, .min_width = min_width, .sep = sep};
    while (group > 0) {
        int64_t span = g.remaining > g.min_width ? g.remaining : g.min_width;
        if (span < 1) span = 1;
        group_emit(&g, group < span ? group : span);
        g.use_sep = true;
        if (g.remaining <= 0 && g.min_width <= 0) return g.len;
        g.min_width -= 1;
    }
    int64_t last = g.remaining > g.min_width ? g.remaining : g.min_width;
    group_emit(&g, last < 1 ? 1 : last);
    return g.len;
}

/* CPython's calc_number_widths + fill_number. */
static bool number_write(Buf *out, const FormatSpec *f, const NumParts *p, int group, char sep)
{
    char sign = 0;
    if (f->sign == '+')
        sign = p->negative ? '-' : '+';
    else if (f->sign == ' ')
        sign = p->negative ? '-' : ' ';
    else if (p->negative)
        sign = '-';
    size_t prefix_len = strlen(p->prefix);
    int64_t non_digit = (sign ? 1 : 0) + (int64_t)prefix_len + (int64_t)p->rest_chars;
    int64_t min_width =
        (f->fill[0] == '0' && f->fill_len == 1 && f->align == '=') ? f->width - non_digit : 0;
    if (!width_fits(out, f)) return false;
    char local[256];
    size_t cap = p->n_digits * 2 + (size_t)(min_width > 0 ? min_width : 0) * 2 + 8;
    char *rev = cap <= sizeof local ? local : mem_alloc(&out->vm->mem, cap);
    if (!rev) return (void)vm_raise_nomem(out->vm), false;
    size_t grouped =
        p->n_digits ? group_digits(rev, p->digits, p->n_digits, min_width, group, sep) : 0;
    int64_t padding = f->width - (non_digit + (int64_t)grouped), lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f->align) {
        case '<':
            rpad = padding;
            break;
        case '^':
            lpad = padding / 2, rpad = padding - lpad;
            break;
        case '=':
            spad = padding;
            break;
        default:
            lpad = padding;
            break;
        }
    }
    append_fill(out, f, lpad);
    if (sign) buf_append_char(out, sign);
    buf_append(out, p->prefix, prefix_len);
    append_fill(out, f, spad);
    for (size_t i = grouped; i-- > 0;) buf_append_char(out, rev[i]);
    buf_append(out, p->rest, p->rest_len);
    append_fill(out, f, rpad);
    if (rev != local) mem_free(&out->vm->mem, rev, cap);
    return true;
}

/* Split a formatted float ("-123.45e+06", "inf") into sign, integer digits and the rest. */
static void number_split(const char *text, size_t len, NumParts *p)
{
    p->negative = len > 0 && text[0] == '-';
    size_t start = p->negative ? 1 : 0, end = start;
    while (end < len && text[end] >= '0' && text[end] <= '9') end++;
    p->prefix = "";
    p->digits = text + start;
    p->n_digits = end - start;
    p->rest = text + end;
    p->rest_len = p->rest_chars = len - end;
}

/* ---- floats -------------------------------------------------------------------------------- */

/* PyOS_double_to_string's type and flags for a float spec; false for an unknown type. */
static bool float_mode(const FormatSpec *f, char *type, int64_t *precision, int *flags, bool *pct)
{
    *flags = (f->alternate ? FLOAT_FMT_ALT : 0) | (f->no_neg_0 ? FLOAT_FMT_NO_NEG_0 : 0);
    *pct = false;
    int64_t default_precision = 6;
    switch (f->type) {
    case 0:
        *flags |= FLOAT_FMT_ADD_DOT_0;
        *type = 'r';
        default_precision = 0;
        break;
    case 'n':
        *type = 'g';
        break;
    case '%':
        *type = 'f';
        *pct = true;
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        *type = (char)f->type;
        break;
    default:
        return false;
    }
    *precision = f->precision;
    if (*precision < 0)
        *precision = default_precision;
    else if (*type == 'r')
        *type = 'g';
    return true;
}

static bool format_float_spec(Buf *out, double d, const FormatSpec *f)
{
    VM *vm = out->vm;
    char type;
    int64_t precision;
    int flags;
    bool pct;
    if (!float_mode(f, &type, &precision, &flags, &pct)) return unknown_code(vm, f->type, "float");
    if (precision > INT32_MAX) {
        vm_raise(vm, &exc_ValueError, "precision too big");
        return false;
    }
    if (pct) d *= 100;
    bool plain =
        f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'n' && !f->thousands;
    if (plain) {
        float_format(out, d, type, precision, flags);
        if (pct) buf_append_char(out, '%');
        return true;
    }
    Buf tmp;
    buf_init(&tmp, vm);
    float_format(&tmp, d, type, precision, flags);
    if (pct) buf_append_char(&tmp, '%');
    if (tmp.failed) {
        buf_free(&tmp);
        vm_raise_nomem(vm);
        return false;
    }
    NumParts p;
    number_split(tmp.data, tmp.len, &p);
    bool ok = number_write(out, f, &p, f->type == 'n' ? 0 : (f->thousands ? 3 : 0), f->thousands);
    buf_free(&tmp);
    return ok;
}

/* ---- ints ---------------------------------------------------------------------------------- */

static bool format_int_char(Buf *out, Value v, const FormatSpec *f)
{
    VM *vm = out->vm;
    if (f->sign) {
        vm_raise(vm, &exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        return false;
    }
    if (f->alternate) {
        vm_raise(vm, &exc_ValueError,
                 "Alternate form (#) not allowed with integer format specifier 'c'");
        return false;
    }
    int64_t x;
    if (!int_to_i64(v, &x)) {
        vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C long");
        return false;
    }
    if (x < 0 || x > 0x10ffff) {
        vm_raise(vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
        return false;
    }
    Buf ch;
    buf_init(&ch, vm);
    buf_append_codepoint(&ch, (uint32_t)x);
    NumParts p = {.negative = false,
                  .prefix = "",
                  .digits = "",
                  .n_digits = 0,
                  .rest = ch.data,
                  .rest_len = ch.len,
                  .rest_chars = 1};
    bool ok = number_write(out, f, &p, 0, 0);
    buf_free(&ch);
    return ok;
}

static bool format_int_spec(Buf *out, Value v, const FormatSpec *f, const char *type_name)
{
    VM *vm = out->vm;
    int base;
    switch (f->type) {
    case 'b':
        base = 2;
        break;
    case 'o':
        base = 8;
        break;
    case 'x':
    case 'X':
        base = 16;
        break;
    case 'd':
    case 'n':
        base = 10;
        break;
    case 'c':
        base = 0;
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double d;
        return int_to_double(vm, v, &d) && format_float_spec(out, d, f);
    }
    default:
        return unknown_code(vm, f->type, type_name);
    }
    if (f->precision >= 0) {
        vm_raise(vm, &exc_ValueError, "Precision not allowed in integer format specifier");
        return false;
    }
    if (f->no_neg_0) {
        vm_raise(vm, &exc_ValueError,
                 "Negative zero coercion (z) not allowed in integer format specifier");
        return false;
    }
    if (base == 0) return format_int_char(out, v, f);
    size_t n;
    char *digits = int_digits(vm, v, base, &n);
    if (!digits) return false;
    if (f->type == 'X')
        for (size_t i = 0; i < n; i++)
            if (digits[i] >= 'a') digits[i] = (char)(digits[i] - 'a' + 'A');
    static const char *const prefixes[] = {"0b", "0o", "0x", "0X"};
    const char *prefix = "";
    if (f->alternate && base != 10)
        prefix = prefixes[base == 2 ? 0 : base == 8 ? 1 : f->type == 'x' ? 2 : 3];
    NumParts p = {.negative = int_sign(v) < 0,
                  .prefix = prefix,
                  .digits = digits,
                  .n_digits = n,
                  .rest = "",
                  .rest_len = 0,
                  .rest_chars = 0};
    int group = f->type == 'n' || !f->thousands ? 0 : base == 10 ? 3 : 4;
    bool ok = number_write(out, f, &p, group, f->thousands);
    mem_free(&vm->mem, digits, n + 1);
    return ok;
}

/* ---- complex ------------------------------------------------------------------------------- */

static bool format_complex_spec(Buf *out, double re, double im, const FormatSpec *f)
{
    VM *vm = out->vm;
    if (f->precision > INT32_MAX) {
        vm_raise(vm, &exc_ValueError, "precision too big");
        return false;
    }
    if (f->fill[0] == '0' && f->fill_len == 1) {
        vm_raise(vm, &exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return false;
    }
    if (f->align == '=') {
        vm_raise(vm, &exc_ValueError,
                 "'=' alignment flag is not allowed in complex format specifier");
        return false;
    }
    char type;
    int64_t precision;
    int flags;
    bool pct, skip_re = false, parens = false;
    if (f->type == '%' || !float_mode(f, &type, &precision, &flags, &pct))
        return unknown_code(vm, f->type, "complex");
    if (f->type == 0) {
        flags &= ~FLOAT_FMT_ADD_DOT_0; /* like str(z): "1" not "1.0" */
        if (re == 0.0 && !signbit(re))
            skip_re = true;
        else
            parens = true;
    }
    /* Each part is laid out without padding; the whole is then padded. */
    FormatSpec part = *f;
    part.fill[0] = ' ';
    part.fill_len = 1;
    part.align = '<';
    part.width = -1;
    int group = f->type == 'n' || !f->thousands ? 0 : 3;
    Buf re_text, im_text, body;
    buf_init(&re_text, vm);
    buf_init(&im_text, vm);
    buf_init(&body, vm);
    float_format(&re_text, re, type, precision, flags);
    float_format(&im_text, im, type, precision, flags);
    bool ok = !re_text.failed && !im_text.failed;
    if (ok) {
        NumParts p;
        if (parens) buf_append_char(&body, '(');
        if (!skip_re) {
            number_split(re_text.data, re_text.len, &p);
            ok = number_write(&body, &part, &p, group, f->thousands);
            part.sign = '+';
        }
        number_split(im_text.data, im_text.len, &p);
        ok = ok && number_write(&body, &part, &p, group, f->thousands);
        buf_append_char(&body, 'j');
        if (parens) buf_append_char(&body, ')');
        ok = ok && !body.failed && width_fits(out, f);
        if (ok) append_aligned(out, f, body.data, body.len, body.len);
    } else {
        vm_raise_nomem(vm);
    }
    buf_free(&re_text);
    buf_free(&im_text);
    buf_free(&body);
    return ok;
}

/* ---- str ----------------------------------------------------------------------------------- */

static bool format_str_spec(Buf *out, Value s, const FormatSpec *f)
{
    VM *vm = out->vm;
    const char *bad = NULL;
    if (f->type != 's' && f->type != 0) return unknown_code(vm, f->type, "str");
    if (f->sign)
        bad = "Sign not allowed in string format specifier";
    else if (f->no_neg_0)
        bad = "Negative zero coercion (z) not allowed in string format specifier";
    else if (f->alternate)
        bad = "Alternate form (#) not allowed in string format specifier";
    else if (f->align == '=')
        bad = "'=' alignment not allowed in string format specifier";
    if (bad) {
        vm_raise(vm, &exc_ValueError, "%s", bad);
        return false;
    }
    const char *data = str_data(s);
    size_t len = str_len(s), chars = AS_STR(s)->nchars;
    if (f->precision >= 0 && (size_t)f->precision < chars) {
        len = (AS_STR(s)->hdr.flags & OBJ_ASCII) ? (size_t)f->precision
                                                 : utf8_prefix(data, len, (size_t)f->precision);
        chars = (size_t)f->precision;
    }
    if (!width_fits(out, f)) return false;
    append_aligned(out, f, data, len, chars);
    return true;
}

/* ---- entry points -------------------------------------------------------------------------- */

/* format(v, '') for the builtin types: their str(). */
static bool format_empty(Buf *out, Value v)
{
    if (IS_STR(v)) {
        buf_append_str(out, v);
        return true;
    }
    Value s = ops_str(out->vm, v);
    if (s == VAL_ERR) return false;
    buf_append_str(out, s);
    return true;
}

bool format_append(Buf *out, Value value, const char *spec, size_t len)
{
    VM *vm = out->vm;
    if (len == 0) return format_empty(out, value);
    FormatSpec f;
    if (IS_STR(value)) {
        return spec_parse(vm, spec, len, '<', 's', "str", &f) && format_str_spec(out, value, &f);
    }
    if (int_check(value)) {
        const char *name = vm_type_name(value);
        return spec_parse(vm, spec, len, '>', 'd', name, &f) &&
               format_int_spec(out, value, &f, name);
    }
    if (val_is_float(value)) {
        return spec_parse(vm, spec, len, '>', 0, "float", &f) &&
               format_float_spec(out, val_as_float(value), &f);
    }
    if (complex_check(value)) {
        return spec_parse(vm, spec, len, '>', 0, "complex", &f) &&
               format_complex_spec(out, AS_COMPLEX(value)->real, AS_COMPLEX(value)->imag, &f);
    }
    vm_raise(vm, &exc_TypeError, "unsupported format string passed to %s.__format__",
             vm_type_name(value));
    return false;
}

Value format_value(VM *vm, Value value, Value spec)
{
    size_t len = str_len(spec);
    if (len == 0) {
        if (IS_STR(value) && val_as_obj(value)->type == &type_str) return value;
        if (val_is_float(value)) return float_to_str(vm, val_as_float(value));
        if (val_is_small_int(value)) return int_to_str(vm, value, 10);
        return ops_str(vm, value);
    }
    Buf b;
    buf_init(&b, vm);
    if (!format_append(&b, value, str_data(spec), len)) {
        buf_free(&b);
        return VAL_ERR;
    }
    return buf_finish_str(&b);
}
