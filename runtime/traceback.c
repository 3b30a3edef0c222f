/* traceback.c — the report of an uncaught exception, byte for byte as CPython 3.11 prints it.
 *
 * The references are CPython's C printer (Python/pythonrun.c print_exception_recursive and
 * friends, Python/traceback.c tb_printinternal/tb_displayline, Python/suggestions.c), which is
 * what runs for an uncaught exception — not Lib/traceback.py, which differs in corners (the C
 * printer keeps a source line's trailing whitespace, for instance).
 *
 * Positions: SourceLoc columns are UTF-8 byte offsets (CPython's co_positions); markers are
 * printed per character, so offsets are converted with CPython's own conversion rules, quirks
 * included.
 */
#include "traceback.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "dict.h"
#include "exception.h"
#include "int.h"
#include "gc.h"
#include "ops.h"
#include "parser.h"
#include "str.h"

#define TB_LIMIT 1000         /* PyTraceBack_LIMIT: only the last 1000 entries are printed */
#define TB_RECURSIVE_CUTOFF 3 /* identical consecutive entries shown before "[Previous line" */
#define TB_SOURCE_INDENT 4    /* source lines are printed after four spaces */

static const char cause_message[] =
    "\nThe above exception was the direct cause of the following exception:\n\n";
static const char context_message[] =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/* ---- the traceback type ------------------------------------------------------------------ */

/* The position of the instruction an entry records, or NULL when the code has none. */
static const SourceLoc *tb_loc(const TracebackObj *tb)
{
    const CodeObj *code = tb->code;
    if (!code->locs || tb->ip >= code->nwords) return NULL;
    return &code->locs[tb->ip];
}

static int32_t tb_lineno(const TracebackObj *tb)
{
    const SourceLoc *loc = tb_loc(tb);
    return loc ? loc->line : -1;
}

static Value tb_get_next(VM *vm, Value self)
{
    return AS_TRACEBACK(self)->next;
}
static Value tb_get_lineno(VM *vm, Value self)
{
    return int_from_i64(vm, tb_lineno(AS_TRACEBACK(self)));
}
static Value tb_get_lasti(VM *vm, Value self)
{
    return int_from_i64(vm, (int64_t)AS_TRACEBACK(self)->ip);
}

static const MemberDef tb_members[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {NULL, NULL, NULL},
};

static void tb_trace(VM *vm, Obj *o)
{
    TracebackObj *tb = (TracebackObj *)o;
    gc_mark_value(vm, tb->next);
    gc_mark_obj(vm, (Obj *)tb->code);
}

const TypeObj type_traceback = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "traceback",
    .base = &type_object,
    .layout = OBJ_TRACEBACK,
    .members = tb_members,
    .trace = tb_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- source lines and offsets ------------------------------------------------------------ */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* Line `lineno` (1-based) of `source` without its line end. CPython reads the file with
 * universal newlines, so "\r\n", "\r" and "\n" all end a line; a leading BOM is not text. */
static bool source_line(Value source, int32_t lineno, const char **line, size_t *len)
{
    if (!IS_STR(source) || lineno < 1) return false;
    const char *p = str_data(source), *end = p + str_len(source);
    if (end - p >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) p += 3;
    for (int32_t n = 1; n < lineno; n++) {
        while (p < end && *p != '\n' && *p != '\r') p++;
        if (p == end) return false;
        if (*p == '\r' && p + 1 < end && p[1] == '\n') p++;
        p++;
    }
    if (p == end) return false;
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r') q++;
    *line = p;
    *len = (size_t)(q - p);
    return true;
}

static size_t leading_spaces(const char *line, size_t len)
{
    size_t n = 0;
    while (n < len && is_space(line[n])) n++;
    return n;
}

/* Code points in `len` bytes of UTF-8 (a truncated sequence counts as one, as "replace"). */
static int64_t utf8_chars(const char *s, size_t len)
{
    int64_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xc0) != 0x80;
    return n;
}

/* CPython's _PyPegen_byte_offset_to_character_offset: the characters in the first `col` bytes,
 * where a column past the end reaches the terminating NUL and counts it as one more. */
