/* format_str.c — str.format and str.format_map: replacement fields
 *   { [arg_name] ("." attr | "[" key "]")* ["!" conversion] [":" format_spec] }
 * with automatic or manual numbering, nested fields inside the spec (two levels, as CPython),
 * and "{{" / "}}" escapes. Parsing follows CPython's MarkupIterator, parse_field and
 * field_name_split so that the same malformed strings fail with the same messages.
 * All syntax characters are ASCII, so scanning the UTF-8 bytes is exact.
 */
#include <string.h>

#include "buf.h"
#include "exception.h"
#include "format.h"
#include "int.h"
#include "ops.h"
#include "str.h"

typedef enum AutoState { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL } AutoState;

typedef struct FormatCtx {
    VM *vm;
    const Value *args; /* positional arguments; NULL for format_map */
    int nargs;
    Value kwnames;         /* tuple of str or VAL_UNDEF */
    const Value *kwvalues; /* one value per kwname */
    Value mapping;         /* format_map's mapping, or VAL_UNDEF */
    AutoState auto_state;
    int64_t auto_next;
} FormatCtx;

/* A parsed replacement field (byte ranges into the format string). */
typedef struct Field {
    const char *name;
    size_t name_len;
    uint32_t conversion; /* 0: none */
    const char *spec;
    size_t spec_len;
    bool spec_nested; /* the spec holds '{' and needs expanding first */
} Field;

static bool fail(VM *vm, const TypeObj *type, const char *msg)
{
    vm_raise(vm, type, "%s", msg);
    return false;
}

