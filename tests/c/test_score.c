/* Check-worthiness (score.c): the features each rule reads, and how they move the score. */
#include "helpers.h"

#include "score.h"
#include "bare_doc.h"

/* The features of text's first sentence, checked one by one; memo as the calibration tool keeps it.
 * A bare document: the features read tokens, which the document that cd_analyze returns does not
 * keep. */
static void features_with(const char *text, double *f, cd_cw_memo *memo)
{
    cd_doc *doc = bare_doc(text);
    assert_true(doc->n_sents >= 1);
    cd_cw_features(doc, 0, NULL, f, memo);
    cd_doc_free(doc);
}

/* features_with a memo of its own. */
static void features_of(const char *text, double *f)
{
    cd_cw_memo *memo = cd_cw_memo_new();
    assert_non_null(memo);
    features_with(text, f, memo);
    cd_cw_memo_free(memo);
}

/* The score of the first sentence of text. */
static double first_score(const char *text)
{
    cd_doc *doc = analyze(text, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_true(n >= 1);
    double score = s[0].score;
    cd_doc_free(doc);
    return score;
}

static void test_features_of_a_factual_sentence(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("In 2016 the deficit rose 5 percent to $587 billion, Senator Mary Smith said.", f);
    assert_true(f[CW_NUMBER] == 1);
    assert_true(f[CW_YEAR] == 1);
    assert_true(f[CW_MONEY] == 1);
    assert_true(f[CW_STAT] == 1);     /* deficit */
    assert_true(f[CW_CHANGE] == 1);   /* rose */
    assert_true(f[CW_ATTRIB] == 1);   /* said */
    assert_true(f[CW_NAME] == 1);     /* "Senator Mary Smith" is one name */
    assert_true(f[CW_NUM_STAT] == 1);
    assert_true(f[CW_QUESTION] == 0);
    assert_true(f[CW_SHORT] == 0);
    assert_true(f[CW_HEDGE] == 0);
    assert_true(f[CW_FIRST] == 0);
    assert_true(f[CW_COURTESY] == 0);
}

static void test_features_of_a_record(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("She promised the lowest taxes in history.", f);
    assert_true(f[CW_SUBJECT] == 1); /* she, at the start */
    assert_true(f[CW_STANCE] == 1);  /* promised */
    assert_true(f[CW_SCOPE] == 1);   /* in history */
    assert_true(f[CW_RECORD] == 1);
    assert_true(f[CW_VAGUE] == 0);
    features_of("We will make this country great again.", f);
    assert_true(f[CW_SUBJECT] == 0);
    assert_true(f[CW_RECORD] == 0);
    assert_true(f[CW_VAGUE] == 1);        /* a plan without a figure or a name */
    assert_true(f[CW_BARE_OPINION] == 1); /* great, and nothing to check */
    features_of("We will cut taxes by 5 percent, but she never said so.", f);
    assert_true(f[CW_SUBJECT] == 0); /* she is not the subject here */
    assert_true(f[CW_VAGUE] == 0);
}

static void test_features_of_chatter(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("Thank you so much, and I think you are great?", f);
    assert_true(f[CW_NUMBER] == 0);
    assert_true(f[CW_YEAR] == 0);
    assert_true(f[CW_MONEY] == 0);
    assert_true(f[CW_NAME] == 0); /* the first word is capitalized anyway */
    assert_true(f[CW_COURTESY] == 1);
    assert_true(f[CW_HEDGE] == 1); /* "I think" */
    assert_true(f[CW_OPINION] == 1);
    assert_true(f[CW_FIRST] == 0); /* "I think" is a hedge phrase, read as one */
    assert_true(f[CW_YOU] == 1);
    assert_true(f[CW_QUESTION] == 1);
    assert_true(f[CW_SHORT] == 0);
}

static void test_features_years_short_and_past(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("He resigned in 1998.", f);
    assert_true(f[CW_YEAR] == 1);
    assert_true(f[CW_NUMBER] == 0); /* a year is not a figure */
    assert_true(f[CW_SHORT] == 1);
    assert_true(f[CW_PAST] == 1); /* resigned */
    assert_true(f[CW_THIRD] == 1);
    features_of("They need 3,000 more beds next winter.", f);
    assert_true(f[CW_NUMBER] == 1);
    assert_true(f[CW_YEAR] == 0);
    assert_true(f[CW_PAST] == 0); /* "need" and "beds" end in -ed but are too short */
    assert_true(f[CW_MODAL] == 1);
    assert_true(f[CW_COMPARE] == 1);
}

static void test_features_names_after_quotes_and_colons(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("The verdict: Guilty, said “Police” in Boston and Chicago.", f);
    assert_true(f[CW_NAME] == 2); /* Boston, Chicago; not Guilty, not Police */
}

/* The tokenizer reads plain ASCII words on a fast path and other words on the general one: both
 * must find the same cue words, whatever the case or the apostrophe. */
static void test_cue_words_on_both_tokenizer_paths(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("Officials DIDN'T say.", f);
    assert_true(f[CW_NEGATION] == 1);
    features_of("Officials didn’t say.", f);
    assert_true(f[CW_NEGATION] == 1);
    features_of("Officials did not say.", f);
    assert_true(f[CW_PAST] == 1);
    features_of("Café owners didn’t.", f);
    assert_true(f[CW_NEGATION] == 1);
    features_of("Officials did say.", f);
    assert_true(f[CW_NEGATION] == 0);
}

static void test_features_denial(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("Nobody had guns on the other side.", f);
    assert_true(f[CW_DENIAL] == 1);
    assert_true(f[CW_NEGATION] == 1); /* an absolute denial is a negation too */
    features_of("I never discussed that subject.", f);
    assert_true(f[CW_DENIAL] == 1);
    features_of("He did not have guns.", f);
    assert_true(f[CW_DENIAL] == 0);
    assert_true(f[CW_NEGATION] == 1);
}

static void test_features_quantity_in_words(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("Nearly a majority of workers lost their jobs.", f);
    assert_true(f[CW_QUANT] == 1);
    assert_true(f[CW_QUANT_STAT] == 1); /* a statistic without a digit */
    features_of("Nearly 40 percent of workers lost their jobs.", f);
    assert_true(f[CW_QUANT] == 1);
    assert_true(f[CW_QUANT_STAT] == 0); /* the figure says it */
    features_of("Workers at the plant were told to go home.", f);
    assert_true(f[CW_QUANT] == 0);
    assert_true(f[CW_QUANT_STAT] == 0);
}

static void test_features_own_record(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("I was against the war.", f);
    assert_true(f[CW_SELF] == 1);
    assert_true(f[CW_OWN_RECORD] == 1); /* was: a past form */
    features_of("We never raised taxes.", f);
    assert_true(f[CW_OWN_RECORD] == 1);
    features_of("I love this great country.", f);
    assert_true(f[CW_SELF] == 1);
    assert_true(f[CW_OWN_RECORD] == 0); /* an opinion, not a record */
    features_of("Today, the senator said I was wrong.", f);
    assert_true(f[CW_SELF] == 0); /* I is not where the subject is */
    assert_true(f[CW_OWN_RECORD] == 0);
}

/* What the calibration tool reads of the claims: the largest raise their kind gives, and a
 * direct quote's floor. */
/* The weight of a word in data/cw_words.tsv (generated: read it back rather than copy it), 0 when
 * unlisted. */
static double word_weight(const char *word)
{
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(word, strlen(word)), LX_CW_WORDS);
    return r ? r->num : 0;
}

