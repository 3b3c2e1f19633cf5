/* The direct quote's floor (src/score.c): a direct quote with a named speaker scores at least 0.5,
 * and the quotes the floor lifts keep the order of their own scores within [0.5, 0.51)
 * (QUOTE_FLOOR_BAND) instead of tying at 0.5. */
#include "helpers.h"

static const char *const thanks_then_plan = "“Thank you, I love this town,” said Mayor Elena Ruiz. "
                                            "“We will try again,” said Mayor Elena Ruiz.";

/* Must fire: two floored quotes, the courtesy below the plan, both in the band. */
static void test_floored_quotes_keep_their_order(void **state)
{
    (void)state;
    cd_doc *doc = analyze(thanks_then_plan, "2026-03-02");
    const cd_claim *thanks = find_claim(doc, CD_CLAIM_QUOTE, "Thank you");
    const cd_claim *plan = find_claim(doc, CD_CLAIM_QUOTE, "We will try again");
    assert_non_null(thanks);
    assert_non_null(plan);
    assert_true(thanks->score >= 0.5 && thanks->score < 0.51);
    assert_true(plan->score >= 0.5 && plan->score < 0.51);
    assert_true(thanks->score < plan->score);
    /* the sentences take their quotes' scores: no tie between them either */
    size_t ns;
    const cd_sentence *s = cd_doc_sentences(doc, &ns);
    assert_int_equal(ns, 2);
    assert_true(s[0].score == thanks->score);
    assert_true(s[1].score == plan->score);
    cd_doc_free(doc);
}

/* Must not: a quote without a named speaker gets no floor, and one that reached 0.5 by itself
 * keeps its own score (the band is for the quotes the floor lifts). */
static void test_no_band_without_the_floor(void **state)
{
    (void)state;
    cd_doc *doc = analyze("“We will try again,” they said.", "2026-03-02");
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "We will try again");
    assert_non_null(q);
    assert_null(q->quote.speaker);
    assert_true(q->score < 0.5);
    cd_doc_free(doc);

    doc = analyze("“Taxes rose 40 percent last year,” said Mayor Elena Ruiz.", "2026-03-02");
    q = find_claim(doc, CD_CLAIM_QUOTE, "Taxes rose");
    assert_non_null(q);
    assert_non_null(q->quote.speaker);
    assert_true(q->score > 0.8);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_floored_quotes_keep_their_order),
        cmocka_unit_test(test_no_band_without_the_floor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
