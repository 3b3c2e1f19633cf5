/* Check-worthiness: a rule-based score from features of each sentence (figures, comparisons,
 * named actors, checkable acts, attribution, time anchors; hedges, opinions, questions, courtesy,
 * first person and very short segments lower it) and of each claim's kind.
 *
 * The score is the logistic of a weighted sum of the features (cd_cw_logit). The weights were
 * calibrated on the training debates of CLEF CheckThat! 2019 task 1 and 2020 task 5 only (the
 * test debates and ClaimBuster are for reporting: eval/suite_checkworthy.lua), with positives
 * weighted to balance the classes, so a score of 0.5 reads "as likely check-worthy as not".
 * eval/calibrate.sh re-fits them, and writes data/cw_words.tsv: a weight per word (smoothed
 * log-odds of a check-worthy sentence on those training debates), summed over the sentence's
 * words as the feature CW_WORDS (each word once), and the positive weights alone as CW_WORDS_POS
 * (words of checked claims count apart from words of chatter); the CW_WORDS of the two sentences
 * before and the two after count too, a little, and the mean of the passage around (3 to 6
 * sentences away, CW_NEAR_WORDS): check-worthy claims come in runs. A sentence gets its best claim's score,
 * or its own score when it holds no claim, so that a factual sentence the claim passes missed
 * still ranks. */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "score_words.h"

#define FEAT(i) (1ull << (i))

/* The tally's bits that are the features themselves (all but the statistic nouns, counted, and the
 * stand-ins of cue_bit). */
#define DIRECT_CUES                                                                                            \
    (FEAT(CW_HEDGE) | FEAT(CW_OPINION) | FEAT(CW_COMPARE) | FEAT(CW_CHANGE) | FEAT(CW_ACTION) | FEAT(CW_MONEY) | \
     FEAT(CW_NUMWORD) | FEAT(CW_TIME) | FEAT(CW_ATTRIB) | FEAT(CW_FIRST) | FEAT(CW_WE) | FEAT(CW_YOU) |         \
     FEAT(CW_MODAL) | FEAT(CW_COURTESY) | FEAT(CW_PAST) | FEAT(CW_NEGATION) | FEAT(CW_THIRD) | FEAT(CW_SCOPE) | \
     FEAT(CW_STANCE))
_Static_assert(CW_NFEAT <= 64, "a feature is a bit of a uint64_t");

/* A sentence's features as they are found: a bit of `on` (FEAT) for each one of a value other
 * than 0, and in f the values of those that count, measure or sum (MEASURED: put); any other is 1
 * where its bit is set (put_ones), and f is not written. The pass reads f at the bits of `on`
 * alone, from an f whose other features hold 1 throughout (ones_template) and whose MEASURED ones
 * hold the sentence's values or an earlier sentence's: it is not cleared between sentences.
 * cd_cw_features writes the ones into a cleared f (spell_out_ones). */
typedef struct feature_set {
    double *f;
    uint64_t on;
} feature_set;

#define MEASURED \
    (FEAT(CW_STAT) | FEAT(CW_NAME) | FEAT(CW_PERSON) | FEAT(CW_LENGTH) | FEAT(CW_WORDS) | FEAT(CW_WORDS_POS))

/* Sets feature i, one of MEASURED, to v. */
static inline void put(feature_set *fs, int i, double v)
{
    fs->f[i] = v;
    fs->on |= (uint64_t)(v != 0) << i;
}

/* Sets feature i, one of MEASURED, to v, a value of n: 0 exactly when n is (its bit from n, an
 * integer, without a compare of doubles). */
static inline void put_count(feature_set *fs, int i, double v, size_t n)
{
    fs->f[i] = v;
    fs->on |= (uint64_t)(n != 0) << i;
}

/* Sets the features of `bits` (FEAT), none of MEASURED, to 1. */
static inline void put_ones(feature_set *fs, uint64_t bits)
{
    fs->on |= bits;
}

static const struct {
    const char *name, *reason;
} features[CW_NFEAT] = {
    [CW_NUMBER] = {"number", "states a figure"},
    [CW_YEAR] = {"year", "names a year"},
    [CW_MONEY] = {"money", "money, a percentage or a large number"},
    [CW_NUMWORD] = {"numword", "a number in words"},
    [CW_STAT] = {"stat", "speaks of a measurable quantity"},
    [CW_COMPARE] = {"compare", "a comparison or superlative"},
    [CW_CHANGE] = {"change", "a change (rose, fell, cut)"},
    [CW_ACTION] = {"action", "a checkable act (voted, signed, spent)"},
    [CW_ATTRIB] = {"attrib", "attributed to a source"},
    [CW_TIME] = {"time", "anchored in time"},
    [CW_NAME] = {"name", "names an actor"},
    [CW_HEDGE] = {"hedge", "hedged (maybe, I think)"},
    [CW_OPINION] = {"opinion", "an opinion"},
    [CW_FIRST] = {"first", "first person"},
    [CW_WE] = {"we", "first person plural"},
    [CW_YOU] = {"you", "addresses someone"},
    [CW_MODAL] = {"modal", "a plan or wish, not a fact"},
    [CW_COURTESY] = {"courtesy", "courtesy or stage direction"},
    [CW_QUESTION] = {"question", "a question"},
    [CW_SHORT] = {"short", "too short to state a fact"},
    [CW_LENGTH] = {"length", "a long sentence"},
    [CW_NUM_STAT] = {"num_stat", "a figure about a measurable quantity"},
    [CW_PAST] = {"past", "says what happened"},
    [CW_NEGATION] = {"negation", "a denial or negation"},
    [CW_THIRD] = {"third", "speaks of a third party"},
    [CW_SCOPE] = {"scope", "an absolute or a superlative's reach (ever, in history)"},
    [CW_STANCE] = {"stance", "a stance someone took (wants, supported)"},
    [CW_PERSON] = {"person", "names a person"},
    [CW_SUBJECT] = {"subject", "speaks of someone else"},
    [CW_RECORD] = {"record", "what someone else did, said or wants"},
    [CW_FIG_NAME] = {"fig_name", "a figure about a named actor"},
    [CW_VAGUE] = {"vague", "a plan or wish without a figure"},
    [CW_BARE_OPINION] = {"bare_opinion", "an opinion without a fact"},
    [CW_DENIAL] = {"denial", "an absolute denial (never, nobody)"},
    [CW_QUANT] = {"quant", "a quantity in words"},
    [CW_QUANT_STAT] = {"quant_stat", "a statistic in words"},
    [CW_SELF] = {"self", "the speaker speaks of themselves"},
    [CW_OWN_RECORD] = {"own_record", "what the speaker did or said"},
    [CW_CLAIM_NUM] = {"claim_num", "a quantity or change"},
    [CW_CLAIM_EVENT] = {"claim_event", "an event"},
    [CW_CLAIM_QUOTE] = {"claim_quote", "a quote"},
    [CW_CLAIM_CMP] = {"claim_cmp", "a comparison"},
    [CW_CLAIM_TIME] = {"claim_time", "a date or time"},
    [CW_WORDS] = {"words", "worded like claims that were checked"},
    [CW_PREV_WORDS] = {"prev_words", "follows a sentence worded like a claim"},
    [CW_NEXT_WORDS] = {"next_words", "precedes a sentence worded like a claim"},
    [CW_PREV2_WORDS] = {"prev2_words", "two sentences after one worded like a claim"},
    [CW_NEXT2_WORDS] = {"next2_words", "two sentences before one worded like a claim"},
    [CW_WORDS_POS] = {"words_pos", "worded like claims that were checked"},
    [CW_NEAR_WORDS] = {"near_words", "in a passage worded like claims"},
    [CW_QUANTITY] = {"quantity", "a quantity of something"},
    [CW_RANKED] = {"ranked", "ranks something (is the biggest, has the lowest)"},
};

/* Calibrated weights (eval/calibrate.sh on the CheckThat! training debates of 2019 and 2020; the
 * rounds of ascent chosen on held-out 2019 training debates). */
