/* What the score reads of each lexicon word (cd_cw_words, generated at build time by tools/cwgen
 * from src/score_words.h) against what it stands for, for every entry of the lexicon. This test compiles src/score.c itself (the library's score.o is not
 * linked in) to read its static helpers.
 *
 * word_past: the feature loop tells a word's past form from its memo (MEMO_PAST: no cue by itself,
 * a key in -ed of five bytes or more) and reads its last bytes (is_past_form) only where the memo
 * cannot tell (MEMO_MAY_PAST: no entry, or a shorter key with an apostrophe), because the
 * normalized key ends in -ed exactly when the word's bytes do (normalization lower-cases ASCII and
 * turns curly apostrophes into straight ones, never into a letter) and is as long but for those
 * apostrophes. Each
 * entry's word is written as it is, in capitals, capitalized and with curly apostrophes: the
 * memo's verdict must be is_past_form's for a word that is no cue (a past form it ruled out
 * would be a past form the loop misses). */
#include "score.c"

#include "helpers.h"
#include "bare_doc.h"

enum form { AS_IS, CAPITALS, CAPITALIZED, CURLY, NFORMS };

/* The feature loop's verdict on word t: its memo's MEMO_PAST, or its bytes where the memo cannot
 * tell (bytes_past). */
static unsigned word_past(const cd_doc *doc, const cd_token *t, uint32_t info)
{
    return info & MEMO_PAST ? 1 : bytes_past(doc, t, info);
}

