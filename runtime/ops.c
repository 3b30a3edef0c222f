/* ops.c — the object protocol (ops.h): dispatch through type slots, CPython's TypeErrors. */
#include "ops.h"

#include <string.h>

#include "buf.h"
#include "bytes.h"
#include "dict.h"
#include "exception.h"
#include "floatobj.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* Permission for a dunder to run Python code (vm->pending_ok, see class.c) is for the slot the
 * interpreter dispatches to directly: a builtin type's slot runs without it, so a dunder it
 * reaches through nested operations (a list comparing its items) cannot pend under it. */
static inline bool pend_for(VM *vm, const TypeObj *owner, bool may)
{
    vm->pending_ok = may && (owner->tflags & TYPE_HEAP);
    return may;
}

const TypeObj *vm_type_of(Value v)
{
    if (val_is_obj(v)) return val_as_obj(v)->type;
    if (val_is_small_int(v)) return &type_int;
    if (val_is_float(v)) return &type_float;
    switch (v) {
    case VAL_TRUE:
    case VAL_FALSE:
        return &type_bool;
    case VAL_NOTIMPL:
        return &type_notimplemented;
    case VAL_ELLIPSIS:
        return &type_ellipsis;
    default:
        return &type_none;
    }
}

const char *vm_type_name(Value v)
{
    return vm_type_of(v)->name;
}

bool ops_issubclass(const TypeObj *sub, const TypeObj *base)
{
    if (base == &type_object) return true;
    if (val_is_obj(sub->mro) && IS_TUPLE(sub->mro)) {
        TupleObj *mro = AS_TUPLE(sub->mro);
        for (size_t i = 0; i < mro->len; i++)
            if (val_as_obj(mro->items[i]) == (const Obj *)base) return true;
        return false;
    }
    for (const TypeObj *t = sub; t; t = t->base)
        if (t == base) return true;
    return false;
}

bool ops_isinstance(Value v, const TypeObj *type)
{
    return ops_issubclass(vm_type_of(v), type);
}

/* ---- repr / str / hash ------------------------------------------------------------------- */

Value ops_repr(VM *vm, Value v)
{
    bool may = vm->pending_ok;
    vm->pending_ok = false;
    const TypeObj *t = vm_type_of(v);
    while (t && !t->repr) t = t->base;
    if (t) {
        pend_for(vm, t, may);
        Value r = t->repr(vm, v);
        vm->pending_ok = false;
        return r;
    }
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "<%s object at %p>", vm_type_name(v), (void *)val_as_obj(v));
    return buf_finish_str(&b);
}

Value ops_str(VM *vm, Value v)
{
    if (IS_STR(v) && vm_type_of(v) == &type_str) return v;
    const TypeObj *t = vm_type_of(v);
    for (const TypeObj *s = t; s; s = s->base) {
        if (s->str) {
            bool may = vm->pending_ok;
            pend_for(vm, s, may);
            Value r = s->str(vm, v);
            vm->pending_ok = false;
            return r;
        }
        if (s->repr) break;
    }
    return ops_repr(vm, v);
}

/* ascii(): repr with every non-ASCII code point backslash-escaped (CPython's
 * backslashreplace: \xNN, \uNNNN or \UNNNNNNNN). */
Value ops_ascii(VM *vm, Value v)
{
    vm->pending_ok = false; /* the repr is post-processed here: it cannot arrive later */
    Value r = ops_repr(vm, v);
    if (r == VAL_ERR || (AS_STR(r)->hdr.flags & OBJ_ASCII)) return r;
    const unsigned char *p = (const unsigned char *)str_data(r);
    const unsigned char *end = p + str_len(r);
    Buf b;
    buf_init(&b, vm);
    while (p < end) {
        if (*p < 0x80) {
            buf_append_char(&b, (char)*p++);
            continue;
        }
        uint32_t cp;
        int n = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
        cp = *p & (0xff >> (n + 1));
        for (int i = 1; i < n; i++) cp = (cp << 6) | (p[i] & 0x3f);
        p += n;
        if (cp <= 0xff)
            buf_printf(&b, "\\x%02x", cp);
        else if (cp <= 0xffff)
            buf_printf(&b, "\\u%04x", cp);
        else
            buf_printf(&b, "\\U%08x", cp);
    }
    return buf_finish_str(&b);
}