static void test_features_word_weights(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    /* listed words: their weights add up, each word once a sentence, capitals or not */
    assert_true(word_weight("percent") > 0.5);
    assert_true(word_weight("thank") < -0.5);
    features_of("Taxes rose 5 percent, taxes said.", f);
    double sum = word_weight("taxes") + word_weight("rose") + word_weight("percent") + word_weight("said");
    assert_true(fabs(f[CW_WORDS] - sum) < 1e-9);
    assert_true(f[CW_WORDS] > 1);
    /* the words of a cue phrase weigh too ("according to" is one cue) */
    features_of("According to taxes.", f);
    sum = word_weight("according") + word_weight("to") + word_weight("taxes");
    assert_true(word_weight("to") != 0);
    assert_true(fabs(f[CW_WORDS] - sum) < 1e-9);
    /* unlisted words and figures weigh nothing */
    assert_true(word_weight("zzyzx") == 0 && word_weight("qwvx") == 0);
    features_of("Zzyzx qwvx 17.", f);
    assert_true(f[CW_WORDS] == 0);
}

/* One memo for many texts (the calibration tool): each text's first sentence counts its words
 * again, though the last text's first sentence counted them too; without a memo, no features. */
static void test_features_memo_across_texts(void **state)
{
    (void)state;
    double f[CW_NFEAT], again[CW_NFEAT];
    const char *text = "Taxes rose 5 percent, taxes said.";
    double sum = word_weight("taxes") + word_weight("rose") + word_weight("percent") + word_weight("said");
    cd_cw_memo *memo = cd_cw_memo_new();
    assert_non_null(memo);
    features_with(text, f, memo);
    features_with(text, again, memo);
    cd_cw_memo_free(memo);
    assert_true(fabs(f[CW_WORDS] - sum) < 1e-9);
    assert_memory_equal(f, again, sizeof f);
    features_with(text, f, NULL);
    for (int k = 0; k < CW_NFEAT; k++) assert_true(f[k] == 0);
}

