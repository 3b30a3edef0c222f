/* exception.c — BaseException, the built-in hierarchy of exceptions.def, exception objects.
 *
 * Every exception is an ExceptionObj (object.h). The attributes CPython keeps in C fields of
 * particular exception types (NameError.name, SyntaxError.lineno, OSError.errno...) live in the
 * exception's attribute dict under their own names: the member getters read them from there
 * (None when absent), so `e.name`, `e.name = x` and the generic dict lookup of attr.c agree.
 * StopIteration.value and SystemExit.code use the dedicated `value` field.
 *
 * Construction follows CPython's two steps: "new" allocates and stores the positional args,
 * "init" checks keywords and fills the per-type attributes. The per-type init is chosen by the
 * nearest ancestor with special behaviour (exc_spec), so subclasses inherit it.
 */
#include "exception.h"

#include <errno.h>
#include <string.h>

#include "buf.h"
#include "bytes.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

typedef bool (*ExcInitFn)(VM *vm, Value self, const Value *args, int nargs, Value kwnames);

static size_t kw_count(Value kwnames)
{
    return kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
}

/* ---- attributes kept in the exception's dict ---------------------------------------------- */

/* The value stored under `name`, or VAL_UNDEF when absent. Never fails. */
static Value dict_attr(VM *vm, Value self, const char *name)
{
    Value dict = AS_EXCEPTION(self)->dict;
    if (dict == VAL_UNDEF) return VAL_UNDEF;
    size_t pos = 0;
    Value key, value;
    size_t len = strlen(name);
    while (dict_next(dict, &pos, &key, &value))
        if (IS_STR(key) && str_len(key) == len && memcmp(str_data(key), name, len) == 0)
            return value;
    return VAL_UNDEF;
}

/* Store `value` under `name`; VAL_UNDEF deletes (a later read gives None, as CPython). */
static bool dict_attr_set(VM *vm, Value self, const char *name, Value value)
{
    ExceptionObj *e = AS_EXCEPTION(self);
    Value key = str_intern_cstr(vm, name);
    if (key == VAL_ERR) return false;
    if (value == VAL_UNDEF) {
        if (e->dict != VAL_UNDEF && dict_del(vm, e->dict, key) < 0) return false;
        return true;
    }
    if (e->dict == VAL_UNDEF) {
        Value d = dict_new(vm);
        if (d == VAL_ERR) return false;
        e->dict = d;
    }
    return dict_set(vm, e->dict, key, value);
}

static Value dict_attr_or_none(VM *vm, Value self, const char *name)
{
    Value v = dict_attr(vm, self, name);
    return v == VAL_UNDEF ? VAL_NONE : v;
}

/* Getter and setter of a member kept in the dict. */
#define EXC_DICT_MEMBER(attr)                                                                      \
    static Value get_##attr(VM *vm, Value self)                                                    \
    {                                                                                              \
        return dict_attr_or_none(vm, self, #attr);                                                 \
    }                                                                                              \
    static bool set_##attr(VM *vm, Value self, Value v)                                            \
    {                                                                                              \
        return dict_attr_set(vm, self, #attr, v);                                                  \
    }

EXC_DICT_MEMBER(name)
EXC_DICT_MEMBER(obj)
EXC_DICT_MEMBER(msg)
EXC_DICT_MEMBER(path)
EXC_DICT_MEMBER(filename)
EXC_DICT_MEMBER(lineno)
EXC_DICT_MEMBER(offset)
EXC_DICT_MEMBER(text)
EXC_DICT_MEMBER(end_lineno)
EXC_DICT_MEMBER(end_offset)
EXC_DICT_MEMBER(print_file_and_line)
EXC_DICT_MEMBER(strerror)
EXC_DICT_MEMBER(filename2)
EXC_DICT_MEMBER(encoding)
EXC_DICT_MEMBER(object)
EXC_DICT_MEMBER(start)
EXC_DICT_MEMBER(end)
EXC_DICT_MEMBER(reason)
#undef EXC_DICT_MEMBER

/* errno is a C macro, so its accessors are spelled out. */
static Value get_errno(VM *vm, Value self)
{
    return dict_attr_or_none(vm, self, "errno");
}
static bool set_errno(VM *vm, Value self, Value v)
{
    return dict_attr_set(vm, self, "errno", v);
}

/* ---- keyword arguments ------------------------------------------------------------------- */

/* Bind keyword-only arguments `names` (CPython's "|$O" formats); unknown names raise
 * "'x' is an invalid keyword argument for NameError()". Given ones go to the dict. */
static bool exc_bind_keywords(VM *vm, Value self, const Value *args, int nargs, Value kwnames,
                              const char *const *names, int nnames)
{
    size_t nkw = kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Value key = AS_TUPLE(kwnames)->items[k];
        int found = -1;
        for (int i = 0; i < nnames; i++)
            if (str_eq_cstr(key, names[i])) found = i;
        if (found < 0) {
            vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     str_data(key), vm_type_name(self));
            return false;
        }
        if (!dict_attr_set(vm, self, names[found], args[nargs + (int)k])) return false;
    }
    return true;
}

