/* mem.h — the one allocator path.
 *
 * Every byte a script causes is allocated through a Mem: the host's realloc-style hook plus
 * accounting (live bytes, allocation count) and the limits checked against them. Nothing in
 * runtime/ calls malloc/free directly.
 *
 * Invariant: mem->live_bytes equals the sum of the sizes of all blocks currently allocated through
 * this Mem; callers pass the exact size back on free/realloc (Lua's lua_Alloc contract).
 * Failure: mem_alloc/mem_realloc return NULL and set mem->failed (limit or host refusal); the
 * caller turns that into MemoryError or a limit stop, never abort().
 */
#ifndef GARTER_MEM_H
#define GARTER_MEM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "garter.h"

typedef enum MemFailure {
    MEM_OK = 0,
    MEM_LIMIT_BYTES,  /* max_bytes would be exceeded */
    MEM_LIMIT_COUNT,  /* max_allocations would be exceeded */
    MEM_HOST_REFUSED, /* the hook returned NULL */
} MemFailure;

/* Small blocks (<= MEM_SMALL_MAX bytes) come from pages of MEM_PAGE_SIZE bytes obtained through
 * the hook, kept on per-size-class free lists (most objects are small; this avoids a hook call,
 * and the C library's bookkeeping, per object). Pages go back to the hook in mem_release. */
#define MEM_SMALL_MAX 512
#define MEM_CLASS_SIZE 16
#define MEM_CLASS_COUNT (MEM_SMALL_MAX / MEM_CLASS_SIZE)
#define MEM_PAGE_SIZE (64 * 1024)

/* No single request above this is passed to the hook, limit or not: such a size can only come
 * from a script asking for absurd amounts ('ab' * 2**46), and some allocators abort on it. */
#define MEM_MAX_BLOCK ((size_t)1 << 40)

typedef struct MemPage {
    struct MemPage *next;
    void *pad; /* keeps blocks 16-byte aligned */
} MemPage;

typedef struct Mem {
    garter_alloc_fn hook;
    void *hook_ud;
    size_t live_bytes;
    size_t peak_bytes;
    uint64_t alloc_count; /* allocations made so far (realloc of a non-NULL block is not one) */
    size_t max_bytes;     /* 0 = unlimited */
    uint64_t max_allocs;  /* 0 = unlimited */
    MemFailure failed;    /* sticky until mem_clear_failure */
    uint64_t fail_at;     /* test hook: fail exactly the Nth allocation attempt (0 = never) */
    uint64_t attempts;    /* allocation attempts counted for fail_at */
    void *free_list[MEM_CLASS_COUNT]; /* freed small blocks by size class */
    char *bump, *bump_end;            /* unused rest of the newest page */
    MemPage *pages;
    size_t page_bytes; /* bytes held in pages (overhead included) */
} Mem;

/* Initialise with a host hook (NULL = libc realloc/free). */
void mem_init(Mem *mem, garter_alloc_fn hook, void *ud);

/* Would allocating `extra` more bytes stay within the limit? Lets callers reject sizes known in
 * advance (`'a' * 10**10`) before trying. Size arithmetic must be checked by the caller. */
bool mem_would_fit(const Mem *mem, size_t extra);

void *mem_alloc(Mem *mem, size_t size) __attribute__((warn_unused_result, malloc));
void *mem_realloc(Mem *mem, void *ptr, size_t old_size, size_t new_size)
    __attribute__((warn_unused_result));
void mem_free(Mem *mem, void *ptr, size_t size);

/* Copy of a byte string, NUL-terminated; NULL on failure. */
/* Give every page back to the hook (VM destruction; every block must be dead). */
void mem_release(Mem *mem);

char *mem_strndup(Mem *mem, const char *s, size_t len) __attribute__((warn_unused_result));

static inline void mem_clear_failure(Mem *mem)
{
    mem->failed = MEM_OK;
}

/* Overflow-checked size helpers: return false when the result would not fit a size_t. */
static inline bool mem_size_mul(size_t a, size_t b, size_t *out)
{
    return !__builtin_mul_overflow(a, b, out);
}
static inline bool mem_size_add(size_t a, size_t b, size_t *out)
{
    return !__builtin_add_overflow(a, b, out);
}

#endif