/* The key of e written in a form, then " it.". */
static void write_form(const cd_lexentry *e, enum form form, char *out)
{
    size_t o = 0;
    for (size_t k = 0; k < e->keylen; k++) {
        char c = e->key[k];
        if (c == '\'' && form == CURLY) {
            memcpy(out + o, "\xE2\x80\x99", 3);
            o += 3;
            continue;
        }
        int upper = form == CAPITALS || (form == CAPITALIZED && k == 0);
        out[o++] = upper && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    memcpy(out + o, " it.", 5);
}

/* The tokens of text whose entry is e: the memo tells a past form among them as is_past_form does.
 * Returns how many there were, and counts the past forms in *past. */
static size_t check_form(const char *text, const cd_lexentry *e, size_t *past)
{
    cd_doc *doc = bare_doc(text);
    size_t seen = 0;
    cd_cw_word m = cd_cw_words[cd_lex_id(e)];
    for (size_t i = 0; i < doc->n_toks; i++) {
        const cd_token *t = &doc->toks[i];
        if (t->type != TOK_WORD || cd_tok_lex(t) != e) continue;
        seen++;
        unsigned is_past = is_past_form(doc, t) && !cd_lex_has(e, LX_CHECKWORTHY);
        *past += is_past;
        if (is_past != word_past(doc, t, m.info)) fail_msg("'%s': the memo says past %u", text, !is_past);
    }
    cd_doc_free(doc);
    return seen;
}

static void test_memo_never_rules_out_a_past_form(void **state)
{
    (void)state;
    size_t words = 0, past = 0, ruled_out = 0;
    char text[4 * 256 + 8];
    for (size_t k = 0; k < cd_lex_nentries; k++) {
        const cd_lexentry *e = &cd_lex_entries[k];
        if (e->keylen == 0 || e->keylen > 250 || memchr(e->key, ' ', e->keylen)) continue;
        for (int form = AS_IS; form < NFORMS; form++) {
            write_form(e, (enum form)form, text);
            words += check_form(text, e, &past);
        }
        cd_cw_word m = cd_cw_words[cd_lex_id(e)];
        ruled_out += !(m.info & (MEMO_MAY_PAST | MEMO_PAST));
    }
    /* the walk read the lexicon's words, found past forms (must fire) and entries ruled out (must not) */
    assert_true(words > 4 * 5000);
    assert_true(past > 100);
    assert_true(ruled_out > 5000);
}

/* The memo by hand: a word in -ed of five bytes or more that is no cue is a past form ("walked"),
 * a shorter one ("used", "fed"), a cue in -ed ("voted") and a word in another ending ("walk") are
 * not, and a word without an entry is as its bytes say ("Zorblaxed", "Zorblax"). */
static void test_memo_past_by_hand(void **state)
{
    (void)state;
    const struct {
        const char *word;
        int entry, past;
    } cases[] = {{"walked", 1, 1}, {"used", 1, 0},      {"fed", 1, 0},     {"voted", 1, 0},
                 {"walk", 1, 0},   {"Zorblaxed", 0, 1}, {"Zorblax", 0, 0}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        cd_doc *doc = bare_doc(cases[k].word);
        assert_true(doc->n_toks >= 1);
        const cd_token *t = &doc->toks[0];
        assert_int_equal(cd_tok_lex(t) != NULL, cases[k].entry);
        assert_int_equal(word_past(doc, t, word_of(t)->info), cases[k].past);
        cd_doc_free(doc);
    }
}

/* The generated table holds, for every entry and for no entry ([0]), what score_words.h works out
 * from the lexicon: the weight's very bits and the info word. A few by hand: 'walked' a past form,
 * a cue word (a weight and MEMO_CUE), a word without an entry as its bytes say. */
static void test_generated_table_is_the_lexicon(void **state)
{
    (void)state;
    size_t weighted = 0, cues = 0;
    for (size_t k = 0; k <= cd_lex_nentries; k++) {
        cd_cw_word want = cd_cw_word_of(k), got = cd_cw_words[k];
        if (memcmp(&want.weight, &got.weight, sizeof want.weight) != 0 || want.info != got.info)
            fail_msg("entry %zu ('%s'): weight %a info %#x, generated %a %#x", k, k ? cd_lex_table[k].key : "",
                     want.weight, want.info, got.weight, got.info);
        weighted += got.weight != 0;
        cues += (got.info & MEMO_CUE) != 0;
    }
    assert_true(weighted > 4000);
    assert_true(cues > 300);
    assert_int_equal(cd_cw_words[0].info, MEMO_MAY_PAST | 1u << CW_NAME);
    assert_true(cd_cw_words[0].weight == 0);
    assert_int_equal(cd_cw_words[cd_lex_id(cd_lex_lookup("walked", 6))].info & MEMO_PAST, MEMO_PAST);
    const cd_cw_word *said = &cd_cw_words[cd_lex_id(cd_lex_lookup("said", 4))];
    assert_int_equal(said->info & (MEMO_CUE | MEMO_PAST), MEMO_CUE);
}

/* A word's weight counts once a sentence, whatever the stamps' count: a word counted in the first
 * sentence and next 65,535 sentences later, when the stamps start again (memo_next_sentence) and
 * its old stamp would look current, counts again, once. */
static void test_stamps_wrap(void **state)
{
    (void)state;
    cd_cw_memo *memo = cd_cw_memo_new();
    assert_non_null(memo);
    cd_doc *doc = bare_doc("Taxes rose.");
    const cd_token *t = &doc->toks[0];
    double weight = cd_cw_words[t->lex_id].weight;
    assert_true(weight != 0);
    memo_view view = view_of(memo);
    for (unsigned s = 0; s <= 2 * 65535u; s++) {
        memo_next_sentence(memo);
        if (s % 65535u) continue;
        word_sums sums = no_sums();
        add_word_weight(&sums, view, t, memo->now);
        add_word_weight(&sums, view, t, memo->now); /* counted once */
        if (sum_all(sums) != weight) fail_msg("sentence %u: sum %g, weight %g", s, sum_all(sums), weight);
    }
    cd_doc_free(doc);
    cd_cw_memo_free(memo);
}

/* strongest as insert_reason makes it: every listed feature of share REASON_MIN or more inserted
 * in feature order, general or concrete. */
static top_features strongest_by_insertion(const double *f, const reason_features *from)
{
    top_features top = {0, {0}, {0}};
    for (unsigned j = 0; j < from->n; j++) {
        int i = from->feat[j];
        double c = i == CW_WORDS ? reason_share(f, i) : weights[i] * f[i];
        if (c >= REASON_MIN) insert_reason(&top, i, c);
    }
    return top;
}

/* Whether two reason lists are the same: features, order and shares. */
static void assert_same_top(const top_features *a, const top_features *b)
{
    assert_int_equal(a->n, b->n);
    assert_memory_equal(a->feat, b->feat, a->n);
    assert_memory_equal(a->share, b->share, a->n * sizeof a->share[0]);
}

/* The features of every sentence of text after the passes the score reads (entities, times,
 * numbers): each one said to hold 0 or 1 does, and strongest finds the same reasons in the short
 * list of reason features as in the whole list, and as insert_reason does from the whole list
 * (must fire: the stories have reasons). Returns the count of reasons found; counts in *wordings
 * the sentences whose wording came after concrete reasons. */
static size_t check_reason_lists(const char *text, size_t *wordings)
{
    cd_doc *doc = bare_doc(text);
    cd_find_entities(doc);
    cd_find_times(doc);
    cd_find_numbers(doc);
    cd_cw_memo *memo = cd_cw_memo_new();
    assert_non_null(memo);
    reason_features all = list_reason_features(1), some = list_reason_features(0);
    assert_true(some.n < all.n); /* must not: the short list leaves some out */
    size_t reasons = 0, wording = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        double f[CW_NFEAT];
        cd_cw_features(doc, s, NULL, f, memo);
        for (int i = 0; i < CW_NFEAT; i++)
            if (is_binary_feature(i) && f[i] != 0 && f[i] != 1) fail_msg("feature %s is %g", cd_cw_feature_name(i), f[i]);
        uint64_t on = 0; /* the features other than 0: all strongest reads */
        for (int i = 0; i < CW_NFEAT; i++)
            if (f[i] != 0) on |= FEAT(i);
        top_features a = strongest_by_insertion(f, &all), b = strongest(f, on, &some), c = strongest(f, on, &all);
        assert_same_top(&a, &b);
        assert_same_top(&a, &c);
        reasons += a.n;
        wording += a.n >= 2 && a.feat[a.n - 1] == CW_WORDS; /* after concrete ones */
    }
    cd_cw_memo_free(memo);
    cd_doc_free(doc);
    *wordings += wording;
    return reasons;
}

