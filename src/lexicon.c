/* Run-time lookup in the generated lexicon table (build/gen/lexicon_data.c). */
#include "lexicon.h"

#include <string.h>

#include "lexnorm.h"

extern const cd_lexentry cd_lex_entries[];
extern const size_t cd_lex_nentries;
extern const size_t cd_lex_nslots;
extern const uint32_t cd_lex_slots[];

#define LEX_KEY_MAX 256

uint32_t cd_lex_hash(const char *s, size_t n)
{
    char buf[LEX_KEY_MAX];
    size_t len = cd_lex_normalize(s, n, buf, sizeof buf);
    return len == (size_t)-1 ? 0 : cd_lex_fnv(buf, len);
}

const cd_lexentry *cd_lex_probe(uint32_t hash, const char *key, size_t len)
{
    if (len == 0) return NULL;
    size_t mask = cd_lex_nslots - 1;
    for (size_t s = hash & mask;; s = (s + 1) & mask) {
        uint32_t idx = cd_lex_slots[s];
        if (!idx) return NULL;
        const cd_lexentry *e = &cd_lex_entries[idx - 1];
        if (e->keylen == len && memcmp(e->key, key, len) == 0) return e;
    }
}

const cd_lexentry *cd_lex_lookup(const char *s, size_t n)
{
    char buf[LEX_KEY_MAX];
    size_t len = cd_lex_normalize(s, n, buf, sizeof buf);
    if (len == (size_t)-1 || len == 0) return NULL;
    return cd_lex_probe(cd_lex_fnv(buf, len), buf, len);
}

const cd_lexentry *cd_lex_lookup_hashed(uint32_t hash, const char *s, size_t n)
{
    char buf[LEX_KEY_MAX];
    size_t len = cd_lex_normalize(s, n, buf, sizeof buf);
    if (len == (size_t)-1 || len == 0) return NULL;
    return cd_lex_probe(hash, buf, len);
}