static bool exc_no_keywords(VM *vm, Value self, Value kwnames)
{
    return args_no_kw(vm, vm_type_name(self), kwnames);
}

/* ---- per-type initialisation ------------------------------------------------------------ */

static bool base_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    return exc_no_keywords(vm, self, kwnames);
}

static bool stop_iteration_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    if (!exc_no_keywords(vm, self, kwnames)) return false;
    AS_EXCEPTION(self)->value = nargs > 0 ? args[0] : VAL_NONE;
    return true;
}

static bool system_exit_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    if (!exc_no_keywords(vm, self, kwnames)) return false;
    ExceptionObj *e = AS_EXCEPTION(self);
    e->value = nargs == 0 ? VAL_NONE : nargs == 1 ? args[0] : e->args;
    return true;
}

static bool name_error_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name"};
    return exc_bind_keywords(vm, self, args, nargs, kwnames, names, 1);
}

static bool attribute_error_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name", "obj"};
    return exc_bind_keywords(vm, self, args, nargs, kwnames, names, 2);
}

static bool import_error_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name", "path"};
    if (!exc_bind_keywords(vm, self, args, nargs, kwnames, names, 2)) return false;
    return nargs != 1 || dict_attr_set(vm, self, "msg", args[0]);
}

/* The items of a list or tuple (SyntaxError details, args assignment). */
static bool sequence_items(VM *vm, Value seq, const Value **items, size_t *n)
{
    if (IS_TUPLE(seq)) {
        *items = AS_TUPLE(seq)->items;
        *n = AS_TUPLE(seq)->len;
        return true;
    }
    if (IS_LIST(seq)) {
        *items = AS_LIST(seq)->items;
        *n = AS_LIST(seq)->len;
        return true;
    }
    vm_raise(vm, &exc_TypeError, "'%s' object is not iterable", vm_type_name(seq));
    return false;
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
static bool syntax_error_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    static const char *const fields[] = {"filename", "lineno",     "offset",
                                         "text",     "end_lineno", "end_offset"};
    if (!exc_no_keywords(vm, self, kwnames)) return false;
    if (nargs >= 1 && !dict_attr_set(vm, self, "msg", args[0])) return false;
    if (nargs != 2) return true;
    const Value *items;
    size_t n;
    if (!sequence_items(vm, args[1], &items, &n)) return false;
    if (n < 4) {
        vm_raise(vm, &exc_TypeError, "function takes at least 4 arguments (%zu given)", n);
        return false;
    }
    if (n > 6) {
        vm_raise(vm, &exc_TypeError, "function takes at most 6 arguments (%zu given)", n);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        if (!dict_attr_set(vm, self, fields[i], items[i])) return false;
    if (n == 5) {
        vm_raise(vm, &exc_TypeError, "end_offset must be provided when end_lineno is provided");
        return false;
    }
    return true;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]). */
static bool os_error_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    if (!exc_no_keywords(vm, self, kwnames)) return false;
    if (nargs < 2 || nargs > 5) return true;
    if (!dict_attr_set(vm, self, "errno", args[0]) || !dict_attr_set(vm, self, "strerror", args[1]))
        return false;
    if (nargs >= 3 && args[2] != VAL_NONE) {
        if (!dict_attr_set(vm, self, "filename", args[2])) return false;
        if (nargs == 5 && args[4] != VAL_NONE && !dict_attr_set(vm, self, "filename2", args[4]))
            return false;
        /* With a filename, args keeps only (errno, strerror), as CPython. */
        Value two = tuple_from_array(vm, args, 2);
        if (two == VAL_ERR) return false;
        AS_EXCEPTION(self)->args = two;
    }
    return true;
}

/* Check one argument of the unicode errors' signatures: 'U' a str, 'y' bytes-like, 'n' an
 * index. */
