/* attr.c — attribute lookup on any value: instance dicts, builtin methods and members, types.
 * The sandbox wall lives here too: attributes that would lead to the interpreter's internals or
 * the host (__globals__, __code__, __subclasses__, frames...) are simply never provided. */
#include <string.h>

#include "class.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "ops.h"
#include "str.h"

const MethodDef *ops_find_method(const TypeObj *type, const char *name, size_t len,
                                 const MemberDef **member)
{
    *member = NULL;
    for (const TypeObj *t = type; t; t = t->base) {
        if (t->methods)
            for (const MethodDef *m = t->methods; m->name; m++)
                if (strncmp(m->name, name, len) == 0 && m->name[len] == '\0') return m;
        if (t->members)
            for (const MemberDef *m = t->members; m->name; m++)
                if (strncmp(m->name, name, len) == 0 && m->name[len] == '\0') {
                    *member = m;
                    return NULL;
                }
    }
    return NULL;
}

static Value native_alloc(VM *vm, const MethodDef *def, Value self, const TypeObj *owner,
                          NativeKind kind)
{
    NativeObj *n =
        gc_new(vm, sizeof(NativeObj), OBJ_NATIVE,
               kind == NATIVE_DESCRIPTOR ? &type_method_descriptor : &type_builtin_function);
    if (!n) return VAL_ERR;
    n->def = def;
    n->self = self;
    n->owner = owner;
    n->native_kind = (uint8_t)kind;
    return val_from_obj(n);
}

Value native_new_bound(VM *vm, const MethodDef *def, Value self)
{
    return native_alloc(vm, def, self, NULL, NATIVE_FUNCTION);
}

Value native_new_descriptor(VM *vm, const MethodDef *def, const TypeObj *owner)
{
    return native_alloc(vm, def, VAL_UNDEF, owner, NATIVE_DESCRIPTOR);
}

/* The dict holding an object's own attributes, or VAL_UNDEF. */
static Value own_dict(Value obj)
{
    if (!val_is_obj(obj)) return VAL_UNDEF;
    switch (val_as_obj(obj)->kind) {
    case OBJ_MODULE:
        return AS_MODULE(obj)->dict;
    case OBJ_INSTANCE:
        return AS_INSTANCE(obj)->dict;
    case OBJ_FUNCTION:
        return AS_FUNCTION(obj)->dict;
    case OBJ_EXCEPTION:
        return AS_EXCEPTION(obj)->dict;
    default:
        return VAL_UNDEF;
    }
}

/* A method found on a type, as seen through an instance (bound) or through the type itself. */
static Value method_value(VM *vm, const MethodDef *def, Value obj, const TypeObj *owner,
                          bool via_type)
{
    if (def->flags & METH_STATIC) return native_new_bound(vm, def, VAL_UNDEF);
    if (def->flags & METH_CLASS)
        return native_new_bound(vm, def, via_type ? obj : val_from_obj(vm_type_of(obj)));
    if (via_type) return native_new_descriptor(vm, def, owner);
    return native_new_bound(vm, def, obj);
}

static Value lookup_on_type(VM *vm, const TypeObj *type, Value obj, Value name, bool via_type)
{
    const MemberDef *member;
    const MethodDef *def = ops_find_method(type, str_data(name), str_len(name), &member);
    if (def) return method_value(vm, def, obj, type, via_type);
    if (member && !via_type) return member->get(vm, obj);
    return VAL_UNDEF;
}

