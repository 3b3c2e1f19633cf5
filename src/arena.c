/* The document's arena and the growable arrays: every allocation checked, nothing global. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct cd_arena_block {
    cd_arena_block *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char data[];
};

#define ARENA_BLOCK 65536

void *cd_arena_alloc(cd_arena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    cd_arena_block *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        b = malloc(sizeof *b + cap);
        if (!b) {
            a->failed = 1;
            return NULL;
        }
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *cd_arena_strndup(cd_arena *a, const char *s, size_t n)
{
    char *d = cd_arena_alloc(a, n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *cd_arena_printf(cd_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *d = cd_arena_alloc(a, (size_t)n + 1);
    if (!d) return NULL;
    va_start(ap, fmt);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return d;
}

void cd_arena_adopt(cd_arena *into, cd_arena *from)
{
    cd_arena_block **tail = &from->head;
    while (*tail) tail = &(*tail)->next;
    *tail = into->head; /* from's blocks go in front: the current block of `into` stays last-used */
    if (from->head) into->head = from->head;
    into->failed |= from->failed;
    from->head = NULL;
}

void cd_arena_free(cd_arena *a)
{
    cd_arena_block *b = a->head;
    while (b) {
        cd_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void *cd_vec_push(void **items, size_t *count, size_t *cap, size_t size)
{
    if (*count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        if (ncap > SIZE_MAX / size) return NULL;
        void *p = realloc(*items, ncap * size);
        if (!p) return NULL;
        *items = p;
        *cap = ncap;
    }
    unsigned char *slot = (unsigned char *)*items + (*count)++ * size;
    memset(slot, 0, size);
    return slot;
}

int cd_block_index_room(cd_block_index *bi, size_t blocks)
{
    if (blocks > bi->cap_first) {
        uint32_t *p = realloc(bi->first, blocks * sizeof *p);
        if (!p) return -1;
        bi->first = p;
        bi->cap_first = blocks;
    }
    return 0;
}
