/* typeobj.c — type, object, NoneType, NotImplementedType, ellipsis, module. */
#include <string.h>

#include "buf.h"
#include "class.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- type -------------------------------------------------------------------------------- */

/* A heap type's entry in its namespace (__qualname__, __module__), or VAL_UNDEF. */
static Value heap_type_entry(VM *vm, const TypeObj *t, const char *key)
{
    Value v, k = vm_name(vm, key);
    if (!(t->tflags & TYPE_HEAP) || k == VAL_ERR || !dict_get_str(vm, t->dict, k, &v))
        return VAL_UNDEF;
    return IS_STR(v) ? v : VAL_UNDEF;
}

static Value type_repr(VM *vm, Value self)
{
    Buf b;
    buf_init(&b, vm);
    const TypeObj *t = AS_TYPE(self);
    Value mod = heap_type_entry(vm, t, "__module__"), qual = heap_type_entry(vm, t, "__qualname__");
    buf_append_cstr(&b, "<class '");
    if (IS_STR(mod) && !str_eq_cstr(mod, "builtins")) {
        buf_append_str(&b, mod);
        buf_append_char(&b, '.');
    }
    if (IS_STR(qual))
        buf_append_str(&b, qual);
    else
        buf_append_cstr(&b, t->name);
    buf_append_cstr(&b, "'>");
    return buf_finish_str(&b);
}

static Value type_get_name(VM *vm, Value self)
{
    return str_from_cstr(vm, AS_TYPE(self)->name);
}

static Value type_get_qualname(VM *vm, Value self)
{
    Value q = heap_type_entry(vm, AS_TYPE(self), "__qualname__");
    return q != VAL_UNDEF ? q : type_get_name(vm, self);
}

static Value type_get_module(VM *vm, Value self)
{
    Value m = heap_type_entry(vm, AS_TYPE(self), "__module__");
    if (m != VAL_UNDEF) return m;
    return str_from_cstr(vm, AS_TYPE(self)->tflags & TYPE_HEAP ? "__main__" : "builtins");
}

static Value type_get_base(VM *vm, Value self)
{
    (void)vm;
    const TypeObj *base = AS_TYPE(self)->base;
    if (!base && AS_TYPE(self) != &type_object) base = &type_object;
    return base ? val_from_obj(base) : VAL_NONE;
}

static Value type_get_mro(VM *vm, Value self)
{
    const TypeObj *t = AS_TYPE(self);
    if (t->mro != VAL_UNDEF) return t->mro;
    size_t n = 0;
    for (const TypeObj *s = t; s; s = s->base) n++;
    bool add_object = false;
    const TypeObj *last = t;
    while (last->base) last = last->base;
    if (last != &type_object) add_object = true;
    Value tup = tuple_new(vm, n + add_object);
    if (tup == VAL_ERR) return VAL_ERR;
    size_t i = 0;
    for (const TypeObj *s = t; s; s = s->base) AS_TUPLE(tup)->items[i++] = val_from_obj(s);
    if (add_object) AS_TUPLE(tup)->items[i] = val_from_obj(&type_object);
    return tup;
}

static Value type_get_bases(VM *vm, Value self)
{
    if (AS_TYPE(self) == &type_object) return tuple_empty();
    Value base = type_get_base(vm, self);
    return tuple_from_array(vm, &base, 1);
}

static Value type_get_doc(VM *vm, Value self)
{
    Value d, k = vm_name(vm, "__doc__");
    const TypeObj *t = AS_TYPE(self);
    if ((t->tflags & TYPE_HEAP) && k != VAL_ERR && dict_get_str(vm, t->dict, k, &d)) return d;
    return VAL_NONE;
}

static Value type_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                            Value kwnames)
{
    if (nargs == 1 && (kwnames == VAL_UNDEF || AS_TUPLE(kwnames)->len == 0))
        return val_from_obj(vm_type_of(args[0]));
    if (nargs == 3) {
        /* type(name, bases, namespace): a class without a class statement. */
        static const char *const wanted[] = {"str", "tuple", "dict"};
        bool ok[3] = {IS_STR(args[0]), IS_TUPLE(args[1]), IS_DICT(args[2])};
        for (int i = 0; i < 3; i++)
            if (!ok[i])
                return vm_raise(vm, &exc_TypeError, "type.__new__() argument %d must be %s, not %s",
                                i + 1, wanted[i], vm_type_name(args[i]));
        Value ns = dict_new(vm);
        if (ns == VAL_ERR || !dict_update(vm, ns, args[2])) return VAL_ERR;
        Value qual = vm_name(vm, "__qualname__"), existing;
        if (qual == VAL_ERR) return VAL_ERR;
        if (!dict_get_str(vm, ns, qual, &existing) && !dict_set(vm, ns, qual, args[0]))
            return VAL_ERR;
        Value mod = vm_name(vm, "__module__");
        Value main = mod == VAL_ERR ? VAL_ERR : str_from_cstr(vm, "__main__");
        if (main == VAL_ERR) return VAL_ERR;
        if (!dict_get_str(vm, ns, mod, &existing) && !dict_set(vm, ns, mod, main)) return VAL_ERR;
        return class_new_type(vm, args[0], args[1], ns);
    }
    return vm_raise(vm, &exc_TypeError, "type() takes 1 or 3 arguments");
}