/* A long sentence of listed words, each said twice: each still counts once. */
static void test_features_word_weights_long_sentence(void **state)
{
    (void)state;
    char text[8192];
    size_t len = 0, n = 0;
    double sum = 0;
    for (size_t s = 0; s < cd_lex_nslots && n < 100; s++) {
        if (!cd_lex_slots[s].entry) continue;
        const cd_lexentry *e = &cd_lex_entries[cd_lex_slots[s].entry - 1];
        const cd_lexrec *r = cd_lex_rec(e, LX_CW_WORDS);
        if (!r || e->mask != LXM(LX_CW_WORDS) || e->heads || e->keylen > 20) continue;
        if (strspn(e->key, "abcdefghijklmnopqrstuvwxyz") != e->keylen) continue;
        for (int twice = 0; twice < 2; twice++) {
            memcpy(text + len, e->key, e->keylen);
            len += e->keylen;
            text[len++] = ' ';
        }
        sum += r->num;
        n++;
    }
    assert_true(n == 100);
    memcpy(text + len, "end.", 5);
    double f[CW_NFEAT];
    features_of(text, f);
    assert_true(fabs(f[CW_WORDS] - sum - word_weight("end")) < 1e-9);
    /* the pass forgets a sentence's words at its end: of the same sentence six times, the two
     * with the same neighbours (two either side) score the same */
    char six[512] = "";
    for (int k = 0; k < 6; k++) strcat(six, "Taxes rose 5 percent, taxes said. ");
    cd_doc *doc = analyze(six, NULL);
    const cd_sentence *sents = cd_doc_sentences(doc, &n);
    assert_true(n == 6);
    assert_true(sents[2].score == sents[3].score);
    assert_true(sents[1].score != sents[2].score); /* one neighbour fewer */
    cd_doc_free(doc);
}

/* The score of sentence k of text, and whether text has n sentences. */
static double score_of(const char *text, size_t k, size_t n)
{
    cd_doc *doc = analyze(text, NULL);
    size_t got;
    const cd_sentence *s = cd_doc_sentences(doc, &got);
    assert_int_equal(got, n);
    double score = s[k].score;
    cd_doc_free(doc);
    return score;
}

/* The sentences before and after count a little: claims come in runs. A sentence worded like a
 * claim next to it raises a sentence, one worded like chatter lowers it; a headline keeps its
 * near-zero score whatever follows, and a sentence alone has no context. */
