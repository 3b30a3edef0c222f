/* gc.c — mark-and-sweep over the VM's object list. Invariants and roots: gc.h. */
#include "gc.h"

#include "ops.h"

#include <string.h>

#define GC_MIN_THRESHOLD (1024 * 1024)

/* Object sizes are kept in the header when they fit 32 bits; larger objects (only giant tuples
 * and strs) keep the size in a prefix word before the object. */
#define GC_BIG_PREFIX sizeof(size_t)

void *gc_new(VM *vm, size_t size, ObjKind kind, const TypeObj *type)
{
    bool big = size > UINT32_MAX;
    size_t total = size;
    if (big && !mem_size_add(size, GC_BIG_PREFIX, &total)) {
        vm_raise_nomem(vm);
        return NULL;
    }
    char *block = mem_alloc(&vm->mem, total);
    if (!block) {
        vm_raise_nomem(vm);
        return NULL;
    }
    if (big) {
        memcpy(block, &size, sizeof size);
        block += GC_BIG_PREFIX;
    }
    Obj *o = (Obj *)block;
    memset(o, 0, size);
    o->type = type;
    o->kind = (uint8_t)kind;
    o->size = big ? 0 : (uint32_t)size;
    if (!big && size <= MEM_SMALL_MAX && !(type && type->destroy)) {
        o->gc_next = vm->plain_objects;
        vm->plain_objects = o;
        vm->plain_bytes += size;
    } else {
        o->gc_next = vm->objects;
        vm->objects = o;
    }
    return o;
}

static void gc_release(VM *vm, Obj *o)
{
    const TypeObj *type = o->type;
    /* Instances of heap types still use their builtin layout's destroy (issue 3: a heap type
     * copies its base's slots). */
    if (type && type->destroy) type->destroy(vm, o);
    if (o->size) {
        mem_free(&vm->mem, o, o->size);
    } else {
        size_t size;
        char *block = (char *)o - GC_BIG_PREFIX;
        memcpy(&size, block, sizeof size);
        mem_free(&vm->mem, block, size + GC_BIG_PREFIX);
    }
}

static void gray_push(VM *vm, Obj *o)
{
    if (vm->gray_len == vm->gray_cap) {
        size_t cap = vm->gray_cap ? vm->gray_cap * 2 : 64;
        /* The mark stack is collector bookkeeping; if it can't grow we trace recursively-free by
         * falling back to a re-scan (mark stays correct because marked-but-untraced objects are
         * found again by gc_rescan). */
        Obj **grown =
            mem_realloc(&vm->mem, vm->gray, vm->gray_cap * sizeof(Obj *), cap * sizeof(Obj *));
        if (!grown) {
            mem_clear_failure(&vm->mem);
            o->marked = 2; /* marked, not traced: drain() rescans for these */
            vm->gray_overflow = true;
            return;
        }
        vm->gray = grown;
        vm->gray_cap = cap;
    }
    vm->gray[vm->gray_len++] = o;
}

void gc_mark_fresh(VM *vm, Obj *o)
{
    o->marked = 1;
    gray_push(vm, o);
}

static void trace(VM *vm, Obj *o)
{
    /* A heap type's instances are traced by their layout's builtin trace slot, found through
     * the type's base chain (issue 3); the type itself is traced as a TypeObj. */
    const TypeObj *t = o->type;
    if (t && !(t->hdr.flags & OBJ_STATIC)) gc_mark_obj(vm, (Obj *)t);
    /* object's trace handles the instance layout only: a builtin layout without a trace slot
     * holds no Values (str, bytes, range...) and must not fall back to it. */
    while (t && !t->trace) t = t->base;
    if (t && (t != &type_object || o->kind == OBJ_INSTANCE)) t->trace(vm, o);
}

static void drain(VM *vm)
{
    for (;;) {
        while (vm->gray_len) trace(vm, vm->gray[--vm->gray_len]);
        /* Objects that could not be pushed (mark stack allocation failure) carry marked == 2. */
        if (!vm->gray_overflow) return;
        vm->gray_overflow = false;
        bool found = false;
        Obj *lists[2] = {vm->objects, vm->plain_objects};
        for (int l = 0; l < 2; l++)
            for (Obj *o = lists[l]; o; o = o->gc_next) {
                if (o->marked == 2) {
                    o->marked = 1;
                    trace(vm, o);
                    found = true;
                }
            }
        if (!found && !vm->gray_len) return;
    }
}

static void mark_roots(VM *vm)
{
    uint32_t top = vm->nframes ? vm->frames[vm->nframes - 1].sp : 0;
    for (uint32_t i = 0; i < top; i++) gc_mark_value(vm, vm->stack[i]);
    for (uint32_t i = 0; i < vm->nframes; i++) {
        Frame *f = &vm->frames[i];
        if (f->code) gc_mark_obj(vm, (Obj *)f->code);
        gc_mark_value(vm, f->func);
        gc_mark_value(vm, f->globals);
        gc_mark_value(vm, f->locals);
        gc_mark_value(vm, f->gen);
    }
    gc_mark_value(vm, vm->exc);
    gc_mark_value(vm, vm->handled);
    gc_mark_value(vm, vm->kwnames);
    gc_mark_value(vm, vm->native_callee);
    gc_mark_value(vm, vm->interned);
    gc_mark_value(vm, vm->main_globals);
    gc_mark_value(vm, vm->result);
    gc_mark_value(vm, vm->repr_cache);
    gc_mark_value(vm, vm->builtins_module);
    gc_mark_value(vm, vm->modules);
    for (size_t i = 0; i < sizeof vm->roots / sizeof vm->roots[0]; i++)
        gc_mark_value(vm, vm->roots[i]);
}

static void sweep_list(VM *vm, Obj **link, bool plain)
{
    while (*link) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = 0;
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            if (plain) vm->plain_bytes -= o->size;
            gc_release(vm, o);
        }
    }
}

static void sweep(VM *vm)
{
    sweep_list(vm, &vm->objects, false);
    sweep_list(vm, &vm->plain_objects, true);
}

void gc_collect(VM *vm)
{
    mark_roots(vm);
    drain(vm);
    sweep(vm);
    /* Collect again once the heap has tripled (amortises marking against allocation), but
     * well before a memory limit so that garbage never makes a run hit it. */
    size_t live = vm->mem.live_bytes;
    size_t next = live * 3;
    if (next < GC_MIN_THRESHOLD) next = GC_MIN_THRESHOLD;
    size_t max = vm->mem.max_bytes;
    if (max && max > live && next > live + (max - live) / 2) next = live + (max - live) / 2;
    vm->gc_threshold = next;
}

void gc_maybe_collect(VM *vm)
{
    if (vm->gc_stress || vm->mem.live_bytes > vm->gc_threshold) gc_collect(vm);
}

void gc_free_all(VM *vm)
{
    /* Teardown: plain objects hold nothing but their pooled blocks, which mem_release returns
     * page by page, so only their accounting is undone; the others are released one by one. */
    while (vm->objects) {
        Obj *o = vm->objects;
        vm->objects = o->gc_next;
        gc_release(vm, o);
    }
    vm->mem.live_bytes -= vm->plain_bytes;
    vm->plain_bytes = 0;
    vm->plain_objects = NULL;
    mem_free(&vm->mem, vm->gray, vm->gray_cap * sizeof(Obj *));
    vm->gray = NULL;
    vm->gray_len = vm->gray_cap = 0;
}
