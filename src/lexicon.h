/*
 * The lexicons: word lists of the data folder, compiled by tools/lexgen.c into one read-only hash
 * table (build/gen/lexicon.c). A key is normalized the same way at build and at run time: ASCII
 * lower case, ’ and ‘ read as ', and runs of white space (NBSP too) as one space.
 *
 * Each data file is a class (data/event_verbs.tsv -> LX_EVENT_VERBS, see build/gen/lexclasses.h).
 * A line is `key [TAB value]` or `key TAB number TAB string`; '#' starts a comment line. A value
 * that reads as a number goes to `num`, anything else to `str`.
 * Keys of several words ("per cent", "international olympic committee") are phrases: their first
 * word carries an LX_PHRASE_HEAD record whose num is the longest phrase's token count, and its
 * `heads` mask names the classes of the phrases it starts (a pass can skip a word that heads only
 * other classes' phrases). Every longer start of such a key that ends where a token may end has
 * an entry with the LX_PHRASE_PREFIX bit in its mask (and no records unless it is a key too): the
 * tokenizer stops reading a phrase at the first token no key continues with.
 */
#ifndef CD_LEXICON_H
#define CD_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexclasses.h"

typedef struct cd_lexrec {
    int cls;
    double num; /* NAN when the line had no number */
    const char *str; /* NULL when the line had no string */
} cd_lexrec;

typedef struct cd_lexentry {
    const char *key;
    uint32_t keylen;
    uint32_t nrec;
    uint64_t mask; /* bit c set: a record of class c */
    const cd_lexrec *recs;
    uint64_t heads; /* bit c set: the first word of a key of several tokens of class c */
    uint64_t next;  /* a head: cd_lex_next_bit (lexnorm.h) of the first byte of each key's second token */
} cd_lexentry;

#define LXM(c) (1ull << (c))

/* FNV-1a over the normalized bytes of s[0..n). */
uint32_t cd_lex_hash(const char *s, size_t n);
/* The entry for s[0..n) (normalized on the fly), or NULL. */
const cd_lexentry *cd_lex_lookup(const char *s, size_t n);
const cd_lexentry *cd_lex_lookup_hashed(uint32_t hash, const char *s, size_t n);
/* The generated table (build/gen/lexicon_data.c): entries, and open-addressing slots (index + 1). */
extern const cd_lexentry cd_lex_entries[];
extern const size_t cd_lex_nslots;
extern const uint32_t cd_lex_slots[];

/* The entry for an already normalized key and its cd_lex_fnv hash (the tokenizer's fast path, once
 * per word: inline). May return a phrase prefix entry (mask LX_PHRASE_PREFIX only). */
static inline const cd_lexentry *cd_lex_probe(uint32_t hash, const char *key, size_t len)
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
static inline int cd_lex_has(const cd_lexentry *e, int cls)
{
    return e && (e->mask & LXM(cls));
}
/* The first record of class cls, or NULL. Inline: the passes ask it many times per token. */
static inline const cd_lexrec *cd_lex_rec(const cd_lexentry *e, int cls)
{
    if (!cd_lex_has(e, cls)) return NULL;
    for (uint32_t i = 0; i < e->nrec; i++)
        if (e->recs[i].cls == cls) return &e->recs[i];
    return NULL;
}

#endif
