/*
 * What the check-worthiness score reads of each lexicon entry (score.c's feature loop): its word
 * weight and its cue's bit with flags. It depends on the lexicon alone, so tools/cwgen works it
 * out once at build time into build/gen/cw_words_data.c (cd_cw_words), which score.c reads by a
 * token's lex_id; no document fills or clears it.
 */
#ifndef CD_SCORE_WORDS_H
#define CD_SCORE_WORDS_H

#include "score.h"

/* Cue groups of data/checkworthy.tsv */
enum {
    G_HEDGE = 1, G_OPINION, G_COMPARE, G_CHANGE, G_ACTION, G_STAT, G_MONEY, G_NUMWORD, G_TIME,
    G_ATTRIB, G_FIRST, G_WE, G_YOU, G_MODAL, G_COURTESY, G_PAST, G_NEGATION, G_THIRD, G_SCOPE, G_STANCE, G_DENIAL, G_QUANT,
    G_NGROUPS
};

/* A cue's bit in the tally of a sentence's cues (score.c's cue_tally, cd_cw_word.info), by its
 * group: the bit of the feature it feeds, so that the tally is most of the features as it stands
 * (score.c's DIRECT_CUES). Those bits must lie below the flags (27): the two features past them, a
 * denial and a quantity in words, take the bits of two features no cue feeds, a figure and a
 * year, and a word of no cue takes that of the names. */
#define DENIAL_BIT CW_NUMBER
#define QUANT_BIT CW_YEAR
static const unsigned char cue_bit[G_NGROUPS] = {
    [0] = CW_NAME, [G_HEDGE] = CW_HEDGE, [G_OPINION] = CW_OPINION, [G_COMPARE] = CW_COMPARE,
    [G_CHANGE] = CW_CHANGE, [G_ACTION] = CW_ACTION, [G_STAT] = CW_STAT, [G_MONEY] = CW_MONEY,
    [G_NUMWORD] = CW_NUMWORD, [G_TIME] = CW_TIME, [G_ATTRIB] = CW_ATTRIB, [G_FIRST] = CW_FIRST, [G_WE] = CW_WE,
    [G_YOU] = CW_YOU, [G_MODAL] = CW_MODAL, [G_COURTESY] = CW_COURTESY, [G_PAST] = CW_PAST,
    [G_NEGATION] = CW_NEGATION, [G_THIRD] = CW_THIRD, [G_SCOPE] = CW_SCOPE, [G_STANCE] = CW_STANCE,
    [G_DENIAL] = DENIAL_BIT, [G_QUANT] = QUANT_BIT,
};
_Static_assert(CW_NEGATION < 27 && CW_STANCE < 27 && CW_THIRD < 27 && CW_PAST < 27 && CW_NAME < 27,
               "the cues' bits lie below cd_cw_word.info's flags");

/* The bits of cd_cw_word.info: its cue's bit (cue_bit), then what the feature loop asks of a word. */
#define MEMO_CUE (1u << 27)      /* a word of data/checkworthy.tsv, whatever its group: no name */
#define MEMO_MAY_PAST (1u << 28) /* not a cue by itself, and no entry, or a key in -ed too short to
                                  * tell by itself (past_of_key): a past form if is_past_form says so */
#define MEMO_HEAD (1u << 29)     /* the first word of a cue of several words */
#define MEMO_RANKS (1u << 30)    /* may rank (score.c's is_measured_superlative): a superlative or
                                  * "most" of data/compare_words.tsv, or the first word of a key of
                                  * several words there */
#define MEMO_PAST (1u << 31)     /* a past form (is_past_form) and not a cue by itself, whatever its
                                  * capitals: the loop reads no byte of it (past_of_key) */

/* What the score reads of a lexicon entry. */
typedef struct cd_cw_word {
    double weight; /* its CW_WORDS weight (data/cw_words.tsv), 0 without one: always finite */
    uint32_t info; /* MEMO_* bits: its cue's group as a bit, and flags */
} cd_cw_word;

/* By lex_id: [0] the words without an entry, then cd_lex_entries' (build/gen/cw_words_data.c). */
extern const cd_cw_word cd_cw_words[];

/* The group of a cue's record, 0 for a number that names none. */
static inline unsigned cue_group(const cd_lexrec *rec)
{
    return rec->num >= 1 && rec->num < G_NGROUPS ? (unsigned)rec->num : 0;
}

/* What the key of e tells of its words' past form (is_past_form): the key ends in -ed exactly when
 * its words do (normalization lower-cases ASCII and makes a curly apostrophe straight, never a
 * letter), and a word is as long as its key but for the two bytes more of each curly apostrophe:
 * a key of five bytes or more is a past form (MEMO_PAST), a shorter one with an apostrophe may be
 * (MEMO_MAY_PAST: the word's length decides). */
static inline uint32_t past_of_key(const cd_lexentry *e)
{
    if (e->keylen < 2 || memcmp(e->key + e->keylen - 2, "ed", 2) != 0) return 0;
    if (e->keylen >= 5) return MEMO_PAST;
    return memchr(e->key, '\'', e->keylen) ? MEMO_MAY_PAST : 0;
}

/* MEMO_RANKS for entry e: cd_lex_match of LX_COMPARE_WORDS at its word finds its own record, or a
 * phrase only where the word heads one. */
static inline uint32_t ranks_of_entry(const cd_lexentry *e)
{
    if (e->heads & LXM(LX_COMPARE_WORDS)) return MEMO_RANKS;
    const cd_lexrec *r = cd_lex_rec(e, LX_COMPARE_WORDS);
    return r && r->str && (cd_str_is(r->str, "superlative") || cd_str_is(r->str, "most")) ? MEMO_RANKS : 0;
}

/* cd_cw_words[k] for entry k (cd_lex_table); the words without an entry (k = 0) are as their bytes
 * say (MEMO_MAY_PAST) and no cue. */
static inline cd_cw_word cd_cw_word_of(size_t k)
{
    if (k == 0) return (cd_cw_word){0, MEMO_MAY_PAST | 1u << cue_bit[0]};
    const cd_lexentry *e = &cd_lex_table[k];
    const cd_lexrec *weight = cd_lex_rec(e, LX_CW_WORDS);
    const cd_lexrec *cue = cd_lex_rec(e, LX_CHECKWORTHY);
    /* a line without a number (NAN) weighs nothing: score.c's add_word_weight reads finite weights */
    double w = weight && isfinite(weight->num) ? weight->num : 0;
    uint32_t info = 1u << cue_bit[cue ? cue_group(cue) : 0] | (cd_lex_has(e, LX_CHECKWORTHY) ? MEMO_CUE : 0) |
                    (cue ? 0 : past_of_key(e)) | (e->heads & LXM(LX_CHECKWORTHY) ? MEMO_HEAD : 0) | ranks_of_entry(e);
    return (cd_cw_word){w, info};
}

#endif
