/* assemble.c — a unit's CFG to a CodeObj, as CPython 3.11's assembler:
 *   1. close the last block with `return None`; prefix generators with RETURN_GENERATOR;
 *   2. stack depths by abstract interpretation over the CFG (branch effects included; SETUP_*
 *      give the handler blocks their entry depth);
 *   3. label every instruction with its exception handler by walking the CFG with a stack of
 *      active SETUP_* blocks (CPython's label_exception_targets); the pseudo-instructions become
 *      NOPs;
 *   4. small clean-ups: jump threading, NOP removal, unreachable blocks, jumps to the next block;
 *   5. layout: word offsets, jump targets, inline-cache slots, per-word locations, and the
 *      exception table as maximal runs of instructions sharing a handler (sorted, disjoint).
 */
#include "compiler_int.h"

#include <string.h>

#include "gc.h"
#include "str.h"

#define EXCEPT_STACK_MAX 64

typedef struct ExceptStack {
    Block *handlers[EXCEPT_STACK_MAX + 1]; /* handlers[0] is NULL: no handler */
    int depth;
} ExceptStack;

static bool is_setup(int op)
{
    return op == PSEUDO_SETUP_FINALLY || op == PSEUDO_SETUP_CLEANUP || op == PSEUDO_SETUP_WITH;
}

static bool is_jump_op(int op)
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