bool ops_hash(VM *vm, Value v, int64_t *out)
{
    vm->pending_ok = false;
    if (val_is_small_int(v)) {
        *out = int_hash(v);
        return true;
    }
    /* The first type in the chain defining hash or equality decides: equality without hash
     * means unhashable (list, dict, set); neither means identity hashing (object's rule). */
    const TypeObj *t = vm_type_of(v);
    while (t && !t->hash && !t->compare) t = t->base;
    if (!t) {
        *out = (int64_t)((uintptr_t)val_as_obj(v) >> 4);
        return true;
    }
    if (!t->hash) {
        vm_raise(vm, &exc_TypeError, "unhashable type: '%s'", vm_type_name(v));
        return false;
    }
    return t->hash(vm, v, out);
}

/* ---- comparison -------------------------------------------------------------------------- */

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const CmpOp cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static const TypeObj *compare_slot_owner(const TypeObj *t)
{
    while (t && !t->compare) t = t->base;
    return t;
}

Value ops_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (val_is_small_int(a) && val_is_small_int(b)) {
        int64_t x = val_as_small_int(a), y = val_as_small_int(b);
        switch (op) {
        case CMP_LT:
            return val_from_bool(x < y);
        case CMP_LE:
            return val_from_bool(x <= y);
        case CMP_EQ:
            return val_from_bool(x == y);
        case CMP_NE:
            return val_from_bool(x != y);
        case CMP_GT:
            return val_from_bool(x > y);
        case CMP_GE:
            return val_from_bool(x >= y);
        }
    }
    const TypeObj *ta = vm_type_of(a), *tb = vm_type_of(b);
    const TypeObj *sa = compare_slot_owner(ta), *sb = compare_slot_owner(tb);
    bool may = vm->pending_ok;
    /* A subclass's reflected method goes first (CPython's rule). */
    bool reflected_first = ta != tb && ops_issubclass(tb, ta) && sb && sb != sa;
    if (reflected_first) {
        pend_for(vm, sb, may);
        Value r = sb->compare(vm, b, a, cmp_swapped[op]);
        vm->pending_ok = false;
        if (r != VAL_NOTIMPL) return r;
    }
    if (sa) {
        pend_for(vm, sa, may);
        Value r = sa->compare(vm, a, b, op);
        vm->pending_ok = false;
        if (r != VAL_NOTIMPL) return r;
    }
    if (sb && !reflected_first && sb != sa) {
        pend_for(vm, sb, may);
        Value r = sb->compare(vm, b, a, cmp_swapped[op]);
        vm->pending_ok = false;
        if (r != VAL_NOTIMPL) return r;
    }
    if (op == CMP_EQ) return val_from_bool(a == b);
    if (op == CMP_NE) return val_from_bool(a != b);
    return vm_raise(vm, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], ta->name, tb->name);
}

int ops_equal(VM *vm, Value a, Value b)
{
    if (a == b) return 1;
    if (val_is_small_int(a) && val_is_small_int(b)) return 0;
    if (IS_STR(a) && IS_STR(b)) return str_equal(a, b);
    vm->pending_ok = false;
    Value r = ops_compare(vm, a, b, CMP_EQ);
    if (r == VAL_ERR) return -1;
    if (val_is_bool(r)) return r == VAL_TRUE;
    return ops_truthy(vm, r);
}

int ops_less(VM *vm, Value a, Value b)
{
    if (val_is_small_int(a) && val_is_small_int(b))
        return val_as_small_int(a) < val_as_small_int(b);
    if (val_is_float(a) && val_is_float(b)) return val_as_float(a) < val_as_float(b);
    vm->pending_ok = false;
    Value r = ops_compare(vm, a, b, CMP_LT);
    if (r == VAL_ERR) return -1;
    if (val_is_bool(r)) return r == VAL_TRUE;
    return ops_truthy(vm, r);
}

/* ---- arithmetic -------------------------------------------------------------------------- */

static const char *const binop_symbols[] = {
#define BINOP(name, text, dunder, rdunder, idunder) text,
#include "binops.def"
#undef BINOP
};

static Value call_method_named(VM *vm, Value self, const char *name, Value arg)
{
    const MemberDef *member = NULL;
    const MethodDef *def = ops_find_method(vm_type_of(self), name, strlen(name), &member);
    if (!def) return VAL_NOTIMPL;
    Value args[2] = {self, arg};
    return def->fn(vm, args, 2, VAL_UNDEF);
}