static bool unicode_arg(VM *vm, Value v, int pos, char kind)
{
    if (kind == 'n') {
        int64_t ignored;
        return ops_index(vm, v, &ignored);
    }
    if (kind == 'y' && !IS_BYTES(v) && !IS_BYTEARRAY(v)) {
        vm_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", vm_type_name(v));
        return false;
    }
    if (kind == 'U' && !IS_STR(v)) {
        vm_raise(vm, &exc_TypeError, "argument %d must be str, not %s", pos, vm_type_name(v));
        return false;
    }
    return true;
}

/* Shared by the three unicode errors: `format` gives the kind of each positional argument and
 * `names` the attribute it becomes. */
static bool unicode_error_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames,
                               const char *format, const char *const *names)
{
    if (!exc_no_keywords(vm, self, kwnames)) return false;
    int want = (int)strlen(format);
    if (nargs != want) {
        vm_raise(vm, &exc_TypeError, "function takes exactly %d arguments (%d given)", want, nargs);
        return false;
    }
    for (int i = 0; i < nargs; i++)
        if (!unicode_arg(vm, args[i], i + 1, format[i])) return false;
    for (int i = 0; i < nargs; i++)
        if (!dict_attr_set(vm, self, names[i], args[i])) return false;
    return true;
}

static bool unicode_decode_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    return unicode_error_init(vm, self, args, nargs, kwnames, "UynnU", names);
}

static bool unicode_encode_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    return unicode_error_init(vm, self, args, nargs, kwnames, "UUnnU", names);
}

static bool unicode_translate_init(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"object", "start", "end", "reason"};
    return unicode_error_init(vm, self, args, nargs, kwnames, "UnnU", names);
}

/* The initialiser of the nearest ancestor with one. */
static ExcInitFn exc_init_for(const TypeObj *type)
{
    for (const TypeObj *t = type; t; t = t->base) {
        if (t == &exc_StopIteration) return stop_iteration_init;
        if (t == &exc_SystemExit) return system_exit_init;
        if (t == &exc_NameError) return name_error_init;
        if (t == &exc_AttributeError) return attribute_error_init;
        if (t == &exc_ImportError) return import_error_init;
        if (t == &exc_SyntaxError) return syntax_error_init;
        if (t == &exc_OSError) return os_error_init;
        if (t == &exc_UnicodeDecodeError) return unicode_decode_init;
        if (t == &exc_UnicodeEncodeError) return unicode_encode_init;
        if (t == &exc_UnicodeTranslateError) return unicode_translate_init;
        if (t == &exc_BaseException) return base_init;
    }
    return base_init;
}

/* ---- creation ---------------------------------------------------------------------------- */

/* OSError(errno, ...) is created as the subclass matching errno, as CPython's errnomap. */
static const TypeObj *os_error_subtype(const TypeObj *type, const Value *args, int nargs)
{
    if (type != &exc_OSError || nargs < 2 || !val_is_small_int(args[0])) return type;
    switch (val_as_small_int(args[0])) {
    case ENOENT:
        return &exc_FileNotFoundError;
    case EPERM:
    case EACCES:
        return &exc_PermissionError;
    case ETIMEDOUT:
        return &exc_TimeoutError;
    default:
        return type;
    }
}

/* BaseException.__new__: allocate with `args` (a tuple) and no attributes. */
static Value exc_alloc(VM *vm, const TypeObj *type, Value args)
{
    ExceptionObj *e = gc_new(vm, sizeof(ExceptionObj), OBJ_EXCEPTION, type);
    if (!e) return VAL_ERR;
    e->args = args;
    e->cause = VAL_NONE;
    e->context = VAL_NONE;
    e->traceback = VAL_NONE;
    e->dict = VAL_UNDEF;
    e->value = VAL_UNDEF;
    e->suppress_context = false;
    return val_from_obj(e);
}

Value exc_new(VM *vm, const TypeObj *type, Value args)
{
    if (args == VAL_UNDEF) args = tuple_empty();
    const Value *items = AS_TUPLE(args)->items;
    int n = (int)AS_TUPLE(args)->len;
    type = os_error_subtype(type, items, n);
    Value self = exc_alloc(vm, type, args);
    if (self == VAL_ERR) return VAL_ERR;
    if (!exc_init_for(type)(vm, self, items, n, VAL_UNDEF)) return VAL_ERR;
    return self;
}

