/* cache.c — per-instruction inline caches of code objects (code.h: InlineCache). */
#include <string.h>

#include "code.h"
#include "gc.h"

bool cache_ensure(VM *vm, CodeObj *code)
{
    if (code->caches || code->ncaches == 0) return true;
    size_t bytes;
    if (!mem_size_mul(code->ncaches, sizeof(InlineCache), &bytes)) {
        vm_raise_nomem(vm);
        return false;
    }
    InlineCache *c = mem_alloc(&vm->mem, bytes);
    if (!c) {
        vm_raise_nomem(vm);
        return false;
    }
    for (uint32_t i = 0; i < code->ncaches; i++) {
        c[i].key = NULL;
        c[i].version = 0;
        c[i].value = VAL_UNDEF;
    }
    code->caches = c;
    return true;
}

void cache_trace(VM *vm, CodeObj *code)
{
    if (!code->caches) return;
    for (uint32_t i = 0; i < code->ncaches; i++) gc_mark_value(vm, code->caches[i].value);
}

void cache_free(VM *vm, CodeObj *code)
{
    if (!code->caches) return;
    mem_free(&vm->mem, code->caches, code->ncaches * sizeof(InlineCache));
    code->caches = NULL;
}
