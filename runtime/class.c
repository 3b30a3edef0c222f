/* class.c — class statements: heap types, their instances, attribute lookup through the MRO,
 * and dunder dispatch.
 *
 * A class statement runs its body (a Python function) with a namespace dict as its locals,
 * then type_new builds a heap TypeObj: the slots of its builtin "solid" base are copied, then
 * replaced by dispatching slots for the dunders the class defines.
 *
 * Dunders are Python functions, and Python code never runs on the C stack: a dispatching slot
 * starts the call and returns VAL_PENDING, and the result reaches the interpreter through the
 * frame routing (vm.h). That is only sound where the caller expects it, so a slot may pend only
 * while vm->pending_ok is set — by the interpreter instructions that route such results, and by
 * the builtins that pass one dunder result straight through (str(), repr(), len()...). Elsewhere
 * (a builtin that would use the result itself, e.g. sorting by __lt__) the slot raises a clear
 * TypeError instead of recursing.
 */
#include <string.h>

#include "class.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- lookup through the MRO ----------------------------------------------------------------- */

/* The attribute `name` as defined by the type itself (not its bases), or VAL_UNDEF. Builtin
 * methods come back as descriptors, members as VAL_UNDEF (instances read them directly). */
static Value lookup_own(VM *vm, const TypeObj *t, Value name, const MethodDef **def)
{
    *def = NULL;
    if (t->tflags & TYPE_HEAP) {
        Value v;
        return dict_get_str(vm, t->dict, name, &v) ? v : VAL_UNDEF;
    }
    const char *want = str_data(name);
    if (t->methods)
        for (const MethodDef *m = t->methods; m->name; m++)
            if (m->name[0] == want[0] && m->name[1] == want[1] && str_eq_cstr(name, m->name)) {
                *def = m;
                return VAL_TRUE;
            }
    return VAL_UNDEF;
}

Value class_lookup_def(VM *vm, const TypeObj *t, Value name, const TypeObj **owner,
                       const MethodDef **def)
{
    if (val_is_obj(t->mro) && IS_TUPLE(t->mro)) {
        TupleObj *mro = AS_TUPLE(t->mro);
        for (size_t i = 0; i < mro->len; i++) {
            const TypeObj *c = AS_TYPE(mro->items[i]);
            Value v = lookup_own(vm, c, name, def);
            if (v != VAL_UNDEF) {
                if (owner) *owner = c;
                return v;
            }
        }
        return VAL_UNDEF;
    }
    for (const TypeObj *c = t; c; c = c->base) {
        Value v = lookup_own(vm, c, name, def);
        if (v != VAL_UNDEF) {
            if (owner) *owner = c;
            return v;
        }
    }
    return VAL_UNDEF;
}

/* A Python-level definition of `name` in a heap type of t's MRO (builtin methods excluded). */
Value class_lookup(VM *vm, const TypeObj *t, const char *name)
{
    Value key = vm_name(vm, name);
    if (key == VAL_ERR) return VAL_UNDEF;
    const MethodDef *def;
    Value v = class_lookup_def(vm, t, key, NULL, &def);
    return def ? VAL_UNDEF : v;
}

/* ---- calling dunders ---------------------------------------------------------------------------
 */

Value class_call_dunder(VM *vm, Value fn, const Value *args, int nargs, const char *what)
{
    if (IS_FUNCTION(fn) || val_is_kind(fn, OBJ_BOUND_METHOD)) {
        if (!vm->pending_ok)
            return vm_raise(vm, &exc_TypeError,
                            "%s of a class cannot be called from inside this builtin yet", what);
        vm->pending_ok = false;
    }
    return vm_call(vm, fn, args, nargs, VAL_UNDEF);
}

static Value dunder1(VM *vm, Value self, const char *name)
{
    Value fn = class_lookup(vm, vm_type_of(self), name);
    if (fn == VAL_UNDEF) return VAL_NOTIMPL;
    return class_call_dunder(vm, fn, &self, 1, name);
}

static Value dunder2(VM *vm, Value self, Value other, const char *name)
{
    Value fn = class_lookup(vm, vm_type_of(self), name);
    if (fn == VAL_UNDEF) return VAL_NOTIMPL;
    Value args[2] = {self, other};
    return class_call_dunder(vm, fn, args, 2, name);
}

/* ---- the dispatching slots ------------------------------------------------------------------- */

/* The builtin type a class derives its layout from. Calling its slots is calling a builtin:
 * vm->pending_ok is dropped first (see class.c's header). */
static const TypeObj *builtin_base(const TypeObj *t)
{
    while (t && (t->tflags & TYPE_HEAP)) t = t->base;
    return t;
}

#define AS_BUILTIN(vm) ((vm)->pending_ok = false)

static Value cached_repr(VM *vm, Value self)
{
    Value key = int_from_u64(vm, (uint64_t)(uintptr_t)val_as_obj(self)), v;
    if (key != VAL_ERR && dict_get(vm, vm->repr_cache, key, &v) == 1) return v;
    return VAL_UNDEF;
}

static Value heap_repr(VM *vm, Value self)
{
    if (vm->repr_cache != VAL_UNDEF) {
        Value cached = cached_repr(vm, self);
        if (cached != VAL_UNDEF) return cached;
    }
    Value r = dunder1(vm, self, "__repr__");
    if (r != VAL_NOTIMPL) return r;
    const TypeObj *b = builtin_base(vm_type_of(self));
    for (; b; b = b->base)
        if (b->repr)
            return AS_BUILTIN(vm),
                   b == &type_object ? class_default_repr(vm, self) : b->repr(vm, self);
    return class_default_repr(vm, self);
}

static Value heap_str(VM *vm, Value self)
{
    Value r = dunder1(vm, self, "__str__");
    if (r != VAL_NOTIMPL) return r;
    /* As ops_str: the first builtin type in the chain with str or repr decides. */
    for (const TypeObj *b = builtin_base(vm_type_of(self)); b && b != &type_object; b = b->base) {
        if (b->str) return AS_BUILTIN(vm), b->str(vm, self);
        if (b->repr) break;
    }
    return heap_repr(vm, self);
}

Value class_default_repr(VM *vm, Value self)
{
    const TypeObj *t = vm_type_of(self);
    Value qual = VAL_UNDEF, mod = VAL_UNDEF;
    if (t->tflags & TYPE_HEAP) {
        dict_get_str(vm, t->dict, vm_name(vm, "__qualname__"), &qual);
        dict_get_str(vm, t->dict, vm_name(vm, "__module__"), &mod);
    }
    Buf b;
    buf_init(&b, vm);
    buf_append_char(&b, '<');
    if (IS_STR(mod) && !str_eq_cstr(mod, "builtins")) {
        buf_append_str(&b, mod);
        buf_append_char(&b, '.');
    }
    if (IS_STR(qual))
        buf_append_str(&b, qual);
    else
        buf_append_cstr(&b, t->name);
    buf_printf(&b, " object at %p>", (void *)val_as_obj(self));
    return buf_finish_str(&b);
}

static const char *const cmp_dunders[] = {"__lt__", "__le__", "__eq__",
                                          "__ne__", "__gt__", "__ge__"};

static Value heap_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if (vm->pending_ok && (class_is_heap_instance(a) || class_is_heap_instance(b)))
        return class_operator(vm, a, b, (int)op, true, false);
    Value r = dunder2(vm, a, b, cmp_dunders[op]);
    if (r != VAL_NOTIMPL) return r;
    const TypeObj *base = builtin_base(vm_type_of(a));
    for (; base; base = base->base)
        if (base->compare) return AS_BUILTIN(vm), base->compare(vm, a, b, op);
    return VAL_NOTIMPL;
}

static bool heap_hash(VM *vm, Value self, int64_t *out)
{
    Value fn = class_lookup(vm, vm_type_of(self), "__hash__");
    if (fn == VAL_NONE ||
        (fn == VAL_UNDEF && class_lookup(vm, vm_type_of(self), "__eq__") != VAL_UNDEF)) {
        vm_raise(vm, &exc_TypeError, "unhashable type: '%s'", vm_type_name(self));
        return false;
    }
    if (fn == VAL_UNDEF) {
        const TypeObj *b = builtin_base(vm_type_of(self));
        for (; b; b = b->base)
            if (b->hash) return AS_BUILTIN(vm), b->hash(vm, self, out);
        *out = (int64_t)((uintptr_t)val_as_obj(self) >> 4);
        return true;
    }
    vm_raise(vm, &exc_TypeError, "__hash__ of a class cannot be used as a key here yet");
    return false;
}

static const char *const binop_dunders[][2] = {
#define BINOP(name, text, dunder, rdunder, idunder) {dunder, rdunder},
#include "binops.def"
#undef BINOP
};

static Value heap_binop(VM *vm, Value a, Value b, BinOp op)
{
    bool inplace = vm->binop_inplace;
    vm->binop_inplace = false;
    if (vm->pending_ok) return class_operator(vm, a, b, (int)op, false, inplace);
    const TypeObj *t = vm_type_of(a);
    if (t->tflags & TYPE_HEAP) {
        Value r = dunder2(vm, a, b, binop_dunders[op][0]);
        if (r != VAL_NOTIMPL) return r;
    }
    if (vm_type_of(b)->tflags & TYPE_HEAP) {
        Value r = dunder2(vm, b, a, binop_dunders[op][1]);
        if (r != VAL_NOTIMPL) return r;
    }
    const TypeObj *base = builtin_base(t);
    for (; base; base = base->base)
        if (base->binop) return AS_BUILTIN(vm), base->binop(vm, a, b, op);
    return VAL_NOTIMPL;
}

