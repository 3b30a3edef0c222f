/* compiler_expr.c — expressions: constants (with CPython's folding of signed numbers and constant
 * tuples), names, operators, comparisons (chained: CPython's SWAP/COPY sequence), conditions
 * compiled as jumps, displays with starred items, subscripts and slices, attribute and method
 * calls, f-strings, yield / yield from / await, and assignment targets. */
#include "compiler_int.h"

#include <string.h>

#include "bytes.h"
#include "floatobj.h"
#include "int.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define STACK_USE_GUIDELINE 30 /* CPython: above this, displays and calls build incrementally */

/* Calls of globals use LOAD_GLOBAL's call form (A|1: [.. f NULL]) instead of LOAD_GLOBAL +
 * PUSH_NULL. Off until the VM's LOAD_GLOBAL pushes the NULL after the value. */
#define COMPILER_GLOBAL_CALL_FORM 1

/* ---- constants ------------------------------------------------------------------------------- */

static bool identifier_like(const char *s, size_t len)
{
    if (len > 40) return false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9')))
            return false;
    }
    return true;
}

static Value int_constant(Compiler *c, const AstConstant *k)
{
    if (k->u.int_.fits) return int_from_i64(c->vm, k->u.int_.value);
    const char *d = k->u.int_.digits;
    return int_from_text(c->vm, d, strlen(d), k->u.int_.base);
}

Value compiler_constant(Compiler *c, const AstConstant *k)
{
    Value v;
    switch (k->kind) {
    case AST_CONST_NONE:
        return VAL_NONE;
    case AST_CONST_TRUE:
        return VAL_TRUE;
    case AST_CONST_FALSE:
        return VAL_FALSE;
    case AST_CONST_ELLIPSIS:
        return VAL_ELLIPSIS;
    case AST_CONST_INT:
        v = int_constant(c, k);
        break;
    case AST_CONST_FLOAT:
        return val_from_float(k->u.float_);
    case AST_CONST_IMAGINARY:
        v = complex_new(c->vm, 0.0, k->u.imaginary);
        break;
    case AST_CONST_STR:
        v = str_new(c->vm, k->u.str.data, k->u.str.len);
        if (v != VAL_ERR && identifier_like(k->u.str.data, k->u.str.len)) v = str_intern(c->vm, v);
        break;
    default:
        v = bytes_new(c->vm, (const uint8_t *)k->u.str.data, k->u.str.len);
        break;
    }
    if (v == VAL_ERR) compiler_pending(c);
    return v;
}

static bool is_number_const(const AstExpr *e)
{
    if (e->kind != AST_EXPR_CONSTANT) return false;
    AstConstKind k = e->v.constant.kind;
    return k == AST_CONST_INT || k == AST_CONST_FLOAT || k == AST_CONST_IMAGINARY;
}

/* -x / +x / ~x of a numeric literal, folded as CPython's AST optimiser does. */
static bool fold_unary(Compiler *c, const AstExpr *e, Value *out)
{
    const AstExpr *operand = e->v.unary_op.operand;
    AstUnaryOp op = e->v.unary_op.op;
    if (op == AST_UOP_NOT) return false;
    Value v;
    if (is_number_const(operand)) {
        v = compiler_constant(c, &operand->v.constant);
    } else if (operand->kind == AST_EXPR_UNARY_OP) {
        if (!fold_unary(c, operand, &v)) return false;
    } else {
        return false;
    }
    if (v == VAL_ERR) return false;
    if (op == AST_UOP_UADD) {
        *out = v;
    } else if (val_is_float(v)) {
        if (op == AST_UOP_INVERT) return false;
        *out = val_from_float(-val_as_float(v));
    } else if (val_is_int(v)) {
        *out = op == AST_UOP_USUB
                   ? int_negate(c->vm, v)
                   : int_binop(c->vm, int_negate(c->vm, v), val_from_small_int(1), BINOP_SUB);
    } else if (val_is_kind(v, OBJ_COMPLEX) && op == AST_UOP_USUB) {
        *out = complex_new(c->vm, -AS_COMPLEX(v)->real, -AS_COMPLEX(v)->imag);
    } else {
        return false;
    }
    if (*out == VAL_ERR) return compiler_pending(c);
    return true;
}