static Value type_getitem(VM *vm, Value self, Value key);

static Value type_m_mro(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "mro", kwnames) || !args_count(vm, "mro", nargs - 1, 0, 0)) return VAL_ERR;
    Value t = type_get_mro(vm, args[0]);
    return t == VAL_ERR ? VAL_ERR : list_from_array(vm, AS_TUPLE(t)->items, AS_TUPLE(t)->len);
}

static const MethodDef type_methods[] = {
    {"mro", type_m_mro, 0},
    {NULL, NULL, 0},
};

/* A class's namespace (CPython returns a read-only mappingproxy; this is the dict itself). A
 * builtin type gets a fresh dict of its methods. */
static Value type_get_dict(VM *vm, Value self)
{
    const TypeObj *t = AS_TYPE(self);
    if (t->tflags & TYPE_HEAP) return t->dict;
    Value d = dict_new(vm);
    if (d == VAL_ERR || !t->methods) return d;
    for (const MethodDef *m = t->methods; m->name; m++) {
        Value k = str_intern_cstr(vm, m->name);
        Value v = k == VAL_ERR ? VAL_ERR : native_new_descriptor(vm, m, t);
        if (v == VAL_ERR || !dict_set(vm, d, k, v)) return VAL_ERR;
    }
    return d;
}

static const MemberDef type_members[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_qualname, NULL},
    {"__module__", type_get_module, NULL},
    {"__base__", type_get_base, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__doc__", type_get_doc, NULL},
    {"__dict__", type_get_dict, NULL},
    {NULL, NULL, NULL},
};

/* Heap types (class statements) hold their namespace, MRO and bases. */
static void type_trace(VM *vm, Obj *o)
{
    TypeObj *t = (TypeObj *)o;
    gc_mark_value(vm, t->dict);
    gc_mark_value(vm, t->mro);
    if (t->base) gc_mark_obj(vm, (Obj *)t->base);
}

const TypeObj type_type = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "type",
    .base = &type_object,
    .layout = OBJ_TYPE,
    .methods = type_methods,
    .members = type_members,
    .construct = type_construct,
    .repr = type_repr,
    .getitem = type_getitem,
    .trace = type_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- object ------------------------------------------------------------------------------ */

static bool object_hash(VM *vm, Value self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)((uintptr_t)val_as_obj(self) >> 4);
    return true;
}

static Value object_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                              Value kwnames)
{
    if (nargs || (kwnames != VAL_UNDEF && AS_TUPLE(kwnames)->len))
        return vm_raise(vm, &exc_TypeError, "object() takes no arguments");
    InstanceObj *o = gc_new(vm, sizeof(InstanceObj), OBJ_INSTANCE, type);
    if (!o) return VAL_ERR;
    o->dict = VAL_UNDEF;
    return val_from_obj(o);
}

static Value object_repr(VM *vm, Value self)
{
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "<%s object at %p>", vm_type_name(self), (void *)val_as_obj(self));
    return buf_finish_str(&b);
}

static void instance_trace(VM *vm, Obj *o)
{
    gc_mark_value(vm, ((InstanceObj *)o)->dict);
}

/* object's methods, reached through super() and explicit calls (object.__setattr__(self, ...)). */
static Value object_m_init(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (nargs > 1 || (kwnames != VAL_UNDEF && AS_TUPLE(kwnames)->len))
        return vm_raise(
            vm, &exc_TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)");
    return VAL_NONE;
}

static Value object_m_init_subclass(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (nargs > 1 || (kwnames != VAL_UNDEF && AS_TUPLE(kwnames)->len))
        return vm_raise(vm, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        IS_TYPE(args[0]) ? AS_TYPE(args[0])->name : "object");
    return VAL_NONE;
}

static Value object_m_setattr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__setattr__", kwnames) || !args_count(vm, "__setattr__", nargs - 1, 2, 2))
        return VAL_ERR;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &exc_TypeError, "attribute name must be string, not '%s'",
                        vm_type_name(args[1]));
    return class_store_in_dict(vm, args[0], args[1], args[2]) ? VAL_NONE : VAL_ERR;
}

