/* compiler_stmt.c — statements: assignments, control flow (with CPython 3.11's unwinding of
 * finally bodies and with-exits for return/break/continue), try/except/finally through the
 * SETUP_* pseudo-instructions, with, raise, assert, imports, and module/class bodies. */
#include "compiler_int.h"

#include <string.h>

#include "str.h"
#include "tuple.h"

static bool emit_unsupported(Compiler *c, const char *what)
{
    Value v = compiler_str(c, what, strlen(what));
    if (v == VAL_ERR) return false;
    int k = compiler_add_const(c, v);
    return k >= 0 && compiler_emit(c, OP_UNSUPPORTED, (uint32_t)k);
}

bool compiler_stmts(Compiler *c, const AstStmtSeq *body)
{
    for (int i = 0; i < body->count; i++)
        if (!compiler_stmt(c, body->items[i])) return false;
    return true;
}

/* ---- bodies ---------------------------------------------------------------------------------- */

const AstExpr *compiler_docstring(const AstStmtSeq *body)
{
    if (!body->count || body->items[0]->kind != AST_STMT_EXPR) return NULL;
    const AstExpr *e = body->items[0]->v.expr.value;
    if (e->kind != AST_EXPR_CONSTANT || e->v.constant.kind != AST_CONST_STR) return NULL;
    return e;
}

/* Does a body (not looking into nested defs and classes) contain an annotated assignment? */
static bool find_ann(const AstStmtSeq *body)
{
    for (int i = 0; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        switch (s->kind) {
        case AST_STMT_ANN_ASSIGN:
            return true;
        case AST_STMT_FOR:
        case AST_STMT_ASYNC_FOR:
            if (find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse)) return true;
            break;
        case AST_STMT_WHILE:
            if (find_ann(&s->v.while_.body) || find_ann(&s->v.while_.orelse)) return true;
            break;
        case AST_STMT_IF:
            if (find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse)) return true;
            break;
        case AST_STMT_WITH:
        case AST_STMT_ASYNC_WITH:
            if (find_ann(&s->v.with.body)) return true;
            break;
        case AST_STMT_TRY:
        case AST_STMT_TRY_STAR:
            for (int j = 0; j < s->v.try_.handlers.count; j++)
                if (find_ann(&s->v.try_.handlers.items[j]->body)) return true;
            if (find_ann(&s->v.try_.body) || find_ann(&s->v.try_.orelse) ||
                find_ann(&s->v.try_.finalbody))
                return true;
            break;
        case AST_STMT_MATCH:
            for (int j = 0; j < s->v.match.cases.count; j++)
                if (find_ann(&s->v.match.cases.items[j]->body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

bool compiler_body(Compiler *c, const AstStmtSeq *body)
{
    if (c->u->kind == UNIT_MODULE && body->count) compiler_set_loc(c, body->items[0]->pos);
    if (find_ann(body) && !compiler_emit(c, OP_SETUP_ANNOTATIONS, 0)) return false;
    int i = 0;
    const AstExpr *doc = compiler_docstring(body);
    if (doc) {
        i = 1;
        compiler_set_loc(c, body->items[0]->pos);
        if (!compiler_expr(c, doc) || !compiler_nameop(c, "__doc__", AST_CTX_STORE)) return false;
    }
    for (; i < body->count; i++)
        if (!compiler_stmt(c, body->items[i])) return false;
    return true;
}

/* ---- unwinding for return / break / continue ------------------------------------------------- */

static bool call_exit_with_nones(Compiler *c)
{
    return compiler_load_const(c, VAL_NONE) && compiler_load_const(c, VAL_NONE) &&
           compiler_load_const(c, VAL_NONE) && compiler_emit(c, OP_CALL, 2);
}

static bool emit_handler_name_cleanup(Compiler *c, const char *name)
{
    return compiler_load_const(c, VAL_NONE) && compiler_nameop(c, name, AST_CTX_STORE) &&
           compiler_nameop(c, name, AST_CTX_DEL);
}

/* Leave one frame block on the way out; `preserve_tos` keeps a return value on top. */
static bool unwind_fblock(Compiler *c, const FBlock *info, bool preserve_tos)
{
    switch (info->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
        return true;
    case FB_FOR_LOOP:
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        return compiler_emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return compiler_emit(c, PSEUDO_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0)) return false;
        if (preserve_tos && !compiler_push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL)) return false;
        if (!compiler_stmts(c, info->datum)) return false;
        if (preserve_tos) compiler_pop_fblock(c);
        compiler_unset_loc(c);
        return true;
    }
    case FB_FINALLY_END:
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        return compiler_emit(c, PSEUDO_POP_BLOCK, 0) && compiler_emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
    case FB_ASYNC_WITH: {
        const AstStmt *s = info->datum;
        compiler_set_loc(c, s->pos);
        if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0)) return false;
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        if (!call_exit_with_nones(c) || !compiler_emit(c, OP_POP_TOP, 0)) return false;
        compiler_unset_loc(c);
        return true;
    }
    case FB_HANDLER_CLEANUP:
        if (info->datum && !compiler_emit(c, PSEUDO_POP_BLOCK, 0)) return false;
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0) || !compiler_emit(c, OP_POP_EXCEPT, 0))
            return false;
        return !info->datum || emit_handler_name_cleanup(c, info->datum);
    case FB_POP_VALUE:
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        return compiler_emit(c, OP_POP_TOP, 0);
    }
    return true;
}

