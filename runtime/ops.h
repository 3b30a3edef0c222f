/* ops.h — the object protocol: what the interpreter and native code use on any Value.
 * These dispatch through the type slots (object.h) and raise CPython's TypeErrors when a slot is
 * missing. All follow the error convention of object.h. None of them ever calls Python code in
 * this milestone; those that will (user classes, issue 3) are marked "may pend". */
#ifndef GARTER_OPS_H
#define GARTER_OPS_H

#include "vm.h"

/* Core types owned by the VM files (typeobj.c, function.c, ops.c). */
extern const TypeObj type_type;
extern const TypeObj type_object;
extern const TypeObj type_none;           /* NoneType */
extern const TypeObj type_notimplemented; /* NotImplementedType */
extern const TypeObj type_ellipsis;
extern const TypeObj type_function;
extern const TypeObj type_builtin_function; /* builtin_function_or_method */
extern const TypeObj type_method_descriptor;
extern const TypeObj type_method; /* bound Python method */
extern const TypeObj type_cell;
extern const TypeObj type_module;
extern const TypeObj type_generic_alias; /* types.GenericAlias */

Value ops_repr(VM *vm, Value v);              /* str */
Value ops_str(VM *vm, Value v);               /* str; a str is returned as is */
Value ops_ascii(VM *vm, Value v);             /* repr with non-ASCII escaped */
bool ops_hash(VM *vm, Value v, int64_t *out); /* TypeError: unhashable type: 'list' */
/* a == b as a C truth value: 1, 0, or -1 on error. Identity implies equality (CPython's
 * containers rule), except for float NaN which ops_equal compares by value. */
int ops_equal(VM *vm, Value a, Value b);
/* Rich comparison with reflection; returns the result value (usually a bool) or VAL_ERR with
 * CPython's "'<' not supported between instances of 'int' and 'str'". */
Value ops_compare(VM *vm, Value a, Value b, CmpOp op);
/* a < b etc. as a C truth value (sorting, min/max): 1, 0, -1. */
int ops_less(VM *vm, Value a, Value b);
Value ops_binop(VM *vm, Value a, Value b, BinOp op, bool inplace);
Value ops_unary(VM *vm, Value a, UnaryOp op);
int ops_truthy(VM *vm, Value v); /* 1, 0, -1 */
/* len(v) with CPython's TypeError "object of type 'int' has no len()"; -1 on error. */
int64_t ops_len(VM *vm, Value v);
Value ops_getitem(VM *vm, Value container, Value key);
bool ops_setitem(VM *vm, Value container, Value key, Value value);
bool ops_delitem(VM *vm, Value container, Value key);
int ops_contains(VM *vm, Value container, Value item); /* `item in container` */
Value ops_iter(VM *vm, Value v);                       /* TypeError: 'int' object is not iterable */
/* next(it): value, VAL_EXHAUSTED, VAL_ERR, or VAL_PENDING (may pend). */
Value ops_next(VM *vm, Value it);
/* Attribute access: VAL_ERR with AttributeError "'int' object has no attribute 'x'". `name` is a
 * str. ops_getattr_opt returns VAL_UNDEF (no exception) when the attribute does not exist. */
Value ops_getattr(VM *vm, Value obj, Value name);
Value ops_getattr_opt(VM *vm, Value obj, Value name);
bool ops_setattr(VM *vm, Value obj, Value name, Value value); /* value VAL_UNDEF: delete */
/* Is `v` an instance of `type` (subclasses included)? */
bool ops_isinstance(Value v, const TypeObj *type);
bool ops_issubclass(const TypeObj *sub, const TypeObj *base);
/* Convert to a C index (__index__): ints and bools only; TypeError otherwise. `what` completes
 * CPython's message, e.g. "list indices must be integers or slices, not str" is the caller's. */
bool ops_index(VM *vm, Value v, int64_t *out);
/* Is the value callable? */
bool ops_callable(Value v);

/* Look up a method or member of a builtin type by name (walking base types). Returns the
 * MethodDef or NULL; *member is set when a MemberDef matched instead. */
const MethodDef *ops_find_method(const TypeObj *type, const char *name, size_t len,
                                 const MemberDef **member);
/* A bound builtin method object (xs.append) or descriptor (str.lower). */
Value native_new_bound(VM *vm, const MethodDef *def, Value self);
Value native_new_descriptor(VM *vm, const MethodDef *def, const TypeObj *owner);

/* Argument checking for natives, with CPython's messages. `fname` is how CPython names the
 * function in messages ("split", "int", "list.append" is written "append"). */
bool args_no_kw(VM *vm, const char *fname, Value kwnames);
bool args_count(VM *vm, const char *fname, int nargs, int min, int max);
/* Bind positional + keyword arguments to `nparams` parameters named `names` (the first
 * `npositional_only` may not be given by keyword; missing ones are left VAL_UNDEF, and required
 * ones — the first `nrequired` — raise TypeError). `out` receives nparams values. */
bool args_parse(VM *vm, const char *fname, const Value *args, int nargs, Value kwnames,
                const char *const *names, int nparams, int nrequired, int npositional_only,
                Value *out);

#endif