static int64_t char_offset(const char *line, size_t len, int64_t col)
{
    if (col < 0) return 0;
    if ((uint64_t)col > len) return utf8_chars(line, len) + 1;
    return utf8_chars(line, (size_t)col);
}

/* The byte index where character `chars` starts (the end when the line is shorter). */
static size_t byte_offset(const char *line, size_t len, int64_t chars)
{
    size_t i = 0;
    for (int64_t n = 0; i < len; i++) {
        if (((unsigned char)line[i] & 0xc0) != 0x80) {
            if (n == chars) return i;
            n++;
        }
    }
    return len;
}

/* ---- caret anchors ----------------------------------------------------------------------- */

/* CPython's split of a marked range: `^` (secondary) on characters [left, right), `~` (primary)
 * elsewhere; left == right == -1 when the range is not split. */
typedef struct Anchors {
    int64_t left, right;
    char primary, secondary;
} Anchors;

/* A binary operation: the operator is the first non-space character between the operands that
 * is not a closing parenthesis of the left operand (two characters for `//`, `**`, `<<`...). */
static void binop_anchors(const char *seg, const AstExpr *e, Anchors *a)
{
    int right_start = e->v.bin_op.right->pos.col_offset;
    for (int i = e->v.bin_op.left->pos.end_col_offset; i < right_start; i++) {
        if (is_space(seg[i])) continue;
        a->left = i;
        a->right = i + 1;
        if (i + 1 < right_start && !is_space(seg[i + 1])) a->right++;
        if (i + 1 < right_start && seg[i] == ')') continue;
        a->primary = '~';
        a->secondary = '^';
        break;
    }
}

/* A subscript: `^` from the opening bracket to the closing one. */
static void subscript_anchors(const char *seg, size_t len, const AstExpr *e, Anchors *a)
{
    int64_t n = (int64_t)len;
    int64_t left = e->v.subscript.value->pos.end_col_offset;
    int64_t right = e->v.subscript.slice->pos.end_col_offset + 1;
    while (left < n && seg[left] != '[') left++;
    while (right < n && seg[right] != ']') right++;
    if (right < n) right++;
    a->left = left;
    a->right = right;
    a->primary = '~';
    a->secondary = '^';
}

/* Parse the marked segment on its own, as CPython does, and split it when it is a single
 * expression statement that is a binary operation or a subscript. Anchors come back as byte
 * offsets in the segment. Parsing is best effort: any failure means no split. */
static void segment_anchors(VM *vm, const char *seg, size_t len, Anchors *a)
{
    MemFailure failed_before = vm->mem.failed;
    Arena arena;
    arena_init(&arena, &vm->mem);
    AstModule *mod;
    SyntaxErrorInfo err;
    if (parse_module(&arena, seg, len, &mod, &err) && mod->body.count == 1 &&
        mod->body.items[0]->kind == AST_STMT_EXPR) {
        const AstExpr *e = mod->body.items[0]->v.expr.value;
        if (e->kind == AST_EXPR_BIN_OP)
            binop_anchors(seg, e, a);
        else if (e->kind == AST_EXPR_SUBSCRIPT)
            subscript_anchors(seg, len, e, a);
    }
    arena_free_all(&arena);
    vm->mem.failed = failed_before;
}

/* ---- the marker line ----------------------------------------------------------------------- */