/* Unwind every frame block (return) or up to the innermost loop (break/continue, *loop set). */
static bool unwind_fblock_stack(Compiler *c, bool preserve_tos, const FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfblocks == 0) return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        return compiler_error(c,
                              "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    bool ok = unwind_fblock(c, &copy, preserve_tos) && unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

static bool compile_return(Compiler *c, const AstStmt *s)
{
    const AstExpr *value = s->v.return_.value;
    bool preserve_tos = value && value->kind != AST_EXPR_CONSTANT;
    const SymBlock *ste = c->u->ste;
    if (ste->kind != BLOCK_FUNCTION) return compiler_error(c, "'return' outside function");
    if (value && ste->coroutine && ste->generator)
        return compiler_error(c, "'return' with value in async generator");
    if (preserve_tos && !compiler_expr(c, value)) return false;
    if (!unwind_fblock_stack(c, preserve_tos, NULL)) return false;
    if (!preserve_tos) {
        Value v = VAL_NONE;
        if (value && (v = compiler_constant(c, &value->v.constant)) == VAL_ERR) return false;
        if (value) compiler_set_loc(c, value->pos);
        if (!compiler_load_const(c, v)) return false;
    }
    compiler_set_loc(c, s->pos);
    return compiler_emit(c, OP_RETURN_VALUE, 0);
}

static bool compile_break(Compiler *c)
{
    const FBlock *loop = NULL;
    if (!unwind_fblock_stack(c, false, &loop)) return false;
    if (!loop) return compiler_error(c, "'break' outside loop");
    if (!unwind_fblock(c, loop, false)) return false;
    return compiler_emit_jump(c, OP_JUMP, loop->exit);
}

static bool compile_continue(Compiler *c)
{
    const FBlock *loop = NULL;
    if (!unwind_fblock_stack(c, false, &loop)) return false;
    if (!loop) return compiler_error(c, "'continue' not properly in loop");
    return compiler_emit_jump(c, OP_JUMP, loop->block);
}

/* ---- loops and conditionals ------------------------------------------------------------------ */

static bool compile_for(Compiler *c, const AstStmt *s)
{
    Block *start = compiler_new_block(c), *body = compiler_new_block(c);
    Block *cleanup = compiler_new_block(c), *end = compiler_new_block(c);
    if (!start || !body || !cleanup || !end) return false;
    if (!compiler_push_fblock(c, FB_FOR_LOOP, start, end, NULL)) return false;
    if (!compiler_expr(c, s->v.for_.iter) || !compiler_emit(c, OP_GET_ITER, 0)) return false;
    compiler_use_block(c, start);
    if (!compiler_emit_jump(c, OP_FOR_ITER, cleanup)) return false;
    compiler_use_block(c, body);
    if (!compiler_expr(c, s->v.for_.target) || !compiler_stmts(c, &s->v.for_.body)) return false;
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, OP_JUMP, start)) return false;
    compiler_use_block(c, cleanup);
    compiler_pop_fblock(c);
    if (!compiler_stmts(c, &s->v.for_.orelse)) return false;
    compiler_use_block(c, end);
    return true;
}

