/* compiler_pattern.c — the match statement, a port of CPython 3.11's pattern compiler.
 *
 * Convention (CPython's): a pattern routine consumes the subject on top of the stack and jumps to
 * a fail_pop block on failure. pc->on_top counts the items above the captures that a failure
 * must pop; captured values are rotated *underneath* those items (the newest capture lowest), so
 * that names are bound only once the whole pattern matched: the stores then pop them in order.
 * fail_pop[n] pops n items and falls into fail_pop[n - 1]; fail_pop[0] is the "no match" exit.
 */
#include "compiler_int.h"

#include <string.h>

#include "floatobj.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

typedef struct PatternContext {
    const char **stores; /* names captured so far, in capture order */
    int nstores, stores_cap;
    Block **fail_pop;
    int fail_pop_size;
    bool allow_irrefutable;
    int on_top;
} PatternContext;

static bool compile_pattern(Compiler *c, const AstPattern *p, PatternContext *pc);

static bool is_wildcard(const AstPattern *p)
{
    return p->kind == AST_PAT_MATCH_AS && !p->v.match_as.pattern && !p->v.match_as.name;
}

static bool is_star_wildcard(const AstPattern *p)
{
    return p->kind == AST_PAT_MATCH_STAR && !p->v.match_star.name;
}

static bool ensure_fail_pop(Compiler *c, PatternContext *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size) return true;
    Block **blocks = compiler_alloc(c, (size_t)size * sizeof(Block *));
    if (!blocks) return false;
    if (pc->fail_pop_size)
        memcpy(blocks, pc->fail_pop, (size_t)pc->fail_pop_size * sizeof(Block *));
    for (int i = pc->fail_pop_size; i < size; i++)
        if (!(blocks[i] = compiler_new_block(c))) return false;
    pc->fail_pop = blocks;
    pc->fail_pop_size = size;
    return true;
}

static bool jump_to_fail_pop(Compiler *c, PatternContext *pc, int op)
{
    int pops = pc->on_top + pc->nstores;
    return ensure_fail_pop(c, pc, pops) && compiler_emit_jump(c, op, pc->fail_pop[pops]);
}

static bool emit_and_reset_fail_pop(Compiler *c, PatternContext *pc)
{
    if (!pc->fail_pop_size) return true;
    while (--pc->fail_pop_size) {
        compiler_use_block(c, pc->fail_pop[pc->fail_pop_size]);
        if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
    }
    compiler_use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    return true;
}

/* CPython 3.10's ROT_N as SWAPs: TOS moves down to position `count`. */
static bool rotate(Compiler *c, int count)
{
    while (count > 1)
        if (!compiler_emit(c, OP_SWAP, (uint32_t)count--)) return false;
    return true;
}

static bool has_store(const PatternContext *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) return true;
    return false;
}

static bool add_store(Compiler *c, PatternContext *pc, const char *name)
{
    if (pc->nstores >= pc->stores_cap) {
        int cap = pc->stores_cap ? pc->stores_cap * 2 : 8;
        const char **n = compiler_alloc(c, (size_t)cap * sizeof(char *));
        if (!n) return false;
        if (pc->nstores) memcpy(n, pc->stores, (size_t)pc->nstores * sizeof(char *));
        pc->stores = n;
        pc->stores_cap = cap;
    }
    pc->stores[pc->nstores++] = name;
    return true;
}

static bool store_name(Compiler *c, const char *name, PatternContext *pc)
{
    if (!name) return compiler_emit(c, OP_POP_TOP, 0);
    if (!compiler_check_forbidden(c, name, AST_CTX_STORE)) return false;
    if (has_store(pc, name))
        return compiler_error(c, "multiple assignments to name '%s' in pattern", name);
    return rotate(c, pc->on_top + pc->nstores + 1) && add_store(c, pc, name);
}

static bool subpattern(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    bool ok = compile_pattern(c, p, pc);
    pc->allow_irrefutable = allow;
    return ok;
}

/* ---- values ---------------------------------------------------------------------------------- */

