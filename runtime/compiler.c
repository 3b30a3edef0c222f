/* compiler.c — AST to code objects, CPython 3.11 style: driver, units (one per code object),
 * constant and name tables, emission, name resolution, functions, lambdas, classes,
 * comprehensions and calls. Expressions, statements and patterns are in compiler_expr.c,
 * compiler_stmt.c and compiler_pattern.c; assemble.c turns a unit's CFG into a CodeObj.
 *
 * ---- Protocols (what the VM must implement; opcodes.def has each instruction) -------------
 *
 * Calls. The callable is pushed first, then self-or-NULL, then the arguments:
 *     [.. f NULL a1 .. an]       CALL n       plain call (NULL from PUSH_NULL or LOAD_GLOBAL|1)
 *     [.. meth self a1 .. an]    CALL n       LOAD_METHOD's method form: meth(self, a1..an)
 *     [.. attr NULL a1 .. an]    CALL n       LOAD_METHOD's attribute form
 * A non-NULL second item is always passed as the first argument; the compiler uses this for
 * `[deco func] CALL 0` (decorators), `[listcomp_fn iter] CALL 0` (comprehensions), `[exit None
 * None None] CALL 2` (with-exit) and `[AssertionError msg] CALL 0`.
 * Keywords: `f(a, k=1, j=2)` is  f NULL a 1 2 KW_NAMES ('k','j') CALL 3 : CALL's A counts every
 * argument value; the KW_NAMES tuple names the last len(names) of them. KW_NAMES immediately
 * precedes its CALL. With *args or **kwargs: f NULL <args> [<kwargs>] CALL_FUNCTION_EX A&1, where
 * <args> is built as BUILD_LIST/LIST_APPEND/LIST_EXTEND then LIST_TO_TUPLE (or, for f(*x) alone,
 * x itself), and <kwargs> as BUILD_MAP n of the plain keywords followed by DICT_MERGE 1 per **m.
 *
 * Comprehensions are functions with one parameter `.0` (the iterator of the first iterable,
 * evaluated in the enclosing scope): MAKE_FUNCTION; <iterable>; GET_ITER; CALL 0 (the
 * [fn iter] form above). Inside: BUILD_LIST 0; LOAD_FAST 0; FOR_ITER end; <store target>; <ifs>;
 * <elt>; LIST_APPEND depth+1; JUMP; end: RETURN_VALUE (SET_ADD / MAP_ADD k v likewise; generator
 * expressions yield: <elt> YIELD_VALUE POP_TOP, and start with RETURN_GENERATOR).
 *
 * Exceptions. The table maps word ranges to a handler (target, depth, push_lasti). When an
 * instruction in a range raises: the value stack is cut to `depth` items, the word index of the
 * raising instruction is pushed as an int if push_lasti, then the exception, then jump to target.
 * try/except:
 *     body                              (range -> H1, depth d, no lasti)
 *     H1: [.. exc] PUSH_EXC_INFO -> [.. prev exc]        (H1.. range -> C, depth d+1, lasti)
 *         <type> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next  [.. prev exc]
 *         STORE e | POP_TOP                              [.. prev]
 *         body (for `as e`: in a further range -> C2 that does e = None; del e; RERAISE 1)
 *         POP_EXCEPT; (e = None; del e); JUMP end
 *     next: ... RERAISE 0                                  no handler matched
 *     C:  [.. prev lasti exc2] COPY 3; POP_EXCEPT; RERAISE 1
 * try/finally: the finally body is compiled twice. Normal path: body; finalbody; JUMP exit.
 * Exceptional path: F: [.. exc] PUSH_EXC_INFO; finalbody; RERAISE 0 (with the cleanup range C as
 * above around it). return/break/continue inside try bodies compile the pending finally bodies
 * and with-exits inline before leaving (CPython's unwind), keeping a returned value on the top.
 * with:  <mgr> BEFORE_WITH -> [.. exit res]; (range -> W, depth = d (exit kept), lasti);
 *        STORE target | POP_TOP; body; LOAD_CONST None x3; CALL 2; POP_TOP   (exit(None,None,None))
 *        W: [.. exit lasti exc] PUSH_EXC_INFO [.. exit lasti prev exc] WITH_EXCEPT_START
 *           [.. exit lasti prev exc res] POP_JUMP_IF_TRUE suppress; RERAISE 2
 *        suppress: POP_TOP POP_EXCEPT POP_TOP POP_TOP
 *
 * Classes: LOAD_BUILD_CLASS; PUSH_NULL; <MAKE_FUNCTION of the body code>; LOAD_CONST name;
 * <bases> [KW_NAMES] CALL 2+n (or CALL_FUNCTION_EX). The body code (CODE_CLASS_BODY, no
 * parameters) runs with the namespace dict as frame locals: STORE_NAME __module__ (from
 * LOAD_NAME __name__), STORE_NAME __qualname__, [__doc__], body, then returns the __class__ cell
 * (also stored as __classcell__) when a method uses super()/__class__, else None. Methods using
 * super() get `__class__` as a free variable; their first parameter is local 0 (or its cell).
 *
 * Generators: RETURN_GENERATOR first; `yield v`: <v> YIELD_VALUE 0 -> [.. sent].
 * yield from / await: <o> GET_YIELD_FROM_ITER | GET_AWAITABLE; LOAD_CONST None;
 *     L: SEND exit -> [.. it yielded]; YIELD_VALUE 1 -> [.. it sent]; JUMP L; exit: [.. result]
 *
 * Functions: [defaults tuple][kwdefaults dict][annotations tuple][closure tuple] code
 * MAKE_FUNCTION flags (1, 2, 4, 8). Closure cells are LOAD_CLOSURE'd in the child's freenames
 * order. Names: FAST for function locals, DEREF (cell index, cells then frees) for cells and
 * free variables, GLOBAL for globals and for every module-level name (CODE_MODULE), NAME in
 * class bodies.
 *
 * Imports: LOAD_SMALL_INT level; LOAD_CONST None | ('a', 'b'); IMPORT_NAME 'm'; then STORE (top
 * package for `import a.b`, IMPORT_FROM chain for `import a.b as c`), IMPORT_FROM x; STORE x...;
 * POP_TOP, or IMPORT_STAR.
 *
 * f-strings: parts pushed in order, FORMAT_VALUE conv|4-if-spec (spec compiled as its own
 * JoinedStr, on top), BUILD_STRING n (omitted for a single part).
 */
#include "compiler_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "bytes.h"
#include "dict.h"
#include "exception.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "parser.h"
#include "str.h"
#include "tuple.h"

/* ---- errors and memory ----------------------------------------------------------------------- */

static bool compiler_verror(Compiler *c, SourceLoc loc, const char *fmt, va_list ap)
{
    if (c->failure != FAIL_NONE) return false;
    vsnprintf(c->err.message, sizeof c->err.message, fmt, ap);
    c->err.kind = SYNTAX_ERROR_SYNTAX;
    c->err.lineno = loc.line;
    c->err.col_offset = loc.col;
    c->err.end_lineno = loc.end_line;
    c->err.end_col_offset = loc.end_col;
    c->failure = FAIL_SYNTAX;
    return false;
}

bool compiler_error(Compiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    compiler_verror(c, c->u->loc, fmt, ap);
    va_end(ap);
    return false;
}