static bool compile_while(Compiler *c, const AstStmt *s)
{
    Block *loop = compiler_new_block(c), *body = compiler_new_block(c);
    Block *anchor = compiler_new_block(c), *end = compiler_new_block(c);
    if (!loop || !body || !anchor || !end) return false;
    compiler_use_block(c, loop);
    if (!compiler_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL)) return false;
    if (!compiler_jump_if(c, s->v.while_.test, anchor, false)) return false;
    compiler_use_block(c, body);
    if (!compiler_stmts(c, &s->v.while_.body)) return false;
    compiler_set_loc(c, s->pos);
    if (!compiler_jump_if(c, s->v.while_.test, body, true)) return false;
    compiler_pop_fblock(c);
    compiler_use_block(c, anchor);
    if (!compiler_stmts(c, &s->v.while_.orelse)) return false;
    compiler_use_block(c, end);
    return true;
}

static bool compile_if(Compiler *c, const AstStmt *s)
{
    Block *end = compiler_new_block(c), *next = end;
    if (!end) return false;
    if (s->v.if_.orelse.count && !(next = compiler_new_block(c))) return false;
    if (!compiler_jump_if(c, s->v.if_.test, next, false) || !compiler_stmts(c, &s->v.if_.body))
        return false;
    if (s->v.if_.orelse.count) {
        compiler_unset_loc(c);
        if (!compiler_emit_jump(c, OP_JUMP, end)) return false;
        compiler_use_block(c, next);
        if (!compiler_stmts(c, &s->v.if_.orelse)) return false;
    }
    compiler_use_block(c, end);
    return true;
}

/* ---- try ------------------------------------------------------------------------------------- */

/* [.. prev lasti exc] -> restore the handled exception and re-raise. */
static bool pop_except_and_reraise(Compiler *c)
{
    return compiler_emit(c, OP_COPY, 3) && compiler_emit(c, OP_POP_EXCEPT, 0) &&
           compiler_emit(c, OP_RERAISE, 1);
}

static bool except_handler(Compiler *c, const AstExceptHandler *h, Block *end)
{
    Block *next = compiler_new_block(c);
    if (!next) return false;
    compiler_set_loc(c, h->pos);
    if (h->type) {
        if (!compiler_expr(c, h->type) || !compiler_emit(c, OP_CHECK_EXC_MATCH, 0) ||
            !compiler_emit_jump(c, OP_POP_JUMP_IF_FALSE, next))
            return false;
    }
    if (h->name) {
        Block *cleanup_end = compiler_new_block(c), *cleanup_body = compiler_new_block(c);
        if (!cleanup_end || !cleanup_body) return false;
        if (!compiler_nameop(c, h->name, AST_CTX_STORE)) return false;
        if (!compiler_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_end)) return false;
        compiler_use_block(c, cleanup_body);
        if (!compiler_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name) ||
            !compiler_stmts(c, &h->body))
            return false;
        compiler_pop_fblock(c);
        compiler_unset_loc(c);
        if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0) || !compiler_emit(c, PSEUDO_POP_BLOCK, 0) ||
            !compiler_emit(c, OP_POP_EXCEPT, 0) || !emit_handler_name_cleanup(c, h->name) ||
            !compiler_emit_jump(c, OP_JUMP, end))
            return false;
        compiler_use_block(c, cleanup_end);
        compiler_unset_loc(c);
        if (!emit_handler_name_cleanup(c, h->name) || !compiler_emit(c, OP_RERAISE, 1))
            return false;
    } else {
        Block *cleanup_body = compiler_new_block(c);
        if (!cleanup_body || !compiler_emit(c, OP_POP_TOP, 0)) return false;
        compiler_use_block(c, cleanup_body);
        if (!compiler_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL) ||
            !compiler_stmts(c, &h->body))
            return false;
        compiler_pop_fblock(c);
        compiler_unset_loc(c);
        if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0) || !compiler_emit(c, OP_POP_EXCEPT, 0) ||
            !compiler_emit_jump(c, OP_JUMP, end))
            return false;
    }
    compiler_use_block(c, next);
    return true;
}