/* A literal of a value pattern or mapping key: constants, signed numbers, complex literals. */
static bool literal_value(Compiler *c, const AstExpr *e, Value *out)
{
    if (e->kind == AST_EXPR_BIN_OP &&
        (e->v.bin_op.op == AST_OP_ADD || e->v.bin_op.op == AST_OP_SUB)) {
        Value re, im;
        const AstExpr *r = e->v.bin_op.right;
        if (r->kind != AST_EXPR_CONSTANT || r->v.constant.kind != AST_CONST_IMAGINARY ||
            !compiler_const_value(c, e->v.bin_op.left, &re))
            return false;
        double real;
        if (val_is_float(re))
            real = val_as_float(re);
        else if (val_is_small_int(re))
            real = (double)val_as_small_int(re);
        else
            return false;
        double imag = r->v.constant.u.imaginary;
        im = complex_new(c->vm, real, e->v.bin_op.op == AST_OP_ADD ? imag : -imag);
        if (im == VAL_ERR) return compiler_pending(c);
        *out = im;
        return true;
    }
    if (e->kind != AST_EXPR_CONSTANT && e->kind != AST_EXPR_UNARY_OP) return false;
    return compiler_const_value(c, e, out);
}

static bool pattern_value(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    const AstExpr *value = p->v.match_value.value;
    Value v;
    if (value->kind == AST_EXPR_ATTRIBUTE) {
        if (!compiler_expr(c, value)) return false;
    } else if (literal_value(c, value, &v)) {
        if (!compiler_load_const(c, v)) return false;
    } else {
        if (c->failure) return false;
        return compiler_error(c, "patterns may only match literals and attribute lookups");
    }
    return compiler_emit(c, OP_COMPARE_OP, CMP_EQ) && jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static bool pattern_singleton(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    AstConstKind k = p->v.match_singleton.value.kind;
    if (k == AST_CONST_NONE) return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NOT_NONE);
    return compiler_load_const(c, k == AST_CONST_TRUE ? VAL_TRUE : VAL_FALSE) &&
           compiler_emit(c, OP_IS_OP, 0) && jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* ---- sequences ------------------------------------------------------------------------------- */

static bool sequence_unpack(Compiler *c, const AstPatternSeq *pats, PatternContext *pc)
{
    int n = pats->count;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (pats->items[i]->kind != AST_PAT_MATCH_STAR) continue;
        if (i >= (1 << 8) || n - i - 1 >= (1 << 16))
            return compiler_error(c, "too many expressions in star-unpacking sequence pattern");
        if (!compiler_emit(c, OP_UNPACK_EX, (uint32_t)(i + ((n - i - 1) << 8)))) return false;
        seen_star = true;
        break;
    }
    if (!seen_star && !compiler_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n)) return false;
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        if (!subpattern(c, pats->items[i], pc)) return false;
    }
    return true;
}

/* [first, *_, last]: index the subject instead of unpacking it. */
static bool sequence_subscr(Compiler *c, const AstPatternSeq *pats, int star, PatternContext *pc)
{
    int size = pats->count;
    pc->on_top++;
    for (int i = 0; i < size; i++) {
        const AstPattern *p = pats->items[i];
        if (is_wildcard(p) || i == star) continue;
        if (!compiler_emit(c, OP_COPY, 1)) return false;
        if (i < star) {
            if (!compiler_load_int(c, i)) return false;
        } else if (!compiler_emit(c, OP_GET_LEN, 0) || !compiler_load_int(c, size - i) ||
                   !compiler_emit(c, OP_BINARY_OP, BINOP_SUB)) {
            return false;
        }
        if (!compiler_emit(c, OP_BINARY_SUBSCR, 0) || !subpattern(c, p, pc)) return false;
    }
    pc->on_top--;
    return compiler_emit(c, OP_POP_TOP, 0);
}

