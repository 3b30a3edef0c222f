/* symtable.c — the symbol table: visit (record uses) then analyse (decide scopes), following
 * CPython 3.11's Python/symtable.c closely, including its error messages and their locations.
 * See symtable.h for the rules. All memory comes from the AST's arena. */
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- small arena helpers -------------------------------------------------------------------- */

static bool st_nomem(Symtable *st)
{
    st->err->kind = SYNTAX_ERROR_NO_MEMORY;
    snprintf(st->err->message, sizeof st->err->message, "out of memory");
    return false;
}

static bool st_error(Symtable *st, AstPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool st_error(Symtable *st, AstPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->err->message, sizeof st->err->message, fmt, ap);
    va_end(ap);
    st->err->kind = SYNTAX_ERROR_SYNTAX;
    st->err->lineno = pos.lineno;
    st->err->col_offset = pos.col_offset;
    st->err->end_lineno = pos.end_lineno;
    st->err->end_col_offset = pos.end_col_offset;
    return false;
}

static bool too_deep(Symtable *st)
{
    st->too_deep = true;
    st->err->kind = SYNTAX_ERROR_SYNTAX;
    snprintf(st->err->message, sizeof st->err->message,
             "maximum recursion depth exceeded during compilation");
    return false;
}

/* Grow an arena array of `elem` bytes per item to hold one more item. */
static bool st_reserve(Symtable *st, void **items, int count, int *cap, size_t elem)
{
    if (count < *cap) return true;
    int ncap = *cap ? *cap * 2 : 8;
    void *n = arena_alloc(st->arena, (size_t)ncap * elem);
    if (!n) return st_nomem(st);
    if (count) memcpy(n, *items, (size_t)count * elem);
    *items = n;
    *cap = ncap;
    return true;
}

uint32_t symtable_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

const char *symtable_mangle(Arena *arena, const char *private_name, const char *name)
{
    size_t nlen = strlen(name);
    if (!private_name || nlen < 2 || name[0] != '_' || name[1] != '_') return name;
    if (nlen >= 4 && name[nlen - 1] == '_' && name[nlen - 2] == '_') return name; /* dunder */
    if (strchr(name, '.')) return name;
    while (*private_name == '_') private_name++;
    if (!*private_name) return name; /* a class named only with underscores */
    size_t plen = strlen(private_name);
    char *m = arena_alloc(arena, 1 + plen + nlen + 1);
    if (!m) return NULL;
    m[0] = '_';
    memcpy(m + 1, private_name, plen);
    memcpy(m + 1 + plen, name, nlen + 1);
    return m;
}

/* ---- symbols of one block -------------------------------------------------------------------- */

static Symbol *block_find(const SymBlock *b, const char *name, uint32_t hash)
{
    if (!b->index_cap) return NULL;
    uint32_t mask = b->index_cap - 1;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        int32_t at = b->index[i];
        if (at < 0) return NULL;
        Symbol *s = &b->symbols[at];
        if (s->hash == hash && strcmp(s->name, name) == 0) return s;
    }
}

static bool block_rehash(Symtable *st, SymBlock *b)
{
    uint32_t cap = b->index_cap ? b->index_cap * 2 : 16;
    int32_t *index = arena_alloc(st->arena, cap * sizeof *index);
    if (!index) return st_nomem(st);
    memset(index, 0xff, cap * sizeof *index);
    for (int k = 0; k < b->nsymbols; k++) {
        uint32_t i = b->symbols[k].hash & (cap - 1);
        while (index[i] >= 0) i = (i + 1) & (cap - 1);
        index[i] = k;
    }
    b->index = index;
    b->index_cap = cap;
    return true;
}

/* The symbol for `name` in `b`, created with no flags when absent; NULL when out of memory. */
static Symbol *block_symbol(Symtable *st, SymBlock *b, const char *name)
{
    uint32_t hash = symtable_hash(name);
    Symbol *s = block_find(b, name, hash);
    if (s) return s;
    if ((uint32_t)(b->nsymbols + 1) * 2 > b->index_cap && !block_rehash(st, b)) return NULL;
    if (!st_reserve(st, (void **)&b->symbols, b->nsymbols, &b->symbols_cap, sizeof(Symbol)))
        return NULL;
    s = &b->symbols[b->nsymbols];
    s->name = name;
    s->hash = hash;
    s->flags = 0;
    s->scope = SCOPE_NONE;
    uint32_t i = hash & (b->index_cap - 1);
    while (b->index[i] >= 0) i = (i + 1) & (b->index_cap - 1);
    b->index[i] = b->nsymbols++;
    return s;
}

const Symbol *symblock_lookup(const SymBlock *b, const char *name)
{
    return block_find(b, name, symtable_hash(name));
}

SymScope symblock_scope(const SymBlock *b, const char *name)
{
    const Symbol *s = symblock_lookup(b, name);
    return s ? s->scope : SCOPE_NONE;
}

