/* The score pass's features as it finds them (score.c's feature_set): a mask of the features other
 * than 0, the values of the MEASURED ones written into an f that is never cleared, and the 1 of
 * any other read from ones_template's f. Against cd_cw_features (a cleared f, every feature
 * written) on every sentence of the sample stories, with the passes before the score run: the
 * mask is exactly the features of a value other than 0, the values agree, the log-odds over the
 * mask alone (logit_of_set) is cd_cw_logit's bit for bit, and the reasons (strongest) are the
 * same. The MEASURED values an earlier sentence left are NAN before each sentence here: a reader
 * that reads past the mask makes a NAN and fails. And the tally of cues (cue_bit) against the
 * groups' features, and a weight's positive part. This test compiles src/score.c itself to read its static helpers. */
#include "score.c"

#include "helpers.h"
#include "bare_doc.h"

/* The bits (FEAT) of the features of f other than 0. */
static uint64_t nonzero_features(const double *f)
{
    uint64_t on = 0;
    for (int i = 0; i < CW_NFEAT; i++)
        if (f[i] != 0) on |= FEAT(i);
    return on;
}

static void assert_same_bits(double a, double b, int feat)
{
    if (memcmp(&a, &b, sizeof a) != 0)
        fail_msg("feature %s: %.17g, want %.17g", feat < 0 ? "logit" : cd_cw_feature_name(feat), a, b);
}

/* Checks every sentence of text; returns how many sentences have features of each kind seen:
 * *measured those with a MEASURED feature other than 0, *ones those with another. */
static size_t check_sentences(const char *text, size_t *measured, size_t *ones)
{
    cd_doc *doc = text_doc(text);
    assert_int_equal(cd_run_passes(doc, cd_score_claims), 0); /* every pass before the score */
    cd_cw_memo *memo = cd_cw_memo_new(), *pass_memo = cd_cw_memo_new();
    assert_non_null(memo);
    assert_non_null(pass_memo);
    reason_features from = list_reason_features(0);
    double pass_f[CW_NFEAT];
    ones_template(pass_f);
    size_t checked = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const cd_sent_info *si = sentence_tokens(doc, s);
        if (!si) continue;
        unsigned kinds = scan_claim_kinds(doc, s);
        double f[CW_NFEAT];
        cd_cw_features(doc, s, NULL, f, memo);
        for (int i = 0; i < CW_NFEAT; i++)
            if (MEASURED >> i & 1) pass_f[i] = NAN; /* an earlier sentence's value: not to be read */
        feature_set fs = {pass_f, 0};
        doc_walk w = walk_search(doc, s, si->tok_first, si->tok_first + si->tok_count);
        sentence_features(doc, s, si, &w, kinds, &fs, pass_memo);
        assert_int_equal(fs.on, nonzero_features(f));
        for (uint64_t bits = fs.on; bits; bits &= bits - 1) {
            int i = __builtin_ctzll(bits);
            assert_same_bits(pass_f[i], f[i], i);
        }
        assert_same_bits(logit_of_set(pass_f, fs.on), cd_cw_logit(f), -1);
        top_features a = strongest(pass_f, fs.on, &from), b = strongest(f, nonzero_features(f), &from);
        assert_int_equal(a.n, b.n);
        assert_memory_equal(a.feat, b.feat, a.n);
        assert_memory_equal(a.share, b.share, a.n * sizeof a.share[0]);
        *measured += (fs.on & MEASURED & ~(FEAT(CW_WORDS) | FEAT(CW_WORDS_POS) | FEAT(CW_LENGTH))) != 0;
        *ones += (fs.on & ~MEASURED) != 0;
        checked++;
    }
    cd_cw_memo_free(memo);
    cd_cw_memo_free(pass_memo);
    cd_doc_free(doc);
    return checked;
}

static void test_pass_features_are_the_whole_features(void **state)
{
    (void)state;
    size_t sentences = 0, read = 0, measured = 0, ones = 0;
    for (size_t k = 0; k < N_SAMPLE_STORIES; k++) {
        char *text = read_sample_story(k);
        if (!text) continue;
        read++;
        sentences += check_sentences(text, &measured, &ones);
        free(text);
    }
    /* a statistic noun, names, people, quantities in words, claims of several kinds, a question */
    sentences += check_sentences("Unemployment fell to 4.1 percent in 2017, the lowest rate in 17 years, "
                                 "the Labor Department said on Friday. He never voted for the three tax cuts "
                                 "that Senator John Smith and Mary Jones signed, and I think we will win. "
                                 "Did nearly half of the budget go to schools? Sales rose 12% to $4 billion, "
                                 "several analysts said.",
                                 &measured, &ones);
    assert_true(read >= 1);
    assert_true(sentences > 10);
    assert_true(measured > 3); /* must fire: counts read from the never-cleared f */
    assert_true(ones > 10);
}