static Value heap_unary(VM *vm, Value a, UnaryOp op)
{
    static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
    Value r = dunder1(vm, a, names[op]);
    if (r != VAL_NOTIMPL) return r;
    const TypeObj *base = builtin_base(vm_type_of(a));
    for (; base; base = base->base)
        if (base->unary) return AS_BUILTIN(vm), base->unary(vm, a, op);
    return VAL_NOTIMPL;
}

static Value heap_getitem(VM *vm, Value self, Value key)
{
    Value r = dunder2(vm, self, key, "__getitem__");
    if (r != VAL_NOTIMPL) return r;
    bool may = vm->pending_ok;
    const TypeObj *base = builtin_base(vm_type_of(self));
    for (; base; base = base->base)
        if (base->getitem) {
            AS_BUILTIN(vm);
            Value v = base->getitem(vm, self, key);
            /* A dict subclass's __missing__ answers for absent keys. */
            if (v == VAL_ERR && IS_DICT(self) && vm_exc_matches(vm, &exc_KeyError)) {
                Value fn = class_lookup(vm, vm_type_of(self), "__missing__");
                if (fn != VAL_UNDEF) {
                    vm_clear_exc(vm);
                    vm->pending_ok = may;
                    Value argv[2] = {self, key};
                    return class_call_dunder(vm, fn, argv, 2, "__missing__");
                }
            }
            return v;
        }
    return vm_raise(vm, &exc_TypeError, "'%s' object is not subscriptable", vm_type_name(self));
}

static bool heap_setitem(VM *vm, Value self, Value key, Value value)
{
    Value fn =
        class_lookup(vm, vm_type_of(self), value == VAL_UNDEF ? "__delitem__" : "__setitem__");
    if (fn != VAL_UNDEF) {
        Value args[3] = {self, key, value};
        Value r = class_call_dunder(vm, fn, args, value == VAL_UNDEF ? 2 : 3, "__setitem__");
        if (r == VAL_PENDING) vm->last_pended = true;
        return r != VAL_ERR;
    }
    const TypeObj *base = builtin_base(vm_type_of(self));
    for (; base; base = base->base)
        if (base->setitem) return AS_BUILTIN(vm), base->setitem(vm, self, key, value);
    if (value == VAL_UNDEF)
        vm_raise(vm, &exc_TypeError, "'%s' object doesn't support item deletion",
                 vm_type_name(self));
    else
        vm_raise(vm, &exc_TypeError, "'%s' object does not support item assignment",
                 vm_type_name(self));
    return false;
}

static Value heap_iter(VM *vm, Value self)
{
    Value r = dunder1(vm, self, "__iter__");
    if (r != VAL_NOTIMPL) return r;
    const TypeObj *base = builtin_base(vm_type_of(self));
    for (; base; base = base->base)
        if (base->iter) return AS_BUILTIN(vm), base->iter(vm, self);
    return vm_raise(vm, &exc_TypeError, "'%s' object is not iterable", vm_type_name(self));
}

static Value heap_next(VM *vm, Value self)
{
    Value fn = class_lookup(vm, vm_type_of(self), "__next__");
    if (fn == VAL_UNDEF) {
        const TypeObj *base = builtin_base(vm_type_of(self));
        for (; base; base = base->base)
            if (base->next) return AS_BUILTIN(vm), base->next(vm, self);
        return vm_raise(vm, &exc_TypeError, "'%s' object is not an iterator", vm_type_name(self));
    }
    /* Python's __next__ ends with StopIteration: the frame's routing turns it into the end. */
    if (vm->call_ret_mode == RET_PUSH) vm->call_ret_mode = RET_NEXT;
    Value r = class_call_dunder(vm, fn, &self, 1, "__next__");
    if (vm->call_ret_mode == RET_NEXT) vm->call_ret_mode = RET_PUSH;
    return r;
}

static Value heap_call(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    Value fn = class_lookup(vm, vm_type_of(self), "__call__");
    if (fn == VAL_UNDEF)
        return vm_raise(vm, &exc_TypeError, "'%s' object is not callable", vm_type_name(self));
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    size_t total = (size_t)nargs + nkw + 1;
    Value small[16];
    if (total > 16) return vm_raise(vm, &exc_TypeError, "too many arguments");
    small[0] = self;
    if (total > 1) memcpy(small + 1, args, (total - 1) * sizeof(Value));
    return vm_call(vm, fn, small, nargs + 1, kwnames);
}

static int64_t heap_len(VM *vm, Value self)
{
    if (class_lookup(vm, vm_type_of(self), "__len__") != VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "__len__ of a class cannot be used by this builtin yet");
        return -1;
    }
    const TypeObj *base = builtin_base(vm_type_of(self));
    for (; base; base = base->base)
        if (base->len) return base->len(vm, self);
    vm_raise(vm, &exc_TypeError, "object of type '%s' has no len()", vm_type_name(self));
    return -1;
}

static int heap_truth(VM *vm, Value self)
{
    const TypeObj *t = vm_type_of(self);
    if (class_lookup(vm, t, "__bool__") != VAL_UNDEF ||
        class_lookup(vm, t, "__len__") != VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "__bool__ of a class cannot be used by this builtin yet");
        return -1;
    }
    const TypeObj *base = builtin_base(t);
    for (; base; base = base->base) {
        if (base->truth) return base->truth(vm, self);
        if (base->len) return base->len(vm, self) != 0;
    }
    return 1;
}

static int heap_contains(VM *vm, Value self, Value item)
{
    if (class_lookup(vm, vm_type_of(self), "__contains__") != VAL_UNDEF) {
        vm_raise(vm, &exc_TypeError, "__contains__ of a class cannot be used here yet");
        return -1;
    }
    const TypeObj *base = builtin_base(vm_type_of(self));
    for (; base; base = base->base)
        if (base->contains) return AS_BUILTIN(vm), base->contains(vm, self, item);
    /* No __contains__: CPython iterates, which means __iter__ as Python code. */
    if (class_lookup(vm, vm_type_of(self), "__iter__") != VAL_UNDEF)
        vm_raise(vm, &exc_TypeError, "__iter__ of a class cannot be used by 'in' here yet");
    else
        vm_raise(vm, &exc_TypeError, "argument of type '%s' is not iterable", vm_type_name(self));
    return -1;
}

/* ---- attributes of instances ----------------------------------------------------------------- */

/* Where an instance keeps its attribute dict. For list, dict and set subclasses the field starts
 * as 0 (the object was zeroed), which is normalised to VAL_UNDEF here. */
static Value *instance_dict_slot(Value obj)
{
    Value *slot;
    switch (val_as_obj(obj)->kind) {
    case OBJ_INSTANCE:
        return &AS_INSTANCE(obj)->dict;
    case OBJ_EXCEPTION:
        return &AS_EXCEPTION(obj)->dict;
    case OBJ_FUNCTION:
        return &AS_FUNCTION(obj)->dict;
    case OBJ_LIST:
        slot = &AS_LIST(obj)->attrs;
        break;
    case OBJ_DICT:
        slot = &AS_DICT(obj)->attrs;
        break;
    case OBJ_SET:
        slot = &AS_SET(obj)->attrs;
        break;
    default:
        return NULL;
    }
    if (*slot == 0) *slot = VAL_UNDEF;
    return slot;
}

/* Bind what the MRO holds to an instance: functions become bound methods, classmethods bind
 * the class, properties run their getter. */
static Value bind(VM *vm, Value found, const MethodDef *def, Value obj, const TypeObj *type)
{
    if (def) {
        if (def->flags & METH_STATIC) return native_new_bound(vm, def, VAL_UNDEF);
        if (def->flags & METH_CLASS) return native_new_bound(vm, def, val_from_obj(type));
        return native_new_bound(vm, def, obj);
    }
    if (IS_FUNCTION(found)) {
        BoundMethodObj *m = gc_new(vm, sizeof *m, OBJ_BOUND_METHOD, &type_method);
        if (!m) return VAL_ERR;
        m->func = found;
        m->self = obj;
        return val_from_obj(m);
    }
    if (val_is_kind(found, OBJ_CLASSMETHOD)) {
        BoundMethodObj *m = gc_new(vm, sizeof *m, OBJ_BOUND_METHOD, &type_method);
        if (!m) return VAL_ERR;
        m->func = ((WrapperObj *)val_as_obj(found))->func;
        m->self = val_from_obj(type);
        return val_from_obj(m);
    }
    if (val_is_kind(found, OBJ_STATICMETHOD)) return ((WrapperObj *)val_as_obj(found))->func;
    if (val_is_kind(found, OBJ_PROPERTY)) {
        Value fget = ((PropertyObj *)val_as_obj(found))->fget;
        if (fget == VAL_NONE) return vm_raise(vm, &exc_AttributeError, "property has no getter");
        return class_call_dunder(vm, fget, &obj, 1, "a property getter");
    }
    return found;
}