bool compiler_const_value(Compiler *c, const AstExpr *e, Value *out)
{
    switch (e->kind) {
    case AST_EXPR_CONSTANT:
        *out = compiler_constant(c, &e->v.constant);
        return *out != VAL_ERR;
    case AST_EXPR_UNARY_OP:
        return fold_unary(c, e, out);
    case AST_EXPR_NAME:
        if (e->v.name.ctx != AST_CTX_LOAD || strcmp(e->v.name.id, "__debug__") != 0) return false;
        *out = VAL_TRUE;
        return true;
    case AST_EXPR_TUPLE: {
        const AstExprSeq *elts = &e->v.tuple.elts;
        if (e->v.tuple.ctx != AST_CTX_LOAD) return false;
        for (int i = 0; i < elts->count; i++) {
            const AstExpr *x = elts->items[i];
            bool foldable = x->kind == AST_EXPR_CONSTANT || x->kind == AST_EXPR_TUPLE ||
                            (x->kind == AST_EXPR_UNARY_OP && x->v.unary_op.op != AST_UOP_NOT);
            if (!foldable) return false;
        }
        Value t = tuple_new(c->vm, (size_t)elts->count);
        if (t == VAL_ERR) return compiler_pending(c);
        for (int i = 0; i < elts->count; i++)
            if (!compiler_const_value(c, elts->items[i], &AS_TUPLE(t)->items[i])) return false;
        *out = t;
        return true;
    }
    default:
        return false;
    }
}

/* Truth of a constant expression at compile time: 1, 0, or -1 when not known. */
static int const_truth(const AstExpr *e)
{
    if (e->kind != AST_EXPR_CONSTANT) return -1;
    const AstConstant *k = &e->v.constant;
    switch (k->kind) {
    case AST_CONST_NONE:
    case AST_CONST_FALSE:
        return 0;
    case AST_CONST_TRUE:
    case AST_CONST_ELLIPSIS:
        return 1;
    case AST_CONST_INT:
        return k->u.int_.fits ? k->u.int_.value != 0 : 1;
    case AST_CONST_FLOAT:
        return k->u.float_ != 0.0;
    case AST_CONST_IMAGINARY:
        return k->u.imaginary != 0.0;
    default:
        return k->u.str.len != 0;
    }
}

/* ---- helpers --------------------------------------------------------------------------------- */

bool compiler_exprs(Compiler *c, const AstExprSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        if (!compiler_expr(c, seq->items[i])) return false;
    return true;
}

static bool emit_const_str(Compiler *c, const char *s)
{
    Value v = compiler_str(c, s, strlen(s));
    return v != VAL_ERR && compiler_load_const(c, v);
}

/* CPython's update_start_location_to_match_attr: a multi-line attribute points at its name. */
static SourceLoc loc_match_attr(SourceLoc loc, const AstExpr *attr)
{
    if (loc.line == attr->pos.end_lineno) return loc;
    loc.line = attr->pos.end_lineno;
    int len = (int)strlen(attr->v.attribute.attr);
    if (len <= attr->pos.end_col_offset) {
        loc.col = attr->pos.end_col_offset - len;
    } else {
        loc.col = loc.end_col = -1;
    }
    if (loc.end_line < loc.line) loc.end_line = loc.line;
    if (loc.line == loc.end_line && loc.end_col < loc.col) loc.end_col = loc.col;
    return loc;
}

