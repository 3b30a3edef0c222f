/* garter.h — the public API of libgarter, a small, harmless Python for embedding.
 *
 * This is the only header a host includes. All types are opaque; every function takes the VM it
 * acts on first. There is no global state: VMs are independent and each may be used from any
 * thread, one thread at a time.
 *
 * Ownership: a pointer returned by a garter_* function is owned by the VM (valid until the next
 * call that runs code on that VM, or until garter_vm_destroy) unless its documentation says the
 * caller must free it.
 */
#ifndef GARTER_H
#define GARTER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(GARTER_BUILDING)
#define GARTER_API __attribute__((visibility("default")))
#else
#define GARTER_API
#endif

/* Allocator hook, Lua's lua_Alloc contract: new_size == 0 frees `ptr` (returns NULL); otherwise
 * it behaves as realloc(ptr, new_size). old_size is the size the block was allocated with (0 when
 * ptr is NULL). Returning NULL for a non-zero size is an allocation failure, which Garter reports
 * as MemoryError or a limit stop; it never aborts. */
typedef void *(*garter_alloc_fn)(void *ud, void *ptr, size_t old_size, size_t new_size);

/* Where print() and stderr writes go. `data` is not NUL-terminated. */
typedef void (*garter_write_fn)(void *ud, const char *data, size_t len);

typedef struct GarterVM GarterVM;

/* How a run ended. */
typedef enum GarterStatus {
    GARTER_OK = 0,        /* the script ran to completion */
    GARTER_EXCEPTION = 1, /* an uncaught exception (details: garter_vm_traceback) */
    GARTER_SYNTAX_ERROR = 2,
    GARTER_LIMIT = 3, /* a resource limit ended the run */
} GarterStatus;

typedef struct GarterConfig {
    garter_alloc_fn alloc; /* NULL: the C library's realloc/free */
    void *alloc_ud;
    garter_write_fn write_stdout; /* NULL: output is discarded */
    garter_write_fn write_stderr;
    void *write_ud;
    size_t max_memory;        /* bytes of live heap; 0 = unlimited */
    uint64_t max_allocations; /* 0 = unlimited */
    uint32_t max_recursion;   /* Python call depth; 0 = the default, 1000 */
    uint32_t debug_flags;     /* GARTER_DEBUG_* bits, for testing Garter itself */
} GarterConfig;

/* Collect garbage at every safe point (slow; finds missing GC roots). */
#define GARTER_DEBUG_GC_STRESS 1u

/* Fill `config` with the defaults (no limits, output discarded). */
GARTER_API void garter_config_init(GarterConfig *config);

/* Create a VM; NULL if the allocator refused the first allocation. */
GARTER_API GarterVM *garter_vm_new(const GarterConfig *config);

/* Destroy a VM and everything it owns. NULL is allowed. */
GARTER_API void garter_vm_destroy(GarterVM *vm);

/* Compile and run `source` (UTF-8, `len` bytes) as the module `filename` with fresh globals. */
GARTER_API GarterStatus garter_run_source(GarterVM *vm, const char *source, size_t len,
                                          const char *filename);

/* After GARTER_EXCEPTION or GARTER_SYNTAX_ERROR: the error in CPython's traceback format, ending
 * with a newline. Owned by the VM; valid until the next run. Empty string otherwise. */
GARTER_API const char *garter_vm_traceback(GarterVM *vm);

/* After GARTER_EXCEPTION: the exit status CPython would give the process for it: 1, or the code
 * of an uncaught SystemExit (0 for SystemExit() / SystemExit(None)). */
GARTER_API int garter_vm_exit_status(GarterVM *vm);

/* After GARTER_LIMIT: a short description of the limit that fired, e.g. "memory (67108864 bytes)".
 */
GARTER_API const char *garter_vm_limit_message(GarterVM *vm);

#ifdef __cplusplus
}
#endif

#endif