static void test_score_context(void **state)
{
    (void)state;
    const char *claim = "Taxes rose 5 percent under the last budget. ";
    const char *chatter = "Thank you so much, thank you. ";
    const char *middle = "He voted for it. ";
    char text[512];
    double f[CW_NFEAT];
    features_of(claim, f);
    double claim_words = f[CW_WORDS];
    features_of(chatter, f);
    assert_true(claim_words > 0 && f[CW_WORDS] < 0);
    double alone = score_of(middle, 0, 1);
    snprintf(text, sizeof text, "%s%s%s", claim, middle, claim);
    double near_claims = score_of(text, 1, 3);
    snprintf(text, sizeof text, "%s%s%s", chatter, middle, chatter);
    double near_chatter = score_of(text, 1, 3);
    assert_true(near_claims > alone);
    assert_true(near_chatter < alone);
    /* two sentences away too, less */
    snprintf(text, sizeof text, "%s%s%s", claim, "It was a Tuesday. ", middle);
    double two_after_claim = score_of(text, 2, 3);
    snprintf(text, sizeof text, "%s%s%s", chatter, "It was a Tuesday. ", middle);
    assert_true(two_after_claim > score_of(text, 2, 3));
    snprintf(text, sizeof text, "Taxes Rose Again\n%s", claim);
    double headline = score_of(text, 0, 2);
    snprintf(text, sizeof text, "Taxes Rose Again\n%s", chatter);
    assert_true(headline < 0.05 && headline == score_of(text, 0, 2));
}

/* text: `count` copies of `lead`, then `fillers` copies of a neutral sentence, then a last one. */
static void passage(char *text, size_t size, const char *lead, int count, int fillers)
{
    size_t at = 0;
    text[0] = 0;
    for (int k = 0; k < count + fillers; k++)
        at += (size_t)snprintf(text + at, size - at, "%s", k < count ? lead : "It was a Tuesday. ");
    snprintf(text + at, size - at, "He voted for it. ");
}

/* The passage around counts too (CW_NEAR_WORDS: the sentences 3 to 6 away), and the positive
 * word weights apart (CW_WORDS_POS: never below CW_WORDS, never below 0). */
static void test_score_passage(void **state)
{
    (void)state;
    const char *claim = "Taxes rose 5 percent under the last budget. ";
    const char *chatter = "Thank you so much, thank you. ";
    char text[1024];
    double f[CW_NFEAT];
    features_of(claim, f);
    assert_true(f[CW_WORDS_POS] > 0 && f[CW_WORDS_POS] >= f[CW_WORDS]);
    assert_true(f[CW_NEAR_WORDS] == 0); /* set by the pass */
    features_of(chatter, f);
    assert_true(f[CW_WORDS_POS] >= 0 && f[CW_WORDS_POS] > f[CW_WORDS]);
    /* claims 3 to 6 sentences before, the same two sentences between: must raise */
    passage(text, sizeof text, claim, 4, 2);
    double after_claims = score_of(text, 6, 7);
    passage(text, sizeof text, chatter, 4, 2);
    assert_true(after_claims > score_of(text, 6, 7));
    /* 7 sentences before: must not */
    passage(text, sizeof text, claim, 1, 6);
    double far_claim = score_of(text, 7, 8);
    passage(text, sizeof text, chatter, 1, 6);
    assert_true(far_claim == score_of(text, 7, 8));
}

/* CW_QUANTITY of the first sentence of text, after the passes the numbers pass needs. */
static double quantity_of(const char *text)
{
    cd_doc *doc = bare_doc(text);
    assert_true(doc->n_sents >= 1);
    cd_find_entities(doc);
    cd_find_times(doc);
    cd_find_numbers(doc);
    double f[CW_NFEAT];
    cd_cw_memo *memo = cd_cw_memo_new();
    assert_non_null(memo);
    cd_cw_features(doc, 0, NULL, f, memo);
    cd_cw_memo_free(memo);
    cd_doc_free(doc);
    return f[CW_QUANTITY];
}

/* A quantity of something the numbers pass read: must fire on a percentage, money, a measure, a
 * count of something; must not on a bare number, a year, an ordinal, a label, or a quantity in
 * another sentence. */
static void test_features_quantity(void **state)
{
    (void)state;
    assert_true(quantity_of("Prices rose 5 percent.") == 1);
    assert_true(quantity_of("The plan costs $40 million.") == 1);
    assert_true(quantity_of("The wall is 30 feet high.") == 1);
    assert_true(quantity_of("The fire killed 45 people.") == 1);
    assert_true(quantity_of("It happened in 2016.") == 0);
    assert_true(quantity_of("He came 2nd in the race.") == 0);
    assert_true(quantity_of("They drove along Route 66.") == 0);
    assert_true(quantity_of("It was late. Prices rose 5 percent.") == 0);
}

