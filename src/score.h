/*
 * The check-worthiness score's features (score.c), shared with the calibration tool
 * (eval/cw_features.c) so that the weights in score.c are fitted on exactly what the score reads.
 */
#ifndef CD_SCORE_H
#define CD_SCORE_H

#include "internal.h"

enum cd_cw_feature {
    CW_NUMBER = 0, /* a figure in digits (not a year) */
    CW_YEAR,       /* a year: 1900..2099 in digits */
    CW_MONEY,      /* money, a percentage or a scale word (million, percent) */
    CW_NUMWORD,    /* a number in words */
    CW_STAT,       /* statistic nouns (jobs, taxes, deficit), counted up to 3 */
    CW_COMPARE,    /* comparatives, superlatives, "record", "twice" */
    CW_CHANGE,     /* change verbs: rose, fell, cut, doubled */
    CW_ACTION,     /* checkable acts: voted, signed, spent, killed */
    CW_ATTRIB,     /* attribution: said, according to, a study */
    CW_TIME,       /* time anchors: months, "ago", "since", "last year" */
    CW_NAME,       /* named actors: capitalized words inside the sentence, counted up to 3 */
    CW_HEDGE,      /* maybe, I think, probably */
    CW_OPINION,    /* great, terrible, disaster */
    CW_FIRST,      /* I, me, my */
    CW_WE,         /* we, our, us */
    CW_YOU,        /* you, your */
    CW_MODAL,      /* will, should, want, going to */
    CW_COURTESY,   /* thank you, applause, hello, okay */
    CW_QUESTION,   /* ends with a question mark */
    CW_SHORT,      /* fewer than 6 words */
    CW_LENGTH,     /* words / 20, up to 2 */
    CW_NUM_STAT,   /* a figure (digits, words or money) and a statistic noun together */
    CW_PAST,       /* past tense: was, did, had, or a word in -ed */
    CW_NEGATION,   /* not, never, didn't */
    CW_THIRD,      /* he, she, they */
    CW_SCOPE,      /* how far a superlative or absolute reaches: ever, in history, every */
    CW_STANCE,     /* a stance someone took or holds: wants, supports, promised, thinks */
    CW_PERSON,     /* people the entity pass named in the sentence, counted up to 2 */
    CW_SUBJECT,    /* the sentence opens on someone else: a named entity or he/she/they */
    CW_RECORD,     /* that subject with an act, a stance, a plan, a denial or a past form: a record */
    CW_FIG_NAME,   /* a figure and a named actor together */
    CW_VAGUE,      /* a plan or wish without a figure or a name: a vague promise */
    CW_BARE_OPINION, /* a hedge or an opinion without a figure or an act: a pure opinion */
    CW_DENIAL,     /* an absolute denial: never, nobody, nothing, not once */
    CW_QUANT,      /* a quantity in words without digits: majority, nearly, at least */
    CW_QUANT_STAT, /* such a quantity about a statistic noun, without a figure: a statistic */
    CW_SELF,       /* the sentence opens on the speaker: I or we within its first tokens */
    CW_OWN_RECORD, /* that opening with an act, a stance, a past form or a denial: the speaker's record */
    CW_CLAIM_NUM,  /* a quantity or change claim of the other passes (the claim features come last) */
    CW_CLAIM_EVENT,
    CW_CLAIM_QUOTE,
    CW_CLAIM_CMP,
    CW_CLAIM_TIME,
    CW_WORDS,      /* the sum of the words' weights in data/cw_words.tsv (generated from the
                    * training debates by eval/calibrate.sh); named as a reason with
                    * CW_WORDS_POS (the sentence's wording) */
    CW_PREV_WORDS, /* the context: CW_WORDS of the sentence before and after (0 at the document's */
    CW_NEXT_WORDS, /* ends): claims come in runs. Set by the pass; cd_cw_features leaves them 0 */
    CW_PREV2_WORDS, /* the same of the sentences two before and two after */
    CW_NEXT2_WORDS,
    CW_WORDS_POS,  /* the sum of the positive weights of CW_WORDS alone: words of checked claims */
    CW_NEAR_WORDS, /* the context: the mean CW_WORDS of the sentences 3 to 6 before and after (the
                    * passage around). Set by the pass; cd_cw_features leaves it 0 */
    CW_QUANTITY,   /* the numbers pass read a quantity: a percentage, money, a measure or a count of
                    * something named (not a bare number, an ordinal, a year or a label) */
    CW_RANKED,     /* a superlative said of something: a form of be or have, at most one word, "the"
                    * and a superlative ("we have the lowest rate", "it's the biggest") */
    CW_NFEAT
};

/* What the features read of the lexicon's words, looked up once (about 130 KB): make one for a
 * run of documents (NULL out of memory) and pass it to every call. */
typedef struct cd_cw_memo cd_cw_memo;
cd_cw_memo *cd_cw_memo_new(void);
void cd_cw_memo_free(cd_cw_memo *memo);
/* The features of sentence `sent` (an index into doc->sents) into f[CW_NFEAT]. kinds[s], when
 * not NULL, holds the bits (1 << kind) of sentence s's claims; NULL: found by a scan. */
void cd_cw_features(const cd_doc *doc, size_t sent, const unsigned char *kinds, double *f, cd_cw_memo *memo);
/* The feature's short name (for the calibration tool) and its reason text (static strings). */
const char *cd_cw_feature_name(int feature);
/* The linear score (log-odds) of a feature vector; the score is its logistic. */
double cd_cw_logit(const double *f);
/* How far the claims of sentence `sent` raise its log-odds z in the pass: its score is the
 * logistic of max(z, z + lift), and at least 0.5 when *floored (a direct quote with a speaker).
 * A linear scan of the claims, for the calibration tool (the pass reads a table). */
double cd_cw_claim_lift(const cd_doc *doc, size_t sent, int *floored);

#endif
