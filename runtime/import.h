/* import.h — the import statement: Garter's own modules only (import.c). Nothing of the host's
 * file system is reachable: a module is either embedded Python source (the stdlib directory,
 * compiled into the binary by scripts/embed_modules.py) or it does not exist. */
#ifndef GARTER_IMPORT_H
#define GARTER_IMPORT_H

#include "vm.h"

typedef struct EmbeddedModule {
    const char *name;
    const char *source;
    size_t len;
} EmbeddedModule;

extern const EmbeddedModule embedded_modules[]; /* sorted by name */
extern const size_t embedded_module_count;

/* `import name`: the module object (already imported, or VAL_PENDING while its body runs; the
 * module is delivered with the current routing), VAL_ERR with ModuleNotFoundError. */
Value import_module(VM *vm, Value name);
/* `from module import name`: ImportError as CPython when it is missing. */
Value import_from(VM *vm, Value module, Value name);
/* `from module import *`: its public names into `globals`. */
bool import_star(VM *vm, Value module, Value globals);

#endif