/* Whether some claim of text's sentence sent names reason. */
static int claims_name(const char *text, size_t sent, const char *reason)
{
    cd_doc *doc = analyze(text, "2017-12-26");
    size_t nc;
    const cd_claim *c = cd_doc_claims(doc, &nc);
    int named = 0;
    for (size_t i = 0; i < nc; i++)
        for (unsigned r = 0; r < c[i].nreasons; r++)
            if (c[i].sentence == sent && strcmp(c[i].reasons[r], reason) == 0) named = 1;
    cd_doc_free(doc);
    return named;
}

/* The reasons name what drove the score, the features after the claim kinds too: a quantity of
 * something must be named, an ordinal's sentence must not; the wording is named only where it is
 * more like a claim's than the average sentence's. */
static void test_reasons_name_quantity_and_wording(void **state)
{
    (void)state;
    assert_true(claims_name("The fire killed 45 people.", 0, "a quantity of something"));
    assert_false(claims_name("He finished 45th in the race last year.", 0, "a quantity of something"));
    assert_true(claims_name("The bill was voted on in 2016.", 0, "worded like claims that were checked"));
    assert_false(claims_name("The fire killed 45 people.", 0, "worded like claims that were checked"));
}

/* Where reason sits in the reasons of text's first claim, or -1. */
static int first_claims_reason_at(const char *text, const char *reason)
{
    cd_doc *doc = analyze(text, "2017-12-26");
    size_t nc;
    const cd_claim *c = cd_doc_claims(doc, &nc);
    int at = -1;
    for (unsigned r = 0; nc && r < c[0].nreasons; r++)
        if (strcmp(c[0].reasons[r], reason) == 0) at = (int)r;
    cd_doc_free(doc);
    return at;
}

/* A concrete reason goes before the general ones (the wording, the passage) whatever the shares:
 * here the wording raised the score more than the past form did (0.08 x (5.15 - 1.85) + 0.18 x
 * (5.15 - 3.65) = 0.53 against 0.29), and comes after it (by share alone it would be first after
 * the pass's own 'date'). */
static void test_concrete_reasons_first(void **state)
{
    (void)state;
    const char *text = "The tax bill was voted on in 2016.";
    assert_int_equal(first_claims_reason_at(text, "says what happened"), 1);
    assert_int_equal(first_claims_reason_at(text, "worded like claims that were checked"), 2);
    assert_int_equal(first_claims_reason_at("The senator said the bill was voted on in 2016.", "attributed to a source"), 1);
}

/* The passage around is named where it raised the claim's sentence: among sentences worded like
 * claims it must be, among chatter or alone it must not. */
static void test_reasons_name_the_passage(void **state)
{
    (void)state;
    const char *claim = "Taxes rose 5 percent under the last budget, the minister said. ";
    const char *chatter = "Thank you so much, thank you. ";
    const char *middle = "The fire killed 45 people. ";
    const char *reason = "in a passage worded like claims";
    char text[1024];
    snprintf(text, sizeof text, "%s%s%s%s%s", claim, claim, middle, claim, claim);
    assert_true(claims_name(text, 2, reason));
    snprintf(text, sizeof text, "%s%s%s%s%s", chatter, chatter, middle, chatter, chatter);
    assert_false(claims_name(text, 2, reason));
    assert_false(claims_name(middle, 0, reason));
}

static void test_claim_lift(void **state)
{
    (void)state;
    int floored = 1;
    cd_doc *doc = analyze("The deficit rose 5 percent in 2016.", NULL);
    assert_true(fabs(cd_cw_claim_lift(doc, 0, &floored) - 0.8) < 1e-9); /* a change */
    assert_int_equal(floored, 0);
    cd_doc_free(doc);
    doc = analyze("Hello there, everybody.", NULL);
    assert_true(cd_cw_claim_lift(doc, 0, &floored) == 0);
    assert_int_equal(floored, 0);
    cd_doc_free(doc);
    doc = analyze("“We will try again,” said Mayor Elena Ruiz.", NULL);
    cd_cw_claim_lift(doc, 0, &floored);
    assert_int_equal(floored, 1);
    cd_doc_free(doc);
}