static int block_flags(const SymBlock *b, const char *name)
{
    const Symbol *s = symblock_lookup(b, name);
    return s ? s->flags : 0;
}

/* ---- the node -> block map ------------------------------------------------------------------- */

static uint32_t key_hash(const void *key)
{
    uint64_t k = (uint64_t)(uintptr_t)key;
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (uint32_t)k;
}

static bool keys_insert(Symtable *st, SymBlock *b)
{
    if ((st->nkeys + 1) * 2 > st->keys_cap) {
        uint32_t cap = st->keys_cap ? st->keys_cap * 2 : 16;
        SymBlock **keys = arena_calloc(st->arena, cap * sizeof *keys);
        if (!keys) return st_nomem(st);
        for (uint32_t k = 0; k < st->keys_cap; k++) {
            if (!st->keys[k]) continue;
            uint32_t i = key_hash(st->keys[k]->key) & (cap - 1);
            while (keys[i]) i = (i + 1) & (cap - 1);
            keys[i] = st->keys[k];
        }
        st->keys = keys;
        st->keys_cap = cap;
    }
    uint32_t i = key_hash(b->key) & (st->keys_cap - 1);
    while (st->keys[i]) i = (i + 1) & (st->keys_cap - 1);
    st->keys[i] = b;
    st->nkeys++;
    return true;
}

SymBlock *symtable_block_for(const Symtable *st, const void *key)
{
    if (!st->keys_cap) return NULL;
    uint32_t mask = st->keys_cap - 1;
    for (uint32_t i = key_hash(key) & mask; st->keys[i]; i = (i + 1) & mask)
        if (st->keys[i]->key == key) return st->keys[i];
    return NULL;
}

/* ---- entering and leaving blocks ------------------------------------------------------------- */

static bool enter_block(Symtable *st, const char *name, SymBlockKind kind, const void *key,
                        AstPos pos)
{
    SymBlock *b = arena_calloc(st->arena, sizeof *b);
    if (!b) return st_nomem(st);
    b->kind = kind;
    b->name = name;
    b->key = key;
    b->pos = pos;
    b->parent = st->cur;
    if (st->cur) {
        SymBlock *p = st->cur;
        b->nested = p->nested || p->kind == BLOCK_FUNCTION;
        if (!st_reserve(st, (void **)&p->children, p->nchildren, &p->children_cap,
                        sizeof(SymBlock *)))
            return false;
        p->children[p->nchildren++] = b;
    } else {
        st->top = b;
    }
    st->cur = b;
    return key ? keys_insert(st, b) : true;
}

static void exit_block(Symtable *st)
{
    st->cur = st->cur->parent;
}

/* ---- recording definitions ------------------------------------------------------------------ */

static bool add_def_in(Symtable *st, SymBlock *b, const char *name, int flag, AstPos pos)
{
    const char *mangled = symtable_mangle(st->arena, st->private_name, name);
    if (!mangled) return st_nomem(st);
    Symbol *s = block_symbol(st, b, mangled);
    if (!s) return false;
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM))
        return st_error(st, pos, "duplicate argument '%s' in function definition", name);
    int val = s->flags | flag;
    if (b->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return st_error(st, pos,
                            "comprehension inner loop cannot rebind assignment expression target "
                            "'%s'",
                            name);
        val |= DEF_COMP_ITER;
    }
    s->flags = val;
    if (flag & DEF_PARAM) {
        if (!st_reserve(st, (void **)&b->params, b->nparams, &b->params_cap, sizeof(char *)))
            return false;
        b->params[b->nparams++] = mangled;
    } else if ((flag & DEF_GLOBAL) && b != st->top) {
        Symbol *g = block_symbol(st, st->top, mangled);
        if (!g) return false;
        g->flags |= flag;
    }
    return true;
}

static bool add_def(Symtable *st, const char *name, int flag, AstPos pos)
{
    return add_def_in(st, st->cur, name, flag, pos);
}

static bool record_directive(Symtable *st, const char *name, AstPos pos)
{
    SymBlock *b = st->cur;
    if (!st_reserve(st, (void **)&b->directives, b->ndirectives, &b->directives_cap,
                    sizeof(SymDirective)))
        return false;
    const char *mangled = symtable_mangle(st->arena, st->private_name, name);
    if (!mangled) return st_nomem(st);
    b->directives[b->ndirectives].name = mangled;
    b->directives[b->ndirectives].pos = pos;
    b->ndirectives++;
    return true;
}

/* Flags of a name in the current block (mangled like the definitions). */
static int cur_flags(Symtable *st, const char *name, bool *ok)
{
    const char *mangled = symtable_mangle(st->arena, st->private_name, name);
    *ok = mangled != NULL;
    if (!mangled) return st_nomem(st);
    return block_flags(st->cur, mangled);
}

/* ---- the visit ------------------------------------------------------------------------------- */

static bool visit_expr(Symtable *st, const AstExpr *e);
static bool visit_stmts(Symtable *st, const AstStmtSeq *body);