static BinOp binop_of(AstOperator op)
{
    static const BinOp map[AST_OPERATOR_COUNT] = {
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
    return map[op];
}

static bool emit_compare(Compiler *c, AstCmpOp op)
{
    switch (op) {
    case AST_CMP_EQ:
        return compiler_emit(c, OP_COMPARE_OP, CMP_EQ);
    case AST_CMP_NOT_EQ:
        return compiler_emit(c, OP_COMPARE_OP, CMP_NE);
    case AST_CMP_LT:
        return compiler_emit(c, OP_COMPARE_OP, CMP_LT);
    case AST_CMP_LTE:
        return compiler_emit(c, OP_COMPARE_OP, CMP_LE);
    case AST_CMP_GT:
        return compiler_emit(c, OP_COMPARE_OP, CMP_GT);
    case AST_CMP_GTE:
        return compiler_emit(c, OP_COMPARE_OP, CMP_GE);
    case AST_CMP_IS:
        return compiler_emit(c, OP_IS_OP, 0);
    case AST_CMP_IS_NOT:
        return compiler_emit(c, OP_IS_OP, 1);
    case AST_CMP_IN:
        return compiler_emit(c, OP_CONTAINS_OP, 0);
    default:
        return compiler_emit(c, OP_CONTAINS_OP, 1);
    }
}

/* `x in [1, 2]` and `x in (a, b)` test a constant tuple when every item is constant. */
static bool compare_operand(Compiler *c, const AstExpr *e, AstCmpOp op)
{
    if ((op == AST_CMP_IN || op == AST_CMP_NOT_IN) && e->kind == AST_EXPR_LIST &&
        e->v.list.elts.count > 0) {
        AstExpr tuple = *e;
        tuple.kind = AST_EXPR_TUPLE;
        tuple.v.tuple.elts = e->v.list.elts;
        tuple.v.tuple.ctx = AST_CTX_LOAD;
        Value v;
        if (compiler_const_value(c, &tuple, &v)) return compiler_load_const(c, v);
        if (c->failure) return false;
    }
    return compiler_expr(c, e);
}

/* ---- conditions ------------------------------------------------------------------------------ */

static bool jump_if_compare(Compiler *c, const AstExpr *e, Block *target, bool cond)
{
    int n = e->v.compare.ops.count - 1;
    const AstExprSeq *cmps = &e->v.compare.comparators;
    Block *cleanup = compiler_new_block(c), *end = compiler_new_block(c);
    if (!cleanup || !end || !compiler_expr(c, e->v.compare.left)) return false;
    for (int i = 0; i < n; i++) {
        if (!compare_operand(c, cmps->items[i], e->v.compare.ops.items[i]) ||
            !compiler_emit(c, OP_SWAP, 2) || !compiler_emit(c, OP_COPY, 2) ||
            !emit_compare(c, e->v.compare.ops.items[i]) ||
            !compiler_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup))
            return false;
    }
    if (!compare_operand(c, cmps->items[n], e->v.compare.ops.items[n]) ||
        !emit_compare(c, e->v.compare.ops.items[n]) ||
        !compiler_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target))
        return false;
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, OP_JUMP, end)) return false;
    compiler_use_block(c, cleanup);
    if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
    if (!cond && !compiler_emit_jump(c, OP_JUMP, target)) return false;
    compiler_use_block(c, end);
    return true;
}

/* `x is None` / `x is not None` as POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE. */
static bool is_none_test(const AstExpr *e)
{
    if (e->kind != AST_EXPR_COMPARE || e->v.compare.ops.count != 1) return false;
    AstCmpOp op = e->v.compare.ops.items[0];
    const AstExpr *r = e->v.compare.comparators.items[0];
    return (op == AST_CMP_IS || op == AST_CMP_IS_NOT) && r->kind == AST_EXPR_CONSTANT &&
           r->v.constant.kind == AST_CONST_NONE;
}

static bool jump_if_inner(Compiler *c, const AstExpr *e, Block *target, bool cond)
{
    switch (e->kind) {
    case AST_EXPR_UNARY_OP:
        if (e->v.unary_op.op == AST_UOP_NOT)
            return compiler_jump_if(c, e->v.unary_op.operand, target, !cond);
        break;
    case AST_EXPR_BOOL_OP: {
        const AstExprSeq *vals = &e->v.bool_op.values;
        bool cond2 = e->v.bool_op.op == AST_BOOL_OR;
        Block *next2 = target;
        if (cond2 != cond && !(next2 = compiler_new_block(c))) return false;
        for (int i = 0; i < vals->count - 1; i++)
            if (!compiler_jump_if(c, vals->items[i], next2, cond2)) return false;
        if (!compiler_jump_if(c, vals->items[vals->count - 1], target, cond)) return false;
        if (next2 != target) compiler_use_block(c, next2);
        return true;
    }
    case AST_EXPR_IF_EXP: {
        Block *end = compiler_new_block(c), *next2 = compiler_new_block(c);
        if (!end || !next2) return false;
        if (!compiler_jump_if(c, e->v.if_exp.test, next2, false) ||
            !compiler_jump_if(c, e->v.if_exp.body, target, cond))
            return false;
        compiler_unset_loc(c);
        if (!compiler_emit_jump(c, OP_JUMP, end)) return false;
        compiler_use_block(c, next2);
        if (!compiler_jump_if(c, e->v.if_exp.orelse, target, cond)) return false;
        compiler_use_block(c, end);
        return true;
    }
    case AST_EXPR_COMPARE:
        if (e->v.compare.ops.count > 1) return jump_if_compare(c, e, target, cond);
        if (is_none_test(e)) {
            bool is = e->v.compare.ops.items[0] == AST_CMP_IS;
            if (!compiler_expr(c, e->v.compare.left)) return false;
            int op = is == cond ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE;
            return compiler_emit_jump(c, op, target);
        }
        break;
    default: {
        int truth = const_truth(e);
        if (truth >= 0) return truth != cond || compiler_emit_jump(c, OP_JUMP, target);
        break;
    }
    }
    return compiler_expr(c, e) &&
           compiler_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
}