Value class_instance_getattr(VM *vm, Value obj, Value name)
{
    const TypeObj *type = vm_type_of(obj);
    const MethodDef *def;
    const TypeObj *owner = NULL;
    Value found = class_lookup_def(vm, type, name, &owner, &def);
    if (found != VAL_UNDEF && val_is_kind(found, OBJ_PROPERTY))
        return bind(vm, found, NULL, obj, type);
    Value *slot = instance_dict_slot(obj);
    Value v;
    if (slot && *slot != VAL_UNDEF && dict_get_str(vm, *slot, name, &v)) return v;
    if (found != VAL_UNDEF) return bind(vm, found, def, obj, type);
    /* Members of the builtin base (exception args, ...). */
    const MemberDef *member;
    if (ops_find_method(builtin_base(type), str_data(name), str_len(name), &member) == NULL &&
        member)
        return member->get(vm, obj);
    if (str_eq_cstr(name, "__class__")) return val_from_obj(type);
    if (str_eq_cstr(name, "__dict__") && slot) {
        if (*slot == VAL_UNDEF) {
            Value d = dict_new(vm);
            if (d == VAL_ERR) return VAL_ERR;
            *slot = d;
        }
        return *slot;
    }
    Value getattr = class_lookup(vm, type, "__getattr__");
    if (getattr != VAL_UNDEF) {
        Value args[2] = {obj, name};
        return class_call_dunder(vm, getattr, args, 2, "__getattr__");
    }
    return VAL_UNDEF;
}

bool class_instance_setattr(VM *vm, Value obj, Value name, Value value)
{
    const TypeObj *type = vm_type_of(obj);
    Value hook = class_lookup(vm, type, value == VAL_UNDEF ? "__delattr__" : "__setattr__");
    const MethodDef *def;
    Value found = class_lookup_def(vm, type, name, NULL, &def);
    if (hook == VAL_UNDEF && found != VAL_UNDEF && val_is_kind(found, OBJ_PROPERTY)) {
        PropertyObj *p = (PropertyObj *)val_as_obj(found);
        Value fn = value == VAL_UNDEF ? p->fdel : p->fset;
        if (fn == VAL_NONE) {
            vm_raise(vm, &exc_AttributeError, "property '%s' of '%s' object has no %s",
                     str_data(name), type->name, value == VAL_UNDEF ? "deleter" : "setter");
            return false;
        }
        Value args[2] = {obj, value};
        Value r = class_call_dunder(vm, fn, args, value == VAL_UNDEF ? 1 : 2, "a property setter");
        if (r == VAL_PENDING) vm->last_pended = true;
        return r != VAL_ERR;
    }
    if (hook != VAL_UNDEF) {
        Value args[3] = {obj, name, value};
        Value r = class_call_dunder(vm, hook, args, value == VAL_UNDEF ? 2 : 3, "__setattr__");
        if (r == VAL_PENDING) vm->last_pended = true;
        return r != VAL_ERR;
    }
    return class_store_in_dict(vm, obj, name, value);
}

/* object.__setattr__ / __delattr__: the instance dict. */
bool class_store_in_dict(VM *vm, Value obj, Value name, Value value)
{
    Value *slot = instance_dict_slot(obj);
    if (!slot) {
        vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'", vm_type_name(obj),
                 str_data(name));
        return false;
    }
    if (value == VAL_UNDEF) {
        int r = *slot == VAL_UNDEF ? 0 : dict_del(vm, *slot, name);
        if (r == 0)
            vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'",
                     vm_type_name(obj), str_data(name));
        return r == 1;
    }
    if (*slot == VAL_UNDEF) {
        Value d = dict_new(vm);
        if (d == VAL_ERR) return false;
        *slot = d;
    }
    return dict_set(vm, *slot, name, value);
}

/* Attributes of a class object itself: functions stay plain, classmethods bind the class. */
Value class_type_getattr(VM *vm, Value cls, Value name)
{
    const TypeObj *type = AS_TYPE(cls);
    const MethodDef *def;
    const TypeObj *owner = NULL;
    Value found = class_lookup_def(vm, type, name, &owner, &def);
    if (found == VAL_UNDEF) return VAL_UNDEF;
    if (def) {
        if (def->flags & METH_STATIC) return native_new_bound(vm, def, VAL_UNDEF);
        if (def->flags & METH_CLASS) return native_new_bound(vm, def, cls);
        return native_new_descriptor(vm, def, owner);
    }
    if (val_is_kind(found, OBJ_CLASSMETHOD)) return bind(vm, found, NULL, cls, type);
    if (val_is_kind(found, OBJ_STATICMETHOD)) return ((WrapperObj *)val_as_obj(found))->func;
    return found;
}

/* ---- instances: __new__ and __init__ ----------------------------------------------------------
 */

/* Instantiation, as type.__call__: __new__ (a Python one, or the builtin base's), then
 * __init__ when the result is an instance of the class. The INIT continuation keeps the
 * arguments for __init__ in its slots. */
enum { INIT_TYPE, INIT_INSTANCE, INIT_PHASE, INIT_NARGS, INIT_KWNAMES, INIT_ARGS };
enum { PHASE_NEW, PHASE_INIT };

static Value new_instance(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    const TypeObj *base = builtin_base(type);
    if (base == &type_object || base->layout == OBJ_INSTANCE) {
        InstanceObj *o = gc_new(vm, sizeof(InstanceObj), OBJ_INSTANCE, type);
        if (!o) return VAL_ERR;
        o->dict = VAL_UNDEF;
        return val_from_obj(o);
    }
    if (base->tflags & TYPE_EXCEPTION) {
        Value tup = tuple_from_array(vm, args, (size_t)nargs);
        if (tup == VAL_ERR) return VAL_ERR;
        return exc_new(vm, type, tup);
    }
    const TypeObj *c = base;
    while (c && !c->construct) c = c->base;
    if (!c) return vm_raise(vm, &exc_TypeError, "cannot create '%s' instances", type->name);
    /* Builtin layouts fill themselves from the arguments (int, str, tuple are immutable). */
    return c->construct(vm, type, args, nargs, kwnames);
}

Value class_new_instance(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    return new_instance(vm, type, args, nargs, kwnames);
}

/* CPython's refusal to instantiate an abstract class (abc.ABC subclasses). */
static Value raise_abstract(VM *vm, const TypeObj *type, Value abstract)
{
    Value names = list_new(vm, 0);
    if (names == VAL_ERR) return VAL_ERR;
    SetObj *set = AS_SET(abstract);
    for (size_t i = 0; i <= set->mask; i++)
        if (set->table[i].key != VAL_UNDEF && set->table[i].key != VAL_EXHAUSTED &&
            !list_append(vm, names, set->table[i].key))
            return VAL_ERR;
    ListObj *l = AS_LIST(names);
    if (!list_sort_values(vm, l->items, NULL, l->len, false)) return VAL_ERR;
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "Can't instantiate abstract class %s with abstract method%s ", type->name,
               l->len == 1 ? "" : "s");
    for (size_t i = 0; i < l->len; i++) {
        if (i) buf_append_cstr(&b, ", ");
        buf_append_str(&b, l->items[i]);
    }
    Value msg = buf_finish_str(&b);
    return msg == VAL_ERR ? msg : vm_raise_arg(vm, &exc_TypeError, msg);
}

/* Call __init__(instance, *args) from the INIT frame fi, or finish when there is none. */
static Value init_step(VM *vm, uint32_t fi)
{
    Value *s = vm->stack + vm->frames[fi].base;
    const TypeObj *type = AS_TYPE(s[INIT_TYPE]);
    Value self = s[INIT_INSTANCE];
    Value init = class_lookup(vm, type, "__init__");
    if (init == VAL_UNDEF || !ops_isinstance(self, type)) return self;
    int nargs = (int)val_as_small_int(s[INIT_NARGS]);
    Value kwnames = s[INIT_KWNAMES];
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    Value full[17];
    if ((size_t)nargs + nkw > 16) return vm_raise(vm, &exc_TypeError, "too many arguments");
    full[0] = self;
    if (nargs + nkw) memcpy(full + 1, s + INIT_ARGS, ((size_t)nargs + nkw) * sizeof(Value));
    s[INIT_PHASE] = val_from_small_int(PHASE_INIT);
    return vm_call(vm, init, full, nargs + 1, kwnames);
}

Value cont_init(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = (uint32_t)(f - vm->frames);
    if (incoming == VAL_ERR) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    if (val_as_small_int(s[INIT_PHASE]) == PHASE_NEW) {
        s[INIT_INSTANCE] = incoming; /* what __new__ returned */
        Value r = init_step(vm, fi);
        if (r == VAL_PENDING || r == VAL_ERR ||
            val_as_small_int(vm->stack[vm->frames[fi].base + INIT_PHASE]) == PHASE_NEW)
            return r;
        incoming = r;
        s = vm->stack + vm->frames[fi].base;
    }
    if (incoming != VAL_NONE)
        return vm_raise(vm, &exc_TypeError, "__init__() should return None, not '%s'",
                        vm_type_name(incoming));
    return s[INIT_INSTANCE];
}