static bool compile_try_except(Compiler *c, const AstStmt *s)
{
    Block *body = compiler_new_block(c), *except = compiler_new_block(c);
    Block *end = compiler_new_block(c), *cleanup = compiler_new_block(c);
    if (!body || !except || !end || !cleanup) return false;
    if (!compiler_emit_jump(c, PSEUDO_SETUP_FINALLY, except)) return false;
    compiler_use_block(c, body);
    if (!compiler_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL) ||
        !compiler_stmts(c, &s->v.try_.body))
        return false;
    compiler_pop_fblock(c);
    compiler_unset_loc(c);
    if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0) || !compiler_stmts(c, &s->v.try_.orelse))
        return false;
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, OP_JUMP, end)) return false;
    compiler_use_block(c, except);
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) ||
        !compiler_emit(c, OP_PUSH_EXC_INFO, 0) ||
        !compiler_push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL))
        return false;
    const AstExceptHandlerSeq *hs = &s->v.try_.handlers;
    for (int i = 0; i < hs->count; i++) {
        if (!hs->items[i]->type && i < hs->count - 1)
            return compiler_error_at(c, hs->items[i]->pos, "default 'except:' must be last");
        if (!except_handler(c, hs->items[i], end)) return false;
    }
    compiler_unset_loc(c);
    compiler_pop_fblock(c);
    if (!compiler_emit(c, OP_RERAISE, 0)) return false;
    compiler_use_block(c, cleanup);
    if (!pop_except_and_reraise(c)) return false;
    compiler_use_block(c, end);
    return true;
}

static bool compile_try_finally(Compiler *c, const AstStmt *s)
{
    Block *body = compiler_new_block(c), *end = compiler_new_block(c);
    Block *exit = compiler_new_block(c), *cleanup = compiler_new_block(c);
    if (!body || !end || !exit || !cleanup) return false;
    const AstStmtSeq *fin = &s->v.try_.finalbody;
    if (!compiler_emit_jump(c, PSEUDO_SETUP_FINALLY, end)) return false;
    compiler_use_block(c, body);
    if (!compiler_push_fblock(c, FB_FINALLY_TRY, body, end, fin)) return false;
    if (s->v.try_.handlers.count ? !compile_try_except(c, s) : !compiler_stmts(c, &s->v.try_.body))
        return false;
    compiler_unset_loc(c);
    if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0)) return false;
    compiler_pop_fblock(c);
    if (!compiler_stmts(c, fin)) return false;
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, OP_JUMP, exit)) return false;
    compiler_use_block(c, end);
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) ||
        !compiler_emit(c, OP_PUSH_EXC_INFO, 0) ||
        !compiler_push_fblock(c, FB_FINALLY_END, end, NULL, NULL) || !compiler_stmts(c, fin))
        return false;
    compiler_pop_fblock(c);
    compiler_unset_loc(c);
    if (!compiler_emit(c, OP_RERAISE, 0)) return false;
    compiler_use_block(c, cleanup);
    if (!pop_except_and_reraise(c)) return false;
    compiler_use_block(c, exit);
    return true;
}

/* ---- with ------------------------------------------------------------------------------------ */

static bool with_except_finish(Compiler *c, Block *cleanup)
{
    compiler_unset_loc(c);
    Block *exit = compiler_new_block(c);
    if (!exit) return false;
    if (!compiler_emit_jump(c, OP_POP_JUMP_IF_TRUE, exit) || !compiler_emit(c, OP_RERAISE, 2))
        return false;
    compiler_use_block(c, cleanup);
    if (!pop_except_and_reraise(c)) return false;
    compiler_use_block(c, exit);
    return compiler_emit(c, OP_POP_TOP, 0) && compiler_emit(c, PSEUDO_POP_BLOCK, 0) &&
           compiler_emit(c, OP_POP_EXCEPT, 0) && compiler_emit(c, OP_POP_TOP, 0) &&
           compiler_emit(c, OP_POP_TOP, 0);
}