bool compiler_jump_if(Compiler *c, const AstExpr *e, Block *target, bool cond)
{
    if (!compiler_enter(c)) return false;
    SourceLoc saved = c->u->loc;
    compiler_set_loc(c, e->pos);
    bool ok = jump_if_inner(c, e, target, cond);
    c->u->loc = saved;
    compiler_leave(c);
    return ok;
}

/* ---- operators ------------------------------------------------------------------------------- */

static bool compile_boolop(Compiler *c, const AstExpr *e)
{
    const AstExprSeq *vals = &e->v.bool_op.values;
    int jump = e->v.bool_op.op == AST_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    Block *end = compiler_new_block(c);
    if (!end) return false;
    for (int i = 0; i < vals->count - 1; i++)
        if (!compiler_expr(c, vals->items[i]) || !compiler_emit_jump(c, jump, end)) return false;
    if (!compiler_expr(c, vals->items[vals->count - 1])) return false;
    compiler_use_block(c, end);
    return true;
}

static bool compile_compare(Compiler *c, const AstExpr *e)
{
    int n = e->v.compare.ops.count - 1;
    const AstExprSeq *cmps = &e->v.compare.comparators;
    if (!compiler_expr(c, e->v.compare.left)) return false;
    if (n == 0)
        return compare_operand(c, cmps->items[0], e->v.compare.ops.items[0]) &&
               emit_compare(c, e->v.compare.ops.items[0]);
    Block *cleanup = compiler_new_block(c), *end = compiler_new_block(c);
    if (!cleanup || !end) return false;
    for (int i = 0; i < n; i++) {
        if (!compare_operand(c, cmps->items[i], e->v.compare.ops.items[i]) ||
            !compiler_emit(c, OP_SWAP, 2) || !compiler_emit(c, OP_COPY, 2) ||
            !emit_compare(c, e->v.compare.ops.items[i]) ||
            !compiler_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    if (!compare_operand(c, cmps->items[n], e->v.compare.ops.items[n]) ||
        !emit_compare(c, e->v.compare.ops.items[n]))
        return false;
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, OP_JUMP, end)) return false;
    compiler_use_block(c, cleanup);
    if (!compiler_emit(c, OP_SWAP, 2) || !compiler_emit(c, OP_POP_TOP, 0)) return false;
    compiler_use_block(c, end);
    return true;
}

static bool compile_unary(Compiler *c, const AstExpr *e)
{
    Value v;
    if (fold_unary(c, e, &v)) return compiler_load_const(c, v);
    if (c->failure) return false;
    if (!compiler_expr(c, e->v.unary_op.operand)) return false;
    switch (e->v.unary_op.op) {
    case AST_UOP_INVERT:
        return compiler_emit(c, OP_UNARY_INVERT, 0);
    case AST_UOP_NOT:
        return compiler_emit(c, OP_UNARY_NOT, 0);
    case AST_UOP_UADD:
        return compiler_emit(c, OP_UNARY_POSITIVE, 0);
    default:
        return compiler_emit(c, OP_UNARY_NEGATIVE, 0);
    }
}

static bool compile_ifexp(Compiler *c, const AstExpr *e)
{
    Block *end = compiler_new_block(c), *next = compiler_new_block(c);
    if (!end || !next) return false;
    if (!compiler_jump_if(c, e->v.if_exp.test, next, false) || !compiler_expr(c, e->v.if_exp.body))
        return false;
    compiler_unset_loc(c);
    if (!compiler_emit_jump(c, OP_JUMP, end)) return false;
    compiler_use_block(c, next);
    if (!compiler_expr(c, e->v.if_exp.orelse)) return false;
    compiler_use_block(c, end);
    return true;
}

/* ---- displays -------------------------------------------------------------------------------- */