static bool visit_exprs(Symtable *st, const AstExprSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        if (seq->items[i] && !visit_expr(st, seq->items[i])) return false;
    return true;
}

static bool visit_params(Symtable *st, const AstArgSeq *args)
{
    for (int i = 0; i < args->count; i++)
        if (!add_def(st, args->items[i]->arg, DEF_PARAM, args->items[i]->pos)) return false;
    return true;
}

static bool visit_arguments(Symtable *st, const AstArguments *a)
{
    if (!visit_params(st, &a->posonlyargs) || !visit_params(st, &a->args) ||
        !visit_params(st, &a->kwonlyargs))
        return false;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, DEF_PARAM, a->vararg->pos)) return false;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, DEF_PARAM, a->kwarg->pos)) return false;
        st->cur->varkeywords = true;
    }
    return true;
}

/* Annotations are evaluated in the enclosing scope (not under the `annotations` future). */
static bool visit_annotation(Symtable *st, const AstExpr *ann)
{
    if (!ann || st->future_annotations) return true;
    return visit_expr(st, ann);
}

static bool visit_arg_annotations(Symtable *st, const AstArgSeq *args)
{
    for (int i = 0; i < args->count; i++)
        if (!visit_annotation(st, args->items[i]->annotation)) return false;
    return true;
}

static bool visit_all_annotations(Symtable *st, const AstArguments *a, const AstExpr *returns)
{
    if (!visit_arg_annotations(st, &a->posonlyargs) || !visit_arg_annotations(st, &a->args))
        return false;
    if (a->vararg && !visit_annotation(st, a->vararg->annotation)) return false;
    if (a->kwarg && !visit_annotation(st, a->kwarg->annotation)) return false;
    if (!visit_arg_annotations(st, &a->kwonlyargs)) return false;
    return visit_annotation(st, returns);
}

static bool visit_function(Symtable *st, const AstStmt *s)
{
    const AstArguments *args = s->v.function_def.args;
    if (!add_def(st, s->v.function_def.name, DEF_LOCAL, s->pos)) return false;
    if (!visit_exprs(st, &args->defaults) || !visit_exprs(st, &args->kw_defaults)) return false;
    if (!visit_all_annotations(st, args, s->v.function_def.returns)) return false;
    if (!visit_exprs(st, &s->v.function_def.decorator_list)) return false;
    if (!enter_block(st, s->v.function_def.name, BLOCK_FUNCTION, s, s->pos)) return false;
    if (s->kind == AST_STMT_ASYNC_FUNCTION_DEF) st->cur->coroutine = true;
    if (!visit_arguments(st, args) || !visit_stmts(st, &s->v.function_def.body)) return false;
    exit_block(st);
    return true;
}

static bool visit_class(Symtable *st, const AstStmt *s)
{
    if (!add_def(st, s->v.class_def.name, DEF_LOCAL, s->pos)) return false;
    if (!visit_exprs(st, &s->v.class_def.bases)) return false;
    for (int i = 0; i < s->v.class_def.keywords.count; i++)
        if (!visit_expr(st, s->v.class_def.keywords.items[i]->value)) return false;
    if (!visit_exprs(st, &s->v.class_def.decorator_list)) return false;
    if (!enter_block(st, s->v.class_def.name, BLOCK_CLASS, s, s->pos)) return false;
    const char *saved = st->private_name;
    st->private_name = s->v.class_def.name;
    bool ok = visit_stmts(st, &s->v.class_def.body);
    st->private_name = saved;
    if (!ok) return false;
    exit_block(st);
    return true;
}

/* global / nonlocal statements. */
static bool visit_directive(Symtable *st, const AstStmt *s, bool global)
{
    const AstIdentSeq *names = global ? &s->v.global.names : &s->v.nonlocal.names;
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < names->count; i++) {
        const char *name = names->items[i];
        bool ok;
        int cur = cur_flags(st, name, &ok);
        if (!ok) return false;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM)
                return st_error(st, s->pos, "name '%s' is parameter and %s", name, what);
            if (cur & DEF_USE)
                return st_error(st, s->pos, "name '%s' is used prior to %s declaration", name,
                                what);
            if (cur & DEF_ANNOT)
                return st_error(st, s->pos, "annotated name '%s' can't be %s", name, what);
            return st_error(st, s->pos, "name '%s' is assigned to before %s declaration", name,
                            what);
        }
        if (!add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->pos)) return false;
        if (!record_directive(st, name, s->pos)) return false;
    }
    return true;
}

static bool visit_alias(Symtable *st, const AstAlias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != BLOCK_MODULE)
            return st_error(st, a->pos, "import * only allowed at module level");
        return true;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
        name = arena_strndup(st->arena, name, (size_t)(dot - name));
        if (!name) return st_nomem(st);
    }
    return add_def(st, name, DEF_IMPORT, a->pos);
}