static const double bias = -1.45;
static const double weights[CW_NFEAT] = {
    [CW_NUMBER] = 0.68,
    [CW_YEAR] = 0.24,
    [CW_MONEY] = 0.41,
    [CW_NUMWORD] = 0.15,
    [CW_STAT] = 0.10,
    [CW_COMPARE] = 0.11,
    [CW_CHANGE] = 0.16,
    [CW_ACTION] = 0.12,
    [CW_ATTRIB] = 0.65,
    [CW_TIME] = 0.10,
    [CW_NAME] = 0.10,
    [CW_HEDGE] = -0.10,
    [CW_OPINION] = -0.10,
    [CW_FIRST] = -0.10,
    [CW_WE] = -0.25,
    [CW_YOU] = -0.10,
    [CW_MODAL] = -0.17,
    [CW_COURTESY] = -0.12,
    [CW_QUESTION] = -0.82,
    [CW_SHORT] = -0.24,
    [CW_LENGTH] = -0.97,
    [CW_NUM_STAT] = -0.39,
    [CW_PAST] = 0.28,
    [CW_NEGATION] = 0.13,
    [CW_THIRD] = 0.25,
    [CW_SCOPE] = 0.10,
    [CW_STANCE] = 0.52,
    [CW_PERSON] = -0.11,
    [CW_SUBJECT] = -0.19,
    [CW_RECORD] = 0.41,
    [CW_FIG_NAME] = -0.08,
    [CW_VAGUE] = -0.34,
    [CW_BARE_OPINION] = -0.38,
    [CW_DENIAL] = 0.45,
    [CW_QUANT] = -0.56,
    [CW_QUANT_STAT] = 0.94,
    [CW_SELF] = -0.02,
    [CW_OWN_RECORD] = 0.04,
    [CW_CLAIM_NUM] = 0.00,
    [CW_CLAIM_EVENT] = 0.08,
    [CW_CLAIM_QUOTE] = 0.00,
    [CW_CLAIM_CMP] = 0.15,
    [CW_CLAIM_TIME] = 0.00,
    [CW_WORDS] = 0.08,
    [CW_PREV_WORDS] = 0.06,
    [CW_NEXT_WORDS] = 0.01,
    [CW_PREV2_WORDS] = 0.05,
    [CW_NEXT2_WORDS] = 0.01,
    [CW_WORDS_POS] = 0.18,
    [CW_NEAR_WORDS] = 0.12,
    [CW_QUANTITY] = 0.52,
    [CW_RANKED] = 0.91,
};

/* How a claim of each kind moves its sentence's score (a bare date is less worth checking than
 * a figure in the same sentence). The lifts (the offsets above 0) are twice the earlier ones:
 * chosen on held-out 2019 training debates (eval/calibrate.lua, CW_LIFT_SCALE), MAP at 2 / 4 / 19
 * folds 0.2690 / 0.2758 / 0.2689 at 1x, 0.2708 / 0.2777 / 0.2711 at 2x, 0.2716 / 0.2792 / 0.2717
 * at 3x (within noise of 2x: the smaller move kept). The date's offset lowers a claim, never its
 * sentence: no ranking measures it. */
static const double kind_offset[] = {
    [CD_CLAIM_QUANTITY] = 0.4, [CD_CLAIM_CHANGE] = 0.8,     [CD_CLAIM_EVENT] = 0.4,
    [CD_CLAIM_QUOTE] = 0.0,    [CD_CLAIM_COMPARISON] = 0.4, [CD_CLAIM_TIME] = -0.6,
};

#define HEADLINE_LOGIT (-4.0) /* headlines and page chrome: near zero whatever they say */
#define REASON_MIN 0.25       /* a feature's share of the log-odds worth naming as a reason */
#define MAX_SCORE_REASONS 4   /* the score's reasons per claim, after the pass's own */
#define MAX_CLAIM_REASONS 4   /* a claim's reasons in all, its pass's own first: short to read */

const char *cd_cw_feature_name(int f)
{
    return f >= 0 && f < CW_NFEAT ? features[f].name : "?";
}

double cd_cw_logit(const double *f)
{
    double z = bias;
    int i = 0;
    /* four terms a turn, and the turns unrolled (no counting at all: the bounds are constants),
     * still added one by one in feature order: the same sum, bit for bit */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 16
#elif defined(__clang__)
#pragma unroll
#endif
    for (; i + 4 <= CW_NFEAT; i += 4)
        z = z + weights[i] * f[i] + weights[i + 1] * f[i + 1] + weights[i + 2] * f[i + 2] + weights[i + 3] * f[i + 3];
    for (; i < CW_NFEAT; i++) z += weights[i] * f[i];
    return z;
}

/* cd_cw_logit of the features of `on` (FEAT) alone, the others 0 (and not read): the same sum,
 * bit for bit. A term of 0 adds +0 or -0, which leaves a sum as it was unless the sum is -0, and
 * it never is: it starts at the bias, and only -0 plus -0 makes -0. */
static double logit_of_set(const double *f, uint64_t on)
{
    double z = bias;
    for (; on; on &= on - 1) {
        int i = (int)cd_ctz64(on);
        z += weights[i] * f[i];
    }
    return z;
}

static double logistic(double z)
{
    return 1.0 / (1.0 + exp(-z));
}

/* ---- features ------------------------------------------------------------------------------ */

/* A word in -ed of five letters or more: most often a past tense or participle ("hired"). Without
 * a branch (whether a word ends in -ed is a coin toss to the branch predictor): both bytes are
 * read whatever the length, the next to last one from within the word. */
static unsigned is_past_form(const cd_doc *doc, const cd_token *t)
{
    size_t n = t->len;
    unsigned last = (unsigned char)doc->text[cd_tok_stop(t) - 1];
    unsigned before = (unsigned char)doc->text[cd_tok_stop(t) - 1 - (n >= 2)]; /* within the word */
    return (unsigned)(n >= 5) & (((before << 8 | last) | 0x2020) == ('e' << 8 | 'd'));
}

static int is_money_sign(const cd_token *t)
{
    return t->type == TOK_PUNCT && (t->cp == '%' || cd_is_currency_sign(t->cp));
}

#define SUBJECT_WINDOW 3 /* tokens from the sentence's start where its subject begins */

/* The cues of data/checkworthy.tsv a sentence holds, gathered as bits (cue_bit) through the
 * token loop and turned into features at its end (cue_tally_features). */
typedef struct cue_tally {
    uint32_t groups;  /* the bits of its cues' groups (cue_bit; CW_NAME's: none) */
    uint32_t opening; /* those of the cues that start among its first SUBJECT_WINDOW tokens */
    uint64_t stats;   /* cues of CW_STAT, counted in units of FEAT(CW_STAT) (tally_cues) */
} cue_tally;

/* Counts a cue of CW_STAT, the one group counted, as its bit (bits: cue_bit's, or a memo's info). */
static inline void count_stats(cue_tally *c, uint32_t bits)
{
    c->stats += bits & FEAT(CW_STAT);
}

/* Adds cues by their bits (cue_bit), a memo's info word too: its flags are left out at the end
 * (cue_tally_features reads the cues' bits alone). */
static inline void tally_cues(cue_tally *c, uint32_t bits)
{
    c->groups |= bits;
    count_stats(c, bits);
}

/* The features of the cues: each group's feature (a denial is a negation too), the statistic
 * nouns counted up to 3; a cue among the sentence's first tokens names who the sentence is about:
 * the speaker (I, we) or someone else (he, she, they). */
static void cue_tally_features(const cue_tally *c, feature_set *fs)
{
    uint64_t ones = c->groups & DIRECT_CUES;
    if (c->groups & FEAT(DENIAL_BIT)) ones |= FEAT(CW_DENIAL) | FEAT(CW_NEGATION);
    if (c->groups & FEAT(QUANT_BIT)) ones |= FEAT(CW_QUANT);
    if (c->opening & (FEAT(CW_FIRST) | FEAT(CW_WE))) ones |= FEAT(CW_SELF);
    if (c->opening & FEAT(CW_THIRD)) ones |= FEAT(CW_SUBJECT);
    put_ones(fs, ones);
    uint64_t stats = c->stats >> CW_STAT;
    if (stats) put_count(fs, CW_STAT, stats < 3 ? (double)stats : 3, stats);
}