/* CPython's starunpack_helper: `pushed` items are already on the stack. */
static bool starunpack(Compiler *c, const AstExprSeq *elts, int pushed, int build, int add,
                       int extend, bool tuple)
{
    int n = elts->count;
    bool star = false;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == AST_EXPR_STARRED) star = true;
    if (n > 2 && !star && (build == OP_BUILD_LIST || build == OP_BUILD_SET)) {
        AstExpr t = {.kind = AST_EXPR_TUPLE};
        t.v.tuple.elts = *elts;
        t.v.tuple.ctx = AST_CTX_LOAD;
        Value folded;
        if (compiler_const_value(c, &t, &folded)) {
            if (build == OP_BUILD_SET) {
                /* CPython: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1 (so the display
                 * iterates in the order CPython's frozenset constant gives). */
                TupleObj *items = AS_TUPLE(folded);
                folded = set_constant_frozenset(c->vm, items->items, items->len);
                if (folded == VAL_ERR) return compiler_pending(c);
            }
            if (tuple && !pushed) return compiler_load_const(c, folded);
            return compiler_emit(c, build, (uint32_t)pushed) && compiler_load_const(c, folded) &&
                   compiler_emit(c, extend, 1) && (!tuple || compiler_emit(c, OP_LIST_TO_TUPLE, 0));
        }
        if (c->failure) return false;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!star && !big) {
        if (!compiler_exprs(c, elts)) return false;
        return compiler_emit(c, tuple ? OP_BUILD_TUPLE : build, (uint32_t)(n + pushed));
    }
    bool built = false;
    if (big) {
        if (!compiler_emit(c, build, (uint32_t)pushed)) return false;
        built = true;
    }
    for (int i = 0; i < n; i++) {
        const AstExpr *x = elts->items[i];
        if (x->kind == AST_EXPR_STARRED) {
            if (!built && !compiler_emit(c, build, (uint32_t)(i + pushed))) return false;
            built = true;
            if (!compiler_expr(c, x->v.starred.value) || !compiler_emit(c, extend, 1)) return false;
        } else {
            if (!compiler_expr(c, x)) return false;
            if (built && !compiler_emit(c, add, 1)) return false;
        }
    }
    return !tuple || compiler_emit(c, OP_LIST_TO_TUPLE, 0);
}

/* Items [from, to) of a dict display, none of them `**`. */
static bool subdict(Compiler *c, const AstExpr *e, int from, int to)
{
    int n = to - from;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big && !compiler_emit(c, OP_BUILD_MAP, 0)) return false;
    for (int i = from; i < to; i++) {
        if (!compiler_expr(c, e->v.dict.keys.items[i]) ||
            !compiler_expr(c, e->v.dict.values.items[i]))
            return false;
        if (big && !compiler_emit(c, OP_MAP_ADD, 1)) return false;
    }
    return big || compiler_emit(c, OP_BUILD_MAP, (uint32_t)n);
}

static bool compile_dict(Compiler *c, const AstExpr *e)
{
    int n = e->v.dict.values.count, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (!e->v.dict.keys.items[i]) {
            if (elements) {
                if (!subdict(c, e, i - elements, i)) return false;
                if (have_dict && !compiler_emit(c, OP_DICT_UPDATE, 1)) return false;
                have_dict = true;
                elements = 0;
            }
            if (!have_dict && !compiler_emit(c, OP_BUILD_MAP, 0)) return false;
            have_dict = true;
            if (!compiler_expr(c, e->v.dict.values.items[i]) ||
                !compiler_emit(c, OP_DICT_UPDATE, 1))
                return false;
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            if (!subdict(c, e, i - elements, i + 1)) return false;
            if (have_dict && !compiler_emit(c, OP_DICT_UPDATE, 1)) return false;
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (!subdict(c, e, n - elements, n)) return false;
        if (have_dict && !compiler_emit(c, OP_DICT_UPDATE, 1)) return false;
        have_dict = true;
    }
    return have_dict || compiler_emit(c, OP_BUILD_MAP, 0);
}

/* ---- assignment targets ---------------------------------------------------------------------- */

