/* typeobj.c — type, object, NoneType, NotImplementedType, ellipsis, module. */
#include <string.h>

#include "buf.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- type -------------------------------------------------------------------------------- */

static Value type_repr(VM *vm, Value self)
{
    Buf b;
    buf_init(&b, vm);
    const TypeObj *t = AS_TYPE(self);
    if (t->tflags & TYPE_HEAP) buf_printf(&b, "<class '__main__.%s'>", t->name);
    else buf_printf(&b, "<class '%s'>", t->name);
    return buf_finish_str(&b);
}

static Value type_get_name(VM *vm, Value self) { return str_from_cstr(vm, AS_TYPE(self)->name); }

static Value type_get_module(VM *vm, Value self)
{
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

static Value type_get_doc(VM *vm, Value self) { return VAL_NONE; }

static Value type_construct(VM *vm, const TypeObj *type, const Value *args, int nargs,
                            Value kwnames)
{
    if (nargs == 1 && (kwnames == VAL_UNDEF || AS_TUPLE(kwnames)->len == 0))
        return val_from_obj(vm_type_of(args[0]));
    if (nargs == 3)
        return vm_raise(vm, &exc_TypeError, "type() with 3 arguments is not supported yet");
    return vm_raise(vm, &exc_TypeError, "type() takes 1 or 3 arguments");
}

static const MemberDef type_members[] = {
    {"__name__", type_get_name, NULL},     {"__qualname__", type_get_name, NULL},
    {"__module__", type_get_module, NULL}, {"__base__", type_get_base, NULL},
    {"__bases__", type_get_bases, NULL},   {"__mro__", type_get_mro, NULL},
    {"__doc__", type_get_doc, NULL},       {NULL, NULL, NULL},
};

const TypeObj type_type = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "type",
    .base = &type_object,
    .layout = OBJ_TYPE,
    .members = type_members,
    .construct = type_construct,
    .repr = type_repr,
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

static void instance_trace(VM *vm, Obj *o) { gc_mark_value(vm, ((InstanceObj *)o)->dict); }

const TypeObj type_object = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "object",
    .base = NULL,
    .layout = OBJ_INSTANCE,
    .tflags = TYPE_BASETYPE,
    .construct = object_construct,
    .repr = object_repr,
    .hash = object_hash,
    .trace = instance_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- singletons -------------------------------------------------------------------------- */

static Value none_repr(VM *vm, Value self) { return str_from_cstr(vm, "None"); }
static int none_truth(VM *vm, Value self) { return 0; }
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

static Value notimpl_repr(VM *vm, Value self) { return str_from_cstr(vm, "NotImplemented"); }

const TypeObj type_notimplemented = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "NotImplementedType",
    .base = &type_object,
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

static Value ellipsis_repr(VM *vm, Value self) { return str_from_cstr(vm, "Ellipsis"); }

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

static Value module_get_dict(VM *vm, Value self) { return AS_MODULE(self)->dict; }

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