/* The stamps by which each word's weight counts once a sentence: by the token's lex_id, the
 * sentence that counted it last. What else the score reads of a word depends on the lexicon alone
 * (cd_cw_words, made at build time): a document clears only these stamps. */
struct cd_cw_memo {
    uint16_t now;      /* the current sentence's stamp: a new one needs no clearing */
    uint16_t the_id;   /* the lex_id of "the" (ranks_something's first test of each token) */
    uint16_t stamps[]; /* by lex_id: [0] the words without an entry (no weight), then cd_lex_entries' */
};

cd_cw_memo *cd_cw_memo_new(void)
{
    cd_cw_memo *memo = calloc(1, sizeof(cd_cw_memo) + (cd_lex_nentries + 1) * sizeof(uint16_t));
    if (memo) memo->the_id = (uint16_t)cd_lex_id(cd_lex_lookup("the", 3));
    return memo;
}

void cd_cw_memo_free(cd_cw_memo *memo)
{
    free(memo);
}

/* Starts a sentence: each word's weight counts once a sentence, as eval/calibrate.lua fits it (a
 * word said three times is no more check-worthy than said once). */
static void memo_next_sentence(cd_cw_memo *memo)
{
    if (++memo->now == 0) { /* after 65,535 sentences: no stamp may look current */
        memset(memo->stamps, 0, (cd_lex_nentries + 1) * sizeof memo->stamps[0]);
        memo->now = 1;
    }
}

/* Where the stamps are, in a local of the feature loop (a compiler reloads what it reads through
 * the memo's pointer after each call). */
typedef struct memo_view {
    uint16_t *stamps;
} memo_view;

static memo_view view_of(cd_cw_memo *memo)
{
    return (memo_view){memo->stamps};
}

/* What the score reads of token t's entry: by its lex_id, 0 (no entry) too. */
static inline const cd_cw_word *word_of(const cd_token *t)
{
    return &cd_cw_words[t->lex_id];
}

/* Whether word t of memo info `info` is a past form by its bytes (is_past_form), read only where
 * the memo cannot tell (MEMO_MAY_PAST: a word without an entry, most often); where it can, the
 * word's MEMO_PAST says so, and token_features reads it with the cues. tests/c/test_score_memo.c
 * checks the two together on every entry. */
static inline unsigned bytes_past(const cd_doc *doc, const cd_token *t, uint32_t info)
{
    return info & MEMO_MAY_PAST ? is_past_form(doc, t) : 0;
}

/* Whether capitalized word t (of memo info `info`) inside the sentence is no cue word: a proper
 * name, most often. The first word and words right after an opening quote or a colon are
 * capitalized anyway. The words' memos tell the cue words (the one before t was just read: it is
 * in the cache, where its lexicon entry may not be). */
static unsigned starts_name(const cd_token *first, const cd_token *t, uint32_t info)
{
    if (t == first || (info & MEMO_CUE)) return 0;
    const cd_token *p = t - 1;
    if (p->type == TOK_WORD) return !(p->flags & TF_CAP) || (word_of(p)->info & MEMO_CUE);
    return !(p->type == TOK_PUNCT && (cd_is_quote(p->cp) || p->cp == ':' || p->cp == '(' || p->cp == '.' ||
                                      cd_is_hyphen_or_dash(p->cp)));
}

/* The sums of a sentence's word weights: CW_WORDS and CW_WORDS_POS, from +0 (so never -0). With
 * SSE2 each sum is the low lane of a register, where a weight's bits go in one move and its
 * maximum with 0 reads them there (as doubles, a compiler moves them once more to clear a lane
 * nobody reads): the same additions, bit for bit. */
#if defined(__SSE2__) && defined(__x86_64__)
typedef struct word_sums {
    __m128d all, positive;
} word_sums;

static inline word_sums no_sums(void)
{
    return (word_sums){_mm_setzero_pd(), _mm_setzero_pd()};
}

/* Adds a weight given as its bits: to CW_WORDS_POS only above 0, without a branch (a compiler makes
 * one of `w > 0 ? w : 0`, a coin toss to the predictor): SSE2's maximum of 0 and w is w unless 0
 * is greater, so -0 for -0, which leaves a sum that is never -0 as it was. 0 first: the maximum
 * overwrites it, a fresh zero, and not w (a copy less). */
static inline void add_weight_bits(word_sums *sums, uint64_t bits)
{
    __m128d w = _mm_castsi128_pd(_mm_cvtsi64_si128((long long)bits));
    sums->all = _mm_add_sd(sums->all, w);
    sums->positive = _mm_add_sd(sums->positive, _mm_max_sd(_mm_setzero_pd(), w));
}

static inline double sum_all(word_sums sums)
{
    return _mm_cvtsd_f64(sums.all);
}

static inline double sum_positive(word_sums sums)
{
    return _mm_cvtsd_f64(sums.positive);
}
#else
typedef struct word_sums {
    double all, positive;
} word_sums;

static inline word_sums no_sums(void)
{
    return (word_sums){0, 0};
}

/* The same, with the bits masked off where the sign's is set. */
static inline void add_weight_bits(word_sums *sums, uint64_t bits)
{
    uint64_t positive = bits & ~(uint64_t)((int64_t)bits >> 63);
    double w, p;
    memcpy(&w, &bits, sizeof w);
    memcpy(&p, &positive, sizeof p);
    sums->all += w;
    sums->positive += p;
}

static inline double sum_all(word_sums sums)
{
    return sums.all;
}

static inline double sum_positive(word_sums sums)
{
    return sums.positive;
}
#endif

/* What a word adds to CW_WORDS (and CW_WORDS_POS), of memo entry cw and stamp *stamp (both by its
 * lex_id): every word, each word of a cue phrase too (the calibration sees every word), its
 * weight once a sentence, else 0. Without a branch on whether the word is new: the weight's bits
 * or +0 are picked by a select (a conditional move: one instruction where a mask of all ones took
 * four), and adding +0 leaves a sum as it was (the sums start at +0, so they are never -0); the
 * weights are finite (cd_cw_word_of). */
static inline void add_entry_weight(word_sums *sums, uint16_t *stamp, const cd_cw_word *cw, uint32_t now)
{
    uint64_t bits;
    memcpy(&bits, &cw->weight, sizeof bits);
    uint64_t added = *stamp != now ? bits : 0; /* the weight its first time, else +0 */
    *stamp = (uint16_t)now;
    add_weight_bits(sums, added);
}

/* add_entry_weight of token t's word; returns its memo's info (the entry found once, for both). */
static inline uint32_t add_word_weight(word_sums *sums, memo_view memo, const cd_token *t, uint32_t now)
{
    size_t id = t->lex_id; /* read once: the stamp's store might be to the token, for all a compiler knows */
    const cd_cw_word *cw = cd_cw_words + id;
    add_entry_weight(sums, memo.stamps + id, cw, now);
    return cw->info;
}

/* A figure or a sign: the features it sets by itself (to 1), as bits of *ones (FEAT). Returns 1
 * for a sign (no word). */
static unsigned other_token(const cd_doc *doc, const cd_token *t, uint64_t *ones)
{
    if (t->type == TOK_NUM) {
        *ones |= FEAT(cd_year_shape(doc, t) ? CW_YEAR : CW_NUMBER);
        return 0;
    }
    if (is_money_sign(t)) *ones |= FEAT(CW_MONEY);
    return 1;
}

/* A token's flags, type and phrases as one 4 bytes (doc.c's list_cues reads them so too). */
_Static_assert(offsetof(cd_token, type) == offsetof(cd_token, flags) + 2 &&
                   offsetof(cd_token, phrases) == offsetof(cd_token, flags) + 3,
               "a token's flags, type and phrases are 4 bytes in a row");
static inline uint32_t shape_fields(const cd_token *t)
{
    uint32_t fields;
    memcpy(&fields, &t->flags, sizeof fields);
    return fields;
}