static bool unpack_targets(Compiler *c, const AstExprSeq *elts)
{
    int n = elts->count;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != AST_EXPR_STARRED) continue;
        if (seen_star) return compiler_error(c, "multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (1 << 16))
            return compiler_error(c, "too many expressions in star-unpacking assignment");
        if (!compiler_emit(c, OP_UNPACK_EX, (uint32_t)(i + ((n - i - 1) << 8)))) return false;
        seen_star = true;
    }
    if (!seen_star && !compiler_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n)) return false;
    for (int i = 0; i < n; i++) {
        const AstExpr *x = elts->items[i];
        if (!compiler_expr(c, x->kind == AST_EXPR_STARRED ? x->v.starred.value : x)) return false;
    }
    return true;
}

static bool compile_sequence(Compiler *c, const AstExpr *e, const AstExprSeq *elts,
                             AstExprContext ctx, bool tuple)
{
    if (ctx == AST_CTX_STORE) return unpack_targets(c, elts);
    if (ctx == AST_CTX_DEL) return compiler_exprs(c, elts);
    if (tuple) {
        Value v;
        if (compiler_const_value(c, e, &v)) return compiler_load_const(c, v);
        if (c->failure) return false;
    }
    return starunpack(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, tuple);
}

/* ---- subscripts, attributes, calls ----------------------------------------------------------- */

static bool compile_slice(Compiler *c, const AstExpr *s)
{
    uint32_t n = 2;
    if (s->v.slice.lower ? !compiler_expr(c, s->v.slice.lower) : !compiler_load_const(c, VAL_NONE))
        return false;
    if (s->v.slice.upper ? !compiler_expr(c, s->v.slice.upper) : !compiler_load_const(c, VAL_NONE))
        return false;
    if (s->v.slice.step) {
        if (!compiler_expr(c, s->v.slice.step)) return false;
        n = 3;
    }
    return compiler_emit(c, OP_BUILD_SLICE, n);
}

static bool compile_subscript(Compiler *c, const AstExpr *e)
{
    AstExprContext ctx = e->v.subscript.ctx;
    if (!compiler_expr(c, e->v.subscript.value) || !compiler_expr(c, e->v.subscript.slice))
        return false;
    int op = ctx == AST_CTX_LOAD    ? OP_BINARY_SUBSCR
             : ctx == AST_CTX_STORE ? OP_STORE_SUBSCR
                                    : OP_DELETE_SUBSCR;
    return compiler_emit(c, op, 0);
}

static bool compile_attribute(Compiler *c, const AstExpr *e)
{
    if (!compiler_expr(c, e->v.attribute.value)) return false;
    c->u->loc = loc_match_attr(c->u->loc, e);
    switch (e->v.attribute.ctx) {
    case AST_CTX_LOAD:
        return compiler_emit_name(c, OP_LOAD_ATTR, e->v.attribute.attr);
    case AST_CTX_STORE:
        return compiler_check_forbidden(c, e->v.attribute.attr, AST_CTX_STORE) &&
               compiler_emit_name(c, OP_STORE_ATTR, e->v.attribute.attr);
    default:
        return compiler_emit_name(c, OP_DELETE_ATTR, e->v.attribute.attr);
    }
}

/* obj.meth(args) as LOAD_METHOD + CALL (no *args / **kwargs). */
static bool try_method_call(Compiler *c, const AstExpr *e, bool *done)
{
    const AstExpr *meth = e->v.call.func;
    const AstExprSeq *args = &e->v.call.args;
    const AstKeywordSeq *kws = &e->v.call.keywords;
    *done = false;
    if (meth->kind != AST_EXPR_ATTRIBUTE || meth->v.attribute.ctx != AST_CTX_LOAD) return true;
    if (args->count + kws->count + (kws->count != 0) >= STACK_USE_GUIDELINE) return true;
    for (int i = 0; i < args->count; i++)
        if (args->items[i]->kind == AST_EXPR_STARRED) return true;
    for (int i = 0; i < kws->count; i++)
        if (!kws->items[i]->arg) return true;
    *done = true;
    SourceLoc call_loc = c->u->loc;
    if (!compiler_expr(c, meth->v.attribute.value)) return false;
    c->u->loc = loc_match_attr(loc_from_pos(meth->pos), meth);
    if (!compiler_emit_name(c, OP_LOAD_METHOD, meth->v.attribute.attr)) return false;
    c->u->loc = call_loc;
    c->u->loc = loc_match_attr(call_loc, meth);
    return compiler_call_helper(c, 0, args, kws);
}