static bool compile_with(Compiler *c, const AstStmt *s, int pos)
{
    const AstWithItem *item = s->v.with.items.items[pos];
    Block *block = compiler_new_block(c), *final = compiler_new_block(c);
    Block *exit = compiler_new_block(c), *cleanup = compiler_new_block(c);
    if (!block || !final || !exit || !cleanup) return false;
    if (!compiler_expr(c, item->context_expr) || !compiler_emit(c, OP_BEFORE_WITH, 0) ||
        !compiler_emit_jump(c, PSEUDO_SETUP_WITH, final))
        return false;
    compiler_use_block(c, block);
    if (!compiler_push_fblock(c, FB_WITH, block, final, s)) return false;
    if (item->optional_vars ? !compiler_expr(c, item->optional_vars)
                            : !compiler_emit(c, OP_POP_TOP, 0))
        return false;
    if (pos + 1 == s->v.with.items.count ? !compiler_stmts(c, &s->v.with.body)
                                         : !compile_with(c, s, pos + 1))
        return false;
    compiler_unset_loc(c);
    if (!compiler_emit(c, PSEUDO_POP_BLOCK, 0)) return false;
    compiler_pop_fblock(c);
    compiler_set_loc(c, s->pos);
    if (!call_exit_with_nones(c) || !compiler_emit(c, OP_POP_TOP, 0) ||
        !compiler_emit_jump(c, OP_JUMP, exit))
        return false;
    compiler_use_block(c, final);
    if (!compiler_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) ||
        !compiler_emit(c, OP_PUSH_EXC_INFO, 0) || !compiler_emit(c, OP_WITH_EXCEPT_START, 0) ||
        !with_except_finish(c, cleanup))
        return false;
    compiler_use_block(c, exit);
    return true;
}

/* ---- assignments ----------------------------------------------------------------------------- */

static bool plain_elts(const AstExpr *e, const AstExprSeq **elts)
{
    if (e->kind == AST_EXPR_TUPLE)
        *elts = &e->v.tuple.elts;
    else if (e->kind == AST_EXPR_LIST)
        *elts = &e->v.list.elts;
    else
        return false;
    for (int i = 0; i < (*elts)->count; i++)
        if ((*elts)->items[i]->kind == AST_EXPR_STARRED) return false;
    return true;
}

static bool compile_assign(Compiler *c, const AstStmt *s)
{
    const AstExprSeq *targets = &s->v.assign.targets;
    const AstExprSeq *lhs, *rhs;
    /* `a, b = b, a`: no tuple is built (CPython's BUILD_TUPLE/UNPACK_SEQUENCE peephole). */
    if (targets->count == 1 && plain_elts(targets->items[0], &lhs) &&
        plain_elts(s->v.assign.value, &rhs) && lhs->count == rhs->count &&
        (lhs->count == 2 || lhs->count == 3)) {
        if (!compiler_exprs(c, rhs) || !compiler_emit(c, OP_SWAP, (uint32_t)lhs->count))
            return false;
        return compiler_exprs(c, lhs);
    }
    if (!compiler_expr(c, s->v.assign.value)) return false;
    for (int i = 0; i < targets->count; i++) {
        if (i < targets->count - 1 && !compiler_emit(c, OP_COPY, 1)) return false;
        if (!compiler_expr(c, targets->items[i])) return false;
    }
    return true;
}