void traceback_append_markers(VM *vm, Buf *out, const char *line, size_t len, const SourceLoc *loc)
{
    if (loc->line < 0 || loc->end_line < 0 || loc->col < 0 || loc->end_col < 0) return;
    int64_t nchars = utf8_chars(line, len);
    int64_t indent = (int64_t)leading_spaces(line, len);
    int64_t start = char_offset(line, len, loc->col);
    int64_t end = char_offset(line, len, loc->end_col);
    Anchors a = {-1, -1, '^', '^'};
    if (loc->line == loc->end_line) {
        size_t seg_start = byte_offset(line, len, start);
        size_t seg_end = byte_offset(line, len, end);
        if (seg_end > seg_start) {
            const char *seg = line + seg_start;
            size_t seg_len = seg_end - seg_start;
            segment_anchors(vm, seg, seg_len, &a);
            if (a.left >= 0 && a.right >= 0) {
                a.left = char_offset(seg, seg_len, a.left) + start;
                a.right = char_offset(seg, seg_len, a.right) + start;
            } else {
                a.left = a.right = -1;
            }
        }
    } else {
        /* Several lines: mark up to the last non-space character of the first. (CPython
         * indexes the line's bytes with a character count here; so do we.) */
        int64_t i = nchars;
        while (--i >= 0)
            if (!is_space(line[i])) break;
        end = i + 1;
    }
    bool split = a.left != -1 || a.right != -1;
    if (end - start == nchars - indent && !split) return;
    /* Column c (1-based) of the printed line shows source character c - 1 + (indent - 4). */
    for (int64_t offset = indent - TB_SOURCE_INDENT + 1; offset <= end; offset++) {
        char c;
        if (offset <= start)
            c = ' ';
        else if (split && a.left < offset && offset <= a.right)
            c = a.secondary;
        else
            c = a.primary;
        buf_append_char(out, c);
    }
    buf_append_char(out, '\n');
}

/* ---- entries ------------------------------------------------------------------------------- */

static void append_entry(VM *vm, Buf *out, const TracebackObj *tb)
{
    const CodeObj *code = tb->code;
    int32_t lineno = tb_lineno(tb);
    buf_append_cstr(out, "  File \"");
    buf_append_str(out, code->filename);
    buf_printf(out, "\", line %d, in ", (int)lineno);
    buf_append_str(out, code->name);
    buf_append_char(out, '\n');
    /* CPython reads the line from the file; a pseudo-file name such as "<string>" (python -c)
     * has none, so no line is shown even though we have the text. */
    const char *fname = str_data(code->filename);
    size_t fname_len = str_len(code->filename);
    if (fname_len >= 2 && fname[0] == '<' && fname[fname_len - 1] == '>') return;
    const char *line;
    size_t len;
    if (!source_line(code->source, lineno, &line, &len)) return;
    size_t indent = leading_spaces(line, len);
    buf_append_cstr(out, "    ");
    buf_append(out, line + indent, len - indent);
    buf_append_char(out, '\n');
    traceback_append_markers(vm, out, line, len, tb_loc(tb));
}

static void append_repeated(Buf *out, long count)
{
    count -= TB_RECURSIVE_CUTOFF;
    buf_printf(out, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
}

/* tb_printinternal: the last TB_LIMIT entries; a run of identical entries (same file, line and
 * function) shows its first three and a count of the rest. */
static void append_entries(VM *vm, Buf *out, Value tbv)
{
    size_t depth = 0;
    for (Value t = tbv; t != VAL_NONE; t = AS_TRACEBACK(t)->next) depth++;
    for (; depth > TB_LIMIT; depth--) tbv = AS_TRACEBACK(tbv)->next;
    const CodeObj *last = NULL;
    int32_t last_line = -1;
    long count = 0;
    for (Value t = tbv; t != VAL_NONE; t = AS_TRACEBACK(t)->next) {
        const TracebackObj *tb = AS_TRACEBACK(t);
        int32_t lineno = tb_lineno(tb);
        if (!last || !str_equal(tb->code->filename, last->filename) || last_line == -1 ||
            lineno != last_line || !str_equal(tb->code->name, last->name)) {
            if (count > TB_RECURSIVE_CUTOFF) append_repeated(out, count);
            last = tb->code;
            last_line = lineno;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF) append_entry(vm, out, tb);
    }
    if (count > TB_RECURSIVE_CUTOFF) append_repeated(out, count);
}

/* ---- suggestions ("Did you mean") ------------------------------------------------------------ */

#define SUGGEST_MAX_CANDIDATES 750
#define SUGGEST_MAX_STRING 40
#define SUGGEST_MOVE_COST 2
#define SUGGEST_CASE_COST 1

typedef struct Name {
    const char *s;
    size_t len;
} Name;

typedef struct NameList {
    Mem *mem;
    Name *items;
    size_t len, cap;
} NameList;

static void names_add(NameList *l, const char *s, size_t len)
{
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        Name *grown = mem_realloc(l->mem, l->items, l->cap * sizeof(Name), cap * sizeof(Name));
        if (!grown) return; /* best effort: a shorter list only weakens the suggestion */
        l->items = grown;
        l->cap = cap;
    }
    l->items[l->len++] = (Name){s, len};
}