static bool compile_call(Compiler *c, const AstExpr *e)
{
    bool done;
    if (!try_method_call(c, e, &done)) return false;
    if (done) return true;
    const AstExpr *func = e->v.call.func;
    if (!compiler_expr(c, func)) return false;
    Instr *last = compiler_last_instr(c);
    if (COMPILER_GLOBAL_CALL_FORM && func->kind == AST_EXPR_NAME && last &&
        last->op == OP_LOAD_GLOBAL && !(last->arg & 1)) {
        last->arg |= 1; /* the call form pushes NULL itself */
    } else {
        SourceLoc saved = c->u->loc;
        compiler_set_loc(c, func->pos);
        bool ok = compiler_emit(c, OP_PUSH_NULL, 0);
        c->u->loc = saved;
        if (!ok) return false;
    }
    return compiler_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords);
}

/* ---- f-strings ------------------------------------------------------------------------------- */

static bool compile_joined_str(Compiler *c, const AstExpr *e)
{
    const AstExprSeq *vals = &e->v.joined_str.values;
    if (vals->count > STACK_USE_GUIDELINE) {
        if (!emit_const_str(c, "") || !compiler_emit_name(c, OP_LOAD_METHOD, "join") ||
            !compiler_emit(c, OP_BUILD_LIST, 0))
            return false;
        for (int i = 0; i < vals->count; i++)
            if (!compiler_expr(c, vals->items[i]) || !compiler_emit(c, OP_LIST_APPEND, 1))
                return false;
        return compiler_emit(c, OP_CALL, 1);
    }
    if (!compiler_exprs(c, vals)) return false;
    return vals->count == 1 || compiler_emit(c, OP_BUILD_STRING, (uint32_t)vals->count);
}

static bool compile_formatted_value(Compiler *c, const AstExpr *e)
{
    uint32_t arg;
    switch (e->v.formatted_value.conversion) {
    case 's':
        arg = 1;
        break;
    case 'r':
        arg = 2;
        break;
    case 'a':
        arg = 3;
        break;
    default:
        arg = 0;
        break;
    }
    if (!compiler_expr(c, e->v.formatted_value.value)) return false;
    if (e->v.formatted_value.format_spec) {
        if (!compiler_expr(c, e->v.formatted_value.format_spec)) return false;
        arg |= 4;
    }
    return compiler_emit(c, OP_FORMAT_VALUE, arg);
}

bool compiler_source_string(Compiler *c, const AstExpr *e)
{
    /* The source text of the expression (CPython unparses it; the text is the same for the
     * usual annotations). */
    const char *src = c->src, *end = c->src + c->src_len, *p = src;
    for (int line = 1; line < e->pos.lineno && p < end; p++)
        if (*p == '\n') line++;
    const char *start = p + e->pos.col_offset, *q = p;
    for (int line = e->pos.lineno; line < e->pos.end_lineno && q < end; q++)
        if (*q == '\n') line++;
    const char *stop = q + e->pos.end_col_offset;
    if (start > end || stop > end || stop < start) return emit_const_str(c, "");
    Value v = str_new(c->vm, start, (size_t)(stop - start));
    if (v == VAL_ERR) return compiler_pending(c);
    return compiler_load_const(c, v);
}

/* ---- generators ------------------------------------------------------------------------------ */

bool compiler_yield_from(Compiler *c, bool await)
{
    (void)await;
    Block *start = compiler_new_block(c), *exit = compiler_new_block(c);
    if (!start || !exit) return false;
    compiler_use_block(c, start);
    if (!compiler_emit_jump(c, OP_SEND, exit) || !compiler_emit(c, OP_YIELD_VALUE, 1) ||
        !compiler_emit_jump(c, OP_JUMP, start))
        return false;
    compiler_use_block(c, exit);
    return true;
}

static bool compile_yield(Compiler *c, const AstExpr *e)
{
    Unit *u = c->u;
    if (u->ste->kind != BLOCK_FUNCTION) return compiler_error(c, "'yield' outside function");
    if (e->kind == AST_EXPR_YIELD) {
        if (e->v.yield.value ? !compiler_expr(c, e->v.yield.value)
                             : !compiler_load_const(c, VAL_NONE))
            return false;
        return compiler_emit(c, OP_YIELD_VALUE, 0);
    }
    if (u->kind == UNIT_ASYNC_FUNCTION)
        return compiler_error(c, "'yield from' inside async function");
    return compiler_expr(c, e->v.yield_from.value) && compiler_emit(c, OP_GET_YIELD_FROM_ITER, 0) &&
           compiler_load_const(c, VAL_NONE) && compiler_yield_from(c, false);
}