static void test_short_list_of_reason_features(void **state)
{
    (void)state;
    size_t reasons = 0, read = 0, wordings = 0;
    for (size_t k = 0; k < N_SAMPLE_STORIES; k++) {
        char *text = read_sample_story(k);
        if (!text) continue;
        read++;
        reasons += check_reason_lists(text, &wordings);
        free(text);
    }
    reasons += check_reason_lists("Unemployment fell to 4.1 percent in 2017, the lowest rate in 17 years, "
                                  "the Labor Department said on Friday. He never voted for the three tax cuts "
                                  "that Senator John Smith and Mary Jones signed, and I think we will win.",
                                  &wordings);
    assert_true(read >= 1);
    assert_true(reasons > 10);
    assert_true(wordings > 0); /* must fire: the wording after concrete reasons */
}

/* Whether token_features says sentence s of doc may rank, and whether ranks_something finds a rank
 * there (asked whatever token_features says). */
static void may_rank_and_ranks(cd_doc *doc, size_t s, cd_cw_memo *memo, unsigned *may_rank, int *ranks)
{
    const cd_sent_info *si = &doc->sinfo[s];
    double f[CW_NFEAT];
    feature_set fs = {f, 0};
    size_t words;
    memo_next_sentence(memo);
    token_features(doc, si->tok_first, si->tok_count, &fs, &words, may_rank, memo);
    *ranks = ranks_something(doc, si->tok_first, si->tok_count, memo->the_id);
}

/* The score asks ranks_something only of a sentence where token_features saw a word that may rank
 * (MEMO_RANKS): "We have the KEY rates." for every single-word key of the lexicon, as it is and
 * capitalized, and every sentence of the sample stories. Where ranks_something finds a rank the
 * sentence may rank (must fire: the superlatives, "most"); most keys say no (must not). */
