/* function.c — Python functions, bound methods, builtin functions/methods, cells.
 * Deliberately absent (the sandbox wall): __globals__, __code__, __closure__, __builtins__. */
#include "buf.h"
#include "code.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- function ---------------------------------------------------------------------------- */

static Value function_repr(VM *vm, Value self)
{
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, "<function ");
    buf_append_str(&b, AS_FUNCTION(self)->qualname);
    buf_printf(&b, " at %p>", (void *)val_as_obj(self));
    return buf_finish_str(&b);
}

static void function_trace(VM *vm, Obj *o)
{
    FunctionObj *f = (FunctionObj *)o;
    gc_mark_obj(vm, (Obj *)f->code);
    gc_mark_value(vm, f->globals);
    gc_mark_value(vm, f->defaults);
    gc_mark_value(vm, f->kwdefaults);
    gc_mark_value(vm, f->closure);
    gc_mark_value(vm, f->name);
    gc_mark_value(vm, f->qualname);
    gc_mark_value(vm, f->doc);
    gc_mark_value(vm, f->dict);
    gc_mark_value(vm, f->module);
}

static Value function_get_name(VM *vm, Value self)
{
    return AS_FUNCTION(self)->name;
}
static Value function_get_qualname(VM *vm, Value self)
{
    return AS_FUNCTION(self)->qualname;
}
static Value function_get_doc(VM *vm, Value self)
{
    return AS_FUNCTION(self)->doc;
}
static Value function_get_module(VM *vm, Value self)
{
    return AS_FUNCTION(self)->module;
}
static Value function_get_defaults(VM *vm, Value self)
{
    Value d = AS_FUNCTION(self)->defaults;
    return d == VAL_UNDEF ? VAL_NONE : d;
}
static Value function_get_kwdefaults(VM *vm, Value self)
{
    Value d = AS_FUNCTION(self)->kwdefaults;
    return d == VAL_UNDEF ? VAL_NONE : d;
}
static Value function_get_dict(VM *vm, Value self)
{
    FunctionObj *f = AS_FUNCTION(self);
    if (f->dict == VAL_UNDEF) {
        Value d = dict_new(vm);
        if (d == VAL_ERR) return VAL_ERR;
        f->dict = d;
    }
    return f->dict;
}

static bool set_str_field(VM *vm, Value *field, Value value, const char *what)
{
    if (!IS_STR(value)) {
        vm_raise(vm, &exc_TypeError, "__%s__ must be set to a string object", what);
        return false;
    }
    *field = value;
    return true;
}
static bool function_set_name(VM *vm, Value self, Value value)
{
    return set_str_field(vm, &AS_FUNCTION(self)->name, value, "name");
}
static bool function_set_qualname(VM *vm, Value self, Value value)
{
    return set_str_field(vm, &AS_FUNCTION(self)->qualname, value, "qualname");
}
static bool function_set_doc(VM *vm, Value self, Value value)
{
    AS_FUNCTION(self)->doc = value == VAL_UNDEF ? VAL_NONE : value;
    return true;
}
static bool function_set_module(VM *vm, Value self, Value value)
{
    AS_FUNCTION(self)->module = value == VAL_UNDEF ? VAL_NONE : value;
    return true;
}

/* __annotations__: from the function's attribute dict; an empty dict when it had none. */
static Value function_get_annotations(VM *vm, Value self)
{
    Value dict = function_get_dict(vm, self), k = vm_name(vm, "__annotations__"), v;
    if (dict == VAL_ERR || k == VAL_ERR) return VAL_ERR;
    if (dict_get_str(vm, dict, k, &v)) return v;
    v = dict_new(vm);
    if (v == VAL_ERR || !dict_set(vm, dict, k, v)) return VAL_ERR;
    return v;
}

