/* The score's list of features that hold 0 or 1 (score.c's is_binary_feature), which decides the
 * short list of features a claim's reasons are read from (list_reason_features): every feature the
 * pass sets to 1 (put_ones: all but the MEASURED ones and the context) must be in it. CW_QUANT (a
 * quantity in words) was not. Its weight is below 0, so it was never a reason either way: the
 * reasons of a sentence with a quantity in words stay exactly what they were. This test compiles
 * src/score.c itself to read its static helpers. */
#include "score.c"

#include "helpers.h"
#include "bare_doc.h"

/* Must fire on every feature set by put_ones; must not on the counted, measured and context ones. */
static void test_every_feature_of_one_is_binary(void **state)
{
    (void)state;
    for (int i = 0; i < CW_NFEAT; i++) {
        int measured = (MEASURED >> i & 1) != 0, context = is_context_feature(i);
        if (is_binary_feature(i) != !(measured || context))
            fail_msg("feature %s: binary %d, measured %d, context %d", cd_cw_feature_name(i), is_binary_feature(i),
                     measured, context);
    }
    assert_true(is_binary_feature(CW_QUANT));
    assert_false(is_binary_feature(CW_STAT));
    assert_false(is_binary_feature(CW_NEAR_WORDS));
}

/* The quantity in words is a feature of the sentence (1), lowers it, and is no reason. */
static void test_quantity_in_words_is_no_reason(void **state)
{
    (void)state;
    const char *text = "Nearly 300 people died in the floods last year, the ministry said.";
    cd_doc *bare = bare_doc(text);
    cd_cw_memo *memo = cd_cw_memo_new();
    assert_non_null(memo);
    double f[CW_NFEAT];
    cd_cw_features(bare, 0, NULL, f, memo);
    assert_true(f[CW_QUANT] == 1);
    assert_true(weights[CW_QUANT] < 0);
    cd_cw_memo_free(memo);
    cd_doc_free(bare);
    reason_features from = list_reason_features(0);
    assert_false(from.listed & FEAT(CW_QUANT));

    cd_doc *doc = analyze(text, "2017-12-26");
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUANTITY, "300");
    assert_non_null(c);
    static const char *const want[] = {"number", "states a figure", "attributed to a source", "a quantity of something"};
    assert_int_equal(c->nreasons, 4);
    for (unsigned r = 0; r < c->nreasons; r++) assert_string_equal(c->reasons[r], want[r]);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_feature_of_one_is_binary),
        cmocka_unit_test(test_quantity_in_words_is_no_reason),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