static Value heap_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                            Value kwnames)
{
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    TypeObj *cache = (TypeObj *)type; /* heap types are mutable objects */
    if (cache->cache_epoch != vm->class_epoch + 1) {
        Value abstract = class_lookup(vm, type, "__abstractmethods__");
        if (val_is_kind(abstract, OBJ_SET) && AS_SET(abstract)->used)
            return raise_abstract(vm, type, abstract);
        cache->cached_new = class_lookup(vm, type, "__new__");
        cache->cached_init = class_lookup(vm, type, "__init__");
        cache->cache_epoch = vm->class_epoch + 1; /* + 1: a fresh type (0) is never valid */
    }
    Value newfn = cache->cached_new;
    Value init = cache->cached_init;
    const TypeObj *base = builtin_base(type);
    if (newfn == VAL_UNDEF && init == VAL_UNDEF) {
        if ((nargs || nkw) && base == &type_object)
            return vm_raise(vm, &exc_TypeError, "%s() takes no arguments", type->name);
        return new_instance(vm, type, args, nargs, kwnames);
    }
    Frame *f = vm_push_native(vm, CONT_INIT, INIT_ARGS + (uint32_t)((size_t)nargs + nkw));
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[INIT_TYPE] = val_from_obj(type);
    s[INIT_PHASE] = val_from_small_int(PHASE_NEW);
    s[INIT_NARGS] = val_from_small_int(nargs);
    s[INIT_KWNAMES] = kwnames;
    if (nargs + nkw) memcpy(s + INIT_ARGS, args, ((size_t)nargs + nkw) * sizeof(Value));
    uint32_t fi = vm->nframes - 1;
    Value r;
    if (newfn != VAL_UNDEF) {
        /* __new__ is implicitly a static method: __new__(cls, *args). */
        if (val_is_kind(newfn, OBJ_STATICMETHOD)) newfn = ((WrapperObj *)val_as_obj(newfn))->func;
        Value full[17];
        if ((size_t)nargs + nkw > 16) {
            vm_pop_native(vm, f);
            return vm_raise(vm, &exc_TypeError, "too many arguments");
        }
        full[0] = val_from_obj(type);
        if (nargs + nkw) memcpy(full + 1, args, ((size_t)nargs + nkw) * sizeof(Value));
        r = vm_call(vm, newfn, full, nargs + 1, kwnames);
    } else {
        /* The builtin base makes the instance (exceptions keep the arguments as args). */
        bool base_takes_args = (base->tflags & TYPE_EXCEPTION) != 0;
        Value self = new_instance(vm, type, base_takes_args ? args : NULL,
                                  base_takes_args ? nargs : 0, VAL_UNDEF);
        r = self == VAL_ERR ? VAL_ERR : cont_init(vm, &vm->frames[fi], self);
    }
    if (r == VAL_PENDING) return r;
    if (r != VAL_ERR && newfn != VAL_UNDEF) r = cont_init(vm, &vm->frames[fi], r);
    if (r == VAL_PENDING) return r;
    vm_pop_native(vm, &vm->frames[fi]);
    return r;
}

/* ---- building a class -------------------------------------------------------------------------
 */

/* C3 linearisation of `bases` (each a TypeObj) into `out` (capacity cap). */
static int base_mro(const TypeObj *t, const TypeObj **out, int cap)
{
    int n = 0;
    if (val_is_obj(t->mro) && IS_TUPLE(t->mro)) {
        TupleObj *m = AS_TUPLE(t->mro);
        for (size_t i = 0; i < m->len && n < cap; i++) out[n++] = AS_TYPE(m->items[i]);
        return n;
    }
    for (const TypeObj *c = t; c && n < cap; c = c->base) out[n++] = c;
    if (n < cap && out[n - 1] != &type_object) out[n++] = &type_object;
    return n;
}

#define MRO_MAX 64

static bool c3_merge(VM *vm, const TypeObj *cls, Value bases, const TypeObj **out, int *nout)
{
    TupleObj *b = AS_TUPLE(bases);
    for (size_t i = 0; i < b->len; i++)
        for (size_t j = 0; j < i; j++)
            if (b->items[i] == b->items[j]) {
                vm_raise(vm, &exc_TypeError, "duplicate base class %s", AS_TYPE(b->items[i])->name);
                return false;
            }
    int nseq = (int)b->len + 1;
    const TypeObj *seqs[MRO_MAX + 1][MRO_MAX];
    int lens[MRO_MAX + 1], heads[MRO_MAX + 1];
    if (nseq > MRO_MAX) {
        vm_raise(vm, &exc_TypeError, "too many base classes");
        return false;
    }
    for (size_t i = 0; i < b->len; i++) {
        lens[i] = base_mro(AS_TYPE(b->items[i]), seqs[i], MRO_MAX);
        heads[i] = 0;
    }
    lens[nseq - 1] = (int)b->len;
    heads[nseq - 1] = 0;
    for (size_t i = 0; i < b->len; i++) seqs[nseq - 1][i] = AS_TYPE(b->items[i]);
    int n = 0;
    out[n++] = cls;
    for (;;) {
        bool empty = true;
        const TypeObj *pick = NULL;
        for (int s = 0; s < nseq && !pick; s++) {
            if (heads[s] >= lens[s]) continue;
            empty = false;
            const TypeObj *cand = seqs[s][heads[s]];
            bool in_tail = false;
            for (int o = 0; o < nseq && !in_tail; o++)
                for (int k = heads[o] + 1; k < lens[o]; k++)
                    if (seqs[o][k] == cand) in_tail = true;
            if (!in_tail) pick = cand;
        }
        if (empty) break;
        if (!pick || n >= MRO_MAX) {
            /* CPython names the classes still heading the lists to merge. */
            Buf names;
            buf_init(&names, vm);
            int listed = 0;
            for (int q = 0; q < nseq; q++) {
                if (heads[q] >= lens[q]) continue;
                const TypeObj *h = seqs[q][heads[q]];
                bool seen = false;
                for (int r = 0; r < q; r++)
                    if (heads[r] < lens[r] && seqs[r][heads[r]] == h) seen = true;
                if (seen) continue;
                buf_printf(&names, "%s%s", listed++ ? ", " : "", h->name);
            }
            buf_append_char(&names, '\0');
            vm_raise(vm, &exc_TypeError,
                     "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                     names.failed ? "" : names.data);
            buf_free(&names);
            return false;
        }
        out[n++] = pick;
        for (int s = 0; s < nseq; s++)
            if (heads[s] < lens[s] && seqs[s][heads[s]] == pick) heads[s]++;
    }
    *nout = n;
    return true;
}

static void heap_type_slots(VM *vm, TypeObj *t, const TypeObj *solid)
{
    t->layout = solid->layout;
    t->methods = NULL;
    t->members = NULL;
    t->construct = heap_construct;
    t->repr = heap_repr;
    t->str = heap_str;
    t->hash = heap_hash;
    t->compare = heap_compare;
    t->binop = heap_binop;
    t->unary = heap_unary;
    t->truth = heap_truth;
    t->len = heap_len;
    t->getitem = heap_getitem;
    t->setitem = heap_setitem;
    t->contains = heap_contains;
    t->iter = heap_iter;
    t->next = heap_next;
    t->call = NULL;
    if (class_lookup(vm, t, "__call__") != VAL_UNDEF) t->call = heap_call;
    t->getattr = NULL; /* attr.c routes heap instances to class_instance_getattr */
    t->setattr = NULL;
    const TypeObj *c = solid;
    while (c && !c->trace) c = c->base;
    t->trace = c ? c->trace : NULL;
    c = solid;
    while (c && !c->destroy) c = c->base;
    t->destroy = c ? c->destroy : NULL;
}

Value class_new_type(VM *vm, Value name, Value bases, Value ns)
{
    vm->class_epoch++;
    TupleObj *b = AS_TUPLE(bases);
    const TypeObj *solid = &type_object;
    for (size_t i = 0; i < b->len; i++) {
        if (!IS_TYPE(b->items[i])) return vm_raise(vm, &exc_TypeError, "bases must be types");
        const TypeObj *base = AS_TYPE(b->items[i]);
        if (!(base->tflags & TYPE_BASETYPE))
            return vm_raise(vm, &exc_TypeError, "type '%s' is not an acceptable base type",
                            base->name);
        const TypeObj *bs = builtin_base(base);
        if (bs != &type_object) {
            if (solid != &type_object && !ops_issubclass(bs, solid) && !ops_issubclass(solid, bs))
                return vm_raise(vm, &exc_TypeError,
                                "multiple bases have instance lay-out conflict");
            if (solid == &type_object || ops_issubclass(bs, solid)) solid = bs;
        }
    }
    size_t len = str_len(name);
    TypeObj *t = gc_new(vm, sizeof(TypeObj) + len + 1, OBJ_TYPE, &type_type);
    if (!t) return VAL_ERR;
    char *copy = (char *)(t + 1);
    memcpy(copy, str_data(name), len + 1);
    t->name = copy;
    t->base = b->len ? AS_TYPE(b->items[0]) : &type_object;
    t->tflags = TYPE_HEAP | TYPE_BASETYPE | (solid->tflags & TYPE_EXCEPTION);
    t->dict = ns;
    t->mro = VAL_UNDEF;
    const TypeObj *order[MRO_MAX];
    int n;
    Value plain_bases = b->len ? bases : VAL_UNDEF;
    if (plain_bases == VAL_UNDEF) {
        Value obj = val_from_obj(&type_object);
        plain_bases = tuple_from_array(vm, &obj, 1);
        if (plain_bases == VAL_ERR) return VAL_ERR;
    }
    if (!c3_merge(vm, t, plain_bases, order, &n)) return VAL_ERR;
    Value mro = tuple_new(vm, (size_t)n);
    if (mro == VAL_ERR) return VAL_ERR;
    for (int i = 0; i < n; i++) AS_TUPLE(mro)->items[i] = val_from_obj(order[i]);
    t->mro = mro;
    heap_type_slots(vm, t, solid);
    return val_from_obj(t);
}

/* __build_class__(body, name, *bases, **kwds): run the body with a fresh namespace as its
 * locals (phase 0), make the type and fill the __class__ cell (phase 1), then run the base's
 * __init_subclass__ with the class keywords (phase 2). */
enum { BC_NAME, BC_BASES, BC_NS, BC_KW, BC_PHASE, BC_CLS, BC_NSLOTS };

static Value builtin_build_class(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (nargs < 2 || !IS_FUNCTION(args[0]) || !IS_STR(args[1]))
        return vm_raise(vm, &exc_TypeError, "__build_class__: invalid arguments");
    Value kw = VAL_UNDEF;
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    for (size_t i = 0; i < nkw; i++) {
        Value key = AS_TUPLE(kwnames)->items[i], value = args[nargs + i];
        if (str_eq_cstr(key, "metaclass")) {
            if (value != val_from_obj(&type_type))
                return vm_raise(vm, &exc_TypeError, "metaclasses are not supported yet");
            continue;
        }
        if (kw == VAL_UNDEF && (kw = dict_new(vm)) == VAL_ERR) return VAL_ERR;
        if (!dict_set(vm, kw, key, value)) return VAL_ERR;
    }
    Value bases = tuple_from_array(vm, args + 2, (size_t)nargs - 2);
    Value ns = bases == VAL_ERR ? VAL_ERR : dict_new(vm);
    if (ns == VAL_ERR) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_BUILD_CLASS, BC_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[BC_NAME] = args[1];
    s[BC_BASES] = bases;
    s[BC_NS] = ns;
    s[BC_KW] = kw;
    s[BC_PHASE] = val_from_small_int(0);
    Value r = vm_call(vm, args[0], NULL, 0, VAL_UNDEF);
    if (r != VAL_PENDING) {
        vm_pop_native(vm, &vm->frames[vm->nframes - 1]);
        return r == VAL_ERR ? r : vm_raise(vm, &exc_TypeError, "class body is not a function");
    }
    vm->frames[vm->nframes - 1].locals = ns;
    return VAL_PENDING;
}

/* The __init_subclass__ a new class inherits (its own does not count), or VAL_UNDEF. */
static Value inherited_init_subclass(VM *vm, const TypeObj *cls)
{
    Value key = vm_name(vm, "__init_subclass__");
    TupleObj *mro = AS_TUPLE(cls->mro);
    for (size_t i = 1; key != VAL_ERR && i < mro->len; i++) {
        const TypeObj *c = AS_TYPE(mro->items[i]);
        Value v;
        if ((c->tflags & TYPE_HEAP) && dict_get_str(vm, c->dict, key, &v)) return v;
    }
    return VAL_UNDEF;
}

Value cont_build_class(VM *vm, Frame *f, Value incoming)
{
    if (incoming == VAL_ERR) return VAL_ERR;
    uint32_t fi = (uint32_t)(f - vm->frames);
    Value *s = frame_slots(vm, f);
    if (val_as_small_int(s[BC_PHASE]) == 2) return s[BC_CLS]; /* __init_subclass__ returned */
    Value cls = class_new_type(vm, s[BC_NAME], s[BC_BASES], s[BC_NS]);
    if (cls == VAL_ERR) return VAL_ERR;
    if (IS_CELL(incoming)) AS_CELL(incoming)->value = cls;
    s = vm->stack + vm->frames[fi].base;
    s[BC_CLS] = cls;
    s[BC_PHASE] = val_from_small_int(2);
    Value hook = inherited_init_subclass(vm, AS_TYPE(cls));
    Value kw = s[BC_KW];
    if (hook == VAL_UNDEF) {
        if (kw != VAL_UNDEF && dict_len(kw))
            return vm_raise(vm, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                            AS_TYPE(cls)->name);
        return cls;
    }
    /* __init_subclass__ is implicitly a classmethod. */
    if (val_is_kind(hook, OBJ_CLASSMETHOD)) hook = ((WrapperObj *)val_as_obj(hook))->func;
    size_t nkw = kw == VAL_UNDEF ? 0 : dict_len(kw);
    Value argv[17], names = VAL_UNDEF;
    if (nkw > 16) return vm_raise(vm, &exc_TypeError, "too many class keywords");
    argv[0] = cls;
    if (nkw) {
        names = tuple_new(vm, nkw);
        if (names == VAL_ERR) return VAL_ERR;
        size_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kw, &pos, &k, &v)) {
            AS_TUPLE(names)->items[i] = k;
            argv[1 + i++] = v;
        }
    }
    Value r = vm_call(vm, hook, argv, 1, names);
    if (r == VAL_PENDING || r == VAL_ERR) return r;
    return cls;
}

