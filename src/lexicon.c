/* Run-time lookup in the generated lexicon table (build/gen/lexicon_data.c). */
#include "lexicon.h"

#include <string.h>

#include "lexnorm.h"

#define LEX_KEY_MAX 256

uint32_t cd_lex_hash(const char *s, size_t n)
{
    char buf[LEX_KEY_MAX];
    size_t len = cd_lex_normalize(s, n, buf, sizeof buf);
    return len == (size_t)-1 ? 0 : cd_lex_fnv(buf, len);
}

/* A key's entry, not a phrase prefix's. */
static const cd_lexentry *key_entry(const cd_lexentry *e)
{
    return e && e->mask != LXM(LX_PHRASE_PREFIX) ? e : NULL;
}

const cd_lexentry *cd_lex_lookup(const char *s, size_t n)
{
    char buf[LEX_KEY_MAX];
    size_t len = cd_lex_normalize(s, n, buf, sizeof buf);
    if (len == (size_t)-1 || len == 0) return NULL;
    return key_entry(cd_lex_probe(cd_lex_key_hash(buf, len), buf, len));
}

const cd_lexentry *cd_lex_lookup_hashed(uint32_t hash, const char *s, size_t n)
{
    char buf[LEX_KEY_MAX];
    size_t len = cd_lex_normalize(s, n, buf, sizeof buf);
    if (len == (size_t)-1 || len == 0) return NULL;
    return key_entry(cd_lex_probe(hash, buf, len));
}

/* cd_lex_has for a class that shares its mask bit (lexicon.h): a record of the class, as
 * cd_lex_rec finds it; the macro asked cd_lex_may_rec (so e is not NULL) before this call. Out of
 * line: the passes ask it at a few places, not of every token. */
int cd_lex_has_shared(const cd_lexentry *e, int cls)
{
    return cd_lex_scan_rec(e, cls) != NULL;
}