/* shape_fields of a token of these fields, whatever the byte order (a constant once inlined). */
static inline uint32_t shape_of(uint16_t flags, uint8_t type, uint8_t phrases)
{
    cd_token t = {0};
    t.flags = flags;
    t.type = type;
    t.phrases = phrases;
    return shape_fields(&t);
}

/* A word in lower case of no phrase to look for (token_features' common path): a token whose
 * fields masked by PLAIN_MASK are PLAIN_WORD. */
#define PLAIN_MASK shape_of(TF_CAP, 0xFF, 0xFF)
#define PLAIN_WORD shape_of(0, TOK_WORD, CD_PHRASES_KNOWN)

/* The cue phrase of data/checkworthy.tsv that may start at word t (before end), tallied with the
 * weights of its words after the first (whose weight the caller added); without one, the word
 * alone, read for a past form by its bytes (its memo is not read). Returns the token after. */
static const cd_token *cue_phrase_at(const cd_doc *doc, const cd_token *t, const cd_token *end, cue_tally *cues,
                                     word_sums *sums, memo_view view, uint32_t now, unsigned *past)
{
    const cd_lexrec *rec = NULL;
    size_t n = cd_lex_match(doc, (size_t)(t - doc->toks), LX_CHECKWORTHY, &rec);
    if (n && n <= (size_t)(end - t)) {
        tally_cues(cues, 1u << cue_bit[cue_group(rec)]);
        for (size_t k = 1; k < n; k++) add_word_weight(sums, view, t + k, now);
        return t + n;
    }
    if (!*past) *past = is_past_form(doc, t);
    return t + 1;
}

/* Word t's own record, of memo info `info`, in the tally (no branch on whether it is a cue; its
 * MEMO_PAST too, read at the end). Few words need more, and one test of info tells them: a
 * statistic noun is counted (count_stats adds 0 for any other word), and bytes_past is asked of
 * a word whose bytes may tell a past form (no cue), until the sentence has one. */
static inline void own_record(const cd_doc *doc, const cd_token *t, uint32_t info, cue_tally *cues, unsigned *past)
{
    cues->groups |= info;
    if (info & (FEAT(CW_STAT) | MEMO_MAY_PAST)) {
        count_stats(cues, info);
        if ((info & MEMO_MAY_PAST) && !*past) *past = bytes_past(doc, t, info);
    }
}

/* The token features of a sentence: the flags and sums live in locals (registers) through the
 * loop and go to f at its end (the sums in the same order as ever: the same bits). The loop runs
 * twice: over the tokens that start within the sentence's first SUBJECT_WINDOW, then over the
 * rest (a cue phrase may run on past the first part's end), so that the cues tallied by the end
 * of the first are its opening's (cue_tally.opening). A past form is the memo's MEMO_PAST, gathered
 * with the cues; a word's bytes are read for one only where its memo cannot tell (MEMO_MAY_PAST),
 * and only until the sentence has one.
 * The words are counted as the tokens that are not signs (a cue phrase's tokens all count).
 * *may_rank: whether a word may be a superlative that ranks (MEMO_RANKS; every word where a phrase
 * is looked for, whose own memo is not read), else ranks_something has nothing to find. */
static void token_features(const cd_doc *doc, size_t first, size_t count, feature_set *fs, size_t *words,
                           unsigned *may_rank, cd_cw_memo *memo)
{
    const cd_token *toks = doc->toks, *start = toks + first, *t = start, *end = t + count;
    const cd_token *limit = count < SUBJECT_WINDOW ? end : t + SUBJECT_WINDOW;
    uint32_t now = memo->now;
    memo_view view = view_of(memo);
    word_sums sums = no_sums();
    unsigned names = 0, past = 0;
    size_t signs = 0;
    uint64_t ones = 0; /* the figures' and signs' features */
    cue_tally cues = {0, 0, 0};
    uint32_t phrased = 0; /* MEMO_RANKS once a phrase was looked for */
    for (int part = 0; part < 2; part++, limit = end) {
        while (t < limit) {
            /* most tokens are words in lower case where no phrase is looked for: one test of the
             * token's fields tells them (a word's type is 0, its phrases only "known") */
            if (CD_LIKELY((shape_fields(t) & PLAIN_MASK) == PLAIN_WORD)) {
                own_record(doc, t, add_word_weight(&sums, view, t, now), &cues, &past);
                t++;
                continue;
            }
            if (t->type != TOK_WORD) {
                signs += other_token(doc, t, &ones);
                t++;
                continue;
            }
            uint32_t info = add_word_weight(&sums, view, t, now);
            if (t->flags & TF_CAP) names += starts_name(start, t, info);
            /* cd_lex_match's own first test: a phrase is looked for where a key of several tokens
             * may start (an unmarked token, or one that heads a cue phrase where some phrase starts) */
            if (t->phrases != CD_PHRASES_KNOWN && ((t->phrases & CD_PHRASES_KNOWN) == 0 || (info & MEMO_HEAD))) {
                phrased = MEMO_RANKS;
                t = cue_phrase_at(doc, t, end, &cues, &sums, view, now, &past);
                continue;
            }
            own_record(doc, t, info, &cues, &past);
            t++;
        }
        if (part == 0) cues.opening = cues.groups;
    }
    cue_tally_features(&cues, fs);
    put_ones(fs, ones | (past || (cues.groups & MEMO_PAST) ? FEAT(CW_PAST) : 0));
    /* written whatever their value: the pass reads the word sums of every sentence */
    put(fs, CW_WORDS, sum_all(sums));
    put(fs, CW_WORDS_POS, sum_positive(sums));
    put_count(fs, CW_NAME, names < 3 ? names : 3, names);
    *words = count - signs;
    *may_rank = ((cues.groups | phrased) & MEMO_RANKS) != 0;
}

static int ends_with_question(const cd_doc *doc, size_t first, size_t count)
{
    for (size_t k = count; k > 0; k--) {
        const cd_token *t = &doc->toks[first + k - 1];
        if (t->type != TOK_PUNCT) return 0;
        if (t->cp == '?') return 1;
        if (t->cp == '.' || t->cp == '!') return 0;
    }
    return 0;
}

/* kinds[s] in cd_score_claims holds a sentence's kinds as bits of an unsigned char */
_Static_assert(CD_CLAIM_TIME < 8, "a claim kind is a bit of an unsigned char");

static unsigned kind_bit(cd_claim_kind kind)
{
    return 1u << (unsigned)kind;
}

/* The claim kinds' features (a sentence without a claim has none). */
static void claim_features(unsigned kinds, feature_set *fs)
{
    uint64_t ones = 0;
    if (kinds & (kind_bit(CD_CLAIM_QUANTITY) | kind_bit(CD_CLAIM_CHANGE))) ones |= FEAT(CW_CLAIM_NUM);
    if (kinds & kind_bit(CD_CLAIM_EVENT)) ones |= FEAT(CW_CLAIM_EVENT);
    if (kinds & kind_bit(CD_CLAIM_QUOTE)) ones |= FEAT(CW_CLAIM_QUOTE);
    if (kinds & kind_bit(CD_CLAIM_COMPARISON)) ones |= FEAT(CW_CLAIM_CMP);
    if (kinds & kind_bit(CD_CLAIM_TIME)) ones |= FEAT(CW_CLAIM_TIME);
    put_ones(fs, ones);
}

/* The kinds of the sentence's claims as bits; a linear scan (the pass uses a table instead). */
static unsigned scan_claim_kinds(const cd_doc *doc, size_t sent)
{
    unsigned kinds = 0;
    for (size_t i = 0; i < doc->n_claims; i++)
        if (doc->claims[i].sentence == sent) kinds |= kind_bit(doc->claims[i].kind);
    return kinds;
}

/* Where a walk through the sentences stands in the numbers and the entities (both in text
 * order, entities never overlapping): the first number of the sentence or after it, the first
 * entity that starts at its first token or after. The pass walks them along from sentence to
 * sentence; the features of one sentence (cd_cw_features) find them by a search. */
typedef struct doc_walk {
    size_t num, ent;
} doc_walk;

