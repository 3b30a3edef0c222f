/* compiler_int.h — shared state of the bytecode compiler (compiler*.c, assemble.c).
 *
 * The compiler emits instructions into basic blocks (a CFG per code object, CPython 3.11's
 * design); assemble.c computes stack depths, labels every instruction with its exception
 * handler from the SETUP_* / POP_BLOCK pseudo-instructions, optimises a little, lays the blocks
 * out and builds the CodeObj. See the comment at the top of compiler.c for the protocols.
 *
 * Memory: blocks, instruction arrays and tables live in the AST's arena (freed in one go after
 * compile_module). Values (constants, names) are held in arena arrays: the collector never runs
 * during compilation, so they need no rooting.
 */
#ifndef GARTER_COMPILER_INT_H
#define GARTER_COMPILER_INT_H

#include "ast.h"
#include "code.h"
#include "compiler.h"
#include "symtable.h"

/* Pseudo-instructions: block setup for the exception table (removed by the assembler). */
enum {
    PSEUDO_SETUP_FINALLY = OP_COUNT, /* handler gets [.. exc] */
    PSEUDO_SETUP_CLEANUP,            /* handler gets [.. lasti exc] */
    PSEUDO_SETUP_WITH,               /* handler gets [.. lasti exc] below the __enter__ result */
    PSEUDO_POP_BLOCK,
    PSEUDO_COUNT
};

typedef struct Block Block;

typedef struct Instr {
    uint16_t op; /* Opcode or PSEUDO_* */
    uint32_t arg;
    Block *target; /* jumps and SETUP_*: the target block */
    Block *except; /* the handler block (assemble.c) */
    SourceLoc loc; /* line -1: none (inherits the previous instruction's) */
} Instr;

struct Block {
    Instr *instrs;
    int ninstrs, cap;
    Block *next;     /* layout order (fall-through successor) */
    Block *all_next; /* every block of the unit, in creation order */
    int startdepth;  /* -1 until reached by the depth computation */
    uint32_t offset; /* word index once laid out */
    bool visited;
    bool reachable;
    bool preserve_lasti; /* an exception handler entered with lasti pushed */
    struct ExceptStack *exstack;
};

/* Kinds of statically nested blocks (CPython's fblocktype). */
typedef enum FBlockKind {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    Block *block;
    Block *exit;
    const void *datum; /* FINALLY_TRY: the finally body; HANDLER_CLEANUP: the `as` name;
                          WITH: the with statement */
} FBlock;

#define COMPILER_MAX_BLOCKS 20 /* CPython's CO_MAXBLOCKS */

typedef enum UnitKind {
    UNIT_MODULE,
    UNIT_CLASS,
    UNIT_FUNCTION,
    UNIT_ASYNC_FUNCTION,
    UNIT_LAMBDA,
    UNIT_COMPREHENSION,
} UnitKind;

/* A string -> index map over arena memory (names are compared by content). */
typedef struct NameMap {
    const char **keys;
    int32_t *slots; /* open addressing: index into keys, -1 empty */
    uint32_t nslots;
    int count, cap;
} NameMap;

/* One code object being compiled. */
typedef struct Unit {
    struct Unit *parent;
    UnitKind kind;
    SymBlock *ste;
    const char *name;
    Value qualname;
    const char *private_name; /* class name for mangling */

    Block *entry, *cur, *all_blocks;

    Value *consts;
    int nconsts, consts_cap;
    int32_t *const_slots; /* hash index into consts, -1 empty */
    uint32_t const_nslots;

    Value *names;
    int nnames, names_cap;
    int32_t *name_slots; /* identity hash of interned strs */
    uint32_t name_nslots;

    NameMap varnames, cellvars, freevars;

    uint32_t argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    uint32_t ncaches;

    FBlock fblocks[COMPILER_MAX_BLOCKS];
    int nfblocks;

    SourceLoc loc; /* location given to new instructions */
} Unit;

typedef enum CompileFailure {
    FAIL_NONE,
    FAIL_SYNTAX,  /* c->err holds a SyntaxError (byte offsets, CPython's compiler style) */
    FAIL_PENDING, /* an exception is pending on the VM (MemoryError...) */
} CompileFailure;

typedef struct Compiler {
    VM *vm;
    Arena *arena;
    Symtable st;
    Unit *u;
    CompileFailure failure;
    SyntaxErrorInfo err;
    Value filename; /* str */
    Value source;   /* str */
    const char *src;
    size_t src_len;
    int future_lineno; /* line of the last leading `from __future__` import (0: none) */
    int depth;         /* AST nesting being compiled (SYMTABLE_MAX_DEPTH bounds it) */
    bool future_annotations;
} Compiler;

/* ---- compiler.c: units, tables, emission, errors -------------------------------------------- */