/* The claim of kind `kind` in sentence 0 of doc, NULL when none. */
static const cd_claim *claim_of_kind(cd_doc *doc, cd_claim_kind kind)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].sentence == 0 && c[i].kind == kind) return &c[i];
    return NULL;
}

/* The lift of sentence 0's claims (cd_cw_claim_lift reads the tokens: the passes up to the claims
 * on a bare document, as the calibration tool runs them). */
static double lift_of(const char *text)
{
    cd_doc *doc = doc_through_numbers(text);
    assert_int_equal(cd_list_cues(doc), 0);
    cd_find_claims(doc);
    cd_find_comparisons(doc);
    int floored;
    double lift = cd_cw_claim_lift(doc, 0, &floored);
    cd_doc_free(doc);
    return lift;
}

static void test_question_claims_do_not_lift(void **state)
{
    (void)state;
    size_t n;
    const char *question = "Is the new bridge wider than the old one?";
    const char *statement = "The new bridge is wider than the old one.";
    /* must: a question's comparison lifts neither the sentence nor itself */
    assert_true(lift_of(question) == 0);
    cd_doc *doc = analyze(question, NULL);
    const cd_claim *c = claim_of_kind(doc, CD_CLAIM_COMPARISON);
    assert_non_null(c);
    assert_true(c->score == cd_doc_sentences(doc, &n)[0].score);
    double asked = c->score;
    cd_doc_free(doc);
    /* must not: the statement keeps its lift */
    assert_true(fabs(lift_of(statement) - 0.4) < 1e-9);
    doc = analyze(statement, NULL);
    c = claim_of_kind(doc, CD_CLAIM_COMPARISON);
    assert_non_null(c);
    assert_true(c->score > asked);
    cd_doc_free(doc);
    /* must not: a bare date in a question still lowers its claim below the sentence */
    doc = analyze("Did the city spend $4 million on the bridge on Monday?", NULL);
    c = claim_of_kind(doc, CD_CLAIM_TIME);
    assert_non_null(c);
    assert_true(c->score < cd_doc_sentences(doc, &n)[0].score);
    cd_doc_free(doc);
    /* must not: "better" is a judgement, a view with nothing to lift, asked or said */
    doc = analyze("Is the new bridge better than the old one?", NULL);
    assert_null(claim_of_kind(doc, CD_CLAIM_COMPARISON));
    cd_doc_free(doc);
    doc = analyze("The new bridge is better than the old one.", NULL);
    assert_null(claim_of_kind(doc, CD_CLAIM_COMPARISON));
    cd_doc_free(doc);
}

static void test_score_figures_rank_above_chatter(void **state)
{
    (void)state;
    double fact = first_score("The unemployment rate fell to 4.1 percent last year, the lowest since 2000.");
    double chatter = first_score("Thanks so much to all of you for coming out tonight.");
    double opinion = first_score("I think that is a really great idea.");
    assert_true(fact > 0.5); /* shown by the command's default --min-score, 0.5 */
    assert_true(chatter < 0.5);
    assert_true(opinion < 0.5);
    assert_true(fact > opinion + 0.3);
    assert_true(fact > chatter + 0.3);
}

static void test_score_question_and_hedge_lower(void **state)
{
    (void)state;
    double stated = first_score("The city spent $4 million on the new bridge in 2019.");
    double asked = first_score("Did the city spend $4 million on the new bridge in 2019?");
    double hedged = first_score("Maybe the city spent $4 million on the new bridge in 2019.");
    assert_true(stated > asked);
    assert_true(stated > hedged);
}

static void test_score_headline_near_zero(void **state)
{
    (void)state;
    const char *t = "Unemployment Falls to 4 Percent in 2017\nThe rate fell to 4 percent in 2017, the agency said.\n";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_sentence *s = cd_doc_sentences(doc, &n);
    assert_int_equal(n, 2);
    assert_true(s[0].headline);
    assert_true(s[0].score < 0.05);
    assert_true(s[1].score > 0.5);
    size_t nc;
    const cd_claim *c = cd_doc_claims(doc, &nc);
    for (size_t i = 0; i < nc; i++) {
        if (c[i].sentence == 0) assert_true(c[i].score < 0.05);
    }
    cd_doc_free(doc);
}