/* The walk's place for sentence sent (of first token first) found by searches. */
static doc_walk walk_search(const cd_doc *doc, size_t sent, size_t first, size_t end)
{
    size_t lo = 0, hi = doc->n_nums;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->nums[mid].sentence < sent) lo = mid + 1;
        else hi = mid;
    }
    /* none (n_einfo) where the first entity from `first` on does not end within the sentence:
     * entity_features stops at such an entity anyway */
    size_t e = cd_entity_after(doc, first, end, NULL);
    return (doc_walk){lo, e < doc->n_einfo ? e : doc->n_einfo};
}

/* The walk moved on to sentence sent, of first token first (later than its place's). */
static void walk_to(const cd_doc *doc, size_t sent, size_t first, doc_walk *w)
{
    while (w->num < doc->n_nums && doc->nums[w->num].sentence < sent) w->num++;
    while (w->ent < doc->n_einfo && doc->einfo[w->ent].tok_first < first) w->ent++;
}

/* Whether the numbers pass read a quantity of something in sentence sent: a percentage, money, a
 * measure, or a count with its unit ("45 people"), among the numbers from the walk's on. */
static int has_quantity(const cd_doc *doc, size_t sent, const doc_walk *w)
{
    for (size_t i = w->num; i < doc->n_nums && doc->nums[i].sentence == sent; i++) {
        const cd_number *n = &doc->nums[i];
        if (n->kind == CD_NUM_PERCENT || n->kind == CD_NUM_PERCENT_POINTS || n->kind == CD_NUM_MONEY ||
            n->kind == CD_NUM_MEASURE || (n->kind == CD_NUM_CARDINAL && n->unit))
            return 1;
    }
    return 0;
}

/* The people the entity pass found in the sentence, and whether the sentence opens on someone
 * else (a named entity within its first tokens; a third-person pronoun there is a cue of
 * token_features): what fact-checkers check in a debate is most often what an opponent or a named
 * actor did, said or wants. */
static void entity_features(const cd_doc *doc, size_t first, size_t count, const doc_walk *w, feature_set *fs)
{
    size_t end = first + count;
    unsigned people = 0;
    for (size_t e = w->ent; e < doc->n_einfo; e++) {
        const cd_tok_range *r = &doc->einfo[e];
        if (r->tok_first >= end || r->tok_count > end - r->tok_first) break;
        if (r->tok_first < first + SUBJECT_WINDOW) put_ones(fs, FEAT(CW_SUBJECT));
        /* an entity's type is one of entities.c's strings (internal.h) */
        if (doc->ents[e].type == cd_type_person && people < 2) people++;
    }
    if (people) put_count(fs, CW_PERSON, people, people);
}

/* Features of the others together: what a fact-checker reads in their combination. */
static void combined_features(feature_set *fs)
{
    uint64_t on = fs->on; /* the features they combine are never below 0: set is above 0 */
#define ANY(bits) ((on & (bits)) != 0)
    int figure = ANY(FEAT(CW_NUMBER) | FEAT(CW_NUMWORD) | FEAT(CW_MONEY));
    int stat = ANY(FEAT(CW_STAT)), named = ANY(FEAT(CW_NAME));
    uint64_t acts = FEAT(CW_ACTION) | FEAT(CW_STANCE) | FEAT(CW_PAST) | FEAT(CW_NEGATION) | FEAT(CW_CHANGE);
    uint64_t ones = 0;
    if (figure && stat) ones |= FEAT(CW_NUM_STAT);
    if (ANY(FEAT(CW_SUBJECT)) && ANY(acts | FEAT(CW_MODAL))) ones |= FEAT(CW_RECORD);
    if (figure && named) ones |= FEAT(CW_FIG_NAME);
    if (ANY(FEAT(CW_MODAL)) && !figure && !named) ones |= FEAT(CW_VAGUE);
    if (ANY(FEAT(CW_HEDGE) | FEAT(CW_OPINION)) && !figure && !ANY(FEAT(CW_ACTION) | FEAT(CW_CHANGE)))
        ones |= FEAT(CW_BARE_OPINION);
    if (ANY(FEAT(CW_QUANT)) && stat && !figure) ones |= FEAT(CW_QUANT_STAT);
    /* "I was against the war", "I never said that": the speaker's own record, which a
     * fact-checker can hold against the record */
    if (ANY(FEAT(CW_SELF)) && ANY(acts)) ones |= FEAT(CW_OWN_RECORD);
#undef ANY
    put_ones(fs, ones);
}

/* Whether token k can be graded by "most" or "least" before it: a word that is no pronoun, no
 * determiner and no function word ("the most pupils", not "the most I can say", "the least we can
 * do"). */
static int gradable_word(const cd_doc *doc, size_t k)
{
    return doc->toks[k].type == TOK_WORD && !cd_str_is(cd_tok_role(doc, k, LX_CLAIM_VERB_CUES), "subject") &&
           !cd_tok_in(doc, k, LX_CLAIM_PHRASE_STOPS) && !cd_tok_in(doc, k, LX_CLAIM_DETERMINERS);
}

/* Whether token i is a superlative that ranks by a measure: a superlative or "most" of
 * data/compare_words.tsv (i + 1 < end) before a word it grades, not one of judgement
 * (data/compare_judgements.tsv: "the best", "the most important"), which no one can look up. */
static int is_measured_superlative(const cd_doc *doc, size_t i, size_t end)
{
    const cd_lexrec *r = NULL;
    if (doc->toks[i].type != TOK_WORD || !cd_lex_match(doc, i, LX_COMPARE_WORDS, &r) || !r || !r->str) return 0;
    size_t graded = i; /* the word that grades: the superlative, or the adjective after "most" */
    if (cd_str_is(r->str, "most")) {
        if (i + 1 >= end || !gradable_word(doc, i + 1)) return 0;
        graded = i + 1;
    } else if (!cd_str_is(r->str, "superlative"))
        return 0;
    return !cd_str_is(cd_tok_role(doc, graded, LX_COMPARE_JUDGEMENTS), "judgement");
}

/* Whether the sentence says a superlative of something: a form of be or have
 * (data/cw_rank_verbs.tsv), at most one word, then "the" and a superlative that ranks by a measure
 * ("we have the lowest rate", "it is probably the largest plant"). A rank stated so is a fact one
 * can look up; a superlative alone is as often praise ("hire the best people"). On the training
 * debates such a sentence is checked 7 times as often as the average one (eval/calibrate.lua). */
static int ranks_something(const cd_doc *doc, size_t first, size_t count, uint16_t the_id)
{
    size_t end = first + count;
    const cd_token *toks = doc->toks;
    for (size_t k = first + 1; k + 1 < end; k++) {
        /* "the" by its lexicon entry: one read of the token, none of its text */
        if (toks[k].lex_id != the_id || !is_measured_superlative(doc, k + 1, end)) continue;
        if (cd_tok_in(doc, k - 1, LX_CW_RANK_VERBS)) return 1;
        if (k >= first + 2 && doc->toks[k - 1].type == TOK_WORD && cd_tok_in(doc, k - 2, LX_CW_RANK_VERBS)) return 1;
    }
    return 0;
}

/* The sentence's tokens, or NULL when its record is out of bounds. */
static const cd_sent_info *sentence_tokens(const cd_doc *doc, size_t sent)
{
    if (sent >= doc->n_sents || sent >= doc->n_sinfo) return NULL;
    const cd_sent_info *si = &doc->sinfo[sent];
    if (si->tok_first >= doc->n_toks || si->tok_count > doc->n_toks - si->tok_first) return NULL;
    return si;
}

/* cd_cw_features with the walk's place: where the sentence's numbers and entities start. Returns
 * the count of its tokens that are no signs (0: a wordless segment, is_wordless). */