static bool visit_ann_assign(Symtable *st, const AstStmt *s)
{
    const AstExpr *target = s->v.ann_assign.target;
    if (target->kind == AST_EXPR_NAME) {
        const char *name = target->v.name.id;
        bool ok;
        int cur = cur_flags(st, name, &ok);
        if (!ok) return false;
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->v.ann_assign.simple)
            return st_error(st, s->pos, "annotated name '%s' can't be %s", name,
                            (cur & DEF_GLOBAL) ? "global" : "nonlocal");
        if (s->v.ann_assign.simple) {
            if (!add_def(st, name, DEF_ANNOT | DEF_LOCAL, target->pos)) return false;
        } else if (s->v.ann_assign.value) {
            if (!add_def(st, name, DEF_LOCAL, target->pos)) return false;
        }
    } else if (!visit_expr(st, target)) {
        return false;
    }
    if (!visit_annotation(st, s->v.ann_assign.annotation)) return false;
    return !s->v.ann_assign.value || visit_expr(st, s->v.ann_assign.value);
}

static bool visit_pattern(Symtable *st, const AstPattern *p);

static bool visit_patterns(Symtable *st, const AstPatternSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        if (!visit_pattern(st, seq->items[i])) return false;
    return true;
}

static bool visit_pattern_inner(Symtable *st, const AstPattern *p);

static bool visit_pattern(Symtable *st, const AstPattern *p)
{
    if (++st->depth > SYMTABLE_MAX_DEPTH) return too_deep(st);
    bool ok = visit_pattern_inner(st, p);
    st->depth--;
    return ok;
}

static bool visit_pattern_inner(Symtable *st, const AstPattern *p)
{
    switch (p->kind) {
    case AST_PAT_MATCH_VALUE:
        return visit_expr(st, p->v.match_value.value);
    case AST_PAT_MATCH_SINGLETON:
        return true;
    case AST_PAT_MATCH_SEQUENCE:
        return visit_patterns(st, &p->v.match_sequence.patterns);
    case AST_PAT_MATCH_STAR:
        return !p->v.match_star.name || add_def(st, p->v.match_star.name, DEF_LOCAL, p->pos);
    case AST_PAT_MATCH_MAPPING:
        if (!visit_exprs(st, &p->v.match_mapping.keys)) return false;
        if (!visit_patterns(st, &p->v.match_mapping.patterns)) return false;
        return !p->v.match_mapping.rest || add_def(st, p->v.match_mapping.rest, DEF_LOCAL, p->pos);
    case AST_PAT_MATCH_CLASS:
        if (!visit_expr(st, p->v.match_class.cls)) return false;
        if (!visit_patterns(st, &p->v.match_class.patterns)) return false;
        return visit_patterns(st, &p->v.match_class.kwd_patterns);
    case AST_PAT_MATCH_AS:
        if (p->v.match_as.pattern && !visit_pattern(st, p->v.match_as.pattern)) return false;
        return !p->v.match_as.name || add_def(st, p->v.match_as.name, DEF_LOCAL, p->pos);
    case AST_PAT_MATCH_OR:
        return visit_patterns(st, &p->v.match_or.patterns);
    default:
        return true;
    }
}

static bool visit_try(Symtable *st, const AstStmt *s)
{
    if (!visit_stmts(st, &s->v.try_.body) || !visit_stmts(st, &s->v.try_.orelse)) return false;
    for (int i = 0; i < s->v.try_.handlers.count; i++) {
        const AstExceptHandler *h = s->v.try_.handlers.items[i];
        if (h->type && !visit_expr(st, h->type)) return false;
        if (h->name && !add_def(st, h->name, DEF_LOCAL, h->pos)) return false;
        if (!visit_stmts(st, &h->body)) return false;
    }
    return visit_stmts(st, &s->v.try_.finalbody);
}

static bool is_future_annotations(const AstStmt *s)
{
    if (s->kind != AST_STMT_IMPORT_FROM || !s->v.import_from.module ||
        strcmp(s->v.import_from.module, "__future__") != 0)
        return false;
    for (int i = 0; i < s->v.import_from.names.count; i++)
        if (strcmp(s->v.import_from.names.items[i]->name, "annotations") == 0) return true;
    return false;
}

static bool visit_stmt_inner(Symtable *st, const AstStmt *s);

static bool visit_stmt(Symtable *st, const AstStmt *s)
{
    if (++st->depth > SYMTABLE_MAX_DEPTH) return too_deep(st);
    bool ok = visit_stmt_inner(st, s);
    st->depth--;
    return ok;
}

