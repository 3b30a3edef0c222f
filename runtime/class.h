/* class.h — class statements, heap types and their instances (class.c). */
#ifndef GARTER_CLASS_H
#define GARTER_CLASS_H

#include "buf.h"
#include "vm.h"

/* classmethod and staticmethod objects. */
typedef struct WrapperObj {
    Obj hdr;
    Value func;
} WrapperObj;

typedef struct PropertyObj {
    Obj hdr;
    Value fget, fset, fdel, doc; /* VAL_NONE when absent */
} PropertyObj;

typedef struct SuperObj {
    Obj hdr;
    Value start; /* the class whose successors in the MRO are searched */
    Value obj;   /* the instance (or class) methods bind to */
} SuperObj;

extern const TypeObj type_classmethod, type_staticmethod, type_property, type_super;
extern const MethodDef class_build_class_def; /* __build_class__ */

/* A heap type from a class statement's name, bases tuple and namespace dict. */
Value class_new_type(VM *vm, Value name, Value bases, Value ns);
/* What `name` (a C string) is bound to in a heap type of t's MRO (VAL_UNDEF: not defined in
 * Python; builtin methods do not count). */
Value class_lookup(VM *vm, const TypeObj *t, const char *name);
/* The first definition of `name` (a str) in t's MRO: a Python value, or for a builtin method
 * *def is set. *owner (if given) receives the class that defines it. VAL_UNDEF if none. */
Value class_lookup_def(VM *vm, const TypeObj *t, Value name, const TypeObj **owner,
                       const MethodDef **def);
/* Attribute access on an instance of a heap type / on a heap type itself: VAL_UNDEF when there
 * is no such attribute (no exception), VAL_PENDING when a property or __getattr__ runs. */
Value class_instance_getattr(VM *vm, Value obj, Value name);
Value class_type_getattr(VM *vm, Value cls, Value name);
bool class_instance_setattr(VM *vm, Value obj, Value name, Value value);
bool class_store_in_dict(VM *vm, Value obj, Value name, Value value);
/* Call a dunder: Python code only while vm->pending_ok (see class.c). */
Value class_call_dunder(VM *vm, Value fn, const Value *args, int nargs, const char *what);
/* <__main__.C object at 0x...> */
Value class_default_repr(VM *vm, Value self);
/* a != b for a class defining only __eq__. */
Value class_negate_eq(VM *vm, Value a, Value b);
/* fn(args) converted to a bool (negated, or from a __len__ result); `strict_bool`: the result
 * must already be a bool (__bool__'s rule); may pend. */
Value class_call_as_bool(VM *vm, Value fn, const Value *args, int nargs, bool negate, bool from_len,
                         bool strict_bool);
/* The truth value of an instance of a heap type (__bool__, then __len__); may pend. */
Value class_truth(VM *vm, Value v);
/* print(obj): str() every instance of a heap type among args (Python __str__ calls), then run
 * the current builtin again with the strings. */
bool class_args_need_str(VM *vm, const Value *args, int nargs);
Value class_str_args_then_rerun(VM *vm, const Value *args, int nargs, Value kwnames);

/* a OP b (or a comparison when is_cmp) where an operand is a class instance: CPython's
 * forward / reflected protocol through the OPERATOR continuation; may pend. */
Value class_operator(VM *vm, Value a, Value b, int code, bool is_cmp, bool inplace);

/* Sorting when comparisons run Python code: does any value need it; sort `list` in place by
 * `keys` (a list, or VAL_UNDEF to compare the items) and return `result` (VAL_UNDEF: the first
 * item after sorting, for min/max); may pend. */
bool class_sort_needs_python(const Value *values, size_t n);
Value class_sort(VM *vm, Value list, Value keys, bool reverse, Value result);

/* sum(items, start) when an addition may run a class's __add__/__radd__; may pend. */
Value class_sum(VM *vm, Value start, Value items);

/* An instance made by the builtin base of `type` (object.__new__ and friends). */
Value class_new_instance(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames);

/* Does this builtin container hold class instances (whose reprs are Python code)? */
bool class_needs_render(VM *vm, Value v);
/* str(v) / repr(v) of such a container; may pend (RENDER continuation). */
Value class_render(VM *vm, Value v, bool use_str);

static inline bool class_is_heap_instance(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->tflags & TYPE_HEAP);
}

#endif
