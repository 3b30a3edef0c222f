/* api.c — the public API (include/garter.h) on top of the runtime. */
#include <string.h>

#include "compiler.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "str.h"
#include "traceback.h"

#define GC_START_THRESHOLD (1024 * 1024)

GARTER_API void garter_config_init(GarterConfig *config)
{
    memset(config, 0, sizeof *config);
}

GARTER_API GarterVM *garter_vm_new(const GarterConfig *config)
{
    GarterConfig defaults;
    if (!config) {
        garter_config_init(&defaults);
        config = &defaults;
    }
    Mem mem;
    mem_init(&mem, config->alloc, config->alloc_ud);
    mem.max_bytes = config->max_memory;
    mem.max_allocs = config->max_allocations;
    VM *vm = mem_alloc(&mem, sizeof(VM));
    if (!vm) return NULL;
    memset(vm, 0, sizeof *vm);
    vm->mem = mem;
    vm->config = *config;
    vm->gc_threshold = GC_START_THRESHOLD;
    vm->max_depth = config->max_recursion ? config->max_recursion : VM_DEFAULT_RECURSION;
    vm->gc_stress = (config->debug_flags & GARTER_DEBUG_GC_STRESS) != 0;
    vm->exc = VAL_UNDEF;
    vm->handled = VAL_NONE;
    vm->kwnames = VAL_UNDEF;
    vm->native_callee = VAL_UNDEF;
    vm->interned = VAL_UNDEF;
    vm->main_globals = VAL_UNDEF;
    vm->builtins_module = VAL_UNDEF;
    vm->modules = VAL_UNDEF;
    vm->result = VAL_NONE;
    vm->repr_cache = VAL_UNDEF;
    for (size_t i = 0; i < sizeof vm->roots / sizeof vm->roots[0]; i++) vm->roots[i] = VAL_UNDEF;
    /* A fixed default key keeps runs deterministic, and {0, 0} makes str/bytes hashes (so set
     * iteration order) equal CPython's under PYTHONHASHSEED=0. Hosts that need HashDoS
     * resistance will be able to set their own (it travels in snapshots). */
    vm->hash_key[0] = 0;
    vm->hash_key[1] = 0;
    Value memerr = exc_new(vm, &exc_MemoryError, VAL_UNDEF);
    if (memerr == VAL_ERR) {
        garter_vm_destroy(vm);
        return NULL;
    }
    vm->roots[VM_ROOT_MEMORY_ERROR] = memerr;
    return vm;
}

GARTER_API void garter_vm_destroy(GarterVM *vm)
{
    if (!vm) return;
    gc_free_all(vm);
    mem_free(&vm->mem, vm->stack, vm->stack_cap * sizeof(Value));
    mem_free(&vm->mem, vm->frames, vm->frames_cap * sizeof(Frame));
    mem_free(&vm->mem, vm->traceback_text, vm->traceback_len + 1);
    Mem mem = vm->mem;
    mem_free(&mem, vm, sizeof(VM));
    mem_release(&mem);
}

static void set_traceback_text(VM *vm, Value exc)
{
    vm->exit_status = traceback_exit_status(vm, exc);
    mem_free(&vm->mem, vm->traceback_text, vm->traceback_len + 1);
    vm->traceback_text = NULL;
    vm->traceback_len = 0;
    Buf b;
    buf_init(&b, vm);
    traceback_format(vm, exc, &b);
    if (b.failed) {
        buf_free(&b);
        return;
    }
    vm->traceback_text = mem_strndup(&vm->mem, b.data, b.len);
    if (vm->traceback_text) vm->traceback_len = b.len;
    buf_free(&b);
}

/* Forget the frames of a finished run. */
static void reset_run(VM *vm)
{
    vm->nframes = 0;
    vm->depth = 0;
    vm->kwnames = VAL_UNDEF;
    vm->native_callee = VAL_UNDEF;
    vm->handled = VAL_NONE;
    vm->call_ret_mode = RET_PUSH;
    vm->call_ret_sp_set = false;
    vm->pending_ok = false;
    vm->repr_cache = VAL_UNDEF;
}

GARTER_API GarterStatus garter_run_source(GarterVM *vm, const char *source, size_t len,
                                          const char *filename)
{
    reset_run(vm);
    vm->exc = VAL_UNDEF;
    Value code = compile_module(vm, source, len, filename);
    if (code == VAL_ERR) {
        Value exc = vm->exc;
        vm->exc = VAL_UNDEF;
        set_traceback_text(vm, exc);
        return GARTER_SYNTAX_ERROR;
    }
    vm->roots[0] = code;
    Value globals = dict_new(vm);
    if (globals == VAL_ERR) {
        set_traceback_text(vm, vm->exc);
        vm->exc = VAL_UNDEF;
        return GARTER_EXCEPTION;
    }
    vm->main_globals = globals;
    Value key = vm_name(vm, "__name__");
    Value name = key == VAL_ERR ? VAL_ERR : str_from_cstr(vm, "__main__");
    if (name == VAL_ERR || !dict_set(vm, globals, key, name)) {
        set_traceback_text(vm, vm->exc);
        vm->exc = VAL_UNDEF;
        return GARTER_EXCEPTION;
    }
    GarterStatus status = vm_run_module(vm, AS_CODE(code), globals);
    vm->roots[0] = VAL_UNDEF;
    if (status == GARTER_EXCEPTION) {
        Value exc = vm->exc;
        vm->exc = VAL_UNDEF;
        reset_run(vm);
        vm->roots[1] = exc;
        set_traceback_text(vm, exc);
        vm->roots[1] = VAL_UNDEF;
    }
    reset_run(vm);
    return status;
}

GARTER_API const char *garter_vm_traceback(GarterVM *vm)
{
    return vm->traceback_text ? vm->traceback_text : "";
}

GARTER_API const char *garter_vm_limit_message(GarterVM *vm)
{
    return vm->limit_message;
}

GARTER_API int garter_vm_exit_status(GarterVM *vm)
{
    return vm->exit_status;
}