bool compiler_error(Compiler *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool compiler_error_at(Compiler *c, AstPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
bool compiler_nomem(Compiler *c);
/* A VM call failed: the exception is pending. */
bool compiler_pending(Compiler *c);
/* Enter one level of AST nesting; false (RecursionError pending) when too deep. Pair with
 * compiler_leave. */
bool compiler_enter(Compiler *c);
static inline void compiler_leave(Compiler *c)
{
    c->depth--;
}
void *compiler_alloc(Compiler *c, size_t size);

Block *compiler_new_block(Compiler *c);
/* Make `b` the current block, following the current one in the layout. */
void compiler_use_block(Compiler *c, Block *b);
bool compiler_next_block(Compiler *c);
bool compiler_emit(Compiler *c, int op, uint32_t arg);
bool compiler_emit_jump(Compiler *c, int op, Block *target);
/* The last instruction of the current block, or NULL. */
Instr *compiler_last_instr(Compiler *c);

static inline SourceLoc loc_from_pos(AstPos p)
{
    SourceLoc l = {p.lineno, p.end_lineno, p.col_offset, p.end_col_offset};
    return l;
}
static inline void compiler_set_loc(Compiler *c, AstPos p)
{
    c->u->loc = loc_from_pos(p);
}
static inline void compiler_unset_loc(Compiler *c)
{
    SourceLoc none = {-1, -1, -1, -1};
    c->u->loc = none;
}

/* Add a constant (deduplicated by type and value); its index, or -1 on failure. */
int compiler_add_const(Compiler *c, Value v);
bool compiler_load_const(Compiler *c, Value v);
/* Load an int constant, as LOAD_SMALL_INT when it fits the immediate. */
bool compiler_load_int(Compiler *c, int64_t i);
/* Index of an (interned) name in the current unit's names; -1 on failure. */
int compiler_add_name(Compiler *c, Value name);
int compiler_add_name_cstr(Compiler *c, const char *name);
/* Mangled name for the current unit; NULL when out of memory (failure recorded). */
const char *compiler_mangle(Compiler *c, const char *name);
/* Emit an instruction taking a (mangled) name index: LOAD_ATTR, STORE_ATTR, IMPORT_NAME... */
bool compiler_emit_name(Compiler *c, int op, const char *name);
Value compiler_str(Compiler *c, const char *s, size_t len); /* interned str or VAL_ERR */
bool compiler_nameop(Compiler *c, const char *name, AstExprContext ctx);
bool compiler_check_forbidden(Compiler *c, const char *name, AstExprContext ctx);

bool compiler_push_fblock(Compiler *c, FBlockKind kind, Block *b, Block *exit, const void *datum);
void compiler_pop_fblock(Compiler *c);

/* Functions, lambdas, classes, comprehensions (compiler.c). */
bool compiler_function(Compiler *c, const AstStmt *s);
bool compiler_class(Compiler *c, const AstStmt *s);
bool compiler_lambda(Compiler *c, const AstExpr *e);
bool compiler_comprehension(Compiler *c, const AstExpr *e);
/* CPython's compiler_call_helper: `pushed` operands already on the stack after the callable. */
bool compiler_call_helper(Compiler *c, int pushed, const AstExprSeq *args,
                          const AstKeywordSeq *keywords);

/* ---- compiler_expr.c ------------------------------------------------------------------------- */
bool compiler_expr(Compiler *c, const AstExpr *e);
bool compiler_exprs(Compiler *c, const AstExprSeq *seq);
/* Jump to `target` when the truth of e equals `cond`. */
bool compiler_jump_if(Compiler *c, const AstExpr *e, Block *target, bool cond);
/* The value of a constant expression (Constant, signed numbers, tuples of them): true and *out
 * set, or false (not constant, or a failure: check c->failure). */
bool compiler_const_value(Compiler *c, const AstExpr *e, Value *out);
Value compiler_constant(Compiler *c, const AstConstant *k);
bool compiler_yield_from(Compiler *c, bool await);
/* Compile a whole JoinedStr / annotation as a source string (future annotations). */
bool compiler_source_string(Compiler *c, const AstExpr *e);

/* ---- compiler_stmt.c ------------------------------------------------------------------------- */
bool compiler_stmt(Compiler *c, const AstStmt *s);
bool compiler_stmts(Compiler *c, const AstStmtSeq *body);
/* Module and class bodies: SETUP_ANNOTATIONS, docstring, statements. */
bool compiler_body(Compiler *c, const AstStmtSeq *body);
/* The docstring of a body, or NULL. */
const AstExpr *compiler_docstring(const AstStmtSeq *body);

/* ---- compiler_pattern.c ---------------------------------------------------------------------- */
bool compiler_match(Compiler *c, const AstStmt *s);

/* ---- assemble.c ------------------------------------------------------------------------------ */
/* Build the code object of the current unit. NULL on failure (recorded in c->failure). */
CodeObj *assemble_unit(Compiler *c, uint32_t flags);

#endif
