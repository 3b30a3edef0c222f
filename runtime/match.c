/* match.c — the runtime side of the match statement, as CPython 3.11's ceval.c. */
#include "match.h"

#include "class.h"
#include "dict.h"
#include "exception.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

bool match_is_sequence(Value subject)
{
    if (!val_is_obj(subject)) return false;
    switch (val_as_obj(subject)->kind) {
    case OBJ_LIST:
    case OBJ_TUPLE:
    case OBJ_RANGE:
        return true;
    default:
        return false;
    }
}

bool match_is_mapping(Value subject)
{
    return IS_DICT(subject);
}

Value match_keys(VM *vm, Value subject, Value keys)
{
    TupleObj *k = AS_TUPLE(keys);
    Value values = tuple_new(vm, k->len);
    if (values == VAL_ERR) return VAL_ERR;
    for (size_t i = 0; i < k->len; i++) {
        for (size_t j = 0; j < i; j++) {
            int same = ops_equal(vm, k->items[i], k->items[j]);
            if (same < 0) return VAL_ERR;
            if (same) {
                Value r = ops_repr(vm, k->items[i]);
                if (r == VAL_ERR) return VAL_ERR;
                return vm_raise(vm, &exc_ValueError, "mapping pattern checks duplicate key (%s)",
                                str_data(r));
            }
        }
        Value v;
        int found = dict_get(vm, subject, k->items[i], &v);
        if (found < 0) return VAL_ERR;
        if (!found) return VAL_NONE;
        AS_TUPLE(values)->items[i] = v;
    }
    return values;
}

/* Builtin types whose single positional sub-pattern matches the subject itself. */
static bool matches_self(const TypeObj *t)
{
    static const char *const names[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset",
                                        "int",  "list",      "set",   "str",  "tuple"};
    if (t->tflags & TYPE_HEAP) return false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(t->name, names[i]) == 0) return true;
    return false;
}

static Value attr_or_none(VM *vm, Value subject, Value name, bool *missing)
{
    Value v = ops_getattr_opt(vm, subject, name);
    if (v == VAL_UNDEF) *missing = true;
    return v;
}

Value match_class(VM *vm, Value subject, Value cls, uint32_t npos, Value kwnames)
{
    if (!IS_TYPE(cls)) return vm_raise(vm, &exc_TypeError, "called match pattern must be a type");
    const TypeObj *t = AS_TYPE(cls);
    if (!ops_isinstance(subject, t)) return VAL_NONE;
    size_t nkw = AS_TUPLE(kwnames)->len;
    Value attrs = tuple_new(vm, npos + nkw);
    if (attrs == VAL_ERR) return VAL_ERR;
    bool missing = false;
    if (npos) {
        Value match_args = class_lookup(vm, t, "__match_args__");
        if (match_args == VAL_UNDEF) {
            if (!matches_self(t) || npos > 1)
                return vm_raise(vm, &exc_TypeError,
                                "%s() accepts %u positional sub-pattern%s (%u given)", t->name,
                                matches_self(t) ? 1u : 0u, matches_self(t) ? "" : "s", npos);
            AS_TUPLE(attrs)->items[0] = subject;
        } else {
            if (!IS_TUPLE(match_args))
                return vm_raise(vm, &exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                                t->name, vm_type_name(match_args));
            TupleObj *ma = AS_TUPLE(match_args);
            if (npos > ma->len)
                return vm_raise(vm, &exc_TypeError,
                                "%s() accepts %zu positional sub-pattern%s (%u given)", t->name,
                                ma->len, ma->len == 1 ? "" : "s", npos);
            for (uint32_t i = 0; i < npos; i++) {
                Value v = attr_or_none(vm, subject, ma->items[i], &missing);
                if (v == VAL_ERR) return VAL_ERR;
                if (missing) return VAL_NONE;
                AS_TUPLE(attrs)->items[i] = v;
            }
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        Value v = attr_or_none(vm, subject, AS_TUPLE(kwnames)->items[i], &missing);
        if (v == VAL_ERR) return VAL_ERR;
        if (missing) return VAL_NONE;
        AS_TUPLE(attrs)->items[npos + i] = v;
    }
    return attrs;
}

Value dict_without_keys(VM *vm, Value subject, Value keys)
{
    Value rest = dict_new(vm);
    if (rest == VAL_ERR || !dict_update(vm, rest, subject)) return VAL_ERR;
    TupleObj *k = AS_TUPLE(keys);
    for (size_t i = 0; i < k->len; i++)
        if (dict_del(vm, rest, k->items[i]) < 0) return VAL_ERR;
    return rest;
}