static Value exc_construct(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    type = os_error_subtype(type, args, nargs);
    Value tuple = tuple_from_array(vm, args, (size_t)nargs);
    if (tuple == VAL_ERR) return VAL_ERR;
    Value self = exc_alloc(vm, type, tuple);
    if (self == VAL_ERR) return VAL_ERR;
    /* A class statement's subclass gets its __init__ called by the VM afterwards. */
    if (type->tflags & TYPE_HEAP) return self;
    if (!exc_init_for(type)(vm, self, args, nargs, kwnames)) return VAL_ERR;
    return self;
}

bool exc_add_traceback(VM *vm, Value exc, CodeObj *code, uint32_t ip)
{
    TracebackObj *tb = gc_new(vm, sizeof(TracebackObj), OBJ_TRACEBACK, &type_traceback);
    if (!tb) return false;
    ExceptionObj *e = AS_EXCEPTION(exc);
    tb->next = e->traceback;
    tb->code = code;
    tb->ip = ip;
    e->traceback = val_from_obj(tb);
    return true;
}

/* ---- str and repr ------------------------------------------------------------------------ */

/* BaseException.__str__: '' / str(the one arg) / str(args). */
static Value base_str(VM *vm, Value self)
{
    TupleObj *args = AS_TUPLE(AS_EXCEPTION(self)->args);
    if (args->len == 0) return str_from_cstr(vm, "");
    if (args->len == 1) return ops_str(vm, args->items[0]);
    return ops_str(vm, AS_EXCEPTION(self)->args);
}

/* KeyError shows the key's repr, so KeyError('') is not an empty message. */
static Value key_error_str(VM *vm, Value self)
{
    TupleObj *args = AS_TUPLE(AS_EXCEPTION(self)->args);
    if (args->len == 1) return ops_repr(vm, args->items[0]);
    return base_str(vm, self);
}

static Value import_error_str(VM *vm, Value self)
{
    Value msg = dict_attr(vm, self, "msg");
    if (IS_STR(msg) && vm_type_of(msg) == &type_str) return msg;
    return base_str(vm, self);
}

/* "msg (file.py, line 3)": the file's base name, as CPython's my_basename. */
static Value syntax_error_str(VM *vm, Value self)
{
    Value msg = dict_attr_or_none(vm, self, "msg");
    Value filename = dict_attr(vm, self, "filename");
    Value lineno = dict_attr(vm, self, "lineno");
    bool have_file = IS_STR(filename);
    bool have_line = val_is_int(lineno);
    Value msg_str = ops_str(vm, msg);
    if (msg_str == VAL_ERR || (!have_file && !have_line)) return msg_str;
    Buf b;
    buf_init(&b, vm);
    buf_append_str(&b, msg_str);
    buf_append_cstr(&b, " (");
    if (have_file) {
        const char *name = str_data(filename);
        const char *slash = strrchr(name, '/');
        buf_append_cstr(&b, slash ? slash + 1 : name);
    }
    if (have_file && have_line) buf_append_cstr(&b, ", ");
    if (have_line) {
        int64_t line;
        buf_printf(&b, "line %lld", int_to_i64(lineno, &line) ? (long long)line : -1LL);
    }
    buf_append_char(&b, ')');
    return buf_finish_str(&b);
}

/* Append str(v) or repr(v) of a Value to `b`; false on error (b is freed). */
static bool buf_append_value(Buf *b, Value v, bool use_repr)
{
    Value s = use_repr ? ops_repr(b->vm, v) : ops_str(b->vm, v);
    if (s == VAL_ERR) {
        buf_free(b);
        return false;
    }
    buf_append_str(b, s);
    return true;
}

static Value os_error_str(VM *vm, Value self)
{
    Value filename = dict_attr(vm, self, "filename");
    Value err = dict_attr(vm, self, "errno");
    Value strerror = dict_attr(vm, self, "strerror");
    if (filename == VAL_UNDEF && (err == VAL_UNDEF || strerror == VAL_UNDEF))
        return base_str(vm, self);
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, "[Errno ");
    if (!buf_append_value(&b, err == VAL_UNDEF ? VAL_NONE : err, false)) return VAL_ERR;
    buf_append_cstr(&b, "] ");
    if (!buf_append_value(&b, strerror == VAL_UNDEF ? VAL_NONE : strerror, false)) return VAL_ERR;
    if (filename != VAL_UNDEF) {
        buf_append_cstr(&b, ": ");
        if (!buf_append_value(&b, filename, true)) return VAL_ERR;
        Value filename2 = dict_attr(vm, self, "filename2");
        if (filename2 != VAL_UNDEF) {
            buf_append_cstr(&b, " -> ");
            if (!buf_append_value(&b, filename2, true)) return VAL_ERR;
        }
    }
    return buf_finish_str(&b);
}

