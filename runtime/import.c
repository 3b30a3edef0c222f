/* import.c — importing Garter's own modules (import.h). A module body runs like any code on a
 * VM frame; the IMPORT continuation below it turns the body's end into the module object. */
#include "import.h"

#include <string.h>

#include "compiler.h"
#include "dict.h"
#include "exception.h"
#include "gc.h"
#include "ops.h"
#include "str.h"

static const EmbeddedModule *find_embedded(Value name)
{
    size_t lo = 0, hi = embedded_module_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(str_data(name), embedded_modules[mid].name);
        if (c == 0) return &embedded_modules[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

enum { IMP_MODULE, IMP_NAME, IMP_NSLOTS };

Value import_module(VM *vm, Value name)
{
    if (vm->modules == VAL_UNDEF) {
        Value d = dict_new(vm);
        if (d == VAL_ERR) return VAL_ERR;
        vm->modules = d;
    }
    Value found;
    if (dict_get_str(vm, vm->modules, name, &found)) return found;
    const EmbeddedModule *em = find_embedded(name);
    if (!em) {
        vm_raise(vm, &exc_ModuleNotFoundError, "No module named '%s'", str_data(name));
        return VAL_ERR;
    }
    char filename[96];
    snprintf(filename, sizeof filename, "<garter %s>", em->name);
    Value code = compile_module(vm, em->source, em->len, filename);
    if (code == VAL_ERR) return VAL_ERR;
    ModuleObj *m = gc_new(vm, sizeof *m, OBJ_MODULE, &type_module);
    if (!m) return VAL_ERR;
    m->name = name;
    m->dict = dict_new(vm);
    if (m->dict == VAL_ERR) return VAL_ERR;
    Value key = vm_name(vm, "__name__");
    if (key == VAL_ERR || !dict_set(vm, m->dict, key, name)) return VAL_ERR;
    /* Registered before its body runs, so that circular imports see it. */
    if (!dict_set(vm, vm->modules, name, val_from_obj(m))) return VAL_ERR;
    Frame *f = vm_push_native(vm, CONT_IMPORT, IMP_NSLOTS);
    if (!f) return VAL_ERR;
    frame_slots(vm, f)[IMP_MODULE] = val_from_obj(m);
    frame_slots(vm, f)[IMP_NAME] = name;
    if (!vm_push_code(vm, AS_CODE(code), m->dict)) {
        vm_pop_native(vm, &vm->frames[vm->nframes - 1]);
        dict_del(vm, vm->modules, name);
        return VAL_ERR;
    }
    return VAL_PENDING;
}

Value cont_import(VM *vm, Frame *f, Value incoming)
{
    Value *s = frame_slots(vm, f);
    if (incoming == VAL_ERR) {
        /* A module whose body failed is forgotten, as in CPython. */
        Value exc = vm->exc;
        vm->exc = VAL_UNDEF;
        dict_del(vm, vm->modules, s[IMP_NAME]);
        vm->exc = exc;
        return VAL_ERR;
    }
    return s[IMP_MODULE];
}

Value import_from(VM *vm, Value module, Value name)
{
    Value v = ops_getattr_opt(vm, module, name);
    if (v != VAL_UNDEF) return v;
    const char *modname = val_is_kind(module, OBJ_MODULE) ? str_data(AS_MODULE(module)->name) : "?";
    return vm_raise(vm, &exc_ImportError, "cannot import name '%s' from '%s' (unknown location)",
                    str_data(name), modname);
}

bool import_star(VM *vm, Value module, Value globals)
{
    if (!val_is_kind(module, OBJ_MODULE)) return true;
    size_t pos = 0;
    Value k, v;
    while (dict_next(AS_MODULE(module)->dict, &pos, &k, &v)) {
        if (!IS_STR(k) || str_data(k)[0] == '_') continue;
        if (!dict_set(vm, globals, k, v)) return false;
    }
    return true;
}
