/* mem.c — allocation accounting over the host hook. See mem.h for the contract. */
#include "mem.h"

#include <stdlib.h>
#include <string.h>

static void *default_hook(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    (void)ud;
    (void)old_size;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}

void mem_init(Mem *mem, garter_alloc_fn hook, void *ud)
{
    memset(mem, 0, sizeof *mem);
    mem->hook = hook ? hook : default_hook;
    mem->hook_ud = ud;
}

bool mem_would_fit(const Mem *mem, size_t extra)
{
    if (mem->max_bytes == 0) return true;
    return extra <= mem->max_bytes && mem->live_bytes <= mem->max_bytes - extra;
}

/* Checks the limits for growing by `grow` bytes; counts an allocation when `is_new`. */
static bool admit(Mem *mem, size_t grow, bool is_new)
{
    if (grow > MEM_MAX_BLOCK) {
        mem->failed = MEM_HOST_REFUSED;
        return false;
    }
    if (!mem_would_fit(mem, grow)) {
        mem->failed = MEM_LIMIT_BYTES;
        return false;
    }
    if (is_new) {
        if (mem->max_allocs && mem->alloc_count >= mem->max_allocs) {
            mem->failed = MEM_LIMIT_COUNT;
            return false;
        }
        if (mem->fail_at && ++mem->attempts == mem->fail_at) {
            mem->failed = MEM_HOST_REFUSED;
            return false;
        }
    }
    return true;
}

static inline size_t size_class(size_t size)
{
    return (size - 1) / MEM_CLASS_SIZE;
}

/* A block of class `cls` from its free list or the current page; NULL if the hook refuses a
 * new page. */
static void *small_alloc(Mem *mem, size_t cls)
{
    void *p = mem->free_list[cls];
    if (p) {
        memcpy(&mem->free_list[cls], p, sizeof(void *));
        return p;
    }
    size_t block = (cls + 1) * MEM_CLASS_SIZE;
    if ((size_t)(mem->bump_end - mem->bump) < block) {
        MemPage *page = mem->hook(mem->hook_ud, NULL, 0, MEM_PAGE_SIZE);
        if (!page) return NULL;
        page->next = mem->pages;
        mem->pages = page;
        mem->page_bytes += MEM_PAGE_SIZE;
        mem->bump = (char *)(page + 1);
        mem->bump_end = (char *)page + MEM_PAGE_SIZE;
    }
    p = mem->bump;
    mem->bump += block;
    return p;
}

static void small_free(Mem *mem, void *p, size_t cls)
{
    memcpy(p, &mem->free_list[cls], sizeof(void *));
    mem->free_list[cls] = p;
}

void *mem_alloc(Mem *mem, size_t size)
{
    if (size == 0) size = 1;
    if (!admit(mem, size, true)) return NULL;
    void *p = size <= MEM_SMALL_MAX ? small_alloc(mem, size_class(size))
                                    : mem->hook(mem->hook_ud, NULL, 0, size);
    if (!p) {
        mem->failed = MEM_HOST_REFUSED;
        return NULL;
    }
    mem->alloc_count++;
    mem->live_bytes += size;
    if (mem->live_bytes > mem->peak_bytes) mem->peak_bytes = mem->live_bytes;
    return p;
}

void mem_release(Mem *mem)
{
    while (mem->pages) {
        MemPage *next = mem->pages->next;
        mem->hook(mem->hook_ud, mem->pages, MEM_PAGE_SIZE, 0);
        mem->pages = next;
    }
    memset(mem->free_list, 0, sizeof mem->free_list);
    mem->bump = mem->bump_end = NULL;
    mem->page_bytes = 0;
}

void *mem_realloc(Mem *mem, void *ptr, size_t old_size, size_t new_size)
{
    if (!ptr) return mem_alloc(mem, new_size);
    if (new_size == 0) new_size = 1;
    if (old_size == 0) old_size = 1;
    if (old_size <= MEM_SMALL_MAX || new_size <= MEM_SMALL_MAX) {
        /* Between size classes, or between a class and the hook: move the block. */
        if (old_size <= MEM_SMALL_MAX && new_size <= MEM_SMALL_MAX &&
            size_class(old_size) == size_class(new_size)) {
            if (new_size > old_size && !admit(mem, new_size - old_size, false)) return NULL;
            mem->live_bytes = mem->live_bytes - old_size + new_size;
            if (mem->live_bytes > mem->peak_bytes) mem->peak_bytes = mem->live_bytes;
            return ptr;
        }
        void *moved = mem_alloc(mem, new_size);
        if (!moved) return NULL;
        memcpy(moved, ptr, old_size < new_size ? old_size : new_size);
        mem_free(mem, ptr, old_size);
        return moved;
    }
    if (new_size > old_size && !admit(mem, new_size - old_size, false)) return NULL;
    void *p = mem->hook(mem->hook_ud, ptr, old_size, new_size);
    if (!p) {
        mem->failed = MEM_HOST_REFUSED;
        return NULL;
    }
    mem->live_bytes = mem->live_bytes - old_size + new_size;
    if (mem->live_bytes > mem->peak_bytes) mem->peak_bytes = mem->live_bytes;
    return p;
}

void mem_free(Mem *mem, void *ptr, size_t size)
{
    if (!ptr) return;
    if (size == 0) size = 1;
    if (size <= MEM_SMALL_MAX)
        small_free(mem, ptr, size_class(size));
    else
        mem->hook(mem->hook_ud, ptr, size, 0);
    mem->live_bytes -= size;
}

char *mem_strndup(Mem *mem, const char *s, size_t len)
{
    size_t total;
    if (!mem_size_add(len, 1, &total)) return NULL;
    char *p = mem_alloc(mem, total);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