Value ops_getattr_opt(VM *vm, Value obj, Value name)
{
    const TypeObj *type = vm_type_of(obj);
    /* Only a class's own attribute protocol (and super(), which applies it) may run Python
     * code (pending_ok, class.c). */
    if ((type->tflags & TYPE_HEAP) || type == &type_super) {
        Value r = type == &type_super ? type->getattr(vm, obj, name)
                                      : class_instance_getattr(vm, obj, name);
        vm->pending_ok = false;
        if (r == VAL_ERR && type == &type_super && vm_exc_matches(vm, &exc_AttributeError)) {
            vm_clear_exc(vm);
            return VAL_UNDEF;
        }
        return r;
    }
    vm->pending_ok = false;
    if (IS_TYPE(obj) && (AS_TYPE(obj)->tflags & TYPE_HEAP)) {
        Value r = class_type_getattr(vm, obj, name);
        if (r != VAL_UNDEF) return r;
        return lookup_on_type(vm, type, obj, name, false); /* __name__, __mro__... */
    }
    for (const TypeObj *t = type; t; t = t->base)
        if (t->getattr) {
            Value r = t->getattr(vm, obj, name);
            if (r != VAL_ERR || !vm_exc_matches(vm, &exc_AttributeError)) return r;
            vm_clear_exc(vm);
            return VAL_UNDEF;
        }
    Value dict = own_dict(obj);
    if (dict != VAL_UNDEF) {
        Value found;
        if (dict_get_str(vm, dict, name, &found)) return found;
    }
    if (IS_TYPE(obj)) {
        /* Attributes of the type object itself (int.from_bytes, str.lower), then the
         * metatype's members (__name__, __mro__). */
        Value r = lookup_on_type(vm, AS_TYPE(obj), obj, name, true);
        if (r != VAL_UNDEF) return r;
    }
    Value r = lookup_on_type(vm, type, obj, name, false);
    if (r == VAL_UNDEF && str_eq_cstr(name, "__class__")) return val_from_obj(type);
    return r;
}

Value ops_getattr(VM *vm, Value obj, Value name)
{
    Value r = ops_getattr_opt(vm, obj, name);
    if (r != VAL_UNDEF) return r;
    if (IS_TYPE(obj))
        vm_raise(vm, &exc_AttributeError, "type object '%s' has no attribute '%s'",
                 AS_TYPE(obj)->name, str_data(name));
    else if (val_is_kind(obj, OBJ_MODULE))
        vm_raise(vm, &exc_AttributeError, "module '%s' has no attribute '%s'",
                 str_data(AS_MODULE(obj)->name), str_data(name));
    else
        vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'", vm_type_name(obj),
                 str_data(name));
    exc_set_attribute_context(vm, obj, name);
    return VAL_ERR;
}

bool ops_setattr(VM *vm, Value obj, Value name, Value value)
{
    if (vm_type_of(obj)->tflags & TYPE_HEAP) {
        bool ok = class_instance_setattr(vm, obj, name, value);
        vm->pending_ok = false;
        return ok;
    }
    vm->pending_ok = false;
    if (IS_TYPE(obj) && (AS_TYPE(obj)->tflags & TYPE_HEAP)) {
        vm->class_epoch++; /* class attributes changed: attribute caches revalidate */
        Value dict = AS_TYPE(obj)->dict;
        if (value != VAL_UNDEF) return dict_set(vm, dict, name, value);
        int r = dict_del(vm, dict, name);
        if (r == 0)
            vm_raise(vm, &exc_AttributeError, "type object '%s' has no attribute '%s'",
                     AS_TYPE(obj)->name, str_data(name));
        return r == 1;
    }
    for (const TypeObj *t = vm_type_of(obj); t; t = t->base)
        if (t->setattr) return t->setattr(vm, obj, name, value);
    Value *slot = NULL;
    if (val_is_kind(obj, OBJ_FUNCTION))
        slot = &AS_FUNCTION(obj)->dict;
    else if (val_is_kind(obj, OBJ_INSTANCE))
        slot = &AS_INSTANCE(obj)->dict;
    else if (val_is_kind(obj, OBJ_MODULE))
        slot = &AS_MODULE(obj)->dict;
    else if (val_is_kind(obj, OBJ_EXCEPTION))
        slot = &AS_EXCEPTION(obj)->dict;
    const MemberDef *member;
    ops_find_method(vm_type_of(obj), str_data(name), str_len(name), &member);
    if (member && member->set) return member->set(vm, obj, value);
    if (!slot) {
        if (member)
            vm_raise(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                     str_data(name), vm_type_name(obj));
        else if (ops_getattr_opt(vm, obj, name) != VAL_UNDEF)
            vm_raise(vm, &exc_AttributeError, "'%s' object attribute '%s' is read-only",
                     vm_type_name(obj), str_data(name));
        else
            vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'",
                     vm_type_name(obj), str_data(name));
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
