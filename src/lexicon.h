/*
 * The lexicons: word lists of the data folder, compiled by tools/lexgen.c into one read-only hash
 * table (build/gen/lexicon.c). A key is normalized the same way at build and at run time: ASCII
 * lower case, ’ and ‘ read as ', and runs of white space (NBSP too) as one space.
 *
 * Each data file is a class (data/event_verbs.tsv -> LX_EVENT_VERBS, see build/gen/lexclasses.h),
 * with a bit of the entry's mask of its own, or, for the files the Makefile lists in LEX_SHARED
 * (asked at a few places, not of every token), one bit they share (LXM, cd_lex_has).
 * A line is `key [TAB value]` or `key TAB number TAB string [TAB role]`; '#' starts a comment line.
 * A value that reads as a number goes to `num`, anything else to `str`; a fourth column to `role`.
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
#include "lexnorm.h"

typedef struct cd_lexrec {
    int cls;
    double num; /* NAN when the line had no number */
    const char *str; /* NULL when the line had no string */
    const char *role; /* NULL when the line had no fourth column */
} cd_lexrec;

typedef struct cd_lexentry {
    _Alignas(64) const char *key; /* an entry is one cache line: a probe reads the line once */
    uint16_t keylen; /* at most lexgen's KEY_MAX (256) */
    uint16_t nrec;   /* lexgen refuses more */
    uint16_t tflags; /* the flags the word gives its token (CD_LEX_TOKEN_FLAGS of internal.h, made
                      * at build time from mask | heads: the tokenizer ors them in) */
    uint16_t shared; /* cd_lex_shared_bit (lexnorm.h) of each shared class the records hold: a
                      * clear bit tells that the entry has no record of those classes without a
                      * walk of its records (the bytes were the padding before mask) */
    uint64_t mask; /* bit c set: a record of class c */
    const cd_lexrec *recs;
    uint64_t heads; /* bit c set: the first word of a key of several tokens of class c */
    uint64_t next;  /* a head: cd_lex_next_bits (lexnorm.h) of the first byte of each key's second token;
                     * a phrase prefix (LX_PHRASE_PREFIX): of the token after it; zero for any other
                     * entry (the tokenizer tests a word's alone) */
    uint64_t head;  /* the key's first eight bytes, zero-padded, as cd_lex_load_le64 reads them */
    uint64_t head2; /* its bytes 8 to 15, the same way: a probe of a word up to 16 bytes compares the
                     * whole key in this line and never reads the key's string (a third line) */
} cd_lexentry;
_Static_assert(sizeof(cd_lexentry) == 64, "a lexicon entry is one cache line");

/* The mask bit of class c: its own, or for a class listed after lexgen's `--shared` (id
 * CD_LEX_FIRST_SHARED or more) the bit those classes share, LX_SHARED_BIT, which says only that
 * the entry may have one of them (cd_lex_has tells which): lexgen gives them ids whose low six
 * bits are that bit, so that the mask is one shift whatever the class. */
#define LXM(c) (1ull << ((c) & 63))

/* FNV-1a over the normalized bytes of s[0..n) (not the table's hash: cd_lex_key_hash, lexnorm.h). */
uint32_t cd_lex_hash(const char *s, size_t n);
/* The entry for s[0..n) (normalized on the fly), or NULL. */
const cd_lexentry *cd_lex_lookup(const char *s, size_t n);
/* The same, with the cd_lex_key_hash of the normalized s (a token's hash). */
const cd_lexentry *cd_lex_lookup_hashed(uint32_t hash, const char *s, size_t n);
/* The generated table (build/gen/lexicon_data.c): entries, and open-addressing slots of
 * CD_LEX_NSLOTS (lexclasses.h). A slot holds the key's hash, so that a probe reads an entry only
 * for its own key (or one of the same hash); it is small, so that the slots of the words a text
 * repeats stay in the processor's cache. */
