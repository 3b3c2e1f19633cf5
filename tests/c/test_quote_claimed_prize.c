/* "claim" with a prize or a toll as its object ("claimed her first title", "claims first place",
 * "claimed 40 lives": data/quote_words.tsv kind 8) won or took something and reports no one's words:
 * no quote claim. A reported clause after it ("claimed the title was decided by the judges") is
 * still reported speech. */
#include "helpers.h"

static void test_prize_is_no_speech(void **state)
{
    (void)state;
    static const char *const won[] = {
        "The river club claimed first place in the league after four wins from four games.",
        "Ann Roe claimed her first national title last spring, beating the holder in straight sets.",
        "The storm that crossed the valley claimed 40 lives and left thousands without power.",
    };
    expect_no_claim(won, N_OF(won), NULL, CD_CLAIM_QUOTE);
}

static void test_reported_clause_stays(void **state)
{
    (void)state;
    const char *t = "Ann Roe claimed the title was decided by the judges before the final.";
    const char *clause = "the title was decided by the judges before the final";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_claims(doc, CD_CLAIM_QUOTE), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, clause);
    assert_non_null(c);
    assert_int_equal(c->span.start, 16);
    assert_int_equal(c->span.stop, 16 + strlen(clause));
    assert_string_equal(c->quote.speaker, "Ann Roe");
    assert_false(c->quote.direct);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prize_is_no_speech),
        cmocka_unit_test(test_reported_clause_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