static bool visit_stmt_inner(Symtable *st, const AstStmt *s)
{
    switch (s->kind) {
    case AST_STMT_FUNCTION_DEF:
    case AST_STMT_ASYNC_FUNCTION_DEF:
        return visit_function(st, s);
    case AST_STMT_CLASS_DEF:
        return visit_class(st, s);
    case AST_STMT_RETURN:
        if (!s->v.return_.value) return true;
        st->cur->returns_value = true;
        return visit_expr(st, s->v.return_.value);
    case AST_STMT_DELETE:
        return visit_exprs(st, &s->v.delete_.targets);
    case AST_STMT_ASSIGN:
        return visit_exprs(st, &s->v.assign.targets) && visit_expr(st, s->v.assign.value);
    case AST_STMT_AUG_ASSIGN:
        return visit_expr(st, s->v.aug_assign.target) && visit_expr(st, s->v.aug_assign.value);
    case AST_STMT_ANN_ASSIGN:
        return visit_ann_assign(st, s);
    case AST_STMT_FOR:
    case AST_STMT_ASYNC_FOR:
        return visit_expr(st, s->v.for_.target) && visit_expr(st, s->v.for_.iter) &&
               visit_stmts(st, &s->v.for_.body) && visit_stmts(st, &s->v.for_.orelse);
    case AST_STMT_WHILE:
        return visit_expr(st, s->v.while_.test) && visit_stmts(st, &s->v.while_.body) &&
               visit_stmts(st, &s->v.while_.orelse);
    case AST_STMT_IF:
        return visit_expr(st, s->v.if_.test) && visit_stmts(st, &s->v.if_.body) &&
               visit_stmts(st, &s->v.if_.orelse);
    case AST_STMT_WITH:
    case AST_STMT_ASYNC_WITH:
        for (int i = 0; i < s->v.with.items.count; i++) {
            const AstWithItem *item = s->v.with.items.items[i];
            if (!visit_expr(st, item->context_expr)) return false;
            if (item->optional_vars && !visit_expr(st, item->optional_vars)) return false;
        }
        return visit_stmts(st, &s->v.with.body);
    case AST_STMT_MATCH:
        if (!visit_expr(st, s->v.match.subject)) return false;
        for (int i = 0; i < s->v.match.cases.count; i++) {
            const AstMatchCase *c = s->v.match.cases.items[i];
            if (!visit_pattern(st, c->pattern)) return false;
            if (c->guard && !visit_expr(st, c->guard)) return false;
            if (!visit_stmts(st, &c->body)) return false;
        }
        return true;
    case AST_STMT_RAISE:
        if (s->v.raise.exc && !visit_expr(st, s->v.raise.exc)) return false;
        return !s->v.raise.cause || visit_expr(st, s->v.raise.cause);
    case AST_STMT_TRY:
    case AST_STMT_TRY_STAR:
        return visit_try(st, s);
    case AST_STMT_ASSERT:
        if (!visit_expr(st, s->v.assert_.test)) return false;
        return !s->v.assert_.msg || visit_expr(st, s->v.assert_.msg);
    case AST_STMT_IMPORT:
        for (int i = 0; i < s->v.import.names.count; i++)
            if (!visit_alias(st, s->v.import.names.items[i])) return false;
        return true;
    case AST_STMT_IMPORT_FROM:
        if (is_future_annotations(s)) st->future_annotations = true;
        for (int i = 0; i < s->v.import_from.names.count; i++)
            if (!visit_alias(st, s->v.import_from.names.items[i])) return false;
        return true;
    case AST_STMT_GLOBAL:
        return visit_directive(st, s, true);
    case AST_STMT_NONLOCAL:
        return visit_directive(st, s, false);
    case AST_STMT_EXPR:
        return visit_expr(st, s->v.expr.value);
    default:
        return true; /* pass, break, continue */
    }
}

static bool visit_stmts(Symtable *st, const AstStmtSeq *body)
{
    for (int i = 0; i < body->count; i++)
        if (!visit_stmt(st, body->items[i])) return false;
    return true;
}

/* ---- expressions ----------------------------------------------------------------------------- */

static bool raise_if_comprehension(Symtable *st, const AstExpr *e)
{
    static const char *const kinds[] = {"", "list comprehension", "set comprehension",
                                        "dict comprehension", "generator expression"};
    return st_error(st, e->pos, "'yield' inside %s", kinds[st->cur->comprehension]);
}

