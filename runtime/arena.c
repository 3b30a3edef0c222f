/* arena.c — chunked bump allocation. See arena.h for the contract. */
#include "arena.h"

#include <stdalign.h>
#include <string.h>

/* Default payload of an ordinary chunk; requests bigger than a quarter of the chunk size get a
 * chunk of their own. */
#define ARENA_CHUNK_PAYLOAD 16384u
#define ARENA_ALIGN alignof(max_align_t)

/* A chunk header is followed by its payload. The header size is rounded to ARENA_ALIGN so the
 * payload starts aligned. */
struct ArenaChunk {
    ArenaChunk *next;
    size_t capacity; /* payload bytes */
};

#define ARENA_HEADER_SIZE ((sizeof(ArenaChunk) + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1))

static unsigned char *chunk_payload(ArenaChunk *chunk)
{
    return (unsigned char *)chunk + ARENA_HEADER_SIZE;
}

void arena_init(Arena *arena, Mem *mem)
{
    arena->mem = mem;
    arena->chunks = NULL;
    arena->used = 0;
    arena->total = 0;
    arena->chunk_size = ARENA_CHUNK_PAYLOAD;
}

void arena_set_chunk_size(Arena *arena, size_t payload)
{
    arena->chunk_size = payload < 64 ? 64 : payload;
}

/* Adds a chunk that can hold at least `size` bytes. Big requests get a dedicated chunk placed
 * behind the current one so the current chunk's free space stays usable. */
static void *arena_new_chunk(Arena *arena, size_t size)
{
    bool dedicated = size > arena->chunk_size / 4;
    size_t capacity = dedicated ? size : arena->chunk_size;
    size_t bytes;
    if (!mem_size_add(capacity, ARENA_HEADER_SIZE, &bytes)) return NULL;
    ArenaChunk *chunk = mem_alloc(arena->mem, bytes);
    if (!chunk) return NULL;
    chunk->capacity = capacity;
    if (dedicated && arena->chunks) {
        chunk->next = arena->chunks->next;
        arena->chunks->next = chunk;
    } else {
        chunk->next = arena->chunks;
        arena->chunks = chunk;
        arena->used = size;
    }
    return chunk_payload(chunk);
}

void *arena_alloc(Arena *arena, size_t size)
{
    if (size == 0) size = 1;
    size_t rounded;
    if (!mem_size_add(size, ARENA_ALIGN - 1, &rounded)) return NULL;
    rounded &= ~(ARENA_ALIGN - 1);
    arena->total += rounded;
    ArenaChunk *chunk = arena->chunks;
    if (chunk && chunk->capacity - arena->used >= rounded) {
        void *p = chunk_payload(chunk) + arena->used;
        arena->used += rounded;
        return p;
    }
    return arena_new_chunk(arena, rounded);
}

void *arena_calloc(Arena *arena, size_t size)
{
    void *p = arena_alloc(arena, size);
    if (p) memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *arena, const char *s, size_t len)
{
    size_t total;
    if (!mem_size_add(len, 1, &total)) return NULL;
    char *p = arena_alloc(arena, total);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_free_all(Arena *arena)
{
    ArenaChunk *chunk = arena->chunks;
    while (chunk) {
        ArenaChunk *next = chunk->next;
        mem_free(arena->mem, chunk, chunk->capacity + ARENA_HEADER_SIZE);
        chunk = next;
    }
    arena->chunks = NULL;
    arena->used = 0;
}