/* The fields shared by the unicode errors' messages; false when not initialised. */
typedef struct UnicodeErrorParts {
    Value encoding, object, reason;
    int64_t start, end;
} UnicodeErrorParts;

static bool unicode_error_parts(VM *vm, Value self, UnicodeErrorParts *p)
{
    p->object = dict_attr(vm, self, "object");
    if (p->object == VAL_UNDEF) return false;
    p->encoding = dict_attr_or_none(vm, self, "encoding");
    p->reason = dict_attr_or_none(vm, self, "reason");
    if (!int_to_i64(dict_attr_or_none(vm, self, "start"), &p->start)) p->start = 0;
    if (!int_to_i64(dict_attr_or_none(vm, self, "end"), &p->end)) p->end = 0;
    return true;
}

static Value unicode_decode_str(VM *vm, Value self)
{
    UnicodeErrorParts p;
    if (!unicode_error_parts(vm, self, &p)) return str_from_cstr(vm, "");
    Buf b;
    buf_init(&b, vm);
    buf_append_char(&b, '\'');
    if (!buf_append_value(&b, p.encoding, false)) return VAL_ERR;
    const uint8_t *data =
        IS_BYTES(p.object) ? AS_BYTES(p.object)->data : AS_BYTEARRAY(p.object)->data;
    int64_t len = IS_BYTES(p.object) ? (int64_t)AS_BYTES(p.object)->len
                                     : (int64_t)AS_BYTEARRAY(p.object)->len;
    if (p.start >= 0 && p.start < len && p.end >= 0 && p.end <= len && p.end == p.start + 1)
        buf_printf(&b, "' codec can't decode byte 0x%02x in position %lld: ", data[p.start],
                   (long long)p.start);
    else
        buf_printf(&b, "' codec can't decode bytes in position %lld-%lld: ", (long long)p.start,
                   (long long)(p.end - 1));
    if (!buf_append_value(&b, p.reason, false)) return VAL_ERR;
    return buf_finish_str(&b);
}

/* The code point at character index `index` of a str (index in range). */
static uint32_t str_codepoint_at(Value s, int64_t index)
{
    const unsigned char *p = (const unsigned char *)str_data(s);
    for (int64_t i = 0; i < index; i++) {
        p++;
        while ((*p & 0xc0) == 0x80) p++;
    }
    int n = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
    uint32_t cp = n == 1 ? *p : (uint32_t)(*p & (0xff >> (n + 1)));
    for (int i = 1; i < n; i++) cp = (cp << 6) | (p[i] & 0x3f);
    return cp;
}

/* "'ascii' codec can't encode character '\xe9' in position 0: reason" and the translate form
 * (no codec part). */
static Value unicode_char_error_str(VM *vm, Value self, bool encode)
{
    UnicodeErrorParts p;
    if (!unicode_error_parts(vm, self, &p)) return str_from_cstr(vm, "");
    Buf b;
    buf_init(&b, vm);
    if (encode) {
        buf_append_char(&b, '\'');
        if (!buf_append_value(&b, p.encoding, false)) return VAL_ERR;
        buf_append_cstr(&b, "' codec ");
    }
    buf_append_cstr(&b, encode ? "can't encode " : "can't translate ");
    int64_t len = IS_STR(p.object) ? (int64_t)AS_STR(p.object)->nchars : 0;
    if (p.start >= 0 && p.start < len && p.end >= 0 && p.end <= len && p.end == p.start + 1) {
        uint32_t cp = str_codepoint_at(p.object, p.start);
        const char *fmt = cp <= 0xff     ? "character '\\x%02x' in position %lld: "
                          : cp <= 0xffff ? "character '\\u%04x' in position %lld: "
                                         : "character '\\U%08x' in position %lld: ";
        buf_printf(&b, fmt, cp, (long long)p.start);
    } else {
        buf_printf(&b, "characters in position %lld-%lld: ", (long long)p.start,
                   (long long)(p.end - 1));
    }
    if (!buf_append_value(&b, p.reason, false)) return VAL_ERR;
    return buf_finish_str(&b);
}

static Value unicode_encode_str(VM *vm, Value self)
{
    return unicode_char_error_str(vm, self, true);
}