static Value object_m_delattr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (!args_no_kw(vm, "__delattr__", kwnames) || !args_count(vm, "__delattr__", nargs - 1, 1, 1))
        return VAL_ERR;
    return class_store_in_dict(vm, args[0], args[1], VAL_UNDEF) ? VAL_NONE : VAL_ERR;
}

static Value object_m_repr(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return class_default_repr(vm, args[0]);
}

static Value object_m_eq(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (nargs != 2) return vm_raise(vm, &exc_TypeError, "expected 1 argument, got %d", nargs - 1);
    return args[0] == args[1] ? VAL_TRUE : VAL_NOTIMPL;
}

static Value object_m_ne(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (nargs != 2) return vm_raise(vm, &exc_TypeError, "expected 1 argument, got %d", nargs - 1);
    return args[0] == args[1] ? VAL_FALSE : VAL_NOTIMPL;
}

static Value object_m_hash(VM *vm, const Value *args, int nargs, Value kwnames)
{
    return int_from_i64(vm, (int64_t)((uintptr_t)val_as_obj(args[0]) >> 4));
}

/* object.__new__(cls, ...): the instance, made by cls's builtin base. */
static Value object_m_new(VM *vm, const Value *args, int nargs, Value kwnames)
{
    if (nargs < 1 || !IS_TYPE(args[0]))
        return vm_raise(vm, &exc_TypeError, "object.__new__(X): X is not a type object");
    const TypeObj *t = AS_TYPE(args[0]);
    /* Arguments beyond cls go to the builtin base only when it uses them (tuple, int, str...). */
    bool plain = t->layout == OBJ_INSTANCE;
    return class_new_instance(vm, t, args + 1, plain ? 0 : nargs - 1, plain ? VAL_UNDEF : kwnames);
}

static const MethodDef object_methods[] = {
    {"__new__", object_m_new, METH_STATIC},
    {"__init__", object_m_init, 0},
    {"__init_subclass__", object_m_init_subclass, METH_CLASS},
    {"__setattr__", object_m_setattr, 0},
    {"__delattr__", object_m_delattr, 0},
    {"__repr__", object_m_repr, 0},
    {"__str__", object_m_repr, 0},
    {"__eq__", object_m_eq, 0},
    {"__ne__", object_m_ne, 0},
    {"__hash__", object_m_hash, 0},
    {NULL, NULL, 0},
};

const TypeObj type_object = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "object",
    .base = NULL,
    .layout = OBJ_INSTANCE,
    .tflags = TYPE_BASETYPE,
    .methods = object_methods,
    .construct = object_construct,
    .repr = object_repr,
    .hash = object_hash,
    .trace = instance_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- singletons -------------------------------------------------------------------------- */

static Value none_repr(VM *vm, Value self)
{
    return str_from_cstr(vm, "None");
}
static int none_truth(VM *vm, Value self)
{
    return 0;
}
static bool singleton_hash(VM *vm, Value self, int64_t *out)
{
    /* Fixed per singleton, so dict/set order is deterministic across runs. */
    *out = (int64_t)(self & 0xffff) * 0x9e3779b1;
    return true;
}

static Value none_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                            Value kwnames)
{
    if (nargs || (kwnames != VAL_UNDEF && AS_TUPLE(kwnames)->len))
        return vm_raise(vm, &exc_TypeError, "NoneType takes no arguments");
    return VAL_NONE;
}

const TypeObj type_none = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "NoneType",
    .base = &type_object,
    .construct = none_construct,
    .repr = none_repr,
    .hash = singleton_hash,
    .truth = none_truth,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

static Value notimpl_repr(VM *vm, Value self)
{
    return str_from_cstr(vm, "NotImplemented");
}

const TypeObj type_notimplemented = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "NotImplementedType",
    .base = &type_object,
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

static Value ellipsis_repr(VM *vm, Value self)
{
    return str_from_cstr(vm, "Ellipsis");
}

const TypeObj type_ellipsis = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "ellipsis",
    .base = &type_object,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- module ------------------------------------------------------------------------------ */

static Value module_repr(VM *vm, Value self)
{
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "<module '%s'>", str_data(AS_MODULE(self)->name));
    return buf_finish_str(&b);
}

static void module_trace(VM *vm, Obj *o)
{
    ModuleObj *m = (ModuleObj *)o;
    gc_mark_value(vm, m->name);
    gc_mark_value(vm, m->dict);
}

static Value module_get_dict(VM *vm, Value self)
{
    return AS_MODULE(self)->dict;
}