static const MemberDef function_members[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__doc__", function_get_doc, function_set_doc},
    {"__module__", function_get_module, function_set_module},
    {"__defaults__", function_get_defaults, NULL},
    {"__kwdefaults__", function_get_kwdefaults, NULL},
    {"__dict__", function_get_dict, NULL},
    {"__annotations__", function_get_annotations, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_function = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "function",
    .base = &type_object,
    .layout = OBJ_FUNCTION,
    .members = function_members,
    .repr = function_repr,
    .trace = function_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- bound Python method ------------------------------------------------------------------ */

static Value method_repr(VM *vm, Value self)
{
    BoundMethodObj *m = AS_BOUND_METHOD(self);
    Value inner = ops_repr(vm, m->self);
    if (inner == VAL_ERR) return VAL_ERR;
    Buf b;
    buf_init(&b, vm);
    buf_append_cstr(&b, "<bound method ");
    if (IS_FUNCTION(m->func)) buf_append_str(&b, AS_FUNCTION(m->func)->qualname);
    buf_append_cstr(&b, " of ");
    buf_append_str(&b, inner);
    buf_append_cstr(&b, ">");
    return buf_finish_str(&b);
}

static void method_trace(VM *vm, Obj *o)
{
    BoundMethodObj *m = (BoundMethodObj *)o;
    gc_mark_value(vm, m->func);
    gc_mark_value(vm, m->self);
}

static Value method_get_self(VM *vm, Value self)
{
    return AS_BOUND_METHOD(self)->self;
}
static Value method_get_func(VM *vm, Value self)
{
    return AS_BOUND_METHOD(self)->func;
}
static Value method_get_name(VM *vm, Value self)
{
    return ops_getattr(vm, AS_BOUND_METHOD(self)->func, str_from_cstr(vm, "__name__"));
}

static Value method_get_from_func(VM *vm, Value self, const char *attr)
{
    Value name = vm_name(vm, attr);
    return name == VAL_ERR ? VAL_ERR : ops_getattr(vm, AS_BOUND_METHOD(self)->func, name);
}
static Value method_get_qualname(VM *vm, Value self)
{
    return method_get_from_func(vm, self, "__qualname__");
}
static Value method_get_doc(VM *vm, Value self)
{
    return method_get_from_func(vm, self, "__doc__");
}
static Value method_get_module(VM *vm, Value self)
{
    return method_get_from_func(vm, self, "__module__");
}

static const MemberDef method_members[] = {
    {"__self__", method_get_self, NULL},
    {"__func__", method_get_func, NULL},
    {"__name__", method_get_name, NULL},
    {"__qualname__", method_get_qualname, NULL},
    {"__doc__", method_get_doc, NULL},
    {"__module__", method_get_module, NULL},
    {NULL, NULL, NULL},
};

const TypeObj type_method = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "method",
    .base = &type_object,
    .layout = OBJ_BOUND_METHOD,
    .members = method_members,
    .repr = method_repr,
    .trace = method_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- builtin functions, bound builtin methods, method descriptors ------------------------- */

static Value native_repr(VM *vm, Value self)
{
    NativeObj *n = AS_NATIVE(self);
    Buf b;
    buf_init(&b, vm);
    if (n->native_kind == NATIVE_DESCRIPTOR) {
        buf_printf(&b, "<method '%s' of '%s' objects>", n->def->name, n->owner->name);
    } else if (n->self == VAL_UNDEF) {
        buf_printf(&b, "<built-in function %s>", n->def->name);
    } else if (IS_TYPE(n->self)) {
        buf_printf(&b, "<built-in method %s of type object at %p>", n->def->name,
                   (void *)val_as_obj(n->self));
    } else {
        buf_printf(&b, "<built-in method %s of %s object at %p>", n->def->name,
                   vm_type_name(n->self), (void *)val_as_obj(n->self));
    }
    return buf_finish_str(&b);
}

static void native_trace(VM *vm, Obj *o)
{
    gc_mark_value(vm, ((NativeObj *)o)->self);
}

static Value native_get_name(VM *vm, Value self)
{
    return str_from_cstr(vm, AS_NATIVE(self)->def->name);
}
static Value native_get_qualname(VM *vm, Value self)
{
    NativeObj *n = AS_NATIVE(self);
    const TypeObj *owner = n->owner;
    if (!owner && n->self != VAL_UNDEF)
        owner = IS_TYPE(n->self) ? AS_TYPE(n->self) : vm_type_of(n->self);
    if (!owner) return str_from_cstr(vm, n->def->name);
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "%s.%s", owner->name, n->def->name);
    return buf_finish_str(&b);
}
static Value native_get_self(VM *vm, Value self)
{
    Value s = AS_NATIVE(self)->self;
    return s == VAL_UNDEF ? VAL_NONE : s;
}
static Value native_get_doc(VM *vm, Value self)
{
    return VAL_NONE;
}

static const MemberDef native_members[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_qualname, NULL},
    {"__self__", native_get_self, NULL},
    {"__doc__", native_get_doc, NULL},
    {NULL, NULL, NULL},
};

static bool native_hash(VM *vm, Value self, int64_t *out)
{
    NativeObj *n = AS_NATIVE(self);
    int64_t h = (int64_t)((uintptr_t)n->def >> 4);
    if (n->self != VAL_UNDEF) {
        int64_t hs;
        if (!ops_hash(vm, n->self, &hs)) return false;
        h ^= hs;
    }
    *out = h == -1 ? -2 : h;
    return true;
}

static Value native_compare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_NATIVE(b)) return VAL_NOTIMPL;
    NativeObj *x = AS_NATIVE(a), *y = AS_NATIVE(b);
    bool eq = x->def == y->def && x->self == y->self && x->native_kind == y->native_kind;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

const TypeObj type_builtin_function = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "builtin_function_or_method",
    .base = &type_object,
    .layout = OBJ_NATIVE,
    .members = native_members,
    .repr = native_repr,
    .hash = native_hash,
    .compare = native_compare,
    .trace = native_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

const TypeObj type_method_descriptor = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "method_descriptor",
    .base = &type_object,
    .layout = OBJ_NATIVE,
    .members = native_members,
    .repr = native_repr,
    .hash = native_hash,
    .compare = native_compare,
    .trace = native_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

/* ---- cell -------------------------------------------------------------------------------- */

static void cell_trace(VM *vm, Obj *o)
{
    gc_mark_value(vm, ((CellObj *)o)->value);
}

static Value cell_repr(VM *vm, Value self)
{
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "<cell at %p>", (void *)val_as_obj(self));
    return buf_finish_str(&b);
}

const TypeObj type_cell = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "cell",
    .base = &type_object,
    .layout = OBJ_CELL,
    .repr = cell_repr,
    .trace = cell_trace,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};