/* A walrus inside a comprehension binds in the nearest enclosing function or module. */
static bool extend_namedexpr_scope(Symtable *st, const AstExpr *target)
{
    const char *name = target->v.name.id;
    for (SymBlock *b = st->cur; b; b = b->parent) {
        if (b->comprehension != COMP_NONE) {
            if (block_flags(b, name) & DEF_COMP_ITER)
                return st_error(st, target->pos,
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'",
                                name);
            continue;
        }
        if (b->kind == BLOCK_FUNCTION) {
            int flag = (block_flags(b, name) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (!add_def(st, name, flag, target->pos)) return false;
            if (!record_directive(st, name, target->pos)) return false;
            return add_def_in(st, b, name, DEF_LOCAL, target->pos);
        }
        if (b->kind == BLOCK_MODULE) {
            if (!add_def(st, name, DEF_GLOBAL, target->pos)) return false;
            if (!record_directive(st, name, target->pos)) return false;
            return add_def_in(st, b, name, DEF_GLOBAL, target->pos);
        }
        return st_error(st, target->pos,
                        "assignment expression within a comprehension cannot be used in a class "
                        "body");
    }
    return true;
}

static bool visit_namedexpr(Symtable *st, const AstExpr *e)
{
    if (st->cur->comp_iter_expr > 0)
        return st_error(st, e->pos,
                        "assignment expression cannot be used in a comprehension iterable "
                        "expression");
    if (st->cur->comprehension != COMP_NONE && !extend_namedexpr_scope(st, e->v.named_expr.target))
        return false;
    return visit_expr(st, e->v.named_expr.value) && visit_expr(st, e->v.named_expr.target);
}

static bool visit_comprehension_tail(Symtable *st, const AstComprehension *c)
{
    st->cur->comp_iter_target = true;
    bool ok = visit_expr(st, c->target);
    st->cur->comp_iter_target = false;
    if (!ok) return false;
    st->cur->comp_iter_expr++;
    ok = visit_expr(st, c->iter);
    st->cur->comp_iter_expr--;
    if (!ok || !visit_exprs(st, &c->ifs)) return false;
    if (c->is_async) st->cur->coroutine = true;
    return true;
}

static bool visit_comprehension(Symtable *st, const AstExpr *e, const AstComprehensionSeq *gens,
                                const AstExpr *elt, const AstExpr *value)
{
    static const char *const names[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
    SymCompKind kind = e->kind == AST_EXPR_LIST_COMP   ? COMP_LIST
                       : e->kind == AST_EXPR_SET_COMP  ? COMP_SET
                       : e->kind == AST_EXPR_DICT_COMP ? COMP_DICT
                                                       : COMP_GENEXP;
    const AstComprehension *outer = gens->items[0];
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(st, outer->iter);
    st->cur->comp_iter_expr--;
    if (!ok) return false;
    if (!enter_block(st, names[kind], BLOCK_FUNCTION, e, e->pos)) return false;
    SymBlock *b = st->cur;
    b->comprehension = kind;
    if (outer->is_async) b->coroutine = true;
    if (!add_def(st, ".0", DEF_PARAM, e->pos)) return false;
    b->comp_iter_target = true;
    ok = visit_expr(st, outer->target);
    b->comp_iter_target = false;
    if (!ok || !visit_exprs(st, &outer->ifs)) return false;
    for (int i = 1; i < gens->count; i++)
        if (!visit_comprehension_tail(st, gens->items[i])) return false;
    if (value && !visit_expr(st, value)) return false;
    if (!visit_expr(st, elt)) return false;
    b->generator = kind == COMP_GENEXP;
    bool is_async = b->coroutine && kind != COMP_GENEXP;
    exit_block(st);
    if (is_async) st->cur->coroutine = true;
    return true;
}

static bool visit_lambda(Symtable *st, const AstExpr *e)
{
    const AstArguments *args = e->v.lambda.args;
    if (!visit_exprs(st, &args->defaults) || !visit_exprs(st, &args->kw_defaults)) return false;
    if (!enter_block(st, "<lambda>", BLOCK_FUNCTION, e, e->pos)) return false;
    if (!visit_arguments(st, args) || !visit_expr(st, e->v.lambda.body)) return false;
    exit_block(st);
    return true;
}

static bool visit_name(Symtable *st, const AstExpr *e)
{
    bool load = e->v.name.ctx == AST_CTX_LOAD;
    if (!add_def(st, e->v.name.id, load ? DEF_USE : DEF_LOCAL, e->pos)) return false;
    if (load && st->cur->kind == BLOCK_FUNCTION && strcmp(e->v.name.id, "super") == 0)
        return add_def(st, "__class__", DEF_USE, e->pos);
    return true;
}

static bool visit_expr_inner(Symtable *st, const AstExpr *e);

static bool visit_expr(Symtable *st, const AstExpr *e)
{
    if (++st->depth > SYMTABLE_MAX_DEPTH) return too_deep(st);
    bool ok = visit_expr_inner(st, e);
    st->depth--;
    return ok;
}

static bool visit_expr_inner(Symtable *st, const AstExpr *e)
{
    switch (e->kind) {
    case AST_EXPR_BOOL_OP:
        return visit_exprs(st, &e->v.bool_op.values);
    case AST_EXPR_NAMED_EXPR:
        return visit_namedexpr(st, e);
    case AST_EXPR_BIN_OP:
        return visit_expr(st, e->v.bin_op.left) && visit_expr(st, e->v.bin_op.right);
    case AST_EXPR_UNARY_OP:
        return visit_expr(st, e->v.unary_op.operand);
    case AST_EXPR_LAMBDA:
        return visit_lambda(st, e);
    case AST_EXPR_IF_EXP:
        return visit_expr(st, e->v.if_exp.test) && visit_expr(st, e->v.if_exp.body) &&
               visit_expr(st, e->v.if_exp.orelse);
    case AST_EXPR_DICT:
        return visit_exprs(st, &e->v.dict.keys) && visit_exprs(st, &e->v.dict.values);
    case AST_EXPR_SET:
        return visit_exprs(st, &e->v.set.elts);
    case AST_EXPR_LIST_COMP:
    case AST_EXPR_SET_COMP:
    case AST_EXPR_GENERATOR_EXP:
        return visit_comprehension(st, e, &e->v.list_comp.generators, e->v.list_comp.elt, NULL);
    case AST_EXPR_DICT_COMP:
        return visit_comprehension(st, e, &e->v.dict_comp.generators, e->v.dict_comp.key,
                                   e->v.dict_comp.value);
    case AST_EXPR_YIELD:
    case AST_EXPR_YIELD_FROM:
        if (e->v.yield.value && !visit_expr(st, e->v.yield.value)) return false;
        st->cur->generator = true;
        if (st->cur->comprehension != COMP_NONE) return raise_if_comprehension(st, e);
        return true;
    case AST_EXPR_AWAIT:
        if (!visit_expr(st, e->v.await.value)) return false;
        st->cur->coroutine = true;
        return true;
    case AST_EXPR_COMPARE:
        return visit_expr(st, e->v.compare.left) && visit_exprs(st, &e->v.compare.comparators);
    case AST_EXPR_CALL:
        if (!visit_expr(st, e->v.call.func) || !visit_exprs(st, &e->v.call.args)) return false;
        for (int i = 0; i < e->v.call.keywords.count; i++)
            if (!visit_expr(st, e->v.call.keywords.items[i]->value)) return false;
        return true;
    case AST_EXPR_FORMATTED_VALUE:
        if (!visit_expr(st, e->v.formatted_value.value)) return false;
        return !e->v.formatted_value.format_spec ||
               visit_expr(st, e->v.formatted_value.format_spec);
    case AST_EXPR_JOINED_STR:
        return visit_exprs(st, &e->v.joined_str.values);
    case AST_EXPR_CONSTANT:
        return true;
    case AST_EXPR_ATTRIBUTE:
        return visit_expr(st, e->v.attribute.value);
    case AST_EXPR_SUBSCRIPT:
        return visit_expr(st, e->v.subscript.value) && visit_expr(st, e->v.subscript.slice);
    case AST_EXPR_STARRED:
        return visit_expr(st, e->v.starred.value);
    case AST_EXPR_NAME:
        return visit_name(st, e);
    case AST_EXPR_LIST:
        return visit_exprs(st, &e->v.list.elts);
    case AST_EXPR_TUPLE:
        return visit_exprs(st, &e->v.tuple.elts);
    case AST_EXPR_SLICE:
        if (e->v.slice.lower && !visit_expr(st, e->v.slice.lower)) return false;
        if (e->v.slice.upper && !visit_expr(st, e->v.slice.upper)) return false;
        return !e->v.slice.step || visit_expr(st, e->v.slice.step);
    default:
        return true;
    }
}

/* ---- analysis --------------------------------------------------------------------------------
 * Name sets are small arrays of names (set semantics, linear membership); scopes rarely hold
 * more than a few dozen names, and the sets only exist during the analysis. */

typedef struct NameSet {
    const char **names;
    int count, cap;
} NameSet;

static bool set_has(const NameSet *s, const char *name)
{
    for (int i = 0; i < s->count; i++)
        if (strcmp(s->names[i], name) == 0) return true;
    return false;
}

static bool set_add(Symtable *st, NameSet *s, const char *name)
{
    if (set_has(s, name)) return true;
    if (!st_reserve(st, (void **)&s->names, s->count, &s->cap, sizeof(char *))) return false;
    s->names[s->count++] = name;
    return true;
}

static bool set_discard(NameSet *s, const char *name)
{
    for (int i = 0; i < s->count; i++) {
        if (strcmp(s->names[i], name) == 0) {
            s->names[i] = s->names[--s->count];
            return true;
        }
    }
    return false;
}

static bool set_union(Symtable *st, NameSet *into, const NameSet *from)
{
    for (int i = 0; i < from->count; i++)
        if (!set_add(st, into, from->names[i])) return false;
    return true;
}

static bool set_copy(Symtable *st, NameSet *into, const NameSet *from)
{
    *into = (NameSet){0};
    return !from || set_union(st, into, from);
}

static bool error_at_directive(Symtable *st, const SymBlock *b, const char *name, const char *fmt,
                               const char *arg)
{
    AstPos pos = b->pos;
    for (int i = 0; i < b->ndirectives; i++) {
        if (strcmp(b->directives[i].name, name) == 0) {
            pos = b->directives[i].pos;
            break;
        }
    }
    return st_error(st, pos, fmt, arg);
}

static bool analyze_name(Symtable *st, SymBlock *b, Symbol *s, const NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global)
{
    const char *name = s->name;
    if (s->flags & DEF_GLOBAL) {
        if (s->flags & DEF_NONLOCAL)
            return error_at_directive(st, b, name, "name '%s' is nonlocal and global", name);
        s->scope = SCOPE_GLOBAL_EXPLICIT;
        return set_add(st, global, name);
    }
    if (s->flags & DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, b, name,
                                      "nonlocal declaration not allowed at module level%s", "");
        if (!set_has(bound, name))
            return error_at_directive(st, b, name, "no binding for nonlocal '%s' found", name);
        s->scope = SCOPE_FREE;
        b->has_free = true;
        return set_add(st, free, name);
    }
    if (s->flags & DEF_BOUND) {
        s->scope = SCOPE_LOCAL;
        set_discard(global, name);
        return set_add(st, local, name);
    }
    if (bound && set_has(bound, name)) {
        s->scope = SCOPE_FREE;
        b->has_free = true;
        return set_add(st, free, name);
    }
    if (global && set_has(global, name)) {
        s->scope = SCOPE_GLOBAL_IMPLICIT;
        return true;
    }
    if (b->nested) b->has_free = true;
    s->scope = SCOPE_GLOBAL_IMPLICIT;
    return true;
}

/* Record the scopes, and the names still free in children (which pass through this block). */
static bool update_symbols(Symtable *st, SymBlock *b, const NameSet *bound, const NameSet *free)
{
    bool is_class = b->kind == BLOCK_CLASS;
    for (int i = 0; i < free->count; i++) {
        const char *name = free->names[i];
        Symbol *s = (Symbol *)symblock_lookup(b, name);
        if (s) {
            if (is_class && (s->flags & (DEF_BOUND | DEF_GLOBAL))) s->flags |= DEF_FREE_CLASS;
            continue; /* a cell, or already free here */
        }
        if (bound && !set_has(bound, name)) continue; /* a global */
        s = block_symbol(st, b, name);
        if (!s) return false;
        s->scope = SCOPE_FREE;
    }
    return true;
}

static bool analyze_block(Symtable *st, SymBlock *b, NameSet *bound, NameSet *free,
                          NameSet *global);

static bool analyze_child(Symtable *st, SymBlock *child, const NameSet *bound, const NameSet *free,
                          const NameSet *global, NameSet *child_free)
{
    NameSet tbound, tfree, tglobal;
    if (!set_copy(st, &tbound, bound) || !set_copy(st, &tfree, free) ||
        !set_copy(st, &tglobal, global))
        return false;
    if (!analyze_block(st, child, &tbound, &tfree, &tglobal)) return false;
    return set_union(st, child_free, &tfree);
}

static bool analyze_block(Symtable *st, SymBlock *b, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0}, allfree = {0};
    if (b->kind == BLOCK_CLASS) {
        if (!set_union(st, &newglobal, global)) return false;
        if (bound && !set_union(st, &newbound, bound)) return false;
    }
    for (int i = 0; i < b->nsymbols; i++)
        if (!analyze_name(st, b, &b->symbols[i], bound, &local, free, global)) return false;
    if (b->kind != BLOCK_CLASS) {
        if (b->kind == BLOCK_FUNCTION && !set_union(st, &newbound, &local)) return false;
        if (bound && !set_union(st, &newbound, bound)) return false;
        if (!set_union(st, &newglobal, global)) return false;
    } else if (!set_add(st, &newbound, "__class__")) {
        return false;
    }
    for (int i = 0; i < b->nchildren; i++) {
        SymBlock *c = b->children[i];
        if (!analyze_child(st, c, &newbound, &newfree, &newglobal, &allfree)) return false;
        if (c->has_free || c->child_free) b->child_free = true;
    }
    if (!set_union(st, &newfree, &allfree)) return false;
    if (b->kind == BLOCK_FUNCTION) {
        /* Locals that children use freely become cells. */
        for (int i = 0; i < b->nsymbols; i++) {
            Symbol *s = &b->symbols[i];
            if (s->scope == SCOPE_LOCAL && set_discard(&newfree, s->name)) s->scope = SCOPE_CELL;
        }
    } else if (b->kind == BLOCK_CLASS && set_discard(&newfree, "__class__")) {
        b->needs_class_closure = true;
    }
    if (!update_symbols(st, b, bound, &newfree)) return false;
    return set_union(st, free, &newfree);
}

bool symtable_build(Symtable *st, Arena *arena, const AstModule *mod, SyntaxErrorInfo *err)
{
    memset(st, 0, sizeof *st);
    st->arena = arena;
    st->err = err;
    AstPos pos = {1, 0, 1, 0};
    if (!enter_block(st, "top", BLOCK_MODULE, NULL, pos)) return false;
    if (mod->kind == AST_EXPRESSION) {
        if (!visit_expr(st, mod->expr)) return false;
    } else if (!visit_stmts(st, &mod->body)) {
        return false;
    }
    NameSet free = {0}, global = {0};
    return analyze_block(st, st->top, NULL, &free, &global);
}