const MethodDef class_build_class_def = {"__build_class__", builtin_build_class, 0};

/* ---- classmethod, staticmethod, property -------------------------------------------------- */

static void wrapper_trace(VM *vm, Obj *o)
{
    gc_mark_value(vm, ((WrapperObj *)o)->func);
}

static Value wrapper_new(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames,
                         ObjKind kind)
{
    if (!args_no_kw(vm, type->name, kwnames) || !args_count(vm, type->name, nargs, 1, 1))
        return VAL_ERR;
    WrapperObj *w = gc_new(vm, sizeof *w, kind, type);
    if (!w) return VAL_ERR;
    w->func = args[0];
    return val_from_obj(w);
}

static Value classmethod_new(VM *vm, const TypeObj *type, const Value *args, int nargs,
                             Value kwnames)
{
    return wrapper_new(vm, type, args, nargs, kwnames, OBJ_CLASSMETHOD);
}

static Value staticmethod_new(VM *vm, const TypeObj *type, const Value *args, int nargs,
                              Value kwnames)
{
    return wrapper_new(vm, type, args, nargs, kwnames, OBJ_STATICMETHOD);
}

static Value wrapper_get_func(VM *vm, Value self)
{
    return ((WrapperObj *)val_as_obj(self))->func;
}

static const MemberDef wrapper_members[] = {
    {"__func__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_classmethod = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "classmethod",
    .base = &type_object,
    .layout = OBJ_CLASSMETHOD,
    .tflags = TYPE_BASETYPE,
    .members = wrapper_members,
    .construct = classmethod_new,
    .trace = wrapper_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_staticmethod = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "staticmethod",
    .base = &type_object,
    .layout = OBJ_STATICMETHOD,
    .tflags = TYPE_BASETYPE,
    .members = wrapper_members,
    .construct = staticmethod_new,
    .trace = wrapper_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

static Value property_make(VM *vm, const TypeObj *type, Value fget, Value fset, Value fdel,
                           Value doc)
{
    PropertyObj *p = gc_new(vm, sizeof *p, OBJ_PROPERTY, type);
    if (!p) return VAL_ERR;
    p->fget = fget == VAL_UNDEF ? VAL_NONE : fget;
    p->fset = fset == VAL_UNDEF ? VAL_NONE : fset;
    p->fdel = fdel == VAL_UNDEF ? VAL_NONE : fdel;
    p->doc = doc == VAL_UNDEF ? VAL_NONE : doc;
    return val_from_obj(p);
}

static Value property_new(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (!args_parse(vm, "property", args, nargs, kwnames, names, 4, 0, 0, a)) return VAL_ERR;
    return property_make(vm, type, a[0], a[1], a[2], a[3]);
}

static Value property_with(VM *vm, const Value *args, int nargs, int which)
{
    if (nargs != 2) return vm_raise(vm, &exc_TypeError, "expected one argument");
    PropertyObj *p = (PropertyObj *)val_as_obj(args[0]);
    Value parts[3] = {p->fget, p->fset, p->fdel};
    parts[which] = args[1];
    return property_make(vm, vm_type_of(args[0]), parts[0], parts[1], parts[2], p->doc);
}

static Value property_getter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return property_with(vm, args, nargs, 0);
}
static Value property_setter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return property_with(vm, args, nargs, 1);
}
static Value property_deleter(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return property_with(vm, args, nargs, 2);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {NULL, NULL, 0},
};

static Value property_get_fget(VM *vm, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->fget;
}
static Value property_get_fset(VM *vm, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->fset;
}
static Value property_get_fdel(VM *vm, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->fdel;
}
static Value property_get_doc(VM *vm, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->doc;
}

static const MemberDef property_members[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL},
};

static void property_trace(VM *vm, Obj *o)
{
    PropertyObj *p = (PropertyObj *)o;
    gc_mark_value(vm, p->fget);
    gc_mark_value(vm, p->fset);
    gc_mark_value(vm, p->fdel);
    gc_mark_value(vm, p->doc);
}

const TypeObj type_property = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "property",
    .base = &type_object,
    .layout = OBJ_PROPERTY,
    .tflags = TYPE_BASETYPE,
    .methods = property_methods,
    .members = property_members,
    .construct = property_new,
    .trace = property_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- super ------------------------------------------------------------------------------------
 */

static Value super_new(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "super", kwnames)) return VAL_ERR;
    Value start, obj;
    if (nargs == 2) {
        start = args[0];
        obj = args[1];
    } else if (nargs == 0) {
        /* Zero-argument form: the calling frame's __class__ cell and first argument. */
        Frame *f = &vm->frames[vm->nframes - 1];
        if (f->kind != FRAME_PYTHON || !f->code)
            return vm_raise(vm, &exc_RuntimeError, "super(): no arguments");
        CodeObj *co = f->code;
        Value *slots = vm->stack + f->base;
        start = VAL_UNDEF;
        for (uint32_t i = 0; i < co->nfree; i++)
            if (str_eq_cstr(co->freenames[i], "__class__"))
                start = AS_CELL(slots[co->nlocals + co->ncells + i])->value;
        if (start == VAL_UNDEF || co->argcount == 0)
            return vm_raise(vm, &exc_RuntimeError, "super(): __class__ cell not found");
        obj = slots[0];
        for (uint32_t i = 0; i < co->ncells; i++)
            if (co->cell2arg && co->cell2arg[i] == 0) obj = AS_CELL(slots[co->nlocals + i])->value;
    } else {
        return vm_raise(vm, &exc_TypeError, "super() takes 0 or 2 arguments");
    }
    if (!IS_TYPE(start)) return vm_raise(vm, &exc_TypeError, "super() argument 1 must be a type");
    SuperObj *s = gc_new(vm, sizeof *s, OBJ_SUPER, &type_super);
    if (!s) return VAL_ERR;
    s->start = start;
    s->obj = obj;
    return val_from_obj(s);
}