static Value unicode_translate_str(VM *vm, Value self)
{
    return unicode_char_error_str(vm, self, false);
}

/* ValueError('x'), ValueError(), ValueError(1, 2): the class name, then the args. */
static Value exc_repr(VM *vm, Value self)
{
    TupleObj *args = AS_TUPLE(AS_EXCEPTION(self)->args);
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, vm_type_name(self));
    if (args->len == 1) {
        buf_append_char(&b, '(');
        if (!buf_append_value(&b, args->items[0], true)) return VAL_ERR;
        buf_append_char(&b, ')');
    } else if (!buf_append_value(&b, AS_EXCEPTION(self)->args, true)) {
        return VAL_ERR;
    }
    return buf_finish_str(&b);
}

Value exc_str(VM *vm, Value exc)
{
    for (const TypeObj *t = vm_type_of(exc); t; t = t->base)
        if (t->str) return t->str(vm, exc);
    return base_str(vm, exc);
}

/* ---- members ----------------------------------------------------------------------------- */

static Value get_args(VM *vm, Value self)
{
    return AS_EXCEPTION(self)->args;
}

/* e.args = iterable: stored as a tuple. */
static bool set_args(VM *vm, Value self, Value v)
{
    if (v == VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "args may not be deleted");
        return false;
    }
    if (!IS_TUPLE(v)) {
        const Value *items;
        size_t n;
        if (!sequence_items(vm, v, &items, &n)) return false;
        v = tuple_from_array(vm, items, n);
        if (v == VAL_ERR) return false;
    }
    AS_EXCEPTION(self)->args = v;
    return true;
}

static Value get_cause(VM *vm, Value self)
{
    return AS_EXCEPTION(self)->cause;
}
static Value get_context(VM *vm, Value self)
{
    return AS_EXCEPTION(self)->context;
}
static Value get_traceback(VM *vm, Value self)
{
    return AS_EXCEPTION(self)->traceback;
}
static Value get_suppress_context(VM *vm, Value self)
{
    return val_from_bool(AS_EXCEPTION(self)->suppress_context);
}

/* __cause__ and __context__ hold an exception or None and may not be deleted. */
static bool check_chained(VM *vm, Value v, const char *attr, const char *what)
{
    if (v == VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "%s may not be deleted", attr);
        return false;
    }
    if (v == VAL_NONE || IS_EXCEPTION(v)) return true;
    vm_raise(vm, &exc_TypeError, "exception %s must be None or derive from BaseException", what);
    return false;
}

/* Setting __cause__ also sets __suppress_context__, as `raise ... from` does. */
static bool set_cause(VM *vm, Value self, Value v)
{
    if (!check_chained(vm, v, "__cause__", "cause")) return false;
    AS_EXCEPTION(self)->cause = v;
    AS_EXCEPTION(self)->suppress_context = true;
    return true;
}

static bool set_context(VM *vm, Value self, Value v)
{
    if (!check_chained(vm, v, "__context__", "context")) return false;
    AS_EXCEPTION(self)->context = v;
    return true;
}

static bool set_traceback(VM *vm, Value self, Value v)
{
    if (v == VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "__traceback__ may not be deleted");
        return false;
    }
    if (v != VAL_NONE && !val_is_kind(v, OBJ_TRACEBACK)) {
        vm_raise(vm, &exc_TypeError, "__traceback__ must be a traceback or None");
        return false;
    }
    AS_EXCEPTION(self)->traceback = v;
    return true;
}

static bool set_suppress_context(VM *vm, Value self, Value v)
{
    if (!val_is_bool(v)) {
        vm_raise(vm, &exc_TypeError,
                 v == VAL_UNDEF ? "can't delete numeric/char attribute"
                                : "attribute value type must be bool");
        return false;
    }
    AS_EXCEPTION(self)->suppress_context = v == VAL_TRUE;
    return true;
}

static Value get_value(VM *vm, Value self)
{
    Value v = AS_EXCEPTION(self)->value;
    return v == VAL_UNDEF ? VAL_NONE : v;
}

static bool set_value(VM *vm, Value self, Value v)
{
    AS_EXCEPTION(self)->value = v == VAL_UNDEF ? VAL_NONE : v;
    return true;
}

static const MemberDef base_members[] = {
    {"args", get_args, set_args},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__traceback__", get_traceback, set_traceback},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
    {NULL, NULL, NULL},
};