static void test_may_rank_before_ranks(void **state)
{
    (void)state;
    cd_cw_memo *memo = cd_cw_memo_new();
    assert_non_null(memo);
    size_t ranked = 0, ruled_out = 0;
    char text[256 + 64];
    for (size_t k = 0; k < cd_lex_nentries; k++) {
        const cd_lexentry *e = &cd_lex_entries[k];
        if (e->keylen == 0 || e->keylen > 250 || memchr(e->key, ' ', e->keylen)) continue;
        for (int capital = 0; capital < 2; capital++) {
            snprintf(text, sizeof text, "We have the %c%.*s rates.",
                     capital && e->key[0] >= 'a' && e->key[0] <= 'z' ? e->key[0] - 32 : e->key[0], (int)e->keylen - 1,
                     e->key + 1);
            cd_doc *doc = bare_doc(text);
            unsigned may_rank;
            int ranks;
            may_rank_and_ranks(doc, 0, memo, &may_rank, &ranks);
            if (ranks && !may_rank) fail_msg("'%s' ranks, and token_features says it may not", text);
            ranked += (size_t)ranks;
            ruled_out += !may_rank;
            cd_doc_free(doc);
        }
    }
    assert_true(ranked > 40);
    assert_true(ruled_out > 2 * 5000);
    for (size_t k = 0; k < N_SAMPLE_STORIES; k++) {
        char *story = read_sample_story(k);
        if (!story) continue;
        cd_doc *doc = bare_doc(story);
        for (size_t s = 0; s < doc->n_sents && s < doc->n_sinfo; s++) {
            unsigned may_rank;
            int ranks;
            may_rank_and_ranks(doc, s, memo, &may_rank, &ranks);
            if (ranks && !may_rank) fail_msg("sentence %zu of story %zu ranks, and may not", s, k);
        }
        cd_doc_free(doc);
        free(story);
    }
    cd_cw_memo_free(memo);
}

/* The feature loop's one test of a token's fields for its common path (shape_fields, PLAIN_MASK,
 * PLAIN_WORD) says what its three tests say: a word, not capitalized, whose phrases are only
 * "known" (no phrase to look for). Every type and phrases byte with each flag alone and all flags
 * but TF_CAP, and every token of the sample stories and of an invented text. */
static unsigned plain_by_fields(const cd_token *t)
{
    return (shape_fields(t) & PLAIN_MASK) == PLAIN_WORD;
}

static unsigned plain_by_tests(const cd_token *t)
{
    return t->type == TOK_WORD && !(t->flags & TF_CAP) && t->phrases == CD_PHRASES_KNOWN;
}

/* Counts the plain words of text in *plain and the other tokens in *other. */
static void check_plain_tokens(const char *text, size_t *plain, size_t *other)
{
    cd_doc *doc = bare_doc(text);
    for (size_t i = 0; i < doc->n_toks; i++) {
        const cd_token *t = &doc->toks[i];
        if (plain_by_fields(t) != plain_by_tests(t)) fail_msg("token %zu of '%.40s': the fields test differs", i, text);
        *plain += plain_by_tests(t);
        *other += !plain_by_tests(t);
    }
    cd_doc_free(doc);
}

static void test_plain_word_by_its_fields(void **state)
{
    (void)state;
    size_t plain = 0;
    for (unsigned type = 0; type < 256; type++)
        for (unsigned phrases = 0; phrases < 256; phrases++)
            for (unsigned bit = 0; bit <= 17; bit++) {
                cd_token t = {0};
                t.flags = (uint16_t)(bit < 16 ? 1u << bit : bit == 16 ? 0 : 0xFFFFu & ~(unsigned)TF_CAP);
                t.type = (uint8_t)type;
                t.phrases = (uint8_t)phrases;
                t.lex_id = 0xFFFF; /* the fields after phrases are no part of the test */
                t.len = 0xFFFF;
                if (plain_by_fields(&t) != plain_by_tests(&t))
                    fail_msg("flags %#x type %u phrases %#x: the fields test differs", t.flags, type, phrases);
                plain += plain_by_tests(&t);
            }
    assert_int_equal(plain, 17); /* type 0, phrases 1, no flag or one of the 15 but TF_CAP, or all of those */
    size_t words = 0, other = 0;
    check_plain_tokens("The mayor said the old bridge, built in 1931, will close for 3 weeks. "
                                     "According to Ms Lane, most drivers agreed.", &words, &other);
    for (size_t k = 0; k < N_SAMPLE_STORIES; k++) {
        char *story = read_sample_story(k);
        if (!story) continue;
        check_plain_tokens(story, &words, &other);
        free(story);
    }
    assert_true(words > 10); /* must fire: the lower-case words */
    assert_true(other > 10); /* must not: signs, figures, capitals, phrase heads */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memo_never_rules_out_a_past_form),
        cmocka_unit_test(test_memo_past_by_hand),
        cmocka_unit_test(test_generated_table_is_the_lexicon),
        cmocka_unit_test(test_stamps_wrap),
        cmocka_unit_test(test_may_rank_before_ranks),
        cmocka_unit_test(test_short_list_of_reason_features),
        cmocka_unit_test(test_plain_word_by_its_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