static Value super_getattr(VM *vm, Value self, Value name)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    const TypeObj *objtype = IS_TYPE(s->obj) ? AS_TYPE(s->obj) : vm_type_of(s->obj);
    const TypeObj *order[MRO_MAX];
    int n = base_mro(objtype, order, MRO_MAX);
    int i = 0;
    while (i < n && order[i] != AS_TYPE(s->start)) i++;
    for (i++; i < n; i++) {
        const MethodDef *def;
        Value found = lookup_own(vm, order[i], name, &def);
        if (found == VAL_UNDEF) continue;
        if (IS_TYPE(s->obj)) {
            if (def && (def->flags & METH_CLASS)) return native_new_bound(vm, def, s->obj);
            if (def) return native_new_descriptor(vm, def, order[i]);
            if (val_is_kind(found, OBJ_CLASSMETHOD))
                return bind(vm, found, NULL, s->obj, AS_TYPE(s->obj));
            return found;
        }
        return bind(vm, found, def, s->obj, objtype);
    }
    return vm_raise(vm, &exc_AttributeError, "'super' object has no attribute '%s'",
                    str_data(name));
}

static void super_trace(VM *vm, Obj *o)
{
    SuperObj *s = (SuperObj *)o;
    gc_mark_value(vm, s->start);
    gc_mark_value(vm, s->obj);
}

const TypeObj type_super = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "super",
    .base = &type_object,
    .layout = OBJ_SUPER,
    .construct = super_new,
    .getattr = super_getattr,
    .trace = super_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- truth values and __ne__ from __eq__ ------------------------------------------------------
 */

enum { BOOL_NEGATE, BOOL_FROM_LEN, BOOL_STRICT, BOOL_NSLOTS };

/* The result of __eq__ / __contains__ / __bool__ / __len__ as a bool (negated for __ne__ and
 * `not in`). */
Value cont_negate(VM *vm, Frame *f, Value incoming)
{
    if (incoming == VAL_ERR) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    if (incoming == VAL_NOTIMPL && s[BOOL_NEGATE] == VAL_TRUE) return incoming;
    int t;
    if (s[BOOL_FROM_LEN] == VAL_TRUE) {
        int64_t n;
        if (!ops_index(vm, incoming, &n)) return VAL_ERR;
        if (n < 0) return vm_raise(vm, &exc_ValueError, "__len__() should return >= 0");
        t = n != 0;
    } else {
        if (s[BOOL_STRICT] == VAL_TRUE && !val_is_bool(incoming))
            return vm_raise(vm, &exc_TypeError, "__bool__ should return bool, returned %s",
                            vm_type_name(incoming));
        t = ops_truthy(vm, incoming);
        if (t < 0) return VAL_ERR;
    }
    return val_from_bool(s[BOOL_NEGATE] == VAL_TRUE ? !t : t);
}

/* Call fn(args) and turn its result into a bool through a NEGATE frame. */
Value class_call_as_bool(VM *vm, Value fn, const Value *args, int nargs, bool negate, bool from_len,
                         bool strict_bool)
{
    Frame *f = vm_push_native(vm, CONT_NEGATE, BOOL_NSLOTS);
    if (!f) return VAL_ERR;
    frame_slots(vm, f)[BOOL_NEGATE] = val_from_bool(negate);
    frame_slots(vm, f)[BOOL_FROM_LEN] = val_from_bool(from_len);
    frame_slots(vm, f)[BOOL_STRICT] = val_from_bool(strict_bool);
    vm->pending_ok = true;
    Value r = class_call_dunder(vm, fn, args, nargs, "a truth method");
    vm->pending_ok = false;
    if (r == VAL_PENDING) return r;
    uint32_t fi = vm->nframes - 1;
    Value result = r == VAL_ERR ? r : cont_negate(vm, &vm->frames[fi], r);
    vm_pop_native(vm, &vm->frames[fi]);
    return result;
}

Value class_negate_eq(VM *vm, Value a, Value b)
{
    if (!vm->pending_ok)
        return vm_raise(vm, &exc_TypeError, "__eq__ of a class cannot be called here yet");
    Value fn = class_lookup(vm, vm_type_of(a), "__eq__");
    Value args[2] = {a, b};
    return class_call_as_bool(vm, fn, args, 2, true, false, false);
}

Value class_truth(VM *vm, Value v)
{
    const TypeObj *t = vm_type_of(v);
    Value fn = class_lookup(vm, t, "__bool__");
    if (fn != VAL_UNDEF) return class_call_as_bool(vm, fn, &v, 1, false, false, true);
    fn = class_lookup(vm, t, "__len__");
    if (fn != VAL_UNDEF) return class_call_as_bool(vm, fn, &v, 1, false, true, false);
    int r = ops_truthy(vm, v);
    return r < 0 ? VAL_ERR : val_from_bool(r);
}

/* ---- str() of arguments before a builtin runs (print) ------------------------------------ */

enum { SA_CALLEE, SA_NARGS, SA_KWNAMES, SA_INDEX, SA_ARGS };

static bool needs_python_str(VM *vm, Value v)
{
    return class_is_heap_instance(v) || class_needs_render(vm, v);
}

bool class_args_need_str(VM *vm, const Value *args, int nargs)
{
    for (int i = 0; i < nargs; i++)
        if (needs_python_str(vm, args[i])) return true;
    return false;
}

Value class_str_args_then_rerun(VM *vm, const Value *args, int nargs, Value kwnames)
{
    size_t nkw = kwnames == VAL_UNDEF ? 0 : AS_TUPLE(kwnames)->len;
    Frame *f = vm_push_native(vm, CONT_STR_ARGS, SA_ARGS + (uint32_t)(nargs + nkw));
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[SA_CALLEE] = vm->native_callee;
    s[SA_NARGS] = val_from_small_int(nargs);
    s[SA_KWNAMES] = kwnames;
    s[SA_INDEX] = val_from_small_int(0);
    memcpy(s + SA_ARGS, args, ((size_t)nargs + nkw) * sizeof(Value));
    Value r = cont_str_args(vm, f, VAL_UNDEF);
    if (r != VAL_PENDING && vm->nframes && vm->frames[vm->nframes - 1].kind == FRAME_NATIVE &&
        vm->frames[vm->nframes - 1].cont == CONT_STR_ARGS)
        vm_pop_native(vm, &vm->frames[vm->nframes - 1]);
    return r;
}

Value cont_str_args(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = (uint32_t)(f - vm->frames);
    Value *s = vm->stack + vm->frames[fi].base;
    int nargs = (int)val_as_small_int(s[SA_NARGS]);
    int64_t i = val_as_small_int(s[SA_INDEX]);
    if (incoming == VAL_ERR) return VAL_ERR;
    if (incoming != VAL_UNDEF) {
        if (!IS_STR(incoming))
            return vm_raise(vm, &exc_TypeError, "__str__ returned non-string (type %s)",
                            vm_type_name(incoming));
        s[SA_ARGS + i++] = incoming;
    }
    for (; i < nargs; i++) {
        s = vm->stack + vm->frames[fi].base;
        s[SA_INDEX] = val_from_small_int(i);
        Value arg = s[SA_ARGS + i];
        if (!needs_python_str(vm, arg)) continue;
        Value r;
        if (class_is_heap_instance(arg)) {
            vm->pending_ok = true;
            r = ops_str(vm, arg);
            vm->pending_ok = false;
        } else {
            r = class_render(vm, arg, true);
        }
        if (r == VAL_PENDING) return r;
        if (r == VAL_ERR) return r;
        vm->stack[vm->frames[fi].base + SA_ARGS + i] = r;
    }
    s = vm->stack + vm->frames[fi].base;
    size_t n = vm->frames[fi].sp - vm->frames[fi].base - SA_ARGS;
    Value copy[32];
    if (n > 32) return vm_raise(vm, &exc_TypeError, "too many arguments");
    memcpy(copy, s + SA_ARGS, n * sizeof(Value));
    return vm_call(vm, s[SA_CALLEE], copy, nargs, s[SA_KWNAMES]);
}

/* ---- rendering containers that hold class instances ------------------------------------------
 * repr([obj, ...]) runs each element's __repr__ as Python code. The builtin container reprs are
 * plain C, so the instances' reprs are computed first (RENDER continuation, one Python call at a
 * time) into vm->repr_cache, keyed by identity; then the container is rendered in one go with
 * heap_repr answering from the cache. */

#define RENDER_SCAN_MAX 4096

/* Collect the class instances reachable through builtin containers from v (not looking inside
 * the instances themselves) into `found` (a list); false if there are none. */