static bool compile_aug_assign(Compiler *c, const AstStmt *s)
{
    const AstExpr *e = s->v.aug_assign.target;
    compiler_set_loc(c, e->pos);
    switch (e->kind) {
    case AST_EXPR_ATTRIBUTE:
        if (!compiler_expr(c, e->v.attribute.value) || !compiler_emit(c, OP_COPY, 1) ||
            !compiler_emit_name(c, OP_LOAD_ATTR, e->v.attribute.attr))
            return false;
        break;
    case AST_EXPR_SUBSCRIPT:
        if (!compiler_expr(c, e->v.subscript.value) || !compiler_expr(c, e->v.subscript.slice) ||
            !compiler_emit(c, OP_COPY, 2) || !compiler_emit(c, OP_COPY, 2) ||
            !compiler_emit(c, OP_BINARY_SUBSCR, 0))
            return false;
        break;
    case AST_EXPR_NAME:
        if (!compiler_nameop(c, e->v.name.id, AST_CTX_LOAD)) return false;
        break;
    default:
        return compiler_error(c, "'%s' is an illegal expression for augmented assignment",
                              ast_expr_kind_name(e->kind));
    }
    compiler_set_loc(c, s->pos);
    if (!compiler_expr(c, s->v.aug_assign.value)) return false;
    static const uint8_t map[AST_OPERATOR_COUNT] = {
        [AST_OP_ADD] = BINOP_ADD,
        [AST_OP_SUB] = BINOP_SUB,
        [AST_OP_MULT] = BINOP_MUL,
        [AST_OP_MAT_MULT] = BINOP_MATMUL,
        [AST_OP_DIV] = BINOP_TRUEDIV,
        [AST_OP_MOD] = BINOP_MOD,
        [AST_OP_POW] = BINOP_POW,
        [AST_OP_LSHIFT] = BINOP_LSHIFT,
        [AST_OP_RSHIFT] = BINOP_RSHIFT,
        [AST_OP_BIT_OR] = BINOP_OR,
        [AST_OP_BIT_XOR] = BINOP_XOR,
        [AST_OP_BIT_AND] = BINOP_AND,
        [AST_OP_FLOOR_DIV] = BINOP_FLOORDIV,
    };
    if (!compiler_emit(c, OP_BINARY_OP, map[s->v.aug_assign.op] | BINOP_INPLACE_FLAG)) return false;
    compiler_set_loc(c, e->pos);
    switch (e->kind) {
    case AST_EXPR_ATTRIBUTE:
        return compiler_emit(c, OP_SWAP, 2) &&
               compiler_emit_name(c, OP_STORE_ATTR, e->v.attribute.attr);
    case AST_EXPR_SUBSCRIPT:
        return compiler_emit(c, OP_SWAP, 3) && compiler_emit(c, OP_SWAP, 2) &&
               compiler_emit(c, OP_STORE_SUBSCR, 0);
    default:
        return compiler_nameop(c, e->v.name.id, AST_CTX_STORE);
    }
}

static bool check_ann_expr(Compiler *c, const AstExpr *e)
{
    return compiler_expr(c, e) && compiler_emit(c, OP_POP_TOP, 0);
}

static bool check_ann_subscr(Compiler *c, const AstExpr *e)
{
    if (e->kind == AST_EXPR_SLICE) {
        if (e->v.slice.lower && !check_ann_expr(c, e->v.slice.lower)) return false;
        if (e->v.slice.upper && !check_ann_expr(c, e->v.slice.upper)) return false;
        return !e->v.slice.step || check_ann_expr(c, e->v.slice.step);
    }
    if (e->kind == AST_EXPR_TUPLE) {
        for (int i = 0; i < e->v.tuple.elts.count; i++)
            if (!check_ann_subscr(c, e->v.tuple.elts.items[i])) return false;
        return true;
    }
    return check_ann_expr(c, e);
}