static bool compile_await(Compiler *c, const AstExpr *e)
{
    Unit *u = c->u;
    if (u->ste->kind != BLOCK_FUNCTION) return compiler_error(c, "'await' outside function");
    if (u->kind != UNIT_ASYNC_FUNCTION && u->kind != UNIT_COMPREHENSION)
        return compiler_error(c, "'await' outside async function");
    return compiler_expr(c, e->v.await.value) && compiler_emit(c, OP_GET_AWAITABLE, 0) &&
           compiler_load_const(c, VAL_NONE) && compiler_yield_from(c, true);
}

/* ---- dispatch -------------------------------------------------------------------------------- */

static bool compile_named_expr(Compiler *c, const AstExpr *e)
{
    return compiler_expr(c, e->v.named_expr.value) && compiler_emit(c, OP_COPY, 1) &&
           compiler_expr(c, e->v.named_expr.target);
}

static bool compile_name(Compiler *c, const AstExpr *e)
{
    if (e->v.name.ctx == AST_CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0)
        return compiler_load_const(c, VAL_TRUE);
    return compiler_nameop(c, e->v.name.id, e->v.name.ctx);
}

static bool compile_starred(Compiler *c, const AstExpr *e)
{
    if (e->v.starred.ctx == AST_CTX_STORE)
        return compiler_error(c, "starred assignment target must be in a list or tuple");
    return compiler_error(c, "can't use starred expression here");
}

static bool expr_inner(Compiler *c, const AstExpr *e)
{
    switch (e->kind) {
    case AST_EXPR_BOOL_OP:
        return compile_boolop(c, e);
    case AST_EXPR_NAMED_EXPR:
        return compile_named_expr(c, e);
    case AST_EXPR_BIN_OP:
        return compiler_expr(c, e->v.bin_op.left) && compiler_expr(c, e->v.bin_op.right) &&
               compiler_emit(c, OP_BINARY_OP, binop_of(e->v.bin_op.op));
    case AST_EXPR_UNARY_OP:
        return compile_unary(c, e);
    case AST_EXPR_LAMBDA:
        return compiler_lambda(c, e);
    case AST_EXPR_IF_EXP:
        return compile_ifexp(c, e);
    case AST_EXPR_DICT:
        return compile_dict(c, e);
    case AST_EXPR_SET:
        return starunpack(c, &e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case AST_EXPR_LIST_COMP:
    case AST_EXPR_SET_COMP:
    case AST_EXPR_DICT_COMP:
    case AST_EXPR_GENERATOR_EXP:
        return compiler_comprehension(c, e);
    case AST_EXPR_AWAIT:
        return compile_await(c, e);
    case AST_EXPR_YIELD:
    case AST_EXPR_YIELD_FROM:
        return compile_yield(c, e);
    case AST_EXPR_COMPARE:
        return compile_compare(c, e);
    case AST_EXPR_CALL:
        return compile_call(c, e);
    case AST_EXPR_FORMATTED_VALUE:
        return compile_formatted_value(c, e);
    case AST_EXPR_JOINED_STR:
        return compile_joined_str(c, e);
    case AST_EXPR_CONSTANT: {
        Value v = compiler_constant(c, &e->v.constant);
        return v != VAL_ERR && compiler_load_const(c, v);
    }
    case AST_EXPR_ATTRIBUTE:
        return compile_attribute(c, e);
    case AST_EXPR_SUBSCRIPT:
        return compile_subscript(c, e);
    case AST_EXPR_STARRED:
        return compile_starred(c, e);
    case AST_EXPR_NAME:
        return compile_name(c, e);
    case AST_EXPR_LIST:
        return compile_sequence(c, e, &e->v.list.elts, e->v.list.ctx, false);
    case AST_EXPR_TUPLE:
        return compile_sequence(c, e, &e->v.tuple.elts, e->v.tuple.ctx, true);
    case AST_EXPR_SLICE:
        return compile_slice(c, e);
    default:
        return compiler_error(c, "internal error: unknown expression kind %d", e->kind);
    }
}

bool compiler_expr(Compiler *c, const AstExpr *e)
{
    if (!compiler_enter(c)) return false;
    SourceLoc saved = c->u->loc;
    compiler_set_loc(c, e->pos);
    bool ok = expr_inner(c, e);
    c->u->loc = saved;
    compiler_leave(c);
    return ok;
}