static bool gather_instances(VM *vm, Value v, Value found)
{
    Value stack[64];
    int depth = 0, visited = 0;
    stack[depth++] = v;
    while (depth && visited++ < RENDER_SCAN_MAX) {
        Value x = stack[--depth];
        if (!val_is_obj(x)) continue;
        if (class_is_heap_instance(x)) {
            if (!list_append(vm, found, x)) return false;
            continue;
        }
        const Value *items = NULL;
        size_t n = 0;
        switch (val_as_obj(x)->kind) {
        case OBJ_LIST:
            items = AS_LIST(x)->items;
            n = AS_LIST(x)->len;
            break;
        case OBJ_TUPLE:
            items = AS_TUPLE(x)->items;
            n = AS_TUPLE(x)->len;
            break;
        case OBJ_DICT: {
            size_t pos = 0;
            Value k, val;
            while (dict_next(x, &pos, &k, &val) && depth < 62) {
                stack[depth++] = k;
                stack[depth++] = val;
            }
            continue;
        }
        case OBJ_SET: {
            SetObj *set = AS_SET(x);
            for (size_t i = 0; i <= set->mask && depth < 63; i++)
                if (set->table[i].key != VAL_UNDEF && set->table[i].key != VAL_EXHAUSTED)
                    stack[depth++] = set->table[i].key;
            continue;
        }
        default:
            continue;
        }
        for (size_t i = n; i-- > 0 && depth < 64;) stack[depth++] = items[i];
    }
    return AS_LIST(found)->len > 0;
}

bool class_needs_render(VM *vm, Value v)
{
    if (!val_is_obj(v) || class_is_heap_instance(v)) return false;
    ObjKind k = (ObjKind)val_as_obj(v)->kind;
    if (k != OBJ_LIST && k != OBJ_TUPLE && k != OBJ_DICT && k != OBJ_SET) return false;
    Value found = list_new(vm, 0);
    return found != VAL_ERR && gather_instances(vm, v, found);
}

enum { RD_VALUE, RD_USE_STR, RD_FOUND, RD_CACHE, RD_INDEX, RD_NSLOTS };

Value class_render(VM *vm, Value v, bool use_str)
{
    Value found = list_new(vm, 0);
    Value cache = found == VAL_ERR ? VAL_ERR : dict_new(vm);
    if (cache == VAL_ERR) return VAL_ERR;
    if (!gather_instances(vm, v, found) && vm_exc_matches(vm, &exc_MemoryError)) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_RENDER, RD_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[RD_VALUE] = v;
    s[RD_USE_STR] = val_from_bool(use_str);
    s[RD_FOUND] = found;
    s[RD_CACHE] = cache;
    s[RD_INDEX] = val_from_small_int(0);
    return vm_run_native(vm, f);
}

Value cont_render(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = (uint32_t)(f - vm->frames);
#define RD(i) (vm->stack[vm->frames[fi].base + (i)])
    if (incoming == VAL_ERR) return VAL_ERR;
    int64_t i = val_as_small_int(RD(RD_INDEX));
    ListObj *found = AS_LIST(RD(RD_FOUND));
    if (incoming != VAL_UNDEF) {
        if (!IS_STR(incoming))
            return vm_raise(vm, &exc_TypeError, "__repr__ returned non-string (type %s)",
                            vm_type_name(incoming));
        Value key = int_from_u64(vm, (uint64_t)(uintptr_t)val_as_obj(found->items[i]));
        if (key == VAL_ERR || !dict_set(vm, RD(RD_CACHE), key, incoming)) return VAL_ERR;
        i++;
    }
    for (; (size_t)i < AS_LIST(RD(RD_FOUND))->len; i++) {
        RD(RD_INDEX) = val_from_small_int(i);
        Value obj = AS_LIST(RD(RD_FOUND))->items[i];
        Value saved = vm->repr_cache;
        vm->repr_cache = RD(RD_CACHE); /* an instance seen twice is rendered once */
        Value cached = cached_repr(vm, obj);
        vm->repr_cache = saved;
        if (cached != VAL_UNDEF) continue;
        vm->pending_ok = true;
        Value r = ops_repr(vm, obj);
        vm->pending_ok = false;
        if (r == VAL_PENDING || r == VAL_ERR) return r;
        Value key = int_from_u64(vm, (uint64_t)(uintptr_t)val_as_obj(obj));
        if (key == VAL_ERR || !dict_set(vm, RD(RD_CACHE), key, r)) return VAL_ERR;
    }
    Value saved = vm->repr_cache;
    vm->repr_cache = RD(RD_CACHE);
    Value result =
        RD(RD_USE_STR) == VAL_TRUE ? ops_str(vm, RD(RD_VALUE)) : ops_repr(vm, RD(RD_VALUE));
    vm->repr_cache = saved;
    return result;
#undef RD
}

/* ---- binary operators and comparisons between instances --------------------------------------
 * CPython's protocol, one Python call at a time: the left operand's method (__iadd__ first for
 * augmented assignment), then the right operand's reflected one when the left returned
 * NotImplemented, then the builtin behaviour or CPython's TypeError. */

enum { OP_A, OP_B, OP_CODE, OP_IS_CMP, OP_STAGE, OP_NSLOTS };
enum { STAGE_INPLACE, STAGE_LEFT, STAGE_RIGHT, STAGE_DONE };