bool compiler_error_at(Compiler *c, AstPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    compiler_verror(c, loc_from_pos(pos), fmt, ap);
    va_end(ap);
    return false;
}

bool compiler_pending(Compiler *c)
{
    if (c->failure == FAIL_NONE) c->failure = FAIL_PENDING;
    return false;
}

bool compiler_enter(Compiler *c)
{
    if (++c->depth <= SYMTABLE_MAX_DEPTH) return true;
    c->depth--;
    if (c->failure == FAIL_NONE)
        vm_raise(c->vm, &exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return compiler_pending(c);
}

bool compiler_nomem(Compiler *c)
{
    if (c->failure == FAIL_NONE) vm_raise_nomem(c->vm);
    return compiler_pending(c);
}

void *compiler_alloc(Compiler *c, size_t size)
{
    void *p = arena_calloc(c->arena, size);
    if (!p) compiler_nomem(c);
    return p;
}

/* Grow an arena array to hold one more item. */
static bool grow(Compiler *c, void **items, int count, int *cap, size_t elem)
{
    if (count < *cap) return true;
    if (*cap > (1 << 26)) return compiler_nomem(c);
    int ncap = *cap ? *cap * 2 : 8;
    void *n = arena_alloc(c->arena, (size_t)ncap * elem);
    if (!n) return compiler_nomem(c);
    if (count) memcpy(n, *items, (size_t)count * elem);
    *items = n;
    *cap = ncap;
    return true;
}

/* ---- blocks and instructions ----------------------------------------------------------------- */

Block *compiler_new_block(Compiler *c)
{
    Block *b = compiler_alloc(c, sizeof *b);
    if (!b) return NULL;
    b->startdepth = -1;
    b->all_next = c->u->all_blocks;
    c->u->all_blocks = b;
    return b;
}

void compiler_use_block(Compiler *c, Block *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

bool compiler_next_block(Compiler *c)
{
    Block *b = compiler_new_block(c);
    if (!b) return false;
    compiler_use_block(c, b);
    return true;
}

Instr *compiler_last_instr(Compiler *c)
{
    Block *b = c->u->cur;
    return b->ninstrs ? &b->instrs[b->ninstrs - 1] : NULL;
}

static bool op_is_jump(int op)
{
    switch (op) {
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
    case OP_SEND:
        return true;
    default:
        return false;
    }
}

static bool op_ends_block(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE || op_is_jump(op);
}

static Instr *add_instr(Compiler *c, int op, uint32_t arg, Block *target)
{
    Block *b = c->u->cur;
    if (arg > INSTR_ARG_MAX) {
        compiler_error(c, "too many names, constants or operands in one code object");
        return NULL;
    }
    if (!grow(c, (void **)&b->instrs, b->ninstrs, &b->cap, sizeof(Instr))) return NULL;
    Instr *in = &b->instrs[b->ninstrs++];
    in->op = (uint16_t)op;
    in->arg = arg;
    in->target = target;
    in->except = NULL;
    in->loc = c->u->loc;
    return in;
}

/* Jumps and terminators end their block, so the code after them starts a fresh one: basic blocks
 * stay proper and code after a return is a separate, unreachable block. */
bool compiler_emit(Compiler *c, int op, uint32_t arg)
{
    if (!add_instr(c, op, arg, NULL)) return false;
    return op_ends_block(op) ? compiler_next_block(c) : true;
}

bool compiler_emit_jump(Compiler *c, int op, Block *target)
{
    if (!add_instr(c, op, 0, target)) return false;
    return op < OP_COUNT ? compiler_next_block(c) : true;
}

/* ---- constants ------------------------------------------------------------------------------- */

typedef enum ConstKind {
    CK_OTHER,
    CK_INT,
    CK_FLOAT,
    CK_STR,
    CK_BYTES,
    CK_TUPLE,
    CK_COMPLEX
} ConstKind;

static ConstKind const_kind(Value v)
{
    if (val_is_float(v)) return CK_FLOAT;
    if (val_is_small_int(v)) return CK_INT;
    if (!val_is_obj(v)) return CK_OTHER;
    switch (val_as_obj(v)->kind) {
    case OBJ_BIGINT:
        return CK_INT;
    case OBJ_STR:
        return CK_STR;
    case OBJ_BYTES:
        return CK_BYTES;
    case OBJ_TUPLE:
        return CK_TUPLE;
    case OBJ_COMPLEX:
        return CK_COMPLEX;
    default:
        return CK_OTHER;
    }
}

static uint32_t mix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (uint32_t)k;
}

static uint32_t bytes_fnv(const void *data, size_t len)
{
    const uint8_t *p = data;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

static uint32_t const_hash(Value v)
{
    ConstKind k = const_kind(v);
    switch (k) {
    case CK_INT:
        return val_is_small_int(v) ? mix64(v) : (uint32_t)int_hash(v);
    case CK_STR:
        return bytes_fnv(str_data(v), str_len(v));
    case CK_BYTES:
        return bytes_fnv(AS_BYTES(v)->data, AS_BYTES(v)->len) ^ 0x5bd1e995u;
    case CK_COMPLEX: {
        double parts[2] = {AS_COMPLEX(v)->real, AS_COMPLEX(v)->imag};
        return bytes_fnv(parts, sizeof parts);
    }
    case CK_TUPLE: {
        uint32_t h = 0x345678u + (uint32_t)AS_TUPLE(v)->len;
        for (size_t i = 0; i < AS_TUPLE(v)->len; i++)
            h = (h ^ const_hash(AS_TUPLE(v)->items[i])) * 1000003u;
        return h;
    }
    default:
        return mix64(v) + (uint32_t)k;
    }
}

/* Equal constants of the same type (0, 0.0, -0.0 and False stay distinct). */
static bool const_equal(Value a, Value b)
{
    if (a == b) return true;
    ConstKind k = const_kind(a);
    if (k != const_kind(b)) return false;
    switch (k) {
    case CK_INT:
        return IS_BIGINT(a) && IS_BIGINT(b) && int_cmp(a, b) == 0;
    case CK_STR:
        return str_len(a) == str_len(b) && memcmp(str_data(a), str_data(b), str_len(a)) == 0;
    case CK_BYTES:
        return AS_BYTES(a)->len == AS_BYTES(b)->len &&
               memcmp(AS_BYTES(a)->data, AS_BYTES(b)->data, AS_BYTES(a)->len) == 0;
    case CK_COMPLEX:
        return memcmp(&AS_COMPLEX(a)->real, &AS_COMPLEX(b)->real, sizeof(double)) == 0 &&
               memcmp(&AS_COMPLEX(a)->imag, &AS_COMPLEX(b)->imag, sizeof(double)) == 0;
    case CK_TUPLE: {
        TupleObj *ta = AS_TUPLE(a), *tb = AS_TUPLE(b);
        if (ta->len != tb->len) return false;
        for (size_t i = 0; i < ta->len; i++)
            if (!const_equal(ta->items[i], tb->items[i])) return false;
        return true;
    }
    default:
        return false; /* floats compare by bits (a == b above); code objects by identity */
    }
}

static bool const_rehash(Compiler *c, Unit *u)
{
    uint32_t n = u->const_nslots ? u->const_nslots * 2 : 32;
    int32_t *slots = arena_alloc(c->arena, n * sizeof *slots);
    if (!slots) return compiler_nomem(c);
    memset(slots, 0xff, n * sizeof *slots);
    for (int k = 0; k < u->nconsts; k++) {
        uint32_t i = const_hash(u->consts[k]) & (n - 1);
        while (slots[i] >= 0) i = (i + 1) & (n - 1);
        slots[i] = k;
    }
    u->const_slots = slots;
    u->const_nslots = n;
    return true;
}

int compiler_add_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    if (v == VAL_ERR) return compiler_pending(c) - 1;
    if ((uint32_t)(u->nconsts + 1) * 2 > u->const_nslots && !const_rehash(c, u)) return -1;
    uint32_t mask = u->const_nslots - 1;
    bool dedupe = !IS_CODE(v);
    uint32_t i = dedupe ? const_hash(v) & mask : mix64(v) & mask;
    for (; u->const_slots[i] >= 0; i = (i + 1) & mask)
        if (dedupe && const_equal(u->consts[u->const_slots[i]], v)) return u->const_slots[i];
    if (!grow(c, (void **)&u->consts, u->nconsts, &u->consts_cap, sizeof(Value))) return -1;
    u->consts[u->nconsts] = v;
    u->const_slots[i] = u->nconsts;
    return u->nconsts++;
}

bool compiler_load_const(Compiler *c, Value v)
{
    if (val_is_small_int(v)) {
        int64_t i = val_as_small_int(v);
        if (i >= -SMALL_INT_IMM_BIAS && i < SMALL_INT_IMM_BIAS) return compiler_load_int(c, i);
    }
    int k = compiler_add_const(c, v);
    return k >= 0 && compiler_emit(c, OP_LOAD_CONST, (uint32_t)k);
}

bool compiler_load_int(Compiler *c, int64_t i)
{
    if (i >= -SMALL_INT_IMM_BIAS && i < SMALL_INT_IMM_BIAS)
        return compiler_emit(c, OP_LOAD_SMALL_INT, (uint32_t)(i + SMALL_INT_IMM_BIAS));
    Value v = int_from_i64(c->vm, i);
    int k = compiler_add_const(c, v);
    return k >= 0 && compiler_emit(c, OP_LOAD_CONST, (uint32_t)k);
}

/* ---- names ----------------------------------------------------------------------------------- */

Value compiler_str(Compiler *c, const char *s, size_t len)
{
    Value v = str_new(c->vm, s, len);
    if (v != VAL_ERR) v = str_intern(c->vm, v);
    if (v == VAL_ERR) compiler_pending(c);
    return v;
}

int compiler_add_name(Compiler *c, Value name)
{
    Unit *u = c->u;
    if ((uint32_t)(u->nnames + 1) * 2 > u->name_nslots) {
        uint32_t n = u->name_nslots ? u->name_nslots * 2 : 32;
        int32_t *slots = arena_alloc(c->arena, n * sizeof *slots);
        if (!slots) return compiler_nomem(c) - 1;
        memset(slots, 0xff, n * sizeof *slots);
        for (int k = 0; k < u->nnames; k++) {
            uint32_t i = mix64(u->names[k]) & (n - 1);
            while (slots[i] >= 0) i = (i + 1) & (n - 1);
            slots[i] = k;
        }
        u->name_slots = slots;
        u->name_nslots = n;
    }
    uint32_t mask = u->name_nslots - 1, i = mix64(name) & mask;
    for (; u->name_slots[i] >= 0; i = (i + 1) & mask)
        if (u->names[u->name_slots[i]] == name) return u->name_slots[i];
    if (!grow(c, (void **)&u->names, u->nnames, &u->names_cap, sizeof(Value))) return -1;
    u->names[u->nnames] = name;
    u->name_slots[i] = u->nnames;
    return u->nnames++;
}

int compiler_add_name_cstr(Compiler *c, const char *name)
{
    Value v = compiler_str(c, name, strlen(name));
    return v == VAL_ERR ? -1 : compiler_add_name(c, v);
}

const char *compiler_mangle(Compiler *c, const char *name)
{
    const char *m = symtable_mangle(c->arena, c->u->private_name, name);
    if (!m) compiler_nomem(c);
    return m;
}

bool compiler_emit_name(Compiler *c, int op, const char *name)
{
    const char *m = compiler_mangle(c, name);
    if (!m) return false;
    int k = compiler_add_name_cstr(c, m);
    return k >= 0 && compiler_emit(c, op, (uint32_t)k);
}

/* ---- name maps (locals, cells, free variables) ----------------------------------------------- */

static int namemap_find(const NameMap *m, const char *name)
{
    if (!m->nslots) return -1;
    uint32_t mask = m->nslots - 1;
    for (uint32_t i = symtable_hash(name) & mask; m->slots[i] >= 0; i = (i + 1) & mask)
        if (strcmp(m->keys[m->slots[i]], name) == 0) return m->slots[i];
    return -1;
}

/* Index of `name`, added at the end when absent; -1 when out of memory. */
static int namemap_add(Compiler *c, NameMap *m, const char *name)
{
    int at = namemap_find(m, name);
    if (at >= 0) return at;
    if ((uint32_t)(m->count + 1) * 2 > m->nslots) {
        uint32_t n = m->nslots ? m->nslots * 2 : 16;
        int32_t *slots = arena_alloc(c->arena, n * sizeof *slots);
        if (!slots) return compiler_nomem(c) - 1;
        memset(slots, 0xff, n * sizeof *slots);
        for (int k = 0; k < m->count; k++) {
            uint32_t i = symtable_hash(m->keys[k]) & (n - 1);
            while (slots[i] >= 0) i = (i + 1) & (n - 1);
            slots[i] = k;
        }
        m->slots = slots;
        m->nslots = n;
    }
    if (!grow(c, (void **)&m->keys, m->count, &m->cap, sizeof(char *))) return -1;
    uint32_t mask = m->nslots - 1, i = symtable_hash(name) & mask;
    while (m->slots[i] >= 0) i = (i + 1) & mask;
    m->keys[m->count] = name;
    m->slots[i] = m->count;
    return m->count++;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Fill `m` with the names of `ste` matching a scope (or flag), sorted as CPython does. */
static bool namemap_from_scope(Compiler *c, NameMap *m, const SymBlock *ste, SymScope scope,
                               int flag)
{
    const char **names = NULL;
    int n = 0, cap = 0;
    for (int i = 0; i < ste->nsymbols; i++) {
        const Symbol *s = &ste->symbols[i];
        if (s->scope != scope && !(s->flags & flag)) continue;
        if (!grow(c, (void **)&names, n, &cap, sizeof(char *))) return false;
        names[n++] = s->name;
    }
    if (n > 1) qsort(names, (size_t)n, sizeof(char *), cmp_cstr);
    for (int i = 0; i < n; i++)
        if (namemap_add(c, m, names[i]) < 0) return false;
    return true;
}

/* ---- name operations ------------------------------------------------------------------------- */

bool compiler_check_forbidden(Compiler *c, const char *name, AstExprContext ctx)
{
    if (ctx == AST_CTX_LOAD || strcmp(name, "__debug__") != 0) return true;
    return compiler_error(c, ctx == AST_CTX_STORE ? "cannot assign to __debug__"
                                                  : "cannot delete __debug__");
}

typedef enum NameOpKind { NAMEOP_FAST, NAMEOP_DEREF, NAMEOP_GLOBAL, NAMEOP_NAME } NameOpKind;

static bool emit_deref(Compiler *c, const char *mangled, SymScope scope, AstExprContext ctx)
{
    Unit *u = c->u;
    int idx = scope == SCOPE_CELL ? namemap_find(&u->cellvars, mangled)
                                  : namemap_find(&u->freevars, mangled);
    if (idx < 0) return compiler_error(c, "internal error: no cell for '%s'", mangled);
    if (scope != SCOPE_CELL) idx += u->cellvars.count;
    int op = ctx == AST_CTX_LOAD    ? OP_LOAD_DEREF
             : ctx == AST_CTX_STORE ? OP_STORE_DEREF
                                    : OP_DELETE_DEREF;
    return compiler_emit(c, op, (uint32_t)idx);
}

bool compiler_nameop(Compiler *c, const char *name, AstExprContext ctx)
{
    Unit *u = c->u;
    if (!compiler_check_forbidden(c, name, ctx)) return false;
    const char *mangled = compiler_mangle(c, name);
    if (!mangled) return false;
    SymScope scope = symblock_scope(u->ste, mangled);
    bool in_function = u->ste->kind == BLOCK_FUNCTION;
    NameOpKind kind = NAMEOP_NAME;
    switch (scope) {
    case SCOPE_FREE:
    case SCOPE_CELL:
        return emit_deref(c, mangled, scope, ctx);
    case SCOPE_LOCAL:
        kind = in_function ? NAMEOP_FAST : NAMEOP_NAME;
        break;
    case SCOPE_GLOBAL_IMPLICIT:
        kind = in_function ? NAMEOP_GLOBAL : NAMEOP_NAME;
        break;
    case SCOPE_GLOBAL_EXPLICIT:
        kind = NAMEOP_GLOBAL;
        break;
    default:
        break;
    }
    if (kind == NAMEOP_NAME && u->kind == UNIT_MODULE) kind = NAMEOP_GLOBAL;
    if (kind == NAMEOP_FAST) {
        int idx = namemap_add(c, &u->varnames, mangled);
        if (idx < 0) return false;
        int op = ctx == AST_CTX_LOAD    ? OP_LOAD_FAST
                 : ctx == AST_CTX_STORE ? OP_STORE_FAST
                                        : OP_DELETE_FAST;
        return compiler_emit(c, op, (uint32_t)idx);
    }
    int k = compiler_add_name_cstr(c, mangled);
    if (k < 0) return false;
    if (kind == NAMEOP_GLOBAL) {
        if (ctx == AST_CTX_LOAD) return compiler_emit(c, OP_LOAD_GLOBAL, (uint32_t)k << 1);
        return compiler_emit(c, ctx == AST_CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
                             (uint32_t)k);
    }
    int op = ctx == AST_CTX_LOAD    ? OP_LOAD_NAME
             : ctx == AST_CTX_STORE ? OP_STORE_NAME
                                    : OP_DELETE_NAME;
    return compiler_emit(c, op, (uint32_t)k);
}

/* ---- frame blocks ---------------------------------------------------------------------------- */

bool compiler_push_fblock(Compiler *c, FBlockKind kind, Block *b, Block *exit, const void *datum)
{
    Unit *u = c->u;
    if (u->nfblocks >= COMPILER_MAX_BLOCKS)
        return compiler_error(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return true;
}

void compiler_pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

/* ---- units ----------------------------------------------------------------------------------- */

static bool set_qualname(Compiler *c, Unit *u)
{
    Unit *parent = u->parent;
    char buf[512];
    const char *base = NULL;
    bool locals = false;
    if (parent && parent->kind != UNIT_MODULE) {
        bool force_global = false;
        if (u->kind == UNIT_FUNCTION || u->kind == UNIT_ASYNC_FUNCTION || u->kind == UNIT_CLASS) {
            const char *m = symtable_mangle(c->arena, parent->private_name, u->name);
            if (!m) return compiler_nomem(c);
            force_global = symblock_scope(parent->ste, m) == SCOPE_GLOBAL_EXPLICIT;
        }
        if (!force_global) {
            base = str_data(parent->qualname);
            locals = parent->kind == UNIT_FUNCTION || parent->kind == UNIT_ASYNC_FUNCTION ||
                     parent->kind == UNIT_LAMBDA;
        }
    }
    if (!base) {
        u->qualname = compiler_str(c, u->name, strlen(u->name));
        return u->qualname != VAL_ERR;
    }
    size_t need = strlen(base) + strlen(u->name) + 16;
    char *text = need <= sizeof buf ? buf : arena_alloc(c->arena, need);
    if (!text) return compiler_nomem(c);
    snprintf(text, need, "%s%s.%s", base, locals ? ".<locals>" : "", u->name);
    u->qualname = compiler_str(c, text, strlen(text));
    return u->qualname != VAL_ERR;
}

static bool enter_scope(Compiler *c, const char *name, UnitKind kind, const void *key,
                        int firstlineno)
{
    Unit *u = compiler_alloc(c, sizeof *u);
    if (!u) return false;
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->ste = key ? symtable_block_for(&c->st, key) : c->st.top;
    if (!u->ste) return compiler_error(c, "internal error: no symbol table for '%s'", name);
    u->private_name = c->u ? c->u->private_name : NULL;
    u->firstlineno = firstlineno;
    u->loc = (SourceLoc){firstlineno, firstlineno, -1, -1};
    for (int i = 0; i < u->ste->nparams; i++)
        if (namemap_add(c, &u->varnames, u->ste->params[i]) < 0) return false;
    if (!namemap_from_scope(c, &u->cellvars, u->ste, SCOPE_CELL, 0)) return false;
    if (u->ste->needs_class_closure && namemap_add(c, &u->cellvars, "__class__") < 0) return false;
    if (!namemap_from_scope(c, &u->freevars, u->ste, SCOPE_FREE, DEF_FREE_CLASS)) return false;
    c->u = u;
    Block *entry = compiler_new_block(c);
    if (!entry) return false;
    u->entry = u->cur = entry;
    return kind == UNIT_MODULE || set_qualname(c, u);
}

static void exit_scope(Compiler *c)
{
    c->u = c->u->parent;
}

static uint32_t unit_code_flags(const Unit *u)
{
    const SymBlock *ste = u->ste;
    if (u->kind == UNIT_MODULE) return CODE_MODULE;
    if (u->kind == UNIT_CLASS) return CODE_CLASS_BODY | (ste->nested ? CODE_NESTED : 0);
    uint32_t flags = 0;
    if (ste->nested) flags |= CODE_NESTED;
    if (ste->generator && ste->coroutine)
        flags |= CODE_ASYNC_GENERATOR;
    else if (ste->generator)
        flags |= CODE_GENERATOR;
    else if (ste->coroutine)
        flags |= CODE_COROUTINE;
    if (ste->varargs) flags |= CODE_VARARGS;
    if (ste->varkeywords) flags |= CODE_VARKEYWORDS;
    return flags;
}

/* Assemble the current unit and leave it. */
static CodeObj *finish_unit(Compiler *c)
{
    CodeObj *code = assemble_unit(c, unit_code_flags(c->u));
    exit_scope(c);
    return code;
}

/* MAKE_FUNCTION for `code`, loading the closure cells it needs from the current unit. */
static bool make_closure(Compiler *c, CodeObj *code, uint32_t flags)
{
    Unit *u = c->u;
    for (uint32_t i = 0; i < code->nfree; i++) {
        const char *name = str_data(code->freenames[i]);
        bool cell = u->kind == UNIT_CLASS && strcmp(name, "__class__") == 0;
        if (!cell) cell = symblock_scope(u->ste, name) == SCOPE_CELL;
        int idx = cell ? namemap_find(&u->cellvars, name) : namemap_find(&u->freevars, name);
        if (idx < 0) return compiler_error(c, "internal error: no closure cell for '%s'", name);
        if (!cell) idx += u->cellvars.count;
        if (!compiler_emit(c, OP_LOAD_CLOSURE, (uint32_t)idx)) return false;
    }
    if (code->nfree) {
        flags |= 8;
        if (!compiler_emit(c, OP_BUILD_TUPLE, code->nfree)) return false;
    }
    return compiler_load_const(c, val_from_obj(code)) && compiler_emit(c, OP_MAKE_FUNCTION, flags);
}

/* ---- functions ------------------------------------------------------------------------------- */

/* Defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags or -1. */
static int default_arguments(Compiler *c, const AstArguments *args)
{
    int flags = 0;
    if (args->defaults.count) {
        if (!compiler_exprs(c, &args->defaults) ||
            !compiler_emit(c, OP_BUILD_TUPLE, (uint32_t)args->defaults.count))
            return -1;
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (int i = 0; i < args->kwonlyargs.count; i++) {
        const AstExpr *def = args->kw_defaults.items[i];
        if (!def) continue;
        const char *m = compiler_mangle(c, args->kwonlyargs.items[i]->arg);
        if (!m) return -1;
        Value key = compiler_str(c, m, strlen(m));
        if (key == VAL_ERR || !compiler_load_const(c, key) || !compiler_expr(c, def)) return -1;
        nkw++;
    }
    if (nkw) {
        if (!compiler_emit(c, OP_BUILD_MAP, nkw)) return -1;
        flags |= 2;
    }
    return flags;
}

static bool annotation_value(Compiler *c, const AstExpr *ann)
{
    if (c->future_annotations) return compiler_source_string(c, ann);
    return compiler_expr(c, ann);
}

static bool visit_arg_annotation(Compiler *c, const char *name, const AstExpr *ann, int *count)
{
    if (!ann) return true;
    const char *m = compiler_mangle(c, name);
    if (!m) return false;
    Value key = compiler_str(c, m, strlen(m));
    if (key == VAL_ERR || !compiler_load_const(c, key) || !annotation_value(c, ann)) return false;
    *count += 2;
    return true;
}

static bool visit_arg_annotations(Compiler *c, const AstArgSeq *args, int *count)
{
    for (int i = 0; i < args->count; i++)
        if (!visit_arg_annotation(c, args->items[i]->arg, args->items[i]->annotation, count))
            return false;
    return true;
}

/* The annotations tuple (name, value, ...); returns the MAKE_FUNCTION flag 4 or 0, -1 on failure.
 */
static int visit_annotations(Compiler *c, const AstArguments *a, const AstExpr *returns)
{
    int count = 0;
    if (!visit_arg_annotations(c, &a->args, &count) ||
        !visit_arg_annotations(c, &a->posonlyargs, &count))
        return -1;
    if (a->vararg && !visit_arg_annotation(c, a->vararg->arg, a->vararg->annotation, &count))
        return -1;
    if (!visit_arg_annotations(c, &a->kwonlyargs, &count)) return -1;
    if (a->kwarg && !visit_arg_annotation(c, a->kwarg->arg, a->kwarg->annotation, &count))
        return -1;
    if (!visit_arg_annotation(c, "return", returns, &count)) return -1;
    if (!count) return 0;
    return compiler_emit(c, OP_BUILD_TUPLE, (uint32_t)count) ? 4 : -1;
}

static bool check_debug_args_seq(Compiler *c, const AstArgSeq *args)
{
    for (int i = 0; i < args->count; i++)
        if (!compiler_check_forbidden(c, args->items[i]->arg, AST_CTX_STORE)) return false;
    return true;
}

static bool check_debug_args(Compiler *c, const AstArguments *a)
{
    if (!check_debug_args_seq(c, &a->posonlyargs) || !check_debug_args_seq(c, &a->args) ||
        !check_debug_args_seq(c, &a->kwonlyargs))
        return false;
    if (a->vararg && !compiler_check_forbidden(c, a->vararg->arg, AST_CTX_STORE)) return false;
    return !a->kwarg || compiler_check_forbidden(c, a->kwarg->arg, AST_CTX_STORE);
}

static void set_arg_counts(Unit *u, const AstArguments *a)
{
    u->argcount = (uint32_t)(a->posonlyargs.count + a->args.count);
    u->posonlyargcount = (uint32_t)a->posonlyargs.count;
    u->kwonlyargcount = (uint32_t)a->kwonlyargs.count;
}

static bool apply_decorators(Compiler *c, const AstExprSeq *decos)
{
    for (int i = decos->count - 1; i >= 0; i--) {
        compiler_set_loc(c, decos->items[i]->pos);
        if (!compiler_emit(c, OP_CALL, 0)) return false;
    }
    return true;
}

bool compiler_function(Compiler *c, const AstStmt *s)
{
    const AstArguments *args = s->v.function_def.args;
    const AstExprSeq *decos = &s->v.function_def.decorator_list;
    if (!check_debug_args(c, args) || !compiler_exprs(c, decos)) return false;
    int firstlineno = decos->count ? decos->items[0]->pos.lineno : s->pos.lineno;
    int flags = default_arguments(c, args);
    if (flags < 0) return false;
    int ann = visit_annotations(c, args, s->v.function_def.returns);
    if (ann < 0) return false;
    flags |= ann;
    UnitKind kind = s->kind == AST_STMT_ASYNC_FUNCTION_DEF ? UNIT_ASYNC_FUNCTION : UNIT_FUNCTION;
    if (!enter_scope(c, s->v.function_def.name, kind, s, firstlineno)) return false;
    const AstStmtSeq *body = &s->v.function_def.body;
    const AstExpr *doc = compiler_docstring(body);
    Value docv = doc ? compiler_constant(c, &doc->v.constant) : VAL_NONE;
    if (compiler_add_const(c, docv) < 0) return false;
    set_arg_counts(c->u, args);
    for (int i = doc ? 1 : 0; i < body->count; i++)
        if (!compiler_stmt(c, body->items[i])) return false;
    CodeObj *code = finish_unit(c);
    if (!code) return false;
    compiler_set_loc(c, s->pos);
    if (!make_closure(c, code, (uint32_t)flags) || !apply_decorators(c, decos)) return false;
    compiler_set_loc(c, s->pos);
    return compiler_nameop(c, s->v.function_def.name, AST_CTX_STORE);
}

bool compiler_lambda(Compiler *c, const AstExpr *e)
{
    const AstArguments *args = e->v.lambda.args;
    if (!check_debug_args(c, args)) return false;
    int flags = default_arguments(c, args);
    if (flags < 0) return false;
    if (!enter_scope(c, "<lambda>", UNIT_LAMBDA, e, e->pos.lineno)) return false;
    if (compiler_add_const(c, VAL_NONE) < 0) return false; /* no docstring */
    set_arg_counts(c->u, args);
    compiler_set_loc(c, e->v.lambda.body->pos);
    if (!compiler_expr(c, e->v.lambda.body)) return false;
    compiler_set_loc(c, e->v.lambda.body->pos);
    if (!compiler_emit(c, OP_RETURN_VALUE, 0)) return false;
    CodeObj *code = finish_unit(c);
    return code && make_closure(c, code, (uint32_t)flags);
}

/* ---- classes --------------------------------------------------------------------------------- */

static bool class_body(Compiler *c, const AstStmt *s)
{
    Unit *u = c->u;
    u->private_name = s->v.class_def.name;
    compiler_set_loc(c, s->pos);
    if (!compiler_nameop(c, "__name__", AST_CTX_LOAD) ||
        !compiler_nameop(c, "__module__", AST_CTX_STORE) || !compiler_load_const(c, u->qualname) ||
        !compiler_nameop(c, "__qualname__", AST_CTX_STORE) ||
        !compiler_body(c, &s->v.class_def.body))
        return false;
    compiler_unset_loc(c);
    if (u->ste->needs_class_closure) {
        int idx = namemap_find(&u->cellvars, "__class__");
        if (!compiler_emit(c, OP_LOAD_CLOSURE, (uint32_t)idx) || !compiler_emit(c, OP_COPY, 1) ||
            !compiler_nameop(c, "__classcell__", AST_CTX_STORE))
            return false;
    } else if (!compiler_load_const(c, VAL_NONE)) {
        return false;
    }
    return compiler_emit(c, OP_RETURN_VALUE, 0);
}

bool compiler_class(Compiler *c, const AstStmt *s)
{
    const AstExprSeq *decos = &s->v.class_def.decorator_list;
    if (!compiler_exprs(c, decos)) return false;
    int firstlineno = decos->count ? decos->items[0]->pos.lineno : s->pos.lineno;
    if (!enter_scope(c, s->v.class_def.name, UNIT_CLASS, s, firstlineno)) return false;
    if (!class_body(c, s)) return false;
    CodeObj *code = finish_unit(c);
    if (!code) return false;
    compiler_set_loc(c, s->pos);
    if (!compiler_emit(c, OP_LOAD_BUILD_CLASS, 0) || !compiler_emit(c, OP_PUSH_NULL, 0) ||
        !make_closure(c, code, 0))
        return false;
    Value name = compiler_str(c, s->v.class_def.name, strlen(s->v.class_def.name));
    if (name == VAL_ERR || !compiler_load_const(c, name)) return false;
    if (!compiler_call_helper(c, 2, &s->v.class_def.bases, &s->v.class_def.keywords)) return false;
    if (!apply_decorators(c, decos)) return false;
    compiler_set_loc(c, s->pos);
    return compiler_nameop(c, s->v.class_def.name, AST_CTX_STORE);
}

/* ---- comprehensions -------------------------------------------------------------------------- */

typedef struct CompSpec {
    SymCompKind kind;
    const AstComprehensionSeq *gens;
    const AstExpr *elt, *value;
} CompSpec;

static bool comprehension_generator(Compiler *c, const CompSpec *spec, int index, int depth);

/* The element store at the innermost loop. */
static bool comprehension_element(Compiler *c, const CompSpec *spec, int depth)
{
    switch (spec->kind) {
    case COMP_GENEXP:
        return compiler_expr(c, spec->elt) && compiler_emit(c, OP_YIELD_VALUE, 0) &&
               compiler_emit(c, OP_POP_TOP, 0);
    case COMP_LIST:
        return compiler_expr(c, spec->elt) && compiler_emit(c, OP_LIST_APPEND, (uint32_t)depth + 1);
    case COMP_SET:
        return compiler_expr(c, spec->elt) && compiler_emit(c, OP_SET_ADD, (uint32_t)depth + 1);
    default:
        return compiler_expr(c, spec->elt) && compiler_expr(c, spec->value) &&
               compiler_emit(c, OP_MAP_ADD, (uint32_t)depth + 1);
    }
}

/* `for y in [expr]` inside a comprehension binds y without iterating (CPython's fast path). */
static const AstExpr *single_item_iter(const AstExpr *iter)
{
    const AstExprSeq *elts = iter->kind == AST_EXPR_LIST    ? &iter->v.list.elts
                             : iter->kind == AST_EXPR_TUPLE ? &iter->v.tuple.elts
                                                            : NULL;
    if (!elts || elts->count != 1 || elts->items[0]->kind == AST_EXPR_STARRED) return NULL;
    return elts->items[0];
}

static bool comprehension_generator(Compiler *c, const CompSpec *spec, int index, int depth)
{
    const AstComprehension *gen = spec->gens->items[index];
    if (gen->is_async) {
        Value what = compiler_str(c, "asynchronous comprehension", 26);
        int k = compiler_add_const(c, what);
        return k >= 0 && compiler_emit(c, OP_UNSUPPORTED, (uint32_t)k);
    }
    Block *start = compiler_new_block(c), *if_cleanup = compiler_new_block(c);
    Block *anchor = compiler_new_block(c);
    if (!start || !if_cleanup || !anchor) return false;
    const AstExpr *single = index ? single_item_iter(gen->iter) : NULL;
    if (index == 0) {
        if (!compiler_emit(c, OP_LOAD_FAST, 0)) return false;
    } else if (single) {
        if (!compiler_expr(c, single)) return false;
        start = NULL;
    } else if (!compiler_expr(c, gen->iter) || !compiler_emit(c, OP_GET_ITER, 0)) {
        return false;
    }
    if (start) {
        depth++;
        compiler_use_block(c, start);
        if (!compiler_emit_jump(c, OP_FOR_ITER, anchor)) return false;
    }
    if (!compiler_expr(c, gen->target)) return false;
    for (int i = 0; i < gen->ifs.count; i++)
        if (!compiler_jump_if(c, gen->ifs.items[i], if_cleanup, false)) return false;
    if (index + 1 < spec->gens->count) {
        if (!comprehension_generator(c, spec, index + 1, depth)) return false;
    } else if (!comprehension_element(c, spec, depth)) {
        return false;
    }
    compiler_use_block(c, if_cleanup);
    if (start) {
        if (!compiler_emit_jump(c, OP_JUMP, start)) return false;
        compiler_use_block(c, anchor);
    }
    return true;
}

bool compiler_comprehension(Compiler *c, const AstExpr *e)
{
    CompSpec spec;
    static const char *const names[] = {"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    if (e->kind == AST_EXPR_DICT_COMP) {
        spec = (CompSpec){COMP_DICT, &e->v.dict_comp.generators, e->v.dict_comp.key,
                          e->v.dict_comp.value};
    } else {
        SymCompKind k = e->kind == AST_EXPR_LIST_COMP  ? COMP_LIST
                        : e->kind == AST_EXPR_SET_COMP ? COMP_SET
                                                       : COMP_GENEXP;
        spec = (CompSpec){k, &e->v.list_comp.generators, e->v.list_comp.elt, NULL};
    }
    UnitKind outer = c->u->kind;
    if (!enter_scope(c, names[spec.kind], UNIT_COMPREHENSION, e, e->pos.lineno)) return false;
    compiler_set_loc(c, e->pos);
    bool is_async = c->u->ste->coroutine;
    if (is_async && spec.kind != COMP_GENEXP && outer != UNIT_ASYNC_FUNCTION &&
        outer != UNIT_COMPREHENSION)
        return compiler_error(c, "asynchronous comprehension outside of an asynchronous function");
    c->u->argcount = 1;
    static const int build_ops[] = {0, OP_BUILD_LIST, OP_BUILD_SET, OP_BUILD_MAP, 0};
    if (spec.kind != COMP_GENEXP && !compiler_emit(c, build_ops[spec.kind], 0)) return false;
    if (!comprehension_generator(c, &spec, 0, 0)) return false;
    if (spec.kind != COMP_GENEXP && !compiler_emit(c, OP_RETURN_VALUE, 0)) return false;
    CodeObj *code = finish_unit(c);
    if (!code || !make_closure(c, code, 0)) return false;
    const AstComprehension *first = spec.gens->items[0];
    if (!compiler_expr(c, first->iter)) return false;
    compiler_set_loc(c, e->pos);
    if (first->is_async) {
        Value what = compiler_str(c, "asynchronous comprehension", 26);
        int k = compiler_add_const(c, what);
        return k >= 0 && compiler_emit(c, OP_UNSUPPORTED, (uint32_t)k);
    }
    if (!compiler_emit(c, OP_GET_ITER, 0) || !compiler_emit(c, OP_CALL, 0)) return false;
    if (is_async && spec.kind != COMP_GENEXP)
        return compiler_emit(c, OP_GET_AWAITABLE, 0) && compiler_load_const(c, VAL_NONE) &&
               compiler_yield_from(c, true);
    return true;
}

/* ---- calls ----------------------------------------------------------------------------------- */

static bool validate_keywords(Compiler *c, const AstKeywordSeq *kws)
{
    for (int i = 0; i < kws->count; i++) {
        const AstKeyword *k = kws->items[i];
        if (!k->arg) continue;
        if (!compiler_check_forbidden(c, k->arg, AST_CTX_STORE)) return false;
        for (int j = i + 1; j < kws->count; j++) {
            const AstKeyword *o = kws->items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0)
                return compiler_error_at(c, o->pos, "keyword argument repeated: %s", k->arg);
        }
    }
    return true;
}

/* Values of the keywords [from, to) then a KW_NAMES with their names. */
static bool simple_keywords(Compiler *c, const AstKeywordSeq *kws)
{
    Value names = tuple_new(c->vm, (size_t)kws->count);
    if (names == VAL_ERR) return compiler_pending(c);
    for (int i = 0; i < kws->count; i++) {
        if (!compiler_expr(c, kws->items[i]->value)) return false;
        Value n = compiler_str(c, kws->items[i]->arg, strlen(kws->items[i]->arg));
        if (n == VAL_ERR) return false;
        AS_TUPLE(names)->items[i] = n;
    }
    int k = compiler_add_const(c, names);
    return k >= 0 && compiler_emit(c, OP_KW_NAMES, (uint32_t)k);
}

/* BUILD_MAP of the plain keywords [from, to). */
static bool subkwargs(Compiler *c, const AstKeywordSeq *kws, int from, int to)
{
    for (int i = from; i < to; i++) {
        Value n = compiler_str(c, kws->items[i]->arg, strlen(kws->items[i]->arg));
        if (n == VAL_ERR || !compiler_load_const(c, n) || !compiler_expr(c, kws->items[i]->value))
            return false;
    }
    return compiler_emit(c, OP_BUILD_MAP, (uint32_t)(to - from));
}

static bool call_kwargs_dict(Compiler *c, const AstKeywordSeq *kws)
{
    bool have_dict = false;
    int nseen = 0;
    for (int i = 0; i < kws->count; i++) {
        const AstKeyword *kw = kws->items[i];
        if (kw->arg) {
            nseen++;
            continue;
        }
        if (nseen) {
            if (!subkwargs(c, kws, i - nseen, i)) return false;
            if (have_dict && !compiler_emit(c, OP_DICT_MERGE, 1)) return false;
            have_dict = true;
            nseen = 0;
        }
        if (!have_dict && !compiler_emit(c, OP_BUILD_MAP, 0)) return false;
        have_dict = true;
        if (!compiler_expr(c, kw->value) || !compiler_emit(c, OP_DICT_MERGE, 1)) return false;
    }
    if (nseen) {
        if (!subkwargs(c, kws, kws->count - nseen, kws->count)) return false;
        if (have_dict && !compiler_emit(c, OP_DICT_MERGE, 1)) return false;
    }
    return true;
}

/* Positional arguments as one tuple (BUILD_LIST/LIST_EXTEND/LIST_TO_TUPLE), after `pushed`
 * items already on the stack that belong at its front. */
static bool starred_args(Compiler *c, int pushed, const AstExprSeq *args)
{
    bool built = false, star = false;
    for (int i = 0; i < args->count; i++)
        if (args->items[i]->kind == AST_EXPR_STARRED) star = true;
    if (!star)
        return compiler_exprs(c, args) &&
               compiler_emit(c, OP_BUILD_TUPLE, (uint32_t)(args->count + pushed));
    for (int i = 0; i < args->count; i++) {
        const AstExpr *a = args->items[i];
        if (a->kind == AST_EXPR_STARRED) {
            if (!built && !compiler_emit(c, OP_BUILD_LIST, (uint32_t)(i + pushed))) return false;
            built = true;
            if (!compiler_expr(c, a->v.starred.value) || !compiler_emit(c, OP_LIST_EXTEND, 1))
                return false;
        } else {
            if (!compiler_expr(c, a)) return false;
            if (built && !compiler_emit(c, OP_LIST_APPEND, 1)) return false;
        }
    }
    if (!built && !compiler_emit(c, OP_BUILD_LIST, (uint32_t)(args->count + pushed))) return false;
    return compiler_emit(c, OP_LIST_TO_TUPLE, 0);
}

bool compiler_call_helper(Compiler *c, int pushed, const AstExprSeq *args,
                          const AstKeywordSeq *keywords)
{
    if (!validate_keywords(c, keywords)) return false;
    SourceLoc loc = c->u->loc;
    bool ex = false;
    for (int i = 0; i < args->count; i++)
        if (args->items[i]->kind == AST_EXPR_STARRED) ex = true;
    for (int i = 0; i < keywords->count; i++)
        if (!keywords->items[i]->arg) ex = true;
    if (!ex) {
        if (!compiler_exprs(c, args)) return false;
        if (keywords->count && !simple_keywords(c, keywords)) return false;
        c->u->loc = loc;
        return compiler_emit(c, OP_CALL, (uint32_t)(pushed + args->count + keywords->count));
    }
    if (pushed == 0 && args->count == 1 && args->items[0]->kind == AST_EXPR_STARRED) {
        if (!compiler_expr(c, args->items[0]->v.starred.value)) return false;
    } else if (!starred_args(c, pushed, args)) {
        return false;
    }
    if (keywords->count && !call_kwargs_dict(c, keywords)) return false;
    c->u->loc = loc;
    return compiler_emit(c, OP_CALL_FUNCTION_EX, keywords->count > 0);
}

/* ---- the driver ------------------------------------------------------------------------------ */

static const char *const future_features[] = {
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
    NULL,
};

/* CPython's future.c: leading `from __future__ import` statements (after a docstring). */
static bool check_future(Compiler *c, const AstModule *mod)
{
    const AstStmtSeq *body = &mod->body;
    bool done = false;
    for (int i = 0; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        if (i == 0 && compiler_docstring(body)) continue;
        bool future = s->kind == AST_STMT_IMPORT_FROM && s->v.import_from.module &&
                      strcmp(s->v.import_from.module, "__future__") == 0;
        if (!future || done) {
            done = true;
            continue;
        }
        for (int j = 0; j < s->v.import_from.names.count; j++) {
            const char *f = s->v.import_from.names.items[j]->name;
            bool known = false;
            for (int k = 0; future_features[k]; k++)
                if (strcmp(f, future_features[k]) == 0) known = true;
            AstPos at = {s->pos.lineno, s->pos.col_offset, s->pos.lineno, -1};
            if (strcmp(f, "braces") == 0) return compiler_error_at(c, at, "not a chance");
            if (!known) return compiler_error_at(c, at, "future feature %s is not defined", f);
            if (strcmp(f, "annotations") == 0) c->future_annotations = true;
        }
        c->future_lineno = s->pos.lineno;
    }
    return true;
}

/* Byte offset `col` in line `lineno` as a 1-based character offset (CPython's parser errors). */
static int char_offset(const char *line, size_t line_len, int col)
{
    if (col < 0) return col;
    int chars = 0;
    for (size_t i = 0; i < (size_t)col && i < line_len; i++)
        if (((uint8_t)line[i] & 0xc0) != 0x80) chars++;
    return chars + 1;
}

/* Start and length (with its line end) of line `lineno` of the source. */
static bool source_line(const char *src, size_t len, int lineno, const char **start, size_t *n)
{
    if (lineno < 1) return false;
    size_t i = 0;
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) i = 3;
    for (int line = 1; line < lineno; line++) {
        while (i < len && src[i] != '\n' && src[i] != '\r') i++;
        if (i >= len) return false;
        if (src[i] == '\r' && i + 1 < len && src[i + 1] == '\n') i++;
        i++;
    }
    if (i > len) return false;
    size_t end = i;
    while (end < len && src[end] != '\n' && src[end] != '\r') end++;
    *start = src + i;
    *n = end - i;
    return true;
}

static bool set_exc_attr(VM *vm, Value dict, const char *name, Value v)
{
    Value key = str_intern_cstr(vm, name);
    return key != VAL_ERR && v != VAL_ERR && dict_set(vm, dict, key, v);
}

static Value int_or_none(VM *vm, int i)
{
    return i < 0 ? VAL_NONE : int_from_i64(vm, i);
}

/* Raise the SyntaxError (IndentationError, TabError) described by `info`. `char_offsets`: the
 * parser's convention (1-based characters); otherwise CPython's compiler convention (1-based
 * byte offsets). */
static Value raise_syntax_error(VM *vm, const SyntaxErrorInfo *info, const char *filename,
                                const char *src, size_t len, bool char_offsets)
{
    if (info->kind == SYNTAX_ERROR_NO_MEMORY) return vm_raise_nomem(vm);
    const TypeObj *type = info->kind == SYNTAX_ERROR_INDENTATION ? &exc_IndentationError
                          : info->kind == SYNTAX_ERROR_TAB       ? &exc_TabError
                                                                 : &exc_SyntaxError;
    const char *line = NULL;
    size_t line_len = 0;
    Value text = VAL_NONE;
    int offset = info->col_offset < 0 ? -1 : info->col_offset + 1;
    int end_offset = info->end_col_offset < 0 ? -1 : info->end_col_offset + 1;
    if (source_line(src, len, info->lineno, &line, &line_len)) {
        Buf b;
        buf_init(&b, vm);
        buf_append(&b, line, line_len);
        buf_append_char(&b, '\n');
        text = buf_finish_str(&b);
        if (text == VAL_ERR) return VAL_ERR;
        if (char_offsets) {
            offset = char_offset(line, line_len, info->col_offset);
            const char *end_line = NULL;
            size_t end_len = 0;
            if (info->end_lineno == info->lineno)
                end_offset = char_offset(line, line_len, info->end_col_offset);
            else if (source_line(src, len, info->end_lineno, &end_line, &end_len))
                end_offset = char_offset(end_line, end_len, info->end_col_offset);
        }
    }
    if (info->lineno <= 0) offset = end_offset = -1;
    Value msg = str_from_cstr(vm, info->message);
    Value fname = str_from_cstr(vm, filename);
    Value loc = tuple_new(vm, 6);
    Value args = tuple_new(vm, 2);
    Value dict = dict_new(vm);
    if (msg == VAL_ERR || fname == VAL_ERR || loc == VAL_ERR || args == VAL_ERR || dict == VAL_ERR)
        return VAL_ERR;
    Value vals[6] = {fname, int_or_none(vm, info->lineno),     int_or_none(vm, offset),
                     text,  int_or_none(vm, info->end_lineno), int_or_none(vm, end_offset)};
    static const char *const names[6] = {"filename", "lineno",     "offset",
                                         "text",     "end_lineno", "end_offset"};
    for (int i = 0; i < 6; i++) {
        if (vals[i] == VAL_ERR) return VAL_ERR;
        AS_TUPLE(loc)->items[i] = vals[i];
        if (!set_exc_attr(vm, dict, names[i], vals[i])) return VAL_ERR;
    }
    if (!set_exc_attr(vm, dict, "msg", msg)) return VAL_ERR;
    AS_TUPLE(args)->items[0] = msg;
    AS_TUPLE(args)->items[1] = loc;
    Value exc = exc_new(vm, type, args);
    if (exc == VAL_ERR) return VAL_ERR;
    AS_EXCEPTION(exc)->dict = dict;
    return vm_raise_value(vm, exc);
}

static CodeObj *compile_tree(Compiler *c, const AstModule *mod)
{
    if (!symtable_build(&c->st, c->arena, mod, &c->err)) {
        if (c->st.too_deep) {
            vm_raise(c->vm, &exc_RecursionError,
                     "maximum recursion depth exceeded during compilation");
            compiler_pending(c);
        } else if (c->err.kind == SYNTAX_ERROR_NO_MEMORY) {
            compiler_nomem(c);
        } else {
            c->failure = FAIL_SYNTAX;
        }
        return NULL;
    }
    if (!enter_scope(c, "<module>", UNIT_MODULE, NULL, 1)) return NULL;
    c->u->qualname = compiler_str(c, "<module>", 8);
    if (c->u->qualname == VAL_ERR || !check_future(c, mod)) return NULL;
    if (mod->kind == AST_EXPRESSION) {
        if (!compiler_expr(c, mod->expr) || !compiler_emit(c, OP_RETURN_VALUE, 0)) return NULL;
    } else if (!compiler_body(c, &mod->body)) {
        return NULL;
    }
    return finish_unit(c);
}

Value compile_module(VM *vm, const char *source, size_t len, const char *filename)
{
    Arena arena;
    arena_init(&arena, &vm->mem);
    Compiler c;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.arena = &arena;
    c.src = source;
    c.src_len = len;
    AstModule *mod = NULL;
    if (!parse_module(&arena, source, len, &mod, &c.err)) {
        arena_free_all(&arena);
        return raise_syntax_error(vm, &c.err, filename, source, len, true);
    }
    c.filename = str_from_cstr(vm, filename);
    c.source = c.filename == VAL_ERR ? VAL_ERR : str_new(vm, source, len);
    CodeObj *code = c.source == VAL_ERR ? NULL : compile_tree(&c, mod);
    arena_free_all(&arena);
    if (code) return val_from_obj(code);
    if (c.source == VAL_ERR || c.failure == FAIL_PENDING) return VAL_ERR;
    return raise_syntax_error(vm, &c.err, filename, source, len, false);
}
