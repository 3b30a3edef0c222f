/* arena.h — a chunked bump allocator over a Mem.
 *
 * Used for data that lives and dies together (the AST, its identifiers and decoded literals).
 * Allocations are never freed singly; arena_free_all() returns every chunk to the Mem.
 *
 * Invariants: every chunk was allocated through `mem` with the size recorded in its header, so
 * after arena_free_all() the arena holds no bytes of `mem`. Returned blocks are aligned for any
 * object type (max_align_t). An Arena owns no global state; several may share one Mem.
 */
#ifndef GARTER_ARENA_H
#define GARTER_ARENA_H

#include <stddef.h>

#include "mem.h"

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    Mem *mem;
    ArenaChunk *chunks; /* newest first; allocation bumps inside the newest */
    size_t used;        /* bytes used in the newest chunk's payload */
    size_t total;       /* bytes handed out over the arena's life (statistics) */
    size_t chunk_size;  /* payload of an ordinary chunk */
} Arena;

/* Prepare an empty arena; allocates nothing. */
void arena_init(Arena *arena, Mem *mem);

/* Use chunks of `payload` bytes (at least 64) from now on. Allocation-failure tests use tiny
 * chunks so that nearly every arena allocation reaches the Mem (and its fail_at hook). */
void arena_set_chunk_size(Arena *arena, size_t payload);

/* `size` bytes, uninitialised and suitably aligned; NULL when `mem` refuses. */
void *arena_alloc(Arena *arena, size_t size) __attribute__((warn_unused_result));

/* Like arena_alloc, but zero-filled. */
void *arena_calloc(Arena *arena, size_t size) __attribute__((warn_unused_result));

/* A NUL-terminated copy of `len` bytes of `s` (which may contain NULs); NULL on failure. */
char *arena_strndup(Arena *arena, const char *s, size_t len) __attribute__((warn_unused_result));

/* Free every chunk; the arena is empty and reusable afterwards. */
void arena_free_all(Arena *arena);

#endif