static const char *const op_symbols[] = {
#define BINOP(name, text, dunder, rdunder, idunder) text,
#include "binops.def"
#undef BINOP
};
static const char *const inplace_dunders[] = {
#define BINOP(name, text, dunder, rdunder, idunder) idunder,
#include "binops.def"
#undef BINOP
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

/* The Python method a stage calls, or VAL_UNDEF when that stage does not apply. */
static Value stage_method(VM *vm, Value *s, int stage, Value *self, Value *other)
{
    Value a = s[OP_A], b = s[OP_B];
    int code = (int)val_as_small_int(s[OP_CODE]);
    bool is_cmp = s[OP_IS_CMP] == VAL_TRUE;
    const TypeObj *ta = vm_type_of(a), *tb = vm_type_of(b);
    const char *name;
    if (stage == STAGE_INPLACE) {
        *self = a, *other = b;
        name = inplace_dunders[code];
        if (!(ta->tflags & TYPE_HEAP)) return VAL_UNDEF;
    } else if (stage == STAGE_LEFT) {
        *self = a, *other = b;
        name = is_cmp ? cmp_dunders[code] : binop_dunders[code][0];
        if (!(ta->tflags & TYPE_HEAP)) return VAL_UNDEF;
    } else {
        *self = b, *other = a;
        name = is_cmp ? cmp_dunders[cmp_swapped[code]] : binop_dunders[code][1];
        if (!(tb->tflags & TYPE_HEAP) || (tb == ta && !is_cmp)) return VAL_UNDEF;
    }
    return class_lookup(vm, vm_type_of(*self), name);
}

/* After every stage declined: the builtin bases' behaviour, then CPython's defaults. */
static Value operator_fallback(VM *vm, Value *s)
{
    Value a = s[OP_A], b = s[OP_B];
    int code = (int)val_as_small_int(s[OP_CODE]);
    bool is_cmp = s[OP_IS_CMP] == VAL_TRUE;
    const TypeObj *ta = vm_type_of(a), *tb = vm_type_of(b);
    const TypeObj *ba = builtin_base(ta), *bb = builtin_base(tb);
    vm->pending_ok = false;
    if (is_cmp) {
        for (const TypeObj *c = ba; c && c != &type_object; c = c->base)
            if (c->compare) {
                Value r = c->compare(vm, a, b, (CmpOp)code);
                if (r != VAL_NOTIMPL) return r;
                break;
            }
        if (code == CMP_NE && class_lookup(vm, ta, "__eq__") != VAL_UNDEF) return VAL_UNDEF;
        if (code == CMP_EQ) return val_from_bool(a == b);
        if (code == CMP_NE) return val_from_bool(a != b);
        return vm_raise(vm, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                        cmp_symbols[code], ta->name, tb->name);
    }
    for (const TypeObj *c = ba; c && c != &type_object; c = c->base)
        if (c->binop) {
            Value r = c->binop(vm, a, b, (BinOp)code);
            if (r != VAL_NOTIMPL) return r;
            break;
        }
    for (const TypeObj *c = bb; c && c != &type_object && bb != ba; c = c->base)
        if (c->binop) {
            Value r = c->binop(vm, a, b, (BinOp)code);
            if (r != VAL_NOTIMPL) return r;
            break;
        }
    if (code == BINOP_POW)
        return vm_raise(vm, &exc_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta->name,
                        tb->name);
    return vm_raise(vm, &exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    op_symbols[code], ta->name, tb->name);
}

Value class_operator(VM *vm, Value a, Value b, int code, bool is_cmp, bool inplace)
{
    vm->pending_ok = false;
    Frame *f = vm_push_native(vm, CONT_OPERATOR, OP_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[OP_A] = a;
    s[OP_B] = b;
    s[OP_CODE] = val_from_small_int(code);
    s[OP_IS_CMP] = val_from_bool(is_cmp);
    s[OP_STAGE] = val_from_small_int(inplace ? STAGE_INPLACE : STAGE_LEFT);
    return vm_run_native(vm, f);
}

Value cont_operator(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = (uint32_t)(f - vm->frames);
    if (incoming == VAL_ERR) return VAL_ERR;
    if (incoming != VAL_UNDEF && incoming != VAL_NOTIMPL) return incoming;
    for (;;) {
        Value *s = vm->stack + vm->frames[fi].base;
        int stage = (int)val_as_small_int(s[OP_STAGE]);
        if (incoming != VAL_UNDEF) stage++; /* the method called by this stage declined */
        incoming = VAL_UNDEF;
        if (stage == STAGE_INPLACE + 1 && s[OP_IS_CMP] == VAL_FALSE) stage = STAGE_LEFT;
        if (stage >= STAGE_DONE) {
            Value r = operator_fallback(vm, s);
            if (r != VAL_UNDEF) return r;
            /* != of a class defining only __eq__: not __eq__. */
            Value fn = class_lookup(vm, vm_type_of(s[OP_A]), "__eq__");
            Value args[2] = {s[OP_A], s[OP_B]};
            return class_call_as_bool(vm, fn, args, 2, true, false, false);
        }
        s[OP_STAGE] = val_from_small_int(stage);
        Value self, other;
        Value fn = stage_method(vm, s, stage, &self, &other);
        if (fn == VAL_UNDEF) {
            s[OP_STAGE] = val_from_small_int(stage + 1);
            continue;
        }
        Value args[2] = {self, other};
        Value r = vm_call(vm, fn, args, 2, VAL_UNDEF);
        if (r == VAL_PENDING || r == VAL_ERR) return r;
        if (r != VAL_NOTIMPL) return r;
        s = vm->stack + vm->frames[fi].base;
        s[OP_STAGE] = val_from_small_int(stage + 1);
    }
}

/* ---- sorting by Python comparisons -------------------------------------------------------------
 * sorted(objs) / objs.sort() when the items (or keys) are class instances: a stable bottom-up
 * merge sort whose every `<` may run a Python __lt__, one comparison per step. reverse=True
 * reverses before and after, as CPython does, which keeps equal items in order. */

enum {
    PS_ITEMS,
    PS_KEYS,
    PS_TMP_ITEMS,
    PS_TMP_KEYS,
    PS_RESULT,
    PS_REVERSE,
    PS_WIDTH,
    PS_LO,
    PS_I,
    PS_J,
    PS_K,
    PS_NSLOTS
};

bool class_sort_needs_python(const Value *values, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (class_is_heap_instance(values[i])) return true;
    return false;
}

static void reverse_values(Value *v, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        Value t = v[i];
        v[i] = v[n - 1 - i];
        v[n - 1 - i] = t;
    }
}

Value class_sort(VM *vm, Value list, Value keys, bool reverse, Value result)
{
    ListObj *l = AS_LIST(list);
    Value tmp_items = list_from_array(vm, l->items, l->len);
    Value tmp_keys = keys == VAL_UNDEF
                         ? VAL_UNDEF
                         : list_from_array(vm, AS_LIST(keys)->items, AS_LIST(keys)->len);
    if (tmp_items == VAL_ERR || tmp_keys == VAL_ERR) return VAL_ERR;
    if (reverse) {
        reverse_values(l->items, l->len);
        if (keys != VAL_UNDEF) reverse_values(AS_LIST(keys)->items, AS_LIST(keys)->len);
    }
    Frame *f = vm_push_native(vm, CONT_PYSORT, PS_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[PS_ITEMS] = list;
    s[PS_KEYS] = keys;
    s[PS_TMP_ITEMS] = tmp_items;
    s[PS_TMP_KEYS] = tmp_keys;
    s[PS_RESULT] = result;
    s[PS_REVERSE] = val_from_bool(reverse);
    s[PS_WIDTH] = val_from_small_int(1);
    s[PS_LO] = val_from_small_int(0);
    s[PS_K] = val_from_small_int(-1);
    return vm_run_native(vm, f);
}

Value cont_pysort(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = (uint32_t)(f - vm->frames);
#define PS(i) (vm->stack[vm->frames[fi].base + (i)])
#define PSI(i) val_as_small_int(PS(i))
    if (incoming == VAL_ERR) return VAL_ERR;
    ListObj *items = AS_LIST(PS(PS_ITEMS));
    size_t n = items->len;
    if (AS_LIST(PS(PS_TMP_ITEMS))->len != n)
        return vm_raise(vm, &exc_ValueError, "list modified during sort");
    for (;;) {
        int64_t width = PSI(PS_WIDTH), lo = PSI(PS_LO), k = PSI(PS_K);
        if ((size_t)width >= n) break;
        if ((size_t)lo >= n) {
            /* A pass is complete: the merged runs become the list. */
            ListObj *t = AS_LIST(PS(PS_TMP_ITEMS));
            memcpy(items->items, t->items, n * sizeof(Value));
            if (PS(PS_KEYS) != VAL_UNDEF)
                memcpy(AS_LIST(PS(PS_KEYS))->items, AS_LIST(PS(PS_TMP_KEYS))->items,
                       n * sizeof(Value));
            PS(PS_WIDTH) = val_from_small_int(width * 2);
            PS(PS_LO) = val_from_small_int(0);
            continue;
        }
        int64_t mid = lo + width < (int64_t)n ? lo + width : (int64_t)n;
        int64_t hi = lo + 2 * width < (int64_t)n ? lo + 2 * width : (int64_t)n;
        int64_t i, j;
        if (k < 0) {
            i = lo, j = mid, k = lo;
        } else {
            i = PSI(PS_I), j = PSI(PS_J);
        }
        const Value *keys = PS(PS_KEYS) == VAL_UNDEF ? items->items : AS_LIST(PS(PS_KEYS))->items;
        Value *out = AS_LIST(PS(PS_TMP_ITEMS))->items;
        Value *out_keys = PS(PS_KEYS) == VAL_UNDEF ? NULL : AS_LIST(PS(PS_TMP_KEYS))->items;
        while (i < mid && j < hi) {
            int take_right;
            if (incoming != VAL_UNDEF) {
                take_right = ops_truthy(vm, incoming);
                incoming = VAL_UNDEF;
            } else {
                vm->pending_ok = true;
                Value r = ops_compare(vm, keys[j], keys[i], CMP_LT);
                vm->pending_ok = false;
                if (r == VAL_PENDING) {
                    PS(PS_I) = val_from_small_int(i);
                    PS(PS_J) = val_from_small_int(j);
                    PS(PS_K) = val_from_small_int(k);
                    return r;
                }
                if (r == VAL_ERR) return r;
                take_right = ops_truthy(vm, r);
            }
            if (take_right < 0) return VAL_ERR;
            /* The stack may have moved during the call: reload the arrays. */
            items = AS_LIST(PS(PS_ITEMS));
            keys = PS(PS_KEYS) == VAL_UNDEF ? items->items : AS_LIST(PS(PS_KEYS))->items;
            out = AS_LIST(PS(PS_TMP_ITEMS))->items;
            out_keys = PS(PS_KEYS) == VAL_UNDEF ? NULL : AS_LIST(PS(PS_TMP_KEYS))->items;
            int64_t from = take_right ? j++ : i++;
            out[k] = items->items[from];
            if (out_keys) out_keys[k] = keys[from];
            k++;
        }
        for (; i < mid; i++, k++) {
            out[k] = items->items[i];
            if (out_keys) out_keys[k] = keys[i];
        }
        for (; j < hi; j++, k++) {
            out[k] = items->items[j];
            if (out_keys) out_keys[k] = keys[j];
        }
        PS(PS_LO) = val_from_small_int(hi);
        PS(PS_K) = val_from_small_int(-1);
    }
    if (PS(PS_REVERSE) == VAL_TRUE) reverse_values(items->items, n);
    /* VAL_UNDEF: min()/max() want the first item of the sorted list. */
    if (PS(PS_RESULT) == VAL_UNDEF) return n ? items->items[0] : VAL_NONE;
    return PS(PS_RESULT);
#undef PS
#undef PSI
}

/* ---- sum() over class instances ----------------------------------------------------------------
 */

enum { SUM_ACC, SUM_ITEMS, SUM_INDEX, SUM_NSLOTS };

Value class_sum(VM *vm, Value start, Value items)
{
    Frame *f = vm_push_native(vm, CONT_SUM, SUM_NSLOTS);
    if (!f) return VAL_ERR;
    Value *s = frame_slots(vm, f);
    s[SUM_ACC] = start;
    s[SUM_ITEMS] = items;
    s[SUM_INDEX] = val_from_small_int(0);
    return vm_run_native(vm, f);
}

/* acc = acc + items[i], one addition (perhaps a Python __add__) per step. */
Value cont_sum(VM *vm, Frame *f, Value incoming)
{
    uint32_t fi = (uint32_t)(f - vm->frames);
#define SM(i) (vm->stack[vm->frames[fi].base + (i)])
    if (incoming == VAL_ERR) return VAL_ERR;
    if (incoming != VAL_UNDEF) SM(SUM_ACC) = incoming;
    for (;;) {
        Value items = SM(SUM_ITEMS);
        int64_t i = val_as_small_int(SM(SUM_INDEX));
        size_t n = IS_LIST(items) ? AS_LIST(items)->len : AS_TUPLE(items)->len;
        if ((size_t)i >= n) return SM(SUM_ACC);
        Value x = IS_LIST(items) ? AS_LIST(items)->items[i] : AS_TUPLE(items)->items[i];
        SM(SUM_INDEX) = val_from_small_int(i + 1);
        vm->pending_ok = true;
        Value r = ops_binop(vm, SM(SUM_ACC), x, BINOP_ADD, false);
        vm->pending_ok = false;
        if (r == VAL_PENDING || r == VAL_ERR) return r;
        SM(SUM_ACC) = r;
    }
#undef SM
}