static void test_claims_scored_with_reasons(void **state)
{
    (void)state;
    const char *t = "The company cut 1,200 jobs in March, its chief executive said on Tuesday.";
    cd_doc *doc = analyze(t, "2019-05-01");
    size_t ns, nc;
    const cd_sentence *s = cd_doc_sentences(doc, &ns);
    const cd_claim *c = cd_doc_claims(doc, &nc);
    for (size_t i = 0; i < nc; i++) {
        assert_true(c[i].score >= 0 && c[i].score <= 1);
        assert_true(c[i].nreasons >= 1);
        assert_true(c[i].nreasons <= 4); /* short to read: the pass's own reason, then the score's */
        assert_true(s[c[i].sentence].score >= c[i].score); /* a sentence takes its best claim's score */
    }
    assert_true(s[0].score > 0.5);
    cd_doc_free(doc);
}

/* Reasons name only what raised the score: a long sentence (a feature that lowers it) is never one,
 * while the short sentence's claim still gets its reasons. */
static void test_reasons_only_raise(void **state)
{
    (void)state;
    const char *t = "The company, which was founded by two brothers in a garage in the suburbs of the city "
                    "long before any of its current managers were born and which has since moved its "
                    "offices twice, cut 1,200 jobs in March, its chief executive said on Tuesday.";
    cd_doc *doc = analyze(t, "2019-05-01");
    size_t nc;
    const cd_claim *c = cd_doc_claims(doc, &nc);
    assert_true(nc >= 1);
    for (size_t i = 0; i < nc; i++) {
        assert_true(c[i].nreasons >= 1);
        for (unsigned r = 0; r < c[i].nreasons; r++) assert_string_not_equal(c[i].reasons[r], "a long sentence");
    }
    cd_doc_free(doc);
}

/* A sentence that opens on someone else and says what they did or want is a record to check;
 * the same words as the speaker's own plan are not. */
static void test_score_record_of_someone_else(void **state)
{
    (void)state;
    double record = first_score("She voted against the bill and wants to raise taxes.");
    double plan = first_score("We will make this country great again.");
    assert_true(record > 0.5);
    assert_true(plan < 0.3);
    assert_true(record > plan);
}

/* Every direct quote with a named speaker is worth checking against the notes; a quote nobody
 * is named for, or the same words as a plain sentence, gets no such floor. */
static void test_direct_quotes_with_a_speaker_are_checked(void **state)
{
    (void)state;
    cd_doc *doc = analyze("“We will try again,” said Mayor Elena Ruiz. We will try again.", "2026-03-02");
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "We will try again");
    assert_non_null(q);
    assert_true(q->quote.direct);
    assert_string_equal(q->quote.speaker, "Elena Ruiz");
    assert_true(q->score >= 0.5);
    size_t ns;
    const cd_sentence *s = cd_doc_sentences(doc, &ns);
    assert_int_equal(ns, 2);
    assert_true(s[1].score < 0.5);
    cd_doc_free(doc);
}

static void test_empty_and_punctuation_only(void **state)
{
    (void)state;
    cd_doc *doc = analyze("", NULL);
    size_t n;
    cd_doc_sentences(doc, &n);
    assert_int_equal(n, 0);
    cd_doc_free(doc);
    assert_true(first_score("(APPLAUSE)") < 0.1);
    assert_true(first_score("...") < 0.2);
}

/* CW_RANKED of text's first sentence: a superlative said of something ("we have the lowest rate"). */
static double ranked_of(const char *text)
{
    double f[CW_NFEAT];
    features_of(text, f);
    return f[CW_RANKED];
}

/* A form of be or have, at most one word, "the" and a superlative: must fire on each form (the
 * "'s" split off a pronoun, a contraction of one word, "most"); must not on a superlative after
 * another verb, one of judgement ("worst", "most important"), two words away, without "the", or
 * in the next sentence. */