static bool pattern_sequence(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    const AstPatternSeq *pats = &p->v.match_sequence.patterns;
    int size = pats->count, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        const AstPattern *x = pats->items[i];
        if (x->kind == AST_PAT_MATCH_STAR) {
            if (star >= 0) return compiler_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(x);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(x);
    }
    pc->on_top++;
    if (!compiler_emit(c, OP_MATCH_SEQUENCE, 0) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (star < 0 || size - 1 > 0) {
        int want = star < 0 ? size : size - 1;
        if (!compiler_emit(c, OP_GET_LEN, 0) || !compiler_load_int(c, want) ||
            !compiler_emit(c, OP_COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE) ||
            !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
            return false;
    }
    pc->on_top--;
    if (only_wildcard) return compiler_emit(c, OP_POP_TOP, 0);
    if (star_wildcard) return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, pc);
}

/* ---- mappings -------------------------------------------------------------------------------- */

static bool mapping_keys(Compiler *c, const AstPattern *p)
{
    const AstExprSeq *keys = &p->v.match_mapping.keys;
    Value *seen = compiler_alloc(c, (size_t)(keys->count + 1) * sizeof(Value));
    if (!seen) return false;
    int nseen = 0;
    for (int i = 0; i < keys->count; i++) {
        const AstExpr *key = keys->items[i];
        Value v;
        if (literal_value(c, key, &v)) {
            for (int j = 0; j < nseen; j++) {
                int eq = ops_equal(c->vm, seen[j], v);
                if (eq < 0) return compiler_pending(c);
                if (!eq) continue;
                Value r = ops_repr(c->vm, v);
                if (r == VAL_ERR) return compiler_pending(c);
                compiler_set_loc(c, p->pos);
                return compiler_error(c, "mapping pattern checks duplicate key (%s)", str_data(r));
            }
            seen[nseen++] = v;
            if (!compiler_load_const(c, v)) return false;
        } else if (c->failure) {
            return false;
        } else if (key->kind != AST_EXPR_ATTRIBUTE) {
            compiler_set_loc(c, p->pos);
            return compiler_error(c, "mapping pattern keys may only match literals and attribute "
                                     "lookups");
        } else if (!compiler_expr(c, key)) {
            return false;
        }
    }
    return true;
}

static bool pattern_mapping(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    int size = p->v.match_mapping.keys.count;
    const char *rest = p->v.match_mapping.rest;
    pc->on_top++;
    if (!compiler_emit(c, OP_MATCH_MAPPING, 0) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (!size && !rest) {
        pc->on_top--;
        return compiler_emit(c, OP_POP_TOP, 0);
    }
    if (size && (!compiler_emit(c, OP_GET_LEN, 0) || !compiler_load_int(c, size) ||
                 !compiler_emit(c, OP_COMPARE_OP, CMP_GE) ||
                 !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE)))
        return false;
    if (!mapping_keys(c, p) || !compiler_emit(c, OP_BUILD_TUPLE, (uint32_t)size) ||
        !compiler_emit(c, OP_MATCH_KEYS, 0))
        return false;
    /* [subject keys values]: values is None when a key is missing. */
    pc->on_top += 2;
    if (!compiler_emit(c, OP_COPY, 1) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE) ||
        !compiler_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size))
        return false;
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (!subpattern(c, p->v.match_mapping.patterns.items[i], pc)) return false;
    }
    pc->on_top -= 2;
    if (rest) {
        /* [subject keys] -> [subject rest] -> [rest] */
        return compiler_emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0) && compiler_emit(c, OP_SWAP, 2) &&
               compiler_emit(c, OP_POP_TOP, 0) && store_name(c, rest, pc);
    }
    return compiler_emit(c, OP_POP_TOP, 0) && compiler_emit(c, OP_POP_TOP, 0);
}

/* ---- classes --------------------------------------------------------------------------------- */

static bool validate_kwd_attrs(Compiler *c, const AstPattern *p)
{
    const AstIdentSeq *attrs = &p->v.match_class.kwd_attrs;
    const AstPatternSeq *pats = &p->v.match_class.kwd_patterns;
    for (int i = 0; i < attrs->count; i++) {
        compiler_set_loc(c, pats->items[i]->pos);
        if (!compiler_check_forbidden(c, attrs->items[i], AST_CTX_STORE)) return false;
        for (int j = i + 1; j < attrs->count; j++) {
            if (strcmp(attrs->items[i], attrs->items[j]) != 0) continue;
            compiler_set_loc(c, pats->items[j]->pos);
            return compiler_error(c, "attribute name repeated in class pattern: %s",
                                  attrs->items[i]);
        }
    }
    compiler_set_loc(c, p->pos);
    return true;
}