static void names_add_dict_keys(NameList *l, Value dict)
{
    if (!val_is_obj(dict) || !IS_DICT(dict)) return;
    size_t pos = 0;
    Value key, value;
    while (dict_next(dict, &pos, &key, &value))
        if (IS_STR(key)) names_add(l, str_data(key), str_len(key));
}

static void names_free(NameList *l)
{
    mem_free(l->mem, l->items, l->cap * sizeof(Name));
}

/* CPython's builtins namespace in its own order, so ties between candidates resolve alike. */
static const char *const cpython_builtins[] = {
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
};

/* What dir(object()) lists: every class inherits these names. */
static const char *const object_attrs[] = {
    "__class__",   "__delattr__", "__dir__",           "__doc__",          "__eq__",
    "__format__",  "__ge__",      "__getattribute__",  "__getstate__",     "__gt__",
    "__hash__",    "__init__",    "__init_subclass__", "__le__",           "__lt__",
    "__ne__",      "__new__",     "__reduce__",        "__reduce_ex__",    "__repr__",
    "__setattr__", "__sizeof__",  "__str__",           "__subclasshook__",
};

static int substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return SUGGEST_MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
}

/* CPython's levenshtein_distance: case flips cost 1, other edits 2; gives up (max_cost + 1)
 * as soon as the distance must exceed max_cost. */