/* No fall-through after these. */
static bool is_terminator(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static bool block_falls_through(const Block *b)
{
    return !b->ninstrs || !is_terminator(b->instrs[b->ninstrs - 1].op);
}

static int instr_effect(const Instr *in, bool jump)
{
    switch (in->op) {
    case PSEUDO_SETUP_FINALLY:
        return jump ? 1 : 0;
    case PSEUDO_SETUP_CLEANUP:
        return jump ? 2 : 0;
    case PSEUDO_SETUP_WITH:
        return jump ? 1 : 0;
    case PSEUDO_POP_BLOCK:
        return 0;
    default:
        return code_stack_effect((Opcode)in->op, in->arg, jump);
    }
}

static bool internal_error(Compiler *c, const char *what)
{
    return compiler_error(c, "internal compiler error: %s", what);
}

/* ---- 2. stack depth -------------------------------------------------------------------------- */

static bool push_depth(Compiler *c, Block ***sp, Block *b, int depth)
{
    if (b->startdepth < 0) {
        b->startdepth = depth;
        *(*sp)++ = b;
        return true;
    }
    return b->startdepth == depth || internal_error(c, "inconsistent stack depth");
}

static int compute_stackdepth(Compiler *c, Block *entry, int nblocks)
{
    Block **stack = compiler_alloc(c, (size_t)nblocks * sizeof(Block *));
    if (!stack) return -1;
    Block **sp = stack;
    int maxdepth = 0;
    if (!push_depth(c, &sp, entry, 0)) return -1;
    while (sp > stack) {
        Block *b = *--sp;
        int depth = b->startdepth;
        bool falls = true;
        for (int i = 0; i < b->ninstrs; i++) {
            Instr *in = &b->instrs[i];
            if (in->target) {
                int td = depth + instr_effect(in, true);
                if (td < 0) return internal_error(c, "negative stack depth") - 1;
                if (td > maxdepth) maxdepth = td;
                if (!push_depth(c, &sp, in->target, td)) return -1;
            }
            depth += instr_effect(in, false);
            if (depth < 0) return internal_error(c, "negative stack depth") - 1;
            if (depth > maxdepth) maxdepth = depth;
            if (is_terminator(in->op)) {
                falls = false;
                break;
            }
        }
        if (falls && b->next && !push_depth(c, &sp, b->next, depth)) return -1;
    }
    return maxdepth;
}

/* ---- 3. exception handlers ------------------------------------------------------------------ */

static ExceptStack *copy_stack(Compiler *c, const ExceptStack *s)
{
    ExceptStack *n = compiler_alloc(c, sizeof *n);
    if (n) memcpy(n, s, sizeof *n);
    return n;
}

static bool schedule(Compiler *c, Block ***sp, Block *b, const ExceptStack *s)
{
    if (b->visited) return true;
    b->exstack = copy_stack(c, s);
    if (!b->exstack) return false;
    b->visited = true;
    *(*sp)++ = b;
    return true;
}

static bool label_exception_targets(Compiler *c, Block *entry, int nblocks)
{
    Block **todo = compiler_alloc(c, (size_t)nblocks * sizeof(Block *));
    ExceptStack *empty = compiler_alloc(c, sizeof *empty);
    if (!todo || !empty) return false;
    Block **sp = todo;
    if (!schedule(c, &sp, entry, empty)) return false;
    while (sp > todo) {
        Block *b = *--sp;
        ExceptStack *s = b->exstack;
        for (int i = 0; i < b->ninstrs; i++) {
            Instr *in = &b->instrs[i];
            if (is_setup(in->op)) {
                if (!schedule(c, &sp, in->target, s)) return false;
                if (s->depth >= EXCEPT_STACK_MAX) return internal_error(c, "too deep blocks");
                if (in->op != PSEUDO_SETUP_FINALLY) in->target->preserve_lasti = true;
                s->handlers[++s->depth] = in->target;
                in->op = OP_NOP;
                in->target = NULL;
            } else if (in->op == PSEUDO_POP_BLOCK) {
                if (s->depth > 0) s->depth--;
                in->op = OP_NOP;
            } else {
                in->except = s->handlers[s->depth];
                if (in->target && !schedule(c, &sp, in->target, s)) return false;
            }
        }
        if (block_falls_through(b) && b->next && !schedule(c, &sp, b->next, s)) return false;
    }
    return true;
}

/* ---- 4. clean-ups --------------------------------------------------------------------------- */

/* The first instruction of a block, skipping empty blocks in the layout (NULL at the end). */
static Instr *first_instr(Block *b)
{
    for (; b; b = b->next)
        if (b->ninstrs) return &b->instrs[0];
    return NULL;
}

static void remove_nops(Block *entry)
{
    for (Block *b = entry; b; b = b->next) {
        int n = 0;
        for (int i = 0; i < b->ninstrs; i++)
            if (b->instrs[i].op != OP_NOP) b->instrs[n++] = b->instrs[i];
        b->ninstrs = n;
    }
}

/* Jumps to a block that starts with an unconditional jump go straight to its target. */
static void thread_jumps(Block *entry)
{
    for (Block *b = entry; b; b = b->next) {
        for (int i = 0; i < b->ninstrs; i++) {
            Instr *in = &b->instrs[i];
            if (!in->target || !is_jump_op(in->op)) continue;
            for (int hops = 0; hops < 8; hops++) {
                Instr *t = first_instr(in->target);
                if (!t || t->op != OP_JUMP || t->target == in->target) break;
                in->target = t->target;
            }
        }
    }
}

static void mark_reachable(Compiler *c, Block *entry, int nblocks)
{
    Block **stack = compiler_alloc(c, (size_t)nblocks * sizeof(Block *));
    if (!stack) return;
    Block **sp = stack;
    entry->reachable = true;
    *sp++ = entry;
    while (sp > stack) {
        Block *b = *--sp;
        for (int i = 0; i < b->ninstrs; i++) {
            Block *succ[2] = {b->instrs[i].target, b->instrs[i].except};
            for (int k = 0; k < 2; k++) {
                if (succ[k] && !succ[k]->reachable) {
                    succ[k]->reachable = true;
                    *sp++ = succ[k];
                }
            }
        }
        if (block_falls_through(b) && b->next && !b->next->reachable) {
            b->next->reachable = true;
            *sp++ = b->next;
        }
    }
}

static void drop_unreachable(Block *entry)
{
    for (Block *b = entry; b; b = b->next)
        if (!b->reachable) b->ninstrs = 0;
}

/* A JUMP to the block laid out right after it is removed. */
static void drop_jumps_to_next(Block *entry)
{
    for (Block *b = entry; b; b = b->next) {
        if (!b->ninstrs) continue;
        Instr *last = &b->instrs[b->ninstrs - 1];
        if (last->op != OP_JUMP) continue;
        Block *n = b->next;
        while (n && !n->ninstrs && n != last->target) n = n->next;
        if (n == last->target) b->ninstrs--;
    }
}

/* ---- 5. layout ------------------------------------------------------------------------------- */

static uint32_t instr_words(const Instr *in)
{
    return code_instr_words[in->op];
}

static bool layout(Compiler *c, Block *entry, uint32_t *nwords)
{
    uint64_t off = 0;
    for (Block *b = entry; b; b = b->next) {
        b->offset = (uint32_t)off;
        for (int i = 0; i < b->ninstrs; i++) off += instr_words(&b->instrs[i]);
        if (off > INSTR_ARG_MAX) return compiler_error(c, "code object too large");
    }
    *nwords = (uint32_t)off;
    return true;
}

static void *mem_array(Compiler *c, size_t n, size_t elem)
{
    if (!n) return NULL;
    size_t size;
    if (!mem_size_mul(n, elem, &size)) {
        compiler_nomem(c);
        return NULL;
    }
    void *p = mem_alloc(&c->vm->mem, size);
    if (!p) compiler_nomem(c);
    return p;
}

/* Words and per-word locations; locations missing on an instruction repeat the previous one. */
static bool emit_words(Compiler *c, CodeObj *code, Block *entry)
{
    code->words = mem_array(c, code->nwords, sizeof(uint32_t));
    code->locs = mem_array(c, code->nwords, sizeof(SourceLoc));
    if (code->nwords && (!code->words || !code->locs)) return false;
    SourceLoc prev = {c->u->firstlineno, c->u->firstlineno, -1, -1};
    uint32_t w = 0, cache = 0;
    for (Block *b = entry; b; b = b->next) {
        for (int i = 0; i < b->ninstrs; i++) {
            Instr *in = &b->instrs[i];
            uint32_t arg = in->target ? in->target->offset : in->arg;
            SourceLoc loc = in->loc.line < 0 ? prev : in->loc;
            prev = loc;
            code->words[w] = INSTR_MAKE(in->op, arg);
            code->locs[w++] = loc;
            if (instr_words(in) == 2) {
                code->words[w] = cache++;
                code->locs[w++] = loc;
            }
        }
    }
    code->ncaches = cache;
    return true;
}

static bool add_exc_entry(Compiler *c, ExcTableEntry **tab, int *n, int *cap, uint32_t start,
                          uint32_t end, Block *h)
{
    if (*n >= *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        ExcTableEntry *t = arena_alloc(c->arena, (size_t)ncap * sizeof *t);
        if (!t) return compiler_nomem(c);
        if (*n) memcpy(t, *tab, (size_t)*n * sizeof *t);
        *tab = t;
        *cap = ncap;
    }
    int depth = h->startdepth - 1 - (h->preserve_lasti ? 1 : 0);
    if (depth < 0) return internal_error(c, "bad handler depth");
    (*tab)[(*n)++] = (ExcTableEntry){start, end, h->offset, (uint16_t)depth, h->preserve_lasti};
    return true;
}

static bool emit_exctable(Compiler *c, CodeObj *code, Block *entry)
{
    ExcTableEntry *tab = NULL;
    int n = 0, cap = 0;
    Block *cur = NULL;
    uint32_t start = 0, w = 0;
    for (Block *b = entry; b; b = b->next) {
        for (int i = 0; i < b->ninstrs; i++) {
            Instr *in = &b->instrs[i];
            if (in->except != cur) {
                if (cur && !add_exc_entry(c, &tab, &n, &cap, start, w, cur)) return false;
                cur = in->except;
                start = w;
            }
            w += instr_words(in);
        }
    }
    if (cur && !add_exc_entry(c, &tab, &n, &cap, start, w, cur)) return false;
    code->exctable = mem_array(c, (size_t)n, sizeof *tab);
    if (n && !code->exctable) return false;
    if (n) memcpy(code->exctable, tab, (size_t)n * sizeof *tab);
    code->nexc = (uint32_t)n;
    return true;
}

/* ---- the code object ------------------------------------------------------------------------- */

/* Fills *out with n strs. The count is stored as soon as the array exists (entries not yet made
 * are VAL_NONE), so the code object's destroy frees exactly what was allocated on failure. */
static bool names_array(Compiler *c, const NameMap *m, Value **out, uint32_t *count, int skip)
{
    int n = m->count - skip;
    *out = mem_array(c, (size_t)n, sizeof(Value));
    if (n && !*out) return false;
    for (int i = 0; i < n; i++) (*out)[i] = VAL_NONE;
    *count = (uint32_t)n;
    for (int i = 0; i < n; i++) {
        const char *s = m->keys[skip + i];
        Value v = compiler_str(c, s, strlen(s));
        if (v == VAL_ERR) return false;
        (*out)[i] = v;
    }
    return true;
}

static bool fill_tables(Compiler *c, CodeObj *code)
{
    Unit *u = c->u;
    /* Each count is set right after its array is allocated (see names_array). */
    code->consts = mem_array(c, (size_t)u->nconsts, sizeof(Value));
    if (u->nconsts && !code->consts) return false;
    if (u->nconsts) memcpy(code->consts, u->consts, (size_t)u->nconsts * sizeof(Value));
    code->nconsts = (uint32_t)u->nconsts;
    code->names = mem_array(c, (size_t)u->nnames, sizeof(Value));
    if (u->nnames && !code->names) return false;
    if (u->nnames) memcpy(code->names, u->names, (size_t)u->nnames * sizeof(Value));
    code->nnames = (uint32_t)u->nnames;
    if (!names_array(c, &u->varnames, &code->localnames, &code->nlocals, 0) ||
        !names_array(c, &u->cellvars, &code->cellnames, &code->ncells, 0) ||
        !names_array(c, &u->freevars, &code->freenames, &code->nfree, 0))
        return false;
    code->cell2arg = mem_array(c, code->ncells, sizeof(int32_t));
    if (code->ncells && !code->cell2arg) return false;
    uint32_t nparams = (uint32_t)u->ste->nparams;
    for (uint32_t i = 0; i < code->ncells; i++) {
        code->cell2arg[i] = -1;
        for (uint32_t p = 0; p < nparams; p++)
            if (strcmp(u->cellvars.keys[i], u->varnames.keys[p]) == 0)
                code->cell2arg[i] = (int32_t)p;
    }
    return true;
}

static void insert_generator_prefix(Compiler *c, Block *entry, uint32_t flags)
{
    if (!(flags & (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR))) return;
    Block *save = c->u->cur;
    Block *prefix = compiler_new_block(c);
    if (!prefix) return;
    c->u->cur = prefix;
    SourceLoc saved = c->u->loc;
    c->u->loc = (SourceLoc){c->u->firstlineno, c->u->firstlineno, -1, -1};
    compiler_emit(c, OP_RETURN_GENERATOR, 0);
    c->u->loc = saved;
    prefix->next = entry;
    c->u->entry = prefix;
    c->u->cur = save;
}

static bool ends_with_return(Compiler *c)
{
    Instr *last = compiler_last_instr(c);
    return last && last->op == OP_RETURN_VALUE;
}

CodeObj *assemble_unit(Compiler *c, uint32_t flags)
{
    Unit *u = c->u;
    if (c->failure) return NULL;
    if (!ends_with_return(c)) {
        compiler_unset_loc(c);
        if (!compiler_load_const(c, VAL_NONE) || !compiler_emit(c, OP_RETURN_VALUE, 0)) return NULL;
    }
    insert_generator_prefix(c, u->entry, flags);
    if (c->failure) return NULL;
    Block *entry = u->entry;
    int nblocks = 0;
    for (Block *b = u->all_blocks; b; b = b->all_next) nblocks++;
    int maxdepth = compute_stackdepth(c, entry, nblocks);
    if (maxdepth < 0 || !label_exception_targets(c, entry, nblocks)) return NULL;
    thread_jumps(entry);
    remove_nops(entry);
    mark_reachable(c, entry, nblocks);
    if (c->failure) return NULL;
    drop_unreachable(entry);
    drop_jumps_to_next(entry);
    CodeObj *code = code_new(c->vm);
    if (!code) {
        compiler_pending(c);
        return NULL;
    }
    if (!layout(c, entry, &code->nwords) || !emit_words(c, code, entry) ||
        !emit_exctable(c, code, entry) || !fill_tables(c, code))
        return NULL;
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonlyargcount;
    code->kwonlyargcount = u->kwonlyargcount;
    code->flags = flags;
    code->stacksize = (uint32_t)maxdepth;
    code->name = compiler_str(c, u->name, strlen(u->name));
    code->qualname = u->qualname;
    code->filename = c->filename;
    code->source = c->source;
    code->firstline = u->firstlineno;
    return code->name == VAL_ERR ? NULL : code;
}