/* The feature each cue group of data/checkworthy.tsv feeds, as its header lists them. */
static const int group_feature[G_NGROUPS] = {
    -1, CW_HEDGE, CW_OPINION, CW_COMPARE, CW_CHANGE, CW_ACTION, CW_STAT, CW_MONEY, CW_NUMWORD, CW_TIME,
    CW_ATTRIB, CW_FIRST, CW_WE, CW_YOU, CW_MODAL, CW_COURTESY, CW_PAST, CW_NEGATION, CW_THIRD, CW_SCOPE, CW_STANCE,
    CW_DENIAL, CW_QUANT,
};

/* The features of a tally of cues (cue_bit): each group's cue alone makes its feature and nothing
 * else (a denial a negation too, a statistic noun a count of 1); at the sentence's opening, I and
 * we make CW_SELF and he, she, they CW_SUBJECT; a word of no cue makes none. The cues' bits are
 * distinct and below the memo's flags. */
static void test_cue_bits_make_their_features(void **state)
{
    (void)state;
    uint32_t seen = 0;
    for (int g = 0; g < G_NGROUPS; g++) {
        assert_true(cue_bit[g] < 27);
        assert_false(seen >> cue_bit[g] & 1);
        seen |= 1u << cue_bit[g];
        uint32_t bit = 1u << cue_bit[g];
        double f[CW_NFEAT] = {0};
        feature_set fs = {f, 0};
        cue_tally c = {0, 0, 0};
        tally_cues(&c, bit);
        cue_tally_features(&c, &fs);
        uint64_t want = g == 0 ? 0 : FEAT(group_feature[g]);
        if (g == G_DENIAL) want |= FEAT(CW_NEGATION);
        if (fs.on != want) fail_msg("group %d: features %#llx, want %#llx", g, (unsigned long long)fs.on,
                                    (unsigned long long)want);
        if (g == G_STAT) assert_true(f[CW_STAT] == 1);
        c.opening = c.groups; /* the same cue among the first tokens */
        fs.on = 0;
        cue_tally_features(&c, &fs);
        if (g == G_FIRST || g == G_WE) want |= FEAT(CW_SELF);
        if (g == G_THIRD) want |= FEAT(CW_SUBJECT);
        assert_int_equal(fs.on, want);
    }
}

/* What a weight adds to the word sums (add_weight_bits), bit for bit: to CW_WORDS the weight, to
 * CW_WORDS_POS the weight when its sign bit is clear, else +0 (-0 and every negative weight leave
 * the sum as it was, and never make it -0), after no weight and after others. */
static void test_weights_add_to_the_sums(void **state)
{
    (void)state;
    const double values[] = {0.0, -0.0, 1.25, -1.25, 4.9e-324, -4.9e-324, 1e308, -1e308, 0.015, -0.015};
    const double starts[] = {0.0, 0.5, -0.75}; /* a first weight, or none */
    for (size_t s = 0; s < sizeof starts / sizeof starts[0]; s++)
        for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
            word_sums sums = no_sums();
            double all = 0, positive = 0, w = values[k];
            uint64_t bits;
            if (starts[s] != 0) {
                memcpy(&bits, &starts[s], sizeof bits);
                add_weight_bits(&sums, bits);
                all += starts[s];
                positive += starts[s] > 0 ? starts[s] : 0.0;
            }
            memcpy(&bits, &w, sizeof bits);
            add_weight_bits(&sums, bits);
            all += w;
            positive += bits >> 63 ? 0.0 : w;
            assert_same_bits(sum_all(sums), all, CW_WORDS);
            assert_same_bits(sum_positive(sums), positive, CW_WORDS_POS);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pass_features_are_the_whole_features),
        cmocka_unit_test(test_cue_bits_make_their_features),
        cmocka_unit_test(test_weights_add_to_the_sums),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