static bool pattern_class(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    const AstPatternSeq *pats = &p->v.match_class.patterns;
    const AstIdentSeq *attrs = &p->v.match_class.kwd_attrs;
    int nargs = pats->count, nattrs = attrs->count;
    if (!validate_kwd_attrs(c, p) || !compiler_expr(c, p->v.match_class.cls)) return false;
    Value names = tuple_new(c->vm, (size_t)nattrs);
    if (names == VAL_ERR) return compiler_pending(c);
    for (int i = 0; i < nattrs; i++) {
        Value n = compiler_str(c, attrs->items[i], strlen(attrs->items[i]));
        if (n == VAL_ERR) return false;
        AS_TUPLE(names)->items[i] = n;
    }
    if (!compiler_load_const(c, names) || !compiler_emit(c, OP_MATCH_CLASS, (uint32_t)nargs) ||
        !compiler_emit(c, OP_COPY, 1))
        return false;
    pc->on_top++;
    if (!jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE) ||
        !compiler_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(nargs + nattrs)))
        return false;
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const AstPattern *sub =
            i < nargs ? pats->items[i] : p->v.match_class.kwd_patterns.items[i - nargs];
        if (is_wildcard(sub)) {
            if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
            continue;
        }
        if (!subpattern(c, sub, pc)) return false;
    }
    return true;
}

/* ---- as, star, or ---------------------------------------------------------------------------- */

static bool pattern_as(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    const char *name = p->v.match_as.name;
    if (!p->v.match_as.pattern) {
        if (!pc->allow_irrefutable) {
            if (name)
                return compiler_error(c, "name capture '%s' makes remaining patterns unreachable",
                                      name);
            return compiler_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, name, pc);
    }
    pc->on_top++;
    if (!compiler_emit(c, OP_COPY, 1) || !compile_pattern(c, p->v.match_as.pattern, pc))
        return false;
    pc->on_top--;
    return store_name(c, name, pc);
}

static int store_index(const PatternContext *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) return i;
    return -1;
}

/* Reorder this alternative's captures (stack and list) to the first alternative's order. */
static bool align_stores(Compiler *c, PatternContext *pc, const char **control, int ncontrol)
{
    if (pc->nstores != ncontrol)
        return compiler_error(c, "alternative patterns bind different names");
    for (int icontrol = ncontrol - 1; icontrol >= 0; icontrol--) {
        int istores = store_index(pc, control[icontrol]);
        if (istores < 0) return compiler_error(c, "alternative patterns bind different names");
        if (icontrol == istores) continue;
        int rotations = istores + 1;
        /* stores = stores[rotations:icontrol+1] with stores[:rotations] inserted at
         * icontrol - istores (CPython's slice dance). */
        const char *tmp[64];
        const char **rotated =
            rotations <= 64 ? tmp : compiler_alloc(c, (size_t)rotations * sizeof(char *));
        if (!rotated) return false;
        memcpy(rotated, pc->stores, (size_t)rotations * sizeof(char *));
        memmove(pc->stores, pc->stores + rotations,
                (size_t)(pc->nstores - rotations) * sizeof(char *));
        int at = icontrol - istores;
        memmove(pc->stores + at + rotations, pc->stores + at,
                (size_t)(pc->nstores - rotations - at) * sizeof(char *));
        memcpy(pc->stores + at, rotated, (size_t)rotations * sizeof(char *));
        while (rotations--)
            if (!rotate(c, icontrol + 1)) return false;
    }
    return true;
}