/* xs *= n: repeat the list's (or bytearray's) contents in place (xs[:] = xs * n). */
static Value inplace_repeat(VM *vm, Value a, Value b)
{
    if (!val_is_int(b) && !val_is_bool(b)) return VAL_NOTIMPL;
    Value repeated = ops_binop(vm, a, b, BINOP_MUL, false);
    if (repeated == VAL_ERR) return VAL_ERR;
    Value whole = slice_new(vm, VAL_NONE, VAL_NONE, VAL_NONE);
    if (whole == VAL_ERR || !ops_setitem(vm, a, whole, repeated)) return VAL_ERR;
    return a;
}

/* In-place operators of the mutable builtin containers mutate and return self. */
static Value inplace_container(VM *vm, Value a, Value b, BinOp op)
{
    const char *method = NULL;
    if (IS_BYTEARRAY(a) && op == BINOP_ADD && !IS_BYTES(b) && !IS_BYTEARRAY(b))
        return vm_raise(vm, &exc_TypeError, "can't concat %s to bytearray", vm_type_name(b));
    if (IS_LIST(a) || IS_BYTEARRAY(a)) {
        if (op == BINOP_ADD)
            method = "extend";
        else if (op == BINOP_MUL)
            return inplace_repeat(vm, a, b);
    } else if (IS_SET(a) && !(val_as_obj(a)->flags & OBJ_FROZEN)) {
        if (!IS_SET(b)) return VAL_NOTIMPL;
        if (op == BINOP_OR)
            method = "update";
        else if (op == BINOP_AND)
            method = "intersection_update";
        else if (op == BINOP_SUB)
            method = "difference_update";
        else if (op == BINOP_XOR)
            method = "symmetric_difference_update";
    } else if (IS_DICT(a) && op == BINOP_OR) {
        method = "update";
    }
    if (!method) return VAL_NOTIMPL;
    Value r = call_method_named(vm, a, method, b);
    if (r == VAL_ERR || r == VAL_PENDING || r == VAL_NOTIMPL) return r;
    return a;
}

static const TypeObj *binop_slot_owner(const TypeObj *t)
{
    while (t && !t->binop) t = t->base;
    return t;
}

Value ops_binop(VM *vm, Value a, Value b, BinOp op, bool inplace)
{
    if (inplace) {
        bool may = vm->pending_ok;
        vm->pending_ok = false;
        Value r = inplace_container(vm, a, b, op);
        if (r != VAL_NOTIMPL) return r;
        vm->pending_ok = may;
    }
    const TypeObj *ta = vm_type_of(a), *tb = vm_type_of(b);
    const TypeObj *sa = binop_slot_owner(ta), *sb = binop_slot_owner(tb);
    bool may = vm->pending_ok;
    if (sa) {
        pend_for(vm, sa, may);
        vm->binop_inplace = inplace;
        Value r = sa->binop(vm, a, b, op);
        vm->binop_inplace = false;
        vm->pending_ok = false;
        if (r != VAL_NOTIMPL) return r;
    }
    if (sb && sb != sa) {
        pend_for(vm, sb, may);
        Value r = sb->binop(vm, a, b, op);
        vm->pending_ok = false;
        if (r != VAL_NOTIMPL) return r;
    }
    if (op == BINOP_POW && !inplace)
        return vm_raise(vm, &exc_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta->name,
                        tb->name);
    return vm_raise(vm, &exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                    binop_symbols[op], inplace ? "=" : "", ta->name, tb->name);
}

Value ops_unary(VM *vm, Value a, UnaryOp op)
{
    const TypeObj *t = vm_type_of(a);
    while (t && !t->unary) t = t->base;
    if (t) {
        pend_for(vm, t, vm->pending_ok);
        Value r = t->unary(vm, a, op);
        vm->pending_ok = false;
        if (r != VAL_NOTIMPL) return r;
    }
    static const char *const names[] = {"unary -", "unary +", "unary ~"};
    return vm_raise(vm, &exc_TypeError, "bad operand type for %s: '%s'", names[op],
                    vm_type_name(a));
}

/* ---- truth, len, items ------------------------------------------------------------------- */

int ops_truthy(VM *vm, Value v)
{
    vm->pending_ok = false;
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE || v == VAL_NONE) return 0;
    if (val_is_small_int(v)) return val_as_small_int(v) != 0;
    if (val_is_float(v)) return val_as_float(v) != 0.0;
    if (!val_is_obj(v)) return 1;
    for (const TypeObj *t = vm_type_of(v); t; t = t->base) {
        if (t->truth) return t->truth(vm, v);
        if (t->len) {
            int64_t n = t->len(vm, v);
            return n < 0 ? -1 : n != 0;
        }
    }
    return 1;
}