static size_t sentence_features(const cd_doc *doc, size_t sent, const cd_sent_info *si, const doc_walk *w,
                                unsigned kinds, feature_set *fs, cd_cw_memo *memo)
{
    size_t words = 0;
    unsigned may_rank = 0;
    memo_next_sentence(memo);
    token_features(doc, si->tok_first, si->tok_count, fs, &words, &may_rank, memo);
    uint64_t ones = 0;
    if (ends_with_question(doc, si->tok_first, si->tok_count)) ones |= FEAT(CW_QUESTION);
    if (words < 6) ones |= FEAT(CW_SHORT);
    put_ones(fs, ones);
    put_count(fs, CW_LENGTH, words >= 40 ? 2.0 : (double)words / 20.0, words);
    entity_features(doc, si->tok_first, si->tok_count, w, fs);
    combined_features(fs);
    claim_features(kinds, fs);
    if (has_quantity(doc, sent, w)) put_ones(fs, FEAT(CW_QUANTITY));
    if (may_rank && ranks_something(doc, si->tok_first, si->tok_count, memo->the_id)) put_ones(fs, FEAT(CW_RANKED));
    return words;
}

/* The features that fs holds as 1 (put_ones), written into its f. */
static void spell_out_ones(feature_set *fs)
{
    for (uint64_t bits = fs->on & ~MEASURED; bits; bits &= bits - 1) fs->f[(int)cd_ctz64(bits)] = 1;
}

void cd_cw_features(const cd_doc *doc, size_t sent, const unsigned char *kinds, double *f, cd_cw_memo *memo)
{
    memset(f, 0, CW_NFEAT * sizeof *f);
    const cd_sent_info *si = memo ? sentence_tokens(doc, sent) : NULL;
    if (!si) return;
    doc_walk w = walk_search(doc, sent, si->tok_first, si->tok_first + si->tok_count);
    feature_set fs = {f, 0};
    sentence_features(doc, sent, si, &w, kinds ? kinds[sent] : scan_claim_kinds(doc, sent), &fs, memo);
    spell_out_ones(&fs);
}

/* The pass's f before its first sentence: 1 for each feature put_ones sets (it never writes f),
 * 0 for the MEASURED ones. */
static void ones_template(double *f)
{
    for (int i = 0; i < CW_NFEAT; i++) f[i] = MEASURED >> i & 1 ? 0 : 1;
}

/* ---- the pass ------------------------------------------------------------------------------ */

/* A segment without a word or a figure ("...", "--") states nothing. */
static int is_wordless(const cd_doc *doc, size_t sent)
{
    const cd_sent_info *si = &doc->sinfo[sent];
    for (size_t i = si->tok_first; i < si->tok_first + si->tok_count && i < doc->n_toks; i++)
        if (doc->toks[i].type != TOK_PUNCT) return 0;
    return 1;
}

/* The features that moved a sentence's score most, concrete ones first (outranks): the reasons its
 * claims get. */
typedef struct top_features {
    unsigned char n, feat[MAX_SCORE_REASONS];
    double share[MAX_SCORE_REASONS]; /* each one's share of the log-odds */
} top_features;

/* The mean word sums of a training sentence (eval/calibrate.lua prints them): every sentence has
 * words, so its wording explains a score only as far as it is worded more like a claim than the
 * average sentence. */
#define WORDS_MEAN 1.85
#define WORDS_POS_MEAN 3.65

/* What feature i adds to a sentence's log-odds, as a reason: the two word sums are one reason (the
 * sentence's wording, past the average's), named at CW_WORDS; the claim-kind features none (the
 * claim's kind says as much); the context features are 0 in f (the pass adds them later). */
static double reason_share(const double *f, int i)
{
    if (i >= CW_CLAIM_NUM && i <= CW_CLAIM_TIME) return 0;
    if (i == CW_WORDS_POS) return 0;
    if (i == CW_WORDS)
        return weights[CW_WORDS] * (f[CW_WORDS] - WORDS_MEAN) + weights[CW_WORDS_POS] * (f[CW_WORDS_POS] - WORDS_POS_MEAN);
    return weights[i] * f[i];
}

/* Whether feature i holds 0 or 1: all but those that count, measure or sum (the statistic nouns,
 * the names, the people, the length, the word sums, the context). A feature added to score.h is
 * none until it is listed here. tests/c/test_score_memo.c checks the values on stories, and
 * tests/c/test_score_binary.c that every feature the pass sets to 1 (put_ones) is listed. */
static int is_binary_feature(int i)
{
    static const uint64_t binary = FEAT(CW_NUMBER) | FEAT(CW_YEAR) | FEAT(CW_MONEY) | FEAT(CW_NUMWORD) |
        FEAT(CW_COMPARE) | FEAT(CW_CHANGE) | FEAT(CW_ACTION) | FEAT(CW_ATTRIB) | FEAT(CW_TIME) | FEAT(CW_HEDGE) |
        FEAT(CW_OPINION) | FEAT(CW_FIRST) | FEAT(CW_WE) | FEAT(CW_YOU) | FEAT(CW_MODAL) | FEAT(CW_COURTESY) |
        FEAT(CW_QUESTION) | FEAT(CW_SHORT) | FEAT(CW_NUM_STAT) | FEAT(CW_PAST) | FEAT(CW_NEGATION) | FEAT(CW_THIRD) |
        FEAT(CW_SCOPE) | FEAT(CW_STANCE) | FEAT(CW_SUBJECT) | FEAT(CW_RECORD) | FEAT(CW_FIG_NAME) | FEAT(CW_VAGUE) |
        FEAT(CW_BARE_OPINION) | FEAT(CW_DENIAL) | FEAT(CW_QUANT) | FEAT(CW_QUANT_STAT) | FEAT(CW_SELF) |
        FEAT(CW_OWN_RECORD) | FEAT(CW_CLAIM_NUM) | FEAT(CW_CLAIM_EVENT) | FEAT(CW_CLAIM_QUOTE) | FEAT(CW_CLAIM_CMP) |
        FEAT(CW_CLAIM_TIME) | FEAT(CW_QUANTITY) | FEAT(CW_RANKED);
    return i >= 0 && i < 64 && (binary >> i & 1);
}

/* The context features: 0 in a sentence's own features (the pass adds their share later). */
static int is_context_feature(int i)
{
    return i == CW_PREV_WORDS || i == CW_NEXT_WORDS || i == CW_PREV2_WORDS || i == CW_NEXT2_WORDS ||
           i == CW_NEAR_WORDS;
}

/* The features whose share may reach REASON_MIN, in feature order: the wording, and those of a
 * weight above 0 (the others are never negative: their share is at most 0) but the claim kinds
 * and CW_WORDS_POS, whose share is 0. Listed once a pass: strongest reads those alone. `all`: every
 * such feature; else not those that cannot get there in a sentence's own features: the context
 * (0 there) and a feature of 0 or 1 whose weight (its share at 1) is below REASON_MIN (about half
 * of the others; tests/c/test_score_memo.c checks that strongest finds the same either way). */
typedef struct reason_features {
    unsigned char n, feat[CW_NFEAT];
    uint64_t listed; /* the same as bits (FEAT) */
} reason_features;

static reason_features list_reason_features(int all)
{
    reason_features from = {0, {0}, 0};
    double f[CW_NFEAT] = {0};
    for (int i = 0; i < CW_NFEAT; i++) {
        f[i] = 1;
        double share = reason_share(f, i); /* at 1: its weight */
        f[i] = 0;
        if (i != CW_WORDS && !(share > 0)) continue;
        if (!all && (is_context_feature(i) || (is_binary_feature(i) && !(share >= REASON_MIN)))) continue;
        from.feat[from.n++] = (unsigned char)i;
        from.listed |= FEAT(i);
    }
    return from;
}

/* The wording and the passage around are general reasons: a concrete one (a figure, a source, what
 * happened) tells an editor what to check, so it goes first whatever the shares. */
static int is_general_reason(int feat)
{
    return feat == CW_WORDS || feat == CW_NEAR_WORDS;
}

/* Whether reason feat of share c goes before reason other of share other_c: concrete before
 * general, then the larger share (ties keep the order they came in). */
static int outranks(int feat, double c, int other, double other_c)
{
    int general = is_general_reason(feat), other_general = is_general_reason(other);
    return general != other_general ? other_general : c > other_c;
}

/* Inserts feature feat of share c after those that outrank it, the last dropping out past
 * MAX_SCORE_REASONS. */