static bool pattern_or(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    Block *end = compiler_new_block(c);
    if (!end) return false;
    const AstPatternSeq *alts = &p->v.match_or.patterns;
    PatternContext old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < alts->count; i++) {
        const AstPattern *alt = alts->items[i];
        compiler_set_loc(c, alt->pos);
        pc->stores = NULL;
        pc->nstores = pc->stores_cap = 0;
        pc->allow_irrefutable = i == alts->count - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (!compiler_emit(c, OP_COPY, 1) || !compile_pattern(c, alt, pc)) return false;
        if (i == 0) {
            control = pc->stores;
            ncontrol = pc->nstores;
        } else if (!align_stores(c, pc, control, ncontrol)) {
            return false;
        }
        if (!compiler_emit_jump(c, OP_JUMP, end) || !emit_and_reset_fail_pop(c, pc)) return false;
    }
    *pc = old;
    /* No alternative matched: pop the copy of the subject and fail. */
    if (!compiler_emit(c, OP_POP_TOP, 0) || !jump_to_fail_pop(c, pc, OP_JUMP)) return false;
    compiler_use_block(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        if (!rotate(c, nrots)) return false;
        if (has_store(pc, control[i]))
            return compiler_error(c, "multiple assignments to name '%s' in pattern", control[i]);
        if (!add_store(c, pc, control[i])) return false;
    }
    return compiler_emit(c, OP_POP_TOP, 0);
}

static bool pattern_inner(Compiler *c, const AstPattern *p, PatternContext *pc);

static bool compile_pattern(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    if (!compiler_enter(c)) return false;
    bool ok = pattern_inner(c, p, pc);
    compiler_leave(c);
    return ok;
}

static bool pattern_inner(Compiler *c, const AstPattern *p, PatternContext *pc)
{
    compiler_set_loc(c, p->pos);
    switch (p->kind) {
    case AST_PAT_MATCH_VALUE:
        return pattern_value(c, p, pc);
    case AST_PAT_MATCH_SINGLETON:
        return pattern_singleton(c, p, pc);
    case AST_PAT_MATCH_SEQUENCE:
        return pattern_sequence(c, p, pc);
    case AST_PAT_MATCH_MAPPING:
        return pattern_mapping(c, p, pc);
    case AST_PAT_MATCH_CLASS:
        return pattern_class(c, p, pc);
    case AST_PAT_MATCH_STAR:
        return store_name(c, p->v.match_star.name, pc);
    case AST_PAT_MATCH_AS:
        return pattern_as(c, p, pc);
    case AST_PAT_MATCH_OR:
        return pattern_or(c, p, pc);
    default:
        return compiler_error(c, "internal error: unknown pattern kind");
    }
}

/* ---- the statement --------------------------------------------------------------------------- */

static bool match_case(Compiler *c, const AstMatchCase *m, bool last, bool keep_subject, Block *end,
                       PatternContext *pc)
{
    compiler_set_loc(c, m->pattern->pos);
    if (keep_subject && !compiler_emit(c, OP_COPY, 1)) return false;
    *pc = (PatternContext){0};
    pc->allow_irrefutable = m->guard != NULL || last;
    if (!compile_pattern(c, m->pattern, pc)) return false;
    for (int n = 0; n < pc->nstores; n++)
        if (!compiler_nameop(c, pc->stores[n], AST_CTX_STORE)) return false;
    if (m->guard &&
        (!ensure_fail_pop(c, pc, 0) || !compiler_jump_if(c, m->guard, pc->fail_pop[0], false)))
        return false;
    if (keep_subject && !compiler_emit(c, OP_POP_TOP, 0)) return false;
    if (!compiler_stmts(c, &m->body) || !compiler_emit_jump(c, OP_JUMP, end)) return false;
    compiler_set_loc(c, m->pattern->pos);
    return emit_and_reset_fail_pop(c, pc);
}

bool compiler_match(Compiler *c, const AstStmt *s)
{
    if (!compiler_expr(c, s->v.match.subject)) return false;
    Block *end = compiler_new_block(c);
    if (!end) return false;
    const AstMatchCaseSeq *cases = &s->v.match.cases;
    int n = cases->count;
    bool has_default = n > 1 && is_wildcard(cases->items[n - 1]->pattern);
    PatternContext pc;
    for (int i = 0; i < n - has_default; i++) {
        bool keep = i != n - has_default - 1;
        if (!match_case(c, cases->items[i], i == n - 1, keep, end, &pc)) return false;
    }
    if (has_default) {
        const AstMatchCase *m = cases->items[n - 1];
        compiler_set_loc(c, m->pattern->pos);
        if (m->guard && !compiler_jump_if(c, m->guard, end, false)) return false;
        if (!compiler_stmts(c, &m->body)) return false;
    }
    compiler_use_block(c, end);
    return true;
}