int64_t ops_len(VM *vm, Value v)
{
    vm->pending_ok = false;
    for (const TypeObj *t = vm_type_of(v); t; t = t->base)
        if (t->len) return t->len(vm, v);
    vm_raise(vm, &exc_TypeError, "object of type '%s' has no len()", vm_type_name(v));
    return -1;
}

Value ops_getitem(VM *vm, Value container, Value key)
{
    if (IS_TYPE(container) && (AS_TYPE(container)->tflags & TYPE_HEAP))
        return type_type.getitem(vm, container, key); /* __class_getitem__ may be Python */
    for (const TypeObj *t = vm_type_of(container); t; t = t->base)
        if (t->getitem) {
            pend_for(vm, t, vm->pending_ok);
            Value r = t->getitem(vm, container, key);
            vm->pending_ok = false;
            return r;
        }
    if (IS_TYPE(container))
        return vm_raise(vm, &exc_TypeError, "type '%s' is not subscriptable",
                        AS_TYPE(container)->name);
    return vm_raise(vm, &exc_TypeError, "'%s' object is not subscriptable",
                    vm_type_name(container));
}

bool ops_setitem(VM *vm, Value container, Value key, Value value)
{
    for (const TypeObj *t = vm_type_of(container); t; t = t->base)
        if (t->setitem) {
            pend_for(vm, t, vm->pending_ok);
            bool ok = t->setitem(vm, container, key, value);
            vm->pending_ok = false;
            return ok;
        }
    vm_raise(vm, &exc_TypeError, "'%s' object does not support item assignment",
             vm_type_name(container));
    return false;
}

bool ops_delitem(VM *vm, Value container, Value key)
{
    for (const TypeObj *t = vm_type_of(container); t; t = t->base)
        if (t->setitem) {
            pend_for(vm, t, vm->pending_ok);
            bool ok = t->setitem(vm, container, key, VAL_UNDEF);
            vm->pending_ok = false;
            return ok;
        }
    vm_raise(vm, &exc_TypeError, "'%s' object doesn't support item deletion",
             vm_type_name(container));
    return false;
}

int ops_contains(VM *vm, Value container, Value item)
{
    vm->pending_ok = false;
    for (const TypeObj *t = vm_type_of(container); t; t = t->base)
        if (t->contains) return t->contains(vm, container, item);
    Value it = VAL_UNDEF;
    for (const TypeObj *t = vm_type_of(container); t; t = t->base)
        if (t->iter) {
            it = t->iter(vm, container);
            break;
        }
    if (it == VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "argument of type '%s' is not iterable",
                 vm_type_name(container));
        return -1;
    }
    if (it == VAL_ERR) return -1;
    for (;;) {
        Value x = ops_next(vm, it);
        if (x == VAL_EXHAUSTED) return 0;
        if (x == VAL_ERR) return -1;
        if (x == VAL_PENDING) {
            vm_raise(vm, &exc_TypeError, "'in' on this iterator needs Python code to run");
            return -1;
        }
        int eq = ops_equal(vm, x, item);
        if (eq != 0) return eq;
    }
}

Value ops_iter(VM *vm, Value v)
{
    for (const TypeObj *t = vm_type_of(v); t; t = t->base)
        if (t->iter) {
            pend_for(vm, t, vm->pending_ok);
            Value r = t->iter(vm, v);
            vm->pending_ok = false;
            return r;
        }
    return vm_raise(vm, &exc_TypeError, "'%s' object is not iterable", vm_type_name(v));
}

Value ops_next(VM *vm, Value it)
{
    for (const TypeObj *t = vm_type_of(it); t; t = t->base)
        if (t->next) {
            pend_for(vm, t, vm->pending_ok);
            Value r = t->next(vm, it);
            vm->pending_ok = false;
            return r;
        }
    return vm_raise(vm, &exc_TypeError, "'%s' object is not an iterator", vm_type_name(it));
}

bool ops_index(VM *vm, Value v, int64_t *out)
{
    if (val_is_small_int(v)) {
        *out = val_as_small_int(v);
        return true;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    if (IS_BIGINT(v)) {
        if (int_to_i64(v, out)) return true;
        vm_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
             vm_type_name(v));
    return false;
}

bool ops_callable(Value v)
{
    if (!val_is_obj(v)) return false;
    switch (val_as_obj(v)->kind) {
    case OBJ_FUNCTION:
    case OBJ_BOUND_METHOD:
    case OBJ_NATIVE:
    case OBJ_TYPE:
        return true;
    default:
        break;
    }
    for (const TypeObj *t = vm_type_of(v); t; t = t->base)
        if (t->call) return true;
    return false;
}