typedef struct cd_lexslot {
    uint32_t hash;  /* cd_lex_key_hash of the key */
    uint32_t entry; /* index into cd_lex_table (index + 1 into cd_lex_entries); 0 for an empty slot */
} cd_lexslot;
/* The generated entries after a blank one: cd_lex_table[0] has no key, class, record or flag (the
 * entry of a token that has none, cd_tok_entry: read with no test for NULL), and cd_lex_table[k]
 * is cd_lex_entries[k - 1]. */
extern const cd_lexentry cd_lex_table[];
#define cd_lex_entries (cd_lex_table + 1)
extern const size_t cd_lex_nentries;
extern const size_t cd_lex_nslots;
extern const cd_lexslot cd_lex_slots[];

/* One bit for each value of a hash's low bits (CD_LEX_KEY_BITS), set where some key's hash has it
 * (lexgen): a clear bit answers that no key has the hash without reading a slot, in a table 32
 * times smaller than the slots' that stays in the processor's cache (most phrases the tokenizer
 * tries are no key). */
extern const uint64_t cd_lex_key_bits[];
static inline int cd_lex_may_have(uint32_t hash)
{
    uint32_t b = hash & (CD_LEX_KEY_BITS - 1);
    return (int)((cd_lex_key_bits[b / 64] >> (b % 64)) & 1);
}

/* Whether a key may start with the word of hash `first` followed by a word of hash `second` (ASCII
 * letters: a token's hash): clear when no key of several tokens starts so (lexgen sets the bit of
 * each key's first two tokens, cd_lex_pair_bit), unless one of the head's keys goes on with a
 * second word of another kind (UTF-8, an apostrophe). Ask it only when the second token is a word:
 * a key whose second token is punctuation or a number sets no bit. */
extern const uint64_t cd_lex_pair_bits[];
static inline int cd_lex_pair_may(uint32_t first, uint32_t second)
{
    uint32_t a = cd_lex_pair_bit(first, second), b = cd_lex_pair_bit(first, CD_LEX_ANY_SECOND);
    return (int)(((cd_lex_pair_bits[a / 64] >> (a % 64)) | (cd_lex_pair_bits[b / 64] >> (b % 64))) & 1);
}

/* Whether the generated key a equals b[0..len), eight bytes at a time: the generated keys hold zero
 * bytes up to a multiple of 8, and so must b. */
static inline int cd_lex_words_eq(const char *a, const char *b, size_t len)
{
    for (size_t k = 0; k < len; k += 8) {
        uint64_t x, y;
        memcpy(&x, a + k, sizeof x);
        memcpy(&y, b + k, sizeof y);
        if (x != y) return 0;
    }
    return 1;
}
/* The next entry, from slot *s on, whose key has this hash and first eight bytes, or NULL at the
 * first empty slot; *s moves past it. */
static inline const cd_lexentry *cd_lex_candidate(uint32_t hash, uint64_t head, size_t *s)
{
    const size_t mask = CD_LEX_NSLOTS - 1;
    for (;; *s = (*s + 1) & mask) {
        const cd_lexslot *slot = &cd_lex_slots[*s];
        if (!slot->entry) return NULL;
        if (slot->hash != hash) continue;
        const cd_lexentry *e = &cd_lex_entries[slot->entry - 1];
        if (e->head != head) continue;
        *s = (*s + 1) & mask;
        return e;
    }
}
/* The entry for an already normalized key and its cd_lex_key_hash, the key followed by zero bytes
 * up to a multiple of 8 (compared a word at a time; the tokenizer's fast path, once per word:
 * inline). May return a phrase prefix entry (mask LX_PHRASE_PREFIX only). */
static inline const cd_lexentry *cd_lex_probe_padded(uint32_t hash, const char *key, size_t len)
{
    if (len == 0) return NULL;
    size_t s = hash & (CD_LEX_NSLOTS - 1);
    for (const cd_lexentry *e; (e = cd_lex_candidate(hash, cd_lex_load_le64(key), &s));)
        /* a key shorter than 8 bytes is whole in the head: keys hold no zero byte, so equal heads
         * mean equal keys */
        if (len < 8 || (e->keylen == len && e->head2 == cd_lex_load_le64(key + 8) &&
                        (len <= 16 || cd_lex_words_eq(e->key + 16, key + 16, len - 16))))
            return e;
    return NULL;
}
/* cd_lex_probe_padded for a key of 1 to 16 bytes held in two words, as cd_lex_load_le64 reads
 * them: lo its first eight bytes, hi the next, both zero past the key (the tokenizer's word, in
 * registers). */