static bool compile_ann_assign(Compiler *c, const AstStmt *s)
{
    const AstExpr *target = s->v.ann_assign.target;
    bool module_or_class = c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
    if (s->v.ann_assign.value &&
        (!compiler_expr(c, s->v.ann_assign.value) || !compiler_expr(c, target)))
        return false;
    switch (target->kind) {
    case AST_EXPR_NAME:
        if (!compiler_check_forbidden(c, target->v.name.id, AST_CTX_STORE)) return false;
        if (s->v.ann_assign.simple && module_or_class) {
            bool ok = c->future_annotations ? compiler_source_string(c, s->v.ann_assign.annotation)
                                            : compiler_expr(c, s->v.ann_assign.annotation);
            if (!ok) return false;
            int k = compiler_add_name_cstr(c, "__annotations__");
            if (k < 0) return false;
            ok = c->u->kind == UNIT_MODULE ? compiler_emit(c, OP_LOAD_GLOBAL, (uint32_t)k << 1)
                                           : compiler_emit(c, OP_LOAD_NAME, (uint32_t)k);
            const char *m = compiler_mangle(c, target->v.name.id);
            Value key = m ? compiler_str(c, m, strlen(m)) : VAL_ERR;
            return ok && key != VAL_ERR && compiler_load_const(c, key) &&
                   compiler_emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case AST_EXPR_ATTRIBUTE:
        if (!s->v.ann_assign.value && !check_ann_expr(c, target->v.attribute.value)) return false;
        break;
    case AST_EXPR_SUBSCRIPT:
        if (!s->v.ann_assign.value && (!check_ann_expr(c, target->v.subscript.value) ||
                                       !check_ann_subscr(c, target->v.subscript.slice)))
            return false;
        break;
    default:
        break;
    }
    if (!s->v.ann_assign.simple && module_or_class && !c->future_annotations)
        return check_ann_expr(c, s->v.ann_assign.annotation);
    return true;
}

/* ---- imports --------------------------------------------------------------------------------- */

static bool import_as(Compiler *c, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (!dot) return compiler_nameop(c, asname, AST_CTX_STORE);
    for (;;) {
        const char *part = dot + 1;
        dot = strchr(part, '.');
        size_t len = dot ? (size_t)(dot - part) : strlen(part);
        Value attr = compiler_str(c, part, len);
        int k = attr == VAL_ERR ? -1 : compiler_add_name(c, attr);
        if (k < 0 || !compiler_emit(c, OP_IMPORT_FROM, (uint32_t)k)) return false;
        if (!dot) break;
        if (!compiler_emit(c, OP_SWAP, 2) || !compiler_emit(c, OP_POP_TOP, 0)) return false;
    }
    return compiler_nameop(c, asname, AST_CTX_STORE) && compiler_emit(c, OP_POP_TOP, 0);
}

static bool compile_import(Compiler *c, const AstStmt *s)
{
    for (int i = 0; i < s->v.import.names.count; i++) {
        const AstAlias *a = s->v.import.names.items[i];
        if (!compiler_load_int(c, 0) || !compiler_load_const(c, VAL_NONE) ||
            !compiler_emit_name(c, OP_IMPORT_NAME, a->name))
            return false;
        if (a->asname) {
            if (!import_as(c, a->name, a->asname)) return false;
            continue;
        }
        const char *dot = strchr(a->name, '.');
        const char *store =
            dot ? arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
        if (!store) return compiler_nomem(c);
        if (!compiler_nameop(c, store, AST_CTX_STORE)) return false;
    }
    return true;
}

static bool compile_import_from(Compiler *c, const AstStmt *s)
{
    const AstAliasSeq *names = &s->v.import_from.names;
    const char *module = s->v.import_from.module ? s->v.import_from.module : "";
    if (s->pos.lineno > c->future_lineno && strcmp(module, "__future__") == 0)
        return compiler_error(c, "from __future__ imports must occur at the beginning of the file");
    Value fromlist = tuple_new(c->vm, (size_t)names->count);
    if (fromlist == VAL_ERR) return compiler_pending(c);
    for (int i = 0; i < names->count; i++) {
        Value n = compiler_str(c, names->items[i]->name, strlen(names->items[i]->name));
        if (n == VAL_ERR) return false;
        AS_TUPLE(fromlist)->items[i] = n;
    }
    if (!compiler_load_int(c, s->v.import_from.level) || !compiler_load_const(c, fromlist) ||
        !compiler_emit_name(c, OP_IMPORT_NAME, module))
        return false;
    for (int i = 0; i < names->count; i++) {
        const AstAlias *a = names->items[i];
        if (i == 0 && a->name[0] == '*') return compiler_emit(c, OP_IMPORT_STAR, 0);
        if (!compiler_emit_name(c, OP_IMPORT_FROM, a->name)) return false;
        if (!compiler_nameop(c, a->asname ? a->asname : a->name, AST_CTX_STORE)) return false;
    }
    return compiler_emit(c, OP_POP_TOP, 0);
}

/* ---- the rest -------------------------------------------------------------------------------- */

static bool compile_raise(Compiler *c, const AstStmt *s)
{
    uint32_t n = 0;
    if (s->v.raise.exc) {
        if (!compiler_expr(c, s->v.raise.exc)) return false;
        n++;
        if (s->v.raise.cause) {
            if (!compiler_expr(c, s->v.raise.cause)) return false;
            n++;
        }
    }
    return compiler_emit(c, OP_RAISE_VARARGS, n);
}

static bool compile_assert(Compiler *c, const AstStmt *s)
{
    Block *end = compiler_new_block(c);
    if (!end || !compiler_jump_if(c, s->v.assert_.test, end, true)) return false;
    if (!compiler_emit(c, OP_LOAD_ASSERTION_ERROR, 0)) return false;
    if (s->v.assert_.msg && (!compiler_expr(c, s->v.assert_.msg) || !compiler_emit(c, OP_CALL, 0)))
        return false;
    /* CPython 3.11 reports a failed assert at its test expression. */
    compiler_set_loc(c, s->v.assert_.test->pos);
    if (!compiler_emit(c, OP_RAISE_VARARGS, 1)) return false;
    compiler_use_block(c, end);
    return true;
}

static bool compile_expr_stmt(Compiler *c, const AstStmt *s)
{
    const AstExpr *value = s->v.expr.value;
    if (value->kind == AST_EXPR_CONSTANT) return true;
    if (!compiler_expr(c, value)) return false;
    compiler_unset_loc(c);
    return compiler_emit(c, OP_POP_TOP, 0);
}

static bool compile_async_stmt(Compiler *c, const AstStmt *s)
{
    bool is_for = s->kind == AST_STMT_ASYNC_FOR;
    if (c->u->kind != UNIT_ASYNC_FUNCTION)
        return compiler_error(c, is_for ? "'async for' outside async function"
                                        : "'async with' outside async function");
    return emit_unsupported(c, is_for ? "async for" : "async with");
}

static bool stmt_inner(Compiler *c, const AstStmt *s)
{
    switch (s->kind) {
    case AST_STMT_FUNCTION_DEF:
    case AST_STMT_ASYNC_FUNCTION_DEF:
        return compiler_function(c, s);
    case AST_STMT_CLASS_DEF:
        return compiler_class(c, s);
    case AST_STMT_RETURN:
        return compile_return(c, s);
    case AST_STMT_DELETE:
        return compiler_exprs(c, &s->v.delete_.targets);
    case AST_STMT_ASSIGN:
        return compile_assign(c, s);
    case AST_STMT_AUG_ASSIGN:
        return compile_aug_assign(c, s);
    case AST_STMT_ANN_ASSIGN:
        return compile_ann_assign(c, s);
    case AST_STMT_FOR:
        return compile_for(c, s);
    case AST_STMT_WHILE:
        return compile_while(c, s);
    case AST_STMT_IF:
        return compile_if(c, s);
    case AST_STMT_WITH:
        return compile_with(c, s, 0);
    case AST_STMT_ASYNC_FOR:
    case AST_STMT_ASYNC_WITH:
        return compile_async_stmt(c, s);
    case AST_STMT_MATCH:
        return compiler_match(c, s);
    case AST_STMT_RAISE:
        return compile_raise(c, s);
    case AST_STMT_TRY:
        return s->v.try_.finalbody.count ? compile_try_finally(c, s) : compile_try_except(c, s);
    case AST_STMT_TRY_STAR:
        return emit_unsupported(c, "except*");
    case AST_STMT_ASSERT:
        return compile_assert(c, s);
    case AST_STMT_IMPORT:
        return compile_import(c, s);
    case AST_STMT_IMPORT_FROM:
        return compile_import_from(c, s);
    case AST_STMT_EXPR:
        return compile_expr_stmt(c, s);
    case AST_STMT_BREAK:
        return compile_break(c);
    case AST_STMT_CONTINUE:
        return compile_continue(c);
    default:
        return true; /* pass, global, nonlocal */
    }
}

bool compiler_stmt(Compiler *c, const AstStmt *s)
{
    if (!compiler_enter(c)) return false;
    compiler_set_loc(c, s->pos);
    bool ok = stmt_inner(c, s);
    compiler_leave(c);
    return ok;
}
