/* A record sink's cache by key pointer, one for the JSON writer (json.c) and the Lua binding: the
 * record's keys are the string literals of record.c, one pointer each, and the same few recur in
 * every item, so a sink that makes something of a key (its JSON text, its Lua string) makes it the
 * first time and keeps it in the key's slot. A slot holds the last key of its hash. Pure C with no
 * Lua in it: the binding includes it. */
#ifndef CD_SINK_KEYS_H
#define CD_SINK_KEYS_H

#include <stddef.h>
#include <stdint.h>

#define CD_KEY_SLOTS 64 /* a power of two: the hash's top 6 bits */

typedef struct cd_key_cache {
    const char *key[CD_KEY_SLOTS]; /* the key whose thing slot k holds; NULL: none yet */
} cd_key_cache;

/* Sets *slot to key's slot (by its pointer, Fibonacci hashing); whether the slot holds key. */
static inline int cd_key_cached(const cd_key_cache *c, const char *key, size_t *slot)
{
    *slot = (size_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> 58);
    return c->key[*slot] == key;
}

#endif