static void test_features_ranked(void **state)
{
    (void)state;
    assert_true(ranked_of("We have the lowest jobless rate in the valley.") == 1);
    assert_true(ranked_of("The new bridge is probably the longest in the county.") == 1);
    assert_true(ranked_of("It's the biggest contract the board ever signed.") == 1);
    assert_true(ranked_of("They're the biggest employers in town.") == 1);
    assert_true(ranked_of("Our schools had the most pupils per teacher.") == 1);
    assert_true(ranked_of("We hired the biggest builders we could find.") == 0);
    assert_true(ranked_of("It's the worst contract the board ever signed.") == 0);
    assert_true(ranked_of("Theirs was the most important speech.") == 0);
    assert_true(ranked_of("The mayor is now really the best.") == 0);
    assert_true(ranked_of("Our port is biggest in spring.") == 0);
    assert_true(ranked_of("Our rate is high. The lowest one was theirs.") == 0);
    /* "most" or "least" before a pronoun or a function word grades nothing */
    assert_true(ranked_of("It's the least we can offer the town, Ms Kell said.") == 0);
    assert_true(ranked_of("That is the most I can tell you.") == 0);
    assert_true(ranked_of("That was the most of any club.") == 0);
}

/* The feature adds its weight to the log-odds, 0.91 (eval/calibrate.lua), and nothing else. */
static void test_ranked_weight(void **state)
{
    (void)state;
    double f[CW_NFEAT];
    features_of("We have the lowest jobless rate in the valley.", f);
    assert_true(f[CW_RANKED] == 1);
    double with = cd_cw_logit(f);
    f[CW_RANKED] = 0;
    assert_float_equal(with - cd_cw_logit(f), 0.91, 1e-12);
}

/* The rank is named as a reason of the sentence's claim, exactly there: the comparison claim of
 * the ranked sentence gets it, the same superlative after another verb does not. */
static void test_ranked_reason(void **state)
{
    (void)state;
    static const char *const reason = "ranks something (is the biggest, has the lowest)";
    const char *t = "Our county has the lowest property tax in the state. We hired the best builders in the state.";
    cd_doc *doc = analyze(t, "2017-12-26");
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    int ranked = 0, other = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i].sentence == 0 && has_reason(&c[i], reason)) {
            ranked++;
            assert_span(t, &c[i], "the lowest property tax in the state");
        }
        if (c[i].sentence == 1 && has_reason(&c[i], reason)) other++;
    }
    assert_int_equal(ranked, 1);
    assert_int_equal(other, 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_features_of_a_factual_sentence),
        cmocka_unit_test(test_features_of_chatter),
        cmocka_unit_test(test_features_word_weights),
        cmocka_unit_test(test_features_memo_across_texts),
        cmocka_unit_test(test_features_word_weights_long_sentence),
        cmocka_unit_test(test_score_context),
        cmocka_unit_test(test_score_passage),
        cmocka_unit_test(test_features_quantity),
        cmocka_unit_test(test_features_years_short_and_past),
        cmocka_unit_test(test_features_names_after_quotes_and_colons),
        cmocka_unit_test(test_cue_words_on_both_tokenizer_paths),
        cmocka_unit_test(test_score_figures_rank_above_chatter),
        cmocka_unit_test(test_score_question_and_hedge_lower),
        cmocka_unit_test(test_score_headline_near_zero),
        cmocka_unit_test(test_claims_scored_with_reasons),
        cmocka_unit_test(test_reasons_only_raise),
        cmocka_unit_test(test_reasons_name_quantity_and_wording),
        cmocka_unit_test(test_reasons_name_the_passage),
        cmocka_unit_test(test_concrete_reasons_first),
        cmocka_unit_test(test_score_record_of_someone_else),
        cmocka_unit_test(test_features_of_a_record),
        cmocka_unit_test(test_direct_quotes_with_a_speaker_are_checked),
        cmocka_unit_test(test_empty_and_punctuation_only),
        cmocka_unit_test(test_features_denial),
        cmocka_unit_test(test_features_quantity_in_words),
        cmocka_unit_test(test_features_own_record),
        cmocka_unit_test(test_claim_lift),
        cmocka_unit_test(test_question_claims_do_not_lift),
        cmocka_unit_test(test_features_ranked),
        cmocka_unit_test(test_ranked_weight),
        cmocka_unit_test(test_ranked_reason),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