static inline const cd_lexentry *cd_lex_probe16(uint32_t hash, uint64_t lo, uint64_t hi, size_t len)
{
    /* cd_lex_candidate's walk, with the whole key compared at each candidate: a found word (most
     * words) moves to no next slot */
    for (size_t s = hash & (CD_LEX_NSLOTS - 1);; s = (s + 1) & (CD_LEX_NSLOTS - 1)) {
        const cd_lexslot *slot = &cd_lex_slots[s];
        if (!slot->entry) return NULL;
        if (slot->hash != hash) continue;
        const cd_lexentry *e = &cd_lex_entries[slot->entry - 1];
        if (e->head == lo && (len < 8 || (e->keylen == len && e->head2 == hi))) return e;
    }
}
/* Writes the key of e, of 16 bytes at most, to d from its head words (in the entry's line, where
 * the key's string is another line), in the bytes of the key rounded up to 8. */
static inline void cd_lex_copy_short_key(char *d, const cd_lexentry *e)
{
    uint64_t lo = e->head, hi = e->head2;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    lo = __builtin_bswap64(lo), hi = __builtin_bswap64(hi);
#endif
    memcpy(d, &lo, 8);
    if (e->keylen > 8) memcpy(d + 8, &hi, 8);
}
/* cd_lex_probe_padded for a key without the zero bytes after it. */
static inline const cd_lexentry *cd_lex_probe(uint32_t hash, const char *key, size_t len)
{
    char buf[256 + 8];
    if (len > 256) return NULL; /* longer than any key (lexgen's KEY_MAX) */
    memcpy(buf, key, len);
    memset(buf + len, 0, 8);
    return cd_lex_probe_padded(hash, buf, len);
}
/* Whether e may have a record of class cls: its mask bit, for a shared class its bit of the
 * entry's filter of them (shared, which is clear for an entry of no shared class). Most asks of a
 * shared class are of a word of other shared classes, which this answers without the walk. */
static inline int cd_lex_may_rec(const cd_lexentry *e, int cls)
{
    return e && (cls < CD_LEX_FIRST_SHARED ? (e->mask & LXM(cls)) != 0 : (e->shared & cd_lex_shared_bit(cls)) != 0);
}
/* Whether e has a record of class cls: the class's mask bit, or for a shared class (the bit says
 * only "one of them") a record of that class, which the out-of-line scan finds where the filter
 * lets it. A macro, so that a constant cls picks its branch before the compiler weighs inlining
 * its callers: the bit's test alone, as it was before classes shared a bit (cls is read twice,
 * and for a shared class e too: no side effects). */
static inline int cd_lex_has_bit(const cd_lexentry *e, int cls)
{
    return e && (e->mask & LXM(cls));
}
int cd_lex_has_shared(const cd_lexentry *e, int cls); /* lexicon.c */
#define cd_lex_has(e, cls)                                                                                   \
    ((cls) < CD_LEX_FIRST_SHARED ? cd_lex_has_bit((e), (cls))                                                \
                                 : cd_lex_may_rec((e), (cls)) && cd_lex_has_shared((e), (cls)))
/* The first record of class cls among e's records (e not NULL), or NULL: cd_lex_rec's scan, for a
 * caller that asked cd_lex_may_rec already. */
static inline const cd_lexrec *cd_lex_scan_rec(const cd_lexentry *e, int cls)
{
    for (uint32_t i = 0; i < e->nrec; i++)
        if (e->recs[i].cls == cls) return &e->recs[i];
    return NULL;
}
/* The first record of class cls, or NULL. Inline: the passes ask it many times per token. */
static inline const cd_lexrec *cd_lex_rec(const cd_lexentry *e, int cls)
{
    if (!cd_lex_may_rec(e, cls)) return NULL; /* the scan tells a shared class's own */
    return cd_lex_scan_rec(e, cls);
}

#endif