static inline void insert_reason(top_features *top, int feat, double c)
{
    enum { LAST = MAX_SCORE_REASONS - 1 };
    if (top->n == MAX_SCORE_REASONS && !outranks(feat, c, top->feat[LAST], top->share[LAST])) return;
    /* the slot that opens: a new one, or the weakest's; c moves up past the weaker ones, which
     * move down one by one (a loop that stops on the shares, not a memmove of a counted run) */
    unsigned at = top->n < MAX_SCORE_REASONS ? top->n++ : MAX_SCORE_REASONS - 1;
    for (; at > 0 && outranks(feat, c, top->feat[at - 1], top->share[at - 1]); at--) {
        top->share[at] = top->share[at - 1];
        top->feat[at] = top->feat[at - 1];
    }
    top->share[at] = c;
    top->feat[at] = (unsigned char)feat;
}

/* insert_reason among concrete reasons alone: the larger share first (ties keep the order they
 * came in), the last dropping out past MAX_SCORE_REASONS. */
static inline void insert_concrete(top_features *top, int feat, double c)
{
    enum { LAST = MAX_SCORE_REASONS - 1 };
    if (top->n == MAX_SCORE_REASONS && !(c > top->share[LAST])) return;
    unsigned at = top->n < MAX_SCORE_REASONS ? top->n++ : LAST;
    for (; at > 0 && c > top->share[at - 1]; at--) {
        top->share[at] = top->share[at - 1];
        top->feat[at] = top->feat[at - 1];
    }
    top->share[at] = c;
    top->feat[at] = (unsigned char)feat;
}

/* Every feature of the sentence's own that raised its score enough is a candidate, those after
 * the claim kinds too (a quantity of something); features that lowered the score ("a long
 * sentence" when length counts against it) are left out. The passage around comes in later
 * (add_context). The wording (CW_WORDS), the one general reason among them, goes after the
 * concrete ones whatever the shares (outranks): it takes a slot the concrete ones left, which is
 * where insert_reason would put it (tests/c/test_score_memo.c compares the two). Only the
 * features of `on` (FEAT) are read, in feature order: a feature of 0 has no share, and f holds
 * the word sums always. */
static top_features strongest(const double *f, uint64_t on, const reason_features *from)
{
    top_features top = {0, {0}, {0}};
    /* only what raised the score explains a flag; reason_share's other cases (the claim kinds,
     * CW_WORDS_POS) are not listed: a listed feature's share is its weight times its value */
    for (uint64_t bits = from->listed & ~FEAT(CW_WORDS) & on; bits; bits &= bits - 1) {
        int i = (int)cd_ctz64(bits);
        double c = weights[i] * f[i];
        if (c >= REASON_MIN) insert_concrete(&top, i, c);
    }
    double wording = from->listed & FEAT(CW_WORDS) ? reason_share(f, CW_WORDS) : 0;
    if (wording >= REASON_MIN && top.n < MAX_SCORE_REASONS) {
        top.share[top.n] = wording;
        top.feat[top.n++] = CW_WORDS;
    }
    return top;
}

/* Names the sentence's strongest features in the claim's free reason slots, up to
 * MAX_CLAIM_REASONS in all (the pass's own reasons stay first). */
static void add_reasons(cd_doc *doc, cd_claim *c, const top_features *top)
{
    for (unsigned k = 0; k < top->n && c->nreasons < MAX_CLAIM_REASONS; k++)
        cd_claim_reason(doc, c, features[top->feat[k]].reason);
}

/* What add_reasons made of a reason list and a sentence's strongest features. The list a claim
 * comes to depends on nothing else (cd_claim_reason shares the lists: equal lists are one
 * pointer), and the passes' own lists and the strongest features repeat from claim to claim: most
 * claims come to a list an earlier one came to. A table of one slot per key's hash: 1024 slots
 * (64 KB) left a third fewer calls of cd_claim_reason than 256 on news (/tmp/c2.txt: 15.2K ->
 * 9.8K), 2048 no fewer. */
#define REASON_MEMO_BITS 10
/* fewer for fewer claims (a short story's), a slot for each claim at least: a table emptied for each
 * story was most of a short story's clearing of memory */
#define REASON_MEMO_MIN_BITS 6
typedef struct reason_memo {
    const char *const *from, *const *to; /* the reason lists before and after */
    uint8_t n_from, n_to, used;
    top_features top;
} reason_memo;
typedef struct reason_table {
    reason_memo *slots; /* 2^(64 - shift) */
    unsigned shift;     /* a hash's slot is its top bits: the hash >> shift */
} reason_table;

static unsigned reason_bits(size_t n_claims)
{
    unsigned bits = REASON_MEMO_MIN_BITS;
    while (bits < REASON_MEMO_BITS && (size_t)1 << bits < n_claims) bits++;
    return bits;
}

/* add_reasons through the table. */
static void add_reasons_memo(cd_doc *doc, cd_claim *c, const top_features *top, reason_table table)
{
    /* the key's bits mixed by two multiplications, the slot from the top bits: the keys' pointers
     * differ in their low bits, which a sum of products by 31 left in place */
    uint32_t feats;
    _Static_assert(sizeof top->feat == sizeof feats, "the features of a top_features fill a uint32_t");
    memcpy(&feats, top->feat, sizeof feats);
    uint64_t h = ((uint64_t)(uintptr_t)c->reasons + c->nreasons) * 0x9E3779B97F4A7C15u ^ ((uint64_t)feats << 8 | top->n);
    h *= 0xBF58476D1CE4E5B9u;
    reason_memo *r = &table.slots[h >> table.shift];
    if (r->used && r->from == c->reasons && r->n_from == c->nreasons && r->top.n == top->n &&
        memcmp(r->top.feat, top->feat, sizeof top->feat) == 0) {
        c->reasons = r->to;
        c->nreasons = r->n_to;
        return;
    }
    const char *const *from = c->reasons;
    uint8_t n_from = c->nreasons;
    add_reasons(doc, c, top);
    if (doc->oom) return; /* a list cut short is no one else's */
    *r = (reason_memo){from, c->reasons, n_from, c->nreasons, 1, *top};
}

#define DIRECT_QUOTE_FLOOR 0.5
/* A floored quote's score: the floor plus its own score times this, so that the quotes the floor
 * lifts keep their own order (the more check-worthy words first) within [0.5, 0.51) instead of
 * tying at 0.5 (a tenth of corpus5's sentences at 0.5 or more sat at exactly 0.5), and stay below
 * nearly every claim that reached 0.5 by itself. */
#define QUOTE_FLOOR_BAND 0.02

/* An event claim marked hypothetical by events.c ("could be fined", "threatened to close"):
 * nothing happened yet, so its kind lifts neither it nor its sentence. Its other features (a
 * stated penalty's figure) still count. */
static int is_hypothetical(const cd_claim *c)
{
    for (unsigned r = 0; c->kind == CD_CLAIM_EVENT && r < c->nreasons; r++)
        if (c->reasons[r] == cd_reason_hypothetical || strcmp(c->reasons[r], cd_reason_hypothetical) == 0) return 1;
    return 0;
}

/* What a claim's kind adds to its log-odds. */
static double kind_lift(const cd_claim *c)
{
    double offset = kind_offset[c->kind];
    return offset > 0 && is_hypothetical(c) ? 0 : offset;
}

/* A claim's log-odds in a sentence of log-odds z: its kind moves it. */
static double claim_logit(const cd_claim *c, double z, int question)
{
    double offset = kind_lift(c);
    /* a question's claims are its premises: they never lift it (is_question), a bare date still
     * lowers its claim */
    return z + (question && offset > 0 ? 0 : offset);
}

/* A desk checks every direct quote it prints against the notes or the tape, whatever the quote
 * says: one with a named speaker is never below the everyday threshold. */
static int is_floored_quote(const cd_claim *c)
{
    return c->kind == CD_CLAIM_QUOTE && c->quote.direct && c->quote.speaker;
}

/* The score of a floored quote whose own score is below the floor (QUOTE_FLOOR_BAND). */
static double floored_score(double own)
{
    return DIRECT_QUOTE_FLOOR + QUOTE_FLOOR_BAND * own;
}

