/* symtable.h — scopes and name resolution, as CPython 3.11's Python/symtable.c.
 *
 * Two passes over the AST: the visit records, per scope, every name with how it is used (DEF_*
 * flags); the analysis then decides each name's scope (local, cell, free, global explicit or
 * implicit) following CPython's rules: class bodies are invisible to the functions nested in
 * them, `nonlocal` needs a binding in an enclosing function, a name free in a nested function is
 * a cell in the function that binds it, `__class__` is a cell of a class body whose methods use
 * `super` or `__class__`, comprehensions are functions whose first iterable is evaluated in the
 * enclosing scope, and a walrus in a comprehension binds in the nearest enclosing
 * non-comprehension scope.
 *
 * Memory: every table lives in the Arena given to symtable_build (the one holding the AST), so
 * freeing the arena frees them. Errors are reported in a SyntaxErrorInfo with CPython's message
 * and location (SYNTAX_ERROR_NO_MEMORY when the arena refuses).
 */
#ifndef GARTER_SYMTABLE_H
#define GARTER_SYMTABLE_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"

/* How a name is used in a scope (CPython's flags). */
enum {
    DEF_GLOBAL = 1,      /* global statement */
    DEF_LOCAL = 2,       /* assigned in the scope */
    DEF_PARAM = 4,       /* parameter */
    DEF_NONLOCAL = 8,    /* nonlocal statement */
    DEF_USE = 16,        /* read */
    DEF_FREE = 32,       /* used but not defined in a nested scope */
    DEF_FREE_CLASS = 64, /* free variable of a method, also bound in the class */
    DEF_IMPORT = 128,    /* bound by an import */
    DEF_ANNOT = 256,     /* annotated */
    DEF_COMP_ITER = 512, /* comprehension iteration variable */
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

/* Where a name lives, decided by the analysis. */
typedef enum SymScope {
    SCOPE_NONE = 0, /* not in the table (names the compiler makes up) */
    SCOPE_LOCAL,
    SCOPE_GLOBAL_EXPLICIT,
    SCOPE_GLOBAL_IMPLICIT,
    SCOPE_FREE,
    SCOPE_CELL,
} SymScope;

typedef enum SymBlockKind { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } SymBlockKind;

typedef enum SymCompKind {
    COMP_NONE,
    COMP_LIST,
    COMP_SET,
    COMP_DICT,
    COMP_GENEXP,
} SymCompKind;

typedef struct Symbol {
    const char *name; /* mangled */
    uint32_t hash;
    int flags; /* DEF_* */
    SymScope scope;
} Symbol;

/* A directive (global/nonlocal, or the implicit one of a walrus in a comprehension): where
 * analysis errors about that name are reported. */
typedef struct SymDirective {
    const char *name;
    AstPos pos;
} SymDirective;

typedef struct SymBlock SymBlock;
struct SymBlock {
    SymBlockKind kind;
    SymCompKind comprehension;
    const char *name; /* "top", the def/class name, "lambda", "listcomp"... */
    const void *key;  /* the AST node that opened the scope */
    AstPos pos;
    SymBlock *parent;

    Symbol *symbols; /* in first-use order (CPython's dict order) */
    int nsymbols, symbols_cap;
    int32_t *index; /* open addressing over symbols, -1 = empty; index_cap is a power of two */
    uint32_t index_cap;

    const char **params; /* parameter names in order (CPython's ste_varnames) */
    int nparams, params_cap;
    SymBlock **children;
    int nchildren, children_cap;
    SymDirective *directives;
    int ndirectives, directives_cap;

    bool nested; /* inside a function */
    bool generator;
    bool coroutine;
    bool varargs, varkeywords;
    bool returns_value;
    bool needs_class_closure; /* class body: a method uses __class__ */
    bool has_free, child_free;
    bool comp_iter_target; /* visiting a comprehension target */
    int comp_iter_expr;    /* visiting a comprehension iterable */
};

typedef struct Symtable {
    Arena *arena;
    SymBlock *top;
    SymBlock *cur;
    const char *private_name; /* enclosing class name, for mangling */
    SymBlock **keys;          /* open addressing: AST node -> block */
    uint32_t keys_cap, nkeys;
    SyntaxErrorInfo *err;
    bool future_annotations; /* `from __future__ import annotations` */
    int depth;               /* AST nesting of the visit, bounded by SYMTABLE_MAX_DEPTH */
    bool too_deep;           /* failed with RecursionError (err unused) */
} Symtable;

/* Nesting bound of the passes that recurse over the AST (CPython: 3 * the recursion limit);
 * deeper input fails with RecursionError "maximum recursion depth exceeded during compilation". */
#define SYMTABLE_MAX_DEPTH 3000

/* Build the table for a module. False with *err filled on a SyntaxError or out of memory. */
bool symtable_build(Symtable *st, Arena *arena, const AstModule *mod, SyntaxErrorInfo *err)
    __attribute__((warn_unused_result));

/* The scope opened by an AST node (FunctionDef, ClassDef, Lambda, a comprehension). */
SymBlock *symtable_block_for(const Symtable *st, const void *key);

/* The symbol for a (mangled) name in a block, or NULL. */
const Symbol *symblock_lookup(const SymBlock *b, const char *name);
/* The scope of a (mangled) name in a block: SCOPE_NONE when unknown. */
SymScope symblock_scope(const SymBlock *b, const char *name);

/* CPython's private name mangling: `__x` inside class `C` becomes `_C__x` (not dunder names,
 * not dotted names). Returns `name` itself when nothing changes, NULL when out of memory. */
const char *symtable_mangle(Arena *arena, const char *private_name, const char *name);

/* A hash of a NUL-terminated name (FNV-1a), shared with the compiler's name maps. */
uint32_t symtable_hash(const char *s);

#endif
