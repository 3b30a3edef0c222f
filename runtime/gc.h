/* gc.h — precise mark-and-sweep collection.
 *
 * Roots: every frame's slots up to its sp (vm->stack), frame func/globals/locals, vm->exc,
 * vm->handled, vm->kwnames, vm->native_callee, vm->interned, vm->main_globals, vm->modules,
 * vm->builtins_module, vm->roots[].
 * Invariant (when a collection starts): every live heap object is reachable from the roots.
 * Collections happen only at safe points of the interpreter loop (calls, backward jumps) where
 * every value in use is on the VM stack; gc_new never collects. So native code may keep Values
 * in C locals across allocations, but not across a return of VAL_PENDING: state that must survive
 * a Python call lives in a native frame's slots.
 * Colours: white = marked == 0 (unreached), gray = marked and on vm->gray, black = marked and
 * traced. After marking, no black object points to a white one; white objects are swept.
 * Static objects (OBJ_STATIC) are never marked or swept, and never point to heap objects.
 */
#ifndef GARTER_GC_H
#define GARTER_GC_H

#include "vm.h"

/* Allocate a zeroed object of `size` bytes with the given kind and type, linked into the heap.
 * NULL with MemoryError pending on failure. */
void *gc_new(VM *vm, size_t size, ObjKind kind, const TypeObj *type)
    __attribute__((warn_unused_result));

/* Mark an object reached for the first time (gray it); callers check it is unmarked. */
void gc_mark_fresh(VM *vm, Obj *o);

/* Mark what a value refers to. Inline: trace slots call this once per held value. */
static inline void gc_mark_obj(VM *vm, Obj *o)
{
    if (o && !o->marked && !(o->flags & OBJ_STATIC)) gc_mark_fresh(vm, o);
}
static inline void gc_mark_value(VM *vm, Value v)
{
    if (val_is_obj(v)) gc_mark_obj(vm, val_as_obj(v));
}

/* A safe point: collect if the heap grew past the threshold (or always under gc_stress). */
void gc_maybe_collect(VM *vm);
void gc_collect(VM *vm);

/* Free every object (VM destruction only: small blocks go back with mem_release). */
void gc_free_all(VM *vm);

#endif
