/* percent.c — printf-style formatting: str % args, and the same engine for bytes % args.
 *
 * Follows CPython's PyUnicode_Format / _PyBytes_FormatEx: args is a tuple (positional items),
 * or a mapping (for %(name)s; any object with __getitem__ that is not a tuple or str/bytes),
 * or a single value. Each conversion makes a piece of text, which unicode_format_arg_output's
 * rules then pad: sign and '0x' prefix before zero padding, '-' left-justifies.
 *
 * The engine writes into a Buf; in bytes mode %s/%b take bytes-likes, %c takes a byte, %r/%a
 * give ascii(), and lengths count bytes instead of code points.
 */
#include <string.h>

#include "buf.h"
#include "bytes.h"
#include "exception.h"
#include "floatobj.h"
#include "format.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

enum PercentFlags { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Percent {
    VM *vm;
    Buf *out;
    bool bytes_mode;
    const char *fmt;
    size_t len, pos;
    Value args;             /* the current argument source (a tuple, or one value) */
    int64_t argidx, arglen; /* CPython's bookkeeping: arglen -1 for a single value */
    Value dict;             /* the mapping, or VAL_UNDEF */
} Percent;

typedef struct Arg {
    uint32_t ch;
    int flags;
    int64_t width, prec;
    bool sign; /* numeric conversion: sign and zero padding apply */
} Arg;

/* The formatted text of one conversion. */
typedef struct Piece {
    const char *data;
    size_t len, chars;
    Buf own; /* storage when the text was built here */
    bool owned;
} Piece;

static Value next_arg(Percent *p)
{
    if (p->argidx < p->arglen) {
        int64_t i = p->argidx++;
        return p->arglen < 0 ? p->args : AS_TUPLE(p->args)->items[i];
    }
    return vm_raise(p->vm, &exc_TypeError, "not enough arguments for format string");
}

static bool at_end(Percent *p)
{
    return p->pos >= p->len;
}

/* The code point at pos (bytes: the byte), advancing past it. */
static uint32_t read_char(Percent *p)
{
    unsigned char c = (unsigned char)p->fmt[p->pos];
    if (c < 0x80 || p->bytes_mode) {
        p->pos++;
        return c;
    }
    size_t n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    uint32_t cp = c & (0x7f >> n);
    for (size_t i = 1; i < n && p->pos + i < p->len; i++)
        cp = (cp << 6) | ((unsigned char)p->fmt[p->pos + i] & 0x3f);
    p->pos += n;
    return cp;
}

/* Index (in characters) of the character that ends at pos. */
static size_t char_index(Percent *p)
{
    if (p->bytes_mode) return p->pos - 1;
    size_t count = 0;
    for (size_t i = 0; i < p->pos; i++) count += ((unsigned char)p->fmt[i] & 0xc0) != 0x80;
    return count - 1;
}

static bool incomplete(Percent *p)
{
    vm_raise(p->vm, &exc_ValueError, "incomplete format");
    return false;
}

/* %(key): look the key up in the mapping; it becomes the argument source. */
static bool parse_key(Percent *p)
{
    if (p->dict == VAL_UNDEF) {
        vm_raise(p->vm, &exc_TypeError, "format requires a mapping");
        return false;
    }
    size_t start = ++p->pos;
    int depth = 1;
    while (depth > 0 && p->pos < p->len) {
        char c = p->fmt[p->pos++];
        if (c == ')')
            depth--;
        else if (c == '(')
            depth++;
    }
    if (depth > 0) {
        vm_raise(p->vm, &exc_ValueError, "incomplete format key");
        return false;
    }
    size_t keylen = p->pos - start - 1;
    Value key = p->bytes_mode ? bytes_new(p->vm, (const uint8_t *)p->fmt + start, keylen)
                              : str_new(p->vm, p->fmt + start, keylen);
    if (key == VAL_ERR) return false;
    Value v = ops_getitem(p->vm, p->dict, key);
    if (v == VAL_ERR) return false;
    p->args = v;
    p->arglen = -1;
    p->argidx = -2;
    return true;
}

/* '*': the width (a C ssize_t) or precision (a C int) from the next argument. */
static bool star_arg(Percent *p, int64_t *out, bool is_int)
{
    Value v = next_arg(p);
    if (v == VAL_ERR) return false;
    if (!int_check(v)) {
        vm_raise(p->vm, &exc_TypeError, "* wants int");
        return false;
    }
    if (!int_to_i64(v, out) || (is_int && (*out > INT32_MAX || *out < INT32_MIN))) {
        vm_raise(p->vm, &exc_OverflowError, "Python int too large to convert to C %s",
                 is_int ? "int" : "ssize_t");
        return false;
    }
    return true;
}

static bool read_number(Percent *p, Arg *a, int64_t *out, const char *too_big, int64_t limit)
{
    *out = (int64_t)(a->ch - '0');
    while (!at_end(p)) {
        a->ch = read_char(p);
        if (a->ch < '0' || a->ch > '9') return true;
        if (*out > (limit - (int64_t)(a->ch - '0')) / 10) {
            vm_raise(p->vm, &exc_ValueError, "%s", too_big);
            return false;
        }
        *out = *out * 10 + (int64_t)(a->ch - '0');
    }
    return incomplete(p);
}

/* CPython's unicode_format_arg_parse: key, flags, width, precision, length modifier. */
static bool parse_arg(Percent *p, Arg *a)
{
    if (p->fmt[p->pos] == '(' && !parse_key(p)) return false;
    for (;;) {
        if (at_end(p)) return incomplete(p);
        a->ch = read_char(p);
        int flag = a->ch == '-'   ? F_LJUST
                   : a->ch == '+' ? F_SIGN
                   : a->ch == ' ' ? F_BLANK
                   : a->ch == '#' ? F_ALT
                   : a->ch == '0' ? F_ZERO
                                  : 0;
        if (!flag) break;
        a->flags |= flag;
    }
    if (a->ch == '*') {
        if (!star_arg(p, &a->width, false)) return false;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        if (at_end(p)) return incomplete(p);
        a->ch = read_char(p);
    } else if (a->ch >= '0' && a->ch <= '9') {
        if (!read_number(p, a, &a->width, "width too big", INT64_MAX)) return false;
    }
    if (a->ch == '.') {
        a->prec = 0;
        if (at_end(p)) return incomplete(p);
        a->ch = read_char(p);
        if (a->ch == '*') {
            if (!star_arg(p, &a->prec, true)) return false;
            if (a->prec < 0) a->prec = 0;
            if (at_end(p)) return incomplete(p);
            a->ch = read_char(p);
        } else if (a->ch >= '0' && a->ch <= '9') {
            if (!read_number(p, a, &a->prec, "precision too big", INT32_MAX)) return false;
        }
    }
    if (a->ch == 'h' || a->ch == 'l' || a->ch == 'L') {
        if (at_end(p)) return incomplete(p);
        a->ch = read_char(p);
    }
    return true;
}

static void piece_set(Piece *pc, const char *data, size_t len, size_t chars)
{
    pc->data = data;
    pc->len = len;
    pc->chars = chars;
}

/* _PyUnicode_FormatLong: [-][0x]digits with precision zero padding, 'X' upper-cased. */
static bool piece_int(Percent *p, Piece *pc, Value v, const Arg *a)
{
    int base = a->ch == 'o' ? 8 : (a->ch == 'x' || a->ch == 'X') ? 16 : 10;
    if (a->prec > 1000000 && !mem_would_fit(&p->vm->mem, (size_t)a->prec)) {
        vm_raise_nomem(p->vm);
        return false;
    }
    size_t n;
    char *digits = int_digits(p->vm, v, base, &n);
    if (!digits) return false;
    Buf *b = &pc->own;
    buf_init(b, p->vm);
    pc->owned = true;
    if (int_sign(v) < 0) buf_append_char(b, '-');
    if ((a->flags & F_ALT) && base != 10) buf_append_cstr(b, base == 8 ? "0o" : "0x");
    for (int64_t i = (int64_t)n; i < a->prec && !b->failed; i++) buf_append_char(b, '0');
    buf_append(b, digits, n);
    mem_free(&p->vm->mem, digits, n + 1);
    if (a->ch == 'X')
        for (size_t i = 0; i < b->len && !b->failed; i++)
            if (b->data[i] >= 'a' && b->data[i] <= 'x') b->data[i] = (char)(b->data[i] - 'a' + 'A');
    piece_set(pc, b->data, b->len, b->len);
    return true;
}

/* mainformatlong: ints as they are; floats (not for o/x/X) truncated; others rejected. */
static bool conv_int(Percent *p, Piece *pc, Value v, const Arg *a)
{
    bool index_only = a->ch == 'o' || a->ch == 'x' || a->ch == 'X';
    if (val_is_float(v) && !index_only) {
        v = int_from_double(p->vm, val_as_float(v));
        if (v == VAL_ERR) return false;
    } else if (!int_check(v)) {
        vm_raise(p->vm, &exc_TypeError, "%%%c format: %s is required, not %s", (char)a->ch,
                 index_only ? "an integer" : "a real number", vm_type_name(v));
        return false;
    }
    return piece_int(p, pc, v, a);
}

static bool conv_float(Percent *p, Piece *pc, Value v, const Arg *a)
{
    double d;
    if (!float_coerce(p->vm, v, &d)) return false;
    Buf *b = &pc->own;
    buf_init(b, p->vm);
    pc->owned = true;
    float_format(b, d, (char)a->ch, a->prec < 0 ? 6 : a->prec,
                 (a->flags & F_ALT) ? FLOAT_FMT_ALT : 0);
    piece_set(pc, b->data, b->len, b->len);
    return true;
}

static bool conv_char(Percent *p, Piece *pc, Value v)
{
    Buf *b = &pc->own;
    buf_init(b, p->vm);
    pc->owned = true;
    int64_t x;
    if (p->bytes_mode) {
        if ((IS_BYTES(v) && AS_BYTES(v)->len == 1) ||
            (IS_BYTEARRAY(v) && AS_BYTEARRAY(v)->len == 1)) {
            x = IS_BYTES(v) ? AS_BYTES(v)->data[0] : AS_BYTEARRAY(v)->data[0];
        } else if (!int_check(v)) {
            vm_raise(p->vm, &exc_TypeError,
                     "%%c requires an integer in range(256) or a single byte");
            return false;
        } else if (!int_to_i64(v, &x) || x < 0 || x > 255) {
            vm_raise(p->vm, &exc_OverflowError, "%%c arg not in range(256)");
            return false;
        }
        buf_append_char(b, (char)x);
        piece_set(pc, b->data, b->len, 1);
        return true;
    }
    if (IS_STR(v)) {
        if (AS_STR(v)->nchars != 1) goto wrong;
        buf_append_str(b, v);
    } else if (int_check(v)) {
        if (!int_to_i64(v, &x) || x < 0 || x > 0x10ffff) {
            vm_raise(p->vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        buf_append_codepoint(b, (uint32_t)x);
    } else {
        goto wrong;
    }
    piece_set(pc, b->data, b->len, 1);
    return true;
wrong:
    vm_raise(p->vm, &exc_TypeError, "%%c requires int or char");
    return false;
}

/* %s %r %a (and %b in bytes mode). */
static bool conv_text(Percent *p, Piece *pc, Value v, uint32_t ch)
{
    VM *vm = p->vm;
    if (p->bytes_mode && (ch == 's' || ch == 'b')) {
        if (IS_BYTES(v)) {
            piece_set(pc, (const char *)AS_BYTES(v)->data, AS_BYTES(v)->len, AS_BYTES(v)->len);
        } else if (IS_BYTEARRAY(v)) {
            piece_set(pc, (const char *)AS_BYTEARRAY(v)->data, AS_BYTEARRAY(v)->len,
                      AS_BYTEARRAY(v)->len);
        } else {
            vm_raise(vm, &exc_TypeError,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, "
                     "not '%s'",
                     vm_type_name(v));
            return false;
        }
        return true;
    }
    Value s;
    if (ch == 's')
        s = ops_str(vm, v);
    else if (ch == 'r' && !p->bytes_mode)
        s = ops_repr(vm, v);
    else
        s = ops_ascii(vm, v);
    if (s == VAL_ERR) return false;
    piece_set(pc, str_data(s), str_len(s), p->bytes_mode ? str_len(s) : AS_STR(s)->nchars);
    return true;
}

static void append_repeat(Buf *out, char c, int64_t n)
{
    for (int64_t i = 0; i < n && !out->failed; i++) buf_append_char(out, c);
}

/* CPython's unicode_format_arg_output: truncate, sign, prefix, padding. */
static bool output_piece(Percent *p, Arg *a, Piece *pc)
{
    Buf *out = p->out;
    const char *data = pc->data;
    size_t len = pc->chars, bytes = pc->len;
    bool text_conv = a->ch == 's' || a->ch == 'r' || a->ch == 'a' || a->ch == 'b';
    if (text_conv && a->prec >= 0 && len > (size_t)a->prec) {
        len = (size_t)a->prec;
        if (!p->bytes_mode && pc->chars != pc->len) {
            size_t i = 0;
            for (size_t c = 0; c < len; c++) {
                i++;
                while (i < bytes && ((unsigned char)data[i] & 0xc0) == 0x80) i++;
            }
            bytes = i;
        } else {
            bytes = len;
        }
    }
    if (a->width > 1000000 &&
        ((size_t)a->width > FORMAT_MAX_OUTPUT || !mem_would_fit(&p->vm->mem, (size_t)a->width))) {
        vm_raise_nomem(p->vm);
        return false;
    }
    char fill = (a->sign && (a->flags & F_ZERO)) ? '0' : ' ';
    char signchar = 0;
    if (a->sign) {
        if (len > 0 && (data[0] == '-' || data[0] == '+')) {
            signchar = data[0];
            data++, len--, bytes--;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        }
    }
    int64_t width = a->width < (int64_t)len ? (int64_t)len : a->width;
    if (signchar) {
        if (fill != ' ') buf_append_char(out, signchar);
        if (width > (int64_t)len) width--;
    }
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (prefix) {
        if (fill != ' ') buf_append(out, data, 2), data += 2, bytes -= 2;
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > (int64_t)len && !(a->flags & F_LJUST)) {
        append_repeat(out, fill, width - (int64_t)len);
        width = (int64_t)len;
    }
    if (fill == ' ') {
        if (signchar) buf_append_char(out, signchar);
        if (prefix) buf_append(out, data, 2), data += 2, bytes -= 2;
    }
    buf_append(out, data, bytes);
    if (width > (int64_t)len) append_repeat(out, ' ', width - (int64_t)len);
    return true;
}

static bool format_one(Percent *p)
{
    if (p->fmt[p->pos] == '%') {
        p->pos++;
        buf_append_char(p->out, '%');
        return true;
    }
    Arg a = {.ch = 0, .flags = 0, .width = -1, .prec = -1, .sign = false};
    if (!parse_arg(p, &a)) return false;
    Value v = next_arg(p);
    if (v == VAL_ERR) return false;
    Piece pc = {.owned = false};
    bool ok;
    switch (a.ch) {
    case 's':
    case 'r':
    case 'a':
        ok = conv_text(p, &pc, v, a.ch);
        break;
    case 'b':
        if (!p->bytes_mode) goto unsupported;
        ok = conv_text(p, &pc, v, a.ch);
        break;
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        a.sign = true;
        ok = conv_int(p, &pc, v, &a);
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        a.sign = true;
        ok = conv_float(p, &pc, v, &a);
        break;
    case 'c':
        ok = conv_char(p, &pc, v);
        break;
    default:
        goto unsupported;
    }
    ok = ok && output_piece(p, &a, &pc);
    if (pc.owned) {
        if (pc.own.failed) ok = ok && (vm_raise_nomem(p->vm), false);
        buf_free(&pc.own);
    }
    if (ok && p->dict != VAL_UNDEF && p->argidx < p->arglen) {
        vm_raise(p->vm, &exc_TypeError, "not all arguments converted during string formatting");
        return false;
    }
    return ok;
unsupported:
    vm_raise(p->vm, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
             (a.ch >= 31 && a.ch <= 126) ? (char)a.ch : '?', (unsigned)a.ch, char_index(p));
    return false;
}

/* Does `v` act as a mapping for %(name)s? (CPython: has mp_subscript, not a tuple/str/bytes) */
static bool percent_mapping(Value v, bool bytes_mode)
{
    if (IS_TUPLE(v) || IS_STR(v)) return false;
    if (bytes_mode && (IS_BYTES(v) || IS_BYTEARRAY(v))) return false;
    const TypeObj *t = vm_type_of(v);
    return t->getitem != NULL;
}

static bool percent_run(VM *vm, Buf *out, const char *fmt, size_t len, Value args, bool bytes_mode)
{
    Percent p = {.vm = vm,
                 .out = out,
                 .bytes_mode = bytes_mode,
                 .fmt = fmt,
                 .len = len,
                 .pos = 0,
                 .args = args,
                 .dict = VAL_UNDEF};
    if (IS_TUPLE(args)) {
        p.arglen = (int64_t)AS_TUPLE(args)->len;
        p.argidx = 0;
    } else {
        p.arglen = -1;
        p.argidx = -2;
    }
    if (percent_mapping(args, bytes_mode)) p.dict = args;
    while (p.pos < len) {
        const char *pct = memchr(fmt + p.pos, '%', len - p.pos);
        size_t stop = pct ? (size_t)(pct - fmt) : len;
        buf_append(out, fmt + p.pos, stop - p.pos);
        p.pos = stop;
        if (!pct) break;
        p.pos++;
        if (p.pos >= len) return incomplete(&p);
        if (!format_one(&p)) return false;
    }
    if (p.argidx < p.arglen && p.dict == VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "not all arguments converted during %s formatting",
                 bytes_mode ? "bytes" : "string");
        return false;
    }
    return true;
}

Value format_percent(VM *vm, Value fmt, Value args)
{
    Buf b;
    buf_init(&b, vm);
    if (!percent_run(vm, &b, str_data(fmt), str_len(fmt), args, false)) {
        buf_free(&b);
        return VAL_ERR;
    }
    return buf_finish_str(&b);
}

Value format_percent_bytes(VM *vm, const uint8_t *fmt, size_t len, Value args)
{
    Buf b;
    buf_init(&b, vm);
    if (!percent_run(vm, &b, (const char *)fmt, len, args, true)) {
        buf_free(&b);
        return VAL_ERR;
    }
    return buf_finish_bytes(&b);
}