/* A question asks; it states nothing: what its claims say is the asker's premise, which lifts it
 * no more than its own features do ("Why should voters prefer you to your rival?" is no
 * comparison to check; its figures still count among the sentence's features). */
static int is_question(const cd_doc *doc, size_t sent)
{
    const cd_sent_info *si = sentence_tokens(doc, sent);
    return si && ends_with_question(doc, si->tok_first, si->tok_count);
}

double cd_cw_claim_lift(const cd_doc *doc, size_t sent, int *floored)
{
    double lift = 0;
    int question = is_question(doc, sent);
    *floored = 0;
    for (size_t i = 0; i < doc->n_claims; i++) {
        const cd_claim *c = &doc->claims[i];
        if (c->sentence != sent) continue;
        double kind = kind_lift(c);
        if (!question && kind > lift) lift = kind;
        if (is_floored_quote(c)) *floored = 1;
    }
    return lift;
}

/* What the pass keeps of each sentence between its two loops. */
typedef struct sent_score {
    double logit;      /* its own features' log-odds, then with the context's share */
    double score;      /* logistic(logit), its own score (add_context) */
    double words;      /* its CW_WORDS: the context of its neighbours */
    top_features top;  /* the reasons its claims get */
    unsigned char fixed; /* a headline or a wordless segment: its log-odds is HEADLINE_LOGIT */
    unsigned char claimed; /* it holds a claim: its reasons are read */
    unsigned char question; /* it ends with a question mark: its claims do not lift it */
} sent_score;

/* The context features' share of each sentence's log-odds (a headline's stays put), then the
 * sentences' own scores. */
#define NEAR_FROM 3 /* CW_NEAR_WORDS reads the sentences this far */
#define NEAR_TO 6   /* to this far before and after (eval/calibrate.lua: the same) */

/* CW_NEAR_WORDS of sentence s: the mean CW_WORDS of the passage around it, past its neighbours
 * (0 where there is none: a short document); *count: how many sentences it read. */
static double near_words(const sent_score *ss, size_t s, size_t n, unsigned *count)
{
    double sum = 0;
    if (s >= NEAR_TO && NEAR_TO < n - s) { /* the whole passage: the same terms in the same order, untested */
        for (size_t d = NEAR_FROM; d <= NEAR_TO; d++) sum += ss[s - d].words, sum += ss[s + d].words;
        *count = 2 * (NEAR_TO - NEAR_FROM + 1);
        return sum / (2 * (NEAR_TO - NEAR_FROM + 1));
    }
    *count = 0;
    for (size_t d = NEAR_FROM; d <= NEAR_TO; d++) {
        if (s >= d) sum += ss[s - d].words, ++*count;
        if (s + d < n) sum += ss[s + d].words, ++*count;
    }
    return *count ? sum / *count : 0;
}

/* Adds a neighbour's words score of weight feature wf to sentence s's log-odds; returns its share
 * as a reason: past an average sentence's (as the sentence's own wording, reason_share). */
static double add_neighbour(sent_score *ss, size_t s, size_t at, int wf)
{
    ss[s].logit += weights[wf] * ss[at].words;
    return weights[wf] * (ss[at].words - WORDS_MEAN);
}

static void add_context(cd_doc *doc, sent_score *ss)
{
    size_t n = doc->n_sents;
    for (size_t s = 0; s < n; s++) {
        if (!ss[s].fixed) {
            double share = 0; /* the passage's share, one reason: a claim's passage raised it */
            if (s > 0) share += add_neighbour(ss, s, s - 1, CW_PREV_WORDS);
            if (s > 1) share += add_neighbour(ss, s, s - 2, CW_PREV2_WORDS);
            if (s + 1 < n) share += add_neighbour(ss, s, s + 1, CW_NEXT_WORDS);
            if (s + 2 < n) share += add_neighbour(ss, s, s + 2, CW_NEXT2_WORDS);
            unsigned count;
            double near = near_words(ss, s, n, &count);
            ss[s].logit += weights[CW_NEAR_WORDS] * near;
            if (count) share += weights[CW_NEAR_WORDS] * (near - WORDS_MEAN);
            if (ss[s].claimed && share >= REASON_MIN) insert_reason(&ss[s].top, CW_NEAR_WORDS, share);
        }
        doc->sents[s].score = ss[s].score = logistic(ss[s].logit);
    }
}

/* The claims' scores and reasons, and each sentence's score raised to its best claim's. */
static void score_each_claim(cd_doc *doc, const sent_score *ss)
{
    unsigned bits = reason_bits(doc->n_claims);
    reason_table reasons = {calloc((size_t)1 << bits, sizeof(reason_memo)), 64 - bits};
    if (!reasons.slots) {
        doc->oom = 1;
        return;
    }
    double last_z = 0, last_score = logistic(0); /* claims next to each other often share a log-odds */
    for (size_t i = 0; i < doc->n_claims; i++) {
        cd_claim *c = &doc->claims[i];
        if (c->sentence >= doc->n_sents) {
            c->score = 0;
            continue;
        }
        cd_sentence *s = &doc->sents[c->sentence];
        const sent_score *own = &ss[c->sentence];
        double z = own->logit;
        if (!s->headline) z = claim_logit(c, z, own->question);
        /* a quote's kind and a question leave the log-odds as it was: the sentence's own score */
        if (z != last_z) last_z = z, last_score = z == own->logit ? own->score : logistic(z);
        c->score = last_score;
        if (s->headline) cd_claim_reason(doc, c, "headline or page chrome");
        else add_reasons_memo(doc, c, &own->top, reasons);
        if (!s->headline && is_floored_quote(c) && c->score < DIRECT_QUOTE_FLOOR) c->score = floored_score(c->score);
        if (c->score > s->score) s->score = c->score;
    }
    free(reasons.slots);
}

void cd_score_claims(cd_doc *doc)
{
    if (!doc->n_sents) return;
    sent_score *ss = malloc(doc->n_sents * sizeof *ss);
    unsigned char *kinds = calloc(doc->n_sents, 1);
    /* the memo lives as long as the document (the chunk's, which the next chunk reuses): a
     * word's entry is read once a document, not once a chunk, and the memo is zeroed once */
    if (!doc->cw_memo) doc->cw_memo = cd_cw_memo_new();
    cd_cw_memo *memo = doc->cw_memo;
    if (!ss || !kinds || !memo) {
        free(ss);
        free(kinds);
        doc->oom = 1;
        return;
    }
    for (size_t i = 0; i < doc->n_claims; i++)
        if (doc->claims[i].sentence < doc->n_sents)
            kinds[doc->claims[i].sentence] |= (unsigned char)kind_bit(doc->claims[i].kind);
    double f[CW_NFEAT];
    ones_template(f);
    doc_walk walk = {0, 0};
    reason_features reason_from = list_reason_features(0);
    for (size_t s = 0; s < doc->n_sents; s++) { /* the features of each sentence, once */
        /* f is not cleared: the features of fs.on are this sentence's, the word sums too */
        feature_set fs = {f, 0};
        const cd_sent_info *si = sentence_tokens(doc, s);
        size_t words = 0;
        if (si) {
            walk_to(doc, s, si->tok_first, &walk);
            words = sentence_features(doc, s, si, &walk, kinds[s], &fs, memo);
        } else {
            ones_template(f); /* the word sums read as 0 */
        }
        /* no token but signs: token_features counted them (a key of several tokens starts at a word) */
        ss[s].fixed = doc->sents[s].headline || (si ? words == 0 : is_wordless(doc, s));
        ss[s].logit = ss[s].fixed ? HEADLINE_LOGIT : logit_of_set(f, fs.on);
        ss[s].words = f[CW_WORDS];
        ss[s].question = (fs.on & FEAT(CW_QUESTION)) != 0;
        /* the reasons its claims get: a sentence without a claim needs none, nor a headline (its
         * claims get the headline's reason alone) */
        ss[s].claimed = kinds[s] && !doc->sents[s].headline;
        ss[s].top = ss[s].claimed ? strongest(f, fs.on, &reason_from) : (top_features){0, {0}, {0}};
    }
    add_context(doc, ss);
    score_each_claim(doc, ss);
    free(ss);
    free(kinds);
}