static const MemberDef module_members[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_module = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "module",
    .base = &type_object,
    .layout = OBJ_MODULE,
    .members = module_members,
    .repr = module_repr,
    .trace = module_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- types.GenericAlias: list[int], dict[str, int] ----------------------------------------- */

/* Builtin types that accept subscription (they define __class_getitem__ in CPython). */
static bool type_is_generic(const TypeObj *t)
{
    static const char *const names[] = {"list", "dict", "tuple", "set", "frozenset", "type"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(t->name, names[i]) == 0 && (t->hdr.flags & OBJ_STATIC)) return true;
    return false;
}

static Value type_getitem(VM *vm, Value self, Value key)
{
    const TypeObj *t = AS_TYPE(self);
    if (t->tflags & TYPE_HEAP) {
        /* __class_getitem__ is implicitly a classmethod. */
        Value fn = class_lookup(vm, t, "__class_getitem__");
        if (fn != VAL_UNDEF) {
            if (val_is_kind(fn, OBJ_CLASSMETHOD)) fn = ((WrapperObj *)val_as_obj(fn))->func;
            Value argv[2] = {self, key};
            return class_call_dunder(vm, fn, argv, 2, "__class_getitem__");
        }
    }
    if (!type_is_generic(t))
        return vm_raise(vm, &exc_TypeError, "type '%s' is not subscriptable", t->name);
    Value args = IS_TUPLE(key) ? key : tuple_from_array(vm, &key, 1);
    if (args == VAL_ERR) return VAL_ERR;
    GenericAliasObj *a =
        gc_new(vm, sizeof(GenericAliasObj), OBJ_GENERIC_ALIAS, &type_generic_alias);
    if (!a) return VAL_ERR;
    a->origin = self;
    a->args = args;
    return val_from_obj(a);
}

/* typing's _type_repr: builtin types by name, everything else by repr. */
static bool alias_arg_repr(VM *vm, Buf *b, Value arg)
{
    if (IS_TYPE(arg) && !(AS_TYPE(arg)->tflags & TYPE_HEAP)) {
        buf_append_cstr(b, AS_TYPE(arg)->name);
        return true;
    }
    if (arg == VAL_ELLIPSIS) {
        buf_append_cstr(b, "...");
        return true;
    }
    Value r = ops_repr(vm, arg);
    if (r == VAL_ERR) return false;
    buf_append_str(b, r);
    return true;
}

static Value alias_repr(VM *vm, Value self)
{
    GenericAliasObj *a = (GenericAliasObj *)val_as_obj(self);
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, AS_TYPE(a->origin)->name);
    buf_append_char(&b, '[');
    TupleObj *args = AS_TUPLE(a->args);
    if (args->len == 0) buf_append_cstr(&b, "()");
    for (size_t i = 0; i < args->len; i++) {
        if (i) buf_append_cstr(&b, ", ");
        if (!alias_arg_repr(vm, &b, args->items[i])) {
            buf_free(&b);
            return VAL_ERR;
        }
    }
    buf_append_char(&b, ']');
    return buf_finish_str(&b);
}

static Value alias_call(VM *vm, Value self, const Value *args, int nargs, Value kwnames)
{
    return vm_call(vm, ((GenericAliasObj *)val_as_obj(self))->origin, args, nargs, kwnames);
}

static void alias_trace(VM *vm, Obj *o)
{
    GenericAliasObj *a = (GenericAliasObj *)o;
    gc_mark_value(vm, a->origin);
    gc_mark_value(vm, a->args);
}

static Value alias_get_origin(VM *vm, Value self)
{
    return ((GenericAliasObj *)val_as_obj(self))->origin;
}
static Value alias_get_args(VM *vm, Value self)
{
    return ((GenericAliasObj *)val_as_obj(self))->args;
}

static Value alias_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_kind(b, OBJ_GENERIC_ALIAS)) return VAL_NOTIMPL;
    GenericAliasObj *x = (GenericAliasObj *)val_as_obj(a), *y = (GenericAliasObj *)val_as_obj(b);
    int eq = x->origin == y->origin ? ops_equal(vm, x->args, y->args) : 0;
    if (eq < 0) return VAL_ERR;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static bool alias_hash(VM *vm, Value self, int64_t *out)
{
    GenericAliasObj *a = (GenericAliasObj *)val_as_obj(self);
    int64_t h;
    if (!ops_hash(vm, a->args, &h)) return false;
    *out = h ^ (int64_t)((uintptr_t)val_as_obj(a->origin) >> 4);
    if (*out == -1) *out = -2;
    return true;
}

static const MemberDef alias_members[] = {
    {"__origin__", alias_get_origin, NULL},
    {"__args__", alias_get_args, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_generic_alias = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "GenericAlias",
    .base = &type_object,
    .layout = OBJ_GENERIC_ALIAS,
    .members = alias_members,
    .repr = alias_repr,
    .hash = alias_hash,
    .compare = alias_compare,
    .call = alias_call,
    .trace = alias_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