static const MemberDef stop_iteration_members[] = {
    {"value", get_value, set_value},
    {NULL, NULL, NULL},
};

static const MemberDef system_exit_members[] = {
    {"code", get_value, set_value},
    {NULL, NULL, NULL},
};

static const MemberDef name_error_members[] = {
    {"name", get_name, set_name},
    {NULL, NULL, NULL},
};

static const MemberDef attribute_error_members[] = {
    {"name", get_name, set_name},
    {"obj", get_obj, set_obj},
    {NULL, NULL, NULL},
};

static const MemberDef import_error_members[] = {
    {"msg", get_msg, set_msg},
    {"name", get_name, set_name},
    {"path", get_path, set_path},
    {NULL, NULL, NULL},
};

static const MemberDef syntax_error_members[] = {
    {"msg", get_msg, set_msg},
    {"filename", get_filename, set_filename},
    {"lineno", get_lineno, set_lineno},
    {"offset", get_offset, set_offset},
    {"text", get_text, set_text},
    {"end_lineno", get_end_lineno, set_end_lineno},
    {"end_offset", get_end_offset, set_end_offset},
    {"print_file_and_line", get_print_file_and_line, set_print_file_and_line},
    {NULL, NULL, NULL},
};

static const MemberDef os_error_members[] = {
    {"errno", get_errno, set_errno},
    {"strerror", get_strerror, set_strerror},
    {"filename", get_filename, set_filename},
    {"filename2", get_filename2, set_filename2},
    {NULL, NULL, NULL},
};

static const MemberDef unicode_error_members[] = {
    {"encoding", get_encoding, set_encoding}, {"object", get_object, set_object},
    {"start", get_start, set_start},          {"end", get_end, set_end},
    {"reason", get_reason, set_reason},       {NULL, NULL, NULL},
};

/* ---- methods ----------------------------------------------------------------------------- */

/* BaseException.__init__(self, *args): reset args, then the type's own initialisation. */
static Value exc_method_init(VM *vm, const Value *args, int nargs, Value kwnames)
{
    Value self = args[0];
    if (!IS_EXCEPTION(self))
        return vm_raise(vm, &exc_TypeError,
                        "descriptor '__init__' requires a 'BaseException' object");
    Value tuple = tuple_from_array(vm, args + 1, (size_t)(nargs - 1));
    if (tuple == VAL_ERR) return VAL_ERR;
    AS_EXCEPTION(self)->args = tuple;
    if (!exc_init_for(vm_type_of(self))(vm, self, args + 1, nargs - 1, kwnames)) return VAL_ERR;
    return VAL_NONE;
}

static Value exc_method_str(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__str__", kwnames) || !args_count(vm, "__str__", nargs - 1, 0, 0))
        return VAL_ERR;
    return exc_str(vm, args[0]);
}

static Value exc_method_repr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__repr__", kwnames) || !args_count(vm, "__repr__", nargs - 1, 0, 0))
        return VAL_ERR;
    return exc_repr(vm, args[0]);
}

static Value exc_method_with_traceback(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "with_traceback", kwnames) ||
        !args_count(vm, "with_traceback", nargs - 1, 1, 1))
        return VAL_ERR;
    if (!set_traceback(vm, args[0], args[1])) return VAL_ERR;
    return args[0];
}