/* CPython's get_integer: the value of an all-digit string, -1 otherwise. */
static bool field_integer(VM *vm, const char *s, size_t n, int64_t *out)
{
    *out = -1;
    if (n == 0) return true;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return true;
        int d = s[i] - '0';
        if (v > (INT64_MAX - d) / 10)
            return fail(vm, &exc_ValueError, "Too many decimal digits in format string");
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

/* CPython's parse_field: from just after '{' to just after the closing '}'. */
static bool parse_field(VM *vm, const char *s, size_t len, size_t *pos, Field *f)
{
    size_t i = *pos;
    char c = 0;
    *f = (Field){.name = s + i};
    while (i < len) {
        c = s[i++];
        if (c == '{') return fail(vm, &exc_ValueError, "unexpected '{' in field name");
        if (c == '[') {
            while (i < len && s[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    f->name_len = (size_t)(s + i - 1 - f->name);
    if (c != '!' && c != ':') {
        if (c != '}') return fail(vm, &exc_ValueError, "expected '}' before end of string");
        *pos = i;
        return true;
    }
    if (c == '!') {
        if (i >= len)
            return fail(vm, &exc_ValueError,
                        "end of string while looking for conversion specifier");
        unsigned char lead = (unsigned char)s[i];
        size_t n = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
        uint32_t cp = n == 1 ? lead : lead & (0x7f >> n);
        for (size_t k = 1; k < n && i + k < len; k++)
            cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3f);
        f->conversion = cp;
        i += n;
        if (i < len) {
            c = s[i++];
            if (c == '}') {
                *pos = i;
                return true;
            }
            if (c != ':')
                return fail(vm, &exc_ValueError, "expected ':' after conversion specifier");
        }
    }
    f->spec = s + i;
    int depth = 1;
    while (i < len) {
        c = s[i++];
        if (c == '{') {
            f->spec_nested = true;
            depth++;
        } else if (c == '}' && --depth == 0) {
            f->spec_len = (size_t)(s + i - 1 - f->spec);
            *pos = i;
            return true;
        }
    }
    return fail(vm, &exc_ValueError, "unmatched '{' in format spec");
}

static Value lookup_keyword(FormatCtx *c, const char *name, size_t len)
{
    VM *vm = c->vm;
    Value key = str_new(vm, name, len);
    if (key == VAL_ERR) return VAL_ERR;
    if (c->mapping != VAL_UNDEF) return ops_getitem(vm, c->mapping, key);
    if (c->kwnames != VAL_UNDEF) {
        TupleObj *names = AS_TUPLE(c->kwnames);
        for (size_t i = 0; i < names->len; i++)
            if (str_len(names->items[i]) == len &&
                memcmp(str_data(names->items[i]), name, len) == 0)
                return c->kwvalues[i];
    }
    return vm_raise_arg(vm, &exc_KeyError, key);
}

/* field_name_split + the first lookup: the argument the field starts from. */
static Value field_first(FormatCtx *c, const char *name, size_t n, size_t *first_len)
{
    VM *vm = c->vm;
    size_t i = 0;
    while (i < n && name[i] != '.' && name[i] != '[') i++;
    *first_len = i;
    int64_t index;
    if (!field_integer(vm, name, i, &index)) return VAL_ERR;
    bool empty = i == 0, numeric = empty || index >= 0;
    if (numeric) {
        if (c->auto_state == AUTO_INIT) c->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (c->auto_state == AUTO_MANUAL && empty)
            return vm_raise(vm, &exc_ValueError,
                            "cannot switch from manual field specification "
                            "to automatic field numbering");
        if (c->auto_state == AUTO_AUTO && !empty)
            return vm_raise(vm, &exc_ValueError,
                            "cannot switch from automatic field numbering "
                            "to manual field specification");
        if (empty) index = c->auto_next++;
    }
    if (index < 0) return lookup_keyword(c, name, i);
    if (!c->args) return vm_raise(vm, &exc_ValueError, "Format string contains positional fields");
    if (index >= c->nargs)
        return vm_raise(vm, &exc_IndexError,
                        "Replacement index %lld out of range for positional args tuple",
                        (long long)index);
    return c->args[index];
}

/* The ".attr" and "[key]" accessors after the first name (FieldNameIterator). */
static Value field_rest(FormatCtx *c, Value obj, const char *s, size_t n)
{
    VM *vm = c->vm;
    size_t i = 0;
    while (i < n && obj != VAL_ERR) {
        char kind = s[i++];
        size_t start = i;
        if (kind == '.') {
            while (i < n && s[i] != '.' && s[i] != '[') i++;
        } else if (kind == '[') {
            while (i < n && s[i] != ']') i++;
            if (i >= n) return vm_raise(vm, &exc_ValueError, "Missing ']' in format string");
        } else {
            return vm_raise(vm, &exc_ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier");
        }
        size_t klen = i - start;
        if (kind == '[') i++; /* the ']' */
        if (klen == 0) return vm_raise(vm, &exc_ValueError, "Empty attribute in format string");
        int64_t index = -1;
        if (kind == '[' && !field_integer(vm, s + start, klen, &index)) return VAL_ERR;
        Value key = index >= 0 ? int_from_i64(vm, index) : str_new(vm, s + start, klen);
        if (key == VAL_ERR) return VAL_ERR;
        obj = kind == '.' ? ops_getattr(vm, obj, key) : ops_getitem(vm, obj, key);
    }
    return obj;
}

static Value convert_field(VM *vm, Value obj, uint32_t conversion)
{
    switch (conversion) {
    case 0:
        return obj;
    case 'r':
        return ops_repr(vm, obj);
    case 's':
        return ops_str(vm, obj);
    case 'a':
        return ops_ascii(vm, obj);
    }
    if (conversion > 32 && conversion < 127)
        return vm_raise(vm, &exc_ValueError, "Unknown conversion specifier %c", (char)conversion);
    return vm_raise(vm, &exc_ValueError, "Unknown conversion specifier \\x%x", conversion);
}

static bool build_string(FormatCtx *c, Buf *out, const char *s, size_t len, int depth);

static bool output_field(FormatCtx *c, Buf *out, const Field *f, int depth)
{
    size_t first_len;
    Value obj = field_first(c, f->name, f->name_len, &first_len);
    if (obj == VAL_ERR) return false;
    obj = field_rest(c, obj, f->name + first_len, f->name_len - first_len);
    if (obj == VAL_ERR) return false;
    obj = convert_field(c->vm, obj, f->conversion);
    if (obj == VAL_ERR) return false;
    if (!f->spec_nested) return format_append(out, obj, f->spec, f->spec_len);
    Buf spec;
    buf_init(&spec, c->vm);
    bool ok = build_string(c, &spec, f->spec, f->spec_len, depth - 1);
    if (ok && spec.failed) ok = (vm_raise_nomem(c->vm), false);
    ok = ok && format_append(out, obj, spec.data, spec.len);
    buf_free(&spec);
    return ok;
}

/* CPython's MarkupIterator over s[0..len), writing literal text and fields. */
static bool build_string(FormatCtx *c, Buf *out, const char *s, size_t len, int depth)
{
    VM *vm = c->vm;
    if (depth <= 0) return fail(vm, &exc_ValueError, "Max string recursion exceeded");
    size_t pos = 0;
    while (pos < len) {
        size_t start = pos;
        char ch = 0;
        bool markup = false;
        while (pos < len) {
            ch = s[pos++];
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = pos >= len;
        size_t lit = pos - start;
        if (markup && ch == '}' && (at_end || s[pos] != '}'))
            return fail(vm, &exc_ValueError, "Single '}' encountered in format string");
        if (markup && at_end && ch == '{')
            return fail(vm, &exc_ValueError, "Single '{' encountered in format string");
        if (markup) {
            if (s[pos] == ch) {
                pos++; /* "{{" or "}}": one brace of literal text */
                markup = false;
            } else {
                lit--;
            }
        }
        buf_append(out, s + start, lit);
        if (!markup) continue;
        Field f;
        if (!parse_field(vm, s, len, &pos, &f) || !output_field(c, out, &f, depth)) return false;
    }
    return true;
}

Value format_str_method(VM *vm, Value fmt, const Value *args, int nargs, Value kwnames,
                        Value mapping)
{
    FormatCtx c = {.vm = vm,
                   .args = mapping == VAL_UNDEF ? args : NULL,
                   .nargs = nargs,
                   .kwnames = kwnames,
                   .kwvalues = args + nargs,
                   .mapping = mapping,
                   .auto_state = AUTO_INIT,
                   .auto_next = 0};
    Buf b;
    buf_init(&b, vm);
    if (!build_string(&c, &b, str_data(fmt), str_len(fmt), 2)) {
        buf_free(&b);
        return VAL_ERR;
    }
    return buf_finish_str(&b);
}