static size_t levenshtein(const char *a, size_t a_size, const char *b, size_t b_size,
                          size_t max_cost)
{
    size_t buffer[SUGGEST_MAX_STRING];
    while (a_size && b_size && a[0] == b[0]) {
        a++, a_size--;
        b++, b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) a_size--, b_size--;
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * SUGGEST_MOVE_COST;
    if (a_size > SUGGEST_MAX_STRING || b_size > SUGGEST_MAX_STRING) return max_cost + 1;
    if (b_size < a_size) {
        const char *t = a;
        a = b, b = t;
        size_t t_size = a_size;
        a_size = b_size, b_size = t_size;
    }
    if ((b_size - a_size) * SUGGEST_MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < a_size; i++) buffer[i] = (i + 1) * SUGGEST_MOVE_COST;
    size_t result = 0;
    for (size_t b_index = 0; b_index < b_size; b_index++) {
        char code = b[b_index];
        size_t distance = result = b_index * SUGGEST_MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a_size; index++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = (result < distance ? result : distance) + SUGGEST_MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* calculate_suggestions: the closest candidate within a third of the characters involved; the
 * first one wins a tie. NULL when none (or when there are too many candidates). */
static const Name *closest_name(const Name *items, size_t n, const char *name, size_t name_len)
{
    if (n >= SUGGEST_MAX_CANDIDATES) return NULL;
    const Name *best = NULL;
    int64_t best_distance = INT64_MAX;
    for (size_t i = 0; i < n; i++) {
        const Name *c = &items[i];
        if (c->len == name_len && memcmp(c->s, name, name_len) == 0) continue;
        int64_t max_distance = (int64_t)(name_len + c->len + 3) * SUGGEST_MOVE_COST / 6;
        if (max_distance > best_distance - 1) max_distance = best_distance - 1;
        if (max_distance < 0) continue;
        int64_t d = (int64_t)levenshtein(name, name_len, c->s, c->len, (size_t)max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

static Value exc_dict_get(Value exc, const char *name)
{
    Value dict = AS_EXCEPTION(exc)->dict;
    if (dict == VAL_UNDEF) return VAL_UNDEF;
    size_t pos = 0, len = strlen(name);
    Value key, value;
    while (dict_next(dict, &pos, &key, &value))
        if (IS_STR(key) && str_len(key) == len && memcmp(str_data(key), name, len) == 0)
            return value;
    return VAL_UNDEF;
}

/* NameError: the local names of the innermost frame's code, then the globals, then the
 * builtins, each list searched on its own. */
static bool suggest_for_name(VM *vm, Value exc, Value name, Buf *out)
{
    Value tbv = AS_EXCEPTION(exc)->traceback;
    if (!val_is_kind(tbv, OBJ_TRACEBACK)) return false;
    while (AS_TRACEBACK(tbv)->next != VAL_NONE) tbv = AS_TRACEBACK(tbv)->next;
    const CodeObj *code = AS_TRACEBACK(tbv)->code;
    NameList l = {&vm->mem, NULL, 0, 0};
    const Name *best = NULL;
    for (uint32_t i = 0; i < code->nlocals; i++)
        names_add(&l, str_data(code->localnames[i]), str_len(code->localnames[i]));
    best = closest_name(l.items, l.len, str_data(name), str_len(name));
    if (!best) {
        l.len = 0;
        names_add_dict_keys(&l, vm->main_globals);
        best = closest_name(l.items, l.len, str_data(name), str_len(name));
    }
    if (!best) {
        l.len = 0;
        for (size_t i = 0; i < sizeof cpython_builtins / sizeof *cpython_builtins; i++)
            names_add(&l, cpython_builtins[i], strlen(cpython_builtins[i]));
        best = closest_name(l.items, l.len, str_data(name), str_len(name));
    }
    if (best) buf_append(out, best->s, best->len);
    names_free(&l);
    return best != NULL;
}

static void names_add_type(NameList *l, const TypeObj *type)
{
    if (type->tflags & TYPE_HEAP) {
        names_add_dict_keys(l, type->dict);
        return;
    }
    if (type->methods)
        for (const MethodDef *m = type->methods; m->name; m++)
            names_add(l, m->name, strlen(m->name));
    if (type->members)
        for (const MemberDef *m = type->members; m->name; m++)
            names_add(l, m->name, strlen(m->name));
}

/* The attributes of a class and its bases (type_dir's merged __dict__s). */
static void names_add_class(NameList *l, const TypeObj *type)
{
    if (val_is_obj(type->mro) && IS_TUPLE(type->mro)) {
        TupleObj *mro = AS_TUPLE(type->mro);
        for (size_t i = 0; i < mro->len; i++) names_add_type(l, AS_TYPE(mro->items[i]));
    } else {
        for (const TypeObj *t = type; t; t = t->base) names_add_type(l, t);
    }
    for (size_t i = 0; i < sizeof object_attrs / sizeof *object_attrs; i++)
        names_add(l, object_attrs[i], strlen(object_attrs[i]));
}

static int name_order(const void *pa, const void *pb)
{
    const Name *a = pa, *b = pb;
    int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* AttributeError: dir(obj), sorted (UTF-8 byte order is code point order). */
static bool suggest_for_attribute(VM *vm, Value obj, Value name, Buf *out)
{
    NameList l = {&vm->mem, NULL, 0, 0};
    if (val_is_obj(obj)) {
        switch (val_as_obj(obj)->kind) {
        case OBJ_MODULE:
            names_add_dict_keys(&l, AS_MODULE(obj)->dict);
            break;
        case OBJ_INSTANCE:
            names_add_dict_keys(&l, AS_INSTANCE(obj)->dict);
            break;
        case OBJ_FUNCTION:
            names_add_dict_keys(&l, AS_FUNCTION(obj)->dict);
            break;
        case OBJ_EXCEPTION:
            names_add_dict_keys(&l, AS_EXCEPTION(obj)->dict);
            break;
        default:
            break;
        }
    }
    if (!val_is_kind(obj, OBJ_MODULE))
        names_add_class(&l, IS_TYPE(obj) ? AS_TYPE(obj) : vm_type_of(obj));
    if (l.len) qsort(l.items, l.len, sizeof(Name), name_order);
    const Name *best = closest_name(l.items, l.len, str_data(name), str_len(name));
    if (best) buf_append(out, best->s, best->len);
    names_free(&l);
    return best != NULL;
}

/* print_exception_suggestions: ". Did you mean: 'x'?" for NameError and AttributeError that
 * carry the missing name (and, for AttributeError, the object). */
static void append_suggestion(VM *vm, Buf *out, Value exc)
{
    Value name = exc_dict_get(exc, "name");
    if (!IS_STR(name) || vm_type_of(name) != &type_str) return;
    Buf found;
    buf_init(&found, vm);
    bool ok = false;
    if (ops_isinstance(exc, &exc_NameError)) {
        ok = suggest_for_name(vm, exc, name, &found);
    } else if (ops_isinstance(exc, &exc_AttributeError)) {
        Value obj = exc_dict_get(exc, "obj");
        if (obj != VAL_UNDEF) ok = suggest_for_attribute(vm, obj, name, &found);
    }
    if (ok && !found.failed) {
        buf_append_cstr(out, ". Did you mean: '");
        buf_append(out, found.data, found.len);
        buf_append_cstr(out, "'?");
    }
    buf_free(&found);
}

/* ---- the message line ---------------------------------------------------------------------- */

/* str(v) for the report; VAL_ERR when it fails, with the report's exception state restored. */
static Value report_str(VM *vm, Value v)
{
    Value saved = vm->exc;
    Value s = ops_str(vm, v);
    if (s == VAL_ERR || s == VAL_PENDING || !IS_STR(s)) {
        vm->exc = saved;
        return VAL_ERR;
    }
    return s;
}

static Value type_dict_str(const TypeObj *type, const char *name)
{
    if (!(type->tflags & TYPE_HEAP) || !val_is_obj(type->dict) || !IS_DICT(type->dict))
        return VAL_UNDEF;
    size_t pos = 0, len = strlen(name);
    Value key, value;
    while (dict_next(type->dict, &pos, &key, &value))
        if (IS_STR(key) && str_len(key) == len && memcmp(str_data(key), name, len) == 0)
            return IS_STR(value) ? value : VAL_UNDEF;
    return VAL_UNDEF;
}

/* "module.Qualname", without the module for builtins and __main__. */
static void append_type_name(Buf *out, const TypeObj *type)
{
    Value module = type_dict_str(type, "__module__");
    if (module != VAL_UNDEF && !str_eq_cstr(module, "builtins") &&
        !str_eq_cstr(module, "__main__")) {
        buf_append_str(out, module);
        buf_append_char(out, '.');
    }
    Value qualname = type_dict_str(type, "__qualname__");
    if (qualname != VAL_UNDEF)
        buf_append_str(out, qualname);
    else
        buf_append_cstr(out, type->name);
}

/* print_exception_message: "Type", or "Type: text" when str(value) is not empty. */
static void append_message(VM *vm, Buf *out, const TypeObj *type, Value value)
{
    append_type_name(out, type);
    if (value == VAL_NONE) return;
    Value s = report_str(vm, value);
    if (s == VAL_ERR) {
        buf_append_cstr(out, ": <exception str() failed>");
        return;
    }
    if (str_len(s) != 0) buf_append_cstr(out, ": ");
    buf_append_str(out, s);
}

static void append_note(VM *vm, Buf *out, Value note)
{
    Value s = report_str(vm, note);
    if (s == VAL_ERR)
        buf_append_cstr(out, "<note str() failed>");
    else
        buf_append_str(out, s);
    buf_append_char(out, '\n');
}

/* print_exception_notes: each note's text and a newline; a __notes__ that is not a sequence is
 * shown by its repr. */
static void append_notes(VM *vm, Buf *out, Value exc)
{
    Value notes = exc_dict_get(exc, "__notes__");
    if (notes == VAL_UNDEF) return;
    if (IS_LIST(notes) || IS_TUPLE(notes)) {
        /* Re-read the length each time: str() of a note may not change it, but be safe. */
        for (size_t i = 0;; i++) {
            size_t n = IS_LIST(notes) ? AS_LIST(notes)->len : AS_TUPLE(notes)->len;
            if (i >= n) break;
            append_note(vm, out,
                        IS_LIST(notes) ? AS_LIST(notes)->items[i] : AS_TUPLE(notes)->items[i]);
        }
    } else if (IS_STR(notes)) {
        /* A str is a sequence of one-character notes. */
        const char *p = str_data(notes), *end = p + str_len(notes);
        while (p < end) {
            const char *q = p + 1;
            while (q < end && ((unsigned char)*q & 0xc0) == 0x80) q++;
            buf_append(out, p, (size_t)(q - p));
            buf_append_char(out, '\n');
            p = q;
        }
    } else {
        Value saved = vm->exc;
        Value r = ops_repr(vm, notes);
        if (r == VAL_ERR || !IS_STR(r)) {
            vm->exc = saved;
            buf_append_cstr(out, "<__notes__ repr() failed>");
        } else {
            buf_append_str(out, r);
        }
        buf_append_char(out, '\n');
    }
}

/* ---- SyntaxError --------------------------------------------------------------------------- */

typedef struct SyntaxDetails {
    Value message, filename, text;
    int64_t lineno, offset, end_lineno, end_offset;
} SyntaxDetails;

/* An int attribute as PyLong_AsSsize_t; None gives `if_none` (false when None is an error). */
static bool detail_int(Value exc, const char *name, int64_t if_none, bool none_ok, int64_t *out)
{
    Value v = exc_dict_get(exc, name);
    if (v == VAL_UNDEF || v == VAL_NONE) {
        *out = if_none;
        return none_ok;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    return val_is_int(v) && int_to_i64(v, out);
}

/* parse_syntax_error: false when the attributes do not have the expected shape, and the
 * exception is then reported as any other. */
static bool syntax_details(Value exc, SyntaxDetails *d)
{
    d->message = exc_dict_get(exc, "msg");
    if (d->message == VAL_UNDEF) d->message = VAL_NONE;
    d->filename = exc_dict_get(exc, "filename");
    if (!detail_int(exc, "lineno", 0, false, &d->lineno)) return false;
    if (!detail_int(exc, "offset", -1, true, &d->offset)) return false;
    if (vm_type_of(exc) == &exc_SyntaxError) {
        if (!detail_int(exc, "end_lineno", d->lineno, true, &d->end_lineno)) return false;
        if (!detail_int(exc, "end_offset", -1, true, &d->end_offset)) return false;
    } else {
        d->end_lineno = d->lineno;
        d->end_offset = -1;
    }
    d->text = exc_dict_get(exc, "text");
    if (!IS_STR(d->text)) d->text = VAL_UNDEF;
    return true;
}

/* print_error_text: the offending line without its indentation and a caret line under
 * [offset, end_offset) (1-based character offsets). */
static void append_error_text(Buf *out, int64_t offset, int64_t end_offset, Value text_value)
{
    int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    const char *text = str_data(text_value);
    offset--;
    while (is_space(*text)) {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        int64_t inl = nl - text;
        if (inl >= offset) break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    buf_append_cstr(out, "    ");
    buf_append_cstr(out, text);
    if (text[len] != '\n') buf_append_char(out, '\n');
    if (offset < 0) return;
    buf_append_cstr(out, "    ");
    while (--offset >= 0) buf_append_char(out, ' ');
    for (int64_t i = 0; i < carets; i++) buf_append_char(out, '^');
    buf_append_char(out, '\n');
}

/* print_exception_file_and_line: '  File "f.py", line 3' and the caret display. */
static void append_syntax_location(VM *vm, Buf *out, const SyntaxDetails *d)
{
    buf_append_cstr(out, "  File \"");
    Value name = d->filename == VAL_UNDEF || d->filename == VAL_NONE ? VAL_UNDEF
                                                                     : report_str(vm, d->filename);
    if (name == VAL_UNDEF)
        buf_append_cstr(out, "<string>");
    else if (name != VAL_ERR)
        buf_append_str(out, name);
    buf_printf(out, "\", line %lld\n", (long long)d->lineno);
    if (d->text == VAL_UNDEF) return;
    int64_t line_size = (int64_t)str_len(d->text);
    int64_t end_offset = d->end_offset;
    if (d->end_lineno > d->lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    append_error_text(out, d->offset, end_offset, d->text);
}

/* ---- one exception, and the chain ----------------------------------------------------------- */

/* print_exception: traceback, then the message line (SyntaxErrors: their location first). */
static void append_exception(VM *vm, Buf *out, Value exc)
{
    ExceptionObj *e = AS_EXCEPTION(exc);
    if (val_is_kind(e->traceback, OBJ_TRACEBACK)) {
        buf_append_cstr(out, "Traceback (most recent call last):\n");
        append_entries(vm, out, e->traceback);
    }
    SyntaxDetails d;
    if (ops_isinstance(exc, &exc_SyntaxError) && syntax_details(exc, &d)) {
        append_syntax_location(vm, out, &d);
        /* CPython reports the message in place of the exception: no suggestion, no notes. */
        append_message(vm, out, vm_type_of(exc), d.message);
        buf_append_char(out, '\n');
        return;
    }
    append_message(vm, out, vm_type_of(exc), exc);
    append_suggestion(vm, out, exc);
    buf_append_char(out, '\n');
    append_notes(vm, out, exc);
}

/* The exception printed before `exc` (its cause, or its context unless suppressed), or
 * VAL_UNDEF; *message is the text linking the two. */
static Value chained_before(Value exc, const char **message)
{
    ExceptionObj *e = AS_EXCEPTION(exc);
    *message = "";
    if (IS_EXCEPTION(e->cause)) {
        *message = cause_message;
        return e->cause;
    }
    if (!e->suppress_context && IS_EXCEPTION(e->context)) {
        *message = context_message;
        return e->context;
    }
    return VAL_UNDEF;
}

static bool chain_contains(const Value *chain, size_t n, Value v)
{
    for (size_t i = 0; i < n; i++)
        if (chain[i] == v) return true;
    return false;
}

/* The code of an uncaught SystemExit, or VAL_UNDEF for other exceptions. */
static Value system_exit_code(Value exc)
{
    if (!IS_EXCEPTION(exc) || !ops_isinstance(exc, &exc_SystemExit)) return VAL_UNDEF;
    Value code = AS_EXCEPTION(exc)->value;
    return code == VAL_UNDEF ? VAL_NONE : code;
}

int traceback_exit_status(VM *vm, Value exc)
{
    Value code = system_exit_code(exc);
    if (code == VAL_UNDEF) return 1;
    if (code == VAL_NONE) return 0;
    if (val_is_bool(code)) return code == VAL_TRUE;
    if (!int_check(code)) return 1;
    int64_t status;
    return int_to_i64(code, &status) ? (int)status : -1;
}

void traceback_format(VM *vm, Value exc, Buf *out)
{
    if (!IS_EXCEPTION(exc)) return;
    Value saved = vm->exc;
    Value code = system_exit_code(exc);
    if (code != VAL_UNDEF) {
        if (code != VAL_NONE && !int_check(code)) {
            Value s = report_str(vm, code);
            if (s != VAL_ERR) buf_append_str(out, s);
            buf_append_char(out, '\n');
        }
        vm->exc = saved;
        return;
    }
    /* The chain, newest first; each exception appears once (a cycle ends it, as CPython's
     * `seen` set does). */
    size_t n = 0, cap = 0;
    Value *chain = NULL;
    for (Value v = exc; v != VAL_UNDEF;) {
        if (n == cap) {
            size_t new_cap = cap ? cap * 2 : 8;
            Value *grown =
                mem_realloc(&vm->mem, chain, cap * sizeof(Value), new_cap * sizeof(Value));
            if (!grown) break;
            chain = grown;
            cap = new_cap;
        }
        chain[n++] = v;
        const char *message;
        v = chained_before(v, &message);
        if (v != VAL_UNDEF && chain_contains(chain, n, v)) v = VAL_UNDEF;
    }
    if (n == 0) {
        append_exception(vm, out, exc);
    }
    for (size_t i = n; i-- > 0;) {
        append_exception(vm, out, chain[i]);
        if (i > 0) {
            const char *message = "";
            chained_before(chain[i - 1], &message);
            buf_append_cstr(out, message);
        }
    }
    mem_free(&vm->mem, chain, cap * sizeof(Value));
    vm->exc = saved;
}