/* add_note(note): append to __notes__, creating the list on first use. */
static Value exc_method_add_note(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "add_note", kwnames) || !args_count(vm, "add_note", nargs - 1, 1, 1))
        return VAL_ERR;
    Value self = args[0], note = args[1];
    if (!IS_STR(note))
        return vm_raise(vm, &exc_TypeError, "note must be a str, not '%s'", vm_type_name(note));
    Value notes = dict_attr(vm, self, "__notes__");
    if (notes == VAL_UNDEF) {
        notes = list_new(vm, 1);
        if (notes == VAL_ERR || !dict_attr_set(vm, self, "__notes__", notes)) return VAL_ERR;
    } else if (!IS_LIST(notes)) {
        return vm_raise(vm, &exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (!list_append(vm, notes, note)) return VAL_ERR;
    return VAL_NONE;
}

static const MethodDef base_methods[] = {
    {"__init__", exc_method_init, 0},     {"__str__", exc_method_str, 0},
    {"__repr__", exc_method_repr, 0},     {"with_traceback", exc_method_with_traceback, 0},
    {"add_note", exc_method_add_note, 0}, {NULL, NULL, 0},
};

/* ---- the types --------------------------------------------------------------------------- */

static void exc_trace(VM *vm, Obj *o)
{
    ExceptionObj *e = (ExceptionObj *)o;
    gc_mark_value(vm, e->args);
    gc_mark_value(vm, e->cause);
    gc_mark_value(vm, e->context);
    gc_mark_value(vm, e->traceback);
    gc_mark_value(vm, e->dict);
    gc_mark_value(vm, e->value);
}

/* Per-type slots. EXC_PICK(EXC_<slot>_<Name>, default) is the override when this file defines
 * EXC_<slot>_<Name> (as `~, value`), else the default; types without an override inherit the
 * slot through their base (ops.c walks the base chain). */
#define EXC_SECOND(a, b, ...) b
#define EXC_PICK(probe, dflt) EXC_SECOND(probe, dflt, ~)

#define EXC_METHODS_BaseException ~, base_methods
#define EXC_MEMBERS_BaseException ~, base_members
#define EXC_MEMBERS_StopIteration ~, stop_iteration_members
#define EXC_MEMBERS_SystemExit ~, system_exit_members
#define EXC_MEMBERS_NameError ~, name_error_members
#define EXC_MEMBERS_AttributeError ~, attribute_error_members
#define EXC_MEMBERS_ImportError ~, import_error_members
#define EXC_MEMBERS_SyntaxError ~, syntax_error_members
#define EXC_MEMBERS_OSError ~, os_error_members
#define EXC_MEMBERS_UnicodeDecodeError ~, unicode_error_members
#define EXC_MEMBERS_UnicodeEncodeError ~, unicode_error_members
#define EXC_MEMBERS_UnicodeTranslateError ~, unicode_error_members

#define EXC_REPR_BaseException ~, exc_repr
#define EXC_STR_BaseException ~, base_str
#define EXC_STR_KeyError ~, key_error_str
#define EXC_STR_ImportError ~, import_error_str
#define EXC_STR_SyntaxError ~, syntax_error_str
#define EXC_STR_OSError ~, os_error_str
#define EXC_STR_UnicodeDecodeError ~, unicode_decode_str
#define EXC_STR_UnicodeEncodeError ~, unicode_encode_str
#define EXC_STR_UnicodeTranslateError ~, unicode_translate_str

/* BaseException's base: EXC(BaseException, NONE) pastes exc_NONE. */
#define exc_NONE type_object

#define EXC(name_, base_)                                                                          \
    const TypeObj exc_##name_ = {                                                                  \
        .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),                                              \
        .name = #name_,                                                                            \
        .base = &exc_##base_,                                                                      \
        .layout = OBJ_EXCEPTION,                                                                   \
        .tflags = TYPE_EXCEPTION | TYPE_BASETYPE,                                                  \
        .methods = EXC_PICK(EXC_METHODS_##name_, NULL),                                            \
        .members = EXC_PICK(EXC_MEMBERS_##name_, NULL),                                            \
        .construct = exc_construct,                                                                \
        .repr = EXC_PICK(EXC_REPR_##name_, NULL),                                                  \
        .str = EXC_PICK(EXC_STR_##name_, NULL),                                                    \
        .trace = exc_trace,                                                                        \
        .dict = VAL_UNDEF,                                                                         \
        .mro = VAL_UNDEF,                                                                          \
    };
#include "exceptions.def"
#undef EXC

/* ---- suggestion context ------------------------------------------------------------------ */

void exc_set_name_context(VM *vm, Value name)
{
    Value exc = vm->exc;
    if (!IS_EXCEPTION(exc) || !ops_isinstance(exc, &exc_NameError)) return;
    if (vm_type_of(exc) == &exc_UnboundLocalError) return;
    if (dict_attr(vm, exc, "name") != VAL_UNDEF) return;
    if (!dict_attr_set(vm, exc, "name", name)) {
        vm->exc = exc; /* keep reporting the original error */
    }
}

void exc_set_attribute_context(VM *vm, Value obj, Value name)
{
    Value exc = vm->exc;
    if (!IS_EXCEPTION(exc) || !ops_isinstance(exc, &exc_AttributeError)) return;
    if (dict_attr(vm, exc, "name") != VAL_UNDEF || dict_attr(vm, exc, "obj") != VAL_UNDEF) return;
    if (!dict_attr_set(vm, exc, "name", name) || !dict_attr_set(vm, exc, "obj", obj)) {
        vm->exc = exc; /* keep reporting the original error */
    }
}
